"""Roles: harm and help read from the parse, checked by hand on the seed, and on short fixtures; the lexicon file."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT, SEED

from analysis import analyze, parse_article
from analysis.framing.roles import ROLES, find_role_events, load_role_words, narrative_role
from analysis.framing.targets import Mentions
from analysis.lexicon import read_header, read_table

WASHINGTON, DAMASCUS = "Washington and allies", "Damascus and allies"
SIDES = [{"name": "Russia", "aliases": ["Russia", "Moscow"]}, {"name": "Rebels", "aliases": ["rebels", "Aleppo"]}]


@pytest.fixture(scope="module")
def seed_events():
    result = analyze(SEED, sides=ROOT / "seeds" / "syraq-sitrep-15-russian-flags.sides.toml")
    return result, find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))


def events_of(text: str) -> list[tuple[str, str, str, str]]:
    result = analyze(parse_article(text), sides=SIDES)
    mentions = Mentions([s for s in result.spans if s.kind == "mention"])
    return [(e.side, e.role, e.word, e.slot) for e in find_role_events(result.article, mentions)]


# Read by hand, sentence by sentence (seed sentence index: what the text says).
SEED_EVENTS = {
    1: [(DAMASCUS, "help_agent", "liberate", "reported")],      # the Pentagon's claim: "the Syrians seeking to liberate"
    2: [(DAMASCUS, "harm_patient", "violation", "reported")],   # "a gross violation of Syria’s national sovereignty"
    3: [(DAMASCUS, "harm_agent", "violated", "reported")],      # Mattis: "the Syrians had violated an understanding"
    5: [(DAMASCUS, "help_patient", "restoring", "author"),      # "restoring … Syrian government control"
        (DAMASCUS, "help_agent", "restoring", "author")],       # by "them", the Russian/Iranian alliance
    7: [(DAMASCUS, "harm_patient", "bomb", "author"),           # "Hezbollah warehouses inside Syria (which the
        (WASHINGTON, "harm_agent", "bomb", "author")],          # Israelis bomb just about anytime …)": "which" is
                                                                # the warehouses, Hezbollah's
    8: [(DAMASCUS, "help_patient", "freed", "author"),          # "Iraqi Shi’a militiamen, freed up"
        (DAMASCUS, "help_agent", "liberating", "author")],      # "… from liberating Mosul"
    11: [(DAMASCUS, "harm_patient", "attacks", "author")],      # "attacks on Syrians"; "that could injure or kill
                                                                # Russian advisers" is only foreseen (stop 32: "kill"
                                                                # had escaped the "could" it shares with "injure")
    12: [(DAMASCUS, "help_agent", "supporting", "author"),      # "the Russians have been supporting …
         (DAMASCUS, "help_patient", "supporting", "author")],   # … a Hezbollah surge"
    14: [(DAMASCUS, "harm_agent", "exploited", "quoted")],      # Magnier: "oil fields (exploited by Russia …)"
    15: [(WASHINGTON, "help_agent", "supports", "quoted"),      # Magnier: "the US – which supports …
         (WASHINGTON, "help_patient", "supports", "quoted")],   # … the progress of the SDF"
    21: [(DAMASCUS, "harm_patient", "wounding", "author"),      # "Killing or wounding more Iraqi PMU"
         (WASHINGTON, "harm_patient", "attack", "author")],     # "even attack American troops"
    22: [("ISIS", "harm_patient", "assault", "author"),         # "an assault on ISIS forces …
         (DAMASCUS, "harm_patient", "besieging", "author")],    # … besieging the Syrian government garrison"
    28: [(DAMASCUS, "harm_patient", "strikes", "quoted")],      # "that’s what’s going to prevent it [more air
                                                                # strikes on the SAA]": the noun on a side's forces
    33: [(DAMASCUS, "help_agent", "liberating", "reported")],   # Rogin: "prevent the Syrians from liberating"
    38: [("ISIS", "harm_agent", "siege", "author")],             # "over two years of Islamic State siege"
}


def test_seed_role_events_checked_by_hand(seed_events):
    _, events = seed_events
    found: dict[int, list] = {}
    for e in events:
        found.setdefault(e.sentence, []).append((e.side, e.role, e.word, e.voice))
    assert found == SEED_EVENTS


@pytest.mark.xfail(strict=True, reason="the small parser hangs 'besieging' on 'assault' and 'by ISIS' on 'is', so "
                                      "ISIS besieging Deir Ez Zor (sentences 15, 22) is not read as harm ISIS does")
def test_seed_known_miss_isis_besieging(seed_events):
    _, events = seed_events
    assert [e.sentence for e in events if e.side == "ISIS" and e.role == "harm_agent"] == [15, 22]


def test_seed_roles_per_side(seed_events):
    result, _ = seed_events
    roles = {p["name"]: p["roles"] for p in result.sides}
    # Author's voice only: Damascus suffers harm in 7, 11, 21, 22 and helps in 5, 8, 12.
    assert {k: roles[DAMASCUS][k] for k in (*ROLES, "narrative")} == {
        "harm_agent": 0, "harm_patient": 4, "help_agent": 3, "help_patient": 3, "narrative": "victim"}
    # 7 speeches: the rebel leader "said" (sentence 34) only inside Rogin's block quote, so it is Rogin's account
    washington = roles[WASHINGTON]
    assert (washington["harm_agent"], washington["harm_patient"], washington["speaker"]) == (1, 1, 7)
    assert roles[WASHINGTON]["quoted_events"] == 2 and roles[WASHINGTON]["narrative"] == "none"


@pytest.mark.parametrize("text, expected", [
    ("Russia bombed Aleppo on Monday.", [("Russia", "harm_agent", "bombed", "subject"),
                                         ("Rebels", "harm_patient", "bombed", "object")]),
    ("Aleppo was bombed by Russia.", [("Rebels", "harm_patient", "bombed", "passive subject"),
                                      ("Russia", "harm_agent", "bombed", "agent")]),
    ("Russia's bombing of Aleppo went on.", [("Russia", "harm_agent", "bombing", "possessor"),
                                             ("Rebels", "harm_patient", "bombing", "'of' object")]),
    ("Strikes on the rebels continued as Moscow rescued its pilots.",
     [("Rebels", "harm_patient", "Strikes", "'on' object"),  # a noun only, and only on a party: no work stoppage
      ("Russia", "help_agent", "rescued", "subject"),
      ("Russia", "help_patient", "rescued", "object")]),  # "its pilots": Moscow's
    ("Russia did not attack the rebels.", []),            # negated: no event
    ("Russia declined to defend the rebels.", []),       # a negative implicative: not done (unseen USA Today)
    ("Russia has steered clear of attacking the rebels.", []),  # avoided: not done (unseen Townhall)
    ("Russia refrained from bombing Aleppo.", []),
    # unseen Reason article (stop 32): an act only supposed or proposed is not told as done
    ("Unless Russia decides to bomb Aleppo, nothing changes.", []),
    ("One option would be to bomb Aleppo.", []),
    ("Bombing Aleppo could have many consequences.", []),
    ("Attacks that could injure or kill the rebels went on.", []),  # "kill" shares the "could" of "injure"
    ("No Russian forces were guarding Aleppo.", []),      # a subject with "no": not done (unseen Fox article)
    # unseen Breitbart article (stop 31): "no" on the first of two nouns, and a verb joined to the negated one
    ("The raid, in which no Russian or allied rebels were killed or even injured, ended .", []),
    ("None of the rebels were killed .", []),
    ("Russia defended its decision to stay.", []),          # justified: no party helped (unseen CNBC article)
    ("Russia tried to suppress the rebels .", [("Russia", "harm_agent", "suppress", "shared subject"),
                                                ("Rebels", "harm_patient", "suppress", "object")]),  # unseen NYT
    # an infinitive on a noun names an aim or a capacity (unseen NYT article: "ability to detect and destroy")
    ("It raised questions about Russia's ability to detect and destroy a rebel stronghold.", []),
    # unseen National Review editorial (stop 31): the parser made "fire" an xcomp of the noun "attempts"
    ("Trump ’s attempts to fire Viktor Petrov and get Moscow to curtail the investigation came to nothing .", []),
    ("The rebels evacuated to neighboring Tunisia .", []),  # they left: nobody evacuated, no help (unseen Fox)
    # a passive infinitive's shared subject suffered the act (unseen BBC: "fighters are reported to have been killed")
    ("Many rebels are reported to have been killed in Aleppo.",
     [("Rebels", "harm_patient", "killed", "shared subject")]),
    ("The inquiry asks whether Russia helped the rebels to attack Aleppo.", []),  # asked, not told as done
    ("The rebels, who attacked Moscow, fled.", [("Rebels", "harm_agent", "attacked", "subject"),
                                                ("Russia", "harm_patient", "attacked", "object")]),
    ("The rebels sought to protect Aleppo.", [("Rebels", "help_agent", "protect", "shared subject"),
                                               ("Rebels", "help_patient", "protect", "object")]),
    # A name (or a name's adjective) on a harm or help noun is its doer; a common noun there may be either.
    ("The Russian bombing of Aleppo went on.", [("Russia", "harm_agent", "bombing", "name on the noun"),
                                                ("Rebels", "harm_patient", "bombing", "'of' object")]),
    ("Moscow abuses of the system grew.", [("Russia", "harm_agent", "abuses", "name on the noun")]),
    ("Rebel killings rose.", []),  # "rebel" is no name: the rebels may be the killers or the killed
    # A gerund of means or time is its clause subject's act; after "from" or "of" its object's ("prevent X from").
    ("Moscow raised the ire of its allies by attacking the rebels.",
     [("Russia", "harm_agent", "attacking", "shared subject"), ("Rebels", "harm_patient", "attacking", "object")]),
    ("Moscow stopped the rebels from attacking the town.", [("Rebels", "harm_agent", "attacking", "shared subject")]),
    # "fire", "oust", "sack" harm only a person (the lexicon's patient column); found on an unseen CSM article
    ("Moscow fired Viktor Petrov on Monday.", [("Russia", "harm_agent", "fired", "subject")]),
    ("Moscow fired missiles at Aleppo.", []),
    # "support" helps a party, not a policy (unseen Politico article: "Fleischer, who supports military action")
    ("Moscow supports military action in Syria.", []),
    ("Moscow supports the rebels.", [("Russia", "help_agent", "supports", "subject"),
                                     ("Rebels", "help_patient", "supports", "object")]),
    # "release" helps a party or people, not a document (unseen Axios article: "text messages released this week")
    ("Moscow released the hostages.", [("Russia", "help_agent", "released", "subject")]),
    # an arrest harms the arrested (unseen Daily Caller article: "Saudi Arabia Arrests 11 Royals")
    ("Moscow arrested the rebels on Saturday.", [("Russia", "harm_agent", "arrested", "subject"),
                                                 ("Rebels", "harm_patient", "arrested", "object")]),
    # "it" is no party helped (unseen CNBC article: "a majority of Trump's Republican Party supported it")
    ("A majority of Moscow lawmakers supported it.", []),
    # unseen NYT article: "Russia, which sent armed forces to Syria in 2015 to bolster Mr. Assad"
    ("Moscow sent armed forces to Syria in 2015 to bolster the rebels.",
     [("Rebels", "help_patient", "bolster", "object"), ("Russia", "help_agent", "bolster", "shared subject")]),
    ("Text messages released this week between Moscow officials and Aleppo suggest a deal.", []),
    # a harm noun as a harm verb's subject is one act, counted once, as the noun (unseen Al Jazeera article)
    ("A Moscow bombing killed the rebels.", [("Russia", "harm_agent", "bombing", "name on the noun"),
                                             ("Rebels", "harm_patient", "killed", "object")]),
    ("The firing of Viktor Petrov by Moscow stunned Aleppo.", [("Russia", "harm_agent", "firing", "'by' object")]),
    # unseen Vox article: an excuse is no help; a contracted "has" before an object is no passive
    ("In Moscow's defense, the rebels fled.", []),
    ("Ten civilians died in Moscow's bombing of Aleppo.", [("Russia", "harm_agent", "bombing", "possessor"),
                                                           ("Rebels", "harm_patient", "bombing", "'of' object")]),
    ("Moscow did not impose sanctions on the rebels.", []),  # a negated light verb: nothing done
    ("Instead Moscow 's attacked the rebels outside Aleppo.", [("Russia", "harm_agent", "attacked", "subject"),
                                                              ("Rebels", "harm_patient", "attacked", "object")]),
    # the object of a light verb is the act of its subject (unseen BBC article: "imposed punishing sanctions on Iran")
    ("Moscow later imposed punishing sanctions on the rebels.",
     [("Russia", "harm_agent", "sanctions", "subject"), ("Rebels", "harm_patient", "sanctions", "'on' object")]),
    # unseen CNN article (stop 29): "laid siege to" is a light verb's act
    ("Moscow fighters laid siege to the rebels near Aleppo .",
     [("Russia", "harm_agent", "siege", "subject"), ("Rebels", "harm_patient", "siege", "'to' object")]),
    # unseen Al Jazeera article: a side's name on a journalist gives where he is from, not his camp
    ("He mourned the killing of Russian journalist Jamal Petrov.", []),
    ("He mourned the killing of a Russian journalist.", []),
    ("He mourned the killing of Russian official Jamal Petrov.", [("Russia", "harm_patient", "killing", "'of' object")]),
    # unseen CSM article: supporting an act of harm helps no one it harms ("to support Mr. Morsi's ouster")
    ("Moscow was the only party to support the killing of the rebels .",
     [("Rebels", "harm_patient", "killing", "'of' object")]),
    # unseen NPR article: a word of a name is no act ("the Committee to Protect Journalists")
    ("Moscow met the Committee to Protect Journalists on Monday .", []),
    # unseen BBC article: "assault from X" names its doer
    ("Aleppo was under renewed assault from Moscow forces last week .", [("Russia", "harm_agent", "assault",
                                                                          "'from' object")]),
    # unseen Vox article: a side's name on talks names the counterpart; hurting the talks harms no side
    ("The leaks were designed to hurt Moscow negotiations .", []),
    ("The leaks were designed to hurt the rebels .", [("Rebels", "harm_patient", "hurt", "object")]),
    # unseen IBT article: "on behalf of" names no one attacked
    ("Pickering led a review of the attacks on behalf of Moscow .", []),
    # unseen BBC article (stop 27): "they" after "Ms Caleno and her children would move …" is the two of them, not
    # the city they would move to
    ("They intended that Petrov and her children would move to Moscow , but they were arrested instead .", []),
    # unseen USA Today article: aid provided to a side helps it
    ("Moscow provided aid to the rebels .", [("Russia", "help_agent", "aid", "subject"),
                                             ("Rebels", "help_patient", "aid", "'to' object")]),
    ("Foreign aid to the rebels rose .", [("Rebels", "help_patient", "aid", "'to' object")]),
    ("Moscow provided a list of demands .", []),
    # unseen Fox article (stop 30): "taken captive" is harm by its agent to its passive subject
    ("The rebels were taken captive by Moscow .", [("Russia", "harm_agent", "taken", "agent"),
                                                  ("Rebels", "harm_patient", "taken", "passive subject")]),
    ("Moscow took the decision .", []),
    # unseen Newsmax/AP story (stop 30): what a side calls on others to do, or wants, is not told as done
    ("Moscow called on its allies to kill the rebels .", []),
    ("Moscow urged allies to bomb the rebels .", []),
    ("Moscow wants to destroy the rebels .", []),
    # unseen Daily Caller article: shooting down a side's arguments harms no one; shooting its people does
    ("Judge Moscow shot down all four of the rebels ' arguments .", []),
    ("Moscow troops shot the rebels .", [("Russia", "harm_agent", "shot", "subject"),
                                         ("Rebels", "harm_patient", "shot", "object")]),
    # unseen NYT article: harm only foreseen is not done ("fear that ISIS agents will target them")
    # unseen NYT article: toppling a side harms it
    ("Moscow assembled an alliance of militias to topple the rebels .", [("Russia", "harm_agent", "topple",
                                                                          "shared subject"),
                                                                         ("Rebels", "harm_patient", "topple", "object")]),
    ("The rebels fear that Moscow will target them .", []),
    # unseen NYT opinion article: occupying posts harms no one; occupying a side's land does
    ("Moscow aides now occupied seats on the board of the company .", []),
    ("Moscow occupied the rebels ' towns .", [("Russia", "harm_agent", "occupied", "subject"),
                                             ("Rebels", "harm_patient", "occupied", "object")]),
    # unseen Fox opinion article: "at the hands of X" names the doer
    ("Some of the rebels were killed at the hands of Moscow .", [("Russia", "harm_agent", "killed", "agent"),
                                                                 ("Rebels", "harm_patient", "killed", "passive subject")]),
    ("The rebels fear that Moscow could attack them .", []),
    # unseen AP and Newsmax stories (stop 31): airstrikes and strikes on a party; "commit"/"carry out" are light verbs
    ("Moscow launched airstrikes against the rebels .", [("Russia", "harm_agent", "airstrikes", "subject"),
                                                         ("Rebels", "harm_patient", "airstrikes", "'against' object")]),
    ("The rebels went on strike .", []),
    ("Moscow carried out strikes on the rebels .", [("Russia", "harm_agent", "strikes", "subject"),
                                                    ("Rebels", "harm_patient", "strikes", "'on' object")]),
    ("Moscow fighters continued to commit murders .", [("Russia", "harm_agent", "murders", "shared subject")]),
    # unseen Vox article (stop 31): sanctions a legislature may or may not pass are asked about, not done
    ("The question was whether Congress would pass sanctions on the rebels .", []),
    ("Moscow ordered strikes on the rebels .", [("Russia", "harm_agent", "strikes", "subject"),
                                               ("Rebels", "harm_patient", "strikes", "'on' object")]),
    # unseen CBS article (batch 67): the one attacks are blamed on is accused, not attacked
    ("Moscow has blamed those attacks on the rebels .", []),
    # unseen Wired article (batch 67): boosting or promoting a side, or a thing of its, helps it
    ("Moscow worked to boost the rebels ' chances .", [("Russia", "help_agent", "boost", "shared subject"),
                                                       ("Rebels", "help_patient", "boost", "object")]),
    ("Promoting the rebels was another means to that end .", [("Rebels", "help_patient", "Promoting", "object")]),
    ("Moscow boosted interest rates .", []),
    # unseen Newt Gingrich column (batch 68): a stabbing done; a beheading only planned
    ("A Moscow agent stabbed four rebels after planning to behead someone .", [
        ("Russia", "harm_agent", "stabbed", "subject"), ("Rebels", "harm_patient", "stabbed", "object")]),
    # unseen AEI column (batch 68): attacks on a side's policy are criticism
    ("Then there are the loud attacks on the rebels ' open door policy .", []),
    # unseen Daily Mail article (batch 69): "Moscow launched its assault" names the doer twice; one act, one event
    ("Moscow launched its assault on the rebels .", [("Russia", "harm_agent", "assault", "possessor"),
                                                     ("Rebels", "harm_patient", "assault", "'on' object")]),
    ("Moscow attacked the rebels ' convoy .", [("Russia", "harm_agent", "attacked", "subject"),
                                              ("Rebels", "harm_patient", "attacked", "object")]),
    # unseen Michelle Malkin column (batch 79): bullying and slander are harm done
    # unseen Fox, USA Today and Intercept stories (batches 79, 80): attacks in words and killing a deal are no harm
    ("Moscow attacked the rebels ' leader John Smith , saying he lied .", []),
    ("Moscow attacked the rebels ' leader John Smith as politically motivated .", []),
    ("Moscow is working to kill the deal .", []),
    ("Moscow attacked Aleppo , claiming it was protecting civilians .", [  # a place attacked: harm (second reading)
        ("Russia", "harm_agent", "attacked", "subject"), ("Rebels", "harm_patient", "attacked", "object")]),
    ("Moscow attacked the rebels as planned .", [("Russia", "harm_agent", "attacked", "subject"),
                                                 ("Rebels", "harm_patient", "attacked", "object")]),
    ("Moscow attacked the rebels as part of an offensive .", [("Russia", "harm_agent", "attacked", "subject"),
                                                              ("Rebels", "harm_patient", "attacked", "object")]),
    ("The rebels were bullied by Moscow .", [("Rebels", "harm_patient", "bullied", "passive subject"),
                                            ("Russia", "harm_agent", "bullied", "agent")]),
    ("Moscow never apologized for slandering the rebels .", [
        ("Russia", "harm_agent", "slandering", "shared subject"), ("Rebels", "harm_patient", "slandering", "object")]),
])
def test_constructions(text, expected):
    assert sorted(events_of(text)) == sorted(expected)


def test_a_relative_on_a_predicate_noun_stands_for_the_subject():
    # unseen Fox article (stop 30): Kassig "is also a trained medical assistant who … helped train 150 civilians"
    text = ("Kassig began delivering food to Syrian refugee camps in 2012 and is also a trained medical assistant who "
            "provided trauma care to injured Syrian civilians and helped train 150 civilians .")
    sides = [{"name": "Kassig", "aliases": ["Kassig"]}, {"name": "IS", "aliases": ["Islamic State"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert [(e.side, e.role, e.word) for e in events] == [("Kassig", "help_agent", "helped")]


def test_the_group_repeats_the_same_noun_before_a_nearer_organisation():
    # unseen Newsmax/AP story (stop 30): "The group" went to "al-Qaida" (or "Islamic law"), not the Islamic State group
    text = ("The Islamic State group is an al-Qaida breakaway that has set up its own self-declared caliphate in areas "
            "it controls in Syria and Iraq . It rules by its harsh version of Islamic law .\n\nThe group has already "
            "beheaded two Americans and a British citizen it was holding .")
    sides = [{"name": "IS", "aliases": ["Islamic State"]}, {"name": "West", "aliases": ["Americans"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert [(e.side, e.role, e.word) for e in events] == [("IS", "harm_agent", "beheaded"),
                                                          ("West", "harm_patient", "beheaded")]


def test_they_after_two_joined_by_and_is_the_two():
    text = "They intended that Ms Caleno and her children would move to the US , but they were arrested instead ."
    sides = [{"name": "US", "aliases": ["US"]}, {"name": "Holt", "aliases": ["Ms Caleno"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert [(e.side, e.role, e.word) for e in events] == [("Holt", "harm_patient", "arrested")]


def test_them_after_many_who_fled_is_those_many():
    # unseen NYT article (stop 27): "them" went to ISIS, the group they fled, not to "many who have sought refuge"
    text = "Many who have sought refuge in Turkey fear that ISIS agents there target them for criticizing the group ."
    sides = [{"name": "IS", "aliases": ["ISIS", "the group"]}, {"name": "Refugees", "aliases": ["many who have sought refuge"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert [(e.side, e.role) for e in events] == [("IS", "harm_agent"), ("Refugees", "harm_patient")]


@pytest.mark.parametrize("text, fired, firer", [
    ("Comey led the FBI. Trump fired him.", "Comey", "Trump"),  # an object pronoun never stands for its verb's subject
    ("Trump fired him.", None, "Trump"),
    ("Trump fired Comey.", "Comey", "Trump"),
    ("He named Comey, whom Trump abruptly fired in May.", "Comey", "Trump"),  # unseen Vanity Fair article
    # the person named on a firing with no "of" object was fired; with one, the possessor fired (unseen CSM article)
    ("Critics reacted to Comey's firing.", "Comey", None),
    ("Critics reacted to Trump's dismissal of Comey.", "Comey", "Trump"),
    # unseen Mother Jones and Daily Kos articles (stop 32): shoving a person or people and booting a person harm
    # them; shoving a thing or booting a ball harms no one
    ("Comey was violently shoved to the ground by Trump.", "Comey", "Trump"),
    ("Trump shoved them aside.", None, "Trump"),
    ("Trump shoved the bill through Congress.", None, None),
    ("The voters booted Comey from office.", "Comey", None),
    ("Trump booted the ball into the net.", None, None),
    # unseen BuzzFeed News article (batch 74): what someone can or should do is not told as done
    ("Under the rules, only Trump can fire Comey.", None, None),
    ("Trump should fire Comey.", None, None),
    ("Trump almost fired Comey on Monday.", None, None),  # unseen Bret Stephens column (batch 76): "nearly toppled"
    ("Trump did not hesitate to fire Comey.", "Comey", "Trump"),  # a negated negative implicative: done
    ("Critics condemned the Trump firing of Comey.", "Comey", "Trump"),  # a person's name on a harm noun does it
    ("Trump is not going to fire Comey.", None, None),  # unseen Krauthammer column (batch 77): future, negated
    ("Trump did not try to fire Comey.", None, None),
    # a person's name on a harm noun is its patient when the noun names a victim, else unclear: no event
    ("Critics reacted to the Comey killing.", "Comey", None),
])
def test_who_is_fired(text, fired, firer):
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "Comey", "aliases": ["Comey"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert [e.side for e in events if e.role == "harm_patient"] == ([fired] if fired else [])
    assert [e.side for e in events if e.role == "harm_agent"] == ([firer] if firer else [])


def test_a_persons_name_on_a_help_noun_is_not_its_doer():
    # unseen BuzzFeed News article (batch 74): "the Mueller protection bill" protects Mueller; Mueller protects no one
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "Comey", "aliases": ["Comey"]}]
    for text in ("The Senate never voted on the Comey protection bill.",
                 # ... nor does the side that blocked a bill to protect him (a headline read as a purpose clause)
                 "Trump Just Blocked A Bipartisan Bill To Protect Comey\n\nThe bill failed."):
        result = analyze(parse_article(text), sides=sides)
        events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
        assert [(e.side, e.role) for e in events if e.role == "help_agent"] == []


@pytest.mark.parametrize("counts, reading", [
    ({"harm_agent": 3, "harm_patient": 1}, "villain"),
    ({"harm_patient": 2}, "victim"),
    ({"help_agent": 2, "harm_agent": 1}, "hero"),
    ({"harm_agent": 1}, "none"),                      # one event is no role
    ({"harm_agent": 2, "help_agent": 2}, "none"),     # a tie is no role
])
def test_narrative_role(counts, reading):
    assert narrative_role(Counter(counts)) == reading


def test_role_lexicon_file():
    header = read_header("harm_help_verbs.tsv")
    assert "Source" in header and "Licence" in header
    rows = read_table("harm_help_verbs.tsv")
    assert list(rows[0]) == ["lemma", "role", "forms", "nouns", "patient"]
    assert {r["role"] for r in rows} == {"harm", "help"}
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas))
    verbs, nouns, patients = load_role_words()
    assert patients["fired"] == patients["ouster"] == "person" and patients["supports"] == "party"
    assert set(patients) <= {*verbs, *nouns} and set(patients.values()) == {"person", "people", "party"}
    assert all(r["lemma"] in (r["forms"] or r["nouns"]).split(",") for r in rows)  # "strike": a noun only
    assert all(form == form.strip().lower() and form for form in [*verbs, *nouns])


def test_the_person_whose_killing_it_is_suffered_it():
    # unseen Fox article (stop 28): "his killing" and "Khashoggi's killing" made Khashoggi the killer
    sides = [{"name": "Saudis", "aliases": ["Saudi Arabia"]}, {"name": "Khashoggi", "aliases": ["Khashoggi"]}]
    text = ("Under mounting pressure , Saudi Arabia changed its narrative about Khashoggi 's killing several times , "
            "eventually admitting that Khashoggi died inside the consulate and only recently acknowledging that "
            "Turkish evidence shows his killing was premeditated .")
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    found = [(e.side, e.role) for e in events]
    assert ("Khashoggi", "harm_patient") in found and ("Khashoggi", "harm_agent") not in found


def test_a_word_of_an_organisations_name_is_no_earlier_description():
    # unseen Daily Wire article (stop 31): "The terrorist" repeated "Foreign Terrorist Organization" (the U.S.'s
    # designation), so the U.S. suffered its own airstrike; it is the person named last, Soleimani
    sides = [{"name": "Iran", "aliases": ["Soleimani"]}, {"name": "US", "aliases": ["U.S.", "Trump"]}]
    result = analyze("Headline\n\nQassem Soleimani was the head of the Quds Force , a U.S.-designated Foreign "
                     "Terrorist Organization . The terrorist was strategically killed early Friday by a Trump-ordered "
                     "airstrike .\n", sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert sorted((e.side, e.role, e.slot) for e in events) == [("Iran", "harm_patient", "passive subject"),
                                                              ("US", "harm_agent", "agent")]


def test_a_help_verb_with_a_help_verb_as_its_complement_is_one_act():
    # unseen Reuters article (batch 85): "helped support Yanukovich" was two acts of help, and a hero
    text = "Headline\n\nRussia helped rescue the rebels .\nRussia helped the rebels .\n"
    assert [(role, word) for _, role, word, _ in events_of(text) if role == "help_agent"] == [
        ("help_agent", "rescue"), ("help_agent", "helped")]


def test_harm_in_a_clause_after_not_because_is_not_told_as_done():
    # unseen CNN article (batch 86): "and not because people close to Trump were being targeted" made Trump a victim
    text = ("Headline\n\nThe communications were gathered as part of routine US intelligence collection and not "
            "because people close to Trump were being targeted .\n")
    result = analyze(parse_article(text), sides=[{"name": "Trump", "aliases": ["Trump"]}])
    mentions = Mentions([s for s in result.spans if s.kind == "mention"])
    assert find_role_events(result.article, mentions) == []


def test_a_threat_to_attack_is_still_a_threat():
    # a blind second reading of this stop's diff: only "helped support" folds two help verbs into one act
    assert ("Russia", "harm_agent", "threatened") in [(s, r, w) for s, r, w, _ in events_of(
        "Headline\n\nRussia threatened to attack the rebels .\n")]


def test_demolishing_and_routing_an_enemy_are_harm_done():
    # unseen Breitbart column (batch 90): "Special Operators … demolished the Taleban and routed Al Qaeda"
    result = analyze("Headline\n\nThe Special Operators demolished the Taleban and routed Al Qaeda.\n",
                     sides=[{"name": "Jihadists", "aliases": ["Taleban", "Al Qaeda"]},
                            {"name": "US", "aliases": ["Special Operators"]}])
    roles = {s["name"]: (s["roles"]["harm_agent"], s["roles"]["harm_patient"]) for s in result.sides}
    assert roles == {"Jihadists": (0, 2), "US": (2, 0)}


def test_unseating_a_named_person_is_harm_and_deposing_is_not():
    # unseen Fox News article (stop 44, batch 114): "unseated" was no harm; "deposed", added with it, was dropped after
    # a second reading: in US news "depose" most often means taking sworn testimony ("investigators deposed Flynn")
    result = analyze("Headline\n\nThe military unseated Adly Mansour a day later.\n\nHouse investigators deposed "
                     "Flynn for six hours.\n", sides=[{"name": "Brotherhood", "aliases": ["Mansour", "Flynn"]},
                                                    {"name": "Army", "aliases": ["military", "investigators"]}])
    roles = {s["name"]: (s["roles"]["harm_agent"], s["roles"]["harm_patient"]) for s in result.sides}
    assert roles == {"Brotherhood": (0, 1), "Army": (1, 0)}


def test_help_to_do_a_thing_is_the_second_verbs_act_and_stealing_harms_whom_it_is_taken_from():
    # unseen Daily Beast article (batch 92): "a conspiracy theory that Assange has helped to fuel" made Assange a
    # helper; "groups that stole emails from the Democratic National Committee" and "hacked the staff of … GOP
    # lawmakers" had no victim
    assert events_of("Moscow has helped to fuel a conspiracy theory . Russia helped kill civilians .") == [
        ("Russia", "harm_agent", "kill", "shared subject")]
    assert events_of("Russia helped them flee . Russia helped end the war . Russia helped train teachers .") == [
        ("Russia", "help_agent", "helped", "subject")] * 3
    # a second reading: peace-making and relief take bad words as objects and are help
    for text in ("Russia helped broker a ceasefire in the war .", "Russia helped treat victims of the attack .",
                 "Russia helped avert a war ."):
        assert events_of("Title\n\n" + text) == [("Russia", "help_agent", "helped", "subject")], text
    assert events_of("Title\n\nMoscow helped spread lies .") == []
    assert events_of("Russian groups stole emails from the rebels . Russia hacked the staff of the rebels .") == [
        ("Russia", "harm_agent", "stole", "subject"), ("Rebels", "harm_patient", "stole", "'from' object"),
        ("Russia", "harm_agent", "hacked", "subject"), ("Rebels", "harm_patient", "hacked", "object")]
    assert events_of("Russia has gone after them , likely hacking into Aleppo .") == [  # Wired (batch 93): Burisma
        ("Rebels", "harm_patient", "hacking", "'into' object"), ("Russia", "harm_agent", "hacking", "shared subject")]
    assert events_of("Russia attacked the rebels from the north .") == [
        ("Russia", "harm_agent", "attacked", "subject"), ("Rebels", "harm_patient", "attacked", "object")]


def test_no_harm_is_told_in_a_theorys_content_or_where_there_is_no_evidence_of_it():
    # a dev half's "No one presented evidence that the president's campaign conspired with Moscow to hack Democratic
    # Party computers", and the 200-article audit's "the conspiracy theory that Ukraine, not Russia, hacked the
    # D.N.C." made harm doers of the campaign and of Ukraine; evidence found still tells the act
    assert events_of("Title\n\nThey wanted an inquiry into the conspiracy theory that Moscow attacked the rebels . No "
                     "one presented evidence that Russia attacked the rebels . There is no evidence that Russia "
                     "bombed Aleppo .") == []
    assert events_of("Title\n\nInvestigators found evidence that Russia attacked the rebels .") == [
        ("Russia", "harm_agent", "attacked", "subject"), ("Rebels", "harm_patient", "attacked", "object")]


def test_a_claim_confirmed_or_evidence_undisputed_still_tells_the_act():
    # a second reading of the claim and evidence rules: "claims" the verb, a confirmed or admitted claim and evidence
    # no one disputes or that was not ignored tell the act
    for text in ("Russia claims that the rebels attacked Aleppo .",
                 "The UN confirmed claims that Moscow bombed Aleppo .",
                 "Russia admitted the allegations that it bombed Aleppo .",
                 "No one disputes the evidence that Moscow bombed Aleppo .",
                 "Investigators did not ignore evidence that Moscow bombed Aleppo ."):
        assert {role for _, role, _, _ in events_of("Title\n\n" + text)} == {"harm_agent", "harm_patient"}, text


def test_he_in_a_clause_of_time_after_the_main_clause_is_its_subject():
    # unseen Reuters article (batch 95): "he was fired by Trump" went to Manafort, the nearer possessor
    text = ("Former U.S. Attorney Preet Bharara was investigating Manafort’s real estate dealings before he was fired "
            "by Trump in March .")
    sides = [{"name": "Investigators", "aliases": ["Preet Bharara", "Bharara"]},
             {"name": "Trump camp", "aliases": ["Manafort", "Trump"]}]
    result = analyze(parse_article(text), sides=sides)
    events = find_role_events(result.article, Mentions([s for s in result.spans if s.kind == "mention"]))
    assert sorted((e.side, e.role) for e in events) == [("Investigators", "harm_patient"),
                                                        ("Trump camp", "harm_agent")]


def test_the_parties_to_clashes_do_the_harm_and_help_to_slip_a_rule_is_no_help():
    # unseen USA Today article (batch 104): "Clashes between armed militias have killed and wounded dozens" had no
    # doer; unseen Vox article: "helped Iran get around US sanctions" made the Obama administration a hero
    result = analyze("Headline\n\nClashes between armed militias have killed dozens . The administration helped Iran "
                     "get around US sanctions . The administration helped Iran evade taxes .\n",
                     sides=[{"name": "Militias", "aliases": ["militias"]},
                            {"name": "US", "aliases": ["administration"]}, {"name": "Iran", "aliases": ["Iran"]}])
    roles = {s["name"]: (s["roles"]["harm_agent"], s["roles"]["help_agent"], s["roles"]["help_patient"])
             for s in result.sides}
    assert roles == {"Militias": (1, 0, 0), "US": (0, 0, 0), "Iran": (0, 0, 0)}
    assert events_of("Title\n\nRussia helped them flee .") == [("Russia", "help_agent", "helped", "subject")]
    # a blind second reading: help to evade a captor or get around a city is help; a party killed is no doer
    assert events_of("Title\n\nRussia helped them evade the rebels . Russia helped them get around the city .") == [
        ("Russia", "help_agent", "helped", "subject")] * 2
    assert events_of("Title\n\nClashes between Russia and the rebels killed dozens of rebels .") == [
        ("Russia", "harm_agent", "killed", "'between' object"), ("Rebels", "harm_patient", "killed", "object")]
    # unseen Washington Times article (batch 105): "which helps explain why …" helps no one
    assert events_of("Title\n\nThe bill strikes at Russia , which helps explain why the rebels are eager .") == []


def test_an_act_only_proposed_is_no_event():
    # unseen Reuters article (batch 104): an act looked ahead to is not done; one discussed, opposed or debated may
    # have happened (blind second reading: "Diplomats discussed the Russian strikes on Aleppo")
    result = analyze("Headline\n\nSenators proposed new sanctions on Russia . They threatened strikes on Russia . "
                     "The EU imposed sanctions on Russia . Diplomats discussed the strikes on Russia . China opposed "
                     "the strikes on Russia .\n", sides=[{"name": "Russia", "aliases": ["Russia"]}])
    assert [(e["role"], e["sentence"]) for e in result.sides[0]["roles"]["events"]] == [
        ("harm_patient", 3), ("harm_patient", 4), ("harm_patient", 5)]


def test_annexing_a_country_or_its_region_is_harm():
    # unseen CSM article (batch 106): "Russia's annexation of Crimea" was no act of Russia's
    assert events_of("Title\n\nRussia annexed Aleppo in 2014 . The city annexed the land .") == [
        ("Russia", "harm_agent", "annexed", "subject"), ("Rebels", "harm_patient", "annexed", "object")]


def test_second_reading_of_batch_105_roles():
    # plotted, intended or demanded acts are looked ahead to; discussed ones may have happened, even "new" ones (the
    # third reading: "discussed new Russian attacks on Ukrainian cities")
    result = analyze("Headline\n\nRussia plotted attacks on Aleppo . Russia demanded new sanctions on Aleppo . "
                     "Russia discussed new sanctions on Aleppo . Diplomats discussed the strikes on Aleppo .\n",
                     sides=SIDES)
    assert [(e["role"], e["sentence"]) for s in result.sides for e in s["roles"]["events"]] == [
        ("harm_patient", 3), ("harm_patient", 4)]
    # helping someone understand is help; helping evade detection is none; evading a group is
    assert events_of("Title\n\nRussia helped them understand their rights .") == [
        ("Russia", "help_agent", "helped", "subject")]
    assert events_of("Title\n\nRussia helped the rebels evade detection .") == []
    # a party named in a place phrase of the object is still a doer
    assert ("Rebels", "harm_agent", "killed", "'between' object") in events_of(
        "Title\n\nClashes between Russia and the rebels killed 30 people in Aleppo .")


def test_third_reading_of_stop_41_roles():
    # "get" slips a rule only with "around"; evading capture is help; a party named on the victims is no doer
    assert events_of("Title\n\nRussia helped the rebels get justice . Russia helped them evade capture .") == [
        ("Russia", "help_agent", "helped", "subject")] * 2
    assert ("Rebels", "harm_agent", "killed", "'between' object") not in events_of(
        "Title\n\nClashes between Russia and Aleppo killed dozens of Aleppo fighters .")


def test_the_of_object_of_assistance_is_the_helper():
    # unseen Christian Science Monitor article (stop 43, batch 112): "walked to an ambulance with the assistance of
    # three protesters" made the protesters the ones helped
    assert events_of("Headline\n\nShe walked to an ambulance with the assistance of the rebels .\n") == [
        ("Rebels", "help_agent", "assistance", "'of' object")]
    assert [e[:2] for e in events_of("Headline\n\nRussia came to the assistance of the rebels .\n")] == [
        ("Rebels", "help_patient")]
    assert [e[:2] for e in events_of("Headline\n\nThey held a concert in aid of the rebels .\n")] == [
        ("Rebels", "help_patient")]
    assert events_of("Headline\n\nThe protection of the rebels mattered .\n") == [
        ("Rebels", "help_patient", "protection", "'of' object")]


def test_an_attack_by_tweet_is_words_not_harm():
    # my own check of a CBS News article (stop 43): "The president attacked the fired FBI director again Sunday
    # tweeting, “…”" made Comey a victim of harm
    assert events_of("Headline\n\nMoscow attacked the FBI director again Sunday tweeting , \" He lies . \"\n") == []
    assert [e[:2] for e in events_of("Headline\n\nMoscow attacked the FBI director again Sunday .\n")] == [
        ("Russia", "harm_agent")]
    # the participle of the people attacked is their words, not the attack's (fourth second reading of stop 43)
    assert [e[:2] for e in events_of("Headline\n\nMoscow attacked the rebels calling for new elections .\n")] == [
        ("Russia", "harm_agent"), ("Rebels", "harm_patient")]


def test_a_pronoun_suffering_its_own_groups_act_is_unresolved_and_the_headline_act_counts_once():
    # unseen Vox column (stop 46, batch 118): "Maybe they [the Russians] are blackmailing him" resolved "him" to
    # Putin named before, so Russia suffered its own blackmail; a named person of a side may harm another of it
    def events(text, sides):
        result = analyze(parse_article(text), sides=sides)
        mentions = Mentions([s for s in result.spans if s.kind == "mention"])
        return [(e.side, e.role) for e in find_role_events(result.article, mentions)]
    russia = [{"name": "Russia", "aliases": ["Russia", "Putin"]}, {"name": "Rebels", "aliases": ["rebels"]}]
    assert events("Headline\n\nRussia was wrong to condemn Putin . Maybe the Russians are blackmailing him .\n",
                  russia) == [("Russia", "harm_agent")]
    democrats = [{"name": "Democrats", "aliases": ["Nancy Pelosi", "Chuck Schumer"]}]
    assert events("Headline\n\nNancy Pelosi spoke on Monday. Chuck Schumer blackmailed her over the bill.\n",
                  democrats) == [("Democrats", "harm_agent"), ("Democrats", "harm_patient")]
    gop = [{"name": "GOP", "aliases": ["Mitch McConnell", "Trump"]}]  # a name the tagger leaves untyped (third reading)
    assert events("Headline\n\nMitch McConnell met reporters. Trump attacked him over the vote.\n", gop) == [
        ("GOP", "harm_agent"), ("GOP", "harm_patient")]
    assert [e[:2] for e in events_of("Headline\n\nThe rebels met . Maybe Russia is blackmailing them .\n")] == [
        ("Russia", "harm_agent"), ("Rebels", "harm_patient")]
    assert [e[:2] for e in events_of("Headline\n\nThe rebels met . Maybe the rebels are blackmailing them .\n")] == [
        ("Rebels", "harm_agent")]
    russia[0]["aliases"].append("Moscow")
    assert events("Headline\n\nRussia was wrong to condemn Putin . Maybe Moscow is blackmailing him .\n",
                  russia) == [("Russia", "harm_agent")]  # a group named in the singular (a second reading)
    # unseen Breitbart article (batch 118): "FBI Arrests 3 Brooklyn Men" and "arresting three men" are one act; not
    # another act of the side, nor the same act in someone's quotation (a second reading)
    twice = "Russia attacks rebels in Aleppo\n\nRussia attacked the rebels on Wednesday .\n"
    assert [e[:3] for e in events_of(twice)] == [("Russia", "harm_agent", "attacked"),
                                                 ("Rebels", "harm_patient", "attacked")]
    other = "Russia bombs hospital in Aleppo\n\nRussia attacked the rebels in Idlib last year .\n"
    assert [e[:3] for e in events_of(other)][0] == ("Russia", "harm_agent", "bombs")
    quoted = "Russia kills rebels in Aleppo\n\n\"Russia attacked us,\" a rebel commander said .\n"
    assert [e[:3] for e in events_of(quoted)][:2] == [("Russia", "harm_agent", "kills"),
                                                      ("Rebels", "harm_patient", "kills")]
    assert [e[:2] for e in events_of("Rebels attacked by Russia\n\nThe rebels met on Wednesday .\n")] == [
        ("Russia", "harm_agent"), ("Rebels", "harm_patient")]
    # the body may report it, or use another form of the word (a second reading)
    for headline, body in [("Russia attacks rebels in Aleppo", "Russia attacked the rebels, a monitor said ."),
                           ("Russia shoots rebels in Aleppo", "Russia shot the rebels on Wednesday .")]:
        assert [e[:2] for e in events_of(f"{headline}\n\n{body}\n")] == [("Russia", "harm_agent"),
                                                                           ("Rebels", "harm_patient")]


def test_a_gerund_standing_as_a_present_or_modal_subject_is_no_deed():
    # unseen guest column (stop 46, batch 119): "Hurting the Iranian regime economically … means America has to …" (the
    # author's proposal) made Iran a victim, and its tone warmer
    assert events_of("Headline\n\nHurting the rebels economically, reestablishing a sensible policy, means Russia has "
                     "to act .\n") == []
    assert events_of("Headline\n\nAttacking the rebels is a mistake .\n") == []
    # a gerund with its own doer or time is a deed (a second reading)
    done = "Headline\n\nRussia bombing the rebels last week means the truce is over .\n"
    assert [e[:2] for e in events_of(done)] == [("Russia", "harm_agent"), ("Rebels", "harm_patient")]
    assert sorted(e[:2] for e in events_of("Headline\n\nBy attacking the rebels, Russia risked war .\n")) == [
        ("Rebels", "harm_patient"), ("Russia", "harm_agent")]

