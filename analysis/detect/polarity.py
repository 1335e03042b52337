"""Target-dependent polarity: how one sentence frames one target (a person, organisation or country).

Every word gets a valence from VADER's lexicon (with news overrides, ``lexicons/polarity_news.tsv``)
and VADER's booster and negation rules; each valence is then weighted by where the word stands
relative to the target: inside or close to its mention and in its clause counts most; far away,
across clause boundaries or nearer another target counts less; and when the target is only the
source of reported speech ("X said ..."), its audience ("told X") or a setting ("in X"), the rest
of the sentence barely frames it. The weighted sum, squashed into -1..1 as VADER does, is the score.
Higher score => the sentence frames the target more favourably.

References:
    Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment
    Analysis of Social Media Text. ICWSM-14.
    Hamborg, F. & Donnay, K. (2021). NewsMTSC: (Multi-)Target-dependent Sentiment
    Classification in News Articles. EACL 2021. (The data the weights were tuned on.)
    Hyland, K. (1999). Academic attribution: citation and the construction of disciplinary
    knowledge. Applied Linguistics 20(3). (Stance of reporting verbs.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE

from ..text.cues import Cue, load_cues
from .valence import polarity_lexicon, word_valence

Span = tuple[int, int]
SentimentCue = tuple[int, int, float]  # (start, end, valence on VADER's -4..+4 scale)

# Weights and threshold, tuned together on the DEV half of NewsMTSC train (benchmarks/bench_framing.py)
# by grid search over a few round values; the TEST half only reports. The optimum is flat: moving one
# weight to a neighbouring grid value (DISTANCE_SCALE 4 or 9, CLAUSE_DECAY 0.7 or 1, OTHER_TARGET_WEIGHT
# 0.5 or 1, FLOOR 0.05 or 0.2, NEUTRAL_THRESHOLD 0.02 or 0.08) changes DEV macro-F1 by less than 0.01.
DISTANCE_SCALE = 6.0        # words; a cue this far from the target counts about half
FLOOR = 0.1                 # even the farthest cue keeps this weight: the sentence's tone colours every target
CLAUSE_DECAY = 0.85         # each clause boundary between cue and target multiplies its weight by this
OTHER_TARGET_WEIGHT = 0.75  # a cue nearer another target counts this much: annotators often extend it to both
OTHER_MENTION_WEIGHT = 0.25  # ... and a cue inside another target's mention ("the brutal regime") this much
# When the target is a source, audience or setting ("X said", "told X", "in X", "according to X"), the
# rest of the sentence is mostly not about it: positive words there (pride, thanks, hope) reflect a little
# on a source; negative ones are about someone else ("X said the attack was horrific" is neutral for X).
SIDELINE_POSITIVE = 0.1
SIDELINE_NEGATIVE = 0.0
NEUTRAL_THRESHOLD = 0.04    # |score| below this is neutral; also the best compromise when DEV is
                            # reweighted to half neutral targets, as in NewsMTSC's real-world test split
# From VADER (Hutto & Gilbert 2014): normalize() maps a valence sum into -1..1 with alpha = 15,
# "approximating the max expected value"; boosters 1, 2 and 3 words back count 1, .95 and .9.
VADER_ALPHA = 15.0
VADER_BOOSTER_DAMPING = (1.0, 0.95, 0.9)
VADER_LOOKBACK = len(VADER_BOOSTER_DAMPING)

TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# Negators beyond VADER's NEGATE list: "lack of respect" reads like "no respect".
LACK_WORDS = frozenset({"lack", "lacks", "lacked", "lacking"})
# A sentence is in headline case when at least this share of its words longer than three letters,
# and at least HEADLINE_MIN_WORDS of them, are capitalised ("Clinton Takes Responsibility for Loss");
# a news sentence full of names ("Hope Hicks spoke to the Supreme Court") stays below it.
HEADLINE_CAPITALISED = 0.85
HEADLINE_MIN_WORDS = 3
SENTENCE_OPENERS = frozenset("\"“‘'([:—–-*•")
CLAUSE_PUNCTUATION = frozenset(",;:()[]{}—–\"“”‘?!")
# Conjunctions and relative pronouns that open a new clause; "and"/"or" are left out because in
# news they join names ("Obama and Holder met") at least as often as clauses.
CLAUSE_WORDS = frozenset({"but", "while", "although", "though", "whereas", "because", "since", "unless",
                          "however", "yet", "which", "who", "whom", "whose", "where", "when", "after",
                          "before", "if"})
# A reporting verb makes its subject a source when the project's reporting_verbs.tsv says the verb
# takes any complement ("said", "denied") or, for verbs marked "that", when a "that"/"whether"/"if",
# a quotation, a colon or a comma follows ("added that", never "added troops").
REPORT_OPENERS = frozenset({"that", "whether", "if", ",", ":", "\"", "“", "‘", "'"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})  # "X was told": X is no source
# Verbs whose object is the audience of reported speech ("told reporters"): the speech is not about it.
ADDRESSEE_VERBS = frozenset({"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking"})
# Prepositions that make a mention the setting of an event ("arrested in Iran"), not an actor in it.
LOCATIVES = frozenset({"in"})
# A source that claims, concedes, denies or accuses is framed against, in a sentence's polarity (as NewsMTSC's
# annotators read it): the stance classes of reporting_verbs.tsv (after Hyland 1999) that cast doubt on the source or
# show it defending or attacking. The cue copies VADER's "accused" (-1.2); a verb VADER rates lower keeps its own
# valence ("denied" -1.9). The author's tone (analysis.framing.tone) counts only doubt and concession against a side.
DEFENSIVE_STANCES = frozenset({"doubt", "concede", "dispute"})
DEFENSIVE_VALENCE = -1.2


@dataclass(frozen=True)
class TargetPolarity:
    """How a sentence frames a target: sign, signed strength and the words behind it."""

    polarity: int  # -1 negative, 0 neutral, +1 positive
    score: float   # signed strength in -1..1; higher => more favourable
    evidence: tuple[tuple[int, int, float], ...]  # (start, end, contribution), offsets in the sentence
    role: str = "topic"  # or "source" / "audience" / "setting": the rest of the sentence then barely counts


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark and its character offsets in the sentence."""

    start: int
    end: int
    text: str

    @cached_property  # read for every word of every framed sentence, once per side
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @cached_property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @cached_property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper() and not self.text.isupper()


