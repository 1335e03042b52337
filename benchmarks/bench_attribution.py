"""Cue- and source-level precision, recall and F1 of ``find_attributions`` on the hand-annotated gold set.

Gold: every ``tests/fixtures/attribution_gold/*.json`` (or the folder given as
the first argument), one article each::

    {"id", "source", "licence", "text",
     "attributions": [{"source", "cue", "content", "kind"}, ...]}

where ``source``, ``cue`` and ``content`` are exact substrings of ``text``
(``source`` or ``cue`` may be empty or null).

Anchoring. Gold parts are strings; optional ``char_start_of_source``,
``char_start_of_cue`` and ``char_start_of_content`` fields give their offsets
and are used when they point at the string. Otherwise each gold attribution is
placed by its content (the first occurrence at or after the previous item's
content, else the first anywhere), then its cue at the occurrence nearest that
content, then its source at the occurrence nearest the cue (or the content,
without a cue).

Matching (one-to-one, greedy by overlap):

* **cue level**: a predicted cue is right if its span overlaps a gold cue's span.
  P = matched / predicted cues, R = matched / gold cues.
* **source level**: predicted and gold attributions are paired by overlapping
  cues, then (for those left) by overlapping contents. A pair scores if both
  name a source and the sources match. P = scoring pairs / predicted
  attributions with a source; R = scoring pairs / gold attributions with a source.
  *Exact*: identical text after collapsing whitespace. *Lenient (head word)*: the
  head word of one source (its last word before a comma, relative pronoun or
  preposition, possessive dropped, case ignored) is among the other's words
  ("Mideast correspondent Elijah J. Magnier" ~ "Magnier", "two officials familiar
  with the plan" ~ "officials").

Published anchors: a rule-based news quote extractor (Gender Gap Tracker, Asr et al.
2021) reached quote F1 0.84 and speaker accuracy 0.87; a CRF on PARC 3.0 reached
source-span exact F1 0.82. Project targets: cue F1 >= 0.85, source exact F1 >= 0.80.

Run: ``.venv/bin/python benchmarks/bench_attribution.py [GOLD_DIR] [--show-errors]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.attribution import find_attributions  # noqa: E402
from analysis.document import parse_article  # noqa: E402

GOLD_DIR = REPO / "tests" / "fixtures" / "attribution_gold"
TARGETS = {"cue": 0.85, "source exact": 0.80}
ANCHORS = "published: rule-based quote F1 0.84 / speaker accuracy 0.87 (GGT); CRF on PARC 3.0 source exact F1 0.82"
_HEAD_CUT = re.compile(r",|\s(?:who|which|that|of|for|from|with|at|in|on|to|by|familiar)\s")

Span = tuple[int, int]


@dataclass(frozen=True)
class Item:
    """One attribution as spans: source text, and cue, source and content spans (None where absent)."""

    source: str | None
    cue: Span | None
    source_span: Span | None
    content: Span | None
    kind: str | None


def occurrences(text: str, part: str) -> list[int]:
    """Start offsets of every occurrence of ``part`` in ``text``."""
    return [m.start() for m in re.finditer(re.escape(part), text)] if part else []


def nearest(starts: list[int], length: int, anchor: Span | None) -> Span | None:
    """The occurrence (as a span) closest to ``anchor``; the first one without an anchor."""
    if not starts:
        return None
    if anchor is None:
        return starts[0], starts[0] + length

    def distance(start: int) -> int:
        end = start + length
        return 0 if start < anchor[1] and anchor[0] < end else min(abs(start - anchor[1]), abs(anchor[0] - end))
    best = min(starts, key=lambda s: (distance(s), s > anchor[0]))
    return best, best + length


def given_span(text: str, gold: dict, part: str) -> Span | None:
    """The span of ``part`` from the optional ``char_start_of_<part>`` field, if it points at the part's text."""
    string, start = gold.get(part) or "", gold.get(f"char_start_of_{part}")
    if string and isinstance(start, int) and text[start:start + len(string)] == string:
        return start, start + len(string)
    return None


def gold_items(text: str, attributions: list[dict]) -> list[Item]:
    """Gold attributions placed in the text: by their ``char_start_of_*`` offsets where given and right,
    else by search (see the module docstring)."""
    items, previous = [], 0
    for gold in attributions:
        content_text, cue_text, source_text = (gold.get(k) or "" for k in ("content", "cue", "source"))
        starts = occurrences(text, content_text)
        after = [s for s in starts if s >= previous] or starts
        content = given_span(text, gold, "content") or (
            (after[0], after[0] + len(content_text)) if after else None)
        if content:
            previous = content[0]
        cue = given_span(text, gold, "cue") or nearest(occurrences(text, cue_text), len(cue_text), content)
        source = given_span(text, gold, "source") or nearest(occurrences(text, source_text), len(source_text),
                                                              cue or content)
        items.append(Item(source_text or None, cue, source, content, gold.get("kind")))
    return items


def predicted_items(text: str) -> list[Item]:
    """Attributions found by the extractor, as spans."""
    fmt = "md" if re.search(r"^>", text, re.M) else "txt"
    article = parse_article(text, fmt=fmt)
    return [Item(a.source, (a.cue_start, a.cue_end) if a.cue_start is not None else None,
                 (a.source_start, a.source_end) if a.source_start is not None else None,
                 (a.content_start, a.content_end), a.kind) for a in find_attributions(article)]


