"""Sources: the noun phrase that says a speech, read from the cue's place in the parse.

A verb cue's source is its subject (titles, appositives, restrictive modifiers kept; a non-restrictive relative clause,
a possessive ’s and a date left out, with a participle that only dates it: "a statement issued on Monday"; a title
abbreviation the tokenizer split from its period kept: "Capt. X"); for a participle or a coordinated verb without a
subject ("…, adding that", "other than saying"), the subject of the verb it depends on, never a word inside a quotation
when the cue stands outside it (``X said, "I left," saying …``); for "X, who said", X; for a passive, the "by" agent,
else none ("it was reported", also in a conjunct: "who fled and is alleged to have …"; an active verb's "by" phrase is
no agent: "Gilbert added by email"); for a cue inside an infinitive that modifies a possessed noun, the possessor ("the
mayor's decision not to read it before concluding": the mayor). A clause hung on the noun after a quantity takes the
quantity ("a number of senators saying"); a subject set aside with "not" gives way to its appositive ("…, not Kushner,
a source familiar with the matter told"). A noun cue's source is its possessor, its "by", "from" or "of" object, the
medium it circulates in, or the noun phrase itself when a name modifies it ("an RT report").

The small parser sometimes gives a verb two subjects: then a plural noun is not the subject of a singular verb ("None
of the charges Manafort faces alleges"); two subjects that touch are one phrase split in two when the later opens with
a modifier ("A coalition of nine, mostly Sunni Arab states says"), is the conjunct of the earlier's "and" or "as well
as", or a hyphen joins them ("The ex-director"). The noun a cue's relative clause modifies is no part of its source
("the day Obama announced": Obama), unless it is a title the parser misread ("the observer Riyad Mansour called").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from .cues import SUBJECTS, end_of, load_cues

RELATIVE_TAGS = {"WDT", "WP"}
NOMINAL_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "CC", "DT", "``", "''", "HYPH", "POS", "CD"}
MODIFIER_TAGS = {"RB", "JJ", "JJR", "JJS", "CD"}
NOBODY = frozenset("none nobody neither nothing".split())
TITLE_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Prof Rev Cmdr Gens".split())
QUANTITIES = frozenset("number group majority minority handful couple dozens hundreds thousands scores some many "
                       "most several few one two three".split())  # "a number of X", "one of X"
MESSAGES = frozenset("letter letters statement memo email message note".split())  # "a letter to X saying"
# Verbs whose object a speech's source may be, made by their subject: "issued a new report that says …"
PUBLISHED = frozenset("issued issues issue released releases release published publishes publish circulated "
                      "circulates circulate circulating sent sends send sending".split())
EVIDENTIAL = frozenset("suggest suggests suggested show shows showed indicate indicates indicated mean means meant "
                       "signal signals signaled signalled".split())
EVIDENTIAL_PARTICIPLES = frozenset("suggesting showing indicating signaling signalling".split())
CONTRACTED_BE = frozenset({"'m", "’m", "'re", "’re"})  # "I’m told", "we’re told": passives
CONTRACTED_HAS = frozenset({"'s", "’s"})  # "he’s said": has, which the small parser may read as a passive "is"


def speaker_of(cue: Token, quoted: Collection[int] = ()) -> Token | None:
    """The token heading the cue's source: its subject (see the module docstring), or None.

    ``quoted`` holds the indices of the tokens inside quotations."""
    outside = cue.i not in quoted
    if is_impersonal_passive(cue):
        return None
    before = cue.doc[cue.i - 1]
    if cue.tag_ == "VBG" and cue.i and before.dep_ == "pobj" and before.head.lower_ == "with":
        return before  # "began with Mr Todd asking …": an absolute "with" names who does it
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.lower_ in EVIDENTIAL_PARTICIPLES \
            and before.dep_ in ("pobj", "dobj") and before.tag_.startswith("NN"):
        return _clause_owner(_phrase_head(before))  # "despite e-mails indicating she …": evidence shows, and the
        # parser hung the noun's participle on the verb before it (not "sent a letter to X demanding …": the sender's)
    # "He’s insisted there is …": a contracted "has" the parser reads as a passive "is".
    contracted = [c for c in cue.children if c.dep_ == "auxpass" and c.lower_ in CONTRACTED_HAS]
    perfect = bool(contracted) and _subject(cue, ()) is not None and any(c.dep_ == "ccomp" for c in cue.children)
    passive = any(c.dep_ == "auxpass" for c in cue.children) and cue.lower_ not in ("quoted", "cited") and not perfect
    x = cue
    for _ in range(8):
        # "added by email" names no agent; a participle's does ("a window declared by Israel")
        active = x.tag_ != "VBN" and any(c.dep_ == "nsubj" and c.tag_ != "DT" for c in x.children)
        agent = next((p for c in x.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None and not active:
            return agent
        if x is cue and passive and not any(c.dep_ in SUBJECTS for c in x.children):
            return None  # "… and is alleged to have ordered": a passive conjunct names no source
        subject = _subject(x, skip=quoted if outside and x is not cue else ())
        if x is cue and outside and subject is not None and subject.i in quoted:  # "“Congresswoman Ocasio-Cortez,”
            subject = inverted_subject(cue, quoted) or subject  # explained Kennedy": the name after the cue
        if x is cue and is_contracted_passive(cue):
            return None  # "I’m told she has …": a passive the parser read as active, its teller unnamed
        if subject is not None:
            if subject.dep_ == "nsubjpass" and x is cue and x.lower_ not in ("quoted", "cited") and not perfect:
                return None  # "it was reported that": no source named
            if subject.tag_ in RELATIVE_TAGS and x.dep_ == "relcl":  # "Mr. Smith, a man who said …": Mr. Smith
                if subject.lower_ == "which" and x.lower_ in EVIDENTIAL and subject.doc[subject.i - 1].text == ",":
                    return None  # "…, which suggests that …": what the clause before says, not a noun's words
                before = subject.doc[subject.i - 2] if subject.i > 1 and subject.nbor(-1).text == "," else x.head
                before = x.head if before.dep_ == "appos" and before.head == x.head else before  # "Pelosi, D-Ca., who"
                if before.tag_ in ("NNP", "NNPS") and x.head.i < before.i and before.ent_type_ not in (
                        "DATE", "TIME", *(("GPE", "LOC", "FAC") if subject.lower_ == "who" else ())):
                    return before  # "a row with the White House, which argues"; not "an official in Ukraine, who"
                return x.head.head if x.head.dep_ == "appos" and x.head.head.tag_ in ("NNP", "NNPS") else x.head
            if subject.lower_ == "it" and subject.dep_ == "nsubj" and x is not cue:
                return None
            return subject
        owner = next((c for c in x.head.children if c.dep_ == "poss"), None)
        if x.dep_ == "acl" and owner is not None and any(c.tag_ == "TO" for c in x.children):
            return owner  # "the mayor's decision not to read the audit before concluding": the mayor
        if x.dep_ == "acl" and x.head.tag_.startswith("NN") or x.dep_ == "relcl" and x.head.tag_.startswith(
                ("NN", "PRP")):
            return _clause_owner(x.head)  # "a statement saying", "a number of senators saying"
        if x.dep_ == "conj" and x.head.tag_ == "RB":  # "Two journalists, …, painstakingly and chillingly reported":
            paired = x.head.head  # the parser coordinated the adverbs and hung the pair on the subject or a verb after
            paired = paired if paired.tag_.startswith("NN") else _subject(paired, ())
            if paired is not None and paired.i < x.head.i:
                return paired
        if x.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "pcomp", "prep") or x.head is x:
            return None
        if x.dep_ == "ccomp" and x.head.lower_ not in ("quoted", "cited") and not (outside and x.i in quoted):
            return None
        x = _reporting_verb(x) if x is cue else x.head
    return None


def _phrase_head(noun: Token) -> Token:
    """The noun heading the phrase that ends in ``noun``: "a source close to the Trump family" for "family"."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        above = noun.head.head
        above = above.head if above.tag_.startswith("JJ") and above.dep_ == "amod" else above  # "close to"
        if not above.tag_.startswith("NN"):
            break
        noun = above
    return noun


