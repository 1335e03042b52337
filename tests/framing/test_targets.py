"""What a framing device is about: the parse-based tie rules, one tricky sentence each, and the cases where
the right answer is no side (never the nearest mention)."""

from __future__ import annotations

import pytest

from analysis import analyze, parse_article
from analysis.framing.sides import find_mentions, load_sides
from analysis.framing.targets import Mentions, tie

SIDES = load_sides([{"name": "Rebels", "aliases": ["rebels", "Free Army", "Rogin"]},
                    {"name": "Government", "aliases": ["Damascus", "Assad"]}])


def tied(text: str, device: str) -> tuple[str | None, str | None]:
    article = parse_article(text)
    start = article.text.index(device)
    return tie(article.doc, start, start + len(device), Mentions(find_mentions(article, SIDES)))


@pytest.mark.parametrize("text, device, expected", [
    ("Damascus mocked the so-called ‘Free Army rebels’ of the north.", "‘Free Army rebels’",
     ("Rebels", "mention inside")),
    # unseen New York Post column (batch 107): a charge against a side held in scare quotes is about that side
    # (GUIDELINES 5); the tone does not count it against the side (tests/framing/test_tone.py)
    ("The narrative of “Assad collusion with Moscow” was pure fiction .", "“Assad collusion with Moscow”",
     ("Government", "mention inside")),
    ("The court heard of a “conspiracy of cooperation” between Assad and Moscow .", "“conspiracy of cooperation”",
     ("Government", "between")),
    ("The narrative of “Assad diplomacy” was pure fiction .", "“Assad diplomacy”", ("Government", "mention inside")),
    ("Assad 's “maximum pressure” campaign failed .", "“maximum pressure”", ("Government", "possessor")),
    ("The rebels liberated the town; the brutal regime of Assad fled.", "liberated",
     ("Rebels", "subject of the clause")),
    ("The rebels liberated the town; the brutal regime of Assad fled.", "brutal", ("Government", "of object")),
    ("The rebels liberated the town; the brutal regime of Assad fled.", "regime", ("Government", "of object")),
    ("Damascus's so-called reforms failed.", "so-called", ("Government", "possessor")),
    ("Assad spoke at length. Nobody doubted his brutal arrogance.", "brutal", ("Government", "possessive pronoun")),
    # unseen National Review editorial (stop 31): "His" on the first subject continues the previous subject, "He"
    ("Assad spoke . He avoids missteps , such as firing Josh Rogin , when his aides ignore him . His dishonesty "
     "creates dilemmas .", "dishonesty", ("Government", "possessive pronoun")),
    ("Rogin’s notion represents neocon wishful thinking.", "neocon", ("Rebels", "predicate of the subject")),
    ("Assad is reckless.", "reckless", ("Government", "predicate of the subject")),
    # unseen Vox article (batch 108): a prepositional predicate was tied to no side
    ("This is not the first time Assad has seemed to be at odds with or out of touch with his own ministers .",
     "out of touch", ("Government", "predicate of the subject")),
    ("Assad seemed out of touch with voters on Tuesday .", "out of touch", ("Government", "predicate of the subject")),
    ("It is clear that Damascus lied.", "clear", ("Government", "predicate of the subject")),
    ("Clearly, and beyond doubt; Damascus lost.", "Clearly", ("Government", "subject of the clause")),
    ("Damascus may retaliate against the town.", "may", ("Government", "subject of the clause")),
    # CBN gold (dev4): "In fact, he says it could take decades" qualifies the clause of "he", Obama
    ("Assad spoke . In fact , he says it could take decades .", "In fact", ("Government", "subject of the clause")),
    ("Of course , the rebels lost the town .", "Of course", ("Rebels", "subject of the clause")),
    # unseen Chicago Tribune article (batch 98): a strike the rebels press for a vote ahead of is not theirs
    ("The rebels press for a vote ahead of a possible strike .", "possible", (None, None)),
    ("The rebels were grilled about possible collusion .", "possible", ("Rebels", "subject of the clause")),
    ("The rebels face possible fines .", "possible", ("Rebels", "subject of the clause")),
    ("The rebels falsely claimed victory.", "falsely", ("Rebels", "subject of the clause")),
    ("The rebels were brutally attacked by Damascus.", "brutally", ("Government", "subject of the clause")),
    ("The strike was a disaster for the rebels.", "disaster", ("Rebels", "aimed at")),
    # unseen CSM column (stop 40): "the French hard line on Iran's … program" is France's, not Iran's
    ("The French hard line on Assad's program created skepticism.", "hard line", (None, None)),
    ("The devastating Palestinian barrage on Damascus went on.", "devastating", ("Government", "aimed at")),  # a deed
    ("Saudi hostility toward Damascus has grown reckless.", "reckless", (None, None)),  # a stance of Saudi Arabia's
    # unseen CBN article (stop 40): an appositive labels the side it stands beside, not its own possessor
    ("Rogin, Assad's “most important ally”, abandoned the policy.", "“most important ally”", ("Rebels", "appositive")),
    # … but only the noun's own words, not a side inside the appositive (third reading)
    ("Hezbollah, Lebanon's brutal militia backed by Damascus, fired rockets.", "brutal", (None, None)),
    # unseen USA Today article (batch 88): a possessive in an opening phrase is the subject's after it
    ("Assad spoke on Monday . In his reckless speech on Tuesday , Rogin attacked the press .", "reckless",
     ("Rebels", "possessive pronoun")),
    ("Rogin was killed on Monday . After his brutal murder , Assad denied any role .", "brutal",  # not the subject's
     ("Rebels", "possessive pronoun")),
    ("Assad spoke at length . His own generals brutally deserted him .", "brutally",  # (it recursed: second reading)
     ("Government", "subject of the clause")),
    # unseen National Review article (batch 87): "on the part of X" names whose failing it is
    ("The damage of a persistent incompetence on the part of Damascus has made it weaker .", "incompetence",
     ("Government", "of object")),
    # whose wording: the quote is the reporting verb's subject's words, or the maker's of the noun it labels
    ("It fell to what Damascus calls ‘moderate rebels’.", "‘moderate rebels’", ("Government", "whose wording")),
    ("Assad said the ‘moderate rebels’ had fled.", "‘moderate rebels’", ("Government", "whose wording")),
    ("Assad issued another ‘historic’ decree on the rebels.", "‘historic’", ("Government", "whose wording")),
    ("Nobody read the ‘historic’ report the rebels published.", "‘historic’", ("Rebels", "whose wording")),
    # the subject's own act, product or lot: the object of a verb of making or having, not the side it is aimed at
    ("Assad waged a brutal campaign against the rebels.", "brutal", ("Government", "the subject's own")),
    ("Assad's forces carried out a brutal attack on the rebels.", "brutal", ("Government", "the subject's own")),
    ("The brutal offensive that Assad launched failed.", "brutal", ("Government", "the subject's own")),
    ("Assad is having a lousy 2015.", "lousy", ("Government", "the subject's own")),
    # unseen Daily Caller article (stop 31): statements one gives are one's own
    ("Assad appears to have given misleading statements to the public .", "misleading",
     ("Government", "the subject's own")),
    ("Assad declared a self-styled caliphate .", "self-styled", ("Government", "the subject's own")),  # unseen Newsmax
    # unseen Democracy Now article (batch 76): the possessor of a role in an act does the act
    ("Damascus faces lawsuits over its role in covering up the attack .", "covering up",
     ("Government", "subject of the clause")),
    # unseen Economist article (batch 75): a definition one lays out is one's own
    ("Assad laid out an extensive , self-serving definition of his role .", "self-serving",
     ("Government", "the subject's own")),
    ("Assad has a ruthless rival in the north.", "ruthless", (None, None)),  # having another actor: not his own
    ("Rogin is among those leveling such allegations.", "allegations", ("Rebels", "the subject's own")),
    # a hedge on a noun with no owner: the actor of the claim it qualifies
    ("Investigators examined possible collusion between the rebels and Damascus.", "possible", ("Rebels", "between")),
    ("Assad lost the vote. He faces possible fines.", "possible", ("Government", "subject of the clause")),
    # the antecedent "Assad" lies inside the longer mention "Assad's"
    ("Assad's term is ending. He will possibly resign.", "possibly", ("Government", "subject of the clause")),
    # a pronoun subject that stands for an actor is resolved, not read as "it is clear that …"
    ("Damascus issued a statement. It claims the rebels lied.", "claims", ("Government", "subject of the clause")),
    # a second adjective or noun in a coordination has the first one's place
    ("Assad's regime is ruthless and cruel.", "cruel", ("Government", "predicate of the subject")),
    ("Assad is a thug and a liar.", "liar", ("Government", "predicate of the subject")),
    # the one a noun labels comes before the name on it (unseen NRO column, stop 29: "Obama was a Russian stooge",
    # "It effectively made itself a liar for the Russians")
    ("Put it together : Rogin was a Damascus stooge .", "stooge", ("Rebels", "predicate of the subject")),
    ("Rogin spoke . He effectively made himself a liar for Damascus .", "liar", ("Rebels", "predicate of the subject")),
    # a definite description repeats an earlier noun phrase ("the report", "the senator" after "Sen. Rogin")
    ("Assad launched an inquiry. The alleged inquiry failed.", "alleged", ("Government", "definite description")),
    ("Damascus opened a sham inquiry.", "sham", ("Government", "the subject's own")),
    ("Assad, a ruthless autocrat, spoke. The autocrat is cruel.", "cruel", ("Government", "predicate of the subject")),
    ("Kentucky Sen. Rogin spoke. The Kentucky senator slammed the bill.", "slammed",
     ("Rebels", "subject of the clause")),
    ("Sen. Rogin spoke. The Ohio senator slammed the bill.", "slammed", (None, None)),  # another senator
    # unseen CSM column (stop 29): "the regime" repeats the nearest earlier country's name
    ("It ignores the politics of Damascus by treating the regime as a unitary actor .", "regime",
     ("Government", "definite description")),
    # unseen Fox article (stop 29): a noun on the description must stand in the phrase it repeats
    ("Vice President Rogin met President Assad . The vice president slammed the bill .", "slammed",
     ("Rebels", "subject of the clause")),
    ("Assad issued a report. Rogin wrote a report. The report is bogus.", "bogus",
     ("Rebels", "predicate of the subject")),  # the nearest earlier one
    ("Assad issued a report. Rogin read a report. The report is bogus.", "bogus", (None, None)),  # not Rogin's
    ("Assad issued a report. The report that Rogin read is bogus.", "bogus", (None, None)),  # its own clause says which
    ("The ruthless autocrat jailed critics. Assad spoke.", "ruthless", (None, None)),  # no earlier autocrat
    # an epithet never used before names the person named last (unseen Townhall article: "… Maduro after the
    # dictator moved to …"); not an event noun, and not a person named two sentences back
    ("New sanctions hit President Bashar Assad after the dictator moved troops.", "dictator",
     ("Government", "definite description")),
    ("New sanctions hit President Bashar Assad after the brutal crackdown began.", "brutal", (None, None)),
    ("President Bashar Assad spoke. Rain fell. Snow fell. The dictator left.", "dictator", (None, None)),
    # nor two sentences back (second reading, stop 43: the speaker himself, "Juan Guaido spoke …. He called for new
    # elections. The dictator, he said, must go.")
    ("Rogin spoke in Caracas. He called for new elections. The dictator, he said, must go.", "dictator",
     (None, None)),
    # what a verb of calling or seeing says of its object ("call X ruthless", "X is seen as ruthless")
    ("Critics call the rebels ruthless.", "ruthless", ("Rebels", "described")),
    ("Assad is widely seen as ruthless.", "ruthless", ("Government", "described")),
    ("Critics see Assad as a ruthless autocrat.", "ruthless", ("Government", "described")),
    ("Critics branded Rogin a war criminal.", "criminal", ("Rebels", "described")),
    ("The rebels, whom Assad calls terrorists, fled.", "terrorists", ("Rebels", "described")),
    ("Assad bombed the town as a brutal warning.", "brutal", (None, None)),  # bombing says nothing of the town
    # a quotation with its cue after it, with no subordinator: the cue's subject's wording
    ("Rogin ‘brazenly’ broke the law, Damascus says.", "‘brazenly’", ("Government", "whose wording")),
    ("Rogin 'Brazenly' Broke The Law, Damascus Says In Memo", "'Brazenly'", ("Government", "whose wording")),
    ("When Rogin ‘brazenly’ broke the law, Damascus spoke.", "‘brazenly’", ("Rebels", "subject of the clause")),
    # no side: the device is about nobody the sides file names, however close a mention stands
    ("A Times report of Assad's crimes was bogus.", "bogus", (None, None)),  # a name on no side owns the report
    ("Reuters' flawed account of Assad's crimes was read.", "flawed", (None, None)),
    ("The regime is weak. Damascus said nothing.", "regime", (None, None)),
    ("Assad's forces advanced as the rebels, exhausted, fled the brutal shelling.", "brutal", (None, None)),
    ("Damascus bombed the hapless town.", "hapless", (None, None)),  # the town is the patient, not Damascus's own
    ("The rebels pushed the hapless conscripts back.", "hapless", (None, None)),
    ("An inquiry revealed lapses at Damascus last year.", "revealed", (None, None)),  # a reporting verb: its source's
    # a modifier of a predicate noun is its owner's (a second reading of stop 44's change, which tied it to the subject)
    ("Damascus's biggest problem is Rogin's disastrous policy.", "disastrous", ("Rebels", "possessor")),
    # unseen Vox column (stop 46, batch 118): what one has as a disposition, or engages in, is one's own
    ("One is that Assad has a curious and wrongheaded affection for the rebels .", "wrongheaded",
     ("Government", "the subject's own")),
    ("The other is that Assad has engaged in scandalous conduct .", "scandalous", ("Government", "the subject's own")),
    ("Assad had a terrible problem with the weather .", "terrible", (None, None)),
    ("Assad has enthusiastic support among the rebels .", "enthusiastic", (None, None)),  # others' (a second reading)
    ("Assad has a strange admiration for the rebels .", "strange", ("Government", "the subject's own")),
    ("Assad has a wrongheaded support for the rebels .", "wrongheaded", ("Government", "the subject's own")),
    ("The vote was unfair and rigged by Assad .", "rigged", ("Government", "subject of the clause")),
])
def test_tie_rules(text, device, expected):
    assert tied(text, device) == expected


