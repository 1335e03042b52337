"""Article-level charts: loaded terms by voice, readability against reference bands, several articles compared.

Same contract as :mod:`analysis.present.charts` (which re-exports these): ``plot_*``
returns a Figure and never shows or saves it, ``*_table`` holds the numbers it
draws, ``*_finding`` the sentence used as its title.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ...result import Analysis
from .base import (FEW, INK, MIN_BASE_FOR_SHARE, MUTED, article_label, label_bars, make_canvas, note_empty, plural,
                   set_titles, styled, subtitle_of)

# Greys: voices are not sides, so they take no side colour; the author's voice is always the dark one.
AUTHOR_COLOR, QUOTED_COLOR, ARTICLE_COLOR = "#3B3B3B", "#A8A8A8", "#8C8C8C"


# --- loaded terms by category and voice ----------------------------------------------------------------------

def voice_word_counts(analysis: Analysis) -> dict[str, int]:
    """Counted words in the author's voice and in the sources' (``quoted``: quoted or reported voice)."""
    words = analysis.article.words_by_voice
    return {"author": words["author"], "quoted": words["quoted"] + words["reported"]}


def loaded_by_voice_table(analysis: Analysis) -> pd.DataFrame:
    """One row per loaded-term category: count in the author's voice and in the sources' (``quoted``: quoted or
    reported voice), and per 1,000 words.

    Rates divide by the words of that voice; higher => that voice judges more with its wording.
    """
    words = voice_word_counts(analysis)
    counts = Counter((s.category, "author" if s.voice == "author" else "quoted")
                     for s in analysis.spans if s.kind == "loaded")
    categories = sorted({c for c, _ in counts}, key=lambda c: (-(counts[(c, "author")] + counts[(c, "quoted")]), c))
    rows = [{"category": c, "author": counts[(c, "author")], "quoted": counts[(c, "quoted")]} for c in categories]
    table = pd.DataFrame(rows, columns=["category", "author", "quoted"])
    for voice in ("author", "quoted"):
        table[f"{voice}_per_1k_words"] = 1000 * table[voice] / words[voice] if words[voice] else 0.0
    table.attrs["words"] = words
    return table


def loaded_by_voice_finding(table: pd.DataFrame) -> str:
    """The title: how the loaded terms split between the author's voice and the quoted ones."""
    author, quoted = int(table["author"].sum()), int(table["quoted"].sum())
    total = author + quoted
    if total == 0:
        return "No loaded terms in the article, in the author's voice or in sources' words"
    if total < FEW:
        return f"Only {plural(total, 'loaded term')}: {author} in the author's voice, {quoted} in sources' words"
    words = table.attrs.get("words", {})
    head = f"The author's voice carries {author} of {total} loaded terms"
    if words.get("author", 0) >= MIN_BASE_FOR_SHARE and words.get("quoted", 0) >= MIN_BASE_FOR_SHARE:
        a_rate, q_rate = 1000 * author / words["author"], 1000 * quoted / words["quoted"]
        return f"{head}: {a_rate:.1f} per 1,000 of its words against {q_rate:.1f} in sources' words"
    return head


