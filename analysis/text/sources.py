"""Sources: the token heading the noun phrase that says a speech, read from the cue's place in the parse.

A verb cue's source is its subject; for a participle or a coordinated verb without a subject ("…, adding that", "other
than saying"), the subject of the verb it depends on, never a word inside a quotation when the cue stands outside it
(``X said, "I left," saying …``); for "X, who said", X; for a passive, the "by" agent, else none ("it was reported",
also in a conjunct: "who fled and is alleged to have …"; an active verb's "by" phrase is no agent: "Gilbert added by
email"); for a cue inside an infinitive that modifies a possessed noun, the possessor ("the mayor's decision not to
read it before concluding": the mayor). A clause hung on the noun after a quantity takes the quantity ("a number of
senators saying"); a subject set aside with "not" gives way to its appositive ("…, not Kushner, a source familiar with
the matter told"); an evidential participle right after a noun of evidence is that noun phrase's ("despite e-mails
indicating", "a source close to the family suggesting"; not "in a tweet suggesting"); a closing bracket the parser made
the subject gives way to the name before the brackets ("Sen. Lindsey Graham (R., S.C.), who …, said"), a subject the
parser gave to a participle before the cue is the cue's ("Engel, responding to a report, said"), and a day it made the
head gives way to the name ("said Flake Wednesday"). A noun cue's source is its possessor, its "by", "from" or "of"
object, the medium it circulates in, or the noun phrase itself when a name modifies it ("an RT report"). The words of
the source's phrase are :mod:`analysis.text.source_phrase`'s.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .cues import SUBJECTS, load_cues
from .descriptions import FINDINGS
from .source_phrase import RELATIVE_TAGS

NOBODY = frozenset("none nobody neither nothing".split())
QUANTITIES = frozenset("number group majority minority handful couple dozens hundreds thousands scores some many "
                       "most several few one two three".split())  # "a number of X", "one of X"
MESSAGES = frozenset("letter letters statement memo email message note".split())  # "a letter to X saying"
# Gatherings someone opens or closes with words: "Obama opened the packed meeting saying …" (the parser hangs the
# participle on the noun)
GATHERINGS = frozenset("meeting session hearing conference rally summit debate ceremony event briefing".split())
# Verbs whose object a speech's source may be, made by their subject: "issued a new report that says …"
PUBLISHED = frozenset("issued issues issue released releases release published publishes publish circulated "
                      "circulates circulate circulating sent sends send sending".split())
EVIDENTIAL = frozenset("suggest suggests suggested suggesting show shows showed showing indicate indicates indicated "
                       "indicating mean means meant signal signals signaled signalled signaling signalling".split())
EVIDENCE_NOUNS = frozenset("documents document emails email mails records data poll polls survey surveys report "
                           "reports study studies figures statistics findings results images photos video footage "
                           "evidence memo memos source sources".split())  # things, or a source, that show
WRITERS_WORK = frozenset("reporting report reports analysis investigation review research count tally calculations "
                         "estimate estimates findings data".split())  # "Our reporting shows": the writer's own
CONTRACTED_BE = frozenset({"'m", "’m", "'re", "’re"})  # "I’m told", "we’re told": passives
CONTRACTED_HAS = frozenset({"'s", "’s"})  # "he’s said": has, which the small parser may read as a passive "is"


def _named_before(relative: Token, head: Token) -> Token | None:
    """The name right before ", which" or ", who" after ``head``, the noun the parser hung the clause on ("a row
    with the White House, which argues"; past a date: "by Kerry on Thursday, who told"; past a bracket: "a rejoinder
    from Chuck Schumer (D-N.Y.), who said"), or None; for "who", no place ("an official in Ukraine, who")."""
    before = relative.doc[relative.i - 2] if relative.i > 1 and relative.nbor(-1).text == "," else head
    opening = next((t for t in reversed(relative.doc[max(0, before.i - 8):before.i]) if t.text == "("), None)
    before = before.doc[opening.i - 1] if before.text == ")" and opening is not None and opening.i else before  # "(D)"
    before = head if before.dep_ == "appos" and before.head == head else before  # "Pelosi, D-Ca., who"
    if before.ent_type_ in ("DATE", "TIME") and before.dep_ == "pobj" and before.head.i > 0:
        before = before.doc[before.head.i - 1]
    return before if before.tag_ in ("NNP", "NNPS") and head.i < before.i and before.ent_type_ not in (
        "DATE", "TIME", *(("GPE", "LOC", "FAC") if relative.lower_ == "who" else ())) else None


def speaker_of(cue: Token, quoted: Collection[int] = ()) -> Token | None:
    """The token heading the cue's source: its subject (see the module docstring), or None.

    ``quoted`` holds the indices of the tokens inside quotations."""
    outside = cue.i not in quoted
    if is_impersonal_passive(cue):
        return None
    before = cue.doc[cue.i - 1]
    if cue.tag_ == "VBG" and cue.i and before.dep_ == "pobj" and before.head.lower_ == "with":
        return before  # "began with Mr Todd asking …": an absolute "with" names who does it
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.lower_ in EVIDENTIAL \
            and before.dep_ in ("pobj", "dobj") and _phrase_head(before).lower_ in EVIDENCE_NOUNS:
        return _phrase_head(before)  # "despite e-mails indicating she …": the parser hung the evidence's participle
        # on the verb before it (not "in a tweet suggesting", "a letter to colleagues suggesting": the sender's)
    # "He’s insisted there is …": a contracted "has" the parser reads as a passive "is".
    contracted = [c for c in cue.children if c.dep_ == "auxpass" and c.lower_ in CONTRACTED_HAS]
    perfect = bool(contracted) and _subject(cue, ()) is not None and any(c.dep_ == "ccomp" for c in cue.children)
    passive = any(c.dep_ == "auxpass" for c in cue.children) and cue.lower_ not in ("quoted", "cited") and not perfect
    x, joined = cue, False
    for _ in range(8):
        # "added by email" names no agent; a participle's does ("a window declared by Israel"), not a conjunct's
        active = x.tag_ != "VBN" and any(c.dep_ == "nsubj" and c.tag_ != "DT" for c in x.children)
        agent = next((p for c in x.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None and not active and not joined:  # "Trump was criticized by Pelosi and said": Trump
            return agent
        if x is cue and passive and not any(c.dep_ in SUBJECTS for c in x.children):
            return None  # "… and is alleged to have ordered": a passive conjunct names no source
        subject = _subject(x, skip=quoted if outside and x is not cue else ())
        if x is cue and outside and subject is not None and subject.i in quoted:  # "“Congresswoman Ocasio-Cortez,”
            subject = inverted_subject(cue, quoted) or subject  # explained Kennedy": the name after the cue
        if x is cue and is_contracted_passive(cue):
            return None  # "I’m told she has …": a passive the parser read as active, its teller unnamed
        if subject is not None and joined and _disagrees(cue, subject):  # "Lawmakers are fuming over a report that the
            subject = _agreeing_subject_above(cue, x) or subject  # government airlifted cash … and say": theirs
        if subject is not None:
            if subject.dep_ == "nsubjpass" and x is cue and x.lower_ not in ("quoted", "cited") and not perfect:
                return None  # "it was reported that": no source named
            if subject.tag_ in RELATIVE_TAGS and x.dep_ == "relcl":  # "Mr. Smith, a man who said …": Mr. Smith
                if subject.lower_ == "which" and x.lower_ in EVIDENTIAL and subject.doc[subject.i - 1].text == ",":
                    return None  # "…, which suggests that …": what the clause before says, not a noun's words
                named = _named_before(subject, x.head)
                if named is not None:
                    return named  # "a row with the White House, which argues"; not "an official in Ukraine, who"
                return x.head.head if x.head.dep_ == "appos" and x.head.head.tag_ in ("NNP", "NNPS") else x.head
            if subject.lower_ == "who" and x.dep_ == "conj":  # "planted by Kerry on Thursday, who told": a relative
                return _named_before(subject, x.head) or subject  # clause the parser joined as a conjunct
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
        if x.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "pcomp", "prep", "acomp") or x.head == x:
            return None
        if x.dep_ == "ccomp" and x.head.lower_ not in ("quoted", "cited") and not (outside and x.i in quoted):
            return None
        joined = x.dep_ == "conj"
        x = _outside_dashed_aside(x) if joined else _reporting_verb(x) if x is cue else x.head
    return None


def _disagrees(verb: Token, subject: Token) -> bool:
    """Whether a present-tense verb cannot take ``subject`` for its number: "says" with "lawmakers", "say" (with no
    auxiliary to carry the tense) with "the government"."""
    if verb.tag_ == "VBZ":
        return subject.tag_ in ("NNS", "NNPS")
    plural = verb.tag_ == "VBP" or verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(c.dep_ == "aux" and c.tag_ in ("TO", "MD") for c in verb.head.children)  # "plans to cut and argue"
    return plural and subject.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subject.children)


def _agreeing_subject_above(cue: Token, verb: Token) -> Token | None:
    """The nearest subject of a verb above ``verb`` that agrees with the present-tense cue, or None."""
    subjects = (next((c for c in a.children if c.dep_ == "nsubj"), None) for a in verb.ancestors)
    return next((s for s in subjects if s is not None and not _disagrees(cue, s)), None)


def _outside_dashed_aside(conjunct: Token) -> Token:
    """The verb a conjunct joins: its head, or, when the head sits inside an aside between dashes that closes before
    the conjunct, the verb the aside interrupts ("… January – as four Americans were released by Tehran – and say")."""
    head, doc = conjunct.head, conjunct.doc
    dashes = [t.i for t in doc[head.sent.start:conjunct.i] if t.text in ("–", "—", "--")]
    while len(dashes) > 1 and dashes[-2] < head.i < dashes[-1] and head.head != head:
        head = head.head
    return head


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
    to it ("a number of [senators] saying", "a letter to [colleagues] saying"), the subject of a verb with a gathering
    for its object ("[Obama] opened the meeting saying"), else the noun."""
    of = noun.head
    subject = _subject(of, ()) if noun.dep_ == "dobj" and noun.lower_ in GATHERINGS else None
    if subject is not None:
        return subject
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
    if subject is None:  # "Engel, responding to a report …, said": the parser gave the subject to the participle
        subject = next((k for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                        for k in c.children if k.dep_ == "nsubj" and k.i < c.i and k.i not in skip), None) \
            or _stranded_subject(verb) or inverted_subject(verb, skip)
    if subject is not None and subject.lower_ in CONTRACTED_HAS and subject.i and subject.nbor(-1).tag_ == "PRP":
        return subject.nbor(-1)  # "She’s said": the parser took the contraction for the subject
    if subject is not None and any(c.dep_ == "neg" for c in subject.children):  # "…, not Kushner, a source familiar
        return next((c for c in subject.children if c.dep_ == "appos"), None)  # with the matter told": the source
    if subject is not None and subject.ent_type_ in ("DATE", "TIME"):  # "said Flake Wednesday": the day as the head
        subject = next((c for c in subject.children if c.dep_ == "compound" and c.tag_ == "NNP"
                        and c.ent_type_ not in ("DATE", "TIME")), subject)
    if subject is not None and subject.text == ")":  # "Sen. Lindsey Graham (R., S.C.), who …, said": the parser
        opening = next((t for t in reversed(verb.doc[:subject.i]) if t.text == "("), None)  # took the bracket
        return verb.doc[opening.i - 1] if opening is not None and opening.i else None
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


def is_hearsay_passive(cue: Token, infinitive: Token) -> bool:
    """"X is alleged to have ordered", "is said to be planning": a passive cue whose infinitive is perfect or
    progressive reports it ("was asked to resign" is a request)."""
    return any(c.dep_ == "auxpass" for c in cue.children) and any(
        a.dep_ == "aux" and a.lower_ in ("have", "be") for a in infinitive.children)


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


def is_reader_or_writer(subject: Token, quoted: frozenset[int]) -> bool:
    """Whether a subject outside quotation marks is the reader or the writer, whose words are no source's: "you agree
    to our Privacy Policy", "As we reported", "Our reporting also shows" (not "my colleague", nor "Our analysis
    shows …, the mayor's office said"), "…, the author writes" (a standfirst)."""
    work = subject.lower_ in WRITERS_WORK and subject.head.dep_ not in ("ccomp", "parataxis") and any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)
    standfirst = subject.lower_ in ("author", "writer") and [c.lower_ for c in subject.children] == ["the"] \
        and subject.head.tag_ == "VBZ" and subject.i > 1 and subject.doc[subject.i - 2].text == ","
    return (subject.lower_ in ("you", "we", "i") or work or standfirst) and subject.i not in quoted


def reports_findings(cue: Token, quoted: Collection[int] = ()) -> bool:
    """Whether the cue's source is a study, poll or report ("A survey found broad support"), whose finding may be
    a noun phrase; a person's "found" may name a thing ("Police found the car")."""
    subject = speaker_of(cue, quoted)
    return subject is not None and subject.lower_ in FINDINGS
