"""Loaded terms beyond single labels: verbs of speech that judge, editorialising adverbs, labels of zeal, idioms."""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers_in_text


@pytest.mark.parametrize("text, expected", [
    ("Supporters hailed the ruling as a victory.", [("valorising", "hailed")]),
    ("She hails from a small town in Ohio.", []),                      # fixed phrase: where she comes from
    ("The senator shied away from the vote.", [("pejorative", "shied away")]),
    ("He is a staunch ally of the governor.", [("emotive", "staunch")]),
    ("The agency erroneously reported the figure.", [("delegitimising", "erroneously")]),
    ("The mayor took a shot at the governor on Monday.", [("emotive", "took a shot at")]),
    ("The White House dangled a pardon in front of him.", [("emotive", "dangled")]),
    ("The party caves to pressure again.", [("pejorative", "caves")]),
    ("They threw the aide under the bus.", [("pejorative", "under the bus")]),
    ("Hail damaged cars across the county.", []),                     # the noun: weather
    # words blind readers of unseen articles named as judging (The Hill, Slate, Free Beacon, Reuters)
    ("The committee voted to release its controversial report after contentious infighting.",
     [("emotive", "controversial"), ("emotive", "infighting")]),
    ("Democrats were outraged by the unilateral decision.", [("emotive", "outraged"), ("pejorative", "unilateral")]),
    ("Some argued that Mueller is biased against Trump.", [("delegitimising", "biased")]),
    ("Was the State Dept. part of the Clinton email coverup?", [("delegitimising", "coverup")]),  # unseen CBN
    # unseen Politico article: an idiom of effort praises nobody ("tried their level best to pin it on her")
    ("Some Republican senators tried their level best to pin it on her .", []),
    # unseen Wired article (batch 67): "great" of degree or size praises nobody
    ("It should be no great surprise that Russia is trying to help .", []),
    ("The rivalry of great powers went on a great deal longer .", []),
    ("It would involve a great number of states and a great many actors .", []),  # unseen CSM column (stop 40)
    ("They are not going to let this lie . He told a lie .", [("pejorative", "lie")]),  # unseen Al Jazeera (stop 40)
    # unseen Atlantic interview (stop 40): a set of rules, not a government ("a strict regime" may be either)
    ("They want a verification regime for the sites . The regime fell .", [("pejorative", "regime")]),
    ("North Korea 's strict regime executed another official .", [("pejorative", "regime")]),  # third reading
    ("It was a great speech .", [("evaluative", "great")]),
    ("The troll farm spread a conspiratorial narrative .", [("pejorative", "troll farm"),
                                                            ("delegitimising", "conspiratorial")]),
    # unseen Newt Gingrich column (batch 68): mockery of those who look away; a virulent intolerance
    ("The elites wring their hands and hide . They bury their heads in the sand .", [
        ("mockery", "wring their hands"), ("mockery", "heads in the sand")]),
    ("We will have to eradicate this virulent intolerance after years of bloodshed .", [
        ("emotive", "virulent"), ("emotive", "bloodshed")]),
    # unseen AFP explainer (batch 70)
    ("The EU was stung into action , but the plans collapsed because of bickering between EU countries .", [
        ("mockery", "stung into action"), ("pejorative", "bickering")]),
    ("Let 's take those gripes one by one .", [("mockery", "gripes")]),  # unseen The Week column (batch 71)
    # unseen Economist, Free Beacon and American Spectator articles (batch 75); crude oil judges nothing
    ("He chose the crudest method , speaking casuistically , in a deadly-dull show of obfuscation .", [
        ("pejorative", "crudest"), ("delegitimising", "casuistically"), ("mockery", "deadly-dull"),
        ("delegitimising", "obfuscation")]),
    ("Brent crude rose 2 % .", []),  # the noun: oil
    ("They remain mum on a totalitarian state while crude oil prices rise .", [
        ("emotive", "remain mum"), ("pejorative", "totalitarian")]),
    # unseen Bret Stephens column and Media Research Center article (batch 76)
    # ("isolationist" is left out: news uses it to describe a stance, "favors a more isolationist policy")
    ("The quasi-isolationists cheered while the House of Saud was butchering journalists .", [
        ("emotive", "butchering")]),
    ("Obama passes the buck ; NBC spun the buck-passing , and Karl called out the blame game .", [
        ("mockery", "passes the buck"), ("mockery", "buck-passing"), ("mockery", "blame game")]),
    ("Exxon shifted to climate change denial after covering up the science ; Lake ripped apart the claim .", [
        ("pejorative", "climate change denial"), ("delegitimising", "covering up"), ("emotive", "ripped apart")]),
    # unseen BBC article (stop 28): where a place lies is no lie; a person's lies still are
    ("Rabia lies about 100km north-west of Mosul .", []),
    ("The president lies to his followers .", [("pejorative", "lies")]),
    # unseen Breitbart article (stop 31): a tunnel caving in is no party giving way
    ("The tunnel had caved in on him , in addition .", []),
    ("The senators caved in to the White House .", [("pejorative", "caved in")]),
    # words blind readers of unseen articles named (stop 31: Daily Caller, Townhall, The Atlantic, Vox)
    ("It is an outlandish claim .", [("mockery", "outlandish")]),
    ("Trump critics pounced on the report .", [("emotive", "pounced")]),
    ("Erdogan snickered and tossed it in the trash .", [("mockery", "snickered")]),
    ("Aides have been hemming and hawing for days .", [("mockery", "hemming and hawing")]),
    ("He bought the denials , facts be damned .", [("mockery", "facts be damned")]),
    # words blind readers of unseen articles named (stop 36: The Atlantic, The Week, NYT, The Hill, NY Post)
    ("Biden snapped at the reporter , then barked at another one after a snarling reply .", [
        ("pejorative", "snapped"), ("pejorative", "barked"), ("pejorative", "snarling")]),
    ("His muddled policy , its passivity and fecklessness , drew harsh critiques .", [
        ("emotive", "muddled"), ("pejorative", "passivity"), ("pejorative", "fecklessness"), ("emotive", "harsh")]),
    ("Senators grilled the nominee as the charge continues to dog him and his Ukraine entanglements .", [
        ("emotive", "grilled"), ("emotive", "dog"), ("emotive", "entanglements")]),
    ("Two dogs ate .", []),  # the noun, not the verb
    # (stop 36: BBC, Reuters, Washington Times)
    ("In a daring raid , and controversially , they freed him ; his aide denounced the disinformation .", [
        ("valorising", "daring"), ("emotive", "controversially"), ("delegitimising", "disinformation")]),
    ("The pre-orchestrated resignations served his carefully crafted image ; he is bent on staying .", [
        ("delegitimising", "pre-orchestrated"), ("delegitimising", "carefully crafted"), ("pejorative", "bent on")]),
    # (batch 87: Hill, National Review): "War fatigue" was an evaluative word against the United States
    ("War fatigue grew . This is a dangerous kind of solipsism ; the most salacious claims could not be verified .", [
        ("pejorative", "solipsism"), ("emotive", "salacious")]),
    ("Trump also publicly doubled down on his call .", [("emotive", "doubled down")]),  # unseen CNBC (batch 88)
    # unseen Vox article (batch 90): "an awful lot of" is degree, "woke up" waking
    ("Then an awful lot of Russians came . One day we woke up . The woke left and an awful plan .", [
        ("pejorative", "woke"), ("emotive", "awful")]),
    # unseen Vox and CBS articles (batch 90, 89)
    ("Boneheaded rebels shot it down . Brand him an old geezer with a pathological grudge .", [
        ("pejorative", "Boneheaded"), ("pejorative", "geezer"), ("pejorative", "pathological")]),
    ("Despite all its protestations , the peaceniks won .", [  # unseen NPR article (batch 89)
        ("delegitimising", "protestations"), ("pejorative", "peaceniks")]),
])
def test_speech_verbs_editorial_adverbs_labels_and_idioms(text, expected):
    spans = find_markers_in_text(text)
    assert [(s.category, s.text) for s in spans if s.kind == "loaded"] == expected


