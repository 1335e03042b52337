"""Benchmark target-dependent polarity on NewsMTSC (Hamborg & Donnay 2021) and print a README table.

    .venv/bin/python benchmarks/bench_framing.py            # DEV and TEST halves, markdown table
    .venv/bin/python benchmarks/bench_framing.py --tune     # sweep the neutral threshold on DEV only

The data is read at run time from ``../shared/eval-data/newsmtsc/train.jsonl`` (or ``$EVAL_DATA``
pointing at the eval-data folder); nothing of it is copied into the project. The 7,758 sentences
are split into a DEV half (for tuning) and a TEST half (for reporting) by a hash of the story the
sentence comes from, so sentences of one story, which share names and wording, never straddle
the split. Scores are 3-class macro-F1 over targets (NewsMTSC polarity 2.0 negative, 4.0 neutral,
6.0 positive); the baseline is target-blind VADER compound with the usual +-0.05 thresholds.

Published anchors on NewsMTSC's official real-world test split (not in ../shared): target-blind
VADER 0.51 macro-F1, fine-tuned RoBERTa 0.83 (Hamborg & Donnay 2021). Note that train.jsonl has
fewer neutral targets (35 %) than that split.

A method is a function from an Example to one label per target, registered in PREDICTORS:
``targeted`` is analysis.detect.polarity alone; ``framing`` is the full path the result document's
``framing`` list comes from (markers found, each target a side, ``frame_sentences``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis import parse_article  # noqa: E402
from analysis.detect import polarity  # noqa: E402
from analysis.detect.markers import find_markers  # noqa: E402
from analysis.framing import frame_sentences  # noqa: E402
from analysis.result import Span  # noqa: E402

LABELS = (-1, 0, 1)
LABEL_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}
NEWSMTSC_LABEL = {2.0: -1, 4.0: 0, 6.0: 1}
VADER_THRESHOLD = 0.05  # VADER's README: compound >= 0.05 positive, <= -0.05 negative


def eval_data_dir() -> Path:
    """The shared eval-data folder: $EVAL_DATA, else ../shared/eval-data beside the repository."""
    default = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data"
    return Path(os.environ.get("EVAL_DATA", default))


@dataclass(frozen=True)
class Target:
    span: tuple[int, int]
    further: tuple[tuple[int, int], ...]
    label: int


@dataclass(frozen=True)
class Example:
    gid: str
    sentence: str
    targets: tuple[Target, ...]


def read_newsmtsc(path: Path) -> list[Example]:
    """NewsMTSC JSONL rows as examples (offsets as in the file: ``to`` is exclusive)."""
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            targets = tuple(Target((t["from"], t["to"]),
                                   tuple((m["from"], m["to"]) for m in t.get("further_mentions", ())),
                                   NEWSMTSC_LABEL[t["polarity"]]) for t in row["targets"])
            examples.append(Example(row["primary_gid"], row["sentence_normalized"], targets))
    return examples


def story_key(gid: str) -> str:
    """The story a sentence comes from: AllSides story cluster or POLUSA article id."""
    parts = gid.split("_")
    return f"{parts[0]}_{parts[2]}"


def split_half(examples: Iterable[Example]) -> tuple[list[Example], list[Example]]:
    """(DEV, TEST): a deterministic split on the MD5 of the story key, about half each."""
    dev, test = [], []
    for example in examples:
        digest = hashlib.md5(story_key(example.gid).encode("utf-8")).digest()
        (dev if digest[0] % 2 == 0 else test).append(example)
    return dev, test


Predictor = Callable[[Example], Sequence[int]]


def predict_targeted(example: Example) -> list[int]:
    """analysis.detect.polarity for each target, the other targets of the sentence as other_targets."""
    out = []
    for target in example.targets:
        others = [t.span for t in example.targets if t is not target]
        result = polarity.target_polarity(example.sentence, target.span, others, further_mentions=target.further)
        out.append(result.polarity)
    return out


_VADER = SentimentIntensityAnalyzer()


def predict_vader_blind(example: Example) -> list[int]:
    """Target-blind baseline: the sentence's VADER compound, +-0.05 thresholds, for every target."""
    compound = _VADER.polarity_scores(example.sentence)["compound"]
    label = 1 if compound >= VADER_THRESHOLD else -1 if compound <= -VADER_THRESHOLD else 0
    return [label] * len(example.targets)


def predict_framing(example: Example) -> list[int]:
    """The full framing path: the sentence parsed as an article, its markers found, each target a side
    whose mentions are the target's spans (the offsets an alias match would give), then
    ``frame_sentences``; a target gets the polarity of its first mention's sentence."""
    article = parse_article(example.sentence)
    mentions = []
    for i, target in enumerate(example.targets):
        for start, end in (target.span, *target.further):
            sentence = article.sentence_at(start)
            if sentence is not None:
                mentions.append(Span("mention", f"t{i}", 0, example.sentence[start:end], start, end, sentence,
                                     article.voice_at(start), f"t{i}"))
    spans = tuple(sorted((*find_markers(article), *mentions), key=lambda s: (s.start, s.end)))
    records = {(r["side"], r["sentence"]): r["polarity"] for r in frame_sentences(article, spans)}
    return [records.get((f"t{i}", article.sentence_at(t.span[0])), 0) for i, t in enumerate(example.targets)]


PREDICTORS: dict[str, Predictor] = {"targeted": predict_targeted, "framing": predict_framing,
                                    "vader-blind": predict_vader_blind}


