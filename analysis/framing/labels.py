"""Labels: the competing names a side receives ("regime" or "government", "rebels" or "terrorists",
"liberate" or "occupy"), from ``lexicons/labels.tsv``, each tied to a side by :mod:`analysis.framing.targets`.

A match must have the sense the table means, read from the parse:

* the part of speech of the entry's optional ``pos`` column;
* a capitalised word inside a longer name of a group or place is part of the name ("Israel Defense Forces"),
  not a label;
* a singular noun that is the bare object of "in" is a fixed phrase ("in advance of", "in
  government"), not a label;
* a verb of the "military action" frame needs a military object: its direct object, its
  passive subject or the noun its participle modifies (or that object's "of" object:
  "control of Sanaa") is a place, group or person named as such (a proper noun; a GPE, LOC,
  FAC, NORP or ORG entity; a side; a pronoun) or a noun of ``lexicons/military_objects.txt``.
  "Police seized pot", "captured the moment" and "strike a deal" are other senses, and so are
  an attack on a named person ("Trump attacked Clinton") and "seized on the opportunity". A verb
  with no object ("troops advanced") keeps its label.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..detect.markers import NEUTRAL, load_lexicons
from ..detect.senses import POS_TAGS
from ..lexicon import read_table, read_word_list
from ..result import Span
from ..text.article import Article
from ..text.parse import entity_at
from ..text.voice import speaker_finder
from .targets import Mentions, tie

MILITARY_FRAME = "military action"
NAMED_PLACES_AND_GROUPS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
VERBAL_ATTACKS = frozenset({"attack", "attacks", "attacked", "attacking"})  # on a named person: words, not arms


@lru_cache(maxsize=1)
def label_lexicon() -> dict[str, tuple[str, int, str]]:
    """term -> (frame, valence, pos) of the packaged label table."""
    return {row["term"]: (row["frame"], int(row["valence"]), (row.get("pos") or "").strip())
            for row in read_table("labels.tsv")}


@lru_cache(maxsize=1)
def _neutral_phrases() -> frozenset[str]:
    """The loaded-term lexicon's neutral phrases ("sanctions regime", "regime change"): no label inside them."""
    return frozenset(form.lower() for e in load_lexicons().entries if e.category == NEUTRAL for form in e.forms)


@lru_cache(maxsize=1)
def _military_objects() -> frozenset[str]:
    return frozenset(read_word_list("military_objects.txt"))


def sense_rejection(word: Token, frame: str, pos: str, mentions: Mentions) -> str | None:
    """Why the label word ``word`` is not in the table's sense (wrong part of speech, a military verb with a
    non-military object), or None when it is."""
    if pos and not word.tag_.startswith(POS_TAGS[pos]):
        return f"part of speech {word.tag_} is not the table's {pos}"
    doc = word.doc
    if {f"{doc[i].lower_} {doc[i + 1].lower_}" for i in (word.i - 1, word.i) if 0 <= i < len(doc) - 1} \
            & _neutral_phrases():
        return "part of a fixed phrase that judges nobody ('the sanctions regime', 'regime change')"
    name = entity_at(word) if word.text[:1].isupper() and word.ent_type_ in NAMED_PLACES_AND_GROUPS else None
    if name is not None and len(name) > 1:
        return f"part of the name {name.text!r}"  # "Israel Defense Forces", "Syrian Democratic Forces"
    if word.tag_ == "NN" and word.dep_ == "pobj" and word.head.lower_ == "in" \
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in word.children):
        return f"the fixed phrase \"in {word.lower_}\""
    if frame != MILITARY_FRAME or not word.tag_.startswith("VB"):
        return None
    target = _object_of(word)
    if target is None and word.lower_.startswith("seiz") and any(c.lower_ in ("on", "upon") for c in word.children):
        return f"the phrasal verb \"{word.text} on\": taking up a chance, not arms"  # "seized on the opportunity"
    if target is not None and word.lower_ in VERBAL_ATTACKS and target.ent_type_ == "PERSON":
        return f"an attack on {target.text}, a person: words, not arms"
    if target is None or _is_military(target, mentions):
        return None
    of_object = next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    if of_object is not None and _is_military(of_object, mentions):
        return None
    return f"the object {target.text!r} is no place or armed group"


def _object_of(verb: Token) -> Token | None:
    """What the act is done to: the direct object, the passive subject, or the noun a participle modifies."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.dep_ in ("acl", "amod") and verb.head.tag_.startswith("NN"):
        return verb.head
    return None


def names_military_object(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun of ``lexicons/military_objects.txt``, a place, site, group or people,
    in the singular or plural (the pipeline runs no lemmatiser: a plural is undone by hand)."""
    singulars = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(singulars & _military_objects())


def _is_military(noun: Token, mentions: Mentions) -> bool:
    return (noun.ent_type_ in NAMED_PLACES_AND_GROUPS or noun.tag_.startswith(("NNP", "PRP"))
            or names_military_object(noun.lower_) or bool(mentions.overlapping(noun.idx, noun.idx + len(noun.text))))


def find_labels(article: Article, mentions: tuple[Span, ...]) -> list[dict]:
    """Label words (``labels.tsv``) in the table's sense, tied to a side.

    Returns ``{side, term, frame, valence, start, end, sentence, voice, tie}`` for each label that
    the rules of :mod:`analysis.framing.targets` tie to a side.
    """
    lexicon = label_lexicon()
    index = Mentions(mentions)
    speaker_at = speaker_finder(article)
    rows, covered = [], 0  # the end of the last two-word match: its second word is no label of its own
    tokens = article.tokens
    for i, token in enumerate(tokens):
        pair = f"{token.text} {tokens[i + 1].text}".lower() if i + 1 < len(tokens) else ""
        term, end = (pair, tokens[i + 1].end) if pair in lexicon else (token.text.lower(), token.end)
        if term not in lexicon or token.start < covered or not article.sentences[token.sentence].counted:
            continue
        covered = end
        frame, valence, pos = lexicon[term]
        word = article.doc.char_span(token.start, token.end, alignment_mode="expand")
        if word is not None and len(word) and sense_rejection(word[0], frame, pos, index):
            continue
        side, rule = tie(article.doc, token.start, end, index, speaker_at)
        if side:
            rows.append({"side": side, "term": term, "frame": frame, "valence": valence, "start": token.start,
                         "end": end, "sentence": token.sentence, "voice": article.voice_at(token.start),
                         "tie": rule})
    return rows
