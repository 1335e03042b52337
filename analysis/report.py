"""The report folder: the result document and its tables, written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from .readability import MEASURES
from .result import Analysis


def write_atomically(path: Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` through a temporary file, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def csv_text(rows: list[dict]) -> str:
    """Rows of dicts as CSV text, columns in first-seen order."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def readability_rows(analysis: Analysis) -> list[dict]:
    """One row per scope: the whole article, its author's voice, then each prose paragraph."""
    rows = [{"scope": "article", "paragraph": "", "voice": "all", **analysis.readability},
            {"scope": "article", "paragraph": "", "voice": "author", **analysis.readability_author}]
    rows += [{"scope": "paragraph", **row} for row in analysis.readability_paragraphs]
    return [{key: (round(value, 3) if key in MEASURES else value) for key, value in row.items()} for row in rows]


def sentence_rows(analysis: Analysis) -> list[dict]:
    """One row per sentence: offsets, voice, kind and its text."""
    return [{"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph,
             "kind": s.kind, "voice": s.voice, "text": s.text} for s in analysis.article.sentences]


def write_report(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write ``analysis.json``, ``sentences.csv`` and ``readability.csv`` into ``out_dir``."""
    out_dir = Path(out_dir)
    return [
        write_atomically(out_dir / "analysis.json", json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1)),
        write_atomically(out_dir / "sentences.csv", csv_text(sentence_rows(analysis))),
        write_atomically(out_dir / "readability.csv", csv_text(readability_rows(analysis))),
    ]
