"""Quotations of speech that no cue claimed: joined to a cue of their sentence, introduced by a verb before a
colon, continuing an earlier speech, or kept as uncued (quoted voice with no source).

One in the sentence of a direct quote after its cue joins it (``"A," X said, "B."``); an utterance after a
colon that hangs on a verb with a subject of its own, and ends its sentence, is that subject's words, whatever
the verb ("the senator thundered: “…”"; not a linking verb, "the mood remains grim: “…”", nor a negated or
modal one); one that opens its sentence, ends in a comma and is followed only by a subject, a verb and
adjuncts is that subject's words, whatever the verb ("“…,” Lee followed up", "“…,” she laughed"); one of
more than :data:`~analysis.text.cues.SCARE_QUOTE_MAX_WORDS` words, or a whole quoted sentence, that opens its sentence
continues the latest speech of the same or the previous paragraph (captions between, an ad slot, not counted); else it
is an uncued quotation. Shorter
ones are left to :mod:`analysis.detect.scare_quotes` (so is a short phrase inside the author's sentence whose
comma sits inside the marks: "target Putin's “inner circle,” drew"), except one whose speaker says "I" or "we"
(“we have had enough revolutions”), and except in the headline, where every
quotation (single marks too, headline style) is someone's words, and a short quotation set as a paragraph of its own
(a section heading: 'Extremely serious'): an uncued quotation. A paragraph that opens with a
name and a colon before a quotation gives it to that name ("The Los Angeles Times : “…”").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from .cues import (EDGE, SCARE_QUOTE_MAX_WORDS, Cue, Reading, Speech, is_embedded_phrase, is_utterance, may_be_speech,
                   load_cues, record, strip_span)
from .block_quotes import signed_below
from .cue_quotes import is_title
from .quotations import Quotation
from .source_phrase import phrase_span
from .sources import speaker_of

# Linking and auxiliary verbs in their forms (the pipeline runs no lemmatiser): "the mood remains grim: “…”".
NOT_SPEECH_VERBS = frozenset("be is are was were been being have has had do does did become becomes became remain "
                             "remains remained seem seems seemed appear appears appeared look looks looked sound "
                             "sounds sounded feel feels felt get gets got stay stays stayed".split())


def read_unclaimed_quotations(reading: Reading, paragraphs: Sequence[tuple[int, int, str]]) -> None:
    """Join, continue or keep as uncued the quotations of speech that no cue claimed (module docstring)."""
    text, doc = reading.text, reading.doc
    starts = [p[0] for p in paragraphs]
    rank = list(itertools.accumulate(kind != "caption" for _, _, kind in paragraphs))  # an ad slot between: no break

    def paragraph_of(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset) if offset >= starts[0] else 0

    british = any(q.mark == "single" and any(a <= q.inner_start < b for sp in reading.found for a, b in sp.quoted)
                  for q in reading.quotations)
    headlines = [(a, b) for a, b, kind in paragraphs if kind == "headline"]
    alone = {(a, b) for a, b, kind in paragraphs if kind == "body"}  # a section heading: 'Extremely serious'
    for q in reading.quotations:
        heading = q.n_words <= SCARE_QUOTE_MAX_WORDS and text[q.inner_start:q.inner_end].rstrip()[-1:] not in ".!?," \
            and any(a == q.start and not text[q.end:b].strip() for a, b in alone)  # not “Completely done.”
        if (heading or any(a <= q.start < b for a, b in headlines)) and not _claimed(reading, q):
            # A headline's quotes, single marks too (headline style), give someone's words: "Decries X's 'Very Nasty'"
            inner = strip_span(text, q.inner_start, q.inner_end, keep_final=True)
            reading.found.append(Speech("uncued", None, None, (inner,), (inner,), None,
                                        "quotation set as a heading" if heading else "quotation in the headline"))
            continue
        if q.mark == "single" and not (british and may_be_speech(reading, q)) or _claimed(reading, q):
            continue
        token = doc.char_span(q.start, q.end, alignment_mode="expand")
        if token is None or any(t.i in reading.skip for t in token):
            continue
        sentence = token[0].sent
        same = [i for i, s in enumerate(reading.found) if s.cue and s.kind in ("direct", "mixed")
                and sentence.start_char <= s.cue[0] < sentence.end_char and s.cue[0] < q.start]
        inner = strip_span(text, q.inner_start, q.inner_end, keep_final=True)
        if same and not (is_title(text[q.inner_start:q.inner_end]) and _ON_A_SHOW.search(text, 0, q.start)):
            _extend(reading, same[-1], inner)
            continue
        words = [t for t in token if t.is_alpha]  # “we have had enough revolutions”; not the title “We Were Soldiers”
        speaking = any(t.lower_ in ("i", "we") and t.tag_ == "PRP" for t in words) \
            and sum(t.text[:1].isupper() for t in words) * 2 < len(words)
        if not speaking and (not is_utterance(text, q) or q.n_words <= SCARE_QUOTE_MAX_WORDS
                             and is_embedded_phrase(reading, q)):
            continue  # "target Putin's “inner circle,” drew": a phrase in the author's sentence, its comma inside
        verb = _verb_before_colon(doc, token[0])
        if verb is not None and not text[q.end:sentence.end_char].strip().strip(" .,!?”\"'’"):  # the quote ends it
            # One cue, one speech: a reading of the verb that took a clause inside the quotation as its content
            # ("The Post reports: “X informed Y that he is continuing …”") gives way to the whole quotation.
            reading.found[:] = [s for s in reading.found if s.cue != (verb.idx, verb.idx + len(verb.text))
                                or not all(inner[0] <= a and b <= inner[1] for a, b in s.content)]
            subject = speaker_of(verb, reading.quoted_tokens)
            record(reading, verb, Cue(verb.lower_, "neutral", "that"), 1, phrase_span(subject, without=verb),
                   [inner], "quotation after a verb and a colon")
            continue
        signed = signed_below(text, q.start, q.end)
        if signed is not None:  # a pull quote signed on the line after it: "“…”" / "Jonah Goldberg, National Review"
            reading.found.append(Speech("direct", signed, None, (inner,), (inner,), None, "quotation signed below"))
            continue
        label = re.match(r"(?P<name>[A-Z][\w.'’ ]{1,60}?)\s*(?:\([^()\n]{1,40}\)\s*)?:\s*\Z",
                         text[starts[paragraph_of(q.start)]:q.start])  # "The Los Angeles Times : “…”"
        if label and all(t.tag_.startswith("NNP") or t.tag_ == "DT" or t.is_punct for t in doc.char_span(
                label.start() + starts[paragraph_of(q.start)], label.end("name") + starts[paragraph_of(q.start)],
                alignment_mode="expand") or ()):
            offset = starts[paragraph_of(q.start)]
            reading.found.append(Speech("direct", (offset + label.start("name"), offset + label.end("name")), None,
                                        (inner,), (inner,), None, "quotation after a name and a colon"))
            continue
        opens = not text[sentence.start_char:q.start].strip()
        verb = _verb_after_quote(doc, q, sentence) if opens else None
        if verb is not None:
            subject = speaker_of(verb, reading.quoted_tokens)
            record(reading, verb, Cue(verb.lower_, "neutral", "that"), 1, phrase_span(subject, without=verb),
                   [inner], "quotation before its speaker and verb")
            continue
        here = paragraph_of(q.start)
        earlier = [i for i, s in enumerate(reading.found) if s.kind != "uncued" and s.content[-1][1] <= q.start
                   and rank[here] - rank[paragraph_of(s.content[0][0])] <= 1]
        if opens and earlier:
            # the latest to end; of two ending together, the outer one ("“I know some have suggested …,” he said");
            # but a quotation continues a quotation: not the relay that ends its sentence ("“…,” Maduro said, the
            # agency reported. “…”"), when a speech of that sentence has quotation marks
            latest = max(earlier, key=lambda i: (reading.found[i].content[-1][1], -reading.found[i].content[0][0]))
            last_end = reading.found[latest].content[-1][1]
            last_word = doc.char_span(last_end - 1, last_end, alignment_mode="expand")
            quoting = [i for i in earlier if reading.found[i].kind == "direct" and last_word is not None
                       and last_word.sent.start_char <= reading.found[i].content[-1][1] <= last_end]
            _extend(reading, latest if not quoting or reading.found[latest].kind == "direct"
                    else max(quoting, key=lambda i: reading.found[i].content[-1][1]), inner)
            continue
        reading.found.append(Speech("uncued", None, None, (inner,), (inner,), None, "quotation with no cue"))


# "said on CNN’s “The Situation Room …”", "told “Fox News Sunday”", "in his book “The Art of the Deal”": a title, not
# more of the speech (but "in a jab at the “Fake News Media”" is)
_ON_A_SHOW = re.compile(r"\b(?:on|in|to|told|with|titled|entitled)\s+(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                        r"['’]s?\s+|(?:his|her|their|its|a|an|the)\s+(?:new\s+|latest\s+)?(?:book|show|program|"
                        r"programme|interview|op-ed|column|article|essay|memoir|podcast)\s+)?\Z")


def _claimed(reading: Reading, q: Quotation) -> bool:
    """Whether a speech already holds the quotation (its words, without the spaces inside spaced marks), or a
    source phrase contains it."""
    start, end = strip_span(reading.text, q.inner_start, q.inner_end, keep_final=True)
    for s in reading.found:
        if any(a <= start and (end <= b + 1 or not reading.text[b:end].strip(EDGE)) for a, b in s.content) \
                or s.source and s.source[0] <= q.start < s.source[1] \
                or any(a <= start < b for a, b in s.quoted):
            return True
    return False


def _extend(reading: Reading, i: int, span: tuple[int, int]) -> None:
    s = reading.found[i]
    reading.found[i] = replace(s, content=s.content + (span,), quoted=s.quoted + (span,))


def _verb_after_quote(doc, q: Quotation, sentence) -> Token | None:
    """The verb a sentence-opening quotation is tagged with, whatever the verb (“…,” Lee followed up; “…,” she
    laughed): the quotation ends in a comma, and the rest of the sentence is its subject, the verb (the root)
    and adjuncts, with no object or clause of its own; else None."""
    rest = [t for t in doc[sentence.start:sentence.end] if t.idx >= q.end and not t.is_punct and not t.is_space]
    verb = sentence.root
    tagged = "," in doc.text[q.end - 2:q.end + 1]  # “…,” X verb
    if not rest or verb not in rest or not tagged or not verb.tag_.startswith("VB") \
            or verb.lower_ in NOT_SPEECH_VERBS or any(c.dep_ in ("neg", "aux") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx >= q.end), None)
    if subject is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.idx >= q.end
                              for c in verb.children):
        return None
    return verb


def _verb_before_colon(doc, mark: Token) -> Token | None:
    """The verb a quotation's colon hangs on ("the senator thundered: “…”"), when it has a subject of its own."""
    if mark.i < 2 or doc[mark.i - 1].text != ":":
        return None
    verb = doc[mark.i - 1].head  # or the last clause of its own before the colon, where the parse hung it elsewhere
    verb = verb.head if verb.dep_ == "dobj" and verb.head.i < mark.i else verb  # "issued the following statement:"
    start = verb.i + 1 if verb.i < mark.i else doc[mark.i - 1].sent.start  # "When X pressed, she said:"
    verb = next((t for t in reversed(doc[start:mark.i - 1]) if t.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in t.children)
        and not (t.dep_ == "advcl" and t.head.i < t.i and (t.head.lower_,) in load_cues().verbs)), verb)  # "I wrote
    # …, two days before he resigned:" is what I wrote; "Protesters booed when the governor thundered:" the governor's
    if not verb.tag_.startswith("VB") or verb.lower_ in NOT_SPEECH_VERBS or verb.i >= mark.i \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None  # "did not say:", "will say:": nothing was said
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None
