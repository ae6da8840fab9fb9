"""Normalise a matched temporal expression to a TIMEX3 value and a date interval.

Each *kind* of pattern (column 2 of ``patterns.tsv``) has a normaliser here. A normaliser reads the
named groups of the match, the document creation time (DCT), the tense of the governing verb and
the previous timexes, and returns a :class:`Norm`. Date arithmetic uses ``dateutil.relativedelta``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from toolkit.timeline.patterns import lexicon, word_value

RELATIVE_KINDS = {
    "weekday",
    "relative_unit",
    "season",
    "quarter_rel",
    "offset",
    "ref",
    "dayword",
    "daypart",
    "relday",
}

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass
class Norm:
    """The normalised reading of one timex."""

    type: str
    value: str | None
    begin: dt.date | None = None
    until: dt.date | None = None
    granularity: str | None = None
    anchor: str = "none"
    mod: str | None = None
    tz: str | None = None
    problem: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What a normaliser may look at besides the match."""

    dct: dt.date | None
    tense: str | None
    previous: list[tuple[str, Norm]]  # (timex id, norm) of earlier timexes with a day/month value
    following_text: str
    dayfirst: bool | None = None
    extra_previous_same_sentence: tuple[str, Norm] | None = None


class Reject(Exception):
    """The match is not a timex after all (e.g. "may" the verb)."""


# ----------------------------------------------------------------------------------- helpers
def _num(word: str | None) -> float | None:
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower()).replace(",", "")
    try:
        return float(w)
    except ValueError:
        pass
    v = lexicon()["numbers"].get(w)
    if v is not None:
        return float(v)
    m = re.match(r"(\w+)[- ](\w+)$", w)
    if m:
        a, b = lexicon()["numbers"].get(m.group(1)), lexicon()["numbers"].get(m.group(2))
        if a is not None and b is not None:
            return float(a + b)
    return None  # vague ("several")


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit_code(unit: str) -> str:
    return lexicon()["units"][unit.lower().rstrip(".")]


