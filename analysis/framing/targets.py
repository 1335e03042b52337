"""Targets: which side a framing device is about, read from the parse (never the nearest mention).

For a device (loaded term, hedge, booster, epistemic marker, scare quote, label) the
rules are tried in order; the first that finds a side decides, and its name is kept as
the span's ``tie``:

1. ``mention inside``: a side's mention inside the device ("‘U.S.-supported rebels’").
2. For a noun, or the noun a modifier belongs to (amod, compound, nmod: "neocon" in
   "neocon arrogance"), that noun phrase's **owner**: the noun itself naming a side
   (``names the side``); a name modifying it ("the Assad regime", "Russian bombing":
   ``name on the noun``); its possessor (``possessor``; his/her/its/their resolved by
   :mod:`analysis.text.reference`: ``possessive pronoun``); its "of"/"by" object
   (``of object``); its appositive (``appositive``).
3. A noun or adjective with no owner that is its clause's predicate ("X represents
   neocon wishful thinking", "X is reckless"): the clause's subject and its owner
   (``predicate of the subject``).
4. A verb, or an adverb or modal on a verb ("X slammed", "X may retaliate", "X
   falsely claimed"): the verb's subject, or its "by" agent in a passive, and that
   phrase's owner (``subject of the clause``); a pronoun subject is resolved; for an
   expletive "it" ("it is clear that the US…"), the subject of the clause it stands for.
   A verb with no subject of its own takes it from the verb it depends on, a participle
   from the noun it modifies ("militiamen freed up from liberating"), and "prevent X
   from V-ing" makes X the one who does V.
   A verb whose subject names no side is aimed at its object's side, as in 2 (``aimed at``).
5. Otherwise no side.

A quoted device takes the rules from the head word inside the marks. Mentions are the
sides file's aliases found by :func:`analysis.sides.find_mentions`, which leaves out
aliases inside longer names ("The Washington Post").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..result import Span
from ..text.reference import PRONOUNS, antecedent

MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
PREDICATE_DEPS = ("attr", "acomp", "oprd")
# Verbs whose object characterises their subject as a copula's predicate does.
COPULA_LIKE = frozenset("represent represents represented representing constitute constitutes constituted "
                        "remain remains remained become becomes became amount amounts amounted".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
AIMED_PREPOSITIONS = frozenset({"against", "toward", "towards", "on", "at", "over", "for"})


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


def tie(doc: Doc, start: int, end: int, mentions: Mentions, speaker_at=None) -> tuple[str | None, str | None]:
    """(side, rule) for the device at ``start:end``, by the module's rules; (None, None) for no side.

    ``speaker_at(offset)`` gives the source span of the quotation holding ``offset``, for I/we.
    """
    inside = mentions.inside(start, end)
    if inside:
        return inside[0].side, "mention inside"
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None, None
    words = [t for t in tokens if not t.is_punct] or list(tokens)
    head = next((t for t in words if not (tokens.start <= t.head.i < tokens.end) or t.head == t), words[0])
    return _about(head, mentions, speaker_at)


def _about(head: Token, mentions: Mentions, speaker_at) -> tuple[str | None, str | None]:
    noun = head
    if head.dep_ in MODIFIER_DEPS and head.head.tag_.startswith(("NN", "PRP")):
        noun = head.head
    elif head.dep_ == "advmod" and head.head.tag_.startswith("JJ") and head.head.dep_ in MODIFIER_DEPS:
        noun = head.head.head  # "deeply flawed plan"
    if noun.tag_.startswith(("NN", "PRP")) and noun is not None:
        found = owner(noun, mentions, speaker_at, skip=head if head is not noun else None)
        if found[0]:
            return found
        if _is_predicate(noun):
            return subject_side(noun.head, mentions, speaker_at, "predicate of the subject")
        return None, None
    if head.tag_.startswith("JJ") and head.dep_ in PREDICATE_DEPS:
        return subject_side(head.head, mentions, speaker_at, "predicate of the subject")
    verb = head if head.tag_.startswith("VB") else head.head if head.dep_ in ("advmod", "aux", "neg", "prt") else None
    if verb is not None and (verb.tag_.startswith("VB") or any(c.dep_ in SUBJECTS for c in verb.children)):
        found = subject_side(verb, mentions, speaker_at, "subject of the clause")
        return found if found[0] or verb is not head else _aimed_at(verb, mentions)
    return None, None


def _aimed_at(word: Token, mentions: Mentions) -> tuple[str | None, str | None]:
    """The side of the object an evaluation is aimed at: "against X", "toward X", a verb's direct object."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in AIMED_PREPOSITIONS:
            for obj in (o for o in child.children if o.dep_ == "pobj"):
                found = _mentioned(obj, mentions, core=True)
                if found:
                    return found, "aimed at"
    return None, None


