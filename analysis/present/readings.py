"""Readings: one cautious paragraph per chart of the report, written from the chart's table and the result.

Each ``read_*`` function takes the Analysis and the chart's table and returns plain text;
:mod:`analysis.present.report` puts it under the chart. Every number it prints is read from the
result, never recomputed (``tests/present/test_report_claims.py`` checks them against it).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..result import Analysis
from . import charts
from .charts.base import plural

CAUTION = ("These are counts of lexicon matches tied, by rules read from a machine parse, to the side they are "
           "about, or to no side; the highlighted article shows each one in context with the rule that tied it, and "
           "a count is a prompt to read, not a verdict on the article.")


def _series(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def read_side_profile(analysis: Analysis, table: pd.DataFrame) -> str:
    """Per side: mentions (in any voice), then in the author's voice negative and positive loaded terms, scare
    quotes, hedging."""
    if table.empty:
        return "No sides were given, so no marker is tied to a camp of actors. Add a sides file (TOML) to see them."
    parts = [f"{r.side} is mentioned {charts.plural(int(r.n_mentions), 'time')} (in any voice) and, in the author's "
             f"voice, draws "
             f"{r.loaded_negative} negative and {r.loaded_positive} positive loaded "
             f"{'term' if r.loaded_negative + r.loaded_positive == 1 else 'terms'} and "
             f"{charts.plural(int(r.scare_quotes), 'scare quote')}; {r.hedged_sentences} of the sentences about it "
             f"{'is' if r.hedged_sentences == 1 else 'are'} hedged and {r.boosted_sentences} boosted"
             for r in table.itertuples()]
    loaded = [s for s in analysis.spans if s.kind == "loaded" and s.voice == "author"
              and analysis.article.sentences[s.sentence].counted]
    untied = sum(s.side is None for s in loaded)
    rest = (f" Of the author's {charts.plural(len(loaded), 'loaded term')}, {untied} {'is' if untied == 1 else 'are'} "
            f"tied to no side, for want of a rule that says whom {'it is' if untied == 1 else 'they are'} about; "
            f"read {'it' if untied == 1 else 'them'} in the highlighted article." if untied else "")
    return f"{'; '.join(parts)}.{rest} {CAUTION}"


EVIDENCE_NAMES = {"loaded": ("loaded term", None), "scare_quote": ("scare quote", None),
                  "cue_stance": ("cue stance", None), "role": ("harm or help role", "harm or help roles"),
                  "sentence": ("sentence polarity", "sentence polarities")}


def read_tone(analysis: Analysis, table: pd.DataFrame) -> str:
    """Per side: the verdict, its score and interval, and the kinds of evidence behind it."""
    if table.empty:
        return "No sides were given, so no tone is measured."
    parts = []
    for p in analysis.sides:
        tone = p["tone"]
        kinds = Counter(e["kind"] for e in tone["evidence"])
        what = _series([plural(n, *EVIDENCE_NAMES[kind]) for kind, n in kinds.most_common()]) or "no evidence"
        verdict = tone["label"] if tone["enough"] else "neutral for want of evidence"
        lean = (f" (their wording alone leans {'negative' if tone['score'] < 0 else 'positive'}, which sets no "
                f"verdict without a device of the author's)" if tone["wording_only"] else "")
        parts.append(f"{p['name']}: {verdict}, score {tone['score']:+.2f} (90% interval {tone['low']:+.2f} to "
                     f"{tone['high']:+.2f}) from {what}{lean}")
    return ("In the author's voice only — " + "; ".join(parts) + ". The score weighs each piece of evidence "
            "(README, \"Tone\"); an interval that includes zero means the direction is not settled.")


def read_roles(analysis: Analysis, table: pd.DataFrame) -> str:
    """Per side: how often it does harm, suffers harm, helps and is helped in the author's voice, and its reading."""
    if table.empty:
        return "No sides were given, so no roles are counted."
    parts = [f"{p['name']} does harm {p['roles']['harm_agent']}, suffers harm {p['roles']['harm_patient']}, "
             f"helps {p['roles']['help_agent']} and is helped {p['roles']['help_patient']} times"
             + (f" (reads as {p['roles']['narrative']})" if p["roles"]["narrative"] != "none" else "")
             for p in analysis.sides]
    return ("In the author's voice: " + "; ".join(parts) + ". Counted from harm and help verbs whose doer or "
            "sufferer is the side (lexicons/harm_help_verbs.tsv); a role needs at least two events and more than "
            "any other.")


def read_side_labels(analysis: Analysis, table: pd.DataFrame) -> str:
    """The label each side most often receives, and the judging labels among them."""
    if table.empty or table["total"].sum() == 0:
        return ("The label lexicon (regime, government, rebels, terrorists, liberate…) names no side in the "
                "author's voice.")
    parts = []
    for name in (p["name"] for p in analysis.sides):
        used = table[table[name] > 0].sort_values(name, ascending=False, kind="stable")
        if used.empty:
            parts.append(f"no listed label is tied to {name}")
            continue
        top = used.iloc[0]
        judging = used[used["valence"] != 0]
        judged = _series([f"“{t}” ({int(n)}×)" for t, n in zip(judging["term"], judging[name])])
        extra = f", with the judging {'label' if len(judging) == 1 else 'labels'} {judged}" if judged else \
            ", with no judging label"
        tied = used[used[name] == top[name]]["term"]  # "forces", "fighters" and "strikes" once each: no one top
        most = f"the label most often tied to {name} is “{top['term']}” ({int(top[name])}×)" if len(tied) == 1 else \
            f"the labels most often tied to {name}, {int(top[name])}× each, are {_series([f'“{t}”' for t in tied])}"
        parts.append(most + extra)
    return (f"In the author's voice, {'; '.join(parts)}. A label is tied to the side it names, or to the side that "
            f"does or undergoes the act it names (\"liberate\", \"strikes\"); which name is fair depends on the "
            f"actor, so read them against the article.")


