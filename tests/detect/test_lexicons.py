"""The marker lexicon files themselves: header, columns, normalised unique entries, categories and valences."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from analysis.detect.evaluative import MIN_VALENCE
from analysis.detect.markers import LEXICON_FILES, NEUTRAL, load_lexicons, read_lexicon_entries, term_key
from analysis.detect.valence import polarity_lexicon, word_valence
from analysis.framing.labels import label_lexicon
from analysis.lexicon import read_header, read_lexicon_text, read_table

FILES = list(LEXICON_FILES.values())
COLUMNS = ["term", "category", "valence", "forms", "pos"]
NORMALISED = re.compile(r"^[a-zïé'][a-zïé' -]*[a-zïé]$")  # lowercase, straight apostrophes, single separators


@pytest.mark.parametrize("name", FILES)
def test_header_states_meaning_source_and_licence(name):
    header = read_header(name)
    assert read_lexicon_text(name).startswith("#")
    assert "Categories:" in header
    assert "Source" in header
    assert "Licence" in header


@pytest.mark.parametrize("name", FILES)
def test_columns(name):
    rows = read_table(name)
    assert rows and list(rows[0]) in (COLUMNS[:4], COLUMNS)  # pos is optional


def test_pos_values():
    rows = read_table("loaded_terms.tsv")
    assert {r["pos"] for r in rows} <= {"", "noun", "verb", "adj", "adv"} and any(r["pos"] for r in rows)


@pytest.mark.parametrize("name", FILES)
def test_no_blank_terms_or_categories(name):
    for row in read_table(name):
        assert row["term"].strip() == row["term"] != ""
        assert row["category"].strip() == row["category"] != ""
        assert all(f.strip() for f in row["forms"].split(",")) or row["forms"] == ""


@pytest.mark.parametrize("name", FILES)
def test_every_category_is_documented_in_the_header(name):
    header = read_header(name)
    for category in {row["category"] for row in read_table(name)}:
        assert re.search(rf"^\s*{category}\s+-", header, re.M), f"{name}: category {category!r} not in header"


@pytest.mark.parametrize("name", FILES)
def test_valence_is_minus_one_zero_or_one(name):
    assert {row["valence"] for row in read_table(name)} <= {"-1", "0", "1"}


@pytest.mark.parametrize("name", ["hedges.tsv", "boosters.tsv", "epistemic_recasens2013.tsv"])
def test_certainty_markers_carry_no_valence(name):
    assert {row["valence"] for row in read_table(name)} == {"0"}


@pytest.mark.parametrize("name", FILES)
def test_forms_are_lowercase_and_normalised(name):
    for entry in read_lexicon_entries(name):
        for form in entry.forms:
            assert NORMALISED.match(form), f"{name}: {form!r} is not normalised"
            assert "  " not in form and "’" not in form


@pytest.mark.parametrize("name", FILES)
def test_terms_are_unique_within_a_file(name):
    counts = Counter(term_key(row["term"]) for row in read_table(name))
    assert [t for t, n in counts.items() if n > 1] == []


def test_every_form_is_unique_across_all_lexicons():
    counts = Counter(term_key(form) for entry in load_lexicons().entries for form in entry.forms)
    assert [f for f, n in counts.items() if n > 1] == []


def test_neutral_entries_only_shield_listed_words():
    """A neutral phrase exists to shield a word listed elsewhere (a loaded term or a label: "ground invasion"), or one
    the evaluative reader would take ("level best"); without one it would be dead weight."""
    entries = load_lexicons().entries
    listed = {term_key(f) for e in entries if e.category != NEUTRAL for f in e.forms} | set(label_lexicon())
    for entry in entries:
        if entry.category == NEUTRAL:
            words = set(term_key(entry.term).split())
            assert any(w in listed or abs(word_valence(w, polarity_lexicon())) >= MIN_VALENCE for w in words), \
                entry.term


@pytest.mark.parametrize("term, category", [
    ("so-called", "delegitimising"), ("misnamed", "delegitimising"), ("self-styled", "delegitimising"),
    ("self-declared", "delegitimising"),  # unseen Newsmax/AP story (stop 30): "its own self-declared caliphate"
    ("purported", "delegitimising"), ("regime", "pejorative"), ("neocon", "pejorative"), ("thug", "pejorative"),
    ("puppet", "pejorative"), ("proxies", "pejorative"), ("propaganda", "delegitimising"),
    ("liberate", "valorising"), ("heroic", "valorising"), ("legitimate government", "valorising"),
    ("tough-as-nails", "valorising"), ("gross violation", "emotive"), ("menace", "emotive"),
    ("arrogance", "emotive"), ("blowback", "emotive"), ("wishful thinking", "mockery"), ("magical", "mockery"),
])
def test_issue_examples_are_in_the_loaded_lexicon(term, category):
    assert load_lexicons().index[term_key(term)].category == category
