"""Foundations of the charts: one style, one canvas, titles that state the finding, and the one export.

Every chart module draws through :func:`make_canvas` (a new
:class:`~matplotlib.figure.Figure`, never pyplot, or the caller's ``ax``) and
:func:`set_titles` (the finding in bold, the article and method below it);
:func:`save_figure` writes any figure as PNG, SVG and PDF.

Conventions: sides keep their file order and colours (Okabe & Ito by default,
colour-blind safe); every bar carries its count as text; a share is printed only
beside its count and only when its base reaches :data:`MIN_BASE_FOR_SHARE`.
A chart given a single ``ax`` draws in it; one with several panels replaces
that ``ax`` by a subfigure in the same slot.
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure, FigureBase

from ...files import write_atomically
from ...result import Analysis

FIGSIZE = (6.5, 4.0)  # inches: the width of a printed page's text block, half its height
PNG_DPI = 200          # the issue asks for 200 dpi or more
MIN_BASE_FOR_SHARE = 20  # below this many words or items, a percentage would inflate a handful into a trend
FEW = 5                  # fewer markers than this in total are called "too few to compare"
NO_SIDE = "no side"
NO_SIDE_COLOR = "#999999"
INK, MUTED = "#222222", "#666666"
TITLE_SIZE, SUBTITLE_SIZE = 10.5, 8.0
TITLE_WRAP, SUBTITLE_WRAP = 72, 112  # characters per line that fit FIGSIZE's width at those sizes
LINE_SPACING = 1.25
TITLE_INDENT_IN = 0.08
STYLE = {
    "font.size": 8.5, "axes.labelsize": 8.5, "xtick.labelsize": 8, "ytick.labelsize": 8.5,
    "legend.fontsize": 8, "axes.edgecolor": MUTED, "axes.labelcolor": INK, "text.color": INK,
    "xtick.color": MUTED, "ytick.color": INK, "axes.spines.top": False, "axes.spines.right": False,
    "axes.titlesize": 9, "axes.titlelocation": "left", "legend.frameon": False,
    "svg.fonttype": "path", "pdf.fonttype": 42, "svg.hashsalt": "framing-analysis",
}
SAVE_METADATA = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}


def styled(plot: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw ``plot`` under :data:`STYLE` without touching the global rcParams."""
    @functools.wraps(plot)
    def wrapper(*args, **kwargs) -> Figure:
        with matplotlib.rc_context(STYLE):
            return plot(*args, **kwargs)
    return wrapper


@dataclass(frozen=True)
class Canvas:
    """Where a chart draws: its container (a figure or subfigure), its axes, and its height in inches.

    ``owned`` is False when the caller handed in the single axes, whose figure is theirs.
    """

    container: FigureBase
    axes: tuple[Axes, ...]
    size_in: tuple[float, float]
    owned: bool


def make_canvas(ax: Axes | None, n_panels: int = 1, *, figsize: tuple[float, float] = FIGSIZE,
                width_ratios: Sequence[float] | None = None, nrows: int = 1, sharey: bool = True,
                height_ratios: Sequence[float] | None = None) -> Canvas:
    """A new figure with ``nrows x n_panels`` axes, or the caller's ``ax`` (replaced by a subfigure if panels > 1)."""
    if ax is None:
        figure = Figure(figsize=figsize, layout="constrained")
        axes = figure.subplots(nrows, n_panels, sharey=sharey, squeeze=False,
                               gridspec_kw={"width_ratios": width_ratios, "height_ratios": height_ratios})
        return Canvas(figure, tuple(axes.ravel()), tuple(figsize), True)
    root = ax.get_figure(root=True)
    if nrows * n_panels == 1:
        return Canvas(root, (ax,), tuple(root.get_size_inches()), False)
    slot = ax.get_subplotspec().get_position(root)
    sub = root.add_subfigure(ax.get_subplotspec())
    ax.remove()
    axes = sub.subplots(nrows, n_panels, sharey=sharey, squeeze=False,
                        gridspec_kw={"width_ratios": width_ratios, "height_ratios": height_ratios})
    return Canvas(sub, tuple(axes.ravel()), (root.get_figwidth() * slot.width, root.get_figheight() * slot.height),
                  True)


def set_titles(canvas: Canvas, title: str, subtitle: str) -> Figure:
    """Put the finding (bold) and the article and method (grey, below it) on top; returns the root figure.

    The title is padded with blank lines so that the layout engine keeps room for the subtitle.
    """
    width_in, height_in = canvas.size_in
    scale = width_in / FIGSIZE[0]
    title_lines = textwrap.wrap(title, max(30, int(TITLE_WRAP * scale * _narrowing(title)))) or [""]
    sub_lines = textwrap.wrap(subtitle, max(40, int(SUBTITLE_WRAP * scale * _narrowing(subtitle))))
    root = canvas.axes[0].get_figure(root=True)
    if not canvas.owned:
        canvas.axes[0].set_title("\n".join(title_lines + sub_lines), loc="left", fontsize=SUBTITLE_SIZE + 0.5)
        return root
    n_blank = math.ceil(len(sub_lines) * SUBTITLE_SIZE / TITLE_SIZE) if sub_lines else 0
    x = TITLE_INDENT_IN / width_in
    # No y: the constrained layout then places the title 3 pt below the top and keeps room for all its lines.
    canvas.container.suptitle("\n".join(title_lines + [" "] * n_blank), x=x, ha="left", va="top",
                              fontsize=TITLE_SIZE, fontweight="bold", linespacing=LINE_SPACING)
    if sub_lines:
        sub_top = 1 - (3 + len(title_lines) * TITLE_SIZE * LINE_SPACING + 2) / 72 / height_in
        canvas.container.text(x, sub_top, "\n".join(sub_lines), ha="left", va="top",
                              fontsize=SUBTITLE_SIZE, color=MUTED, linespacing=LINE_SPACING)
    return root


