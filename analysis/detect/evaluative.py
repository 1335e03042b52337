"""Evaluative words: adjectives, adverbs and verbs of strong valence in the author's voice, beyond the hand list.

A word is an ``evaluative`` loaded term when, read from the parse,

- it is an adjective, adverb or verb (Penn tags JJ*, RB*, VB*), not part of a name, and not part of a hyphenated
  compound ("anti-racism" is no racism);
- its valence in VADER's lexicon (Hutto & Gilbert 2014, MIT; with the project's news overrides,
  ``lexicons/polarity_news.tsv``, which switch off news senses that carry no sentiment) is at
  least :data:`MIN_VALENCE` in size;
- it is not a word news uses to describe rather than judge (``lexicons/evaluative_exclusions.txt``:
  "killed" in a casualty count, "attack" in a war report, "support" of a bill), nor a reporting verb
  (those are cues: ``loaded_cue`` when their stance is not neutral);
- it is in the author's voice, and no other marker (a listed loaded term, hedge or booster) covers it.

Its valence is the sign of the lexicon's. The threshold was chosen on the dev halves of BABE and
MBIC only (``benchmarks/bench_markers.py --tune-evaluative``).
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_word_list
from ..result import Span
from ..text.article import Article
from ..text.cues import load_cues
from .valence import polarity_lexicon

CATEGORY = "evaluative"
# |VADER valence| (-4..+4) at least this ("wonderful" 2.7 is out, "brutal" -3.1, "fantastic" 2.6 out, "evil" -3.4 in).
# Chosen on the dev halves of BABE and MBIC (bench_markers.py --tune-evaluative): the best BABE word F1 (0.421, with
# loaded cues; 0.417 without any evaluative word), BABE sentence F1 0.669. Lower thresholds add recall but BABE's
# annotators marked few of the words they add (precision of the evaluative words alone near 0.15 at 1.5).
MIN_VALENCE = 2.8
TAGS = ("JJ", "RB", "VB")
HYPHENS = ("-", "‐", "‑")
EXCLUSIONS = "evaluative_exclusions.txt"


@lru_cache(maxsize=1)
def _excluded() -> frozenset[str]:
    return frozenset(read_word_list(EXCLUSIONS))


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """Every one-word form of the reporting-verb lexicon."""
    return frozenset(form[0] for form in load_cues().verbs if len(form) == 1)


def find_evaluative(article: Article, covered: list[tuple[int, int]], min_valence: float = MIN_VALENCE) -> list[Span]:
    """Evaluative words of ``article`` (module docstring) that no span in ``covered`` overlaps, in text order."""
    lexicon = polarity_lexicon()
    excluded = _excluded() | reporting_forms()  # a reporting verb is read as a cue ("criticized", "blamed")
    taken = sorted(covered)
    found = []
    for token in article.doc:
        word = token.lower_
        valence = lexicon.get(word, 0.0)
        if abs(valence) < min_valence or not token.tag_.startswith(TAGS) or word in excluded:
            continue
        if token.ent_type_ or token.tag_ == "NNP" or token.text[0].isupper() and not token.is_sent_start:
            continue  # part of a name ("Liberty University", "Brave New World")
        if _in_compound(token):
            continue
        start, end = token.idx, token.idx + len(token.text)
        sentence = article.sentence_at(start)
        if sentence is None or not article.sentences[sentence].counted or article.voice_at(start) != "author":
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        found.append(Span("loaded", CATEGORY, 1 if valence > 0 else -1, token.text, start, end, sentence, "author"))
    return found


def _in_compound(token) -> bool:
    """Whether ``token`` is joined by a hyphen, with no space, to the word before or after it."""
    doc = token.doc
    before = token.i > 1 and doc[token.i - 1].text in HYPHENS and not doc[token.i - 2].whitespace_ \
        and not doc[token.i - 1].whitespace_
    after = token.i + 2 < len(doc) and doc[token.i + 1].text in HYPHENS and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_
    return before or after
