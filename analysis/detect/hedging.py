"""Context rules for hedge cues whose surface form is ambiguous.

The hedge lexicon lists cue forms; a few of them are hedges only in some
contexts. :func:`reject_hedge` looks at the words around a match and says why
it is *not* a hedge (or returns None to keep it), so every dropped cue has a
stated reason, in the spirit of NLTK Punkt's ``debug_decisions``.

Decisions where the issue left a choice:

* "could not", "couldn't", "could never" state inability as a fact, so they are
  not hedges; "might not" and "may not" still leave the outcome open and stay hedges.
* "May" capitalised mid-sentence is the month or the surname (Theresa May),
  unless the sentence is set in title case (a headline); "May 19", "May 2017",
  "in May", "mid-May" are months wherever they stand.
* "might" after a possessive or a word of power ("its might", "military might")
  is the noun.
* "appear" is a hedge only as "appear(s/ed) to/that" or "it appears"; those are
  lexicon phrases, so "appeared in court" never matches at all. "It became apparent"
  says it became clear; "believe in" is faith; "not possible" states impossibility.
* "expected to" hedges in the passive ("is widely expected to"), or in a headline that drops the "is"; "Congress
  expected to authorize it" tells what its subject planned.
* "likely" and "unlikely" are separate entries; word boundaries keep one from
  matching inside the other.

References: Farkas et al. (2010), "The CoNLL-2010 Shared Task: Learning to
Detect Hedges and their Scope in Natural Language Text"; Szarvas et al. (2012),
"Cross-genre and cross-domain detection of semantic uncertainty".
"""

from __future__ import annotations

import re

from ..text.sentences import TITLE_ENDING

# Words before "May" that make it the month: "in May", "since May", "mid-May".
MONTH_CUES = frozenset({"in", "on", "of", "since", "until", "till", "early", "late", "mid", "by", "from",
                        "during", "last", "next", "this", "through", "before", "after", "between", "to",
                        "and", "or", "end", "beginning", "the"})
# Words before "might" that make it the noun (strength), not the modal.
MIGHT_NOUN_CUES = frozenset({"military", "economic", "naval", "industrial", "financial", "nuclear", "air", "sheer",
                             "full", "its", "their", "his", "her", "our", "your", "my", "with", "of", "american",
                             "russian", "chinese", "western", "corporate", "conventional", "the"})

# "not known for warm relations" (a reputation), not "not known for sure", "for how long", "for now".
_FAMED_FOR = re.compile(r"\s+for\b(?!\s+(?:sure|certain|how|now|what|why|when|whether)\b)", re.I)
# "less serious than it appears": a comparison with a look.
_COMPARED = re.compile(r"\bthan\s+(?:it\s+|they\s+|he\s+|she\s+)?\Z", re.I)
# A superlative, "as … as" or "every" before "possible" ("the shortest possible time", "as soon as possible",
# "taken every possible step"), not "honest" (nor "all": "is it at all possible").
_SUPERLATIVE = re.compile(r"(?:\b(?!(?:hon|mod|earn|inter|prot|requ|sugg|for|arr|cont|manif)est\b)\w\w+est|\bmost"
                          r"|\bleast|\bbest|\bworst|\bevery|\bas \w+ as)\s+\Z", re.I)
_PREVIOUS_WORD = re.compile(r"(\w+)[-\s]*$")
_NEXT_WORD = re.compile(r"[\s,]*([\w’']+)")
_DATE_AFTER = re.compile(r"\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)")
_NEGATION_AFTER = re.compile(r"\s*(?:not\b|n['’]t\b|never\b|no longer\b)", re.I)
_SENTENCE_BREAK_BEFORE = re.compile(r"(?:^|[.!?:;\n])[\"“‘'(\[\s]*$")
_LOOKAROUND = 40
INVERTED_MODALS = frozenset({"could", "may", "might", "would"})
ASKED = frozenset({"you", "we", "i"})
_QUESTION_REST = re.compile(r"[^.!?\n]*\?")  # the rest of a sentence that ends in a question mark


