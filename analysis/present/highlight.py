"""The article as HTML with every marker marked: loaded terms, hedges, boosters, scare quotes, attributions, sides.

``highlight(analysis)`` returns a :class:`Highlight`, which JupyterLab renders
(``_repr_html_``) and :meth:`Highlight.save` writes as a standalone HTML file.
Each mark has a tooltip (kind, category, valence, side); a legend names every
style and how many marks carry it.

Marks may nest or cross ("‘U.S.-backed rebels’" is a scare quote holding a
side mention, a loaded term may sit inside a quoted source's content). The
text is cut at every mark boundary and the marks are opened outermost first;
where two marks cross, the inner one is closed and reopened around the
boundary, so the HTML always nests. Every piece of article text and every
attribute value goes through :func:`html.escape`: an article containing
``<script>`` shows it as text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..files import write_atomically
from ..result import Analysis

NO_SIDE_COLOR = "#777777"
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
VALENCE_WORD = {-1: "negative", 0: "neutral", 1: "positive"}
# Mark styles: (legend label, CSS declarations). Order = nesting rank: earlier kinds open outside later ones
# when two marks start at the same offset and are equally long.
MARK_STYLES = {
    "content": ("attributed content", "background:#EFEFEF;"),
    "source": ("source", "font-variant:small-caps;border-bottom:2px solid #44AA99;"),
    "cue": ("attribution cue", "background:#D5EEE9;border-radius:2px;"),
    "scare_quote": ("scare quote", "text-decoration:underline wavy #882255;text-underline-offset:3px;"),
    "loaded-negative": ("loaded term, negative", "background:#FFE08A;"),
    "loaded-positive": ("loaded term, positive", "background:#C9E7F5;"),
    "loaded-neutral": ("loaded term, no valence", "background:#EDE3C8;"),
    "hedge": ("hedge", "font-style:italic;border-bottom:1.5px dashed #555;"),
    "booster": ("booster", "font-weight:700;border-bottom:3px double #555;"),
    "epistemic": ("epistemic marker", "border-bottom:1.5px dotted #555;"),
    "mention": ("side mention", "color:var(--side);font-weight:600;"),
}
_RANK = {kind: i for i, kind in enumerate(MARK_STYLES)}
CSS = """
.fr-highlight{font-family:Georgia,'Times New Roman',serif;color:#222;max-width:46em;line-height:1.75}
.fr-highlight h2{font-size:1.35em;line-height:1.3;margin:.2em 0 .6em}
.fr-highlight p{margin:0 0 .9em}
.fr-highlight blockquote{margin:0 0 .9em 1.2em;padding-left:.8em;border-left:3px solid #CCC}
.fr-highlight .fr-caption{font-size:.9em;color:#555}
.fr-highlight .fr-legend{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.8em;
  display:flex;flex-wrap:wrap;gap:.35em 1.1em;padding:.6em .8em;margin:0 0 1.2em;background:#FAFAFA;
  border:1px solid #E5E5E5;border-radius:4px}
.fr-highlight .fr-legend span.fr-count{color:#777}
.fr-highlight .fr-swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;
  background:var(--side);vertical-align:-.05em;margin-right:.25em}
.fr-highlight .fr-mark{cursor:help}
.fr-highlight .fr-tied{box-shadow:inset 0 -3px 0 var(--side)}
.fr-highlight .fr-loaded-negative::after,.fr-highlight .fr-loaded-positive::after{font-size:.7em;
  vertical-align:super;color:#555}
.fr-highlight .fr-loaded-negative::after{content:"\\2212"}
.fr-highlight .fr-loaded-positive::after{content:"+"}
""" + "\n".join(f".fr-highlight .fr-{kind}{{{css}}}" for kind, (_, css) in MARK_STYLES.items())


@dataclass(frozen=True)
class Mark:
    """One marked stretch ``start:end`` of the article text: its style, tooltip, and side colour (if any)."""

    start: int
    end: int
    kind: str
    tooltip: str
    color: str | None = None


def _side_note(side: str | None) -> str:
    return f"side: {side}" if side else "no side"


def _color(analysis: Analysis, side: str | None) -> str | None:
    colors = {p["name"]: p["color"] for p in analysis.sides}
    color = colors.get(side) if side else None
    return color if color and _HEX_COLOR.match(color) else (NO_SIDE_COLOR if side else None)


def span_marks(analysis: Analysis) -> list[Mark]:
    """A mark for every span: loaded terms by valence, hedges, boosters, epistemic markers, scare quotes, mentions."""
    marks = []
    for span in analysis.spans:
        if span.end <= span.start:
            continue
        if span.kind == "mention":
            marks.append(Mark(span.start, span.end, "mention", f"mention · {_side_note(span.side)}",
                              _color(analysis, span.side) or NO_SIDE_COLOR))
            continue
        kind = f"loaded-{VALENCE_WORD.get(span.valence, 'neutral')}" if span.kind == "loaded" else span.kind
        if kind not in MARK_STYLES:
            continue
        label = MARK_STYLES[kind][0].split(",")[0]
        voice = "author's voice" if span.voice == "author" else f"{span.voice} voice"
        side = f"{_side_note(span.side)} ({span.tie})" if span.tie else _side_note(span.side)
        tooltip = " · ".join([label, span.category, f"valence: {VALENCE_WORD.get(span.valence, span.valence)}",
                              side, voice])
        marks.append(Mark(span.start, span.end, kind, tooltip, _color(analysis, span.side)))  # a tied device
    return marks


def attribution_marks(analysis: Analysis) -> list[Mark]:
    """Three marks per attribution where present: its source, its cue and the content it introduces."""
    marks = []
    for a in analysis.attributions:
        who = a.canonical_source or a.source or "unnamed source"
        side = _side_note(a.side)
        if a.source_start is not None and a.source_end is not None and a.source_end > a.source_start:
            marks.append(Mark(a.source_start, a.source_end, "source", f"source · {who} · {side}"))
        if a.cue_start is not None and a.cue_end is not None and a.cue_end > a.cue_start:
            marks.append(Mark(a.cue_start, a.cue_end, "cue",
                              f"cue · {a.lemma or a.cue or ''} · stance: {a.stance} · {who}"))
        marks += [Mark(start, end, "content", f"{a.kind} attribution · said by {who} · {side} · cue stance: {a.stance}")
                  for start, end in a.content_parts if end > start]
    return marks


def _open_tag(mark: Mark) -> str:
    style = f' style="--side:{mark.color}"' if mark.color else ""
    kind = html.escape(mark.kind)
    tied = " fr-tied" if mark.color and mark.kind != "mention" else ""  # underlined in its side's colour
    return (f'<span class="fr-mark fr-{kind}{tied}" data-kind="{kind}" '
            f'title="{html.escape(mark.tooltip, quote=True)}"{style}>')


def render_marked(text: str, marks: list[Mark], start: int, end: int) -> str:
    """HTML for ``text[start:end]`` with ``marks`` (clipped to it) as properly nested, escaped spans."""
    clipped = [Mark(max(m.start, start), min(m.end, end), m.kind, m.tooltip, m.color)
               for m in marks if m.start < end and m.end > start]
    clipped.sort(key=lambda m: (m.start, -m.end, _RANK.get(m.kind, len(_RANK))))
    starting: dict[int, list[Mark]] = {}
    for mark in clipped:
        starting.setdefault(mark.start, []).append(mark)
    points = sorted({start, end, *(m.start for m in clipped), *(m.end for m in clipped)})
    out: list[str] = []
    stack: list[Mark] = []
    position = start
    for point in points:
        out.append(html.escape(text[position:point], quote=False))
        position = point
        ending = [i for i, m in enumerate(stack) if m.end <= point]
        if ending:
            # Close down to the outermost mark that ends here; reopen the ones above it that go on.
            depth = ending[0]
            reopen = [m for m in stack[depth:] if m.end > point]
            out.append("</span>" * (len(stack) - depth))
            del stack[depth:]
            for mark in reopen:
                out.append(_open_tag(mark))
                stack.append(mark)
        for mark in starting.get(point, []):
            if mark.end > point:
                out.append(_open_tag(mark))
                stack.append(mark)
    out.append("</span>" * len(stack))
    return "".join(out)


def _legend(analysis: Analysis, marks: list[Mark]) -> str:
    counts = Counter(m.kind for m in marks)
    counts["content"] = sum(a.content_end > a.content_start for a in analysis.attributions)  # not its parts
    items = [f'<span><span class="fr-mark fr-{kind}" title="{html.escape(label)}">{html.escape(label)}'
             f'</span> <span class="fr-count">{counts[kind]}</span></span>'
             for kind, (label, _) in MARK_STYLES.items() if kind != "mention"]
    mentions = Counter(s.side for s in analysis.spans if s.kind == "mention")
    items += [f'<span style="--side:{_color(analysis, p["name"])}"><span class="fr-swatch"></span>'
              f'<span class="fr-mark fr-mention">{html.escape(p["name"])}</span> '
              f'<span class="fr-count">{mentions[p["name"]]} mentions</span></span>' for p in analysis.sides]
    items.append('<span class="fr-count">a device tied to a side is underlined in its colour; hover a mark for '
                 'its category, valence, side and the rule that tied it</span>')
    return '<div class="fr-legend">' + "".join(items) + "</div>"


@dataclass(frozen=True)
class Highlight:
    """The highlighted article: ``_repr_html_`` for JupyterLab, :meth:`to_html` and :meth:`save` for files."""

    analysis: Analysis
    marks: tuple[Mark, ...]

    def body_html(self) -> str:
        """The legend and the article, paragraph by paragraph, inside ``<div class="fr-highlight">``."""
        article = self.analysis.article
        marks = list(self.marks)
        parts = [_legend(self.analysis, marks)]
        for paragraph in article.paragraphs:
            inner = render_marked(article.text, marks, paragraph.start, paragraph.end)
            if paragraph.kind == "headline":
                parts.append(f"<h2>{inner}</h2>")
            elif paragraph.kind == "caption":
                parts.append(f'<p class="fr-caption">{inner}</p>')
            elif paragraph.voice == "quoted":
                parts.append(f"<blockquote>{inner}</blockquote>")
            else:
                parts.append(f"<p>{inner}</p>")
        return '<div class="fr-highlight">' + "\n".join(parts) + "</div>"

    def _repr_html_(self) -> str:
        return f"<style>{CSS}</style>\n{self.body_html()}"

    def to_html(self) -> str:
        """A standalone HTML document: charset, title, the styles and the highlighted article."""
        title = html.escape(self.analysis.article.title or self.analysis.article.source)
        return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{title} · highlighted</title>\n<style>body{{margin:2em auto;padding:0 1em;"
                f"max-width:48em}}{CSS}</style>\n</head>\n<body>\n{self.body_html()}\n</body>\n</html>\n")

    def save(self, path: str | Path) -> Path:
        """Write :meth:`to_html` to ``path`` (atomically); returns the path."""
        return write_atomically(Path(path), self.to_html())


def highlight(analysis: Analysis) -> Highlight:
    """The article of ``analysis`` with every span and attribution marked (see the module docstring)."""
    return Highlight(analysis, tuple(attribution_marks(analysis) + span_marks(analysis)))
