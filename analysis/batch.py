"""Many articles in one run: a folder, a CSV or a JSONL file in, one result per article out, streamed."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .document import ARTICLE_EXTENSIONS, ArticleError, load_article, parse_article
from .pipeline import analyze
from .result import summary_row


@dataclass(frozen=True)
class BatchInput:
    """One article to analyse: its id, and either its text or its file, or why it cannot be read."""

    id: str
    text: str | None = None
    path: Path | None = None
    error: str | None = None
    sides: list | None = None  # a JSONL record's own sides, overriding the run's


def iter_inputs(source: Path, text_column: str = "text", id_column: str = "id") -> Iterator[BatchInput]:
    """Articles of a folder (files with a known extension, sorted), a CSV or a JSONL file, lazily."""
    source = Path(source)
    if not source.exists():
        raise ArticleError(f"{source}: no such file or folder")
    if source.is_dir():
        return (BatchInput(id=p.name, path=p) for p in sorted(source.iterdir())
                if p.is_file() and p.suffix.lower() in ARTICLE_EXTENSIONS)
    suffix = source.suffix.lower()
    if suffix == ".csv":
        return _csv_inputs(source, text_column, id_column)
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_inputs(source, text_column, id_column)
    raise ArticleError(f"{source}: expected a folder, a .csv or a .jsonl file")


def _csv_inputs(path: Path, text_column: str, id_column: str) -> Iterator[BatchInput]:
    csv.field_size_limit(sys.maxsize)
    handle = path.open(encoding="utf-8-sig", newline="")
    reader = csv.DictReader(handle)
    if text_column not in (reader.fieldnames or []):
        handle.close()
        raise ArticleError(f"{path}: no column {text_column!r} (columns: {', '.join(reader.fieldnames or [])})")

    def rows() -> Iterator[BatchInput]:
        with handle:
            for number, row in enumerate(reader, start=1):
                yield BatchInput(id=row.get(id_column) or str(number), text=row[text_column] or "")
    return rows()


def _jsonl_inputs(path: Path, text_column: str, id_column: str) -> Iterator[BatchInput]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield BatchInput(id=f"line {number}", error=f"{path}: line {number}: malformed JSON ({error.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_column), str):
                yield BatchInput(id=f"line {number}", error=f"{path}: line {number}: no string field {text_column!r}")
                continue
            sides = record.get("sides")
            if sides is not None and not isinstance(sides, list):
                yield BatchInput(id=f"line {number}", error=f"{path}: line {number}: 'sides' must be a list of sides")
                continue
            yield BatchInput(id=str(record.get(id_column, number)), text=record[text_column], sides=sides)


def analyze_input(item: BatchInput, sides=None):
    """The Analysis of one batch input (its own sides win over ``sides``); raises ArticleError if unreadable."""
    if item.error:
        raise ArticleError(item.error)
    sides = item.sides if item.sides is not None else sides
    if item.path is not None:
        return analyze(load_article(item.path), sides=sides)
    return analyze(parse_article(item.text or "", source=item.id), sides=sides)


def batch_records(items: Iterator[BatchInput], fmt: str, sides=None) -> Iterator[dict]:
    """One output record per input: the full document (jsonl) or a row of numbers (csv), or an error."""
    for item in items:
        try:
            analysis = analyze_input(item, sides)
        except ArticleError as error:
            yield {"id": item.id, "error": str(error)}
            continue
        if fmt == "jsonl":
            yield {"id": item.id, **analysis.to_dict()}
        else:
            yield {"id": item.id, "error": "", **summary_row(analysis)}
