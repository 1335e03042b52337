"""Sentences: NLTK Punkt with the project's news abbreviations, corrected for the marks of news text.

Punkt needs no trained data here: its abbreviation list is ``lexicons/news_abbreviations.txt`` plus single-letter
initials. On top of it, a sentence never opens with a lowercase letter (after a dash too), a comma, semicolon or
closing bracket ("Sen. Lindsey Graham (R., S.C.), who …"), a possessive "’s", a number after "No.", a name after
initials ("E.J . Dionne", "H.R. McMaster"; not "A.I.", "N.H.") or after a title ("Mr.", "Sen.": Punkt splits "from Mr.
Schiff.”"), nor is it marks alone (Punkt split after "!)", "?", "D-Wash.", "C.I.A.", "No." or the ". ’" before a
closing ”); an abbreviation that can end a sentence does so before a word that opens one ("… in the U.S. The next …",
and a state's after a town: "… in Alexandria, Va. The staff"); a full stop with no space after it ends one before a
capitalised word ("… gets stronger.Former Arkansas Gov. …", "in 2012.ABC News": a scrape lost the space), as an
ellipsis does before a word that opens one ("… end soon… Some say"); an opening quote mark Punkt leaves at a
sentence's end opens the next one (". “ We were …"), and a closing one it leaves at the start of the next closes the
one before (".”In particular"; "?' \" Alfred Senn wrote": a straight mark after a sentence's end closes when an odd
number of straight marks, inches left out, precede it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
)

from ..lexicon import read_word_list
from .decode import TITLES
from .quotations import outside_quotations

_OPENERS = (r"(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|There|In|On|At|As|If|When|While|Yet|So|"
            r"His|Her|Its|Their|Some|Many|Most|Our|You|What|Why|How|Now)\b")  # words that open a sentence
_ENDING_ABBREVIATION = re.compile(  # also a state's after a town and a comma: "… in Alexandria, Va. The staff"
    r"(?:\b(?:U\.S\.|U\.K\.|U\.N\.|D\.C\.|V\.P\.|a\.m\.|p\.m\.|etc\.|Inc\.|Ltd\.|Jr\.|Sr\.)"
    r"|(?<=, )(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.))\s+(?=" + _OPENERS + ")")
_ENDING_ELLIPSIS = re.compile(r"(?<=\w)…\s+(?=" + _OPENERS + ")")  # "… will end soon… Some say the Russians …"


# A scrape that lost the space after a full stop ("… show.According to", "Nov. 28, 2012.ABC News", "… facility.”In")
_JOINED_SENTENCES = re.compile(r"(?:(?<=[a-z]{2})|(?<=\b\d{4}))\.[”\"]?(?=[A-Z][a-z]|[A-Z]{2,}\b)")
_DASH_LOWER = re.compile(r"[—–]\s*[a-z]")  # "… next week ? — the more they risk …": an aside, not an end
_POSSESSIVE = re.compile(r"['’]\s*s\b")  # "the C.I.A. ’ s shadowy arm": Punkt ended a sentence at "C.I.A."
TITLE_ENDING = re.compile(rf"\b(?:{TITLES})\.\s*\Z")  # "from Mr. Schiff.”", "Mrs. May": a title's period ends nothing
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[A-Z] ?\.\s*\Z")  # "E.J . Dionne", "H.R. McMaster" (or NOT_INITIALS)
# Two-letter abbreviations of places and things, which may end a sentence; other initials are a name's.
NOT_INITIALS = frozenset("u.s. u.k. u.n. d.c. a.m. p.m. l.a. n.y. n.j. n.h. n.c. s.c. n.d. s.d. r.i. n.m. a.i. i.d. "
                         "b.c. a.d. d.a. e.u. t.v.".split())


def _initials_of_a_name(paragraph: str, start: int) -> bool:
    """Whether the text before ``start`` ends in a name's initials ("E.J . Dionne", "adviser H.R. McMaster", "met with
    H.R. McMaster", "H.R. 1"), not a thing's or a state's ("bet on A.I. Critics say", "Manchester, N.H. Supporters
    said")."""
    found = _INITIALS.search(paragraph, 0, start)
    return found is not None and "".join(found.group().split()).lower() not in NOT_INITIALS


