"""The gender of a person's name, as far as the article itself settles it (module :mod:`analysis.text.reference`).

A PERSON name whose first name the 1990 US Census gives to one gender (``lexicons/first_names.tsv``), that follows
Mr./Ms./Mrs., or that stands in apposition to a gendered noun ("his older sister, Ifrah"); its surname alone then
shares it, unless it is a family's (:func:`family_names`: "President Trump …", later "First lady Melania Trump" and
"Ivanka Trump": Trump stays unsettled). A word two names disagree on ("Bill Clinton", "Hillary Clinton") has none.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ..lexicon import read_table

PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
MALE_PRONOUNS = frozenset("he him his himself".split())
PRONOUN_GENDER = {word: "m" if word in MALE_PRONOUNS else "f" for word in PERSON_PRONOUNS}
GENDERED_NOUNS = {**dict.fromkeys("sister mother daughter wife widow woman girl aunt niece grandmother".split(), "f"),
                  **dict.fromkeys("brother father son husband widower man boy uncle nephew grandfather".split(), "m")}
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}


def gender(doc: Doc) -> dict[str, str]:
    """The gender ("m" or "f") of each word of a person's name that the article settles (module docstring); a
    word two names disagree on ("Bill Clinton", "Hillary Clinton") has none."""
    if "genders" not in doc.user_data:
        found: dict[str, set[str]] = {}
        for entity in doc.ents:
            words = [t.lower_ for t in entity if t.is_alpha]
            before = doc[entity.start - 1].lower_ if entity.start else ""
            noun = entity.root.head if entity.root.dep_ == "appos" else next(
                (c for c in entity.root.children if c.dep_ == "appos"), entity.root)  # "his sister, Ifrah"
            by_noun = GENDERED_NOUNS.get(noun.lower_) if noun.i != entity.root.i else None
            by_name = first_names().get(words[0]) if len(words) > 1 else None  # the first name only: not "Omar"
            known = HONORIFICS.get(before) or by_noun or by_name
            if entity.label_ == "PERSON" and known:
                for word in (w for w in words if w not in family_names(doc)):
                    found.setdefault(word, set()).add(known)
        doc.user_data["genders"] = {word: genders.pop() for word, genders in found.items() if len(genders) == 1}
    return doc.user_data["genders"]


def family_names(doc: Doc) -> frozenset[str]:
    """Surnames (lower case) the article uses alone for someone before it names two or more people in full with them
    ("President Trump …", later "Melania Trump" and "Ivanka Trump"): a family's name, not one person's full name."""
    if "family_names" not in doc.user_data:
        alone, full = {}, {}
        for entity in (e for e in doc.ents if e.label_ == "PERSON"):
            words = [t.lower_ for t in entity if t.is_alpha and not t.is_upper]  # not "WATCH Obama"
            if len(words) == 1:
                alone.setdefault(words[0], entity.start)
            elif words:
                full.setdefault(words[-1], {}).setdefault(words[0], entity.start)  # by first name
        doc.user_data["family_names"] = frozenset(
            word for word, names in full.items() if len(names) > 1 and alone.get(word, len(doc)) < min(names.values()))
    return doc.user_data["family_names"]


def other_gender(pronoun: str, name: Token) -> bool:
    """Whether he/she cannot stand for ``name`` (a pronoun or a word of a name): both genders known, and differ."""
    mine, theirs = PRONOUN_GENDER.get(pronoun), PRONOUN_GENDER.get(name.lower_) or gender(name.doc).get(name.lower_)
    return None not in (mine, theirs) and mine != theirs


@cache
def first_names() -> dict[str, str]:
    """First name -> the gender the 1990 US Census gives it (``lexicons/first_names.tsv``)."""
    return {row["name"]: row["gender"] for row in read_table("first_names.tsv")}
