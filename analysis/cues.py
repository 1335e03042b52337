"""Reporting cues: the verb and noun lexicon, and the working state and token helpers shared by the rules.

The lexicon is ``analysis/lexicons/reporting_verbs.tsv`` (or a user's file in
the same format): each lemma has a stance, its verb forms, its nominal forms
and a ``complement`` class saying what must follow the verb for it to report
speech. The helpers here read what follows a cue ("on Friday", "in a
statement", "told CNN", "that") over one sentence's word tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .document import Article, Sentence, Token
from .lexicon import read_table
from .quotes import Quotation
from .result import Attribution
from .speakers import (DETERMINERS, SUBJECT_PRONOUNS, Phrase, boundary_before, is_medium, is_name_word, low,
                       phrase_span, sentence_subject, source_before)

DEFAULT_VERBS = "reporting_verbs.tsv"
# "X said on Friday in a statement that": how far past the verb "that" may come (tokens).
COMPLEMENTIZER_WINDOW = 7
COMPLEMENTIZERS = ("that", "whether", "if")
BE_FORMS = frozenset("is are was were be been being".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week month year yesterday today
tonight""".split())


@dataclass(frozen=True)
class Cue:
    """A reporting cue from the lexicon: lemma, stance and what must follow it."""

    lemma: str
    stance: str
    complement: str


@dataclass(frozen=True)
class CueLexicon:
    """Reporting verbs and nouns by their lowercase word sequence.

    ``stop_forms`` are the one-word verb forms that are not also nouns: they end a
    source phrase ("the ministry said"), where "report" does not ("an RT report").
    """

    verbs: dict[tuple[str, ...], Cue]
    nouns: dict[tuple[str, ...], Cue]
    stop_forms: frozenset[str]
    heads: frozenset[str] = frozenset()  # first words of every verb and noun form: most tokens are none


@lru_cache(maxsize=8)
def load_cues(verbs: str | Path = DEFAULT_VERBS) -> CueLexicon:
    """Read a reporting-verb TSV (columns lemma, stance, forms; optional complement and nouns)."""
    verb_table: dict[tuple[str, ...], Cue] = {}
    noun_table: dict[tuple[str, ...], Cue] = {}
    for row in read_table(verbs):
        cue = Cue(row["lemma"].strip().lower(), row["stance"].strip(), (row.get("complement") or "that").strip())
        for form in row["forms"].split(","):
            verb_table[tuple(form.strip().lower().replace("'", "’").split())] = cue
        for noun in (row.get("nouns") or "").split(","):
            if noun.strip():
                noun_table[tuple(noun.strip().lower().split())] = cue
    nouns = {form[0] for form in noun_table if len(form) == 1}
    stop_forms = frozenset(form[0] for form in verb_table if len(form) == 1 and form[0] not in nouns)
    heads = frozenset(form[0] for form in (*verb_table, *noun_table))
    return CueLexicon(verb_table, noun_table, stop_forms, heads)


