"""Reported speech: attributions led by "according to", a reporting verb, or a reporting noun.

Patterns, each over one sentence's word tokens:

- ``according to X`` at the start, middle or end of a sentence;
- ``SOURCE CUE (that) CONTENT``; ``CONTENT, SOURCE CUE.``; ``CONTENT, CUE
  SOURCE.``; ``As SOURCE CUE, CONTENT``; a participle after a comma (``…,
  adding that …``) or a verb after "and" whose source is the sentence's;
- the passive ``it was reported that`` (no source), ``X was quoted as saying``,
  and an agent ``disputed by X`` (for verbs whose complement is "any");
- nominal cues: ``X's remarks that``, ``reports from X that``, ``claims by X``,
  and a bare ``claims that …`` (no source);
- ``In a statement, X …`` when no reporting verb follows.

A verb whose ``complement`` is "that" counts only before "that"/"whether"/"if",
a colon, or after its content ("…, he added."), so "added troops" and "think
tankers" are not attributions.
"""

from __future__ import annotations

from .cues import (BE_FORMS, Cue, Reading, char_span, clause_after, clause_end, closing_singles, complementizer,
                   content_after, has_complement, in_cue_lead, opens_clause, skip_adjuncts, token_span,
                   verb_source)
from .document import Sentence, Token
from .result import Attribution
from .speakers import (AUXILIARIES, DETERMINERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, Phrase, boundary_before,
                       is_adverb, is_group, is_medium, is_name_word, is_possessive, is_title, low, phrase_ending_at,
                       source_after, source_before)


def read_according_to(reader: Reading, sentence: Sentence) -> None:
    """``According to X, …`` / ``…, according to X.`` / ``…, according to X, …``: the content is the rest of
    the sentence on the side away from the phrase (the whole sentence when the phrase sits inside)."""
    text, tokens = reader.article.text, reader.tokens(sentence.index)
    for k in range(len(tokens) - 1):
        matched = reader.match(reader.cues.verbs, tokens, k)
        if not matched or matched[0].complement != "np":
            continue
        source = source_after(text, tokens, k + matched[1], reader.cues.stop_forms)
        if source is None:
            continue
        cue_span = token_span(tokens, k, matched[1])
        after = clause_after(text, tokens, source[1] + 1)
        if k == 0 or (after is not None and boundary_before(text, tokens, k) and k <= 2):
            content = (tokens[source[1]].end, sentence.end) if after is None else (after, sentence.end)
        elif source[1] == len(tokens) - 1:
            content = (sentence.start, cue_span[0])
        else:
            content = (sentence.start, sentence.end)
        reader.add(sentence, char_span(text, tokens, source), cue_span, content, matched[0], "according_to")


def read_verbs(reader: Reading, sentence: Sentence) -> None:
    """Every reporting verb of the sentence not read yet, dispatched to the passive, agent or active rule."""
    text, tokens = reader.article.text, reader.tokens(sentence.index)
    for k in range(len(tokens)):
        matched = reader.match(reader.cues.verbs, tokens, k)
        if not matched or matched[0].complement == "np" or reader.in_source(tokens[k].start):
            continue
        cue, n = matched
        word, previous = low(tokens[k]), low(tokens[k - 1]) if k else ""
        if _opens_with_participle(tokens, k) or (previous == "to" and word == cue.lemma.split()[0]):
            continue  # "Writing in The Post, X wrote", "declined to comment"
        if k and is_possessive(text, tokens, k - 1, closing_singles(reader)):
            continue  # "Mattis’ remarks": a noun, read by read_nouns
        if _is_negated(tokens, k) or _is_modifier(reader, tokens, k, n):
            continue  # "would not say how much", "state media"
        if k + n < len(tokens) and low(tokens[k + n]) == "by" and word.endswith(("ed", "en")) and n == 1:
            _read_by_agent(reader, sentence, k, matched)
            continue
        if previous in BE_FORMS and word != "quoted":  # "X was quoted as saying" names its source
            _read_passive(reader, sentence, k, matched)
            continue
        _read_verb(reader, sentence, k, matched)


