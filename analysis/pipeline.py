"""``analyze``: an article in, the full result document out."""

from __future__ import annotations

from pathlib import Path

from .document import Article, load_article
from .readability import article_readability, paragraph_readability
from .result import Analysis, quoted_word_share


def analyze(source: str | Path | Article, sides=None) -> Analysis:
    """Analyse an article given as a path, a string of text or a parsed :class:`Article`.

    ``sides`` (a sides file path or parsed sides) ties markers to camps of
    actors once the sides feature exists; until then it must be None.
    """
    article = source if isinstance(source, Article) else load_article(source)
    rates = {"quoted_word_share": quoted_word_share(article)}
    return Analysis(
        article=article,
        readability=article_readability(article),
        readability_author=article_readability(article, voice="author"),
        readability_paragraphs=tuple(paragraph_readability(article)),
        rates=rates,
    )