@dataclass
class Reading:
    """The working state of one :func:`analysis.attribution.find_attributions` run: the article, its
    quotations, the attributions found so far and the cue tokens already read. Mutable on purpose and
    never returned; the result is the frozen :class:`analysis.result.Attribution` tuple."""

    article: Article
    cues: CueLexicon
    quotations: tuple[Quotation, ...]
    sentence_tokens: tuple[tuple[Token, ...], ...]
    found: list[Attribution]
    used: set[int]  # start offsets of cue tokens already read

    def tokens(self, sentence: int) -> tuple[Token, ...]:
        """Word tokens of sentence number ``sentence``."""
        return self.sentence_tokens[sentence]

    def match(self, table: dict[tuple[str, ...], Cue], tokens: tuple[Token, ...], k: int) -> tuple[Cue, int] | None:
        """The cue starting at token ``k`` (longest form first) and its length in tokens.

        A capitalised cue counts only at a sentence's start or in a headline ("United States" is no verb)."""
        if low(tokens[k]) not in self.cues.heads:
            return None
        if k and tokens[k].text[:1].isupper() and self.article.sentences[tokens[k].sentence].kind != "headline":
            return None
        longest = tuple(low(t) for t in tokens[k:k + 3])
        for n in range(len(longest), 0, -1):
            if longest[:n] in table and not any(t.start in self.used for t in tokens[k:k + n]):
                return table[longest[:n]], n
        return None

    def in_source(self, offset: int) -> bool:
        """Whether ``offset`` lies inside the source of an attribution already found."""
        return any(a.source_start is not None and a.source_start <= offset < a.source_end for a in self.found)

    def add(self, sentence: Sentence, source: tuple[int, int] | None, cue_span: tuple[int, int] | None,
            content: tuple[int, int], cue: Cue | None, kind: str) -> Attribution:
        """Record an attribution from character spans and claim its cue tokens."""
        text = self.article.text
        content = strip_span(text, *content)
        attribution = Attribution(
            source=text[source[0]:source[1]] if source else None,
            source_start=source[0] if source else None, source_end=source[1] if source else None,
            cue=text[cue_span[0]:cue_span[1]] if cue_span else None,
            cue_start=cue_span[0] if cue_span else None, cue_end=cue_span[1] if cue_span else None,
            content_start=content[0], content_end=content[1], stance=cue.stance if cue else "neutral",
            kind=kind, sentence=sentence.index, lemma=cue.lemma if cue else None)
        self.found.append(attribution)
        if cue_span:
            self.used.update(t.start for t in self.sentence_tokens[sentence.index]
                             if cue_span[0] <= t.start < cue_span[1])
        return attribution


def verb_source(reader: Reading, sentence: Sentence, k: int) -> tuple[int, int] | None:
    """The source of the verb at token ``k``: its subject, else the source of an earlier attribution of the
    sentence, else the sentence's subject."""
    text, tokens = reader.article.text, reader.tokens(sentence.index)
    subject = source_before(text, tokens, k, reader.cues.stop_forms)
    if subject is not None:
        return char_span(text, tokens, subject)
    earlier = [a for a in reader.found if a.sentence == sentence.index and a.source_end is not None
               and a.source_end <= tokens[k].start]
    if earlier:
        return earlier[-1].source_start, earlier[-1].source_end
    subject = sentence_subject(text, tokens, reader.cues.stop_forms, k)
    return char_span(text, tokens, subject) if subject else None


def skip_adjuncts(tokens: tuple[Token, ...], k: int, tell: bool = False) -> int:
    """Index after the adjuncts that may follow a reporting verb: time words ("on Friday", "last week"),
    a medium ("in a statement", "in a series of tweets", "in an interview with Fox News"), "to reporters",
    and for tell the listener ("told CNN", "told him")."""
    while k < len(tokens):
        word = low(tokens[k])
        medium = next((i for i in range(k + 1, min(k + 6, len(tokens))) if is_medium(tokens[i].text)), None)
        if word in ("on", "in", "during", "at", "via") and medium is not None:
            k = medium + 1
            while k < len(tokens) and is_medium(tokens[k].text):
                k += 1
            if k + 1 < len(tokens) and low(tokens[k]) in ("with", "on", "to") and is_name_word(tokens[k + 1].text):
                k += 2
                while k < len(tokens) and is_name_word(tokens[k].text):
                    k += 1
        elif word in ("on", "last", "this", "earlier", "late", "to") and k + 1 < len(tokens) and (
                is_time(tokens[k + 1]) or low(tokens[k + 1]) in ("reporters", "journalists")):
            k += 2
        elif is_time(tokens[k]):
            k += 1
        elif tell and (is_name_word(tokens[k].text) or word in SUBJECT_PRONOUNS | {"him", "her", "them", "us", "me",
                                                                                 "reporters", "journalists"}):
            k += 1
        else:
            return k
    return k


def is_time(token: Token) -> bool:
    """A weekday, "week", "yesterday" or a number ("said Friday", "on May 19")."""
    return low(token) in TIME_WORDS or low(token).isdigit()


