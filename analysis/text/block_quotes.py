"""Block quotes: paragraphs set off as someone's words, and the cue that introduces them.

A structural block quote (Markdown ``>``, HTML ``<blockquote>``) takes its speaker from the paragraph before it (past
a caption) when that ends in a colon after a cue verb ("Magnier writes:"), in "via X:" (an excerpt from X) or after a
person presented ("Here's Adam Schiff on Sunday:"; "Corey Flintoff brings us these details:" before a quotation), or
is an "As X put it," clause ending in a comma; after "… is reportedly doing:" (hearsay, no one named) the one
paragraph that follows is the report's, its source unnamed. A plain-text block quote is the paragraph after such an
intro; it runs for up to :data:`MAX_BLOCK_QUOTE_PARAGRAPHS` paragraphs (one when that paragraph is in quotation marks
from start to end; to the paragraph ending in a closing mark when the first leaves its opening mark open) and ends
earlier before a paragraph that names the speaker (not one that says "we" or "our": "Our mission …, as The Times …",
an organisation's own statement), opens with "According to", ends in a colon, draws a conclusion ("Thus, …") or, after
news copy that names its speakers, says "I" (the excerpter again). A transcript's turn ("DOOCY : Well, …",
:data:`TURN`) is its speaker's words, and so are the paragraphs with no name between two turns; a paragraph that opens
with a turn may hold more, each opening a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Token

from .block_intros import excerpt_intro, hearsay_intro, presented_intro, speech_noun_intro, surname
from .cues import UNREAL_AUX, Cue, Reading, Speech, clause_span, cue_span, form_at, is_verbal
from .gender import first_names
from .parentheticals import host_spans, is_parenthetical
from .quotations import in_marks_throughout, outside_quotations
from .source_phrase import phrase_span
from .sources import speaker_of

# A quote introduced by "X writes:" rarely runs longer than this many paragraphs
# without the author stepping back in; past it we assume the author's voice resumes.
MAX_BLOCK_QUOTE_PARAGRAPHS = 3
# The signature that closes an embedded post in a scraped page: "— Donald J. Trump (@realDonaldTrump) June 9, 2018",
# or a pull quote. A paragraph that ends in one is a block quote (analysis.text.article), its source the name.
# Spacing may vary ("( @ realDonaldTrump ) March 4 , 2017" in a tokenised corpus).
POST_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[^—–\n()]{2,60}?)\s*\(\s*@\s*\w{1,30}\s*\)"
                            r"\s*\w+\.?\s+\d{1,2}\s*,\s*\d{4}\s*$"
                            # A pull quote set off as a paragraph and signed with no verb: "“All of this is part of
                            # Russia’s … effort …” Jessica Brandt, Alliance for Securing Democracy"
                            r"|^\s*(?:``|“|\")[^\n]+?(?:''|”|\")\s*[—–]?\s*"
                            r"(?P<signer>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,5})(?: ?, ?[A-Z][^.!?,\n]{0,80})?\s*$")

# A transcript's turn opens with its speaker's name in capitals and a colon: "BRIAN KILMEADE ( CO-HOST ) : This is …".
TURN = re.compile(r"(?P<name>[A-Z][A-Z.'’-]+(?: (?:['’] )?[A-Z][A-Z.'’-]+){0,4})\s*(?:\([^()\n]{1,40}\)\s*)?:\s")
# An excerpt's outlet: "…, via Reuters:", "… From FoxNews.com :"
VIA = re.compile(r"(?:\bvia|(?:^|(?<=[.!?] ))From)\s+(?P<name>[A-Z][^,:;()\n]{1,60}?)\s*\)?\s*:\s*$")
CREDIT = re.compile(r"\[\s*[A-Z][^\[\]]{0,40}\]\s*$")  # an excerpt's closing credit: "[ Bloomberg ]"
NOT_SPEAKERS = frozenset("UPDATE BREAKING EXCLUSIVE WATCH RELATED READ MORE NOTE CORRECTION VIDEO PHOTOS ANALYSIS "
                         "OPINION LISTEN ALSO SEE EDITOR'S CLOSE".split())


def find_block_quotes(reading: Reading, paragraphs: Sequence[tuple[int, int, str]]) -> dict[int, int | None]:
    """Block-quote paragraphs -> intro paragraph; records one block speech per run, and one per transcript turn."""
    text = reading.text
    blocks: dict[int, int | None] = dict.fromkeys(_transcript_turns(reading, paragraphs))
    i = 0
    while i < len(paragraphs):
        start, end, kind = paragraphs[i]
        last = next((j for j in range(i - 1, -1, -1) if paragraphs[j][2] != "caption"), None)  # a photo's between
        before = text[paragraphs[last][0]:paragraphs[last][1]].strip() if last is not None else ""
        intro = last if before.endswith(":") or before.startswith("As ") and before.endswith(",") else None
        via = VIA.search(text, *paragraphs[intro][:2]) if intro is not None else None  # "…, via Reuters:"
        named = (via.span("name"), "block quote via", None) if via else None
        cue = _intro_cue(reading, paragraphs[intro]) if intro is not None and paragraphs[intro][2] == "body" \
            and via is None else None
        if cue is None and named is None and intro is not None and paragraphs[intro][2] == "body":
            pair = (paragraphs[intro], paragraphs[i])  # the intro and the paragraph after it
            named = speech_noun_intro(reading, paragraphs[intro]) or excerpt_intro(reading, *pair) \
                or hearsay_intro(text, paragraphs[intro]) or presented_intro(reading, *pair)
        if i in blocks or kind != "block_quote" and (cue is None and named is None or kind != "body"):
            i += 1
            continue
        structural = kind == "block_quote"
        if not structural and i + 1 < len(paragraphs) and signature_line(text, *paragraphs[i + 1][:2]):
            i += 1  # a pull quote signed on the line after it is its signer's, not the intro's
            continue
        speaker = surname(cue[2]) if cue and cue[2] is not None else named[2] if named else None
        if not structural and _names(CREDIT.sub("", text[start:end]), speaker) \
                and not _FIRST_PLURAL.search(outside_quotations(text[start:end])):  # "as The Times … Our mission"
            i += 1  # "…, House Democrats wrote in a memo, including:" before "Now, Democrats … are demanding":
            continue  # the list was lost, and the paragraph that names the speaker is the author's
        run = [i]
        while run[-1] + 1 < len(paragraphs):
            n_start, n_end, n_kind = paragraphs[run[-1] + 1]
            # a signed post ends with its signature: two tweets in a row are two posts
            if structural and (n_kind != "block_quote" or _post_signature(text, paragraphs[run[-1]]) is not None) \
                    or not structural and (
                    n_kind != "body" or len(run) >= MAX_BLOCK_QUOTE_PARAGRAPHS
                    or in_marks_throughout(text[start:end])
                    or _left_open(text[start:end]) and text[slice(*paragraphs[run[-1]][:2])].rstrip()[-1:] in "”\""
                    or named is not None and named[0] is None
                    or _ends_block_quote(text[n_start:n_end], speaker, text[start:paragraphs[run[-1]][1]],
                                         bool(cue and cue[2] is not None and cue[2].ent_type_ == "PERSON"))
                    or CREDIT.search(text, *paragraphs[run[-1]][:2])):  # "… police states do . [ Bloomberg ]"
                break
            run.append(run[-1] + 1)
        for j in run:
            blocks[j] = intro if cue or named else None
        contents = tuple((paragraphs[j][0], paragraphs[j][1]) for j in run)
        if cue:
            token, n, subject, entry = cue
            reading.used.update(range(token.i, token.i + n))
            # "Rogin wrote that the U.S. must try …:": the intro's own that-clause is the source's too (reported).
            intro_clause = tuple(clause_span(c) for c in token.children if c.dep_ == "ccomp") + (tuple(
                host_spans(token)) if token.head != token and is_parenthetical(token) else ())
            reading.found.append(Speech("block", phrase_span(subject) if subject is not None else None,
                                        cue_span(token, n), contents + intro_clause, contents, entry.lemma,
                                        "block quote intro"))
        elif named:
            reading.found.append(Speech("block", named[0], None, contents, contents, None, named[1]))
        else:
            signed = _post_signature(text, paragraphs[run[-1]])
            reading.found.append(Speech("block", signed, None, contents, contents, None,
                                        "signed quotation" if signed else "block quote"))
        i = run[-1] + 1
    return blocks


def _transcript_turns(reading: Reading, paragraphs: Sequence[tuple[int, int, str]]) -> list[int]:
    """A transcript (two turns or more, :data:`TURN`): each turn is its speaker's words, as are the paragraphs with no
    name between two turns (the speaker goes on); a paragraph that opens with a turn may hold more, each opening a
    sentence ("BARTIROMO: Is this true …? STOLTENBERG: We work closely …"). Records one block speech per turn and
    returns their paragraphs."""
    text = reading.text
    turns = {}  # paragraph -> its turns
    for i, (start, end, kind) in enumerate(paragraphs):
        starts = [start] + [m.end() for m in _SENTENCE_GAP.finditer(text, start, end)] if kind == "body" else []
        found = []
        for at in starts:  # not inside the name before ("REP. ADAM SCHIFF:" holds no turn "ADAM SCHIFF:")
            m = TURN.match(text, at, end)
            if m and not set(m["name"].split()) & NOT_SPEAKERS and (not found or at >= found[-1].end()):
                found.append(m)
        if found and found[0].start() == start:
            turns[i] = found
    names = [m["name"] for found in turns.values() for m in found]
    asked = any(text[m.end():n.start()].rstrip().endswith("?") for found in turns.values() for m, n in zip(found,
                                                                                                          found[1:]))
    if len(names) < 2 or len(turns) == 1 and len(set(names)) == len(names) and not asked:
        return []  # one paragraph is a dialogue when a name comes back or a turn asks: not "NEW DELHI: … PAKISTAN: …"
    held = []
    for i, found in turns.items():
        run = [i] + list(itertools.takewhile(lambda j: j < len(paragraphs) and j not in turns and j < max(turns)
                                             and paragraphs[j][2] == "body", itertools.count(i + 1)))
        for k, m in enumerate(found):
            own = (m.end(), len(text[:found[k + 1].start()].rstrip()) if k + 1 < len(found) else paragraphs[i][1])
            contents = (own,) + (tuple(paragraphs[j][:2] for j in run[1:]) if k + 1 == len(found) else ())
            reading.skip.update(t.i for t in reading.doc.char_span(m.start(), m.end(), alignment_mode="expand") or ())
            reading.found.append(Speech("block", m.span("name"), None, contents, contents, None, "transcript turn"))
        held += run
    return held


_SENTENCE_GAP = re.compile(r"(?<=[.?!”\"])\s+(?=[A-Z])")


def _intro_cue(reading: Reading, paragraph: tuple[int, int, str]) -> tuple[Token, int, Token | None, Cue] | None:
    """The cue verb governing an intro paragraph's final colon: the last verb cue of its last sentence, not in the
    passive ("will be determined by the answers to three questions:" introduces no one's words), not negated or
    unreal ("five questions the committee may ask:"), and not a capitalised word of a heading ("Don't Rule Out
    Islamic State:", "READ MORE:")."""
    span = reading.doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    if span is None:
        return None
    last_sentence = list(span.sents)[-1]
    for token in reversed(last_sentence):
        found = form_at(reading, token, reading.cues.verbs)
        heading = not (token.is_sent_start or token.text.islower()) or token.text.isupper()  # "READ MORE:"
        if found and found[0].complement != "np" and is_verbal(token) and not heading and not any(
                c.dep_ in ("auxpass", "neg") or c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in token.children):
            aside = token.head != token and is_parenthetical(token)  # "X, the NYT reports, …:"
            own = {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree} | (
                {t.i for t in token.head.subtree} if aside else set())
            if _QUOTED_THEN_MORE.search(reading.text, token.idx, paragraph[1]) or any(
                    t.tag_ in ("VBD", "VBZ", "VBP") and t.i not in own and any(c.dep_ == "nsubj" for c in t.children)
                    and not (t.dep_ == "relcl" and t.doc[t.left_edge.i - 1].text != ",")  # "reporters who gathered"
                    and not (t.dep_ == "advcl" and t.head == token)  # "tweeted as he prepared to …": its setting
                    for t in last_sentence[token.i - last_sentence.start + 1:]):
                return None  # "He declared “No questions,” a claim that ignores …, including:" his words have ended;
                # "He was writing posts …, which is why he was on watch lists:" a clause of the author's ends it
            return token, found[1], speaker_of(token), found[0]
    return None


# A closed quotation after the cue, then three or more words before the colon: the cue's own words ended there.
_QUOTED_THEN_MORE = re.compile(r"[“\"][^”\"\n]+[”\"]\s*,?(?:\s+[^\s:]+){3,}\s*:\s*$")


def _post_signature(text: str, paragraph: tuple[int, int, str]) -> tuple[int, int] | None:
    """The author's name in an embedded post's closing signature ("— Donald J. Trump (@realDonaldTrump) …") or
    under a pull quote."""
    if (match := POST_SIGNATURE.search(text[paragraph[0]:paragraph[1]])) is None:  # not (text, start): "^" is text's
        return None
    start, end = match.span("name") if match["name"] else match.span("signer")
    return paragraph[0] + start, paragraph[0] + end


# A sentence that draws the author's conclusion from what came before: "Thus, U.S. … efforts seem … to be working."
CONCLUDING = re.compile(r"(?:^|[.!?]\s+)(?:Thus|Hence|In other words|In short|In sum|Put simply)\s*,")

_SIGNATURE = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,4})(?P<outlet>\s*,\s*[A-Z][^.!?:;\n]{0,60})?"
                        r"\s*\Z")


