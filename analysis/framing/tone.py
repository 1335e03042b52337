"""Tone: one verdict per side, negative, neutral or positive, on the author's words only, with its evidence.

Every piece of evidence is something the author wrote about the side, with a direction
``value`` (-1 against the side … +1 for it) and the ``weight`` of its kind:

==============  =======================================================  ==========
kind            what                                                     value
==============  =======================================================  ==========
``loaded``      a loaded term tied to the side                           its valence
``scare_quote`` scare quotes around the side's words (not a charge, nor  -1
                a phrase for what is done to it: "aimed at")
``cue_stance``  the cue introducing one of the side's sources:           -1 / -0.5 / +1
                doubt ("claimed"), concede ("admitted"), endorse ("noted")
``role``        the side doing harm / suffering harm / helping (a word   -1 / +1 / +1
                that is also a loaded term counts once, as the term)
``sentence``    a sentence's polarity toward the side (target-scoped,    -1 or +1
                :mod:`analysis.detect.polarity`) that no loaded term or scare
                quote of the side already carries, without the words of
                reporting cues and harm or help verbs (they count above);
                x0.5 when the sentence is hedged, x1.5 when boosted
==============  =======================================================  ==========

Words in quoted or reported voice never count. The **score** is the weighted mean of
the values with :data:`PRIOR_WEIGHT` of neutral pseudo-evidence added, so a side with
little evidence scores near 0: ``sum(w * v) / (sum(w) + PRIOR_WEIGHT)``, in (-1, 1).
The **interval** is the 5th to 95th percentile of that score over
:data:`BOOTSTRAP_SAMPLES` resamples of the evidence (fixed seed: the same article gives
the same interval); one piece of evidence cannot be resampled, and its interval runs from
zero to the score. The **label** is negative at or below ``-THRESHOLD``, positive at
or above ``THRESHOLD``, else neutral; a side whose evidence weighs less than
:data:`MIN_WEIGHT` is neutral with ``enough`` False ("too little evidence"). Sentence
polarity can move the score but not set the label alone: a label needs at least one
device of the author's (a loaded term, scare quote, cue stance or role) pointing its
way, else it is neutral with ``wording_only`` True. Flat news sentences carry polarity
("was indicted", "pleaded guilty") that says little of the author's view: on the dev
halves 3 of the 17 verdicts set by sentence polarity alone agreed with the annotators.

The weights, prior, threshold and minimum weight were chosen on the three dev halves of the
project's tone gold set (``benchmarks/gold/tone/dev``, ``dev2`` and ``dev3``, 108 sides annotated
blind to this code) by ``benchmarks/bench_tone.py --tune``; the test half is reported, never tuned on.
They matter less than the evidence: chosen on any two dev halves, they score 0.33 to 0.57 macro-F1
on the third (0.57 on dev, 0.49 on dev2, 0.33 on dev3: ``bench_tone.py dev dev2 dev3 --cross``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from ..detect.polarity import polarity_of
from ..detect.valence import polarity_lexicon, word_valence
from ..result import Attribution, Span
from ..text.article import Article
from ..text.quotations import WORD_RE
from .roles import RoleEvent

CHARGE_TIES = frozenset({"mention inside", "between"})  # ties of a quoted phrase that names the side it accuses

# Weight of each kind of evidence, relative to a loaded term, with the prior, threshold and minimum weight below:
# the setting best on macro-F1 plus class-balanced macro-F1 (0.522 + 0.527) over the three dev halves of the tone
# gold set (dev, dev2 and dev3, 108 sides; bench_tone.py --tune). A scare quote says as much as a loaded term; a
# reporting cue or a harm or help role less (news reports harm flatly); one sentence's polarity toward the side
# (target-scoped VADER, NewsMTSC macro-F1 0.61) is weak and noisy, but four of them weigh one loaded term.
WEIGHTS = {"loaded": 1.0, "scare_quote": 1.0, "cue_stance": 0.5, "role": 0.5, "sentence": 0.25}
STANCE_VALUES = {"doubt": -1.0, "concede": -0.5, "endorse": 1.0}  # neutral and dispute say nothing of the side
# Harm suffered draws sympathy as help given draws credit (TONE_GUIDELINES.md lists both; +0.5 for a victim scored
# 0.004 lower on dev and the same on dev2).
ROLE_VALUES = {"harm_agent": -1.0, "harm_patient": 1.0, "help_agent": 1.0}
HEDGED_FACTOR, BOOSTED_FACTOR = 0.5, 1.5  # a hedged sentence says less, a boosted one more
PRIOR_WEIGHT = 1.0        # neutral pseudo-evidence: one loaded term's worth
THRESHOLD = 0.2           # |score| at which the label leaves neutral
# Evidence weighing less than this is "too little evidence", neutral: one device in the author's voice or two polar
# sentences suffice.
MIN_WEIGHT = 0.5
BOOTSTRAP_SAMPLES = 400


@dataclass(frozen=True)
class ToneEvidence:
    """One thing the author wrote about a side: ``text == article.text[start:end]``."""

    kind: str
    text: str
    start: int
    end: int
    sentence: int
    value: float
    weight: float


@dataclass(frozen=True)
class Tone:
    """A side's tone: label, score in (-1, 1), its 90% interval, and the evidence behind it."""

    label: str
    score: float
    low: float
    high: float
    n_evidence: int
    enough: bool
    evidence: tuple[ToneEvidence, ...] = ()
    wording_only: bool = False  # the score passes the threshold on sentence polarity alone: the label is neutral

    def to_dict(self) -> dict:
        """Plain data for the result document."""
        return asdict(self)


