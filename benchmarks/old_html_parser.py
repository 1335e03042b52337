"""The hand-written HTML parser the package used before trafilatura (kept only as the baseline of bench_html.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose text is never article text.
_SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button",
            "svg", "template", "iframe", "select", "menu"}
_BLOCK_KIND = {"p": "body", "li": "body", "h1": "heading", "h2": "heading", "h3": "heading",
               "blockquote": "block_quote", "figcaption": "caption"}


class _BlockCollector(HTMLParser):
    """Collects (kind, text) for each text block outside skipped elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._skip_depth = 0
        self._kinds: list[str] = []
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCK_KIND and not self._skip_depth:
            self._flush()
            self._kinds.append(_BLOCK_KIND[tag])
        elif tag == "br":
            self._buffer.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_KIND and not self._skip_depth and self._kinds:
            self._flush()
            self._kinds.pop()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth and self._kinds:
            self._buffer.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        self._buffer = []
        if text and self._kinds:
            # A <p> inside a <blockquote> is still quoted voice.
            kind = "block_quote" if "block_quote" in self._kinds else self._kinds[-1]
            self.blocks.append((kind, text))


def extract_html_blocks(html: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Article text of an HTML page and its blocks as (start, end, kind) offsets into that text.

    Kinds: ``heading``, ``body``, ``block_quote``, ``caption``. Text blocks are
    joined by blank lines; scripts, styles and navigation are dropped.
    """
    collector = _BlockCollector()
    collector.feed(html)
    collector.close()
    collector._flush()
    pieces, blocks, offset = [], [], 0
    for kind, block_text in collector.blocks:
        blocks.append((offset, offset + len(block_text), kind))
        pieces.append(block_text)
        offset += len(block_text) + 2
    return "\n\n".join(pieces), blocks