def _reporting_verb(cue: Token) -> Token:
    """The verb a participle cue depends on; past a reported clause it closes: in "Carney told reporters that the
    efforts had decimated al Qaeda …, saying …" the participle is Carney's, not the efforts'."""
    clause = cue.head
    if cue.dep_ == "pcomp" and clause.lower_ == "than":  # "The Post is slim on details, other than saying that …"
        return next((a for a in cue.ancestors if a.tag_.startswith("VB")), clause)
    while clause.dep_ == "conj":
        clause = clause.head
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.doc[cue.i - 1].text == "," and clause.dep_ == "ccomp" \
            and clause.head.tag_.startswith("VB") and clause.head.i < clause.i \
            and (clause.lower_,) not in load_cues().verbs:  # not "…, asking …, the letter said"; "X added, asserting"
        return clause.head
    return cue.head


def _clause_owner(noun: Token) -> Token:
    """The noun a clause the parse hung on ``noun`` belongs to: the quantity it is counted by, or the message sent
    to it ("a number of [senators] saying", "a letter to [colleagues] saying"), else the noun."""
    of = noun.head
    if noun.dep_ == "pobj" and (of.lower_ == "of" and of.head.lower_ in QUANTITIES or of.lower_ == "to"
                                and of.head.lower_ in MESSAGES) and of.head.i < noun.i:
        return of.head
    return noun


