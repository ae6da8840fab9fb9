"""Entity charts: frequencies, a map of places, a co-occurrence network, highlighted text.

Each chart function takes the table computed by :mod:`toolkit.entities` (compute once, plot
many), accepts ``ax=None`` and returns the matplotlib Figure.

>>> import pandas as pd
>>> df = pd.DataFrame({"entity": ["Syria", "Assad"], "type": ["GPE", "PERSON"], "mentions": [3, 2]})
>>> fig = entity_frequencies(df)
>>> fig.axes[0].get_title()
'Most mentioned entities'
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from toolkit.display import HTML, highlight
from toolkit.plots._axes import figure_and_axes

#: one colour per entity type, shared by all entity charts and the highlighted text
TYPE_COLORS = {
    "PERSON": "#e41a1c",
    "ORG": "#377eb8",
    "GPE": "#4daf4a",
    "LOC": "#a6d854",
    "NORP": "#984ea3",
    "FAC": "#ff7f00",
    "EVENT": "#a65628",
    "MISC": "#999999",
}
_LIGHT = {
    "PERSON": "#fbb4ae",
    "ORG": "#b3cde3",
    "GPE": "#ccebc5",
    "LOC": "#e6f5c9",
    "NORP": "#decbe4",
    "FAC": "#fed9a6",
    "EVENT": "#e5d8bd",
    "MISC": "#dddddd",
}


def _legend(ax: Any, types: list[str]) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=TYPE_COLORS.get(t, "#999999"), label=t) for t in types]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)


def entity_frequencies(
    entities_df: pd.DataFrame,
    *,
    top: int = 15,
    by_outlet: bool = False,
    ax: Any = None,
    outlets: dict[str, str] | None = None,
):
    """Horizontal bars of the ``top`` most mentioned entities, coloured by type.

    ``entities_df`` is :func:`toolkit.entities` output (columns entity, type, mentions). With
    ``by_outlet=True`` it must be per-article rows with an ``outlet`` column (for example
    ``toolkit.entities(article)`` for each article with ``outlet`` added, concatenated), or
    ``outlets`` maps doc_id -> outlet for a corpus table with ``doc_ids``: the bars are stacked
    per outlet.
    """
    df = entities_df.copy()
    if by_outlet and "outlet" not in df.columns:
        if outlets is None or "doc_ids" not in df.columns:
            raise ValueError(
                "by_outlet=True needs an 'outlet' column or outlets={doc_id: outlet} "
                "with a 'doc_ids' column"
            )
        df = df.explode("doc_ids")
        df["outlet"] = df["doc_ids"].map(outlets).fillna("unknown")
        if "doc_mentions" in df.columns:  # mentions in each article
            df["mentions"] = [
                dm.get(d, 0) for dm, d in zip(df["doc_mentions"], df["doc_ids"], strict=True)
            ]
        else:  # only the list of articles: count articles
            df["mentions"] = 1
    if by_outlet:
        tab = df.pivot_table(
            index=["entity", "type"], columns="outlet", values="mentions", aggfunc="sum"
        ).fillna(0)
        tab["_total"] = tab.sum(axis=1)
        tab = tab.sort_values("_total", ascending=False).head(top).iloc[::-1]
        fig, ax = figure_and_axes(ax, (8, max(3, 0.35 * len(tab) + 1)))
        left = np.zeros(len(tab))
        cols = [c for c in tab.columns if c != "_total"]
        import matplotlib.pyplot as plt

        cmap = plt.get_cmap("tab10")
        labels = [f"{e} ({t})" for e, t in tab.index]
        for i, outlet in enumerate(cols):
            ax.barh(labels, tab[outlet].to_numpy(), left=left, color=cmap(i % 10), label=outlet)
            left += tab[outlet].to_numpy()
        ax.legend(fontsize=8, frameon=False, loc="lower right")
        ax.set_xlabel("mentions")
        ax.set_title("Most mentioned entities by outlet")
        fig.tight_layout()
        return fig
    df = df.sort_values(["mentions", "entity"], ascending=[False, True]).head(top).iloc[::-1]
    fig, ax = figure_and_axes(ax, (7, max(3, 0.35 * len(df) + 1)))
    colors = [TYPE_COLORS.get(t, "#999999") for t in df["type"]]
    ax.barh(df["entity"].astype(str), df["mentions"], color=colors)
    ax.set_xlabel("mentions")
    ax.set_title("Most mentioned entities")
    ax.xaxis.get_major_locator().set_params(integer=True)
    _legend(ax, sorted(set(df["type"]), key=list(TYPE_COLORS).index))
    fig.tight_layout()
    return fig


def place_map(
    entities_df: pd.DataFrame,
    *,
    ax: Any = None,
    labels: bool = True,
    focus: bool | float = True,
    pad: float = 1.5,
):
    """Places (rows with latitude/longitude) on a plain lon/lat scatter, sized by mentions.

    No tiles or country outlines (nothing is downloaded): a light graticule, labelled points.
    ``focus=True`` zooms on the places within 20 degrees of the mention-weighted median (a number
    sets that radius; ``False`` shows everything); places left outside are listed under the map.
    """
    fig, ax = figure_and_axes(ax, (8, 6))
    df = entities_df.dropna(subset=["latitude", "longitude"]) if len(entities_df) else entities_df
    ax.set_title("Places mentioned")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    if df is None or len(df) == 0:
        ax.text(
            0.5, 0.5, "no places with coordinates", ha="center", va="center", transform=ax.transAxes
        )
        return fig
    outside = df.iloc[0:0]
    if focus is not False and len(df) > 2:
        radius = 20.0 if focus is True else float(focus)
        w = df["mentions"].astype(float).to_numpy()
        order = np.argsort(df["longitude"].to_numpy())
        mid_lon = df["longitude"].to_numpy()[order][
            np.searchsorted(np.cumsum(w[order]), w.sum() / 2)
        ]
        order = np.argsort(df["latitude"].to_numpy())
        mid_lat = df["latitude"].to_numpy()[order][
            np.searchsorted(np.cumsum(w[order]), w.sum() / 2)
        ]
        near = (df["longitude"] - mid_lon).abs().le(radius) & (df["latitude"] - mid_lat).abs().le(
            radius
        )
        outside = df[~near]
        df = df[near]
    df = df.sort_values("mentions", ascending=False)
    lon = df["longitude"].astype(float).to_numpy()
    lat = df["latitude"].astype(float).to_numpy()
    sizes = 40 + 60 * df["mentions"].astype(float).to_numpy()
    colors = np.array([TYPE_COLORS.get(t, "#999999") for t in df["type"]])
    # countries (placed at their capital) are drawn as rings, so the capital's dot stays visible
    if "place_kind" in df.columns:
        country = (df["place_kind"] == "country").to_numpy()
    else:
        country = np.zeros(len(df), dtype=bool)
    dots = ~country
    ax.scatter(
        lon[dots],
        lat[dots],
        s=sizes[dots],
        c=list(colors[dots]),
        alpha=0.7,
        edgecolors="black",
        linewidths=0.5,
        zorder=3,
    )
    if country.any():
        ax.scatter(
            lon[country],
            lat[country],
            s=sizes[country] * 3,
            facecolors="none",
            edgecolors=list(colors[country]),
            linewidths=2,
            zorder=2,
        )
    x0, x1 = lon.min() - pad, lon.max() + pad
    y0, y1 = lat.min() - pad, lat.max() + pad
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / max(math.cos(math.radians((y0 + y1) / 2)), 0.2))
    ax.grid(True, color="#dddddd", linewidth=0.6, zorder=0)
    if labels:
        texts = [f"{e} ({n})" for e, n in zip(df["entity"], df["mentions"], strict=True)]
        _place_labels(ax, lon, lat, texts)
    if len(outside):
        listed = ", ".join(
            f"{e} ({n})" for e, n in zip(outside["entity"], outside["mentions"], strict=True)
        )
        ax.text(
            0,
            -0.12,
            "Outside the map: " + listed,
            transform=ax.transAxes,
            fontsize=8,
            va="top",
            wrap=True,
        )
    _legend(ax, sorted(set(df["type"]), key=list(TYPE_COLORS).index))
    fig.tight_layout()
    return fig


def _place_labels(ax: Any, xs, ys, texts: list[str]) -> None:
    """Label points, trying a few positions around each so that labels do not overlap."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    placed: list[Any] = []
    offsets = [
        ((5, 4), "left"),
        ((5, -11), "left"),
        ((-5, 4), "right"),
        ((-5, -11), "right"),
        ((0, 9), "center"),
        ((0, -16), "center"),
        ((10, 16), "left"),
        ((-10, -24), "right"),
    ]
    for x, y, text in zip(xs, ys, texts, strict=True):
        best = None
        for off, ha in offsets:
            ann = ax.annotate(
                text, (x, y), xytext=off, textcoords="offset points", fontsize=8, ha=ha, zorder=4
            )
            box = ann.get_window_extent(renderer)
            clash = sum(box.overlaps(b) for b in placed)
            if best is None or clash < best[0]:
                if best is not None:
                    best[1].remove()
                best = (clash, ann, box)
                if clash == 0:
                    break
            else:
                ann.remove()
        placed.append(best[2])


