"""Batch inputs: a folder, a CSV or a JSONL file read into one :class:`BatchInput` per article.

CSV and JSONL files are read like every other input, by
:func:`analysis.text.decode.read_input` (file type and size checked first; UTF-8,
UTF-16/32 with a BOM, else cp1252; one-line errors). A row or record that cannot
be read becomes an input carrying an ``error`` that names its line, and the run
goes on: a malformed JSON line, or a CSV row whose quoting is broken (a quote
never closed, or one that swallows the rows after it into one field).

Ids are made distinct by :func:`distinct_ids`: a repeated id gets its line
number (``a#L7``), so two articles are never merged into one output row, nor one
dropped by ``--resume``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from ..errors import ArticleError
from ..framing.sides import sides_beside
from ..text.article import ARTICLE_EXTENSIONS
from ..text.decode import read_input

_ID_LIKE = re.compile(r"\S*\d\S*")  # a row id as scrapers and databases write them: one token with a digit
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class BatchInput:
    """One article to analyse: its id, and either its text, its file or its URL, or why it cannot be read."""

    id: str
    text: str | None = None
    path: Path | None = None
    url: str | None = None
    error: str | None = None
    sides: list | Path | None = None  # a JSONL record's own sides, or an article's sibling sides file: beats the run's
    line: int | None = field(default=None, compare=False)  # where the row or record starts in its file
    renamed_from: tuple[str, int | None] | None = field(default=None, compare=False)  # (id, its first line)


def iter_inputs(source: Path, text_column: str = "text", id_column: str = "id",
                url_column: str = "url") -> Iterator[BatchInput]:
    """Articles of a folder (files with a known extension, sorted), a CSV or a JSONL file, lazily.

    A CSV row or JSONL record gives its article as text (``text_column``) or, where that is
    empty or missing, as a web page's address (``url_column``), fetched when it is analysed.
    The file is read and checked at once (an empty, binary or undecodable file raises
    :class:`ArticleError`); its rows are parsed as they are drawn.
    """
    source = Path(source)
    if not source.exists():
        raise ArticleError(f"{source}: no such file or folder")
    if source.is_dir():
        return (BatchInput(id=p.name, path=p, sides=sides_beside(p)) for p in _article_files(source))
    suffix = source.suffix.lower()
    if suffix == ".csv":
        return distinct_ids(_csv_inputs(source, text_column, id_column, url_column))
    if suffix in (".jsonl", ".ndjson"):
        return distinct_ids(_jsonl_inputs(source, text_column, id_column, url_column))
    raise ArticleError(f"{source}: expected a folder, a .csv or a .jsonl file")


def count_inputs(source: Path) -> int | None:
    """How many articles :func:`iter_inputs` will yield (for a progress bar's ETA), or None if unknown.

    One cheap pass: files of a folder, non-blank lines of a JSONL file, rows of a CSV.
    """
    source = Path(source)
    try:
        if source.is_dir():
            return len(_article_files(source))
        suffix = source.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            return sum(1 for line in io.StringIO(_read_source(source)) if line.strip())
        if suffix == ".csv":
            return sum(1 for _ in _csv_table(source, "id")[1])
    except ArticleError:  # iter_inputs says why
        return None
    return None


def distinct_ids(items: Iterable[BatchInput]) -> Iterator[BatchInput]:
    """``items`` with every id unique: a repeated id gets ``#L`` and its line number (``a#L7``).

    The first article with an id keeps it. A renamed input records its original id and the
    line of the first one in ``renamed_from``. Ids are never merged or dropped: two rows
    with one id are two articles (a scraper's double, or two versions), and keeping both
    lets the output show it.
    """
    first_line: dict[str, int | None] = {}
    for item in items:
        if item.id in first_line:
            unique = f"{item.id}#L{item.line}"
            while unique in first_line:  # only if the input also holds that id
                unique += f"#L{item.line}"
            item = replace(item, id=unique, renamed_from=(item.id, first_line[item.id]))
        first_line[item.id] = item.line
        yield item


def _article_files(folder: Path) -> list[Path]:
    """The folder's articles: files with an article extension that are not a licence, readme, source note or
    the like (``LICENSE.txt``, ``README.md``, ``allsides_sample.SOURCE.md``)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_EXTENSIONS
                  and not _NOT_AN_ARTICLE.search(p.stem))


# A file whose name (without extension) is or ends in one of these is documentation, not an article.
_NOT_AN_ARTICLE = re.compile(r"(?:^|[._-])(?:licen[cs]e|readme|source|notice|copying|changelog|authors|"
                             r"contributing|guidelines)$", re.I)


def _read_source(path: Path) -> str:
    """The decoded text of a CSV or JSONL input; an empty file is an error, not an empty run."""
    text = read_input(path)
    if not text.strip():
        raise ArticleError(f"{path}: empty file, expected a header row and articles"
                           if path.suffix.lower() == ".csv" else f"{path}: empty file, expected articles")
    return text


def _csv_inputs(path: Path, text_column: str, id_column: str, url_column: str) -> Iterator[BatchInput]:
    header, rows = _csv_table(path, id_column)
    if not {text_column, url_column} & set(header):
        raise ArticleError(f"{path}: no column {text_column!r} or {url_column!r} (columns: {', '.join(header)})")
    id_index = header.index(id_column) if id_column in header else None

    def inputs() -> Iterator[BatchInput]:
        for count, (number, fields, error) in enumerate(rows, start=1):
            if error is not None:
                yield BatchInput(id=_row_id(fields, id_index) or f"line {number}", line=number,
                                 error=f"{path}: line {number}: malformed CSV quoting ({error})")
                continue
            row = dict(zip(header, fields))
            yield _text_or_url(row, row.get(id_column) or str(count), text_column, url_column, line=number)
    return inputs()


def _csv_table(path: Path, id_column: str) -> tuple[list[str], Iterator[tuple[int, list[str], str | None]]]:
    """The header of a CSV input and its rows, lazily: (first line number, fields, why it is malformed or None)."""
    lines = io.StringIO(_read_source(path), newline="").readlines()
    csv.field_size_limit(sys.maxsize)  # an article is one field; read_input's limit already bounds the file
    reader = csv.reader(lines, strict=True)
    header: list[str] = []
    try:
        while not header:  # blank lines before the header are skipped
            first = reader.line_num + 1
            header = next(reader)
    except csv.Error as error:
        raise ArticleError(f"{path}: line {first}: malformed CSV header ({error})") from None
    except StopIteration:
        raise ArticleError(f"{path}: no header row") from None
    id_index = header.index(id_column) if id_column in header else None
    return header, _csv_rows(lines, reader.line_num, len(header), id_index)


def _csv_rows(lines: list[str], start: int, n_columns: int,
              id_index: int | None) -> Iterator[tuple[int, list[str], str | None]]:
    """The rows of ``lines[start:]``: (first line number, fields, None), or (line, its first line's fields, why).

    Parsing is strict, so a quote left open runs into an error instead of quietly taking
    the rows after it; a quote that does close, lines later, is caught by
    :func:`_swallowed_lines`. After a malformed row, parsing starts again on the line
    after its first line, so the rows it took are read as rows. Blank lines are skipped.
    """
    position = start
    while position < len(lines):
        reader = csv.reader(islice(lines, position, None), strict=True)
        consumed = 0
        try:
            for fields in reader:
                first, consumed = position + consumed + 1, reader.line_num
                if swallowed := _swallowed_lines(fields, n_columns, id_index):
                    lines_taken = f"{swallowed} line{'s' * (swallowed > 1)}"
                    why = f"a quote opened on this line takes the next {lines_taken} into one field"
                    break
                if fields:
                    yield first, fields, None
            else:
                return
        except csv.Error as error:
            first = position + consumed + 1
            why = ("a quote opened on this line is never closed" if "unexpected end of data" in str(error)
                   else f"a quoted field starting on this line is malformed, {error}")
        yield first, next(csv.reader([lines[first - 1]]), []), why
        position = first


def _swallowed_lines(fields: list[str], n_columns: int, id_index: int | None) -> int:
    """How many whole rows a quoted field holds by mistake (0 if none).

    A field spanning lines is a mistake, not a text of several paragraphs, when every line
    inside it (its first and last lines are partial) would on its own be a row of this
    file: the header's number of columns, and an id-like token (one word with a digit) in
    the id column. Without an id column nothing is flagged.
    """
    if id_index is None or n_columns < 2:
        return 0
    for value in (value for value in fields if "\n" in value or "\r" in value):
        inner = _LINE_BREAK.split(value)[1:-1]
        if inner and all(_looks_like_row(line, n_columns, id_index) for line in inner):
            return len(inner)
    return 0


def _looks_like_row(line: str, n_columns: int, id_index: int) -> bool:
    fields = next(csv.reader([line]), [])
    return len(fields) == n_columns and bool(_ID_LIKE.fullmatch(fields[id_index]))


def _row_id(fields: list[str], id_index: int | None) -> str | None:
    """The id in a row's fields, if it has an id column and a non-blank value there."""
    if id_index is None or len(fields) <= id_index:
        return None
    return fields[id_index].strip() or None


def _text_or_url(record: dict, id: str, text_column: str, url_column: str, **extra) -> BatchInput:
    """The record's text if it has some, else its URL (a non-empty string), else an empty article."""
    text, url = record.get(text_column), record.get(url_column)
    if not (isinstance(text, str) and text.strip()) and isinstance(url, str) and url.strip():
        return BatchInput(id=id, url=url.strip(), **extra)
    return BatchInput(id=id, text=text or "", **extra)


def _jsonl_inputs(path: Path, text_column: str, id_column: str, url_column: str) -> Iterator[BatchInput]:
    text = _read_source(path)

    def inputs() -> Iterator[BatchInput]:
        for number, line in enumerate(io.StringIO(text), start=1):  # "\n" only: JSON may hold a raw U+2028
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield BatchInput(id=f"line {number}", line=number,
                                 error=f"{path}: line {number}: malformed JSON ({error.msg})")
                continue
            if not isinstance(record, dict) or not any(isinstance(record.get(k), str) for k in (text_column, url_column)):
                yield BatchInput(id=f"line {number}", line=number,
                                 error=f"{path}: line {number}: no string field {text_column!r} or {url_column!r}")
                continue
            sides = record.get("sides")
            if sides is not None and not isinstance(sides, list):
                yield BatchInput(id=f"line {number}", line=number,
                                 error=f"{path}: line {number}: 'sides' must be a list of sides")
                continue
            yield _text_or_url(record, str(record.get(id_column, number)), text_column, url_column, sides=sides,
                               line=number)
    return inputs()
