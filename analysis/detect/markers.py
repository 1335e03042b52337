"""Loaded terms, hedges, boosters, epistemic markers and scare quotes, each hit kept as evidence.

Every lexicon term (loaded, hedge, booster, epistemic) is matched in a single
pass over the article: all surface forms of all lexicons are compiled, once per
:class:`Lexicons`, into one regular expression shaped as a character trie, so
the longest form wins at each position and a match never starts or ends inside
a word. Matching is case-insensitive; a space or hyphen in a term matches a
space or a hyphen in the text ("so-called", "so called", "tough-as- nails");
' matches ’ and ‘. Entries of category ``neutral`` ("regime change") win the
longest match and yield no span, so a descriptive phrase can shield a word that
is loaded elsewhere.

Context rules: ambiguous hedges are resolved by :mod:`analysis.detect.hedging`; a
loaded or epistemic word capitalised mid-sentence (outside a headline) is taken
to be part of a name ("People's Liberation Army") and skipped. Scare quotes
come from :mod:`analysis.detect.scare_quotes`.

References: Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013), "Linguistic
Models for Analyzing and Detecting Biased Language", ACL 2013; Hyland (2005),
"Metadiscourse"; the header of each lexicon file names its own sources.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..lexicon import read_table
from ..result import Span
from ..text.article import Article, parse_article
from ..text.cues import load_cues
from ..text.quotations import WORD_RE
from .evaluative import find_evaluative
from .hedging import is_sentence_initial, reject_hedge
from .scare_quotes import find_scare_quotes
from .senses import pos_rejection
from .valence import judges_no_one

LEXICON_FILES = {"loaded": "loaded_terms.tsv", "hedge": "hedges.tsv", "booster": "boosters.tsv",
                 "epistemic": "epistemic_recasens2013.tsv"}
NEUTRAL = "neutral"
RATE_KINDS = {"loaded": "loaded", "hedge": "hedges", "booster": "boosters"}

_SEPARATOR_IN_TEXT = r"(?:\s*[-‐‑]\s*|\s+)"
_SEPARATORS = re.compile(r"\s*[-‐‑–]\s*|\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def term_key(text: str) -> str:
    """Normalised form used to look a match up: lowercase, straight apostrophes, one space per separator."""
    return _SEPARATORS.sub(" ", text.strip().translate(_APOSTROPHES).lower())


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon term: its kind (loaded, hedge, booster, epistemic), category, valence and surface forms."""

    term: str
    kind: str
    category: str
    valence: int
    forms: tuple[str, ...]
    pos: str = ""  # noun, verb, adj or adv: the part of speech a match must have (empty: any)


@dataclass(frozen=True)
class Lexicons:
    """The term lexicons used by :func:`find_markers`; build with :func:`load_lexicons`.

    Where two entries share a form, the later one wins, so user entries
    (appended after the packaged ones) override them.
    """

    entries: tuple[LexiconEntry, ...]

    @cached_property
    def index(self) -> dict[str, LexiconEntry]:
        """Normalised surface form -> entry."""
        return {term_key(form): entry for entry in self.entries for form in entry.forms}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """One compiled, case-insensitive matcher for every form of every entry (a trie, longest first)."""
        body = _trie_regex(self.index)
        return re.compile(rf"(?<!\w)(?<!\w['’])(?:{body})(?!\w)", re.IGNORECASE)

    def categories(self, kind: str) -> tuple[str, ...]:
        """The categories of ``kind`` that yield spans, in file order."""
        return tuple(dict.fromkeys(e.category for e in self.entries if e.kind == kind and e.category != NEUTRAL))


