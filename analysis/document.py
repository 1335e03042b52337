"""The article model: text in, paragraphs, sentences and word tokens out, each with character offsets.

Every offset indexes ``Article.text``. For a ``.txt`` or ``.md`` source that is
the decoded file content itself; normalisation is length-preserving (NBSPs and
other odd spaces become plain spaces, ``\\r\\n`` becomes `` \\n``), so
``text[start:end]`` always returns the words a count came from. For HTML it is
the extracted article text (paragraphs joined by blank lines).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .htmltext import extract_html_blocks
from .lexicon import read_word_list, reporting_verb_forms

FORMATS = ("txt", "md", "html")
ARTICLE_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# A quote introduced by "X writes:" rarely runs longer than this many paragraphs
# without the author stepping back in; past it we assume the author's voice resumes.
MAX_BLOCK_QUOTE_PARAGRAPHS = 3
# A double-quoted passage this long is someone's speech; shorter ones are names or scare quotes.
QUOTED_PASSAGE_MIN_WORDS = 6
HEADLINE_MAX_WORDS = 25
CAPTION_MAX_WORDS = 40

WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")
_CAPTION_RE = re.compile(r"^\(?(photo|image|picture|video|photograph|caption|credit|file photo|pictured)\b", re.I)
_HTML_RE = re.compile(r"^\s*(<!doctype html|<html\b)|<(p|div|body|head|br|span|a)\b[^>]*>", re.I)
_ENDING_ABBREVIATION = re.compile(
    r"\b(?:U\.S\.|U\.K\.|U\.N\.|D\.C\.|a\.m\.|p\.m\.|etc\.|Inc\.|Ltd\.|Jr\.|Sr\.)\s+"
    r"(?=(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|There|In|On|At|As|If|When|While|Yet|So|His|Her|Its|Their)\b)")
CALENDAR_WORDS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                            "Thursday", "Friday", "Saturday", "Sunday"})
_NOT_SPEAKER = CALENDAR_WORDS | {"In", "On", "At", "The", "A", "An", "His", "Her", "Their"}


class ArticleError(ValueError):
    """A source that cannot be read as an article; the message is one line naming the problem."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``kind`` is headline, body, caption or block_quote; ``voice`` author or quoted."""

    index: int
    start: int
    end: int
    kind: str
    voice: str
    quote_intro: int | None = None  # index of the paragraph that introduced this block quote


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets, its paragraph, its voice and its paragraph's kind."""

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
    """A parsed article. Build one with :func:`load_article` or :func:`parse_article`."""

    source: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quoted_passages: tuple[tuple[int, int], ...] = ()

    def voice_at(self, offset: int) -> str:
        """"quoted" if ``offset`` lies in a block quote or a double-quoted passage of speech, else "author"."""
        i = self.sentence_at(offset)
        if i is not None and self.sentences[i].voice == "quoted":
            return "quoted"
        return "quoted" if any(start <= offset < end for start, end in self.quoted_passages) else "author"

    @cached_property
    def counted_sentences(self) -> tuple[Sentence, ...]:
        """Sentences that count in measures: everything except captions."""
        return tuple(s for s in self.sentences if s.counted)

    @cached_property
    def counted_tokens(self) -> tuple[Token, ...]:
        """Word tokens of counted sentences."""
        return tuple(t for t in self.tokens if self.sentences[t.sentence].counted)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None


def load_article(source: str | Path, fmt: str | None = None) -> Article:
    """Read an article from a path or a string of text.

    A ``Path``, or a one-line string ending in a file extension, is read as a
    file; ``fmt`` (txt, md, html) is taken from the extension unless given.
    Any other string is the article text itself. Raises :class:`ArticleError`
    with a one-line message for unreadable input.
    """
    if isinstance(source, Path) or _looks_like_path(source):
        path = Path(source)
        text = read_text_file(path)
        return parse_article(text, source=str(path), fmt=fmt or _format_of(path))
    return parse_article(source, source="<text>", fmt=fmt or "txt")


