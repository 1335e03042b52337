"""Analyse how a news article frames its sides: loaded terms, hedges, attribution, readability, charts.

Start with :func:`analyze` (URL, path or text in, :class:`Analysis` out), :func:`load_article`
for the parsed article alone, :mod:`analysis.present.tables` for DataFrames and
:mod:`analysis.present.charts` for figures.
"""

from .detect.markers import find_markers, load_lexicons
from .framing.actors import draft_sides, suggest_actors
from .framing.sides import SidesError, load_sides
from .pipeline import analyze, analyze_url
from .present.highlight import highlight
from .present.report import export_report
from .result import Analysis, Attribution, Span
from .text.article import Article, ArticleError, load_article, parse_article
from .text.fetch import fetch_page

__all__ = ["Analysis", "Article", "ArticleError", "Attribution", "SidesError", "Span", "analyze", "analyze_url",
           "draft_sides", "export_report", "fetch_page", "find_markers", "highlight", "load_article", "load_lexicons",
           "load_sides", "parse_article", "suggest_actors"]
