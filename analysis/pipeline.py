"""``analyze``: an article in, the full result document out."""

from __future__ import annotations

from pathlib import Path

from .detect.attribution import attribution_rates, find_attributions
from .detect.markers import Lexicons, find_markers, marker_rates
from .detect.readability import article_readability, paragraph_readability, prose_counts
from .framing.labels import find_labels
from .framing.profiles import assign_sides, frame_sentences, framing_balance, side_profiles
from .framing.sides import Sides, find_mentions, load_sides
from .result import Analysis, Attribution, Span, quoted_word_share
from .text.article import Article, load_article


def analyze_url(url: str, sides: str | Path | list | Sides | None = None, lexicons: Lexicons | None = None, *,
                refresh: bool = False) -> Analysis:
    """Analyse the article of the web page at ``url`` (fetched through the page cache unless ``refresh``)."""
    return analyze(load_article(url, refresh=refresh), sides=sides, lexicons=lexicons)


def analyze(source: str | Path | Article, sides: str | Path | list | Sides | None = None,
            lexicons: Lexicons | None = None, *, evaluative: bool = True) -> Analysis:
    """Analyse an article given as a URL, a path, a string of text or a parsed :class:`Article`.

    ``sides`` (a sides TOML path, a list of side records or a :class:`Sides`)
    ties every marker and attribution to a camp of actors and adds the per-side
    framing figures; without it (or with an empty list) those lists stay empty.
    ``lexicons`` (from :func:`analysis.detect.markers.load_lexicons`) replaces the
    packaged term lexicons, e.g. extended with a user's own file. ``evaluative`` False
    leaves out the loaded terms found beyond the hand lexicon (evaluative words and
    loaded reporting cues), so every figure and chart shows the hand lexicon alone.
    """
    article = source if isinstance(source, Article) else load_article(source)
    spans: tuple[Span, ...] = find_markers(article, lexicons, evaluative)
    attributions: tuple[Attribution, ...] = find_attributions(article)
    rates = {"quoted_word_share": quoted_word_share(article), **marker_rates(article, spans, lexicons),
             **attribution_rates(article, attributions)}
    framing, profiles, balance, labels, side_spec = [], (), [], [], None
    if sides:
        side_spec = load_sides(sides)
        mentions = find_mentions(article, side_spec)
        spans, attributions = assign_sides(article, spans, attributions, mentions, side_spec)
        framing = frame_sentences(article, spans)
        labels = find_labels(article, mentions)
        profiles = side_profiles(article, spans, attributions, framing, labels, side_spec)
        balance = framing_balance(profiles)
    counts = prose_counts(article)
    return Analysis(
        article=article,
        readability=article_readability(article, counts=counts),
        readability_author=article_readability(article, voice="author", counts=counts),
        readability_paragraphs=tuple(paragraph_readability(article, counts)),
        spans=spans,
        attributions=attributions,
        rates=rates,
        sides=profiles,
        framing=tuple(framing),
        framing_balance=tuple(balance),
        labels=tuple(labels),
        side_spec=side_spec,
    )
