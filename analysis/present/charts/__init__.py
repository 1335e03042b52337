"""Charts of how an article frames its sides, drawn with matplotlib's object API.

Every ``plot_*`` function takes an analysis, an optional ``ax`` and returns the
:class:`~matplotlib.figure.Figure`; none calls ``show()`` or ``savefig()``.
Each has a companion ``*_table`` returning exactly the numbers it draws, and a
``*_finding`` returning the sentence used as its title. Export with
:func:`save_figure`. Article-level charts (loaded terms by voice, readability,
several articles compared) live in :mod:`analysis.present.charts.article`, marker density in
:mod:`analysis.present.charts.density`, tone and roles in :mod:`analysis.present.charts.tone`; all are
re-exported here, so ``from analysis.present.charts import ...`` reaches every chart.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ...result import Analysis
from .article import (GRADE_MEASURES, MEDIAN_GRADE, comparison_finding, comparison_table, ease_band,  # noqa: F401
                      loaded_by_voice_finding, loaded_by_voice_table, median_grade, plot_comparison,
                      plot_loaded_by_voice, plot_readability, readability_finding, readability_table,
                      voice_word_counts)
from .base import (FEW, FIGSIZE, FORMATS, INK, MIN_BASE_FOR_SHARE, MUTED, NO_SIDE, PNG_DPI, diverging_limits,
                   label_bars, legend_columns, make_canvas, note_empty, plural, save_figure, set_titles, share_text,
                   side_colors, side_ticks, styled, subtitle_of)
from .density import (DENSITY_KINDS, densest_window, densest_windows, marker_density_finding,  # noqa: F401
                      marker_density_table, plot_marker_density, stretches_text, window_width)
from .tone import (plot_roles, plot_tone, roles_finding, roles_table, tone_finding,  # noqa: F401 - re-exported
                   tone_table)

__all__ = ["FORMATS", "PNG_DPI", "save_figure",
           "plot_tone", "tone_table", "tone_finding", "plot_roles", "roles_table", "roles_finding",
           "plot_side_profile", "side_profile_table", "side_profile_finding",
           "plot_side_labels", "side_labels_table", "side_labels_finding",
           "plot_voice", "voice_table", "voice_finding",
           "plot_marker_density", "marker_density_table", "marker_density_finding",
           "plot_loaded_by_voice", "loaded_by_voice_table", "loaded_by_voice_finding",
           "plot_readability", "readability_table", "readability_finding",
           "plot_comparison", "comparison_table", "comparison_finding", "voice_word_counts"]

# --- side framing profile ----------------------------------------------------------------------------------

PROFILE_METHOD = ("author's voice", "loaded-term lexicon, scare quotes, hedges and boosters tied to the side "
                  "they are about (read from the parse)")


def side_profile_table(analysis: Analysis) -> pd.DataFrame:
    """One row per side: mentions, loaded terms (count and per mention), scare quotes, hedged and boosted sentences.

    All in the author's voice. Higher ``loaded_negative_per_mention`` => the author's wording runs
    more against that side each time it comes up.
    """
    rows = []
    for p in analysis.sides:
        n = p["n_mentions"]
        rows.append({"side": p["name"], "n_mentions": n, "loaded_negative": p["loaded_negative"],
                     "loaded_positive": p["loaded_positive"],
                     "loaded_negative_per_mention": p["loaded_negative"] / n if n else 0.0,
                     "loaded_positive_per_mention": p["loaded_positive"] / n if n else 0.0,
                     "scare_quotes": p["scare_quotes"], "hedged_sentences": p["hedged_sentences"],
                     "boosted_sentences": p["boosted_sentences"]})
    return pd.DataFrame(rows, columns=["side", "n_mentions", "loaded_negative", "loaded_positive",
                                       "loaded_negative_per_mention", "loaded_positive_per_mention",
                                       "scare_quotes", "hedged_sentences", "boosted_sentences"])


def side_profile_finding(table: pd.DataFrame) -> str:
    """The title of the profile: which side the author's loaded terms lean against, or why none can be named."""
    if table.empty:
        return "No sides given: a sides file ties markers to camps of actors"
    n_loaded = int(table["loaded_negative"].sum() + table["loaded_positive"].sum())
    if n_loaded == 0:
        n_scare = int(table["scare_quotes"].sum())
        if n_scare == 0:
            return "No negative or positive loaded terms or scare quotes tied to any side in the author's voice"
        top = table.sort_values("scare_quotes", ascending=False, kind="stable").iloc[0]
        return (f"No negative or positive loaded terms tied to any side; {top['side']} draws "
                f"{int(top['scare_quotes'])} of {plural(n_scare, 'scare quote')}")
    if n_loaded < FEW:
        return (f"Only {plural(n_loaded, 'negative or positive loaded term')} tied to a side: "
                "too few to compare the sides")
    n_side = table["loaded_negative"] + table["loaded_positive"]
    # The two sides with the most loaded terms, as counts: a per-mention rate from two words would mislead.
    top = table.assign(n_loaded=n_side, lean=table["loaded_negative"] - table["loaded_positive"])
    top = top[top["n_loaded"] > 0].sort_values("n_loaded", ascending=False, kind="stable").head(2)
    top = top.sort_values("lean", ascending=False, kind="stable")
    return "The author's loaded terms run " + "; ".join(lean_phrase(r) for r in top.itertuples())


