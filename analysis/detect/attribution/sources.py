"""Source names: one canonical name per source, so "Defense Secretary James Mattis", "Mattis" and "he" group.

- A pronoun takes the canonical name of its antecedent (:mod:`analysis.text.reference`).
- A source phrase holding a PERSON entity is that person's full name: the longest PERSON
  entity of the article ending in the same word ("Mattis" -> "James Mattis"), opening with the same first name if it
  has one, by its first three letters unless the census gives the two names two genders ("Liz Johnson" stays herself
  beside "Sen. Ron Johnson"; "Bernie" is "Bernard", "Michelle" is not "Michael").
- One holding an ORG, GPE or NORP entity is that entity, without "the" or a possessive.
- "The president", "the senator" is the person titled so before it, as
  :func:`analysis.text.descriptions.titled_name` finds ("President Donald Trump … The president
  dismissed" -> "Donald Trump"); when the name after the title is no PERSON entity, no guess.
- "A federal judge" (a or an and a title) is the person named with that title in the next two
  sentences ("… Judge Royce C. Lamberth said"), as a news lead names later whom it introduced.
- Any other is its head noun with the modifiers before it, determiners and possessive left
  out ("A Syrian opposition rebel leader who works with…" -> "Syrian opposition rebel leader").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...text.descriptions import OFFICES, TITLES, titled_name
from ...text.gender import HONORIFICS, family_names, first_names
from ...text.parse import entities_in, phrase_head
from ...text.reference import PRONOUNS, antecedent

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# Words before a surname that are no first name: titles and honorifics ("Sen.", "Senator", "President", "Mr")
NO_FIRST_NAMES = frozenset(OFFICES | set(TITLES) | set(TITLES.values()) | set(HONORIFICS))
INTRODUCED_TITLES = frozenset("judge justice general ambassador prosecutor representative".split())  # "a federal judge"


def canonical_name(doc: Doc, start: int, end: int, speaker: tuple[int, int] | None = None,
                   sources: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The canonical name of the source phrase ``doc.text[start:end]`` (module docstring), or None.

    ``speaker`` and ``sources`` are passed to :func:`analysis.text.reference.antecedent` for a pronoun."""
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or not len(phrase):
        return None
    if len(phrase) == 1 and phrase[0].lower_ in PRONOUNS:
        found = antecedent(doc, phrase[0], speaker, sources)
        return canonical_name(doc, *found) if found and found != (start, end) else phrase[0].lower_
    entities = [e for e in entities_in(phrase) if e.label_ in ENTITY_LABELS]
    person = [e for e in entities if e.label_ == "PERSON"]
    root = phrase_head(phrase)
    if root.tag_ == "JJ":  # "multiple current and former … officials", "many of the president's allies": the parser's
        root = next((t for t in reversed(phrase) if t.tag_.startswith("NN")), root)  # head is an adjective
    if person and person[-1].start <= root.i < person[-1].end:
        return _full_name(doc, person[-1])
    if root.tag_ == "NNP" and root.text in _persons(doc):
        return _full_name(doc, root)  # "Kinzinger", tagged ORG here, after "Adam Kinzinger" earlier
    named = [e for e in entities if e.root == root or e.root.dep_ == "appos" and e.root.head == root]
    if named:
        return _bare(named[-1])  # "the pro-Damascus site Al-Masdar News" -> "Al-Masdar News"
    titled = _titled_person(doc, phrase)  # "The President's assertion": capitalised, still a title
    if titled is not None:
        return titled
    if root.tag_ == "NNP":
        return _full_name(doc, root)
    core = {root.i} | {t.i for c in root.children if c.dep_ in ("appos", "compound", "nmod") for t in c.subtree}
    named = [e for e in person if e.root.i in core]  # not "An official briefed on … Rosenstein's departure"
    if named:
        return _full_name(doc, named[-1])
    titled = _introduced_person(doc, phrase, root)
    if titled is not None:
        return titled
    first = next((t for t in phrase if t.i <= root.i and t.tag_ not in ("DT", "PRP$", "POS") and not t.is_punct),
                 root)
    return doc[first.i:root.i + 1].text


