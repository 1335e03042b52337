"""Many articles in one run: a folder, a CSV or a JSONL file in, one record per article out, streamed.

The per-article function is :func:`analyze_record`: it never raises for a bad
article (the record then carries an ``error``), so one article cannot stop a
run of thousands. :func:`map_records` runs it in this process or in ``jobs``
worker processes, in input order, with a bounded number of articles in flight
so memory stays flat however long the corpus; the workers stop when the parent
is interrupted and end with it, even if it is killed (:func:`_start_worker`).
The same function runs on Dask (:func:`analysis.corpus.analyze_many` with
``client=``). Inputs are read by :mod:`analysis.corpus.inputs`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from ..pipeline import analyze
from ..result import Analysis, summary_row
from ..text.article import ArticleError, load_article, page_article, parse_article
from ..text.fetch import Page, fetch_page
from ..text.parse import load_pipeline
from .inputs import BatchInput, count_inputs, distinct_ids, iter_inputs  # noqa: F401 - re-exported

_ZONE_LOCK = threading.Lock()

# Articles per task sent to a worker: large enough that pickling and scheduling
# cost little next to ~50 ms of analysis per article, small enough that the
# progress bar moves and the last workers do not idle long at the end.
CHUNKSIZE = 8
# Tasks in flight per worker: two keeps every worker busy while the next result
# is collected; more only holds more articles in memory.
TASKS_PER_WORKER = 2
TERM_KEYS = ("loaded", "category", "words")
PARENT_POLL_SECONDS = 0.5  # how soon a worker notices that the batch process is gone or asks it to stop
MAX_EXAMPLES = 20  # failure messages kept for the closing summary


def analyze_input(item: BatchInput, sides=None, page: Page | None = None) -> Analysis:
    """The Analysis of one batch input (its own sides win over ``sides``); raises ArticleError if unreadable.

    A URL input is read from ``page`` when the caller fetched it already, else fetched here.
    """
    if item.error:
        raise ArticleError(item.error)
    sides = item.sides if item.sides is not None else sides
    if item.url is not None:
        return analyze(page_article(page or fetch_page(item.url)), sides=sides)
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


def _start_worker(stop) -> None:
    """Worker initializer: signals are the parent's to handle, and the worker ends with the parent.

    Ctrl-C reaches the whole process group; the parent handles it (and SIGTERM) and tells
    the workers to stop (``stop.value``). A watch thread ends the worker when told or when its
    parent process has gone (its parent id changes), even if the parent was killed with -9
    and could not say so. Polling ``os.getppid()`` works with every start method
    (fork, spawn, forkserver, whose server exits with the parent) and on every POSIX system,
    where ``prctl(PR_SET_PDEATHSIG)`` is Linux only and tied to the forking thread.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent, stop), name="watch-parent", daemon=True).start()


def _watch_parent(parent: int, stop) -> None:
    while not stop.value and os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)  # at once: the parent has gone, or stopped and will not take this worker's results


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
    # A lock-free flag: a multiprocessing.Event would deadlock the parent's set() if a worker
    # were killed while waiting on it.
    stop = multiprocessing.RawValue("b", 0)
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(stop,)) as pool:
        try:
            yield from ordered_map(pool.submit, items, jobs, (fmt, sides, terms), chunksize)
        except BaseException:  # interrupted, or closed early: workers stop now, not after their current chunk
            stop.value = 1
            raise
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
    """Running tally of a batch: how many articles were analysed, how many failed and why, which ids were renamed."""

    n_ok: int = 0
    reasons: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    n_renamed: int = 0
    renamed: list[str] = field(default_factory=list)

    @property
    def n_failed(self) -> int:
        """Articles that became error rows."""
        return sum(self.reasons.values())

    @property
    def n_done(self) -> int:
        """Articles with a record, analysed or failed."""
        return self.n_ok + self.n_failed

    def count(self, record: dict) -> dict:
        """Tally one record and pass it on (use in a generator between analysis and output)."""
        if record.get("error"):
            self.reasons[failure_reason(record["error"])] += 1
            if len(self.examples) < MAX_EXAMPLES:
                self.examples.append(record["error"])
        else:
            self.n_ok += 1
        return record

    def note_input(self, item: BatchInput) -> BatchInput:
        """Tally one input whose duplicate id was made distinct, and pass it on (see :func:`distinct_ids`)."""
        if item.renamed_from is not None:
            self.n_renamed += 1
            if len(self.renamed) < MAX_EXAMPLES:
                original, first = item.renamed_from
                self.renamed.append(f"{original!r} on lines {first} and {item.line}; the later one is {item.id!r}")
        return item

    def lines(self) -> list[str]:
        """The closing report: failure counts by reason, the first few messages, then renamed duplicate ids."""
        lines = [f"  {n} x {reason}" for reason, n in self.reasons.most_common()]
        lines += [f"  failed: {message}" for message in self.examples]
        lines += [f"  duplicate id: {example}" for example in self.renamed]
        if self.n_renamed > len(self.renamed):
            lines.append(f"  ... and {self.n_renamed - len(self.renamed)} more duplicate ids")
        return lines
