"""Source phrases: the words of the noun phrase headed by a speech's source (:func:`analysis.text.sources.speaker_of`).

Titles, appositives and restrictive modifiers are kept; a non-restrictive relative clause, a possessive ’s, a date
(with a participle that only dates it: "a statement issued on Monday") and a person's venue ("said Mike Pompeo on
CBS’s “Face the Nation”") are left out; a title abbreviation the tokenizer split from its period is kept ("Capt. X").

The small parser sometimes gives a verb two subjects: then a plural noun is not the subject of a singular verb ("None
of the charges Manafort faces alleges"); two subjects that touch are one phrase split in two when the later opens with
a modifier ("A coalition of nine, mostly Sunni Arab states says"), is the conjunct of the earlier's "and" or "as well
as", or a hyphen joins them ("The ex-director"). The noun a cue's relative clause modifies is no part of its source
("the day Obama announced": Obama), unless it is a title the parser misread ("the observer Riyad Mansour called").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import SUBJECTS, end_of

RELATIVE_TAGS = {"WDT", "WP"}
NOMINAL_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "CC", "DT", "``", "''", "HYPH", "POS", "CD"}
MODIFIER_TAGS = {"RB", "JJ", "JJR", "JJS", "CD"}
TITLE_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Prof Rev Cmdr Gens".split())


def phrase_span(head: Token | tuple[int, int], without: Token | None = None) -> tuple[int, int]:
    """Character span of a source's noun phrase: its subtree without a non-restrictive relative clause,
    a possessive ’s, an interjection, date and time modifiers, edge punctuation, or the clause of
    ``without`` (the cue's own relative clause: "a report that concluded …"); with the other parts of
    a subject the parser split."""
    if isinstance(head, tuple):
        return head
    # The noun the cue's clause modifies is no part of its source ("the day [Obama announced]", "a move [Republican
    # lawmakers suggested]"), but before a name a noun other than a time is its title ("the observer [Riyad Mansour]")
    modified = without.head if without is not None and without.dep_ in ("relcl", "acl") else None
    if modified is not None and head.ent_type_ == "PERSON" and modified.ent_type_ not in ("DATE", "TIME"):
        modified = None
    spans = [_head_span(part, without, modified.i if modified is not None else -1) for part in _split_subject(head)]
    return min(a for a, _ in spans), max(b for _, b in spans)


def _split_subject(head: Token) -> list[Token]:
    """The subjects of ``head``'s verb that form one phrase with it, ``head`` among them (module docstring)."""
    if head.dep_ not in SUBJECTS:
        return [head]
    subjects = sorted((c for c in head.head.children if c.dep_ in SUBJECTS), key=lambda c: c.i)
    at = subjects.index(head)
    first = last = at
    while first > 0 and _continues(subjects[first - 1], subjects[first]):
        first -= 1
    while last + 1 < len(subjects) and _continues(subjects[last], subjects[last + 1]):
        last += 1
    return subjects[first:last + 1]


def _continues(earlier: Token, later: Token) -> bool:
    """Whether ``later`` goes on the phrase of ``earlier``, the two touching: ``later`` opens with a modifier
    (across a comma only after a word that lacks its noun: "of nine, mostly Sunni Arab states"; not "The
    plan, senior officials said"), is the conjunct of its trailing "and", or a hyphen joins them
    ("Ben-Bassat", not a dateline's spaced dash)."""
    end, start = earlier.right_edge, later.left_edge
    between = earlier.doc[end.i + 1:start.i]
    if len(between) > 1 or len(between) == 1 and between[0].text != "," or earlier.tag_ in RELATIVE_TAGS:
        return False  # "which many partisans insisted": a relative clause's own subject
    if between or end.text == ",":
        last = earlier.doc[end.i - 1] if end.text == "," else end
        return last.tag_ in ("CD", "JJ") and start.tag_ in MODIFIER_TAGS
    if end.tag_ == "CC" or end.dep_ == "cc":
        # "the Trump campaign as well as both aides": a conjunct, unless the parser took a clause for a
        # modifier of the earlier one ("Sondland called Trump …, and the president asked")
        return end.lower_ != "but" and not any(t.tag_.startswith("VB") or t.is_punct and t.text != ","
                                               for t in earlier.subtree)
    hyphen = not end.whitespace_ and "-" in (end.text, start.text)
    return hyphen or start.tag_ in MODIFIER_TAGS and not end.is_punct


def _head_span(head: Token, without: Token | None, modified: int) -> tuple[int, int]:
    doc = head.doc
    # the cue's own clause is never part of its source, however deep under the head it hangs
    dropped = {t.i for t in without.subtree} if without is not None and head.is_ancestor(without) else set()
    for c in head.children:
        comma_before = doc[c.left_edge.i].text == "," or c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        if c.dep_ in ("relcl", "acl", "advcl") and (comma_before or c.i < head.i) or c.dep_ in ("case", "intj") \
                or _is_date(c) or c.dep_ == "acl" and c.tag_ == "VBN" and all(map(_is_date, c.children)) \
                or c.dep_ == "relcl" and without is not None and c.is_ancestor(without):
            dropped.update(x.i for x in c.subtree)  # ("a statement issued on Monday": the date and its participle;
            # "prosecutors who rejected … and accused him": the relative clause holding the cue)
        if c.dep_ == "prep" and c.lower_ == "on" and c.i > head.i and head.ent_type_ == "PERSON" \
                and not any(t.tag_.startswith("VB") for t in doc[head.i:c.i]):  # not "who worked … and later on X"
            dropped.update(x.i for x in c.subtree)  # "said Mike Pompeo on CBS’s “Face the Nation”": where, not who
        if c.dep_ == "advmod" and c.i > head.i and any(g.dep_ == "conj" and g.tag_.startswith("VB")
                                                       for g in c.children):
            dropped.update(x.i for x in c.subtree)  # "journalists, …, painstakingly and chillingly reported"
    for owner in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        dropped.update(x.i for c in owner.children if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","
                       for x in c.subtree)  # "A manager of Uranus Wedding Palace, which also hosts …"
    kept = [t for t in head.subtree if t.i not in dropped]
    run = [head]  # the contiguous stretch of kept tokens around the head
    for t in reversed([t for t in kept if t.i < head.i]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    for t in [t for t in kept if t.i > head.i]:
        # "Clint Watts, a senior fellow …: Elevate Trump" (misparsed); not a title's colon ("author of “Opposing …: …")
        if t.i != run[-1].i + 1 or t.text == ":" and t.ent_iob_ != "I" and not _opened(run):
            break
        run.append(t)
    first = run[0].i
    # A parse often hangs the start of a long subject on the clause before it ("Writing in the Post on
    # May 21, columnist and CNN analyst Josh Rogin wrote"): take the nominal words back to the comma.
    while first > head.sent.start and (doc[first - 1].tag_ in NOMINAL_TAGS and doc[first - 1].text != ","
                                       and first - 1 != modified and doc[first - 1].ent_type_ not in ("DATE", "TIME")
                                       or _split_title(doc, first)):  # not "last month Foreign Secretary …"
        first -= 2 if _split_title(doc, first) else 1
    closing = [t.i for t in doc[first:run[0].i] if t.tag_ == "''"]
    first = max([first] + [i + 1 for i in closing])  # never back across the end of a quotation
    if first < run[0].i and (first == head.sent.start or doc[first - 1].text in (",", "”", '"', ":", ";")):
        run = list(doc[first:run[0].i]) + run
    while len(run) > 1 and (run[-1].is_punct and run[-1].text not in "’”'\")%" or run[-1].is_space
                            or run[-1].dep_ == "case"):
        run.pop()
    if sum(t.text == "(" for t in run) > sum(t.text == ")" for t in run):
        closing = run[-1].i + 1
        if closing < len(doc) and doc[closing].text == ")":
            run.append(doc[closing])
    while len(run) > 1 and (run[0].is_punct and (run[0].text not in "‘“'\"" or run[1].tag_ == "CC")
                            or run[0].tag_ == "CC" or run[0].is_space):
        run.pop(0)  # "But the report said", "and an agency spokeswoman said", "“And we warned"
    opened = sum(t.text in "‘“" for t in run) - sum(t.text in "’”" for t in run)
    if opened < 0 and run[0].i > 0 and doc[run[0].i - 1].text in "‘“":
        run.insert(0, doc[run[0].i - 1])
    elif len(run) > 1 and opened < 0 and run[-1].text in "’”":
        run.pop()
    elif len(run) > 1 and (opened > 0 and run[0].text in "‘“"
                           or run[0].text == '"' and sum(t.text == '"' for t in run) % 2):
        run.pop(0)  # "“They show …": the mark opens the quotation the source speaks in
    return run[0].idx, end_of(run[-1])


def _opened(tokens: list[Token]) -> bool:
    """Whether a quotation opens among ``tokens`` and does not close."""
    return sum(t.text in "“‘" for t in tokens) > sum(t.text in "”’" for t in tokens) \
        or sum(t.text == '"' for t in tokens) % 2 == 1


def _is_date(token: Token) -> bool:
    """A date or time modifier ("Monday", "on Monday")."""
    return token.ent_type_ in ("DATE", "TIME") and token.dep_ in ("npadvmod", "nummod") \
        or token.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in token.children)


def _split_title(doc: Doc, start: int) -> bool:
    """Whether a title abbreviation the tokenizer split from its period ends right before ``start`` ("Capt" ".")."""
    return start >= 2 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ \
        and doc[start - 2].text in TITLE_ABBREVIATIONS
