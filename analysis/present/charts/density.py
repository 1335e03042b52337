"""Where the framing concentrates: markers sentence by sentence, coloured by the side they are tied to.

Re-exported by :mod:`analysis.present.charts`, like every chart module.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ...result import Analysis
from .base import (FEW, INK, NO_SIDE, legend_columns, make_canvas, note_empty, plural, set_titles, side_colors, styled,
                   subtitle_of)

DENSITY_KINDS = ("loaded", "scare_quote", "hedge", "booster")


def marker_density_table(analysis: Analysis) -> pd.DataFrame:
    """One row per sentence: its framing markers (loaded, scare quote, hedge, booster) per side and in total.

    ``markers_per_100_words`` is the total over the sentence's length; higher => denser framing there;
    ``in_source_words`` how many of the markers are themselves in a source's words (quoted or reported).
    """
    names = [p["name"] for p in analysis.sides] + [NO_SIDE]
    article = analysis.article
    counts = np.zeros((len(article.sentences), len(names)), dtype=int)
    in_sources = np.zeros(len(article.sentences), dtype=int)  # markers in a source's words, whatever the sentence
    column = {name: i for i, name in enumerate(names)}
    for span in analysis.spans:
        if span.kind in DENSITY_KINDS:
            counts[span.sentence, column.get(span.side or NO_SIDE, column[NO_SIDE])] += 1
            in_sources[span.sentence] += span.voice != "author"
    n_words = np.bincount([t.sentence for t in article.tokens], minlength=len(article.sentences))
    table = pd.DataFrame(counts, columns=names)
    table.insert(0, "sentence", [s.index for s in article.sentences])
    table.insert(1, "paragraph", [s.paragraph for s in article.sentences])
    table.insert(2, "voice", [s.voice for s in article.sentences])
    table.insert(3, "n_words", n_words[:len(article.sentences)])
    table["total"] = counts.sum(axis=1)
    table["in_source_words"] = in_sources
    table["markers_per_100_words"] = (100 * table["total"] / table["n_words"].where(table["n_words"] > 0)).fillna(0.0)
    table["sentence_text"] = [s.text for s in article.sentences]
    counted = [s.counted for s in article.sentences]  # captions are in no count, here neither
    return table[counted].reset_index(drop=True)


def window_width(n_sentences: int) -> int:
    """Sentences in the "densest stretch": a tenth of the article, at least three."""
    return max(3, round(n_sentences / 10))


def densest_window(totals: Sequence[int], width: int) -> tuple[int, int, int]:
    """The ``width`` consecutive sentences holding the most markers: (first, last, markers); first wins ties."""
    found = densest_windows(totals, width)
    return found[0] if found else (0, -1, 0)


def densest_windows(totals: Sequence[int], width: int) -> list[tuple[int, int, int]]:
    """Every stretch of ``width`` sentences that holds the most markers, overlapping ones merged into the first,
    each trimmed of marker-less sentences at its ends (a stretch starts and ends on a marked sentence)."""
    totals = list(totals)
    if not totals:
        return []
    width = max(1, min(width, len(totals)))
    sums = [sum(totals[i:i + width]) for i in range(len(totals) - width + 1)]
    best = max(sums)
    found: list[tuple[int, int, int]] = []
    for i, total in enumerate(sums):
        if total == best and (not found or i > found[-1][1]):
            found.append((i, i + width - 1, total))
    return [_trimmed(totals, *window) for window in found]


def _trimmed(totals: list[int], first: int, last: int, n: int) -> tuple[int, int, int]:
    while n and first < last and not totals[first]:
        first += 1
    while n and last > first and not totals[last]:
        last -= 1
    return first, last, n


def stretches_text(table: pd.DataFrame, windows: list[tuple[int, int, int]]) -> str:
    """``sentences 18–21`` or, for a tie, ``sentences 18–21 and 30–33``."""
    numbers = [(table["sentence"].iloc[a], table["sentence"].iloc[b]) for a, b, _ in windows]
    spans = [f"{a}–{b}" if a != b else f"{a}" for a, b in numbers]
    noun = "sentence " if len(spans) == 1 and numbers[0][0] == numbers[0][1] else "sentences "
    return noun + (" and ".join([", ".join(spans[:-1]), spans[-1]]) if len(spans) > 1 else spans[0])


def marker_density_finding(table: pd.DataFrame) -> str:
    """The title of the density chart: where the markers concentrate, compared with an even spread."""
    total = int(table["total"].sum()) if not table.empty else 0
    if total == 0:
        return "No loaded terms, scare quotes, hedges or boosters in the article"
    if total < FEW:
        return f"Only {plural(total, 'framing marker')} in the whole article"
    windows = densest_windows(table["total"], window_width(len(table)))
    n = windows[0][2]
    where = stretches_text(table, windows)
    widths = {last - first + 1 for first, last, _ in windows}
    # The even share of the stretch's own sentences; tied stretches of unequal length have no one multiple.
    times = f", {n / (total * widths.pop() / len(table)):.1f}× their even share" if len(widths) == 1 else ""
    if len(windows) > 1:
        return f"{where[0].upper()}{where[1:]} each hold {n} of {total} markers (a tie){times}"
    if where.startswith("sentence "):
        return f"S{where[1:]} holds {n} of {total} markers{times.replace('their', 'its')}"
    return f"S{where[1:]} hold {n} of {total} markers{times}"


@styled
def plot_marker_density(analysis: Analysis, *, ax: Axes | None = None) -> Figure:
    """Framing markers in each sentence, in article order, stacked by the side they are tied to.

    Grey bands mark sentences mostly in a source's words (quoted or reported); the densest stretch is bracketed.
    """
    table = marker_density_table(analysis)
    canvas = make_canvas(ax)
    panel = canvas.axes[0]
    method = ("all voices", "loaded terms, scare quotes, hedges and boosters per sentence")
    if table.empty or table["total"].sum() == 0:
        note_empty(canvas, marker_density_finding(table))
        return set_titles(canvas, marker_density_finding(table), subtitle_of(analysis, *method))
    colors = side_colors(analysis)
    xs = table["sentence"].to_numpy()
    for x, voice in zip(xs, table["voice"]):
        if voice != "author":
            panel.axvspan(x - 0.5, x + 0.5, color="#EEEEEE", zorder=0, linewidth=0)
    bottom = np.zeros(len(table))
    for name in [p["name"] for p in analysis.sides] + [NO_SIDE]:
        values = table[name].to_numpy()
        if values.any():
            panel.bar(xs, values, bottom=bottom, width=0.8, color=colors[name], label=name, zorder=2)
        bottom += values
    if table["total"].sum() >= FEW:
        windows = densest_windows(table["total"], window_width(len(table)))
        top = bottom.max() * 1.08
        for first, last, n in windows:  # every stretch of a tie gets its bracket
            panel.plot([xs[first] - 0.4, xs[first] - 0.4, xs[last] + 0.4, xs[last] + 0.4],
                       [top * 0.97, top, top, top * 0.97], color=INK, linewidth=0.8)
            # tied stretches may stand close together: each gets a short label, so none runs into the next
            panel.annotate(f"tie: {n} markers" if len(windows) > 1 else f"densest stretch: {n} markers",
                           ((xs[first] + xs[last]) / 2, top), xytext=(0, 2), textcoords="offset points",
                           ha="center", va="bottom", fontsize=7.5)
        panel.set_ylim(0, top * 1.18)
    handles, labels = panel.get_legend_handles_labels()
    if (table["voice"] != "author").any():
        handles.append(Patch(color="#EEEEEE", label="sentence in a source's words"))
        labels.append("sentence in a source's words")
    panel.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=legend_columns(labels),
                 handlelength=1.0, columnspacing=1.0)
    panel.set_xlim(xs[0] - 0.7, xs[-1] + 0.7)
    panel.yaxis.set_major_locator(MaxNLocator(integer=True))
    panel.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    panel.set_xlabel("sentence, in article order (0 = headline)")
    panel.set_ylabel("markers (count)")
    return set_titles(canvas, marker_density_finding(table), subtitle_of(analysis, *method))
