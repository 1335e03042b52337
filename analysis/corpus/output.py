"""Batch output files: JSONL, CSV and Parquet, published whole or not at all.

A file is first written to a fixed temporary name beside the output
(``.NAME.tmp``), synced, then renamed over the output: a reader never sees
half a file, and a temporary left by a run killed while publishing is
overwritten by the next run. CSV and Parquet need their columns before their
first row, and a later article may bring a column the first lacked (a third
side, a new rate), so their records are first spooled as JSON lines to an
anonymous temporary file, then written out with the union of all columns.
Memory stays flat in the number of articles; only the spool grows on disk.

CSV cells that a spreadsheet would run as a formula are neutralised by
:func:`safe_cell`; :func:`read_records` undoes it when ``--resume`` reads an
earlier CSV back.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..files import FORMULA_PREFIXES, safe_cell
from ..text.article import ArticleError
from .batch import chunked

FORMATS = ("jsonl", "csv", "parquet")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
FIRST_COLUMNS = ("id", "error")
PARQUET_ROWS_PER_GROUP = 1024  # rows held in memory per Parquet row group
# A CSV cell that restore_cell turns back into a number.
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|[-+]?(inf|nan)")
_INTEGER = re.compile(r"[-+]?\d+")


def output_format(out: Path | None, fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else the one ``out``'s extension names, else (standard output) JSONL."""
    if fmt is None and out is not None:
        fmt = SUFFIX_FORMATS.get(out.suffix.lower())
        if fmt is None:
            extension = f"extension {out.suffix!r}" if out.suffix else "no extension"
            raise ArticleError(f"{out}: unknown output format ({extension}); name it .jsonl, .csv or .parquet, "
                               "or give --format")
    fmt = fmt or "jsonl"
    if fmt not in FORMATS:
        raise ArticleError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ArticleError("--format parquet needs --out FILE (Parquet is not written to standard output)")
    return fmt


def check_output(out: Path, source: Path | None = None) -> None:
    """Raise :class:`ArticleError` unless ``out`` can become an output file (nothing is written).

    Refused: a folder or a non-regular file (a device, a pipe), the input itself, and a path
    whose nearest existing folder is not a writable folder.
    """
    if out.is_dir():
        raise ArticleError(f"{out}: is a directory, expected an output file")
    if out.exists() and not out.is_file():
        raise ArticleError(f"{out}: not a regular file, expected an output file")
    if source is not None and out.exists() and source.exists() and out.resolve() == source.resolve():
        raise ArticleError(f"{out}: is the input; choose another output file")
    parent = out.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise ArticleError(f"{out}: cannot create it, {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ArticleError(f"{out}: cannot create it, folder {parent} is not writable")


def temporary_path(out: Path) -> Path:
    """The fixed temporary name beside ``out`` that a file is written to before it replaces ``out``."""
    return out.with_name(f".{out.name}.tmp")


def restore_cell(column: str, text: str):
    """A cell of an earlier CSV output as it was before :func:`safe_cell` and CSV made it text.

    Numbers come back as numbers (except in ``id`` and ``error``), so writing the record
    again gives the same cell. A string that itself began with ``'`` and a formula character
    cannot be told from a neutralised one and loses its ``'``.
    """
    if not isinstance(text, str):
        return text
    if text[:1] == "'" and text[1:2] and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    if column not in FIRST_COLUMNS and _NUMBER.fullmatch(text):
        return int(text) if _INTEGER.fullmatch(text) else float(text)
    return text


def read_records(path: Path, fmt: str) -> Iterator[dict]:
    """The records of an earlier output file, lazily (CSV cells as :func:`restore_cell` gives them)."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq
            for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS_PER_GROUP):
                yield from batch.to_pylist()
            return
        with path.open(encoding="utf-8", newline="") as handle:
            if fmt == "csv":
                csv.field_size_limit(sys.maxsize)
                for row in csv.DictReader(handle):
                    yield {name: restore_cell(name, text) for name, text in row.items()}
                return
            for line in handle:
                if line.strip():
                    yield json.loads(line)
    except (ValueError, OSError) as error:  # json, csv and pyarrow errors are ValueErrors
        raise ArticleError(f"{path}: cannot read it as {fmt} to resume ({error})") from None


def completed_ids(path: Path, fmt: str) -> set[str]:
    """Ids of the articles an earlier output holds without error (``--resume`` keeps them)."""
    return {str(r["id"]) for r in read_records(path, fmt) if not r.get("error")}


def write_output(records: Iterable[dict], out: Path | None, fmt: str) -> None:
    """Write ``records`` to ``out`` (standard output if None) as ``fmt``.

    The file appears complete at the end or not at all: it is written to
    :func:`temporary_path`, synced to disk and renamed over ``out``. On any
    exception, KeyboardInterrupt included, the temporary file is removed and
    ``out`` is left as it was.
    """
    if out is None:
        _write_stream(records, sys.stdout, fmt)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_path(out)
    try:
        if fmt == "parquet":
            _write_parquet(records, temporary)
        else:
            with temporary.open("w", encoding="utf-8", newline="") as handle:
                _write_stream(records, handle, fmt)
        _sync(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync(out.parent)


def _sync(path: Path) -> None:
    """Flush a file's (or a folder's entries') data to disk, so a rename after it never publishes an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot sync a folder
        pass
    finally:
        os.close(fd)


def _write_stream(records: Iterable[dict], handle: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        columns = _spool(records, spool)
        writer = csv.DictWriter(handle, fieldnames=columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows({name: safe_cell(value) for name, value in record.items()} for record in _unspool(spool))


def _spool(records: Iterable[dict], spool: IO[str]) -> list[str]:
    """Write records to ``spool`` as JSON lines; return every column seen, ``id`` and ``error`` first."""
    columns = dict.fromkeys(FIRST_COLUMNS)
    for record in records:
        columns.update(dict.fromkeys(record))
        spool.write(json.dumps(record, ensure_ascii=False) + "\n")
    spool.seek(0)
    return list(columns)


def _unspool(spool: IO[str]) -> Iterator[dict]:
    return (json.loads(line) for line in spool)


def _write_parquet(records: Iterable[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        types: dict[str, set[type]] = {}
        for record in records:
            for name, value in record.items():
                kinds = types.setdefault(name, set())
                if value is not None and value != "":
                    kinds.add(type(value))
            spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        spool.seek(0)
        for name in reversed(FIRST_COLUMNS):
            types = {name: types.get(name, {str})} | types
        schema = pa.schema([(name, _arrow_type(kinds)) for name, kinds in types.items()])
        with pq.ParquetWriter(path, schema) as writer:
            for chunk in chunked(_unspool(spool), PARQUET_ROWS_PER_GROUP):
                rows = [{name: _arrow_value(record.get(name), schema.field(name).type) for name in types}
                        for record in chunk]
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _arrow_type(kinds: set[type]):
    """Column type from the Python types of its values: int, float (ints widen), bool, else string."""
    import pyarrow as pa
    if kinds and kinds <= {bool}:
        return pa.bool_()
    if kinds and kinds <= {int}:
        return pa.int64()
    if kinds and kinds <= {int, float}:
        return pa.float64()
    return pa.string()


def _arrow_value(value, arrow_type):
    """A value fitted to its column: blanks become nulls; strings get mappings and lists as JSON."""
    import pyarrow as pa
    if value is None or value == "":
        return "" if arrow_type == pa.string() and value == "" else None
    if arrow_type == pa.string() and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return value

