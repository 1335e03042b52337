"""How the seed frames its sides: figures checked by hand against the text, and their evidence."""

from __future__ import annotations

import pytest
from conftest import ROOT, SEED

from analysis import analyze
from analysis.present.tables import evidence, label_table, sides_table

SEED_SIDES = ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml"
WASHINGTON, DAMASCUS = "Washington and allies", "Damascus and allies"


@pytest.fixture(scope="module")
def seed():
    return analyze(SEED, sides=SEED_SIDES)


def profile(analysis, name):
    return next(p for p in analysis.sides if p["name"] == name)


def author_spans(analysis, kind, side):
    return [s.text for s in analysis.spans if s.kind == kind and s.voice == "author" and s.side == side]


def tie_of(analysis, text: str, occurrence: int = 0) -> tuple[str | None, str | None, str]:
    """(side, rule, voice) of the ``occurrence``-th marker whose text is ``text``."""
    span = [s for s in analysis.spans if s.kind != "mention" and s.text == text][occurrence]
    return span.side, span.tie, span.voice


def test_the_six_ties_the_nearest_mention_got_wrong(seed):
    # Read by hand; the first-wave tool put "neocon" and "wishful thinking" on ISIS, "legitimate government"
    # on Washington, "gross violation" in the author's voice, "blowback" and "so-called ‘Shi’a crescent’" on
    # Damascus.
    assert tie_of(seed, "blowback") == (WASHINGTON, "aimed at", "author")  # "against U.S. … operations"
    assert tie_of(seed, "gross violation")[2] == "reported"  # the Russians' words ("calling the strike …")
    assert not [s for s in seed.spans if s.text == "gross violation" and s.voice == "author"]
    # The parse cannot give the other four their side (see the xfail below); they must at least tie to no side
    # rather than to the nearest mention.
    for text, occurrence in (("neocon", 0), ("wishful thinking", 0), ("legitimate government", 0), ("so-called", 1)):
        assert tie_of(seed, text, occurrence)[:2] == (None, None), text


@pytest.mark.xfail(strict=True, reason="the small parser misreads these sentences: 'represents' as a clause of "
                   "'have' (no subject), 'Washington think tankers' as 'Washington think', and 'its' in "
                   "'its legitimate government' needs coreference of 'the country' with Syria")
def test_the_four_ties_a_careful_reader_makes_that_the_parse_misses(seed):
    assert tie_of(seed, "neocon")[0] == WASHINGTON            # Rogin's notion represents neocon wishful thinking
    assert tie_of(seed, "wishful thinking")[0] == WASHINGTON
    assert tie_of(seed, "so-called", 1)[0] == WASHINGTON      # a Washington think-tank idea the author rejects
    assert tie_of(seed, "legitimate government")[0] == DAMASCUS  # Syria's government


def test_scare_quotes_are_aimed_at_washington(seed):
    assert author_spans(seed, "scare_quote", WASHINGTON) == [
        "‘moderate rebels’", "‘Army of Revolutionaries’", "‘vetted moderate rebels’", "‘political analyst’",
        "‘U.S.-supported rebels’"]
    assert author_spans(seed, "scare_quote", DAMASCUS) == ["‘strobe light’"]  # Russian IFF devices
    assert profile(seed, WASHINGTON)["scare_quotes"] == 5


def test_delegitimising_qualifiers(seed):
    assert tie_of(seed, "misnamed") == (WASHINGTON, "names the side", "author")  # the misnamed ‘Army of …’
    assert tie_of(seed, "false reports") == (WASHINGTON, "cue of the source", "author")  # in Israeli media
    assert tie_of(seed, "neocon", 1) == (WASHINGTON, "possessive pronoun", "author")  # "his" is Rogin's
    assert [tie_of(seed, "so-called", i)[0] for i in range(2)] == [None, None]


