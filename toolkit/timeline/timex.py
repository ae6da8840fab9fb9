"""Temporal expressions: detection with data-file patterns and normalisation against the DCT.

:func:`timexes` returns one row per temporal expression (TimeML TIMEX3 style):

=============  ==================================================================================
doc_id         article id
sent_id        sentence number (as in ``toolkit.sentences``)
timex_id       ``t1``, ``t2`` ... in text order (``anchor`` may name one)
start, end     character offsets into ``article.text``; ``text`` is ``article.text[start:end]``
type           ``DATE``, ``TIME``, ``DURATION`` or ``SET``
value          TIMEX3 value: ``2024-12-05``, ``2024-12-05TEV``, ``2024-W48-WE``, ``P13Y``,
               ``PAST_REF`` ...; ``None`` when it cannot be resolved (see ``problem``)
date_begin     first day of the resolved interval (``datetime.date`` or ``None`` = open)
date_end       last day of the resolved interval (``None`` = open). Named ``date_*`` because
               ``end`` is the span offset.
granularity    day, week, weekend, month, quarter, year, decade, ..., time, part_of_day, or the
               unit of a duration
anchor         ``none`` (absolute), ``DCT``, a timex id (``t3``), ``event`` or ``unknown``
mod            TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN ...
tz             UTC offset of a time zone written after a time (``+00:00`` for GMT)
tense          tense of the governing verb when it was used (past / present / future)
signal         the preposition just before ("since", "in", "until", "before", "after", "by" ...);
               "since 2022" gets the interval 2022-01-01 .. DCT, "until 2022" open .. 2022-12-31
rule           the pattern (``patterns.tsv``) that fired
problem        why the value is missing or doubtful (impossible date, no DCT, ambiguous order)
=============  ==================================================================================

>>> from toolkit.corpus import Article
>>> art = Article.from_text("Rebels captured Hama late on Thursday.", published="2024-12-06")
>>> timexes(art)[["text", "type", "value", "mod"]].values.tolist()
[['late on Thursday', 'TIME', '2024-12-05TEV', 'END']]
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd

from toolkit._frames import rows_frame
from toolkit.corpus import Article, Corpus, as_articles
from toolkit.errors import ArticleWarning, invalid_value
from toolkit.timeline.normalize import (
    NORMALISERS,
    Context,
    Norm,
    Reject,
    _Unresolved,
    unresolved,
)
from toolkit.timeline.patterns import OUTSIDE_MODS, mod_prefix, patterns, word_categories
from toolkit.timeline.tense import tag_sentence, tense_at

_PRE = re.compile(r"(?<![\w-])(earlier|later)\s+$", re.IGNORECASE)

TIMEX_COLUMNS = [
    "doc_id",
    "sent_id",
    "timex_id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "date_begin",
    "date_end",
    "granularity",
    "anchor",
    "mod",
    "tz",
    "tense",
    "signal",
    "rule",
    "problem",
]

TENSE_KINDS = {"calendar", "weekday", "relative_unit", "season", "quarter", "daypart"}


@dataclass
class Timex:
    """One detected and normalised temporal expression (offsets into the analysed text)."""

    start: int
    end: int
    text: str
    rule: str
    kind: str
    norm: Norm
    tense: str | None = None
    tid: str = ""
    signal: str | None = None


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+")


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and newlines (used when no sentence spans are given)."""
    out, pos = [], 0
    for m in _SENT_SPLIT.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


_WORDS = re.compile(r"[^\W\d_]+|\d+")


def _windows(text: str, before: int = 45, after: int = 60) -> dict[str, list[tuple[int, int]]]:
    """Per word category, the stretches of text around its words; patterns only run there (speed)."""
    cats = word_categories()
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _WORDS.finditer(text):
        w = m.group()
        found = ("digit",) if w[0].isdigit() else cats.get(w.lower(), ())
        if not found:
            continue
        s, e = max(0, m.start() - before), min(n, m.end() + after)
        for c in found:
            hits.setdefault(c, []).append((s, e))
    return hits


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    n = len(text)
    for s, e in sorted(spans):
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        while e < n and not text[e].isspace():
            e += 1
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _candidates(text: str) -> list[tuple[int, int, int, object, re.Match[str]]]:
    cands = []
    by_cat = _windows(text)
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}
    for pat in patterns():
        if pat.needs not in merged:
            merged[pat.needs] = _merge([w for c in pat.needs for w in by_cat.get(c, ())], text)
        windows = merged[pat.needs]
        for m in (m for ws, we in windows for m in pat.regex.finditer(text, ws, we)):
            if "span" in pat.regex.groupindex and m.group("span") is not None:
                s, e = m.span("span")
            else:
                s, e = m.span()
            # trim spaces the optional groups may leave
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                cands.append((s, e, pat.order, pat, m))
    # the same match can come from two overlapping windows' edges: keep one
    cands = list({(c[0], c[1], c[2]): c for c in cands}.values())
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    return cands


