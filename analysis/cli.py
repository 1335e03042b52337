"""Command line: ``python -m analysis`` (the seed's full report), ``analyze PATH|URL``, ``batch INPUT``.

Bad input ends with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from tqdm import tqdm

from .batch import BatchSummary, count_inputs, iter_inputs, map_records
from .charts_base import plural
from .document import ArticleError, load_article
from .fetch import is_url
from .output import FORMATS, completed_ids, kept_records, output_format, write_output
from .pipeline import analyze
from .report import export_report
from .framing.actors import starter_sides_toml
from .sides import load_sides

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED = PROJECT_ROOT / "seeds" / "syraq-sitrep-15-russian-flags.txt"


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
    many.add_argument("--out", type=Path, help="output file (default: standard output)")
    many.add_argument("--jobs", type=int, default=1, help="worker processes (0: one per core; default 1)")
    many.add_argument("--resume", action="store_true", help="keep the articles --out already holds without error, "
                                                             "analyse the rest and add them")
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
    except (ArticleError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def sides_beside(article: Path | str) -> Path | None:
    """The sides file shipped next to an article file (``name.sides.toml`` for ``name.txt``), if there is one."""
    if not isinstance(article, Path):
        return None
    candidate = article.with_name(article.stem + ".sides.toml")
    return candidate if candidate.is_file() else None


def run_analyze(source: Path | str, sides: Path | None, out: Path | None, fmt: str, refresh: bool = False) -> int:
    """Analyse one article (a file, or a URL), write its report folder if asked, print a summary or the JSON."""
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
             f"(analysed in {seconds:.2f} s)",
             f"  readability: Flesch reading ease {r['flesch_reading_ease']:.1f}, "
             f"Flesch-Kincaid grade {r['flesch_kincaid_grade']:.1f}, consensus grade {r['text_standard']:.0f}"]
    lines += [f"  {name}: {value:.3f}" for name, value in analysis.rates.items() if isinstance(value, float)]
    if analysis.side_spec is not None:
        lines.append(f"  sides ({analysis.side_spec.source}):")
        lines += [f"    {p['name']}: {p['n_mentions']} mentions, {p['loaded_negative']} negative and "
                  f"{p['loaded_positive']} positive loaded terms, {plural(p['scare_quotes'], 'scare quote')}, "
                  f"{plural(p['n_attributions'], 'attribution')}" for p in analysis.sides]
    return "\n".join(lines)


def run_batch(args) -> int:
    """Stream one record per article to a file (written whole at the end) or to standard output."""
    fmt = output_format(args.out, args.format)
    if args.resume and args.out is None:
        raise ArticleError("--resume needs --out FILE")
    sides = load_sides(args.sides) if args.sides else None
    items = iter_inputs(args.input, args.text_column, args.id_column, args.url_column)
    resuming = args.resume and args.out.exists()
    done = completed_ids(args.out, fmt) if resuming else set()
    total = count_inputs(args.input)
    progress = tqdm(map_records((i for i in items if i.id not in done), fmt, sides, jobs=args.jobs),
                    total=None if total is None else max(total - len(done), 0), unit="article",
                    file=sys.stderr, disable=not sys.stderr.isatty(), smoothing=0.1)
    summary = BatchSummary()
    with progress:
        write_output((summary.count(r) for r in progress), args.out, fmt,
                     kept=kept_records(args.out, fmt) if resuming else ())
    print(f"batch: {summary.n_ok} analysed, {summary.n_failed} failed"
          + (f", {len(done)} kept from before" if resuming else "") + (f" -> {args.out}" if args.out else ""),
          file=sys.stderr)
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if summary.n_failed else 0
