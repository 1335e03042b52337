"""Invariants of the whole analysis on generated articles (hypothesis): whatever the text, the result is
evidence of itself.

For every generated article, either :class:`ArticleError` (one line) or a result where every span's
offsets give back its text and hold a word character, every count is non-negative, every rate per
1,000 words is at most 1,000, every share lies in [0, 1], and no side is credited with more than the
article holds. A larger budget runs in ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ArticleError, analyze, parse_article

SIDES = [{"name": "West", "aliases": ["U.S.", "Washington", "Mattis"]},
         {"name": "Moscow", "aliases": ["Russia", "Kremlin", "Putin"]}]
# Pieces that exercise the rules: names, cues, markers, quotes of every kind, abbreviations, odd spacing.
PIECES = ["Mattis", "Russia", "Washington", "the Kremlin", "Putin", "U.S.", "Gen.", "Mr.", "said", "claimed",
          "denied", "according to", "reportedly", "so-called", "regime", "liberate", "may", "clearly",
          "allegedly", "“", "”", "‘", "’", '"', "'", "``", "''", ",", ".", ":", ";", "—", "(", ")", "!", "?",
          "\n", "\n\n", " ", "  ", "\u00a0", "\t", "> ", "#", "*", "<b>", "&amp;", "é", "ß", "中", "🙂", "3.5",
          "regime.The", "so-called.so-called", "he", "they", "its", "officials", "rebels", "attack"]
WORDS = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12)
ARTICLES = st.lists(st.one_of(st.sampled_from(PIECES), WORDS), min_size=0, max_size=120).map(" ".join)


def check_invariants(text: str) -> None:
    try:
        result = analyze(parse_article(text), sides=SIDES)
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    article = result.article
    for span in result.spans:
        assert article.text[span.start:span.end] == span.text
        assert any(c.isalnum() for c in span.text)
    for a in result.attributions:
        assert 0 <= a.content_start <= a.content_end <= len(article.text)
        if a.cue_start is not None:
            assert article.text[a.cue_start:a.cue_end] == a.cue
    for name, value in result.rates.items():
        values = value.values() if isinstance(value, dict) else [value]
        for v in values:
            assert v >= 0
            if name.endswith("share"):
                assert v <= 1, (name, v)
            elif "per_1k" in name:
                assert v <= 1000, (name, v)  # (attributions per 100 sentences may pass 100: two in one sentence)
    loaded = [s for s in result.spans if s.kind == "loaded"]
    for profile in result.sides:
        for key in ("n_mentions", "loaded_negative", "loaded_positive", "scare_quotes", "n_attributions"):
            assert profile[key] >= 0
        assert profile["loaded_negative"] + profile["loaded_positive"] <= len(loaded)
        assert profile["n_attributions"] <= len(result.attributions)
        assert 0 <= profile["hedged_share"] <= 1 and 0 <= profile["mention_share"] <= 1
    assert sum(p["n_mentions"] for p in result.sides) == sum(s.kind == "mention" for s in result.spans)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_any_article_gives_a_result_that_is_evidence_of_itself(text):
    check_invariants(text)
