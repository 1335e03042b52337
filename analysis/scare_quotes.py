"""Scare quotes: short quoted phrases used at a distance rather than as someone's speech.

A quoted stretch is a scare quote when it holds 1 to :data:`MAX_SCARE_QUOTE_WORDS`
words and does not read as reported speech. It reads as speech when a reporting
verb stands just before the opening mark ("said 'no'"), or when the quote opens
its sentence or ends in punctuation and a reporting verb follows ("'We will
win,' he said"). Straight and curly, single and double marks are handled; a
curly ’ followed by a letter is an apostrophe (Shi’a), not a closing mark.

Quoted proper names ("Syrian Democratic Forces", ‘Army of Revolutionaries’) are
reported with category ``name``, other phrases with ``term``: a writer who
quotes a group's own name flags it as that group's label, which is distance of
a kind, but it is weaker evidence than a quoted common phrase, so users can
filter one from the other. Valence is 0: the marks show distance, and whether
that distance is ironic or merely a mention needs a reader.

References: Predelli (2003), "Scare quotes and their relation to other
semantic issues", Linguistics and Philosophy 26(1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import WORD_RE
from .hedging import is_sentence_initial
from .lexicon import reporting_verb_forms

MAX_SCARE_QUOTE_WORDS = 5
# How many words before an opening mark, or after a closing one, a reporting verb may stand
# and still make the quote someone's speech ("said it was 'a disaster'", "'No,' Trump said").
SPEECH_VERB_WINDOW = 4
# Lowercase words that may sit inside a proper name ("Army of Revolutionaries").
NAME_PARTICLES = frozenset({"of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "la", "le", "a", "an",
                            "to", "at", "bin", "ibn", "van", "von", "is"})

_QUOTED = re.compile(
    r"“(?P<curly_double>[^“”\n]{1,120}?)”"
    r"|‘(?P<curly_single>(?:[^‘’\n]|’(?=\w)){1,120}?)’(?!\w)"
    r"|(?<![\w\"])\"(?P<straight_double>[^\s\"][^\"\n]{0,119}?)(?<=[^\s\"])\"(?!\w)"
    r"|(?<![\w'])'(?P<straight_single>[^\s'](?:[^'\n]|'(?=\w)){0,119}?)(?<=[^\s'])'(?!\w)"
)
_ENDS_IN_PUNCTUATION = re.compile(r"[.,!?;:…]$")


@dataclass(frozen=True)
class QuotedPhrase:
    """A quoted stretch of text: offsets include the marks; ``inner`` is the text between them."""

    start: int
    end: int
    inner: str
    category: str
    is_scare_quote: bool
    reason: str




def quote_category(inner: str) -> str:
    """``name`` if every word is capitalised (or a name particle such as "of"), else ``term``."""
    words = WORD_RE.findall(inner)
    is_name = all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_PARTICLES for w in words)
    return "name" if is_name and words[0][0].isupper() else "term"


def _speech_verb_near(text: str, start: int, end: int, after: bool) -> bool:
    """Whether a reporting verb stands within the window before ``start`` or after ``end``, same sentence."""
    verbs = reporting_verb_forms()
    if after:
        rest_of_sentence = re.split(r"[.!?]\s|\n", text[end:end + 80], maxsplit=1)[0]
        words = WORD_RE.findall(rest_of_sentence)[:SPEECH_VERB_WINDOW]
    else:
        start_of_sentence = re.split(r"[.!?]\s|\n", text[max(0, start - 80):start])[-1]
        words = WORD_RE.findall(start_of_sentence)[-SPEECH_VERB_WINDOW:]
    return any(w.lower() in verbs for w in words)


def classify_quote(text: str, start: int, end: int, inner: str, sentence_initial: bool) -> QuotedPhrase:
    """Decide whether the quoted stretch ``text[start:end]`` is a scare quote, with the reason."""
    n_words = len(WORD_RE.findall(inner))
    category = quote_category(inner) if n_words else "term"

    def verdict(is_scare: bool, reason: str) -> QuotedPhrase:
        return QuotedPhrase(start, end, inner, category, is_scare, reason)

    if not n_words or not re.search(r"[^\W\d_]", inner):
        return verdict(False, "no words inside the marks")
    if n_words > MAX_SCARE_QUOTE_WORDS:
        return verdict(False, f"{n_words} words: a quotation, not a phrase held at a distance")
    if inner.rstrip()[-1:] in "!?":
        return verdict(False, "ends in ! or ?: an utterance")
    if _speech_verb_near(text, start, end, after=False):
        return verdict(False, "a reporting verb just before the opening mark: quoted speech")
    closes_sentence = inner.rstrip().endswith(".")
    ends_clause = _ENDS_IN_PUNCTUATION.search(inner) or text[end:end + 1] == ","  # "'…', Russia says"
    if ((sentence_initial or ends_clause) and not closes_sentence
            and _speech_verb_near(text, start, end, after=True)):
        return verdict(False, "followed by a reporting verb: quoted speech")
    return verdict(True, f"{n_words}-word {category} in quotes with no speaker")


def find_quoted_phrases(text: str) -> list[QuotedPhrase]:
    """Every quoted stretch of ``text`` with the decision on it, in text order (see the module docstring)."""
    phrases = []
    for m in _QUOTED.finditer(text):
        inner = next(group for group in m.groups() if group is not None)
        phrases.append(classify_quote(text, m.start(), m.end(), inner, is_sentence_initial(text, m.start())))
    return phrases


def find_scare_quotes(text: str) -> list[QuotedPhrase]:
    """The quoted stretches of ``text`` that are scare quotes."""
    return [q for q in find_quoted_phrases(text) if q.is_scare_quote]
