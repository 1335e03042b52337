"""Quotations: the one scanner of quoted passages, with the offsets of their marks.

Double quotes, straight (") and curly (“ ”), are read first. Inside a paragraph a
straight mark opens a quotation when none is open and closes it otherwise. A
paragraph that ends inside a quotation continues it when the next paragraph opens
with a quotation mark again (the news convention for a quote running over several
paragraphs); otherwise a mark that opens a sentence quotes to the end of a paragraph that
ends a sentence, when a quotation closed earlier in the paragraph or no cue follows it (a
quote whose closing mark was lost: '"X," Lerner said. "Y.', a tweet quoted whole; not a
heading, nor '"We will win, Smith said. …', where the mark was lost before the cue); any
other unmatched mark is ignored.

Single quotes are read conservatively, because ’ is also the apostrophe: ‘ (or '
after a space) opens only before a non-space, and ’ closes only after a non-space
and before a non-letter, so "Shi’a" and "country’s" never close a quotation.
Single-quoted spans inside double ones are found too (a quotation inside a
quotation).

Whether a quotation is speech, a title or a scare quote is decided by the readers
of this output (:mod:`analysis.text.speech`, :mod:`analysis.detect.scare_quotes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A word: letters and digits, joined across a hyphen, an apostrophe or a period ("so-called", "U.S", "3.5",
# "a.m"), but not across a period after a lowercase word ("regime.The" is two words: a missing space).
WORD_RE = re.compile(r"\w+(?:[-'’]\w+|(?<![a-z]{2})\.\w+)*")
# Not a contraction a tokenised corpus set apart ("they 're"); a closing mark may follow a space there too
# ("… a little while , ' Trump said", "'yet to respond ' to"), but not a plural's possessive ("the rebels ' chances").
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))[‘'](?=\S)(?!(?:re|s|ve|ll|d|m|t)\b)")
_SINGLE_CLOSE_RE = re.compile(r"(?<=\S)[’'](?!\w)|(?<=[^\ss] )[’'](?=\s|$)")
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“", "”"
QUOTE_MARKS = "\"'“”‘’«»„"  # every mark a quoted phrase may open or close with
_DOUBLE_MARK_RE = re.compile('[“”"]')
_EDITORS_NOTE = re.compile(r"\[[^\[\]\n]{1,200}\]")  # words an editor adds in square brackets
# A cue after a comma ("“We will win this fight, Smith said on Monday"): an unclosed quotation's mark was lost there.
_CUE_AFTER = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|added|wrote|tweeted)\b"
                        r"|,\s+(?:he|she|they)\s+(?:said|says|told|added|wrote|tweeted)\b")


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


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Quotation, ...]:
    """Every double- and single-quoted span of ``text``, given its paragraphs as (start, end), by position."""
    spans = [(s, e, "double") for s, e in _double_quoted_spans(text, paragraphs)]
    spans += [(s, e, "single") for start, end in paragraphs for s, e in _single_quoted_spans(text, start, end)]
    return tuple(Quotation(s, e, mark, len(WORD_RE.findall(text, s, e))) for s, e, mark in sorted(spans))


def _double_quoted_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for start, end in paragraphs:
        first = start
        if open_at is not None:
            if text[first] in _DOUBLE_OPEN + '"':
                first += 1  # the continuation paragraph's own opening mark
            else:
                open_at = None
        closed_here = False
        notes = [m.span() for m in _EDITORS_NOTE.finditer(text, first, end)]
        for m in _DOUBLE_MARK_RE.finditer(text, first, end):
            offset, mark = m.start(), m.group()
            if open_at is not None and any(a < offset < b for a, b in notes):
                continue  # inside an editor's note in a quotation: “God is great! [NOTE: “Allahu Akbar”] Those …”
            if mark == _DOUBLE_OPEN or (mark == '"' and open_at is None):
                open_at = offset
            elif mark in _DOUBLE_CLOSE + '"' and open_at is not None:
                spans.append((open_at, offset + 1))
                open_at, closed_here = None, True
            elif mark == _DOUBLE_CLOSE:
                closed_here = True  # a closing mark whose opening was lost: "We get dialogue,” he added. “We …"
        if open_at is not None and (closed_here or not _CUE_AFTER.search(text, open_at, end)) \
                and _opens_sentence(text, open_at, start) and text[start:end].rstrip()[-1:] in ".?!" \
                and not _continued(text, end):
            spans.append((open_at, end))  # unclosed and not continued: the quotation ends with its paragraph
            open_at = None
    return spans


def _opens_sentence(text: str, offset: int, paragraph_start: int) -> bool:
    before = text[paragraph_start:offset].rstrip()
    return not before or before[-1] in ".?!"


def _continued(text: str, end: int) -> bool:
    rest = text[end:].lstrip()
    return bool(rest) and rest[0] in _DOUBLE_OPEN + '"'


def _single_quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    while opening := _SINGLE_OPEN_RE.search(text, position, end):
        closing = _SINGLE_CLOSE_RE.search(text, opening.end(), end)
        if closing is None:
            break
        spans.append((opening.start(), closing.end()))
        position = closing.end()
    return spans


_DOUBLE_QUOTED = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


def outside_quotations(text: str) -> str:
    """``text`` with every double-quoted stretch blanked: what the writer says in their own words around quotes."""
    return _DOUBLE_QUOTED.sub(" ", text)


def in_marks_throughout(paragraph: str) -> bool:
    """Whether a paragraph is in quotation marks from its start to its end ("“The new government …”", "“We did nothing
    wrong.” “We will fight.”", or paragraphs run together that each opened with a mark): a quotation ends with it."""
    words = paragraph.strip()
    return len(words) > 1 and words[0] in "“\"" and words[-1] in "”\""