def _layout(nodes: list[str], weights: dict[tuple[str, str], float], seed: int = 0) -> np.ndarray:
    """A small deterministic spring layout (Fruchterman-Reingold) started from a circle."""
    n = len(nodes)
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.c_[np.cos(angle), np.sin(angle)]
    if n < 3:
        return pos
    idx = {v: i for i, v in enumerate(nodes)}
    adj = np.zeros((n, n))
    for (a, b), w in weights.items():
        adj[idx[a], idx[b]] = adj[idx[b], idx[a]] = w
    k = 1.0 / math.sqrt(n)
    temp = 0.1
    for _ in range(200):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1) + 1e-9
        force = (k * k / dist**2)[:, :, None] * delta  # repulsion
        force -= (adj * dist / k)[:, :, None] * delta  # attraction along edges
        disp = force.sum(axis=1)
        length = np.linalg.norm(disp, axis=1) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.98
    pos -= pos.mean(axis=0)
    return pos / (np.abs(pos).max() or 1)


def cooccurrence_network(cooc_df: pd.DataFrame, *, top: int = 40, ax: Any = None):
    """Entities as nodes, same-sentence co-occurrence as edges (width = count); ``top`` pairs.

    ``cooc_df`` is :func:`toolkit.cooccurrence` output. Layout: a spring layout computed with
    numpy (deterministic).
    """
    fig, ax = figure_and_axes(ax, (8, 8))
    ax.set_title("Entities mentioned in the same sentence")
    ax.set_axis_off()
    df = cooc_df.sort_values("count", ascending=False).head(top)
    if len(df) == 0:
        ax.text(
            0.5, 0.5, "no co-occurring entities", ha="center", va="center", transform=ax.transAxes
        )
        return fig
    types: dict[str, str] = {}
    for _, r in df.iterrows():
        types[r["entity_a"]] = r["type_a"]
        types[r["entity_b"]] = r["type_b"]
    nodes = sorted(types)
    weights = {(r["entity_a"], r["entity_b"]): float(r["count"]) for _, r in df.iterrows()}
    pos = _layout(nodes, weights)
    idx = {v: i for i, v in enumerate(nodes)}
    wmax = max(weights.values())
    for (a, b), w in weights.items():
        pa, pb = pos[idx[a]], pos[idx[b]]
        ax.plot(
            [pa[0], pb[0]],
            [pa[1], pb[1]],
            color="#888888",
            linewidth=0.5 + 3 * w / wmax,
            alpha=0.6,
            zorder=1,
        )
    degree = {v: 0.0 for v in nodes}
    for (a, b), w in weights.items():
        degree[a] += w
        degree[b] += w
    ax.scatter(
        pos[:, 0],
        pos[:, 1],
        s=[80 + 40 * degree[v] for v in nodes],
        c=[TYPE_COLORS.get(types[v], "#999999") for v in nodes],
        edgecolors="black",
        linewidths=0.5,
        zorder=2,
    )
    for v in nodes:
        ax.annotate(v, pos[idx[v]], xytext=(6, 4), textcoords="offset points", fontsize=8, zorder=3)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.2, 1.2)
    _legend(ax, sorted(set(types.values()), key=list(TYPE_COLORS).index))
    fig.tight_layout()
    return fig


def highlight_entities(article, mentions_df: pd.DataFrame | None = None) -> HTML:
    """The article's text with entity mentions coloured by type (tooltip: canonical entity, role).

    >>> from toolkit.corpus import Article
    >>> html = highlight_entities(Article.from_text("Rebels entered Homs.", published="2024-12-06"))
    >>> "Homs" in html.data and "GPE" in html.data
    True
    """
    from toolkit.corpus import as_articles
    from toolkit.entities import mentions

    art = as_articles(article)[0]
    m = mentions(art) if mentions_df is None else mentions_df[mentions_df["doc_id"] == art.id]
    spans = [
        (int(r.start), int(r.end), str(r.type), f"{r.entity} ({r.role})")
        for r in m.itertuples(index=False)
    ]
    return highlight(art.text, spans, colors=_LIGHT)
