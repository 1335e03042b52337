"""Is memory flat? The same articles analysed round after round in one process, resident memory after each round.

After the first round (new words, caches filling) the figure should stay put: growth per round
means something keeps a reference per article. Run:
``.venv/bin/python benchmarks/bench_memory.py [--articles 150] [--rounds 4]``
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
from pathlib import Path

from analysis import analyze

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "article-bias-prediction-subset" / "jsons"


def resident_mb() -> float:
    """This process's resident memory now, in MiB (Linux)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    texts = [json.loads(p.read_text())["content"] for p in sorted(CORPUS.glob("*.json"))[:args.articles]]
    for round_ in range(1, args.rounds + 1):
        for text in texts:
            analyze(text)
        gc.collect()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"round {round_}: {len(texts)} articles, resident {resident_mb():.0f} MiB, peak {peak:.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