class _CurlyQuoteVars(PunktLanguageVars):
    """Punkt's English settings, with curly opening quotes, like straight ones, not part of a word: "“Mr." is
    the abbreviation "Mr." (Punkt would read the type "“mr" and end a sentence there)."""

    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,“‘]"


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """NLTK Punkt with the project's news abbreviations and single-letter initials; no trained data."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("news_abbreviations.txt")) | set("abcdefghijklmnopqrstuvwxyz")
    return PunktSentenceTokenizer(params, lang_vars=_CurlyQuoteVars())


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``paragraph``) by Punkt and the corrections of the module docstring."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_tokenizer().span_tokenize(paragraph):
        if spans and (paragraph[start].islower() or paragraph[start] in ",;)]" or _DASH_LOWER.match(paragraph, start)
                      or not re.search(r"\w", paragraph[start:end]) or _POSSESSIVE.match(paragraph, start)
                      or _initials_of_a_name(paragraph, start) or TITLE_ENDING.search(paragraph, 0, start)
                      or paragraph[start].isdigit() and paragraph[:start].rstrip().endswith("No.")
                      or _inside_quotation(paragraph, spans[-1][0], start)):
            spans[-1] = (spans[-1][0], end)  # Punkt split after "!)", "?", "D-Wash.", "No.", "(R., S.C." or ". ’"
            continue
        if spans and start + 1 < end and (paragraph[start] == "”" and paragraph[start + 1].isalpha()
                                          or paragraph[start] == '"' and _after_an_open_quotation(paragraph, start)):
            # "… inaccurate.”In particular", "… Games?' \" Alfred Senn": the mark closes the sentence before
            spans[-1] = (spans[-1][0], start + 1)
            start += len(paragraph[start + 1:end]) - len(paragraph[start + 1:end].lstrip()) + 1
        for m in _ENDING_ABBREVIATION.finditer(paragraph, start, end):
            spans.append((start, m.end() - len(m.group()) + len(m.group().rstrip())))
            start = m.end()
        for m in _JOINED_SENTENCES.finditer(paragraph, start, end):  # "… gets stronger.Former Arkansas Gov. …"
            spans.append((start, m.end()))
            start = m.end()
        for m in _ENDING_ELLIPSIS.finditer(paragraph, start, end):
            spans.append((start, m.start() + 1))
            start = m.end()
        spans.append((start, end))
    for k in range(len(spans) - 1):  # Punkt leaves an opening quote mark on the sentence before: ". “ We"
        (start, end), (_, next_end) = spans[k], spans[k + 1]
        head = paragraph[start:end].rstrip()
        if head.endswith(("“", "‘")) and len(head) > 1:
            cut = start + len(head) - 1
            spans[k], spans[k + 1] = (start, start + len(paragraph[start:cut].rstrip())), (cut, next_end)
    return spans


# The rest of a short quotation, closed and followed by the sentence going on in lower case: "chanted “Modi! Modi!” and"
# with a conjunction or preposition (not a trailing cue: "… the police,” said Maria Lopez", "…,” the senator said")
_CLOSES_THEN_LOWER = re.compile(r"[^“”\"\n]{0,30}[”\"]\s+(?:and|or|but|as|at|in|on|to|from|while|with|for|outside|"
                                r"before|after|during|until)\b")
_OPENED = re.compile(r"[“\"][^“”\"\n]{0,30}\w[^“”\"\n\w]*$")  # a word of the quotation before the split


def _after_an_open_quotation(paragraph: str, start: int) -> bool:
    """Whether a straight mark at ``start`` closes: an odd number of straight marks (not inches: 6-foot-5") open
    before it, and a sentence's end ("?'", ".", ",") just before it."""
    return len(re.findall(r'(?<!\d)"', paragraph[:start])) % 2 == 1 \
        and re.search(r"[.?!,]['’]?\s*\Z", paragraph[:start]) is not None


def _inside_quotation(paragraph: str, start: int, split: int) -> bool:
    """Whether Punkt split inside a short quotation that opened just before and closes soon, the sentence going on."""
    return bool(_OPENED.search(paragraph, start, split) and _CLOSES_THEN_LOWER.match(paragraph, split))


CAPITALS_SHARE = 0.8  # of a text's letters in upper case: a headline or teaser, not the story's prose


def is_in_capitals(text: str) -> bool:
    """Whether a sentence or paragraph is set in capitals, as a headline or teaser is ("ROMNEY COULD BLOCK …"):
    three or more words, nearly all letters upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def is_teaser(sentence: str) -> bool:
    """A sentence in capitals (:func:`is_in_capitals`) that tells nothing in prose: not "“NEVER, EVER THREATEN …,” the
    president tweeted in all caps", a quotation in capitals with its cue in lower case."""
    return is_in_capitals(sentence) and not re.search(r"\b[a-z]{3,}\b", outside_quotations(sentence))