def day_value(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_interval(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_interval(y: int, m: int) -> tuple[dt.date, dt.date]:
    first = dt.date(y, m, 1)
    return first, first + relativedelta(months=1) - dt.timedelta(days=1)


def year_interval(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter_interval(y: int, q: int) -> tuple[dt.date, dt.date]:
    first = dt.date(y, 3 * (q - 1) + 1, 1)
    return first, first + relativedelta(months=3) - dt.timedelta(days=1)


def _mod(groups: dict[str, str | None]) -> str | None:
    m = groups.get("mod")
    if not m:
        return None
    return word_value("mods", m)


def _need_dct(ctx: Context) -> dt.date:
    if ctx.dct is None:
        raise _Unresolved()
    return ctx.dct


class _Unresolved(Exception):
    """A relative expression without a DCT."""


def _capital(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _month_num(g: dict[str, str | None]) -> int | None:
    if g.get("nmonth"):
        return int(g["nmonth"])
    if g.get("month"):
        return word_value("months", g["month"])
    return None


def _tense_score(delta_days: int, tense: str | None) -> float:
    """Distance of a candidate from the DCT, doubled when it runs against the tense."""
    d = abs(delta_days)
    if delta_days < 0:  # candidate in the past
        return d * (2.0 if tense == "future" else 1.0)
    if delta_days > 0:
        return d * (2.0 if tense == "past" else 1.5)
    return 0.0


def _pick_year_for_month_day(month: int, day: int, ctx: Context) -> int:
    """Year for a day-month without year: the nearest to the DCT, weighted by tense."""
    dct = _need_dct(ctx)
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        raise ValueError("impossible date")
    return min(cands, key=lambda c: (_tense_score((c - dct).days, ctx.tense), c)).year


def _pick_year_for_month(month: int, rel: str | None, ctx: Context) -> int:
    dct = _need_dct(ctx)
    if rel in ("last", "past", "previous"):
        return dct.year if month < dct.month else dct.year - 1
    if rel in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    here = dct.year * 12 + dct.month - 1
    cands = [y for y in (dct.year - 1, dct.year, dct.year + 1)]
    return min(cands, key=lambda y: (_tense_score(30 * (y * 12 + month - 1 - here), ctx.tense), y))


# --------------------------------------------------------------------------------- normalisers
def n_calendar(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    month = _month_num(g)
    if g.get("month") and not _capital(g["month"]):
        raise Reject
    if g.get("weekday") and not _capital(g["weekday"]):
        raise Reject
    mod = _mod(g)
    year = int(g["year"]) if g.get("year") else None
    day = int(g["day"]) if g.get("day") else None
    if month is None:
        raise Reject
    mname = (g.get("month") or "").lower().rstrip(".")
    if (
        day is None
        and year is None
        and mname
        in ("mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "sept")
    ):
        raise Reject  # a bare abbreviation is too ambiguous
    problem = None
    anchor = "none"
    if year is not None and ctx.dct is not None and year > ctx.dct.year + 50:
        problem = f"far-future year {year}"
    if day is not None:
        if year is None and g.get("weekday") and ctx.dct is not None:
            wd = word_value("weekdays", g["weekday"])
            for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
                try:
                    if dt.date(y, month, day).weekday() == wd:
                        year, anchor = y, "DCT"
                        break
                except ValueError:
                    pass
        if year is None:
            anchor = "DCT"
            try:
                year = _pick_year_for_month_day(month, day, ctx)
            except ValueError:
                return Norm(
                    "DATE", None, anchor=anchor, mod=mod, problem=f"impossible date: {text!r}"
                )
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return Norm("DATE", None, anchor=anchor, mod=mod, problem=f"impossible date: {text!r}")
        value = d.isoformat()
        if g.get("hour"):
            return Norm("TIME", f"{value}T{g['hour']}:{g['minute']}", d, d, "time", anchor, mod)
        if g.get("weekday"):
            wd = word_value("weekdays", g["weekday"])
            if wd is not None and wd != d.weekday():
                problem = f"weekday {g['weekday']} does not match {value}"
        return Norm("DATE", value, d, d, "day", anchor, mod, problem=problem)
    if year is None and g.get("relyear"):
        anchor = "DCT"
        year = _need_dct(ctx).year + {"last": -1, "next": 1}.get(g["relyear"].lower(), 0)
    if year is None:
        anchor = "DCT"
        year = _pick_year_for_month(month, (g.get("rel") or "").lower() or None, ctx)
    b, e = month_interval(year, month)
    return Norm("DATE", f"{year}-{month:02d}", b, e, "month", anchor, mod, problem=problem)


def n_numeric_date(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    n1, n2, n3 = int(g["n1"]), int(g["n2"]), g["n3"]
    year = int(n3)
    if len(n3) == 2:
        base = (ctx.dct.year if ctx.dct else 2000) % 100
        year += 2000 if year <= base + 10 else 1900
    readings = []
    for dayfirst in (False, True):
        m, d = (n2, n1) if dayfirst else (n1, n2)
        try:
            readings.append((dayfirst, dt.date(year, m, d)))
        except ValueError:
            continue
    if not readings:
        return Norm("DATE", None, problem=f"impossible date: {text!r}")
    problem = None
    dates = {r[1] for r in readings}
    if len(dates) > 1:
        if ctx.dayfirst is not None:
            readings = [r for r in readings if r[0] == ctx.dayfirst]
            problem = f"ambiguous day/month order; used dayfirst={ctx.dayfirst}"
        elif ctx.dct is not None:
            readings.sort(key=lambda r: abs((r[1] - ctx.dct).days))
            problem = "ambiguous day/month order; took the reading nearest the DCT"
        else:
            problem = "ambiguous day/month order; took month/day (US)"
    d = readings[0][1]
    return Norm("DATE", d.isoformat(), d, d, "day", "none", problem=problem)


def _weekday_date(wd: int, rel: str | None, ctx: Context) -> dt.date:
    dct = _need_dct(ctx)
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel == "last" or rel == "past" or rel == "previous":
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return dct + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return week_interval(dct)[0] + dt.timedelta(days=wd)
    if ctx.tense == "past":
        return dct - dt.timedelta(days=back)
    if ctx.tense == "future":
        return dct + dt.timedelta(days=ahead)
    # no clear tense: the nearest, with a bias to the past (news reports look back)
    return dct - dt.timedelta(days=back) if back <= ahead + 1 else dct + dt.timedelta(days=ahead)


def n_weekday(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    wname = g["weekday"]
    if not _capital(wname):
        raise Reject
    if len(wname.rstrip(".")) <= 3 and not wname.endswith("."):
        raise Reject
    wd = word_value("weekdays", wname)
    d = _weekday_date(wd, (g.get("rel") or "").lower() or None, ctx)
    mod = _mod(g)
    pod = g.get("pod")
    if pod:
        code = word_value("parts_of_day", pod)
        return Norm("TIME", f"{d.isoformat()}T{code}", d, d, "part_of_day", "DCT", mod)
    if mod == "END" and (g.get("mod") or "").lower() == "late":
        # "late on Thursday": the evening of that day
        return Norm("TIME", f"{d.isoformat()}TEV", d, d, "part_of_day", "DCT", mod)
    return Norm("DATE", d.isoformat(), d, d, "day", "DCT", mod)


def _unit_shift(dct: dt.date, unit: str, n: int) -> dt.date:
    if unit == "Y":
        return dct + relativedelta(years=n)
    if unit == "M":
        return dct + relativedelta(months=n)
    if unit in ("W", "WE"):
        return dct + relativedelta(weeks=n)
    if unit == "Q":
        return dct + relativedelta(months=3 * n)
    if unit == "DE":
        return dct + relativedelta(years=10 * n)
    if unit == "CE":
        return dct + relativedelta(years=100 * n)
    return dct + relativedelta(days=n)


def _unit_value(d: dt.date, unit: str) -> tuple[str, dt.date, dt.date, str]:
    if unit == "Y":
        return str(d.year), *year_interval(d.year), "year"
    if unit == "M":
        return f"{d.year}-{d.month:02d}", *month_interval(d.year, d.month), "month"
    if unit == "W":
        return week_value(d), *week_interval(d), "week"
    if unit == "WE":
        sat = week_interval(d)[0] + dt.timedelta(days=5)
        return f"{week_value(d)}-WE", sat, sat + dt.timedelta(days=1), "weekend"
    if unit == "Q":
        q = (d.month - 1) // 3 + 1
        return f"{d.year}-Q{q}", *quarter_interval(d.year, q), "quarter"
    if unit == "DE":
        y0 = d.year // 10 * 10
        return str(d.year // 10), dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade"
    if unit == "CE":
        y0 = d.year // 100 * 100
        return str(d.year // 100), dt.date(y0, 1, 1), dt.date(y0 + 99, 12, 31), "century"
    return d.isoformat(), d, d, "day"


def n_relative_unit(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    unit = _unit_code(g["unit"])
    rel = (g.get("rel") or "").lower() or None
    mod = _mod(g)
    has_the = bool(g.get("the"))
    if has_the and rel in ("last", "past", "next", "coming", "previous", "following"):
        # "the past week", "the next month": a duration reaching to/from the DCT
        dct = _need_dct(ctx)
        if rel in ("next", "coming", "following"):
            b, e = dct, _unit_shift(dct, unit, 1)
        else:
            b, e = _unit_shift(dct, unit, -1), dct
        code = {"DE": "10Y", "CE": "100Y"}.get(unit, f"1{unit}")
        return Norm("DURATION", f"P{code}", b, e, unit, "DCT", mod)
    if rel in ("same", "that") or (has_the and rel == "following"):
        prev = [n for _, n in ctx.previous if n.begin is not None]
        if prev:
            base = prev[-1].begin
            if rel == "following":
                base = _unit_shift(base, unit, 1)
            value, b, e, gran = _unit_value(base, unit)
            return Norm("DATE", value, b, e, gran, ctx.previous[-1][0], mod)
    dct = _need_dct(ctx)
    if unit == "WE":
        monday = week_interval(dct)[0]
        if rel in ("last", "past", "previous"):
            d = monday - dt.timedelta(days=2)
        elif rel in ("next", "coming", "following"):
            d = monday + dt.timedelta(days=12)
        elif rel == "this":
            d = monday + dt.timedelta(days=5)
        else:  # "the weekend": by tense
            if ctx.tense == "past" or (ctx.tense is None and dct.weekday() <= 2):
                d = (
                    monday - dt.timedelta(days=2)
                    if dct.weekday() < 5
                    else monday + dt.timedelta(days=5)
                )
            else:
                d = monday + dt.timedelta(days=5)
        value, b, e, gran = _unit_value(d, "WE")
        return Norm("DATE", value, b, e, gran, "DCT", mod)
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel or "", 0
    )
    d = _unit_shift(dct, unit, shift)
    value, b, e, gran = _unit_value(d, unit)
    pre = g.get("pre")
    if pre == "earlier" and shift == 0:
        e = min(e, dct)
    elif pre == "later" and shift == 0:
        b = max(b, dct)
    return Norm("DATE", value, b, e, gran, "DCT", mod)


def n_season(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    code = word_value("seasons", g["season"])
    rel = (g.get("rel") or "").lower() or None
    if rel is None and not g.get("year") and g.get("span") is None:
        raise Reject  # "the summer" alone: too vague to be sure it is a date
    mod = _mod(g)
    if g.get("year"):
        y = int(g["year"])
        anchor = "none"
    else:
        dct = _need_dct(ctx)
        anchor = "DCT"
        sm = SEASON_START[code]
        cur_y = dct.year if not (code == "WI" and dct.month <= 2) else dct.year - 1
        ended = dct.month >= sm + 3 if code != "WI" else (dct.month >= 3 and dct.month < 12)
        if rel in ("last", "past", "previous") or (rel is None and ctx.tense == "past"):
            y = cur_y if ended else cur_y - 1
            if rel is None and not ended and dct.month >= sm:
                y = cur_y
        elif rel in ("next", "coming") or (rel is None and ctx.tense == "future"):
            y = (
                cur_y
                if dct.month < sm and code != "WI"
                else cur_y + (0 if code == "WI" and dct.month < 12 else 1)
            )
        else:
            y = cur_y
    sm = SEASON_START[code]
    b = dt.date(y, sm, 1)
    e = b + relativedelta(months=3) - dt.timedelta(days=1)
    return Norm("DATE", f"{y}-{code}", b, e, "season", anchor, mod)


def n_year(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    y = int(g["year"])
    problem = None
    if ctx.dct is not None and y > ctx.dct.year + 50:
        problem = f"far-future year {y}"
    b, e = year_interval(y)
    return Norm("DATE", str(y), b, e, "year", "none", _mod(g), problem=problem)


def n_decade(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    if g.get("decade"):
        y0 = int(g["decade"])
    else:
        d2 = int(g["decade2"])
        base = ctx.dct.year if ctx.dct else 2000
        y0 = (base // 100) * 100 + d2
        if y0 > base:
            y0 -= 100
    if y0 % 100 == 0 and not g.get("decade2") and "'" not in text and "’" not in text:
        # "the 1800s" is a century
        return Norm(
            "DATE",
            str(y0 // 100),
            dt.date(y0, 1, 1),
            dt.date(y0 + 99, 12, 31),
            "century",
            "none",
            _mod(g),
        )
    return Norm(
        "DATE", str(y0 // 10), dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "none", _mod(g)
    )


def n_century(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    n = int(g["cent"]) if g.get("cent") else word_value("ordinals", g["centw"])
    y0 = (n - 1) * 100
    return Norm(
        "DATE",
        f"{n - 1:02d}",
        dt.date(max(y0, 1), 1, 1),
        dt.date(y0 + 99, 12, 31),
        "century",
        "none",
        _mod(g),
    )


_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def n_quarter(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    q = int(g["ordqn"]) if g.get("ordqn") else _QORD[g["ordq"].lower()]
    rel = (g.get("rel") or "").lower() or None
    if g.get("year"):
        y, anchor = int(g["year"]), "none"
    else:
        dct = _need_dct(ctx)
        anchor = "DCT"
        cur = (dct.month - 1) // 3 + 1
        y = dct.year
        if (
            rel in ("last", "previous")
            or (q > cur and ctx.tense == "past")
            or (q >= cur and rel == "latest")
        ):
            y = dct.year - 1 if q >= cur else dct.year
        elif rel == "next" or (q < cur and ctx.tense == "future"):
            y = dct.year + 1 if q <= cur else dct.year
    b, e = quarter_interval(y, q)
    return Norm("DATE", f"{y}-Q{q}", b, e, "quarter", anchor, _mod(g))


def n_quarter_rel(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    dct = _need_dct(ctx)
    rel = (g.get("rel") or "").lower() or None
    shift = {"current": 0, "this": 0, "year-earlier": -5, "year-ago": -5}.get(rel or "", -1)
    near = ctx.extra_previous_same_sentence
    if (
        rel in ("year-earlier", "year-ago")
        and near is not None
        and near[1].granularity == "quarter"
    ):
        base = near[1].begin + relativedelta(years=-1)
    elif rel == "same" and ctx.previous:
        base = ctx.previous[-1][1].begin or dct
    else:
        base = dct + relativedelta(months=3 * shift)
    value, b, e, gran = _unit_value(base, "Q")
    return Norm("DATE", value, b, e, gran, "DCT")


def n_half(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    h = 1 if g["ordh"].lower() == "first" else 2
    if g.get("year"):
        y, anchor = int(g["year"]), "none"
    else:
        dct = _need_dct(ctx)
        anchor = "DCT"
        rel = (g.get("rel") or "").lower()
        y = dct.year + {"last": -1, "next": 1}.get(rel, 0)
    b = dt.date(y, 1 if h == 1 else 7, 1)
    return Norm(
        "DATE", f"{y}-H{h}", b, b + relativedelta(months=6) - dt.timedelta(days=1), "half", anchor
    )


def n_duration(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    unit = _unit_code(g["unit"])
    n = _num(g["num"])
    if unit == "S" and g["num"].lower() in ("a", "an"):
        raise Reject  # "a second time"
    if unit in ("DE", "CE") and n is not None:
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    time_unit = unit in ("S", "H") or g["unit"].lower().startswith("minute")
    amount = "X" if n is None else _fmt_num(n)
    value = f"PT{amount}{unit}" if time_unit else f"P{amount}{unit}"
    if g.get("half") and n is not None:
        whole = int(n)
        half = {"Y": "6M", "D": "T12H", "H": "30M", "M": "30S" if time_unit else "15D"}.get(unit)
        if half is None:
            value = f"P{whole + 0.5:g}{unit}"
        elif time_unit:
            value = f"PT{whole}{unit}{half}"
        else:
            value = f"P{whole}{unit}{half}"
    first = (g.get("first") or "").lower()
    mod = _mod(g)
    b = e = None
    anchor = "none"
    if (
        first in ("last", "past", "previous", "recent", "next", "coming", "following")
        and n is not None
        and not time_unit
    ):
        if ctx.dct is not None:
            anchor = "DCT"
            k = int(n) if n == int(n) else n
            if first in ("next", "coming", "following"):
                b, e = ctx.dct, _unit_shift(ctx.dct, unit, int(k))
            else:
                b, e = _unit_shift(ctx.dct, unit, -int(k)), ctx.dct
        else:
            anchor = "unknown"
    return Norm("DURATION", value, b, e, unit, anchor, mod)


def n_vague_duration(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    unit = _unit_code(g["unit"])
    time_unit = unit in ("S", "H") or g["unit"].lower().startswith("minute")
    return Norm("DURATION", f"PTX{unit}" if time_unit else f"PX{unit}", granularity=unit)


def _previous_day(ctx: Context) -> tuple[str, Norm] | None:
    for tid, n in reversed(ctx.previous):
        if n.granularity in ("day", "part_of_day", "time") and n.begin is not None:
            return tid, n
    return None


def n_offset(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    unit = _unit_code(g["unit"])
    n = _num(g.get("num") or "one")
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor="DCT")
    base, anchor = None, "DCT"
    near = ctx.extra_previous_same_sentence
    if (
        unit == "Y"
        and n == int(n)
        and near is not None
        and near[1].granularity in ("quarter", "half")
    ):
        # "third-quarter profit ... a year earlier / a year ago": the same period a year before
        tid, prev = near
        d = _unit_shift(prev.begin, "Y", int(sign * n))
        gran = {"quarter": "Q"}.get(prev.granularity)
        if gran:
            value, b, e, g2 = _unit_value(d, gran)
            return Norm("DATE", value, b, e, g2, tid)
    if direction in ("earlier", "later", "before", "after") and unit == "D":
        prev = _previous_day(ctx)
        if prev is not None:
            anchor, base = prev[0], prev[1].begin
    if base is None:
        base = _need_dct(ctx)
    if unit == "H" or g["unit"].lower().startswith("minute"):
        return Norm(
            "TIME", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor=anchor, granularity="time"
        )
    d = _unit_shift(base, unit, int(sign * n))
    value, b, e, gran = _unit_value(d, "Y" if unit in ("DE", "CE") else unit)
    return Norm("DATE", value, b, e, gran, anchor)


def n_ref(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    value = word_value("references", g["ref"])
    dct = ctx.dct
    if value == "PRESENT_REF":
        return Norm("DATE", value, dct, dct, "present", "DCT" if dct else "unknown")
    if value == "PAST_REF":
        return Norm("DATE", value, None, dct, "past", "DCT" if dct else "unknown")
    return Norm("DATE", value, dct, None, "future", "DCT" if dct else "unknown")


def n_dayword(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    off = word_value("days", g["dayword"])
    d = _need_dct(ctx) + dt.timedelta(days=off)
    if g.get("pod"):
        code = word_value("parts_of_day", g["pod"])
        return Norm("TIME", f"{d.isoformat()}T{code}", d, d, "part_of_day", "DCT", _mod(g))
    return Norm("DATE", d.isoformat(), d, d, "day", "DCT", _mod(g))


def n_daypart(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    word = re.sub(r"\s+", " ", g["dpw"].lower())
    dct = _need_dct(ctx)
    code = lexicon()["day_parts_words"][word]
    if word == "overnight":
        if ctx.tense == "future":
            d, e = dct, dct + dt.timedelta(days=1)
        else:
            d, e = dct - dt.timedelta(days=1), dct
        return Norm("TIME", f"{d.isoformat()}TNI", d, e, "part_of_day", "DCT", _mod(g))
    d = dct - dt.timedelta(days=1) if word.startswith("last") else dct
    return Norm("TIME", f"{d.isoformat()}T{code}", d, d, "part_of_day", "DCT", _mod(g))


def n_time(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    if g.get("timeword"):
        w = g["timeword"].lower()
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
    else:
        hh = int(g["hour"])
        mm = int(g["minute"] or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm:
            if hh > 12 or hh == 0:
                raise Reject
            if ampm.startswith("p") and hh != 12:
                hh += 12
            elif ampm.startswith("a") and hh == 12:
                hh = 0
    tz = None
    if g.get("tz"):
        tz = word_value("timezones", g["tz"]) or g["tz"]
    prev = _previous_day(ctx)
    near = ctx.extra_previous_same_sentence
    if prev is not None and (
        prev[1].extra.get("adjacent_to_next") or (near is not None and near[0] == prev[0])
    ):
        d, anchor = prev[1].begin, prev[0]
    elif ctx.dct is not None:
        d, anchor = ctx.dct, "DCT"
    else:
        return Norm(
            "TIME",
            f"XXXX-XX-XXT{hh:02d}:{mm:02d}",
            granularity="time",
            anchor="unknown",
            tz=tz,
            mod=_mod(g),
        )
    return Norm("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}", d, d, "time", anchor, _mod(g), tz=tz)


_SET_ADV = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "biannually": "P6M",
}


def n_set(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    if g.get("setw"):
        return Norm("SET", _SET_ADV[g["setw"].lower()], granularity="set")
    unit = g["unit"].lower()
    wd = word_value("weekdays", unit)
    if wd is not None:
        return Norm("SET", f"XXXX-WXX-{wd + 1}", granularity="set")
    if unit in lexicon()["parts_of_day"]:
        return Norm("SET", f"TXX{word_value('parts_of_day', unit)}", granularity="set")
    if unit in lexicon()["seasons"]:
        return Norm("SET", f"XXXX-{word_value('seasons', unit)}", granularity="set")
    code = _unit_code(unit)
    n = _num(g.get("num_set")) if g.get("num_set") and g["num_set"].lower() != "other" else None
    if g.get("num_set") and g["num_set"].lower() == "other":
        n = 2
    amount = _fmt_num(n) if n else "1"
    t = "T" if code in ("H", "S") or unit.startswith("minute") else ""
    return Norm("SET", f"P{t}{amount}{code}", granularity="set")


def n_relday(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    unit_word = (g.get("unit") or g.get("unit2") or "day").lower()
    rdir = (g.get("rdir") or g.get("rdir2") or g.get("rdir3") or "").lower()
    sign = 1 if rdir in ("next", "following", "after") else (0 if rdir == "same" else -1)
    follow = ctx.following_text.lstrip()
    event_like = rdir in ("after", "before", "eve") and not re.match(r"^[.,;:!?”\"')]|^$", follow)
    if event_like:
        # "the day after they captured Hama": anchored to an event (resolved by toolkit.events)
        return Norm(
            "DATE",
            "XXXX-XX-XX",
            granularity="day",
            anchor="event",
            extra={"offset": sign, "unit": unit_word},
        )
    prev = (
        _previous_day(ctx)
        if unit_word in ("day", "morning", "afternoon", "evening", "night")
        else None
    )
    if prev is None and ctx.previous:
        prev = ctx.previous[-1]
    if prev is None or prev[1].begin is None:
        return Norm(
            "DATE",
            "XXXX-XX-XX",
            granularity="day",
            anchor="unknown",
            problem="no earlier date to anchor to",
            extra={"offset": sign, "unit": unit_word},
        )
    base = prev[1].begin
    if unit_word in ("day", "morning", "afternoon", "evening", "night"):
        d = base + dt.timedelta(days=sign)
        if unit_word != "day":
            code = word_value("parts_of_day", unit_word)
            return Norm("TIME", f"{d.isoformat()}T{code}", d, d, "part_of_day", prev[0])
        return Norm("DATE", d.isoformat(), d, d, "day", prev[0])
    u = _unit_code(unit_word)
    d = _unit_shift(base, u, sign)
    value, b, e, gran = _unit_value(d, u)
    return Norm("DATE", value, b, e, gran, prev[0])


def n_holiday(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    md = word_value("holidays", g["holiday"])
    m = int(md[:2])
    if md[3:].startswith("TH"):  # n-th Thursday of the month (Thanksgiving)
        nth = int(md[5:])

        def _nth(y: int) -> dt.date:
            first = dt.date(y, m, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (nth - 1))

        if g.get("year"):
            day, anchor = _nth(int(g["year"])), "none"
        else:
            dct = _need_dct(ctx)
            anchor = "DCT"
            cands = [_nth(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
            if ctx.tense == "future":
                day = min(c for c in cands if c >= dct)
            elif ctx.tense == "past":
                day = max(c for c in cands if c <= dct)
            else:
                day = min(cands, key=lambda c: abs((c - dct).days))
        return Norm("DATE", day.isoformat(), day, day, "day", anchor)
    d = int(md[3:])
    if g.get("year"):
        y, anchor = int(g["year"]), "none"
    else:
        y, anchor = _pick_year_for_month_day(m, d, ctx), "DCT"
    day = dt.date(y, m, d)
    return Norm("DATE", day.isoformat(), day, day, "day", anchor)


_SPOKEN = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "hundred": 0,
}


def _spoken(words: str) -> int:
    total = 0
    for w in re.split(r"[- ]+", words.lower()):
        if w in ("oh", "and", ""):
            continue
        total += _SPOKEN[w]
    return total


def n_spoken_year(g: dict[str, str | None], ctx: Context, text: str) -> Norm:
    """ "nineteen ninety-six", "two thousand and one" (broadcast transcripts)."""
    if g.get("yw1"):
        y = _SPOKEN[g["yw1"].lower()] * 100 + _spoken(g["yw2"])
    else:
        y = 2000 + (_spoken(g["yw3"]) if g.get("yw3") else 0)
    b, e = year_interval(y)
    return Norm("DATE", str(y), b, e, "year", "none", _mod(g))


NORMALISERS = {
    "spoken_year": n_spoken_year,
    "calendar": n_calendar,
    "numeric_date": n_numeric_date,
    "weekday": n_weekday,
    "relative_unit": n_relative_unit,
    "season": n_season,
    "year": n_year,
    "decade": n_decade,
    "century": n_century,
    "quarter": n_quarter,
    "quarter_rel": n_quarter_rel,
    "half": n_half,
    "duration": n_duration,
    "vague_duration": n_vague_duration,
    "offset": n_offset,
    "ref": n_ref,
    "dayword": n_dayword,
    "daypart": n_daypart,
    "time": n_time,
    "set": n_set,
    "relday": n_relday,
    "holiday": n_holiday,
}


def unresolved(kind: str, g: dict[str, str | None], text: str) -> Norm:
    """The reading of a relative expression when there is no DCT."""
    t = {"time": "TIME", "daypart": "TIME", "duration": "DURATION", "set": "SET"}.get(kind, "DATE")
    if (
        kind == "relative_unit"
        and g.get("the")
        and (g.get("rel") or "").lower() in ("last", "past", "next", "coming")
    ):
        t = "DURATION"
    return Norm(
        t, None, anchor="unknown", problem="relative expression and no publication date (DCT)"
    )