def test_liberation_is_what_damascus_does(seed):
    # "militiamen, freed up from liberating Mosul" is the author's; "the Syrians seeking to liberate" is in the
    # Pentagon's claim and "prevent the Syrians from liberating…" in Rogin's ("Rogin wrote that …:").
    assert author_spans(seed, "loaded", DAMASCUS).count("liberating") == 1
    assert tie_of(seed, "liberate") == (DAMASCUS, "subject of the clause", "reported")
    action = label_table(seed).loc["military action"]
    assert action.loc["liberating"][[DAMASCUS, WASHINGTON]].values.tolist() == [[1, 0]]
    assert "liberate" not in action.index  # the label table counts the author's voice only


def test_cues_that_introduce_each_sides_sources(seed):
    by_source = {(a.canonical_source, a.cue): (a.stance, a.side) for a in seed.attributions}
    assert by_source[("Pentagon", "claimed")] == ("doubt", WASHINGTON)
    assert by_source[("Russians", "dispute")] == ("dispute", DAMASCUS)
    assert by_source[("RT report", "According to")] == ("neutral", DAMASCUS)
    assert by_source[("Elijah J. Magnier", "writes")] == ("neutral", None)  # a correspondent, on no side
    assert by_source[("Josh Rogin", "wrote")] == ("neutral", WASHINGTON)
    assert by_source[("Russians", "calling")] == ("neutral", DAMASCUS)
    # not the rebel leader who "said" inside Rogin's block quote (sentence 34): Rogin's account, his words (batch 80)
    assert profile(seed, WASHINGTON)["stances"] == {"doubt": 1, "neutral": 6}
    assert profile(seed, DAMASCUS)["stances"] == {"dispute": 1, "neutral": 3}


def test_washingtons_voices_get_more_of_the_article(seed):
    washington, damascus = profile(seed, WASHINGTON), profile(seed, DAMASCUS)
    assert (washington["n_attributions"], damascus["n_attributions"]) == (7, 4)  # not one inside Rogin's quote
    assert washington["words_attributed"] > 3 * damascus["words_attributed"]  # Dunford's and Rogin's block quotes
    balance = {b["dimension"]: b["balance"] for b in seed.framing_balance if b["side_b"] == DAMASCUS}
    assert balance["voice"] > 0.3


def test_loaded_terms_run_against_washington(seed):
    washington, damascus = profile(seed, WASHINGTON), profile(seed, DAMASCUS)
    assert washington["loaded_negative"] > washington["loaded_positive"]
    # liberating (Mosul), tough-as-nails; the Pentagon's "liberate" and Rogin's "liberating" are reported
    assert (damascus["loaded_positive"], damascus["loaded_negative"]) == (2, 0)
    balance = {b["dimension"]: b["balance"] for b in seed.framing_balance if b["side_b"] == DAMASCUS}
    assert balance["loaded"] < 0 and balance["scare_quotes"] < 0


def test_every_figure_has_its_evidence(seed):
    rows = evidence(seed, side=WASHINGTON, dimension="scare_quotes")
    assert list(rows["text"]) == author_spans(seed, "scare_quote", WASHINGTON)
    assert all(text in sentence for text, sentence in zip(rows["text"], rows["sentence_text"]))
    voice = evidence(seed, side=DAMASCUS, dimension="voice")
    assert len(voice) == 4  # the Russians twice, Al-Masdar News, the RT report
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


def test_evidence_says_which_rule_tied_each_term(seed):
    rows = evidence(seed, side=WASHINGTON, dimension="loaded")
    ties = dict(zip(rows["text"], rows["tie"]))
    assert ties["blowback"] == "aimed at" and ties["misnamed"] == "names the side"
    assert ties["neocon"] == "possessive pronoun"


def test_balance_compares_every_pair_of_sides(seed):
    pairs = {(row["side_a"], row["side_b"]) for row in seed.framing_balance}
    assert pairs == {(WASHINGTON, DAMASCUS), (WASHINGTON, "ISIS"), (DAMASCUS, "ISIS")}