def _narrowing(text: str) -> float:
    """Fewer characters fit a line of capitals ("WHY CAN’T THE WHITE HOUSE …"): the wrap width's share left."""
    letters = [c for c in text if c.isalpha()]
    return 1 - 0.3 * sum(c.isupper() for c in letters) / max(len(letters), 1)


def article_label(analysis: Analysis, width: int = 60) -> str:
    """The article's title, shortened to ``width`` characters."""
    return textwrap.shorten(analysis.article.title or analysis.article.source, width, placeholder="…")


def subtitle_of(analysis: Analysis, *method: str) -> str:
    """``<article title> · <scope> · <method>``: what the chart was drawn from."""
    return " · ".join([article_label(analysis), *method])


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 scare quote``, ``3 scare quotes``."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def share_text(count: int, base: int) -> str:
    """``138 words (67%)`` when the base is large enough, else the count alone."""
    if base >= MIN_BASE_FOR_SHARE and base:
        return f"{count:,} ({100 * count / base:.0f}%)"
    return f"{count:,}"


def side_colors(analysis: Analysis) -> dict[str, str]:
    """Side name -> colour from the sides file, in file order, plus the grey of :data:`NO_SIDE`."""
    return {p["name"]: p["color"] for p in analysis.sides} | {NO_SIDE: NO_SIDE_COLOR}


def wrap_label(text: str, width: int = 22) -> str:
    """A tick label broken over lines of ``width`` characters."""
    return "\n".join(textwrap.wrap(text, width)) or text


def note_empty(canvas: Canvas, message: str) -> None:
    """Say in the middle of the chart why there is nothing to draw, and hide the empty axes."""
    for ax in canvas.axes:
        ax.set_axis_off()
    if len(canvas.axes) == 1:
        where, transform = canvas.axes[0], canvas.axes[0].transAxes
    else:
        where, transform = canvas.container, canvas.container.transSubfigure
    where.text(0.5, 0.45, textwrap.fill(message, 60), ha="center", va="center", transform=transform, color=MUTED)


def label_bars(ax: Axes, ends: Sequence[float], ys: Sequence[float], texts: Sequence[str],
               fontsize: float = 7.5) -> None:
    """Write each bar's text just past its end (left of a negative bar, -0.0 included, right of a positive one)."""
    for end, y, text in zip(ends, ys, texts):
        left = math.copysign(1.0, end) < 0
        ax.annotate(text, (end, y), xytext=(-3 if left else 3, 0), textcoords="offset points",
                    ha="right" if left else "left", va="center", fontsize=fontsize, color=INK)


LEGEND_ROW_CHARS = 110  # legend entries (with their swatches) that fit one row of a 6.5 in chart


def legend_columns(labels: Sequence[str], most: int = 3, indent: int = 0) -> int:
    """Columns for a legend above a panel: one row when its entries fit the width, else as many as ``most`` per row
    as the widest entries allow (one at the least).

    ``indent`` is the width (in characters) of the tick labels left of the panel, where the legend starts.
    """
    widths, room = sorted((len(label) + 6 for label in labels), reverse=True), LEGEND_ROW_CHARS - indent
    if sum(widths) <= room:
        return len(labels)
    return next((k for k in range(min(most, len(labels)), 1, -1) if sum(widths[:k]) <= room), 1)


def diverging_limits(ax: Axes, left: Sequence[float], right: Sequence[float], room: float = 1.45) -> None:
    """Symmetric x limits around zero with room for the bar labels (``room`` times the longest bar)."""
    reach = max([*left, *right, 0]) or 1
    ax.set_xlim(-reach * room, reach * room)
    ax.axvline(0, color=MUTED, linewidth=0.8)


def side_ticks(ax: Axes, names: Sequence[str], notes: Sequence[str] = ()) -> np.ndarray:
    """Sides as y ticks, first on top, each with an optional second line; returns their positions."""
    ys = np.arange(len(names))
    labels = [wrap_label(n) + (f"\n{note}" if note else "") for n, note in zip(names, [*notes] + [""] * len(names))]
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    return ys


# --- export --------------------------------------------------------------------------------------------------

FORMATS = ("png", "svg", "pdf")


def save_figure(fig: Figure, path: str | Path, formats: Sequence[str] = FORMATS, *, dpi: int = PNG_DPI) -> list[Path]:
    """Write ``fig`` once per format beside ``path`` (its suffix replaced), atomically; returns the paths.

    PNG at ``dpi`` (200 by default); SVG with text as paths and PDF with embedded TrueType fonts,
    both without a creation date, so that the same figure gives the same bytes.
    """
    path = Path(path)
    written = []
    for fmt in formats:
        if fmt not in SAVE_METADATA:
            raise ValueError(f"unknown figure format {fmt!r}; expected one of {', '.join(SAVE_METADATA)}")
        buffer = io.BytesIO()
        with matplotlib.rc_context(STYLE):
            fig.savefig(buffer, format=fmt, dpi=dpi, metadata=SAVE_METADATA[fmt], facecolor="white")
        written.append(write_atomically(path.with_suffix(f".{fmt}"), buffer.getvalue()))
    return written