def tag(
    text: str,
    dct: dt.date | None,
    *,
    sentences: Iterable[tuple[int, int]] | None = None,
    dayfirst: bool | None = None,
) -> list[Timex]:
    """Find and normalise the temporal expressions of a plain string against ``dct``.

    The engine under :func:`timexes`; the benchmark calls it on TimeML text. ``sentences`` are
    ``(start, end)`` spans (default: a punctuation splitter).

    >>> [(t.text, t.norm.value) for t in tag("He left on Friday, 5 Dec 2024.", dt.date(2024, 12, 8))]
    [('Friday, 5 Dec 2024', '2024-12-05')]
    """
    sents = list(sentences) if sentences is not None else simple_sentences(text)
    taken = bytearray(len(text) + 1)
    chosen: list[tuple[int, int, object, re.Match[str]]] = []
    for s, e, _order, pat, m in _candidates(text):
        if any(taken[s:e]):
            continue
        g = m.groupdict()
        if not _plausible(pat.kind, g):
            continue
        chosen.append((s, e, pat, m))
        taken[s:e] = b"\x01" * (e - s)
    chosen.sort(key=lambda c: c[0])
    tagged: dict[int, list] = {}
    previous: list[tuple[str, Norm]] = []
    out: list[Timex] = []
    mod_rx = mod_prefix()
    for s, e, pat, m in chosen:
        g = m.groupdict()
        if pat.kind not in ("ref", "set") and s > 0:
            mm = mod_rx.search(text, max(0, s - 30), s)
            if mm and not any(taken[mm.start() : s]):
                g["mod"] = mm.group("mod")
                if mm.group("mod").lower() not in OUTSIDE_MODS:
                    s = mm.start()
            pm = _PRE.search(text, max(0, s - 12), s)
            if pm:  # "earlier this month", "later Friday": kept outside the span
                g["pre"] = pm.group(1).lower()
        tense = None
        if pat.kind in TENSE_KINDS and dct is not None:
            si = _sentence_of(sents, s)
            if si is not None:
                ss, se = sents[si]
                if si not in tagged:
                    tagged[si] = tag_sentence(text[ss:se])
                tense = tense_at(tagged[si], s - ss, e - ss)
        same = None
        if previous:
            si_prev = _sentence_of(sents, s)
            tid_p, n_p = previous[-1]
            t_p = out[int(tid_p[1:]) - 1]
            si_p = _sentence_of(sents, t_p.start)
            if si_prev is not None and si_p is not None and si_prev - si_p <= 1:
                same = (tid_p, n_p)
        ctx = Context(dct, tense, previous, text[e : e + 40], dayfirst, same)
        try:
            norm = NORMALISERS[pat.kind](g, ctx, text[s:e])
        except Reject:
            continue
        except _Unresolved:
            norm = unresolved(pat.kind, g, text[s:e])
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            norm = Norm("DATE", None, anchor="unknown", problem=f"could not normalise: {exc}")
        tid = f"t{len(out) + 1}"
        # a date followed by a time ("Friday at 2 pm"): let the time take the date
        if norm.granularity == "day" and re.match(r"^,?\s+(?:at\s+)?\d", text[e : e + 8]):
            norm.extra["adjacent_to_next"] = True
        out.append(Timex(s, e, text[s:e], pat.rule, pat.kind, norm, tense, tid))
        if (
            norm.begin is not None
            and norm.type in ("DATE", "TIME")
            and norm.granularity not in ("present", "past", "future")
        ):
            previous.append((tid, norm))
    out = _merge_time_date(text, out)
    for t in out:
        sm = _SIGNAL.search(text, max(0, t.start - 12), t.start)
        if sm:
            t.signal = sm.group(1).lower()
            n = t.norm
            if t.signal == "since" and n.begin is not None and dct is not None and n.type == "DATE":
                n.until = max(dct, n.until or dct)
            elif t.signal in ("until", "till", "by") and n.until is not None and n.type == "DATE":
                n.begin = None
    return out


_SIGNAL = re.compile(
    r"(?<![\w-])(since|in|on|at|until|till|by|before|after|during|from|through|throughout|for|over|within)\s+$",
    re.IGNORECASE,
)


_JOIN = re.compile(r"^\s*,?\s*(?:on\s+|at\s+)?$")


