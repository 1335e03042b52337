"""Precision, recall and F1 of loaded terms and hedges against expert annotations, and the matcher's speed.

Reads ``../shared/eval-data`` (or ``$EVAL_DATA``) at run time; nothing from it
is copied into the project. Each set is cut into fixed ``dev`` and ``test``
halves by a hash of the sentence (``_evaldata.split_of``); lexicon choices were
made looking at ``dev`` only, so ``test`` is the held-out figure.

Metrics:
* BABE / MBIC words: every word token of every sentence is a decision; gold
  positive iff its lowercase form is among the sentence's ``biased_words``;
  predicted positive iff a ``loaded`` span covers it. Micro P/R/F1.
* BABE / MBIC sentences: "has a loaded span" against ``label_bias == Biased``.
* WikiWeasel / SFU sentences: "has a hedge span" against "has a gold cue".
* Cues: a predicted hedge is right if it overlaps a gold cue (precision); a
  gold cue is found if a predicted hedge overlaps it (recall).

Run: ``.venv/bin/python benchmarks/bench_markers.py [--splits test,all] [--speed 1000] [--tune-evaluative]``
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable, Sequence
from functools import lru_cache

from _evaldata import (
    BiasSentence,
    CueSentence,
    eval_data_dir,
    prf,
    read_babe,
    read_mbic,
    read_sfu_speculation,
    read_wikiweasel,
    split_of,
)

from analysis.detect.evaluative import find_evaluative
from analysis.detect.markers import (
    LEXICON_FILES,
    NEUTRAL,
    LexiconEntry,
    Lexicons,
    find_markers,
    find_markers_in_text,
    load_lexicons,
    marker_rates,
    match_terms,
)
from analysis.detect.valence import polarity_lexicon
from analysis.text.article import WORD_RE, load_article, parse_article

Finder = Callable[[str], list[tuple[int, int]]]
Scores = tuple[float, float, float]

ANCHORS = {
    "babe_words": "bias lexicon F1 0.20 (P 0.62, R 0.12); target F1>=0.45 at P>=0.60 (issue 13)",
    "babe_sentences": "XGBoost F1 0.52; target >=0.65 (issue 13)",
    "mbic_words": "XGBoost F1 0.43 (P 0.29, R 0.77)",
    "mbic_sentences": "-",
    "wiki_sentences": "CoNLL-2010 best ~0.60 (orig. labels); 12 modals ~0.61; target >=0.75",
    "wiki_cues": "-",
    "sfu_sentences": "-",
    "sfu_cues": "-",
}


@lru_cache(maxsize=None)
def _packaged_markers(text: str) -> tuple:
    """The packaged markers of a bare sentence, parsed once however many finders read it."""
    return find_markers_in_text(text)


def kind_finder(kinds: Sequence[str], lexicons: Lexicons | None = None,
                categories: Sequence[str] | None = None, exclude: Sequence[str] = ()) -> Finder:
    """Spans of the given marker kinds (and loaded categories, if given) in a bare sentence."""
    def find(text: str) -> list[tuple[int, int]]:
        spans = _packaged_markers(text) if lexicons is None else find_markers_in_text(text, lexicons, evaluative=False)
        return [(s.start, s.end) for s in spans if s.kind in kinds and s.category not in exclude
                and (categories is None or s.category in categories)]
    return find


def evaluative_finder(threshold: float, cues: bool = True) -> Finder:
    """The hand lexicon's loaded terms (with or without loaded cues) plus evaluative words of |valence| >=
    ``threshold`` (for tuning)."""
    lexicon = polarity_lexicon()
    left_out = ("evaluative",) if cues else ("evaluative", "loaded_cue")

    def find(text: str) -> list[tuple[int, int]]:
        spans = _packaged_markers(text)
        kept = [(s.start, s.end) for s in spans if s.kind == "loaded" and s.category not in left_out]
        return kept + [(s.start, s.end) for s in _evaluative_candidates(text)
                       if abs(lexicon.get(s.text.lower(), 0.0)) >= threshold]
    return find


@lru_cache(maxsize=None)
def _evaluative_candidates(text: str) -> tuple:
    article = parse_article(text.replace("\n", " "))
    taken = [(s.start, s.end) for s in find_markers(article, evaluative=False)]
    taken += [speech.cue for speech in article.speeches if speech.cue]
    return tuple(find_evaluative(article, taken, min_valence=TUNING_THRESHOLDS[0]))


def word_list_finder(words: Sequence[str]) -> Finder:
    """A plain word-list matcher (same matching rules as the packaged lexicons) for reference rows."""
    entries = tuple(LexiconEntry(w, "loaded", "reference", -1, (w,)) for w in dict.fromkeys(words) if w)
    lexicons = load_lexicons(extra=entries, replace=dict.fromkeys(LEXICON_FILES))
    return kind_finder(["loaded"], lexicons)


def hedges_without_context_rules(text: str) -> list[tuple[int, int]]:
    """Every hedge-lexicon match, keeping those the context rules reject (month "May", "could not", ...)."""
    return [(m.start, m.end) for m in match_terms(text) if m.entry.kind == "hedge" and m.entry.category != NEUTRAL]


def _covered(token: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < token[1] and token[0] < b for a, b in spans)


def word_scores(sentences: Sequence[BiasSentence], find: Finder) -> Scores:
    """Token-level P/R/F1 of covered tokens against the annotators' biased words."""
    tp = n_pred = n_gold = 0
    for s in sentences:
        gold_words = {w.lower() for phrase in s.biased_words for w in WORD_RE.findall(phrase)}
        spans = find(s.text)
        for m in WORD_RE.finditer(s.text):
            gold = m.group().lower() in gold_words
            predicted = _covered(m.span(), spans)
            tp += gold and predicted
            n_pred += predicted
            n_gold += gold
    return prf(tp, n_pred, tp, n_gold)