def test_his_can_be_a_surname_the_tagger_calls_an_organisation():
    # found on an unseen Axios article: "his" went past "Trump" (tagged ORG) to "Rick Perry" in the headline
    text = ("Scoop: Trump pins Ukraine call on Energy Secretary Rick Perry\n\nPer the sources , Trump rattled off the "
            "same things he has been saying publicly — that his disastrous call with Zelensky was fine and he did "
            "nothing wrong .\n")
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Trump"]}, {"name": "Perry", "aliases": ["Perry"]}])
    assert [(s.text, s.side, s.tie) for s in result.spans if s.kind == "loaded"] == [
        ("disastrous", "Trump", "possessive pronoun")]


def test_a_doubting_cue_with_no_source_judges_no_side_and_a_headlines_trailing_cue_is_read():
    # unseen Guardian article (stop 32): "allegations" (a loaded cue, whose accusers are unnamed) was a negative term
    # for Moscow, the one who dismissed them; the headline ", Microsoft says" left its claim in the author's voice
    text = ("Russian hackers targeting conservative US thinktanks, Microsoft says\n\nMoscow has repeatedly dismissed "
            "allegations that it has used hackers to influence US elections .\n")
    result = analyze(text, sides=[{"name": "Russia", "aliases": ["Moscow", "Russian hackers"]},
                                  {"name": "Microsoft", "aliases": ["Microsoft"]}])
    # one marker, the hedge: a word that is a hedge and a doubting cue is no second, loaded, marker (batch 79)
    assert [(s.text, s.kind, s.side) for s in result.spans if s.text == "allegations"] == [
        ("allegations", "hedge", "Russia")]
    assert not [s for s in result.spans if s.kind == "loaded"]
    assert [(a.source, a.cue, a.side, a.sentence) for a in result.attributions][0] == (
        "Microsoft", "says", "Microsoft", 0)
    assert result.article.voice_at(text.index("targeting")) == "reported"