@dataclass(frozen=True)
class _Role:
    """A mention that is the source, audience or setting of what the sentence reports."""

    kind: str   # "source", "audience" or "setting"
    cue: int    # token index of the verb or preposition that gives the role
    first: int  # token span of mention and cue; cues outside it are sidelined
    last: int


@lru_cache(maxsize=256)  # a sentence is read once per side it mentions
def tokenize(sentence: str) -> tuple[Token, ...]:
    """Words (hyphens, apostrophes and inner dots kept) and single punctuation marks, with offsets."""
    return tuple(Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(sentence))


def _is_headline_case(tokens: Sequence[Token]) -> bool:
    """Whether most longer words are capitalised, as in a headline ("Clinton Takes Responsibility")."""
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3]
    n_capitalised = sum(t.text[0].isupper() for t in long_words)
    return len(long_words) >= HEADLINE_MIN_WORDS and n_capitalised >= HEADLINE_CAPITALISED * len(long_words)


def name_words(tokens: Sequence[Token], mentions: Sequence[tuple[int, int]] = ()) -> frozenset[int]:
    """Indices of words that are part of a proper name, whose lexicon sense does not apply
    ("Supreme Court", "Republican Party", "Hope Hicks", "Grimes said"): capitalised words not
    opening the sentence or a quotation; opening ones followed by another capitalised word; and
    capitalised words of a mention (token ranges), unless they open both the sentence and a
    mention that goes on in lowercase ("Corrupt officials"). Headline case has no names."""
    if _is_headline_case(tokens):
        return frozenset()
    in_mention = {i: b for a, b in mentions for i in range(a, b + 1)}
    names = set()
    for i, token in enumerate(tokens):
        if not token.is_word or not token.is_capitalised:
            continue
        opens = i == 0 or (not tokens[i - 1].is_word and tokens[i - 1].text in SENTENCE_OPENERS)
        followed = i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].is_capitalised
        lowercase_mention = i in in_mention and i < in_mention[i] and not followed
        if not opens or followed or (i in in_mention and not lowercase_mention):
            names.add(i)
    return frozenset(names)


def clause_indices(tokens: Sequence[Token]) -> tuple[int, ...]:
    """Clause number of each token: it grows at clause punctuation and clause-opening words."""
    clause, indices = 0, []
    for token in tokens:
        if token.text in CLAUSE_PUNCTUATION or token.lower in CLAUSE_WORDS:
            clause += 1
        indices.append(clause)
    return tuple(indices)


