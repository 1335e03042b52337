"""Whether a harm or help word is told as done: not negated, foreseen, asked about, declined, asked for or only an
aim (:func:`not_done`), and whether a help verb's act is its own (:func:`second_verb_tells_the_act`), for the roles
of :mod:`analysis.framing.roles`; the harm and help lexicon (:func:`load_role_words`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..detect.valence import polarity_lexicon, word_valence
from ..lexicon import read_table

ROLE_LEXICON = "harm_help_verbs.tsv"
E_ENDS, PLAIN_ENDS, ES_ENDS = ("e", "es", "ed", "ing"), ("", "s", "ed", "ing"), ("", "es", "s", "ed", "ing")


def forms(stems: str, ends: tuple[str, ...]) -> frozenset[str]:
    """Every stem with every ending, the pipeline having no lemmatizer: ("declin", E_ENDS) gives decline … declining."""
    return frozenset(stem + end for stem in stems.split() for end in ends)


# Modals of what will, may, can or should be done, not what was ("would" is habit or report)
FORESEEING = frozenset({"will", "shall", "'ll", "’ll", "may", "might", "could", "can", "ca", "should", "must"})
TRYING = forms("try attempt want", PLAIN_ENDS) | {"tries", "tried", "seek", "seeks", "sought"}  # "did not try to"
# Verbs whose "to" complement did not happen (negative implicatives, Karttunen 1971; "steer clear of", "stop short of")
NOT_DONE = forms("declin refus", E_ENDS) | forms("fail neglect avoid refrain", PLAIN_ENDS) | {"clear", "short"}
CLAIM_NOUNS = frozenset("theory theories claim claims allegation allegations rumor rumors rumour rumours "
                        "accusation accusations".split())
# Verbs that uphold a claim ("confirmed claims that …") or doubt evidence ("no one disputes the evidence that …")
UPHOLDING = frozenset("confirm confirms confirmed confirming admit admits admitted admitting prove proves proved "
                      "proven proving verify verifies verified verifying corroborate corroborates corroborated".split())
DOUBTING = forms("disput ignor", E_ENDS) | forms("doubt question", PLAIN_ENDS) | {"deny", "denies", "denied", "denying"}
EVIDENCE_NOUNS = frozenset("evidence proof sign signs indication indications".split())
BLOCKING_ACTS = forms("block veto", ES_ENDS)  # "blocked a bill to protect X": the bill's aim, no act of theirs
# "called on Muslims to kill", "urged allies to bomb", "wants to destroy", "planning to behead": not told as done
ASKING = forms("call ask want intend", PLAIN_ENDS) | forms("urg encourag hop", E_ENDS) \
    | frozenset("plan plans planned planning plot plots plotted plotting".split())


def not_done(verb: Token) -> bool:
    """Whether the act is not told as done: negated ("No U.S. forces were guarding it", "not because X were
    targeted"), nearly done, asked about, foreseen ("could attack", "is going to"), declined or not tried, asked for
    ("called on X to kill"), an aim, or a gerund standing as a subject."""
    head = verb.head
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in FORESEEING or c.lower_ in ("nearly", "almost")
               for c in verb.children) or _nobody_does_it(verb) or in_question(verb) or _aim_of_a_noun(verb) \
        or verb.dep_ == "xcomp" and (head.lower_ in NOT_DONE or head.lower_ == "going" or head.lower_ in TRYING and any(
            c.dep_ == "neg" for c in head.children)) or verb.dep_ == "pcomp" and head.head.lower_ in NOT_DONE \
        or verb.dep_ in ("xcomp", "advcl") and head.lower_ in ASKING and any(c.tag_ == "TO" for c in verb.children) \
        or head.lower_ == "not" or verb.left_edge.lower_ == "because" and verb.left_edge.i > 0 \
        and verb.doc[verb.left_edge.i - 1].lower_ == "not" or _act_as_subject(verb)


def _act_as_subject(verb: Token) -> bool:
    """"Hurting the Iranian regime economically … means America has to …", "Attacking Iran would be a mistake": a
    gerund standing as the subject of a present or modal verb names a kind of act (proposed, judged), no deed (not
    "Promoting the rebels was another means"; the parse may read it as a subjectless verb's adverbial clause)."""
    head = verb.head
    told = any(c.dep_ in ("nsubj", "poss") for c in verb.children) or any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)  # "Russia bombing the rebels last week means …"
    generic = not told and (head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD"
                                                               for c in head.children))
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    return verb.tag_ == "VBG" and generic and (verb.dep_ == "csubj" or verb.dep_ == "advcl" and verb.i < head.i
                                                and subjectless)


