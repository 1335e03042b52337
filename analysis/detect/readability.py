"""Readability with textstat, counted on the project's own sentences.

textstat counts sentences with a regex that splits at every period, so "U.S."
ends a sentence for it. Here textstat supplies the word-level counts (words,
syllables, polysyllables, difficult words, letters, characters) and the
published formulas below use the article model's Punkt sentence count.

Syllables come from the CMU Pronouncing Dictionary through NLTK, as in textstat
0.7.13; the dictionary ships in ``analysis/resources/nltk_data`` so that no
download is ever attempted.

References: Flesch (1948); Kincaid et al. (1975); Gunning (1952); McLaughlin
(1969); Coleman & Liau (1975); Smith & Senter (1967); Chall & Dale (1995);
O'Hayre (1966, Linsear Write); textstat 0.7.13 for the consensus grade.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from typing import Sequence

import nltk

_NLTK_DATA = str(files("analysis.resources").joinpath("nltk_data"))
if _NLTK_DATA not in nltk.data.path:
    # The shipped CMU dictionary goes first, so scores never depend on a user's own NLTK data.
    nltk.data.path.insert(0, _NLTK_DATA)

import textstat  # noqa: E402  (must see the shipped cmudict)

MEASURES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
            "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
            "difficult_words", "linsear_write_formula", "text_standard", "reading_time")

READING_MS_PER_CHAR = 14.69  # textstat's default reading speed
LINSEAR_SAMPLE_WORDS = 100


@dataclass(frozen=True)
class SentenceCounts:
    """textstat's word-level counts of one sentence; every one adds up over sentences."""

    n_words: int
    n_syllables: int
    n_polysyllables: int
    n_fog_hard: int            # words of 3+ syllables (Gunning fog's "complex words")
    n_dale_chall_hard: int     # words off the Dale-Chall easy-word list
    difficult: frozenset[str]  # distinct words of 2+ syllables off that list
    n_letters: int
    n_chars: int               # characters other than spaces


def sentence_counts(sentence: str) -> SentenceCounts:
    """The counts textstat makes of one sentence, made once so that any group of sentences can be scored."""
    return SentenceCounts(
        textstat.lexicon_count(sentence), textstat.syllable_count(sentence), textstat.polysyllabcount(sentence),
        textstat.difficult_words(sentence, syllable_threshold=3, unique=False),
        textstat.difficult_words(sentence, syllable_threshold=0, unique=False),
        frozenset(textstat.difficult_words_list(sentence)), textstat.letter_count(sentence),
        textstat.char_count(sentence))


def readability_scores(sentences: Sequence[str], counts: Sequence[SentenceCounts] | None = None) -> dict[str, float]:
    """All main readability measures of a text given as its sentences (and, if known, their counts).

    Grade measures (Flesch-Kincaid, fog, SMOG, Coleman-Liau, ARI, Linsear
    Write, text standard): higher value => harder text, in US school grades.
    Flesch reading ease: higher value => easier text (0-100). Dale-Chall:
    higher => harder (4.9 or lower is easy, 9.0+ is college level).
    ``difficult_words`` counts distinct words off the Dale-Chall easy list
    with two or more syllables; ``reading_time`` is in seconds.
    Every measure is 0.0 for a text without words.
    """
    counts = [sentence_counts(s) for s in sentences] if counts is None else counts
    n_words = sum(c.n_words for c in counts)
    n_sentences = len(sentences)
    if n_words == 0 or n_sentences == 0:
        return dict.fromkeys(MEASURES, 0.0)
    words_per_sentence = n_words / n_sentences
    syllables_per_word = sum(c.n_syllables for c in counts) / n_words
    n_polysyllables = sum(c.n_polysyllables for c in counts)
    pct_fog_hard = 100 * sum(c.n_fog_hard for c in counts) / n_words
    pct_dale_chall_hard = 100 * sum(c.n_dale_chall_hard for c in counts) / n_words
    n_letters, n_chars = sum(c.n_letters for c in counts), sum(c.n_chars for c in counts)
    scores = {
        "flesch_reading_ease": 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word,
        "flesch_kincaid_grade": 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59,
        "gunning_fog": 0.4 * (words_per_sentence + pct_fog_hard),
        "smog_index": 1.043 * math.sqrt(30 * n_polysyllables / n_sentences) + 3.1291,
        "coleman_liau_index": 0.058 * 100 * n_letters / n_words - 0.296 * 100 * n_sentences / n_words - 15.8,
        "automated_readability_index": 4.71 * n_chars / n_words + 0.5 * words_per_sentence - 21.43,
        "dale_chall_readability_score": (0.1579 * pct_dale_chall_hard + 0.0496 * words_per_sentence
                                         + (3.6365 if pct_dale_chall_hard > 5 else 0.0)),
        "difficult_words": float(len(frozenset().union(*(c.difficult for c in counts)))),
        "linsear_write_formula": linsear_write(sentences),
        "reading_time": READING_MS_PER_CHAR * n_chars / 1000,  # textstat's reading_time
    }
    scores["text_standard"] = consensus_grade(scores)
    return {name: scores[name] for name in MEASURES}


