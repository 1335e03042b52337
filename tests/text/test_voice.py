"""One voice for every character: the three commonest quote forms, nesting, and every count reading it."""

from __future__ import annotations

import pytest

from analysis import analyze, parse_article
from analysis.detect.attribution import find_attributions
from analysis.detect.markers import marker_rates
from analysis.present import charts
from analysis.result import quoted_word_share


def voices(text: str, *words: str) -> list[str]:
    article = parse_article(text)
    return [article.voice_at(text.index(w)) for w in words]


@pytest.mark.parametrize("text", [
    '"We will not back down," Pelosi said. "The House has spoken."',
    '"We will not back down," Pelosi said, "the House has spoken."',
    'Pelosi said: "We will not back down. The House has spoken."',
])
def test_the_three_quote_forms_are_quoted_voice_with_their_source(text):
    assert voices(text, "We will", "back down", "House has") == ["quoted"] * 3
    assert voices(text, "Pelosi") == ["author"]
    (pelosi,) = find_attributions(parse_article(text))
    assert (pelosi.source, pelosi.cue, pelosi.kind) == ("Pelosi", "said", "direct")


def test_an_editors_note_in_square_brackets_keeps_the_quotation_open():
    # unseen Daily Kos column (stop 40): the note's own marks split the shout, so "God is great!" was the author's
    # and "Those who pledged allegiance" an attribution
    text = ("The killer had shouted in Arabic: “God is great! [NOTE: “Allahu Akbar”] Those who pledged allegiance to "
            "Muhammad for jihad. God is great!” Trump released a statement.")
    assert voices(text, "God is", "Allahu", "Those who", "jihad", "Trump") == ["quoted"] * 4 + ["author"]
    assert [(a.source, a.cue) for a in find_attributions(parse_article(text))] == [("The killer", "shouted")]


def test_a_quotation_after_an_ad_slot_continues_the_speaker_before_it():
    # unseen Hill article (stop 40): the spokesperson's second paragraph, after "ADVERTISEMENT", had no speaker
    text = ("“Mr. Prince cooperated completely with the investigation,” a spokesperson for Prince told ABC.\n\n"
            "ADVERTISEMENT\n\n“Mr. Prince has a lot of opinions about the various investigations, but they are "
            "important and serious.”\n")
    (said,) = find_attributions(parse_article(text))
    assert said.words_quoted == 24 and voices(text, "a lot of") == ["quoted"]  # 7 words, then 17


def test_reported_speech_is_the_sources_voice():
    text = "The Russians denied the claim, calling the strike a gross violation of Syria's sovereignty."
    assert voices(text, "gross violation", "Russians") == ["reported", "author"]
    # found on an unseen USA Today article: the parser reads the predicate noun as a second object
    text = "On Saturday , Pompeo responded by calling Kelly a liar and suggesting she was unable to point out Ukraine ."
    assert voices(text, "liar", "Pompeo") == ["reported", "author"]


def test_a_quotation_inside_a_quotation_belongs_to_its_inner_speaker_once():
    text = '"When he told me the deal was dead, I believed him," Smith said of the senator.'
    article = parse_article(text)
    smith, senator = sorted(find_attributions(article), key=lambda a: a.source != "Smith")
    assert senator.source == "he" and article.voice_span_at(text.index("deal")).speech == senator.speech
    assert article.voice_span_at(text.index("believed")).speech == smith.speech
    words = smith.words_attributed + senator.words_attributed
    assert words == sum(article.voice_at(t.start) != "author" for t in article.tokens)  # no word twice


def test_single_quotes_of_a_tokenised_page_close_after_a_space():
    # unseen Daily Mail article (batch 69): "'It was … a little while , ' Trump said" was the author's voice, and
    # "they 're" opened a quotation
    text = ("Headline\n\n'It was unconventional what I did . I said they 're going to have to fight a little while , ' "
            "Trump said .\n\nSDF fighters have 'yet to respond ' to the rebels ' attacks , Hawar News reported .\n")
    assert voices(text, "unconventional", "Trump", "Hawar") == ["quoted", "author", "author"]
    assert [(q.mark, text[q.start:q.end]) for q in parse_article(text).quotations] == [
        ("single", "'It was unconventional what I did . I said they 're going to have to fight a little while , '"),
        ("single", "'yet to respond '")]


