"""Charts of each side's tone (a score with its interval) and roles (harm done, harm suffered, help given).

Same contract as :mod:`analysis.present.charts`: ``plot_*`` takes an analysis and an optional
``ax`` and returns the figure; ``*_table`` gives exactly the numbers drawn and
``*_finding`` the sentence used as its title.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ...result import Analysis
from .base import INK, MUTED, make_canvas, note_empty, plural, set_titles, side_colors, side_ticks, styled, subtitle_of

TONE_METHOD = ("author's voice", "loaded terms, scare quotes, cue stances, roles and sentence polarity tied to "
               "each side; bar = score, line = 90% interval")
ROLE_METHOD = ("author's voice", "harm and help verbs with the side as doer or sufferer, read from the parse")
ROLE_COLUMNS = {"harm_agent": ("does harm", "#882255"), "harm_patient": ("suffers harm", "#88CCEE"),
                "help_agent": ("helps", "#44AA99"), "help_patient": ("is helped", "#DDCC77"),
                "speaker": ("speaks", "#DDDDDD")}


def tone_table(analysis: Analysis) -> pd.DataFrame:
    """One row per side: tone label, score (-1 against … +1 for), its 90% interval, evidence count, enough, and
    whether only sentence polarity moved the score past the threshold (``wording_only``: the label stays neutral)."""
    columns = ["label", "score", "low", "high", "n_evidence", "enough", "wording_only"]
    rows = [{"side": p["name"], **{k: p["tone"][k] for k in columns}} for p in analysis.sides]
    return pd.DataFrame(rows, columns=["side", *columns])


def tone_finding(table: pd.DataFrame) -> str:
    """The title of the tone chart: each side's verdict, most negative first, or why there is none."""
    if table.empty:
        return "No sides given: a sides file ties the author's words to camps of actors"
    judged = table[table["enough"]]
    if judged.empty:
        return "Too little evidence to give any side a tone"
    leaning = judged[judged["label"] != "neutral"].sort_values("score", kind="stable")
    # A 90% interval that includes zero leaves the direction unsettled: say "leans", and say why.
    parts = [f"{_leaning(row)}{row.label} toward {row.side}" + (" (its 90% interval includes zero)" if _leaning(row)
                                                                  else "") for row in leaning.itertuples()]
    parts += [f"neutral toward {row.side}{_wording(row)}" for row in judged.itertuples() if row.label == "neutral"]
    thin = [row.side for row in table.itertuples() if not row.enough]
    if leaning.empty:
        head = "The author's tone is neutral toward every side with enough evidence"
    else:
        head = "The author's tone is " + "; ".join(parts)
    return head + (f" (too little evidence for {'; '.join(thin)})" if thin else "")


def _wording(row) -> str:
    """Why a neutral verdict has a score past the threshold: only the polarity of sentences about the side moved it."""
    direction = "negative" if row.score < 0 else "positive"
    return f" (only the wording of sentences about it leans {direction})" if row.wording_only else ""


def _leaning(row) -> str:
    """"leaning " for a verdict whose 90% interval reaches or crosses zero, so the direction is not settled."""
    return "leaning " if row.label != "neutral" and row.low * row.high <= 0 else ""


@styled
def plot_tone(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Each side's tone score as a bar from zero, its 90% interval as a line, labelled with the verdict and the
    evidence count; a side with too little evidence is drawn hollow."""
    table = tone_table(analysis)
    canvas = make_canvas(ax)
    (axis,) = canvas.axes
    if table.empty:
        note_empty(canvas, tone_finding(table))
        return set_titles(canvas, tone_finding(table), subtitle_of(analysis, *TONE_METHOD))
    notes = [f"{_leaning(row)}{row.label}{' (wording only)' if row.wording_only else ''}, "
             f"{plural(int(row.n_evidence), 'piece')} of evidence" if row.enough
             else f"too little evidence ({int(row.n_evidence)})" for row in table.itertuples()]
    ys = side_ticks(axis, table["side"], notes)
    colors = side_colors(analysis)
    for y, row in zip(ys, table.itertuples()):
        color = colors[row.side]
        axis.barh(y, row.score, height=0.55, color=color if row.enough else "none", edgecolor=color, linewidth=1.2)
        axis.plot([row.low, row.high], [y, y], color=INK, linewidth=1.2)
        axis.plot([row.low, row.high], [y, y], "|", color=INK, markersize=7)
        # above the bar's end: beside the interval it ran into the side's name when the score neared -1
        axis.annotate(f"{row.score:+.2f}", (row.score, y - 0.28), xytext=(0, 1), textcoords="offset points",
                      ha="center", va="bottom", fontsize=7.5, color=INK)
    axis.set_xlim(-1.05, 1.05)
    axis.axvline(0, color=MUTED, linewidth=0.8)
    axis.set_xlabel("tone score: -1 against the side … 0 neutral … +1 for it")
    return set_titles(canvas, tone_finding(table), subtitle_of(analysis, *TONE_METHOD))


def roles_table(analysis: Analysis) -> pd.DataFrame:
    """One row per side: role events in the author's voice (does harm, suffers harm, helps, is helped), speeches,
    reading."""
    rows = [{"side": p["name"], **{k: p["roles"][k] for k in ROLE_COLUMNS}, "narrative": p["roles"]["narrative"]}
            for p in analysis.sides]
    return pd.DataFrame(rows, columns=["side", *ROLE_COLUMNS, "narrative"])


def roles_finding(table: pd.DataFrame) -> str:
    """The title of the roles chart: the narrative role each side is cast in, or that none stands out."""
    if table.empty:
        return "No sides given: a sides file ties harm and help to camps of actors"
    cast = [f"{row.side} as {row.narrative}" for row in table.itertuples() if row.narrative != "none"]
    if cast:
        return "The author casts " + "; ".join(cast)
    events = int(table[["harm_agent", "harm_patient", "help_agent", "help_patient"]].to_numpy().sum())
    if events == 0:
        return "No side does or suffers harm or help in the author's voice"
    return f"No side stands out as villain, victim or hero ({plural(events, 'harm or help role')} in all)"


@styled
def plot_roles(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Per side, grouped bars: how often it does harm, suffers harm, helps, is helped (author's voice), and speaks."""
    table = roles_table(analysis)
    canvas = make_canvas(ax)
    (axis,) = canvas.axes
    if table.empty or not table[list(ROLE_COLUMNS)].to_numpy().any():
        note_empty(canvas, roles_finding(table))
        return set_titles(canvas, roles_finding(table), subtitle_of(analysis, *ROLE_METHOD))
    ys = side_ticks(axis, table["side"], [f"reads as: {n}" if n != "none" else "" for n in table["narrative"]])
    height = 0.8 / len(ROLE_COLUMNS)
    for k, (column, (label, color)) in enumerate(ROLE_COLUMNS.items()):
        offsets = ys - 0.4 + height * (k + 0.5)
        values = table[column].to_numpy()
        axis.barh(offsets, values, height=height * 0.9, color=color, label=label)
        for y, v in zip(offsets, values):
            if v:
                axis.text(v, y, f" {int(v)}", va="center", fontsize=7, color=INK)
    axis.set_xlim(0, max(int(np.max(table[list(ROLE_COLUMNS)].to_numpy())), 1) * 1.2)
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    axis.set_xlabel("times (count)")
    axis.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(ROLE_COLUMNS), fontsize=7.5)
    return set_titles(canvas, roles_finding(table), subtitle_of(analysis, *ROLE_METHOD))