@styled
def plot_loaded_by_voice(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Loaded terms by category (pejorative, emotive, delegitimising…), author's voice next to the sources' (quoted or reported)."""
    table = loaded_by_voice_table(analysis)
    canvas = make_canvas(ax)
    panel = canvas.axes[0]
    method = ("author's voice vs quoted sources", "loaded-term lexicon")
    if table.empty:
        note_empty(canvas, loaded_by_voice_finding(table))
        return set_titles(canvas, loaded_by_voice_finding(table), subtitle_of(analysis, *method))
    words = table.attrs["words"]
    ys = np.arange(len(table))
    for offset, voice, color, name in ((-0.2, "author", AUTHOR_COLOR, "author's voice"),
                                       (0.2, "quoted", QUOTED_COLOR, "quoted or reported")):
        values = table[voice].to_numpy()
        panel.barh(ys + offset, values, height=0.38, color=color, label=f"{name} ({words[voice]:,} words)")
        label_bars(panel, values, ys + offset, [str(int(v)) for v in values])
    panel.set_yticks(ys, table["category"])
    panel.set_ylim(len(table) - 0.5, -0.5)
    panel.tick_params(axis="y", length=0)
    panel.set_xlim(0, max(table[["author", "quoted"]].to_numpy().max(), 1) * 1.15)
    panel.xaxis.set_major_locator(MaxNLocator(integer=True))
    panel.set_xlabel("loaded terms (count)")
    panel.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, handlelength=1.0)
    return set_titles(canvas, loaded_by_voice_finding(table), subtitle_of(analysis, *method))


# --- readability -----------------------------------------------------------------------------------------------

GRADE_MEASURES = {"flesch_kincaid_grade": "Flesch–Kincaid", "gunning_fog": "Gunning fog", "smog_index": "SMOG",
                  "coleman_liau_index": "Coleman–Liau", "automated_readability_index": "ARI",
                  "linsear_write_formula": "Linsear Write"}
MEDIAN_GRADE = "median_grade"  # the median of the grade measures above: where they meet, not textstat's vote
# Grade 8: the usual plain-language target for general news (the issue's own reference); a convention,
# not a cut-off of any formula.
GENERAL_NEWS_GRADE = 8
GRADE_BANDS = ((0, GENERAL_NEWS_GRADE, "general news ≤ 8"), (GENERAL_NEWS_GRADE, 12, "high school"),
               (12, 16, "college"), (16, None, "graduate"))
# Flesch (1948): 60-70 "standard" (plain English), 50-60 "fairly difficult", 30-50 "difficult", 0-30 "very difficult".
EASE_BANDS = ((60, 100, "plain English ≥ 60"), (50, 60, "fairly difficult"), (30, 50, "difficult"),
              (None, 30, "very difficult"))
BAND_SHADES = ("#DDEFE4", "#F5F5F5", "#EDEDED", "#E4E4E4")  # the target band green-tinted, the rest grey


def ease_band(ease: float) -> str:
    """Flesch's (1948) name for a reading ease score: plain English, fairly difficult, difficult or very difficult."""
    return next(name.removesuffix(" ≥ 60") for low, _, name in EASE_BANDS if low is None or ease >= low)


def readability_table(analysis: Analysis) -> pd.DataFrame:
    """The scores drawn: each grade measure and Flesch reading ease for the article and its author's voice,
    plus the Flesch–Kincaid grade of every prose paragraph.

    Grade measures: higher => harder (US school grade). Flesch reading ease: higher => easier (0-100).
    """
    rows = []
    for scope, scores in (("article", analysis.readability), ("author's voice", analysis.readability_author)):
        scores = {**scores, MEDIAN_GRADE: median_grade(scores)}
        for measure, label in [*GRADE_MEASURES.items(), (MEDIAN_GRADE, "median of the six"),
                               ("flesch_reading_ease", "Flesch reading ease")]:
            rows.append({"measure": measure, "label": label, "scope": scope, "value": scores.get(measure, 0.0)})
    rows.sort(key=lambda row: [*GRADE_MEASURES, MEDIAN_GRADE, "flesch_reading_ease"].index(row["measure"]))
    for row in analysis.readability_paragraphs:
        rows.append({"measure": "flesch_kincaid_grade", "label": "Flesch–Kincaid",
                     "scope": f"paragraph {row['paragraph']}", "value": row["flesch_kincaid_grade"]})
    return pd.DataFrame(rows, columns=["measure", "label", "scope", "value"])


def median_grade(scores: dict[str, float]) -> float:
    """The median of the six grade measures (Flesch–Kincaid, Gunning fog, SMOG, Coleman–Liau, ARI, Linsear Write)."""
    return float(np.median([scores.get(name, 0.0) for name in GRADE_MEASURES]))


def readability_finding(table: pd.DataFrame) -> str:
    """The title: the article's Flesch–Kincaid grade against the general-news reference."""
    fk = table[(table["measure"] == "flesch_kincaid_grade") & (table["scope"] == "article")]["value"]
    if fk.empty or fk.iloc[0] == 0:
        return "No words to score for readability"
    grade = fk.iloc[0]
    if grade <= GENERAL_NEWS_GRADE:
        return f"Written at grade {grade:.1f} (Flesch–Kincaid), within the grade-{GENERAL_NEWS_GRADE} target for news"
    return (f"Written at grade {grade:.1f} (Flesch–Kincaid), {grade - GENERAL_NEWS_GRADE:.1f} grades above the "
            f"grade-{GENERAL_NEWS_GRADE} target for general news")


def shade_bands(ax: Axes, bands: Sequence[tuple], limits: tuple[float, float]) -> None:
    """Shaded reference bands across the x axis, each named along the bottom of the axes."""
    for (low, high, name), shade in zip(bands, BAND_SHADES):
        low, high = limits[0] if low is None else low, limits[1] if high is None else high
        if high <= limits[0] or low >= limits[1]:
            continue
        low, high = max(low, limits[0]), min(high, limits[1])
        ax.axvspan(low, high, color=shade, zorder=0, linewidth=0)
        ax.annotate(name, ((low + high) / 2, 0), xycoords=("data", "axes fraction"), xytext=(0, 3),
                    textcoords="offset points", ha="center", va="bottom", fontsize=6.5, color=MUTED)


def bar_rows(ax: Axes, labels: Sequence[str]) -> np.ndarray:
    """Rows named ``labels``, first on top, with a strip left free at the bottom for the band names."""
    ys = np.arange(len(labels))
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(labels) + 0.3, -0.6)
    ax.tick_params(axis="y", length=0)
    return ys