def test_a_quotation_holding_another_cues_quotation_is_still_its_speakers():
    # 200 unlabeled AllSides articles: once the inner single quote was found, the outer quotation lost its "she wrote"
    text = ("Headline\n\nThe White House statement `` mentions that it aimed at 'deterring future Iranian attack "
            "plans , ' '' she wrote .\n")
    assert [(a.source, a.cue) for a in find_attributions(parse_article(text))] == [
        ("The White House statement", "mentions"), ("she", "wrote")]


FIXTURE = ('Critics called the regime brutal. "This is a disgraceful sham," the senator said. '
           'The disgraceful vote, he said, was a sham. The disgraceful plan failed.')


def test_a_quotation_ending_in_an_inner_quote_continues_its_speaker():
    # unseen NPR article (batch 116): "“My answer is, ‘Yes.’ ”" after Senn's quotation was the author's, with two
    # scare quotes
    text = ('Olympics\n\n"I am frequently asked, \'Must politics be a part of the Games?\' " Alfred Senn once wrote. '
            '"My answer is, \'Yes.\' "\n\nThe games went on.\n')
    result = analyze(text)
    answer = text.index("My answer")
    assert result.article.voice_at(answer) == "quoted"
    assert [s.text for s in result.spans if s.kind == "scare_quote"] == []
    assert [(a.source, a.cue) for a in result.attributions if a.cue == "wrote"] == [("Alfred Senn", "wrote")]


def test_every_count_reads_the_one_voice():
    result = analyze(FIXTURE, sides=[{"name": "Regime", "aliases": ["regime"]},
                                     {"name": "Senate", "aliases": ["senator"]}])
    article = result.article
    for span in result.spans:
        assert span.voice == article.voice_at(span.start), span
    # "disgraceful" three times: quoted, reported, the author's own.
    assert [s.voice for s in result.spans if s.text == "disgraceful"] == ["quoted", "reported", "author"]
    tokens = article.counted_tokens
    author_words = sum(article.voice_at(t.start) == "author" for t in tokens)
    n_author_loaded = sum(s.kind == "loaded" and s.voice == "author" for s in result.spans)
    assert marker_rates(article, result.spans)["loaded_per_1k_words_author"] == pytest.approx(
        1000 * n_author_loaded / author_words)
    assert quoted_word_share(article) == pytest.approx(
        sum(article.voice_at(t.start) == "quoted" for t in tokens) / len(tokens))
    assert article.words_by_voice == {v: sum(article.voice_at(t.start) == v for t in tokens)
                                      for v in ("author", "quoted", "reported")}
    assert charts.voice_word_counts(result) == {"author": author_words, "quoted": len(tokens) - author_words}
    for sentence in article.sentences:
        words = [article.voice_at(t.start) for t in article.tokens if t.sentence == sentence.index]
        assert sentence.voice == max(("author", "quoted", "reported"), key=words.count)
    for label in result.labels:
        assert label["voice"] == article.voice_at(label["start"])


def test_he_takes_the_previous_subject_the_tagger_calls_a_common_noun_org():
    """The small model tags "Trump" NN and ORG here; "He" opening the next sentence is still Trump, not the
    nearest PERSON (Comey)."""
    text = ("Comey was fired. Trump has long denounced the investigations in Congress and the FBI as “fake news.” "
            "He insisted there was no proof.")
    sides = [{"name": "Trump", "aliases": ["Trump"]}, {"name": "FBI", "aliases": ["Comey", "FBI"]}]
    assert [(a.source, a.cue, a.side) for a in analyze(text, sides=sides).attributions] == [
        ("Trump", "denounced", "Trump"), ("He", "insisted", "Trump")]


