"""Tying markers to sides, per-side profiles, the framing balance and evidence tables."""

from __future__ import annotations

import pytest

from analysis import analyze, parse_article
from analysis.framing import assign_sides, find_labels, frame_sentences, framing_balance, side_profiles
from analysis.framing.sides import find_mentions, load_sides
from analysis.result import Attribution, Span

SIDES = load_sides([{"name": "Rebels", "aliases": ["rebels", "Free Army"]},
                    {"name": "Government", "aliases": ["Damascus", "Assad"]}])


def span_at(article, word: str, kind="loaded", category="pejorative", valence=-1, occurrence=0) -> Span:
    """A marker span over the ``occurrence``-th appearance of ``word``."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(word, start + 1)
    end = start + len(word)
    sentence = article.sentence_at(start)
    return Span(kind, category, valence, word, start, end, sentence, article.voice_at(start))


def test_two_sides_in_one_sentence_are_framed_apart():
    article = parse_article("The rebels liberated the town; the brutal regime of Assad fled.")
    mentions = find_mentions(article, SIDES)
    markers = (span_at(article, "liberated", category="valorising", valence=1),
               span_at(article, "brutal", category="emotive"), span_at(article, "regime"))
    spans, _ = assign_sides(article, markers, (), mentions, SIDES)
    tied = {s.text: s.side for s in spans if s.kind == "loaded"}
    assert tied == {"liberated": "Rebels", "brutal": "Government", "regime": "Government"}
    framing = {r["side"]: r for r in frame_sentences(article, spans)}
    assert (framing["Rebels"]["polarity"], framing["Government"]["polarity"]) == (1, -1)
    loaded_index = {s.text: i for i, s in enumerate(spans)}
    assert loaded_index["liberated"] in framing["Rebels"]["spans"]
    assert {loaded_index["brutal"], loaded_index["regime"]} <= set(framing["Government"]["spans"])
    for record in framing.values():
        assert all(article.text[a:b] for a, b, _ in record["evidence"])


def test_possessive_pronoun_ties_to_the_possessor():
    article = parse_article("Assad spoke at length. Nobody doubted his brutal arrogance, the rebels said.")
    brutal = span_at(article, "brutal", category="emotive")
    spans, _ = assign_sides(article, (brutal,), (), find_mentions(article, SIDES), SIDES)
    assert next(s for s in spans if s.kind == "loaded").side == "Government"


def test_ties_record_their_rule():
    article = parse_article("Clearly, and beyond doubt; Damascus lost.")
    spans, _ = assign_sides(article, (span_at(article, "Clearly", kind="booster", category="booster", valence=0),),
                            (), find_mentions(article, SIDES), SIDES)
    booster = next(s for s in spans if s.kind == "booster")
    assert (booster.side, booster.tie) == ("Government", "subject of the clause")


def test_span_without_a_side_in_its_sentence_stays_untied():
    article = parse_article("The regime is weak. Damascus said nothing.")
    spans, _ = assign_sides(article, (span_at(article, "regime"),), (), find_mentions(article, SIDES), SIDES)
    assert next(s for s in spans if s.kind == "loaded").side is None


def test_quoted_voice_markers_do_not_count_as_the_authors():
    article = parse_article("Damascus said:\n\nThe rebels are thugs.")
    mentions = find_mentions(article, SIDES)
    thugs = span_at(article, "thugs")
    assert thugs.voice == "quoted"
    spans, _ = assign_sides(article, (thugs,), (), mentions, SIDES)
    framing = frame_sentences(article, spans)
    profiles = side_profiles(article, spans, (), framing, [], SIDES)
    rebels = profiles[0]
    assert (rebels["loaded_negative"], rebels["quoted_loaded_negative"]) == (0, 1)
    assert [(r["side"], r["voice"]) for r in framing] == [("Government", "author"), ("Rebels", "quoted")]
    assert rebels["mean_framing_score"] == 0.0  # the quoted sentence is Damascus's framing, not the author's


def test_attribution_takes_the_side_of_its_source():
    article = parse_article("Assad claimed that the rebels fled.")
    attribution = Attribution("Assad", 0, 5, "claimed", 6, 13, 14, 35, "doubt", "indirect", 0)
    _, tied = assign_sides(article, (), (attribution,), find_mentions(article, SIDES), SIDES)
    assert tied[0].side == "Government"


def test_a_statement_from_a_side_is_that_sides():
    # unseen Daily Wire article (stop 31): "reads a statement from the Defense Department" was tied to no side
    result = analyze("Headline\n\n“ He was plotting attacks , ” reads a statement from the Defense Department on his "
                     "death . “ This strike was aimed at deterrence , ” the statement adds .\n",
                     sides=[{"name": "US", "aliases": ["Defense Department"]}, {"name": "Iran", "aliases": ["Iran"]}])
    assert [(a.cue, a.side) for a in result.attributions] == [("reads", "US"), ("adds", "US")]


def test_a_bare_common_noun_source_is_no_family_name_of_an_alias():
    # unseen CNN article (stop 46, batch 118): "where authorities confirmed" in Vienna went to the side whose alias
    # is "U.S. authorities", as "Biden" goes to "Joe Biden"
    sides = [{"name": "US", "aliases": ["U.S. authorities"]}, {"name": "Snowden", "aliases": ["Edward Snowden"]}]
    result = analyze("Headline\n\nThe plane landed in Vienna, where authorities confirmed he was not aboard. "
                     "Edward Snowden is in Moscow. Snowden said he was fine.\n", sides=sides)
    assert [(a.source, a.side) for a in result.attributions] == [("authorities", None), ("Snowden", "Snowden")]
    assassad = analyze("Headline\n\nSyrian President al-Assad met envoys on Monday. The war is over, al-Assad said.\n",
                       sides=[{"name": "Syria", "aliases": ["Bashar al-Assad"]}, {"name": "US", "aliases": ["Trump"]}])
    assert [(a.source, a.side) for a in assassad.attributions] == [("al-Assad", "Syria")]  # a name after its particle


def test_he_inside_a_quotation_is_not_its_own_speaker():
    # unseen CBN analysis (stop 46, batch 118): in "“He just said it's not Russia. …,” Trump said" the "He" (Putin)
    # was Trump, so Putin's denial became Trump's
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "Russia", "aliases": ["Russia"]}]
    text = ("Headline\n\nTrump made it clear he believed the Russian leader.\n\n\"He just said it's not Russia. I "
            "will say this: I don't see any reason why it would be,\" Trump said.\n")
    result = analyze(text, sides=sides)
    assert [(a.source, a.side) for a in result.attributions] == [("He", None), ("Trump", "Trump")]
    # … but another person of the same family name may speak of him (a second reading)
    family = analyze("Headline\n\nDonald Trump met Putin on Monday.\n\n\"He said Russia did nothing wrong,\" Eric "
                     "Trump said.\n", sides=[{"name": "Trump", "aliases": ["Donald Trump"]}])
    assert [(a.source, a.side) for a in family.attributions] == [("He", "Trump"), ("Eric Trump", None)]
    titled = analyze("Headline\n\nDonald Trump met reporters on Monday.\n\n\"He just said it is not Russia,\" "
                     "President Trump said.\n", sides=[{"name": "Trump", "aliases": ["Donald Trump", "Trump"]}])
    assert [(a.source, a.side) for a in titled.attributions] == [("He", None), ("President Trump", "Trump")]
    junior = analyze("Headline\n\nMr. Trump met Putin on Monday.\n\n\"He said Russia did nothing wrong,\" Donald Trump "
                     "Jr. said.\n", sides=[{"name": "Trump", "aliases": ["Donald Trump", "Trump"]}])
    assert [(a.source, a.side) for a in junior.attributions][0] == ("He", "Trump")  # Jr. is another person


def test_he_in_a_clause_joined_to_a_named_subjects_is_that_name_also_when_not_tagged_a_person():
    # unseen NPR article (stop 46, batch 119): "Trump doubled down on his criticism of the Obama administration's
    # approach …, but he said that …" gave Trump's quotation to Obama (the tagger did not call "Trump" a person)
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "Obama", "aliases": ["Obama", "Obama administration"]}]
    text = ("Headline\n\nTrump doubled down on his criticism of the Obama administration’s approach toward Syria, but "
            "he said that the attack, which has killed at least 72 people, \"had a big impact on me\".\n")
    assert [(a.source, a.side) for a in analyze(text, sides=sides).attributions] == [("he", "Trump")]
    # not an organisation subject (a second reading)
    sides = [{"name": "Mattis", "aliases": ["Jim Mattis"]}, {"name": "Pentagon", "aliases": ["Pentagon"]}]
    pentagon = analyze("Headline\n\nThe Pentagon denied the report by Jim Mattis, but he said that talks would go "
                       "on.\n", sides=sides)
    assert [(a.source, a.side) for a in pentagon.attributions][-1] == ("he", "Mattis")
    kushner = analyze("Talks in Moscow\n\nJared Kushner met Vladimir Putin on Monday. \"We will talk,\" Putin said."
                      "\n\nKushner has long denounced the deal, but he said that talks would go on.\n",
                      sides=[{"name": "US", "aliases": ["Kushner"]}, {"name": "Russia", "aliases": ["Putin"]}])
    assert [(a.source, a.side) for a in kushner.attributions][-1] == ("he", "US")  # a surname tagged otherwise


def test_a_reporting_noun_whose_content_is_its_copulas_that_clause_reports_it():
    # unseen Daily Caller article (batch 119): "Hounshell's primary argument was that the Trump campaign was too inept
    # …" was the author's voice, so "inept" made the author negative toward Trump
    result = analyze("Headline\n\nHounshell’s primary argument was that the campaign was too inept to win. "
                     "The problem is that nobody cares. The claim was that he lied.\n")
    text = result.article.text
    assert [(a.source, a.cue, text[a.content_start:a.content_end]) for a in result.attributions] == [
        ("Hounshell", "argument", "the campaign was too inept to win")]
    assert analyze("Headline\n\nHounshell’s argument was not that the campaign was inept.\n").attributions == ()


def test_a_sources_appositive_gives_its_side_by_its_maker_not_by_a_clause_or_the_place_it_works_in():
    # unseen USA Today article (batch 118): "John Brennan, former CIA station chief in Saudi Arabia" spoke for Saudi
    # Arabia; unseen Al Jazeera article (batch 120): "Perkins, a … activist … who is close to President Donald Trump's
    # administration" spoke for Trump
    sides = [{"name": "Saudi", "aliases": ["Saudi Arabia"]}, {"name": "Trump", "aliases": ["Trump administration"]}]
    result = analyze("Headline\n\n\"Their denials ring hollow,\" John Brennan, former CIA station chief in Saudi "
                     "Arabia, told NBC. \"That would be an issue,\" said Perkins, an activist who is close to the "
                     "Trump administration. \"No,\" said John Kirby, spokesman for the Trump administration. "
                     "\"Yes,\" said Adel al-Jubeir, foreign minister of Saudi Arabia.\n", sides=sides)
    assert [a.side for a in result.attributions] == [None, None, "Trump", "Saudi"]
    made = analyze("Headline\n\n\"We will respond,\" said Maria Zakharova, spokeswoman for the foreign ministry of "
                   "Saudi Arabia.\n", sides=sides)
    assert [a.side for a in made.attributions] == ["Saudi"]  # the maker's own "of" (a third reading)


def test_who_after_a_bracket_stands_for_the_name_before_it():
    # unseen Politico article (stop 46, batch 120): "a fiery rejoinder from … Chuck Schumer (D-N.Y.), who said …" made
    # "a fiery rejoinder" the source, on no side
    result = analyze("Headline\n\nThe speech brought a fiery rejoinder from Senate Minority Leader Chuck Schumer "
                     "(D-N.Y.), who said McConnell will not allow a briefing.\n",
                     sides=[{"name": "Democrats", "aliases": ["Chuck Schumer"]},
                            {"name": "GOP", "aliases": ["McConnell"]}])
    assert [(a.source, a.side) for a in result.attributions] == [("Chuck Schumer", "Democrats")]


def test_the_statement_a_side_gave_is_that_sides():
    # unseen Al Jazeera article (stop 40): "In a statement, the army said …" then "…, the statement said" (three
    # times) were tied to no side
    result = analyze("Headline\n\nIn a statement, the army said on Tuesday that 17 troops died.\n\nThe troops died "
                     "\"in the line of duty\", the statement said.\n",
                     sides=[{"name": "India", "aliases": ["army"]}, {"name": "China", "aliases": ["China"]}])
    assert [(a.source, a.side) for a in result.attributions] == [("the army", "India"), ("the statement", "India")]
    # only when the speaker's head is the side's: "critics of Israel" (second reading, stop 40)
    result = analyze("Headline\n\nIn a statement, critics of Israel said the strikes were illegal. The statement "
                     "called for sanctions on Israel.\n", sides=[{"name": "Israel", "aliases": ["Israel"]}])
    assert [a.side for a in result.attributions if a.source == "The statement"] == [None]
    result = analyze("Headline\n\nIn a UN statement, Israel came under fire for the strike. The statement said the "
                     "strike broke the law. In a statement, Netanyahu's office said the strike was a success. The "
                     "statement also said Iran was to blame.\n", sides=[{"name": "Israel", "aliases": ["Israel",
                                                                                       "Netanyahu"]}])
    assert [(a.source, a.side) for a in result.attributions if "statement" in a.source] == [
        ("The statement", None), ("The statement", "Israel")]
    # unseen Hill article (stop 40): "the spokesperson said" after "a spokesperson for Prince told ABC" is Prince's
    result = analyze("Headline\n\n“He cooperated,” a spokesperson for Prince told ABC. “We are confident,” the "
                     "spokesperson said.\n", sides=[{"name": "Prince", "aliases": ["Prince"]}])
    assert [a.side for a in result.attributions] == ["Prince", "Prince"]


def test_a_report_on_a_side_is_not_that_sides_words():
    # unseen Daily Mail article (stop 40): "The report into Clinton's emails stated …" and "Report on Hillary Clinton
    # emails finds …" were Clinton speaking; a spokesman for her still is hers
    result = analyze("Headline\n\nReport on Hillary Clinton emails finds 38 employees culpable\n\nThe report into "
                     "Clinton's emails stated that there were violations. A spokesman for Clinton said it was fine.\n",
                     sides=[{"name": "Clinton", "aliases": ["Clinton"]}, {"name": "State", "aliases": ["State"]}])
    assert [(a.cue, a.side) for a in result.attributions] == [("finds", None), ("stated", None), ("said", "Clinton")]


def test_a_transcript_turn_in_capitals_is_its_sides():
    # unseen Atlantic interview (stop 40): "HILLARY RODHAM CLINTON: …" went to no side, "HRC: …" to Clinton
    result = analyze("Headline\n\nJEFFREY GOLDBERG: Are you taking a harder line?\n\nHILLARY RODHAM CLINTON: It is a "
                     "consistent line.\n\nJG: Am I wrong?\n\nHRC: We do not know.\n",
                     sides=[{"name": "Clinton", "aliases": ["Hillary Rodham Clinton", "HRC"]}])
    assert [(a.source, a.side) for a in result.attributions] == [
        ("JEFFREY GOLDBERG", None), ("HILLARY RODHAM CLINTON", "Clinton"), ("JG", None), ("HRC", "Clinton")]
    # only a whole alias: a paper's editor or a scholar of a country is not that side (third reading)
    result = analyze("Headline\n\nMOSCOW TIMES EDITOR: It is bad.\n\nRUSSIA SCHOLAR FIONA HILL: It is worse.\n\n"
                     "HRC: We do not know.\n", sides=[{"name": "Russia", "aliases": ["Moscow", "Russia"]}])
    assert [a.side for a in result.attributions] == [None, None, None]


def test_profiles_and_balance_signs():
    text = ("The heroic rebels held the line. The rebels advanced. "
            "The regime of Assad shelled the town. Damascus called it ‘self-defence’.")
    article = parse_article(text)
    mentions = find_mentions(article, SIDES)
    quote = article.text.index("‘")
    markers = (span_at(article, "heroic", category="valorising", valence=1), span_at(article, "regime"),
               Span("scare_quote", "scare_quote", -1, "‘self-defence’", quote, quote + 14, 3, "author"))
    spans, _ = assign_sides(article, markers, (), mentions, SIDES)
    framing = frame_sentences(article, spans)
    labels = find_labels(article, mentions)
    profiles = side_profiles(article, spans, (), framing, labels, SIDES)
    rebels, government = profiles
    assert (rebels["n_mentions"], rebels["loaded_positive"], rebels["loaded_negative"]) == (2, 1, 0)
    assert (government["n_mentions"], government["loaded_negative"], government["scare_quotes"]) == (2, 1, 1)
    assert rebels["loaded_net_per_mention"] == 0.5 and government["loaded_net_per_mention"] == -0.5
    assert rebels["labels"] == {"armed group": {"rebels": 2}, "military action": {"advanced": 1}}  # "rebels advanced"
    assert government["labels"] == {"ruling authority": {"regime": 1}}
    rows = {row["dimension"]: row for row in framing_balance(profiles)}
    assert rows["loaded"]["balance"] == pytest.approx(1.0)        # favours the first side (Rebels)
    assert rows["loaded"]["reading"] == "the author's loaded words favour Rebels over Government"
    assert rows["scare_quotes"]["balance"] == pytest.approx(0.5)  # the second side draws the scare quote
    assert rows["scare_quotes"]["reading"] == "Government draws more scare quotes per mention than Rebels"
    reversed_rows = {row["dimension"]: row for row in framing_balance(profiles[::-1])}
    assert reversed_rows["loaded"]["balance"] == pytest.approx(-1.0)  # the same finding, read from the other side
    assert reversed_rows["loaded"]["reading"] == "the author's loaded words favour Rebels over Government"
    assert rows["voice"]["reading"] == "no difference between Rebels and Government"  # neither is quoted



def test_balance_needs_two_sides():
    assert framing_balance(({"name": "only"},)) == []


def test_sentiment_evidence_is_read_from_the_result_not_recomputed():
    """The sentiment rows behind ``mean_sentiment`` come from the framing records (VADER once, at analysis)."""
    from analysis import analyze
    from analysis.present.tables import evidence

    text = "The rebels rescued the wonderful children. Damascus killed the terrified villagers. The weather was mild."
    result = analyze(text, sides=[{"name": "Rebels", "aliases": ["rebels"]}, {"name": "Government",
                                                                              "aliases": ["Damascus"]}])
    rows = evidence(result, "Rebels", "sentiment")
    assert rows["sentence"].tolist() == [0]
    assert rows["sentiment"].iloc[0] == pytest.approx(0.6908, abs=1e-4)  # VADER on the sentence alone
    assert evidence(result, None, "sentiment")["sentence"].tolist() == [0, 1]
    profile = next(p for p in result.sides if p["name"] == "Government")
    government = evidence(result, "Government", "sentiment")["sentiment"]
    assert profile["mean_sentiment"] == government.mean() == pytest.approx(-0.8591, abs=1e-4)  # VADER alone


def test_its_after_an_organisation_named_by_kind_is_that_organisation():
    # unseen Washington Free Beacon article: "The PYM organization is known for its vitriolic rhetoric"
    result = analyze("Headline\n\nThe PYM organization is known for its vitriolic rhetoric against Israelis .\n",
                     sides=[{"name": "PYM", "aliases": ["PYM"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("vitriolic", "PYM")]
