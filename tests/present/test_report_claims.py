"""Every claim the seed's report makes (and the five related articles' reports), recomputed from the result by code
apart from the code that wrote it.

Each test reads one section's title (finding) and paragraph (reading) as ``report.md``
prints them, pulls out the numbers and names it states, and recounts them from the
article's spans, attributions, voices and readability scores.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import ROOT, SEED

from analysis import analyze
from analysis.present.report import CHARTS

DENSITY_KINDS = ("loaded", "scare_quote", "hedge", "booster")


ARTICLES = [SEED, *sorted((ROOT / "seeds" / "related").glob("*.txt"))]


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def seed(request):
    """The seed and the five related articles, each with its own sides file."""
    return analyze(request.param, sides=request.param.with_name(request.param.stem + ".sides.toml"))


@pytest.fixture(scope="module")
def claims(seed):
    """chart name -> (finding, reading), exactly as report.md and report.html print them."""
    return {spec.name: (spec.finding(spec.table(seed)), spec.reading(seed, spec.table(seed))) for spec in CHARTS}


def number(text: str) -> int:
    """An integer as the report prints it ("1,584")."""
    return int(text.replace(",", ""))


def author_spans(seed, kind, side=None):
    return [s for s in seed.spans if s.kind == kind and s.voice == "author" and (side is None or s.side == side)]


def test_tone_claims(seed, claims):
    finding, reading = claims["side_tone"]
    thin = re.search(r"\(too little evidence for (.+)\)$", finding)
    unjudged = {p["name"] for p in seed.sides if not p["tone"]["enough"]}
    if finding == "Too little evidence to give any side a tone":  # a wire report with no device toward any side
        thin = (None, "; ".join(p["name"] for p in seed.sides))
    assert set(thin[1].split("; ") if thin else []) == unjudged
    judged = {p["name"]: p["tone"]["label"] for p in seed.sides if p["tone"]["enough"]}
    if finding.startswith("The author's tone is neutral toward every side"):
        assert set(judged.values()) == {"neutral"}
    else:
        stated = dict((side, label) for label, side in re.findall(r"(negative|positive|neutral) toward ([^;()]+?)(?=;|$| \()",
                                                                     finding.removeprefix("The author's tone is ")))
        assert stated == judged
        for p in seed.sides:  # a direction the 90% interval leaves open is stated as a leaning, with why
            if p["tone"]["enough"] and p["tone"]["label"] != "neutral":
                leaning = f"leaning {p['tone']['label']} toward {p['name']} (its 90% interval includes zero)"
                assert (leaning in finding) == (p["tone"]["low"] * p["tone"]["high"] <= 0)
    for p in seed.sides:
        evidence = Counter(e["kind"] for e in p["tone"]["evidence"])
        clause = re.search(rf"{re.escape(p['name'])}: (\w+)(?: for want of evidence)?, score ([+-]\d\.\d\d) .*? from ([^;.]+)",
                           reading)
        assert clause and clause[1] == p["tone"]["label"] and float(clause[2]) == round(p["tone"]["score"], 2)
        counted = {"loaded term": evidence["loaded"], "scare quote": evidence["scare_quote"],
                   "harm or help role": evidence["role"], "sentence polarit": evidence["sentence"],
                   "cue stance": evidence["cue_stance"]}
        stated = re.findall(r"(\d+) (loaded term|scare quote|harm or help role|sentence polarit|cue stance)", clause[3])
        assert stated or clause[3] == "no evidence"  # the wording still parses
        for n, what in stated:
            assert int(n) == counted[what], (p["name"], what)


def test_roles_claims(seed, claims):
    finding, reading = claims["side_roles"]
    cast = {} if finding.startswith("No side") else dict(
        (side.strip(), role) for side, role in re.findall(r"([^;]+?) as (villain|victim|hero)",
                                                         finding.removeprefix("The author casts ")))
    assert cast == {p["name"]: p["roles"]["narrative"] for p in seed.sides if p["roles"]["narrative"] != "none"}
    for p in seed.sides:
        events = Counter(e["role"] for e in p["roles"]["events"] if e["voice"] == "author")
        said = re.search(rf"{re.escape(p['name'])} does harm (\d+), suffers harm (\d+), helps (\d+) and is helped "
                         r"(\d+) times", reading)
        assert said and tuple(map(int, said.groups())) == (events["harm_agent"], events["harm_patient"],
                                                           events["help_agent"], events["help_patient"])


def test_framing_profile_claims(seed, claims):
    finding, reading = claims["side_framing_profile"]
    tied = [s for s in author_spans(seed, "loaded") if s.side and s.valence]  # a valence-0 term leans no way
    if finding.startswith("No negative or positive loaded terms or scare quotes"):
        assert not tied and not [s for s in author_spans(seed, "scare_quote") if s.side]
    if finding.startswith("Only "):
        assert int(re.match(r"Only (\d+) negative or positive loaded terms?", finding)[1]) == len(tied)
    leans = re.findall(r"(\d+) to (\d+) (negative|positive) for ([^;]+)", finding)
    # the wording still parses
    assert leans or finding.startswith(("No negative or positive loaded terms or scare quotes", "Only "))
    for n_neg, n_pos, lean, side in leans:
        loaded = author_spans(seed, "loaded", side)
        counts = (sum(s.valence < 0 for s in loaded), sum(s.valence > 0 for s in loaded))
        assert (int(n_neg), int(n_pos)) == (counts if lean == "negative" else counts[::-1])
    author_loaded = [s for s in author_spans(seed, "loaded") if seed.article.sentences[s.sentence].counted]
    untied = re.search(r"Of the author's (\d+) loaded terms?, (\d+) (?:is|are) tied to no side", reading)
    n_untied = sum(s.side is None for s in author_loaded)
    assert (tuple(map(int, untied.groups())) == (len(author_loaded), n_untied)) if untied else n_untied == 0
    hedges = {s.sentence for s in author_spans(seed, "hedge")}
    boosters = {s.sentence for s in author_spans(seed, "booster")}
    for p in seed.sides:
        side = p["name"]
        said = re.search(rf"{re.escape(side)} is mentioned (\d+) times? \(in any voice\) and, in the author's voice, "
                         rf"draws (\d+) negative and (\d+) positive "
                         rf"loaded terms? and (\d+) scare quotes?; (\d+) of the sentences about it (is|are) hedged and "
                         rf"(\d+) boosted", reading)
        mentions = [s for s in seed.spans if s.kind == "mention" and s.side == side]
        about = {s.sentence for s in mentions if seed.article.sentences[s.sentence].voice == "author"}
        loaded = author_spans(seed, "loaded", side)
        assert said and said[6] == ("is" if len(about & hedges) == 1 else "are")  # grammar: "1 of … is hedged"
        assert tuple(map(int, said.group(1, 2, 3, 4, 5, 7))) == (
            len(mentions), sum(s.valence < 0 for s in loaded), sum(s.valence > 0 for s in loaded),
            len(author_spans(seed, "scare_quote", side)), len(about & hedges), len(about & boosters))


def test_labels_claims(seed, claims):
    finding, reading = claims["side_labels"]
    author = [row for row in seed.labels if row["voice"] == "author"]
    if finding.startswith("No label"):
        assert not author
        return
    term = re.search(r"label “(.+?)” is tied ", finding)[1]
    only = re.search(r"is tied only to (.+) \((\d+)×\)$", finding)
    stated = {only[1]: int(only[2])} if only else {side: int(n) for side, n in re.findall(r"(?:tied to |, )(.+?) (\d+)×",
                                                                                           finding)}
    assert stated == Counter(row["side"] for row in author if row["term"] == term)
    judging = Counter(row["term"] for row in author if row["valence"] != 0)
    pool = judging or Counter(row["term"] for row in author)
    assert pool[term] == max(pool.values())  # the most used judging label, or the most used label
    assert ("pejorative" in finding or "valorising" in finding) == bool(judging)
    for name in (p["name"] for p in seed.sides):
        own = Counter(row["term"] for row in author if row["side"] == name)
        if not own:
            assert f"no listed label is tied to {name}" in reading
            continue
        said = re.search(rf"the label most often tied to {re.escape(name)} is “(.+?)” \((\d+)×\)", reading)
        tied = re.search(rf"the labels most often tied to {re.escape(name)}, (\d+)× each, are (.+?)(?:, with|;|\.)",
                         reading)
        assert said or tied, name
        top = {t for t, n in own.items() if n == max(own.values())}
        assert ({said[1]}, int(said[2])) == (top, max(own.values())) if said else \
            (set(re.findall(r"“(.+?)”", tied[2])), int(tied[1])) == (top, max(own.values()))


def test_voice_claims(seed, claims):
    finding, reading = claims["voice_by_side"]
    side_of_speech = {a.speech: a.side for a in seed.attributions}
    # a speech told inside another's quotation is that speaker's account: its words are the outer speaker's
    side_of_speech |= {a.speech: side_of_speech[a.told_in] for a in seed.attributions if a.told_in is not None}
    words = Counter()
    for token in seed.article.counted_tokens:
        span = seed.article.voice_span_at(token.start)
        if span is not None and span.speech in side_of_speech:  # an uncued quotation is no attribution
            words[side_of_speech[span.speech] or "no side"] += 1
    total = sum(words.values())
    none = re.match(r"(?:The one attribution is tied to no side|None of the (\d+) attributions is tied to a side)$", finding)
    if none:
        assert not any(a.side for a in seed.attributions) and len(seed.attributions) == int(none[1] or 1)
        return
    side, share, n, of = re.search(r"(.+?)(?:'s|') sources speak (\d+)% of attributed words \(([\d,]+) of ([\d,]+)\)",
                                   finding).groups()
    side = side if side in words else side + "s"  # "allies'" is the possessive of "allies"
    assert (number(n), number(of), int(share)) == (words[side], total, round(100 * words[side] / total))
    own = [a for a in seed.attributions if a.side == side and a.told_in is None]
    doubting = re.search(r"(\d+) of (\d+) with a doubting cue", finding)
    if doubting:
        assert tuple(map(int, doubting.groups())) == (sum(a.stance == "doubt" for a in own), len(own))
    else:
        assert not any(a.stance == "doubt" for a in own)
    stated = re.findall(r"(?:^|; )([^;:]+): \d+ attributions? \([^)]*\), ([\d,]+) \(\d+%\)", reading)
    assert {name.strip(): number(n) for name, n in stated} == {name: n for name, n in words.items() if n}


def test_density_claims(seed, claims):
    finding, reading = claims["marker_density"]
    sentences = [s for s in seed.article.sentences if s.counted]
    per_sentence = Counter(s.sentence for s in seed.spans if s.kind in DENSITY_KINDS)
    totals = [per_sentence[s.index] for s in sentences]
    n_markers, n_with, n_sentences = map(int, re.search(r"(\d+) framing markers? falls? in (\d+) of (\d+) sentences",
                                                        reading).groups())
    assert (n_markers, n_with, n_sentences) == (sum(totals), sum(t > 0 for t in totals), len(sentences))
    if finding.startswith("Only "):
        assert int(re.match(r"Only (\d+) framing markers?", finding)[1]) == sum(totals)
        return
    width = max(3, round(len(sentences) / 10))
    sums = [sum(totals[i:i + width]) for i in range(len(totals) - width + 1)]
    best = max(sums)
    where, held = re.match(r"Sentences? (.+?) (?:each )?holds? (\d+) of", finding).groups()
    stretches = [(a, b or a) for a, b in re.findall(r"(\d+)(?:–(\d+))?", where)]
    held = int(held)
    assert held == best and all(sum(per_sentence[i] for i in range(int(a), int(b) + 1)) == best for a, b in stretches)
    picked = []  # windows holding the most, each one not overlapping the last one picked
    for i in (i for i, total in enumerate(sums) if total == best):
        picked += [i] if not picked or i > picked[-1] + width - 1 else []
    assert len(stretches) == len(picked)


def test_loaded_by_voice_claims(seed, claims):
    finding, reading = claims["loaded_terms_by_voice"]
    loaded = [s for s in seed.spans if s.kind == "loaded" and seed.article.sentences[s.sentence].counted]
    tokens = seed.article.counted_tokens
    author_words = sum(seed.article.voice_at(t.start) == "author" for t in tokens)
    n_author = sum(s.voice == "author" for s in loaded)
    only = re.match(r"Only (\d+) loaded terms?: (\d+) in the author's voice, (\d+) in sources' words", finding)
    if finding.startswith("No loaded terms in the article"):  # nothing to count: the reading says so in words
        assert loaded == []
        return
    if only:
        assert tuple(map(int, only.groups())) == (len(loaded), n_author, len(loaded) - n_author)
    else:
        n_author_said, n_all = re.search(r"carries (\d+) of (\d+) loaded terms", finding).groups()
        assert (int(n_author_said), int(n_all)) == (n_author, len(loaded))
        rates = re.search(r"([\d.]+) per 1,000 of its words against ([\d.]+)", finding)
        if rates:  # only when both voices have words enough for a rate
            assert float(rates[1]) == round(1000 * n_author / author_words, 1)
            assert float(rates[2]) == round(1000 * (len(loaded) - n_author) / (len(tokens) - author_words), 1)
    words_author, words_sources = map(number, re.search(r"author's voice \(([\d,]+) words\).*\(([\d,]+) words\)",
                                                        reading).groups())
    assert (words_author, words_sources) == (author_words, len(tokens) - author_words)
    by_category = Counter(s.category for s in loaded if s.voice == "author")
    top = max(by_category.values(), default=0)
    one = re.search(r"commonest category is (\w+) \((\d+)\)", reading)
    several = re.search(r"commonest categories are (.+) \((\d+) each\)", reading)
    stated = {one[1]} if one else set(re.split(r", | and ", several[1])) if several else set()
    assert stated == {c for c, n in by_category.items() if n == top} and int((one or several or [0, 0, 0])[2]) == top


def test_readability_claims(seed, claims):
    finding, reading = claims["readability_panel"]
    scores = seed.readability
    assert f"grade {scores['flesch_kincaid_grade']:.1f}" in finding
    assert f"{scores['flesch_kincaid_grade'] - 8:.1f} grades above the grade-8 target" in finding
    grades = [scores[k] for k in ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                                  "automated_readability_index", "linsear_write_formula")]
    low, high, median = map(float, re.search(r"run from ([\d.]+) to ([\d.]+) \(median ([\d.]+)\)", reading).groups())
    assert (low, high) == (round(min(grades), 1), round(max(grades), 1))
    assert median == round(sorted(grades)[2] / 2 + sorted(grades)[3] / 2, 1)
    assert f"{seed.readability_author['flesch_kincaid_grade']:.1f} for the author's own voice" in reading
    ease = scores["flesch_reading_ease"]
    # Flesch (1948), Table 5: 60 and up plain English, 50-60 fairly difficult, 30-50 difficult, under 30 very difficult
    band = ("plain English" if ease >= 60 else "fairly difficult" if ease >= 50 else "difficult" if ease >= 30
            else "very difficult")
    assert f"reading ease is {ease:.1f} ({band}, Flesch 1948)" in reading