def _read_verb(reader: Reading, sentence: Sentence, k: int, matched: tuple[Cue, int]) -> None:
    """One reporting verb at token ``k``: find its source, then its content before or after it."""
    text, tokens, forms = reader.article.text, reader.tokens(sentence.index), reader.cues.stop_forms
    cue, n = matched
    cue_span, tell = token_span(tokens, k, n), cue.lemma == "tell"
    after = skip_adjuncts(tokens, k + n, tell)
    ends_clause = after >= len(tokens) or boundary_before(text, tokens, after)
    participle = low(tokens[k]).endswith("ing")
    inverted = source_after(text, tokens, k + n, forms) if k and boundary_before(text, tokens, k) else None
    if inverted is not None and not participle and (
            inverted[1] + 1 >= len(tokens) or boundary_before(text, tokens, inverted[1] + 1)):
        reader.add(sentence, char_span(text, tokens, inverted), cue_span, (sentence.start, tokens[k - 1].end), cue,
                   "indirect")  # "The plan failed, said Smith."
        return
    source = source_before(text, tokens, k, forms)
    if source is not None and n == 1 and (low(tokens[k]),) in reader.cues.nouns \
            and not _names_a_speaker(tokens, source):
        return  # "made a seemingly off-the-cuff remark to that effect": a noun, not a verb
    if source is not None:
        source_span = char_span(text, tokens, source)
    elif k and (low(tokens[k - 1]) in ("and", "but") or (participle and boundary_before(text, tokens, k))):
        source_span = verb_source(reader, sentence, k)  # "..., adding that", "sought to … and emphasize that"
    else:
        return
    opener = source[0] - 1 if source and source[0] > 0 else None
    if source_span is None:
        return
    if ends_clause and opener is not None and boundary_before(text, tokens, source[0]):
        whole = after < len(tokens)  # "The plan, he said, will fail." / "The talks will go on, he added."
        content = (sentence.start, sentence.end) if whole else (sentence.start, tokens[opener].end)
    elif ends_clause and opener is not None and low(tokens[opener]) == "as" and boundary_before(text, tokens, opener):
        whole = after < len(tokens)  # "As Smith put it, …" / "…, as Smith noted."
        content = (tokens[after].start, sentence.end) if whole else (sentence.start, tokens[opener - 1].end)
    elif not ends_clause and has_complement(reader, tokens, k, n, cue):
        content = content_after(text, tokens, k + n, sentence, tell)
    else:
        return
    reader.add(sentence, source_span, cue_span, content, cue, "indirect")


def _read_by_agent(reader: Reading, sentence: Sentence, k: int, matched: tuple[Cue, int]) -> None:
    """``the claim was disputed by his generals``, ``a claim disputed by X``: the agent is the source, the
    subject the content (verbs whose complement is "any" only: "was found by police" reports nothing)."""
    text, tokens, forms = reader.article.text, reader.tokens(sentence.index), reader.cues.stop_forms
    cue, n = matched
    agent = source_after(text, tokens, k + n + 1, forms)
    if cue.complement != "any" or agent is None:
        return
    be = k - 1 if k and low(tokens[k - 1]) in BE_FORMS else k
    subject = phrase_ending_at(text, tokens, be - 1, forms) if be > 0 else None
    content = char_span(text, tokens, subject) or (sentence.start, tokens[be].start if be else sentence.end)
    reader.add(sentence, char_span(text, tokens, agent), (tokens[be].start, tokens[k + n - 1].end), content, cue,
               "indirect")


def _read_passive(reader: Reading, sentence: Sentence, k: int, matched: tuple[Cue, int]) -> None:
    """``it was reported that``, ``it has been claimed that``: an attribution without a source."""
    text, tokens = reader.article.text, reader.tokens(sentence.index)
    be = k - 1
    subject = be - 1 if be and low(tokens[be - 1]) not in ("has", "have", "had") else be - 2
    if subject < 0 or low(tokens[subject]) != "it" or complementizer(tokens, k + matched[1]) is None:
        return
    reader.add(sentence, None, (tokens[be].start, tokens[k + matched[1] - 1].end),
               content_after(text, tokens, k + matched[1], sentence), matched[0], "indirect")


def read_nouns(reader: Reading, sentence: Sentence) -> None:
    """Reporting nouns: ``X's remarks that``, ``reports from X that``, ``claims by X``, and ``claims that``
    with no source. The content runs from "that" to the next punctuation."""
    text, tokens, forms = reader.article.text, reader.tokens(sentence.index), reader.cues.stop_forms
    for k in range(len(tokens)):
        matched = reader.match(reader.cues.nouns, tokens, k)
        if not matched or reader.in_source(tokens[k].start):
            continue
        cue, n = matched
        after = k + n
        source: Phrase | None = None
        owner = _possessor(reader, tokens, k)
        if owner is not None:
            source = phrase_ending_at(text, tokens, owner, forms)
        else:
            p = after + (after < len(tokens) and low(tokens[after]).endswith(("ing", "ed"))
                         and low(tokens[after]) not in reader.cues.stop_forms)  # "reports circulating in X"
            if p < len(tokens) and low(tokens[p]) in ("by", "from", "in", "of"):
                source = source_after(text, tokens, p + 1, forms)
                needs_that = low(tokens[p]) in ("in", "of")
                if source is not None and (needs_that and complementizer(tokens, source[1] + 1, 1) is None):
                    source = None
                if source is not None:
                    after = source[1] + 1
        that = complementizer(tokens, after, 1)
        colon = after < len(tokens) and ":" in text[tokens[after - 1].end:tokens[after].start]
        if (that is None or (source is None and not opens_clause(tokens, that + 1))) and not colon:
            continue  # "the President’s remarks yesterday": speech mentioned, nothing reported
        lead = in_cue_lead(reader, tokens[k].start)
        if lead is not None and (source is None or not _is_object_of(tokens, lead, k)):
            continue  # "said in a statement that", "told reporters after Trump’s remarks that": the verb's
        start = tokens[that].end if that is not None else (tokens[after - 1].end if after <= len(tokens) else None)
        content_end = clause_end(text, tokens, (that if that is not None else after - 1) + 1, sentence)
        reader.add(sentence, char_span(text, tokens, source) if source else None, token_span(tokens, k, n),
                   (start, max(start, content_end)), cue, "indirect")


