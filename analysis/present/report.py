"""The report folder: the result document, its tables, every chart, the highlighted article, and the write-up.

:func:`write_report` writes the result document and two tables;
:func:`export_report` writes those plus every chart (PNG, SVG, PDF), its table
as CSV, the evidence tables, the highlighted article, and ``report.html`` /
``report.md`` tying them together with one-paragraph readings. Each file is
written atomically: a reader never sees half a file.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from matplotlib.figure import Figure

from ..detect.readability import MEASURES
from ..files import safe_cell, write_atomically
from ..result import SCHEMA, Analysis
from . import charts, tables
from .highlight import highlight
from .readings import (read_loaded_by_voice, read_marker_density, read_readability, read_roles, read_side_labels,
                       read_side_profile, read_tone, read_voice)


def readability_rows(analysis: Analysis) -> list[dict]:
    """One row per scope: the whole article, its author's voice, then each prose paragraph."""
    rows = [{"scope": "article", "paragraph": "", "voice": "all", **analysis.readability},
            {"scope": "article", "paragraph": "", "voice": "author", **analysis.readability_author}]
    rows += [{"scope": "paragraph", **row} for row in analysis.readability_paragraphs]
    return [{key: (round(value, 3) if key in MEASURES else value) for key, value in row.items()} for row in rows]


