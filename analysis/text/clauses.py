"""What a clause beside a reporting verb is: its content, an embedded question, an adverbial clause, the purpose of a
deed, or a clause the parser hung elsewhere. Each function names one case; in short:

- An embedded question ("told them what we knew") reports no statement, unless the verb asks.
- An infinitive cue reports speech when it is the purpose of a deed of its speaker ("took to Twitter to claim that
  …"): the verb it hangs on happened (finite or perfect, not modal, negated or passive), has an active subject who may
  speak and is no state or wish ("are likely to", "wanted X to show"); not a complement the verb controls ("declined
  to say"; :data:`USING`).
- A cue in a relative clause whose pronoun is the next clause's subject ("attacks that it claims supports …") reports
  that clause, which the parser often hangs elsewhere.
- A cue conjoined, with no subject of its own, to the verb of a clause another cue reports, in its tense and not
  quoted, is that cue's conjunct ("Mikati said the blasts were “an attack” and urged the public to …").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from spacy.tokens import Token

from .cues import SUBJECTS, VOICED, Cue, Reading, clause_span, end_of, verb_entry
from .parse import in_quotation, is_inverted_condition, is_verb_of
from .source_phrase import RELATIVE_TAGS
from .sources import is_nobody

WH_TAGS, PEOPLE_ENTITIES = {"WDT", "WP", "WP$", "WRB"}, ("PERSON", "NORP", "ORG", "GPE")
HAVE, USING = {"have", "has", "had", "'ve", "’ve"}, {"use", "uses", "used", "using"}  # "used X to argue": a purpose
WANTING = frozenset("want wants wanted need needs needed wish wishes wished".split())  # "wanted the cash to show"
RELATIVES = {"that", "which", "who", "whom"}
TIME_AND_CAUSE_MARKS = frozenset("before after because when while although though since until unless once".split())
# "quoted to say", "were quick to point out": the saying is done (not "was unable" or "willing to say")
DONE_INFINITIVE_HEADS = frozenset("quoted cited proceeded proceeds try tries tried trying quick keen careful".split())
REQUESTING = frozenset({"ask", "tell", "warn", "advise"})  # "asked family members to give DNA": a request, as "urged"
INCLUDING = frozenset({"include", "involve", "entail", "require"})  # verbs whose gerund object is a deed named
SETTING_PREPOSITIONS = frozenset({"at", "on", "in", "during", "after", "before"})  # when or where, not "about"


def is_wh_clause(clause: Token, cue: Token) -> bool:
    """Whether a clause is an embedded question ("what we knew", "if he was an asset"), not "when …, " or "if …, ",
    nor quoted words ("told Trump “how much we appreciate …”")."""
    first = next((t for t in clause.subtree if not t.is_punct and (t.i > cue.i or clause.i < cue.i)), clause)
    if first.i and first.nbor(-1).tag_ == "``" and first.i > cue.i:
        return False
    if first.lower_ in ("if", "whether"):  # "determine if …", not a quoted "If he needs …" or a clause subject
        return first.head == clause and not any(t.is_punct for t in cue.doc[cue.i + 1:first.i])
    if first.tag_ not in WH_TAGS or first.lower_ == "that":  # the parser may tag the complementizer WDT
        return False
    return not any(x.dep_ == "advcl" for x in takewhile(lambda a: a != clause, (first, *first.ancestors)))


def reports_a_purpose(infinitive: Token) -> bool:
    """Whether an infinitive cue with a that-clause is the purpose of a deed of its speaker (module docstring)."""
    head = infinitive.head
    objects = [o for o in head.children if o.dep_ == "dobj" and o.i < infinitive.i]  # "used to tell me": a habit
    purpose = infinitive.dep_ == "advcl" or infinitive.dep_ == "xcomp" and head.lower_ in USING and objects
    if not purpose or any(c.dep_ in SUBJECTS for c in infinitive.children) \
            or not any(c.dep_ == "ccomp" and not is_wh_clause(c, infinitive) for c in infinitive.children):
        return False
    return _is_deed(head) and not any(_may_speak(o) for o in objects)


def _is_deed(verb: Token) -> bool:
    """Whether a verb tells what its active subject did (module docstring)."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in HAVE for c in verb.children)
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or perfect) or verb.lower_ in HAVE | WANTING or any(
            c.dep_ in ("neg", "acomp", "attr", "auxpass") or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") and c.tag_ not in RELATIVE_TAGS
               for c in verb.children)  # not "who emerged to say", nor "This goes to show"