def _is_negated(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether "not", "never" or a "-n’t" auxiliary sits before the verb at ``k`` ("would not say")."""
    for i in range(k - 1, max(-1, k - 4), -1):
        word = low(tokens[i])
        if word in ("not", "never") or word.endswith("n’t"):
            return True
        if word not in AUXILIARIES and not is_adverb(word):
            return False
    return False


def _is_modifier(reader: Reading, tokens: tuple[Token, ...], k: int, n: int) -> bool:
    """Whether a bare or noun-like cue form modifies the noun after it ("state media", "report card")."""
    word = low(tokens[k])
    if n > 1 or k + 1 >= len(tokens) or not (word == reader.cues.verbs[(word,)].lemma or (word,) in reader.cues.nouns):
        return False
    following = tokens[k + 1].text
    return following.islower() and (is_group(following) or is_medium(following) or is_title(following)
                                    or following in ("news", "department"))


def _names_a_speaker(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Whether a phrase's head is a name, pronoun, group, title or medium ("Officials claim", "The report
    claims"), as a noun-like cue form needs before it can be read as a verb."""
    head = tokens[phrase[1]].text
    return (is_name_word(head) or head.lower() in SUBJECT_PRONOUNS or is_group(head) or is_title(head)
            or is_medium(head))


def _is_object_of(tokens: tuple[Token, ...], verb: Attribution, k: int) -> bool:
    """Whether the noun at ``k`` is the direct object of ``verb``'s cue: at most a determiner or one
    modifier between them ("dismissed claims by X that", "rejected the claim that")."""
    cue_end = next(i for i, t in enumerate(tokens) if t.end >= verb.cue_end)
    return k - cue_end <= 2


def _possessor(reader: Reading, tokens: tuple[Token, ...], k: int) -> int | None:
    """Index of the possessive before the noun at ``k``, one lowercase modifier allowed between:
    "Mattis’ remarks", "his remarks", "Trump's surprise announcement"."""
    for owner in (k - 1, k - 2):
        if owner < 0 or (owner == k - 2 and not tokens[k - 1].text.islower()):
            return None
        if is_possessive(reader.article.text, tokens, owner, closing_singles(reader)) \
                or low(tokens[owner]) in POSSESSIVE_PRONOUNS:
            return owner
    return None


def read_statement_frame(reader: Reading, sentence: Sentence) -> None:
    """``In a statement, the ministry called …``: the frame is the cue when no reporting verb follows."""
    text, tokens = reader.article.text, reader.tokens(sentence.index)
    if len(tokens) < 4 or low(tokens[0]) != "in" or low(tokens[1]) not in DETERMINERS | POSSESSIVE_PRONOUNS:
        return
    medium = next((i for i in (2, 3) if i < len(tokens) and is_medium(tokens[i].text)), None)
    comma = next((i for i in range(medium + 1, min(medium + 8, len(tokens)))
                  if boundary_before(text, tokens, i)), None) if medium is not None else None
    if comma is None:
        return
    if any(a.sentence == sentence.index and a.cue_start is not None for a in reader.found):
        return
    subject = source_after(text, tokens, comma, reader.cues.stop_forms, strict=True)
    if subject is None and low(tokens[comma]) in DETERMINERS and comma + 1 < len(tokens):
        subject = (comma, comma + 1)
    if subject is None:
        return
    frame = Cue(low(tokens[medium]), "neutral", "any")
    reader.add(sentence, char_span(text, tokens, subject), token_span(tokens, 0, medium + 1),
               (tokens[min(subject[1] + 1, len(tokens) - 1)].start, sentence.end), frame, "indirect")


def _opens_with_participle(tokens: tuple[Token, ...], k: int) -> bool:
    """A sentence-opening participle frames the main verb ("Writing in The Post, X wrote"): not a cue."""
    return k == 0 and low(tokens[0]).endswith("ing")
