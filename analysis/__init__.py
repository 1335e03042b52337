"""Analyse how a news article frames its sides: loaded terms, hedges, attribution, readability.

Start with :func:`analyze` (path or text in, :class:`Analysis` out) or
:func:`load_article` for the parsed article alone.
"""

from .document import Article, ArticleError, load_article, parse_article
from .pipeline import analyze
from .result import Analysis, Attribution, Span

__all__ = ["Analysis", "Article", "ArticleError", "Attribution", "Span", "analyze", "load_article", "parse_article"]
