"""Comparing groups of articles (outlets, AllSides left/center/right): mean rates and distinguishing terms.

Start from the rows of :func:`analysis.corpus.analyze_many` (one per article)
and a grouping (a column or a Series of group labels by article id)::

    rows = analyze_many(articles["text"], terms="loaded").join(articles[["outlet", "bias"]])
    means = compare_groups(rows, "bias")                  # mean +- 95% CI per group and rate
    terms = distinguishing_terms(group_term_counts(rows, "bias"))
    plot_group_comparison(means); plot_distinguishing_terms(terms)

Confidence intervals are Student-t intervals of the mean over articles (each
article one observation): mean +- t(0.975, n-1) * sd / sqrt(n), with t from
the table below (scipy is not a dependency). Between tabled degrees of freedom
the next lower one is used, which widens the interval slightly; beyond 120 the
normal value 1.96 is used.

Distinguishing terms use the log-odds ratio with an informative Dirichlet
prior of Monroe, Colaresi & Quinn (2008): it shrinks the log-odds of rare
terms toward the background rate, and its z-score says how sure the
difference is, so frequent and rare terms can be ranked together.

References: Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). "Fightin'
Words: Lexical Feature Selection and Evaluation for Identifying the Content of
Political Conflict". Political Analysis 16(4), 372-403 (section 3.5.3).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

# Two-sided 95% critical values of Student's t by degrees of freedom (any
# statistics textbook table, e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
T_975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
         10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110, 18: 2.101,
         19: 2.093, 20: 2.086, 21: 2.080, 22: 2.074, 23: 2.069, 24: 2.064, 25: 2.060, 26: 2.056, 27: 2.052,
         28: 2.048, 29: 2.045, 30: 2.042, 40: 2.021, 60: 2.000, 80: 1.990, 100: 1.984, 120: 1.980}
Z_975 = 1.960  # the normal limit of t as degrees of freedom grow
# AllSides' own blue / purple / red, taken from the colour-blind-safe Okabe-Ito palette (blue,
# reddish purple, vermillion); other groups take matplotlib's default cycle.
GROUP_COLORS = {"left": "#0072B2", "center": "#CC79A7", "right": "#D55E00"}
AGAINST_COLOR = "#BBBBBB"  # bars of terms typical of what a group is set against
TOP_TERMS = 10
PANELS_PER_ROW = 2  # wider rows shrink each panel below legibility on a half page
ABSENT_TERM_PRIOR = 0.01  # pseudo-count for a term the prior lacks (a_w must be > 0)


def t_critical(df: int) -> float:
    """Two-sided 95% critical value of Student's t with ``df`` degrees of freedom (NaN for df < 1)."""
    if df < 1:
        return math.nan
    if df > max(T_975):
        return Z_975
    return T_975[max(k for k in T_975 if k <= df)]