def lean_phrase(row) -> str:
    """``6 to 1 negative for Washington and allies``, ``4 to 1 positive for …``, ``even (3 each) for …``."""
    neg, pos = int(row.loaded_negative), int(row.loaded_positive)
    if neg == pos:
        return f"even ({neg} each) for {row.side}"
    return f"{max(neg, pos)} to {min(neg, pos)} {'negative' if neg > pos else 'positive'} for {row.side}"


@styled
def plot_side_profile(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Per side: negative vs positive loaded terms per mention, scare quotes, hedged vs boosted sentences.

    Bars left of zero count against the side (negative terms, hedged sentences), right of
    zero for it (positive terms, boosted sentences). Each bar is labelled in its own unit: loaded terms
    per mention with the count in brackets ("0.14 (1)"), scare quotes and sentences as counts.
    """
    table = side_profile_table(analysis)
    canvas = make_canvas(ax, 3, width_ratios=(1.5, 1, 1.3))
    loaded_ax, scare_ax, certainty_ax = canvas.axes
    if table.empty:
        note_empty(canvas, side_profile_finding(table))
        return set_titles(canvas, side_profile_finding(table), subtitle_of(analysis, *PROFILE_METHOD))
    colors = [side_colors(analysis)[name] for name in table["side"]]
    ys = side_ticks(loaded_ax, table["side"], [plural(int(n), "mention") + " (any voice)" for n in table["n_mentions"]])
    negative, positive = table["loaded_negative_per_mention"], table["loaded_positive_per_mention"]
    loaded_ax.barh(ys, -negative, color=colors, height=0.6, label="negative")
    loaded_ax.barh(ys, positive, color=colors, height=0.6, alpha=0.45, hatch="///", edgecolor="white",
                   linewidth=0, label="positive")
    for rates, counts, sign in ((negative, table["loaded_negative"], -1), (positive, table["loaded_positive"], 1)):
        label_bars(loaded_ax, sign * rates, ys, [_per_mention_label(r, n) for r, n in zip(rates, counts)])
    diverging_limits(loaded_ax, negative, positive, room=2.2)  # labels such as "0.11 (8)" need the room
    loaded_ax.set_xlabel("loaded terms per mention (count)\n← negative   positive →")
    scare_ax.barh(ys, table["scare_quotes"], color=colors, height=0.6)
    label_bars(scare_ax, table["scare_quotes"], ys, [str(int(n)) for n in table["scare_quotes"]])
    scare_ax.set_xlim(0, max(table["scare_quotes"].max(), 1) * 1.35)
    scare_ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    scare_ax.set_xlabel("scare quotes\n(count)")
    hedged, boosted = table["hedged_sentences"], table["boosted_sentences"]
    certainty_ax.barh(ys, -hedged, color=colors, height=0.6, alpha=0.45, hatch="...", edgecolor="white",
                      linewidth=0)
    certainty_ax.barh(ys, boosted, color=colors, height=0.6)
    label_bars(certainty_ax, -hedged, ys, [str(int(n)) for n in hedged])
    label_bars(certainty_ax, boosted, ys, [str(int(n)) for n in boosted])
    diverging_limits(certainty_ax, hedged, boosted)
    certainty_ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    certainty_ax.xaxis.set_major_formatter(lambda x, _: f"{abs(x):g}")
    certainty_ax.set_xlabel("sentences about the side\n← hedged   boosted →")
    for panel in canvas.axes:
        panel.tick_params(axis="x", labelsize=7.5)
        panel.tick_params(axis="y", length=0)
    loaded_ax.xaxis.set_major_formatter(lambda x, _: f"{abs(x):.2g}")
    return set_titles(canvas, side_profile_finding(table), subtitle_of(analysis, *PROFILE_METHOD))


def _per_mention_label(rate: float, count: int) -> str:
    return f"{rate:.2g} ({int(count)})" if count else "0"


# --- labels each side receives -----------------------------------------------------------------------------

MAX_LABEL_INCHES = 3.6  # of bars, so that the chart stays within about half a page
LABEL_BAR_INCHES = 0.11  # per side and term, enough for a 6.5 pt count beside each bar
VALENCE_MARK = {-1: " (−)", 0: "", 1: " (+)"}


def side_labels_table(analysis: Analysis) -> pd.DataFrame:
    """One row per label term (author's voice) with its frame, valence and its count for each side.

    Rows are ordered by frame, then by total use, most used first.
    """
    names = [p["name"] for p in analysis.sides]
    rows = [r for r in analysis.labels if r["voice"] == "author"]
    if not rows:
        return pd.DataFrame(columns=["frame", "term", "valence", *names, "total"])
    counts = (pd.DataFrame(rows).groupby(["frame", "term", "valence", "side"]).size()
              .unstack("side", fill_value=0).reindex(columns=names, fill_value=0).reset_index())
    counts.columns.name = None
    counts["total"] = counts[names].sum(axis=1)
    return counts.sort_values(["frame", "total", "term"], ascending=[True, False, True], kind="stable",
                              ignore_index=True)


def side_labels_finding(table: pd.DataFrame) -> str:
    """The title of the labels chart: the most used judging label and whom it names, or the most used label."""
    if table.empty or table["total"].sum() == 0:
        return "No label from the label lexicon names any side in the author's voice"
    sides = [c for c in table.columns if c not in ("frame", "term", "valence", "total")]
    judging = table[table["valence"] != 0]
    pool = judging if not judging.empty else table
    row = pool.sort_values("total", ascending=False, kind="stable").iloc[0]
    ranked = [side for side in sorted(sides, key=lambda side: -row[side]) if row[side] > 0]
    kind = {-1: "pejorative ", 1: "valorising "}.get(int(row["valence"]), "")
    if len(ranked) == 1:
        return f"The {kind}label “{row['term']}” is tied only to {ranked[0]} ({int(row[ranked[0]])}×)"
    return f"The {kind}label “{row['term']}” is tied to " + ", ".join(f"{side} {int(row[side])}×" for side in ranked)


def label_layout(terms: pd.DataFrame) -> list[tuple[str, int | None]]:
    """Rows of the labels chart: a header ``(frame, None)`` before each frame's terms ``(tick label, row)``."""
    rows: list[tuple[str, int | None]] = []
    for i, (frame, term, valence) in enumerate(zip(terms["frame"], terms["term"], terms["valence"])):
        if i == 0 or frame != terms["frame"][i - 1]:
            rows.append((frame, None))
        rows.append((f"{term}{VALENCE_MARK.get(int(valence), '')}", i))
    return rows


@styled
def plot_side_labels(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """How often each label term (regime, government, rebels, liberate…) names each side, one bar per side.

    Shows as many terms as fit :data:`MAX_LABEL_INCHES`, judging labels first, then the most used; the
    companion table has them all.
    """
    table = side_labels_table(analysis)
    names = [p["name"] for p in analysis.sides]
    row_inches = max(0.24, LABEL_BAR_INCHES * len(names))
    n_rows = max(3, int(MAX_LABEL_INCHES / row_inches) - min(table["frame"].nunique(), 3) if len(table) else 3)
    # judging labels first, so the one the title names is always drawn
    shown = table.assign(judging=table["valence"] != 0).sort_values(["judging", "total"], ascending=False,
                                                                     kind="stable").head(n_rows).drop(columns="judging")
    shown = shown.sort_values(["frame", "total", "term"], ascending=[True, False, True], kind="stable")
    height = max(FIGSIZE[1], 1.9 + row_inches * (len(shown) + shown["frame"].nunique()))
    canvas = make_canvas(ax, figsize=(FIGSIZE[0], height))
    panel = canvas.axes[0]
    method = ["author's voice", "label lexicon (labels.tsv): (−) pejorative, (+) valorising"]
    if len(shown) < len(table):
        method.append(f"{len(shown)} of {len(table)} terms, judging ones first")
    if shown.empty:
        note_empty(canvas, side_labels_finding(table))
        return set_titles(canvas, side_labels_finding(table), subtitle_of(analysis, *method))
    colors = side_colors(analysis)
    terms = shown.reset_index(drop=True)
    rows = label_layout(terms)
    ys = np.array([y for y, (_, term) in enumerate(rows) if term is not None])
    names = [name for name in names if terms[name].any()]
    bar = 0.8 / max(len(names), 1)
    for y, (_, term) in zip(ys, terms.iterrows()):
        present = [name for name in names if term[name]]  # a row's bars centred on its label, no empty slots
        for j, name in enumerate(present):
            offset = y + bar * (j + 0.5 - len(present) / 2)
            panel.barh(offset, term[name], height=bar * 0.92, color=colors[name])
            label_bars(panel, [term[name]], [offset], [str(int(term[name]))], fontsize=6.5)
    panel.set_yticks(range(len(rows)), [text for text, _ in rows])
    for tick, (_, term) in zip(panel.get_yticklabels(), rows):
        if term is None:
            tick.set(fontweight="bold", fontsize=7.5, color=MUTED)
    panel.set_ylim(len(rows) - 0.5, -0.5)
    panel.tick_params(axis="y", length=0)
    panel.set_xlim(0, terms[names].to_numpy().max() * 1.2 + 0.5)
    panel.xaxis.set_major_locator(MaxNLocator(integer=True))
    panel.set_xlabel("times the label is tied to the side (count)")
    panel.legend(handles=[Patch(color=colors[name], label=name) for name in names], loc="lower left",
                 bbox_to_anchor=(0, 1.0), handlelength=1.0, columnspacing=1.0,
                 ncols=legend_columns(names, indent=max(len(text) for text, _ in rows)))
    return set_titles(canvas, side_labels_finding(table), subtitle_of(analysis, *method))


# --- voice: who is quoted, introduced how --------------------------------------------------------------------

STANCES = ("endorse", "neutral", "concede", "dispute", "doubt")
# Paul Tol's colour-blind-safe "muted" scheme (Tol 2021, https://personal.sron.nl/~pault/), kept apart
# from the Okabe-Ito side colours so that a stance is never mistaken for a side.
STANCE_COLORS = {"endorse": "#44AA99", "neutral": "#DDDDDD", "concede": "#DDCC77", "dispute": "#88CCEE",
                 "doubt": "#882255"}


def voice_table(analysis: Analysis) -> pd.DataFrame:
    """One row per side (and ``no side`` if any source is tied to none): attributions by cue stance, words attributed.

    ``attributed_word_share`` is the side's share of all attributed words (0-1); higher => its
    sources speak more of the article's quoted or reported words.
    """
    names = [p["name"] for p in analysis.sides]
    if any(a.side not in names and a.told_in is None for a in analysis.attributions):
        names.append(NO_SIDE)
    rows = {name: {"side": name, "n_attributions": 0, **dict.fromkeys(STANCES, 0), "words_attributed": 0}
            for name in names}
    for a in (a for a in analysis.attributions if a.told_in is None):  # not a speech told in another's quotation
        row = rows[a.side if a.side in rows else NO_SIDE]
        row["n_attributions"] += 1
        row[a.stance if a.stance in STANCES else "neutral"] += 1
        row["words_attributed"] += a.words_attributed
    table = pd.DataFrame(list(rows.values()), columns=["side", "n_attributions", *STANCES, "words_attributed"])
    total = table["words_attributed"].sum()
    table["attributed_word_share"] = table["words_attributed"] / total if total else 0.0
    return table


def possessive(name: str) -> str:
    """``Washington and allies'``, ``Russia's``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def voice_finding(table: pd.DataFrame) -> str:
    """The title of the voice chart: whose sources get most of the attributed words."""
    n = int(table["n_attributions"].sum()) if not table.empty else 0
    if n == 0:
        return "No attributed sources found"
    sided = table[table["side"] != NO_SIDE]
    if sided["n_attributions"].sum() == 0:
        return "The one attribution is tied to no side" if n == 1 else f"None of the {n} attributions is tied to a side"
    total = int(table["words_attributed"].sum())
    top = sided.sort_values(["words_attributed", "n_attributions"], ascending=False, kind="stable").iloc[0]
    words = int(top["words_attributed"])
    if total < MIN_BASE_FOR_SHARE:
        return f"Few attributed words in all ({total}); {possessive(top['side'])} sources speak {words} of them"
    second = sided.sort_values("words_attributed", ascending=False, kind="stable").iloc[1:2]
    if len(second) and int(second.iloc[0]["words_attributed"]) == words:
        return f"{top['side']} and {second.iloc[0]['side']} get equal shares of attributed words ({words} each)"
    share = f"{100 * words / total:.0f}% of attributed words ({words} of {total})"
    head = f"{possessive(top['side'])} sources speak {share}"
    doubt = int(top["doubt"])
    return f"{head}; {doubt} of {int(top['n_attributions'])} with a doubting cue" if doubt else head


@styled
def plot_voice(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Attributions per side stacked by cue stance (left), and the words its sources are quoted with (right)."""
    table = voice_table(analysis)
    canvas = make_canvas(ax, 2, width_ratios=(1.3, 1))
    stance_ax, words_ax = canvas.axes
    method = ("attributed sources", "cue stance from the reporting-verb lexicon")
    if table.empty or table["n_attributions"].sum() == 0:
        note_empty(canvas, voice_finding(table))
        return set_titles(canvas, voice_finding(table), subtitle_of(analysis, *method))
    ys = side_ticks(stance_ax, table["side"], [plural(int(n), "attribution") for n in table["n_attributions"]])
    left = np.zeros(len(table))
    for stance in STANCES:
        values = table[stance].to_numpy()
        stance_ax.barh(ys, values, left=left, height=0.6, color=STANCE_COLORS[stance], label=stance,
                       edgecolor="white", linewidth=0.6)
        for y, x0, v in zip(ys, left, values):
            if v:
                stance_ax.text(x0 + v / 2, y, str(int(v)), ha="center", va="center", fontsize=7.5,
                               color="white" if stance == "doubt" else INK)
        left += values
    stance_ax.set_xlim(0, max(left.max(), 1) * 1.05)
    stance_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    stance_ax.set_xlabel("attributions (count), by the stance of their cue")
    stance_ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(STANCES), fontsize=7.5,
                     handlelength=1.0, columnspacing=0.8)
    colors = side_colors(analysis)
    total = int(table["words_attributed"].sum())
    words_ax.barh(ys, table["words_attributed"], height=0.6, color=[colors[s] for s in table["side"]])
    label_bars(words_ax, table["words_attributed"], ys, [share_text(int(w), total) for w in table["words_attributed"]])
    words_ax.set_xlim(0, max(table["words_attributed"].max(), 1) * 1.45)
    words_ax.tick_params(axis="y", labelleft=False, length=0)
    words_ax.set_xlabel(f"words quoted or reported\n(count, share of {total:,})")
    return set_titles(canvas, voice_finding(table), subtitle_of(analysis, *method))
