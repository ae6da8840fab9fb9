"""Exports of a chronology: CSV and TimelineJS JSON.

>>> import pandas as pd, datetime as dt
>>> c = pd.DataFrame({"label": ["capture: Hama"], "date_begin": [dt.date(2024, 12, 5)],
...                   "date_end": [dt.date(2024, 12, 5)], "evidence": ["Rebels captured Hama."],
...                   "anchor_kind": ["explicit timex"], "confidence": [0.9], "doc_ids": ["a"]})
>>> to_timelinejs(c)["events"][0]["start_date"]
{'year': 2024, 'month': 12, 'day': 5}
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pandas as pd


def _d(x) -> dt.date | None:
    if x is None or x is pd.NaT or (isinstance(x, float) and pd.isna(x)):
        return None
    if isinstance(x, str):
        return dt.date.fromisoformat(x[:10]) if x else None
    return x


def _tl_date(d: dt.date) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day}


def to_timelinejs(chronology: pd.DataFrame, *, title: str | None = None) -> dict:
    """The chronology as a TimelineJS JSON object (``{"events": [...]}``, plus ``title``).

    Rows without any date are left out (TimelineJS needs a start date). An open interval is shown
    from its known end ("by ...") or its known start ("from ...").
    """
    out: list[dict] = []
    for _, r in chronology.iterrows():
        b, e = _d(r.get("date_begin")), _d(r.get("date_end"))
        if b is None and e is None:
            continue
        start = b or e
        when = "" if b and e else ("by " if b is None else "from ")
        text = (
            f"<p>{html.escape(when)}{html.escape(str(start))} · {html.escape(str(r.get('anchor_kind', '')))}"
            f" · confidence {r.get('confidence', '')}</p>"
            f"<p>{html.escape(str(r.get('evidence', '')))}</p>"
            f"<p><small>{html.escape(str(r.get('doc_ids', '')))}</small></p>"
        )
        ev = {"start_date": _tl_date(start), "text": {"headline": str(r["label"]), "text": text}}
        if b is not None and e is not None and e != b:
            ev["end_date"] = _tl_date(e)
        if r.get("background"):
            ev["group"] = "background"
        out.append(ev)
    obj: dict = {"events": out}
    if title:
        obj["title"] = {"text": {"headline": title, "text": ""}}
    return obj


def write_timelinejs(
    chronology: pd.DataFrame, path: str | Path, *, title: str | None = None
) -> Path:
    """Write :func:`to_timelinejs` to ``path`` (UTF-8 JSON)."""
    p = Path(path)
    p.write_text(
        json.dumps(to_timelinejs(chronology, title=title), indent=2, ensure_ascii=False), "utf-8"
    )
    return p


def to_csv(chronology: pd.DataFrame, path: str | Path) -> Path:
    """Write the chronology as CSV (dates ISO, empty = open)."""
    p = Path(path)
    chronology.to_csv(p, index=False)
    return p