def test_a_transcripts_turns_are_their_speakers_words():
    # unseen Media Matters article (stop 27): a TV transcript ("DOOCY : Well , …") was all the author's voice
    text = ("Hosts defend the president\n\nCitation From the June 30 edition of Fox & Friends\n\n"
            "BRIAN KILMEADE ( CO-HOST ) : This is playing politics with intelligence .\n\n"
            "AINSLEY EARHARDT : Well , this is not anything new .\n\n"
            "The point here is , it does n't get to the president 's desk .\n\n"
            "ABC NEWS ' JONATHAN KARL : So the demand was part of the reason ?\n\n"
            "DOOCY : Well , according to The New York Times , it was in his briefing .\n\n"
            "UPDATE : The network did not respond .\n")
    article = parse_article(text)
    turns = [(text[s.source[0]:s.source[1]], len(s.content)) for s in article.speeches if s.rule == "transcript turn"]
    assert turns == [("BRIAN KILMEADE", 1), ("AINSLEY EARHARDT", 2), ("ABC NEWS ' JONATHAN KARL", 1), ("DOOCY", 1)]
    assert article.voice_at(text.index("The point")) == "quoted"       # the speaker goes on
    assert article.voice_at(text.index("Citation")) == "author"
    assert article.voice_at(text.index("The network")) == "author"     # a label that is no name
    assert article.voice_at(text.index("in his briefing")) == "reported"  # nested: the Times' words


def test_one_capitalised_label_is_no_transcript():
    text = "Headline\n\nEXCLUSIVE INTERVIEW : The senator spoke to us on Monday .\n\nShe left early .\n"
    assert not [s for s in parse_article(text).speeches if s.rule == "transcript turn"]


def test_an_adverb_of_hearsay_is_the_authors_hedge_inside_the_clause_it_reports():
    # unseen NY Post, NYT and HotAir articles (stop 27): "Giuliani allegedly used Parnas …" took the hedge out of the
    # author's voice, so no sentence about Giuliani's side counted as hedged
    text = ("Headline\n\nGiuliani allegedly used Parnas as his fixer . “ The militants reportedly demanded a ransom , ” "
            "he said .\n")
    article = parse_article(text)
    assert [article.voice_at(text.index(word)) for word in ("Giuliani", "allegedly", "used", "reportedly")] == [
        "reported", "author", "reported", "quoted"]  # inside a quotation it stays the speaker's


def test_a_short_quotation_whose_speaker_says_we_is_speech_not_a_scare_quote():
    # unseen Economist article (batch 75): "because “we have had enough revolutions.”" was read as a scare quote
    text = ("Putin\n\n“ The president is the guarantor of the constitution , ” he said , “ or the guarantor of "
            "evolutionary development. ” Evolutionary , because “ we have had enough revolutions. ” The “ reforms ” "
            "passed .\n")
    result = analyze(text)
    assert result.article.voice_at(text.index("revolutions")) == "quoted"
    assert [s.text for s in result.spans if s.kind == "scare_quote"] == ["“ reforms ”"]
    text = "Film\n\n“ I was right , ” Trump said on Monday .\n\n“ We Were Soldiers ” is his favourite film .\n"
    assert analyze(text).article.voice_at(text.index("Soldiers")) == "author"  # a title, not his words


def test_a_paragraph_that_opens_with_a_turn_may_hold_more_turns():
    # unseen Daily Wire article (batch 97): "BARTITOMO: … STOLTENBERG: …" in one paragraph was the author's voice
    text = ("Headline\n\nStoltenberg had the following exchange with Bartiromo:\n\n"
            "BARTIROMO: Is this true you and President Trump are close? STOLTENBERG: We work closely together. We "
            "are worried about terrorism. BARTIROMO: And will they meet the target? STOLTENBERG: Yes, by 2024.\n\n"
            "President Trump has long expressed frustration.\n")
    article = parse_article(text)
    turns = [(text[s.source[0]:s.source[1]], text[s.content[0][0]:s.content[0][1]]) for s in article.speeches
             if s.rule == "transcript turn"]
    assert turns == [("BARTIROMO", "Is this true you and President Trump are close?"),
                     ("STOLTENBERG", "We work closely together. We are worried about terrorism."),
                     ("BARTIROMO", "And will they meet the target?"), ("STOLTENBERG", "Yes, by 2024.")]
    assert article.voice_at(text.index("worried")) == "quoted"
    assert article.voice_at(text.index("long expressed")) == "author"


def test_a_capitalised_label_inside_a_paragraph_is_no_turn():
    text = "Headline\n\nThe talks ended. NOTE: The senator left early. She spoke later.\n\nHe stayed.\n"
    assert not [s for s in parse_article(text).speeches if s.rule == "transcript turn"]
