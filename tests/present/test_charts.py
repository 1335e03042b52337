"""Charts: each returns a Figure with the expected artists, labels and values, and its numbers as a table.

The analyses here are built by hand from a short text (markers and attributions placed
explicitly, side ties by analysis.framing), so the tests do not move with the detectors.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure, SubFigure  # noqa: E402

from analysis import analyze, parse_article
from analysis.detect.attribution import find_attributions  # noqa: E402
from analysis.detect.readability import article_readability, paragraph_readability  # noqa: E402
from analysis.framing import assign_sides, find_labels, frame_sentences, framing_balance, side_profiles  # noqa: E402
from analysis.framing.sides import find_mentions, load_sides  # noqa: E402
from analysis.present import charts  # noqa: E402
from analysis.present.charts.base import set_titles  # noqa: E402
from analysis.present.readings import read_marker_density  # noqa: E402
from analysis.result import Analysis, Span, quoted_word_share  # noqa: E402

SMALL_TEXT = (
    "Washington condemns Damascus\n\n"
    "The Pentagon said the Damascus regime bombed the so-called ‘rebels’ near the border. "
    "Russia claimed that the U.S. strike was a gross violation of law.\n\n"
    "“The regime is brutal and it will pay for every attack on our people,” a US official said.\n\n"
    "Syria’s army advanced. Clearly the rebels will lose. Perhaps Washington will respond. "
    "Officials said talks would continue. The regime of Damascus stayed silent.\n"
)
TWO_SIDES = [{"name": "Washington and allies", "color": "#0072B2",
              "aliases": ["Washington", "Pentagon", "U.S.", "US", "rebels"]},
             {"name": "Damascus and allies", "color": "#D55E00", "aliases": ["Damascus", "Russia", "Syria"]}]
# (text, occurrence, kind, category, valence)
SMALL_MARKERS = [("regime", 0, "loaded", "pejorative", -1), ("regime", 2, "loaded", "pejorative", -1), ("gross violation", 0, "loaded", "emotive", -1),
                 ("brutal", 0, "loaded", "pejorative", -1), ("‘rebels’", 0, "scare_quote", "term", 0),
                 ("Clearly", 0, "booster", "certainty", 0), ("Perhaps", 0, "hedge", "possibility", 0),
                 ("advanced", 0, "loaded", "valorising", 1)]
# (source, cue, content, stance)
SMALL_ATTRIBUTIONS = [("The Pentagon", "said", "the Damascus regime bombed the so-called ‘rebels’ near the border",
                       "neutral"),
                      ("Russia", "claimed", "the U.S. strike was a gross violation of law", "doubt"),
                      ("a US official", "said", "The regime is brutal and it will pay for every attack on our people",
                       "neutral"),
                      ("Officials", "said", "talks would continue", "neutral")]


def _at(text: str, needle: str, occurrence: int = 0) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start


def build_analysis(text: str = SMALL_TEXT, markers=SMALL_MARKERS, attributions=SMALL_ATTRIBUTIONS,
                   sides=TWO_SIDES) -> Analysis:
    """An Analysis of ``text`` with the given markers and attributions, tied to ``sides`` by analysis.framing."""
    article = parse_article(text)
    spans = []
    for needle, occurrence, kind, category, valence in markers:
        start = _at(text, needle, occurrence)
        spans.append(Span(kind, category, valence, needle, start, start + len(needle), article.sentence_at(start),
                          article.voice_at(start)))
    # Attributions come from the article's own speech events (the one voice reads them), checked against the list.
    found = tuple(a for a in find_attributions(article)
                  if (a.source, a.cue, article.text[a.content_start:a.content_end], a.stance) in attributions)
    assert len(found) == len(attributions)
    base = Analysis(article=article, readability=article_readability(article),
                    readability_author=article_readability(article, voice="author"),
                    readability_paragraphs=tuple(paragraph_readability(article)),
                    rates={"attributed_word_share": quoted_word_share(article)})
    if sides is None:
        return replace(base, spans=tuple(sorted(spans, key=lambda s: s.start)), attributions=found)
    spec = load_sides(sides)
    mentions = find_mentions(article, spec)
    tied, tied_attributions = assign_sides(article, tuple(spans), found, mentions, spec)
    framing = frame_sentences(article, tied)
    labels = find_labels(article, mentions)
    profiles = side_profiles(article, tied, tied_attributions, framing, labels, spec)
    return replace(base, spans=tied, attributions=tied_attributions, sides=profiles, framing=tuple(framing),
                   labels=tuple(labels), framing_balance=tuple(framing_balance(profiles)), side_spec=spec)


@pytest.fixture(scope="module")
def small():
    return build_analysis()


@pytest.fixture(scope="module")
def bare():
    """No sides, no markers, no attributions."""
    return build_analysis(markers=[], attributions=[], sides=None)


def titles(fig: Figure) -> str:
    """Every title-like text of a figure and its subfigures: suptitles, figure texts, axes titles."""
    found = []
    for container in [fig, *fig.subfigs]:
        if container._suptitle is not None:
            found.append(container._suptitle.get_text())
        found += [t.get_text() for t in container.texts]
    found += [ax.get_title(loc="left") for ax in fig.get_axes()]
    return "\n".join(found)


def bar_widths(ax, color: str | None = None) -> list[float]:
    return [round(p.get_width(), 6) for p in ax.patches
            if color is None or matplotlib.colors.to_hex(p.get_facecolor()) == color.lower()]


def annotations(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


ALL_PLOTS = [charts.plot_side_profile, charts.plot_side_labels, charts.plot_voice, charts.plot_marker_density,
             charts.plot_loaded_by_voice, charts.plot_readability]


@pytest.mark.parametrize("plot", ALL_PLOTS, ids=lambda f: f.__name__)
def test_every_chart_returns_a_titled_figure_outside_pyplot(plot, small):
    import matplotlib.pyplot as plt
    before = plt.get_fignums()
    fig = plot(small)
    assert isinstance(fig, Figure)
    assert plt.get_fignums() == before  # never registered with pyplot: no double display in notebooks
    text = titles(fig)
    assert "Washington condemns Damascus" in text  # the subtitle names the article
    assert fig.get_axes()


@pytest.mark.parametrize("plot", ALL_PLOTS, ids=lambda f: f.__name__)
def test_every_chart_survives_an_analysis_without_sides_or_markers(plot, bare):
    fig = plot(bare)
    assert isinstance(fig, Figure)
    assert titles(fig).strip()


def test_plotting_leaves_global_rcparams_alone(small):
    before = dict(matplotlib.rcParams)
    charts.plot_side_profile(small)
    assert dict(matplotlib.rcParams) == before


# --- side framing profile ------------------------------------------------------------------------------------

def test_side_profile_table_matches_the_profiles(small):
    table = charts.side_profile_table(small).set_index("side")
    for profile in small.sides:
        row = table.loc[profile["name"]]
        assert row["n_mentions"] == profile["n_mentions"]
        assert row["loaded_negative"] == profile["loaded_negative"]
        assert row["loaded_negative_per_mention"] == pytest.approx(profile["loaded_negative"] / profile["n_mentions"])
        assert row["scare_quotes"] == profile["scare_quotes"]


def test_side_profile_draws_diverging_bars_in_side_colours(small):
    fig = charts.plot_side_profile(small)
    loaded_ax, scare_ax, certainty_ax = fig.get_axes()
    table = charts.side_profile_table(small)
    assert [t.get_text().split("\n")[0] for t in loaded_ax.get_yticklabels()] == list(table["side"])
    for side, color in (("Washington and allies", "#0072B2"), ("Damascus and allies", "#D55E00")):
        row = table[table["side"] == side].iloc[0]
        widths = bar_widths(loaded_ax, color)
        assert round(-row["loaded_negative_per_mention"], 6) in widths  # negative terms to the left of zero
        assert round(row["loaded_positive_per_mention"], 6) in widths
        assert row["scare_quotes"] in bar_widths(scare_ax, color)
    assert "loaded terms per mention (count)" in loaded_ax.get_xlabel()
    assert "hedged" in certainty_ax.get_xlabel() and "boosted" in certainty_ax.get_xlabel()
    # a bar's label is in the bar's unit, per mention, with the count beside it: a longer bar never has a smaller number
    expected = {f"{rate:.2g} ({n})" if n else "0" for rate, n in zip(table["loaded_negative_per_mention"],
                                                                       table["loaded_negative"])}
    assert expected <= set(annotations(loaded_ax))
    damascus = table[table["side"] == "Damascus and allies"].iloc[0]  # 1 negative, 1 positive term, 5 mentions
    assert damascus["n_mentions"] == 5 and annotations(loaded_ax).count("0.2 (1)") == 2


@pytest.mark.parametrize("rows, expected", [
    ([], "No sides given"),
    ([("A", 10, 0, 0, 0), ("B", 10, 0, 0, 0)], "No negative or positive loaded terms or scare quotes"),
    ([("A", 10, 0, 0, 3), ("B", 10, 0, 0, 1)], "No negative or positive loaded terms tied to any side; A draws 3 of 4 scare quotes"),
    ([("A", 10, 2, 1, 0), ("B", 10, 0, 0, 0)], "Only 3 negative or positive loaded terms tied to a side: too few"),
    ([("A", 74, 6, 1, 6), ("B", 81, 6, 4, 2)], "run 6 to 1 negative for A; 6 to 4 negative for B"),
    ([("A", 10, 3, 3, 0), ("B", 10, 1, 5, 0)], "run even (3 each) for A; 5 to 1 positive for B"),
    ([("A", 10, 9, 0, 0), ("B", 10, 0, 0, 0), ("C", 2, 2, 0, 0)], "run 9 to 0 negative for A; 2 to 0 negative for C"),
])
def test_side_profile_finding_states_counts_and_handles_ties_and_zeros(rows, expected):
    table = pd.DataFrame([{"side": s, "n_mentions": m, "loaded_negative": n, "loaded_positive": p,
                           "scare_quotes": q, "hedged_sentences": 0, "boosted_sentences": 0} for s, m, n, p, q in rows],
                         columns=["side", "n_mentions", "loaded_negative", "loaded_positive", "scare_quotes",
                                  "hedged_sentences", "boosted_sentences"])
    assert expected in charts.side_profile_finding(table)


def test_side_profile_in_a_callers_axes_becomes_a_subfigure(small):
    fig = Figure(figsize=(8, 8), layout="constrained")
    top, bottom = fig.subplots(2, 1)
    assert charts.plot_side_profile(small, ax=top) is fig
    assert isinstance(fig.subfigs[0], SubFigure)
    assert bottom in fig.get_axes() and top not in fig.get_axes()
    finding = charts.side_profile_finding(charts.side_profile_table(small))
    assert " ".join(fig.subfigs[0]._suptitle.get_text().split()).startswith(finding)  # wrapped to the width


# --- labels --------------------------------------------------------------------------------------------------

def test_side_labels_table_counts_labels_by_side(small):
    table = charts.side_labels_table(small)
    regime = table[table["term"] == "regime"].iloc[0]
    author_regimes = [r for r in small.labels if r["term"] == "regime" and r["voice"] == "author"]
    assert regime["valence"] == -1 and regime["frame"] == "ruling authority"
    assert regime["total"] == len(author_regimes) >= 1
    assert regime["Damascus and allies"] == sum(r["side"] == "Damascus and allies" for r in author_regimes)


def test_side_labels_chart_marks_valence_and_groups_frames(small):
    fig = charts.plot_side_labels(small)
    ax = fig.get_axes()[0]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert "regime (−)" in ticks
    assert "ruling authority" in ticks  # a frame header row
    table = charts.side_labels_table(small)
    drawn = sorted(w for w in bar_widths(ax) if w)
    assert drawn == sorted(v for side in ("Washington and allies", "Damascus and allies") for v in table[side] if v)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Washington and allies", "Damascus and allies"]


@pytest.mark.parametrize("rows, expected", [
    ([], "No label from the label lexicon names any side in the author's voice"),
    ([("ruling authority", "regime", -1, 3, 0)], "The pejorative label “regime” is tied only to B (3×)"),
    ([("armed group", "rebels", 0, 2, 1)], "The label “rebels” is tied to B 2×, A 1×"),
])
def test_side_labels_finding(rows, expected):
    table = pd.DataFrame([{"frame": f, "term": t, "valence": v, "A": a, "B": b, "total": a + b}
                          for f, t, v, b, a in rows], columns=["frame", "term", "valence", "A", "B", "total"])
    assert charts.side_labels_finding(table) == expected


# --- voice ---------------------------------------------------------------------------------------------------

def test_voice_table_counts_stances_and_words_like_the_profiles(small):
    table = charts.voice_table(small).set_index("side")
    assert "no side" in table.index  # "Officials" belongs to neither side
    for profile in small.sides:
        assert table.loc[profile["name"], "words_attributed"] == profile["words_attributed"]  # no drift from framing
        assert table.loc[profile["name"], "n_attributions"] == profile["n_attributions"]
    assert table["attributed_word_share"].sum() == pytest.approx(1.0)
    assert table.loc["Damascus and allies", "doubt"] == 1  # Russia claimed


def test_voice_chart_stacks_stances_and_labels_words(small):
    fig = charts.plot_voice(small)
    stance_ax, words_ax = fig.get_axes()
    table = charts.voice_table(small)
    legend = [t.get_text() for t in stance_ax.get_legend().get_texts()]
    assert legend == list(charts.STANCES)
    doubt_bars = bar_widths(stance_ax, charts.STANCE_COLORS["doubt"])
    assert sorted(w for w in doubt_bars if w) == sorted(v for v in table["doubt"] if v)
    assert sorted(bar_widths(words_ax)) == sorted(table["words_attributed"])
    assert "words quoted or reported" in words_ax.get_xlabel()


@pytest.mark.parametrize("rows, expected", [
    ([], "No attributed sources found"),
    ([("no side", 2, 0, 30)], "None of the 2 attributions is tied to a side"),
    ([("no side", 1, 0, 30)], "The one attribution is tied to no side"),  # not "None of the 1 attribution"
    ([("A", 1, 0, 5), ("B", 1, 0, 3)], "Few attributed words in all (8); A's sources speak 5 of them"),
    ([("Allies", 3, 1, 60), ("B", 1, 0, 40)], "Allies' sources speak 60% of attributed words (60 of 100); 1 of 3 "
                                              "with a doubting cue"),
    ([("A", 2, 0, 50), ("B", 2, 0, 50)], "A and B get equal shares"),
])
def test_voice_finding(rows, expected):
    table = pd.DataFrame([{"side": s, "n_attributions": n, **dict.fromkeys(charts.STANCES, 0), "doubt": d,
                           "words_attributed": w} for s, n, d, w in rows],
                         columns=["side", "n_attributions", *charts.STANCES, "words_attributed"])
    assert expected in charts.voice_finding(table)


# --- marker density ------------------------------------------------------------------------------------------

def test_marker_density_table_has_one_row_per_sentence(small):
    table = charts.marker_density_table(small)
    assert list(table["sentence"]) == [s.index for s in small.article.sentences]
    assert table["total"].sum() == sum(s.kind in charts.DENSITY_KINDS for s in small.spans)
    sides = ["Washington and allies", "Damascus and allies", "no side"]
    assert (table[sides].sum(axis=1) == table["total"]).all()


def test_marker_density_bars_stack_to_the_totals(small):
    fig = charts.plot_marker_density(small)
    ax = fig.get_axes()[0]
    table = charts.marker_density_table(small)
    tops = {}
    for patch in ax.patches:
        if patch.get_height() and patch.get_width() < 1:  # bars, not the quoted-voice bands
            x = round(patch.get_x() + patch.get_width() / 2)
            tops[x] = max(tops.get(x, 0), patch.get_y() + patch.get_height())
    assert tops == {int(s): int(t) for s, t in zip(table["sentence"], table["total"]) if t}
    assert ax.get_xlabel().startswith("sentence")


@pytest.mark.parametrize("totals, width, expected", [
    ([], 3, (0, -1, 0)), ([0, 0, 0], 3, (0, 2, 0)), ([1, 0, 3, 4, 0, 1], 2, (2, 3, 7)),
    ([2, 2, 2, 2], 2, (0, 1, 4)), ([5], 4, (0, 0, 5)),
])
def test_densest_window(totals, width, expected):
    assert charts.densest_window(totals, width) == expected


@pytest.mark.parametrize("totals, width, expected", [
    ([2, 2, 0, 0, 2, 2], 2, [(0, 1, 4), (4, 5, 4)]),  # a tie is two stretches
    ([1, 1, 1], 2, [(0, 1, 2)]),                      # overlapping equal windows are one stretch
    ([0, 3, 3, 0, 0], 3, [(1, 2, 6)]),                # no stretch starts or ends on a sentence without markers
    ([0, 0, 0], 2, [(0, 1, 0)]),
    ([], 3, []),
])
def test_densest_windows_report_ties(totals, width, expected):
    assert charts.densest_windows(totals, width) == expected


def test_marker_density_counts_the_sentences_the_header_counts(seed_analysis):
    table = charts.marker_density_table(seed_analysis)
    assert len(table) == seed_analysis.n_sentences == 43  # the caption is in no count
    assert charts.marker_density_finding(table).startswith("Sentences 18–21 and 38–41 each hold 10 of")


def test_marker_density_finding_for_few_and_none():
    table = pd.DataFrame({"sentence": range(10), "total": [0] * 10})
    assert charts.marker_density_finding(table).startswith("No loaded terms")
    table["total"] = [0, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert charts.marker_density_finding(table) == "Only 2 framing markers in the whole article"
    table["total"] = [0, 0, 0, 0, 0, 0, 4, 3, 3, 0]
    assert charts.marker_density_finding(table) == "Sentences 6–8 hold 10 of 10 markers, 3.3× their even share"
    table["total"] = [0, 0, 0, 5, 5, 0, 0, 0, 0, 0]  # window 2–4 and 3–5 tie: one stretch, trimmed to 3–4
    assert charts.marker_density_finding(table) == "Sentences 3–4 hold 10 of 10 markers, 5.0× their even share"
    table["total"] = [4, 0, 0, 0, 0, 0, 0, 0, 2, 2]  # tied stretches of one and two sentences: no single multiple
    assert charts.marker_density_finding(table) == "Sentences 0 and 8–9 each hold 4 of 8 markers (a tie)"
    table["total"] = [0, 0, 0, 0, 9, 0, 0, 0, 0, 1]
    assert charts.marker_density_finding(table) == "Sentence 4 holds 9 of 10 markers, 9.0× its even share"



def test_marker_density_reading_of_one_marker():
    # found on an unseen USA TODAY article: "1 framing markers fall in 1 of 21 sentences"
    result = analyze("Headline\n\nThe talks went on. Officials perhaps agreed. The vote came late.\n")
    table = charts.marker_density_table(result)
    assert read_marker_density(result, table).startswith("1 framing marker falls in 1 of 4 sentences")


def test_marker_density_counts_markers_by_their_own_voice():
    # unseen Media Matters article (stop 43, batch 110): "bombshell" and "suggested" are the author's words in
    # sentences mostly reported, yet the reading said they "frame that source's view"
    text = ("Headline\n\nFox is laying down cover in the wake of the bombshell report that the aide had asked the "
            "ambassador if the team could use the facilities to communicate with the Kremlin .\n\nThe senator said "
            "the “brutal” plan was a disgrace .\n")
    result = analyze(text)
    table = charts.marker_density_table(result)
    assert table["voice"].tolist()[1] != "author" and table["in_source_words"].tolist() == [0, 0, 2]
    assert "; 2 are in a source's own words (quoted or reported), which frame" in read_marker_density(result, table)

# --- loaded terms by voice -----------------------------------------------------------------------------------

def test_loaded_by_voice_separates_author_and_quoted(small):
    table = charts.loaded_by_voice_table(small).set_index("category")
    # the author's "regime of Damascus"; the Pentagon's reported "regime" and the official's quoted "brutal"
    assert table.loc["pejorative", "author"] == 1 and table.loc["pejorative", "quoted"] == 2
    words = charts.voice_word_counts(small)
    assert table.loc["pejorative", "quoted_per_1k_words"] == pytest.approx(2000 / words["quoted"])
    fig = charts.plot_loaded_by_voice(small)
    ax = fig.get_axes()[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == list(table.index)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0].startswith("author's voice (") and legend[1].startswith("quoted or reported (")


# --- readability ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ease, band", [(72.0, "plain English"), (60.0, "plain English"), (53.3, "fairly difficult"),
                                        (50.0, "fairly difficult"), (41.0, "difficult"), (12.5, "very difficult")])
def test_reading_ease_bands_are_flesch_1948s(ease, band):
    assert charts.ease_band(ease) == band


def test_readability_panel_draws_the_scores_over_reference_bands(small):
    fig = charts.plot_readability(small)
    grade_ax, ease_ax = fig.get_axes()
    fk = small.readability["flesch_kincaid_grade"]
    assert round(fk, 6) in bar_widths(grade_ax)
    assert round(small.readability["flesch_reading_ease"], 6) in bar_widths(ease_ax)
    assert "general news ≤ 8" in annotations(grade_ax)
    assert "plain English ≥ 60" in annotations(ease_ax)
    assert "Flesch–Kincaid" in [t.get_text() for t in grade_ax.get_yticklabels()]
    table = charts.readability_table(small)
    assert set(table["scope"]) >= {"article", "author's voice"}


@pytest.mark.parametrize("grade, expected", [
    (0.0, "No words to score"), (6.2, "Written at grade 6.2 (Flesch–Kincaid), within the grade-8 target"),
    (17.6, "Written at grade 17.6 (Flesch–Kincaid), 9.6 grades above the grade-8 target"),
])
def test_readability_finding(grade, expected):
    table = pd.DataFrame([{"measure": "flesch_kincaid_grade", "label": "", "scope": "article", "value": grade}])
    assert charts.readability_finding(table).startswith(expected)


# --- several articles ----------------------------------------------------------------------------------------

def test_comparison_puts_articles_on_the_same_measures(small, bare):
    analyses = [small, bare]
    table = charts.comparison_table(analyses)
    assert list(table["n_loaded"]) == [5, 0]  # regime (2), gross violation, brutal, advanced
    assert table["loaded_per_1k_words"].iloc[0] == pytest.approx(5000 / small.n_words)
    fig = charts.plot_comparison(analyses)
    axes = fig.get_axes()
    assert len(axes) == 6
    assert [t.get_text() for t in axes[0].get_yticklabels()] == list(table["article"])
    assert axes[0].get_title(loc="left") == "loaded terms"
    assert np.allclose(axes[0].collections[-1].get_offsets()[:, 0], table["loaded_per_1k_words"])
    assert any(text.endswith("(5)") for text in annotations(axes[0]))  # the count behind the rate
    assert "uses the most loaded terms" in titles(fig)


def test_comparison_of_nothing():
    assert charts.comparison_finding(charts.comparison_table([])) == "No articles to compare"
    assert isinstance(charts.plot_comparison([]), Figure)


# --- titles and export ---------------------------------------------------------------------------------------

def test_a_single_axes_from_the_caller_gets_title_and_subtitle(small):
    fig = Figure()
    ax = fig.add_subplot()
    assert charts.plot_marker_density(small, ax=ax) is fig
    assert ax.get_title(loc="left").startswith(charts.marker_density_finding(charts.marker_density_table(small)))


def test_long_titles_wrap():
    fig = Figure(figsize=(6.5, 4), layout="constrained")
    ax = fig.add_subplot()
    from analysis.present.charts.base import Canvas
    set_titles(Canvas(fig, (ax,), (6.5, 4), True), "word " * 40, "subtitle")
    assert fig._suptitle.get_text().count("\n") >= 2


def test_a_subtitle_in_capitals_stays_inside_the_figure():
    # unseen Vanity Fair article: its all-caps headline ran the subtitle off the figure's right edge
    from analysis.present.charts.base import FIGSIZE, Canvas
    fig = Figure(figsize=FIGSIZE, layout="constrained")
    ax = fig.add_subplot()
    subtitle = ("WHY CAN’T THE WHITE HOUSE GET ITS RUSSIA STORY STRAIGHT? · author's voice · harm and help verbs with "
                "the side as doer or sufferer, read from the parse")
    set_titles(Canvas(fig, (ax,), FIGSIZE, True), "A finding", subtitle)
    fig.canvas.draw()
    (text,) = [t for t in fig.texts if t.get_text().startswith("WHY")]
    assert text.get_window_extent().x1 <= fig.bbox.x1


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_save_figure_writes_valid_png_svg_and_pdf(tmp_path, small):
    fig = charts.plot_loaded_by_voice(small)
    paths = charts.save_figure(fig, tmp_path / "figures" / "loaded")
    assert [p.name for p in paths] == ["loaded.png", "loaded.svg", "loaded.pdf"]
    width, height = _png_size(paths[0].read_bytes())
    assert width == round(fig.get_figwidth() * 200) and height == round(fig.get_figheight() * 200)
    assert b"<svg" in paths[1].read_bytes()[:500]
    assert paths[2].read_bytes()[:5] == b"%PDF-"
    assert not list(tmp_path.rglob("*.tmp"))


def test_save_figure_is_reproducible_and_rejects_unknown_formats(tmp_path, small):
    first = [p.read_bytes() for p in charts.save_figure(charts.plot_voice(small), tmp_path / "a", ("svg", "pdf"))]
    second = [p.read_bytes() for p in charts.save_figure(charts.plot_voice(small), tmp_path / "b", ("svg", "pdf"))]
    assert first == second  # no creation dates, fixed SVG ids: a re-run gives the same files
    with pytest.raises(ValueError, match="unknown figure format"):
        charts.save_figure(charts.plot_voice(small), tmp_path / "c", ("gif",))


def test_side_labels_chart_draws_the_label_its_title_names():
    # the seed has 11 label terms; the chart draws 7, and the title's "liberating" (used once) must be one of them
    from conftest import SEED

    from analysis import analyze

    result = analyze(SEED, sides=SEED.with_name(SEED.stem + ".sides.toml"))
    fig = charts.plot_side_labels(result)
    term = charts.side_labels_finding(charts.side_labels_table(result)).split("“")[1].split("”")[0]
    ticks = [t.get_text() for ax in fig.get_axes() for t in ax.get_yticklabels()]
    table = charts.side_labels_table(result)
    others = table[table["term"] != "liberating"]
    # liberating is used once, and 7 other terms as often or more: a most-used cut could leave it out
    assert len(table) == 11 and table.loc[table["term"] == "liberating", "total"].item() == 1
    assert (others["total"] >= 1).sum() >= 7
    assert term == "liberating" and "liberating (+)" in ticks


def test_tone_finding_says_leaning_when_the_interval_includes_zero():
    # a blind reading of unseen articles: "tone is positive toward Trump" stood beside an interval of -0.19 to +0.69
    columns = ["side", "label", "score", "low", "high", "n_evidence", "enough", "wording_only"]
    table = pd.DataFrame([["A", "negative", -0.5, -0.64, -0.38, 6, True, False],
                          ["B", "positive", 0.34, -0.19, 0.69, 4, True, False],
                          ["C", "neutral", 0.0, 0.0, 0.0, 0, False, False]], columns=columns)
    assert charts.tone_finding(table) == ("The author's tone is negative toward A; leaning positive toward B (its 90% "
                                          "interval includes zero) (too little evidence for C)")
    # a score past the threshold on sentence polarity alone is neutral, and the title says what leans
    table.loc[len(table)] = ["D", "neutral", -0.43, -0.6, -0.2, 3, True, True]
    assert charts.tone_finding(table) == ("The author's tone is negative toward A; leaning positive toward B (its 90% "
                                          "interval includes zero); neutral toward D (only the wording of sentences "
                                          "about it leans negative) (too little evidence for C)")


def test_the_tone_chart_reading_and_summary_say_when_only_wording_leans():
    from analysis.present import readings

    text = ("Stone trial\n\nGates pleaded guilty to conspiracy and lying to the FBI. Gates faced charges of fraud. "
            "Gates was convicted of crimes. Gates lost his job.\n")
    result = analyze(text, sides=[{"name": "Gates", "aliases": ["Gates"]}])
    table = charts.tone_table(result)
    assert table[["label", "wording_only"]].values.tolist() == [["neutral", True]]
    figure = charts.plot_tone(result)
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()][0].endswith("neutral (wording only), 4 pieces of "
                                                                                 "evidence")
    assert "Gates: neutral, score -0.50 (90% interval" in readings.read_tone(result, table)
    assert "from 4 sentence polarities (their wording alone leans negative, which sets no verdict" in \
        readings.read_tone(result, table)
    from analysis.cli import summary_text

    assert "tone: neutral (-0.50, 90% " in summary_text(result, 0.0)
    assert "; sentence wording only), from 4 pieces of evidence" in summary_text(result, 0.0)


def test_the_roles_title_counts_each_sides_part_in_an_event_as_what_it_is():
    from analysis.present.charts.tone import roles_finding
    # one act counted from both ends ("Damascus fired its own general": does harm and suffers it) is two roles
    table = pd.DataFrame([{"side": "Damascus", "harm_agent": 1, "harm_patient": 1, "help_agent": 0, "help_patient": 1,
                           "speaker": 4, "narrative": "none"}])
    assert roles_finding(table) == "No side stands out as villain, victim or hero (3 harm or help roles in all)"


def test_tied_densest_stretches_are_labelled_short_so_they_do_not_collide():
    # the BBC Raqqa article's tied stretches (sentences 2–4, 7 and, since "covering up evidence" counts, 11) stand
    # close: their long labels overlapped
    from conftest import ROOT
    result = analyze(ROOT / "seeds" / "related" / "bbc-raqqa-russia-dresden.txt")
    fig = charts.plot_marker_density(result)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert texts.count("tie: 2 markers") == 3 and not any("densest stretch" in t for t in texts)


def test_side_labels_chart_gives_slots_only_to_named_sides_and_wraps_a_long_legend():
    # an unseen Daily Beast piece with five sides: "the Russian government" was its one label; the bar sat a third of
    # a row above its label (five empty slots) and the one-row legend ran off the page ("Investigators" cut)
    sides = [{"name": name, "aliases": [alias]} for name, alias in
             [("Russia and its hackers", "Russian"), ("Democrats", "Democrats"), ("Republicans and Trump", "GOP"),
              ("WikiLeaks", "WikiLeaks"), ("Investigators", "ThreatConnect")]]
    text = ("Hackers\n\nThreatConnect linked the hackers to the Russian government. Democrats and the GOP were hit. "
            "WikiLeaks published the emails.\n")
    fig = charts.plot_side_labels(analyze(parse_article(text), sides=sides))
    ax = fig.get_axes()[0]
    bars = [p for p in ax.patches if p.get_width()]
    ticks = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks())}
    assert len(bars) == 1 and bars[0].get_y() + bars[0].get_height() / 2 == pytest.approx(ticks["government"])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Russia and its hackers"]
    fig.canvas.draw()
    assert ax.get_legend().get_window_extent().x1 <= fig.bbox.x1


@pytest.mark.parametrize("labels, indent, expected", [
    (["Washington and allies", "Damascus and allies"], 16, 2),
    (["Russia and its hackers", "Democrats", "Republicans and Trump", "WikiLeaks", "Investigators"], 0, 5),
    (["Russia and its hackers", "Democrats", "Republicans and Trump", "WikiLeaks", "Investigators"], 16, 3),
    (["The Russian Federation and its proxy hackers", "The Democratic National Committee staff",
      "Republican lawmakers and the Trump White House"], 16, 1),  # a second reading: three long names overflowed
])
def test_a_legend_wraps_to_three_columns_when_its_row_would_pass_the_page(labels, indent, expected):
    assert charts.base.legend_columns(labels, indent=indent) == expected


def test_every_label_rows_bars_are_centred_on_its_label(small):
    # the seed: "rebels" (Washington only, of three sides) sat in the top third of its row, nearer "forces" above
    fig = charts.plot_side_labels(small)
    ax = fig.get_axes()[0]
    ticks = [(t.get_text(), y) for t, y in zip(ax.get_yticklabels(), ax.get_yticks())]
    centres = [p.get_y() + p.get_height() / 2 for p in ax.patches if p.get_width()]
    table = charts.side_labels_table(small)
    rows = [(text.split(" (")[0], y) for text, y in ticks if text.split(" (")[0] in set(table["term"])]
    assert len(rows) == len(table) >= 2  # every term drawn (frame header rows left out)
    for term, y in rows:
        row = [c for c in centres if abs(c - y) < 0.45]
        n_sides = sum(bool(table.loc[table["term"] == term, side].item()) for side in ("Washington and allies",
                                                                                       "Damascus and allies"))
        assert len(row) == n_sides and sum(row) / len(row) == pytest.approx(y)
