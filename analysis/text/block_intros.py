"""Intros of a block quote that name its speaker without a cue verb: a speech noun ("in an address to the
nation:", "His response … was typical:", "a post Juraboev left on a website:"), an excerpt with an elision mark, a
person presented ("Here's Adam Schiff on Sunday:"), or hearsay ("… is reportedly doing:"). Each returns (the speaker's
span, the rule, the speaker's surname), the span or name None where no one is named, or None for no such intro;
:mod:`analysis.text.block_quotes` reads the paragraphs after them."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .cues import Reading, end_of
from .parse import entity_at, name_span
from .source_phrase import phrase_span

ELISION = re.compile(r"\[\s*(?:…|\.\s?\.\s?\.)\s*\]")  # "[ … ]", "[...]": words left out of an excerpt
# one quotation and nothing else: not "“…,” said X. “…”"
WHOLLY_QUOTED = re.compile(r"\s*[“\"][^“”\"]*[”\"]\s*$")
OWNERS = frozenset("his her its their".split())  # possessive pronouns that own a speech: "His response … was typical:"
# Nouns of a speech whose words may follow a colon: "Trump related his final moments in an address to the nation:"
SPEECH_NOUNS = frozenset("address speech statement remarks interview letter message announcement response answer reply "
                         "testimony".split())
# Verbs of presenting: "X brings us these details:"
PRESENTING = frozenset("bring brings brought offer offers offered send sends sent file files filed share shares "
                       "shared".split())


def speech_noun_intro(reading: Reading, paragraph: tuple[int, int, str]) -> tuple[tuple[int, int], str, str] | None:
    """An intro whose last sentence has no cue verb but puts a named person's words in a speech ("in an address
    to the nation:"), whose subject is a named person's or a pronoun's speech ("His response … was typical:"), or
    that names who made a speech, post or letter ("a post Juraboev left on a website:", "the interview Putin gave:"):
    (the person's span, the rule, the person's surname)."""
    span = reading.doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    last = list(span.sents)[-1] if span is not None else ()
    nouns = [t for t in last if t.lower_ in SPEECH_NOUNS | {"post"} and t.tag_.startswith("NN")
             and t.ent_iob_ != "I"]  # not "The Washington Post"
    for noun in nouns:  # "His response to a question … was typical:"; not "The reaction to Trump's statement"
        owner = next((c for c in noun.children if c.dep_ == "poss" and (
            c.ent_type_ in ("PERSON", "ORG") or c.lower_ in OWNERS)), None) if noun.dep_ == "nsubj" else None
        if owner is not None and noun.lower_ != "post":
            return phrase_span(owner), "block quote after a speech noun", surname(owner)
    for noun in reversed(nouns):  # the speech nearest the colon first
        made = [c for r in noun.children if r.dep_ == "relcl" for c in r.children if c.dep_ == "nsubj"] + [
            noun.head for a in noun.head.children if noun.dep_ == "compound" and a.dep_ in ("acl", "relcl")]
        writer = next((c for c in made if c.ent_type_ == "PERSON"), None)  # "the interview Putin gave on Sunday:"
        if writer is not None:  # its maker, not the outlet that "has a quote from" it (the parse may join the two)
            return name_span(writer), "block quote after a speech noun", surname(writer)
        if noun.lower_ == "post":
            continue  # "left his post at the White House:": a job
        verb = next((h for h in noun.ancestors if h.tag_.startswith("VB")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None \
            else last[0]  # "Trump related …": the small parser found no verb; the name that opens it
        if subject is not None and subject.ent_type_ in ("PERSON", "ORG") and subject.text[:1].isupper():
            found = phrase_span(subject) if verb is not None else (subject.idx, subject.idx + len(subject))
            return found, "block quote after a speech noun", surname(subject) if verb is not None else subject.text
    return None


def excerpt_intro(reading: Reading, paragraph: tuple[int, int, str],
                   block: tuple[int, int, str]) -> tuple[tuple[int, int], str, str | None] | None:
    """"The Daily Beast has more on Rouz:" before a paragraph with an elision mark ("[…]", "[...]"): an excerpt of
    the intro's last subject, when the parse names it (a person or an organisation); (span, rule, name) or None."""
    span = reading.doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    if span is None or not ELISION.search(reading.text, block[0], block[1]):
        return None
    root = list(span.sents)[-1].root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG")), None)
    return (phrase_span(subject), "block quote with an elision mark", surname(subject)) if subject else None


def presented_intro(reading: Reading, paragraph: tuple[int, int, str],
                     block: tuple[int, int, str]) -> tuple[tuple[int, int], str, str] | None:
    """"Here's House Intelligence Committee Chairman Adam Schiff on Sunday:" (a person named right after "Here's" or
    "Here is", titles before the name; not "Here's what we know about X:"), or "NPR's Corey Flintoff brings us these
    details:" before a paragraph wholly in quotation marks (a person subject of a verb of presenting): that person's
    words follow; (span, rule, surname) or None."""
    span = reading.doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    last = list(span.sents)[-1] if span is not None else ()
    if len(last) > 2 and last[0].lower_ == "here" and last[1].lower_ in ("'s", "’s", "is"):
        name = next((entity_at(t) for t in last[2:] if t.ent_type_ == "PERSON"), None)
        words = [t for t in name if not t.is_punct and not t.is_space] if name is not None else []
        after = reading.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(reading.doc) else None
        titled = words and all(t.tag_ in ("NNP", "NNPS") for t in last[2:words[0].i - last.start]) \
            and not (after is not None and after.tag_ == "POS")  # not "Here's how Joe Biden's tax plan would work:"
        found = (words[0].idx, end_of(words[-1]), words[-1].text) if titled else None
    else:
        person = next((c for c in last.root.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None) \
            if last and last.root.lower_ in PRESENTING and WHOLLY_QUOTED.match(reading.text, *block[:2]) else None
        found = (*phrase_span(person), surname(person)) if person is not None else None
    return (found[:2], "block quote after a presenting intro", found[2]) if found else None


# An intro that says what follows is reported, with no one named, ending on a verb of doing or saying: "… is exactly
# what the US is reportedly doing:", "… is reportedly planning:" (not a list: "the deal reportedly includes 3 points:")
HEARSAY_INTRO = re.compile(r"\b(?:reportedly|according to (?:news |media |press )?reports)\b[^.!?]*\b(?:(?!following"
                           r"|including)\w+ing|says|said|told|writes|wrote|reports|reported)\s*:\s*$", re.I)


def hearsay_intro(text: str, paragraph: tuple[int, int, str]) -> tuple[None, str, None] | None:
    """An intro reporting with no source named ("… the US is reportedly now doing:"): the next paragraph is the
    report."""
    return (None, "block quote after a hearsay intro", None) if HEARSAY_INTRO.search(text, *paragraph[:2]) else None


def surname(subject: Token) -> str | None:
    """The last proper-noun word of a source phrase ("Magnier" in "Mideast correspondent Elijah J. Magnier")."""
    return next((t.text for t in reversed(list(subject.subtree)) if t.tag_ in ("NNP", "NNPS")), None)