def test_the_mullahs_is_a_pejorative_name_for_irans_rulers():
    # unseen HotAir post (batch 95): "Obama won’t do anything significant to challenge the mullahs in Tehran"
    found = find_markers_in_text("Obama won't do anything to challenge the mullahs in Tehran .")
    assert [(m.category, m.text) for m in found if m.kind == "loaded"] == [("pejorative", "mullahs")]


@pytest.mark.parametrize("text, term", [
    # unseen BuzzFeed and CBN articles (batch 98): judging labels a blind reader named
    ("Trump appointed Matt Whitaker, a Trump loyalist, as acting attorney general .", "loyalist"),
    ("Iran must reduce its malign behavior in the region .", "malign"),
])
def test_loyalist_and_malign_are_pejorative(text, term):
    assert [(m.category, m.text) for m in find_markers_in_text(text) if m.kind == "loaded"] == [("pejorative", term)]


@pytest.mark.parametrize("text, valence", [
    # unseen The Week column (batch 99): the author denies the kowtowing
    ("Their cordial relationship doesn't mean Tillerson will automatically kowtow to Putin .", 0),
    ("Tillerson will not kowtow to Putin .", 0),
    ("Tillerson will kowtow to Putin .", -1),
])
def test_a_denied_loaded_act_judges_no_one(text, valence):
    assert [(m.text, m.valence) for m in find_markers_in_text(text) if m.kind == "loaded"] == [("kowtow", valence)]


@pytest.mark.parametrize("text, expected", [
    # unseen Guardian, Media Matters and NYT articles (stop 43, batch 110): judging words blind readers named
    ("Rubio used strident rhetoric to rescue his campaign .", [("emotive", "strident")]),
    ("It's all innuendo .", [("delegitimising", "innuendo")]),
    ("North Korea skirts sanctions .", [("pejorative", "skirts")]),
    # the skirt one wears; words news uses plainly, left out after a second reading ("a suspect package", "the
    # flagging economy", "mysteriously vanished")
    ("Police found a suspect package and a skirt ; the flagging economy mysteriously recovered .", []),
])
def test_strident_innuendo_skirts(text, expected):
    assert [(m.category, m.text) for m in find_markers_in_text(text) if m.kind == "loaded"] == expected
