"""Side mentions of one article, looked up by character range or by a token's phrase (for :mod:`.targets`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from ..result import Span
from ..text.descriptions import FINDINGS

MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
ACQUAINTED = frozenset({"familiar"})  # "a person familiar with X": neither a mention of X nor X's
NEAR = frozenset({"close"})  # "a source close to X": X's, by what it is close to (not that thing's own phrases)
# People named by their trade or standing, not an office: a side's name on them says where they are from, not their
# camp ("the killing of Saudi journalist Jamal Khashoggi" is not the Saudi camp's lot; "Saudi officials" are).
PRIVATE_PERSONS = frozenset("journalist reporter columnist writer dissident activist blogger citizen resident "
                            "student".split())
# Things two parties share: a side's name on one names the counterpart, not the owner ("hurt Iran negotiations",
# "the Iran deal" are not Iran's).
JOINT_NOUNS = frozenset("talks negotiations negotiation deal agreement accord treaty relations ties cooperation "
                        "dialogue summit".split())


class Mentions:
    """Side mentions of one article, looked up by character range."""

    def __init__(self, mentions: Sequence[Span]):
        self.spans = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.spans]

    def inside(self, start: int, end: int) -> list[Span]:
        """Mentions lying wholly inside ``start:end``."""
        i = bisect.bisect_left(self.starts, start)
        found = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end <= end:
                found.append(self.spans[i])
            i += 1
        return found

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Mentions sharing a character with ``start:end``."""
        i = max(0, bisect.bisect_left(self.starts, start) - 1)
        found = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                found.append(self.spans[i])
            i += 1
        return found


def core_tokens(token: Token) -> list[Token]:
    """The noun and the names, modifiers, possessor and appositive on it (not its own prepositional phrases or
    clauses, nor what "familiar" is familiar with: "a person familiar with the message to Mr. McGahn")."""
    return [token] + [t for c in token.children if c.dep_ in MODIFIER_DEPS + ("poss", "det", "appos", "case")
                      for t in _modifier_tokens(c)]


def _modifier_tokens(modifier: Token) -> list[Token]:
    """A modifier's words, but only the core of what "close" is close to ("a source close to the Kremlin" is the
    Kremlin's; "an individual close to the investigation of the Democratic Party hacks", or to "the Russia probe", is
    not that side's)."""
    if modifier.lower_ in ACQUAINTED:
        return [modifier]
    if modifier.lower_ in NEAR:  # not an inquiry's subject: "close to the Russia probe"
        return [modifier] + [t for p in modifier.children if p.dep_ == "prep" for o in p.children
                             if o.dep_ == "pobj" for t in ([o] if o.lower_ in FINDINGS else core_tokens(o))]
    return list(modifier.subtree)


def mentioned(token: Token, mentions: Mentions, core: bool = False) -> str | None:
    """The side of the first mention in ``token``'s phrase; with ``core``, only in :func:`core_tokens`."""
    for t in core_tokens(token) if core else _modifier_tokens(token) if token.dep_ in MODIFIER_DEPS else token.subtree:
        found = mentions.overlapping(t.idx, t.idx + len(t.text))
        if found:
            return found[0].side
    return None


def is_maker_name(modifier: Token) -> bool:
    """A name on a noun that may be its maker ("a Times report"), not a place or people ("the Kentucky senator")."""
    return modifier.dep_ == "compound" and modifier.text[:1].isupper() and not modifier.is_sent_start \
        and modifier.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT")


def other_half_of_between(noun: Token, modifier: Token) -> bool:
    """"areas between Damascus and non-ISIS militants": a coordinated name hung on the noun is the other party."""
    return noun.head.lower_ == "between" and any(c.dep_ == "cc" for c in modifier.children)


def part_of(noun: Token) -> Token | None:
    """X in "the part of X" ("incompetence on the part of Saudi Arabia"), else None."""
    return next((p for c in noun.children if noun.lower_ == "part" and c.lower_ == "of" for p in c.children), None)
