"""A web page's article: its text in blocks (heading, body, block quote) and its metadata, by trafilatura.

trafilatura finds the main content and the title, author, date and site name;
this module turns its content tree into the project's blocks and drops what it
keeps that is still not the story: paragraphs that are a single link (a teaser
for another story), calls to action and credit lines, and the "More from …"
list that closes many pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura

# A paragraph that is nothing but one of these is page furniture, not the story.
_FURNITURE = re.compile(
    r"^(read (more|next|also)\b.*|related|recommended|advertisement|loading\b.*|sign up\b.*|subscribe\b.*|follow us\b.*"
    r"|share this\b.*|click here\b.*|watch:.*|(the )?[\w-]+ wire)$"
    r"|\ball rights reserved\b|\bcontributed to this (report|story|article)\b|^write to .+ at \S+@\S+"
    r"|\bplease share your (videos|photos|pictures|stories)\b", re.I)
# A heading that opens the list of other stories at the end of a page; it and all after it go.
_CLOSING_LIST = re.compile(r"^(more|related|recommended|most (read|popular)|trending|you may also like|read (more|next))\b",
                           re.I)
# "By Jane Doe", "-- By Jane Doe Follow @jdoe", "By A. Ford, B. Roe, and C. Lee, CNN": capitalised names only.
_BYLINE = re.compile(r"^[-—–\s]*[Bb]y:?\s+(?P<name>[A-Z][\w.'’-]*(?:\s*,?\s+(?:and\s+)?(?!Follow\b)[A-Z][\w.'’-]*)*)"
                     r"(?=\s+(?:[Ff]ollow\b|/|\||@)|\s*[;]|$)")
BYLINE_MAX_WORDS = 16
HEADLINE_OVERLAP = 0.6  # share of the metadata title's words an <h1> must hold to be taken as the headline
FURNITURE_MAX_WORDS = 40  # a longer paragraph that matches a furniture pattern is kept: it is prose
KICKER_MAX_WORDS = 3      # a first paragraph this short with no sentence end is a byline or kicker ("CNN")
_BLOCK_KIND = {"p": "body", "head": "heading", "quote": "block_quote", "item": "body"}


@dataclass(frozen=True)
class PageMeta:
    """What a page says about its article; empty strings where it says nothing."""

    title: str = ""
    author: str = ""
    date: str = ""
    outlet: str = ""
    url: str = ""


def extract_page(html: str, url: str | None = None) -> tuple[str, list[tuple[int, int, str]], PageMeta] | None:
    """The article text of an HTML page, its blocks as (start, end, kind) offsets into that text, and its
    metadata; None when the page holds no article text.

    The headline comes first as a ``heading`` block; blocks are joined by blank lines.
    """
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    # read before extraction prunes the tree: the headline, and a byline that sits outside the story's blocks
    headings = [_clean("".join(h1.itertext())) for h1 in tree.iter("h1")]
    page_bylines = [n for e in tree.iter("div", "p", "span", "address") if (n := _byline_name(_clean("".join(e.itertext()))))]
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, include_links=True, favor_precision=True)
    if document is None or document.body is None:
        return None
    pieces, bylines = _story_blocks(list(_blocks(document.body)))
    if not pieces:
        return None
    title, author, date, outlet = (_clean(getattr(document, name) or "") for name in ("title", "author", "date",
                                                                                       "sitename"))
    bylines = "; ".join(dict.fromkeys(bylines + page_bylines))  # the page's own words, where it has a byline
    meta = PageMeta(_headline(headings, title), bylines or author, date, outlet,
                    url=document.url or url or "")  # the page's own (canonical) address first
    if meta.title and pieces[0][1] != meta.title:
        pieces.insert(0, ("heading", meta.title))
    text, blocks, offset = [], [], 0
    for kind, block_text in pieces:
        blocks.append((offset, offset + len(block_text), kind))
        text.append(block_text)
        offset += len(block_text) + 2
    return "\n\n".join(text), blocks, meta


def _blocks(body) -> Iterator[tuple[str, str, bool]]:
    """(kind, text, is_only_a_link) for each block of trafilatura's content tree, in reading order."""
    for element in body.iter(*_BLOCK_KIND):
        if any(a.tag in _BLOCK_KIND for a in element.iterancestors()):
            continue  # a paragraph inside a block quote (or list item) is read with it
        for line_break in element.iter("lb"):
            line_break.text = " "
        text = _clean("".join(element.itertext()))
        if text:
            links = "".join("".join(ref.itertext()) for ref in element.iter("ref"))
            yield _BLOCK_KIND[element.tag], text, _clean(links) == text


def _story_blocks(blocks: list[tuple[str, str, bool]]) -> tuple[list[tuple[str, str]], list[str]]:
    """The blocks that are the story (no link-only teasers, furniture, bylines, closing lists or leading
    kicker), and the names of the bylines left out."""
    story, bylines = [], []
    for kind, text, only_link in blocks:
        if kind == "heading" and _CLOSING_LIST.match(text) and story:
            break
        if byline := _byline_name(text):
            bylines.append(byline)
        elif not only_link and not (len(text.split()) <= FURNITURE_MAX_WORDS and _FURNITURE.search(text)):
            story.append((kind, text))
    while story and len(story[0][1].split()) <= KICKER_MAX_WORDS and not story[0][1].endswith((".", "?", "!")):
        story.pop(0)
    return story, bylines


def _byline_name(text: str) -> str | None:
    """The writer a byline paragraph names ("By Jane Doe / CNN", "-- By Jane Doe Follow @jdoe"), else None."""
    match = _BYLINE.match(text)
    if match and len(text.split()) <= BYLINE_MAX_WORDS and not text.endswith("."):
        return re.sub(r"\s+,", ",", match["name"])
    return None


def _headline(headings: list[str], title: str) -> str:
    """The headline as the page shows it: the first <h1> holding most of the metadata title's words
    (that title is often the social-media one: "…, Warns Climate Scientist X" as "… Says X"), else the title."""
    words = set(re.findall(r"\w+", title.lower()))
    for heading in headings:
        if words and len(words & set(re.findall(r"\w+", heading.lower()))) >= HEADLINE_OVERLAP * len(words):
            return heading
    return title


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