# Those a poll asked, before "believe" or "think": "58 % believe", "a growing share of the nation believes",
# "Americans increasingly believe". The sentence reports the poll's finding; the author hedges nothing.
_POLLED = re.compile(r"(?:\d\s*%|\bpercent|\b(?:share|majority|plurality|half|third|quarter) of (?:the )?[\w-]+|"
                     r"\b(?:Americans|voters|respondents|polled|surveyed))\s+(?:\w+ly\s+)?$")
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|[’']s|[’']re)\s+(?:\w+ly\s+)?(?:not\s+)?$", re.I)
BELIEVING = frozenset("believe believes believed think thinks".split())
# "appears" hedges only before how something looks: an adjective or participle ("appeared skeptical", "appears bent
# on"), maybe after an adverb; not "appeared on TV", "appeared regularly at", "appears wearing a hat"
_SEEMING = re.compile(r"\s+(?:\w+ly\s+)?(?:bent|set|poised|ready|close|likely|unlikely|eager|keen|open|sure|certain|"
                      r"willing|intent|\w+(?:ed|ful|ous|ive|able|ible|ent|ant|al|ic|less))\b", re.I)
_DISBELIEF = re.compile(r"\b(?:can|could|ca)\s*(?:not|n?['’]t)\s+$", re.I)  # "I can not believe that …"
# "believe him" trusts a person; "believe him to be" still hedges a claim about him
_TRUSTED = re.compile(r"\s+(?:him|her|them|me|us|you)\s*(?:[.,;:!?”\"]|\Z|(?:when|about|on|over)\b)", re.I)


def previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (hyphens and spaces skipped), as written; "" if none."""
    m = _PREVIOUS_WORD.search(text, max(0, start - _LOOKAROUND), start)
    return m.group(1) if m and m.end() == start else ""


def next_word(text: str, end: int) -> str:
    """The word just after ``end`` (spaces and commas skipped), as written; "" if none."""
    m = _NEXT_WORD.match(text, end, end + _LOOKAROUND)
    return m.group(1) if m else ""


def is_sentence_initial(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: only quotes or brackets stand between it and a sentence break."""
    return _SENTENCE_BREAK_BEFORE.search(text, max(0, start - _LOOKAROUND), start) is not None \
        and not TITLE_ENDING.search(text, max(0, start - _LOOKAROUND), start)  # "Mrs. May"


def _is_title_case_context(text: str, start: int, end: int) -> bool:
    """Whether the words on both sides of a match are capitalised, as in a title-case heading."""
    return previous_word(text, start)[:1].isupper() and next_word(text, end)[:1].isupper()


def reject_may(text: str, start: int, end: int, headline: bool = False) -> str | None:
    """Why a matched "may" is not the modal (the month or a surname), or None if it is the modal."""
    word = text[start:end]
    if word != "May":
        return None
    if _DATE_AFTER.match(text, end):
        return "month: 'May' followed by a day or year"
    before = previous_word(text, start).lower()
    if before in MONTH_CUES:
        return f"month: 'May' after '{before}'"
    if headline or is_sentence_initial(text, start) or _is_title_case_context(text, start, end):
        return None
    return "month or name: 'May' capitalised mid-sentence"


