"""A self-contained HTML report of an analysed corpus: overview, one page per article.

Everything is inline (CSS, a few lines of JS to filter tables, charts as base64 PNG), so the
folder opens offline in any browser. Charts come from :mod:`toolkit.plots` when the step tables
and plot functions exist; a chart that cannot be drawn is left out with a note.

>>> from toolkit.pipeline import analyze_corpus
>>> res = analyze_corpus("corpus", progress=False)  # doctest: +SKIP
>>> write_report(res, "report")  # doctest: +SKIP
PosixPath('report/index.html')
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit import __version__

_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f3b57;color:#fff;padding:14px 24px}
header a{color:#cde}
main{padding:16px 24px;max-width:1200px}
h1{margin:0;font-size:1.5em} h2{border-bottom:1px solid #ccc;padding-bottom:4px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:1.6em}
table{border-collapse:collapse;background:#fff;font-size:0.9em;margin:6px 0}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;position:sticky;top:0}
.scroll{max-height:420px;overflow:auto}
input.filter{padding:4px 8px;margin:6px 0;width:320px}
.text{background:#fff;border:1px solid #ddd;padding:12px;border-radius:6px}
.charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}\n.charts figure{margin:0;max-width:100%}\n.charts img{max-width:100%;border:1px solid #eee;background:#fff}\n.charts figcaption{font-weight:bold;margin:8px 0 4px}
.note{color:#777;font-size:0.9em}
"""

# a few lines of JS: filter the rows of the table that follows each search box
_JS = """
document.querySelectorAll('input.filter').forEach(function(box){
  box.addEventListener('input', function(){
    var q = box.value.toLowerCase();
    var rows = document.getElementById(box.dataset.table).querySelectorAll('tbody tr');
    rows.forEach(function(r){ r.style.display = r.textContent.toLowerCase().indexOf(q) < 0 ? 'none' : ''; });
  });
});
"""


def _page(title: str, body: str, *, home: str | None = None) -> str:
    nav = f' · <a href="{home}">corpus overview</a>' if home else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><small>newskit {__version__} report{nav}</small>"
        f"</header><main>{body}</main><script>{_JS}</script></body></html>"
    )


def _table(
    df: pd.DataFrame, table_id: str, *, search: bool = True, max_rows: int = 2000, escape=True
) -> str:
    if df is None or df.empty:
        return "<p class='note'>(none)</p>"
    shown = df.head(max_rows)
    more = f"<p class='note'>first {max_rows} of {len(df)} rows</p>" if len(df) > max_rows else ""
    box = (
        f"<input class='filter' data-table='{table_id}' placeholder='Search this table…'>"
        if search
        else ""
    )
    body = shown.to_html(index=False, escape=escape, na_rep="", table_id=table_id, border=0)
    return f"{box}<div class='scroll'>{body}</div>{more}"


def _png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _img(fig: Any, alt: str) -> str:
    return f"<img alt='{html.escape(alt)}' src='{_png(fig)}'>"


