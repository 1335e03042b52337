"""Attribution and voice on hand-annotated news: cue, source, content P/R/F1 and voice agreement.

Gold sets (each a folder of JSON files, one article each; format in the folder's GUIDELINES.md):

* ``tests/fixtures/attribution_gold`` — the first gold set (15 articles, the seed among them);
* ``benchmarks/gold/dev`` and ``benchmarks/gold/test`` — 24 AllSides articles the project had not
  used, annotated blind to the extractor (``benchmarks/gold/README.md``). Rules may be tuned on
  ``dev`` only; ``test`` is the figure to report.

Matching (one-to-one, greedy by overlap): predicted and gold attributions pair by overlapping cue
spans, then (for those left) by overlapping contents.

* **cue**: a predicted cue is right if it overlaps a gold cue. P = right / predicted cues.
* **source exact**: a pair scores when both name a source and the texts are equal (whitespace
  collapsed; the predicted source is read from the gold text at its offsets, which normalisation keeps);
  P over predicted attributions with a source, R over gold ones with a source.
* **source head**: the same, where the head word of one source (its last word before a comma,
  relative pronoun or preposition, possessive dropped) is among the other's words.
* **content**: a pair scores when the token F1 of the two contents is at least 0.5 (the gold set's
  guideline: span conventions vary); P over predicted attributions, R over gold ones.
* **voice**: every word token of the article gets a voice (author, quoted, reported) from the gold
  attributions (GUIDELINES v2 §3: the innermost content wins) and from ``Article.voice_at``;
  agreement is the share of tokens where they agree, and quoted/reported get their own F1.

Published anchors: a rule-based news quote extractor (Gender Gap Tracker, Asr et al. 2021) reached
quote F1 0.84 and speaker accuracy 0.87; a CRF on PARC 3.0 reached source-span exact F1 0.82.

Run: ``.venv/bin/python benchmarks/bench_attribution.py [GOLD_DIR ...] [--show-errors]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks" / "gold")]

from check_gold import annotated  # noqa: E402

from analysis.detect.attribution import find_attributions  # noqa: E402
from analysis.text.article import WORD_RE, parse_article  # noqa: E402

GOLD_DIRS = (REPO / "tests" / "fixtures" / "attribution_gold", REPO / "benchmarks" / "gold" / "dev",
             REPO / "benchmarks" / "gold" / "test")
TARGETS = {"cue": 0.85, "source exact": 0.80}
LEVELS = ("cue", "source exact", "source head", "content")
ANCHORS = "published: rule-based quote F1 0.84 / speaker accuracy 0.87 (GGT); CRF on PARC 3.0 source exact F1 0.82"
_HEAD_CUT = re.compile(r",|\s(?:who|which|that|of|for|from|with|at|in|on|to|by|familiar)\s")
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)")

Span = tuple[int, int]


@dataclass(frozen=True)
class Item:
    """One attribution as spans: source text, and cue, source and content spans (None where absent)."""

    source: str | None
    cue: Span | None
    content: Span | None


def located(text: str, gold: dict, part: str, near: int = 0) -> Span | None:
    """The span of a gold part: its ``char_start_of_<part>`` when that points at it, else the occurrence
    nearest ``near``."""
    string, start = gold.get(part) or "", gold.get(f"char_start_of_{part}")
    if not string:
        return None
    if isinstance(start, int) and text[start:start + len(string)] == string:
        return start, start + len(string)
    starts = [m.start() for m in re.finditer(re.escape(string), text)]
    best = min(starts, key=lambda s: abs(s - near)) if starts else None
    return (best, best + len(string)) if best is not None else None


def gold_items(text: str, record: dict) -> list[Item]:
    """Gold attributions placed in the text."""
    items = []
    for gold in record["attributions"]:
        content = located(text, gold, "content")
        cue = located(text, gold, "cue", content[0] if content else 0)
        items.append(Item(gold.get("source") or None, cue, content))
    return items


_OPENS_QUOTE = re.compile(r'(?:[“"]|``)\s*$')


def gold_voices(text: str, record: dict) -> list[str]:
    """The gold voice of every word token (GUIDELINES v2 §3), innermost content first."""
    layers: list[tuple[Span, str]] = []
    for gold in record["attributions"]:
        content = located(text, gold, "content")
        parts = [content] + [located(text, {"x": c}, "x", content[1] if content else 0)
                             for c in gold.get("content_extra", [])]
        intro = located(text, {"x": gold.get("intro_content")}, "x", content[0] if content else 0)
        if intro:  # "Rogin wrote that X:" (v1 §3): the block's intro paraphrase is reported
            layers.append((intro, "reported"))
        for k, part in enumerate(parts):
            if part is None:
                continue
            if gold["kind"] in ("direct", "block") or k and _OPENS_QUOTE.search(text, max(0, part[0] - 4), part[0]):
                # a later part that is a quotation (v1 §1: "a quotation … that directly continues") is quoted voice
                layers.append((part, "quoted"))
            else:
                layers.append((part, "reported"))
                if gold["kind"] == "mixed":
                    layers += [((part[0] + m.start(), part[0] + m.end()), "quoted")
                               for m in _QUOTED_RE.finditer(text, part[0], part[1])]
    for quote in record.get("uncued_quotes", []):
        span = located(text, {"content": quote.get("content"), "char_start_of_content": quote.get("char_start")},
                       "content")
        if span:
            layers.append((span, "quoted"))
    layers.sort(key=lambda layer: layer[0][1] - layer[0][0])  # innermost (shortest) first
    voices = []
    for m in WORD_RE.finditer(text):
        voices.append(next((v for (a, b), v in layers if a <= m.start() < b), "author"))
    return voices


def overlap(a: Span | None, b: Span | None) -> int:
    """Characters two spans share (0 if either is missing)."""
    return 0 if a is None or b is None else max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pairs(gold: list[Item], predicted: list[Item]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold, predicted) by overlapping cues, then by overlapping contents."""
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    found = []
    for field in ("cue", "content"):
        candidates = sorted(((overlap(getattr(g, field), getattr(p, field)), i, j)
                             for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True)
        for size, i, j in candidates:
            if size and i not in taken_g and j not in taken_p:
                taken_g.add(i)
                taken_p.add(j)
                found.append((i, j, field))
    return found


def _words(source: str) -> set[str]:
    return {re.sub(r"(?:’s|'s|’|')$", "", w.strip(",;:()“”\"")).lower().rstrip(".") for w in source.split()}


def head_match(a: str, b: str) -> bool:
    """Whether the head word of either source is among the other's words."""
    def head(source: str) -> str:
        words = re.findall(r"[\w.’'-]+", _HEAD_CUT.split(f" {source} ")[0])
        return re.sub(r"(?:’s|'s|’|')$", "", words[-1]).lower().rstrip(".") if words else ""
    return head(a) in _words(b) or head(b) in _words(a)


def token_f1(text: str, a: Span | None, b: Span | None) -> float:
    """Token F1 of two spans' words (quotation marks and punctuation ignored)."""
    if a is None or b is None:
        return 0.0
    wa, wb = Counter(WORD_RE.findall(text, *a)), Counter(WORD_RE.findall(text, *b))
    common = sum((wa & wb).values())
    return 2 * common / (sum(wa.values()) + sum(wb.values())) if common else 0.0


def same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def score(text: str, gold: list[Item], predicted: list[Item]) -> dict[str, list[int]]:
    """[true positives, predicted, gold] per level."""
    found = pairs(gold, predicted)
    named = [(gold[i].source, predicted[j].source) for i, j, _ in found if gold[i].source and predicted[j].source]
    n_pred_sources, n_gold_sources = sum(p.source is not None for p in predicted), sum(g.source is not None for g in gold)
    return {
        "cue": [sum(f == "cue" for *_, f in found), sum(p.cue is not None for p in predicted),
                sum(g.cue is not None for g in gold)],
        "source exact": [sum(same(g, p) for g, p in named), n_pred_sources, n_gold_sources],
        "source head": [sum(head_match(g, p) for g, p in named), n_pred_sources, n_gold_sources],
        "content": [sum(token_f1(text, gold[i].content, predicted[j].content) >= 0.5 for i, j, _ in found),
                    len(predicted), len(gold)],
    }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def errors(text: str, gold: list[Item], predicted: list[Item]) -> list[str]:
    """Unmatched gold cues, unmatched predicted cues, and source mismatches, for reading."""
    found = pairs(gold, predicted)
    taken_g, taken_p = {i for i, _, _ in found}, {j for _, j, _ in found}
    show = lambda s: text[s[0]:s[1]] if s else None  # noqa: E731
    lines = [f"  missed  cue={show(g.cue)!r} source={g.source!r} content={show(g.content)[:60]!r}"
             for i, g in enumerate(gold) if i not in taken_g]
    lines += [f"  extra   cue={show(p.cue)!r} source={p.source!r} content={show(p.content)[:60]!r}"
              for j, p in enumerate(predicted) if j not in taken_p]
    lines += [f"  source  gold={gold[i].source!r} found={predicted[j].source!r}" for i, j, _ in found
              if gold[i].source and predicted[j].source and not same(gold[i].source, predicted[j].source)]
    return lines


def evaluate(folder: Path, show_errors: bool = False) -> dict[str, list[int]]:
    """Print one row per article of ``folder`` and the folder's micro-averaged figures; return the totals."""
    total = {level: [0, 0, 0] for level in LEVELS}
    voice = Counter()
    print(f"\n== {folder.relative_to(REPO)}")
    print(f"{'article':40} {'gold':>4} {'found':>5}  " + "  ".join(f"{lv + ' P/R/F1':>21}" for lv in LEVELS))
    for path in annotated(folder):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["text"]
        article = parse_article(text, fmt="md" if re.search(r"^>", text, re.M) else "txt")
        gold = gold_items(text, record)
        # The source as the gold text spells it: the article's normalisation keeps offsets but joins a
        # tokenised corpus's "Trump ’ s" into "Trump’s   ", which is the same words, not a different span.
        predicted = [Item(text[a.source_start:a.source_end] if a.source_start is not None else None,
                          (a.cue_start, a.cue_end) if a.cue_start is not None else None,
                          (a.content_start, a.content_end)) for a in find_attributions(article)]
        counts = score(text, gold, predicted)
        for level in LEVELS:
            total[level] = [t + c for t, c in zip(total[level], counts[level])]
        for g, m in zip(gold_voices(text, record), WORD_RE.finditer(text)):
            voice[(g, article.voice_at(m.start()))] += 1
        cells = ["{:.2f}/{:.2f}/{:.2f}".format(*prf(*counts[level])).rjust(21) for level in LEVELS]
        print(f"{record.get('id', path.stem)[:40]:40} {len(gold):>4} {len(predicted):>5}  " + "  ".join(cells))
        if show_errors:
            print("\n".join(errors(text, gold, predicted)))
    cells = ["{:.2f}/{:.2f}/{:.2f}".format(*prf(*total[level])).rjust(21) for level in LEVELS]
    print(f"{'overall (micro)':40} {total['cue'][2]:>4} {total['cue'][1]:>5}  " + "  ".join(cells))
    n_tokens = sum(voice.values())
    agreement = sum(n for (g, p), n in voice.items() if g == p) / n_tokens if n_tokens else 0.0
    per_voice = []
    for name in ("quoted", "reported"):
        tp = voice[(name, name)]
        n_pred, n_gold = sum(n for (_, p), n in voice.items() if p == name), sum(n for (g, _), n in voice.items()
                                                                                 if g == name)
        per_voice.append(f"{name} F1 {prf(tp, n_pred, n_gold)[2]:.2f}")
    print(f"voice agreement {agreement:.3f} over {n_tokens} words; " + ", ".join(per_voice))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=list(GOLD_DIRS))
    parser.add_argument("--show-errors", action="store_true", help="list missed, extra and mismatched items")
    args = parser.parse_args(argv)
    for folder in args.gold_dirs:
        folder = folder.resolve()
        if not any(folder.glob("*.json")):
            print(f"no gold files in {folder}", file=sys.stderr)
            return 2
        total = evaluate(folder, args.show_errors)
        for level, target in TARGETS.items():
            f1 = prf(*total[level])[2]
            print(f"{level} F1 {f1:.3f}: target >= {target:.2f} {'met' if f1 >= target else 'missed'}")
    print(ANCHORS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
