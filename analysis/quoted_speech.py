"""Quoted speech: block quotes and direct quotes, with the cue and source next to them.

A block quote takes its source and cue from the paragraph that introduces it
("Magnier writes:"): the cue is the last reporting verb of that paragraph's last
sentence. A direct quote is a quotation (:mod:`analysis.quotes`) with a cue
right after it (``“…,” she said``, ``“…,” said Mattis``, ``“…,” according to
X``) or right before it (``X said: “…”``); a cue between two quotations joins
them (``“…,” she said, “…”``). A quotation of more than
:data:`SCARE_QUOTE_MAX_WORDS` words, or a whole quoted sentence, that opens its
sentence with no cue continues the speaker of the nearest attribution in the
same or the previous paragraph. Single-quoted spans count only next to a cue,
unless the article already quotes speech in single quotes (UK style).
"""

from __future__ import annotations

import re

from .cues import COMPLEMENTIZERS, Reading, char_span, skip_adjuncts, token_span, verb_source
from .quotes import Quotation
from .speakers import boundary_before, low, sentence_subject, source_after, source_before

# The rule: a quotation this short with no reporting cue in its sentence is a scare quote.
SCARE_QUOTE_MAX_WORDS = 5
_CUE_LEAD_RE = re.compile(r"^\s*[,:]?\s*$")
_JOIN_RE = re.compile(r"^[^.!?“”\"]{0,60},\s*$")  # between "she said" and the quote it interrupts


def read_block_quotes(reader: Reading) -> None:
    """One attribution per run of block-quote paragraphs, its source and cue read from the intro paragraph
    when that ends in a colon; a block with no such intro is listed with neither."""
    article = reader.article
    runs: list[list[int]] = []
    for p in article.paragraphs:
        if p.kind != "block_quote":
            continue
        previous = article.paragraphs[p.index - 1] if p.index else None
        if runs and runs[-1][-1] == p.index - 1 and previous.quote_intro == p.quote_intro:
            runs[-1].append(p.index)
        else:
            runs.append([p.index])
    for run in runs:
        first, last = article.paragraphs[run[0]], article.paragraphs[run[-1]]
        intro = first.quote_intro if first.quote_intro is not None else run[0] - 1
        intro_sentences = [s for s in article.sentences if s.paragraph == intro and intro >= 0]
        block_sentence = next(s for s in article.sentences if s.paragraph == run[0])
        content = (first.start, last.end)
        if not intro_sentences or not intro_sentences[-1].text.rstrip().endswith(":"):
            reader.add(block_sentence, None, None, content, None, "block")
            continue
        sentence = intro_sentences[-1]
        tokens = reader.tokens(sentence.index)
        for k in range(len(tokens) - 1, -1, -1):
            matched = reader.match(reader.cues.verbs, tokens, k)
            if matched and matched[0].complement != "np":
                source = verb_source(reader, sentence, k)
                reader.add(sentence, source, token_span(tokens, k, matched[1]), content, matched[0], "block")
                break
        else:
            subject = sentence_subject(article.text, tokens, reader.cues.stop_forms, len(tokens))
            reader.add(sentence, char_span(article.text, tokens, subject), None, content, None, "block")


def read_direct_quotes(reader: Reading) -> list[Quotation]:
    """Direct quotes with an adjacent cue; returns the long cue-less quotes for :func:`read_continued_quotes`."""
    pending: list[Quotation] = []
    joined: set[Quotation] = set()
    single_speech = False  # UK style: once a single-quoted span is speech, cue-less ones may be too
    for q in reader.quotations:
        if q in joined or reader.article.sentence_at(q.start) is None:
            continue
        found = _cue_after_quote(reader, q) or _cue_before_quote(reader, q)
        if found is None:
            speech = q.n_words > SCARE_QUOTE_MAX_WORDS or _is_quoted_sentence(reader.article.text, q)
            if speech and _opens_sentence(reader, q):
                pending.append(q)
            continue
        single_speech = single_speech or q.mark == "single"
        sentence, source, cue_span, cue = found
        end = q.end
        later = next((r for r in reader.quotations if r.start > q.end and r.mark == q.mark), None)
        tail = max(cue_span[1], source[1] if source else 0)
        if later is not None and tail > q.end and _JOIN_RE.match(reader.article.text[tail:later.start]):
            joined.add(later)
            end = later.end
        opening = reader.article.text[sentence.start:q.start]
        if cue_span[0] > q.start and opening.strip():  # "Claims by X were “flatly wrong,” said Y."
            reader.add(sentence, source, cue_span, (sentence.start, q.end), cue, "mixed")
        else:
            reader.add(sentence, source, cue_span, (q.inner_start, end - 1), cue, "direct")
    return [q for q in pending if q.mark == "double" or single_speech]