def mean_ci(values: Sequence[float]) -> tuple[float, float, float]:
    """Mean and 95% t-interval ``(mean, low, high)`` of the non-missing values; NaN bounds below two values."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if x.size == 0:
        return math.nan, math.nan, math.nan
    mean = float(x.mean())
    if x.size < 2:
        return mean, math.nan, math.nan
    half = t_critical(x.size - 1) * float(x.std(ddof=1)) / math.sqrt(x.size)
    return mean, mean - half, mean + half


def _labels(rows: pd.DataFrame, by: str | pd.Series) -> pd.Series:
    """Group label of every row that was analysed without error."""
    labels = rows[by] if isinstance(by, str) else by.reindex(rows.index)
    if "error" in rows:
        labels = labels[rows["error"].fillna("") == ""]
    return labels.dropna()


def default_metrics(rows: pd.DataFrame) -> list[str]:
    """The numeric ``rate_`` columns of a rows table: what :func:`compare_groups` compares by default."""
    return [c for c in rows.columns if c.startswith("rate_") and pd.api.types.is_numeric_dtype(rows[c])]


def compare_groups(rows: pd.DataFrame, by: str | pd.Series, metrics: Sequence[str] | None = None) -> pd.DataFrame:
    """Mean of each metric per group with its 95% confidence interval; one row per (metric, group).

    ``rows``: one row per article (:func:`analysis.corpus.analyze_many`);
    rows with an ``error`` are left out. ``by``: a column of ``rows`` or a
    Series of labels indexed like ``rows``. ``metrics``: columns to compare
    (default: every numeric ``rate_`` column). Columns: metric, group, n,
    mean, ci_low, ci_high; higher mean => more of that measure in the group.
    """
    labels = _labels(rows, by)
    metrics = list(metrics) if metrics is not None else default_metrics(rows)
    table = []
    for metric in metrics:
        values = pd.to_numeric(rows.loc[labels.index, metric], errors="coerce")
        for group, members in values.groupby(labels, sort=True):
            mean, low, high = mean_ci(members.to_numpy())
            table.append({"metric": metric, "group": group, "n": int(members.notna().sum()),
                          "mean": mean, "ci_low": low, "ci_high": high})
    return pd.DataFrame(table, columns=["metric", "group", "n", "mean", "ci_low", "ci_high"])


def group_term_counts(rows: pd.DataFrame, by: str | pd.Series, column: str = "terms") -> pd.DataFrame:
    """Term counts summed per group: rows are terms (sorted), columns groups, values counts.

    ``column`` holds each article's ``{term: count}`` (``analyze_many(...,
    terms=...)``); rows with an error are left out.
    """
    labels = _labels(rows, by)
    totals: dict = {}
    for group, counts in zip(labels, rows.loc[labels.index, column]):
        if isinstance(counts, dict):
            bucket = totals.setdefault(group, {})
            for term, n in counts.items():
                bucket[term] = bucket.get(term, 0) + n
    table = pd.DataFrame(totals).fillna(0).astype(int).sort_index()
    return table.reindex(columns=sorted(table.columns))


def log_odds_dirichlet(counts_i: np.ndarray, counts_j: np.ndarray,
                       prior: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio of each term between corpora i and j, with an informative Dirichlet prior, and its z-score.

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w)),
    var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w), z_w = delta_w / sqrt(var), where y are term
    counts, n their totals, a the prior's pseudo-counts and a_0 their sum. Positive => the term is
    more typical of i; |z| > 1.96 is the usual threshold for a clear difference.

    References: Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), eq. 16-22.
    """
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (counts_i, counts_j, prior))
    if np.any(alpha <= 0):
        raise ValueError("every prior pseudo-count must be positive")
    a0, n_i, n_j = alpha.sum(), y_i.sum(), y_j.sum()
    delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    return delta, delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))


def distinguishing_terms(counts: pd.DataFrame, group: str | None = None, *, against: str | None = None,
                         prior: pd.Series | None = None, prior_total: float | None = None,
                         top: int | None = TOP_TERMS) -> pd.DataFrame:
    """The terms that most distinguish one group of articles from another, by z-scored log-odds.

    ``counts``: terms x groups (:func:`group_term_counts`). ``group``: the
    group to describe (None: every group in turn); ``against``: the group to
    set it against (None: all other groups pooled). ``prior``: background
    counts per term (default: the pooled counts of every group, as Monroe et
    al. do with their full corpus), rescaled to sum to ``prior_total`` if
    given (smaller => weaker shrinkage). ``top``: keep the ``top`` terms of
    each direction (None: all). Columns: group, against, term, count,
    count_against, log_odds, z; z > 0 => typical of ``group``.
    """
    groups = [group] if group is not None else list(counts.columns)
    background = counts.sum(axis=1) if prior is None else prior.reindex(counts.index).fillna(0)
    background = background.where(background > 0, ABSENT_TERM_PRIOR)
    if prior_total is not None:
        background = background * prior_total / background.sum()
    tables = []
    for name in groups:
        other = counts[against] if against is not None else counts.drop(columns=[name]).sum(axis=1)
        delta, z = log_odds_dirichlet(counts[name].to_numpy(), other.to_numpy(), background.to_numpy())
        table = pd.DataFrame({"group": name, "against": against or "rest", "term": counts.index,
                              "count": counts[name].to_numpy(), "count_against": other.to_numpy(),
                              "log_odds": delta, "z": z}).sort_values("z", ascending=False, kind="stable")
        if top is not None:
            table = pd.concat([table.head(top), table.tail(top)]).drop_duplicates("term")
        tables.append(table)
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(
        columns=["group", "against", "term", "count", "count_against", "log_odds", "z"])