def complementizer(tokens: tuple[Token, ...], k: int, window: int = COMPLEMENTIZER_WINDOW) -> int | None:
    """Index of "that"/"whether"/"if" within ``window`` tokens from ``k``, as a conjunction."""
    for i in range(k, min(len(tokens), k + window)):
        if low(tokens[i]) in COMPLEMENTIZERS:
            return i
    return None


def opens_clause(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether token ``k`` can open a clause ("that Russia failed", not "that was published")."""
    if k >= len(tokens):
        return False
    word = tokens[k].text
    return is_name_word(word) or word.lower() in DETERMINERS | SUBJECT_PRONOUNS or word[:1].isdigit()


def has_complement(reader: Reading, tokens: tuple[Token, ...], k: int, n: int, cue: Cue) -> bool:
    """Whether what follows the verb at ``k`` (``n`` tokens long) lets it report speech: anything for
    complement "any", else "that"/"whether"/"if" nearby or a colon after its adjuncts."""
    if cue.complement == "any":
        return True
    text = reader.article.text
    after = skip_adjuncts(tokens, k + n, tell=cue.lemma == "tell")
    if after < len(tokens) and ":" in text[tokens[after - 1].end:tokens[after].start]:
        return True
    return complementizer(tokens, k + n) is not None


def content_after(text: str, tokens: tuple[Token, ...], k: int, sentence: Sentence,
                   tell: bool = False) -> tuple[int, int]:
    """Content after a cue: past its adjuncts and "that" (when "that" opens a clause), to the sentence end."""
    that = complementizer(tokens, k)
    if that is not None and not any(boundary_before(text, tokens, i) for i in range(k + 1, that + 1)) \
            and not boundary_before(text, tokens, that + 2):
        k = that + 1  # "wrote in The Atlantic on Friday that ..."
    else:
        k = skip_adjuncts(tokens, k, tell)
    start = tokens[k - 1].end if 0 < k <= len(tokens) else sentence.end
    return start, sentence.end


def clause_after(text: str, tokens: tuple[Token, ...], k: int) -> int | None:
    """Start of the first token after the next boundary at or after token ``k``, or None."""
    for i in range(k, len(tokens)):
        if boundary_before(text, tokens, i):
            return tokens[i].start
    return None


def clause_end(text: str, tokens: tuple[Token, ...], k: int, sentence: Sentence) -> int:
    """End of the clause from token ``k``: the next punctuation boundary other than an opening quote."""
    for i in range(k + 1, len(tokens)):
        if boundary_before(text, tokens, i) and "“" not in text[tokens[i - 1].end:tokens[i].start]:
            return tokens[i - 1].end
    return sentence.end


def in_cue_lead(reader: Reading, offset: int) -> Attribution | None:
    """The attribution whose cue comes before ``offset`` and whose content starts after it (or on the
    content's first word): "said in a statement that", "rejected claims that"; else None."""
    return next((a for a in reader.found if a.cue_start is not None and a.cue_start <= offset < a.content_start + 2),
                None)


def closing_singles(reader: Reading) -> frozenset[int]:
    """Offsets of closing single quotes: a ’ there ends a quotation and is no possessive."""
    return frozenset(q.end - 1 for q in reader.quotations if q.mark == "single")


def token_span(tokens: tuple[Token, ...], k: int, n: int) -> tuple[int, int]:
    """Character span of ``n`` tokens from token ``k``."""
    return tokens[k].start, tokens[k + n - 1].end


def char_span(text: str, tokens: tuple[Token, ...], phrase: Phrase | None) -> tuple[int, int] | None:
    """Character span of a phrase (a final possessive "’s" left out), or None."""
    return phrase_span(tokens, phrase) if phrase is not None else None


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, commas and a final full stop."""
    while start < end and text[start] in " \t\n,:;":
        start += 1
    while end > start and text[end - 1] in " \t\n,:;.":
        end -= 1
    return start, end
