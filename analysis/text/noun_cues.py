"""Cues that are not verbs (:mod:`analysis.text.speech` reads the verbs): a reporting noun with a that-clause
("claims that …", "Mattis’ remarks that …"), "according to X" (the clause the phrase attaches to) and an adverb
of hearsay ("reportedly": the clause it modifies, by no named source); and the that-clause of a verb cue's object
noun ("reiterated the position that …": :func:`that_clause_of_object`)."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SUBJECTS, Cue, Reading, clause_span, end_of, form_at, is_verbal, record
from .source_phrase import phrase_span

SEEKING = frozenset("seek seeks sought seeking want wants wanted wanting request requests requested requesting "
                    "look looks looked looking ask asks asked asking press presses pressed pressing".split())

# Nouns with a that-clause of their own: "an estimate of the likelihood that Trump would be removed" reports nothing.
CONTENT_NOUNS = frozenset("likelihood possibility probability chance chances prospect prospects odds risk fact idea "
                          "notion question".split())


def read_noun(reading: Reading, token: Token) -> bool:
    """"Mattis’ remarks that …", "claims by X that …": a reporting noun with a that-clause, or with an infinitive
    for the nouns of class to or plan ("promises to keep it open"); recorded if found."""
    found = form_at(reading, token, reading.cues.nouns)
    if not found or not token.tag_.startswith("NN"):
        return False
    entry, n = found
    if _sought(token) or any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in token.children):
        return False  # "MBS will be looking for assurances that …", "Any acknowledgement by Pelosi that …": none given
    # The that-clause hangs on the noun, or (misparsed) on the object of its "from"/"by" phrase.
    holders = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of", "in")
                         for o in p.children if o.dep_ == "pobj" and o.lower_ not in CONTENT_NOUNS]
    clause = next((c for h in holders for c in h.children if c.dep_ in ("acl", "ccomp", "relcl", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    rule = "noun cue with a that-clause"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if clause is None and after.lower_ == "that" and after.dep_ == "mark" and after.head.dep_ in ("acl", "relcl"):
        clause = after.head  # "including Fusion’s assertion that Nunes had …": the parse hung it on another noun
    elif clause is None and after.lower_ == "that" and after.dep_ == "mark":
        clause = _clause_on(token, after.head)  # "a report that Sessions did, in fact, discuss": "that" on "did"
    copula = token.head if token.dep_ == "nsubj" and token.head.lower_ in ("is", "was", "are", "were") and not any(
        c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children) else None  # not "was not that …"
    if clause is None and copula is not None and noun_source(token) is not None:  # "X's argument was that …"
        clause = next((c for c in copula.children if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None and entry.complement in ("to", "plan"):  # "promises to keep the library open"
        clause = next((c for c in token.children if c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children)),
                      None)
        rule = "noun cue with an infinitive"
    if clause is None:
        return False
    source = noun_source(token)
    record(reading, token, entry, n, phrase_span(source) if source is not None else None,
           [clause_span(clause, after=token.i + 1 if after.lower_ == "that" else -1)], rule)
    return True


def _sought(noun: Token) -> bool:
    """Whether the noun is what someone seeks ("sought assurances", "looking for guarantees")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
    return (noun.dep_ == "dobj" or verb is not noun.head) and verb.lower_ in SEEKING


def _clause_on(noun: Token, verb: Token) -> Token | None:
    """The clause on ``noun`` (acl or relcl) that holds ``verb`` below it through adverbial clauses and
    complements, or None."""
    while verb.head != verb and verb.head != noun and verb.dep_ in ("advcl", "ccomp", "conj"):
        verb = verb.head
    return verb if verb.head == noun and verb.dep_ in ("acl", "relcl") else None


def read_adverb(reading: Reading, token: Token) -> bool:
    """"The militants reportedly demanded a ransom": the clause is reported, its source unnamed."""
    found = form_at(reading, token, reading.cues.verbs)
    if not found or found[0].complement != "adverb" or token.dep_ != "advmod" or not is_verbal(token.head):
        return False
    if any(c.lower_ == "according" for c in token.head.children):
        return False  # "According to the committee, Hicks reportedly will refute …": one report, its source named
    record(reading, token, found[0], found[1], None, [clause_span(token.head)], "adverb of hearsay")
    return True


def read_name_notes(reading: Reading, token: Token) -> bool:
    """A verb cue the parser reads as a plural noun after a name: "As The New York Times notes ( … ) , most …" (the
    clause the "as" phrase comments on is the name's) or "“…,” Leon notes." (the quotation before it is). Recorded
    if found."""
    found = form_at(reading, token, reading.cues.verbs) if token.tag_.startswith("NN") else None
    if not found:
        return False
    doc, first = token.doc, next(t.i for t in token.subtree if not t.is_punct)  # the parse may hang the ” on it
    if found[1] > 1 or found[0].complement == "adverb" or not 0 < first < token.i or not token.lower_.endswith("s") \
            or token.i + 1 == len(doc) or not doc[token.i - 1].tag_.startswith("NNP"):
        return False
    opener, after, source = doc[first - 1], doc[token.i + 1].text, (doc[first].idx, end_of(doc[token.i - 1]))
    if opener.tag_ == "''" and after in ".,;":
        quote = next(iter(reading.quotations_ending.get(end_of(opener), ())), None)
        if quote is None:
            return False
        record(reading, token, found[0], 1, source, [(quote.inner_start, quote.inner_end)],
               "cue after a quotation and a name, read as a noun")
        return True
    host = opener.head
    if opener != token.head or opener.lower_ != "as" or not host.tag_.startswith("VB") \
            or after not in (",(—–" if opener.i < host.i else ",(—–.;"):
        return False  # "As the notes show": a noun after all
    if opener.i < host.i:  # the host clause after the aside
        rest = [t for t in doc[opener.right_edge.i + 1:host.right_edge.i + 1] if not t.is_punct]
    else:
        rest = [t for t in doc[host.left_edge.i:opener.i] if not t.is_punct]
    if not rest:
        return False
    record(reading, token, found[0], 1, source, [(rest[0].idx, end_of(rest[-1]))], "cue after \"as\" read as a noun")
    return True


