"""Cost against article size: seconds per MB of a full analysis at 0.1, 1, 2 and 4 MB.

Two kinds of text, each cut to the size from repetitions:

* **prose**: the seed article repeated (paragraphs, quotations, attributions, sides);
* **one line**: a single line of words with no punctuation at all (no sentence ends,
  no paragraph breaks), the worst case for anything that scans a sentence.

Near-linear cost means the seconds per MB stay about the same as the size grows.
The analysis runs with the seed's sides file; the size limit is lifted for the run.

Run: ``.venv/bin/python benchmarks/bench_size.py [--sizes 0.1 1 2 4] [--timeout S]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED = REPO / "seeds" / "syraq-sitrep-15-russian-flags.txt"
SIDES = REPO / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml"
WORDS = "the minister met the envoy near the border and talks went on late".split()


def text_of(kind: str, n_bytes: int) -> str:
    """``n_bytes`` (about) of prose or of one unpunctuated line."""
    if kind == "prose":
        unit = SEED.read_text(encoding="utf-8") + "\n\n"
    else:
        unit = " ".join(WORDS) + " "
    return (unit * (n_bytes // len(unit.encode("utf-8")) + 1))[:n_bytes].rsplit(" ", 1)[0]


def _analyse(text: str, queue) -> None:
    from analysis import analyze, parse_article

    started = time.perf_counter()
    analyze(parse_article(text, max_chars=None), sides=str(SIDES))
    queue.put(time.perf_counter() - started)


def timed(text: str, timeout: float) -> float | None:
    """Seconds for one analysis in a fresh process (None past ``timeout``)."""
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_analyse, args=(text, queue))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.kill()
        return None
    return queue.get() if not queue.empty() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=float, default=[0.1, 1, 2, 4], help="sizes in MB")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed per run")
    args = parser.parse_args()
    print(f"{'text':9} {'MB':>5} {'seconds':>8} {'s per MB':>9}")
    for kind in ("prose", "one line"):
        for size in args.sizes:
            seconds = timed(text_of(kind, int(size * 1_000_000)), args.timeout)
            shown = f"{seconds:8.1f} {seconds / size:9.1f}" if seconds is not None else f"{'> ' + str(int(args.timeout)):>8}"
            print(f"{kind:9} {size:5.1f} {shown}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