def _slug(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", str(doc_id))[:120] or "article"


def _article_text(blocks: pd.DataFrame) -> str:
    """Rebuild ``article.text`` from the kept blocks (their offsets point into it)."""
    kept = blocks[blocks["kept"].astype(bool)].sort_values("start")
    if kept.empty:
        return ""
    chars = ["\n"] * int(kept["end"].max())  # blocks are separated by blank lines
    for s, e, t in zip(kept["start"], kept["end"], kept["text"], strict=True):
        chars[int(s) : int(e)] = list(t)
    return "".join(chars)


def _label_column(df: pd.DataFrame) -> str | None:
    for c in ("label", "type", "kind", "entity_type", "category", "source"):
        if c in df.columns:
            return c
    return None


def _spans(
    table: pd.DataFrame | None,
    doc_id: str,
    default: str,
    *,
    label: str | None = None,
    tip: str | None = None,
    skip: tuple[str, ...] = (),
) -> list[tuple]:
    """(start, end, label, tooltip) of the rows of one article; rows labelled in ``skip`` left out."""
    if table is None or table.empty or not {"start", "end", "doc_id"} <= set(table.columns):
        return []
    rows = table[table["doc_id"] == doc_id]
    col = label if label in rows.columns else _label_column(rows)
    out = []
    for r in rows.to_dict("records"):
        s, e = r["start"], r["end"]
        if _isna(s) or _isna(e):
            continue
        lab = str(r[col]) if col else default
        lab = lab if lab not in ("", "nan", "None", "<NA>") else default
        if lab in skip:
            continue
        hint = f"{lab}: {r[tip]}" if tip and tip in r and not _isna(r[tip]) else lab
        out.append((int(s), int(e), lab, hint))
    return out


def _try_chart(name: str, *tries: Callable[[], Any]) -> tuple[str | None, str | None]:
    """Draw a chart with the first call that works: (img html, None) or (None, reason)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    last = "no data"
    for attempt in tries:
        try:
            fig = attempt()
        except Exception as exc:  # a chart that cannot be drawn is left out, with a note
            last = f"{type(exc).__name__}: {exc}"
            continue
        if fig is not None:
            return _img(fig, name), None
    return None, last


def _plot(name: str) -> Callable[..., Any]:
    import toolkit.plots

    return getattr(toolkit.plots, name)


def _chronology(events: pd.DataFrame) -> pd.DataFrame:
    """The merged chronology of an events table (``toolkit.chronology``)."""
    import toolkit

    return toolkit.chronology(events)


def _entity_chart(mentions: pd.DataFrame, doc_id: str | None = None):
    import matplotlib.pyplot as plt

    df = mentions if doc_id is None else mentions[mentions["doc_id"] == doc_id]
    key = next((c for c in ("entity", "canonical", "name", "text") if c in df.columns), None)
    if key is None or df.empty:
        return None
    top = df[key].astype(str).value_counts().head(15).iloc[::-1]
    fig, ax = plt.subplots(figsize=(6, 0.28 * len(top) + 1))
    ax.barh(top.index, top.values, color="#4C72B0")
    ax.set_xlabel("mentions")
    ax.set_title("Most mentioned")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def write_report(result: Any, out: str | os.PathLike, *, max_articles: int = 500) -> Path:
    """Write ``out/index.html`` and ``out/articles/<id>.html``; return the index path.

    ``result`` is an :class:`~toolkit.pipeline.Analysis` (from ``analyze_corpus``) or an output
    folder of ``analyze_corpus``. Per-article pages are written for the first ``max_articles``.
    """
    from toolkit.pipeline import Analysis, read_tables

    res: Analysis = result if isinstance(result, Analysis) else read_tables(result)
    t = res.tables
    out = Path(out)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    articles = t.get("articles", pd.DataFrame(columns=["doc_id", "title", "outlet", "published"]))
    errors = t.get("errors", pd.DataFrame())

    # ---- overview
    n_words = int(articles["words"].sum()) if "words" in articles else 0
    cards = [
        ("articles", len(articles)),
        ("outlets", articles["outlet"].nunique() if len(articles) else 0),
        ("words", f"{n_words:,}"),
        ("problems", int((errors.get("severity", pd.Series(dtype=str)) == "error").sum())),
    ]
    for name in ("mentions", "statements", "events"):
        if name in t:
            cards.append((name, len(t[name])))
    body = ["<div class='cards'>"]
    body += [f"<div class='card'><b>{v}</b>{html.escape(k)}</div>" for k, v in cards]
    body.append("</div><h2>Corpus overview</h2><div class='charts'>")
    for title, tries in (
        ("Articles per outlet and day", [lambda: plot_outlet_days(articles)]),
        (
            "Most mentioned entities",
            [
                lambda: plot_entities_by_outlet(t["entities"], articles),
                lambda: _plot("entity_frequencies")(t["entities"]),
                lambda: _entity_chart(t["mentions"]),
            ],
        ),
        ("Sources and their tone", [lambda: _plot("sentiment_by_source")(t["sentiment"])]),
        (
            "Merged chronology",
            [
                lambda: _plot("timeline")(_chronology(t["events"])),
                lambda: _plot("timeline")(t["events"]),
            ],
        ),
    ):
        if title != "Articles per outlet and day" and not any(
            k in t for k in ("entities", "mentions", "sentiment", "events")
        ):
            continue
        img, why = _try_chart(title, *tries)
        note = f"<p class='note'>not drawn: {html.escape(str(why)[:200])}</p>"
        body.append(f"<figure><figcaption>{html.escape(title)}</figcaption>{img or note}</figure>")
    body.append("</div><h2>Articles</h2>")
    listing = articles.copy()
    shown = list(listing["doc_id"].head(max_articles))
    for c in listing.columns:
        listing[c] = [html.escape(str(v)) if not _isna(v) else "" for v in listing[c]]
    if len(listing):
        listing.insert(
            0,
            "page",
            [
                f"<a href='articles/{_slug(d)}.html'>open</a>" if d in set(shown) else ""
                for d in articles["doc_id"]
            ],
        )
    cols = [
        c
        for c in ("page", "doc_id", "title", "outlet", "published", "words")
        if c in listing.columns
    ]
    body.append(_table(listing[cols], "articles", escape=False))
    body.append("<h2>Problems</h2>")
    body.append(_table(errors, "errors"))
    if res.skipped:
        body.append("<h2>Steps not run</h2><ul>")
        body += [
            f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in res.skipped.items()
        ]
        body.append("</ul>")
    index = out / "index.html"
    _write(index, _page("Corpus report", "".join(body)))

    # ---- one page per article
    blocks = t.get("blocks")
    for doc_id in shown:
        row = articles[articles["doc_id"] == doc_id].iloc[0]
        parts = [
            f"<p>{html.escape(str(row.get('outlet', '')))} · {html.escape(str(row.get('published') or 'no date'))}"
            f" · {row.get('words', '')} words</p>"
        ]
        text = _article_text(blocks[blocks["doc_id"] == doc_id]) if blocks is not None else ""
        views = [
            (
                "Entities and dates",
                _spans(t.get("mentions"), doc_id, "entity", label="type", tip="entity")
                + _spans(t.get("timexes"), doc_id, "DATE", label="type", tip="value"),
            ),
            (
                "Statements and their sources",
                _spans(
                    t.get("statements"),
                    doc_id,
                    "statement",
                    label="kind",
                    tip="source",
                    skip=("narrator",),
                ),
            ),
        ]
        if text:
            from toolkit.display import highlight

            for title, spans in views:
                ok = [s for s in spans if s[1] <= len(text)]
                if not ok and title != "Entities and dates":
                    continue
                parts.append(
                    f"<h2>{title}</h2><div class='text'>" + highlight(text, ok).data + "</div>"
                )
        parts.append("<div class='charts'>")
        for title, tries in (
            (
                "Entities",
                [
                    lambda d=doc_id: _plot("entity_frequencies")(
                        t["entities"][t["entities"]["doc_id"] == d]
                    ),
                    lambda d=doc_id: _entity_chart(t["mentions"], d),
                ],
            ),
            (
                "Sources and their tone",
                [
                    lambda d=doc_id: _plot("sentiment_by_source")(
                        t["sentiment"][t["sentiment"]["doc_id"] == d]
                    )
                ],
            ),
            (
                "Timeline",
                [
                    lambda d=doc_id: _plot("timeline")(
                        _chronology(t["events"][t["events"]["doc_id"] == d])
                    )
                ],
            ),
        ):
            needed = {
                "Entities": ("entities", "mentions"),
                "Sources and their tone": ("sentiment",),
                "Timeline": ("events",),
            }
            if not any(k in t for k in needed[title]):
                continue
            img, why = _try_chart(title, *tries)
            note = f"<p class='note'>not drawn: {html.escape(str(why)[:200])}</p>"
            parts.append(
                f"<figure><figcaption>{html.escape(title)}</figcaption>{img or note}</figure>"
            )
        parts.append("</div>")
        for name in ("mentions", "statements", "sentiment", "timexes", "events"):
            if name in t and "doc_id" in t[name].columns:
                sub = t[name][t[name]["doc_id"] == doc_id].drop(columns=["doc_id"])
                parts.append(f"<h2>{name.capitalize()}</h2>")
                parts.append(_table(sub, f"t-{name}"))
        errs = errors[errors["doc_id"] == doc_id] if "doc_id" in errors else errors.iloc[:0]
        if len(errs):
            parts.append("<h2>Problems</h2>" + _table(errs, "t-errors"))
        _write(
            out / "articles" / f"{_slug(doc_id)}.html",
            _page(str(row.get("title") or doc_id), "".join(parts), home="../index.html"),
        )
    return index


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ------------------------------------------------------------------ corpus views (notebook 00)
def outlet_day_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per publication day (rows) and outlet (columns); "no date" for undated ones.

    >>> arts = pd.DataFrame({"outlet": ["AP", "AP", "BBC"], "published": ["2024-12-08", None, "2024-12-08"]})
    >>> outlet_day_counts(arts).to_dict("index")
    {'2024-12-08': {'AP': 1, 'BBC': 1}, 'no date': {'AP': 1, 'BBC': 0}}
    """
    df = articles.assign(day=articles["published"].fillna("no date").astype(str))
    counts = df.groupby(["day", "outlet"]).size().unstack(fill_value=0).sort_index()
    counts.index.name, counts.columns.name = "published", "outlet"
    return counts


def plot_outlet_days(articles: pd.DataFrame, *, ax: Any = None):
    """Stacked bars: articles per publication day, one colour per outlet. Returns the Figure."""
    import matplotlib.pyplot as plt

    counts = outlet_day_counts(articles)
    if ax is None:
        fig, ax = plt.subplots(figsize=(7, 3))
    else:
        fig = ax.figure
    counts.plot.bar(stacked=True, ax=ax, width=0.8)
    ax.set_ylabel("articles")
    ax.set_xlabel("publication day")
    ax.set_title("Articles per outlet and day")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.tick_params(axis="x", labelrotation=30)
    fig.tight_layout()
    return fig


def top_entities_by_outlet(
    entities: pd.DataFrame, articles: pd.DataFrame, *, n: int = 8
) -> pd.DataFrame:
    """The ``n`` most mentioned entities of each outlet: outlet, entity, type, mentions, articles.

    ``entities`` is the per-article entities table of :func:`toolkit.pipeline.analyze_corpus`
    (doc_id, entity, type, mentions).
    """
    df = entities.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    agg = (
        df.groupby(["outlet", "entity", "type"], sort=False)
        .agg(mentions=("mentions", "sum"), articles=("doc_id", "nunique"))
        .reset_index()
        .sort_values(["outlet", "mentions", "entity"], ascending=[True, False, True], kind="stable")
    )
    return agg.groupby("outlet", sort=True).head(n).reset_index(drop=True)


def plot_entities_by_outlet(
    entities: pd.DataFrame, articles: pd.DataFrame, *, n: int = 8, ncols: int = 2
):
    """Small multiples: one bar chart of the most mentioned entities per outlet. Returns the Figure."""
    import matplotlib.pyplot as plt

    top = top_entities_by_outlet(entities, articles, n=n)
    outlets = sorted(top["outlet"].unique())
    nrows = max(1, -(-len(outlets) // ncols))
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(5 * ncols, 0.25 * n * nrows + 1.2 * nrows), squeeze=False
    )
    for ax, outlet in zip(axes.flat, outlets, strict=False):
        sub = top[top["outlet"] == outlet].iloc[::-1]
        ax.barh(sub["entity"], sub["mentions"], color="#4C72B0")
        ax.set_title(outlet, fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=8)
    for ax in list(axes.flat)[len(outlets) :]:
        ax.axis("off")
    fig.suptitle("Most mentioned entities by outlet")
    fig.tight_layout()
    return fig


def dated_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Events of all articles, earliest first, with each one's outlet and publication day.

    A stand-in for a merged chronology: undated events come last; ties keep the article order.
    """
    meta = articles[["doc_id", "outlet", "published"]]
    df = events.merge(meta, on="doc_id", how="left", sort=False)
    date_col = next((c for c in ("date_begin", "date", "value") if c in df.columns), None)
    if date_col is not None:
        key = df[date_col].astype("string")
        df = df.assign(_k=key.fillna("~")).sort_values(["_k", "doc_id"], kind="stable")
        df = df.drop(columns="_k")
    return df.reset_index(drop=True)
