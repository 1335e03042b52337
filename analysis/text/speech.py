"""Speech events: who says what, read from the parse.

A **cue** is a word of the reporting-verb lexicon (``lexicons/reporting_verbs.tsv``) in one of these
constructions, tried for every token of every sentence that is not a headline or caption:

- a verb (tagged VB*, or any word with a subject of its own: the parser sometimes tags "dispute" a noun) with a
  content: a clausal complement (``ccomp``; ``xcomp`` for the verbs of class ``to``: "vowed to retaliate", "called for
  X to resign"; any passive cue's perfect or progressive one: "is alleged to have ordered"; the content of a cue
  joined to it by "or": "suggested or called for X to act"), an object for the verbs of class ``any`` ("denied the
  report", "was accused of hiding it") and for a finding verb whose source is a study, poll or report ("a survey found
  broad support"), an object and predicate for class ``oprd`` ("calling the strike a violation", "called the plan “a
  disaster”"; the predicate alone after "what": "what Zarif called “…”", "what he described as …") or an object and
  its "as" (or its "for" and a gerund: "criticized Trump for not acting") for any verb that is not neutral
  ("denounced the tax as a disaster"), an adjacent quotation (``"…," X said``, ``X said: "…"``; not a phrase quoted
  inside another sentence: "what he meant by “their reasons.”"), the
  clause before a comma when the cue's own clause ends the sentence ("Among the dead was X, the agency reported"), the
  clause of a relative pronoun extracted before the cue ("attacks that it claims supports …"), a that-clause the
  parser hung on the noun of a when-or-where phrase ("said at the time that …"), or the that-clause of its object
  ("reiterated the position that …"); no object that is a short quotation inside another cue's reported clause, nor an
  empty object the parser made a clause's subject ("claimed responsibility for an attack on warships docked in …"); an
  infinitive only as the purpose of a deed of its speaker ("had used that point to argue that …",
  :mod:`analysis.text.clauses`), never a passive one ("to be revealed"), never a cue asked about ("asks whether X had
  urged", "Did X say that …?"; :mod:`analysis.text.unreported`), never a cue "can" or "may" report ("he can order") or
  "without" negates ("without asking Congress to …"), never when its subject is nobody ("None of the charges alleges
  …") or a text setting out terms ("the deal calls for …"), no inference from a thing or a would ("The move implies",
  "it would show"), and no subjectless gerund naming a deed ("as a means of threatening his brother");
- an asking verb in a sentence that is only its cue, for a quoted question opening the next sentence;
- a noun with a ``that`` clause, "according to X" and an adverb of hearsay (:mod:`analysis.text.noun_cues`);
- the last verb cue of a paragraph that ends in a colon, for the block quote after it;
- in a headline only "X says …", "…, X says", "Name: …"; a clause after a cue takes the condition opening the sentence
  and leaves out the author's gloss ending it (:mod:`analysis.text.parentheticals`).

Quotations beside a cue are read by :mod:`analysis.text.cue_quotes`, the **source** by :mod:`analysis.text.sources`
(a cue conjoined inside another cue's reported clause is that cue's conjunct and ends its content; datelines,
headlines and captions give none), block quotes by :mod:`analysis.text.block_quotes`. A quotation that ends the
sentence before one that is only a cue (``"…." X said.``) is that cue's content; quotations no cue claims are read by
:mod:`analysis.text.unclaimed` (joined, continued or uncued).

References: Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC; Asr et al. (2021), "The Gender Gap
Tracker", PLOS ONE 16(1): e0245533 (quote verbs, parse rules); Newell et al. (2018), citron, BBC R&D.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .block_quotes import find_block_quotes
from .clauses import (SETTING_PREPOSITIONS, WH_TAGS, before_own_conjunct, before_subjectless_main_clause,
                      clause_after_that, clause_hung_on_adjunct, clause_read_as_object, extracted_clause,
                      in_reduced_relative, is_adverbial_clause, is_passive_infinitive, is_unspoken, is_wh_clause,
                      reporting_conjunct_of, reports_infinitive, with_split_words)
from .cue_quotes import (adjacent_quotation, closing_quotation, quotation_around, quotation_before_bare_cue,
                         quoted_phrase_in_reported_clause, question_after_bare_cue, quoting_verb, to_quoted_utterance)
from .cues import (DATELINE_RE, DEED_OBJECTS, SUBJECTS, UNREAL_AUX, Cue, CueLexicon, Reading, Speech,
                   clause_span, end_of, form_at, is_embedded_phrase, is_verbal, lets_in, load_cues, record, verb_entry)
from .noun_cues import read_according_to, read_adverb, read_name_notes, read_noun, that_clause_of_object
from .parentheticals import (around_parenthetical_cue, before_comma_adjunct, clause_before_trailing_cue, host_spans,
                             is_generic_deed, is_parenthetical, is_spliced_clause, opens_after_colon,
                             past_opening_adjunct, read_headline_cue, with_preposed_condition, without_trailing_gloss)
from .quotations import Quotation
from .sentences import is_teaser
from .source_phrase import RELATIVE_TAGS, phrase_span
from .sources import (is_contracted_passive, is_hearsay_passive, is_impersonal_passive, is_nobody, is_reader_or_writer,
                      reports_findings, speaker_of)
from .unclaimed import read_unclaimed_quotations
from .unreported import is_no_report, is_questioned

__all__ = ["Speech", "find_speeches", "load_cues"]

AS_ADJUNCTS = frozenset({"part", "well", "usual", "planned", "expected"})  # "showed X as part of …": no predicate
EVENTS = frozenset("attack attacks fine move decision crisis violence law measure bill policy war conflict vote "
                   "ruling storm act acts action actions step steps assassination".split())  # things, not speakers
TERMS = EVENTS | frozenset("deal agreement accord plan treaty proposal budget framework package ceasefire cease-fire "
                           "legislation".split())  # texts that set out terms: "the deal, which calls for …" holds it
QUESTION_LEMMAS, FINITE_OR_BARE = {"ask", "wonder", "question"}, ("VB", "VBP", "VBZ", "VBD")
NAMED_PARTIES = ("PERSON", "NORP", "ORG", "GPE", "LOC")
INFERENCE_LEMMAS = {"imply", "indicate", "suggest", "show", "demonstrate", "prove", "mean", "signal"}  # evidence
# "claimed responsibility", "claiming executive privilege", "conceded defeat", "has showed signs of nearing its end",
# "pledged allegiance to" report no statement; details or comments of, about or on something do ("revealed details")
EMPTY_OBJECTS = frozenset("what nothing it this that so something anything much little more which otherwise comment "
                          "comments details responsibility credit victory privilege immunity asylum ownership right "
                          "rights defeat ground signs sign allegiance".split())
FAULTING = frozenset("criticize condemn denounce decry blame fault rebuke slam blast".split())  # "… X for doing"
DESIGNATING = frozenset({"recognize"})  # "recognize Israel as …" names a party's standing, it reports no statement
WITHHOLDING = frozenset({"deny", "refuse"})  # two objects ("denies them access") or a grant ("denied bail"): a ruling
GRANTS = frozenset("access entry permission visa visas request requests motion motions appeal appeals bail".split())


def find_speeches(doc: Doc, paragraphs: Sequence[tuple[int, int, str]], quotations: tuple[Quotation, ...],
                  cues: CueLexicon | None = None) -> tuple[tuple[Speech, ...], dict[int, int | None]]:
    """Every speech event in a parsed article, sorted by position, and its block quotes.

    ``paragraphs`` are (start, end, kind) with kind headline, body, caption or block_quote (a structural
    one: Markdown ``>``, HTML ``<blockquote>``). Returns the speeches and, for every block-quote paragraph
    (structural or inferred), the index of the paragraph that introduces it (None if none does)."""
    text, reading = doc.text, Reading(doc, doc.text, quotations, cues or load_cues(), set(), [], set())
    for start, end, kind in paragraphs:
        if kind == "headline":
            read_headline_cue(reading, start, end)
        if kind in ("headline", "caption"):
            reading.skip.update(t.i for t in doc.char_span(start, end, alignment_mode="expand") or ())
        dateline = DATELINE_RE.match(text, start, end)
        if dateline:
            reading.skip.update(t.i for t in doc.char_span(start, dateline.end(), alignment_mode="expand") or ())
    for sentence in (s for s in doc.sents if is_teaser(s.text)):  # a teaser or headline ("BIDEN MOCKED FOR …")
        reading.skip.update(range(sentence.start, sentence.end))
    blocks = find_block_quotes(reading, paragraphs)
    for token in doc:
        if token.i not in reading.skip and token.i not in reading.used:
            read_according_to(reading, token) or _read_verb(reading, token) or read_noun(reading, token) \
                or read_adverb(reading, token) or read_name_notes(reading, token)
    read_unclaimed_quotations(reading, paragraphs)
    speeches = sorted(reading.found, key=lambda s: (s.cue or s.content[0])[0])
    return tuple(speeches), blocks


# --- cues ---------------------------------------------------------------------------------------------------

def _read_verb(reading: Reading, token: Token) -> bool:
    found = form_at(reading, token, reading.cues.verbs)
    if not found or found[0].complement in ("np", "adverb") or not is_verbal(token):
        return False
    entry, n = found
    verbal_head = token.head.tag_.startswith("VB") or any(c.dep_ == "aux" for c in token.head.children)
    outer = reporting_conjunct_of(token, lambda t: verb_entry(reading, t) is not None)  # "X said Y had not … and said"
    shared = outer.children if outer is not None else token.head.children if token.dep_ == "conj" and verbal_head \
        and not any(c.dep_ in SUBJECTS for c in token.children) and not any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children) else ()
    # "will X and Y", "would not confirm or deny", "can heap praise [misread] and accuse"; not "did not X but Y"
    if any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX or c.dep_ == "neg" for c in (*token.children, *shared)) \
            or is_passive_infinitive(token) or is_questioned(token) or is_no_report(token) or lets_in(token) \
            or token.dep_ == "pcomp" and token.head.lower_ == "without":  # "sent troops without asking Congress"
        return False  # future, negated, asked about, no report, people let in, a passive infinitive ("to be revealed")
    if entry.lemma in WITHHOLDING and (any(c.dep_ == "dative" or c.dep_ == "dobj" and c.lower_ in GRANTS
                                           for c in token.children)
                                       or sum(c.dep_ == "dobj" for c in token.children) > 1):
        return False  # "would deny Iran the plutonium", "denied U.S. soldiers the right": withholding, not a denial
    if is_unspoken(reading, token):
        return False
    heads = [token] + list(token.doc[token.i + 1:token.i + n])
    quoting = quoting_verb(token)  # "“…,” Wolff quotes Bannon as saying": Bannon's words, the quoter's clause
    content = _verb_content(reading, token, heads, entry) or quoting and _verb_content(reading, quoting, [quoting],
                                                                                          entry)
    if not content:
        return False
    spans, rule = content
    subject = speaker_of(outer if outer is not None else token, reading.quoted_tokens)
    subject = next((c for c in quoting.children if c.dep_ == "dobj"), subject) if quoting else subject
    asked_of = entry.lemma.split()[0] in QUESTION_LEMMAS and token.dep_ == "advcl" and token.tag_ != "VBG" \
        and not any(c.dep_ in SUBJECTS for c in token.children)
    nominal = token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("to", "on", "about") \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "that"  # "responded to reporting that"
    subject = None if asked_of or nominal else subject  # "When asked if …, Pence replied": asked by someone unnamed
    passive = any(c.dep_ == "auxpass" for c in token.children) or is_impersonal_passive(token) \
        or is_contracted_passive(token)
    if subject is None and not (passive or asked_of or token.dep_ == "conj") and token.tag_ in FINITE_OR_BARE:
        return False  # a finite verb with nobody saying it: an ellipsis or imperative ("Would just tell you")
    if subject is not None and (is_nobody(subject) or is_reader_or_writer(subject, reading.quoted_tokens)):
        return False  # "None of the charges alleges …", "As we reported last night": no source speaks
    if subject is not None and (subject.lower_ in EVENTS and entry.lemma == "threaten"
                                or subject.lower_ in TERMS and entry.lemma == "call for"):
        return False  # "the attack has threatened the army's efforts", "the deal calls for": no one speaks
    if entry.lemma in INFERENCE_LEMMAS and (subject is not None and subject.lower_ in {"this", "that", *EVENTS} or any(
            c.dep_ == "aux" and c.lower_ == "would" for c in token.children) and entry.lemma != "signal"):
        return False  # "The move implies …", "This signaled …", "it would show he …"; not "X would signal …"
    if subject is None and token.tag_ == "VBG" and token.dep_ in ("pcomp", "csubj", "advcl") and (rule in (
            "object of the cue", "object and predicate", "adjacent quotation") or is_generic_deed(token)):
        return False  # a deed named, no speech: "as a means of threatening X", "a high bar for calling on X to quit"
    source = phrase_span(subject, without=token) if subject is not None else None
    record(reading, token, entry, n, source, spans, rule)
    return True


def _verb_content(reading: Reading, token: Token, heads: list[Token], entry: Cue):
    """(content spans, rule) of a verb cue, or None when it reports nothing."""
    children = [c for h in heads for c in h.children]
    if around := around_parenthetical_cue(token):
        return around, "clause the cue comments on"
    for c in children:
        if c.dep_ == "xcomp" and (entry.complement in ("to", "plan") or reports_infinitive(token, c, children, entry)
                                  or is_hearsay_passive(token, c)):
            listener = next((o for o in children if o.dep_ in ("dobj", "pobj") and o.i < c.i), None)  # "for X to"
            start, end = clause_span(c)
            return [(listener.left_edge.idx if listener is not None else start, end)], "infinitive of the cue"
        if c.dep_ == "advcl" and heads[-1].lower_ == "for" and (heads[-1].head == c or c.head == token and any(
                a.tag_ == "TO" for a in c.children)):  # "called for X to resign", "… for X to “go back”"
            start, end = clause_span(c, after=heads[-1].i)  # from the one called on: "three congresswomen to …"
            return [(min([start] + [o.left_edge.idx for o in heads[-1].children if o.dep_ == "pobj"]), end)], \
                "infinitive of the cue"
        if c.dep_ == "advcl" and entry.lemma in QUESTION_LEMMAS and token.tag_ in ("VBD", "VBZ", "VBP") and any(
                o.dep_ == "dobj" and token.i < o.i < c.i for o in children) and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):  # "asked Psaki if her …"
            return [clause_span(c)], "question of the cue"
        if c.dep_ == "ccomp" and is_wh_clause(c, token) and entry.lemma not in QUESTION_LEMMAS:
            continue  # "told them what we knew", "would not say how many": no statement
        if c.dep_ == "ccomp" and c.i < token.i and (in_reduced_relative(token, children) or opens_after_colon(
                reading, token, c) or any(
                k.dep_ == "nsubjpass" and k.lower_ != "it" or k.tag_ == "WRB" and k.i < token.i for k in children)):
            continue  # "accused the Russian they say Manafort was in touch with", "Flynn reverses course : Flynn's
            # attorney alleges government cover up", "The precedent exists: … a judge granted the House access",
            # "…, hours after a ceasefire was agreed", "That's higher than a year ago, when only 28 percent said …"
        subjects = [k for k in c.children if k.dep_ in SUBJECTS]  # "…, that left" (not "that , in fact , Peskov …")
        whom = [o for k in subjects for p in k.children if p.lower_ == "of" for o in p.children if o.tag_ in WH_TAGS]
        relative = len(subjects) == 1 and (subjects[0].tag_ == "WDT" or whom) and subjects[0].i > token.i \
            or token.dep_ == "relcl" and c.i > token.i and not subjects and not any(k.tag_ in RELATIVE_TAGS
                                                                                for k in children) \
            and (entry.complement in ("plan", "oprd") or entry.stance != "neutral")
        if c.dep_ == "ccomp" and (_object_read_as_subject(token, c) or is_adverbial_clause(token, c) or relative):
            continue  # a noun's predicate or a relative clause: "…, that left 84 dead", "…, some of whom may face"
        if c.dep_ == "ccomp" or c.dep_ == "parataxis" and c.i > token.i and quotation_around(reading, c) is not None \
                or is_spliced_clause(token, c):  # "…, sources tell Fox News, Republicans sought to …"
            # A relative pronoun extracted from the clause ("who the department said had resigned") stays out.
            span = to_quoted_utterance(reading, with_split_words(token, c, clause_span(
                c, after=token.i if c.i > token.i else -1)), token)
            span = past_opening_adjunct(token, c, before_subjectless_main_clause(token, before_own_conjunct(
                reading, token, c, span)))
            return with_preposed_condition(token, c, without_trailing_gloss(reading, c, span)), f"{c.dep_} of the cue"
    if (misread := clause_read_as_object(children, entry.lemma) if entry.complement != "np" else None) is not None:
        return [(misread.left_edge.idx, end_of(misread.right_edge))], "clause read as an object"
    after_that = clause_after_that(token) if entry.complement != "np" else None
    if after_that is not None:
        return [after_that], "clause after the cue's that"
    hung = clause_hung_on_adjunct(token) if entry.complement != "np" else None
    if hung is not None:
        _, end = clause_span(hung, after=token.i)
        return [(hung.doc[hung.left_edge.i + 1].idx, end)], "that-clause hung on the cue's adjunct"
    direct = [c for c in children if c.dep_ == "dobj" and c.tag_ not in WH_TAGS and c.lower_ not in DEED_OBJECTS.get(
        entry.lemma, ()) and not (entry.lemma == "confirm" and any(k.dep_ == "nsubj" and k.lower_ in ("senate",
            "senators") or k.dep_ == "prep" and k.lower_ == "as" and c.ent_type_ == "PERSON" for k in children))]
    if not direct and entry.complement == "oprd" and sum(c.dep_ == "oprd" for c in children) > 1:
        direct = [next(c for c in children if c.dep_ == "oprd")]  # "called the response to them “disgraceful”"
    if heads[-1].tag_ == "IN":  # "asking for a three-year authorization …, a … definition": the preposition's object
        direct = [c for c in heads[-1].children if c.dep_ == "pobj"] or direct
    # "accused the FBI of bias", "described the inquiry as a witch hunt": the object with its "of"/"as" phrase.
    as_of = [c for c in children if c.dep_ == "prep" and c.lower_ in ("as", "of") and direct and c.i > direct[0].i
             and not (entry.stance == "endorse" and c.doc[c.i + 1:c.i + 2].text.lower() in AS_ADJUNCTS)]
    state_act = entry.lemma in DESIGNATING and bool(direct) and direct[0].ent_type_ in NAMED_PARTIES
    if entry.complement == "oprd" or entry.stance != "neutral" and not state_act:  # "denounced the tax as a
        # disaster"; not "recognized Jerusalem as the capital" (an act of state; "recognized the vote as a mistake" is)
        # The predicate, which the parser may read as a second object ("calling Kelly a liar"), or the "as" phrase
        predicates = [c for c in children if c.dep_ in ("oprd", "attr", "acomp", "dobj") and direct
                      and c.i > direct[0].i and entry.complement == "oprd"] + [c for c in as_of if c.lower_ == "as"]
        predicates += [c for c in children if c.dep_ == "advcl" and direct and c.i > direct[0].i and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children)  # "dismissed X as having been discredited"
                       and not any(k.dep_ in SUBJECTS for k in c.children)]  # not ", as parliament is called"
        predicates += [c for c in (direct[0].children if direct and entry.complement == "oprd" else ())
                       if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].tag_ == "``"]  # called the plan “a …”
        if direct and predicates:  # not past a closing mark into the setting: "a “foe” … in an interview which aired"
            last = next((c.left_edge.i - 1 for c in predicates[0].children if c.dep_ == "prep" and c.lower_ in
                         SETTING_PREPOSITIONS and any(t.tag_ == "''" for t in token.doc[predicates[0].i:c.i])),
                        predicates[0].right_edge.i)
            # "called ISIS a threat to … and “one of the examples …”": a quoted second predicate that ends the sentence
            nxt = [t for t in token.doc[last + 1:last + 4] if not t.is_space]
            second = next((q.end for q in reading.quotations if len(nxt) > 1 and nxt[0].lower_ == "and" and q.start
                           == nxt[1].idx and not reading.text[q.end:token.sent.end_char].strip(" .,;”\"'\n")), None)
            return [(direct[0].left_edge.idx, second or end_of(token.doc[last]))], "object and predicate"
        closing = closing_quotation(reading, token, direct[0]) if direct and entry.complement == "oprd" else None
        if closing is not None:  # "called the attack on …, which led to …, “outrageous.”": predicate misparsed
            return [(direct[0].left_edge.idx, closing.end)], "object and predicate"
        hung = next((c for c in direct[0].children if c.dep_ == "prep" and c.lower_ == "as"), None) \
            if direct and entry.complement == "oprd" else None  # "dismissed the claim as nonsense": on the object
        if hung is not None:
            return [(direct[0].left_edge.idx, end_of(hung.right_edge))], "object and predicate"
        reason = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" and direct and c.i > direct[0].i
                  and entry.lemma in FAULTING for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if reason:  # "criticized Trump for not acting more aggressively": the fault it finds, in the cue's words
            return [clause_span(reason[0])], "reason of the cue"
        named = [c for c in children + [p for a in children if a.lower_ == "as" for p in a.children] if c.dep_ in (
            "oprd", "pobj", "pcomp") and c.i > token.i and "what" in (w.lower_ for w in children)]  # "what X called"
        if named:  # "a deal on what Zarif called “differences of opinion”": the predicate alone
            return [(named[0].left_edge.idx, end_of(named[0].right_edge))], "object and predicate"
    objects = [c for c in direct if (c.lower_ not in EMPTY_OBJECTS or c.lower_ in ("details", "comments") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "about", "on") for p in c.children)) and c.tag_ not in RELATIVE_TAGS
               and not (entry.complement == "plan" and (c.ent_type_ in NAMED_PARTIES or c.tag_ == "PRP"))]
    # "threatened Europe with a flood of refugees": a named party or a pronoun is whom the plan is aimed at
    if entry.complement == "any" and entry.stance != "neutral" or entry.complement == "plan" \
            or entry.stance == "endorse" and reports_findings(token, reading.quoted_tokens):
        if objects and quoted_phrase_in_reported_clause(reading, token, objects[0]):
            return None  # "told CNN that the groups now threaten “everybody in the region”": the teller's words
        if objects:
            end = as_of[0].right_edge if as_of else before_comma_adjunct(objects[0])
            return [(objects[0].left_edge.idx, end_of(end))], "object of the cue"
        of = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        gerund = next((c for c in children + of if c.dep_ in ("xcomp", "pcomp") and (c.tag_ in ("VBG", "NN") or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in c.children))), None)
        if gerund is not None:  # "denied having met him", "was accused of hiding it", "denies meddling" (an NN)
            return [clause_span(gerund)], "gerund of the cue"
        for c in children:
            if c.dep_ == "pobj" and c.lower_ not in EMPTY_OBJECTS and c.tag_ not in RELATIVE_TAGS:
                return [(c.left_edge.idx, end_of(c.right_edge))], "object of the cue"
        # A verb cue read as a noun ("The Russians dispute that account"): the first nominal word right after it.
        nxt = next((c for c in token.rights if not c.is_punct), None)
        if not token.tag_.startswith("VB") and nxt is not None and nxt.tag_.startswith("NN") \
                and nxt.left_edge.i == token.i + 1:
            return [(nxt.left_edge.idx, end_of(nxt.right_edge))], "object of a cue read as a noun"
    for o in (c for c in children if c.dep_ == "dobj" and not form_at(reading, c, reading.cues.nouns)):
        held = that_clause_of_object(o, entry.lemma)
        # "reiterated the position that …"; "found no sign that …", "suggesting there were signs that …" (the parser
        # read "there were" into the object): all of it
        whole = any(d.lower_ == "no" for d in o.children) or any(t.dep_ == "expl" and t.i < o.i for t in o.subtree)
        if held is not None:
            return [clause_span(o if whole else held)], "that-clause of the cue's object"
    partner = next((c for c in token.children if c.dep_ == "conj" and verb_entry(reading, c)), None)
    if partner is not None and any(c.dep_ == "cc" and c.lower_ == "or" for c in token.children):
        partner_entry, n = form_at(reading, partner, reading.cues.verbs)  # "suggested or called for X to act"
        shared = _verb_content(reading, partner, list(token.doc[partner.i:partner.i + n]), partner_entry)
        if shared is not None:
            return shared[0], "content of the cue joined to it by or"
    extracted = extracted_clause(token)
    if extracted is not None:
        return [clause_span(extracted, after=token.i)], "clause of the relative pronoun before the cue"
    if token.dep_ in ("parataxis", "ccomp", "advcl") and token.head.i < token.i and not (
            token.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in children)):  # not "would “consider”
        quote = quotation_around(reading, token.head)  # testifying": a deed; nor the quotation the cue is in
        if quote is not None and not is_embedded_phrase(reading, quote) and not quote.start < token.idx < quote.end:
            return [(quote.inner_start, quote.inner_end)], "quotation the cue follows"
    quoted_next = token.doc[token.i + 1:token.i + 2].text in ("“", '"')  # "declared “No questions on …”"
    agentless = token.tag_ == "VBN" and not any(c.dep_ in ("agent", *SUBJECTS) for c in token.children)
    if token.dep_ in ("parataxis", "advcl") and token.head.tag_.startswith("VB") and is_parenthetical(token) \
            and not agentless and not (entry.complement == "quote" and token.dep_ == "advcl"):
        # not "as the strikes continue" (a time), nor "as agreed upon in the 2008 accord" (no one speaking)
        return host_spans(token), "clause the cue comments on"
    if any(c.dep_ == "dobj" and c.tag_.startswith("NN") and c.lower_ in EMPTY_OBJECTS and not quoted_next
           or c.dep_ == "ccomp" and _object_read_as_subject(token, c) for c in children):
        return None  # "claimed responsibility": no statement, so no quotation nearby is its content
    for find, rule in ((adjacent_quotation, "adjacent quotation"),
                       (quotation_before_bare_cue, "quotation before a sentence that is only a cue"),
                       (question_after_bare_cue, "question after a sentence that is only a cue")):
        quote = find(reading, token) if find is not question_after_bare_cue or entry.lemma in QUESTION_LEMMAS else None
        if quote is not None:
            return [(quote.inner_start, quote.inner_end)], rule
    before = clause_before_trailing_cue(token)
    if before is not None:
        return [before], "clause before a cue that ends the sentence"
    return None


def _object_read_as_subject(cue: Token, clause: Token) -> bool:
    """Whether the parser made the cue's empty object the subject of a clause further on ("claimed [responsibility for
    an attack on warships] docked in …", "ordered [a strike on a base whence the attack] originated"): the clause opens
    right after the cue with that object and no "that"; not a possessed one ("said Trump’s comments highlight …")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    deeds = EMPTY_OBJECTS | DEED_OBJECTS["order"] if cue.lower_.startswith("order") else EMPTY_OBJECTS
    return subject is not None and subject.lower_ in deeds and subject.tag_.startswith("NN") \
        and subject.left_edge.i == cue.i + 1 and not any(c.dep_ == "poss" for c in subject.children)

