"""Analyse how a news article frames its sides: loaded terms, hedges, attribution, readability, charts.

Start with :func:`analyze` (URL, path or text in, :class:`Analysis` out), :func:`load_article`
for the parsed article alone, :mod:`analysis.tables` for DataFrames and
:mod:`analysis.charts` for figures.
"""

from .document import Article, ArticleError, load_article, parse_article
from .highlight import highlight
from .fetch import fetch_page
from .markers import find_markers, load_lexicons
from .pipeline import analyze, analyze_url
from .report import export_report
from .result import Analysis, Attribution, Span
from .framing.actors import draft_sides, suggest_actors
from .sides import SidesError, load_sides

__all__ = ["Analysis", "Article", "ArticleError", "Attribution", "SidesError", "Span", "analyze", "analyze_url",
           "draft_sides", "export_report", "fetch_page", "find_markers", "highlight", "load_article", "load_lexicons",
           "load_sides", "parse_article", "suggest_actors"]
