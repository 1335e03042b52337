"""Command line: ``python -m analysis`` (the seed's full report), ``analyze PATH``, ``batch INPUT``.

Bad input ends with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

from .batch import batch_records, iter_inputs
from .document import ArticleError
from .pipeline import analyze
from .report import write_report
from .sides import load_sides

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED = PROJECT_ROOT / "seeds" / "syraq-sitrep-15-russian-flags.txt"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its ``analyze`` and ``batch`` commands."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=(
        "Analyse how a news article frames its sides. Without a command, analyses the seed "
        "article and writes its report under reports/."))
    commands = parser.add_subparsers(dest="command")
    one = commands.add_parser("analyze", help="analyse one article (.txt, .md or .html)")
    one.add_argument("path", type=Path)
    one.add_argument("--sides", type=Path, help="sides file (TOML)")
    one.add_argument("--out", type=Path, help="write the report folder here")
    one.add_argument("--format", choices=("text", "json"), default="text", help="what to print (default: text)")
    many = commands.add_parser("batch", help="analyse a folder, a CSV or a JSONL file of articles")
    many.add_argument("input", type=Path)
    many.add_argument("--text-column", default="text")
    many.add_argument("--id-column", default="id")
    many.add_argument("--sides", type=Path, help="sides file (TOML) for every article; a JSONL record's "
                                                 "own 'sides' list overrides it")
    many.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    many.add_argument("--out", type=Path, help="output file (default: standard output)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "batch":
            return run_batch(args)
        if args.command == "analyze":
            return run_analyze(args.path, args.sides or sides_beside(args.path), args.out, args.format)
        return run_analyze(SEED, sides_beside(SEED), Path("reports") / SEED.stem, "text")
    except (ArticleError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def sides_beside(article: Path) -> Path | None:
    """The sides file shipped next to an article (``name.sides.toml`` for ``name.txt``), if there is one."""
    candidate = article.with_name(article.stem + ".sides.toml")
    return candidate if candidate.is_file() else None


def run_analyze(path: Path, sides: Path | None, out: Path | None, fmt: str) -> int:
    """Analyse one article, write its report folder if asked, print a summary or the JSON."""
    started = time.perf_counter()
    analysis = analyze(path, sides=sides)
    if fmt == "json":
        print(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(summary_text(analysis, time.perf_counter() - started))
    if out is not None:
        written = write_report(analysis, out)
        print(f"report: {len(written)} files in {out}", file=sys.stderr if fmt == "json" else sys.stdout)
    return 0


def summary_text(analysis, seconds: float) -> str:
    """A few lines a reader can take in at a glance."""
    r = analysis.readability
    lines = [f"{analysis.article.title}",
             f"  {analysis.n_words} words, {analysis.n_sentences} sentences, {analysis.n_paragraphs} paragraphs "
             f"(analysed in {seconds:.2f} s)",
             f"  readability: Flesch reading ease {r['flesch_reading_ease']:.1f}, "
             f"Flesch-Kincaid grade {r['flesch_kincaid_grade']:.1f}, consensus grade {r['text_standard']:.0f}"]
    lines += [f"  {name}: {value:.3f}" for name, value in analysis.rates.items() if isinstance(value, float)]
    if analysis.side_spec is not None:
        lines.append(f"  sides ({analysis.side_spec.source}):")
        lines += [f"    {p['name']}: {p['n_mentions']} mentions, {p['loaded_negative']} negative and "
                  f"{p['loaded_positive']} positive loaded terms, {p['scare_quotes']} scare quotes, "
                  f"{p['n_attributions']} attributions" for p in analysis.sides]
    return "\n".join(lines)


def run_batch(args) -> int:
    """Stream one record per article to a file (written whole at the end) or to standard output."""
    sides = load_sides(args.sides) if args.sides else None
    items = iter_inputs(args.input, args.text_column, args.id_column)
    progress = tqdm(items, unit="article", file=sys.stderr, disable=not sys.stderr.isatty())
    if args.out is None:
        counts = _write_records(batch_records(progress, args.format, sides), sys.stdout, args.format)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=args.out.parent,
                                         prefix=f".{args.out.name}.", delete=False) as handle:
            try:
                counts = _write_records(batch_records(progress, args.format, sides), handle, args.format)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
        Path(handle.name).replace(args.out)
    n_ok, errors = counts
    print(f"batch: {n_ok} analysed, {len(errors)} failed" + (f" -> {args.out}" if args.out else ""),
          file=sys.stderr)
    for error in errors[:20]:
        print(f"  failed: {error}", file=sys.stderr)
    return 1 if errors else 0


def _write_records(records, handle, fmt: str) -> tuple[int, list[str]]:
    """Write records as JSONL or CSV; a CSV's columns come from its first analysed article."""
    n_ok, errors, pending, writer = 0, [], [], None
    for record in records:
        if record.get("error"):
            errors.append(record["error"])
        else:
            n_ok += 1
        if fmt == "jsonl":
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif writer is None and record.get("error"):
            pending.append(record)  # error rows before the first result wait for the header
        else:
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(record), restval="", lineterminator="\n")
                writer.writeheader()
            writer.writerows(pending + [record])
            pending = []
    if pending:
        writer = csv.DictWriter(handle, fieldnames=["id", "error"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(pending)
    return n_ok, errors