@dataclass(frozen=True)
class Scores:
    n: int
    accuracy: float
    macro_f1: float
    per_class: tuple[tuple[float, float, float], ...]  # (precision, recall, F1) for LABELS


def score(gold: Sequence[int], predicted: Sequence[int]) -> Scores:
    """Accuracy, macro-F1 and per-class precision/recall/F1 (0 where undefined)."""
    per_class = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == label)
        n_pred = sum(1 for p in predicted if p == label)
        n_gold = sum(1 for g in gold if g == label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class.append((precision, recall, f1))
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold) if gold else 0.0
    return Scores(len(gold), accuracy, sum(f for _, _, f in per_class) / len(LABELS), tuple(per_class))


def evaluate(examples: Sequence[Example], predictor: Predictor, multi_only: bool = False) -> Scores:
    """Scores over every target of the examples (only sentences with 2+ targets if multi_only)."""
    gold, predicted = [], []
    for example in examples:
        if multi_only and len(example.targets) < 2:
            continue
        gold.extend(t.label for t in example.targets)
        predicted.extend(predictor(example))
    return score(gold, predicted)


def markdown_table(rows: Sequence[tuple[str, str, str, Scores]]) -> str:
    """README-ready table: one row per (method, half, subset)."""
    head = ("| method | half | sentences | targets | macro-F1 | accuracy | "
            + " | ".join(f"{LABEL_NAMES[label]} P / R / F1" for label in LABELS) + " |")
    lines = [head, "|" + "---|" * (6 + len(LABELS))]
    for method, half, subset, s in rows:
        classes = " | ".join(f"{p:.2f} / {r:.2f} / {f:.2f}" for p, r, f in s.per_class)
        lines.append(f"| {method} | {half} | {subset} | {s.n} | **{s.macro_f1:.3f}** | {s.accuracy:.3f} | {classes} |")
    return "\n".join(lines)


def label_at(score_value: float, threshold: float) -> int:
    """Polarity of a score for a neutral band of +-threshold."""
    return 0 if abs(score_value) < threshold else (1 if score_value > 0 else -1)


def reweighted_macro_f1(gold: Sequence[int], predicted: Sequence[int], neutral_share: float) -> float:
    """Macro-F1 with neutral targets weighted so they make up ``neutral_share`` of the total, to see
    how a threshold would fare on a split with more neutral targets (NewsMTSC's real-world test)."""
    share = sum(1 for g in gold if g == 0) / len(gold)
    weight = {0: neutral_share / share, -1: (1 - neutral_share) / (1 - share), 1: (1 - neutral_share) / (1 - share)}
    f1s = []
    for label in LABELS:
        tp = sum(weight[g] for g, p in zip(gold, predicted) if g == p == label)
        n_pred = sum(weight[g] for g, p in zip(gold, predicted) if p == label)
        n_gold = sum(weight[g] for g in gold if g == label)
        precision, recall = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / len(LABELS)


def threshold_sweep(examples: Sequence[Example], thresholds: Sequence[float]) -> str:
    """Markdown table of DEV macro-F1 by neutral threshold: all targets, 2+ targets, half neutral."""
    rows = []  # (gold, score, multi)
    for example in examples:
        for target in example.targets:
            others = [t.span for t in example.targets if t is not target]
            result = polarity.target_polarity(example.sentence, target.span, others, further_mentions=target.further)
            rows.append((target.label, result.score, len(example.targets) > 1))
    lines = ["| threshold | macro-F1 all | macro-F1 2+ targets | macro-F1, neutral reweighted to 50 % |",
             "|---|---|---|---|"]
    for threshold in thresholds:
        gold = [g for g, _, _ in rows]
        predicted = [label_at(v, threshold) for _, v, _ in rows]
        multi = [(g, label_at(v, threshold)) for g, v, m in rows if m]
        lines.append(f"| {threshold:.2f} | {score(gold, predicted).macro_f1:.3f} | "
                     f"{score([g for g, _ in multi], [p for _, p in multi]).macro_f1:.3f} | "
                     f"{reweighted_macro_f1(gold, predicted, 0.5):.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", nargs="+", default=list(PREDICTORS), choices=list(PREDICTORS))
    parser.add_argument("--tune", action="store_true", help="sweep the neutral threshold on DEV (TEST untouched)")
    args = parser.parse_args(argv)
    path = eval_data_dir() / "newsmtsc" / "train.jsonl"
    if not path.exists():
        print(f"NewsMTSC not found at {path}; set EVAL_DATA to the eval-data folder", file=sys.stderr)
        return 2
    dev, test = split_half(read_newsmtsc(path))
    if args.tune:
        print(f"DEV ({len(dev)} sentences), module threshold {polarity.NEUTRAL_THRESHOLD}\n")
        print(threshold_sweep(dev, (0.01, 0.02, 0.03, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3)))
        return 0
    rows = []
    started = time.perf_counter()
    for method in args.methods:
        for half, examples in (("DEV", dev), ("TEST", test)):
            for subset, multi in (("all", False), ("2+ targets", True)):
                rows.append((method, half, subset, evaluate(examples, PREDICTORS[method], multi)))
    print(f"NewsMTSC train.jsonl: {len(dev)} DEV / {len(test)} TEST sentences "
          f"(split by story), {time.perf_counter() - started:.1f} s\n")
    print(markdown_table(rows))
    print("\nAnchors on the official real-world test split: target-blind VADER 0.51, fine-tuned RoBERTa 0.83.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
