"""Attribution: who is quoted or cited, through which cue, saying what, and with which stance.

Every attribution is a speech event of the article (:mod:`analysis.text.speech`, read from
the parse) that has a cue; a quotation with no cue gives quoted voice but no attribution.
Each carries its evidence (source, cue and content offsets into ``article.text``), the
rule that found it, the cue's stance from the lexicon and a canonical source name
(:mod:`.sources`).

Kinds: ``direct``, ``indirect``, ``according_to``, ``block``, ``mixed``. Stances (of the
cue, from ``lexicons/reporting_verbs.tsv``): ``neutral``, ``doubt``, ``endorse``,
``concede``, ``dispute``.

References: Pareti (2016), "PARC 3.0: A corpus of attribution relations", LREC;
Asr et al. (2021), "The Gender Gap Tracker", PLOS ONE 16(1): e0245533.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

from ...lexicon import read_table
from ...result import Attribution
from ...text.article import Article
from ...text.cues import load_cues
from .sources import canonical_name

__all__ = ["KINDS", "STANCES", "attribution_rates", "find_attributions", "source_table"]

STANCES = ("neutral", "doubt", "endorse", "concede", "dispute")
MANNER_LEXICON = "manner_stances.tsv"  # "falsely said", "rightly noted": the manner overrides the verb's stance
KINDS = ("direct", "indirect", "according_to", "block", "mixed")


def find_attributions(article: Article) -> tuple[Attribution, ...]:
    """Every attribution in the article (quotes, block quotes, reported speech), sorted by position."""
    text, stances = article.text, {cue.lemma: cue.stance for cue in load_cues().verbs.values()}
    stances.update({cue.lemma: cue.stance for cue in load_cues().nouns.values()})
    found = []
    sources = article.source_spans
    outermost = [_outermost_speech(article, i) for i in range(len(article.speeches))]
    words, quoted = _words_per_speech(article, outermost)
    for index, speech in enumerate(article.speeches):
        if speech.cue is None and speech.source is None and speech.kind != "block":
            continue  # an uncued quotation: quoted voice, no one's attribution
        (content_start, content_end), *extra = speech.content
        at = speech.cue[0] if speech.cue else content_start
        sentence = article.sentence_at(at)
        source = speech.source
        outer = article.voice_span_at(at)
        speaker = article.speeches[outer.speech].source if outer and outer.speech != index else None
        found.append(Attribution(
            source=text[source[0]:source[1]] if source else None,
            source_start=source[0] if source else None, source_end=source[1] if source else None,
            cue=text[speech.cue[0]:speech.cue[1]] if speech.cue else None,
            cue_start=speech.cue[0] if speech.cue else None, cue_end=speech.cue[1] if speech.cue else None,
            content_start=content_start, content_end=content_end,
            stance=_manner_stance(article, speech.cue) or stances.get(speech.lemma, "neutral"),
            kind=speech.kind, sentence=sentence if sentence is not None else 0, lemma=speech.lemma,
            canonical_source=canonical_name(article.doc, *source, speaker, sources) if source else None,
            extra=tuple(extra), speech=index, rule=speech.rule, words_attributed=words[index],
            words_quoted=quoted[index], told_in=None if outermost[index] == index else outermost[index]))
    return tuple(found)


def _manner_stance(article: Article, cue: tuple[int, int] | None) -> str | None:
    """The stance an adverb (``lexicons/manner_stances.tsv``) or "without evidence" on the cue gives it, or None."""
    words = article.doc.char_span(*cue, alignment_mode="expand") if cue else None
    manners = _manner_stances()
    for c in words.root.children if words else ():
        if c.dep_ == "advmod" and c.lower_ in manners and not any(k.dep_ == "cc" for k in c.children):
            return manners[c.lower_]
        if c.dep_ == "prep" and c.lower_ == "without" and any(p.lower_ in ("evidence", "proof") for p in c.children):
            return "doubt"
    return None


@lru_cache(maxsize=1)
def _manner_stances() -> dict[str, str]:
    return {row["adverb"]: row["stance"] for row in read_table(MANNER_LEXICON)}


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
    touched = {i for a in attributions for i in article.sentences_overlapping(a.content_start, a.content_end)}
    touched |= {article.sentence_at(a.cue_start) for a in attributions if a.cue_start is not None}
    covered = [s for s in claims if s.index in touched]
    return {
        "attributions_per_100_sentences": 100 * n_in_counted / len(counted) if counted else 0.0,
        "claims_attributed_share": len(covered) / len(claims) if claims else 0.0,
    }


def source_table(article: Article, attributions: tuple[Attribution, ...]) -> list[dict]:
    """One row per canonical source, most attributions first (attributions without a source share the row
    whose ``source`` is None).

    Each row: ``source`` (canonical name), ``names`` (how the article named it, in order),
    ``n_attributions``, ``n_words_quoted`` (words in its quoted voice), ``stances`` and ``kinds``
    (counts of its cues' stances and of its attribution kinds).
    """
    rows: dict[str | None, dict] = {}
    for a in attributions:
        if a.told_in is not None:
            continue  # told inside another's quotation: that speaker's account
        row = rows.setdefault(a.canonical_source, {
            "source": a.canonical_source, "names": [], "n_attributions": 0, "n_words_quoted": 0,
            "stances": dict.fromkeys(STANCES, 0), "kinds": dict.fromkeys(KINDS, 0)})
        if a.source and a.source not in row["names"]:
            row["names"].append(a.source)
        row["n_attributions"] += 1
        row["n_words_quoted"] += a.words_quoted
        row["stances"][a.stance] = row["stances"].get(a.stance, 0) + 1
        row["kinds"][a.kind] += 1
    return sorted(rows.values(), key=lambda r: -r["n_attributions"])


def _words_per_speech(article: Article, outermost: list[int]) -> tuple[Counter, Counter]:
    """Counted words in each speech event's voice (quoted or reported), and in its quoted voice alone; a speech told
    inside another's quotation ("“Obama declared that …,” Snowden said") is that speaker's account: its words count
    for the outermost quoted speaker, and it has none of its own. A relay ("X said, the agency reported") leaves X
    its words."""
    words, quoted = Counter(), Counter()
    for v in article.voices:
        if v.speech is not None and v.voice in ("quoted", "reported"):
            n = sum(article.sentences[t.sentence].counted for t in _tokens_between(article, v.start, v.end))
            speaker = outermost[v.speech]
            words[speaker] += n
            quoted[speaker] += n if v.voice == "quoted" or speaker != v.speech else 0  # all inside its marks
    return words, quoted


def _outermost_speech(article: Article, index: int) -> int:
    """The outermost speech whose quotation holds speech ``index``'s cue (through any reported speech between);
    ``index`` itself when no quotation marks hold it."""
    found, at = index, index
    for _ in range(len(article.speeches)):
        speech = article.speeches[at]
        outer = article.voice_span_at(speech.cue[0] if speech.cue else speech.content[0][0])
        if outer is None or outer.speech is None or outer.speech == at:
            return found
        at = outer.speech
        found = at if outer.voice == "quoted" else found
    return found


def _tokens_between(article: Article, start: int, end: int):
    starts = article.token_starts
    return article.tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
