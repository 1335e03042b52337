"""Target-dependent polarity: hand-written sentences whose framing of each target is clear."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.detect.polarity import NEUTRAL_THRESHOLD, TargetPolarity, target_polarity, tokenize
from analysis.detect.valence import polarity_lexicon, vader_lexicon, word_valence
from analysis.lexicon import read_header, read_table

NEUTRAL = TargetPolarity(0, 0.0, ())


def span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


def frame(sentence: str, target: str, *others: str, **options) -> TargetPolarity:
    """target_polarity with the target and the other targets given as phrases of the sentence."""
    return target_polarity(sentence, span(sentence, target), [span(sentence, o) for o in others], **options)


@pytest.mark.parametrize("sentence, target", [
    ("", (0, 0)),                       # empty sentence
    ("   ", (0, 3)),                    # whitespace only
    ("...", (0, 3)),                    # punctuation only
    ("Smith spoke.", (40, 45)),         # target beyond the sentence
    ("Smith spoke.", (3, 3)),           # empty target span
])
def test_degenerate_input_is_neutral(sentence, target):
    assert target_polarity(sentence, target) == NEUTRAL


def test_target_at_sentence_start_and_end():
    assert frame("Corrupt officials stole the funds.", "Corrupt officials").polarity == -1
    assert frame("The board praised Smith", "Smith").polarity == 1


def test_two_targets_framed_differently_with_loaded_terms_as_extra_cues():
    sentence = "The rebels liberated the town from the brutal regime."
    loaded = [(*span(sentence, "liberated"), 2.0), (*span(sentence, "regime"), -1.5)]
    rebels = frame(sentence, "The rebels", "the brutal regime", extra=loaded)
    regime = frame(sentence, "the brutal regime", "The rebels", extra=loaded)
    assert (rebels.polarity, regime.polarity) == (1, -1)
    words = {sentence[start:end] for start, end, _ in rebels.evidence}
    assert words == {"liberated", "brutal", "regime"}  # the extra cues are evidence like lexicon words


def test_lexicon_alone_frames_two_targets_differently():
    sentence = "The rebels freed the town from the brutal regime."
    assert frame(sentence, "The rebels", "the brutal regime").polarity == 1
    assert frame(sentence, "the brutal regime", "The rebels").polarity == -1


def test_cue_inside_another_targets_mention_counts_less():
    sentence = "The rebels entered the town of the brutal regime."
    alone = frame(sentence, "The rebels")
    beside = frame(sentence, "The rebels", "the brutal regime")
    assert beside.score > alone.score


@pytest.mark.parametrize("sentence, expected", [
    ("The minister is corrupt.", -1),
    ("The minister is not corrupt.", 1),
    ("The minister isn’t corrupt.", 1),          # curly apostrophe
    ("The minister is never dishonest.", 1),
    ("The minister shows a lack of respect.", -1),
    # unseen NYT article (batch 83): "far less capable than ISIS" was a favourable sentence
    ("The minister is viewed as far less capable.", -1),
    ("The minister is no less capable.", 1),
    ("The minister was more or less successful.", 1),
])
def test_negation(sentence, expected):
    assert frame(sentence, "The minister").polarity == expected


def test_extra_cue_is_negated_like_a_lexicon_word():
    sentence = "The army did not liberate the city."
    result = frame(sentence, "The army", extra=[(*span(sentence, "liberate"), 2.0)])
    assert result.polarity == -1


@pytest.mark.parametrize("sentence", [
    "Smith said the attack was horrific.",
    "“The attack was horrific,” Smith said.",
    "Smith also said that the bombing was a cowardly act of terror.",
])
def test_source_quoted_saying_something_negative_is_neutral(sentence):
    result = frame(sentence, "Smith")
    assert (result.polarity, result.role) == (0, "source")


def test_target_of_reported_speech_is_framed():
    sentence = "Smith said the mayor was corrupt and incompetent."
    assert frame(sentence, "the mayor", "Smith").polarity == -1
    assert frame(sentence, "Smith", "the mayor").polarity == 0


def test_defensive_reporting_verb_frames_its_source():
    assert frame("Smith denied the report.", "Smith").polarity == -1
    assert frame("Smith claimed the report was false.", "Smith").polarity == -1


@pytest.mark.parametrize("sentence, target, role", [
    ("Police arrested three men in Iran.", "Iran", "setting"),
    ("Smith told reporters that the war was a disaster.", "reporters", "audience"),
    ("The war was a disaster, according to Smith.", "Smith", "source"),
])
def test_audience_and_setting_are_not_framed(sentence, target, role):
    result = frame(sentence, target)
    assert (result.polarity, result.role) == (0, role)


@pytest.mark.parametrize("sentence, targets", [
    ("The minister met the ambassador in Paris on Tuesday.", ("The minister", "the ambassador")),
    ("Hope Hicks spoke to the Supreme Court.", ("Hope Hicks",)),       # "Hope", "Supreme": names
    ("The Justice Department will review the United Nations report.", ("The Justice Department",)),
    ("The talks ended and the delegates flew home.", ("the delegates",)),
    ("A US Navy guided-missile destroyer is in the Mediterranean Sea.", ("US",)),  # a warship (unseen BBC article)
])
def test_neutral_reporting(sentence, targets):
    for target in targets:
        others = [t for t in targets if t != target]
        assert frame(sentence, target, *others).polarity == 0


def test_passive_subject_is_no_source():
    result = frame("Smith was criticised by the committee.", "Smith")
    assert (result.polarity, result.role) == (-1, "topic")


def test_further_mentions_strengthen_distant_cues():
    sentence = "Smith arrived late; hours later, the crowd cheered and praised him warmly."
    without = frame(sentence, "Smith")
    with_him = frame(sentence, "Smith", further_mentions=[span(sentence, "him")])
    assert with_him.score > without.score > 0


def test_evidence_offsets_and_score():
    sentence = "The senator is a corrupt, dishonest man."
    result = frame(sentence, "The senator")
    assert [sentence[start:end] for start, end, _ in result.evidence] == ["corrupt", "dishonest"]
    assert all(contribution < 0 for _, _, contribution in result.evidence)
    assert result.polarity == -1 and -1.0 < result.score <= -NEUTRAL_THRESHOLD


def test_headline_case_words_still_count():
    assert frame("Senator Smith Slams Disgraceful Cover-Up", "Senator Smith").polarity == -1


def test_result_is_frozen():
    result = frame("The board praised Smith.", "Smith")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.polarity = 0  # type: ignore[misc]


def test_tokens_index_the_sentence():
    sentence = "“Mr. Smith’s so-called reform isn't working,” she said—twice."
    tokens = tokenize(sentence)
    assert all(sentence[t.start:t.end] == t.text for t in tokens)
    assert {"Mr", "Smith’s", "so-called", "isn't", "—"} <= {t.text for t in tokens}


@pytest.mark.parametrize("word, base, factor", [
    ("praised", "praised", 1.0),          # in VADER as it is
    ("helped", "help", 1.0),              # -ed
    ("slammed", "slam", 1.0),             # doubled consonant
    ("acrimoniously", "acrimonious", 1.0),  # -ly
    ("undignified", "dignified", -0.74),  # un- reads as "not" (VADER's N_SCALAR)
])
def test_word_valence_finds_base_forms(word, base, factor):
    assert word_valence(word, vader_lexicon()) == pytest.approx(vader_lexicon()[base] * factor)


@pytest.mark.parametrize("word, expected", [
    ("", 0.0), ("the", 0.0), ("party", 0.0), ("like", 0.0), ("corrupt", -2.8), ("victory", 2.7),
])
def test_news_overrides(word, expected):
    assert word_valence(word, polarity_lexicon()) == pytest.approx(expected)


def test_news_lexicon_file():
    rows = read_table("polarity_news.tsv")
    terms = [row["term"] for row in rows]
    assert "VADER" in read_header("polarity_news.tsv") and "licence" in read_header("polarity_news.tsv")
    assert terms == sorted(set(terms))
    assert all(term and term == term.lower() and " " not in term for term in terms)
    assert all(-4.0 <= float(row["valence"]) <= 4.0 and row["reason"] for row in rows)
    vader = vader_lexicon()
    assert all(vader.get(row["term"]) != float(row["valence"]) for row in rows)  # each row changes something


def test_in_favor_of_is_no_praise():
    # unseen Reuters article (batch 95): "whether Russia tried to sway the election in favor of Trump" read positive
    assert frame("Mueller is examining whether Russia tried to sway the election in favor of Trump.", "Trump",
                 "Russia").polarity != 1


@pytest.mark.parametrize("sentence, target", [
    # unseen NYT and WSJ headlines (batch 96): a fight is named, a probe promised; neither judges a side
    ("Obama Sends Letter to Congress Seeking Authorization of ISIS Fight", "Congress"),
    ("Democrats Promise Probe of Trump Meetings With Putin", "Trump"),
])
def test_a_fight_or_a_promise_judges_no_side(sentence, target):
    assert frame(sentence, target).polarity == 0
