"""Quotations a cue reads: the one around a clause, the one beside the cue, the one before a sentence that is
only a cue, and a clause that opens with a whole quoted utterance (:mod:`analysis.text.speech`); the verb that
quotes a cue's speaker ("quotes Bannon as saying"); and a short quotation a cue takes as its object inside the clause
another cue reports, which says nothing itself."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .cues import (SCARE_QUOTE_MAX_WORDS, SUBJECTS, VOICED, Reading, end_of, is_embedded_phrase, may_be_speech,
                   verb_entry)
from .block_quotes import signed_below
from .quotations import Quotation


def to_quoted_utterance(reading: Reading, span: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A clause that opens with a whole quoted utterance ends with it when the author's words go on after it with a
    dash (``X said "…" – a harsh condemnation``) or, when the quotation has a verb, with a verb or "and" (``X said,
    "I left," saying …``: the parser hangs the participle on the quoted verb; not "“rogue killers,” and not X");
    not when another cue follows (``concluded "…," the department said``). A clause before its cue starts after
    its last colon ("polling tells the same story: 7 in 10 “believe …,” a new poll found")."""
    text, doc = reading.text, reading.doc
    colon = text.rfind(":", span[0], span[1]) if span[1] <= cue.idx else -1
    rest = text[colon + 1:span[1]]
    if colon >= 0 and rest.strip():
        span = span[1] - len(rest.lstrip()), span[1]
    for q in reading.quotations:
        dash = text[q.end:span[1]].lstrip()[:1] in ("–", "—")  # "… said “…” – a harsh condemnation": the author's
        if q.start <= span[0] and not text[q.inner_start:span[0]].strip() and q.end < span[1] \
                and (dash or text[q.inner_start:q.inner_end].rstrip()[-1:] in (",", ".", "?", "!")):
            after = doc.char_span(q.end, span[1], alignment_mode="expand")
            first = next((t for t in after or () if not t.is_punct and not t.is_space), None)
            quoted = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand") or ()
            utterance = any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in quoted)  # not "“rogue killers,”
            if dash or first is not None and utterance and first.tag_ in ("VBG", "VBD", "VBN", "CC"):  # and not X, may"
                return span[0], q.inner_end
    return span


def quotation_before_bare_cue(reading: Reading, token: Token) -> Quotation | None:
    """``“We have won.” Trump wrote on Twitter.``: the quotation that ends the previous sentence of the
    paragraph, when the cue's sentence holds only its source, the cue and adjuncts."""
    sentence = token.sent
    if sentence.start == 0 or not _is_bare_cue(token):
        return None
    before = reading.text[:sentence.start_char].rstrip(" ")
    if before.endswith("\n") or not before.endswith(("”", '"')):
        return None
    return next((q for q in reading.quotations if q.end == len(before) and not is_embedded_phrase(reading, q)),
                None)


def question_after_bare_cue(reading: Reading, token: Token) -> Quotation | None:
    """``X asked about the budget. “Why cut it?”``: a quoted question that opens the next sentence of the
    paragraph, when the asking cue's sentence holds only its source, the cue and adjuncts."""
    if not _is_bare_cue(token):
        return None
    end = end_of(max((t for t in token.sent if not t.is_space), key=lambda t: t.i))
    start = end + len(reading.text[end:]) - len(reading.text[end:].lstrip(" "))
    return next((q for q in reading.quotations_starting.get(start, ())
                 if "?" in reading.text[q.inner_start:q.inner_end]), None)


def _is_bare_cue(token: Token) -> bool:
    """Whether the cue's sentence holds only the cue, its source and adjuncts."""
    allowed = {token.i} | {t.i for c in token.children if c.dep_ in SUBJECTS | {"npadvmod", "advmod", "prep",
                                                                                  "dobj", "punct", "agent"}
                           for t in c.subtree}
    return all(t.i in allowed for t in token.sent if not t.is_space)


def quotation_around(reading: Reading, token: Token) -> Quotation | None:
    """The double-quoted quotation that holds ``token``, if any."""
    return next((q for q in reading.quotations if q.start < token.idx < q.end and q.mark == "double"), None)


def _before(mark: Token) -> int:
    """The index of the last word before an opening mark and the comma or colon right before it."""
    i = mark.i - 1
    while i > 0 and (mark.doc[i].is_space or mark.doc[i].text in ",:"):
        i -= 1
    return i


def _labels_a_noun(reading: Reading, start: int) -> bool:
    """Whether the quotation opening at ``start`` modifies the noun right after it ("shouted “anti-government”
    slogans", "chanted “Death To America” Slogans"): a label, not the words voiced."""
    quote = next(iter(reading.quotations_starting.get(start, ())), None)
    words = reading.doc.char_span(quote.start, quote.end, alignment_mode="expand") if quote else None
    word = next((t for t in reading.doc[words.end:] if not t.is_space), None) if words is not None else None
    return word is not None and word.tag_.startswith("NN")


