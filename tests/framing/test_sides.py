"""Sides files, alias matching and actor suggestions."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT

from analysis import parse_article
from analysis.framing.actors import starter_sides_toml, suggest_actors
from analysis.framing.sides import SidesError, alias_forms, find_mentions, load_sides

SEED_SIDES = ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml"


def sides_file(tmp_path, content: str):
    path = tmp_path / "sides.toml"
    path.write_text(content, encoding="utf-8")
    return path


def mentions(text: str, sides) -> list[tuple[str, str]]:
    return [(m.text, m.side) for m in find_mentions(parse_article(text), load_sides(sides))]


TWO_SIDES = [{"name": "West", "aliases": ["U.S.", "US", "Pentagon", "Syrian Democratic Forces", "rebels"]},
             {"name": "East", "aliases": ["Russia", "Syria", "Iran", "Iraq", "Damascus"]}]


def test_minimal_file_form(tmp_path):
    path = sides_file(tmp_path, '[[side]]\nname = "Washington and allies"\ncolor = "#1f77b4"\n'
                                'aliases = ["U.S.", "United States", "Pentagon", "Americans", "Mattis"]\n')
    sides = load_sides(path)
    assert sides.names == ("Washington and allies",)
    assert sides.sides[0].color == "#1f77b4"
    assert sides.sides[0].aliases == ("U.S.", "United States", "Pentagon", "Americans", "Mattis")


def test_default_colours_are_the_colour_blind_safe_palette():
    sides = load_sides(TWO_SIDES)
    assert [s.color for s in sides.sides] == ["#0072B2", "#D55E00"]


def test_case_matters_for_capitalised_aliases():
    assert mentions("The US said it would help us.", TWO_SIDES) == [("US", "West")]


def test_lowercase_alias_matches_any_case():
    assert mentions("Rebels advanced. The rebels held.", TWO_SIDES) == [("Rebels", "West"), ("rebels", "West")]


def test_possessives_plurals_and_demonyms():
    found = mentions("Russia’s army and Russian advisers met Russians, Iranians, an Iraqi and Syria's envoy.",
                     TWO_SIDES)
    assert found == [("Russia’s", "East"), ("Russian", "East"), ("Russians", "East"), ("Iranians", "East"),
                     ("Iraqi", "East"), ("Syria's", "East")]


def test_longest_alias_wins():
    assert mentions("The Syrian Democratic Forces advanced; Syrian troops held.", TWO_SIDES) == [
        ("Syrian Democratic Forces", "West"), ("Syrian", "East")]


def test_two_aliases_of_one_side_side_by_side_are_one_mention():
    # unseen CSM article: "pro-Russian separatists" counted twice
    sides = [{"name": "Rebels", "aliases": ["pro-Russian", "separatists"]}, {"name": "Kiev", "aliases": ["Kiev"]}]
    assert mentions("Kiev fought pro-Russian separatists; the separatists and Kiev met.", sides) == [
        ("Kiev", "Kiev"), ("pro-Russian separatists", "Rebels"), ("separatists", "Rebels"), ("Kiev", "Kiev")]


def test_names_on_either_side_of_a_paragraph_break_are_two_mentions():
    # unseen CNN article (stop 40): highlights without full stops, "… an apology from Biden\n\nBiden said …", read
    # as one mention "Biden\n\nBiden"
    sides = [{"name": "Biden", "aliases": ["Biden"]}]
    assert mentions("Title\n\nErdogan demanded an apology from Biden\n\nBiden said Erdogan told him so.", sides) == [
        ("Biden", "Biden"), ("Biden", "Biden")]


def test_an_acronym_in_brackets_or_after_also_known_as_is_the_same_mention():
    # unseen Al Jazeera article (stop 32): "the Islamic State of Iraq and the Levant ( ISIL , also known as ISIS )"
    # counted three times; a bracketed name that is no acronym is a mention of its own
    sides = [{"name": "ISIL", "aliases": ["Islamic State of Iraq and the Levant", "ISIL", "ISIS", "Hezbollah", "Iran"]}]
    assert mentions("The Islamic State of Iraq and the Levant ( ISIL , also known as ISIS ) group struck. Hezbollah "
                    "( Iran ) spoke.", sides) == [("Islamic State of Iraq and the Levant ( ISIL , also known as ISIS",
                                                   "ISIL"), ("Hezbollah", "ISIL"), ("Iran", "ISIL")]


@pytest.mark.parametrize("written, seen", [("Egypt 's military",) * 2, ("Egypt’s military",) * 2,
                                           ("Egypt's military",) * 2, ("Egypt ’ s military", "Egypt’s   military")])
def test_an_alias_with_a_possessive_matches_any_apostrophe_and_spacing(written, seen):
    # unseen NPR article (stop 27): the alias "Egypt's military" missed the tokenised "Egypt 's military"; unseen
    # Intercept article (batch 79): "Time's Up" missed "Time ’ s Up", which the decoder joins as "Time’s   Up"
    sides = [{"name": "Military", "aliases": ["Egypt's military"]}, {"name": "Egypt", "aliases": ["Egypt"]}]
    assert mentions(f"The deadline was set by {written} . Egypt's army left .", sides) == [
        (seen, "Military"), ("Egypt's", "Egypt")]


def test_the_white_house_race_is_an_election():
    # unseen Washington Times article (batch 82): "the 2016 White House race" counted as a mention of Trump's side
    sides = [{"name": "Trump", "aliases": ["White House"]}]
    assert mentions("Russia meddled in the 2016 White House race . The White House denied it .", sides) == [
        ("White House", "Trump")]


def test_a_name_followed_by_jr_or_sr_is_another_person():
    # unseen Mediaite article (batch 79): "Donald Trump Jr. ’s emails" counted as a mention of the president
    sides = [{"name": "Trump", "aliases": ["Donald Trump", "Trump"]}, {"name": "Son", "aliases": ["Eric Trump Jr."]}]
    assert mentions("Donald Trump spoke of Donald Trump Jr. ’s emails , Donald Trump, Jr. and Eric Trump Jr. "
                    "Trump Sr. left .", sides) == [("Donald Trump", "Trump"), ("Eric Trump Jr.", "Son")]
    # a side that is itself a Jr., named only so, keeps its mention (second reading, stop 35)
    king = [{"name": "King", "aliases": ["Martin Luther King", "King"]}]
    assert mentions("Martin Luther King Jr. spoke .", king) == [("Martin Luther King", "King")]


def test_an_alias_in_a_sentence_set_in_capitals_is_a_mention():
    # unseen Fox articles (stop 29): "ROMNEY COULD BLOCK REPUBLICAN SUBPOENA TRY AIMED AT THE BIDENS" named no side
    sides = [{"name": "Senate", "aliases": ["Romney"]}, {"name": "Bidens", "aliases": ["Bidens", "Hunter Biden"]}]
    assert mentions("Romney will vote .\n\nROMNEY COULD BLOCK A SUBPOENA AIMED AT THE BIDENS\n\nRomney 's aide "
                    "spoke of romney and the bidens .", sides) == [
        ("Romney", "Senate"), ("ROMNEY", "Senate"), ("BIDENS", "Bidens"), ("Romney", "Senate")]


def test_hyphenated_compounds_and_no_match_inside_words():
    assert mentions("U.S.-supported rebels and pro-Damascus media; Iranianism and Russiagate are not.",
                    TWO_SIDES) == [("U.S.", "West"), ("rebels", "West")]


def test_an_alias_that_only_helps_name_something_else_is_no_mention():
    sides = [{"name": "West", "aliases": ["Washington", "Israel", "Jordan"]}, {"name": "East", "aliases": ["Russia"]}]
    text = ("The Washington Post said anti-Israel groups massed at the Jordanian border. "
            "Washington and Jordan denied it, and Russia's Defense Ministry agreed.")
    assert mentions(text, sides) == [("Washington", "West"), ("Jordan", "West"), ("Russia's", "East")]


def test_an_alias_inside_an_institutions_name_is_no_mention():
    # unseen Vox article (stop 31): "a political analyst at the Carnegie Moscow Center" was a mention of Russia
    sides = [{"name": "Russia", "aliases": ["Moscow", "Russia"]}, {"name": "Trump", "aliases": ["Trump"]}]
    assert mentions("“ It is a win , ” Andrei Kolesnikov , a political analyst at the Carnegie Moscow Center , told "
                    "the Times . Moscow and Trump met .", sides) == [("Moscow", "Russia"), ("Trump", "Trump")]
    # an alias that names the institution itself stays a mention (tie gold set dev: "The Carter Center took to …")
    carter = [{"name": "Former presidents", "aliases": ["Carter", "Carter Center"]},
              {"name": "Trump", "aliases": ["Trump"]}]
    assert mentions("The Carter Center took to Twitter to release a statement .", carter) == [
        ("Carter Center", "Former presidents")]


def test_an_alias_hyphened_to_another_name_is_no_mention():
    # unseen Vox article (stop 28): "the Trump-Russia story is not fake news" tied "fake news" to Trump's side
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "Russia", "aliases": ["Russia", "Israel"]}]
    assert mentions("The Trump-Russia story and the Israeli-Palestinian talks went on. Trump and Russia met, and "
                    "Russian-backed forces moved.", sides) == [("Trump", "Trump"), ("Russia", "Russia"),
                                                                ("Russian", "Russia")]


def test_an_alias_after_an_outlets_name_and_of_is_no_mention():
    # unseen CBN article: "The Times of Israel quoted …" counted as a mention of Israel
    sides = [{"name": "Israel", "aliases": ["Israel"]}, {"name": "Iran", "aliases": ["Iran"]}]
    assert mentions("The Times of Israel quoted him. Israel and Iran met.", sides) == [("Israel", "Israel"),
                                                                                      ("Iran", "Iran")]


def test_the_beat_of_a_correspondent_is_no_mention():
    # unseen Media Research Center article (batch 76): "White House correspondent Jon Karl" gave the White House a source
    sides = [{"name": "Obama", "aliases": ["White House", "Obama"]}, {"name": "ABC", "aliases": ["Jon Karl"]}]
    assert mentions("White House correspondent Jon Karl said the White House erred .", sides) == [
        ("Jon Karl", "ABC"), ("White House", "Obama")]


def test_an_alias_used_as_a_verb_is_no_mention():
    # unseen Fox article: "assigned to guard the hospital" counted as a mention of the attacker
    sides = [{"name": "Attacker", "aliases": ["guard"]}, {"name": "Kabul", "aliases": ["Kabul"]}]
    assert mentions("The guard was assigned to guard the hospital in Kabul.", sides) == [("guard", "Attacker"),
                                                                                         ("Kabul", "Kabul")]
    # unseen Psypost article (batch 74): a plural noun the tagger read as a verb is still a subject
    sides = [{"name": "IRA", "aliases": ["trolls"]}, {"name": "Bail", "aliases": ["Bail"]}]
    assert mentions("“ We did not examine outcomes such as whether trolls influence public trust , ” Bail said .",
                    sides) == [("trolls", "IRA"), ("Bail", "Bail")]


def test_an_alias_naming_a_war_or_a_building_is_no_mention():
    # unseen Reason article: "longer than the American Civil War" is no mention of the American side
    sides = [{"name": "US", "aliases": ["American"]}, {"name": "Trump", "aliases": ["Trump"]}]
    text = ("The war has lasted longer than the American Civil War. The Trump Tower meeting was in June. "
            "American troops stayed, and Trump spoke.")
    assert mentions(text, sides) == [("American", "US"), ("Trump", "Trump")]


def test_an_alias_starting_the_name_of_a_job_or_event_is_no_mention():
    sides = [{"name": "White House", "aliases": ["White House", "Trump"]}, {"name": "Media", "aliases": ["media", "press"]},
             {"name": "Police", "aliases": ["police"]}]
    text = ("White House Press Secretary Sean Spicer said the press was wrong. Trump held a press conference. "
            "The media left. Two police officers were hurt.")
    assert mentions(text, sides) == [("White House", "White House"), ("press", "Media"), ("Trump", "White House"),
                                     ("media", "Media"), ("police", "Police")]


def test_a_prefix_covers_every_name_of_a_slashed_group():
    sides = [{"name": "Jihadists", "aliases": ["ISIS", "Al-Qaeda"]}, {"name": "Damascus", "aliases": ["Damascus"]}]
    text = "Ceasefire areas lie between Damascus and non-ISIS/Al-Qaeda militants. ISIS rejected them."
    assert mentions(text, sides) == [("Damascus", "Damascus"), ("ISIS", "Jihadists")]


def test_ignored_phrases_mention_no_side():
    sides = {"side": TWO_SIDES, "ignore": ["Syrian steppe"]}
    assert mentions("They crossed the Syrian steppe with Syrian troops.", sides) == [("Syrian", "East")]


def test_actors_grouped_under_a_side(tmp_path):
    path = sides_file(tmp_path, '[[side]]\nname = "West"\naliases = ["U.S."]\n'
                                '[[side.actor]]\nname = "Mattis"\naliases = ["Mattis", "James Mattis"]\n')
    article = parse_article("Defense Secretary James Mattis spoke. Mattis left the U.S. on Monday.")
    found = find_mentions(article, load_sides(path))
    assert [(m.text, m.category, m.side) for m in found] == [
        ("James Mattis", "Mattis", "West"), ("Mattis", "Mattis", "West"), ("U.S.", "West", "West")]


@pytest.mark.parametrize("content, message", [
    ('[[side]\nname = "x"', "invalid TOML"),
    ('title = "no sides"\n', r"no \[\[side\]\] tables"),
    ('[[side]]\nname = "A"\naliases = []\n', r"sides.toml:1: side 'A' has no aliases"),
    ('[[side]]\naliases = ["x"]\n', "needs a non-empty string 'name'"),
    ('[[side]]\nname = "A"\naliases = "Russia"\n', "must be a list of strings"),
    ('[[side]]\nname = "A"\ncolor = "blue"\naliases = ["x"]\n', "expected '#rrggbb'"),
    ('[[side]]\nname = "A"\naliases = ["Russia"]\n\n[[side]]\nname = "B"\naliases = ["Iran",\n "Russia"]\n',
     r"sides.toml:8: alias 'Russia' is claimed by both 'A' and 'B'"),
    ('[[side]]\nname = "A"\naliases = ["Russia"]\n[[side]]\nname = "B"\naliases = ["russia"]\n',
     r"sides.toml:6: alias 'russia' is claimed by both 'A' and 'B'"),  # a lowercase alias matches "Russia" too
    ('[[side]]\nname = "A"\naliases = ["x"]\nactor = 5\n', r"sides.toml:1: side 'A': 'actor' must be "
                                                             r"\[\[side.actor\]\] tables, not 5"),
    ('[[side]]\nname = "A"\naliases = ["x"]\ncolor = "#1f77b4\\n"\n', r"'color' is '#1f77b4\\n'; expected"),
    ('[[side]]\nname = "A"\naliases = ["x"]\ndemonyms = "no"\n', r"'demonyms' is 'no'; expected true or false"),
    ('[[side]]\nname = "A"\nalias = ["x"]\n', r"sides.toml:1: unknown field 'alias' in a side"),
    ('[[side]]\nname = "A"\naliases = ["x"]\n[[side.actor]]\naliases = ["y"]\n',
     r"side 'A': an actor's 'name' is None; expected a string"),
    ('[[side]]\nname = "A"\naliases = ["x"]\nnotes = 3\n', r"'notes' is 3; expected a string"),
])
def test_malformed_sides_files(tmp_path, content, message):
    with pytest.raises(SidesError, match=message):
        load_sides(sides_file(tmp_path, content))


def test_missing_sides_file(tmp_path):
    with pytest.raises(SidesError, match="no such sides file"):
        load_sides(tmp_path / "nope.toml")


def test_an_initialism_without_its_dots_is_a_mention():
    sides = [{"name": "US", "aliases": ["U.S."]}, {"name": "Russia", "aliases": ["Russia"]}]
    assert mentions("US troops arrive\n\nThe U.S. and Russia met. USSR files and US-made arms.\n", sides) == [
        ("US", "US"), ("U.S.", "US"), ("Russia", "Russia"), ("US", "US")]


def test_alias_forms():
    assert alias_forms("Russia") == ["Russia", "Russias", "Russian", "Russians"]
    assert alias_forms("Iran") == ["Iran", "Irans", "Iranian", "Iranians"]
    assert alias_forms("Israel") == ["Israel", "Israels", "Israeli", "Israelis"]
    # an initialism is spelled with and without dots (unseen Fox News article, batch 107: the headline's "US troops"
    # was no mention of "U.S.")
    assert alias_forms("U.S.") == ["U.S.", "US"] and alias_forms("UN") == ["UN", "U.N."]
    assert alias_forms("U.S. Army") == ["U.S. Army", "US Army", "U.S. Armys"] and alias_forms("NATO") == ["NATO"]
    assert alias_forms("AT&T") == ["AT&T"] and alias_forms("US Army")[:2] == ["US Army", "U.S. Army"]
    assert alias_forms("UN Security Council")[:2] == ["UN Security Council", "U.N. Security Council"]
    assert alias_forms("the US") == ["the US", "US", "the U.S.", "U.S."]  # "US sanctions" (unseen BBC article)
    assert alias_forms("the administration") == ["the administration", "the administrations"]  # keeps its "the"
    # a people's plural name also matches its adjective (unseen CBN article: "Republican senators")
    assert alias_forms("Republicans") == ["Republicans", "Republican"]
    assert alias_forms("Saudis") == ["Saudis", "Saudi"] and alias_forms("Kurds") == ["Kurds"]
    assert alias_forms("Russia", demonyms=False) == ["Russia", "Russias"]
    # unseen Breitbart article (stop 31): the headline's "Al-Baghdadi" was no mention of "al-Baghdadi"
    assert alias_forms("al-Baghdadi") == ["al-Baghdadi", "Al-Baghdadi", "al-Baghdadis"]
    assert alias_forms("rebels") == ["rebels"]


def test_seed_mentions(seed_article):
    found = find_mentions(seed_article, load_sides(SEED_SIDES))
    by_side = Counter(m.side for m in found)
    # Counted by hand with the seed's sides file (headline included, caption left out).
    assert by_side["ISIS"] == 11  # 13 occurrences less the two of "non-ISIS/Al-Qaeda militants", which are not ISIS
    assert by_side["Washington and allies"] > 60 and by_side["Damascus and allies"] > 70
    texts = [m.text for m in found]
    assert "Syrian Democratic Forces" in texts and "Gen. Joe Dunford" in texts
    assert all(seed_article.text[m.start:m.end] == m.text for m in found)
    caption = next(s for s in seed_article.sentences if s.kind == "caption")
    assert not any(m.sentence == caption.index for m in found)


def test_suggest_actors_on_the_seed(seed_article):
    rows = {row["actor"]: row for row in suggest_actors(seed_article)}
    assert rows["U.S."]["n_mentions"] == 13
    assert rows["Elijah J. Magnier"]["forms"] == ["Elijah J. Magnier", "Magnier"]
    assert "Pentagon" in rows and "The Pentagon" not in rows
    assert "May" not in rows


def test_starter_toml_is_valid_and_needs_editing(seed_article, tmp_path):
    text = starter_sides_toml(seed_article)
    assert '# "U.S.",  # 13 mentions' in text
    with pytest.raises(SidesError, match="has no aliases"):
        load_sides(sides_file(tmp_path, text))
    edited = text.replace('# "U.S.",  # 13 mentions', '"U.S.",', 1).replace('aliases = [\n]', 'aliases = ["Russia"]')
    assert load_sides(sides_file(tmp_path, edited)).names == ("Side A", "Side B")


ACTOR_NEWS = ('WASHINGTON (AP) — Defense Secretary James Mattis said on Monday that the strikes on Raqqa would go on.\n\n'
              '"We are not done," Mattis told reporters in Raqqa. Beto O\'Rourke said the plan "isn\'t working." '
              'O\'Rourke, a Democrat, said he would vote against it. '
              'The convoy drove through Raqqa and on to Washington.\n\n'
              'Officials in Washington said Mattis had briefed them.')


def test_suggested_actors_act_or_speak_and_group_their_variants():
    rows = {row["actor"]: row for row in suggest_actors(parse_article(ACTOR_NEWS))}
    assert set(rows["James Mattis"]["forms"]) == {"James Mattis", "Mattis"}
    assert rows["James Mattis"]["n_mentions"] == 3
    assert "Beto O'Rourke" in rows  # speaks, so listed
    assert "Raqqa" not in rows  # a place named only as a location ("in Raqqa", "through Raqqa")
    assert "WASHINGTON" not in rows and "Washington" not in rows  # dateline, then a location


def test_starter_toml_escapes_names_with_quotes(tmp_path):
    article = parse_article('The "Quiet" Man\n\n' + ACTOR_NEWS)
    text = starter_sides_toml(article)
    assert '"Beto O\'Rourke"' in text and '"The \\"Quiet\\" Man"' in text
    uncommented = "\n".join(line.replace("  # ", "  ", 1) if line.startswith("  # ") else line
                            for line in text.splitlines())
    spec = load_sides(sides_file(tmp_path, uncommented.replace("aliases = [\n]", 'aliases = ["Raqqa"]')))
    assert "Beto O'Rourke" in spec.sides[0].aliases


def test_an_office_word_is_no_part_of_the_name():
    # found by a new-user run: the small model tags "State Rex Tillerson" as one organisation
    text = ("Talks\n\nThat was quite a surprise to US officials , given that then-Secretary of State Rex Tillerson "
            "announced just two months ago that the 2,000 or so US troops currently in Syria could be there "
            "indefinitely because of the threat ISIS still poses.\n")
    rows = {row["actor"]: (row["forms"], row["label"]) for row in suggest_actors(parse_article(text))}
    assert rows["Rex Tillerson"] == (["Rex Tillerson"], "PERSON") and "State Rex Tillerson" not in rows


def test_two_people_with_one_surname_stay_apart():
    text = ("Hillary Clinton said she would run. Bill Clinton said he would help. "
            "Clinton later told reporters the race was close. Bill Clinton spoke again.")
    rows = {row["actor"]: row["forms"] for row in suggest_actors(parse_article(text))}
    assert rows == {"Bill Clinton": ["Bill Clinton", "Clinton"], "Hillary Clinton": ["Hillary Clinton"]}


def test_a_sides_record_with_a_non_list_actor_is_one_error():
    with pytest.raises(SidesError, match=r"<sides>: side 1: side 'A': 'actor' must be .* not None"):
        load_sides([{"name": "A", "aliases": ["x"], "actor": None}])


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_sides_file_in_latin1_or_utf16_is_read(tmp_path, encoding):
    path = tmp_path / "sides.toml"
    path.write_bytes('[[side]]\nname = "Zürich"\naliases = ["Zürich", "Genève"]\n'.encode(encoding))
    assert load_sides(path).sides[0].aliases == ("Zürich", "Genève")


def test_a_time_before_or_after_a_name_is_no_mention():
    # NYT gold (dev3): "the previous post-Mubarak governments" are the ones that came after him, not his
    sides = [{"name": "Old regime", "aliases": ["Mubarak", "Mubarak government"]},
             {"name": "Army", "aliases": ["army"]}]
    assert mentions("The post-Mubarak governments and the pre-Mubarak army kept Mubarak in jail.", sides) == [
        ("army", "Army"), ("Mubarak", "Old regime")]


def test_a_name_before_leaning_or_friendly_names_a_stance_not_its_side():
    # unseen CSM article (stop 46, batch 119): "the Russia-leaning government of Viktor Yanukovych" gave Russia the
    # label "government"; "Russia-backed" still names the backer
    sides = [{"name": "Russia", "aliases": ["Russia"]}, {"name": "Kiev", "aliases": ["Kiev"]}]
    assert mentions("The Russia-leaning government and a Kiev-friendly mayor fell to Russia-backed rebels.", sides) == [
        ("Russia", "Russia")]


def test_a_sea_named_after_a_country_is_no_mention_of_it():
    # unseen Newsmax column (batch 99): "the South China Sea" counted four times as China
    sides = [{"name": "China", "aliases": ["China"]}, {"name": "Vietnam", "aliases": ["Vietnam"]}]
    assert mentions("China’s warships harassed vessels in the South China Sea . Vietnam protested .", sides) == [
        ("China’s", "China"), ("Vietnam", "Vietnam")]
