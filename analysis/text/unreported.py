"""Cues that report no speech although they are reporting verbs: set phrases, findings, kinds of person, the
impersonal "one", judgements, what ought to be, and cues asked about or supposed rather than reported."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SUBJECTS

REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
HOLD_FORMS = frozenset("hold holds held holding".split())  # "held X liable", "held open the possibility": an act
FIND_FORMS = frozenset("find finds found finding".split())  # "said he found it hard": a view inside the speech
MANDATIVE = frozenset("important necessary essential vital crucial critical imperative".split())  # "It is vital that"


def is_no_report(cue: Token) -> bool:
    """A cue in a set phrase ("It is worth noting that", "Having said that", "That said,"), one that found a thing
    ("soldiers were found with weapons"), one that says what kind of person is meant, in the present tense or with
    any/every/no ("a member who calls for …", "anyone who says"), the impersonal "one" ("one wonders why"), one kept
    from ("barred from saying"), "added to" a thing or "added" one ("added to the onslaught", "added risk"), one
    whose only object is its subject ("asserts itself"), a judgement inside another speech ("said he found it hard to
    believe"; not "Hill found the call surprising") or an act ("is holding Russia accountable"), or one in what the
    author says ought to be ("It is important that the government demonstrates …")."""
    doc, after = cue.doc, cue.doc[cue.i + 1].lower_ if cue.i + 1 < len(cue.doc) else ""
    before = doc[cue.i - 1] if cue.i else cue
    said_that = before.lower_ == "having" or before.lower_ in ("that", "this") and before.dep_ in SUBJECTS
    set_phrase = cue.tag_ == "VBG" and cue.head.lower_ == "worth" \
        or cue.lower_ == "said" and after in ("that", "this", ",") and said_that
    found_thing = cue.lower_ == "found" and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in cue.children) \
        and not any(c.dep_ == "xcomp" for c in cue.children)
    determiners = {d.lower_ for d in cue.head.children if d.dep_ == "det"}
    kind = determiners & {"any", "every", "no"} or cue.tag_ in ("VBZ", "VBP") and determiners & {"a", "an"}
    generic = cue.dep_ == "relcl" and bool(kind) and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in cue.children)
    kept_from = cue.dep_ == "pcomp" and cue.head.lower_ == "from"  # "prevent Al Qaeda from threatening US security"
    impersonal = cue.tag_ in ("VBZ", "VB") and any(  # "one wonders why", "one might argue": the writer
        c.dep_ == "nsubj" and c.lower_ == "one" and c.n_lefts + c.n_rights == 0 for c in cue.children)
    added_to = cue.lower_ in ("add", "adds", "added", "adding") and (
        after == "to" and cue.doc[cue.i + 1].head == cue and not any(c.dep_ == "ccomp" for c in cue.children)
        or any(c.dep_ == "dobj" and c.tag_.startswith("NN") and c.i > cue.i for c in cue.children))  # "added to the
    # onslaught", "added risk"; "asserts itself" (not "described herself as", "declared himself the winner")
    reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in cue.children) and not any(
        c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    pronoun = any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in cue.children)  # the speaker's own view
    judged = (cue.lower_ in HOLD_FORMS or cue.lower_ in FIND_FORMS and cue.dep_ == "ccomp" and pronoun) and any(
        c.dep_ in ("ccomp", "oprd", "xcomp") and c.tag_ == "JJ" for c in cue.children)
    mandated = cue.dep_ == "ccomp" and cue.tag_ in ("VB", "VBZ", "VBP") and cue.head.dep_ != "ccomp" and any(
        c.dep_ == "acomp" and c.lower_ in MANDATIVE for c in cue.head.children)  # the author's, in the present
    return set_phrase or found_thing or generic or impersonal or kept_from or added_to or reflexive or judged \
        or mandated


def is_questioned(cue: Token) -> bool:
    """Whether a cue is asked about or supposed, not reported: its clause (or the one it is conjoined to) opens
    with "whether", "if" or "unless", or "until" (or "when" with a generic "you") in the present ("asks whether the
    mayor had urged …", "until we determine that …", "When you tell me that …"), or is a question with an auxiliary
    before its subject ("Did the minister say that …?")."""
    clause = cue.head if cue.dep_ == "conj" else cue
    generic = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children)  # "When you tell me that …"
    marks = ("whether", "if", "unless", "until") + (("when", "whenever") if generic else ()) \
        if clause.tag_ in ("VB", "VBP", "VBZ") else ("whether", "if", "unless")
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in marks and not any(t.tag_ == "''" for t in cue.doc[c.i:cue.i])
           for c in clause.children):  # not a "whether" in the quotation before it ("“… whether …,” said X")
        return True
    subjects = [c.i for c in clause.children if c.dep_ in SUBJECTS]
    return bool(subjects) and any(c.dep_ == "aux" and c.i < min(subjects) for c in clause.children) \
        and any(t.text == "?" for t in clause.doc[clause.i:clause.right_edge.i + 2])