# What "according to" can name without naming a source: "according to the law", "according to plan".
RULES = frozenset("law laws rule rules plan plans schedule constitution tradition custom protocol script "
                  "procedure procedures".split())


def read_according_to(reading: Reading, token: Token) -> bool:
    """"According to X, …": the clause the phrase attaches to (the larger side of it; both when it stands between
    the clause's subject and verb) is X's, the whole sentence before it when it ends the sentence; recorded if
    found."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
        return False
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if objects and objects[0].lower_ in RULES:
        return False  # "acting according to the law": in keeping with it, no one speaking
    phrase = (token.left_edge.i, max(token.right_edge.i, to.right_edge.i))
    host = token.head if token.head.i != token.i else token
    # "According to an article from Business Insider, NATO “came to …”": the parser made the subject an appositive
    stolen = next((t for t in to.subtree if t.dep_ == "appos" and t.i == phrase[1] and t.tag_ in ("NNP", "NNPS")
                   and t.doc[t.left_edge.i - 1].text == "," and host.i > t.i
                   and not any(c.dep_ in (*SUBJECTS, "expl") for c in host.children)), None)  # not "X, a spokesman,"
    if stolen is not None:
        phrase = (phrase[0], stolen.left_edge.i - 2)
    sentence = token.sent
    trailing = all(t.is_punct or t.is_space for t in token.doc[phrase[1] + 1:sentence.end])
    if host.i in range(*phrase) or host == token or trailing:  # "…, according to Microsoft.": all before it
        first, last = sentence.start, sentence.end - 1
    else:
        first, last = host.left_edge.i, host.right_edge.i
    before = (token.doc[first].idx, token.doc[phrase[0]].idx) if first < phrase[0] else None
    after = (end_of(token.doc[phrase[1]]), end_of(token.doc[last])) if last > phrase[1] else None
    content = after if after and (not before or after[1] - after[0] >= before[1] - before[0]) else before
    if content is None:
        return False
    split = before and after and host.i > phrase[1] and any(c.dep_ in SUBJECTS and c.i < phrase[0]
                                                           for c in host.children)  # "X, according to Y, would …"
    entry = reading.cues.verbs.get(("according", "to"), Cue("according to", "neutral", "np"))
    source = (objects[0].left_edge.idx, end_of(token.doc[phrase[1]])) if objects and stolen is not None \
        else phrase_span(objects[0]) if objects else None
    record(reading, token, entry, 2, source, [before, after] if split else [content], "according to")
    return True


# Verbs whose object is their subject's own statement: "X reiterated arguments that", "X made claims that" (not
# "X rejected claims that", someone else's).
RESTATING = frozenset("reiterate reiterates reiterated reiterating repeat repeats repeated repeating restate restates "
                      "restated restating make makes made making renew renews renewed renewing".split())


def noun_source(noun: Token) -> Token | tuple[int, int] | None:
    """Who a reporting noun belongs to: possessor, by/from/of object, the medium it circulates in, or the
    noun phrase itself when a name modifies it ("an RT report")."""
    for c in noun.children:  # not a date's: "Today’s announcement by the ministry"
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and c.lower_ not in ("today", "yesterday"):
            return c
    for c in noun.children:
        pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and pobj is not None:
            return pobj
        if c.dep_ == "acl" and not any(m.dep_ == "mark" for m in c.children):  # not its that-clause ("… in Ukraine")
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "on", "by"):
                    objects = [o for o in p.children if o.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")
             or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]  # "an RT report", "Russian claims that"
    if names:
        left = min([names[0].left_edge.i] + [c.i for c in noun.children if c.dep_ == "det" and c.i < noun.i])
        return noun.doc[left].idx, end_of(noun)
    if noun.dep_ == "dobj" and noun.head.lower_ in RESTATING:  # "the president reiterated prior arguments that"
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    # "comments he made last week that …": the maker's
    maker = next((c for c in noun.children if c.dep_ == "relcl" and c.lower_ in RESTATING), None)
    return next((c for c in maker.children if c.dep_ == "nsubj"), None) if maker is not None else None


HEARER_CUES = frozenset({"tell", "assure", "inform", "remind", "warn"})  # their object is whom they address


def that_clause_of_object(obj: Token, lemma: str) -> Token | None:
    """The that-clause of a cue's object ("reiterated the position that …"); after the hearer of "told" also a
    relcl the parser made of it ("told CNN's “X” program that he …"); not a relative clause with its gap
    (:func:`_has_a_gap`: "disclosing a timetable that Clinton says she was unhappy with")."""
    return next((k for k in obj.children if (k.dep_ in ("acl", "ccomp") or k.dep_ == "relcl" and lemma in HEARER_CUES)
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children) and not _has_a_gap(k)), None)


def _has_a_gap(clause: Token) -> bool:
    """A preposition with no object in the clause itself, not in a relative clause inside it ("a timetable that she was
    unhappy with"; not "that the plan was something voters should be proud of")."""
    def own(t: Token) -> bool:
        while t != clause:
            if t.dep_ in ("relcl", "acl") or t.dep_ == "ccomp" and t.head.tag_.startswith("NN"):
                return False
            t = t.head
        return True
    return any(t.dep_ == "prep" and not list(t.children) and own(t.head) for t in clause.subtree)
