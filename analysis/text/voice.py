"""Voice: whose words each character of an article is, from its speech events.

Three voices: ``quoted`` (inside the quotation marks of a direct or mixed quote, a
block quote, or a quotation with no cue), ``reported`` (the rest of the content of
indirect speech, "according to" and mixed quotes: "calling the strike a gross
violation" is the Russians'; a block quote's intro clause, "Rogin wrote that …:"), and
``author`` (everything else, scare quotes included, and an adverb of hearsay inside the clause it reports:
"Giuliani allegedly used …" is reported, "allegedly" the author's hedge).
Where contents nest (an attribution inside a quotation), the innermost wins, so each
character has exactly one voice and one speech.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import Speech

VOICES = ("author", "quoted", "reported")


@dataclass(frozen=True)
class VoiceSpan:
    """``text[start:end]`` is in ``voice``, the words of speech number ``speech``."""

    start: int
    end: int
    voice: str
    speech: int


def voice_spans(speeches: Sequence[Speech]) -> tuple[VoiceSpan, ...]:
    """Non-overlapping quoted and reported spans, sorted; every other character is the author's."""
    layers: list[tuple[int, int, str, int]] = []
    for i, speech in enumerate(speeches):
        if speech.kind in ("direct", "uncued"):
            layers += [(a, b, "quoted", i) for a, b in speech.content]
        else:
            layers += [(a, b, "reported", i) for a, b in speech.content]
            layers += [(a, b, "quoted", i) for a, b in speech.quoted]
        if speech.rule == "adverb of hearsay" and speech.cue:  # "Giuliani allegedly used …": the adverb is the
            layers.append((*speech.cue, "author", i))          # author's hedge, unless another speaker's words hold it
    points = sorted({p for a, b, _, _ in layers for p in (a, b)})
    spans: list[VoiceSpan] = []
    for left, right in zip(points, points[1:]):
        covering = [layer for layer in layers if layer[0] <= left and right <= layer[1]]
        if not covering:
            continue
        # Innermost: the shortest covering span; at equal length the quoted layer of the same speech.
        a, b, voice, i = min(covering, key=lambda layer: (layer[1] - layer[0], layer[2] != "quoted"))
        if voice == "author":
            outer = [layer for layer in covering if layer[3] != i]
            if not outer:
                continue
            a, b, voice, i = min(outer, key=lambda layer: (layer[1] - layer[0], layer[2] != "quoted"))
        if spans and spans[-1].end == left and (spans[-1].voice, spans[-1].speech) == (voice, i):
            spans[-1] = VoiceSpan(spans[-1].start, right, voice, i)
        else:
            spans.append(VoiceSpan(left, right, voice, i))
    return tuple(spans)


def without_own_speech_acts(text: str, speeches: Sequence[Speech]) -> tuple[Speech, ...]:
    """The speeches less those in which a quoted speaker performs a speech act in the present ("“We urge you to
    act,” they wrote"): the quotation is theirs already, and "We urge" would count the speaker again; a speech
    they tell of ("we have said Assad has to go") stays."""
    quoted = [span for o in speeches if o.cue or o.source for span in (o.quoted or o.content * (o.kind == "direct"))]
    return tuple(s for s in speeches if not (s.cue and s.source and text[s.source[0]:s.source[1]].lower() in ("i", "we")
                                             and text[s.cue[0]:s.cue[1]].lower() == s.lemma
                                             and any(a <= s.cue[0] < b for a, b in quoted)))


def voice_span_at(spans: Sequence[VoiceSpan], starts: Sequence[int], offset: int) -> VoiceSpan | None:
    """The quoted or reported span holding ``offset`` (``starts`` are the spans' starts), or None: the author."""
    i = bisect.bisect_right(starts, offset) - 1
    return spans[i] if i >= 0 and offset < spans[i].end else None


def speaker_finder(article):
    """A function giving, for an offset of ``article``, the source span (start, end) of the speech whose
    voice holds it, or None in the author's voice (how "I" and "we" in a quotation find their speaker)."""
    def speaker_at(offset: int) -> tuple[int, int] | None:
        span = article.voice_span_at(offset)
        return article.speeches[span.speech].source if span else None
    return speaker_at