def read_voice(analysis: Analysis, table: pd.DataFrame) -> str:
    """How many attributions each side gets, with which cue stances, and how many words its sources speak."""
    if table.empty or table["n_attributions"].sum() == 0:
        return "No attributed sources were found, so the chart of voices is empty."
    total = int(table["words_attributed"].sum())
    parts = []
    for r in table.itertuples():
        if not r.n_attributions:
            parts.append(f"{r.side}: none")
            continue
        stances = [f"{getattr(r, s)} {s}" for s in charts.STANCES if getattr(r, s)]
        stance_text = f" ({', '.join(stances)} {'cue' if r.n_attributions == 1 else 'cues'})" if stances else ""
        parts.append(f"{r.side}: {charts.plural(int(r.n_attributions), 'attribution')}{stance_text}, "
                     f"{charts.share_text(int(r.words_attributed), total)} of the {total} attributed words")
    return (f"{'; '.join(parts)}. A doubting cue (claimed, alleged) can distance the author from a claim; a "
            f"neutral one (said, told) does not. An attribution is tied to a side through its source: a side's name in "
            f"the source, or the person a pronoun source stands for.")


def read_marker_density(analysis: Analysis, table: pd.DataFrame) -> str:
    """How the markers spread over the sentences, the densest stretch, and the share in quoted sentences."""
    total = int(table["total"].sum()) if not table.empty else 0
    if total == 0:
        return "No loaded terms, scare quotes, hedges or boosters were found, so there is nothing to place."
    with_markers = int((table["total"] > 0).sum())
    windows = charts.densest_windows(table["total"], charts.window_width(len(table)))
    n = windows[0][2]
    where = charts.stretches_text(table, windows)
    densest = (f"The densest stretch, {where}, holds {n} of them" if len(windows) == 1
               else f"The densest stretches, {where}, hold {n} of them each (a tie)")
    quoted = int(table["in_source_words"].sum())
    falls = "falls" if total == 1 else "fall"
    return (f"{plural(total, 'framing marker')} {falls} in {with_markers} of {len(table)} sentences "
            f"(captions left out). {densest}; {quoted} {'is' if quoted == 1 else 'are'} in a source's own words "
            f"(quoted or reported), which frame that source's view rather than the author's. "
            f"Sentence numbers match sentences.csv (0 is the headline).")


def read_loaded_by_voice(analysis: Analysis, table: pd.DataFrame) -> str:
    """Loaded terms in each voice, their rate per 1,000 words of that voice, and the commonest category."""
    author, quoted = int(table["author"].sum()), int(table["quoted"].sum())
    if author + quoted == 0:
        return "No loaded term from the lexicon occurs in the article."
    words = table.attrs.get("words") or charts.voice_word_counts(analysis)
    rates = [f"{author} in the author's voice ({words['author']:,} words)",
             f"{quoted} in quoted or reported words of sources ({words['quoted']:,} words)"]
    most = int(table["author"].max()) if len(table) else 0
    tops = list(table.loc[table["author"] == most, "category"]) if most else []
    commonest = ("" if not tops else f" The author's commonest category is {tops[0]} ({most})." if len(tops) == 1
                 else f" The author's commonest categories are {_series(tops)} ({most} each).")
    return (f"The lexicon finds {charts.plural(author + quoted, 'loaded term')}: {_series(rates)}.{commonest} Loaded terms in "
            f"sources' words are the sources' wording; the author chose to report them, which is a different act "
            f"from using them.")


def read_readability(analysis: Analysis, table: pd.DataFrame) -> str:
    """The main grades, the reading ease band, and the spread over paragraphs."""
    overall = table[table["scope"] == "article"].set_index("measure")["value"]
    author = table[table["scope"] == "author's voice"].set_index("measure")["value"]
    if not overall.get("flesch_kincaid_grade"):
        return "The article has no words to score."
    ease = overall["flesch_reading_ease"]
    paragraphs = table[table["scope"].str.startswith("paragraph")]["value"]
    spread = (f" Paragraph grades run from {paragraphs.min():.1f} to {paragraphs.max():.1f}."
              if len(paragraphs) > 1 else "")
    grades = overall[list(charts.GRADE_MEASURES)]
    return (f"The Flesch–Kincaid grade is {overall['flesch_kincaid_grade']:.1f} for the whole article and "
            f"{author['flesch_kincaid_grade']:.1f} for the author's own voice; the six grade measures run from "
            f"{grades.min():.1f} to {grades.max():.1f} (median {overall[charts.MEDIAN_GRADE]:.1f}) and the reading "
            f"ease is {ease:.1f} ({charts.ease_band(ease)}, Flesch 1948).{spread} "
            f"The formulas measure sentence and word length only, not clarity of argument.")


# --- the full report ------------------------------------------------------------------------------------------
