"""Framing: tie every marker to a side, then measure how each side is framed, sentence by sentence.

What a marker is about comes from the parse (:mod:`analysis.framing.targets`); each tie keeps the rule that made it
(``Span.tie``). An attribution carries the side of its source (:mod:`analysis.framing.source_sides`). Hedges and
boosters are also counted per sentence: a sentence that mentions a side and carries a hedge is a hedged sentence about
that side.

Author and other voices are kept apart (:meth:`analysis.text.article.Article.voice_at`): a loaded word inside a quote
or in reported speech is that source's framing, so the per-side figures without a ``quoted_`` prefix count the
author's voice only.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import replace

from ..detect.polarity import target_polarity
from ..detect.valence import sentence_sentiment
from ..result import Attribution, Span
from ..text.article import Article
from ..text.quotations import WORD_RE
from ..text.voice import speaker_finder
from .roles import find_role_events, side_roles
from .sides import Sides
from .source_sides import source_side
from .targets import Mentions, tie
from .tone import side_tone, tone_evidence

TIED_KINDS = ("loaded", "hedge", "booster", "epistemic", "scare_quote")
# How an attribution cue treats its source's claim, for the stance balance: doubt-casting and conceding cues count
# against the source's side, endorsing ones for it, neutral and dispute (the source's own denial) not at all.
STANCE_VALENCE = {"neutral": 0.0, "endorse": 0.5, "doubt": -0.5, "concede": -0.5, "dispute": 0.0}
# Loaded terms enter the sentence framing as cues on VADER's -4..+4 scale: 2.0 is the middle of
# VADER's ratings for comparable words ("propaganda" -1.0, "menace" -2.2, "arrogance" -2.4, "heroic" 2.6).
LOADED_CUE_VALENCE = 2.0
SCARE_QUOTE_CUE_VALENCE = -1.0  # quoting a side's words at a distance: as mild as VADER's "propaganda"

def assign_sides(article: Article, spans: tuple[Span, ...], attributions: tuple[Attribution, ...],
                 mentions: tuple[Span, ...], sides: Sides) -> tuple[tuple[Span, ...], tuple[Attribution, ...]]:
    """Spans and attributions with their ``side`` (and a span's ``tie`` rule) filled in; mention spans are
    added to the spans."""
    index = Mentions(mentions)
    attributions = tuple(replace(a, side=source_side(article, a, index, sides)) for a in attributions)
    cues = sorted((a for a in attributions if a.cue_start is not None), key=lambda a: a.cue_start)
    cue_starts = [a.cue_start for a in cues]
    tied = []
    for span in spans:
        if span.kind in TIED_KINDS:
            # A device on a cue ("falsely claimed") judges its source (a loaded cue of no side's source: no side); cues
            # do not overlap, so the one on a span starts just before its end.
            before = bisect.bisect_left(cue_starts, span.end)
            cue = next((a for a in cues[max(0, before - 3):before] if span.start < a.cue_end
                        and (a.side or span.kind == "loaded")), None)
            echoed = _echoed_speech(article, span, attributions) if span.kind == "scare_quote" and not cue else None
            side, rule = (cue.side, "cue of the source") if cue else tie(
                article.doc, span.start, span.end, index, speaker_at=speaker_finder(article))
            # Words quoted again are their source's, whoever they name, unless grammar ties them ("Trump's “…” ban")
            if echoed is not None and (echoed.side or rule in ("mention inside", "aimed at", None)):
                side, rule = echoed.side, "the source's words again"
            span = replace(span, side=side, tie=rule)
        tied.append(span)
    all_spans = tuple(sorted(tied + list(mentions), key=lambda s: (s.start, s.end)))
    return all_spans, attributions


def _echoed_speech(article: Article, span: Span, attributions: tuple[Attribution, ...]) -> Attribution | None:
    """The attribution whose quoted words a scare-quoted phrase of two words or more repeats elsewhere, the nearest
    ("Trump said “what happened in China is bad” … what Trump believes “happened in China”"): the author holds that
    source's words at a distance. One word ("his “peace” plan") is too common to say whose it is."""
    words = WORD_RE.findall(article.text[span.start:span.end].lower())
    if len(words) < 2:
        return None
    phrase = f" {' '.join(words)} "
    echoed = [(abs(start - span.start), a) for a in attributions if a.speech is not None and a.told_in is None
              for start, end in article.speeches[a.speech].quoted if not start <= span.start < end
              and phrase in " " + " ".join(WORD_RE.findall(article.text[start:end].lower())) + " "]
    return min(echoed, key=lambda pair: pair[0])[1] if echoed else None  # the nearest quotation


def frame_sentences(article: Article, spans: tuple[Span, ...]) -> list[dict]:
    """How each sentence frames each side it mentions: ``{side, sentence, voice, polarity, score, sentiment, spans,
    evidence}`` (``sentiment``: the sentence's VADER compound, :func:`sentence_sentiment`).

    The score is :func:`analysis.detect.polarity.target_polarity` for the side's
    mentions in the sentence (the other sides' mentions as competing targets),
    with the sentence's loaded terms and scare quotes as extra cues on top of
    VADER's lexicon. ``spans`` holds the indices (into ``spans``) of the markers
    that contributed; ``evidence`` every contributing word as
    ``[start, end, contribution]`` in article offsets.
    """
    by_sentence: dict[int, list[tuple[int, Span]]] = defaultdict(list)
    for i, span in enumerate(spans):
        by_sentence[span.sentence].append((i, span))
    records = []
    for sentence_index in sorted(by_sentence):
        sentence = article.sentences[sentence_index]
        local = [(i, s, s.start - sentence.start, s.end - sentence.start) for i, s in by_sentence[sentence_index]]
        mentions = [(s.side, (a, b)) for _, s, a, b in local if s.kind == "mention"]
        cues = [(i, a, b, _cue_valence(s)) for i, s, a, b in local if _cue_valence(s)]
        sentiment = sentence_sentiment(sentence.text) if mentions else 0.0
        # The author's sentence frames a side with the author's words: a quotation or reported clause inside it
        # ("Trump told reporters Macron's comments were 'very nasty'") is its speaker's framing, not the author's.
        others_words = [(max(v.start, sentence.start) - sentence.start, min(v.end, sentence.end) - sentence.start)
                        for v in article.voices if v.start < sentence.end and v.end > sentence.start] \
            if sentence.voice == "author" else []
        for side in sorted({side for side, _ in mentions}):
            own = [m for name, m in mentions if name == side]
            others = [m for name, m in mentions if name != side]
            result = target_polarity(sentence.text, own[0], others, further_mentions=own[1:],
                                     extra=[(a, b, v) for _, a, b, v in cues], ignore=others_words)
            decided = {(a, b) for a, b, _ in result.evidence}
            records.append({"side": side, "sentence": sentence_index, "voice": sentence.voice,
                            "polarity": result.polarity, "score": result.score,
                            "sentiment": sentiment,
                            "spans": [i for i, a, b, _ in cues if any(a <= x < b for x, _ in decided)],
                            "evidence": [[sentence.start + a, sentence.start + b, c] for a, b, c in result.evidence]})
    return records


def _cue_valence(span: Span) -> float:
    """The valence a marker adds to the sentence's framing, on VADER's -4..+4 scale (0: none)."""
    if span.kind == "loaded":
        return LOADED_CUE_VALENCE * span.valence
    if span.kind == "scare_quote" and span.category != "name":
        return SCARE_QUOTE_CUE_VALENCE
    return 0.0


def side_profiles(article: Article, spans: tuple[Span, ...], attributions: tuple[Attribution, ...],
                  framing: list[dict], labels: list[dict], sides: Sides) -> tuple[dict, ...]:
    """One dict per side with how the article frames it (author's voice unless prefixed ``quoted_``), its
    ``roles`` (:mod:`analysis.framing.roles`) and ``tone`` (:mod:`analysis.framing.tone`)."""
    mentions = [s for s in spans if s.kind == "mention"]
    events = find_role_events(article, Mentions(mentions), speaker_finder(article))
    n_all_mentions = len(mentions) or 1
    attributed_total = sum(a.words_attributed for a in attributions) or 1
    sentiment = {row["sentence"]: row["sentiment"] for row in framing}
    hedge_sentences = {s.sentence for s in spans if s.kind == "hedge" and s.voice == "author"}
    booster_sentences = {s.sentence for s in spans if s.kind == "booster" and s.voice == "author"}
    profiles = []
    for side in sides.sides:
        own = [s for s in spans if s.side == side.name]
        side_mentions = [s for s in own if s.kind == "mention"]
        n_mentions = len(side_mentions)
        sentences = sorted({s.sentence for s in side_mentions})
        author_sentences = [i for i in sentences if article.sentences[i].voice == "author"]
        loaded = [s for s in own if s.kind == "loaded" and s.voice == "author"]
        quoted_loaded = [s for s in own if s.kind == "loaded" and s.voice != "author"]  # quoted or reported
        hedged = hedge_sentences & set(author_sentences)
        boosted = booster_sentences & set(author_sentences)
        voiced = [a for a in attributions if a.side == side.name and a.told_in is None]  # not told in another's
        records = [r for r in framing if r["side"] == side.name and r["voice"] == "author"]
        profiles.append({
            "name": side.name, "color": side.color, "n_mentions": n_mentions,
            "mention_share": n_mentions / n_all_mentions,
            "first_mention_sentence": sentences[0] if sentences else None,
            "n_sentences": len(sentences),
            "loaded_negative": sum(s.valence < 0 for s in loaded),
            "loaded_positive": sum(s.valence > 0 for s in loaded),
            "loaded_net_per_mention": sum(s.valence for s in loaded) / n_mentions if n_mentions else 0.0,
            "loaded_by_category": dict(Counter(s.category for s in loaded)),
            "loaded_terms": dict(Counter(s.text.lower() for s in loaded)),
            "quoted_loaded_negative": sum(s.valence < 0 for s in quoted_loaded),
            "quoted_loaded_positive": sum(s.valence > 0 for s in quoted_loaded),
            "labels": _label_counts(labels, side.name),
            "scare_quotes": sum(s.kind == "scare_quote" and s.voice == "author" for s in own),
            "hedged_sentences": len(hedged), "boosted_sentences": len(boosted),
            "hedged_share": len(hedged) / len(author_sentences) if author_sentences else 0.0,
            "boosted_share": len(boosted) / len(author_sentences) if author_sentences else 0.0,
            "n_attributions": len(voiced),
            "words_attributed": sum(a.words_attributed for a in voiced),
            "words_quoted": sum(a.words_quoted for a in voiced),
            "voice_share": sum(a.words_attributed for a in voiced) / attributed_total,
            "stances": dict(Counter(a.stance for a in voiced)),
            "mean_sentiment": sum(sentiment.get(i, 0.0) for i in sentences) / len(sentences) if sentences else 0.0,
            "framing_negative": sum(r["polarity"] < 0 for r in records),
            "framing_positive": sum(r["polarity"] > 0 for r in records),
            "mean_framing_score": sum(r["score"] for r in records) / len(records) if records else 0.0,
            "roles": side_roles(events, side.name, len(voiced)).to_dict(),
            "tone": side_tone(tone_evidence(article, side.name, spans, attributions, framing, events)).to_dict(),
        })
    return tuple(profiles)


def _label_counts(labels: list[dict], side: str) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in labels:
        if row["side"] == side and row["voice"] == "author":
            counts[row["frame"]][row["term"]] += 1
    return {frame: dict(terms) for frame, terms in counts.items()}


# Each balance compares two sides; a positive value favours the first. The reading names the side it favours.
BALANCE_DIMENSIONS = {
    "tone": ("tone_score", 1, "the author's tone is warmer toward {a} than toward {b}"),
    "loaded": ("loaded_net_per_mention", 1, "the author's loaded words favour {a} over {b}"),
    "scare_quotes": ("scare_quotes_per_mention", -1, "{b} draws more scare quotes per mention than {a}"),
    "certainty": ("certainty", 1, "sentences about {a} are stated with more certainty than those about {b}"),
    "voice": ("voice_share", 1, "sources on the side of {a} are given more of the attributed words than those of {b}"),
    "stance": ("stance_score", 1, "sources on the side of {a} are introduced more credulously than those of {b}"),
    "harm_done": ("harm_agent", -1, "the author shows {b} doing harm more often than {a}"),
    "sentiment": ("mean_sentiment", 1, "sentences mentioning {a} read more positively than those about {b}"),
    "framing": ("mean_framing_score", 1, "sentence by sentence, {a} is framed more favourably than {b}"),
}
NO_DIFFERENCE = 1e-9


def _dimension_value(profile: dict, key: str) -> float:
    if key == "scare_quotes_per_mention":
        return profile["scare_quotes"] / profile["n_mentions"] if profile["n_mentions"] else 0.0
    if key == "certainty":
        return profile["boosted_share"] - profile["hedged_share"]
    if key == "stance_score":
        n = profile["n_attributions"]
        return sum(STANCE_VALENCE.get(k, 0.0) * v for k, v in profile["stances"].items()) / n if n else 0.0
    nested = {"tone_score": ("tone", "score"), "harm_agent": ("roles", "harm_agent")}  # figures inside a sub-record
    return profile[nested[key][0]][nested[key][1]] if key in nested else profile[key]


def framing_balance(profiles: tuple[dict, ...]) -> list[dict]:
    """One row per pair of sides (in file order) and dimension: ``balance`` is positive when the dimension
    favours ``side_a``, negative when it favours ``side_b``, and ``reading`` says in words what this value
    means (which side it favours, or that there is no difference).

    Each value is side A's figure minus side B's (B's minus A's where more is worse for a side, as with
    scare quotes and harm done).
    """
    rows = []
    for i, a in enumerate(profiles):
        for b in profiles[i + 1:]:
            for dimension, (key, sign, reading) in BALANCE_DIMENSIONS.items():
                value_a, value_b = _dimension_value(a, key), _dimension_value(b, key)
                balance = sign * (value_a - value_b)
                if abs(balance) < NO_DIFFERENCE:
                    said = f"no difference between {a['name']} and {b['name']}"
                else:
                    favoured, other = (a, b) if balance > 0 else (b, a)
                    said = reading.format(a=favoured["name"], b=other["name"])
                rows.append({"dimension": dimension, "side_a": a["name"], "side_b": b["name"], "value_a": value_a,
                             "value_b": value_b, "balance": balance, "reading": said})
    return rows