def _trie_regex(keys: Iterable[str]) -> str:
    """A regex alternation of ``keys`` factored as a character trie; longer continuations are tried first."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_char_regex(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie) or "(?!)"


def _char_regex(char: str) -> str:
    if char == " ":
        return _SEPARATOR_IN_TEXT
    if char == "'":
        return "['’‘]"
    return re.escape(char)


def read_lexicon_entries(name_or_path: str | Path, kind: str | None = None) -> list[LexiconEntry]:
    """Entries of a lexicon TSV (columns term, category, valence, forms; optional kind and pos).

    ``kind`` applies to every row; without it each row's ``kind`` column is
    used, defaulting to ``loaded``. ``forms`` lists extra surface forms,
    comma-separated; the term itself is always a form.
    """
    entries = []
    for row in read_table(name_or_path):
        term = row["term"].strip()
        extra = [f.strip() for f in (row.get("forms") or "").split(",") if f.strip()]
        entries.append(LexiconEntry(term=term, kind=kind or (row.get("kind") or "loaded").strip(),
                                    category=row["category"].strip(), valence=int(row.get("valence") or 0),
                                    forms=tuple(dict.fromkeys([term, *extra])), pos=(row.get("pos") or "").strip()))
    return entries


@lru_cache(maxsize=1)
def _packaged_entries() -> tuple[LexiconEntry, ...]:
    return tuple(e for kind, name in LEXICON_FILES.items() for e in read_lexicon_entries(name, kind))


@lru_cache(maxsize=1)
def qualifier_forms() -> frozenset[str]:
    """The one-word forms of the packaged hedge and booster lexicons."""
    return frozenset(form.lower() for e in _packaged_entries() if e.kind in ("hedge", "booster") for form in e.forms
                     if " " not in form)


@lru_cache(maxsize=1)
def _packaged_lexicons() -> Lexicons:
    return Lexicons(_packaged_entries())


def load_lexicons(extra: str | Path | Iterable[str | Path | LexiconEntry] | None = None,
                  replace: dict[str, str | Path | None] | None = None) -> Lexicons:
    """The packaged lexicons, optionally extended or replaced, without editing the package.

    ``extra``: a TSV path, or a list of paths and :class:`LexiconEntry` objects,
    added after the packaged entries (so they override a shared form). A TSV
    in the packaged format (term, category, valence, forms) adds loaded terms;
    give it a ``kind`` column to add hedges, boosters or epistemic markers.
    ``replace``: kind -> path of a TSV that replaces that packaged lexicon, or
    None to switch the kind off, e.g. ``replace={"loaded": "my_loaded.tsv"}``.
    """
    if extra is None and not replace:
        return _packaged_lexicons()
    entries: list[LexiconEntry] = []
    for kind, name in LEXICON_FILES.items():
        source = (replace or {}).get(kind, name)
        if source is not None:
            entries.extend(read_lexicon_entries(source, kind))
    if isinstance(extra, (str, Path)):
        extra = [extra]
    for item in extra or ():
        entries.extend([item] if isinstance(item, LexiconEntry) else read_lexicon_entries(item))
    return Lexicons(tuple(entries))


@dataclass(frozen=True)
class TermMatch:
    """A lexicon match before it is tied to a sentence; ``rejected`` says why it yields no span, if so."""

    start: int
    end: int
    entry: LexiconEntry
    rejected: str | None = None


def match_terms(text: str, lexicons: Lexicons | None = None,
                headline_spans: Iterable[tuple[int, int]] = ()) -> list[TermMatch]:
    """Every lexicon match in ``text`` (one pass), with the context decision on each.

    ``headline_spans`` are (start, end) ranges set in title case, where a
    capital letter says nothing about names.
    """
    lexicons = lexicons or load_lexicons()
    headlines = sorted(headline_spans)
    matches = []
    for m in lexicons.pattern.finditer(text):
        key = term_key(m.group())
        entry = lexicons.index[key]
        in_headline = any(a <= m.start() < b for a, b in headlines)
        matches.append(TermMatch(m.start(), m.end(), entry, _reject(text, m.start(), m.end(), key, entry, in_headline)))
    return matches


def _reject(text: str, start: int, end: int, key: str, entry: LexiconEntry, in_headline: bool) -> str | None:
    """Why a lexicon match yields no span, or None to keep it."""
    if entry.category == NEUTRAL:
        return f"fixed phrase '{entry.term}' is descriptive"
    if key == "really" and re.search(r"\b(?:not|n['’]t)\s+$", text[max(0, start - 6):start], re.I):
        return "negated: 'not really' softens, it boosts nothing ('not actually' still insists)"
    if entry.kind == "hedge":
        return reject_hedge(text, start, end, key, in_headline)
    if key == "to be clear" and not (is_sentence_initial(text, start) or text[:start].rstrip().endswith((",", "—"))):
        return "an infinitive ('wants the rules to be clear'), not the writer's aside"
    word = text[start:end]
    if (entry.kind in ("loaded", "epistemic") and word[0].isupper() and not word.isupper()
            and not in_headline and not is_sentence_initial(text, start)):
        return "capitalised mid-sentence: part of a name"
    return None


def find_markers_in_text(text: str, lexicons: Lexicons | None = None, evaluative: bool = True) -> tuple[Span, ...]:
    """Markers in a bare string (parsed as a one-paragraph article), in every voice; for benchmarks and notebooks."""
    if not WORD_RE.search(text):
        return ()
    return find_markers(parse_article(text.replace("\n", " ")), lexicons, evaluative)


def find_markers(article: Article, lexicons: Lexicons | None = None, evaluative: bool = True) -> tuple[Span, ...]:
    """Every loaded, hedge, booster, epistemic and scare_quote span in ``article``, sorted by start.

    Caption sentences are skipped and a match may not cross a sentence
    boundary; each span carries its sentence index and the voice of its first
    character (:meth:`analysis.text.article.Article.voice_at`). ``side`` is left None.
    With ``evaluative`` (the default), two kinds of loaded term beyond the hand lexicon are added:
    strong-valence words of category ``evaluative`` (:mod:`analysis.detect.evaluative`) and
    reporting cues of non-neutral stance, ``loaded_cue``; without it, the hand lexicon alone.
    """
    text = article.text
    starts = [s.start for s in article.sentences]
    headlines = [(s.start, s.end) for s in article.sentences if s.kind == "headline"]
    matches = match_terms(text, lexicons, headlines)
    candidates = [(m.start, m.end, m.entry.kind, m.entry.category, m.entry.valence) for m in matches
                  if m.rejected is None and pos_rejection(article, m) is None]
    candidates += [(q.start, q.end, "scare_quote", q.category, 0) for q in find_scare_quotes(article)]
    if evaluative:
        # "alleged" is a hedge (hearsay) and a doubting cue: one marker, the hedge
        candidates += loaded_cues(article, [(c[0], c[1]) for c in candidates if c[2] in ("loaded", "hedge")])
    spans = []
    # A loaded word inside quotation marks is someone else's wording: held at a distance in the author's scare quotes
    # ("laws against “gay propaganda”"), or a speaker's, a title's or a word mentioned ("denounced Pyongyang's
    # “reckless” pursuit" in a speech): the marks may be the author's device, the word is not.
    held = [(q.start, q.end) for q in article.quotations]
    for start, end, kind, category, valence in candidates:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0:
            continue
        sentence = article.sentences[i]
        if not sentence.counted or end > sentence.end:
            continue
        inside = kind == "loaded" and any(a < start and end < b for a, b in held)
        voice = "quoted" if inside else article.voice_at(start)
        valence = 0 if kind == "loaded" and judges_no_one(article, start, end) else valence
        spans.append(Span(kind, category, valence, text[start:end], start, end, i, voice))
    if evaluative:  # reporting cues are read as cues, never as evaluative words
        covered = [(s.start, s.end) for s in spans] + [speech.cue for speech in article.speeches if speech.cue] \
            + [(m.start, m.end) for m in matches if m.entry.category == NEUTRAL]  # "their level best": no praise
        spans += [dataclasses.replace(s, valence=0) if judges_no_one(article, s.start, s.end) else s
                  for s in find_evaluative(article, covered)]
    return tuple(sorted(spans, key=_span_order))


# A reporting cue of this stance is loaded language about its source ("claimed" doubts it, "admitted" has it
# concede); "dispute" is the source's own denial and judges nobody. An endorsing cue ("found", "showed", "noted",
# "revealed") presents the report as fact, as news does for studies and records: it stays an epistemic marker only
# (on the dev halves annotators marked 1 of 55 such cues in BABE, 0 of 25 in MBIC).
CUE_STANCE_VALENCE = {"doubt": -1, "concede": -1}
# Cues that name the speech act rather than judge it: "accused X of", "charged that" report an accusation, and news
# uses "acknowledged" and "asserted" as plain verbs for a concession and a claim (blind readers of unseen news).
SPEECH_ACT_CUES = frozenset({"accuse", "charge", "acknowledge", "assert"})
LOADED_CUE = "loaded_cue"


def loaded_cues(article: Article, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str, int]]:
    """(start, end, kind, category, valence) of each reporting cue of non-neutral stance that no other marker
    covers: loaded language about the cue's source, which the framing layer ties to that source's side."""
    stances = {cue.lemma: cue.stance for cue in load_cues().verbs.values()}
    found = []
    for speech in article.speeches:
        valence = None if speech.lemma in SPEECH_ACT_CUES else CUE_STANCE_VALENCE.get(stances.get(speech.lemma or ""))
        if speech.cue is None or valence is None or any(a < speech.cue[1] and speech.cue[0] < b for a, b in taken):
            continue
        found.append((*speech.cue, "loaded", LOADED_CUE, valence))
    return found


def _span_order(span: Span) -> tuple[int, int, str]:
    return span.start, -span.end, span.kind


def marker_rates(article: Article, spans: Iterable[Span],
                 lexicons: Lexicons | None = None) -> dict[str, float | dict[str, float]]:
    """Loaded terms, hedges and boosters per 1,000 words, overall and in the author's voice, plus loaded by category.

    Overall rates divide by the article's counted words (captions left out);
    ``_author`` rates count author-voice spans over author-voice words.
    ``loaded_by_category_per_1k_words`` has every loaded category of the
    lexicons, 0.0 where nothing matched. Higher => more of that marker.
    """
    spans = list(spans)
    tokens = article.counted_tokens
    n_words = len(tokens)
    n_author = article.words_by_voice["author"]
    rates: dict[str, float | dict[str, float]] = {}
    for kind, name in RATE_KINDS.items():
        hits = [s for s in spans if s.kind == kind]
        rates[f"{name}_per_1k_words"] = _per_1k(len(hits), n_words)
        rates[f"{name}_per_1k_words_author"] = _per_1k(sum(s.voice == "author" for s in hits), n_author)
    loaded = [s.category for s in spans if s.kind == "loaded"]
    categories = dict.fromkeys((lexicons or load_lexicons()).categories("loaded"))
    categories.update(dict.fromkeys(loaded))
    rates["loaded_by_category_per_1k_words"] = {c: _per_1k(loaded.count(c), n_words) for c in categories}
    return rates


def _per_1k(count: int, n_words: int) -> float:
    return 1000.0 * count / n_words if n_words else 0.0
