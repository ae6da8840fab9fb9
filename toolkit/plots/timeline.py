"""Timeline chart of a chronology (``toolkit.chronology``): one row per event, on a date axis.

Intervals are bars, single days are markers, open intervals are dashed lines running off the known
end with an arrow, and every event has its own row so labels never overlap. Background events
(``background`` column: more than a year before the newest article) go in a separate left panel
with a year axis, so the recent days stay readable on the right.

>>> import datetime as dt, pandas as pd
>>> c = pd.DataFrame({"label": ["capture: Aleppo", "statement: minister", "war"],
...     "date_begin": [dt.date(2024, 11, 30), dt.date(2024, 12, 5), dt.date(2011, 1, 1)],
...     "date_end": [dt.date(2024, 12, 1), dt.date(2024, 12, 5), dt.date(2024, 12, 6)],
...     "background": [False, False, True], "anchor_kind": ["explicit timex"] * 3,
...     "confidence": [0.8, 0.9, 0.5]})
>>> fig = timeline(c)
>>> len(fig.axes)
2
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

ANCHOR_COLORS = {
    "explicit timex": "#1b9e77",
    "relative to another event": "#7570b3",
    "relative to DCT by tense": "#d95f02",
    "background fact": "#666666",
    "manual override": "#e7298a",
    "unknown": "#bbbbbb",
}


def _d(x: Any) -> dt.date | None:
    if x is None or x is pd.NaT or (isinstance(x, float) and pd.isna(x)):
        return None
    if isinstance(x, str):
        return dt.date.fromisoformat(x[:10]) if x else None
    if isinstance(x, pd.Timestamp):
        return x.date()
    return x


def _draw(ax, rows: pd.DataFrame, lo: dt.date, hi: dt.date, *, years: bool) -> None:
    import matplotlib.dates as mdates

    one = dt.timedelta(days=1)
    for y, (_, r) in enumerate(rows.iterrows()):
        b, e = _d(r.get("date_begin")), _d(r.get("date_end"))
        color = ANCHOR_COLORS.get(str(r.get("anchor_kind")), "#377eb8")
        alpha = 0.35 + 0.65 * float(r.get("confidence", 0.5) or 0.5)
        if b is not None and e is not None and b == e:
            ax.plot([b + one / 2], [y], marker="D", color=color, alpha=alpha, markersize=7)
        elif b is not None and e is not None:
            ax.barh(y, (e - b) + one, left=b, height=0.5, color=color, alpha=alpha)
        elif b is not None:  # open end
            ax.plot([b, hi], [y, y], ls="--", color=color, alpha=alpha)
            ax.plot([b], [y], marker="|", color=color, markersize=10)
            ax.plot([hi], [y], marker=">", color=color, alpha=alpha)
        elif e is not None:  # open start
            ax.plot([lo, e + one], [y, y], ls="--", color=color, alpha=alpha)
            ax.plot([e + one], [y], marker="|", color=color, markersize=10)
            ax.plot([lo], [y], marker="<", color=color, alpha=alpha)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([str(x) for x in rows["label"]], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(lo, hi)
    ax.grid(axis="x", alpha=0.3)
    if years:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    for lab in ax.get_xticklabels():
        lab.set_rotation(30)
        lab.set_ha("right")


def _range(rows: pd.DataFrame, pad_days: int) -> tuple[dt.date, dt.date]:
    ds = [d for col in ("date_begin", "date_end") for d in map(_d, rows[col]) if d is not None]
    lo, hi = min(ds), max(ds)
    pad = dt.timedelta(days=max(pad_days, (hi - lo).days // 20))
    return lo - pad, hi + pad + dt.timedelta(days=1)


def timeline(chronology_df: pd.DataFrame, *, ax: Any = None, title: str | None = "Chronology"):
    """Draw the chronology and return the matplotlib Figure.

    With ``ax`` given, only the recent events are drawn on it (background events are skipped);
    otherwise a new figure gets a left panel for background events when there are any. Rows
    without a date are left out. Colours show where the date came from (``anchor_kind``), opacity
    the confidence.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    df = chronology_df.copy()
    if "background" not in df.columns:
        df["background"] = False
    mask = pd.Series(
        [
            _d(b) is not None or _d(e) is not None
            for b, e in zip(df["date_begin"], df["date_end"], strict=True)
        ],
        index=df.index,
        dtype=bool,
    )
    dated = df.loc[mask]
    recent = dated[~dated["background"].astype(bool)]
    back = dated[dated["background"].astype(bool)]
    if ax is not None:
        fig = ax.figure
        axes = [(ax, recent, False)]
    elif len(back):
        n = max(len(recent), len(back), 3)
        fig, (ax_b, ax_r) = plt.subplots(
            1, 2, figsize=(12, 1.2 + 0.32 * n), gridspec_kw={"width_ratios": [1, 2.2]}
        )
        axes = [(ax_b, back, True), (ax_r, recent, False)]
    else:
        fig, ax_r = plt.subplots(figsize=(10, 1.2 + 0.32 * max(len(recent), 3)))
        axes = [(ax_r, recent, False)]
    for a, rows, years in axes:
        if rows.empty:
            a.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=a.transAxes)
            a.set_yticks([])
            continue
        lo, hi = _range(rows, 180 if years else 1)
        _draw(a, rows, lo, hi, years=years)
        a.set_title("background (years)" if years else "recent events (days)", fontsize=9)
    used = sorted(set(dated["anchor_kind"].astype(str))) if "anchor_kind" in dated.columns else []
    handles = [Patch(color=ANCHOR_COLORS.get(k, "#377eb8"), label=k) for k in used]
    if handles:
        axes[-1][0].legend(
            handles=handles, fontsize=7, loc="lower right", title="date from", title_fontsize=7
        )
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig
