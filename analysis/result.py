"""The result document: one frozen, plain-data record of everything found in an article.

Its JSON form (:meth:`Analysis.to_dict`, schema ``analysis/3``) is what scripts
rely on; every offset in it indexes ``article.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .text.article import Article

# 2: per-side tone and roles; framing_balance over every pair of sides. 3: attributions carry words_attributed and
# words_quoted, framing records their sentence's VADER sentiment, and told_in (fields added; none removed or changed).
SCHEMA = "analysis/3"
SPAN_KINDS = ("loaded", "hedge", "booster", "epistemic", "scare_quote", "mention")


@dataclass(frozen=True)
class Span:
    """A marker found in the text: ``text == article.text[start:end]``.

    ``kind`` is one of :data:`SPAN_KINDS`; ``valence`` is -1, 0 or +1 toward
    what the span describes; ``voice`` (author, quoted or reported) is that of
    its first character; ``side`` the name of the side it is tied to, if any,
    and ``tie`` the rule that tied it (:mod:`analysis.framing.targets`).
    """

    kind: str
    category: str
    valence: int
    text: str
    start: int
    end: int
    sentence: int
    voice: str
    side: str | None = None
    tie: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Who speaks (``source``), through which cue, saying what (``content_start:content_end``).

    Offsets are None where the part is absent (a block quote's cue, say). ``extra`` holds
    the later parts of the content (``"A," X said, "B."``: B), ``speech`` the index of the
    article's speech event (its voice spans carry the same index) and ``rule`` the
    construction that found it. ``words_attributed`` counts the words whose voice (quoted or
    reported) is this attribution's, ``words_quoted`` those inside its quotation marks, so no
    word counts twice. ``told_in`` is the speech whose quotation holds this one ("“Obama declared
    that …,” Snowden said": Snowden's), its speaker's account: its words count for that speaker, and
    per-side tallies leave it out; None for a speech the author reports.
    """

    source: str | None
    source_start: int | None
    source_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content_start: int
    content_end: int
    stance: str
    kind: str
    sentence: int
    side: str | None = None
    lemma: str | None = None
    canonical_source: str | None = None
    extra: tuple[tuple[int, int], ...] = ()
    speech: int | None = None
    rule: str = ""
    words_attributed: int = 0
    words_quoted: int = 0
    told_in: int | None = None

    @property
    def content_parts(self) -> tuple[tuple[int, int], ...]:
        """Every (start, end) of the content, in text order: the first part and the ``extra`` ones."""
        return ((self.content_start, self.content_end), *self.extra)


@dataclass(frozen=True)
class Analysis:
    """Everything found in one article; build it with :func:`analysis.analyze`."""

    article: Article
    readability: dict[str, float]
    readability_author: dict[str, float]
    readability_paragraphs: tuple[dict, ...]
    spans: tuple[Span, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    rates: dict[str, float] = field(default_factory=dict)
    sides: tuple[dict, ...] = ()
    framing: tuple[dict, ...] = ()
    framing_balance: tuple[dict, ...] = ()
    labels: tuple[dict, ...] = ()
    side_spec: object = None  # the Sides the analysis used (names, colours), None without sides

    @property
    def n_words(self) -> int:
        """Word tokens in counted sentences (captions left out)."""
        return len(self.article.counted_tokens)

    @property
    def n_sentences(self) -> int:
        """Sentences that count (headline included, captions left out)."""
        return len(self.article.counted_sentences)

    @property
    def n_paragraphs(self) -> int:
        """Paragraphs other than captions (the headline is one)."""
        return sum(p.kind != "caption" for p in self.article.paragraphs)

    def to_dict(self) -> dict:
        """The JSON-ready document (schema ``analysis/3``)."""
        article = self.article
        return {
            "schema": SCHEMA,
            "article": {
                "source": article.source,
                "title": article.title,
                "text": article.text,
                "n_words": self.n_words,
                "n_sentences": self.n_sentences,
                "n_paragraphs": self.n_paragraphs,
                "page": asdict(article.meta),
            },
            "paragraphs": [asdict(p) for p in article.paragraphs],
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text,
                           "voice": s.voice, "kind": s.kind, "paragraph": s.paragraph}
                          for s in article.sentences],
            "readability": self.readability,
            "readability_author": self.readability_author,
            "readability_paragraphs": list(self.readability_paragraphs),
            "spans": [asdict(s) for s in self.spans],
            "attributions": [asdict(a) for a in self.attributions],
            "rates": self.rates,
            "sides": list(self.sides),
            "framing": list(self.framing),
            "framing_balance": list(self.framing_balance),
            "labels": list(self.labels),
        }


def quoted_word_share(article: Article) -> float:
    """Share of counted words that sit in quoted voice (0-1); higher => more of the text is others' words."""
    n_words = len(article.counted_tokens)
    return article.words_by_voice["quoted"] / n_words if n_words else 0.0


def summary_row(analysis: Analysis) -> dict[str, float | int | str]:
    """One flat row of numbers for an article: sizes, every rate, readability measure and per-side figure.

    A rate given as a mapping (loaded terms by category, say) becomes one column
    per key, ``rate_<name>_<key>``, so a CSV or Parquet row holds every figure.
    """
    row = {"source": analysis.article.source, "title": analysis.article.title, "n_words": analysis.n_words,
           "n_sentences": analysis.n_sentences, "n_paragraphs": analysis.n_paragraphs}
    for name, value in analysis.rates.items():
        if isinstance(value, dict):
            row.update({f"rate_{name}_{key}": number for key, number in value.items()})
        else:
            row[f"rate_{name}"] = value
    row.update({f"readability_{k}": v for k, v in analysis.readability.items()})
    row.update({f"readability_author_{k}": v for k, v in analysis.readability_author.items()})
    for i, profile in enumerate(analysis.sides, start=1):
        # Sides are numbered, not named, so that articles with their own sides share one CSV header.
        row.update({f"side{i}_{k}": v for k, v in profile.items() if isinstance(v, (str, int, float))})
        for part in ("tone", "roles"):
            row.update({f"side{i}_{part}_{k}": v for k, v in profile[part].items()
                        if isinstance(v, (str, int, float))})
    first_pair = analysis.sides[:2]
    row.update({f"balance_{b['dimension']}": b["balance"] for b in analysis.framing_balance
                if len(first_pair) == 2 and (b["side_a"], b["side_b"]) == (first_pair[0]["name"], first_pair[1]["name"])})
    return row
