"""How the seed frames its sides: figures checked by hand against the text, and their evidence."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.tables import evidence, label_table, sides_table
from conftest import ROOT, SEED

SEED_SIDES = ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml"
WASHINGTON, DAMASCUS = "Washington and allies", "Damascus and allies"


@pytest.fixture(scope="module")
def seed():
    return analyze(SEED, sides=SEED_SIDES)


def profile(analysis, name):
    return next(p for p in analysis.sides if p["name"] == name)


def author_spans(analysis, kind, side):
    return [s.text for s in analysis.spans if s.kind == kind and s.voice == "author" and s.side == side]


def test_scare_quotes_are_aimed_at_washington(seed):
    assert author_spans(seed, "scare_quote", WASHINGTON) == [
        "‘safe zones’", "‘moderate rebels’", "‘Army of Revolutionaries’", "‘vetted moderate rebels’",
        "‘political analyst’", "‘U.S.-supported rebels’"]
    assert author_spans(seed, "scare_quote", DAMASCUS) == ["‘Shi’a crescent’", "‘strobe light’"]
    assert profile(seed, WASHINGTON)["scare_quotes"] == 6


def test_delegitimising_qualifiers(seed):
    tied = {(s.text, s.side) for s in seed.spans if s.category == "delegitimising"}
    assert ("misnamed", WASHINGTON) in tied and ("false reports", WASHINGTON) in tied
    # Known limit: "so-called" binds to the nearest side, so both fall on Damascus ("so-called safe zones
    # created by ... the Russians"; "so-called ‘Shi’a crescent’ ... from Iran"), though the author
    # disputes labels here rather than the side.
    assert [t for t, side in tied if t == "so-called"] == ["so-called"]
    assert sum(s.text == "so-called" and s.side == DAMASCUS for s in seed.spans) == 2


def test_liberation_is_what_damascus_does(seed):
    labels = label_table(seed)
    liberation = labels.loc["military action"].loc[["liberate", "liberating"]]
    assert liberation[DAMASCUS].sum() == 3 and liberation[WASHINGTON].sum() == 0
    assert author_spans(seed, "loaded", DAMASCUS).count("liberating") == 2


def test_cues_that_introduce_each_sides_sources(seed):
    by_source = {(a.canonical_source, a.cue): (a.stance, a.side) for a in seed.attributions}
    assert by_source[("Pentagon", "claimed")] == ("doubt", WASHINGTON)
    assert by_source[("Russians", "dispute")] == ("dispute", DAMASCUS)
    assert by_source[("RT report", "According to")] == ("neutral", DAMASCUS)
    assert by_source[("Elijah J. Magnier", "writes")] == ("neutral", None)  # a correspondent, on no side
    assert by_source[("Josh Rogin", "wrote")] == ("neutral", WASHINGTON)
    assert profile(seed, WASHINGTON)["stances"] == {"doubt": 1, "neutral": 7}
    assert profile(seed, DAMASCUS)["stances"] == {"dispute": 1, "neutral": 2}


def test_washingtons_voices_get_more_of_the_article(seed):
    washington, damascus = profile(seed, WASHINGTON), profile(seed, DAMASCUS)
    assert (washington["n_attributions"], damascus["n_attributions"]) == (8, 3)
    assert washington["words_attributed"] > 3 * damascus["words_attributed"]  # Dunford's and Rogin's block quotes
    balance = {b["dimension"]: b["balance"] for b in seed.framing_balance}
    assert balance["voice"] > 0.3


def test_loaded_terms_run_against_washington(seed):
    washington, damascus = profile(seed, WASHINGTON), profile(seed, DAMASCUS)
    assert washington["loaded_negative"] > washington["loaded_positive"]
    assert damascus["loaded_positive"] >= 4  # liberate, liberating (2), tough-as-nails
    balance = {b["dimension"]: b["balance"] for b in seed.framing_balance}
    assert balance["loaded"] < 0 and balance["scare_quotes"] < 0


def test_every_figure_has_its_evidence(seed):
    rows = evidence(seed, side=WASHINGTON, dimension="scare_quotes")
    assert list(rows["text"]) == author_spans(seed, "scare_quote", WASHINGTON)
    assert all(text in sentence for text, sentence in zip(rows["text"], rows["sentence_text"]))
    voice = evidence(seed, side=DAMASCUS, dimension="voice")
    assert len(voice) == 3
    hedges = evidence(seed, side=WASHINGTON, dimension="hedges")
    assert set(hedges["kind"]) == {"hedge"}
    table = sides_table(seed)
    assert table.loc[WASHINGTON, "n_mentions"] == profile(seed, WASHINGTON)["n_mentions"]
    with pytest.raises(ValueError, match="unknown dimension"):
        evidence(seed, side=WASHINGTON, dimension="bias")


def test_framing_records_point_at_their_sentences(seed):
    assert {r["side"] for r in seed.framing} == {WASHINGTON, DAMASCUS, "ISIS"}
    for record in seed.framing:
        assert record["polarity"] in (-1, 0, 1)
        assert any(s.kind == "mention" and s.side == record["side"] and s.sentence == record["sentence"]
                   for s in seed.spans)
        for index in record["spans"]:
            assert seed.spans[index].sentence == record["sentence"]
