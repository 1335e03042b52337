"""What a clause beside a reporting verb is: an embedded question, or the purpose of a deed.

- An embedded question ("told them what we knew", "to determine if he was an asset") reports no
  statement, unless the verb asks (:data:`analysis.text.speech.QUESTION_LEMMAS`).
- An infinitive cue reports speech when it is the purpose of something its speaker did ("Ms.
  Ocasio-Cortez took to Twitter to claim that …", "Manafort's attorneys had used that point to argue
  that …"): the verb it hangs on happened (finite or perfect, not modal, negated or passive), has an
  active subject who may speak, and is not a state ("are likely to", "had a chance to"). A complement
  the verb controls is no purpose: "declined to say" (no object), "forced the firm to admit" (the
  object speaks). The parser reads "used X to argue" as such a complement too, hence :data:`USING`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SUBJECTS
from .sources import RELATIVE_TAGS, is_nobody

WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
HAVE = {"have", "has", "had", "'ve", "’ve"}
USING = {"use", "uses", "used", "using"}
PEOPLE_ENTITIES = ("PERSON", "NORP", "ORG", "GPE")


def is_wh_clause(clause: Token, cue: Token) -> bool:
    """Whether a clause is an embedded question ("what we knew", "if he was an asset"), not one opening with
    "when …, " or "if …, "."""
    first = next((t for t in clause.subtree if not t.is_punct and (t.i > cue.i or clause.i < cue.i)), clause)
    if first.lower_ in ("if", "whether"):  # "determine if …", not a quoted "If he needs …" or a clause subject
        return first.head == clause and not any(t.is_punct for t in cue.doc[cue.i + 1:first.i])
    if first.tag_ not in WH_TAGS:
        return False
    x = first
    while x != clause and x.head != x:
        if x.dep_ == "advcl":
            return False
        x = x.head
    return True


def reports_a_purpose(infinitive: Token) -> bool:
    """Whether an infinitive cue with a that-clause is the purpose of a deed of its speaker (module docstring)."""
    head = infinitive.head
    objects = [o for o in head.children if o.dep_ == "dobj" and o.i < infinitive.i]
    # "used to tell me": a habit, not a purpose
    purpose = infinitive.dep_ == "advcl" or infinitive.dep_ == "xcomp" and head.lower_ in USING and objects
    if not purpose or any(c.dep_ in SUBJECTS for c in infinitive.children) \
            or not any(c.dep_ == "ccomp" and not is_wh_clause(c, infinitive) for c in infinitive.children):
        return False
    return _is_deed(head) and not any(_may_speak(o) for o in objects)


def _is_deed(verb: Token) -> bool:
    """Whether a verb tells what its active subject did (module docstring)."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in HAVE for c in verb.children)
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or perfect) or verb.lower_ in HAVE:
        return False
    if any(c.dep_ in ("neg", "acomp", "attr", "auxpass") or c.dep_ == "aux" and c.tag_ == "MD"
           for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") and c.tag_ not in RELATIVE_TAGS
               for c in verb.children)  # not "who emerged to say", nor "This goes to show"


def _may_speak(obj: Token) -> bool:
    """Whether the object before the infinitive may be who speaks ("pushed Pompeo to pledge", "emailed
    officials to inform them"), or says nobody acted ("made no effort to find out")."""
    return is_nobody(obj) or any(t.tag_ in ("PRP", "NNP", "NNPS", "NNS") or t.ent_type_ in PEOPLE_ENTITIES
                                 for t in obj.subtree)
