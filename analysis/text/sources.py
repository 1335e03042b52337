"""Sources: the noun phrase that says a speech, read from the cue's place in the parse.

A verb cue's source is its subject (titles, appositives and restrictive modifiers kept; a
non-restrictive relative clause, a possessive ’s and a date left out); for a participle or a
coordinated verb without a subject ("…, adding that"), the subject of the verb it depends on;
for "X, who said", X; for a passive, the "by" agent, else none ("it was reported"). A noun
cue's source is its possessor, its "by", "from" or "of" object, the medium it circulates in,
or the noun phrase itself when a name modifies it ("an RT report").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SUBJECTS, end_of

RELATIVE_TAGS = {"WDT", "WP"}
NOMINAL_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "CC", "DT", "``", "''", "HYPH", "POS", "CD"}


def speaker_of(cue: Token) -> Token | None:
    """The token heading the cue's source: its subject (see the module docstring), or None."""
    x = cue
    for _ in range(8):
        agent = next((p for c in x.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        subjects = [c for c in x.children if c.dep_ in SUBJECTS]
        subject = min(subjects, key=lambda c: abs(c.i - x.i)) if subjects else None  # not a dateline's word
        if subject is not None:
            if subject.dep_ == "nsubjpass" and x is cue and x.lower_ not in ("quoted", "cited"):
                return None  # "it was reported that": no source named
            if subject.tag_ in RELATIVE_TAGS and x.dep_ == "relcl":
                return x.head
            if subject.lower_ == "it" and subject.dep_ == "nsubj" and x is not cue:
                return None
            return subject
        if x.dep_ == "acl" and x.head.tag_.startswith("NN"):
            return x.head  # "a statement saying"
        if x.dep_ == "relcl" and x.head.tag_.startswith(("NN", "PRP")):
            return x.head
        if x.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "pcomp", "prep") or x.head is x:
            return None
        if x.dep_ == "ccomp" and x.head.lower_ not in ("quoted", "cited"):
            return None
        x = x.head
    return None


def phrase_span(head: Token | tuple[int, int], without: Token | None = None) -> tuple[int, int]:
    """Character span of a source's noun phrase: its subtree without a non-restrictive relative clause,
    a possessive ’s, date and time modifiers, edge punctuation, or the clause of ``without`` (the cue's
    own relative clause: "a report that concluded …")."""
    if isinstance(head, tuple):
        return head
    doc = head.doc
    dropped: set[int] = {t.i for t in without.subtree} if without is not None and without.head == head else set()
    for c in head.children:
        comma_before = c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        if c.dep_ in ("relcl", "acl", "advcl") and (comma_before or c.i < head.i) or c.dep_ == "case" \
                or c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "nummod") \
                or c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children):
            dropped.update(x.i for x in c.subtree)
    kept = [t for t in head.subtree if t.i not in dropped]
    run = [head]  # the contiguous stretch of kept tokens around the head
    for t in reversed([t for t in kept if t.i < head.i]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    for t in [t for t in kept if t.i > head.i]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    first = run[0].i
    # A parse often hangs the start of a long subject on the clause before it ("Writing in the Post on
    # May 21, columnist and CNN analyst Josh Rogin wrote"): take the nominal words back to the comma.
    while first > head.sent.start and doc[first - 1].tag_ in NOMINAL_TAGS and doc[first - 1].text != ",":
        first -= 1
    closing = [t.i for t in doc[first:run[0].i] if t.tag_ == "''"]
    first = max([first] + [i + 1 for i in closing])  # never back across the end of a quotation
    if first < run[0].i and (first == head.sent.start or doc[first - 1].text in (",", "”", '"', ":", ";")):
        run = list(doc[first:run[0].i]) + run
    while len(run) > 1 and (run[-1].is_punct and run[-1].text not in "’”'\")" or run[-1].dep_ == "case"):
        run.pop()
    if sum(t.text == "(" for t in run) > sum(t.text == ")" for t in run):
        closing = run[-1].i + 1
        if closing < len(doc) and doc[closing].text == ")":
            run.append(doc[closing])
    while len(run) > 1 and (run[0].is_punct and run[0].text not in "‘“'\"" or run[0].tag_ == "CC"):
        run.pop(0)  # "But the report said", "and an agency spokeswoman said"
    opened = sum(t.text in "‘“" for t in run) - sum(t.text in "’”" for t in run)
    if opened < 0 and run[0].i > 0 and doc[run[0].i - 1].text in "‘“":
        run.insert(0, doc[run[0].i - 1])
    elif opened < 0 and run[-1].text in "’”":
        run.pop()
    elif opened > 0 and run[0].text in "‘“" or run[0].text == '"' and sum(t.text == '"' for t in run) % 2:
        run.pop(0)  # "“They show …": the mark opens the quotation the source speaks in
    return run[0].idx, end_of(run[-1])


def noun_source(noun: Token) -> Token | tuple[int, int] | None:
    """Who a reporting noun belongs to: possessor, by/from/of object, the medium it circulates in, or the
    noun phrase itself when a name modifies it ("an RT report")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            objects = [o for o in c.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
        if c.dep_ == "acl":
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "on", "by"):
                    objects = [o for o in p.children if o.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
    if names:
        left = min([names[0].left_edge.i] + [c.i for c in noun.children if c.dep_ == "det" and c.i < noun.i])
        return noun.doc[left].idx, end_of(noun)
    return None
