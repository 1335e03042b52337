"""Quotations: the spans between quotation marks in an article, with the offsets of their marks.

Double quotes, straight (") and curly (“ ”), are read first-class. Inside a
paragraph a straight mark opens a quotation when none is open and closes it
otherwise. A paragraph that ends inside a quotation continues it when the next
paragraph opens with a quotation mark again (the news convention for a quote
running over several paragraphs); otherwise the unmatched mark is ignored.

Single quotes are read conservatively, because ’ is also the apostrophe: ‘ (or
' after a space) opens only before a non-space, and ’ closes only after a
non-space and before a non-letter, so "Shi’a" and "country’s" never close a
quotation. A plural possessive ("forces’ plan") inside a single-quoted span can
still close it early; single quotes only count as speech next to a reporting
cue (see :mod:`analysis.attribution`), so the damage stays small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import WORD_RE, Article, double_quoted_spans

_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))[‘'](?=\S)")
_SINGLE_CLOSE_RE = re.compile(r"(?<=\S)[’'](?!\w)")


@dataclass(frozen=True)
class Quotation:
    """A quoted span: ``text[start:end]`` runs from the opening mark to just past the closing mark.

    ``mark`` is "double" or "single"; ``n_words`` counts the words inside.
    """

    start: int
    end: int
    mark: str
    n_words: int

    @property
    def inner_start(self) -> int:
        """Offset of the first character inside the marks."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset just past the last character inside the marks."""
        return self.end - 1


def find_quotations(article: Article) -> tuple[Quotation, ...]:
    """Every double- and single-quoted span of the article, sorted by position."""
    text = article.text
    spans = [(s, e, "double") for s, e in double_quoted_spans(text, article.paragraphs)]
    spans += [(s, e, "single") for p in article.paragraphs for s, e in single_quoted_spans(text, p.start, p.end)]
    return tuple(Quotation(s, e, mark, len(WORD_RE.findall(text, s, e))) for s, e, mark in sorted(spans))


def single_quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each single-quoted span inside ``text[start:end]``, marks included."""
    spans: list[tuple[int, int]] = []
    position = start
    while opening := _SINGLE_OPEN_RE.search(text, position, end):
        closing = _SINGLE_CLOSE_RE.search(text, opening.end(), end)
        if closing is None:
            break
        spans.append((opening.start(), closing.end()))
        position = closing.end()
    return spans
