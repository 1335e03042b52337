"""Batch output files: JSONL, CSV and Parquet, written whole or not at all, and resumable.

Records stream to a temporary file beside the output, which replaces the
output only once every record is written: an interrupted run leaves the old
file (or none), never half a file. CSV and Parquet need their columns before
their first row, and a later article may bring a column the first lacked (a
third side, a new rate), so their records are first spooled as JSON lines to
an anonymous temporary file, then written out with the union of all columns.
Memory stays flat in the number of articles; only the spool grows on disk.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .batch import chunked
from .document import ArticleError

FORMATS = ("jsonl", "csv", "parquet")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
FIRST_COLUMNS = ("id", "error")
PARQUET_ROWS_PER_GROUP = 1024  # rows held in memory per Parquet row group


def output_format(out: Path | None, fmt: str | None) -> str:
    """The output format: ``fmt`` if given, else the one ``out``'s extension names, else JSONL."""
    if fmt is None:
        fmt = SUFFIX_FORMATS.get(out.suffix.lower(), "jsonl") if out is not None else "jsonl"
    if fmt not in FORMATS:
        raise ArticleError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ArticleError("--format parquet needs --out FILE (Parquet is not written to standard output)")
    return fmt


def read_records(path: Path, fmt: str) -> Iterator[dict]:
    """The records of an earlier output file, lazily (CSV values come back as strings)."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq
            for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS_PER_GROUP):
                yield from batch.to_pylist()
            return
        with path.open(encoding="utf-8", newline="") as handle:
            if fmt == "csv":
                csv.field_size_limit(sys.maxsize)
                yield from csv.DictReader(handle)
                return
            for line in handle:
                if line.strip():
                    yield json.loads(line)
    except (ValueError, OSError) as error:  # json, csv and pyarrow errors are ValueErrors
        raise ArticleError(f"{path}: cannot read it as {fmt} to resume ({error})") from None


def completed_ids(path: Path, fmt: str) -> set[str]:
    """Ids of the articles an earlier output holds without error (``--resume`` skips them)."""
    return {str(r["id"]) for r in read_records(path, fmt) if not r.get("error")}


def kept_records(path: Path, fmt: str) -> Iterator[dict]:
    """The records of an earlier output to keep when resuming: the successful ones (failures are retried)."""
    return (r for r in read_records(path, fmt) if not r.get("error"))


def write_output(records: Iterable[dict], out: Path | None, fmt: str, kept: Iterable[dict] = ()) -> None:
    """Write ``kept`` records, then ``records``, to ``out`` (standard output if None) as ``fmt``.

    The file appears complete at the end or not at all; on any exception,
    KeyboardInterrupt included, the temporary file is removed and ``out`` is
    left as it was.
    """
    if out is None:
        _write_stream(_chain(kept, records), sys.stdout, fmt)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with _replacing(out) as temporary:
        if fmt == "parquet":
            _write_parquet(_chain(kept, records), temporary)
        else:
            with temporary.open("w", encoding="utf-8", newline="") as handle:
                _write_stream(_chain(kept, records), handle, fmt)


def _chain(*parts: Iterable[dict]) -> Iterator[dict]:
    for part in parts:
        yield from part


@contextmanager
def _replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` that replaces it on success and is deleted on failure."""
    handle = tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", delete=False)
    handle.close()
    temporary = Path(handle.name)
    try:
        yield temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    temporary.replace(out)


def _write_stream(records: Iterable[dict], handle: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        columns = _spool(records, spool)
        writer = csv.DictWriter(handle, fieldnames=columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(_unspool(spool))


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