def reject_hedge(text: str, start: int, end: int, key: str, headline: bool = False) -> str | None:
    """Why the hedge cue ``key`` matched at ``text[start:end]`` is not a hedge here, or None to keep it.

    ``key`` is the normalised lexicon form that matched; ``headline`` says the
    match sits in a title-case headline, where capitals carry no information.
    """
    if key == "may" and re.search(r"\b(?:wherever|however|whatever|whoever|whichever|whenever)\s+\w+\s+$",
                                  text[max(0, start - 30):start], re.I):
        return "concessive: 'wherever you may be' leaves a claim open to no doubt"
    if key in INVERTED_MODALS and is_sentence_initial(text, start) and next_word(text, end).lower() in ASKED \
            and _QUESTION_REST.match(text, end):  # not "Could Iran be behind the attack?": a speculation
        return "a question to the reader or listener: 'Could you imagine …?' asks, it hedges no claim"
    if key == "may":
        return reject_may(text, start, end, headline)
    if key == "could" and _NEGATION_AFTER.match(text, end):
        return "negated modal: 'could not' states inability, not uncertainty"
    if key == "could" and re.search(r"(?<![,;])\s+so(?: that)? \w+\s*$", text[max(0, start - 30):start]):
        return "purpose: 'so he could focus' states an aim, not a possibility"  # one-word subject; senses.py: longer
    if key in ("think", "believe") and previous_word(text, start).lower() == "you":
        return f"asked: 'you {key}' asks for a view ('Do you think …?'), it hedges no claim"
    if key in BELIEVING and _POLLED.search(text, max(0, start - 60), start):
        return "a poll's finding: '58 % believe' reports what those asked think, it hedges no claim"
    if key == "think" and re.match(r"\s+(?:of|about)\b", text[end:end + 7]):
        return "recall: 'think of/about' someone or something hedges no claim ('Think of James Foley')"
    if key == "believe" and re.search(r"\b(?:led to|(?:let|lets|make|makes|made)(?: [\w’'-]+){1,3})\s*$",
                                      text[max(0, start - 40):start]):  # "as the leaders will let the world believe"
        return "misled: 'led to believe' says someone was made to believe it, it hedges no claim"
    if key == "believe" and re.match(r"\s+(?:\w+ly\s+)?in\b", text[end:end + 20]):  # "believe deeply in"
        return "faith: 'believe in' values or people hedges no claim"
    if key == "possible" and _SUPERLATIVE.search(text, max(0, start - 20), start):
        return "degree: 'in the shortest possible time', 'every possible step' is how far, it hedges no claim"
    if key in ("possible", "possibility") and re.search(r"(?:\bnot|n['’]t|\bnever)\s+(?:be\s+)?(?:an?\s+)?$",
                                                        text[max(0, start - 14):start]):
        return "negated: 'was not possible', 'wasn't a possibility' state impossibility, not uncertainty"
    if key == "apparent" and re.search(r"\b(?:became|become|becomes|becoming)\s+$", text[max(0, start - 12):start]):
        return "predicative: 'it became apparent' says it became clear"
    if key == "believe" and _DISBELIEF.search(text, max(0, start - 12), start):
        return "disbelief: 'I can not believe that …' voices dismay, it hedges no claim"
    if key == "not known" and _FAMED_FOR.match(text, end):
        return "reputation: 'not known for warm relations' says what someone is famed for, it hedges no claim"
    if key == "believe" and (is_sentence_initial(text, start) or previous_word(text, start).lower() == "then"):
        return "imperative: '(then) believe that …' tells the reader what to think, it hedges no claim"
    if key == "believe" and _TRUSTED.match(text, end):
        return "trust: 'believe' a person ('Trump didn't believe him') hedges no claim"
    if key == "expected to" and not headline and not _PASSIVE_BE.search(text, max(0, start - 30), start):
        return "intention: 'Congress expected to authorize it' says what its subject planned; 'is expected to' hedges"
    if key in ("it appears", "it appeared", "seems", "seemed", "appears", "appeared") \
            and _COMPARED.search(text, max(0, start - 12), start):
        return "comparison: 'less serious than it appears' measures against a look, it hedges no claim"
    if key in ("appears", "appeared") and not _SEEMING.match(text, end):
        return "showing up: 'appeared on television', 'appeared regularly at' says where someone was seen"
    if key == "might" and previous_word(text, start).lower() in MIGHT_NOUN_CUES:
        return f"noun: 'might' after '{previous_word(text, start).lower()}' means strength"
    return None