def _cue_after_quote(reader: Reading, q: Quotation):
    """``“…,” she said`` / ``“…,” said Mattis`` / ``“…,” according to X``.

    Returns (sentence, source span, cue span, cue) or None."""
    text, article = reader.article.text, reader.article
    index = article.sentence_at(q.end - 1)
    if index is None:
        return None
    sentence = article.sentences[index]
    tokens = reader.tokens(index)
    k = next((i for i, t in enumerate(tokens) if t.start >= q.end), None)
    if k is None:
        return _cue_in_next_sentence(reader, q, index)
    if not re.fullmatch(r"[\s,—–-]*", text[q.end:tokens[k].start]):
        return None
    forms = reader.cues.stop_forms
    matched = reader.match(reader.cues.verbs, tokens, k)
    if matched:
        source = source_after(text, tokens, k + matched[1], forms)
        if source is not None:
            return sentence, char_span(text, tokens, source), token_span(tokens, k, matched[1]), matched[0]
        return None
    for c in range(k + 1, min(len(tokens), k + 12)):
        matched = reader.match(reader.cues.verbs, tokens, c)
        if matched and matched[0].complement != "np":
            source = source_before(text, tokens, c, forms)
            if source is None or source[0] != k:
                source = source_after(text, tokens, k, forms)  # “…,” Smith, a spokesman, said
                if source is None or not boundary_before(text, tokens, source[1] + 1) \
                        or not boundary_before(text, tokens, c):
                    return None
            return sentence, char_span(text, tokens, source), token_span(tokens, c, matched[1]), matched[0]
        if low(tokens[c]) in COMPLEMENTIZERS:
            return None
    return None


def _cue_in_next_sentence(reader: Reading, q: Quotation, index: int):
    """``“We have won.” Trump wrote on Twitter.``: a next sentence of the same paragraph that is only a
    source, a cue and adjuncts."""
    article = reader.article
    if index + 1 >= len(article.sentences) or "\n" in article.text[q.end:article.sentences[index + 1].start]:
        return None
    sentence = article.sentences[index + 1]
    tokens = reader.tokens(sentence.index)
    for c in range(1, min(len(tokens), 10)):
        matched = reader.match(reader.cues.verbs, tokens, c)
        if matched and matched[0].complement != "np":
            source = source_before(article.text, tokens, c, reader.cues.stop_forms)
            tell = matched[0].lemma == "tell"
            if source is None or source[0] != 0 or skip_adjuncts(tokens, c + matched[1], tell) < len(tokens):
                return None
            return sentence, char_span(article.text, tokens, source), token_span(tokens, c, matched[1]), matched[0]
    return None


def _cue_before_quote(reader: Reading, q: Quotation):
    """``X said: “…”`` / ``X said, “…”``: (sentence, source, cue span, cue)."""
    text, article = reader.article.text, reader.article
    sentence = article.sentences[article.sentence_at(q.start)]
    tokens = reader.tokens(sentence.index)
    before = [i for i, t in enumerate(tokens) if t.end <= q.start]
    if not before or not _CUE_LEAD_RE.match(text[tokens[before[-1]].end:q.start]):
        return None
    for c in range(before[-1], max(-1, before[-1] - 6), -1):
        if c < before[-1] and boundary_before(text, tokens, c + 1):
            return None
        matched = reader.match(reader.cues.verbs, tokens, c)
        if matched and matched[0].complement != "np":
            source = verb_source(reader, sentence, c)
            lead_is_adjunct = skip_adjuncts(tokens, c + matched[1], matched[0].lemma == "tell") > before[-1]
            if source is None or not lead_is_adjunct:  # not "telling reporters he was “…”" (mixed)
                return None
            return sentence, source, token_span(tokens, c, matched[1]), matched[0]
    return None


def _is_quoted_sentence(text: str, q: Quotation) -> bool:
    """Whether the quotation is a whole quoted sentence (“The decision is final.”), not a phrase."""
    return q.n_words >= 2 and text[q.inner_start:q.inner_end].rstrip()[-1:] in (".", "?", "!")


def _opens_sentence(reader: Reading, q: Quotation) -> bool:
    """Whether the quotation starts its sentence and the sentence holds no reporting verb."""
    sentence = reader.article.sentences[reader.article.sentence_at(q.start)]
    return not reader.article.text[sentence.start:q.start].strip() and not any(
        reader.match(reader.cues.verbs, reader.tokens(sentence.index), k)
        for k in range(len(reader.tokens(sentence.index))))


def read_continued_quotes(reader: Reading, pending: list[Quotation]) -> None:
    """A long quote opening its sentence, no cue: the speaker of the latest attribution one paragraph back."""
    article = reader.article
    for q in pending:
        sentence = article.sentences[article.sentence_at(q.start)]
        if any(a.content_start <= q.inner_start < a.content_end for a in reader.found):
            continue
        earlier = [a for a in reader.found if a.source and a.content_start < q.start
                   and sentence.paragraph - article.sentences[a.sentence].paragraph <= 1]
        if earlier:
            latest = max(earlier, key=lambda a: a.content_start)
            reader.add(sentence, (latest.source_start, latest.source_end), None, (q.inner_start, q.inner_end),
                       None, "direct")