@styled
def plot_readability(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Grade-level measures (top) and Flesch reading ease (bottom) for the article and its author's voice,
    over reference bands; dots give each paragraph's Flesch–Kincaid grade."""
    table = readability_table(analysis)
    canvas = make_canvas(ax, 1, nrows=2, height_ratios=(4.4, 1.5), sharey=False, figsize=(6.5, 4.4))
    grade_ax, ease_ax = canvas.axes
    method = ("textstat formulas on the article's own sentences",)
    if readability_finding(table).startswith("No words"):
        note_empty(canvas, readability_finding(table))
        return set_titles(canvas, readability_finding(table), subtitle_of(analysis, *method))
    overall = table[~table["scope"].str.startswith("paragraph")]
    paragraphs = table[table["scope"].str.startswith("paragraph")]["value"].to_numpy()
    grades = overall[overall["measure"].isin([*GRADE_MEASURES, MEDIAN_GRADE])]
    labels = [*GRADE_MEASURES.values(), "median of the six"] + (["paragraphs (F–K)"] if len(paragraphs) else [])
    ys = bar_rows(grade_ax, labels)
    grade_max = max(grades["value"].max(), paragraphs.max() if len(paragraphs) else 0, 18) + 2
    grade_min = min(0, paragraphs.min() if len(paragraphs) else 0)
    shade_bands(grade_ax, GRADE_BANDS, (grade_min, grade_max))
    for offset, scope, color in ((-0.19, "article", ARTICLE_COLOR), (0.19, "author's voice", AUTHOR_COLOR)):
        values = grades[grades["scope"] == scope]["value"].to_numpy()
        grade_ax.barh(ys[:len(values)] + offset, values, height=0.36, color=color, label=scope, zorder=2)
        label_bars(grade_ax, values, ys[:len(values)] + offset, [f"{v:.1f}" for v in values], fontsize=6.5)
    if len(paragraphs):
        grade_ax.scatter(paragraphs, np.full(len(paragraphs), ys[-1]), s=12, color=INK, alpha=0.55,
                         linewidths=0, zorder=3, label="one paragraph")
    grade_ax.set_xlim(grade_min, grade_max)
    grade_ax.set_xlabel("US school grade (higher = harder)")
    grade_ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, handlelength=1.0)
    ease = overall[overall["measure"] == "flesch_reading_ease"]
    low = min(0, ease["value"].min() - 5)
    ease_ys = bar_rows(ease_ax, ["reading ease"])
    shade_bands(ease_ax, EASE_BANDS, (low, 100))
    for offset, (value, color) in zip((-0.19, 0.19), zip(ease["value"], (ARTICLE_COLOR, AUTHOR_COLOR))):
        ease_ax.barh(ease_ys + offset, [value], height=0.36, color=color, zorder=2)
        label_bars(ease_ax, [value], ease_ys + offset, [f"{value:.0f}"], fontsize=6.5)
    ease_ax.set_xlim(low, 100)
    ease_ax.set_xlabel("Flesch reading ease, 0–100 (higher = easier); bands after Flesch (1948)")
    return set_titles(canvas, readability_finding(table), subtitle_of(analysis, *method))


# --- several articles ------------------------------------------------------------------------------------------

COMPARED = {"loaded_per_1k_words": ("loaded terms", "n_loaded"), "scare_quotes_per_1k_words": ("scare quotes",
            "n_scare_quotes"), "hedges_per_1k_words": ("hedges", "n_hedges"),
            "boosters_per_1k_words": ("boosters", "n_boosters"),
            "quoted_word_share": ("quoted words (share)", "n_quoted_words"),
            "flesch_kincaid_grade": ("Flesch–Kincaid grade", None)}
