"""Targets: does the tool tie each framing device in the author's voice to the side a careful reader would?

Gold: ``benchmarks/gold/{dev,test}/*.json`` (GUIDELINES.md §5): for every candidate device (and
any the annotator added) whether it is a device, its voice, and the side it is about, or null.
Each article is analysed with the annotator's own sides.

Scored: gold devices in the author's voice that the tool also found (a marker span, a label or an
attribution cue overlapping the gold span). For those:

* **tie accuracy**: share where the tool's side equals the gold side ("no side" = null counts as a
  side); also on the gold-tied ones only, and on those the sentence itself names (``implicit``
  false);
* **tie precision**: of the devices the tool ties to a side, the share tied to the gold side (what a
  user pasting a per-side figure relies on);
* **"no side" precision**: of the devices the tool ties to no side, the share gold also leaves
  untied; and the share of gold-tied devices the tool leaves untied (the price of not guessing);
* **found**: share of gold author-voice devices the tool found at all (the lexicons' reach).

Run: ``.venv/bin/python benchmarks/bench_targets.py [GOLD_DIR ...] [--show-errors]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks" / "gold")]

from check_gold import annotated  # noqa: E402

from analysis import analyze  # noqa: E402
from analysis.framing.labels import label_lexicon  # noqa: E402

GOLD_DIRS = (REPO / "benchmarks" / "gold" / "dev", REPO / "benchmarks" / "gold" / "test")
TARGET = 0.85


def predicted_devices(result) -> list[tuple[int, int, str | None, str]]:
    """(start, end, side, rule) of every device the tool tied or left untied."""
    found = [(s.start, s.end, s.side, s.tie or "no side") for s in result.spans if s.kind != "mention"]
    found += [(r["start"], r["end"], r["side"], r["tie"]) for r in result.labels]
    found += [(a.cue_start, a.cue_end, a.side, "cue of the source") for a in result.attributions
              if a.cue_start is not None and a.stance != "neutral"]
    lexicon = label_lexicon()
    tied_labels = {(r["start"], r["end"]) for r in result.labels}
    found += [(t.start, t.end, None, "no side") for t in result.article.tokens
              if t.text.lower() in lexicon and (t.start, t.end) not in tied_labels]
    return found


def evaluate(folder: Path, show_errors: bool) -> Counter:
    tally: Counter = Counter()
    print(f"\n== {folder.relative_to(REPO)}")
    print(f"{'article':18} {'devices':>7} {'found':>5} {'right':>5}")
    for path in annotated(folder):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["text"]
        sides = [{"name": s["name"], "aliases": s["aliases"]} for s in record["sides"]]
        result = analyze(text, sides=sides)
        predicted = predicted_devices(result)
        gold = [t for t in record["targets"] if t.get("device") and t.get("voice") == "author"]
        n_found = n_right = 0
        for device in gold:
            start, end = device["char_start"], device["char_start"] + len(device["span"])
            hits = [p for p in predicted if p[0] < end and start < p[1]]
            if not hits:
                continue
            best = max(hits, key=lambda p: min(p[1], end) - max(p[0], start))  # the most overlapping reading
            side, rule = best[2], best[3]
            right = side == device["target"]
            n_found, n_right = n_found + 1, n_right + right
            tally["found"] += 1
            tally["right"] += right
            if device["target"] is not None:
                tally["gold tied"] += 1
                tally["gold tied right"] += right
                tally["gold tied, left untied"] += side is None
                if not device.get("implicit"):
                    tally["explicit"] += 1
                    tally["explicit right"] += right
            if side is not None:
                tally["tied"] += 1
                tally["tied right"] += right
            if side is None:
                tally["untied"] += 1
                tally["untied right"] += device["target"] is None
            if show_errors and not right:
                print(f"    {device['span']!r:28} gold={device['target']!r} tool={side!r} ({rule})")
        tally["gold devices"] += len(gold)
        print(f"{path.stem:18} {len(gold):>7} {n_found:>5} {n_right:>5}")
    share = lambda a, b: tally[a] / tally[b] if tally[b] else 0.0  # noqa: E731
    print(f"found {share('found', 'gold devices'):.2f} of {tally['gold devices']} author-voice devices")
    print(f"tie accuracy {share('right', 'found'):.3f} on {tally['found']} (target >= {TARGET}: "
          f"{'met' if share('right', 'found') >= TARGET else 'missed'}); on gold-tied {share('gold tied right', 'gold tied'):.3f} "
          f"({tally['gold tied']}); explicit {share('explicit right', 'explicit'):.3f} ({tally['explicit']})")
    print(f"tie precision (the tool names a side: is it the gold one?) {share('tied right', 'tied'):.3f} "
          f"on {tally['tied']}")
    print(f"'no side' precision {share('untied right', 'untied'):.3f} on {tally['untied']}; gold-tied left untied "
          f"{share('gold tied, left untied', 'gold tied'):.3f}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=list(GOLD_DIRS))
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.gold_dirs:
        evaluate(folder.resolve(), args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