def write_report(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write ``analysis.json``, ``sentences.csv`` and ``readability.csv`` into ``out_dir``."""
    out_dir = Path(out_dir)
    return [
        write_atomically(out_dir / "analysis.json", json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1)),
        write_table(tables.sentences_table(analysis), out_dir / "sentences.csv"),
        write_table(pd.DataFrame(readability_rows(analysis)), out_dir / "readability.csv"),
    ]


@dataclass(frozen=True)
class ChartSpec:
    """One chart of the report: its file stem, heading, and the functions that draw, tabulate and read it."""

    name: str
    heading: str
    plot: Callable[[Analysis], Figure]
    table: Callable[[Analysis], pd.DataFrame]
    finding: Callable[[pd.DataFrame], str]
    reading: Callable[[Analysis, pd.DataFrame], str]


CHARTS = (
    ChartSpec("side_tone", "The author's tone toward each side", charts.plot_tone, charts.tone_table,
              charts.tone_finding, read_tone),
    ChartSpec("side_roles", "Who does harm, who suffers it, who helps", charts.plot_roles, charts.roles_table,
              charts.roles_finding, read_roles),
    ChartSpec("side_framing_profile", "How each side is framed", charts.plot_side_profile,
              charts.side_profile_table, charts.side_profile_finding, read_side_profile),
    ChartSpec("side_labels", "The labels each side receives", charts.plot_side_labels, charts.side_labels_table,
              charts.side_labels_finding, read_side_labels),
    ChartSpec("voice_by_side", "Who speaks, introduced how", charts.plot_voice, charts.voice_table,
              charts.voice_finding, read_voice),
    ChartSpec("marker_density", "Where the framing concentrates", charts.plot_marker_density,
              charts.marker_density_table, charts.marker_density_finding, read_marker_density),
    ChartSpec("loaded_terms_by_voice", "Loaded terms in the author's voice and in sources' words",
              charts.plot_loaded_by_voice, charts.loaded_by_voice_table, charts.loaded_by_voice_finding,
              read_loaded_by_voice),
    ChartSpec("readability_panel", "Readability", charts.plot_readability, charts.readability_table,
              charts.readability_finding, read_readability),
)
# Evidence tables from analysis.present.tables: file stem -> (function, what one row is).
EVIDENCE_TABLES = {
    "spans": (tables.spans_table, "one row per marker or side mention: kind, category, valence, side, offsets"),
    "attributions": (tables.attributions_table, "one row per attribution: source, cue, stance, side, content"),
    "sides": (tables.sides_table, "one row per side: all its scalar framing figures"),
    "framing": (tables.framing_table, "one row per sentence and side it mentions: polarity and score"),
    "framing_balance": (tables.balance_table, "one row per pair of sides and dimension, with its reading"),
}
HIGHLIGHT_FILE = "article.html"
PAGE_FILE = "source.html"  # a web page's HTML as it was read, for provenance


@dataclass(frozen=True)
class Section:
    """What the write-up says about one chart: heading, finding, reading, and its files relative to the report."""

    heading: str
    finding: str
    reading: str
    image: str | None
    figures: tuple[str, ...]
    table_file: str
    table: pd.DataFrame


def write_table(table: pd.DataFrame, path: Path) -> Path:
    """A DataFrame as CSV (index kept only when it is named), atomically, formula-like cells neutralised."""
    keep_index = any(name is not None for name in table.index.names)
    safe = table.map(safe_cell).rename(index=safe_cell, columns=safe_cell)  # no cell runs as a spreadsheet formula
    return write_atomically(path, safe.to_csv(index=keep_index, lineterminator="\n"))


def export_chart(spec: ChartSpec, analysis: Analysis, out_dir: Path,
                 formats: Sequence[str]) -> tuple[Section, list[Path]]:
    """Draw one chart, save it in every format and its table as CSV; returns its section and the files."""
    table = spec.table(analysis)
    figure = spec.plot(analysis)
    written = charts.save_figure(figure, out_dir / "figures" / spec.name, formats) if formats else []
    written.append(write_table(table, out_dir / "tables" / f"{spec.name}.csv"))
    image = next((f"figures/{spec.name}.{fmt}" for fmt in ("svg", "png") if fmt in formats), None)
    section = Section(spec.heading, spec.finding(table), spec.reading(analysis, table), image,
                      tuple(f"figures/{spec.name}.{fmt}" for fmt in formats), f"tables/{spec.name}.csv", table)
    return section, written


def export_report(analysis: Analysis, out_dir: str | Path,
                  formats: Sequence[str] = charts.FORMATS) -> list[Path]:
    """Write the whole report for ``analysis`` into ``out_dir``; returns every file written.

    Layout (names are stable)::

        report.html, report.md        the write-up: each chart, its finding and a one-paragraph reading
        article.html                  the highlighted article (standalone)
        source.html                   a web page's HTML as it was read (web pages only)
        figures/<chart>.png|svg|pdf   every chart, PNG at 200 dpi
        tables/<chart>.csv            the numbers behind each chart
        tables/<evidence>.csv         spans, attributions, sides, framing, framing_balance
        analysis.json, sentences.csv, readability.csv   as written by write_report
    """
    out_dir = Path(out_dir)
    written = write_report(analysis, out_dir)
    sections = []
    for spec in CHARTS:
        section, files = export_chart(spec, analysis, out_dir, formats)
        sections.append(section)
        written += files
    for name, (make_table, _) in EVIDENCE_TABLES.items():
        written.append(write_table(make_table(analysis), out_dir / "tables" / f"{name}.csv"))
    written.append(highlight(analysis).save(out_dir / HIGHLIGHT_FILE))
    if analysis.article.html is not None:
        written.append(write_atomically(out_dir / PAGE_FILE, analysis.article.html))
    written.append(write_atomically(out_dir / "report.md", render_report(analysis, sections, "md")))
    written.append(write_atomically(out_dir / "report.html", render_report(analysis, sections, "html")))
    return written


def export_comparison(analyses: Sequence[Analysis], out_dir: str | Path,
                      formats: Sequence[str] = charts.FORMATS) -> list[Path]:
    """Write the comparison of several articles: ``figures/comparison.*`` and ``tables/comparison.csv``."""
    out_dir = Path(out_dir)
    written = charts.save_figure(charts.plot_comparison(analyses), out_dir / "figures" / "comparison", formats)
    written.append(write_table(charts.comparison_table(analyses), out_dir / "tables" / "comparison.csv"))
    return written


def _about(analysis: Analysis) -> str:
    """One line: where the text came from (and what the page says of it), size, sides."""
    sides = ", ".join(p["name"] for p in analysis.sides) or "none given"
    article, meta = analysis.article, analysis.article.meta
    source = Path(article.source).name if "://" not in article.source else article.source  # no local paths
    page = [meta.outlet, meta.author and f"by {meta.author}", meta.date]
    page += [f"page {meta.url}"] if meta.url and meta.url != article.source else []
    return " · ".join([f"Source: {source}", *filter(None, page),
                       f"{analysis.n_words:,} words, {analysis.n_sentences} sentences, "
                       f"{analysis.n_paragraphs} paragraphs", f"sides: {sides}"])


_MARKDOWN_MARKS = re.compile(r"([\\`*\[\]|#])")  # not "_": CommonMark leaves it alone inside words


def md_escape(text: str) -> str:
    """Article-derived text made inert in Markdown: HTML escaped (a script in a side name stays text) and
    the marks of links, emphasis, code, tables and headings backslashed (CommonMark, Markdown.pl)."""
    return _MARKDOWN_MARKS.sub(r"\\\1", html.escape(text, quote=False))


_TEMPLATES = {fmt: Environment(loader=PackageLoader("analysis.present"), autoescape=fmt == "html",
                              finalize=md_escape if fmt == "md" else None, keep_trailing_newline=True)
              for fmt in ("md", "html")}
REPORT_CSS = """body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;max-width:52em;
margin:2em auto;padding:0 1em;line-height:1.55}h1{font-size:1.6em;line-height:1.25}h2{margin-top:2em;font-size:1.25em}
.about{color:#666;font-size:.9em}.finding{font-weight:600}img{max-width:100%;height:auto;border:1px solid #eee}
details{margin:.6em 0 1em;font-size:.85em}table{border-collapse:collapse;font-size:.85em}
td,th{border:1px solid #ddd;padding:.2em .5em;text-align:right;vertical-align:top}
th{background:#f6f6f6}.files{font-size:.85em;color:#666}"""


def render_report(analysis: Analysis, sections: Sequence[Section], fmt: str) -> str:
    """``report.md`` (``fmt="md"``) or ``report.html`` from ``templates/report.<fmt>.j2``: title, what was
    analysed, then per chart its finding, image, reading and files. Article text is escaped for the format
    (Markdown marks backslashed by :func:`md_escape`, HTML by Jinja2's autoescape)."""
    rows = [{**vars(s), "figures": [{"label": Path(f).suffix[1:].upper(), "path": f} for f in s.figures],
             "table_html": Markup(s.table.to_html(index=False, escape=True, border=0,
                                                  float_format=lambda x: f"{x:.3g}"))} for s in sections]
    return _TEMPLATES[fmt].get_template(f"report.{fmt}.j2").render(
        title=analysis.article.title or analysis.article.source, about=_about(analysis), highlight=HIGHLIGHT_FILE,
        sections=rows, evidence=[(name, what) for name, (_, what) in EVIDENCE_TABLES.items()], schema=SCHEMA,
        page=PAGE_FILE if analysis.article.html is not None else None, css=Markup(REPORT_CSS))


def report_slug(analysis: Analysis) -> str:
    """A stable folder name for an article's report: its file name without extension, else its title in
    lowercase words joined by hyphens (at most 60 characters)."""
    source = Path(analysis.article.source)
    if source.suffix:
        return source.stem
    words = re.findall(r"[a-z0-9]+", analysis.article.title.lower())
    return "-".join(words)[:60].rstrip("-") or "article"
