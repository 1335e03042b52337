"""Lexicon files: plain data in ``analysis/lexicons/``, each opening with a ``#`` header.

A lexicon is either a word list (one entry per line) or a TSV table whose first
non-comment line names the columns. Users pass their own file path wherever a
packaged lexicon name is accepted, so lexicons are extended without editing the
package.
"""

from __future__ import annotations

import csv
from importlib.resources import files
from pathlib import Path


def read_lexicon_text(name_or_path: str | Path) -> str:
    """Full text of a packaged lexicon (by file name) or of a lexicon file at a path."""
    path = Path(name_or_path)
    if path.exists():
        return path.read_text(encoding="utf-8")
    return files("analysis.lexicons").joinpath(str(name_or_path)).read_text(encoding="utf-8")


def _lexicon_lines(name_or_path: str | Path) -> list[str]:
    """Non-comment, non-blank lines of a lexicon."""
    return [line for line in read_lexicon_text(name_or_path).splitlines()
            if line.strip() and not line.startswith("#")]


def read_word_list(name_or_path: str | Path) -> list[str]:
    """Entries of a one-term-per-line lexicon, stripped, in file order."""
    return [line.strip() for line in _lexicon_lines(name_or_path)]


def read_table(name_or_path: str | Path) -> list[dict[str, str]]:
    """Rows of a TSV lexicon as dicts keyed by its header row."""
    return list(csv.DictReader(_lexicon_lines(name_or_path), delimiter="\t"))


def read_header(name_or_path: str | Path) -> str:
    """The ``#`` header of a lexicon file: what it means, its source and licence."""
    header = []
    for line in read_lexicon_text(name_or_path).splitlines():
        if not line.startswith("#"):
            break
        header.append(line.lstrip("# ").rstrip())
    return "\n".join(header)