# Words and texts someone may use to make a point ("used Biden's record to argue"): never a listener told to speak
SAID_THINGS = frozenset("slogan slogans words phrase remarks comments tweet tweets argument arguments example "
                        "statement speech book report point record position data case".split())


def _may_speak(obj: Token) -> bool:
    """Whether the object before the infinitive may speak ("pushed Pompeo to pledge", "sent Biden's spokesman to say")
    or says nobody acted; not the owner of words or a text ("used Trump's political slogan to say": the slogan)."""
    if obj.lower_ in SAID_THINGS:
        return is_nobody(obj)
    return is_nobody(obj) or any(t.tag_ in ("PRP", "NNP", "NNPS", "NNS") or t.ent_type_ in PEOPLE_ENTITIES
                                 for t in obj.subtree)


def extracted_clause(cue: Token) -> Token | None:
    """The verb of the clause right after a cue whose subject, a relative pronoun, stands before the cue's own
    subject ("that [it claims] supports …": supports), or None."""
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS and c.i < cue.i and c.tag_ not in RELATIVE_TAGS
                and c.lower_ != "that"]
    complements = [c for c in cue.children if c.dep_ in ("ccomp", "dobj", "xcomp")
                   and not (c.i < cue.i and c.lower_ in RELATIVES)]  # the parser may make "that" the object
    first = max(subjects, key=lambda c: c.i).left_edge if subjects else None  # the relative pronoun stands before it
    if first is None or first.i == 0 or cue.i + 1 >= len(doc) or complements \
            or doc[first.i - 1].lower_ not in RELATIVES:
        return None
    verb = doc[cue.i + 1]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "that he said would come"
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ == "MD" for a in verb.children if a.i == cue.i + 1)
    own_subject = any(c.dep_ in SUBJECTS and c.tag_ not in RELATIVE_TAGS and c.lower_ != "that" for c in verb.children)
    return verb if finite and not own_subject else None


def reporting_conjunct_of(cue: Token, is_cue: Callable[[Token], bool]) -> Token | None:
    """The cue whose conjunct ``cue`` is, though the parser hung it in that cue's reported clause, or None; a past and a
    perfect are one tense when the conjunct states in another tense than the clause ("has insisted that X are … and told
    a rally that …"; not "has argued that Flynn lied … and told Pence that …")."""
    clause, outer = cue.head, cue.head.head  # not quoted: “…, the President blamed X and said Y” is his
    stated = cue.tag_ != clause.tag_ and any(m.text == "that" for c in cue.rights if c.dep_ == "ccomp" for m in c.lefts)
    return None if cue.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in cue.children) or clause.dep_ != "ccomp" \
        or is_cue(clause) or in_quotation(clause) and not in_quotation(outer) or not (outer.i < clause.i and (
            outer.tag_ == cue.tag_ or stated and {outer.tag_, cue.tag_} == {"VBD", "VBN"}) and is_cue(outer)) else outer


