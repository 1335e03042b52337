"""Many articles in one run: a folder, a CSV or a JSONL file in, one record per article out, streamed.

The per-article function is :func:`analyze_record`: it never raises for a bad
article (the record then carries an ``error``), so one article cannot stop a
run of thousands. :func:`map_records` runs it in this process or in ``jobs``
worker processes, in input order, with a bounded number of articles in flight
so memory stays flat however long the corpus. The same function runs on Dask
(:func:`analysis.corpus.analyze_many` with ``client=``).
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .document import ARTICLE_EXTENSIONS, ArticleError, load_article, parse_article
from .fetch import Page, fetch_page
from .pipeline import analyze
from .result import Analysis, summary_row
from .text.parse import load_pipeline

_ZONE_LOCK = threading.Lock()

# Articles per task sent to a worker: large enough that pickling and scheduling
# cost little next to ~50 ms of analysis per article, small enough that the
# progress bar moves and the last workers do not idle long at the end.
CHUNKSIZE = 8
# Tasks in flight per worker: two keeps every worker busy while the next result
# is collected; more only holds more articles in memory.
TASKS_PER_WORKER = 2
TERM_KEYS = ("loaded", "category", "words")
MAX_EXAMPLES = 20  # failure messages kept for the closing summary


@dataclass(frozen=True)
class BatchInput:
    """One article to analyse: its id, and either its text, its file or its URL, or why it cannot be read."""

    id: str
    text: str | None = None
    path: Path | None = None
    url: str | None = None
    error: str | None = None
    sides: list | None = None  # a JSONL record's own sides, overriding the run's


def iter_inputs(source: Path, text_column: str = "text", id_column: str = "id",
                url_column: str = "url") -> Iterator[BatchInput]:
    """Articles of a folder (files with a known extension, sorted), a CSV or a JSONL file, lazily.

    A CSV row or JSONL record gives its article as text (``text_column``) or, where that is
    empty or missing, as a web page's address (``url_column``), fetched when it is analysed.
    """
    source = Path(source)
    if not source.exists():
        raise ArticleError(f"{source}: no such file or folder")
    if source.is_dir():
        return (BatchInput(id=p.name, path=p) for p in _article_files(source))
    suffix = source.suffix.lower()
    if suffix == ".csv":
        return _csv_inputs(source, text_column, id_column, url_column)
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_inputs(source, text_column, id_column, url_column)
    raise ArticleError(f"{source}: expected a folder, a .csv or a .jsonl file")


def _article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_EXTENSIONS)


def count_inputs(source: Path) -> int | None:
    """How many articles :func:`iter_inputs` will yield (for a progress bar's ETA), or None if unknown.

    One cheap pass: files of a folder, non-blank lines of a JSONL file, rows of a CSV.
    """
    source = Path(source)
    if source.is_dir():
        return len(_article_files(source))
    suffix = source.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with source.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with source.open(encoding="utf-8-sig", newline="") as handle:
            return max(sum(1 for _ in csv.reader(handle)) - 1, 0)
    return None


def _csv_inputs(path: Path, text_column: str, id_column: str, url_column: str) -> Iterator[BatchInput]:
    csv.field_size_limit(sys.maxsize)
    handle = path.open(encoding="utf-8-sig", newline="")
    reader = csv.DictReader(handle)
    if not {text_column, url_column} & set(reader.fieldnames or []):
        handle.close()
        raise ArticleError(f"{path}: no column {text_column!r} or {url_column!r} "
                           f"(columns: {', '.join(reader.fieldnames or [])})")

    def rows() -> Iterator[BatchInput]:
        with handle:
            for number, row in enumerate(reader, start=1):
                yield _text_or_url(row, row.get(id_column) or str(number), text_column, url_column)
    return rows()


def _text_or_url(record: dict, id: str, text_column: str, url_column: str, **extra) -> BatchInput:
    """The record's text if it has some, else its URL (a non-empty string), else an empty article."""
    text, url = record.get(text_column), record.get(url_column)
    if not (isinstance(text, str) and text.strip()) and isinstance(url, str) and url.strip():
        return BatchInput(id=id, url=url.strip(), **extra)
    return BatchInput(id=id, text=text or "", **extra)


def _jsonl_inputs(path: Path, text_column: str, id_column: str, url_column: str) -> Iterator[BatchInput]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield BatchInput(id=f"line {number}", error=f"{path}: line {number}: malformed JSON ({error.msg})")
                continue
            if not isinstance(record, dict) or not any(isinstance(record.get(k), str) for k in (text_column, url_column)):
                yield BatchInput(id=f"line {number}",
                                 error=f"{path}: line {number}: no string field {text_column!r} or {url_column!r}")
                continue
            sides = record.get("sides")
            if sides is not None and not isinstance(sides, list):
                yield BatchInput(id=f"line {number}", error=f"{path}: line {number}: 'sides' must be a list of sides")
                continue
            yield _text_or_url(record, str(record.get(id_column, number)), text_column, url_column, sides=sides)


def analyze_input(item: BatchInput, sides=None, page: Page | None = None) -> Analysis:
    """The Analysis of one batch input (its own sides win over ``sides``); raises ArticleError if unreadable.

    A URL input is read from ``page`` when the caller fetched it already, else fetched here.
    """
    if item.error:
        raise ArticleError(item.error)
    sides = item.sides if item.sides is not None else sides
    if item.url is not None:
        page = page or fetch_page(item.url)
        return analyze(parse_article(page.html, source=page.url, fmt="html", url=page.final_url), sides=sides)
    if item.path is not None:
        return analyze(load_article(item.path), sides=sides)
    return analyze(parse_article(item.text or "", source=item.id), sides=sides)


def term_counts(analysis: Analysis, key: str = "loaded") -> dict[str, int]:
    """Counts of one kind of term in an article, for comparing groups of articles.

    ``key``: ``loaded`` counts loaded-term hits by their lowercase text (runs
    of spaces and hyphens folded to one space); ``category`` counts them by
    lexicon category; ``words`` counts every word token of the counted
    sentences, lowercase.
    """
    if key == "words":
        return dict(Counter(token.text.lower() for token in analysis.article.counted_tokens))
    if key not in TERM_KEYS:
        raise ValueError(f"unknown term key {key!r}; expected one of {', '.join(TERM_KEYS)}")
    loaded = (span for span in analysis.spans if span.kind == "loaded")
    if key == "category":
        return dict(Counter(span.category for span in loaded))
    return dict(Counter(" ".join(span.text.lower().replace("-", " ").split()) for span in loaded))


def analyze_record(item: BatchInput, fmt: str = "csv", sides=None, terms: str | None = None) -> dict:
    """The output record of one article; never raises for a bad article.

    ``fmt`` ``jsonl`` gives the full result document plus ``id``; any other
    gives ``id``, ``error`` (empty) and :func:`analysis.result.summary_row`. ``terms`` adds a
    ``terms`` column of :func:`term_counts` with that key. An unreadable
    article, or one on which the analysis fails, gives ``{"id", "error"}``:
    the error names the article and why (an unexpected exception names its
    type, so a bug shows up as such, not as bad input).
    """
    # spaCy keeps every new word's string for ever; the zone frees them once the record is plain data,
    # so a worker's memory stays flat over a long run. One zone at a time per process: a zone closing in one
    # thread (a Dask worker runs several) would free strings another thread's article still uses.
    try:
        page = fetch_page(item.url) if item.url and not item.error else None  # the wait for the network
    except ArticleError as error:                                           # holds no lock
        return {"id": item.id, "error": str(error)}
    with _ZONE_LOCK, load_pipeline().memory_zone():
        try:
            analysis = analyze_input(item, sides, page)
        except ArticleError as error:
            return {"id": item.id, "error": str(error)}
        except Exception as error:  # noqa: BLE001 - one article's bug must not stop a run of thousands
            return {"id": item.id, "error": f"{item.id}: analysis failed: {type(error).__name__}: {error}"}
        if fmt == "jsonl":
            record = {"id": item.id, **analysis.to_dict()}
        else:
            record = {"id": item.id, "error": "", **summary_row(analysis)}
        if terms is not None:
            record["terms"] = term_counts(analysis, terms)
        return record


def analyze_chunk(items: list[BatchInput], fmt: str = "csv", sides=None, terms: str | None = None) -> list[dict]:
    """:func:`analyze_record` of each item: the task a worker process or a Dask worker runs."""
    return [analyze_record(item, fmt, sides, terms) for item in items]


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter), drawn lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered_map(submit: Callable, items: Iterable[BatchInput], width: int, args: tuple = (),
                chunksize: int = CHUNKSIZE) -> Iterator[dict]:
    """Records of :func:`analyze_chunk` run through ``submit``, in input order, memory flat.

    ``submit(fn, *args)`` returns a future with ``.result()``: a
    ``concurrent.futures`` executor's or a ``dask.distributed.Client``'s. At
    most ``width * TASKS_PER_WORKER`` chunks are in flight, so the input is
    read only as fast as results are consumed (``multiprocessing``'s ``imap``
    would read the whole input ahead into its task queue).
    """
    pending: deque = deque()
    try:
        for chunk in chunked(items, chunksize):
            pending.append(submit(analyze_chunk, chunk, *args))
            while len(pending) >= width * TASKS_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _ignore_interrupt() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it stops the pool), not each worker's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def resolve_jobs(jobs: int) -> int:
    """Worker processes for ``jobs``: 0 or less means one per core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def map_records(items: Iterable[BatchInput], fmt: str = "csv", sides=None, *, jobs: int = 1,
                terms: str | None = None, chunksize: int = CHUNKSIZE) -> Iterator[dict]:
    """:func:`analyze_record` of every item, in input order, in this process or in ``jobs`` processes.

    ``jobs`` 1 runs here; ``jobs`` 0 uses every core.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        yield from (analyze_record(item, fmt, sides, terms) for item in items)
        return
    with ProcessPoolExecutor(jobs, initializer=_ignore_interrupt) as pool:
        try:
            yield from ordered_map(pool.submit, items, jobs, (fmt, sides, terms), chunksize)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def failure_reason(message: str) -> str:
    """The kind of failure an error message names, without the article's name or details.

    "a.txt: empty article (no words)" -> "empty article";
    "in.jsonl: line 2: malformed JSON (Expecting value)" -> "malformed JSON".
    """
    if ": analysis failed: " in message:
        return "analysis failed: " + message.split(": analysis failed: ", 1)[1].split(":", 1)[0]
    reason = message.rsplit(": ", 1)[-1]
    return reason.split(" (", 1)[0].strip() or message


@dataclass
class BatchSummary:
    """Running tally of a batch: how many articles were analysed, how many failed and why."""

    n_ok: int = 0
    reasons: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def n_failed(self) -> int:
        """Articles that became error rows."""
        return sum(self.reasons.values())

    def count(self, record: dict) -> dict:
        """Tally one record and pass it on (use in a generator between analysis and output)."""
        if record.get("error"):
            self.reasons[failure_reason(record["error"])] += 1
            if len(self.examples) < MAX_EXAMPLES:
                self.examples.append(record["error"])
        else:
            self.n_ok += 1
        return record

    def lines(self) -> list[str]:
        """The closing report: failure counts by reason, then the first few messages."""
        lines = [f"  {n} x {reason}" for reason, n in self.reasons.most_common()]
        return lines + [f"  failed: {message}" for message in self.examples]