def _merge_time_date(text: str, found: list[Timex]) -> list[Timex]:
    """Join "9 a.m. Tuesday" / "Friday at 2:30 pm" into one TIME timex."""
    out: list[Timex] = []
    for t in found:
        if out:
            p = out[-1]
            pair = None
            if p.rule.startswith("time") and t.norm.granularity == "day" and t.norm.begin:
                pair = (p, t)
            elif t.rule.startswith("time") and p.norm.granularity == "day" and p.norm.begin:
                pair = (t, p)
            if pair and _JOIN.match(text[p.end : t.start]) and pair[0].norm.value:
                clock, day = pair
                hhmm = clock.norm.value.split("T", 1)[1]
                n = clock.norm
                n.value = f"{day.norm.begin.isoformat()}T{hhmm}"
                n.begin = n.until = day.norm.begin
                n.anchor = day.norm.anchor
                out[-1] = Timex(
                    p.start,
                    t.end,
                    text[p.start : t.end],
                    clock.rule,
                    clock.kind,
                    n,
                    day.tense,
                    p.tid,
                )
                continue
        out.append(t)
    for i, t in enumerate(out):  # renumber
        old = t.tid
        t.tid = f"t{i + 1}"
        if old != t.tid:
            for u in out:
                if u.norm.anchor == old:
                    u.norm.anchor = t.tid
    return out


def _plausible(kind: str, g: dict) -> bool:
    """Cheap checks before a candidate may take its span (so a shorter reading can win)."""
    if g.get("month") is not None and not g["month"][0].isupper():
        return False
    if g.get("weekday") is not None and not g["weekday"][0].isupper():
        return False
    if (
        g.get("weekday") is not None
        and len(g["weekday"].rstrip(".")) <= 3
        and not g["weekday"].endswith(".")
    ):
        return False
    if kind == "season" and not g.get("rel") and not g.get("year") and g.get("span") is None:
        return False
    if kind == "calendar" and g.get("month") and not g.get("day") and not g.get("year"):
        mname = g["month"].lower().rstrip(".")
        if mname in (
            "mar",
            "jan",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "feb",
            "apr",
        ):
            return False
    return True


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> int | None:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return None


def article_tags(article: Article, *, dayfirst: bool | None = None) -> list[Timex]:
    """:func:`tag` over the article's sentences, computed once per article (kept in
    ``article._memo``: :func:`timexes` and ``toolkit.events`` share it). Treat as read-only."""
    from toolkit.text import iter_sentence_spans

    key = ("timeline.tag", dayfirst)
    found = article._memo.get(key)
    if found is None:
        spans = [(s, e) for s, e, _b, _k in iter_sentence_spans(article)]
        found = article._memo[key] = tag(
            article.text, article.published, sentences=spans, dayfirst=dayfirst
        )
    return found


def _rows(article: Article, *, dayfirst: bool | None) -> Iterator[tuple]:
    from toolkit.text import iter_sentence_spans

    spans = [(s, e) for s, e, _b, _k in iter_sentence_spans(article)]
    found = article_tags(article, dayfirst=dayfirst)
    if article.published is None and any(t.norm.anchor == "unknown" for t in found):
        warnings.warn(
            f"{article.id}: no publication date; relative temporal expressions left unresolved",
            ArticleWarning,
            stacklevel=3,
        )
    for t in found:
        n = t.norm
        yield (
            article.id,
            _sentence_of(spans, t.start),
            t.tid,
            t.start,
            t.end,
            t.text,
            n.type,
            n.value,
            n.begin,
            n.until,
            n.granularity,
            n.anchor,
            n.mod,
            n.tz,
            t.tense,
            t.signal,
            t.rule,
            n.problem,
        )


def timexes(
    article: Article | Corpus | Iterable[Article],
    *,
    dayfirst: bool | None = None,
) -> pd.DataFrame:
    """One row per temporal expression, normalised against the publication date (DCT).

    ``dayfirst``: how to read an ambiguous numeric date such as 12/06/2024: ``True`` (UK,
    6 December), ``False`` (US, 12 June) or ``None`` (the reading nearest the DCT; the row's
    ``problem`` says so). See the module docstring for the columns.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("Rebels took Aleppo last weekend, after a 13-year war.", published="2024-12-06")
    >>> t = timexes(art)
    >>> t[["text", "value"]].values.tolist()
    [['last weekend', '2024-W48-WE'], ['13-year', 'P13Y']]
    >>> t["date_begin"].tolist()
    [datetime.date(2024, 11, 30), None]
    """
    if dayfirst not in (None, True, False):
        raise invalid_value("dayfirst", dayfirst, (None, True, False))
    from toolkit.timeline.events import _NONE_COLUMNS

    rows = [row for art in as_articles(article) for row in _rows(art, dayfirst=dayfirst)]
    return rows_frame(rows, TIMEX_COLUMNS, none_for_missing=_NONE_COLUMNS)