def before_own_conjunct(reading: Reading, cue: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The clause's span up to a conjunct that is the cue's own: a cue ("said the blasts were X and urged …":
    :func:`reporting_conjunct_of`; a participle cue after a comma, "said he hopes …, complaining that …", not one of
    voicing: "said the protesters marched …, chanting"), or a past verb with no subject after a clause in another
    tense ("said the ad would be different, but did not provide …"; after ", but" and negated whatever the cue's
    tense: "says US forces are responding …, but did not offer any specifics")."""
    def is_cue(t: Token) -> bool:
        return verb_entry(reading, t) is not None

    def past(verb: Token, perfect: bool) -> bool:  # a clause's perfect is past: "has turned over …, encouraged …"
        return any(t.tag_ == "VBD" or perfect and t.lower_ in HAVE
                   for t in (verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))))
    but = any(c.dep_ == "cc" and c.lower_ == "but" and c.doc[c.i - 1].text == "," for c in clause.children)
    conjunct = next((k for k in clause.children if k.i > clause.i and not any(
        c.dep_ in (*SUBJECTS, "expl") for c in k.children) and (k.dep_ == "conj" and (
            is_cue(k) and reporting_conjunct_of(k, is_cue) == cue or past(k, False) and not past(clause, True) and (
                cue.tag_ == "VBD" or but and any(c.dep_ == "neg" for c in k.children)))  # ", but did not offer"
        or k.dep_ == "advcl" and k.tag_ == "VBG" and is_cue(k) and verb_entry(reading, k).lemma not in VOICED
        and cue.doc[k.i - 1].text == ",")), None)
    if conjunct is None:
        return span
    last = conjunct.left_edge.i - 1  # back over the commas, spaces and "and" before it
    while last > clause.i and (cue.doc[last].is_punct and cue.doc[last].text not in "”\"’"
                               or cue.doc[last].is_space or cue.doc[last].dep_ == "cc"):
        last -= 1
    return span[0], min(span[1], end_of(cue.doc[last]))


def before_subjectless_main_clause(cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"While Clinton has stated that she was not involved, criticism of her has been …": when the parse hangs the
    main clause's subject on the reported clause, the content ends at its last comma; when it makes the cue's clause
    of time the root ("After X said that …, the army moved"), at the comma before a finite verb's subject, else the
    first not before "and", "which", a verb or an appositive, else the last."""
    head, doc = cue.head, cue.doc
    rooted = cue.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in TIME_AND_CAUSE_MARKS for c in cue.children)
    if not rooted and (cue.dep_ != "advcl" or head.i < cue.i or any(c.dep_ in SUBJECTS for c in head.children)):
        return span
    commas = [t for t in doc[cue.i:cue.sent.end - 1 if rooted else head.i] if t.text == "," and span[0] < t.idx
              < span[1] and not (rooted and doc[t.i + 1].lower_ in RELATIVES | {"and", "or", "but"})]
    opening = [t for t in commas if rooted and any(v.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ in SUBJECTS and c.left_edge.i == t.i + 1 for c in v.children) for v in doc[t.i + 1:cue.sent.end])]
    plain = [t for t in commas if rooted and not doc[t.i + 1].tag_.startswith(("VB", "MD"))
             and "appos" not in (doc[t.i + 1].dep_, doc[t.i + 1].head.dep_)]
    return (span[0], end_of(doc[(opening or plain or commas[-1:])[0].i - 1])) if commas else span