def _looks_like_path(source: str) -> bool:
    return "\n" not in source and len(source) < 500 and bool(re.search(r"\.\w{1,8}$", source.strip()))


def _format_of(path: Path) -> str:
    try:
        return ARTICLE_EXTENSIONS[path.suffix.lower()]
    except KeyError:
        raise ArticleError(f"{path}: unknown extension {path.suffix!r}; expected one of "
                           f"{', '.join(sorted(ARTICLE_EXTENSIONS))}") from None


def read_text_file(path: Path) -> str:
    """Decode a text file as UTF-8 (with or without BOM), falling back to cp1252."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, expected a file")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: binary file (contains NUL bytes), expected text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError(f"{path}: cannot decode bytes as UTF-8 or cp1252")


def normalize_text(text: str) -> str:
    """Fold NBSPs and odd spaces to spaces and line endings to ``\\n``, keeping the length."""
    return _ODD_SPACES.sub(" ", text.replace("\r\n", " \n").replace("\r", "\n"))


def parse_article(text: str, source: str = "<text>", fmt: str = "txt") -> Article:
    """Split article text of format ``fmt`` into paragraphs, sentences and tokens."""
    if fmt not in FORMATS:
        raise ArticleError(f"{source}: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "html":
        text, blocks = extract_html_blocks(text)
    else:
        text = normalize_text(text)
        if fmt == "txt" and _HTML_RE.search(text[:2000]):
            raise ArticleError(f"{source}: looks like HTML, not plain text; use a .html file or fmt='html'")
        blocks = _markdown_blocks(text) if fmt == "md" else _text_blocks(text)
    if not WORD_RE.search(text):
        raise ArticleError(f"{source}: empty article (no words)")
    paragraphs = _classify_paragraphs(text, blocks)
    passages = tuple(_quoted_passages(text, paragraphs))
    sentences = _split_sentences(text, paragraphs, passages)
    tokens = tuple(Token(m.start(), m.end(), m.group(), s.index)
                   for s in sentences for m in WORD_RE.finditer(text, s.start, s.end))
    headline = next((p for p in paragraphs if p.kind == "headline"), None)
    title = text[headline.start:headline.end] if headline else Path(source).stem
    return Article(source, title, text, paragraphs, sentences, tokens, passages)


def _text_blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraph spans of plain text: each line is a paragraph unless the next starts in lowercase."""
    blocks: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - (len(m.group()) - len(m.group().rstrip()))
        hard_wrapped = blocks and text[blocks[-1][1]:start].count("\n") == 1 and text[start].islower()
        if hard_wrapped:
            blocks[-1] = (blocks[-1][0], end, "body")
        else:
            blocks.append((start, end, "body"))
    return blocks


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


def _classify_paragraphs(text: str, blocks: list[tuple[int, int, str]]) -> tuple[Paragraph, ...]:
    """Decide headline, captions and block quotes, and the voice of each paragraph."""
    paragraphs: list[Paragraph] = []
    quote_left, intro, speaker = 0, None, None
    for i, (start, end, kind) in enumerate(blocks):
        body = text[start:end]
        n_words = len(WORD_RE.findall(body))
        if kind == "heading":
            kind = "headline" if i == 0 else "body"
        elif kind == "body" and i == 0 and len(blocks) > 1 and n_words <= HEADLINE_MAX_WORDS and not body.endswith((".", ":")):
            kind = "headline"
        elif kind == "body" and _CAPTION_RE.match(body) and n_words <= CAPTION_MAX_WORDS:
            kind = "caption"
        elif kind == "body" and quote_left and not _ends_block_quote(body, speaker):
            kind = "block_quote"
            quote_left -= 1
        else:
            quote_left = 0
        paragraphs.append(Paragraph(i, start, end, kind, "quoted" if kind == "block_quote" else "author",
                                    intro if kind == "block_quote" and blocks[i][2] == "body" else None))
        if kind == "body" and body.endswith(":"):
            speaker = _block_quote_speaker(body)
            if speaker is not False:
                quote_left, intro = MAX_BLOCK_QUOTE_PARAGRAPHS, i
        elif kind == "block_quote" and body.endswith(":"):
            quote_left = 0
    return tuple(paragraphs)