_KIND_COLUMNS = {"loaded": "loaded", "scare_quote": "scare_quotes", "hedge": "hedges", "booster": "boosters"}


def comparison_table(analyses: Sequence[Analysis]) -> pd.DataFrame:
    """One row per article: counts and rates per 1,000 words of its markers, quoted-word share, FK grade.

    Rates: higher => more of that marker for the article's length.
    """
    rows = []
    for i, analysis in enumerate(analyses, start=1):
        n_words = analysis.n_words
        counts = Counter(s.kind for s in analysis.spans)
        row = {"article": f"{i}. {article_label(analysis, 34)}", "source": analysis.article.source, "n_words": n_words}
        for kind, name in _KIND_COLUMNS.items():
            row[f"n_{name}"] = counts[kind]
            row[f"{name}_per_1k_words"] = 1000 * counts[kind] / n_words if n_words else 0.0
        share = analysis.rates.get("quoted_word_share", 0.0)
        row.update({"n_attributions": len(analysis.attributions), "n_quoted_words": round(share * n_words),
                    "quoted_word_share": share,
                    "flesch_kincaid_grade": analysis.readability.get("flesch_kincaid_grade", 0.0)})
        rows.append(row)
    return pd.DataFrame(rows, columns=["article", "source", "n_words", "n_loaded", "loaded_per_1k_words",
                                       "n_scare_quotes", "scare_quotes_per_1k_words", "n_hedges",
                                       "hedges_per_1k_words", "n_boosters", "boosters_per_1k_words",
                                       "n_attributions", "n_quoted_words", "quoted_word_share",
                                       "flesch_kincaid_grade"])


def comparison_finding(table: pd.DataFrame) -> str:
    """The title: which article uses the most loaded terms for its length, against the median."""
    if table.empty:
        return "No articles to compare"
    if len(table) == 1:
        return f"One article: {table['loaded_per_1k_words'].iloc[0]:.1f} loaded terms per 1,000 words"
    if table["n_loaded"].sum() == 0:
        return f"None of the {len(table)} articles uses a loaded term from the lexicon"
    top = table.sort_values("loaded_per_1k_words", ascending=False, kind="stable").iloc[0]
    median = statistics.median(table["loaded_per_1k_words"])
    name = top["article"].split(". ", 1)[-1]
    return (f"“{name}” uses the most loaded terms: {top['loaded_per_1k_words']:.1f} per 1,000 words "
            f"({int(top['n_loaded'])}), median {median:.1f}")


@styled
def plot_comparison(analyses: Sequence[Analysis], *, ax: Axes | None = None) -> Figure:
    """Several articles side by side on the same measures: one panel per measure, one row per article.

    Each dot is labelled with its value and, in brackets, the count behind a rate.
    """
    analyses = list(analyses)
    table = comparison_table(analyses)
    n = max(len(table), 1)
    canvas = make_canvas(ax, 3, nrows=2, figsize=(6.5, min(2.0 + 0.5 * n, 8.0)))
    subtitle = " · ".join([plural(len(table), "article"), "rates per 1,000 words of each article",
                           "loaded-term, hedge and booster lexicons"])
    if table.empty:
        note_empty(canvas, comparison_finding(table))
        return set_titles(canvas, comparison_finding(table), subtitle)
    ys = np.arange(len(table))
    for panel, (column, (label, count_column)) in zip(canvas.axes, COMPARED.items()):
        values = table[column].to_numpy()
        panel.hlines(ys, 0, values, color="#CCCCCC", linewidth=1, zorder=1)
        panel.scatter(values, ys, s=22, color=INK, zorder=2)
        texts = [f"{v:.0%}" if column == "quoted_word_share" else f"{v:.1f}" for v in values]
        if count_column:
            texts = [f"{t} ({int(c)})" for t, c in zip(texts, table[count_column])]
        label_bars(panel, values, ys, texts, fontsize=6.5)
        panel.set_xlim(0, max(values.max(), 1e-9) * 1.6 or 1)
        panel.set_title(label, fontsize=8, loc="left")
        panel.tick_params(axis="x", labelsize=7)
        panel.xaxis.set_major_locator(MaxNLocator(nbins=3))
    first = canvas.axes[0]
    for row_start in (canvas.axes[0], canvas.axes[3]):
        row_start.set_yticks(ys, table["article"])
    first.set_ylim(len(table) - 0.5, -0.5)
    for panel in canvas.axes:
        panel.tick_params(axis="y", length=0)
    return set_titles(canvas, comparison_finding(table), subtitle)