def signature_line(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """A name line under a pull quote ("Jonah Goldberg, National Review", "Editorial Board, Wall Street Journal",
    "Sean Illing"): a name with its outlet, or a first name and more; not a heading ("Interview Highlights")."""
    line = _SIGNATURE.match(text, start, len(text) if end is None else end)
    return line if line and (line["outlet"] or line["name"].split()[0].lower() in first_names()) else None


def signed_below(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name under a quotation ``text[start:end]`` that fills its paragraph, when the next paragraph is only a name
    line ("“…”" / "Jonah Goldberg, National Review"): the signer's span, else None."""
    gap = re.match(r"[ \t]*\n\s*", text[end:end + 200])
    if gap is None or text[text.rfind("\n", 0, start) + 1:start].strip():
        return None
    line_start = end + gap.end()
    line_end = text.find("\n", line_start)
    line = signature_line(text, line_start, len(text) if line_end < 0 else line_end)
    return line.span("name") if line else None


def _left_open(paragraph: str) -> bool:
    """Whether a paragraph opens a quotation it leaves open ("“Asked by …"), ended by a closing mark ("… said.”")."""
    opened = paragraph.lstrip()[:1]
    return opened == "“" and paragraph.count("“") > paragraph.count("”") or opened == '"' and paragraph.count('"') % 2


def _ends_block_quote(paragraph: str, speaker: str | None, before: str = "", person: bool = False) -> bool:
    """Whether a paragraph after a block quote's intro is the author's again: it names the speaker in the third person,
    opens with an attribution of its own, ends in a colon, introducing another, draws a conclusion ("Thus, …"), signs
    the quote before it ("Jonah Goldberg, National Review"), says "I" outside quotation marks where the quote
    ``before`` it, news copy that names its own speakers, never did ("… as I’ve written in the past": the blogger
    again), or says neither "we" nor "I" after a statement in "we" whose speaker is no ``person`` (an organisation's:
    "as The Times … Our mission is …" / "Mr. Trump has viewed leaks differently"; not a person's: "Schumer said in a
    statement: We will not …" / "This bill is a disaster …")."""
    if paragraph.startswith("According to") or paragraph.rstrip().endswith(":") or CONCLUDING.search(paragraph) \
            or signature_line(paragraph):
        return True
    own = outside_quotations(paragraph)
    return _names(paragraph, speaker) or _says_i(own) and not _says_i(before) \
        and bool(_REPORTED.search(before) or _THIRD_PERSON.search(own)) \
        or not person and bool(_FIRST_PLURAL.search(outside_quotations(before))) \
        and not (_FIRST_PLURAL.search(own) or _says_i(own))


# "I" as a word, not a numeral ("World War I", "Phase I", "I-95"); and a cue of news copy: an excerpt that names its
# speakers ("…,” said Fitzpatrick") is no one's first-person text, so an "I" after it is the excerpter's
_FIRST_PERSON = re.compile(r"\b(?:I(?![-\d])|I[’']\w+|me|my|myself)\b")
_NUMBERED = re.compile(r"\b(?:War|Phase|Title|Part|King|Chapter|Article|Stage|Class|Level|Type|Act|Book)\s+\Z")
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|described|according to|reported)\b")  # the commonest cues of news copy
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")  # an organisation naming itself in its own statement


def _says_i(text: str) -> bool:
    """First person outside a numeral ("World War I", "Phase I", "I-95")."""
    return any(not (m.group() == "I" and _NUMBERED.search(text, 0, m.start())) for m in _FIRST_PERSON.finditer(text))


def _names(paragraph: str, speaker: str | None) -> bool:
    return bool(speaker) and re.search(rf"\b{re.escape(speaker)}\b", paragraph) is not None
