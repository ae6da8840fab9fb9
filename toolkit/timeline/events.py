"""Events: trigger words (``data/timex/event_triggers.tsv``) with participants and a date interval.

:func:`events` returns one row per event mention:

=============  ==================================================================================
event_id       ``e1``, ``e2`` ... in text order (per article)
doc_id         article id
sent_id        sentence number
start, end     the trigger span in ``article.text``; ``trigger`` is its text
lemma, class   from the trigger lexicon (capture, enter, advance, flee, withdraw, attack, kill,
               cross, statement, war, ...)
tense          past / perfect / pluperfect / present / future / None (nouns)
actors         canonical entity names before the trigger (``toolkit.entities.mentions`` when that
               module is available; otherwise empty) - a "; "-joined string
targets        canonical entity names after the trigger in the same sentence
place          the first place (GPE/LOC) among the targets, else ``None``
sentence       the sentence text
date_begin     earliest day the event can lie in (``None`` = open)
date_end       latest day (``None`` = open)
anchor_kind    ``explicit timex`` | ``relative to another event`` | ``relative to DCT by tense`` |
               ``background fact`` | ``unknown``
anchor_text    the timex or the linked event's trigger the date came from
confidence     0..1, how sure the date is (explicit day 0.9 ... tense only 0.3, unknown 0.1)
=============  ==================================================================================

How dates are found, in order: a timex governed by the trigger (the nearest trigger, preferring
the verb before it); event-relative timexes ("the day after they captured Hama": the day after
the event whose trigger follows); statements made in a dated statement of the next sentence
("... minister said ... General Abbas said in a televised statement late on Thursday");
what is reported inside a dated statement happened by then; mentions of the same happening
(same class or converse class, e.g. withdraw from X = capture of X, and the same place) share their
interval; "It comes after X" puts the article's other events after X; otherwise the tense:
past and perfect end at the DCT, future starts there. Nothing is made up: an undated event keeps
an open interval.

>>> from toolkit.corpus import Article
>>> art = Article.from_text("Rebels captured Hama on Thursday. They entered Homs the day after they captured Hama.",
...                         published="2024-12-06")
>>> events(art, entities=False)[["trigger", "class", "date_begin", "anchor_kind"]].astype(str).values.tolist()[:2]
[['captured', 'capture', '2024-12-05', 'explicit timex'], ['entered', 'enter', '2024-12-06', 'relative to another event']]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pandas as pd

from toolkit.corpus import Article, Corpus, as_articles
from toolkit.timeline.tense import _verb_group_tense, tag_sentence
from toolkit.timeline.timex import Timex, tag

EVENT_COLUMNS = [
    "event_id",
    "doc_id",
    "sent_id",
    "start",
    "end",
    "trigger",
    "lemma",
    "class",
    "tense",
    "actors",
    "targets",
    "place",
    "sentence",
    "date_begin",
    "date_end",
    "anchor_kind",
    "anchor_text",
    "confidence",
]

CONVERSE = {"withdraw": "capture"}  # same happening seen from the other side
PLACE_TYPES = {"GPE", "LOC", "FAC"}
ACTOR_TYPES = {"ORG", "PERSON", "NORP", "GPE"}


@dataclass
class _Event:
    eid: str
    sent_id: int
    start: int
    end: int
    trigger: str
    lemma: str
    cls: str
    tense: str | None
    sentence: str
    sent_start: int
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    begin: dt.date | None = None
    until: dt.date | None = None
    anchor_kind: str = "unknown"
    anchor_text: str | None = None
    confidence: float = 0.1
    fixed: bool = False  # dated by an explicit timex
    object_key: str | None = None  # fallback merge key when no entity mentions


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """First word -> [(form tokens, class, lemma, pos)], longest forms first."""
    text = (
        resources.files("toolkit")
        .joinpath("data", "timex", "event_triggers.tsv")
        .read_text("utf-8")
    )
    index: dict[str, list] = {}
    rows = csv.reader(
        io.StringIO("\n".join(ln for ln in text.splitlines() if ln and not ln.startswith("#"))),
        delimiter="\t",
    )
    for cls, lemma, pos, forms in rows:
        for form in forms.split(","):
            toks = tuple(form.strip().lower().split())
            if toks:
                index.setdefault(toks[0], []).append((toks, cls, lemma, pos))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    return index


def _pos_ok(pos: str, tag_: str) -> bool:
    if pos == "V":
        return tag_.startswith("VB")
    if pos == "N":
        return tag_.startswith("NN")
    return tag_.startswith(("VB", "NN", "JJ"))


def _aspect(toks: list[tuple[int, int, str, str]], i: int) -> str | None:
    left = [toks[j][2].lower() for j in range(max(0, i - 3), i)]
    if toks[i][3] == "VBN" or any(w in ("had", "has", "have", "'d", "’d") for w in left):
        if "had" in left or "'d" in left or "’d" in left:
            return "pluperfect"
        if "has" in left or "have" in left:
            return "perfect"
    return _verb_group_tense(toks, i)


_AUX = {"has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "'s", "’s"}


def _main_verb(toks: list[tuple[int, int, str, str]], j: int) -> bool:
    w, t = toks[j][2], toks[j][3]
    if not t.startswith("VB") or "-" in w:
        return False
    if t == "VBN":  # a participle counts only in a verb group ("had remained"), not "US-led"
        return any(toks[k][2].lower() in _AUX for k in range(max(0, j - 3), j))
    return True


def _find_triggers(
    article: Article, spans: list[tuple[int, int]], verbs: dict[int, list[int]]
) -> list[_Event]:
    lex = trigger_lexicon()
    text = article.text
    out: list[_Event] = []
    for sid, (ss, se) in enumerate(spans):
        sent = text[ss:se]
        toks = tag_sentence(sent)
        verbs[sid] = [ss + tk[0] for j, tk in enumerate(toks) if _main_verb(toks, j)]
        low = [t[2].lower() for t in toks]
        i = 0
        while i < len(toks):
            hit = None
            for form, cls, lemma, pos in lex.get(low[i], ()):
                n = len(form)
                if tuple(low[i : i + n]) == form and _pos_ok(pos, toks[i][3]):
                    hit = (n, cls, lemma)
                    break
            if hit is None:
                i += 1
                continue
            n, cls, lemma = hit
            if lemma == "fall" and (i + n >= len(low) or low[i + n] != "of") and n == 1:
                i += 1  # "the fall of Hama", not "prices fall"
                continue
            tense = _aspect(toks, i) if toks[i][3].startswith("VB") else None
            a, b = ss + toks[i][0], ss + toks[i + n - 1][1]
            out.append(
                _Event(f"e{len(out) + 1}", sid, a, b, text[a:b], lemma, cls, tense, sent, ss)
            )
            i += n
    return out


def _mentions(article: Article, use: bool | str) -> pd.DataFrame | None:
    if use is False:
        return None
    try:
        from toolkit.entities import mentions
    except ImportError:
        return None
    try:
        return mentions(article)
    except Exception:  # noqa: BLE001 - participants are optional; dates still work
        return None


_Mention = tuple[int, int, str, str]  # (start, end, type, entity)


def _mention_rows(ments: pd.DataFrame | None) -> list[_Mention]:
    """The mentions table as plain tuples in table order (one conversion per article)."""
    if ments is None or ments.empty:
        return []
    return list(
        zip(
            (int(x) for x in ments["start"]),
            (int(x) for x in ments["end"]),
            (str(x) for x in ments["type"]),
            (str(x) for x in ments["entity"]),
            strict=True,
        )
    )


def _participants(ev: _Event, ments: list[_Mention], sent_end: int, text: str) -> None:
    if not ments:
        return
    m = [x for x in ments if x[0] >= ev.sent_start and x[1] <= sent_end]
    before = sorted((x for x in m if x[1] <= ev.start), key=lambda x: -x[0])
    after = sorted((x for x in m if ev.end <= x[0] <= ev.end + 90), key=lambda x: x[0])
    if ev.cls == "statement":
        people = [x for x in m if x[2] in ("PERSON", "ORG")]
        if people:
            ev.actors = [min(people, key=lambda x: abs(x[0] - ev.start))[3]]
        return
    actor_types = ACTOR_TYPES - {"GPE"}
    ev.actors = list(dict.fromkeys([x[3] for x in before if x[2] in actor_types][:2]))
    ev.targets = list(dict.fromkeys(x[3] for x in after[:3]))
    places = [x for x in after if x[2] in PLACE_TYPES]
    if places:
        # "captured Syria's fourth-largest city Hama": the last place of the first noun phrase
        chosen = places[0]
        for nxt in places[1:]:
            if _APPOSITIVE.match(text[chosen[1] : nxt[0]]):
                chosen = nxt  # "Syria's fourth-largest city Hama" -> Hama
            else:
                break
        ev.place = chosen[3]


_APPOSITIVE = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}(?:city|town|capital|province|village|region|area|district)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_CAP = re.compile(r"\b(?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*")


def _object_key(text: str, ev: _Event) -> str | None:
    """Without entity mentions: the first capitalised word group right after the trigger (for merging only)."""
    m = _CAP.search(text, ev.end, min(len(text), ev.end + 50))
    if not m:
        return None
    gap = text[ev.end : m.start()]
    return m.group() if len(gap.split()) <= 4 and not re.search(r"[.;:]", gap) else None


def _governor(t: Timex, evs: list[_Event], text: str) -> _Event | None:
    best, best_d = None, None
    for ev in evs:
        if ev.end <= t.start:
            d = t.start - ev.end
        elif ev.start >= t.end:
            d = 2 * (ev.start - t.end) + (60 if "," in text[t.end : ev.start] else 0)
        else:
            continue
        if d > 120:
            continue
        if best_d is None or d < best_d:
            best, best_d = ev, d
    return best


def _interval(t: Timex, dct: dt.date | None) -> tuple[dt.date | None, dt.date | None, str, float]:
    n = t.norm
    if n.type == "DURATION":
        if n.begin is not None:
            return n.begin, n.until, "background fact", 0.6
        m = re.match(r"P(\d+)Y$", n.value or "")
        if m and dct is not None:  # "the 13-year civil war": began that many years ago, ongoing
            y = int(m.group(1))
            return dt.date(dct.year - y, 1, 1), dct, "background fact", 0.5
        return None, None, "unknown", 0.1
    if n.value in ("PAST_REF", "PRESENT_REF"):
        return None, dct, "relative to DCT by tense", 0.3
    if n.begin is None and n.until is None:
        return None, None, "unknown", 0.1
    gran_conf = {
        "day": 0.9,
        "part_of_day": 0.9,
        "time": 0.9,
        "present": 0.7,
        "weekend": 0.8,
        "week": 0.7,
    }
    conf = gran_conf.get(n.granularity or "", 0.6)
    if n.anchor == "DCT" and t.tense is not None and n.granularity in ("day", "part_of_day"):
        conf -= 0.1
    kind = "background fact" if n.begin and dct and (dct - n.begin).days > 365 else "explicit timex"
    return n.begin, n.until, kind, conf


def _shift(d: dt.date | None, days: int) -> dt.date | None:
    return None if d is None else d + dt.timedelta(days=days)


def _key(ev: _Event) -> tuple[str, str] | None:
    what = ev.place or (ev.targets[0] if ev.targets else None) or ev.object_key
    if what is None or ev.cls in ("statement", "war"):
        return None
    return CONVERSE.get(ev.cls, ev.cls), what


def _article_events(article: Article, *, entities: bool | str) -> list[_Event]:
    from toolkit.text import iter_sentence_spans

    spans = [(s, e) for s, e, _b, _k in iter_sentence_spans(article)]
    dct = article.published
    verbs: dict[int, list[int]] = {}
    evs = _find_triggers(article, spans, verbs)
    ments = _mentions(article, entities)
    rows = _mention_rows(ments)
    for ev in evs:
        _participants(ev, rows, spans[ev.sent_id][1], article.text)
        if ments is None:
            ev.object_key = _object_key(article.text, ev)
    timexes = tag(article.text, dct, sentences=spans)
    by_sent: dict[int, list[_Event]] = {}
    for ev in evs:
        by_sent.setdefault(ev.sent_id, []).append(ev)
    relations: list[tuple[_Event, _Event, int, str]] = []  # (event, reference, offset days, text)
    for t in timexes:
        sid = next((i for i, (s, e) in enumerate(spans) if s <= t.start < e), None)
        if sid is None:
            continue
        in_sent = by_sent.get(sid, [])
        if t.norm.anchor == "event":
            before = [ev for ev in in_sent if ev.end <= t.start]
            after = [ev for ev in in_sent if ev.start >= t.end]
            if before and after:
                off = int(t.norm.extra.get("offset", 0))
                relations.append((before[-1], after[0], off, t.text))
            continue
        gov = _governor(t, in_sent, article.text)
        if gov is None or gov.fixed:
            continue
        lo, hi = (gov.end, t.start) if gov.end <= t.start else (t.end, gov.start)
        if any(lo <= v < hi for v in verbs.get(sid, [])):
            continue  # another verb in between governs the timex ("remained unchanged over ...")
        b, e, kind, conf = _interval(t, dct)
        if b is None and e is None:
            continue
        gov.begin, gov.until, gov.anchor_kind, gov.anchor_text, gov.confidence = (
            b,
            e,
            kind,
            t.text,
            conf,
        )
        gov.fixed = True
        if (
            gov.tense is None
        ):  # a noun: the verb it is the object of shares the date ("ended a strike on Friday")
            verbs_before = [x for x in in_sent if x.end <= gov.start and x.tense is not None]
            if verbs_before:
                v = verbs_before[-1]
                if not v.fixed and not any(v.end <= p < gov.start for p in verbs.get(sid, [])):
                    v.begin, v.until, v.anchor_kind, v.anchor_text, v.confidence = (
                        b,
                        e,
                        kind,
                        t.text,
                        conf,
                    )
                    v.fixed = True
    connective: dict[str, tuple[str, int]] = {}
    for ev in evs:
        pre = article.text[max(ev.sent_start, ev.start - 40) : ev.start]
        m = re.search(
            r"\b(before|after|until|since)\s+(?:(?:the|a|an|his|her|their|its|[A-Za-z]+)\s+){0,3}$",
            pre,
        )
        if m:
            connective[ev.eid] = (m.group(1), ev.start - len(pre) + m.start())
    # tense defaults
    for ev in evs:
        if ev.fixed or dct is None:
            continue
        if ev.tense in ("past", "perfect", "pluperfect"):
            ev.until, ev.anchor_kind, ev.confidence = dct, "relative to DCT by tense", 0.3
        elif ev.tense == "future":
            ev.begin, ev.anchor_kind, ev.confidence = dct, "relative to DCT by tense", 0.3
    # statements: a dated statement dates the other report verbs of its sentence ("said in a
    # televised statement late on Thursday"), and an unnamed speaker's statement next to it
    for ev in evs:
        if ev.cls == "statement" and not ev.fixed:
            same = [x for x in by_sent.get(ev.sent_id, []) if x.cls == "statement" and x.fixed]
            if same:
                _copy(ev, same[0], "explicit timex", max(0.3, same[0].confidence - 0.1))
                ev.anchor_text = same[0].anchor_text
                continue
            same_actor = [
                x
                for x in evs
                if x.cls == "statement"
                and x.fixed
                and ev.actors
                and x.actors[:1] == ev.actors[:1]
                and abs(x.sent_id - ev.sent_id) <= 3
            ]
            if same_actor:
                _copy(ev, same_actor[0], "relative to another event", 0.6)
                ev.fixed = True
                continue
            if not ev.actors:
                for sid in (ev.sent_id + 1, ev.sent_id - 1):
                    near = [x for x in by_sent.get(sid, []) if x.cls == "statement" and x.fixed]
                    if near:
                        _copy(ev, near[0], "relative to another event", 0.5)
                        break
    for ev in evs:
        if ev.cls == "statement" and not ev.fixed and ev.anchor_kind == "relative to another event":
            ev.fixed = True
    # "X before Y" / "X after Y" inside a sentence
    for ev in evs:
        if ev.eid not in connective:
            continue
        word, at = connective[ev.eid]
        earlier = [x for x in by_sent.get(ev.sent_id, []) if x.end <= at and x.cls != "war"]
        if not earlier:
            continue
        x = earlier[-1]
        if (
            word == "before"
            and ev.until is not None
            and not x.fixed
            and (x.until is None or ev.until < x.until)
        ):
            # "IS captured ... before it was defeated in 2017": X ended by Y's end
            x.until, x.anchor_kind, x.anchor_text, x.confidence = (
                ev.until,
                "relative to another event",
                f"before {ev.trigger!r} ({ev.anchor_text})",
                0.4,
            )
        if word == "before" and x.begin is not None and not ev.fixed:
            ev.begin = max(ev.begin or x.begin, x.begin)
            ev.anchor_kind, ev.anchor_text, ev.confidence = (
                "relative to another event",
                f"after {x.trigger!r} ({x.anchor_text})",
                0.4,
            )
    # what a dated statement reports happened by then
    for ev in evs:
        if ev.fixed or ev.cls == "statement" or ev.tense == "future" or ev.eid in connective:
            continue
        st = [
            x
            for x in by_sent.get(ev.sent_id, [])
            if x.cls == "statement"
            and x.until is not None
            and x.anchor_kind != "relative to DCT by tense"
        ]
        if st and (ev.until is None or st[0].until < ev.until):
            ev.until, ev.anchor_kind, ev.anchor_text, ev.confidence = (
                st[0].until,
                "relative to another event",
                f"before {st[0].trigger!r} ({st[0].anchor_text})",
                0.5,
            )
    # "It comes after X": the article's undated events come after X
    for sid, (ss, se) in enumerate(spans):
        if re.match(r"^\s*(?:It|This|That|The \w+)\s+comes?\s+after\b", article.text[ss:se]):
            base = [x for x in by_sent.get(sid, []) if x.fixed and x.begin is not None]
            background = {x.sent_id for x in evs if x.anchor_kind == "background fact"}
            if base:
                for ev in evs:
                    if (
                        ev.begin is None
                        and ev.sent_id < sid
                        and ev.sent_id not in background
                        and ev.cls not in ("war",)
                        and ev.tense != "future"
                    ):
                        ev.begin = base[0].begin
    for _ in range(3):
        _same_happening(evs)
        for ev, ref, off, text in relations:
            if (
                ref.begin is None and ref.until is None
            ) or ref.anchor_kind == "relative to DCT by tense":
                # "the day after the river burst its banks": the bursting already mentioned and dated
                same = [
                    x
                    for x in evs
                    if x.lemma == ref.lemma and x is not ref and x.fixed and x.start < ref.start
                ]
                if same:
                    ref = same[-1]
            if ref.begin is None and ref.until is None:
                continue
            ev.begin, ev.until = _shift(ref.begin, off), _shift(ref.until, off)
            ev.anchor_kind = "relative to another event"
            ev.anchor_text = f"{text} {ref.trigger!r}"
            ev.confidence = max(0.3, ref.confidence - 0.1)
            if (
                dct is not None
                and ev.until is not None
                and ev.until > dct
                and ev.tense in ("past", "perfect", "pluperfect")
            ):
                ev.until = dct
    return evs


def _copy(ev: _Event, src: _Event, kind: str, conf: float) -> None:
    ev.begin, ev.until = src.begin, src.until
    ev.anchor_kind, ev.anchor_text, ev.confidence = (
        kind,
        f"{src.trigger!r} ({src.anchor_text})",
        conf,
    )


def _same_happening(evs: list[_Event]) -> None:
    """Mentions of the same happening (class or converse class, same place) share the tightest interval."""
    groups: dict[tuple[str, str], list[_Event]] = {}
    for ev in evs:
        k = _key(ev)
        if k is not None and ev.tense != "future":
            groups.setdefault(k, []).append(ev)
    for members in groups.values():
        if len(members) < 2:
            continue
        begins = [m.begin for m in members if m.begin is not None]
        ends = [m.until for m in members if m.until is not None]
        b = max(begins) if begins else None
        e = min(ends) if ends else None
        if b is not None and e is not None and b > e:
            continue  # contradictory: leave each mention as it is
        best = max(members, key=lambda m: m.confidence)
        for m in members:
            if m.fixed:
                continue
            if (b, e) != (m.begin, m.until):
                m.begin, m.until = b, e
                if m is not best:
                    m.anchor_kind = "relative to another event"
                    m.anchor_text = f"same as {best.trigger!r} ({best.anchor_text})"
                    m.confidence = max(m.confidence, min(0.5, best.confidence))


def events(
    article: Article | Corpus | Iterable[Article], *, entities: bool | str = "auto"
) -> pd.DataFrame:
    """One row per event mention with participants and a date interval (see the module docstring).

    ``entities``: ``"auto"`` uses ``toolkit.entities.mentions`` when it imports (actors, targets,
    place); ``False`` skips participants.
    """
    rows = []
    for art in as_articles(article):
        for ev in _article_events(art, entities=entities):
            rows.append(
                (
                    ev.eid,
                    art.id,
                    ev.sent_id,
                    ev.start,
                    ev.end,
                    ev.trigger,
                    ev.lemma,
                    ev.cls,
                    ev.tense,
                    "; ".join(ev.actors),
                    "; ".join(ev.targets),
                    ev.place,
                    ev.sentence,
                    ev.begin,
                    ev.until,
                    ev.anchor_kind,
                    ev.anchor_text,
                    round(ev.confidence, 2),
                )
            )
    return _none_dates(pd.DataFrame(rows, columns=EVENT_COLUMNS))


def _none_dates(df: pd.DataFrame) -> pd.DataFrame:
    """Keep missing values as ``None`` (not NaN): date columns hold ``datetime.date`` or ``None``."""
    cols = (
        "date_begin",
        "date_end",
        "value",
        "mod",
        "tz",
        "tense",
        "signal",
        "problem",
        "place",
        "anchor_text",
    )
    for col in cols:
        if col in df.columns:
            df[col] = pd.Series(
                [None if pd.isna(x) else x for x in df[col]], index=df.index, dtype=object
            )
    return df
