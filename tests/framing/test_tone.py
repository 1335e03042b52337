"""Tone per side: the seed's verdicts with their evidence checked by hand, and the rules on short fixtures."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import ROOT, SEED

from analysis import analyze, parse_article
from analysis.framing.tone import MIN_WEIGHT, THRESHOLD, WEIGHTS, ToneEvidence, side_tone, tone_label

WASHINGTON, DAMASCUS = "Washington and allies", "Damascus and allies"
SIDES = [{"name": "Government", "aliases": ["government", "Mattis"]}, {"name": "Rebels", "aliases": ["rebels"]}]


@pytest.fixture(scope="module")
def seed_tone():
    result = analyze(SEED, sides=ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml")
    return {p["name"]: p["tone"] for p in result.sides}


def non_sentence(tone: dict) -> list[tuple[str, str, float]]:
    return [(e["kind"], e["text"], e["value"]) for e in tone["evidence"] if e["kind"] != "sentence"]


def test_washington_is_treated_negatively_and_why(seed_tone):
    tone = seed_tone[WASHINGTON]
    assert (tone["label"], tone["enough"]) == ("negative", True)
    assert tone["high"] < 0  # the whole interval below zero
    # Each read in the text; all in the author's voice.
    assert non_sentence(tone) == [
        ("cue_stance", "claimed", -1.0),                   # "The Pentagon claimed that the Syrians …"
        ("role", "bomb", -1.0),                            # "(which the Israelis bomb just about anytime they please …)"
        ("loaded", "false reports", -1.0),                 # "false reports circulating in Israeli media"
        ("loaded", "human shields", -1.0),                 # "If the Americans can use their soldiers as human shields"
        ("scare_quote", "‘moderate rebels’", -1.0),         # the author's distance from Washington's name for them
        ("loaded", "misnamed", -1.0),                      # "(the misnamed ‘Army of Revolutionaries’ …)"
        ("loaded", "blowback", -1.0),                      # "will blowback against U.S. counter-ISIS operations"
        ("role", "attack", 1.0),                           # "… or even attack American troops": harm suffered
        ("scare_quote", "‘vetted moderate rebels’", -1.0),
        ("loaded", "downplay", -1.0),                      # "Dunford sought on Friday to downplay …"
        ("scare_quote", "‘political analyst’", -1.0),       # "columnist and CNN ‘political analyst’ Josh Rogin"
        ("scare_quote", "‘U.S.-supported rebels’", -1.0),   # "Rogin’s notion that the ‘U.S.-supported rebels’ …"
        ("loaded", "neocon", -1.0),                        # "What he isn’t counting on in his neocon arrogance"
        ("loaded", "arrogance", -1.0),
        ("loaded", "carve off", -1.0),                     # "remind the U.S. that it cannot carve off a chunk of Syria"
    ]


def test_damascus_is_treated_positively_and_why(seed_tone):
    tone = seed_tone[DAMASCUS]
    assert (tone["label"], tone["enough"]) == ("positive", True)
    assert tone["low"] > 0
    assert [e for e in non_sentence(tone) if e != STROBE_LIGHT] == [
        ("role", "restoring", 1.0),          # the alliance "restoring at least partial Syrian government control"
        ("role", "bomb", 1.0),               # "Hezbollah warehouses inside Syria (which the Israelis bomb …)"
        ("loaded", "liberating", 1.0),       # "militiamen, freed up from liberating Mosul" (once: not also as a role)
        ("role", "attacks", 1.0),            # "attacks on Syrians"
        ("role", "supporting", 1.0),         # "the Russians have been supporting with logistics a Hezbollah surge"
        ("role", "wounding", 1.0),           # "Killing or wounding more Iraqi PMU"
        ("role", "besieging", 1.0),          # "ISIS forces besieging the Syrian government garrison"
        ("loaded", "tough-as- nails", 1.0),  # "a tough-as- nails SAA garrison" (the seed's own spacing)
    ]


STROBE_LIGHT = ("scare_quote", "‘strobe light’", -1.0)


@pytest.mark.xfail(strict=True, reason="'Russian infra-red IFF ‘strobe light’ devices' quotes a device's name, not "
                                      "the author's distance; the scare-quote rule cannot tell a quoted term of art")
def test_known_miss_a_quoted_term_of_art_is_no_scare_quote(seed_tone):
    assert STROBE_LIGHT not in non_sentence(seed_tone[DAMASCUS])


def test_isis_is_neutral(seed_tone):
    # The author shows ISIS suffering one harm ("an assault on ISIS forces") and doing one ("two years of Islamic
    # State siege"), which balance, and sentence polarities both ways: evidence enough, and no lean.
    tone = seed_tone["ISIS"]
    assert tone["label"] == "neutral" and abs(tone["score"]) < THRESHOLD
    assert non_sentence(tone) == [("role", "assault", 1.0), ("role", "siege", -1.0)]


def tone_of(text: str, side: str) -> dict:
    return next(p["tone"] for p in analyze(parse_article(text), sides=SIDES).sides if p["name"] == side)


def test_words_in_quoted_or_reported_voice_never_count():
    text = ("“The rebels are terrorists and thugs,” Mattis said.\n\n"
            "Mattis claimed the rebels were a menace and a brutal gang.\n")
    tone = tone_of(text, "Rebels")
    assert [e for e in tone["evidence"] if e["kind"] == "loaded"] == []
    assert tone["label"] == "neutral"


def test_a_sentence_scores_a_side_on_the_authors_words_only():
    # Found on an unseen AP story: the author's sentence carries Trump's reported words about Macron.
    text = "Summit opens\n\nTrump told reporters on Tuesday that Macron's comments were “very nasty” and a disgrace.\n"
    result = analyze(text, sides=[{"name": "Macron", "aliases": ["Macron"]}, {"name": "Trump", "aliases": ["Trump"]}])
    macron = next(r for r in result.framing if r["side"] == "Macron")
    assert (macron["voice"], macron["polarity"], macron["evidence"]) == ("author", 0, [])
    assert next(p["tone"] for p in result.sides if p["name"] == "Macron")["evidence"] == ()


@pytest.mark.parametrize("text, side", [
    # From a BBC story: Todd's "countered" is his stance toward Giuliani's words, not the author's view of Todd.
    ("Truth isn't truth\n\nWhen Todd countered that “truth is truth”, Mr Giuliani exclaimed: “Truth isn't truth.”\n",
     "Todd"),
    ("Probe goes on\n\nMr Giuliani denied that this was the case.\n", "Giuliani"),
])
def test_a_reporting_cue_counts_once_as_its_stance_not_again_as_sentence_polarity(text, side):
    result = analyze(text, sides=[{"name": "Todd", "aliases": ["Todd"]}, {"name": "Giuliani", "aliases": ["Giuliani"]}])
    tone = next(p["tone"] for p in result.sides if p["name"] == side)
    assert [e for e in tone["evidence"] if e["kind"] == "sentence"] == []


def test_a_harm_verb_counts_once_as_its_role_not_again_as_sentence_polarity():
    # "killed" made the sentence negative toward its victims while their role counted it in their favour.
    text = "Town falls\n\nThe rebels were shelled and killed by the government in Homs.\n"
    tones = {p["name"]: p["tone"] for p in analyze(text, sides=SIDES).sides}
    assert [(e["kind"], e["text"], e["value"]) for e in tones["Rebels"]["evidence"]] == [("role", "shelled", 1.0)]
    assert [(e["kind"], e["text"], e["value"]) for e in tones["Government"]["evidence"]] == [("role", "killed", -1.0)]


def test_a_doubting_cue_and_loaded_words_in_the_authors_voice():
    text = ("The government falsely claimed victory.\n\nThe regime’s thugs shelled the town again.\n\n"
            "The government insisted the shelling was necessary.\n")
    tone = tone_of(text, "Government")
    # By hand: "falsely" (loaded, -1, weight 1) and "insisted" introducing the government (doubt, -1, weight 0.5);
    # "claimed victory" reports no statement, and "thugs" is the regime's, not a side of this test.
    assert [(e["kind"], e["text"], e["value"], e["weight"]) for e in tone["evidence"]] == [
        ("loaded", "falsely", -1.0, 1.0), ("cue_stance", "insisted", -1.0, 0.5)]
    assert tone["score"] == pytest.approx(-1.5 / (1.5 + 1), abs=1e-4) and tone["label"] == "negative"


def test_an_accusation_reports_the_accusers_charge_and_casts_no_doubt_on_the_accuser():
    # Blind readers of unseen news (stops 43 and 44): "Erekat in a statement accused the Trump administration of …"
    # and "A federal judge … accused Mueller of using criminal cases to pressure Trump’s allies" made the author's tone
    # negative toward the accuser; "accused" is news copy's plain verb for a charge, as "criticized" is.
    text = "Hearing in Virginia\n\nThe judge accused Mueller of using criminal cases to pressure witnesses.\n"
    result = analyze(text, sides=[{"name": "Judge", "aliases": ["judge"]}, {"name": "Mueller", "aliases": ["Mueller"]}])
    assert [(a.cue, a.stance) for a in result.attributions] == [("accused", "dispute")]
    assert [e["kind"] for e in next(p["tone"] for p in result.sides if p["name"] == "Judge")["evidence"]] == []
    assert tone_of("The government falsely claimed victory.\n\nThe government alleged the town was a base.\n",
                   "Government")["evidence"][-1]["kind"] == "cue_stance"  # "alleged" still casts doubt


def test_too_little_evidence_is_neutral_and_shrunk_toward_zero():
    from analysis.framing.tone import PRIOR_WEIGHT

    one = [ToneEvidence("sentence", "The regime fell.", 0, 16, 0, -1.0, WEIGHTS["sentence"])]
    tone = side_tone(one)
    assert WEIGHTS["sentence"] < MIN_WEIGHT and (tone.label, tone.enough) == ("neutral", False)
    assert tone.score == pytest.approx(-WEIGHTS["sentence"] / (WEIGHTS["sentence"] + PRIOR_WEIGHT), abs=1e-4)
    # One piece of evidence cannot be resampled: its interval runs from zero to the score.
    assert (tone.low, tone.high) == (tone.score, 0.0)


def test_a_verdict_on_one_device_is_a_leaning():
    # One loaded term suffices for a label, but not for a settled direction (blind readers, stop 43: "a one-item
    # verdict with a zero-width interval").
    tone = side_tone([ToneEvidence("loaded", "regime", 0, 6, 0, -1.0, WEIGHTS["loaded"])])
    assert (tone.label, tone.enough, tone.low, tone.high) == ("negative", True, tone.score, 0.0) and tone.score < 0
    # ... and more evidence is resampled with the prior's weight fixed, so the interval stays inside (-1, 1)
    many = side_tone([ToneEvidence("loaded", "regime", i, i + 6, 0, -1.0, 1.0) for i in range(3)])
    assert many.low == many.high == many.score == -0.75


def test_enough_is_a_weight_not_a_count():
    # One sentence polarity is a piece but weighs little: too little. One clear device in the author's voice
    # suffices, and many polar sentences about a side are enough evidence (though they set no label alone: below).
    loaded, sentence = (ToneEvidence("loaded", "regime", 0, 6, 0, -1.0, 1.0),
                        ToneEvidence("sentence", "The regime fell.", 0, 16, 0, -1.0, WEIGHTS["sentence"]))
    assert not side_tone([sentence]).enough and side_tone([sentence, replace(sentence, start=20)]).enough
    assert (side_tone([loaded]).label, side_tone([loaded]).enough) == ("negative", True)
    assert side_tone([replace(sentence, start=20 * i) for i in range(10)]).enough
    # 0.5 + 5 × 0.1 sums to 0.9999999999999999 in floating point: still the weight of one clear device
    scare = ToneEvidence("scare_quote", "‘rebels’", 0, 8, 0, -1.0, 0.5)
    assert side_tone([scare] + [replace(sentence, start=20 * i) for i in range(5)]).enough


def test_sentence_polarity_alone_sets_no_label():
    # Blind readers (stops 42-44): "negative toward Prosecutors" from flat lines such as "Gates pleaded guilty to
    # lying to the FBI" was the commonest reading that did not hold. The score keeps the sentences; the label needs a
    # device of the author's pointing its way.
    sentences = [ToneEvidence("sentence", "The regime fell.", 20 * i, 20 * i + 16, i, -1.0, WEIGHTS["sentence"])
                 for i in range(10)]
    alone = side_tone(sentences)
    assert alone.score <= -THRESHOLD and (alone.label, alone.enough, alone.wording_only) == ("neutral", True, True)
    against = ToneEvidence("loaded", "regime", 300, 306, 15, -1.0, WEIGHTS["loaded"])
    agreeing = side_tone(sentences + [against])
    assert (agreeing.label, agreeing.wording_only) == ("negative", False)
    praise = ToneEvidence("loaded", "heroic", 300, 306, 15, 1.0, WEIGHTS["loaded"])
    crossed = side_tone(sentences * 2 + [praise])  # the one device points the other way: no direction is set
    assert crossed.score <= -THRESHOLD and (crossed.label, crossed.wording_only) == ("neutral", True)
    assert not side_tone([against]).wording_only and not side_tone(sentences[:1]).wording_only


def test_a_side_of_flat_news_sentences_is_neutral_with_its_score_kept():
    text = ("Stone trial\n\nGates pleaded guilty to conspiracy and lying to the FBI. Gates faced charges of fraud. "
            "Gates was convicted of crimes. Gates lost his job.\n")
    (side,) = analyze(text, sides=[{"name": "Gates", "aliases": ["Gates"]}]).sides
    tone = side["tone"]
    assert {e["kind"] for e in tone["evidence"]} == {"sentence"} and tone["score"] <= -THRESHOLD
    assert (tone["label"], tone["wording_only"]) == ("neutral", True)


def test_the_interval_is_repeatable_and_holds_the_score():
    evidence = [ToneEvidence("loaded", "x", i, i + 1, 0, v, 1.0) for i, v in enumerate([-1, -1, 1, -1, 0.5])]
    first, second = side_tone(evidence), side_tone(evidence)
    assert first == second and first.low <= first.score <= first.high
    assert first.score == pytest.approx((-1 - 1 + 1 - 1 + 0.5) / (5 + 1), abs=1e-4)  # prior weight 1


@pytest.mark.parametrize("score, label", [(-0.5, "negative"), (-0.05, "neutral"), (0.0, "neutral"), (0.2, "positive")])
def test_tone_label(score, label):
    assert tone_label(score) == label


def test_the_evidence_table_gives_back_the_score():
    from analysis.framing.tone import PRIOR_WEIGHT
    from analysis.present.tables import evidence

    result = analyze(SEED, sides=ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml")
    for side in result.sides:
        rows = evidence(result, side["name"], "tone")
        assert len(rows) == side["tone"]["n_evidence"]
        recomputed = (rows["value"] * rows["weight"]).sum() / (rows["weight"].sum() + PRIOR_WEIGHT)
        assert recomputed == pytest.approx(side["tone"]["score"], abs=1e-4)
        assert (rows["text"] == [result.article.text[a:b] for a, b in zip(rows["start"], rows["end"])]).all()


def test_a_scare_quote_on_what_is_done_to_a_side_is_not_its_words():
    # unseen CSM article (batch 116): "to “stop the clock” on Iran's nuclear program" (tied "aimed at" Iran) made
    # the author's tone lean negative toward Iran; the phrase is the negotiators', not Iran's. Iran's own label held at
    # a distance still counts.
    sides = [{"name": "Iran", "aliases": ["Iran"]}, {"name": "Russia", "aliases": ["Russia"]}]
    result = analyze("Talks\n\nThe purpose is to “stop the clock” on Iran's nuclear program for six months. Russia "
                     "passed its “homosexual propaganda” law in June.\n", sides=sides)
    ties = {s.text: (s.side, s.tie) for s in result.spans if s.kind == "scare_quote"}
    assert ties == {"“stop the clock”": ("Iran", "aimed at"),
                    "“homosexual propaganda”": ("Russia", "possessive pronoun")}
    kinds = {p["name"]: [e["kind"] for e in p["tone"]["evidence"]] for p in result.sides}
    assert "scare_quote" not in kinds["Iran"] and kinds["Russia"].count("scare_quote") == 1


def test_a_scare_quoted_charge_against_a_side_does_not_count_against_it():
    # unseen New York Post column (batch 107): "The narrative of “Trump collusion with Russia” was pure fiction"
    # doubts the charge; it is about Trump (GUIDELINES 5) but judges him no worse. His own phrase held at a distance
    # still does.
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "FBI", "aliases": ["FBI"]}]
    charge = analyze("Headline\n\nThe narrative of “Trump collusion with Russia” was a story the FBI kept alive .\n",
                     sides=sides)
    (quote,) = [s for s in charge.spans if s.kind == "scare_quote"]
    assert (quote.side, quote.tie) == ("Trump", "mention inside")
    trump = next(p["tone"] for p in charge.sides if p["name"] == "Trump")
    assert [e["kind"] for e in trump["evidence"]].count("scare_quote") == 0
    for text in ("Trump 's “maximum pressure” campaign went on for a year .",
                 "After branding the FBI as bent on a “witch hunt” , Trump sought to play up his character ."):
        own = analyze("Headline\n\n" + text + "\n", sides=sides)
        trump = next(p["tone"] for p in own.sides if p["name"] == "Trump")
        assert [e["kind"] for e in trump["evidence"]].count("scare_quote") == 1, text