def _group_color(group, i: int) -> str:
    return GROUP_COLORS.get(str(group).lower(), f"C{i}")


def _axes(ax, n_panels: int, what: str, n_rows: int):
    """The axes to draw on: ``ax`` itself (one panel only) or new ones on a new Figure, side by side."""
    if ax is not None:
        if n_panels > 1:
            raise ValueError(f"the table has {n_panels} {what}; pass ax=None to draw one panel each, "
                             f"or filter the table to one")
        return ax.figure, [ax]
    n_cols = min(max(n_panels, 1), PANELS_PER_ROW)
    n_grid_rows = math.ceil(max(n_panels, 1) / n_cols)
    figure = Figure(figsize=(4.2 * n_cols, n_grid_rows * (1.2 + 0.3 * n_rows)), layout="constrained")
    axes = list(figure.subplots(n_grid_rows, n_cols, squeeze=False).ravel())
    for spare in axes[n_panels:]:
        spare.set_visible(False)
    return figure, axes[:max(n_panels, 1)]


def plot_group_comparison(table: pd.DataFrame, *, ax=None) -> Figure:
    """Mean of each metric per group with its 95% CI as horizontal error bars, one panel per metric.

    ``table``: :func:`compare_groups`. Groups whose intervals do not overlap
    differ clearly on that metric.
    """
    metrics = list(dict.fromkeys(table["metric"]))
    figure, axes = _axes(ax, len(metrics), "metrics", table["group"].nunique())
    for panel, metric in zip(axes, metrics):
        rows = table[table["metric"] == metric].reset_index(drop=True)
        for i, row in rows.iterrows():
            low, high = row["mean"] - row["ci_low"], row["ci_high"] - row["mean"]
            err = None if math.isnan(low) else [[low], [high]]
            panel.errorbar(row["mean"], i, xerr=err, fmt="o", capsize=4, color=_group_color(row["group"], i))
        panel.set_yticks(range(len(rows)), [f"{g} (n={n})" for g, n in zip(rows["group"], rows["n"])])
        panel.invert_yaxis()
        panel.set_title(metric.removeprefix("rate_").replace("_", " "), fontsize="medium")
        panel.set_xlabel("mean per article, 95% CI")
        panel.grid(axis="x", alpha=0.3)
    return figure


def plot_distinguishing_terms(table: pd.DataFrame, *, ax=None) -> Figure:
    """Z-scored log-odds of the most distinguishing terms as diverging bars, one panel per group.

    ``table``: :func:`distinguishing_terms`. Bars right of zero are terms
    typical of the group, left of zero typical of what it is set against;
    beyond the dotted lines (|z| > 1.96) the difference is clear.
    """
    pairs = list(dict.fromkeys(zip(table["group"], table["against"])))
    n_rows = int(table.groupby(["group", "against"]).size().max()) if len(table) else 1
    figure, axes = _axes(ax, len(pairs), "groups", n_rows)
    for i, (panel, (group, against)) in enumerate(zip(axes, pairs)):
        rows = table[(table["group"] == group) & (table["against"] == against)].sort_values("z")
        colors = [_group_color(group, i) if z > 0 else AGAINST_COLOR for z in rows["z"]]
        panel.barh(range(len(rows)), rows["z"], color=colors)
        panel.set_yticks(range(len(rows)), rows["term"])
        for limit in (-Z_975, Z_975):
            panel.axvline(limit, color="black", linestyle=":", linewidth=0.8)
        panel.axvline(0, color="black", linewidth=0.8)
        panel.set_title(f"{group} vs {against}", fontsize="medium")
        panel.set_xlabel("z-scored log-odds (Monroe et al. 2008)")
    return figure