def linsear_write(sentences: Sequence[str]) -> float:
    """Linsear Write grade on the first 100 words: easy words score 1, words of 3+ syllables 3.

    Higher value => harder text (US grade). The sentence count is that of the
    sentences the sample reaches into.
    """
    n_easy = n_hard = n_sample_sentences = 0
    for sentence in sentences:
        if n_easy + n_hard >= LINSEAR_SAMPLE_WORDS:
            break
        n_sample_sentences += 1
        for word in sentence.split():
            if n_easy + n_hard >= LINSEAR_SAMPLE_WORDS:
                break
            n_syllables = textstat.syllable_count(word)
            if n_syllables >= 3:
                n_hard += 1
            elif n_syllables > 0:
                n_easy += 1
    if n_sample_sentences == 0:
        return 0.0
    raw = (n_easy + 3 * n_hard) / n_sample_sentences
    return (raw - 2) / 2 if raw <= 20 else raw / 2


def consensus_grade(scores: dict[str, float]) -> float:
    """textstat's ``text_standard``: the grade most of the measures agree on.

    Each grade measure votes for the floor, ceiling and rounding of its value;
    Flesch reading ease votes through its published grade bands.
    """
    votes: list[int] = []
    for name in ("flesch_kincaid_grade", "smog_index", "coleman_liau_index", "automated_readability_index",
                 "dale_chall_readability_score", "linsear_write_formula", "gunning_fog"):
        votes += [math.floor(scores[name]), math.ceil(scores[name]), round(scores[name])]
    ease = scores["flesch_reading_ease"]
    bands = [(90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11]), (30, [12])]
    votes += next((grades for floor, grades in bands if floor <= ease < 100), [13])
    return float(Counter(votes).most_common(1)[0][0])


PROSE_KINDS = ("body", "block_quote")  # headlines and captions are not prose


def prose_counts(article) -> dict[int, SentenceCounts]:
    """Counts of every prose sentence (headline and captions left out), by sentence index."""
    return {s.index: sentence_counts(s.text) for s in article.sentences if s.kind in PROSE_KINDS}


def article_readability(article, voice: str | None = None,
                        counts: dict[int, SentenceCounts] | None = None) -> dict[str, float]:
    """Readability of an article's prose (headline and captions left out), optionally of one voice.

    ``counts`` (from :func:`prose_counts`) saves recounting when several scopes are scored.
    """
    counts = prose_counts(article) if counts is None else counts
    chosen = [s for s in article.sentences if s.index in counts and voice in (None, s.voice)]
    return readability_scores([s.text for s in chosen], [counts[s.index] for s in chosen])


def paragraph_readability(article, counts: dict[int, SentenceCounts] | None = None) -> list[dict]:
    """One row per prose paragraph: its index, voice and every readability measure."""
    counts = prose_counts(article) if counts is None else counts
    by_paragraph: dict[int, list] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    rows = []
    for paragraph in article.paragraphs:
        if paragraph.kind in PROSE_KINDS:
            chosen = [s for s in by_paragraph.get(paragraph.index, []) if s.index in counts]  # no inline link
            rows.append({"paragraph": paragraph.index, "voice": paragraph.voice,
                         **readability_scores([s.text for s in chosen], [counts[s.index] for s in chosen])})
    return rows
