"""Web pages: how much of each saved page's article the extractor keeps, and how much page furniture.

For every page in ``tests/fixtures/pages/`` with a blind gold body (``NAME.gold.txt``,
GUIDELINES.md there), the article text is extracted two ways: by the package
(trafilatura with the project's clean-up, :func:`analysis.text.html.extract_page`)
and by the hand-written parser it replaced (``benchmarks/old_html_parser.py``).
Each is compared with the gold body word by word (difflib on whitespace tokens):

* **boilerplate kept**: characters of extracted words that are not in the gold body
  (menus, teasers, captions, credits counted as the author's words);
* **article lost**: characters of gold words missing from the extraction.

The headline is left out of both sides (gold keeps it as metadata).

Run: ``.venv/bin/python benchmarks/bench_html.py``
"""

from __future__ import annotations

import difflib
import gzip
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]

from old_html_parser import extract_html_blocks  # noqa: E402

from analysis.text.html import extract_page  # noqa: E402

PAGES = REPO / "tests" / "fixtures" / "pages"


def body_words(text: str, blocks, headline_kinds=("heading",)) -> list[str]:
    """The words of every block but the first heading (the headline)."""
    first_heading = next((b for b in blocks if b[2] in headline_kinds), None)
    return [w for start, end, kind in blocks if (start, end, kind) != first_heading
            for w in text[start:end].split()]


def kept_and_lost(extracted: list[str], gold: list[str]) -> tuple[int, int]:
    """(characters extracted but not gold, characters gold but not extracted), a space counted per word."""
    matched = difflib.SequenceMatcher(None, extracted, gold, autojunk=False).get_matching_blocks()
    size = lambda words: sum(len(w) + 1 for w in words)  # noqa: E731
    kept = size(extracted) - sum(size(extracted[a:a + n]) for a, _, n in matched)
    lost = size(gold) - sum(size(gold[b:b + n]) for _, b, n in matched)
    return kept, lost


def main() -> int:
    names = sorted(p.name.removesuffix(".gold.txt") for p in PAGES.glob("*.gold.txt"))
    if not names:
        print("no gold bodies in tests/fixtures/pages")
        return 1
    print(f"{'page':18} {'gold chars':>10} | {'old: kept':>9} {'lost':>6} | {'new: kept':>9} {'lost':>6}")
    totals = [0] * 5
    for name in names:
        html = gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()).decode("utf-8")
        gold = (PAGES / f"{name}.gold.txt").read_text(encoding="utf-8").split()
        old_text, old_blocks = extract_html_blocks(html)
        new_text, new_blocks, _ = extract_page(html)
        old = kept_and_lost(body_words(old_text, old_blocks), gold)
        new = kept_and_lost(body_words(new_text, new_blocks), gold)
        gold_chars = sum(len(w) + 1 for w in gold)
        row = (gold_chars, *old, *new)
        totals = [t + r for t, r in zip(totals, row)]
        print(f"{name:18} {row[0]:>10,} | {row[1]:>9,} {row[2]:>6,} | {row[3]:>9,} {row[4]:>6,}")
    g, ok, ol, nk, nl = totals
    print(f"{'all':18} {g:>10,} | {ok:>9,} {ol:>6,} | {nk:>9,} {nl:>6,}")
    print(f"as a share of the gold article: old parser kept {ok / g:.1%} boilerplate and lost {ol / g:.1%}; "
          f"trafilatura kept {nk / g:.1%} and lost {nl / g:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
