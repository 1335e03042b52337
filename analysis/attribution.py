"""Attribution: who is quoted or cited, through which cue, saying what, and with which stance.

:func:`find_attributions` reads an article with rules over its sentences' word
tokens (NLTK ships no tagger data offline, so no tagger). The passes run in
order, each claiming the cues it uses so no cue is read twice:

1. block quotes and 2. direct quotes (:mod:`analysis.quoted_speech`);
3. "according to", 4. reporting verbs, 5. reporting nouns and 6. statement
   frames (:mod:`analysis.reported_speech`);
7. long cue-less quotes that continue the previous speaker.

Then a content that runs into the next attribution of its sentence is cut
there ("…, implying X, and emphasize that"), reported speech that quotes a
phrase becomes ``mixed``, and every source gets a canonical name.

Kinds: ``direct``, ``indirect``, ``according_to``, ``block``, ``mixed``.
Stances (of the cue, from the lexicon): ``neutral``, ``doubt``, ``endorse``,
``concede``, ``dispute``. A quotation of at most five words with no cue in its
sentence is a scare quote, and an assertion with no cue is the author's: neither
is an attribution. Attributions nested in quoted voice (a "X said that" inside a
block quote) are listed like any other; their sentence's ``voice`` is "quoted".

Sources are noun phrases (:mod:`analysis.speakers`). Canonical names follow
:func:`canonical_source` (:mod:`analysis.source_names`), grouped by surname
against every full name the article mentions; pronouns take the canonical name
of the nearest preceding named source (for he/she, the nearest person), and I/we
inside a quote that of the quote's speaker.

References: Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC;
Asr et al. (2021), "The Gender Gap Tracker", PLOS ONE 16(1): e0245533 (quote
verbs and the rule-based quote extractor).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .cues import DEFAULT_VERBS, Reading, load_cues
from .document import Article, Sentence, Token
from .quotes import Quotation, find_quotations
from .quoted_speech import read_block_quotes, read_continued_quotes, read_direct_quotes
from .reported_speech import read_according_to, read_nouns, read_statement_frame, read_verbs
from .result import Attribution
from .source_names import canonical_source, full_names_in, group_by_surname, looks_like_full_name
from .speakers import POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, is_group, is_name_word, is_title

__all__ = ["KINDS", "STANCES", "attribution_rates", "canonical_source", "find_attributions", "source_table",
           "words_quoted"]

STANCES = ("neutral", "doubt", "endorse", "concede", "dispute")
KINDS = ("direct", "indirect", "according_to", "block", "mixed")


def find_attributions(article: Article, verbs: str | Path | None = None) -> tuple[Attribution, ...]:
    """Every attribution in the article (quotes, block quotes, reported speech), sorted by position.

    ``verbs`` is a reporting-verb TSV (name of a packaged lexicon or a path) in
    the format of ``analysis/lexicons/reporting_verbs.tsv``. Each attribution
    carries its evidence: source, cue and content offsets into ``article.text``.
    """
    by_sentence: list[list[Token]] = [[] for _ in article.sentences]
    for token in article.tokens:
        by_sentence[token.sentence].append(token)
    reader = Reading(article, load_cues(verbs or DEFAULT_VERBS), find_quotations(article),
                     tuple(tuple(ts) for ts in by_sentence), [], set())
    read_block_quotes(reader)
    pending = read_direct_quotes(reader)
    for sentence in article.sentences:
        read_according_to(reader, sentence)
        read_verbs(reader, sentence)
    for sentence in article.sentences:
        read_nouns(reader, sentence)
        read_statement_frame(reader, sentence)
    read_continued_quotes(reader, pending)
    ordered = sorted(reader.found, key=lambda a: (a.cue_start if a.cue_start is not None else a.content_start))
    return _resolve_sources(article, _finish_contents(article, reader.quotations, ordered))


def _finish_contents(article: Article, quotations: tuple[Quotation, ...],
                     attributions: list[Attribution]) -> list[Attribution]:
    """Cut a content at the next attribution of its sentence ("…, and emphasize that") and mark ``mixed``
    the reported speech that quotes a phrase."""
    text = article.text
    finished = []
    for a in attributions:
        if a.cue_end is not None and a.content_start >= a.cue_end and a.kind != "block":
            for b in attributions:
                edges = [x for x in (b.source_start, b.cue_start) if x is not None and x > a.content_start]
                edge = min(edges) if edges else None
                if b is a or b.sentence != a.sentence or edge is None or edge >= a.content_end:
                    continue
                cut = re.search(r",([”\"’]?)\s*(?:and\s+|but\s+)?$", text[a.content_start:edge])
                if cut:
                    a = replace(a, content_end=a.content_start + (cut.end(1) if cut.group(1) else cut.start()))
                    break
        if a.kind == "indirect" and any(q.mark == "double" and a.content_start <= q.inner_start
                                        and q.inner_end <= a.content_end for q in quotations):
            a = replace(a, kind="mixed")
        finished.append(a)
    return finished


def _resolve_sources(article: Article, attributions: list[Attribution]) -> tuple[Attribution, ...]:
    """Give each attribution its canonical source: surname groups first, then pronouns: I/we/my/our inside
    a direct or block quote take the quote's speaker; other pronouns the nearest preceding named source
    (for he/she/his/her the nearest that looks like a person's full name, if any)."""
    names = [canonical_source(a.source) for a in attributions]
    pronouns = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS | {"my"}
    named_sources = [(a.source_start, n) for a, n in zip(attributions, names) if n and n not in pronouns]
    groups = iter(group_by_surname(named_sources, full_names_in(article.text)))
    named = [replace(a, canonical_source=next(groups) if n and n not in pronouns else None)
             for a, n in zip(attributions, names)]
    resolved = []
    for i, (a, name) in enumerate(zip(named, names)):
        if name in pronouns:
            a = replace(a, canonical_source=_resolve_pronoun(a, name, named, named[:i]))
        resolved.append(a)
    return tuple(resolved)


def _resolve_pronoun(a: Attribution, pronoun: str, everything: list[Attribution],
                     earlier: list[Attribution]) -> str:
    at = a.cue_start if a.cue_start is not None else a.content_start
    if pronoun in ("i", "we", "my", "our"):
        speakers = [b for b in everything if b.kind in ("block", "direct") and b.canonical_source
                    and b.content_start <= at < b.content_end]
        if speakers:
            return speakers[-1].canonical_source
    candidates = [b for b in earlier if b.canonical_source]
    if pronoun in ("he", "she", "his", "her"):
        candidates = [b for b in candidates if _names_a_person(b)] or candidates
    return candidates[-1].canonical_source if candidates else pronoun


def _names_a_person(a: Attribution) -> bool:
    """A full name, a bare surname ("Graham") or a singular title ("the president"); not "the Pentagon"."""
    words = (a.source or "").split()
    head = words[-1].lower() if words else ""
    if looks_like_full_name(a.canonical_source):
        return True
    if len(words) == 1:
        return is_name_word(words[0]) and a.canonical_source != a.source.lower()
    return is_title(head) and not is_group(head)


def attribution_rates(article: Article, attributions: tuple[Attribution, ...]) -> dict[str, float]:
    """How densely the article attributes.

    - ``attributions_per_100_sentences``: attributions in counted sentences (captions left
      out) per 100 counted sentences; higher => the article leans more on what others say.
    - ``claims_attributed_share``: of the author-voice counted sentences other than the
      headline, the share (0-1) that carry an attribution's cue or overlap an attribution's
      content ("According to X, …", "…, officials said."). Higher => fewer of the author's
      own sentences stand unattributed.
    """
    counted = article.counted_sentences
    n_in_counted = sum(article.sentences[a.sentence].counted for a in attributions)
    claims = [s for s in counted if s.voice == "author" and s.kind != "headline"]
    covered = [s for s in claims if any(_touches(s, a) for a in attributions)]
    return {
        "attributions_per_100_sentences": 100 * n_in_counted / len(counted) if counted else 0.0,
        "claims_attributed_share": len(covered) / len(claims) if claims else 0.0,
    }


def _touches(sentence: Sentence, a: Attribution) -> bool:
    cue_inside = a.cue_start is not None and sentence.start <= a.cue_start < sentence.end
    return cue_inside or (a.content_start < sentence.end and sentence.start < a.content_end)


def source_table(article: Article, attributions: tuple[Attribution, ...]) -> list[dict]:
    """One row per canonical source, most attributions first (attributions without a source share the row
    whose ``source`` is None).

    Each row: ``source`` (canonical name), ``names`` (how the article named it, in order),
    ``n_attributions``, ``n_words_quoted`` (words inside the quotation marks of its direct
    and mixed attributions, and all words of its block quotes), ``stances`` and ``kinds``
    (counts of its cues' stances and of its attribution kinds).
    """
    rows: dict[str | None, dict] = {}
    quotations = find_quotations(article)
    for a in attributions:
        row = rows.setdefault(a.canonical_source, {
            "source": a.canonical_source, "names": [], "n_attributions": 0, "n_words_quoted": 0,
            "stances": dict.fromkeys(STANCES, 0), "kinds": dict.fromkeys(KINDS, 0)})
        if a.source and a.source not in row["names"]:
            row["names"].append(a.source)
        row["n_attributions"] += 1
        row["n_words_quoted"] += words_quoted(article, a, quotations)
        row["stances"][a.stance] = row["stances"].get(a.stance, 0) + 1
        row["kinds"][a.kind] += 1
    return sorted(rows.values(), key=lambda r: -r["n_attributions"])


def words_attributed(article: Article, a: Attribution) -> int:
    """Words of an attribution's content, quoted or reported (captions left out): how much of the article
    the source is given."""
    return sum(1 for t in article.counted_tokens if a.content_start <= t.start < a.content_end)


def words_quoted(article: Article, a: Attribution, quotations: tuple[Quotation, ...] | None = None) -> int:
    """Words an attribution quotes verbatim: all of a block quote's content, the words of a direct or mixed
    attribution's content that sit inside quotation marks (double ones only for mixed); 0 for reported speech."""
    if a.kind not in ("block", "direct", "mixed"):
        return 0
    marks = ("double", "single") if a.kind == "direct" else ("double",)
    inside = [q for q in (quotations if quotations is not None else find_quotations(article))
              if q.mark in marks and q.start < a.content_end and a.content_start < q.end]
    return sum(1 for t in article.tokens if a.content_start <= t.start < a.content_end
               and (a.kind == "block" or any(q.start < t.start < q.end for q in inside)))
