"""Tone per side against the author's tone that annotators recorded blind (``benchmarks/gold/tone``).

For each article of a half, the analysis runs with the gold file's own sides (``dev`` and
``test`` read text and sides from ``gold/<half>/``, ``dev2`` and ``dev3`` from the tone file itself); each
side's ``tone.label`` is compared with the annotation. Printed: 3-class macro-F1, accuracy and
the confusion matrix, beside the constant-"neutral" baseline; with ``--tune``, a grid over the
weights, prior, threshold and minimum weight of :mod:`analysis.framing.tone` scored on ``dev``,
``dev2`` and ``dev3`` together (the test half is never used to choose them).

Also printed (``--polarity``): the sentence-level per-target macro-F1 on NewsMTSC of the
polarity fed into the tone (``benchmarks/bench_framing.py``'s ``framing`` path), on its two halves.

Run: ``.venv/bin/python benchmarks/bench_tone.py [dev|dev2|dev3|test ...] [--tune] [--cross] [--polarity]``
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]

from analysis import analyze  # noqa: E402
from analysis.framing import tone  # noqa: E402

GOLD = REPO / "benchmarks" / "gold"
LABELS = ("negative", "neutral", "positive")
TARGET = 0.50
DEV_HALVES = ("dev", "dev2", "dev3")


def read_half(half: str) -> list[tuple[str, list[dict], list[dict]]]:
    """(side name, gold label, the side's tone evidence as plain dicts) for every annotated side of a half."""
    rows = []
    for path in sorted((GOLD / "tone" / half).glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        record = annotation if "text" in annotation else json.loads((GOLD / half / path.name).read_text("utf-8"))
        result = analyze(record["text"], sides=[{"name": s["name"], "aliases": s["aliases"]} for s in record["sides"]])
        profiles = {p["name"]: p for p in result.sides}
        for entry in annotation["tones"]:
            rows.append((entry["tone"], profiles[entry["side"]]["tone"]))
    return rows


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Mean F1 over the three labels (a label never predicted nor gold is left out)."""
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        n_pred, n_gold = predicted.count(label), gold.count(label)
        if n_pred or n_gold:
            scores.append(2 * tp / (n_pred + n_gold))
    return sum(scores) / len(scores)


def relabel(found: dict, weights: dict, prior: float, threshold: float, min_weight: float) -> str:
    """The label the evidence gives under other weights, prior, threshold and minimum weight (as
    ``tone.side_tone`` does)."""
    evidence = found["evidence"]
    # an evidence weight is its kind's weight times a factor (hedged or boosted sentence); at weight 0 the factor is 1
    w = np.array([weights[e["kind"]] * (e["weight"] / tone.WEIGHTS[e["kind"]] if tone.WEIGHTS[e["kind"]] else 1.0)
                  for e in evidence])
    if not len(w) or w.sum() < min_weight:
        return "neutral"
    v = np.array([e["value"] for e in evidence])
    leaning = tone.tone_label(float((w * v).sum() / (w.sum() + prior)), threshold)
    return tone.settled_label(leaning, [(e["kind"], e["value"]) for e in evidence])


def report(half: str, rows: list) -> None:
    gold = [g for g, _ in rows]
    predicted = [found["label"] for _, found in rows]
    baseline = ["neutral"] * len(gold)
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    print(f"\n== {half}: {len(gold)} sides ({', '.join(f'{n} {k}' for k, n in sorted(Counter(gold).items()))})")
    print(f"tone macro-F1 {macro_f1(gold, predicted):.3f} (accuracy {accuracy:.3f}); constant neutral "
          f"{macro_f1(gold, baseline):.3f} (accuracy {baseline.count('neutral') and gold.count('neutral') / len(gold):.3f}); "
          f"goal >= {TARGET}")
    print("confusion (rows gold, columns tool): " + "  ".join(LABELS))
    for g in LABELS:
        print(f"  {g:9} " + "  ".join(f"{sum(x == g and y == p for x, y in zip(gold, predicted)):8d}" for p in LABELS))
    print(f"too little evidence: {sum(not found['enough'] for _, found in rows)} sides")


def balanced_f1(gold: list[str], predicted: list[str]) -> float:
    """Macro-F1 with each side weighted by 1 / (sides of its gold label): as if the labels were equally common."""
    count = Counter(gold)
    scores = []
    for label in LABELS:
        tp = sum(1 / count[g] for g, p in zip(gold, predicted) if g == p == label)
        n_pred = sum(1 / count[g] for g, p in zip(gold, predicted) if p == label)
        if n_pred or count[label]:
            scores.append(2 * tp / (n_pred + (count[label] and 1)))
    return sum(scores) / len(scores)


def ranked(rows: list) -> list[tuple]:
    """Every setting of the grid over weights, prior, threshold and minimum weight, scored on these rows (the dev
    halves only), best first by macro-F1 plus class-balanced macro-F1 (the dev halves are two-thirds neutral; unseen
    news may not be): (macro-F1, balanced, weights, prior, threshold, minimum weight)."""
    gold = [g for g, _ in rows]
    grid = {"scare_quote": (0.5, 1.0), "cue_stance": (0.5, 1.0), "role": (0.5, 1.0), "sentence": (0.0, 0.1, 0.25, 0.5)}
    results = []
    for values in itertools.product(*grid.values()):
        weights = {"loaded": 1.0, **dict(zip(grid, values))}
        for prior, threshold, min_weight in itertools.product((1.0, 2.0, 4.0), (0.05, 0.1, 0.15, 0.2),
                                                                  (0.5, 1.0, 1.5, 2.0, 3.0)):
            predicted = [relabel(found, weights, prior, threshold, min_weight) for _, found in rows]
            results.append((macro_f1(gold, predicted), balanced_f1(gold, predicted), weights, prior, threshold,
                            min_weight))
    return sorted(results, key=lambda r: -(r[0] + r[1]))


def cross(by_half: dict[str, list]) -> None:
    """For each dev half, the setting best on the other two, scored on it: how much the constants depend on the
    half they were chosen on."""
    for half, rows in by_half.items():
        *_, weights, prior, threshold, min_weight = ranked([r for h, rs in by_half.items() if h != half for r in rs])[0]
        gold, predicted = [g for g, _ in rows], [relabel(f, weights, prior, threshold, min_weight) for _, f in rows]
        print(f"chosen on the other dev halves, scored on {half}: macro-F1 {macro_f1(gold, predicted):.3f}")


def tune(rows: list) -> None:
    """The best few settings of :func:`ranked` on these rows, and the current constants' score."""
    gold = [g for g, _ in rows]
    results = ranked(rows)
    print(f"\nbest settings on {' + '.join(DEV_HALVES)} (macro-F1, balanced, weights, prior, threshold, min weight):")
    for f1, balanced, weights, prior, threshold, min_weight in results[:8]:
        print(f"  {f1:.3f}  {balanced:.3f}  {weights}  prior {prior}  threshold {threshold}  min {min_weight}")
    current = [relabel(found, tone.WEIGHTS, tone.PRIOR_WEIGHT, tone.THRESHOLD, tone.MIN_WEIGHT) for _, found in rows]
    print(f"  current constants: {macro_f1(gold, current):.3f}  {balanced_f1(gold, current):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("halves", nargs="*", default=[*DEV_HALVES, "test"])
    parser.add_argument("--tune", action="store_true", help="grid-search the constants on the dev halves")
    parser.add_argument("--cross", action="store_true", help="choose the constants on two dev halves, score the third")
    parser.add_argument("--polarity", action="store_true", help="also the NewsMTSC polarity figures")
    args = parser.parse_args(argv)
    tuning, by_half = [], {}
    if args.cross and len(set(args.halves) & set(DEV_HALVES)) < 2:
        parser.error("--cross needs at least two dev halves (dev, dev2, dev3)")
    for half in args.halves:
        if not (GOLD / "tone" / half).is_dir():
            parser.error(f"no tone gold half {half!r} in {GOLD / 'tone'}")
        rows = read_half(half)
        report(half, rows)
        tuning += rows if half in DEV_HALVES else []
        by_half.update({half: rows} if half in DEV_HALVES else {})
    if args.tune:
        tune(tuning)
    if args.cross:
        cross(by_half)
    if args.polarity:
        import bench_framing
        bench_framing.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