def _is_negation(word: str) -> bool:
    return word in NEGATE or word in LACK_WORDS or "n't" in word


def _modified_valence(tokens: Sequence[Token], i: int, valence: float) -> float:
    """VADER's booster, negation and "least" rules ("less" read as "least") over up to three preceding words of the
    clause."""
    for back in range(1, VADER_LOOKBACK + 1):
        j = i - back
        if j < 0 or tokens[j].text in CLAUSE_PUNCTUATION:
            break
        previous = tokens[j].lower
        if previous in BOOSTER_DICT:
            valence += math.copysign(BOOSTER_DICT[previous], valence) * VADER_BOOSTER_DAMPING[back - 1]
        if _is_negation(previous) or (previous == "no" and back <= 2):
            valence *= N_SCALAR
        # "least capable", and "far less capable" as VADER would read "least" (not "at least", "more or less"; "no
        # less" flips twice)
        if previous in ("least", "less") and back == 1 and (j == 0 or tokens[j - 1].lower not in ("at", "very", "or")):
            valence *= N_SCALAR
    return valence


def _cues(tokens: Sequence[Token], extra: Sequence[SentimentCue], lexicon: Mapping[str, float],
          mentions: Sequence[tuple[int, int]], ignore: Sequence[Span] = ()) -> list[tuple[int, int, int, float]]:
    """(token index, start, end, valence) of each sentiment cue: lexicon words and extra cues.

    Names (see name_words; ``mentions`` are token ranges) and words inside an ``ignore`` span are no
    cues. An extra cue replaces the lexicon valence of every token it overlaps."""
    covered: dict[int, SentimentCue] = {}
    for cue in extra:
        for i, token in enumerate(tokens):
            if token.start < cue[1] and token.end > cue[0]:
                covered.setdefault(i, cue)
    names = name_words(tokens, mentions)
    cues, seen = [], set()
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in ignore):
            continue
        if i in covered:
            if covered[i] not in seen:
                seen.add(covered[i])
                start, end, valence = covered[i]
                cues.append((i, start, end, _modified_valence(tokens, i, valence)))
            continue
        if len(token.text) < 2 or not token.is_word or token.lower in BOOSTER_DICT or i in names:
            continue
        valence = word_valence(token.lower, lexicon)
        if token.lower == "no" and i + 1 < len(tokens) and word_valence(tokens[i + 1].lower, lexicon):
            valence = 0.0  # VADER: "no" before a lexicon word negates it rather than scoring itself
        if valence:
            cues.append((i, token.start, token.end, _modified_valence(tokens, i, valence)))
    return cues


def _token_range(tokens: Sequence[Token], span: Span) -> tuple[int, int] | None:
    """First and last index of the tokens overlapping a character span, or None."""
    inside = [i for i, t in enumerate(tokens) if t.start < span[1] and t.end > span[0]]
    return (inside[0], inside[-1]) if inside else None


def _cue(word: str) -> Cue | None:
    """The one-word reporting verb ``word`` is, from the lexicon the speech rules read."""
    return load_cues().verbs.get((word.replace("’", "'"),))


