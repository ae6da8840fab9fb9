"""The reconstructed chronology: event mentions merged into events, ordered by date, with evidence.

:func:`chronology` returns one row per merged event:

==============  =================================================================================
chrono_id       ``c1``, ``c2`` ... in chronological order
label           short headline: ``capture: Hama`` - the class and what the event is about (the
                place, the object noun phrase, a passive's subject, the speaker of a statement);
                just the class when nothing better is known, never the trigger word repeated
class           event class (``capture``, ``statement`` ...)
place           place (GPE/LOC) when known
actors          canonical names, "; "-joined
targets         canonical names, "; "-joined
date_begin      earliest day (``datetime.date``; ``None`` = open)
date_end        latest day (``None`` = open)
precision       ``day`` (begin == end), ``interval`` (both known), ``open`` (one side open), ``undated``
background      True for events more than a year before the newest publication date
anchor_kind     how the best-dated mention got its date (see ``toolkit.events``)
anchor_text     the timex or the linked event it came from
confidence      the best mention's confidence (1.0 after a manual override)
mentions        number of merged mentions
doc_ids         articles that mention it, "; "-joined
event_ids       ``doc_id:event_id`` of the merged mentions
evidence        the sentences, " | "-joined (all of them)
==============  =================================================================================

Mentions are merged when they have the same class (or converse classes: a withdrawal from X is the
capture of X) and the same place or first target and compatible dates (overlapping or open
intervals) - within an article and across articles. Statements merge when they have the same speaker
and compatible dates. Triggers with neither a place/target nor a date are kept as their own rows.

>>> from toolkit.corpus import Article
>>> a = Article.from_text("Rebels captured Hama on Thursday. The capture of Hama shocked Damascus.", published="2024-12-06")
>>> chronology(a, entities=False)[["label", "date_begin", "mentions"]].astype(str).values.tolist()[0]
['capture: Hama', '2024-12-05', '2']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import pandas as pd

from toolkit.corpus import Article, Corpus, as_articles
from toolkit.timeline.events import CONVERSE, events

CHRONOLOGY_COLUMNS = [
    "chrono_id",
    "label",
    "class",
    "place",
    "actors",
    "targets",
    "date_begin",
    "date_end",
    "precision",
    "background",
    "anchor_kind",
    "anchor_text",
    "confidence",
    "mentions",
    "doc_ids",
    "event_ids",
    "evidence",
]


def _compatible(b1, e1, b2, e2) -> bool:
    lo = max((x for x in (b1, b2) if x is not None), default=None)
    hi = min((x for x in (e1, e2) if x is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _none(x):
    return None if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NaT else x


def _merge_key(row: pd.Series, obj_key: str | None) -> tuple[str, str] | None:
    cls = CONVERSE.get(row["class"], row["class"])
    if row["class"] == "statement":
        actor = (row["actors"] or "").split("; ")[0]
        return ("statement", actor) if actor else None
    what = _none(row["place"]) or ((row["targets"] or "").split("; ")[0] or None) or obj_key
    return (cls, what) if what else None


def _object_keys(ev: pd.DataFrame, articles: dict[str, Article]) -> list[str | None]:
    from toolkit.timeline.events import _CAP

    out = []
    for _, r in ev.iterrows():
        if _none(r["place"]) or r["targets"]:
            out.append(None)
            continue
        text = articles[r["doc_id"]].text
        m = _CAP.search(text, int(r["end"]), min(len(text), int(r["end"]) + 40))
        gap = text[int(r["end"]) : m.start()] if m else ""
        out.append(
            m.group() if m and len(gap.split()) <= 4 and not re.search(r"[.;:]", gap) else None
        )
    return out


def _label_object(best: pd.Series, key: tuple[str, str] | None) -> str | None:
    """What the label names: the best mention's object (``toolkit.events``: place, object noun
    phrase, speaker ...), else the merge key; never the trigger word itself."""
    obj = _none(best.get("object"))
    if obj and str(obj).lower() != str(best["trigger"]).lower():
        return str(obj)
    if key is not None and str(key[1]).lower() != str(best["trigger"]).lower():
        return str(key[1])
    if best["class"] == "statement":
        from toolkit.timeline.events import roles

        return roles()["unnamed_speaker"]
    return None


def chronology(
    article_or_corpus: Article | Corpus | Iterable[Article] | pd.DataFrame,
    *,
    entities: bool | str = "auto",
) -> pd.DataFrame:
    """Merge event mentions into events and order them in time (see the module docstring).

    Accepts an article, a corpus, a list of articles, or an events table from :func:`events`.
    """
    if isinstance(article_or_corpus, pd.DataFrame):
        ev = article_or_corpus.copy()
        arts: dict[str, Article] = {}
        obj = [None] * len(ev)
    else:
        articles = as_articles(article_or_corpus)
        arts = {a.id: a for a in articles}
        ev = events(articles, entities=entities)
        # without entity mentions, merge on the capitalised words after the trigger
        no_entities = entities is False or not (
            ev["targets"].astype(bool).any() if len(ev) else False
        )
        obj = _object_keys(ev, arts) if len(ev) and no_entities else [None] * len(ev)
    newest = max((a.published for a in arts.values() if a.published), default=None)
    groups: list[dict] = []
    for (i, r), ok in zip(ev.iterrows(), obj, strict=True):
        b, e = _none(r["date_begin"]), _none(r["date_end"])
        key = _merge_key(r, ok)
        target = None
        if key is not None:
            for g in groups:
                if g["key"] == key and _compatible(g["begin"], g["end"], b, e):
                    target = g
                    break
        if target is None:
            target = {"key": key, "rows": [], "begin": None, "end": None}
            groups.append(target)
        target["rows"].append(i)
        if b is not None:
            target["begin"] = b if target["begin"] is None else max(target["begin"], b)
        if e is not None:
            target["end"] = e if target["end"] is None else min(target["end"], e)
    rows = []
    for g in groups:
        sub = ev.loc[g["rows"]]
        best = sub.sort_values("confidence", ascending=False).iloc[0]
        b, e = g["begin"], g["end"]
        if b is not None and e is not None and b > e:  # should not happen; keep the best mention's
            b, e = _none(best["date_begin"]), _none(best["date_end"])
        cls = CONVERSE.get(best["class"], best["class"]) if g["key"] else best["class"]
        what = _label_object(best, g["key"])
        precision = (
            "undated"
            if b is None and e is None
            else "day"
            if b == e
            else "interval"
            if b is not None and e is not None
            else "open"
        )
        ref = b or e
        background = bool(newest and ref and (newest - ref).days > 365)
        rows.append(
            {
                "label": f"{cls}: {what}" if what else cls,
                "class": cls,
                "place": _none(best["place"]),
                "actors": "; ".join(
                    dict.fromkeys(a for x in sub["actors"] for a in str(x).split("; ") if a)
                ),
                "targets": "; ".join(
                    dict.fromkeys(a for x in sub["targets"] for a in str(x).split("; ") if a)
                ),
                "date_begin": b,
                "date_end": e,
                "precision": precision,
                "background": background,
                "anchor_kind": best["anchor_kind"],
                "anchor_text": best["anchor_text"],
                "confidence": float(best["confidence"]),
                "mentions": len(sub),
                "doc_ids": "; ".join(dict.fromkeys(sub["doc_id"])),
                "event_ids": "; ".join(
                    f"{d}:{x}" for d, x in zip(sub["doc_id"], sub["event_id"], strict=True)
                ),
                "evidence": " | ".join(dict.fromkeys(sub["sentence"])),
            }
        )
    from toolkit.timeline.events import _none_dates

    return _none_dates(_order(pd.DataFrame(rows, columns=CHRONOLOGY_COLUMNS[1:])))


_FAR = dt.date.max


def _order(df: pd.DataFrame) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=CHRONOLOGY_COLUMNS)
    first = [
        (_none(b) or _none(e) or _FAR)
        for b, e in zip(df["date_begin"], df["date_end"], strict=True)
    ]
    last = [
        (_none(e) or _none(b) or _FAR)
        for b, e in zip(df["date_begin"], df["date_end"], strict=True)
    ]
    df = (
        df.assign(_k1=first, _k2=last)
        .sort_values(["_k1", "_k2", "label"], kind="stable")
        .drop(columns=["_k1", "_k2"])
    )
    df = df.reset_index(drop=True)
    df.insert(0, "chrono_id", [f"c{i + 1}" for i in range(len(df))])
    return df[CHRONOLOGY_COLUMNS]


def apply_overrides(chronology_df: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Correct dates by hand: ``overrides`` has ``chrono_id`` (or ``label``), ``date_begin``,
    ``date_end`` and optionally ``note``. Returns a new, re-ordered chronology; the rows changed get
    ``anchor_kind="manual override"``, the note as ``anchor_text`` and confidence 1.0.

    >>> c = pd.DataFrame({"chrono_id": ["c1"], "label": ["capture: Hama"], "date_begin": [None],
    ...     "date_end": [None], "precision": ["undated"], "background": [False], "anchor_kind": ["unknown"],
    ...     "anchor_text": [None], "confidence": [0.1], "class": ["capture"], "place": ["Hama"], "actors": [""],
    ...     "targets": [""], "mentions": [1], "doc_ids": ["a"], "event_ids": ["a:e1"], "evidence": ["..."]})
    >>> o = pd.DataFrame({"label": ["capture: Hama"], "date_begin": ["2024-12-05"], "date_end": ["2024-12-05"]})
    >>> apply_overrides(c, o)[["label", "date_begin", "precision", "anchor_kind"]].astype(str).values.tolist()
    [['capture: Hama', '2024-12-05', 'day', 'manual override']]
    """
    df = chronology_df.copy()
    key = "chrono_id" if "chrono_id" in overrides.columns else "label"
    if key not in overrides.columns:
        raise ValueError("overrides need a 'chrono_id' or 'label' column")
    for _, o in overrides.iterrows():
        mask = df[key] == o[key]
        if not mask.any():
            continue
        b = _as_date(o.get("date_begin"))
        e = _as_date(o.get("date_end"))
        idx = df.index[mask]
        df.loc[idx, "date_begin"] = pd.Series([b] * len(idx), index=idx, dtype=object)
        df.loc[idx, "date_end"] = pd.Series([e] * len(idx), index=idx, dtype=object)
        df.loc[idx, "precision"] = (
            "undated"
            if b is None and e is None
            else "day"
            if b == e
            else "interval"
            if b and e
            else "open"
        )
        df.loc[idx, "anchor_kind"] = "manual override"
        df.loc[idx, "anchor_text"] = str(o.get("note") or "corrected by hand")
        df.loc[idx, "confidence"] = 1.0
    from toolkit.timeline.events import _none_dates

    return _none_dates(_order(df.drop(columns=["chrono_id"])))


def _as_date(x) -> dt.date | None:
    x = _none(x)
    if x is None or x == "":
        return None
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    return dt.date.fromisoformat(str(x)[:10])
