"""Label words in the table's sense: part of speech, and a military verb's object (analysis/framing/labels.py)."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.framing import find_labels
from analysis.sides import find_mentions, load_sides

SIDES = load_sides([{"name": "Police", "aliases": ["police", "officers"]},
                    {"name": "Houthis", "aliases": ["Houthis", "rebels"]},
                    {"name": "Government", "aliases": ["government", "Hadi"]}])


def labels(text: str) -> list[tuple[str, str, str]]:
    article = parse_article(text)
    return [(row["term"], row["side"], row["tie"]) for row in find_labels(article, find_mentions(article, SIDES))]


@pytest.mark.parametrize("text, expected", [
    # a military act on a place (a name, or a noun of military_objects.txt) is labelled
    ("The Houthis seized Sanaa in September.", [("seized", "Houthis", "subject of the clause")]),
    ("The Houthis captured the airport.", [("captured", "Houthis", "subject of the clause")]),
    ("Hadi's forces seized control of Aden.", [("forces", "Government", "possessor"),
                                               ("seized", "Government", "subject of the clause")]),
    # other senses of the same verbs are not
    ("Police seized 10 kilograms of pot in the raid.", []),
    ("The pot seized by officers was burned.", []),
    ("The Houthis seized the opportunity to talk.", []),
    ("Hadi's government seized control of the company.", [("government", "Government", "mention inside")]),
    # "advance" is a verb in the table: the noun of "in advance of" is not a label
    ("Officers were told in advance of the raid by the Houthis.", []),
])
def test_label_senses(text, expected):
    assert labels(text) == expected
