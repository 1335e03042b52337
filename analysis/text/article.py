"""The article model: text in, paragraphs, sentences and word tokens out, each with character offsets.

Every offset indexes ``Article.text``. For a ``.txt`` or ``.md`` source that is
the decoded file content itself; normalisation is length-preserving (NBSPs and
other odd spaces become plain spaces, ``\\r\\n`` becomes `` \\n``, Penn Treebank
quotes ````…''`` become `` “…” ``), so ``text[start:end]`` always returns the words
a count came from. For a web page (a saved ``.html`` file or a URL) it is the
article text trafilatura extracts, headline first, blocks joined by blank lines.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import ArticleError
from .cues import Speech
from .decode import check_input, normalize_text, read_input
from .fetch import Page, fetch_page, is_url
from .html import PageMeta, extract_page
from .paragraph_kinds import INLINE_LINK, paragraph_kinds
from .parse import parse
from .quotations import WORD_RE, Quotation, find_quotations
from .sentences import sentence_spans
from .speech import find_speeches
from .voice import VoiceSpan, voice_span_at, voice_spans, without_own_speech_acts

FORMATS = ("txt", "md", "html")
ARTICLE_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

MAX_ARTICLE_CHARS = 5_000_000  # a long news article is 50,000; past this, parse_article refuses (max_chars=None lifts it)
_HIGHLIGHTS_RE = re.compile(r"Story highlights\s+(?=\S)", re.I)
_HTML_RE = re.compile(r"^\s*(<!doctype html|<html\b)|<(p|div|body|head|br|span|a)\b[^<>]{0,500}>", re.I)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``kind`` is headline, body, caption or block_quote; ``voice`` that of most of its words."""

    index: int
    start: int
    end: int
    kind: str
    voice: str
    quote_intro: int | None = None  # index of the paragraph that introduced this block quote


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets, its paragraph, the voice of most of its words and its paragraph's kind."""

    index: int
    start: int
    end: int
    text: str
    voice: str
    paragraph: int
    kind: str

    @property
    def counted(self) -> bool:
        """Whether the sentence counts in measures (captions do not)."""
        return self.kind != "caption"