def is_impersonal_passive(cue: Token) -> bool:
    """"It’s said that …": a contracted "is" with "it" (or this/that) standing for the clause, however the parser
    reads the "’s" (as a passive auxiliary, or as a plain one with "said" in the past tense): no source."""
    contracted = any(c.dep_ in ("aux", "auxpass") and c.lower_ in CONTRACTED_HAS for c in cue.children)
    subject = _subject(cue, ()) if contracted else None
    return subject is not None and subject.lower_ in ("it", "this", "that")


def _subject(verb: Token, skip: Collection[int]) -> Token | None:
    """The verb's subject: the nearest one (not a dateline's word) that agrees with it, not in ``skip``."""
    contractions = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in CONTRACTED_HAS]
    subjects = [c for x in (verb, *contractions) for c in x.children if c.dep_ in SUBJECTS and c.i not in skip]
    subjects = [c for c in subjects if verb.tag_ != "VBZ" or c.tag_ not in ("NNS", "NNPS")] or subjects
    if any(c.i < verb.i for c in subjects) and any(k.dep_ == "ccomp" and k.i > c.i > verb.i for k in verb.children
                                                   for c in subjects):  # "Jim Muir says control of … are seen as":
        subjects = [c for c in subjects if c.i < verb.i]  # the second is the parser's split of the clause said
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is None:
        subject = _stranded_subject(verb) or inverted_subject(verb, skip)
    if subject is not None and subject.lower_ in CONTRACTED_HAS and subject.i and subject.nbor(-1).tag_ == "PRP":
        return subject.nbor(-1)  # "She’s said": the parser took the contraction for the subject
    if subject is not None and any(c.dep_ == "neg" for c in subject.children):  # "…, not Kushner, a source familiar
        return next((c for c in subject.children if c.dep_ == "appos"), None)  # with the matter told": the source
    return subject


def _stranded_subject(verb: Token) -> Token | None:
    """"Russia has denied the conclusion that it meddled in the election and Trump has said …": the parser joined
    the second subject to the object before it; a name or pronoun right before the conjunct verb (and its
    auxiliaries), after "and", is that verb's subject."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
    word = verb.doc[first - 1] if first else verb
    if verb.dep_ != "conj" or word.tag_ not in ("NNP", "NNPS", "PRP") or word.dep_ != "conj" or word.i in (
            verb.i, 0) or verb.doc[word.left_edge.i - 1].lower_ != "and":
        return None
    return word


def is_contracted_passive(cue: Token) -> bool:
    """"I’m told", "we’re told": a passive whose contracted "am" or "are" the parser read as a subject or aux."""
    return cue.tag_ in ("VBN", "VBD") and any(c.lower_ in CONTRACTED_BE and c.dep_ in ("aux", *SUBJECTS)
                                              for c in cue.children)


def inverted_subject(verb: Token, skip: Collection[int] = ()) -> Token | None:
    """The subject of a cue that follows it and that the parser reads as its object: after a quotation's closing
    comma ("“…,” proclaims a page on the site"), or after a bare comma when it ends the sentence ("…, report US
    media ."; a finite cue only, not "…, announcing a shift in focus"), or a name after the cue the parser made a
    later verb's subject. None if the cue has a subject before it."""
    doc = verb.doc
    if any(c.dep_ in SUBJECTS and c.i < verb.i and c.i not in skip for c in verb.children) or verb.i < 2:
        return None
    before = [t for t in doc[max(0, verb.i - 4):verb.i] if not t.is_space]
    after_quote = len(before) > 1 and before[-1].tag_ == "''" and before[-2].text == ","
    if not after_quote and (doc[verb.i - 1].text != "," or verb.tag_ in ("VBG", "VBN")):
        return None
    found = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip and (after_quote or all(
        t.is_punct or t.is_space for t in doc[c.right_edge.i + 1:verb.sent.end]))), None)
    if found is not None:
        return found
    # "The playbook remains the same, say Clint Watts, a senior fellow …: Elevate Trump, play up …": the parser made
    # the name the subject of the verb after the colon
    name = next((t for t in doc[verb.i + 1:verb.i + 5] if t.dep_ != "compound"), None)
    ok = name is not None and name.dep_ == "nsubj" and name.head.i > name.i and name.ent_type_ in ("PERSON", "ORG")
    return name if ok and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) else None


def is_nobody(subject: Token) -> bool:
    """Whether a subject says that nobody spoke: "None of the charges", "No one", "Neither side" (not "None
    other than Obama"), or is a question word ("what charges the detainees might face": a noun read as a cue)."""
    following = subject.nbor(1).lower_ if subject.i + 1 < len(subject.doc) else ""
    return subject.lower_ in NOBODY and following != "other" or subject.lower_ == "what" \
        or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


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
        if c.dep_ == "advmod" and c.i > head.i and any(g.dep_ == "conj" and g.tag_.startswith("VB") for g in c.children):
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