def _reports(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the reporting verb at index ``verb`` introduces reported speech here."""
    cue = _cue(tokens[verb].lower)
    if cue is None:
        return False
    after = tokens[verb + 1].lower if verb + 1 < len(tokens) else "."
    return cue.complement == "any" or after in REPORT_OPENERS or after == "."


def _role(tokens: Sequence[Token], mention: tuple[int, int]) -> _Role | None:
    """The mention's role when it is not what the sentence is about: the source of reported speech
    ("X said", "X also told", "..., said X", "according to X"), its audience ("told X", "X was
    told") or the setting of an event ("in X"); None when it is a topic."""
    a, b = mention
    after = [t.lower for t in tokens[b + 1:b + 3]]
    before = [t.lower for t in tokens[max(0, a - 2):a]]
    if after[:1] and _reports(tokens, b + 1):
        return _Role("source", b + 1, a, b + 1)
    if after[1:] and tokens[b + 1].is_word and after[0] in BE_FORMS and after[1] in ADDRESSEE_VERBS:
        return _Role("audience", b + 2, a, b + 2)
    if after[1:] and tokens[b + 1].is_word and after[0] not in BE_FORMS and _reports(tokens, b + 2):
        return _Role("source", b + 2, a, b + 2)  # "X also said", "X has told"
    if a >= 2 and _cue(before[-1]) and not tokens[a - 2].is_word:
        return _Role("source", a - 1, a - 1, b)  # '..." said X', not "Minorities say X has ..."
    if before == ["according", "to"]:
        return _Role("source", a - 2, a - 2, b)
    if before[-1:] and before[-1] in ADDRESSEE_VERBS:
        return _Role("audience", a - 1, a - 1, b)
    if before[-1:] and before[-1] in LOCATIVES:
        return _Role("setting", a - 1, a - 1, b)
    return None


def _proximity(i: int, ranges: Sequence[tuple[int, int]], clauses: Sequence[int]) -> float:
    """How close token i is to the nearest of some mentions (token ranges): 1 inside one, decaying
    with the words and clause boundaries between to no less than FLOOR; 0 when there are none."""
    best = 0.0
    for a, b in ranges:
        distance = max(a - i, i - b, 0)
        n_boundaries = abs(clauses[i] - clauses[a if i < a else b])
        decay = FLOOR + (1.0 - FLOOR) / (1.0 + distance / DISTANCE_SCALE)
        best = max(best, decay * CLAUSE_DECAY ** n_boundaries)
    return best


def _cue_weight(i: int, clauses: Sequence[int], target: Sequence[tuple[int, int]],
                others: Sequence[tuple[int, int]], role: _Role | None, positive: bool) -> float:
    """How much a cue at token i says about the target: 1 inside its mention, less with distance,
    clause boundaries, a nearer other target, or outside the target's role as source, audience or setting."""
    weight = _proximity(i, target, clauses)
    other = _proximity(i, others, clauses)
    if other > weight:
        weight *= OTHER_MENTION_WEIGHT if other == 1.0 else OTHER_TARGET_WEIGHT
    if role is not None and not role.first <= i <= role.last:
        weight *= SIDELINE_POSITIVE if positive else SIDELINE_NEGATIVE
    return weight


def target_polarity(sentence: str, target: Span, other_targets: Sequence[Span] = (), *,
                    further_mentions: Sequence[Span] = (), extra: Sequence[SentimentCue] = (),
                    ignore: Sequence[Span] = (), lexicon: Mapping[str, float] | None = None) -> TargetPolarity:
    """How ``sentence`` frames the target mentioned at character span ``target`` (end exclusive).

    Higher score => more favourable framing; polarity is 0 when |score| < NEUTRAL_THRESHOLD.
    ``other_targets``: spans of other targets' mentions (cues nearer them count less).
    ``further_mentions``: more spans of the same target, such as coreferent pronouns.
    ``extra``: more cues (start, end, valence on VADER's -4..+4 scale), such as loaded terms; they
    replace the lexicon valence of the words they cover and are negated, boosted and weighted alike.
    ``ignore``: character spans whose words are no cues (another speaker's words in the sentence).
    ``lexicon``: word -> valence; default VADER with the news overrides of ``polarity_news.tsv``.
    """
    lexicon = polarity_lexicon() if lexicon is None else lexicon
    tokens = tokenize(sentence)
    target_ranges = [r for r in (_token_range(tokens, s) for s in (target, *further_mentions)) if r]
    if not target_ranges:
        return TargetPolarity(0, 0.0, ())
    other_ranges = [r for r in (_token_range(tokens, s) for s in other_targets) if r]
    clauses = clause_indices(tokens)
    role = _role(tokens, target_ranges[0])
    if role is not None and getattr(_cue(tokens[role.cue].lower), "stance", None) in DEFENSIVE_STANCES:
        verb = tokens[role.cue]
        extra = [*extra, (verb.start, verb.end, min(DEFENSIVE_VALENCE, word_valence(verb.lower, lexicon)))]
    evidence, total = [], 0.0
    for i, start, end, valence in _cues(tokens, extra, lexicon, target_ranges + other_ranges, ignore):
        contribution = valence * _cue_weight(i, clauses, target_ranges, other_ranges, role, valence > 0)
        if contribution:
            total += contribution
            evidence.append((start, end, round(contribution, 4)))
    polarity, score = polarity_of(total)
    return TargetPolarity(polarity, round(score, 4), tuple(evidence), role.kind if role else "topic")


def polarity_of(total: float) -> tuple[int, float]:
    """The polarity (-1, 0, +1) and score in -1..1 of a sum of weighted valences, squashed as VADER does."""
    score = total / math.sqrt(total * total + VADER_ALPHA)
    return (0 if abs(score) < NEUTRAL_THRESHOLD else (1 if score > 0 else -1)), score