def _ends_a_clause(reading: Reading, q: Quotation) -> bool:
    """Whether a quotation is the end of a clause that opens before it in its sentence ("Israel risks becoming “an
    apartheid state,” Kerry told …"): its words hang on a verb before it and no colon ("X said as much: “…,” he
    said"); that clause, not the quotation alone, is what the cue after it reports."""
    doc = reading.doc
    words = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    heads = [t.head for t in words if not words.start <= t.head.i < words.end]
    return any(h.i < words.start and h.sent == words[0].sent and h.tag_.startswith("VB")
               and not any(t.text == ":" for t in doc[h.i:words.start]) for h in heads)


def adjacent_quotation(reading: Reading, token: Token) -> Quotation | None:
    """A quotation right before the cue's clause (``"…," X said``, a naming verb's ``"…" as X calls it``) or right
    after it (``X said: "…"``)."""
    text = reading.text
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]  # the nearest: a quote's word may hang here too
    subject = min(subjects, key=lambda c: abs(c.i - token.i)) if subjects else None
    if subject is None and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.tag_ in ("NNP", "NNPS"):
        subject = token.head  # "“…,” Jonathan Schanzer, an expert at …, tweeted": the parser read a participle
    left = min(token.i, subject.left_edge.i) if subject is not None else token.i
    naming = _as_x_calls_it(token)  # "a “showboat” as Trump described him"
    left = min(left, naming)
    while left < token.i and token.doc[left].text in ("”", "’", '"', " ", ","):  # "…,” adviser X said": the parse may
        left += 1                                                             # hang the closing mark on the title
    right = max([token.i] + [c.right_edge.i for c in token.children
                             if c.dep_ not in ("punct", "ccomp", "parataxis", "conj", "cc")])
    doc = token.doc  # ``wrote to the mayor, “Shameful. …”``, ``declared Thursday “a great day”``: the parse may
    # hang the quotation's words on the cue
    marks = ((t, _before(t)) for t in doc[token.i + 1:right + 1] if t.tag_ == "``")
    # the quoted object of a verb of voicing, though the sentence goes on: "shouted “fake!” at the cars"
    shouted = getattr(verb_entry(reading, token), "lemma", None) in VOICED
    right = next((last for t, last in marks if last == token.i and (shouted and not _labels_a_noun(reading, t.idx)
                                                                   or _rest_of_sentence(reading, t, token))
                  or last > token.i and (doc[last + 1].text in ",:" or doc[last].ent_type_ in ("DATE", "TIME"))
                  and token in (t.head, doc[min(t.i + 1, right)].head)
                  or last > token.i and doc[last].dep_ in ("dobj", "dative") and doc[last].head == token
                  and doc[min(t.i + 1, right)].head == token), right)  # "telling the Examiner “Give me a break!”"
    left_char, right_char = doc[left].idx, end_of(doc[right])
    gap_start = left_char  # "…,” X said": the quotation ends where the spaces, commas, dashes before the cue begin,
    while gap_start > 0 and text[gap_start - 1] != "\n" and (text[gap_start - 1].isspace()  # in its paragraph
                                                             or text[gap_start - 1] in ",—–-"):
        gap_start -= 1
    gap_end = right_char   # "X said: “…": it starts after spaces and at most one comma or colon
    while gap_end < len(text) and text[gap_end].isspace():
        gap_end += 1
    if gap_end < len(text) and text[gap_end] in ",:":
        gap_end += 1
        while gap_end < len(text) and text[gap_end].isspace():
            gap_end += 1
    fronted = token.dep_ == "advcl" and token.tag_ == "VBG" and token.i < token.head.i  # "Responding to X, Trump
    before = () if fronted else (q for end in range(gap_start, left_char + 1)  # tweeted": the quote before is not his
                                 for q in reading.quotations_ending.get(end, ()))
    # "When Johnson pressed her …, she slapped him down: “…”": a clause of its own between cue and quotation has it
    other_clause = any(t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT")
                                                               for c in t.children) for t in doc[token.i + 1:right + 1])
    after = () if other_clause else (q for start in range(right_char, gap_end + 1)
                                     for q in reading.quotations_starting.get(start, ()))
    sentence = token.sent
    # another cue's quotation is not this one's, unless it is nested inside ("“… ‘deterring …’ ,” she wrote")
    held = [span for s in reading.found for span in s.quoted]
    before = (q for q in before if naming < token.i or not _held_before(reading, q))
    return next((q for q in (*before, *after) if may_be_speech(reading, q)  # not "the “Christmas gift” it warned"
                 and not (shouted and _labels_a_noun(reading, q.start))
                 and not any(a < q.inner_end and q.inner_start < b and not _nested(reading, q, a, b) for a, b in held)
                 and (sentence.start_char <= q.start < sentence.end_char or not is_embedded_phrase(reading, q))
                 and not (q.end <= token.idx and _ends_a_clause(reading, q))
                 and signed_below(text, q.start, q.end) is None), None)  # signed: the signer's, not this cue's