def clause_hung_on_adjunct(cue: Token) -> Token | None:
    """A that-clause the parser hung on the noun of the cue's prepositional phrase ("said at the time that …", "said in
    a statement issued after the vote that …") or on that noun's participle ("insisted in an interview aired Tuesday
    that …"), opened by a marker "that", with a subject of its own; or one after an
    aside's closing dash ("said on “Fox News Sunday” -- one of … -- that …"); else None."""
    if any(c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lower_ in ("it", "so", "this", "that") for c in cue.children):
        return None  # "said it at the time that …": the cue has its content (a listener, "told CNN", is no content)
    after = [c for c in cue.children if c.i > cue.i]
    preps = [c for c in after if c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS]
    preps += [p for a in after if a.dep_ == "advmod" for p in a.children  # "said prior to the vote that"
              if p.dep_ == "prep" and p.lower_ in ("of", "to")]
    for prep in preps:
        for noun in (t for t in prep.subtree if t.dep_ == "pobj"):
            direct = noun.head == prep  # "at a time that": a setting; deeper, only a marker "that" opens a report
            setting = direct and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children) and not any(
                t.tag_ == "``" for t in noun.subtree)  # but "told reporters at a press conference that “…”"
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i):
                inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                              and c.left_edge.dep_ == "mark"), None) if clause.tag_ == "VBN" and clause.dep_ == "acl" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in clause.children) else None
                if inner is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in inner.children):
                    return inner  # "insisted in an interview aired Tuesday that …": the parser hung it on "aired"
                opener = clause.doc[clause.left_edge.i]  # "writes in a new book, Bending History, that": no setting
                if setting and not any(t.text == "," for t in clause.doc[noun.i:opener.i]):
                    continue
                if opener.lower_ == "that" and (opener.dep_ == "mark" or direct and opener.dep_ == "advmod") \
                        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > opener.i for c in clause.children):
                    return clause
    dashes = [] if any(a.dep_ == "dobj" for a in after) else [  # closing ones; not "announced measures -- … -- that"
        t.i + 1 for t in cue.doc[cue.i + 1:cue.sent.end] if t.text in ("--", "—", "–")][1::2]
    return next((c for c in cue.doc[cue.i + 1:cue.sent.end] if c.dep_ in ("relcl", "acl") and c.left_edge.i in dashes
                 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)


def is_passive_infinitive(verb: Token) -> bool:
    """"(calls for the name) to be revealed": an infinitive in the passive, which reports no speech."""
    return {"TO", "auxpass"} <= {c.tag_ if c.dep_ == "aux" else c.dep_ for c in verb.children}


def clause_read_as_object(children: list[Token], lemma: str) -> Token | None:
    """The cue's object that is really the head of its clause: the clause's subject with the verb read as its
    modifier ("He said Trump called Pelosi a …"), the clause's verb read as a noun with an object of its own ("says
    the NSA document details the attack"), or after "say" any object holding a verb ("said the bomber targeted
    civilians", "said more needs to be done": "say" takes no topic); else None."""
    for o in (c for c in children if c.dep_ == "dobj" and c.tag_.startswith("NN") and c.lower_ != "nothing"):
        if o.tag_ in ("NNP", "NNPS") and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == o.i + 1 and any(
                k.dep_ == "dobj" for k in c.children) for c in o.children) \
                or any(k.dep_ == "dobj" for k in o.children) or lemma == "say" and any(
                t is not o and (t.tag_ in ("VBD", "VBZ", "VBP") or t.dep_ in ("aux", "auxpass")) for t in o.subtree):
            return o
    return None