@dataclass(frozen=True)
class Token:
    """A word token: offsets, surface text and sentence index."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class Article:
    """A parsed article. Build one with :func:`load_article` or :func:`parse_article`.

    ``doc`` is the spaCy parse (:mod:`analysis.text.parse`), ``quotations`` every quoted
    span, ``speeches`` every speech event (:mod:`analysis.text.speech`) and ``voices`` the
    quoted and reported stretches they make (:mod:`analysis.text.voice`).
    """

    source: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quotations: tuple[Quotation, ...] = ()
    speeches: tuple[Speech, ...] = ()
    voices: tuple[VoiceSpan, ...] = ()
    doc: object = field(default=None, compare=False, repr=False)
    meta: PageMeta = PageMeta()  # title, author, date, outlet and URL a web page gives; empty for text
    html: str | None = field(default=None, compare=False, repr=False)  # the page as read, for provenance

    def voice_at(self, offset: int) -> str:
        """Whose words the character at ``offset`` is: "author", "quoted" or "reported" (the one voice function)."""
        span = self.voice_span_at(offset)
        return span.voice if span else "author"

    def voice_span_at(self, offset: int) -> VoiceSpan | None:
        """The quoted or reported stretch holding ``offset``, with the index of its speech; None in the author's voice."""
        return voice_span_at(self.voices, self._voice_starts, offset)

    @cached_property
    def _voice_starts(self) -> list[int]:
        return [v.start for v in self.voices]

    @cached_property
    def source_spans(self) -> tuple[tuple[int, int], ...]:
        """The source span of every speech that names one, in order (what a pronoun speaker may continue)."""
        return tuple(s.source for s in self.speeches if s.source)

    @cached_property
    def counted_sentences(self) -> tuple[Sentence, ...]:
        """Sentences that count in measures: everything except captions."""
        return tuple(s for s in self.sentences if s.counted)

    @cached_property
    def counted_tokens(self) -> tuple[Token, ...]:
        """Word tokens of counted sentences."""
        return tuple(t for t in self.tokens if self.sentences[t.sentence].counted)

    @cached_property
    def words_by_voice(self) -> dict[str, int]:
        """Counted words (:attr:`counted_tokens`) in each voice: ``{"author", "quoted", "reported"}``."""
        counts = Counter(self.voice_at(t.start) for t in self.counted_tokens)
        return {voice: counts[voice] for voice in ("author", "quoted", "reported")}

    @cached_property
    def token_starts(self) -> list[int]:
        """Start offset of every word token, in order (for bisecting)."""
        return [t.start for t in self.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentences_overlapping(self, start: int, end: int) -> range:
        """Indices of the sentences sharing a character with ``start:end``."""
        first = max(bisect.bisect_right(self._sentence_starts, start) - 1, 0)
        if first < len(self.sentences) and self.sentences[first].end <= start:
            first += 1
        return range(first, bisect.bisect_left(self._sentence_starts, end))


def load_article(source: str | Path, fmt: str | None = None, *, refresh: bool = False) -> Article:
    """Read an article from a URL, a path or a string of text.

    An http(s) URL is fetched (:func:`analysis.text.fetch.fetch_page`, through the page
    cache unless ``refresh``) and read as HTML. A ``Path``, or a one-line string
    ending in a file extension, is read as a file; ``fmt`` (txt, md, html) is taken
    from the extension unless given. Any other string is the article text itself.
    Raises :class:`ArticleError` with a one-line message for unreadable input.
    """
    if is_url(source):
        return page_article(fetch_page(source, refresh=refresh))
    if isinstance(source, Path) or names_a_file(source):
        path = Path(source)
        check_input(path)
        fmt = fmt or _format_of(path)
        return parse_article(read_input(path), source=str(path), fmt=fmt)
    return parse_article(source, source="<text>", fmt=fmt or "txt")


def page_article(page: Page) -> Article:
    """The article of a fetched web page; its source is the URL asked for, its ``meta.url`` where it came from."""
    return parse_article(page.html, source=page.url, fmt="html", url=page.final_url)


def names_a_file(source: str) -> bool:
    """Whether a string is a file's name rather than article text: one line naming an existing file, or
    ending in an article extension (then a missing file is an error, not a two-word article)."""
    if "\n" in source or len(source) > 500:
        return False
    return os.path.isfile(source) or Path(source.strip()).suffix.lower() in ARTICLE_EXTENSIONS


def _format_of(path: Path) -> str:
    try:
        return ARTICLE_EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise ArticleError(f"{path}: unknown extension {path.suffix!r}; expected one of "
                           f"{', '.join(sorted(ARTICLE_EXTENSIONS))}") from None


def parse_article(text: str, source: str = "<text>", fmt: str = "txt", url: str | None = None, *,
                  max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
    """Split article text of format ``fmt`` into paragraphs, sentences and tokens, parse it, and find
    its quotations, speech events and voices. For ``html`` the article is the page's main text
    (:func:`analysis.text.html.extract_page`; ``url`` is where the page came from, if known).

    Text longer than ``max_chars`` is refused (None: no limit); the cost grows linearly, about
    40 s per million characters on one core."""
    if fmt not in FORMATS:
        raise ArticleError(f"{source}: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if max_chars is not None and len(text) > max_chars:
        raise ArticleError(f"{source}: too long for one article ({len(text):,} characters; the limit is "
                           f"{max_chars:,})")
    meta, html = PageMeta(), None
    if fmt == "html":
        page = extract_page(text, url=url)
        if page is None:
            raise ArticleError(f"{source}: no article text found on the page")
        html, (text, blocks, meta) = text, page
    else:
        text = normalize_text(text)
        if fmt == "txt" and _HTML_RE.search(text):
            raise ArticleError(f"{source}: looks like HTML, not plain text; use a .html file or fmt='html'")
        blocks = _split_highlights(text, _markdown_blocks(text) if fmt == "md" else _text_blocks(text))
    if not WORD_RE.search(text):
        raise ArticleError(f"{source}: empty article (no words)")
    kinds = paragraph_kinds(text, blocks)
    spans = [_paragraph_sentences(text, start, end, kind) for (start, end, _), kind in zip(blocks, kinds)]
    doc = parse(text, [start for paragraph in spans for start, _ in paragraph])
    doc.user_data["captions"] = tuple((b[0], b[1]) for b, kind in zip(blocks, kinds) if kind == "caption")
    quotations = find_quotations(text, [(start, end) for start, end, _ in blocks])
    speeches, block_quotes = find_speeches(doc, [(b[0], b[1], k) for b, k in zip(blocks, kinds)], quotations)
    speeches = without_own_speech_acts(text, speeches)
    voices = voice_spans(speeches)
    starts = [v.start for v in voices]
    paragraphs, sentences = [], []
    for i, ((start, end, _), kind) in enumerate(zip(blocks, kinds)):
        kind = "block_quote" if i in block_quotes else kind
        paragraphs.append(Paragraph(i, start, end, kind, _voice_of(text, start, end, voices, starts),
                                    block_quotes.get(i)))
        for s, e in spans[i]:  # a related link inside a paragraph is a caption too
            sentences.append(Sentence(len(sentences), s, e, text[s:e], _voice_of(text, s, e, voices, starts), i,
                                      "caption" if INLINE_LINK.match(text, s, e) else kind))
    tokens = tuple(Token(m.start(), m.end(), m.group(), s.index)
                   for s in sentences for m in WORD_RE.finditer(text, s.start, s.end))
    headline = next((p for p in paragraphs if p.kind == "headline"), None)
    title = meta.title or (text[headline.start:headline.end] if headline else Path(source).stem)
    return Article(source, title, text, tuple(paragraphs), tuple(sentences), tokens, quotations, speeches,
                   voices, doc, meta, html)


def _voice_of(text: str, start: int, end: int, voices: tuple[VoiceSpan, ...], starts: list[int]) -> str:
    """The voice of most of the words in ``text[start:end]`` (author on a tie)."""
    counts = {"author": 0, "quoted": 0, "reported": 0}
    for m in WORD_RE.finditer(text, start, end):
        span = voice_span_at(voices, starts, m.start())
        counts[span.voice if span else "author"] += 1
    best = max(counts.values())
    return "author" if counts["author"] == best else max(counts, key=counts.get)


def _text_blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraph spans of plain text: each line is a paragraph unless the next starts in lowercase after a line
    that ends mid-sentence (a hard-wrapped paragraph; not an embedded post's "x" after a full stop)."""
    blocks: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - (len(m.group()) - len(m.group().rstrip()))
        hard_wrapped = blocks and text[blocks[-1][1]:start].count("\n") == 1 and text[start].islower() \
            and not text[:blocks[-1][1]].rstrip("”’\"' ").endswith((".", "!", "?"))
        if hard_wrapped:
            blocks[-1] = (blocks[-1][0], end, "body")
        else:
            blocks.append((start, end, "body"))
    return blocks


def _split_highlights(text: str, blocks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """CNN's "Story highlights" label opens its first bullet's paragraph: it becomes a paragraph (a caption) of
    its own, so it is neither a speaker nor a cue ("Story highlights Jason Chaffetz : Testimony …")."""
    split = []
    for start, end, kind in blocks:
        label = _HIGHLIGHTS_RE.match(text, start, end)
        split += [(start, start + 16, kind), (label.end(), end, kind)] if label else [(start, end, kind)]
    return split


def _markdown_blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraph spans of Markdown: ``>`` lines are block quotes, ``#`` lines headings."""
    blocks: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        line = m.group()
        marker = re.match(r"\s*(>[\s>]*|#{1,6}\s+|[-*+]\s+)?", line)
        start = m.start() + marker.end()
        end = m.start() + len(line.rstrip())
        if start >= end:
            continue
        kind = "block_quote" if line.lstrip().startswith(">") else "heading" if line.lstrip().startswith("#") else "body"
        previous = blocks[-1] if blocks else None
        if previous and previous[2] == kind != "heading" and text[previous[1]:m.start()].count("\n") == 1:
            blocks[-1] = (previous[0], end, kind)  # a continuation line of the same paragraph
        else:
            blocks.append((start, end, kind))
    return blocks


def _paragraph_sentences(text: str, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of one paragraph; a headline is one sentence."""
    if kind == "headline":
        return [(start, end)]
    sentences = []
    for s, e in sentence_spans(text[start:end]):
        s, e = start + s, start + e
        s += len(text[s:e]) - len(text[s:e].lstrip("> \t"))  # a Markdown continuation line's ">"
        sentences.append((s, e))
    return sentences