def _nobody_does_it(verb: Token) -> bool:
    """"No U.S. personnel were killed", "none were hurt": a subject (its own or its head's) "no …", "none", "nobody"."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.left_edge.lower_ == "no" or c.lower_ in ("none", "nobody"))
               for c in verb.children)


def _aim_of_a_noun(verb: Token) -> bool:
    """Whether the verb is an infinitive on a noun (or joined to one), or the aim of a bill a side blocked: an aim
    or a capacity named, not a deed."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    on_noun = verb.dep_ == "acl" or verb.dep_ == "xcomp" and verb.head.tag_.startswith("NN") \
        or verb.dep_ == "advcl" and verb.head.lower_ in BLOCKING_ACTS  # "attempts to fire X"; "Blocked A Bill To …"
    return on_noun and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def in_question(verb: Token) -> bool:
    """"the investigation into whether Trump colluded … to steal the election": what a whether-, if- or unless-clause
    asks or supposes is not told as done, nor what a clause only foreseen holds ("One option would be to destroy
    X", "killing Assad could have consequences"), nor a theory's or claim's content, nor what there is no evidence
    of."""
    x = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") or x is not verb and c.dep_ == "aux"
               and c.lower_ in FORESEEING | {"would"} for c in x.children):
            return True
        if x.head == x or x.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "csubj"):
            return False
        that = next((m for m in x.children if m.dep_ == "mark" and m.lower_ == "that" and m.i), None)
        noun = x.head if x.head.tag_.startswith("NN") else that.nbor(-1) if that is not None else None
        claimed = noun is not None and noun.tag_.startswith("NN") and noun.lower_ in CLAIM_NOUNS \
            and noun.head.lower_ not in UPHOLDING  # not "Russia claims that", nor "confirmed claims that"
        if x.dep_ in ("acl", "ccomp") and (claimed or x.head.lower_ in EVIDENCE_NOUNS and _denied_evidence(x.head)):
            return True  # "the conspiracy theory that Ukraine hacked the D.N.C.", "No one presented evidence that
            # the campaign conspired … to hack": not told as done
        x = x.head
    return False


def _denied_evidence(noun: Token) -> bool:
    """"no evidence", "did not find evidence", "No one presented evidence" (not "No one disputes the evidence")."""
    verb = noun.head
    return any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children) or verb.tag_.startswith("VB") \
        and verb.lower_ not in DOUBTING and (any(c.dep_ == "neg" for c in verb.children) or _nobody_does_it(verb))


# Help to further something bad is no help: "helped to fuel a conspiracy theory", "spread lies" (the object, or a
# word on it, at or below BAD_VALENCE in VADER)
FURTHERING = frozenset("fuel fuels fueled fuelled fueling fuelling spread spreads spreading stoke stokes stoked "
                       "stoking sow sows sowed sown sowing promote promotes promoted promoting foster fosters "
                       "fostered fostering amplify amplifies amplified amplifying".split())
BAD_VALENCE = -1.0
# Help to slip a rule is no help either: "helped Iran get around US sanctions", "helped them evade taxes"; RULES are
# what "getting around" slips
RULES = frozenset("sanctions sanction taxes tax tariffs duties ban bans embargo blockade law laws justice rules "
                  "regulations restrictions limits cap controls oversight scrutiny detection warrants prosecution "
                  "accountability".split())
EXPLAINING = frozenset("explain explains understand illustrate clarify".split())
EVADING = frozenset("evade evading circumvent circumventing skirt skirting dodge dodging bypass bypassing".split())


def second_verb_tells_the_act(verb: Token, verbs: dict) -> bool:
    """Whether a help verb's act is its second verb's: "helped rescue them" (one act of help, told by the second
    verb); "helped kill civilians", "helped to fuel a conspiracy theory", "helped Iran get around sanctions" (no help:
    a harm, furthering something bad, read on its own, or slipping a rule), "helps explain why" (none). Not "helped
    them flee", "helped train civilians", "helped broker a ceasefire in the war"."""
    helps_someone = any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ in ("xcomp", "ccomp") and (c.lower_ in EXPLAINING and not helps_someone and not any(
            k.dep_ == "nsubj" for k in c.children) or _slips_a_rule(c)) for c in verb.children):
        return True  # "which helps explain why …": no one is helped ("helped refugees understand" is help)
    for second in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_.startswith("VB")
                   and not any(k.dep_ == "nsubj" for k in c.children)):
        furthers_bad = second.lower_ in FURTHERING and any(
            word_valence(t.lower_, polarity_lexicon()) <= BAD_VALENCE for o in second.children if o.dep_ == "dobj"
            for t in (o, *(m for m in o.children if m.dep_ in ("amod", "compound"))))
        if verbs.get(second.lower_) == "help" or not helps_someone and (verbs.get(second.lower_) == "harm"
                                                                          or furthers_bad):
            return True
    return False


def _slips_a_rule(verb: Token) -> bool:
    """"evade sanctions, detection or arrest", "get around US sanctions": evading or getting around a rule or its
    enforcement (not "evade the Taliban", "get around the city")."""
    evading = verb.lower_ in EVADING  # "get" only with "around": "get justice" is help
    objects = [o for c in verb.children if c.dep_ == "dobj" and evading or c.lower_ == "around" and verb.lower_ == "get"
               for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])]
    return any(o.lower_ in RULES for o in objects)


@lru_cache(maxsize=4)
def _entries(name: str = ROLE_LEXICON) -> tuple[tuple[dict, tuple[str, ...], tuple[str, ...]], ...]:
    """Each row of the harm and help lexicon with its verb forms and its noun forms."""
    return tuple((row, tuple(f.strip() for f in row["forms"].split(",") if f.strip()),
                  tuple(n.strip() for n in row["nouns"].split(",") if n.strip())) for row in read_table(name))


@lru_cache(maxsize=4)
def load_role_words(name: str = ROLE_LEXICON) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(verb form -> harm/help, noun form -> harm/help, form -> the patient it needs: person or party)."""
    verbs, nouns, patients = {}, {}, {}
    for row, forms, named in _entries(name):
        verbs.update(dict.fromkeys(forms, row["role"]))
        nouns.update(dict.fromkeys(named, row["role"]))
        if row.get("patient"):
            patients.update(dict.fromkeys(forms + named, row["patient"]))
    return verbs, nouns, patients


def role_lemma(word: str) -> str:
    """The lexicon entry a harm or help word is a form of ("shot": shoot, "detention": detain), else the word."""
    return _lemmas().get(word.lower(), word.lower())


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    return {form.lower(): row["lemma"] for row, forms, named in _entries() for form in forms + named}