def with_split_words(cue: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A cue's clause span with the words the parser split off it onto the cue as its object (or as a nominal xcomp
    set off by a comma: "said [training …], as he did, “is not tenable”"): the clause's subject ("claiming [Mexican
    immigrants] were “bringing drugs”", the clause then has none) or its last noun phrase
    ("revealed Durham picked up the components from Utah [U.S. Attorney John Huber]"), without a comma-set aside, or
    the later clauses of a series the parser hung on the cue each ("said the bombers did not file a plan, [did not
    have their transponders on]") or the B of "said X is not A, [but B]", or a second that-clause the parser hung
    elsewhere ("argues that …– and that …")."""
    objects = [o for o in cue.children if o.dep_ == "dobj" or o.dep_ == "nsubj" and o.i > cue.i]
    # "said X did not file …, did not have …", after a comma or right after; not "said he had told them, “let's go”"
    series = [k for k in cue.children if k.dep_ == "ccomp" and k.i > clause.i > cue.i and k.left_edge.tag_ != "``" and (
        "," in (k.left_edge.text, cue.doc[k.left_edge.i - 1].text) or k.left_edge.i == clause.right_edge.i + 1)
        or k.dep_ == "conj" and k.tag_.startswith("NN") and k.i > clause.i > cue.i  # "said X is not A, but B"
        and any(c.dep_ == "neg" for c in clause.children)]
    span = (span[0], clause_span(series[-1])[1]) if series else span
    after = next((t for t in cue.doc[clause.right_edge.i + 1:clause.sent.end] if not (t.is_punct or t.lower_ in (
        "and", "but"))), None)  # "argues that Iran is at the table – and that more sanctions …", "said it was unable
    if clause.i > cue.i and after is not None and after.lower_ == "that" and after.dep_ == "mark" \
            and after.head.dep_ == "conj" and cue.doc[after.i - 1].lower_ in ("and", "but"):  # …, but that it …"
        span = span[0], clause_span(after.head)[1]
    if not any(c.dep_ in (*SUBJECTS, "expl", "mark") for c in clause.children):  # not a listener: "told the Journal"
        nominal = objects + [o for o in cue.children if o.dep_ == "xcomp" and o.tag_ in ("NN", "NNS", "VBG")]
        first = next((t for t in clause.subtree if not t.is_punct), clause)
        subject = next((o for o in nominal if o.i < first.i and all(
            t.is_punct for t in cue.doc[o.right_edge.i + 1:first.i]) and (
            o.left_edge.i == cue.i + 1 or any(p.left_edge.i == cue.i + 1 and p.right_edge.i + 1 == o.left_edge.i
                                              for p in objects))), None)  # "told AFP [a bomber] blew himself up"
        span = (subject.left_edge.idx, span[1]) if subject is not None else span
    tail = next((o for o in objects if o.left_edge.i == clause.right_edge.i + 1 and o.i > clause.i), None)
    if tail is None:
        return span
    aside = next((t for t in tail.subtree if t.i > tail.i and t.text == ","), None)
    return span[0], end_of(tail.doc[aside.i - 1] if aside is not None else tail.right_edge)


def is_unspoken(reading: Reading, cue: Token) -> bool:
    """A cue whose speech its sentence does not report as made: a gerund its head denies ("denied telling Bolton …":
    the denial is the report), a gerund another verb takes as its object ("This includes pressing Russia to …"), or
    an infinitive (or its bare conjunct after a wish, duty or request: "want to turn to X and say") that is an aim
    ("pressed for Mattis to say", "to remind the U.S. that"; not its speaker's purpose: "used that point to argue")
    or what a listener is asked or told to do ("asked him to deny …": the request is the report)."""
    if cue.dep_ == "conj" and cue.tag_ == "VB":  # the parser may join "say" to "wants" or to "turn"
        first = cue.head if cue.head.tag_ == "VB" else next(
            (c for c in cue.head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < cue.i), cue)
        if first.head.lower_ in WANTING | HAVE or verb_entry(reading, first.head) is not None:
            cue = first  # a wish, duty or request; not "paused to thank donors and tell them that …"
    head_entry = verb_entry(reading, cue.head)
    gerund = cue.head if cue.dep_ == "conj" and cue.head.tag_ == "VBG" else cue
    named = gerund.head if gerund.dep_ == "dobj" or gerund.dep_ == "xcomp" and is_verb_of(gerund.head, INCLUDING) \
        else None  # "includes [strengthening …] and pressing Russia to …"; not "kept saying"
    if cue.tag_ == "VBG" and named is not None and verb_entry(reading, named) is None:
        return True  # a deed named as the object of a verb that reports nothing
    if head_entry is not None and head_entry.stance == "dispute" and cue.tag_ == "VBG" \
            and cue.dep_ in ("xcomp", "pcomp", "dobj", "ccomp"):
        return True
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    if head_entry is not None and head_entry.lemma in REQUESTING:
        return any(c.dep_ in ("dobj", "dative") for c in cue.head.children)
    return not (reports_a_purpose(cue) or head_entry or cue.head.lower_ in DONE_INFINITIVE_HEADS
                or any(c.dep_ == "prt" and c.lower_ == "on" for c in cue.head.children))  # "went on to say"


def reports_infinitive(cue: Token, infinitive: Token, children: list[Token], entry: Cue) -> bool:
    """Whether a cue outside the classes "to" and "plan" reports its to-infinitive: a request with its listener ("told
    him to leave", not "told NBC's “Meet the Press”") or a doubted claim ("claimed to have shot down a drone")."""
    if infinitive.i < cue.i or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in infinitive.children):
        return False
    listener = any(o.dep_ == "dobj" and cue.i < o.i < infinitive.i for o in children)
    return entry.lemma in REQUESTING and listener or entry.stance == "doubt"


def clause_after_that(cue: Token) -> tuple[int, int] | None:
    """The clause after a "that" right after the cue, which the parser hung elsewhere ("acknowledging that he had, in
    fact, met Kislyak": "that" on "had", "met" a conjunct of the main verb; "tweeting that former director James
    Comey … had committed crimes": "that" read as the name's determiner): to the end of the clause its "that" opens,
    or of the sentence when the parse gives it no verb; else None."""
    doc, that = cue.doc, cue.doc[cue.i + 1] if cue.i + 1 < cue.sent.end else None
    if that is None or that.lower_ != "that" or not (that.dep_ == "mark" and that.head.i > cue.i
                                                    or that.dep_ == "det" and that.head.tag_ == "NNP"):
        return None
    verb = that.head.head if that.head.dep_ in ("aux", "auxpass") else that.head
    last = verb.right_edge if that.dep_ == "mark" else doc[cue.sent.end - 1]
    words = [t for t in doc[that.i + 1:max(last.i, that.head.right_edge.i) + 1] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return (words[0].idx, end_of(words[-1])) if words else None


def is_adverbial_clause(cue: Token, clause: Token) -> bool:
    """Whether a clause the parser hung on the cue as its complement is adverbial, or the main clause: it opens with a
    mark of time or cause ("In May, before the president decided …, Rood said"; before the cue, also one no comma or
    dash parts from its verb: "While X denied the transfer was done …, lawmakers said it was …", the main clause split
    off); the cue comments on its host ("As the president said on the night we were elected, we're proud"; not a
    clause right after it or its listener: "…, as experts say foreign policy does n't …", "as the leader told Trump
    “how much we …”", nor its that-clause: "as he said last week that …"); it is the verb of a time phrase after the
    cue ("“…?” the account asked after a video clip of Biden went viral"); it follows, after a comma, a cue in a
    clause of time ("since Mrs. Clinton announced her candidacy, the foundation has …"); a semicolon parts it from the
    cue ("…; deaths were reported"); or it is a condition before the cue (:func:`is_inverted_condition`)."""
    doc, opener = cue.doc, clause.left_edge
    timed = any(m.dep_ == "mark" and m.lower_ in TIME_AND_CAUSE_MARKS for m in cue.children)
    return any(m.dep_ == "mark" and m.lower_ in TIME_AND_CAUSE_MARKS for m in clause.children) \
        or any(m.dep_ == "mark" and m.lower_ == "as" for m in cue.children) and clause.left_edge.lower_ != "that" \
        and clause.left_edge.i - 1 not in {cue.i, *(c.right_edge.i for c in cue.children if c.dep_ == "dobj")} \
        or clause.i > cue.i and not any(k.dep_ in SUBJECTS for k in clause.children) and any(
            t.lower_ in TIME_AND_CAUSE_MARKS for t in doc[cue.i + 1:clause.left_edge.i]) \
        or clause.i > cue.i and timed and "," in (clause.left_edge.text, doc[clause.left_edge.i - 1].text) \
        or clause.i < cue.i and any(t.text == ";" for t in doc[clause.right_edge.i:cue.i]) \
        or clause.i < cue.i and is_inverted_condition(clause) or clause.i < cue.i and opener.dep_ == "mark" \
        and opener.lower_ in TIME_AND_CAUSE_MARKS and not any(t.text in ",—–" for t in doc[opener.i:clause.i])


def in_reduced_relative(cue: Token, children: list[Token]) -> bool:
    """"the Russian they say Manafort was in touch with", "repeating something King Salman said.", "the gift it warned
    the U.S. about": a subject right after an object noun, no comma, and either a lone pronoun with a clause after
    the cue or no clause after it; the parser made the main clause before it the cue's clause too."""
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < cue.i), None)
    start = subject.left_edge.i if subject is not None else 0
    before = next((t for t in reversed(cue.doc[:start]) if t.tag_ != "''"), None)  # the “Christmas gift” it warned
    after = [k for k in children if k.i > cue.i and k.dep_ != "punct"]
    lone_pronoun = subject is not None and subject.tag_ == "PRP" and subject.i == subject.left_edge.i
    return before is not None and before.dep_ in ("dobj", "pobj", "attr") and (not any(
        k.dep_ in ("ccomp", "xcomp") for k in after) or lone_pronoun and any(k.dep_ == "ccomp" for k in after))
