"""Charts of sources and their tone: per-source sentiment with intervals, source x entity heat map.

>>> import pandas as pd
>>> from toolkit.plots.sources import sentiment_by_source
>>> t = pd.DataFrame({"source": ["A", "Sky News"], "scorer": ["news", "news"],
...                   "is_narrator": [False, True], "n": [3, 5], "mean": [0.2, -0.1],
...                   "ci_low": [0.0, -0.3], "ci_high": [0.4, 0.1]})
>>> fig = sentiment_by_source(t)
>>> len(fig.axes[0].get_yticklabels())
2
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from toolkit.plots._axes import figure_and_axes

SCORER_COLORS = {"news": "#1f77b4", "textblob": "#ff7f0e", "vader": "#2ca02c"}


def sentiment_by_source(by_source_df: pd.DataFrame, *, ax: Any = None, title: str | None = None):
    """One row per source: a point for the mean tone and a bar for its 90% interval, one colour
    per scorer, annotated with the number of statements; the narrator (the outlet's own
    sentences) is drawn below a line, apart from quoted sources.

    Takes the table from :func:`toolkit.sentiment_by_source` (columns ``source`` (and
    ``outlet`` if present), ``scorer``, ``is_narrator``, ``n``, ``mean``, ``ci_low``,
    ``ci_high``; a ``descriptor`` is shown in brackets after the name), or a per-statement table from :func:`toolkit.sentiment`, aggregated here with
    every scorer it holds. Returns the Figure.
    """
    df = by_source_df.copy()
    if "mean" not in df.columns and "source" in df.columns:
        # a per-statement table from toolkit.sentiment(): aggregate it first
        from toolkit.sentiment import VALUE_COLUMN
        from toolkit.sentiment import sentiment_by_source as aggregate

        if any(c in df.columns for c in VALUE_COLUMN.values()):
            df = aggregate(df, scorer="all")
    if df.empty:
        fig, ax = figure_and_axes(ax, (5, 2))
        ax.text(0.5, 0.5, "no scored statements", ha="center", va="center")
        ax.set_axis_off()
        return fig
    if "source" not in df.columns:
        raise ValueError("the table needs a 'source' column (from toolkit.sentiment_by_source)")
    label_cols = [c for c in ("outlet", "source") if c in df.columns]
    df["_label"] = df[label_cols].astype(str).agg(" / ".join, axis=1)
    if "descriptor" in df.columns:  # "Ali Abbas (defence minister)": a name says who it is
        df["_label"] = [
            f"{lab} ({r})" if isinstance(r, str) and r.strip() else lab
            for lab, r in zip(df["_label"], df["descriptor"], strict=True)
        ]
    if "scorer" not in df.columns:
        df["scorer"] = "news"
    if "is_narrator" not in df.columns:
        df["is_narrator"] = False
    # order: quoted sources by total statements, then the narrator(s)
    order = (
        df.groupby("_label")
        .agg(n=("n", "max"), narrator=("is_narrator", "any"))
        .sort_values(["narrator", "n"], ascending=[True, False], kind="stable")
    )
    labels = list(order.index)
    n_rows = max(len(labels), 1)
    fig, ax = figure_and_axes(ax, (7.5, 0.45 * n_rows + 1.4))
    scorers = list(dict.fromkeys(df["scorer"]))
    step = 0.8 / max(len(scorers), 1)
    ypos = {lab: n_rows - 1 - i for i, lab in enumerate(labels)}
    for k, s in enumerate(scorers):
        sub = df[df["scorer"] == s]
        off = (k - (len(scorers) - 1) / 2) * step
        y = np.array([ypos[lab] for lab in sub["_label"]]) - off
        mean = sub["mean"].to_numpy(dtype=float)
        lo = sub["ci_low"].to_numpy(dtype=float)
        hi = sub["ci_high"].to_numpy(dtype=float)
        err = np.vstack([np.clip(mean - lo, 0, None), np.clip(hi - mean, 0, None)])
        ax.errorbar(
            mean,
            y,
            xerr=err,
            fmt="o",
            color=SCORER_COLORS.get(s, None),
            capsize=3,
            label=s,
            markersize=5,
        )
        for xm, yy, n in zip(hi, y, sub["n"], strict=True):
            x = xm if np.isfinite(xm) else 0.0
            ax.annotate(
                f"n={int(n)}",
                (x, yy),
                xytext=(4, -3),
                textcoords="offset points",
                fontsize=7,
                color="0.35",
            )
    n_narr = int(order["narrator"].sum())
    if 0 < n_narr < len(labels):
        ax.axhline(n_narr - 0.5, color="0.6", lw=0.8, ls="--")
    bottom_up = sorted(labels, key=lambda lab: ypos[lab])
    ax.set_yticks(range(len(bottom_up)))
    ax.set_yticklabels(
        [lab + ("  (narrator)" if order.loc[lab, "narrator"] else "") for lab in bottom_up]
    )
    ax.axvline(0, color="0.7", lw=0.8)
    ax.set_xlim(-1.05, 1.15)
    ax.set_ylim(-0.7, n_rows - 0.3)
    ax.set_xlabel(
        "tone (news: P(pos) - P(neg); TextBlob polarity; VADER compound), mean and 90% interval"
    )
    ax.set_title(title or "Tone per source")
    if scorers:
        ax.legend(loc="lower right", fontsize=8, title="scorer", title_fontsize=8)
    fig.tight_layout()
    return fig


def source_entity_heatmap(
    table: pd.DataFrame, *, ax: Any = None, top: int | None = 15, title: str | None = None
):
    """Source x entity heat map of the mean ``news`` tone towards each entity (red negative,
    blue positive), each cell annotated with its number of statements. Takes the table from
    :func:`toolkit.sentiment.source_entity_table`; ``top`` keeps the entities named in the most
    statements (None: all). Returns the Figure.
    """
    import matplotlib.pyplot as plt

    if top is not None and not table.empty:
        keep = (
            table.groupby("entity")["n"]
            .sum()
            .sort_values(ascending=False, kind="stable")
            .index[:top]
        )
        table = table[table["entity"].isin(keep)]
    if table.empty:
        fig, ax = figure_and_axes(ax, (5, 2))
        ax.text(0.5, 0.5, "no source mentions an entity", ha="center", va="center")
        ax.set_axis_off()
        return fig
    mean = table.pivot_table(index="source", columns="entity", values="mean", aggfunc="mean")
    n = table.pivot_table(index="source", columns="entity", values="n", aggfunc="sum")
    fig, ax = figure_and_axes(ax, (0.7 * mean.shape[1] + 3.5, 0.45 * mean.shape[0] + 2.0))
    im = ax.imshow(mean.to_numpy(dtype=float), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(mean.shape[1]))
    ax.set_xticklabels(mean.columns, rotation=45, ha="right")
    ax.set_yticks(range(mean.shape[0]))
    ax.set_yticklabels(mean.index)
    for i in range(mean.shape[0]):
        for j in range(mean.shape[1]):
            v = n.iat[i, j]
            if pd.notna(v):
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=7, color="0.15")
    fig.colorbar(im, ax=ax, label="mean tone towards entity (news scorer)", shrink=0.8)
    ax.set_title(title or "What each source says about whom (cell: number of statements)")
    plt.setp(ax.get_xticklabels(), fontsize=8)
    fig.tight_layout()
    return fig