def _block_quote_speaker(intro: str) -> str | None | bool:
    """For a paragraph ending in a colon: False if no speech verb introduces a quote, else the
    speaker's likely surname (last capitalised word before a speech verb) or None if none is named."""
    start, end = _sentence_spans(intro)[-1]
    words = WORD_RE.findall(intro[start:end])
    verbs = [i for i, w in enumerate(words) if w.lower() in reporting_verb_forms()]
    if not verbs:
        return False
    for verb in verbs:
        names = [w for w in words[1:verb] if w[0].isupper() and w not in _NOT_SPEAKER and "." not in w]
        if names:
            return names[-1]
    return None


def _ends_block_quote(paragraph: str, speaker: str | None) -> bool:
    """Whether a paragraph after a block quote's intro is the author's again: it names the speaker
    in the third person or opens with an attribution of its own."""
    if paragraph.startswith("According to"):
        return True
    return bool(speaker) and re.search(rf"\b{re.escape(speaker)}\b", paragraph) is not None


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """NLTK Punkt with the project's news abbreviations and single-letter initials; no trained data."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("news_abbreviations.txt")) | set("abcdefghijklmnopqrstuvwxyz")
    return PunktSentenceTokenizer(params)


def double_quoted_spans(text: str, paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted span, marks included; a span may cross paragraphs.

    Curly marks pair up; a straight mark opens a quotation when none is open and closes it
    otherwise. A paragraph that ends inside a quotation continues it when the next paragraph
    opens with a quotation mark again (news style for a quote over several paragraphs);
    otherwise the unmatched mark is ignored.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for paragraph in paragraphs:
        first = paragraph.start
        if open_at is not None:
            if text[first] in "“\"":
                first += 1  # the continuation paragraph's own opening mark
            else:
                open_at = None
        for offset in range(first, paragraph.end):
            mark = text[offset]
            if mark == "“" or (mark == '"' and open_at is None):
                open_at = offset
            elif mark in "”\"" and open_at is not None:
                spans.append((open_at, offset + 1))
                open_at = None
    return spans


def _quoted_passages(text: str, paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, int]]:
    """Double-quoted passages of speech (six words or more) that start in author paragraphs."""
    author = [p for p in paragraphs if p.voice == "author"]
    return [(start, end) for start, end in double_quoted_spans(text, paragraphs)
            if any(p.start <= start < p.end for p in author)
            and len(WORD_RE.findall(text, start, end)) >= QUOTED_PASSAGE_MIN_WORDS]


def _split_sentences(text: str, paragraphs: tuple[Paragraph, ...],
                     passages: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    """Punkt sentence spans inside each paragraph, repaired where Punkt needs news knowledge.

    A sentence of an author paragraph is quoted voice when all its words lie in quoted passages."""
    sentences: list[Sentence] = []
    for p in paragraphs:
        spans = _sentence_spans(text[p.start:p.end]) if p.kind != "headline" else [(0, p.end - p.start)]
        for start, end in spans:
            s, e = p.start + start, p.start + end
            s += len(text[s:e]) - len(text[s:e].lstrip("> \t"))  # a Markdown continuation line's ">"
            words = list(WORD_RE.finditer(text, s, e))
            inside = [any(a <= w.start() < b for a, b in passages) for w in words]
            voice = "quoted" if p.voice == "quoted" or (inside and all(inside)) else "author"
            sentences.append(Sentence(len(sentences), s, e, text[s:e], voice, p.index, p.kind))
    return tuple(sentences)


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in sentence_tokenizer().span_tokenize(paragraph):
        if spans and paragraph[start].islower():
            spans[-1] = (spans[-1][0], end)  # Punkt split after "!)" or "?" mid-sentence
            continue
        for m in _ENDING_ABBREVIATION.finditer(paragraph, start, end):
            spans.append((start, m.end() - len(m.group()) + len(m.group().rstrip())))
            start = m.end()
        spans.append((start, end))
    return spans
