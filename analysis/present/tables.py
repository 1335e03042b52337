"""DataFrames at the notebook boundary: every figure of an Analysis as a table, with its evidence."""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd

from ..result import Analysis

# Which spans stand behind each per-side figure (see framing.side_profiles).
_DIMENSION_KINDS = {
    "mentions": ("mention",),
    "loaded": ("loaded",),
    "scare_quotes": ("scare_quote",),
    "hedges": ("hedge",),
    "boosters": ("booster",),
    "certainty": ("hedge", "booster"),
    "epistemic": ("epistemic",),
    "framing": ("loaded", "scare_quote"),
}
DIMENSIONS = tuple(_DIMENSION_KINDS) + ("voice", "stance", "sentiment", "labels", "tone", "roles")


def sentences_table(analysis: Analysis) -> pd.DataFrame:
    """One row per sentence: index, paragraph, kind (headline, body, block_quote, caption), voice, whether the
    article's counts include it (``counted``: captions are left out) and text."""
    return pd.DataFrame([{"sentence": s.index, "paragraph": s.paragraph, "kind": s.kind, "voice": s.voice,
                          "counted": s.counted, "start": s.start, "end": s.end, "text": s.text}
                         for s in analysis.article.sentences])


def spans_table(analysis: Analysis) -> pd.DataFrame:
    """One row per span (marker or side mention) with its sentence's text and the rule that tied it (``tie``)."""
    rows = [asdict(s) | {"sentence_text": analysis.article.sentences[s.sentence].text} for s in analysis.spans]
    return pd.DataFrame(rows, columns=["kind", "category", "valence", "text", "start", "end", "sentence",
                                       "voice", "side", "tie", "sentence_text"])


def attributions_table(analysis: Analysis) -> pd.DataFrame:
    """One row per attribution, with the quoted or reported content as text: every part of it, joined by " … "
    (``"A," X said, "B."``: A … B); ``told_in`` is the speech whose quotation tells it, if any."""
    text = analysis.article.text
    rows = [asdict(a) | {"content": " … ".join(text[start:end] for start, end in a.content_parts)}
            for a in analysis.attributions]
    return pd.DataFrame(rows, columns=["source", "canonical_source", "cue", "lemma", "stance", "kind", "side",
                                       "sentence", "content", "source_start", "source_end", "cue_start",
                                       "cue_end", "content_start", "content_end", "told_in"])


def sides_table(analysis: Analysis) -> pd.DataFrame:
    """One row per side with its scalar figures (mentions, loaded terms, scare quotes, voice, sentiment…)."""
    rows = [{k: v for k, v in p.items() if not isinstance(v, dict)} for p in analysis.sides]
    return pd.DataFrame(rows).set_index("name") if rows else pd.DataFrame()


def sides_summary(analysis: Analysis) -> pd.DataFrame:
    """The few per-side figures a reader needs first, rounded, named for a person, missing values as "—";
    :func:`sides_table` has them all."""
    rows = [{"side": p["name"], "mentions": p["n_mentions"], "tone": p["tone"]["label"] if p["tone"]["enough"]
             else "too little evidence", "tone score": round(p["tone"]["score"], 2),
             "loaded −": p["loaded_negative"], "loaded +": p["loaded_positive"], "scare quotes": p["scare_quotes"],
             "sources": p["n_attributions"], "share of attributed words": round(p["voice_share"], 2),
             "role": p["roles"]["narrative"] if p["roles"]["narrative"] != "none" else "—"} for p in analysis.sides]
    return pd.DataFrame(rows).set_index("side") if rows else pd.DataFrame()


def label_table(analysis: Analysis) -> pd.DataFrame:
    """Which label each side receives in the author's voice: rows frame/term, one column per side."""
    rows = [{"side": r["side"], "frame": r["frame"], "term": r["term"], "valence": r["valence"]}
            for r in analysis.labels if r["voice"] == "author"]
    if not rows:
        return pd.DataFrame()
    counts = pd.DataFrame(rows).groupby(["frame", "term", "valence", "side"]).size().unstack("side", fill_value=0)
    return counts.reindex(columns=[p["name"] for p in analysis.sides], fill_value=0)


def framing_table(analysis: Analysis) -> pd.DataFrame:
    """One row per (sentence, side): polarity, score and the sentence."""
    rows = [r | {"sentence_text": analysis.article.sentences[r["sentence"]].text} for r in analysis.framing]
    return pd.DataFrame(rows, columns=["side", "sentence", "polarity", "score", "spans", "sentence_text"])


def balance_table(analysis: Analysis) -> pd.DataFrame:
    """The framing balance per dimension, with the sentence that says what a positive value means."""
    return pd.DataFrame(list(analysis.framing_balance))


def evidence(analysis: Analysis, side: str | None = None, dimension: str = "loaded") -> pd.DataFrame:
    """The sentences and words behind a figure: ``dimension`` is one of :data:`DIMENSIONS`.

    The rows are those behind the per-side figure of the same name: for marker
    dimensions, one row per author-voice span tied to ``side`` (any side if None;
    mentions in every voice, as ``n_mentions`` counts them);
    for ``voice`` and ``stance`` one row per attribution of that side; for
    ``sentiment`` one row per sentence mentioning it; for ``labels`` one row per label;
    for ``tone`` one row per piece of evidence with its value and weight; for ``roles``
    one row per harm or help event (its voice says whether it counts).
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}; expected one of {', '.join(DIMENSIONS)}")
    if dimension in ("tone", "roles"):
        return _side_evidence(analysis, side, dimension)
    if dimension in _DIMENSION_KINDS:
        table = spans_table(analysis)
        table = table[table["kind"].isin(_DIMENSION_KINDS[dimension])]
        if dimension != "mentions":
            table = table[table["voice"] == "author"]
        if dimension in ("hedges", "boosters", "certainty") and side is not None:
            sentences = {s.sentence for s in analysis.spans if s.kind == "mention" and s.side == side}
            return table[table["sentence"].isin(sentences)].reset_index(drop=True)
    elif dimension in ("voice", "stance"):
        table = attributions_table(analysis)
    elif dimension == "labels":
        table = pd.DataFrame(list(analysis.labels), columns=["side", "tie", "term", "frame", "valence", "start",
                                                             "end", "sentence", "voice"])
    else:
        rows = {row["sentence"]: row["sentiment"] for row in analysis.framing if side in (None, row["side"])}
        return pd.DataFrame([{"sentence": i, "side": side, "sentiment": rows[i],
                              "sentence_text": analysis.article.sentences[i].text} for i in sorted(rows)],
                            columns=["sentence", "side", "sentiment", "sentence_text"])
    if side is not None:
        table = table[table["side"] == side]
    return table.reset_index(drop=True)


def _side_evidence(analysis: Analysis, side: str | None, dimension: str) -> pd.DataFrame:
    """The tone evidence or role events of one side (every side if None), with the side named."""
    key, columns = {"tone": ("evidence", ["side", "kind", "text", "value", "weight", "sentence", "start", "end"]),
                    "roles": ("events", ["side", "role", "word", "slot", "voice", "sentence", "start", "end"])}[dimension]
    rows = [{**item, "side": p["name"]} for p in analysis.sides if side in (None, p["name"])
            for item in p[dimension][key]]
    return pd.DataFrame(rows, columns=columns)