def _titled_person(doc: Doc, phrase: Span) -> str | None:
    """For "the president": the full name of the person :func:`analysis.text.descriptions.titled_name` finds, when the
    name after the title is a PERSON entity; else None."""
    named = titled_name(phrase[1]) if phrase[0].lower_ == "the" and (len(phrase) == 2 or phrase[2].lower_ == "of") \
        else None  # "the president", "the secretary of state"
    return _full_name(doc, named) if named is not None and named.ent_type_ == "PERSON" else None


def _introduced_person(doc: Doc, phrase: Span, root) -> str | None:
    """For "a federal judge said …" in a lead: the person named with that title ("Judge Royce C. Lamberth") in the
    next two sentences, the news lead's way of naming later whom it introduced; else None."""
    if phrase[0].lower_ not in ("a", "an") or root.tag_ != "NN" or root.lower_ not in OFFICES | INTRODUCED_TITLES:
        return None
    start = end = root.sent.end
    for _ in range(2):
        end = doc[end].sent.end if end < len(doc) else end
    title = next((t for t in doc[start:end] if t.lower_ == root.lower_ and t.text[0].isupper() and t.i + 1 < len(doc)
                  and doc[t.i + 1].tag_ == "NNP"), None)
    if title is None:
        return None
    last = title.i + 1
    while last + 1 < len(doc) and doc[last + 1].tag_ == "NNP":
        last += 1
    return _full_name(doc, doc[last])


def _full_name(doc: Doc, name) -> str:
    """The first of the longest PERSON entities of the article ending in the same word as ``name`` (a span or a
    token), and for a name with a first name, also opening with it (its first three letters: "Steve" is "Stephen";
    "Liz Johnson" stays herself beside "Ron Johnson"; "Donald Trump" -> "Donald J. Trump"); the word alone when it is a
    family's name (:func:`analysis.text.gender.family_names`: "President Trump …", later "First lady Melania Trump")."""
    last = _last_word(name) if isinstance(name, Span) else name.text
    words = [w for w in (_bare(name).split() if isinstance(name, Span) else [
        c.text for c in name.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"] + [name.text])
        if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]  # "Trump Jr." has no first name
    first = words[0] if len(words) > 1 and words[0].lower() not in NO_FIRST_NAMES else None
    names = _persons(doc).get(last, [])
    names = [e for e in names if first and _same_first_name(_bare(e).split()[0], first)] or names
    if not names:  # the small model misses many names: take the longest proper-noun chain ending in the word
        chains = [doc[min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.tag_ == "NNP"]):t.i + 1]
                  for t in _proper_nouns(doc).get(last, [])]
        return max(chains, key=len).text if chains else last
    if last.lower() in family_names(doc):
        return last
    return _bare(max(names, key=lambda e: len(_bare(e).split())))  # the first of the longest: Joe Biden, not his son


def _same_first_name(one: str, other: str) -> bool:
    """Steve and Stephen, Bernie and Bernard: the first three letters agree, and not two genders the census gives
    (Michael and Michelle)."""
    genders = {first_names().get(one.lower()), first_names().get(other.lower())} - {None}
    return one[:3] == other[:3] and len(genders) < 2


def _persons(doc: Doc) -> dict[str, list[Span]]:
    """PERSON entities of the article by their last word, found once per parse."""
    if "persons" not in doc.user_data:
        persons: dict[str, list[Span]] = {}
        for entity in doc.ents:
            if entity.label_ == "PERSON":
                persons.setdefault(_last_word(entity), []).append(entity)
        doc.user_data["persons"] = persons
    return doc.user_data["persons"]


def _last_word(name: Span) -> str:
    """A name's last word without its possessive mark: "Joe Biden’s" -> "Biden"."""
    return next(t for t in reversed(name) if t.tag_ != "POS" or t.i == name.start).text


def _proper_nouns(doc: Doc) -> dict[str, list]:
    """Tokens tagged NNP by their text, found once per parse."""
    if "proper_nouns" not in doc.user_data:
        found: dict[str, list] = {}
        for token in doc:
            if token.tag_ == "NNP":
                found.setdefault(token.text, []).append(token)
        doc.user_data["proper_nouns"] = found
    return doc.user_data["proper_nouns"]


def _bare(entity: Span) -> str:
    words = [t for t in entity if not (t.tag_ == "POS" or t.i == entity.start and t.lower_ == "the")]
    return doc_text(words)


def doc_text(tokens) -> str:
    """The text of consecutive tokens, with their own spacing."""
    return "".join(t.text_with_ws for t in tokens).strip() if tokens else ""
