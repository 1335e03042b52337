"""Readers for the expert-annotated sets in ``../shared/eval-data`` (never copied into the project).

The folder is found beside the repository (``<repo>/../shared/eval-data``) or
at the path in the ``EVAL_DATA`` environment variable. Every reader returns
plain records; :func:`split_of` assigns each record to a fixed ``dev`` or
``test`` half by a hash of its text, so choices made while looking at ``dev``
can be reported on ``test`` (the same sentence lands in the same half in BABE
and MBIC, which share sentences).
"""

from __future__ import annotations

import ast
import csv
import hashlib
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
csv.field_size_limit(2**31 - 1)


def eval_data_dir() -> Path:
    """``$EVAL_DATA`` if set, else ``<repo>/../shared/eval-data``."""
    return Path(os.environ.get("EVAL_DATA") or REPO.parent / "shared" / "eval-data")


def split_of(text: str) -> str:
    """``dev`` or ``test``: a fixed half of any record, by the SHA-1 of its whitespace-normalised text."""
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


@dataclass(frozen=True)
class BiasSentence:
    """A BABE or MBIC sentence: its majority label and the words the annotators marked as biased."""

    text: str
    biased: bool
    biased_words: tuple[str, ...]


@dataclass(frozen=True)
class CueSentence:
    """A sentence with gold uncertainty cues as (start, end) offsets into ``text``."""

    text: str
    cues: tuple[tuple[int, int], ...]
    doc: str


def read_bias_sentences(path: Path, delimiter: str) -> list[BiasSentence]:
    """Sentences of a BABE/MBIC ``final_labels`` CSV, leaving out "No agreement" rows."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=delimiter))
    return [BiasSentence(r["text"], r["label_bias"] == "Biased", tuple(ast.literal_eval(r["biased_words"] or "[]")))
            for r in rows if r["label_bias"] in ("Biased", "Non-biased")]


def read_babe() -> list[BiasSentence]:
    """BABE SG2 (3,673 sentences with a majority label; Spinde et al. 2021)."""
    return read_bias_sentences(eval_data_dir() / "babe" / "final_labels_SG2.csv", ";")


def read_mbic() -> list[BiasSentence]:
    """MBIC (1,551 sentences with a majority label; Spinde et al. 2021). Nearly all are also in BABE SG2."""
    return read_bias_sentences(eval_data_dir() / "mbic" / "final_labels_MBIC.csv", ",")


def _cue_spans(element: ET.Element, is_cue, separator: str = "") -> tuple[str, list[tuple[int, int]]]:
    """Text of ``element`` (children joined by ``separator`` when they are word elements) and cue offsets."""
    text = ""
    cues: list[tuple[int, int]] = []

    def walk(node: ET.Element) -> None:
        nonlocal text
        start = len(text)
        if node.tag == "W":
            text += (separator if text else "") + (node.text or "")
            start = len(text) - len(node.text or "")
        else:
            text += node.text or ""
        for child in node:
            walk(child)
            text += child.tail.strip() if separator and child.tail else (child.tail or "")
        if node is not element and is_cue(node):
            while start < len(text) and text[start].isspace():
                start += 1
            cues.append((start, len(text)))

    walk(element)
    return text, cues


def read_wikiweasel() -> list[CueSentence]:
    """Szeged WikiWeasel 2.0 dev half (10,352 sentences; a sentence is uncertain iff it has a ``ccue``)."""
    root = ET.parse(eval_data_dir() / "szeged-wikiweasel" / "wiki-dev.xml").getroot()
    sentences = []
    for document in root.iter("Document"):
        doc = document.findtext("DocID") or ""
        for sentence in document.iter("Sentence"):
            text, cues = _cue_spans(sentence, lambda n: n.tag == "ccue")
            sentences.append(CueSentence(text, tuple(cues), doc))
    return sentences


def read_sfu_speculation() -> list[CueSentence]:
    """SFU Review Corpus sentences (17,263) with their speculation cues (Konstantinova et al. 2012)."""
    sentences = []
    for path in sorted((eval_data_dir() / "sfu-review-negspec").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        for sentence in root.iter("SENTENCE"):
            text, cues = _cue_spans(sentence, lambda n: n.tag == "cue" and n.get("type") == "speculation", " ")
            sentences.append(CueSentence(text, tuple(cues), str(path.relative_to(path.parents[1]))))
    return sentences


def prf(tp_predicted: int, n_predicted: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; precision and recall may count true positives on each side separately."""
    p = tp_predicted / n_predicted if n_predicted else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
