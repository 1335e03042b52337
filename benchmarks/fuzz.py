"""A larger budget for the property tests: the invariants of ``tests/test_properties.py`` on many more articles.

Run: ``.venv/bin/python benchmarks/fuzz.py [--examples N] [--max-pieces N]``; prints the budget and the
result (the first failing article, shrunk, if any).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_properties import PIECES, WORDS, check_invariants  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--max-pieces", type=int, default=600, help="pieces per generated article")
    args = parser.parse_args()
    articles = st.lists(st.one_of(st.sampled_from(PIECES), WORDS), max_size=args.max_pieces).map(" ".join)

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(articles)
    def run(text):
        check_invariants(text)

    started = time.perf_counter()
    try:
        run()
    except AssertionError as error:
        print(f"FAILED after {time.perf_counter() - started:.0f} s: {error}")
        return 1
    print(f"{args.examples} generated articles (up to {args.max_pieces} pieces each) in "
          f"{time.perf_counter() - started:.0f} s: every invariant held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
