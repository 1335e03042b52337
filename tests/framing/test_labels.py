"""Label words in the table's sense: part of speech, and a military verb's object (analysis/framing/labels.py)."""

from __future__ import annotations

import pytest

from analysis import parse_article
from analysis.framing import find_labels
from analysis.framing.sides import find_mentions, load_sides

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
    # unseen NPR article (stop 39): "The prime minister's opponents seized on the opportunity" is no military act
    ("The Houthis seized on the opportunity to talk.", []),
    ("The Houthis seized on Monday the port of Aden.", [("seized", "Houthis", "subject of the clause")]),
    ("Hadi's government seized the assets.", [("government", "Government", "names the side")]),  # one mention
    ("Trump will attack Clinton on Twitter.", []),                       # words, not arms
    # a pronoun, a hostage, a hospital are military objects too
    ("The rebels said they will capture it soon.", [("rebels", "Houthis", "mention inside"),
                                                    ("capture", "Houthis", "subject of the clause")]),
    ("The Houthis will seize hostages.", [("seize", "Houthis", "subject of the clause")]),
    # "in advance (of)" is a fixed phrase; the Houthis' advance is a label
    ("Officials were told in advance of the Houthis' raid.", []),
    ("The Houthis' advance on Aden stalled.", [("advance", "Houthis", "possessor")]),
    # a two-word label is counted once, not again as its second word
    ("Hadi praised the freedom fighters of the government.", [("freedom fighters", "Government", "of object"),
                                                             ("government", "Government", "mention inside")]),
    # unseen Krauthammer column (batch 77): a sanctions regime against a side is no name for it
    ("The sanctions regime against the Houthis will end . The regime change urged by Hadi failed .", []),
])
def test_label_senses(text, expected):
    assert labels(text) == expected


def test_a_word_inside_a_longer_name_is_no_label():
    # found on an unseen NPR article: "forces" in "the Israel Defense Forces" was tied to Israel as its label
    article = parse_article("Truce holds\n\nThe Israel Defense Forces said its troops would hold. "
                            "Hadi's forces left.\n")
    sides = load_sides([{"name": "Israel", "aliases": ["Israel Defense Forces"]},
                        {"name": "Government", "aliases": ["Hadi"]}])
    found = [(row["term"], row["side"]) for row in find_labels(article, find_mentions(article, sides))]
    assert found == [("forces", "Government")]


def test_a_ground_invasion_is_a_military_term_not_a_label():
    # unseen CNN article (stop 43, batch 112): "should Israeli forces … launch a ground invasion of Gaza" gave Gaza the
    # pejorative label "invasion"
    assert labels("Should the police launch a ground invasion , the violence would increase .") == []
    assert [term for term, _, _ in labels("The government launched an invasion of the north .")] == [
        "government", "invasion"]
