"""Group comparison: t intervals, Monroe et al.'s log-odds, term tables and the two charts."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT
from matplotlib.figure import Figure

from analysis.corpus.compare import (
    compare_groups,
    distinguishing_terms,
    group_term_counts,
    log_odds_dirichlet,
    mean_ci,
    plot_distinguishing_terms,
    plot_group_comparison,
    t_critical,
)


@pytest.mark.parametrize("df, expected", [(0, math.nan), (1, 12.706), (2, 4.303), (30, 2.042), (35, 2.042),
                                          (59, 2.021), (120, 1.980), (10_000, 1.960)])
def test_t_critical(df, expected):
    assert t_critical(df) == pytest.approx(expected, nan_ok=True)


@pytest.mark.parametrize("values, expected", [
    ([], (math.nan, math.nan, math.nan)),
    ([4.0], (4.0, math.nan, math.nan)),
    ([1.0, 2.0, 3.0], (2.0, 2.0 - 4.303 / math.sqrt(3), 2.0 + 4.303 / math.sqrt(3))),  # sd 1, t(2) 4.303
    ([1.0, math.nan, 3.0], (2.0, 2.0 - 12.706 * math.sqrt(2) / math.sqrt(2), 2.0 + 12.706)),  # sd sqrt 2, t(1)
])
def test_mean_ci(values, expected):
    assert mean_ci(values) == pytest.approx(expected, nan_ok=True)


def test_log_odds_by_hand():
    # y_i = (10, 0), y_j = (0, 10), prior (1, 1): a0 = 2, n_i = n_j = 10.
    # term 0: log(11 / 1) - log(1 / 11) = 2 log 11; var = 1/11 + 1/1.
    delta, z = log_odds_dirichlet(np.array([10, 0]), np.array([0, 10]), np.array([1.0, 1.0]))
    assert delta == pytest.approx([2 * math.log(11), -2 * math.log(11)])
    assert z == pytest.approx([2 * math.log(11) / math.sqrt(1 / 11 + 1), -2 * math.log(11) / math.sqrt(1 / 11 + 1)])


def test_log_odds_is_antisymmetric():
    i, j, prior = np.array([5, 3, 8]), np.array([5, 9, 1]), np.array([10.0, 12.0, 9.0])
    d_ij, z_ij = log_odds_dirichlet(i, j, prior)
    d_ji, z_ji = log_odds_dirichlet(j, i, prior)
    assert d_ij == pytest.approx(-d_ji) and z_ij == pytest.approx(-z_ji)
    # a0 = 31, n_i = 16, n_j = 15: the same count in the larger group is slightly less typical of it
    assert d_ij[0] == pytest.approx(np.log(15 / 32) - np.log(15 / 31))
    with pytest.raises(ValueError, match="positive"):
        log_odds_dirichlet(i, j, np.array([1.0, 0.0, 1.0]))


def _rows() -> pd.DataFrame:
    return pd.DataFrame({
        "error": ["", "", "", "", "x: empty article"],
        "bias": ["left", "left", "right", "right", "right"],
        "rate_loaded_per_1k_words": [1.0, 3.0, 10.0, 12.0, None],
        "terms": [{"regime": 2, "talks": 1}, {"talks": 3}, {"regime": 5, "thugs": 2}, {"thugs": 1}, None],
    }, index=["a", "b", "c", "d", "e"])


def test_compare_groups_leaves_out_errors():
    table = compare_groups(_rows(), "bias")
    assert table[["metric", "group", "n", "mean"]].to_dict("records") == [
        {"metric": "rate_loaded_per_1k_words", "group": "left", "n": 2, "mean": 2.0},
        {"metric": "rate_loaded_per_1k_words", "group": "right", "n": 2, "mean": 11.0}]
    assert table.loc[0, "ci_high"] == pytest.approx(2.0 + 12.706 * math.sqrt(2) / math.sqrt(2))


def test_compare_groups_by_a_series_of_labels():
    labels = pd.Series({"a": "L", "b": "L", "c": "R", "d": "R"})
    assert compare_groups(_rows(), labels)["group"].tolist() == ["L", "R"]


def test_group_term_counts():
    counts = group_term_counts(_rows(), "bias")
    assert counts.to_dict() == {"left": {"regime": 2, "talks": 4, "thugs": 0},
                                "right": {"regime": 5, "talks": 0, "thugs": 3}}


def test_distinguishing_terms():
    table = distinguishing_terms(group_term_counts(_rows(), "bias"), "right", top=None)
    assert table["term"].tolist() == ["thugs", "regime", "talks"]
    assert (table["against"] == "rest").all() and table["z"].is_monotonic_decreasing
    both = distinguishing_terms(group_term_counts(_rows(), "bias"), top=1)
    assert both[["group", "term"]].values.tolist() == [["left", "talks"], ["left", "thugs"],
                                                       ["right", "thugs"], ["right", "talks"]]


def test_charts_are_figures_without_pyplot():
    import matplotlib.pyplot as plt
    means = compare_groups(_rows(), "bias")
    terms = distinguishing_terms(group_term_counts(_rows(), "bias"))
    figures = [plot_group_comparison(means), plot_distinguishing_terms(terms)]
    assert all(isinstance(f, Figure) for f in figures)
    assert len(figures[1].axes) == 2 and plt.get_fignums() == []
    ax = Figure().subplots()
    assert plot_group_comparison(means, ax=ax) is ax.figure
    with pytest.raises(ValueError, match="pass ax=None"):
        plot_distinguishing_terms(terms, ax=ax)


def test_sample_end_to_end():
    """Four articles per AllSides label from the shipped sample, through rows, means and terms."""
    from analysis.corpus import analyze_many
    records = [json.loads(line) for line in (ROOT / "seeds" / "allsides_sample.jsonl").open(encoding="utf-8")]
    chosen = pd.DataFrame([r for label in ("left", "center", "right")
                           for r in [r for r in records if r["bias"] == label][:4]]).set_index("id")
    rows = analyze_many(chosen["text"], terms="loaded", progress=False).join(chosen[["bias"]])
    means = compare_groups(rows, "bias", ["rate_loaded_per_1k_words", "rate_quoted_word_share"])
    assert means["n"].tolist() == [4] * 6
    counts = group_term_counts(rows, "bias")
    assert list(counts.columns) == ["center", "left", "right"]
    assert counts.values.sum() == sum(sum(t.values()) for t in rows["terms"])
    assert isinstance(plot_distinguishing_terms(distinguishing_terms(counts)), Figure)