def _holds_a_charge(quote: Span) -> bool:
    """A scare quote around a charge that names its side ("the narrative of “Trump collusion with Russia”", a
    “conspiracy” between Trump and Putin): the author doubts the charge, which judges the side no worse (blind
    readers, stop 42); not the side's own phrase held at a distance ("branding Mueller … bent on a “witch hunt”")."""
    return quote.tie in CHARGE_TIES and any(word_valence(w, polarity_lexicon()) < 0
                                            for w in WORD_RE.findall(quote.text.lower()))


def tone_evidence(article: Article, side: str, spans: tuple[Span, ...], attributions: tuple[Attribution, ...],
                  framing: list[dict], events: list[RoleEvent]) -> list[ToneEvidence]:
    """The author-voice evidence of ``side``'s tone (module docstring), in text order."""
    text = article.text
    found: list[ToneEvidence] = []
    carried = set()  # sentences whose polarity toward the side a loaded term or scare quote already carries
    for s in spans:
        if s.side != side or s.voice != "author":
            continue
        if s.kind == "loaded" and s.valence and s.category != "loaded_cue":  # a cue counts once, as its stance
            found.append(ToneEvidence("loaded", s.text, s.start, s.end, s.sentence, float(s.valence),
                                      WEIGHTS["loaded"]))
            carried.add(s.sentence)
        elif s.kind == "scare_quote" and s.category != "name" and s.tie != "aimed at" and not _holds_a_charge(s):
            found.append(ToneEvidence("scare_quote", s.text, s.start, s.end, s.sentence, -1.0, WEIGHTS["scare_quote"]))
            carried.add(s.sentence)
    for a in attributions:
        if a.side == side and a.stance in STANCE_VALUES and a.cue_start is not None \
                and article.voice_at(a.cue_start) == "author":
            found.append(ToneEvidence("cue_stance", a.cue, a.cue_start, a.cue_end, a.sentence,
                                      STANCE_VALUES[a.stance], WEIGHTS["cue_stance"]))
    loaded_at = {e.start for e in found if e.kind == "loaded"}
    for e in events:  # a harm or help word that is also a loaded term ("liberating") counts once, as the term
        if e.side == side and e.voice == "author" and e.role in ROLE_VALUES and e.start not in loaded_at:
            found.append(ToneEvidence("role", e.word, e.start, e.end, e.sentence, ROLE_VALUES[e.role],
                                      WEIGHTS["role"]))
    counted = [(a.cue_start, a.cue_end) for a in attributions if a.cue_start is not None] \
        + [(e.start, e.end) for e in events if e.role in ROLE_VALUES]
    hedged = {s.sentence for s in spans if s.kind == "hedge" and s.voice == "author"}
    boosted = {s.sentence for s in spans if s.kind == "booster" and s.voice == "author"}
    for record in framing:
        i = record["sentence"]
        if record["side"] != side or record["voice"] != "author" or i in carried:
            continue
        # A reporting cue ("denied") or a harm verb ("were killed") counts once, above, as its stance or role.
        polarity, _ = polarity_of(sum(weight for at, _, weight in record["evidence"]
                                      if not any(start <= at < end for start, end in counted)))
        if polarity:
            factor = HEDGED_FACTOR if i in hedged else BOOSTED_FACTOR if i in boosted else 1.0
            sentence = article.sentences[i]
            found.append(ToneEvidence("sentence", text[sentence.start:sentence.end], sentence.start, sentence.end,
                                      i, float(polarity), WEIGHTS["sentence"] * factor))
    return sorted(found, key=lambda e: (e.start, e.kind))


def side_tone(evidence: list[ToneEvidence]) -> Tone:
    """The :class:`Tone` the evidence gives (module docstring)."""
    values = np.array([e.value for e in evidence])
    weights = np.array([e.weight for e in evidence])
    score = float((values * weights).sum() / (weights.sum() + PRIOR_WEIGHT))
    if len(evidence) > 1:
        picks = np.random.default_rng(0).integers(0, len(evidence), size=(BOOTSTRAP_SAMPLES, len(evidence)))
        samples = (values[picks] * weights[picks]).sum(axis=1) / (weights[picks].sum(axis=1) + PRIOR_WEIGHT)
        low, high = (float(x) for x in np.percentile(samples, [5, 95]))
    else:  # every resample of one piece is that piece: it cannot show how settled the direction is
        low, high = min(score, 0.0), max(score, 0.0)
    enough = float(weights.sum()) >= MIN_WEIGHT - 1e-9  # a sum of tenths (0.5 + 5 × 0.1) lands just under 1.0
    leaning = tone_label(score) if enough else "neutral"
    label = settled_label(leaning, [(e.kind, e.value) for e in evidence])
    return Tone(label, round(score, 4), round(low, 4), round(high, 4), len(evidence), enough, tuple(evidence),
                wording_only=label != leaning)


def tone_label(score: float, threshold: float = THRESHOLD) -> str:
    """negative, neutral or positive for a score."""
    return "negative" if score <= -threshold else "positive" if score >= threshold else "neutral"


def settled_label(leaning: str, evidence: list[tuple[str, float]]) -> str:
    """``leaning`` if a device that is not a sentence's polarity points its way, else neutral (module docstring);
    ``evidence`` is (kind, value) pairs."""
    sign = {"negative": -1, "positive": 1}.get(leaning, 0)
    return leaning if any(kind != "sentence" and value * sign > 0 for kind, value in evidence) else "neutral"