def owner(noun: Token, mentions: Mentions, speaker_at=None, skip: Token | None = None,
          aimed: bool = True) -> tuple[str | None, str | None]:
    """(side, rule) of the owner of a noun phrase headed by ``noun`` (rule 2 of the module docstring); with
    ``aimed`` False, never the side an evaluation is aimed at ("attacks on X" is not X's)."""
    own = mentions.overlapping(noun.idx, noun.idx + len(noun.text))
    if own:
        return own[0].side, "names the side"
    if noun.lower_ in PRONOUNS:
        return _resolved(noun, mentions, speaker_at, "pronoun")
    for child in noun.children:
        if child is skip:
            continue
        if child.dep_ == "poss":
            if child.lower_ in PRONOUNS:
                return _resolved(child, mentions, speaker_at, "possessive pronoun")
            found = _mentioned(child, mentions)
            if found:
                return found, "possessor"
    for child in noun.children:
        if child is not skip and child.dep_ in MODIFIER_DEPS and not _other_half_of_between(noun, child):
            found = _mentioned(child, mentions)
            if found:
                return found, "name on the noun"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = _mentioned(pobj, mentions, core=True)
                if found:
                    return found, "of object"
        if child.dep_ == "appos":
            found = _mentioned(child, mentions, core=True)
            if found:
                return found, "appositive"
    if noun.dep_ == "appos" and noun.head.tag_.startswith("NN"):
        return owner(noun.head, mentions, speaker_at, aimed=aimed)
    return _aimed_at(noun, mentions) if aimed else (None, None)


def _other_half_of_between(noun: Token, modifier: Token) -> bool:
    """"areas between Damascus and non-ISIS militants": the parser may hang the first half of the pair on the
    second's noun; a coordinated name there is the other party, not the noun's owner."""
    return noun.head.lower_ == "between" and any(c.dep_ == "cc" for c in modifier.children)


def _is_predicate(noun: Token) -> bool:
    return noun.dep_ in PREDICATE_DEPS or noun.dep_ == "dobj" and noun.head.lower_ in COPULA_LIKE


def subject_side(verb: Token, mentions: Mentions, speaker_at, rule: str,
                 aimed: bool = True) -> tuple[str | None, str | None]:
    """The side of a clause's subject (agent in a passive), climbing through coordinated and
    non-finite verbs that have none of their own."""
    x = verb
    for _ in range(6):
        agent = next((p for c in x.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        subject = agent or next((c for c in x.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            if subject.lower_ == "it" and subject.dep_ == "nsubj":
                clause = next((c for c in x.children if c.dep_ in ("ccomp", "xcomp", "csubj") and c is not verb), None)
                if clause is None:
                    return None, None
                x = clause
                continue
            if subject.tag_ in ("WDT", "WP") and x.dep_ == "relcl":
                subject = x.head
            side, _ = owner(subject, mentions, speaker_at, aimed=aimed)
            return (side, rule) if side else (None, None)
        if x.dep_ == "acl" and x.head.tag_.startswith("NN"):
            side, _ = owner(x.head, mentions, speaker_at, aimed=aimed)  # "militiamen, freed up from liberating Mosul"
            return (side, rule) if side else (None, None)
        if x.dep_ == "pcomp" and x.head.dep_ == "prep":
            governor = x.head.head  # "prevent the Syrians from liberating": the object does it
            controller = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if controller is not None:
                side, _ = owner(controller, mentions, speaker_at, aimed=aimed)
                return (side, rule) if side else (None, None)
            x = governor
            continue
        if x.dep_ not in ("conj", "xcomp", "advcl") or x.head is x:
            return None, None
        x = x.head
    return None, None


def _mentioned(token: Token, mentions: Mentions, core: bool = False) -> str | None:
    """The side of the first mention in ``token``'s phrase; with ``core``, only in the noun and the names,
    modifiers and possessor on it (not in its own prepositional phrases or clauses)."""
    if core:
        tokens = [token] + [t for c in token.children if c.dep_ in MODIFIER_DEPS + ("poss", "det", "appos", "case")
                            for t in c.subtree]
    else:
        tokens = list(token.subtree)
    for t in tokens:
        found = mentions.overlapping(t.idx, t.idx + len(t.text))
        if found:
            return found[0].side
    return None


def _resolved(pronoun: Token, mentions: Mentions, speaker_at, rule: str) -> tuple[str | None, str | None]:
    span = antecedent(pronoun.doc, pronoun, speaker_at(pronoun.idx) if speaker_at else None)
    if span is None:
        return None, None
    inside = mentions.inside(*span)
    return (inside[0].side, rule) if inside else (None, None)
