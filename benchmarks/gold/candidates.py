"""Word-list candidates for the targets of a gold file (GUIDELINES.md §5), for annotators to judge.

Candidates: every whole-word occurrence of a word from the project's label, loaded-term, hedge and booster word
lists read as plain words and from Hooper 1975's factives (``stance_cue``, a published list in ``../shared``), and
every quoted phrase of five words or fewer (``scare_quote``). The long published lists (Recasens et al. 2013's bias
lexicon, Hyland 2005's hedges) tripled the candidates with ordinary words ("account", "about") and are left out. The
lists know nothing about context; the annotator judges each candidate and adds what the lists missed. This script
reads data files only, never the extractor.

Run: ``python benchmarks/gold/candidates.py FILE.json ...`` (fills ``targets`` only where it is empty).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "eval-data" / "recasens2013-lexicons"
LEXICONS = REPO / "analysis" / "lexicons"
QUOTED = re.compile(r"[\"“‘'`]{1,2}([^\"“”‘’'`\n]{1,60}?)[\"”’']{1,2}")


def _plain(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _column(name: str) -> set[str]:
    rows = [line for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["term"].lower() for row in csv.DictReader(rows, delimiter="\t") if row.get("term")}


def word_lists() -> dict[str, set[str]]:
    """hint -> words, the first list holding a word naming its hint."""
    return {"label": _column("labels.tsv"), "loaded": _column("loaded_terms.tsv"),
            "hedge": _column("hedges.tsv"),
            "booster": _column("boosters.tsv"), "stance_cue": _plain(SHARED / "factives_hooper1975.txt")}


def candidates(text: str) -> list[dict]:
    """Candidate devices of ``text`` in order, each a target record with the judgement fields left null."""
    found: dict[int, dict] = {}
    for hint, words in word_lists().items():
        for word in sorted(words, key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags=re.IGNORECASE):
                if not any(match.start() < c["char_start"] + len(c["span"]) and c["char_start"] < match.end()
                           for c in found.values()):
                    found[match.start()] = {"span": match.group(0), "char_start": match.start(), "hint": hint}
    for match in QUOTED.finditer(text):
        if len(match.group(1).split()) <= 5:
            found.setdefault(match.start(), {"span": match.group(0), "char_start": match.start(),
                                             "hint": "scare_quote"})
    blank = {"device": None, "kind": None, "voice": None, "target": None, "implicit": False, "note": ""}
    return [{**found[k], **blank} for k in sorted(found)]


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["targets"]:
            print(f"{path.name}: has targets, left alone")
            continue
        record["targets"] = candidates(record["text"])
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(record['targets'])} candidates")
