"""Charts of words: the top-terms bar chart."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from toolkit.plots._axes import figure_and_axes


def top_terms(terms: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None) -> Figure:
    """Horizontal bars of a term table (``term`` and ``count`` columns, as from :func:`toolkit.top_terms`).

    >>> import toolkit
    >>> art = toolkit.Article.from_text("Rebels took Hama. Rebels took Homs.")
    >>> fig = top_terms(toolkit.top_terms(art, n=5))
    >>> len(fig.axes)
    1
    """
    missing = {"term", "count"} - set(terms.columns)
    if missing:
        raise ValueError(f"the table needs columns 'term' and 'count'; missing: {sorted(missing)}")
    fig, ax = figure_and_axes(ax, (6, 0.3 * max(len(terms), 3) + 1))
    data = terms.iloc[::-1]
    ax.barh(data["term"], data["count"], color="#4C72B0")
    ax.set_xlabel("occurrences")
    ax.set_title(title or f"Top {len(terms)} terms (stopwords left out)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
