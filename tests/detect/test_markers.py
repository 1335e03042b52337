"""Loaded terms, hedges, boosters, epistemic markers, scare quotes: seed, tricky fixtures, rates, user lexicons."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from analysis import analyze, load_article, parse_article
from analysis.detect.hedging import reject_hedge
from analysis.detect.markers import (
    LexiconEntry,
    find_markers,
    find_markers_in_text,
    load_lexicons,
    marker_rates,
    match_terms,
    term_key,
)
from analysis.detect.scare_quotes import find_quoted_phrases

# Every marker in the seed, checked by hand in reading order: (kind, category, text, voice).
# Left unflagged on purpose: "calling Washington's bluff", "tantamount to", "anti-Israel" (labels that
# describe), the approximators "largely" and "just about", and the noun "indication".
SEED_MARKERS = [
    ("epistemic", "assertive", "claimed", "author"),
    ("loaded", "loaded_cue", "claimed", "author"),  # "The Pentagon claimed": a doubting cue
    ("loaded", "valorising", "liberate", "reported"),
    ("epistemic", "assertive", "claims", "author"),
    ("loaded", "loaded_cue", "claims", "author"),   # "claims that Russia failed to restrain its allies"
    ("epistemic", "implicative", "failed to", "reported"),
    ("loaded", "emotive", "gross violation", "reported"),
    ("hedge", "appearance", "appeared to", "author"),
    ("loaded", "delegitimising", "blur the lines", "author"),  # Mattis' remarks, "an attempt to blur the lines"
    ("epistemic", "implicative", "preventing", "author"),
    ("loaded", "delegitimising", "so-called", "author"),
    ("scare_quote", "term", "‘safe zones’", "author"),
    ("loaded", "emotive", "tantamount to", "author"),  # "would be tantamount to allowing the U.S. …"
    ("epistemic", "implicative", "prevent", "author"),
    ("loaded", "delegitimising", "falsely", "author"),
    ("loaded", "delegitimising", "so-called", "author"),
    ("scare_quote", "term", "‘Shi’a crescent’", "author"),
    ("booster", "emphasis", "really", "author"),
    ("loaded", "valorising", "liberating", "author"),
    ("hedge", "possibility", "could", "author"),
    ("scare_quote", "term", "‘strobe light’", "author"),
    ("loaded", "delegitimising", "false reports", "author"),
    ("scare_quote", "name", "“Ridwan”", "quoted"),
    ("loaded", "pejorative", "proxies", "quoted"),
    ("scare_quote", "term", "“buffer zone”", "quoted"),
    ("booster", "certainty", "It is clear that", "quoted"),
    ("scare_quote", "name", "“Syrian Democratic Forces”", "quoted"),
    ("loaded", "pejorative", "proxies", "quoted"),
    ("booster", "emphasis", "indeed", "quoted"),
    ("loaded", "pejorative", "proxies", "quoted"),
    ("loaded", "pejorative", "proxies", "reported"),
    ("loaded", "emotive", "menace", "quoted"),
    ("loaded", "emotive", "human shields", "author"),
    ("scare_quote", "term", "‘moderate rebels’", "author"),
    ("loaded", "delegitimising", "misnamed", "author"),
    ("scare_quote", "name", "‘Army of Revolutionaries’", "author"),
    ("booster", "certainty", "certainly", "author"),
    ("booster", "certainty", "What’s certain is", "author"),
    ("loaded", "emotive", "blowback", "author"),
    ("hedge", "possibility", "possibly", "author"),
    ("scare_quote", "term", "‘vetted moderate rebels’", "author"),
    ("loaded", "delegitimising", "downplay", "author"),
    ("epistemic", "assertive", "implying", "author"),
    ("epistemic", "assertive", "emphasize", "author"),
    ("epistemic", "implicative", "prevent", "reported"),  # Dunford "emphasize[d] that … to prevent further incidents:"
    ("epistemic", "implicative", "prevent", "quoted"),
    ("scare_quote", "term", "‘political analyst’", "author"),
    ("epistemic", "implicative", "prevent", "reported"),  # "Rogin wrote that the U.S. must try to prevent …:"
    ("loaded", "valorising", "liberating", "reported"),
    ("loaded", "pejorative", "regime", "reported"),
    ("loaded", "pejorative", "regime", "quoted"),
    ("scare_quote", "term", "‘U.S.-supported rebels’", "author"),
    ("loaded", "valorising", "tough-as- nails", "author"),
    ("loaded", "pejorative", "neocon", "author"),
    ("loaded", "mockery", "wishful thinking", "author"),
    ("hedge", "possibility", "perhaps", "author"),
    ("epistemic", "assertive", "imagines", "author"),
    ("loaded", "mockery", "magical", "author"),
    ("loaded", "pejorative", "neocon", "author"),
    ("loaded", "emotive", "arrogance", "author"),
    ("epistemic", "implicative", "prevent", "author"),
    ("hedge", "probability", "likely", "author"),
    ("loaded", "valorising", "legitimate government", "author"),
    ("hedge", "possibility", "may", "author"),
    ("loaded", "pejorative", "carve off", "author"),  # "it cannot carve off a chunk of Syria’s sovereign territory"
    ("hedge", "probability", "likely", "author"),
]


def test_seed_markers_golden(seed_article):
    spans = find_markers(seed_article)
    assert [(s.kind, s.category, s.text, s.voice) for s in spans] == SEED_MARKERS


@pytest.mark.parametrize("kind, expected", [
    ("loaded", 31), ("hedge", 7), ("booster", 5), ("epistemic", 12), ("scare_quote", 11)])
def test_seed_counts_by_kind(seed_article, kind, expected):
    assert sum(s.kind == kind for s in find_markers(seed_article)) == expected


def test_seed_spans_carry_their_evidence(seed_article):
    for span in find_markers(seed_article):
        sentence = seed_article.sentences[span.sentence]
        assert seed_article.text[span.start:span.end] == span.text
        assert sentence.start <= span.start < span.end <= sentence.end
        assert span.voice == seed_article.voice_at(span.start)
        assert span.side is None


def test_seed_valence_and_months(seed_article):
    spans = find_markers(seed_article)
    assert {s.valence for s in spans if s.text in ("regime", "proxies", "so-called", "neocon")} == {-1}
    assert {s.valence for s in spans if s.text in ("liberate", "liberating", "legitimate government")} == {1}
    assert all(s.text != "May" for s in spans)  # "May 19", "May 21" are dates


def test_seed_caption_is_skipped(seed_article):
    caption = next(s for s in seed_article.sentences if s.kind == "caption")
    assert not [s for s in find_markers(seed_article) if s.sentence == caption.index]


def _found(text: str, kinds=("loaded", "hedge", "booster", "epistemic", "scare_quote")) -> list[tuple[str, str, str]]:
    return [(s.kind, s.category, s.text) for s in find_markers_in_text(text) if s.kind in kinds]


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("Regime, regime and the regime again.", [("loaded", "pejorative", "Regime"), ("loaded", "pejorative", "regime"),
                                                ("loaded", "pejorative", "regime")]),
    ("They called it propaganda.", [("loaded", "delegitimising", "propaganda")]),
    ("The thugs and the thug were thuggish, not athug.", [("loaded", "pejorative", "thugs"),
                                                           ("loaded", "pejorative", "thug"),
                                                           ("loaded", "pejorative", "thuggish")]),
    ("the regimen and the regimes", [("loaded", "pejorative", "regimes")]),
    ("a so-called expert", [("loaded", "delegitimising", "so-called")]),
    ("a so called expert", [("loaded", "delegitimising", "so called")]),
    ("a SO-CALLED expert", [("loaded", "delegitimising", "SO-CALLED")]),
    ("a tough-as-nails unit", [("loaded", "valorising", "tough-as-nails")]),
    ("a tough-as- nails unit", [("loaded", "valorising", "tough-as- nails")]),
    ("It was a gross violation of law.", [("loaded", "emotive", "gross violation")]),
    ("It is neocon wishful thinking.", [("loaded", "pejorative", "neocon"), ("loaded", "mockery", "wishful thinking")]),
    ("They liberate, liberated, are liberating; liberation.", [("loaded", "valorising", w) for w in
                                                               ("liberate", "liberated", "liberating", "liberation")]),
    ("The People's Liberation Army marched.", []),
    ("Liberation came at last.", [("loaded", "valorising", "Liberation")]),
    ("He called for regime change in Iran.", []),
    ("His record was at best a mixed bag.", [("loaded", "mockery", "at best")]),  # belittles: no praise (unseen Reason)
    ("Since the 2008 financial meltdown, groups withered.", []),  # a stock name (unseen Politico article)
    ("The talks were a meltdown.", [("loaded", "emotive", "meltdown")]),
    ("Fox News and guests blasted the ruling. Netanyahu blasts the deal.",
     [("loaded", "emotive", "blasted"), ("loaded", "emotive", "blasts")]),
    ("The email scandal grew.", [("loaded", "emotive", "scandal")]),
    ("Obama delivered a defiant defense Monday.", [("loaded", "emotive", "defiant")]),  # unseen Fox News article
    ("They used improvised explosive devices against soldiers.", []),
    ("The explosive report shook Washington.", [("loaded", "emotive", "explosive")]),
    ("The explosive detonated near the base.", []),  # the noun: a bomb, not a figure of speech
    ("the tax regime and the Assad regime", [("loaded", "pejorative", "regime")]),
    ("the Assad regime's army", [("loaded", "pejorative", "regime")]),
    ("Hezbollah’s proxies", [("loaded", "pejorative", "proxies")]),
    ("It is a legitimate government.", [("loaded", "valorising", "legitimate government")]),
    # unseen Chicago Tribune and Al Jazeera articles (stop 32): words blind readers named
    ("Drawing red lines is folly. The Founders wisely gave it to Congress. Sixty were martyred.",
     [("loaded", "emotive", "folly"), ("loaded", "valorising", "wisely"), ("loaded", "valorising", "martyred")]),
    # unseen Malkin and American Spectator columns (batches 77, 79): words blind readers named
    ("Unfair trade and murky deals let them slime and slander the truth-tellers .",
     [("loaded", "emotive", "Unfair"), ("loaded", "emotive", "murky"), ("loaded", "pejorative", "slime"),
      ("loaded", "delegitimising", "slander"), ("loaded", "valorising", "truth-tellers")]),
    ("They arrived under a visa-free regime .", []),  # unseen BBC article (batch 81): a rule of entry, no government
    ("Republicans have tried to derail the probe .", [("loaded", "emotive", "derail")]),  # unseen Washington Times
    # unseen NPR story (batch 80): a body slammed into a wall is no loaded word; a deal slammed is
    ("Detainees were slammed into walls . Senators slammed the deal . He is a yes-man .",
     [("loaded", "emotive", "slammed"), ("loaded", "pejorative", "yes-man")]),
    # unseen Fox and USA Today stories (batch 80)
    ("NSA leaker Snowden said you were bamboozled ; Rubio chastised them for the hyperbole .",
     [("loaded", "pejorative", "leaker"), ("loaded", "pejorative", "bamboozled"), ("loaded", "emotive", "chastised"),
      ("loaded", "delegitimising", "hyperbole")]),
])
def test_loaded_matching(text, expected):
    assert _found(text, ["loaded"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("It may rain.", ["may"]),
    ("May I ask a question?", []),  # the modal, not the month, but a question asks, it hedges no claim (stop 40)
    ("It happened in May.", []),
    ("On May 19 the talks resumed.", []),
    ("Talks resume in mid-May.", []),
    ("Talks resumed May 2017.", []),
    ("Prime Minister Theresa May said no.", []),
    # unseen New York Times article (batch 108): the period of "Mrs." made "May" open a sentence, so a hedge
    ("But after Mrs. May had new assurances from Mr. Trump , the police announced it .", []),
    ("Syria May Face New Sanctions", ["May"]),
    ("The mayor was there.", []),
    ("Attacks that could injure or kill.", ["could"]),
    ("They could not win.", []),
    ("Do you think Americans care about Ukraine?", []),  # asking for a view hedges nothing (unseen USA Today)
    ("I think Americans care.", ["think"]),
    ("Putin denied it , but Trump did n't believe him .", []),  # trusting a person hedges no claim (unseen CBN)
    ("Some believe him to be the heir.", ["believe"]),  # a claim about him is still hedged
    ("Officials believe her account is false.", ["believe"]),  # "her" here is a possessive
    ("We see contradictions between what we were led to believe and what happened.", []),  # misled (unseen CNN)
    ("Mr Trump cancelled his trip so he could focus on Syria.", []),  # a purpose (unseen BBC article)
    # unseen CNN and Fox articles: faith, impossibility, and "became apparent" (became clear) hedge nothing
    ("We stand for those things that we believe in.", []),
    ("A quick response to the attack was not possible.", []),
    ("It became apparent to all of us quickly that this was an attack.", []),
    ("The apparent suicide of the guard surprised officials.", ["apparent"]),
    ("It is possible that he left.", ["possible"]),
    ("They couldn't win.", []),
    ("They could n't win.", []),
    ("They could never win.", []),
    ("It might not work.", ["might"]),
    # unseen Chicago Tribune article (stop 32): an active "expected to" is what its subject planned
    ("He did not indicate that Congress expected to authorize the action.", []),
    ("The vote is widely expected to pass.", ["expected to"]),
    ("The measures were not expected to pass.", ["expected to"]),
    ("Russia's military might grows.", []),
    ("It is likely up to Washington.", ["likely"]),
    ("It is unlikely to pass.", ["unlikely"]),
    ("There will likely be more.", ["likely"]),
    ("It appeared to be an attempt.", ["It appeared to"]),
    ("Windows were broken , but it appeared most of the equipment remained .", ["it appeared"]),  # unseen Fox article
    ("She appears to agree.", ["appears to"]),
    ("The administration looks to be adopting a hardheaded attitude .", ["looks to be"]),  # unseen NRO column
    ("He looks tired .", []),
    ("He appeared in court on Monday.", []),
    ("The singer appeared on stage.", []),
    ("The evidence suggests a leak.", ["suggests"]),
    # unseen CSM article (stop 30): a proposal in the subjunctive hedges nothing
    ("Lieberman suggested that the UN take over responsibility for the Gaza Strip .", []),
    ("She suggested he resign .", []),
    ("The data suggest that prices rise in May .", ["suggest"]),
    ("The poll suggested that voters were angry .", ["suggested"]),
    # unseen CNBC and CBS stories (batch 67): a country proposing cuts, a company denying it suggested anything
    ("Saudi Arabia has suggested production cuts lasting nine months .", []),
    ("The company had denied suggesting missiles hit its ship .", []),
    ("The data suggest a link between the two .", ["suggest"]),
    # unseen AEI column (batch 68): a blind reader took a comparison of likelihood for a claim; WikiWeasel's experts
    # mark it as a hedge cue (a rule rejecting it lowered WikiWeasel dev F1 0.79 -> 0.78), so it stays one
    ("Young men are far more likely to be terrorists than older men .", ["more likely"]),
    # unseen Dallas Morning News editorial (batch 73): a modal of purpose weakens no claim
    ("We reflect on those who died in battle so that we might live free .", []),
    ("He saved money so that he could buy a house .", []),
    ("They cut rules so entrepreneurs and innovators could drive growth .", []),  # unseen American Spectator column
    ("350.org Executive Director May Boeve issued a statement .", []),  # unseen Democracy Now article (batch 76)
    ("That is a thought that ought to be on his mind .", []),  # unseen Bret Stephens column (batch 76): the noun
    ("I thought that he would come .", ["thought that"]),
    ("They cut rules , so growth could well follow .", ["could"]),  # "so" as "therefore": still a possibility
    ("Asked if he could guarantee it , Zuckerberg said no .", []),  # unseen Reuters story (batch 82): a question
    # unseen Intercept article (batch 79): a negated subject states that nothing could be done, as "could not" does
    ("She learned that no assistance could be provided .", []),
    ("Nobody could say why .", []),
    ("Assisting a case against him could jeopardize its status .", ["could"]),
    ("We might live free .", ["might"]),
    ("It is unclear who fired first.", ["unclear"]),
    ("He was reportedly killed.", ["reportedly"]),
    ("Thirty fighters are reported to have been killed.", ["are reported to"]),  # unseen BBC article, as "are said to"
    ("She allegedly lied.", ["allegedly"]),
    ("Perhaps Rogin imagines it.", ["Perhaps"]),
    ("possibly leading to threats", ["possibly"]),
    ("American jets may face greetings.", ["may"]),
    # unseen Newsmax/AP story (stop 30): a concessive "may" doubts nothing
    ("Do not let this battle pass you by wherever you may be .", []),
    # unseen CNN poll story (stop 30): what those polled believe is the poll's finding, no hedge by the author
    ("They are not as saddened as the leaders will let the outside world believe .", []),  # unseen Daily Wire
    ("In the poll , Americans increasingly believe the U.S. military action is going badly .", []),
    ("A growing share of the nation believes that fight is going badly , with 58 % saying so .", []),
    ("Officials believe the attack was planned .", ["believe"]),
    ("Kill him in any manner or way however it may be .", []),
    ("Washington think tankers disagree.", []),
    ("as soon as possible", []),
    ("“ Think of James Foley , ” he urged .", []),  # unseen Fox opinion article: recalling, no hedge
    ("I think the deal is dead .", ["think"]),
    ("It was a pursuit he has always doubted would succeed .", []),  # unseen NYT article: Obama's doubt, not ours
    ("We doubt it will pass .", ["doubt"]),
    ("Numerous U.S. officials have cast doubt on that promise .", []),  # unseen CNBC article: their doubt
    ("I believe deeply in providing the press as much information as possible .", []),  # unseen ABC article: a value
    ("The swap is hoped to ease tensions .", ["is hoped"]),  # unseen BBC article (batch 85)
    # unseen Washington Examiner and Washington Times articles (batches 81, 85): "appears" before how one looks
    ("Mr. Putin appears bent on weathering the storm .", ["appears"]),
    ("The senators appeared skeptical about the deal .", ["appeared"]),
    ("He appeared in court Monday .", []),
    ("I can not believe that they are including me .", []),  # unseen CNN article (batch 86): dismay, no hedge
    ("She appeared Thursday with aides .", []),
    # unseen Washington Times article (stop 40): a counterfactual says what did not happen
    ("If Romney spent the same energy fighting Obama , he could have won the race .", []),
    ("He could have fled the country .", ["could"]),
    ("If confirmed , the move might have broad effects .", ["might"]),
    # unseen Daily Kos column (stop 40): a modal opening a question asks, it hedges no claim
    ("Could you imagine Trump not ? Might we win ? He might win .", ["might"]),
    # second reading (stop 40): an open condition still hedges; so does a speculative question about a third party
    ("If the intelligence is accurate , Iran could have hidden the material .", ["could"]),
    ("If the report was accurate , Russia could have hacked the servers .", ["could"]),
    ("Had he run , he could have won .", []),
    ("Could Iran be behind the attack ?", ["Could"]),
])
def test_hedges_in_context(text, expected):
    assert [t for _, _, t in _found(text, ["hedge"])] == expected


@pytest.mark.parametrize("text, expected", [
    ("ISIS is indeed crumbling.", ["indeed"]),
    ("It is clear that the US is not ready.", ["It is clear that"]),
    ("It’s clear that they won.", ["It’s clear that"]),
    ("What’s certain is three things.", ["What’s certain is"]),
    ("What's certain is three things.", ["What's certain is"]),
    ("The Russians can certainly do it.", ["certainly"]),
    ("Damascus sent a clear signal.", []),
    ("Clearly, it failed.", ["Clearly"]),
    # unseen Newsmax article (stop 27): after its verb, "clearly" says how, not how sure
    ("We want to communicate clearly about how the Iranians should understand it.", []),
    ("It was clearly a violation.", ["clearly"]),
    ("The data shows clearly that the plan failed.", ["clearly"]),
    ("There must be clearly defined objectives.", []),  # on a modifier: how defined (unseen Chicago Tribune)
    ("Biden ricochets around town , leaving little doubt he is eyeing 2016 .", ["little doubt"]),  # unseen Politico
    # unseen FiveThirtyEight article (batch 71): a certainty denied boosts nothing; "no question that" boosts
    ("It ’s too early to draw any conclusions for sure .", []),
    ("We know for sure that he left .", ["for sure"]),
    # unseen Washington Times article (stop 40): a negation or a verb of preventing before the adverb denies it
    ("The report does not conclusively show that he lied .", []),
    ("Issues prevent us from conclusively determining that no crime occurred .", []),
    ("It clearly did not work .", ["clearly"]),
    ("I would prefer not to be in this situation at all , obviously .", ["obviously"]),  # 200-article audit
    ("This is not, obviously, a decision we take lightly.", ["obviously"]),  # set off by commas (second reading)
    ("In other words , there 's no question that Tillerson is familiar with the region .", ["no question that"]),
])
def test_boosters(text, expected):
    assert [t for _, _, t in _found(text, ["booster"])] == expected


@pytest.mark.parametrize("text, expected, cues", [
    ("She revealed the plan.", [("factive", "revealed")], []),  # endorsing cues stay epistemic markers only
    ("He claimed that it was over.", [("assertive", "claimed")], [("claimed", -1)]),
    ("They managed to escape but failed to win.", [("implicative", "managed to"), ("implicative", "failed to")], []),
    ("He pointed out the error.", [("assertive", "pointed out")], []),
    ("A study found that the drug works.", [], []),
    ("He admitted that the plan failed.", [("assertive", "admitted that")], [("admitted", -1)]),
    ("She accused him of lying to the board.", [], []),  # names the speech act: an accusation, not a doubt
    # unseen Intercept article (batch 79): "alleged" was counted twice, as a hedge and as a doubting cue
    ("Lucy Flores alleged that Biden had sniffed her hair .", [], []),
    ("He said that it was over.", [], []),  # a neutral cue is no loaded term
    # unseen NPR and Slate articles (batch 107): plain verbs for a concession and a claim are no loaded terms; a
    # cue that admits is
    ("Merkel and Hollande acknowledged that more work remains to be done .", [("assertive", "acknowledged")], []),
    ("A Washington Post report asserts that the complaint involves a promise .", [("assertive", "asserts")], []),
    ("Merkel conceded that more work remains to be done .", [], [("conceded", -1)]),
    # unseen CBN article (stop 30): a group claiming an attack is no report, so no doubting cue
    ("ISIS has claimed responsibility for a number of mass killings recently , including a truck attack in Nice , "
     "France , that left 84 dead , and the nightclub shooting in Orlando , Florida , that killed 49 people .",
     [("assertive", "claimed")], []),
])
def test_epistemic_markers_kept_apart_and_stance_cues_loaded(text, expected, cues):
    spans = find_markers_in_text(text)
    assert [(s.category, s.text) for s in spans if s.kind == "epistemic"] == expected
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == cues
    assert all(s.category == "loaded_cue" for s in spans if s.kind == "loaded")


@pytest.mark.parametrize("text, expected", [
    ("the so-called ‘Shi’a crescent’ overland", [("term", "‘Shi’a crescent’")]),
    ("the 'moderate rebels' and the \"safe zones\"", [("term", "'moderate rebels'"), ("term", '"safe zones"')]),
    ("a “buffer zone” starting here", [("term", "“buffer zone”")]),
    ("the misnamed ‘Army of Revolutionaries’ which", [("name", "‘Army of Revolutionaries’")]),
    ("the rebels' plan and the 'moderate' label", [("term", "'moderate'")]),
    ("“We will win this war, whatever it costs,” he said.", []),
    ("“No,” he said.", []),
    ("Trump said it was “a disaster” and left.", []),
    ("“Absolutely!” was the answer.", []),
    ("He scored “1” point.", []),
    ("The talks went on.\n\nBIDEN MOCKED FOR SUGGESTING RUSSIA WOULDN'T INTERFERE IN ELECTIONS 'ON MY WATCH'\n\nThe "
     "FBI left.", [("name", "'ON MY WATCH'")]),  # the quote's own opening mark is no possessive
    # unseen NPR article: American style sets the comma inside the marks; the phrase is still the author's distance
    ("The sanctions, which target Putin's “inner circle,” drew a response.", [("term", "“inner circle,”")]),
    ("“Not at all,” said the minister.", []),
    # unseen Politico article (stop 31): a nickname between a first name and a surname is no distance
    ('He met the family of Chief Warfare Operator William "Ryan" Owens on Sunday.', []),
    ('He met the so-called "Islamic State" leader.', [("name", '"Islamic State"')]),
    # unseen Vanity Fair article (stop 31): an answer quoted after a colon is someone's words
    ("Here was Sessions ’ answer : “ No . ”", []),
    # unseen Townhall article (batch 84): a chant is someone's words
    ("a country that chants “ Death to America ” on any deal", []),
    # unseen Daily Wire article (batch 97): a show after a possessive organisation of several words
    ("Stoltenberg appeared on Fox Business Network’s “Mornings with Maria” with host Maria Bartiromo.", []),
    ("Stoltenberg appeared with the “Mornings with Maria” crowd.", [("name", "“Mornings with Maria”")]),
    # unseen NYT article (batch 96): a quoted pledge, and words quoted from the letter the clause is in
    ("He left himself room to refine his past pledge against putting “boots on the ground.”", []),
    ("But in a letter to Congress, Mr. Obama envisioned limited ground action “such as rescue operations” too.", []),
    ("But in a hurry, Mr. Obama envisioned limited ground action “such as rescue operations” too.",
     [("term", "“such as rescue operations”")]),
    # unseen NYT article (stop 44, batch 114): the name a document gives someone is mentioned, not held at a distance
    ("For example, it referred to Mr. Trump not by name but as “Candidate #1,” despite noting it.", []),
    ("He referred to the “moderate” rebels again.", [("term", "“moderate”")]),
    # ... not past a clause of another verb (second reading of this change)
    ("The report refers to a new government that it portrays as “illegitimate.”", [("term", "“illegitimate.”")]),
])
def test_scare_quotes(text, expected):
    assert [(c, t) for k, c, t in _found(text, ["scare_quote"])] == expected


def test_quoted_phrases_explain_each_decision():
    article = parse_article("“No,” he said. The ‘safe zones’ failed, he said, “and the whole plan with them.” "
                            "Who asked “Why?” The ‘Free Syrian Army’ left.")
    decisions = find_quoted_phrases(article)
    assert [(q.inner, q.is_scare_quote, q.reason) for q in decisions] == [
        ("No,", False, "the quoted words of a source"),
        ("safe zones", True, "2-word term in quotes with no speaker"),
        ("and the whole plan with them.", False, "6 words: a quotation, not a phrase held at a distance"),
        ("Why?", False, "ends in ! or ?: an utterance"),
        ("Free Syrian Army", True, "3-word name in quotes with no speaker")]


def test_rejected_matches_keep_a_reason():
    reasons = {m.entry.term: m.rejected for m in match_terms("In May, regime change could not come.")}
    assert reasons["may"].startswith("month")
    assert reasons["regime change"] == "fixed phrase 'regime change' is descriptive"
    assert reasons["could"].startswith("negated modal")
    assert reject_hedge("it may rain", 3, 6, "may") is None


def test_markers_skip_captions_and_record_voice():
    article = load_article("Regime Change Ahead\n\nThe regime fell, perhaps.\n\nPhoto of the regime leader\n\n"
                           "Magnier writes:\n\nThe proxies clearly lost.\n\nThe rebels said nothing.")
    found = [(s.text, s.voice, article.sentences[s.sentence].kind) for s in find_markers(article)]
    assert ("regime", "author", "body") in found
    assert ("perhaps", "author", "body") in found
    assert ("proxies", "quoted", "block_quote") in found
    assert ("clearly", "quoted", "block_quote") in found
    assert all(kind != "caption" for _, _, kind in found)
    assert not [t for t, _, kind in found if kind == "headline"]  # "Regime Change" is the fixed phrase


def test_marker_rates():
    article = load_article("A Title Here\n\nThe regime may fall. The thugs clearly lost.\n\nHe said:\n\n"
                           "The regime is perhaps finished.")
    rates = marker_rates(article, find_markers(article))
    n_words = len(article.counted_tokens)
    n_author = sum(article.sentences[t.sentence].voice == "author" for t in article.counted_tokens)
    assert rates["loaded_per_1k_words"] == pytest.approx(1000 * 3 / n_words)
    assert rates["loaded_per_1k_words_author"] == pytest.approx(1000 * 2 / n_author)
    assert rates["hedges_per_1k_words"] == pytest.approx(1000 * 2 / n_words)
    assert rates["hedges_per_1k_words_author"] == pytest.approx(1000 * 1 / n_author)
    assert rates["boosters_per_1k_words"] == pytest.approx(1000 * 1 / n_words)
    by_category = rates["loaded_by_category_per_1k_words"]
    assert by_category["pejorative"] == pytest.approx(1000 * 3 / n_words)
    assert by_category["valorising"] == 0.0
    assert set(by_category) >= {"delegitimising", "pejorative", "valorising", "emotive", "mockery"}


def test_marker_rates_without_author_words():
    article = load_article("He said:\n\nThe regime is finished.")
    rates = marker_rates(article, find_markers(article))
    assert rates["loaded_per_1k_words_author"] == 0.0
    assert rates["loaded_per_1k_words"] > 0


def test_extra_lexicon_file_adds_terms():
    text = "The crony capitalists met the woke mob."
    assert [s.text for s in find_markers_in_text(text) if s.kind == "loaded"] == ["crony", "woke", "mob"]
    lexicons = load_lexicons(extra=FIXTURES / "markers_extra_terms.tsv")
    spans = [(s.kind, s.category, s.valence, s.text) for s in find_markers_in_text(text, lexicons)]
    assert ("loaded", "pejorative", -1, "crony capitalists") in spans
    assert ("loaded", "partisan", -1, "woke mob") in spans


def test_extra_lexicon_file_can_add_other_kinds():
    lexicons = load_lexicons(extra=[FIXTURES / "markers_extra_terms.tsv"])
    assert [(s.kind, s.text) for s in find_markers_in_text("Arguably it works.", lexicons)] == [("hedge", "Arguably")]


def test_extra_entries_from_a_notebook_override_packaged_ones():
    lexicons = load_lexicons(extra=[LexiconEntry("regime", "loaded", "label", 0, ("regime", "regimes"))])
    assert [(s.category, s.valence) for s in find_markers_in_text("the regimes", lexicons)] == [("label", 0)]


def test_replace_switches_a_lexicon_off():
    lexicons = load_lexicons(replace={"loaded": None})
    assert [s.kind for s in find_markers_in_text("The regime may fall.", lexicons)] == ["hedge"]


def test_matcher_is_compiled_once():
    assert load_lexicons() is load_lexicons()
    assert load_lexicons().pattern is load_lexicons().pattern


@pytest.mark.parametrize("raw, key", [("So-Called", "so called"), ("tough-as- nails", "tough as nails"),
                                      ("What’s  certain", "what's certain"), ("", "")])
def test_term_key(raw, key):
    assert term_key(raw) == key


def test_quote_followed_by_comma_and_speaker_is_speech_not_a_scare_quote():
    text = "Raqqa: US coalition 'wiped city off Earth', Russia says. The 'peace plan' was never going to work."
    spans = [s for s in find_markers_in_text(text) if s.kind == "scare_quote"]
    assert [s.text for s in spans] == ["'peace plan'"]


@pytest.mark.parametrize("text, reason", [
    ("Critics called the plan 'unworkable' and left.", "the words of those who called it"),
    # unseen Daily Caller article (stop 28): the parser hung the quoted predicate inside the object
    ("Iran called Israel ’ s description of Saturday ’ s chain of events “ ridiculous , ” and Syria protested .",
     "the words of those who called it"),
    ("Macron , who backs the deal , called for a “ long-term strategy ” .", "the quoted words of a source"),  # a demand
    ("In January, 37% of respondents believed it was “justified.”", "the words of those who believed it"),
    ("They were thinking the plan was “perfect” all along.", "the words of those who thinking it"),
    ("The report cited “McGahn’s clear recollection” that the president directed him.",
     "the words of those who cited it"),  # unseen Reuters article
    # unseen NYT article
    ("Tillerson characterized the strike as an “overwhelming success” on Friday.",
     "the quoted words of a source"),  # "characterize" is a reporting verb too
    # unseen BBC and CNN articles: a feeling expressed, an order told
    ("During a phone call with President Hassan Rouhani , Mr Macron expressed his `` strong concern '' about the "
     "consequences .", "the words of those who expressed it"),
    ("Al Qaeda leader Ayman al-Zawahiri tells operatives in Yemen to `` do something ''",
     "the quoted words of a source"),  # an order told is now an attribution whose content holds the quotation
    # unseen CSM article: any reporting verb holds its object's words; an infinitive's speaker is its governor's
    ("Mr. Cameron for his part decried the “ brutal conflict ” that has left some 80,000 dead .",
     "the words of those who decried it"),
    ("Cameron went so far as to call Secretary of State John Kerry ’ s recent talks with Putin a “ breakthrough ” in "
     "an interview .", "the words of those who call it"),
    # unseen Washington Free Beacon article
    ("In response to the cancelation of the event , PYM blamed `` Zionist organizations '' for mounting a campaign .",
     "the words of those who blamed it"),
    # unseen Fox article (stop 27): a quoted phrase inside what "according to" attributes is the sources' words
    ("The U.S. attorney is “ very dialed in , ” according to multiple sources familiar with the matter .",
     "the quoted words of a source"),
    # unseen Newsmax article: the words of a question put to the speaker
    ("Asked about `` escalatory actions , '' Pompeo replied that he would not talk about it .",
     "the words of those who asked it"),
    # unseen CNN article (stop 29): a participle clause's words are its governor's subject's
    ("The United Arab Emirates ' foreign ministry hit Biden with a sharply formulated statement Saturday , expressing "
     "its `` astonishment '' at the vice president 's remarks .", "the words of those who expressing it"),
    # unseen CSM column (stop 29): the object of a verb of believing is the believers' view
    ("Israel and Saudi Arabia had a chance to mobilize against what they consider a “ failed ” deal .",
     "the words of those who consider it"),
    # known unfixed "quoted phrases after non-cue verbs" (stop 28's note): verbs that voice a view hold it too
    ("In a speech , the governor outlined a “ bold new vision ” for the state .", "the words of those who outlined it"),
    ("The senator mocked the plan as “ dead on arrival ” on Friday .", "the words of those who mocked it"),
    # unseen CBN article (stop 29): a quotation in a cue's own prepositional phrase is the cue's source's words
    ("It demands a halt to `` all Israeli settlement activities , '' and a vote .", "the words of those who demands it"),
    # unseen Washington Times article (stop 29): what one names something as
    ("President Trump named the European Union , Russia and China as “ foes ” of the U.S. on Sunday .",
     "the words of those who named it"),
    # unseen Fox article (stop 29): the letter's words
    ("Last week , Trump sent a letter to Erdogan encouraging him to “ work out a good deal , ” and left .",
     "the words of those who encouraging it"),
    # unseen Salon column (stop 29): a quoted phrase inside a noun of speech is that speech's
    ("But his souped-up rhetoric of “ degrading ” ISIS of late is no longer heard .", "words of the rhetoric"),
    ("She repeated her promise of a “ quick win ” on Friday .", "words of the promise"),
    ("Trump also tweeted out his praise for the “ many great reporters . ”", "words of the praise"),  # unseen Fox
    ("Bolton and Pompeo have in recent months spoken stridently about Iran and its `` malign activities '' .",
     "the words of those who spoken it"),
    # unseen Townhall article: the words of the one who slammed something as them
    ("Senator Ted Cruz slammed President Obama 's handling of ISIS as `` unserious . ''",
     "the words of those who slammed it"),
])
def test_words_given_as_someones_answer_or_name_for_a_thing_are_theirs(text, reason):
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article(text))
    assert not phrase.is_scare_quote and phrase.reason.startswith(reason)


@pytest.mark.parametrize("text, fmt, reason", [
    ("He appeared on “Meet the Press” and said little.", "txt", 'a title (after "on")'),
    # unseen Townhall article (stop 31)
    ("Giuliani joined Maria Bartiromo on “Mornings With Maria” on Monday .", "txt", 'a title (after "on")'),
    ("The senator told NBC’s “Meet the Press” that he would vote no.", "txt", 'a title (after "told")'),
    ("Her book “Hard Choices” sold well.", "txt", "a title (names a book)"),
    ("Agents bundled her husband into a vehicle marked “Sebin” and sped off.", "txt", 'a title (after "marked")'),
    ("Pickering spoke on CNN and CBS ' “ Face the Nation ” .", "txt", "a title (an organisation's show"),
    ("Host Mika spoke in the “Morning Joe” segment.", "txt", "a title (names a segment)"),
    ("The senator said it on “Charlie Rose” last week.", "txt", 'a title (after "on")'),
    # unseen USA Today article (stop 46, batch 118): a title opening with a number
    ('In an interview, which aired Sunday night on "60 Minutes," Trump said little.', "txt", 'a title (after "on")'),
    # found on an unseen Politico article
    ("The last video on its website is a 2010 clip from MSNBC’s “Hardball.”", "txt",
     "a title (an organisation's show or publication"),
    # unseen IBT article, in a tokenised corpus's spacing: the joined possessive leaves a space before the quote
    ("On CBC ’ s “ Face the Nation ” Sunday , Gates defended the administration .", "txt",
     "a title (an organisation's show or publication"),
    ("<html><body><article><h1>Deal holds</h1><p>In a column, the writer praised <em>“Fire and Fury”</em> as a sign "
     "of the times, while the critics of the deal waited in every corner of the capital city today.</p><p>More text "
     "follows here about the deal and what it means for everyone involved.</p></article></body></html>", "html",
     "a title (in italics on the page)"),
])
def test_a_quoted_title_is_no_scare_quote(text, fmt, reason):
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article(text, fmt=fmt))
    assert not phrase.is_scare_quote and phrase.reason.startswith(reason)


def test_a_scare_quote_opening_with_a_number_is_a_term():
    # a second reading of stop 46: a number may open a title, but a scare quote so opened stays a term, and counts
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article("The Kremlin held a “100 Percent Legal” referendum in Crimea."))
    assert phrase.is_scare_quote and phrase.category == "term"
    (nickname,) = find_quoted_phrases(parse_article("Headline\n\nThe rapper Curtis “50 Cent” Jackson met Trump."))
    assert not nickname.is_scare_quote and nickname.reason.startswith("a nickname")


@pytest.mark.parametrize("text", ["They joined the “Syrian Democratic Forces” last year.",
                                  "He led the “Army of Revolutionaries” into town.",
                                  "Critics mocked the “Freedom Caucus” plan.",
                                  "The US declared war on “Islamic State” fighters.",
                                  "The bombs fell on “Moderate Opposition” positions.",
                                  "Thousands died in Putin's “Special Military Operation” last year."])
def test_a_quoted_group_name_stays_a_scare_quote(text):
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article(text))
    assert phrase.is_scare_quote and phrase.category == "name"


def test_a_quote_in_a_headline_that_reports_speech_is_no_scare_quote():
    # unseen Daily Wire headline (batch 97): the second quote of "X Says … And Trump’s ‘Message Is Having An Impact’"
    from analysis.detect.scare_quotes import find_quoted_phrases

    article = parse_article("NATO Head Says He And Trump Are ‘Concerned About The Same Things,’ And Trump’s ‘Message "
                            "Is Having An Impact’\n\nThe alliance met on Thursday.\n")
    assert not any(phrase.is_scare_quote for phrase in find_quoted_phrases(article))


def test_a_quote_in_the_headline_is_no_scare_quote():
    from analysis.detect.scare_quotes import find_quoted_phrases

    article = parse_article("Americans Now Believe Probe Was ‘Politically Motivated’\n\nA poll says so.\n")
    (phrase,) = find_quoted_phrases(article)
    assert not phrase.is_scare_quote and phrase.reason.startswith("the quoted words of a source")
    assert article.voice_at(article.text.index("Politically")) == "quoted"  # someone's words, not the author's


@pytest.mark.parametrize("text, expected", [
    ("The minister gave a superb speech to an outstanding crowd.", [("superb", 1), ("outstanding", 1)]),
    ("The minister gave a wonderful speech.", []),                   # 2.7: below the threshold
    ("“It was a superb speech,” the minister said.", []),            # quoted voice: the minister's word
    ("The attack killed 12 people and wounded 30.", []),             # news describes a casualty count
    ("The list named 78 terrorist attacks.", []),                    # news describes an attack as terrorist
    ("She studies at Liberty University.", []),                      # part of a name
    ("The plan is brutal and cruel.", []),                           # listed loaded terms already (emotive)
    ("Staff attended anti-racism training.", []),                    # part of a hyphenated compound
    ("His best hope may be Venezuela.", []),                          # a plain superlative (unseen Fox story)
])
def test_evaluative_words_from_the_valence_lexicon(text, expected):
    spans = find_markers_in_text(text)
    assert [(s.text, s.valence) for s in spans if s.category == "evaluative"] == expected


def test_evaluative_words_can_be_switched_off():
    assert not [s for s in find_markers_in_text("A superb speech.", evaluative=False) if s.category == "evaluative"]


def test_a_lexicon_entry_with_a_part_of_speech_rejects_the_other_sense():
    from analysis.detect.markers import match_terms
    from analysis.detect.senses import pos_rejection

    article = parse_article("Critics slammed the plan. It was a grand slam for the team.")
    loaded = [s.text for s in find_markers(article) if s.kind == "loaded"]
    assert loaded == ["slammed"]
    noun = next(m for m in match_terms(article.text) if article.text[m.start:m.end] == "slam")
    assert pos_rejection(article, noun) == "part of speech NN is not the lexicon's verb"


@pytest.mark.parametrize("text, expected", [
    # unseen CBN article (stop 30): "inspiring" attacks prompts them, it praises nothing
    ("Headline\n\nIslamic terror group is working on inspiring and launching terrorist attacks around the world .\n",
     []),
    ("Headline\n\nIt was an inspiring speech .\n", ["inspiring"]),
])
def test_inspiring_praises_only_as_an_adjective(text, expected):
    assert [s.text for s in find_markers(parse_article(text)) if s.kind == "loaded"] == expected


def test_the_additions_beyond_the_hand_lexicon_can_be_left_out(seed_article):
    from analysis import analyze

    added = [s for s in analyze(seed_article).spans if s.category in ("evaluative", "loaded_cue")]
    assert [s.text for s in added] == ["claimed", "claims"]
    assert not [s for s in analyze(seed_article, evaluative=False).spans if s.category in ("evaluative", "loaded_cue")]


@pytest.mark.parametrize("text", ["“Hostage” is not my word, but it fits the case.",
                                  "“Hostage” isn’t my word, but it fits the case.",
                                  "Officials avoided the word “invasion” all week.",
                                  "The term ‘collusion’ appears nowhere in the statute.",
                                  "‘Regime’ was their label for the government.",
                                  # unseen CSM column (stop 40): a slogan named as one
                                  "Hardliners want a return to the “Death to America” slogan.",
                                  "They chanted “Death To America” Slogans.", "Many used the “resist” hashtag."])
def test_a_word_mentioned_as_a_word_is_no_scare_quote(text):
    """Use and mention: a quote named as a word or term ("the word “X”", "“X” is not my word") is talked about,
    not held at a distance."""
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article(text))
    assert not phrase.is_scare_quote and phrase.reason.startswith("a word mentioned as a word")


def test_a_quotation_that_labels_a_noun_after_a_verb_of_voicing_is_no_ones_words():
    # third second reading of stop 42: "shouted “anti-government” slogans" names the slogans, it voices no words
    text = "Demonstrators shouted “anti-government” slogans outside the palace ."
    assert [(s.kind, s.text) for s in find_markers_in_text(text) if s.kind == "scare_quote"] == [
        ("scare_quote", "“anti-government”")]


@pytest.mark.parametrize("text", ["The ‘moderate rebels’ were the word on every lip in Washington.",
                                  "The regime's “revolutionary” slogans ring hollow."])  # a judgement (second reading)
def test_a_quote_near_but_not_named_a_word_stays_a_scare_quote(text):
    from analysis.detect.scare_quotes import find_quoted_phrases

    (phrase,) = find_quoted_phrases(parse_article(text))
    assert phrase.is_scare_quote


def test_a_headline_verb_in_title_case_keeps_its_part_of_speech():
    """The tagger reads "Castigates" in a title-case headline as a name; a present-tense verb form there still
    counts, while "Slam" in "The Grand Slam Final" stays a noun."""
    found = [s.text for s in find_markers(parse_article("Alice Smith Castigates Bob Jones\n\nShe spoke on Monday.\n"))
             if s.kind == "loaded"]
    assert found == ["Castigates"]
    assert not [s for s in find_markers(parse_article("The Grand Slam Final\n\nShe won on Monday.\n"))
                if s.kind == "loaded"]


def test_a_loaded_word_inside_the_authors_scare_quotes_is_not_the_authors():
    # unseen Washington Free Beacon article (batch 75): "laws against “gay propaganda”" gave the author "propaganda"
    text = "VK\n\nVK complies with Russian laws against “ gay propaganda , ” which prohibit content . The regime fell .\n"
    spans = find_markers(parse_article(text))
    assert [(s.kind, s.text, s.voice) for s in spans if s.kind in ("loaded", "scare_quote")] == [
        ("scare_quote", "“ gay propaganda , ”", "author"), ("loaded", "propaganda", "quoted"),
        ("loaded", "regime", "author")]


def test_a_denied_label_judges_no_one():
    # unseen Vox article (batch 82): "not a Trump lackey" was a negative term for Wray
    spans = find_markers_in_text("He will be a leader and not a Trump lackey . He is no hero . The thugs attacked .")
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == [("lackey", 0), ("hero", 0), ("thugs", -1)]


def test_a_name_given_in_quotes_is_no_scare_quote_and_an_imperative_believe_no_hedge():
    # unseen Hill and National Review articles (batch 87); CBS News (batch 89): "referred to as", "author of"
    text = ("The dossier is sometimes known as the “ Steele dossier . ” Prigozhin is often referred to as “ Putin ’s "
            "chef . ” Carlin , author of “ Dawn of the Code War , ” spoke . The so-called “ moderate rebels ” fled . "
            "If "
            "you want that , then believe that the US is insulated . Believe me , it works . Officials believe it "
            "failed .")
    assert [(s.kind, s.text) for s in find_markers_in_text(text) if s.kind in ("scare_quote", "hedge")] == [
        ("scare_quote", "“ moderate rebels ”"), ("hedge", "believe")]


def test_a_view_given_with_to_is_no_scare_quote_and_a_sources_words_quoted_again_are_that_sources():
    # unseen USA Today and CNBC articles (batch 88): Bolton's "drug deal" in "To Bolton, …" was the author's scare
    # quote; Trump's "happened in China", echoed from his own quote, was tied to China
    text = ("Headline\n\nOn Thursday, Trump told reporters that \" China should start an investigation, because what "
            "happened in China is bad .\" It was not immediately clear what Trump believes \"happened in China\" "
            "related to the Bidens. To former adviser John Bolton, the scheme was a “drug deal.” To the surprise of "
            "many, the “reform” failed. To placate Trump, aides drafted a “compromise” plan. Trump said “we want peace "
            "now.” Later Rouhani unveiled his “peace” plan.\n")
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Trump"]}, {"name": "China", "aliases": ["China"]}])
    assert [(s.text, s.side, s.tie) for s in result.spans if s.kind == "scare_quote"] == [
        ('"happened in China"', "Trump", "the source's words again"), ("“reform”", None, None),
        ("“compromise”", None, None), ("“peace”", None, None)]  # not a purpose's "To …", nor one common word


def test_a_phrase_quoted_again_from_a_source_on_no_side_is_tied_to_no_side():
    # Townhall article (stop 40): "merely “abandon Maliki.”" repeats a tweet's words and was tied to Maliki
    text = ("Headline\n\nIt may be welcome news:\n\nA coup would make things easy. Abandon Maliki and deal with the "
            "Kurds — Allahpundit (@allahpundit) August 10, 2014\n\nBut it isn't enough to merely \"abandon Maliki.\" "
            "The US must act.\n")
    result = analyze(text, sides=[{"name": "Maliki", "aliases": ["Maliki"]}])
    assert [(s.text, s.side, s.tie) for s in result.spans if s.kind == "scare_quote"] == [
        ('"abandon Maliki."', None, "the source's words again")]
    # grammar still ties an echo to the side it belongs to (second reading, stop 40)
    result = analyze("Headline\n\nA federal judge wrote that the policy was “arbitrary and capricious.” The ruling was "
                     "a blow to Trump's “arbitrary and capricious” travel ban.\n", sides=[{"name": "Trump",
                                                                                   "aliases": ["Trump"]}])
    assert [(s.side, s.tie) for s in result.spans if s.kind == "scare_quote"] == [("Trump", "possessor")]


def test_a_short_quotation_set_as_its_own_paragraph_is_a_heading_in_quoted_voice_not_a_scare_quote():
    # unseen Al Jazeera article (stop 40): the section heading 'Extremely serious' (a source's words) was a scare quote
    from analysis.detect.scare_quotes import find_quoted_phrases

    article = parse_article("Title\n\n'Extremely serious'\n\nChina accused India. The clash was 'serious' for both."
                            "\n\n'WITCH HUNT'\n")
    assert [(p.inner, p.is_scare_quote) for p in find_quoted_phrases(article)] == [
        ("Extremely serious", False), ("serious", True), ("WITCH HUNT", False)]
    assert [article.voice_at(article.text.index(w)) for w in ("Extremely", "WITCH")] == ["quoted", "quoted"]
    # a whole short sentence after a speaker's paragraph still continues the speaker (second reading, stop 40)
    said = analyze("Vote\n\nJohnson said the vote was a turning point. “I have never seen anything like it,” he said."
                   "\n\n“This changes everything.”\n\nHe did not elaborate.\n").attributions
    assert [a.words_quoted for a in said if a.cue == "said" and a.source == "he"] == [10]


def test_not_known_for_a_trait_is_no_hedge():
    # unseen NYT article (batch 88): "Not known for warm relations with foreign leaders, Mr. Obama …"
    text = ("Not known for warm relations , Mr. Obama had difficulty . The cause is not known . It is not known for "
            "sure . It was not known for how long they would stay .")
    assert [s.text for s in find_markers_in_text(text) if s.kind == "hedge"] == ["not known"] * 3


def test_conventional_might_is_strength_not_a_hedge():
    # unseen NPR article (batch 89)
    text = "Showing conventional might has become counterproductive . Russia might strike ."
    assert [s.text for s in find_markers_in_text(text) if s.kind == "hedge"] == ["might"]
    assert [s.start for s in find_markers_in_text(text) if s.kind == "hedge"] == [text.index("might strike")]


def test_possible_after_a_superlative_is_degree_not_a_hedge():
    # unseen Christian Science Monitor article (batch 90): "a price quote “in the shortest possible time”"
    text = ("He asked for it in the shortest possible time . Send it as soon as possible . A possible deal is near . "
            "An honest possible deal .")
    assert [text[s.start - 2:s.end] for s in find_markers_in_text(text) if s.kind == "hedge"] == [
        "A possible", "t possible"]
    # unseen Daily Caller article (batch 116): "has taken every possible step to provide documentation" says how far
    text = "It has taken every possible step . Every possible deal was met . It is possible . Is it at all possible"
    assert [text[s.start - 6:s.end] for s in find_markers_in_text(text) if s.kind == "hedge"] == [
        "It is possible", "t all possible"]  # "at all possible" still doubts (a second reading, stop 45)


def test_a_denied_evaluative_word_judges_no_one_and_than_it_appears_is_no_hedge():
    # unseen Politico and Goldberg articles (batch 91): "he hasn't been successful" was praise; "isn't a great
    # argument" too; "less serious than it appears at first blush" a hedge
    text = ("He hasn't been successful on most issues . That isn't a great argument . The regime is not corrupt . He "
            "was successful . It is not just the regime that failed . It is less serious than it appears at first "
            "blush . It appears that he left .")
    spans = find_markers_in_text(text)
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == [
        ("successful", 0), ("great", 0), ("regime", -1), ("corrupt", 0), ("successful", 1), ("regime", -1)]
    assert [s.text for s in spans if s.kind == "hedge"] == ["It appears"]


def test_a_loaded_word_in_an_embedded_question_judges_no_one():
    # unseen BBC article (batch 92): "looking into whether President Donald Trump lied" was the author's pejorative
    # term for Trump; the question asserts nothing. A condition's verb and a plain statement still judge.
    spans = find_markers_in_text("Investigators are looking into whether Trump lied to Mueller . Reporters asked if "
                                 "the plan was reckless . Trump lied to Congress . If he lied , he should resign .")
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == [("lied", 0), ("reckless", 0), ("lied", -1),
                                                                           ("lied", -1)]
    # only the question's verb or predicate: a label inside the question still judges
    spans = find_markers_in_text("They asked whether the reckless policy works .")
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == [("reckless", -1)]


def test_murder_is_a_harm_told_not_an_evaluative_word():
    # unseen Daily Beast article (batch 92): "a murdered 27-year-old DNC staffer" was a negative evaluative term for
    # the Democrats; like "killed", a murder is a harm told (a role), and the hand lexicon keeps "murderous"
    spans = find_markers_in_text("A murdered staffer was found . The murderous gang fled .")
    assert [(s.text, s.category) for s in spans if s.kind == "loaded"] == [("murderous", "emotive")]


def test_loaded_words_the_batch_92_readers_named():
    # unseen Townhall and Daily Beast articles (batch 92): missed judging words in the author's voice
    spans = find_markers_in_text("His remarks were fanatically hostile . They used the purloined emails . He gave an "
                                 "ebullient speech . He repeated the canards . Intransigence grew .")
    assert [(s.text, s.category, s.valence) for s in spans if s.kind == "loaded"] == [
        ("fanatically", "pejorative", -1), ("purloined", "emotive", 0), ("ebullient", "valorising", 1),
        ("canards", "delegitimising", -1), ("Intransigence", "pejorative", -1)]


def test_technical_malice_a_lie_detector_and_an_infinitive_to_be_clear_are_no_markers():
    # a second reading of batches 92-93: "malicious software" is a security term, "lie detector" a device, and "the
    # rules to be clear" an infinitive; the aside "to be clear" and "malicious intent" stay
    spans = find_markers_in_text("Hackers used malicious software . The malware spread malicious code . He passed a "
                                 "lie detector test . He wants the rules to be clear . It was , to be clear , not "
                                 "hacked . To be clear , it failed . His malicious intent was plain .")
    assert [(s.kind, s.text) for s in spans if s.kind in ("loaded", "booster")] == [
        ("booster", "to be clear"), ("booster", "To be clear"), ("loaded", "malicious")]


def test_markers_the_batch_93_readers_named():
    # unseen Wired and Mother Jones articles (batch 93): "to be clear" (a booster), "Trump's Latest Lie" (the noun;
    # "lie on the table" is no judgement), "misrepresented the list" and "it would hardly [be] controversial" (a
    # denial: the word judges no one) were missed or misread. "arguably", which the reader named, stays out: no
    # expert of WikiWeasel or SFU marks it (8 false hedges on their dev halves)
    spans = find_markers_in_text("It could arguably help . It was , to be clear , not hacked . He told a lie . The "
                                 "books lie on the table . Paul misrepresented the list . It is hardly a controversial "
                                 "step . He is hardly a hero .")
    assert [(s.kind, s.text, s.valence) for s in spans if s.kind != "epistemic"] == [
        ("hedge", "could", 0), ("booster", "to be clear", 0), ("loaded", "lie", -1),
        ("loaded", "misrepresented", -1), ("loaded", "controversial", 0), ("loaded", "hero", 0)]
    # a second reading: "could hardly (not) be more brutal" says the most brutal there is
    spans = find_markers_in_text("The gang could hardly be more brutal . The gang could not be more brutal .")
    assert [(s.text, s.valence) for s in spans if s.kind == "loaded"] == [("brutal", -1), ("brutal", -1)]


def test_a_hedge_or_booster_inside_a_whether_clause_is_part_of_the_question():
    # unseen Washington Times article (batch 93): "mixed messages about whether Washington believes Assad definitely
    # must surrender power" counted a hedge and a booster of the author's
    spans = find_markers_in_text("They differ about whether Washington believes Assad definitely must go . It is "
                                 "unclear whether Russia knew . Officials believe it clearly failed .")
    assert [(s.kind, s.text) for s in spans if s.kind in ("hedge", "booster")] == [
        ("hedge", "unclear"), ("hedge", "believe"), ("booster", "clearly")]
    # a second reading: a clause joined after the question is the author's again, however long the subject
    spans = find_markers_in_text("Nobody asked whether they knew but they almost certainly did . It is unclear "
                                 "whether Russia knew and it probably never will be . They asked whether the long "
                                 "and winding list of twenty-two unnamed officials definitely knew .")
    assert [(s.kind, s.text) for s in spans if s.kind in ("hedge", "booster")] == [
        ("booster", "certainly"), ("hedge", "unclear"), ("hedge", "probably")]


def test_not_really_softens_and_boosts_nothing():
    # unseen Guardian article (batch 94): "Has Sessions been suspected of having Russia ties before? Not really."
    # counted a booster; "not actually much meat" (a dev half's gold device) still insists
    spans = find_markers_in_text("Has he had ties before ? Not really . There is not actually much meat . It really "
                                 "is bad .")
    assert [s.text for s in spans if s.kind == "booster"] == ["actually", "really"]


def test_hedges_the_batch_104_readers_named():
    # unseen Reuters article: "could no longer discuss it" is inability; "whether Trump aides colluded with alleged
    # Russian efforts" hedges the efforts, which the question takes as given; Vox: "wasn’t a possibility" denies
    spans = find_markers_in_text("The two could no longer discuss it . The probe asks whether aides colluded with "
                                 "alleged Russian efforts . The action wasn’t a possibility . A deal is a possibility "
                                 ". They asked whether Russia could win .")
    assert [(s.kind, s.text) for s in spans if s.kind == "hedge"] == [("hedge", "alleged"), ("hedge", "possibility")]


def test_a_loaded_word_inside_any_quotation_marks_is_not_the_authors():
    # unseen USA Today article (batch 105): 'In his speech …, Trump denounced Pyongyang's "reckless" pursuit' -- no
    # scare quote (Trump's word, from the speech the sentence is about), yet "reckless" counted as the author's
    article = parse_article("Title\n\nIn his speech Tuesday to the General Assembly, Trump denounced Pyongyang's "
                            "\"reckless\" pursuit of nuclear weapons. The reckless plan failed.\n")
    assert [(s.text, s.voice) for s in find_markers(article) if s.kind == "loaded"] == [
        ("reckless", "quoted"), ("reckless", "author")]


def test_a_self_described_label_is_its_bearers_words_not_a_scare_quote():
    # unseen New York Post article (stop 43, batch 113): "Stone, the Richard Nixon-obsessed, self-described “dirty
    # trickster,” was accused of lying" counted the quote as the author's distance
    text = ("Headline\n\nStone, the Richard Nixon-obsessed, self-described “dirty trickster,” was accused of lying. The "
            "“experts” failed.\n")
    assert [s.text for s in analyze(text).spans if s.kind == "scare_quote"] == ["“experts”"]
