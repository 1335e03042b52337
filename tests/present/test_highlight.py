"""The highlighted article: marks nest correctly, every piece of text is escaped, tooltips and legend are there."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from test_charts import build_analysis

from analysis import analyze
from analysis.present.highlight import CSS, MARK_STYLES, Mark, highlight, render_marked
from analysis.present.tables import attributions_table

VOID = {"meta", "br", "img", "link"}


class TagChecker(HTMLParser):
    """Collects structure errors (a closing tag that does not match the open one) and every element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.stack or self.stack[-1] != "style":
            self.text.append(data)


def check(markup: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(markup)
    checker.close()
    assert checker.errors == [] and checker.stack == []
    return checker


def marks_in(markup: str) -> list[dict]:
    """The attributes of every mark in the article (the legend's samples left out)."""
    if 'class="fr-legend"' in markup:
        markup = markup[markup.index("</div>", markup.index('class="fr-legend"')) + len("</div>"):]
        markup = markup[:markup.rindex("</div>")]
    return [attrs for tag, attrs in check(markup).elements if tag == "span" and "data-kind" in attrs]


@pytest.fixture(scope="module")
def small():
    return build_analysis()


def test_text_is_escaped_so_a_script_shows_as_text():
    analysis = build_analysis(text="Washington & <b>Damascus</b>\n\nThe Pentagon said <script>alert('x')</script> "
                                   "was the regime's doing.\n", markers=[("regime", 0, "loaded", "pejorative", -1)],
                              attributions=[])
    page = highlight(analysis).to_html()
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in page
    assert "Washington &amp; &lt;b&gt;" in page
    check(page)


def test_render_keeps_the_text_and_nests_nested_marks():
    text = "the so-called ‘US-backed rebels’ were routed"
    outer = Mark(14, 32, "scare_quote", "scare quote")
    inner = Mark(15, 17, "mention", "mention · side: West", "#0072B2")
    markup = render_marked(text, [inner, outer], 0, len(text))
    checker = check(markup)
    assert "".join(checker.text) == text
    assert markup.index('data-kind="scare_quote"') < markup.index('data-kind="mention"')  # outer opens first
    assert re.search(r'data-kind="scare_quote"[^>]*>‘<span [^>]*data-kind="mention"[^>]*>US</span>-backed rebels’'
                     r'</span>', markup)


def test_crossing_marks_are_split_so_the_html_still_nests():
    text = "abcdefghijklmnop"
    markup = render_marked(text, [Mark(0, 10, "content", "said by X"), Mark(5, 15, "loaded-negative", "loaded")],
                           0, len(text))
    checker = check(markup)
    assert "".join(checker.text) == text
    loaded = [m for m in marks_in(markup) if m["data-kind"] == "loaded-negative"]
    assert len(loaded) == 2 and all(m["title"] == "loaded" for m in loaded)  # closed and reopened at offset 10


def test_marks_are_clipped_to_the_rendered_stretch():
    markup = render_marked("one two three", [Mark(0, 13, "content", "c")], 4, 7)
    assert "".join(check(markup).text) == "two"


def test_every_article_character_survives(small):
    checker = check(highlight(small).body_html())
    rendered = "".join(checker.text)
    for paragraph in small.article.paragraphs:
        assert small.article.text[paragraph.start:paragraph.end] in rendered


def test_tooltips_name_kind_category_valence_and_side(small):
    marks = marks_in(highlight(small).body_html())
    kinds = {m["data-kind"] for m in marks}
    assert {"loaded-negative", "loaded-positive", "hedge", "booster", "scare_quote", "source", "cue", "content",
            "mention"} <= kinds
    regime = next(m for m in marks if m["data-kind"] == "loaded-negative" and "pejorative" in m["title"])
    assert "valence: negative" in regime["title"] and "side: Damascus and allies" in regime["title"]
    cue = next(m for m in marks if m["data-kind"] == "cue" and "cue · claim" in m["title"])
    assert "stance: doubt" in cue["title"]
    mention = next(m for m in marks if m["data-kind"] == "mention" and "Washington" in m["title"])
    assert mention["style"] == "--side:#0072B2"  # the side's colour from the sides file


def test_a_device_tied_to_a_side_is_underlined_in_that_sides_colour(small):
    marks = marks_in(highlight(small).body_html())
    regime = next(m for m in marks if m["data-kind"] == "loaded-negative" and "pejorative" in m["title"])
    damascus = next(p["color"] for p in small.sides if p["name"] == "Damascus and allies")
    assert "fr-tied" in regime["class"] and regime["style"] == f"--side:{damascus}"
    untied = [m for m in marks if m["data-kind"] != "mention" and "no side" in m["title"]]
    assert untied and all("fr-tied" not in m["class"] and "style" not in m for m in untied)


def test_quoted_loaded_term_nests_inside_the_attributed_content(small):
    markup = highlight(small).body_html()
    check(markup)
    content_open = markup.index('title="direct attribution · said by US official')
    brutal = markup.index(">brutal</span>")
    assert content_open < brutal < markup.index("</span>", brutal + len(">brutal</span>"))


def test_legend_lists_every_style_with_counts_and_the_sides(small):
    markup = highlight(small).body_html()
    legend = markup[markup.index('class="fr-legend"'):markup.index("</div>")]
    for kind, (label, _) in MARK_STYLES.items():
        if kind != "mention":
            assert html.escape(label) in legend
    assert "Washington and allies" in legend and "Damascus and allies" in legend
    assert re.search(r"scare quote</span> <span class=\"fr-count\">1<", legend)


def test_repr_html_and_standalone_file(tmp_path, small):
    view = highlight(small)
    fragment = view._repr_html_()
    assert fragment.startswith("<style>") and 'class="fr-highlight"' in fragment
    path = view.save(tmp_path / "article.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<title>Washington condemns Damascus · highlighted</title>" in page
    check(page)


def test_attribute_values_are_escaped():
    analysis = build_analysis(text='Headline\n\nThe group <Smith & "Sons"> said the regime lied.\n',
                              markers=[], sides=None,
                              attributions=[('The group <Smith & "Sons">', "said", "the regime lied", "neutral")])
    page = highlight(analysis).to_html()
    check(page)
    assert 'title="source · Smith &amp; &quot;Sons&quot;&gt; · no side"' in page  # the canonical name, escaped


def test_an_analysis_without_marks_renders_plain_paragraphs():
    analysis = build_analysis(markers=[], attributions=[], sides=None)
    body = highlight(analysis).body_html()
    assert marks_in(body) == []
    assert "<h2>Washington condemns Damascus</h2>" in body


def test_every_mark_kind_has_a_class_style():
    for kind in MARK_STYLES:
        assert f".fr-highlight .fr-{kind}{{" in CSS
    markup = render_marked("the regime", [Mark(4, 10, "loaded-negative", "t")], 0, 10)
    assert 'class="fr-mark fr-loaded-negative"' in markup  # classes survive notebook sanitisers


def test_every_part_of_a_split_quotation_is_marked_and_tabled():
    analysis = analyze("“I watched,” Trump wrote, “he fell harder than was pushed.”")
    assert list(attributions_table(analysis)["content"]) == ["I watched … he fell harder than was pushed."]
    contents = [m for m in highlight(analysis).marks if m.kind == "content"]
    assert [analysis.article.text[m.start:m.end] for m in contents] == ["I watched", "he fell harder than was pushed."]
    assert re.search(r'attributed content</span> <span class="fr-count">(\d+)<', highlight(analysis).to_html())[1] == "1"
