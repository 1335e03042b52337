"""The article model: offsets, sentences, voice, headline and captions, formats and bad input."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SEED

from analysis import ArticleError, analyze, load_article, parse_article
from analysis.detect.attribution import find_attributions
from analysis.text.decode import normalize_text

# Checked by hand against the seed file: 44 sentences, 19 paragraphs, one caption.
SEED_QUOTED_SENTENCES = [14, 15, 16, 17, 19, 25, 26, 27, 28, 35, 36, 37]
# Mostly someone's reported words: the Pentagon's claim (1, all but its first four words), the Russians' dispute
# (2), Damascus's threat inside Magnier's quote (18), the RT report of Dunford (29), the rebel leader inside Rogin's
# quote (34).
SEED_REPORTED_SENTENCES = [1, 2, 18, 29, 33, 34]  # 33: "Rogin wrote that the U.S. must try …:", his words


def test_seed_sentence_count(seed_article):
    assert len(seed_article.sentences) == 44
    assert len(seed_article.counted_sentences) == 43  # the photo caption is left out
    assert len(seed_article.paragraphs) == 19


def test_seed_headline(seed_article):
    headline = seed_article.sentences[0]
    assert headline.kind == "headline"
    assert (headline.start, headline.end) == (0, 70)
    assert seed_article.title == "Syraq SITREP 15: Russian Flags Fluttering in the Syraqi Border Breeze?"


def test_seed_first_and_last_sentence_offsets(seed_article):
    text = seed_article.text
    first = seed_article.sentences[1]
    assert first.start == 72
    assert text[first.start:first.end].startswith("The Pentagon claimed that the Syrians")
    assert text[first.start:first.end].endswith("an agreed upon deconfliction zone.")
    last = seed_article.sentences[-1]
    assert text[last.start:last.end].startswith("Whether that will include Russian fighter patrols")
    assert last.end == len(text.rstrip())


def test_seed_offsets_index_the_file_content(seed_article):
    raw = SEED.read_text(encoding="utf-8")
    assert len(seed_article.text) == len(raw)
    assert seed_article.text == normalize_text(raw) == raw.replace("\u00a0", " ")  # the seed has NBSPs
    for sentence in seed_article.sentences:
        assert normalize_text(raw[sentence.start:sentence.end]) == sentence.text
    for token in seed_article.tokens:
        assert raw[token.start:token.end] == token.text


def test_an_ellipsis_before_a_word_that_opens_a_sentence_ends_one():
    # unseen The Week column (stop 32): "Some say" took the clause before the ellipsis as what "some" say
    article = parse_article("He said , “ This cycle must end and ideally will end soon… Some say the Russians wo n't be "
                            "reasonable . ” The warning … Trump ignored it .")
    assert [s.text for s in article.sentences] == [
        "He said , “ This cycle must end and ideally will end soon…", "Some say the Russians wo n't be reasonable . ”",
        "The warning … Trump ignored it ."]


def test_a_short_quotation_the_sentence_goes_on_after_ends_no_sentence_inside_it():
    # unseen CNBC article (batch 109): 'chanted "Modi! Modi!" and munched' was split after the first "Modi!", and the
    # second half read "Modi" as the chant's speaker
    text = ('Headline\n\nSupporters waved flags , chanted "Modi! Modi!" and munched on snacks . The crowd cheered . '
            'He said : "We won! They lost." Then he left .\n')
    assert [s.text for s in parse_article(text).sentences][1:] == [
        'Supporters waved flags , chanted "Modi! Modi!" and munched on snacks .', "The crowd cheered .",
        'He said : "We won!', 'They lost."', "Then he left ."]


def test_messrs_ends_no_sentence():
    # unseen Wall Street Journal article (stop 32): "whether he might fire Messrs. | Rosenstein or Mueller"
    article = parse_article("Trump addressed whether he might fire Messrs. Rosenstein or Mueller. He did not.")
    assert [s.text for s in article.sentences] == ["Trump addressed whether he might fire Messrs. Rosenstein or "
                                                    "Mueller.", "He did not."]


def test_a_title_split_from_its_period_ends_no_sentence():
    text = "“ My story has never changed , ” Mr . Sessions responded . Gen . Smith agreed ."
    assert normalize_text(text) == text.replace("Mr . ", "Mr.  ").replace("Gen . ", "Gen.  ")
    article = parse_article(text)
    assert [s.text for s in article.sentences] == ["“ My story has never changed , ” Mr.  Sessions responded .",
                                                    "Gen.  Smith agreed ."]
    assert len(article.text) == len(text)


def test_initials_and_plural_titles_split_from_their_period_end_no_sentence():
    # found on unseen Townhall, USA Today and Vox articles: "Reps.", "Sens ." and "U.S . Ambassador" split sentences
    text = ("As part of that pressure campaign , Trump ousted former U.S . Ambassador Marie Yovanovitch . "
            "Reps. Adam Schiff and Elliot Engel wrote a letter . Only two Senate Democrats oppose the deal : Sens . "
            "Chuck Schumer and Bob Menendez . It landed in the U.S . The vote is close . He is the group 's No . 2 "
            "leader .")
    assert [s.text for s in parse_article(text).sentences] == [
        "As part of that pressure campaign , Trump ousted former U.S.  Ambassador Marie Yovanovitch .",
        "Reps. Adam Schiff and Elliot Engel wrote a letter .",
        "Only two Senate Democrats oppose the deal : Sens.  Chuck Schumer and Bob Menendez .",
        "It landed in the U.S .", "The vote is close .", "He is the group 's No.  2 leader ."]
    assert len(parse_article("The deal was signed by the U.S . Iran said it would comply .").sentences) == 2
    # unseen Independent Journal Review and Psypost articles (batch 74): "Sec ." and a middle initial split a sentence
    text = ("They wrote to Treasury Sec . Mnuchin & Sec . of State Pompeo . It was written by Christopher A . Bail and "
            "Brian Guay . They chose Plan B . It failed .")
    assert [s.text for s in parse_article(text).sentences] == [
        "They wrote to Treasury Sec.  Mnuchin & Sec.  of State Pompeo .",
        "It was written by Christopher A.  Bail and Brian Guay .", "They chose Plan B .", "It failed ."]
    # a capital after a word that is no first name ends its sentence (second reading of this stop's diff)
    assert len(parse_article("They chose Plan B . Democrats objected . He fought in World War I . Historians "
                             "disagree .").sentences) == 4
    # unseen Frank Bruni column (batch 77): a question set off by dashes ends no sentence
    assert len(parse_article("The farther they travel from it — eight witnesses next week ? — the more they risk . "
                             "— The End .").sentences) == 2
    # unseen Media Research Center article (batch 76): "at the top of the 8 a.m . ET hour" split a sentence
    assert len(parse_article("At the top of the 8 a.m . ET hour CBS brought on Ryan . He spoke at 9 a.m . Then he "
                             "left .").sentences) == 3


def test_a_split_contraction_is_joined_and_a_negated_question_reports_nothing():
    text = "So why doesn ’ t Paul reveal the name himself ? I ’ m sure ."
    assert normalize_text(text) == "So why doesn’t   Paul reveal the name himself ? I’m   sure ."
    assert normalize_text("the letter ' d ' is silent") == "the letter ' d ' is silent"  # a quoted letter stays
    assert normalize_text("He said he can ’ t") == "He said he can’t  "  # at the very end too
    assert not parse_article("Paul spoke.\n\n" + text).speeches  # "doesn’t reveal": negated, no speech


def test_seed_quoted_voice(seed_article):
    quoted = [s.index for s in seed_article.sentences if s.voice == "quoted"]
    assert quoted == SEED_QUOTED_SENTENCES
    assert [s.index for s in seed_article.sentences if s.voice == "reported"] == SEED_REPORTED_SENTENCES


def test_seed_block_quotes_and_their_intros(seed_article):
    intros = {p.index: p.quote_intro for p in seed_article.paragraphs if p.kind == "block_quote"}
    assert intros == {6: 5, 7: 5, 8: 5, 11: 10, 14: 13, 15: 13}


def test_seed_caption(seed_article):
    captions = [s.text for s in seed_article.sentences if s.kind == "caption"]
    assert captions == ["Photo of a Russian spetsnaz soldier wearing a Hezbollah patch on his shoulder"]


def test_seed_sentences_keep_abbreviations_whole(seed_article):
    texts = [s.text for s in seed_article.sentences]
    assert any(t.startswith("According to Mideast correspondent Elijah J. Magnier, Moscow") for t in texts)
    assert any("Marine Corps Gen. Joe Dunford sought on Friday" in t for t in texts)
    assert any(t.startswith("Nor can a couple hundred U.S./NATO") and "Norwegian soldiers!) directing" in t
               for t in texts)


def test_abbreviations_fixture():
    article = load_article(FIXTURES / "abbreviations.txt")
    assert [s.text for s in article.sentences] == [
        "Gen. Joe Dunford met Sen. John McCain and Gov. Jerry Brown in Washington at 9 a.m. on Friday.",
        "Mr. Smith and Dr. Jones arrived at 10 p.m. on Jan. 5 with Lt. Col. Ann Lee of the U.S. Army.",
        "The talks ended in the U.S.",
        "The delegation then flew home.",
        "Elijah J. Magnier wrote about it.",
    ]


def test_an_abbreviation_after_an_opening_curly_quote_ends_no_sentence():
    article = parse_article("Six paragraphs in: “Mr. Brennan acknowledged it. He left. ‘Dr. Who’ aired. "
                            "It was “fine.” Then he said “no.” And U.S. officials agreed.")
    assert [s.text for s in article.sentences] == [
        "Six paragraphs in: “Mr. Brennan acknowledged it.", "He left.", "‘Dr. Who’ aired.", "It was “fine.”",
        "Then he said “no.”", "And U.S. officials agreed."]


def test_an_editors_correction_note_is_out_of_every_count():
    # unseen Reuters article (stop 28): the note's quoted "she said" and "he said" were read as two speeches
    article = parse_article("Headline\n\nThe department said it would not ask them .\n\n( This version of the story "
                            "corrects to read “ she said , ” instead of “ he said ” in ninth paragraph )\n")
    assert [s.kind for s in article.sentences] == ["headline", "body", "caption"]
    assert [a.cue for a in find_attributions(article)] == ["said"]


def test_a_photo_cover_line_and_a_newsletter_teaser_are_captions():
    # unseen Vice article (stop 28): "Cover : [photo description]" and "Want the best from … in your inbox ?"
    article = parse_article("Headline\n\nWant the best from Vice News in your inbox ? Sign up here .\n\nKushner won "
                            "a clearance , Democrats said .\n\nCover : President Donald Trump walks on the Lawn .\n")
    assert [s.kind for s in article.sentences] == ["headline", "caption", "caption", "body", "caption"]


def test_links_listed_after_a_promo_line_are_captions():
    # unseen Democracy Now article (batch 76): "Docs Suggest All Major Oil Giants Have Lied" became an attribution
    article = parse_article("Exxon\n\nExxon funded denial .\n\nSee more coverage of Exxon ’ s cover-up from us ! :\n\n"
                            "Inside Exxon ’ s Great Climate Cover-Up\n\nExxon ’ s Cover-Up Just Got Bigger : Docs Suggest "
                            "All Major Oil Giants Have Lied\n\nSenate Leaders Decide About Exxon\n")
    assert [p.kind for p in article.paragraphs] == ["headline", "body", "caption", "caption", "caption", "caption"]
    assert not article.speeches
    # a subhead after prose stays the article's
    assert [p.kind for p in parse_article("Exxon\n\nExxon funded denial .\n\nThe Senate Decides\n").paragraphs] == [
        "headline", "body", "body"]


def test_an_agency_photo_caption_is_a_caption_however_long():
    # unseen AP story (stop 30): two 60-word photo captions counted as the article's first six sentences
    caption = ("In this photo released by the official website of the office of the Iranian Presidency , President "
               "Hassan Rouhani briefs media at Mehrabad airport pavilion upon arriving in Tehran from New York , where "
               "he attended the United Nations General Assembly , Iran , Friday , Sept. 27 , 2019 . Rouhani said U.S. "
               "sanctions on his country are `` more unstable than ever . '' ( Iranian Presidency Office via AP )")
    text = ("Iran releases seized UK-flagged tanker\n\n" + caption + "\n\nIran on Friday released a tanker .\n\n"
            "In this case the court was wrong , the judge said . Trump spoke (AP Photo/Evan Vucci)\n\n"
            "In this case the court was wrong , the judge said .\n")
    article = parse_article(text)
    assert [p.kind for p in article.paragraphs] == ["headline", "caption", "body", "caption", "body"]


def test_a_photographer_and_agency_credit_and_a_read_more_link_are_captions():
    # unseen National Review and Guardian articles (stop 32): both were counted as the article's sentences
    text = ("Is Trump Now Bad Cop or Good Cop?\n\nPresident Trump at Joint Base Andrews , Md. , March 23 , 2018 . "
            "( Joshua Roberts/Reuters )\n\nTrump has postured as the bad cop .\n\nWhy US elections remain "
            "'dangerously vulnerable ' to cyber-attacks Read more\n\nThe hacking attempts mirror earlier attacks .\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "caption", "body", "caption", "body"]
    # unseen Slate article (batch 107): a caption ending in "Photographer/Getty Images" after a sentence was counted
    text = ("Impeach-O-Meter\n\nDonald Trump and Joe Biden at Trump ’s inauguration in 2017 . Drew Angerer/Getty "
            "Images\n\nThe original meter was subjective .\n\nThe vote came . Officials said the deal with AP held "
            ".\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "caption", "body", "body"]
    # unseen New York Post article (stop 32): a "see also" link and a "Related Video" label were counted sentences
    text = ("Manafort sent to jail\n\nManafort was sent to jail Friday .\n\nsee also Manafort hit with new charges in "
            "Russia probe Paul Manafort was hit with a second indictment ...\n\nThe judge ruled .\n\nRelated Video "
            "Video length 31 seconds :31 Paul Manafort walks into court as people yell “ lock him up ! ”\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "caption", "body", "caption"]
    # unseen CBS story (batch 67): a file photo's caption and its credit were counted as sentences
    text = ("Tanker hit\n\nTwo rockets struck a tanker .\n\nA 2006 file photo shows the Iranian oil tanker Sabiti in "
            "the Suez Canal . The tanker is owned by Iran 's state-run National Iranian Tanker Company . Patrick "
            "Lawson/MarineTraffic.com\n\nA file of documents shows the plan .\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "caption", "body"]
    # unseen NBC News article (batch 71): a video's embed label "admits" became a speech with the next quote
    text = ("Trump embraces Putin\n\nTrump still embraced the Russian leader .\n\nEmbed Donald Trump admits to being "
            "a 'little bit divisive ' in GOP race 2:44 autoplay autoplay Copy this code to your website or blog\n\n“ At "
            "least he ’s a leader , ” Trump said .\n")
    article = parse_article(text)
    assert [p.kind for p in article.paragraphs] == ["headline", "body", "caption", "body"]
    assert [a.cue for a in find_attributions(article)] == ["said"]


def test_the_headline_repeated_and_a_players_label_are_captions():
    # unseen NPR story (stop 30): both were read as "U.S." speaking
    text = ("U.S.: Major Offensive Planned Against ISIS In Mosul This Spring\n\n"
            "U.S. : Major Offensive Planned Against ISIS In Mosul This Spring\n\n"
            "The Iraqi military will launch an offensive , a senior U.S. military official says .\n\n"
            "U.S. : Major Offensive Planned Against ISIS In Mosul This Spring Listen · 4:23 4:23\n\n"
            "He added that the operation would be pushed back .\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "caption", "body", "caption", "body"]


def test_the_writers_note_a_newsletter_teaser_and_a_copyright_line_at_the_end_are_captions():
    # unseen CSM and Washington Times columns (stop 29): "the Iranian philosopher" in the writer's note was an Iran
    # mention, the title of his book a scare quote
    article = parse_article("Headline\n\nIran talks are fragile , the ministers said .\n\nThere is room for hope .\n\n"
                            "Get the Monitor Stories you care about delivered to your inbox .\n\nRamin Jahanbegloo , "
                            "the Iranian philosopher , lives in exile in Canada . Among other books , he is author of “ "
                            "Iran : Between Tradition and Modernity . ”\n\n© 2013 Global Viewpoint Network .\n")
    assert [s.kind for s in article.sentences] == ["headline", "body", "body", "caption", "caption", "caption",
                                                   "caption"]
    note = parse_article("Headline\n\nThe leader reviews a list .\n\nHe relishes it .\n\nAndrew P. Napolitano , a "
                         "former judge , is the senior judicial analyst at Fox News Channel .\n")
    assert [s.kind for s in note.sentences][-1] == "caption"
    # a closing paragraph about a source is the story's
    story = parse_article("Headline\n\nThe leader reviews a list .\n\nHe relishes it .\n\nRobert Mueller , a "
                          "former FBI director , is the special counsel .\n")
    assert [s.kind for s in story.sentences][-1] == "body"


def test_a_newsletter_sign_up_and_a_copyright_line_with_its_word_are_captions():
    # unseen Washington Times article (stop 40): both were counted as the author's sentences
    article = parse_article("Headline\n\nRomney was sickened , he said .\n\nSign up for Daily Newsletters Manage "
                            "Newsletters\n\nCopyright © 2019 The Washington Times, LLC. Click here for reprint "
                            "permission.\n\nCopyright law protects it .\n")
    assert [s.kind for s in article.sentences] == ["headline", "body", "caption", "caption", "caption", "body"]


def test_a_rule_set_as_text_and_a_plain_contributor_line_are_captions():
    # unseen AP article (stop 40): "____" had a readability grade of -3.4, and the contributors were the author's
    article = parse_article("Headline\n\nIran released the tanker.\n\n____\n\nJon Gambrell in Dubai and Jill Lawless "
                            "in London contributed.\n\nThe deal, he said, contributed.\n\nAnalysts said drought and "
                            "years of neglect contributed.\n")
    assert [p.kind for p in article.paragraphs] == ["headline", "body", "caption", "caption", "body", "body"]


def test_a_long_reuters_file_photo_caption_is_a_caption():
    # unseen Reuters article (stop 40): a 45-word caption counted as two of the author's sentences
    caption = ("FILE PHOTO: Special Counsel Robert Mueller departs after briefing members of the U.S. Senate on his "
               "investigation into potential collusion between Russia and the Trump campaign on Capitol Hill in "
               "Washington, DC, U.S., June 21, 2017. REUTERS/Joshua Roberts/File Photo")
    article = parse_article(f"Headline\n\nMueller subpoenaed the firm , the paper said .\n\n{caption}\n\n"
                            "File photos show the damage , officials said .\n")
    assert [s.kind for s in article.sentences] == ["headline", "body", "caption", "caption", "body"]
    poll = parse_article("Headline\n\nOnly 38 percent approve, according to the latest AP/Ipsos Poll.\n\nHe spoke.\n")
    assert [p.kind for p in poll.paragraphs] == ["headline", "body", "body"]  # second reading, stop 40


def test_a_pipe_credited_photo_caption_and_a_capitalised_editors_note_are_captions():
    # unseen Politico and Breitbart articles (stop 31): "| Getty Senate confirms …" read as the Senate confirming;
    # the writer's note "Joel B. Pollak is Senior Editor-at-Large at …" as the story's
    article = parse_article("Senate confirms Tillerson\n\nFour Democrats joined every Republican . | Getty Senate "
                            "confirms Tillerson\n\nThe Senate voted on Wednesday .\n\nJoel B. Pollak is Senior "
                            "Editor-at-Large at the site . He earned a degree from Harvard College .\n")
    assert [p.kind for p in article.paragraphs] == ["headline", "caption", "body", "caption"]
    assert [p.kind for p in parse_article("Headline\n\nThe vote was 56-43 | 12 | 4 .\n").paragraphs][-1] == "body"


def test_a_related_link_is_a_caption():
    # unseen USA Today article (stop 29): "More : Bannon calls Trump a 'great man' …" put 'great' in the author's voice
    article = parse_article("Headline\n\nBannon will testify .\n\nMore : Bannon calls Trump a 'great man ' and "
                            "brushes off uproar over tell-all book\n")
    assert [s.kind for s in article.sentences] == ["headline", "body", "caption"]
    # unseen Daily Wire article (stop 31)
    related = parse_article("Headline\n\nBannon will testify .\n\nRelated : Trump Lays Out Case For Killing Iranian "
                            "General , Taunts Tehran\n")
    assert [s.kind for s in related.sentences] == ["headline", "body", "caption"]
    # unseen Daily Caller article (stop 31): a link set inside a paragraph; its "Think" was a hedge
    inline = analyze("Headline\n\nA majority of voters believe it . ( RELATED : 58 Percent Of Dems Think Russia "
                     "Rigged Vote Count )\n")
    assert [s.kind for s in inline.article.sentences] == ["headline", "body", "caption"]
    assert not [s for s in inline.spans if s.kind == "hedge"] and len(inline.readability_paragraphs) == 1


def test_the_attorney_generals_initials_end_no_sentence():
    # unseen Vanity Fair article (stop 28): "this time against A.G. Jeff Sessions" was two sentences
    article = parse_article("A new leak from the Post , this time against A.G. Jeff Sessions . It must stop .")
    assert [s.text for s in article.sentences] == ["A new leak from the Post , this time against A.G. Jeff Sessions .",
                                                   "It must stop ."]


def test_a_period_between_a_word_and_a_capital_splits_the_words():
    article = parse_article("The regime.The so-called.so-called rebels met at 9 a.m. in the U.S. on 3.5 acres.")
    assert [t.text for t in article.tokens] == ["The", "regime", "The", "so-called", "so-called", "rebels", "met",
                                                "at", "9", "a.m", "in", "the", "U.S", "on", "3.5", "acres"]


def test_a_full_stop_with_no_space_before_a_capitalised_word_ends_a_sentence():
    # unseen Newsmax article (stop 29): "… gets stronger.Former Arkansas Gov . Mike Huckabee is …, saying" gave
    # "saying" the first sentence's subject
    article = parse_article("Republicans are setting their sights on it as evidence gets stronger.Former Gov. Mike "
                            "Huckabee is talking about impeachment , saying he does not believe it . It is 9 a.m. in "
                            "the U.S.")
    assert [s.text[:11] for s in article.sentences] == ["Republicans", "Former Gov.", "It is 9 a.m"]


def test_html_anywhere_in_a_txt_is_refused(tmp_path):
    path = tmp_path / "late.txt"
    path.write_text("Plain words. " * 400 + "<div class='story'><p>Then markup.</p></div>", encoding="utf-8")
    with pytest.raises(ArticleError, match="looks like HTML"):
        load_article(path)


def test_quote_running_over_several_sentences_is_quoted_voice():
    article = load_article(FIXTURES / "curly_quotes.txt")
    assert [s.voice for s in article.sentences] == ["author", "quoted", "quoted", "author", "reported"]
    start = article.text.index("We will hold")
    assert article.voice_at(start) == "quoted"
    assert article.voice_at(article.text.index("Then he left")) == "author"
    # "Critics called the plan a ‘safe zone’": the critics' characterisation, so reported voice.
    assert article.voice_at(article.text.index("safe zone")) == "reported"


def test_windows_line_endings_keep_length_and_paragraphs():
    text = "Headline here\r\n\r\nFirst sentence. Second one.\r\nNext paragraph\u00a0starts.\r\n"
    article = parse_article(text)
    assert len(article.text) == len(text)
    assert [article.text[p.start:p.end] for p in article.paragraphs] == [
        "Headline here", "First sentence. Second one.", "Next paragraph starts."]
    assert article.paragraphs[0].kind == "headline"


def test_old_mac_line_endings():
    article = parse_article("One line.\rTwo line.")
    assert [s.text for s in article.sentences] == ["One line.", "Two line."]


def test_hard_wrapped_lines_join_into_one_paragraph():
    article = parse_article("The envoy arrived on Monday and\nmet the minister. Talks began.\n\nA new paragraph.")
    assert len(article.paragraphs) == 2
    assert article.sentences[0].text == "The envoy arrived on Monday and\nmet the minister."


def test_a_lowercase_line_after_a_full_stop_is_a_paragraph_of_its_own():
    # unseen Daily Kos article (stop 29): an embedded post's "x The 13 Angry Democrats …" joined the author's line
    # before it, and the signed post's block quote took the author's words
    article = parse_article("Headline\n\nAnd Trump is demonstrating his commitment with his morning tweets .\nx The "
                            "Angry Democrats are starting to find out ! — Donald J. Trump ( @ realDonaldTrump ) May 7 , "
                            "2018\n")
    assert [(p.kind, article.text[p.start:p.start + 5]) for p in article.paragraphs] == [
        ("headline", "Headl"), ("body", "And T"), ("block_quote", "x The")]


def test_html_page():
    article = load_article(FIXTURES / "page.html")
    assert article.title == "Border tensions rise"
    assert [(s.kind, s.voice, s.text) for s in article.sentences] == [
        ("headline", "author", "Border tensions rise"),
        ("body", "author", "Officials said on Tuesday that talks would resume & continue."),
        ("block_quote", "quoted", "We will defend every inch of our territory."),
        ("block_quote", "quoted", "Nobody should doubt it."),
        ("body", "author", "The army moved two brigades north."),
    ]
    for chrome in ("tracking", "Subscribe", "Copyright", "Home", "Photo of the border crossing"):
        assert chrome not in article.text  # script, header, footer, menu and the photo's caption


def test_markdown_quotes():
    article = load_article(FIXTURES / "quotes.md")
    assert article.title == "Talks stall over the border"
    quoted = [s.text for s in article.sentences if s.voice == "quoted"]
    assert quoted == ["We are not leaving.", "The border stays open.", "Nobody will close it."]
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


def test_plain_text_colon_without_speech_verb_is_not_a_block_quote():
    article = parse_article("The plan has three parts:\n\nFirst, the army moves north. Then it waits.")
    assert all(s.voice == "author" for s in article.sentences)


def test_plain_text_block_quote_stops_where_the_speaker_is_named():
    text = ("Intro line\n\nThe envoy Jane Doe said:\n\nWe will stay. We are ready.\n\n"
            "Doe's words were clear. Others disagreed.")
    article = parse_article(text)
    assert [p.voice for p in article.paragraphs] == ["author", "author", "quoted", "author"]


def test_headline_may_end_with_exclamation():
    article = parse_article("They Did It Again!\n\nThe team won on Sunday. Fans cheered.")
    assert article.paragraphs[0].kind == "headline"


def test_first_line_ending_in_a_period_is_not_a_headline():
    article = parse_article("The team won on Sunday.\n\nFans cheered.")
    assert article.paragraphs[0].kind == "body"


def test_string_source_is_text_not_path():
    article = load_article("Officials met. They agreed.\nNothing else happened.")
    assert article.source == "<text>"
    assert len(article.sentences) == 3


def test_sentence_at(seed_article):
    offset = seed_article.text.index("Moscow is now calling")
    assert seed_article.sentences[seed_article.sentence_at(offset)].text.startswith("According to Mideast")
    assert seed_article.sentence_at(71) is None  # the blank line after the headline


@pytest.mark.parametrize("content, message", [
    (b"", "empty article"),
    (b"   \n\n\t ", "empty article"),
    (b"abc\x00def", r"binary data \(NUL bytes\)"),
    (b"caf\x81 \x8d", "cannot decode bytes as UTF-8 or cp1252"),
    (b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>", "looks like HTML"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        load_article(path)


def test_missing_path_and_directory_and_extension(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match="unknown extension '.pdf'"):
        load_article(tmp_path / "a.pdf")


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")])
def test_accepted_encodings(tmp_path, encoding, bom):
    path = tmp_path / "ok.txt"
    path.write_bytes(bom + "Caf\u00e9 owners said \u201cno\u201d. They left.".encode(encoding))
    article = load_article(path)
    assert article.text.startswith("Caf\u00e9")
    assert "\u201cno\u201d" in article.text


def test_a_sentence_never_opens_with_a_comma_and_video_teasers_are_captions():
    # unseen ABC News and CNN articles: Punkt split after "D-Wash." before ", and Rep. …"
    text = ("Headline\n\n`` This report should end it , '' ranking Democrat Adam Smith , D-Wash. , and Rep. Niki "
            "Tsongas wrote in a statement .\n\nJUST WATCHED Britain advises against travel to Yemen Replay More "
            "Videos ... MUST WATCH Britain advises against travel to Yemen 03:23\n")
    article = parse_article(text)
    assert [s.kind for s in article.sentences] == ["headline", "body", "caption"]
    assert article.sentences[1].text.endswith("wrote in a statement .")


def test_an_embedded_post_in_a_tokenised_corpus_spacing_is_its_authors_block_quote():
    # unseen Newsmax article: the signature's spacing "( @ realDonaldTrump ) March 4 , 2017" hid the tweets
    text = ("Trump Tweets\n\nTrump charged on Saturday that Obama tapped his phone .\n"
            "Terrible ! Just found out that Obama had my phones tapped . This is McCarthyism ! — Donald J. Trump "
            "( @ realDonaldTrump ) March 4 , 2017\n")
    article = parse_article(text)
    assert [(a.kind, a.source) for a in find_attributions(article)][-1] == ("block", "Donald J. Trump")
    assert article.voice_at(text.index("McCarthyism")) == "quoted"


def test_cnn_story_highlights_label_is_a_caption_of_its_own():
    # unseen CNN op-ed: "Story highlights" read as a speaker with the cue "highlights"; the bullets are the article's
    text = ("Obama has explaining to do\n\nStory highlights Jason Chaffetz : Testimony contradicts the narrative\n"
            "He says 3 diplomats ' testimony cast doubt on the account\n"
            "In testimony that contradicted the narrative , three witnesses spoke .\n")
    article = parse_article(text)
    assert [(p.kind, article.text[p.start:p.end][:16]) for p in article.paragraphs] == [
        ("headline", "Obama has explai"), ("caption", "Story highlights"), ("body", "Jason Chaffetz :"),
        ("body", "He says 3 diplom"), ("body", "In testimony tha")]
    assert [a.cue for a in find_attributions(article)] == ["says"]


def test_a_spaced_ellipsis_ends_no_sentence():
    text = "Headline\n\nPanetta said that “ time , distance . . . prevented a more immediate response . ” He left .\n"
    article = parse_article(text)
    assert len(article.text) == len(text) and [s.kind for s in article.sentences].count("body") == 2


def test_a_closing_quote_after_a_nested_one_ends_no_sentence_of_its_own():
    # unseen NYT article (stop 27): the last ” after ". ’" was a sentence of its own
    text = ("Headline\n\n“ ISIS would not let us leave , ” Mr. Asaad said . “ They said , ‘ You are going to the "
            "infidels . ’ ”\nThe group still terrifies those who have lived under it .\n")
    assert [s.kind for s in parse_article(text).sentences].count("body") == 3


def test_a_possessive_after_an_abbreviation_opens_no_sentence():
    # unseen NYT article (stop 27): "the C.I.A. ’ s shadowy paramilitary arm" was split after "C.I.A."
    text = "Headline\n\nAfter the fall of the Taliban , the C.I.A. ’ s shadowy paramilitary arm began transforming them .\n"
    assert [s.kind for s in parse_article(text).sentences].count("body") == 1


def test_spaced_initials_end_no_sentence():
    # unseen NPR article (stop 27): "The Washington Post ( E.J . Dionne ) :" was two sentences
    text = "Headline\n\nThe Washington Post ( E.J . Dionne ) : `` The Islamic State has shaken opinion . '' He left .\n"
    assert [s.kind for s in parse_article(text).sentences].count("body") == 2


def test_advertisement_slots_update_and_contributor_lines_are_captions():
    # unseen National Review and Hill articles (batch 87): six "Advertisement" lines made paragraphs of grade 32
    text = ("Headline\n\nThe strait matters.\n\nAdvertisement\n\nUpdated figures show oil prices rose.\n\n"
            "ADVERTISEMENT\n\nSmith contributed $5 million to the fund.\n\n— Max Greenwood contributed.\n\n"
            "— Updated Oct. 28.\n\nThe Associated Press contributed to this report.\n\nClick for more from CNN.\n\n"
            "Several factors contributed.\n\nUpdated 2020 census figures show growth.\n")
    article = parse_article(text)
    assert [s.text for s in article.sentences if s.kind == "body"] == [
        "The strait matters.", "Updated figures show oil prices rose.", "Smith contributed $5 million to the fund.",
        "Several factors contributed.", "Updated 2020 census figures show growth."]
    assert len(article.counted_sentences) == 6  # the headline and the five body sentences


def test_a_photos_date_line_and_a_related_link_in_capitals_are_captions_and_a_title_ends_no_sentence():
    # unseen CNBC and USA Today articles (batch 88)
    text = ("Headline\n\nAdam Schiff (D-CA) speaks during a news conference at the U.S. Capitol in Washington, "
            "September 25, 2019.\n\nGOP LEADER ON HOUSE JUDICIARY COMMITTEE:Articles establish nothing impeachable\n\n"
            "Trump spoke in Washington, September 25, 2019, and left.\n\nJordan said that \"nothing he said supports "
            "the narrative you've been hearing from Mr. Schiff.\"\n\nThe first hearing is set for Tuesday, January 21, "
            "2020.\n\nREP. ADAM SCHIFF: If you look at what the president said on that call --\n")
    article = parse_article(text)
    assert [s.kind for s in article.sentences] == ["headline", "caption", "caption", "body", "body", "body", "body"]
    assert article.sentences[4].text.endswith("from Mr. Schiff.\"")


def test_a_pages_promo_labels_poll_teasers_and_npr_caption_toggle_are_captions():
    # unseen Newsmax and NPR articles (batch 89)
    text = ("Headline\n\nLatest:\n\nDo You Support Giving Illegals Citizenship? Vote Here Now\n\nEnlarge this image "
            "toggle caption Pablo Martinez Monsivais/AP Pablo Martinez Monsivais/AP\n\nThe latest: the vote failed.\n")
    assert [s.kind for s in parse_article(text).sentences] == ["headline"] + ["caption"] * 4 + ["body"]


def test_sentences_joined_by_a_lost_space_after_a_year_or_a_closing_quote_are_split():
    # unseen Newsmax article (batch 89): "on Nov. 28, 2012.Carney continued" and "inaccurate.”In particular"
    text = ("Headline\n\nHe spoke on Nov. 28, 2012.Carney continued, “The word was inaccurate.”In particular, Nuland "
            "objected.ABC News obtained emails.\n")
    assert [s.text for s in parse_article(text).sentences][1:] == [
        "He spoke on Nov. 28, 2012.", "Carney continued, “The word was inaccurate.”", "In particular, Nuland objected.",
        "ABC News obtained emails."]


def test_a_straight_closing_mark_left_at_a_sentences_start_closes_the_one_before():
    # unseen NPR article (batch 116): Punkt split "… Olympic Games?' " Alfred Senn" after the inner quote; the
    # straight mark (the third of the paragraph, so a closing one) opened the next sentence, "\" Alfred Senn … wrote."
    text = ('Olympics\n\n"I am frequently asked, \'Must politics be a part of the Games?\' " Alfred Senn once wrote. '
            '"My answer is, \'Yes.\' "\n\nHe said "no." Then he left.\n')
    assert [s.text for s in parse_article(text).sentences][1:] == [
        '"I am frequently asked, \'Must politics be a part of the Games?\' "', "Alfred Senn once wrote.",
        '"My answer is, \'Yes.\' "', 'He said "no."', "Then he left."]


def test_an_inch_mark_or_a_mistyped_opening_mark_moves_no_quotation_mark():
    # a second reading (stop 45): counting straight marks from the paragraph's start took an inch mark for a quotation
    for text, first in (('The 6-foot-5" center scored 30 points. "We won because we defended," Smith said.',
                         'The 6-foot-5" center scored 30 points.'),
                        ("The mayor said the budget was “a disaster.” ” We will fix it,” she added.",
                         "The mayor said the budget was “a disaster.”")):
        result = analyze("Headline\n\n" + text + "\n")
        assert result.article.sentences[1].text == first
        assert [s.text for s in result.spans if s.kind == "scare_quote"] == []


def test_the_bbc_media_playback_line_is_a_caption():
    # unseen BBC article (batch 92): "Media playback is unsupported on your device Media caption The Mueller report -
    # in 60 seconds" was a body sentence with two mentions of Mueller and a hedge-like "unsupported"
    text = ("Headline\n\nMedia playback is unsupported on your device Media caption The Mueller report - in 60 "
            "seconds\n\nMedia coverage grew.\n")
    assert [s.kind for s in parse_article(text).sentences] == ["headline", "caption", "body"]


def test_vp_before_a_name_ends_no_sentence():
    # unseen Mother Jones article (batch 93): Rand Paul's tweet "Declassified documents reveal V.P. Biden ordered …"
    # was split after "V.P."
    text = ("Headline\n\nDocuments reveal V.P. Biden ordered the unmasking. Anyone think so. Trump picked Pence as his "
            "V.P. The choice surprised many.\n")
    assert [s.text for s in parse_article(text).sentences][1:] == [
        "Documents reveal V.P. Biden ordered the unmasking.", "Anyone think so.", "Trump picked Pence as his V.P.",
        "The choice surprised many."]


@pytest.mark.parametrize("text, sentences", [
    # unseen Daily Caller article (batch 96): "… in Alexandria, Va. The special counsel’s staff …" is two sentences
    ("Mueller raided his home in Alexandria, Va. The special counsel’s staff informed him.",
     ["Mueller raided his home in Alexandria, Va.", "The special counsel’s staff informed him."]),
    ("He lives in Arlington, Va., and works downtown. He left.", ["He lives in Arlington, Va., and works downtown.",
                                                                  "He left."]),
    # unseen WSJ article (batch 96): Punkt ended a sentence inside "(R., S.C.)"
    ("Sen. Lindsey Graham (R., S.C.), who leads the committee, said he would ask.",
     ["Sen. Lindsey Graham (R., S.C.), who leads the committee, said he would ask."]),
])
def test_a_states_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one(text, sentences):
    assert [s.text for s in parse_article(text).sentences] == sentences


@pytest.mark.parametrize("text", [
    # unseen Chicago Tribune article (batch 98): "PHOTOS: Team Obama, where are they now?" counted as a mention
    "Headline\n\nThe vote was set.\n\nPHOTOS: Team Obama, where are they now?\n\nPhotos show that the strike hit a "
    "school.\n",
    # unseen ABC News article (batch 99): "J. Scott Applewhite/AP" was a paragraph with its own readability grade
    "Headline\n\nHicks testified.\n\nJ. Scott Applewhite/AP\n\nThe AP/Reuters poll found support for the deal.\n",
    # unseen Fox News article (batch 105): "More On This..." counted as a paragraph with a grade of -2.6
    "Headline\n\nRussia is key to the talks.\n\nMore On This...\n\nMore on this in a moment, he said.\n",
    # unseen Vice article (my own check, stop 41): "READ: North Korea might start calling Trump 'dotard' again" was
    # an unnamed report
    "Headline\n\nNorth Korea built a site.\n\nREAD: North Korea might start calling Trump 'dotard' again\n\nRead the "
    "full text here.\n",
    # unseen Washington Post, Fox News and NPR articles (stop 44, batch 114): ten "AD" slots counted as sentences and
    # paragraphs of grade -3.4, a "[pullquote]" placeholder as a sentence, an audio player's label and an update line
    # as the author's sentences ("ET.)" one of them)
    "Headline\n\nFlynn resigned.\n\nAD\n\nAD hoc panels met.\n",
    "Headline\n\nMorsi was ousted.\n\n[pullquote]\n\n[The judge] said no.\n",
    "Headline\n\nThe rebels are waiting.\n\nNPR's Deb Amos On Morning Edition Listen\n\nListen to the rebels, he said.\n",
    "Headline\n\nSyria crossed a line.\n\n(This post was last updated at 1:31 p.m. ET.)\n\nThis post was written fast.\n",
    # unseen ABC News, Newsmax and Guardian articles (stop 44, batch 115): an interest widget, a poll teaser, a promo
    # and a video's label were the author's sentences
    "Headline\n\nChristie spoke.\n\nInterested in Russia Investigation? Add Russia Investigation as an interest to "
    "stay up to date on the latest news. Add Interest\n\nAre you interested in peace? Add it to your list, he said.\n",
    "Headline\n\nKerry spoke.\n\nShould Obama Order Strikes on ISIS in Syria? Vote Here\n\nVoters here said no.\n",
    "Headline\n\nKerry spoke.\n\n5 Stocks Billionaires Are About to Buy (See Them Now)\n\nStocks fell.\n",
    "Headline\n\nPeskov spoke.\n\nPlay Video 2:19 Bernie Sanders, Kamala Harris react to the inquiry – video\n\nPlay "
    "video games, he said.\n",
    "Headline\n\nPeskov spoke.\n\nPlay video  1:45 Pelosi slams corrupt president\n\nPlay video games, he said.\n",
    "Headline\n\nChristie spoke.\n\nABC News\n\nABC News learned more.\n",
    # unseen Politico article (my own check, stop 44): "Story Continued Below" (in 209 of the 4,904 AllSides articles)
    # was a speech, source "Story", cue "Continued", taking Trump's quote after it from him
    "Headline\n\nTrump spoke.\n\nStory Continued Below\n\nThe story continued below the fold, he said.\n",
    # ... and The Hill's "Read more from The Hill:" was a speech, cue "Read", taking the related link after it
    "Headline\n\nNadler spoke.\n\nRead more from The Hill:\n\nRead more about it in the report, he said.\n",
])
def test_a_link_line_widget_or_photo_credit_is_a_caption(text):
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "caption", "body"]


@pytest.mark.parametrize("text", [
    # second reading of this stop's change: a sentence about a report, and a subhead ending in "Listen", are the story's
    "Headline\n\nThe bureau released it.\n\nThis report was updated in March, the director said.\n\nIt was right.\n",
    "Headline\n\nNegotiators met.\n\nWhen Washington Won't Listen\n\nOfficials were frustrated.\n",
    # and sentences that only look like widgets (a third reading of this change)
    "Headline\n\nThe clerk spoke.\n\nInterested in the race? Add your name to the volunteer list, the clerk said.\n\n"
    "It was late.\n",
    "Headline\n\nThe polls opened.\n\nResidents of the county can vote here\n\nIt was late.\n",
    "Headline\n\nThe trial went on.\n\nPlay video 2:19 of the hearing was shown to jurors.\n\nIt was late.\n",
])
def test_an_update_to_a_report_and_a_subhead_ending_in_listen_are_body(text):
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "body", "body"]


def test_lines_after_a_read_more_label_are_links():
    # unseen The Hill and Washington Post articles (my own check, stop 44, and the 200-article audit): the related links
    # after "Read more from The Hill:" were Mueller's speech and the author's loaded "downplays"
    text = ("Headline\n\nMueller spoke.\n\nRead more:\n\nCan Trump fire Attorney General Jeff Sessions?\n\nPresident "
            "Trump downplays Jeff Sessions' early support: It's not 'a great loyal thing'\n\nMueller says he will not "
            "testify\n\nHe left the room.\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body"] + ["caption"] * 4 + ["body"]
    # a finished sentence after a label is the story's, and so is one after any other caption ending in a colon
    text = "Headline\n\nSessions spoke.\n\nRelated:\n\nSessions called the attacks “hurtful” and “unfair.”\n"
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "caption", "body"]
    # a poll's question after its label is part of it
    text = ("Headline\n\nObama spoke.\n\nVote Now:\n\nDo You Approve Or Disapprove of Obama's Job Performance?\n\n"
            "He left.\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline", "body", "caption", "caption", "body"]
    # ... and an excerpt's intro is no link label: "Read more of Pelosi's statement:" (a fourth reading of this change)
    text = "Headline\n\nPelosi spoke.\n\nRead more of Pelosi's statement:\n\n“This is a corrupt scam.”\n"
    assert parse_article(text).paragraphs[2].kind == "body"
    # Newsmax's promos under "Urgent:" and "Editor's Note:" (my own check, stop 45): "Controversial Book Outs Obama’s
    # Uncharted Economy" gave the author a loaded term against Obama; an editor's finished note stays the story's
    text = ("Huckabee, GOP: Obama Risking His Presidency\n\nUrgent:\n\nObamaCare Is About to Strike — Are You Prepared?"
            "\n\nEditor's Note:\n\nControversial Book Outs Obama’s Uncharted Economy\n\nRepublicans spoke.\n\n"
            "Editor's Note:\n\nThis story was changed to correct the date.\n")
    assert [p.kind for p in parse_article(text).paragraphs] == ["headline"] + ["caption"] * 4 + ["body", "caption",
                                                                                                "body"]


def test_two_initials_before_a_name_or_a_number_end_no_sentence():
    # unseen InfoWars article (stop 43, batch 112): "National Security Advisor H.R. McMaster is …" was two sentences
    text = "Headline\n\nNational Security Advisor H.R. McMaster spoke. A bill, H.R. 1, passed. He lives in the U.S. He left.\n"
    assert [s.text for s in parse_article(text).sentences][1:] == [
        "National Security Advisor H.R. McMaster spoke.", "A bill, H.R. 1, passed.", "He lives in the U.S.", "He left."]
    text = ("Headline\n\nThe rally was in Manchester, N.H. Supporters came. ( E.J . Dionne ) wrote it. He met with H.R. "
            "McMaster. Firms bet on A.I. Critics said so.\n")
    assert [s.text for s in parse_article(text).sentences][1:] == [
        "The rally was in Manchester, N.H.", "Supporters came.", "( E.J . Dionne ) wrote it.", "He met with H.R. McMaster.",
        "Firms bet on A.I.", "Critics said so."]
