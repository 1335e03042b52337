#!/usr/bin/env python3
"""Validate gold files of the unseen-news set (GUIDELINES.md §6); exit 1 on any error.

Usage: python benchmarks/gold/check_gold.py [FILE ...]   (default: every dev/ and test/ file)
Reads only; changes nothing.
"""
import json
import sys
from pathlib import Path

KINDS = {"direct", "indirect", "mixed", "according_to", "block"}
STANCES = {"neutral", "doubt", "endorse", "concede", "dispute"}
DEVICES = {"loaded", "label", "hedge", "booster", "scare_quote", "stance_cue"}
VOICES = {"author", "quoted", "reported"}


def at(text: str, start, string) -> bool:
    return isinstance(start, int) and text[start:start + len(string)] == string


def check(path: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = gold["text"]
    sides = gold.get("sides") or []
    names = [s.get("name") for s in sides]
    if not 2 <= len(sides) <= 4:
        errors.append(f"{len(sides)} sides; expected 2-4")
    owner: dict[str, str] = {}
    for side in sides:
        if not side.get("aliases"):
            errors.append(f"side {side.get('name')!r} has no aliases")
        for alias in side.get("aliases", []):
            if alias in owner and owner[alias] != side["name"]:
                errors.append(f"alias {alias!r} on two sides")
            owner[alias] = side["name"]
    for i, a in enumerate(gold.get("attributions", [])):
        where = f"attribution {i} ({a.get('cue')!r})"
        if a.get("kind") not in KINDS:
            errors.append(f"{where}: kind {a.get('kind')!r}")
        if a.get("stance") not in STANCES:
            errors.append(f"{where}: stance {a.get('stance')!r}")
        if not at(text, a.get("char_start_of_cue"), a.get("cue") or ""):
            errors.append(f"{where}: cue not at char_start_of_cue")
        if not at(text, a.get("char_start_of_content"), a.get("content") or ""):
            errors.append(f"{where}: content not at char_start_of_content")
        if a.get("source") is not None and not at(text, a.get("char_start_of_source"), a["source"]):
            errors.append(f"{where}: source not at char_start_of_source")
        for extra in a.get("content_extra", []) + ([a["intro_content"]] if a.get("intro_content") else []):
            if extra not in text:
                errors.append(f"{where}: content_extra/intro_content not in text")
    for q in gold.get("uncued_quotes", []):
        if not at(text, q.get("char_start"), q.get("content", "")):
            errors.append(f"uncued quote {q.get('content', '')[:30]!r}: not at char_start")
    for i, t in enumerate(gold.get("targets", [])):
        where = f"target {i} ({t.get('span')!r} at {t.get('char_start')})"
        if not at(text, t.get("char_start"), t.get("span") or "\0"):
            errors.append(f"{where}: span not at char_start")
        if t.get("device") not in (True, False):
            errors.append(f"{where}: device must be true or false")
        if t.get("device"):
            if t.get("kind") not in DEVICES:
                errors.append(f"{where}: kind {t.get('kind')!r}")
            if t.get("voice") not in VOICES:
                errors.append(f"{where}: voice {t.get('voice')!r}")
            if t.get("target") is not None and t.get("target") not in names:
                errors.append(f"{where}: target {t.get('target')!r} is not a side name")
            if t.get("implicit") not in (True, False):
                errors.append(f"{where}: implicit must be true or false")
    return errors


def annotated(folder: Path) -> list[Path]:
    """The gold files of ``folder`` to score, after printing how many: for dev/ and test/, only those that
    validate, so an article still being annotated counts in no figure; other gold sets (their own format)
    are taken whole."""
    every = sorted(folder.glob("*.json"))
    paths = every if folder.resolve().parent != Path(__file__).resolve().parent else [p for p in every if not check(p)]
    left_out = len(every) - len(paths)
    print(f"{len(paths)} annotated articles" + (f", {left_out} still being annotated left out" if left_out else ""))
    return paths


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    files = [Path(a) for a in argv] or sorted(here.glob("*/*.json"))
    bad = 0
    for path in files:
        errors = check(path)
        bad += bool(errors)
        print(f"{path.name}: {'ok' if not errors else f'{len(errors)} errors'}")
        for error in errors[:40]:
            print("  -", error)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