def test_a_noun_two_sides_share_is_neither_sides():
    # found on an unseen NYT article: "Russian and American forces" gave Russia the label "forces"
    text = ("Strike\n\nThe strike demonstrated the potential dangers of Russian and American forces operating in "
            "proximity. As many as 100 Russian troops were stationed at the base.\n")
    result = analyze(text, sides=[{"name": "US", "aliases": ["American"]}, {"name": "Russia", "aliases": ["Russian"]}])
    assert [(row["term"], row["side"]) for row in result.labels] == [("troops", "Russia")]


def test_an_evaluation_of_the_manner_of_an_act_is_about_its_doer():
    # found on an unseen Daily Kos article: "reckless" was tied to no side
    text = ("Wreck\n\nDonald Trump retains the ability to undo decades of international policy on a whim , an ability "
            "he continues to use with reckless abandon .\n")
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Donald Trump", "Trump"]}])
    assert [(s.text, s.side, s.tie) for s in result.spans if s.kind == "loaded"] == [
        ("reckless", "Trump", "predicate of the subject")]
    text = "Wreck\n\nTrump acted with a reckless disregard for life and ruled with brutal methods .\n"
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Donald Trump", "Trump"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("reckless", "Trump"), ("brutal", "Trump")]
    # unseen Independent Journal Review article (batch 74): the thing one goes ahead "with" is no manner
    text = ("Bills\n\nSenate Majority Leader Mitch McConnell has refused to push forward with election meddling "
            "bills .\n")
    result = analyze(text, sides=[{"name": "GOP", "aliases": ["Mitch McConnell"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("meddling", None)]
    # unseen NPR article (stop 43, batch 110): whom one deals "with" is no manner ("must deal with a new government
    # in Egypt" gave the U.S. the label "government")
    text = "Mess\n\nNow , Trump must deal with a new government in Egypt and ruled with a brutal hand .\n"
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Trump"]}])
    assert [row["term"] for row in result.labels] == []
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("brutal", "Trump")]
    text = "Mess\n\nPelosi negotiated with radical Republicans for weeks .\n"  # whom, in the plural
    result = analyze(text, sides=[{"name": "Pelosi", "aliases": ["Pelosi"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("radical", None)]
    text = "Mess\n\nTrump worked with reckless abandon .\n"  # a manner still, with no determiner
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Trump"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("reckless", "Trump")]


def test_a_scare_quoted_noun_with_no_owner_is_about_the_subject_of_its_clause():
    # found by a blind reading of an unseen Daily Kos article: "“cooperation”" was tied to no side
    text = ("Deal\n\nWhile Trump 's negotiation team walked out of South Korean talks to give one of our closest "
            "military allies `` time to reconsider '' their situation , South Korean officials appear to have done "
            "exactly that . Soon after the suspension of talks , South Korea signed a new defense agreement with China "
            ", moving to establish stronger military communications to boost `` cooperation '' between them .\n")
    # (the article's "agreeing to establish …" makes the quoted word the words of those agreeing: no scare quote)
    result = analyze(text, sides=[{"name": "South Korea", "aliases": ["South Korea", "South Korean"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "scare_quote"] == [
        ("“ time to reconsider ”", None), ("“ cooperation ”", "South Korea")]


def test_person_epithets_file_states_source_and_licence():
    from analysis.lexicon import read_header, read_word_list

    assert "Source" in read_header("person_epithets.txt") and "Licence" in read_header("person_epithets.txt")
    assert "dictator" in read_word_list("person_epithets.txt") and "regime" not in read_word_list("person_epithets.txt")


def test_it_after_a_countrys_behaviour_is_the_country():
    # unseen Newsmax column (batch 99): "It's belligerent" after "China's behavior" was tied to no side
    text = ("Cotton and the Journal are not wrong in their characterization of China's behavior .\n\nIt's belligerent "
            "toward its neighbors and hostile toward the United States .")
    result = analyze(text, sides=[{"name": "China", "aliases": ["China"]}, {"name": "Hawks", "aliases": ["Cotton"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("belligerent", "China")]


def test_his_in_a_fronted_adjunct_looks_forward_to_the_subject():
    # unseen USA Today article (batch 105): "After criticism from former Obama administration officials for his
    # aggressive rhetoric, Trump took a shot …" tied "aggressive" to Obama
    text = ("Headline\n\nTrump spoke at the UN on Tuesday .\n\nAfter criticism from former Obama administration "
            "officials for his aggressive rhetoric, Trump took a shot at his Democratic challenger .\n")
    result = analyze(text, sides=[{"name": "Trump", "aliases": ["Trump"]}, {"name": "Obama", "aliases": ["Obama"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded" and s.text == "aggressive"] == [
        ("aggressive", "Trump")]
    # a person named ahead of the pronoun in the adjunct is still whom it stands for
    result = analyze("Headline\n\nAfter Obama defended his reckless policy, Trump left .\n",
                     sides=[{"name": "Trump", "aliases": ["Trump"]}, {"name": "Obama", "aliases": ["Obama"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("reckless", "Obama")]


def test_his_in_a_fronted_phrase_is_no_places():
    # second reading of batch 105: "After years of condemnation for his brutal crackdown, Washington imposed …"
    result = analyze("Headline\n\nAssad clung to power in 2019 .\n\nAfter years of international condemnation for his "
                     "brutal crackdown on dissent , Damascus imposed new rules .\n",
                     sides=[{"name": "Assad", "aliases": ["Assad"]}, {"name": "Syria", "aliases": ["Damascus"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded" and s.text == "brutal"] == [
        ("brutal", "Assad")]


def test_his_in_a_fronted_phrase_is_a_titled_subjects():
    # unseen National Review article (my own check, stop 41): "Amid a surge in domestic discontent with his regime, the
    # Russian president is moving …" left "regime" untied after a caption naming Putin
    text = ("Headline\n\nRussian President Vladimir Putin takes part in a video conference call in Moscow, June 30, "
            "2020. (Sputnik/Alexei Druzhinin/Kremlin via Reuters)\n\nAmid a surge in domestic discontent with his "
            "regime, the Russian president is moving to tighten his grip on the country.\n")
    result = analyze(text, sides=[{"name": "Kremlin", "aliases": ["Putin", "Russian president"]}])
    assert [(s.text, s.side) for s in result.spans if s.kind == "loaded"] == [("regime", "Kremlin")]