def overlap(a: Span | None, b: Span | None) -> int:
    """Characters two spans share (0 if either is missing)."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(gold: list[Item], predicted: list[Item], field: str, taken_g: set[int], taken_p: set[int]) -> list[tuple]:
    """One-to-one pairs (gold index, predicted index) whose ``field`` spans overlap, largest overlap first."""
    candidates = sorted(((overlap(getattr(g, field), getattr(p, field)), i, j)
                         for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True)
    pairs = []
    for size, i, j in candidates:
        if size and i not in taken_g and j not in taken_p:
            taken_g.add(i)
            taken_p.add(j)
            pairs.append((i, j))
    return pairs


def head_word(source: str) -> str:
    """Last word before a comma, relative pronoun or preposition, possessive dropped, lowercased."""
    words = re.findall(r"[\w.’'-]+", _HEAD_CUT.split(f" {source} ")[0])
    return re.sub(r"(?:’s|'s|’|')$", "", words[-1]).lower().rstrip(".") if words else ""


def lenient_match(a: str, b: str) -> bool:
    """Whether the head word of either source is among the other's words."""
    words_a = {re.sub(r"(?:’s|'s|’|')$", "", w).lower().rstrip(".") for w in a.split()}
    words_b = {re.sub(r"(?:’s|'s|’|')$", "", w).lower().rstrip(".") for w in b.split()}
    return head_word(a) in words_b or head_word(b) in words_a


def exact_match(a: str, b: str) -> bool:
    """Whether two sources are the same text once whitespace is collapsed."""
    return " ".join(a.split()) == " ".join(b.split())


def counts(gold: list[Item], predicted: list[Item]) -> dict[str, list[int]]:
    """[true positives, predicted, gold] for the cue level and both source levels."""
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    cue_pairs = pair(gold, predicted, "cue", taken_g, taken_p)
    content_pairs = pair(gold, predicted, "content", taken_g, taken_p)
    pairs = cue_pairs + content_pairs
    named = [(gold[i].source, predicted[j].source) for i, j in pairs if gold[i].source and predicted[j].source]
    n_pred_sources = sum(p.source is not None for p in predicted)
    n_gold_sources = sum(g.source is not None for g in gold)
    return {
        "cue": [len(cue_pairs), sum(p.cue is not None for p in predicted), sum(g.cue is not None for g in gold)],
        "source exact": [sum(exact_match(g, p) for g, p in named), n_pred_sources, n_gold_sources],
        "source lenient": [sum(lenient_match(g, p) for g, p in named), n_pred_sources, n_gold_sources],
    }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def errors(text: str, gold: list[Item], predicted: list[Item]) -> list[str]:
    """Unmatched gold cues, unmatched predicted cues, and source mismatches, for reading."""
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = pair(gold, predicted, "cue", taken_g, taken_p) + pair(gold, predicted, "content", taken_g, taken_p)
    lines = [f"  missed  cue={text[g.cue[0]:g.cue[1]]!r} source={g.source!r}"
             for i, g in enumerate(gold) if i not in taken_g]
    lines += [f"  extra   cue={text[p.cue[0]:p.cue[1]] if p.cue else None!r} source={p.source!r}"
              for j, p in enumerate(predicted) if j not in taken_p]
    lines += [f"  source  gold={gold[i].source!r} found={predicted[j].source!r}" for i, j in pairs
              if gold[i].source and predicted[j].source and not exact_match(gold[i].source, predicted[j].source)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=GOLD_DIR)
    parser.add_argument("--show-errors", action="store_true", help="list missed, extra and mismatched items")
    args = parser.parse_args(argv)
    files = sorted(args.gold_dir.glob("*.json"))
    if not files:
        print(f"no gold files in {args.gold_dir}", file=sys.stderr)
        return 2
    levels = ("cue", "source exact", "source lenient")
    total = {level: [0, 0, 0] for level in levels}
    n_gold = n_found = 0
    header = f"{'article':44} {'gold':>4} {'found':>5}  " + "  ".join(f"{lv + ' P/R/F1':>22}" for lv in levels)
    print(header)
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["text"]
        gold = gold_items(text, record["attributions"])
        predicted = predicted_items(text)
        article_counts = counts(gold, predicted)
        n_gold, n_found = n_gold + len(gold), n_found + len(predicted)
        cells = []
        for level in levels:
            total[level] = [t + c for t, c in zip(total[level], article_counts[level])]
            cells.append("{:.2f}/{:.2f}/{:.2f}".format(*prf(*article_counts[level])).rjust(22))
        print(f"{record.get('id', path.stem)[:44]:44} {len(gold):>4} {len(predicted):>5}  " + "  ".join(cells))
        if args.show_errors:
            print("\n".join(errors(text, gold, predicted)))
    cells = ["{:.2f}/{:.2f}/{:.2f}".format(*prf(*total[level])).rjust(22) for level in levels]
    print(f"{'overall (micro)':44} {n_gold:>4} {n_found:>5}  " + "  ".join(cells))
    for level, target in TARGETS.items():
        f1 = prf(*total[level])[2]
        print(f"{level} F1 {f1:.3f}: target >= {target:.2f} {'met' if f1 >= target else 'missed'}")
    print(ANCHORS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
