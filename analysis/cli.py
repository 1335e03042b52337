"""Command line: ``python -m analysis`` (the seed's full report), ``analyze PATH|URL``, ``batch INPUT``.

Bad input ends with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from .corpus.batch import BatchSummary, count_inputs, iter_inputs, map_records
from .corpus.journal import open_journal
from .corpus.output import FORMATS, check_output, output_format, write_output
from .framing.actors import starter_sides_toml
from .framing.sides import load_sides, sides_beside
from .pipeline import analyze
from .present.charts.article import median_grade
from .present.charts.base import plural
from .present.report import export_report
from .text.article import ArticleError, load_article
from .text.fetch import is_url
from .text.parse import load_pipeline

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED = PROJECT_ROOT / "seeds" / "syraq-sitrep-15-russian-flags.txt"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its ``analyze`` and ``batch`` commands."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=(
        "Analyse how a news article frames its sides. Without a command, analyses the seed "
        "article and writes its report under reports/."))
    commands = parser.add_subparsers(dest="command")
    one = commands.add_parser("analyze", help="analyse one article (.txt, .md, .html or an http(s) URL)")
    one.add_argument("path", help="the article's file or URL")
    one.add_argument("--refresh", action="store_true", help="fetch a URL again instead of reading the page cache")
    one.add_argument("--sides", type=Path, help="sides file (TOML)")
    one.add_argument("--out", type=Path, help="write the report folder here")
    one.add_argument("--format", choices=("text", "json"), default="text", help="what to print (default: text)")
    starter = commands.add_parser("sides", help="print a starter sides file (TOML) with the article's candidate actors")
    starter.add_argument("path", help="the article's file or URL")
    many = commands.add_parser("batch", help="analyse a folder, a CSV or a JSONL file of articles")
    many.add_argument("input", type=Path)
    many.add_argument("--text-column", default="text")
    many.add_argument("--id-column", default="id")
    many.add_argument("--url-column", default="url", help="column of web page addresses, read where the text "
                                                          "column is empty or missing (default: url)")
    many.add_argument("--sides", type=Path, help="sides file (TOML) for every article; a JSONL record's "
                                                 "own 'sides' list overrides it")
    many.add_argument("--format", choices=FORMATS, help="jsonl (full documents), csv or parquet (one row of "
                                                        "numbers per article); default: from --out's extension, "
                                                        "else jsonl")
    many.add_argument("--out", type=Path, help="output file, .jsonl, .csv or .parquet (default: standard output); "
                                               "finished records are kept in .NAME.journal.jsonl beside it until "
                                               "the run ends")
    many.add_argument("--jobs", type=int, default=1, help="worker processes (0: one per core; default 1)")
    many.add_argument("--resume", action="store_true", help="continue a stopped run from its journal (else keep the "
                                                             "articles --out holds without error), analyse the "
                                                             "rest and retry failures")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "batch":
            return run_batch(args)
        if args.command == "sides":
            print(starter_sides_toml(load_article(args.path)), end="")
            return 0
        if args.command == "analyze":
            source = args.path if is_url(args.path) else Path(args.path)
            return run_analyze(source, args.sides or sides_beside(source), args.out, args.format, args.refresh)
        return run_analyze(SEED, sides_beside(SEED), Path("reports") / SEED.stem, "text")
    except BrokenPipeError:  # the reader closed the pipe ("… | head"): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 0
    except (ArticleError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def run_analyze(source: Path | str, sides: Path | None, out: Path | None, fmt: str, refresh: bool = False) -> int:
    """Analyse one article (a file, or a URL), write its report folder if asked, print a summary or the JSON."""
    load_pipeline()  # loaded once per process: timed apart, so the figure printed is the article's own
    started = time.perf_counter()
    analysis = analyze(load_article(source, refresh=refresh), sides=sides)
    if fmt == "json":
        print(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(summary_text(analysis, time.perf_counter() - started))
    if out is not None:
        written = export_report(analysis, out)
        print(f"report: {len(written)} files in {out}", file=sys.stderr if fmt == "json" else sys.stdout)
    return 0


def summary_text(analysis, seconds: float) -> str:
    """A few lines a reader can take in at a glance."""
    r = analysis.readability
    meta = analysis.article.meta
    page = " · ".join(filter(None, [meta.outlet, meta.author and f"by {meta.author}", meta.date, meta.url]))
    lines = [f"{analysis.article.title}", *([f"  {page}"] if page else []),
             f"  {analysis.n_words} words, {analysis.n_sentences} sentences, {analysis.n_paragraphs} paragraphs "
             f"(read and analysed in {seconds:.2f} s, after loading the parser)",
             f"  readability: Flesch reading ease {r['flesch_reading_ease']:.1f}, "
             f"Flesch-Kincaid grade {r['flesch_kincaid_grade']:.1f}, median of six grade measures "
             f"{median_grade(r):.1f}"]
    lines += [f"  {name}: {value:.3f}" for name, value in analysis.rates.items() if isinstance(value, float)]
    if analysis.side_spec is not None:
        lines.append(f"  sides ({analysis.side_spec.source}):")
        for p in analysis.sides:
            tone, roles = p["tone"], p["roles"]
            verdict = (f"{tone['label']} ({tone['score']:+.2f}, 90% {tone['low']:+.2f} to {tone['high']:+.2f}"
                       f"{'; sentence wording only' if tone['wording_only'] else ''})"
                       if tone["enough"] else "no verdict (too little evidence)")
            lines += [f"    {p['name']}: {plural(p['n_mentions'], 'mention')}, {p['loaded_negative']} negative and "
                      f"{p['loaded_positive']} positive loaded terms, {plural(p['scare_quotes'], 'scare quote')}, "
                      f"{plural(p['n_attributions'], 'attribution')}",
                      f"      tone: {verdict}, from {plural(tone['n_evidence'], 'piece')} of evidence; "
                      f"does harm {roles['harm_agent']}, suffers harm {roles['harm_patient']}, helps "
                      f"{roles['help_agent']}, is helped {roles['help_patient']}"
                      + (f" (reads as {roles['narrative']})" if roles["narrative"] != "none" else "")]
    return "\n".join(lines)


def run_batch(args) -> int:
    """Analyse every article of ``args.input``; returns the exit status.

    With ``--out``, each finished record goes to the journal beside it (see
    :mod:`analysis.corpus.journal`) and the output is published from the journal at the end;
    ``--resume`` keeps the journal's (else the output's) finished records and analyses
    the rest, failures again. Without ``--out``, records stream to standard output.
    Exit status: 0 all analysed, 1 some articles failed, 2 bad input or ``--out``
    (before any work), 130 / 143 stopped by SIGINT (Ctrl-C) / SIGTERM, 3 a worker
    process died; a stopped run prints one line saying how far it got.
    """
    if args.out is not None:
        check_output(args.out, args.input)
    fmt = output_format(args.out, args.format)
    if args.resume and args.out is None:
        raise ArticleError("--resume needs --out FILE")
    summary, journal, kept, total, received = BatchSummary(), None, set(), None, []
    try:
        with _interrupt_on_signals() as received:
            sides = load_sides(args.sides) if args.sides else None
            items = iter_inputs(args.input, args.text_column, args.id_column, args.url_column)
            total = count_inputs(args.input)
            journal = open_journal(args.out, fmt, resume=args.resume) if args.out is not None else None
            if journal is not None and journal.discarded:
                print(f"batch: starting over; the unfinished run's {journal.path} is replaced "
                      "(--resume continues one)", file=sys.stderr)
            kept = journal.kept if journal is not None else set()
            todo = (item for item in map(summary.note_input, items) if item.id not in kept)
            progress = tqdm(map_records(todo, fmt, sides, jobs=args.jobs),
                            total=None if total is None else max(total - len(kept), 0), unit="article",
                            file=sys.stderr, disable=not sys.stderr.isatty(), smoothing=0.1)
            with progress:
                records = (summary.count(r) for r in progress)
                if journal is None:
                    write_output(records, None, fmt)
                else:
                    for record in records:
                        journal.append(record)
                    journal.publish(args.out)
    except (KeyboardInterrupt, BrokenProcessPool) as stop:
        # Workers die of a SIGTERM sent to the whole process group too: the signal is the cause then.
        signum = getattr(stop, "signum", None) or next(iter(received), None)
        if signum is None and isinstance(stop, KeyboardInterrupt):
            signum = signal.SIGINT
        journal_kept = journal is not None and journal.close()
        n_done = len(kept) + (journal.n_written if journal is not None else summary.n_done)  # what it holds, exactly
        print(_stopped_line(signum, n_done, total, journal.path if journal_kept else None),
              file=sys.stderr)
        return 128 + signum if signum else 3
    finally:
        if journal is not None:
            journal.close()
    print(f"batch: {summary.n_ok} analysed, {summary.n_failed} failed"
          + (f", {len(kept)} kept from before" if args.resume else "")
          + (f" -> {args.out}" if args.out else ""), file=sys.stderr)
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if summary.n_failed else 0


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived during a batch run: it stops and says how far it got."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def _interrupt_on_signals() -> Iterator[list[int]]:
    """Within: SIGINT and SIGTERM raise :class:`Interrupted`, once (more signals while stopping are ignored).

    Yields the list of signals received.
    """
    received: list[int] = []

    def interrupt(signum, frame):
        for stop in STOP_SIGNALS:
            signal.signal(stop, signal.SIG_IGN)
        received.append(signum)
        raise Interrupted(signum)
    try:
        previous = {stop: signal.signal(stop, interrupt) for stop in STOP_SIGNALS}
    except ValueError:  # not the main thread: signals stay as they are
        yield received
        return
    try:
        yield received
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)


def _stopped_line(signum: int | None, n_done: int, total: int | None, journal: Path | None) -> str:
    """The one line a stopped batch prints: why (a signal, else a worker's death), how far it got, how to go on."""
    why = "interrupted" if signum else "a worker process died"
    line = f"batch: {why} after {n_done}{f' of {total}' if total is not None else ''} articles"
    if journal is None:
        return line
    return f"{line}; {journal} keeps them, run again with --resume to continue"