def sentence_scores(items: Sequence[tuple[bool, bool]]) -> Scores:
    """P/R/F1 of the positive class from (gold, predicted) pairs."""
    tp = sum(g and p for g, p in items)
    return prf(tp, sum(p for _, p in items), tp, sum(g for g, _ in items))


def cue_scores(sentences: Sequence[CueSentence], find: Finder) -> tuple[Scores, Scores]:
    """Sentence-level and cue-level P/R/F1 of hedge spans against gold cues."""
    pairs, tp_pred, n_pred, tp_gold, n_gold = [], 0, 0, 0, 0
    for s in sentences:
        spans = find(s.text)
        pairs.append((bool(s.cues), bool(spans)))
        tp_pred += sum(_covered(span, list(s.cues)) for span in spans)
        n_pred += len(spans)
        tp_gold += sum(_covered(cue, spans) for cue in s.cues)
        n_gold += len(s.cues)
    return sentence_scores(pairs), prf(tp_pred, n_pred, tp_gold, n_gold)


def _select(records, split: str):
    return [r for r in records if split == "all" or split_of(r.text) == split]


def _row(name: str, split: str, n: int, scores: Scores, anchor: str) -> list[str]:
    p, r, f = scores
    return [name, split, str(n), f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", anchor]


def accuracy_rows(splits: Sequence[str]) -> list[list[str]]:
    """One table row per data set, split and measure."""
    data = eval_data_dir()
    loaded = kind_finder(["loaded"])
    loaded_epistemic = kind_finder(["loaded", "epistemic"])
    hedges = kind_finder(["hedge"])
    babe_lexicon = word_list_finder([r[0].strip().lower() for r in csv.reader(
        (data / "babe" / "bias_word_lexicon.csv").open(encoding="utf-8-sig"))])
    hyland = word_list_finder([w.strip().lower() for w in (data / "recasens2013-lexicons" / "hedges_hyland2005.txt")
                               .read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")])
    rows: list[list[str]] = []
    babe, mbic, wiki, sfu = read_babe(), read_mbic(), read_wikiweasel(), read_sfu_speculation()
    for split in splits:
        def add(name: str, part: Sequence, scores: Scores, anchor: str) -> None:
            rows.append(_row(name, split, len(part), scores, anchor))

        for name, key, records in (("BABE SG2", "babe", babe), ("MBIC", "mbic", mbic)):
            part = _select(records, split)
            add(f"{name} words: loaded", part, word_scores(part, loaded), ANCHORS[f"{key}_words"])
            add(f"{name} sentences: has loaded", part,
                sentence_scores([(s.biased, bool(loaded(s.text))) for s in part]), ANCHORS[f"{key}_sentences"])
            for label, finder in CATEGORY_FINDERS.items():
                add(f"  (category) {name} words: {label}", part, word_scores(part, finder), "its own P/R")
            if key == "babe":
                add("  (info) BABE words: loaded+epistemic", part, word_scores(part, loaded_epistemic),
                    "not a target: epistemic kept apart")
                add("  (reference) BABE words: BABE bias lexicon", part, word_scores(part, babe_lexicon),
                    "published P 0.62 R 0.12 F1 0.20")
        part = _select(wiki, split)
        sentence_level, cue_level = cue_scores(part, hedges)
        add("WikiWeasel sentences: has hedge", part, sentence_level, ANCHORS["wiki_sentences"])
        add("WikiWeasel cues: hedge", part, cue_level, ANCHORS["wiki_cues"])
        add("  (ablation) WikiWeasel sentences: no context rules", part,
            cue_scores(part, hedges_without_context_rules)[0], "same lexicon, rules off")
        add("  (reference) WikiWeasel sentences: Hyland list", part, cue_scores(part, hyland)[0], "plain word match")
        part = _select(sfu, split)
        sentence_level, cue_level = cue_scores(part, hedges)
        add("SFU reviews sentences: has speculation", part, sentence_level, ANCHORS["sfu_sentences"])
        add("SFU reviews cues: speculation", part, cue_level, ANCHORS["sfu_cues"])
    return rows


CATEGORY_FINDERS = {
    "hand lexicon only (before issue 13)": kind_finder(["loaded"], exclude=("evaluative", "loaded_cue")),
    "evaluative": kind_finder(["loaded"], categories=["evaluative"]),
    "loaded_cue": kind_finder(["loaded"], categories=["loaded_cue"]),
}
TUNING_THRESHOLDS = (1.5, 1.8, 2.0, 2.2, 2.5, 2.8, 3.1)


def tune_evaluative() -> None:
    """Word- and sentence-level F1 of hand lexicon + evaluative words at each threshold, on the dev halves only."""
    babe, mbic = _select(read_babe(), "dev"), _select(read_mbic(), "dev")
    print("loaded cues | threshold | BABE dev words P/R/F1 | BABE dev sentences F1 | MBIC dev words F1")
    for cues in (False, True):
        for threshold in (*TUNING_THRESHOLDS, float("inf")):
            find = evaluative_finder(threshold, cues)
            p, r, f = word_scores(babe, find)
            sentences = sentence_scores([(s.biased, bool(find(s.text))) for s in babe])[2]
            print(f"{'with' if cues else 'without':11} | {threshold:9.1f} | {p:.2f} / {r:.2f} / {f:.3f} | "
                  f"{sentences:.3f} | {word_scores(mbic, find)[2]:.3f}")


def speed_rows(n_articles: int) -> list[list[str]]:
    """Seconds per 1,000 AllSides articles: parsing, markers, and textstat readability for comparison."""
    from analysis.detect.readability import readability_scores, textstat

    folder = eval_data_dir() / "article-bias-prediction-subset" / "jsons"
    texts = []
    for path in sorted(folder.glob("*.json"))[:n_articles]:
        body = json.loads(path.read_text(encoding="utf-8")).get("content_original") or ""
        if WORD_RE.search(body):
            texts.append(body)
    load_lexicons().pattern  # compiled once per process, outside the timing
    t0 = time.perf_counter()
    articles = [load_article(t) for t in texts]
    t1 = time.perf_counter()
    for article in articles:
        marker_rates(article, find_markers(article))
    t2 = time.perf_counter()
    for text in texts:
        textstat.flesch_reading_ease(text)
    t3 = time.perf_counter()
    for article in articles:
        readability_scores([s.text for s in article.counted_sentences])
    t4 = time.perf_counter()
    per_1k = 1000 / len(texts)
    return [["load_article (parse)", f"{(t1 - t0) * per_1k:.1f}"],
            ["find_markers + marker_rates", f"{(t2 - t1) * per_1k:.1f}"],
            ["textstat.flesch_reading_ease", f"{(t3 - t2) * per_1k:.1f}"],
            ["readability_scores (all measures)", f"{(t4 - t3) * per_1k:.1f}"],
            ["ratio markers / flesch_reading_ease", f"{(t2 - t1) / (t3 - t2):.2f}"],
            ["ratio markers / readability_scores", f"{(t2 - t1) / (t4 - t3):.2f}"]]


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A Markdown table, columns padded."""
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    for line in (header, ["-" * w for w in widths], *rows):
        print("| " + " | ".join(str(x).ljust(w) for x, w in zip(line, widths)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", default="test,all", help="comma-separated: dev, test, all")
    parser.add_argument("--speed", type=int, default=1000, help="AllSides articles to time (0: skip)")
    parser.add_argument("--tune-evaluative", action="store_true", help="sweep the evaluative threshold on dev")
    args = parser.parse_args()
    if not eval_data_dir().is_dir():
        sys.exit(f"eval data not found at {eval_data_dir()}; set EVAL_DATA to the eval-data folder")
    if args.tune_evaluative:
        tune_evaluative()
        return
    header = ["data set", "split", "n", "P", "R", "F1", "anchor / target"]
    print_table(header, accuracy_rows(args.splits.split(",")))
    if args.speed:
        print()
        print_table([f"speed on {args.speed} AllSides articles", "s per 1,000 articles"], speed_rows(args.speed))


if __name__ == "__main__":
    main()