def _held_before(reading: Reading, q: Quotation) -> bool:
    """Whether a quotation belongs to the clause before it, not to the cue after it ("“No deal” the official told
    Reuters"): a noun phrase's words with no closing punctuation ("preparing the “Christmas gift” it warned the U.S.
    about"), or the object of a preposition before it ("In an address in Hindi to “my family,” Modi mentioned")."""
    words = reading.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if words is None or not len(words) or words.root.head.i >= words.start:
        return False
    closed = reading.text[q.inner_start:q.inner_end].rstrip(" ’'\"”")[-1:] in ",.?!—–-" \
        or reading.text[q.end:q.end + 1] == ","  # "… continue it?’” she said"
    return not closed or words.root.dep_ == "pobj"


# Verbs that name: "an inquiry dubbed “Crossfire Hurricane.”" quotes a name, not words said
NAMING = frozenset("dub dubs dubbed call calls called name names named term terms termed label labels labeled "
                   "labelled brand brands branded".split())
DESCRIBING = frozenset("describe describes described describing".split())
OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})


def _as_x_calls_it(cue: Token) -> int:
    """The index of "as" opening a naming cue's clause after the quotation it names ("a “showboat” as Trump described
    him", "the “witch hunt,” as Trump calls it"): only a naming verb with a pronoun object and nothing else after
    it ("as the coach called them over" is an act); else the cue's own index."""
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if mark is None or cue.lower_ not in NAMING | DESCRIBING or len(objects) != 1 \
            or objects[0].lower_ not in OBJECT_PRONOUNS or cue.right_edge != objects[0]:
        return cue.i
    return mark.i


TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())  # lower case in a title


def is_title(words: str) -> bool:
    """Whether quoted words are a title: two words or more, each capitalised but the small ones ("The Situation
    Room with Wolf Blitzer", "The Art of the Deal")."""
    capitalised = [w for w in re.findall(r"[A-Za-z][\w'’-]*", words) if w not in TITLE_SMALL_WORDS]
    return len(capitalised) > 1 and all(w[0].isupper() for w in capitalised)


def _rest_of_sentence(reading: Reading, mark: Token, cue: Token) -> bool:
    """Whether the quotation opening at ``mark`` right after a cue is the rest of its sentence (``said “No
    comment.”``), or all of it but the author's appositive comment (``declared “…,” a claim that …``); not a title,
    nor after a verb of naming a quotation no longer than a name."""
    q = next(iter(reading.quotations_starting.get(mark.idx, ())), None)
    if q is None:
        return False
    inner = reading.text[q.inner_start:q.inner_end]
    if cue.lower_ in NAMING and q.n_words <= SCARE_QUOTE_MAX_WORDS or is_title(inner):
        return False  # a name after a verb of naming; a title: "wrote “The Art of the Deal.”"
    rest = reading.text[q.end:mark.sent.end_char]
    comma = inner.rstrip().endswith(",") or rest.lstrip().startswith(",")  # inside or outside the closing mark
    return not any(ch.isalnum() for ch in rest) or comma and re.match(r"\s*,?\s*(?:a|an)\s", rest) is not None


def _nested(reading: Reading, q: Quotation, start: int, end: int) -> bool:
    """Whether ``start:end`` lies in another quotation inside ``q``."""
    return any(p is not q and q.start <= p.start and p.end <= q.end and p.start <= start and end <= p.end
               for p in reading.quotations)


def closing_quotation(reading: Reading, cue: Token, obj: Token) -> Quotation | None:
    """The quotation that ends the cue's sentence, with only punctuation after it and no verb between the cue's
    object and it (not "dismissed X, said he is “…”"), or None."""
    sentence = cue.sent
    last = max((q for q in reading.quotations if cue.idx < q.start and q.end <= sentence.end_char + 2), default=None,
               key=lambda q: q.start)
    if last is None or any(ch.isalnum() for ch in reading.text[last.end:sentence.end_char]):
        return None
    between = cue.doc[obj.right_edge.i + 1:sentence.end]
    return None if any(t.tag_.startswith("VB") and t.idx < last.start for t in between) else last


QUOTING = frozenset("quote quotes quoted quoting cite cites cited citing".split())


def quoting_verb(cue: Token) -> Token | None:
    """"quotes Bannon as saying", "cited officials as saying": the verb that quotes the cue's speaker, or None."""
    verb = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else None
    return verb if verb is not None and verb.lower_ in QUOTING and any(c.dep_ == "dobj" for c in verb.children) \
        else None


def quoted_phrase_in_reported_clause(reading: Reading, cue: Token, obj: Token) -> bool:
    """Whether the object is a short quotation and the cue stands in the clause another verb cue reports."""
    start, end = obj.left_edge.idx, end_of(obj.right_edge)
    if not any(q.start <= start and end <= q.end and q.n_words <= SCARE_QUOTE_MAX_WORDS for q in reading.quotations):
        return False
    x = cue
    while x.dep_ in ("conj", "ccomp", "advcl", "xcomp") and x.head != x:
        if x.dep_ == "ccomp" and verb_entry(reading, x.head) is not None:
            return True
        x = x.head
    return False
