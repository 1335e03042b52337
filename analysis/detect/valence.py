"""Word valence: VADER's lexicon (Hutto & Gilbert 2014, shipped inside ``vaderSentiment``, MIT) with the
news overrides of ``lexicons/polarity_news.tsv``, a word's valence through its inflections, a
sentence's VADER compound score, and when a label in context judges no one (denied or asked about:
:func:`judges_no_one`)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from vaderSentiment.vaderSentiment import N_SCALAR, SentimentIntensityAnalyzer

from ..lexicon import read_table
from ..text.article import Article
from ..text.parse import asks

NEWS_LEXICON = "polarity_news.tsv"
# Suffix rewrites that find a word's base form in the lexicon when VADER lacks the inflection
# ("helped" -> "help", "bullied" -> "bully", "brutally" -> "brutal", "tragically" -> "tragic").
INFLECTIONS = (("'s", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
               ("ing", ""), ("ing", "e"), ("ying", "ie"), ("ily", "y"), ("ally", ""), ("ly", ""))
NEGATING_PREFIX = "un"  # "unpopular", "unharmed" missing from VADER: the base word, negated as by "not"
MIN_STEM = 3            # letters a stem keeps, so "red" is not read as an inflection of "r"


@lru_cache(maxsize=1)
def vader_lexicon() -> Mapping[str, float]:
    """VADER's word -> valence table (-4..+4), as shipped inside the vaderSentiment package."""
    return MappingProxyType(dict(SentimentIntensityAnalyzer().lexicon))


@lru_cache(maxsize=4)
def polarity_lexicon(overrides: str = NEWS_LEXICON) -> Mapping[str, float]:
    """VADER's lexicon with a news override file applied (a valence of 0 switches a word off).

    ``overrides`` is a packaged lexicon name or a path to a TSV with ``term`` and ``valence`` columns."""
    lexicon = dict(vader_lexicon())
    lexicon.update((row["term"], float(row["valence"])) for row in read_table(overrides))
    return MappingProxyType(lexicon)


def word_valence(word: str, lexicon: Mapping[str, float]) -> float:
    """Lexicon valence of a lowercase word, trying its base form when the inflection is missing
    and reading an "un-" word missing from the lexicon as its negated base word; 0 if none."""
    if lexicon is polarity_lexicon():  # the default, read for every word of every framed sentence: cached
        return _news_valence(word)
    return _valence(word, lexicon)


@lru_cache(maxsize=1 << 16)
def _news_valence(word: str) -> float:
    return _valence(word, polarity_lexicon())


def _valence(word: str, lexicon: Mapping[str, float]) -> float:
    if word in lexicon:
        return lexicon[word]
    for suffix, replacement in INFLECTIONS:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= MIN_STEM:
            undoubled = stem[:-1] if stem[-1] == stem[-2] else None  # "stopped" -> "stop"
            for base in (stem + replacement, undoubled):
                if base in lexicon:
                    return lexicon[base]
    base = word[len(NEGATING_PREFIX):]
    if word.startswith(NEGATING_PREFIX) and len(base) >= MIN_STEM and base[0] != "-":
        return _valence(base, lexicon) * N_SCALAR
    return 0.0


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentence_sentiment(text: str) -> float:
    """VADER compound score of a sentence, -1 (negative) to +1 (positive)."""
    return _vader().polarity_scores(text)["compound"]


DENIALS = frozenset({"not", "no", "never", "hardly", "scarcely"})
IMPLYING = frozenset("mean means meant imply implies implied prove proves proved".split())


def judges_no_one(article: Article, start: int, end: int) -> bool:
    """Whether a label is denied or asked about, so it judges no one (its valence becomes 0): "not a Trump lackey",
    "no hero", "not a successful leader", "he hasn't been successful", "looking into whether Trump lied", "doesn't
    mean Tillerson will kowtow to Putin"."""
    words = article.doc.char_span(start, end, alignment_mode="expand")
    head = words.root if words is not None else None
    if head is None:
        return False
    if asks(head.head if head.dep_ in ("acomp", "attr") else head):  # the question's verb or predicate, not "whether
        return True  # the reckless policy works"
    if head.tag_.startswith("VB"):  # "X will not kowtow", "doesn't mean X will kowtow to Putin": the act denied;
        implied = head.head if head.dep_ == "ccomp" and head.head.lower_ in IMPLYING else None  # not "it cannot
        return not any(c.lower_ in ("can", "ca", "could") for c in head.children) and any(  # carve off … unopposed"
            c.dep_ == "neg" and _denies(c) for c in (*head.children, *(implied.children if implied else ())))
    label = head.head if head.tag_.startswith("JJ") and head.dep_ == "amod" else head  # "successful" in "a … leader"
    if not label.tag_.startswith(("NN", "JJ")) or any(c.lower_ in ("more", "any") for c in label.children):
        return False  # "could hardly be more brutal", "could not be any worse": the most brutal there is
    on_label = any(c.lower_ in DENIALS and c.dep_ in ("neg", "det", "preconj", "advmod") and _denies(c)
                   for c in label.children)  # "not a Trump lackey", "no hero", "hardly controversial"
    on_copula = label.dep_ in ("acomp", "attr") and any((c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in DENIALS)
                                                         and _denies(c) for c in label.head.children)
    return on_label or on_copula  # "he hasn't been successful"


def _denies(negation) -> bool:
    """Not "not only", "not just" (… but also): an addition, no denial."""
    return negation.i + 1 >= len(negation.doc) or negation.nbor().lower_ not in ("only", "just", "merely", "simply")
