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
               module is available; otherwise empty) - a "; "-joined string; the agent of a
               "by X" phrase; for statements the speaker (before the verb, or after it in an
               inverted report; never the listener of "told X")
targets        canonical entity names after the trigger in its clause (up to the next verb, "according
               to", "..., X said"); for a passive, its subject ("it" -> the previous event's actor)
place          the first place (GPE/LOC) among the targets, else ``None``
object         what the event is about, for labels: the place, the object noun phrase ("dozens of
               fighters", "large swathes of Iraq and Syria"), a passive's subject, a noun trigger's
               own phrase ("Syria's civil war"), a statement's speaker; never the trigger itself.
               Word lists behind these rules: ``data/timex/event_roles.json``
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
the news lead: an undated past/perfect/present event in the story's first two sentences (after a
headline without final punctuation) linked to another by "the day after" is the news of the DCT,
so "entered X the day after they captured Y" puts the capture on DCT-1 (unless Y's capture was
dated where first mentioned);
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
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pandas as pd

from toolkit._frames import rows_frame
from toolkit.corpus import Article, Corpus, as_articles
from toolkit.timeline.tense import _verb_group_tense, tag_sentence
from toolkit.timeline.timex import Timex, article_tags

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
    "object",
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
    tok: tuple[int, int] = (0, 0)  # token index and length of the trigger in its sentence
    passive: bool = False  # "was defeated by X": the subject is the target, X the actor
    obj: str | None = None  # what the event is about (see _object_label)
    subject_ref: _Event | None = None  # the event whose actor a pronoun subject stands for
    lead: bool = False  # dated as the lead event of the story (see _pin_lead_relations)


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


@lru_cache(maxsize=1)
def roles() -> dict:
    """Participant and label rules (``data/timex/event_roles.json``), word lists as sets."""
    raw = json.loads(
        resources.files("toolkit").joinpath("data", "timex", "event_roles.json").read_text("utf-8")
    )
    for k in ("passive_aux", "object_prepositions", "object_coordinators", "leading_articles"):
        raw[k] = frozenset(w.lower() for w in raw[k])
    raw["lead_event_tenses"] = frozenset(raw["lead_event_tenses"])
    raw["place_label_classes"] = frozenset(raw.get("place_label_classes", ()))
    raw["pronoun_subjects"] = frozenset(raw.get("pronoun_subjects", ()))
    stops = sorted(raw["target_clause_stops"], key=len, reverse=True)
    raw["_stop_re"] = re.compile(
        "|".join(
            w[3:]
            if w.startswith("re:")
            else (r"\b" + re.escape(w) + r"\b")
            if w.replace(" ", "").isalpha()
            else re.escape(w)
            for w in stops
        ),
        re.IGNORECASE,
    )
    return raw


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
    article: Article,
    spans: list[tuple[int, int]],
    verbs: dict[int, list[int]],
    tagged: dict[int, list[tuple[int, int, str, str]]] | None = None,
) -> list[_Event]:
    lex = trigger_lexicon()
    text = article.text
    out: list[_Event] = []
    for sid, (ss, se) in enumerate(spans):
        sent = text[ss:se]
        toks = tag_sentence(sent)
        if tagged is not None:
            tagged[sid] = toks
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
            if (
                toks[i + n - 1][3].startswith("NN")
                and i + n < len(toks)
                and toks[i + n][3] in ("NN", "NNS", "VB")
            ):
                # a noun modifying a noun is no event: "a war monitor", "attack helicopters"
                # (VB: the tagger's usual mistake on such a head noun, "monitor")
                i += n
                continue
            tense = _aspect(toks, i) if toks[i][3].startswith("VB") else None
            a, b = ss + toks[i][0], ss + toks[i + n - 1][1]
            ev = _Event(f"e{len(out) + 1}", sid, a, b, text[a:b], lemma, cls, tense, sent, ss)
            ev.tok = (i, n)
            r = roles()
            auxes = [k for k in range(max(0, i - 2), i) if low[k] in r["passive_aux"]]
            ev.passive = toks[i][3] == "VBN" and bool(auxes)
            if ev.passive and auxes[0] > 0 and low[auxes[0] - 1] in r["pronoun_subjects"]:
                # "IS, which captured X before it was defeated": "it" is the subject of the
                # sentence's previous event; its actor is what this event happened to
                prev = [x for x in out if x.sent_id == sid]
                ev.subject_ref = prev[-1] if prev else None
            out.append(ev)
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


def _participants(
    ev: _Event, ments: list[_Mention], sent_end: int, text: str, verbs: Iterable[int] = ()
) -> None:
    if not ments:
        return
    m = [x for x in ments if x[0] >= ev.sent_start and x[1] <= sent_end]
    before = sorted((x for x in m if x[1] <= ev.start), key=lambda x: -x[0])
    # targets stay in the trigger's clause: not past "according to X", "..., officials said"
    stop = roles()["_stop_re"].search(text, ev.end, sent_end)
    limit = min(ev.end + 90, stop.start() if stop else sent_end)
    # ... and end at the next verb: "the capture of the two towns puts the rebels near Homs"
    coordinated = re.compile(r"\s+(?:and|or)\s+")  # "captured and ruled over X": X is shared
    limit = min(
        [limit] + [v for v in verbs if v >= ev.end and not coordinated.fullmatch(text, ev.end, v)]
    )
    after = sorted((x for x in m if ev.end <= x[0] <= limit), key=lambda x: x[0])
    if ev.cls == "statement":
        people = [x for x in m if x[2] in ("PERSON", "ORG")]
        if ev.tense is not None and people:
            # a verb: "X said ..." names the speaker before it; only an inverted report
            # ("..., said X", "”, said X") names it after; "told X": X is the listener
            listener = re.compile(r"\s*$") if ev.lemma == "tell" else None
            after_p = [
                x
                for x in people
                if x[0] >= ev.end and not (listener and listener.fullmatch(text, ev.end, x[0]))
            ]
            # the speaker before the verb is in its clause: not past a comma ("Hezbollah crossed
            # ..., two officials told"), except the comma closing an appositive just before it
            cut = text.rfind(",", ev.sent_start, ev.start)
            if re.fullmatch(r",\s*(?:which|who)(?:\s+\w+ly)?\s*", text[cut : ev.start]):
                cut = text.rfind(",", ev.sent_start, cut)  # "X (HTS), which said": X speaks
            before_p = [
                x for x in people if x[1] <= ev.start and (x[0] > cut or ev.start - cut < 3)
            ]
            inverted = re.search(r"[,”\"’']\s*$", text[ev.sent_start : ev.start])
            people = (after_p or before_p) if inverted else before_p
        if people:
            ev.actors = [min(people, key=lambda x: abs(x[0] - ev.start))[3]]
        return
    actor_types = ACTOR_TYPES - {"GPE"}
    ev.actors = list(dict.fromkeys([x[3] for x in before if x[2] in actor_types][:2]))
    # "defeated by a US-led coalition": the agent of a "by" phrase is an actor, not a target
    agent = _agent_re()
    agents = [x for x in after if agent.fullmatch(text, ev.end, x[0])]
    if agents:
        after = [x for x in after if x not in agents]
    if ev.passive or agents:
        # the passive subject is what the event happened to ("IS, which ... was defeated")
        patient = [x[3] for x in before[:1]]
        if ev.subject_ref is not None:  # a pronoun subject (see _find_triggers)
            patient = ev.subject_ref.actors[:1]
        ev.actors = list(dict.fromkeys(x[3] for x in agents[:2]))
        ev.targets = list(dict.fromkeys(patient + [x[3] for x in after[:2]]))
    else:
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


_NP_TAGS = ("NN", "JJ", "CD", "POS", "PRP$", "DT")


def _np_part(w: str, t: str) -> bool:
    return (
        t.startswith(_NP_TAGS[:3]) or t == "POS" or w in ("'s", "’s") or ("-" in w and t == "VBN")
    )


def _object_label(
    ev: _Event,
    toks: list[tuple[int, int, str, str]],
    tx_spans: list[tuple[int, int]],
    ments: list[_Mention],
    text: str,
) -> str | None:
    """What the event is about, for its label (never the trigger word itself).

    Statements: the speaker. Otherwise the place when the object names one place; the object noun
    phrase when it names several ("large swathes of Iraq and Syria") or none ("dozens of
    fighters"); a passive's subject ("IS ... was defeated"); for a noun trigger without object, its
    own noun phrase ("Syria's civil war"); else the first target or actor; else ``None``.
    """
    r = roles()
    if ev.cls == "statement":
        if ev.actors:
            return ev.actors[0]
        k = _np_start(toks, ev.tok[0], tx_spans, ev.sent_start)
        if k is not None:  # "Syria's defence minister said": the subject noun phrase
            return _strip_article(text[ev.sent_start + toks[k][0] : ev.start].strip(), r)
        return None
    span = _object_span(ev, toks, tx_spans, r)
    if ev.passive:
        # the passive subject: "his father had been killed" -> his father; "it was defeated" ->
        # the pronoun's referent found by _participants (the first target)
        i = ev.tok[0]
        aux = [k for k in range(max(0, i - 3), i) if toks[k][2].lower() in r["passive_aux"]]
        j = aux[0] if aux else 0
        while j > 0 and (
            toks[j - 1][3] == "MD" or toks[j - 1][2].lower() in ("has", "had", "have")
        ):
            j -= 1  # "had been killed", "will be tried"
        k = _np_start(toks, j, tx_spans, ev.sent_start) if aux else None
        if k is not None:
            a, b = ev.sent_start + toks[k][0], ev.sent_start + toks[j - 1][1]
            named = [m[3] for m in ments if m[1] == b and m[0] >= a]
            return named[0] if named else _strip_article(text[a:b], r)
        if ev.targets:
            return ev.targets[0]
    if span is not None:
        a, b = span
        places = {m[3] for m in ments if m[2] in PLACE_TYPES and a <= m[0] and m[1] <= b}
        head_place = [m[3] for m in ments if m[2] in PLACE_TYPES and m[1] == b]
        if ev.place and (
            head_place == [ev.place]
            or len(places) == 1
            and ev.place in places
            or not places
            and ev.cls in r["place_label_classes"]
        ):
            return ev.place  # "Syria's fourth-largest city Hama": the phrase's head
        if len(places) == 1:
            return next(iter(places))
        return _strip_article(text[a:b], r)
    if ev.place:
        return ev.place
    if ev.tense is None:  # a noun: its own phrase, "the country's 13-year civil war"
        i, n = ev.tok
        k = i
        while k > 0:
            w, t = toks[k - 1][2].lower(), toks[k - 1][3]
            if t in ("DT", "PRP$"):
                k -= 1
                break
            if not _np_part(w, t):  # a timex may premodify: "the 13-year civil war"
                break
            k -= 1
        if k < i:
            phrase = _strip_article(text[ev.sent_start + toks[k][0] : ev.end], r)
            if phrase.lower() != ev.trigger.lower() and phrase.lower() not in (
                "its " + ev.trigger.lower(),
                "their " + ev.trigger.lower(),
            ):
                return phrase
    if ev.targets:
        return ev.targets[0]
    return None  # the subject is no label: "X pushed" is not about X's push


def _np_start(
    toks: list[tuple[int, int, str, str]], i: int, tx_spans: list[tuple[int, int]], base: int
) -> int | None:
    """Index of the first token of the noun phrase ending right before token ``i`` (None if there
    is no such phrase with a common or proper noun in it)."""
    k, noun = i, False
    while k > 0:
        w, t = toks[k - 1][2].lower(), toks[k - 1][3]
        if _in_spans(base + toks[k - 1][0], tx_spans):
            break
        if t in ("DT", "PRP$"):
            k -= 1
            if k >= 2 and toks[k - 1][2].lower() == "of" and toks[k - 2][3].startswith("NN"):
                k -= 1  # "the head of [the ... forces]": the phrase goes on
                continue
            break
        if w == "of" and noun and k >= 2 and toks[k - 2][3].startswith("NN"):
            k -= 1
            continue
        if not _np_part(w, t):
            break
        noun = noun or t.startswith("NN")
        k -= 1
    if k > 0 and toks[k - 1][3] in ("IN", "TO"):
        return (
            None  # the object of a preposition ("took part in the offensive on Hama") is no subject
        )
    return k if noun and k < i else None


def _definite_anaphora(
    evs: list[_Event],
    tagged: dict[int, list[tuple[int, int, str, str]]],
    tx_spans: list[tuple[int, int]],
    text: str,
) -> None:
    """ "The insurgents entered the towns" after "entered the towns of Rastan and Talbiseh": an event
    whose object is a bare definite noun phrase ("the towns") and that has no place of its own is
    the earlier event of the same class whose object has the same head noun; it takes its place
    and targets (so the two mentions merge)."""
    r = roles()
    heads: list[tuple[_Event, str]] = []
    for ev in evs:
        if ev.cls == "statement":
            continue
        span = _object_span(ev, tagged[ev.sent_id], tx_spans, r)
        if span is None:
            continue
        words = text[span[0] : span[1]].split()
        head_words = words[: words.index("of")] if "of" in words else words
        if not head_words:
            continue
        head = head_words[-1].lower()
        bare = len(head_words) == len(words) and words[0].lower() == "the" and len(words) <= 3
        if bare and not ev.place and not ev.targets:
            prev = [
                x for x, h in heads if h == head and _cls(x) == _cls(ev) and (x.place or x.targets)
            ]
            if prev:
                ev.place, ev.targets = prev[-1].place, list(prev[-1].targets)
                ev.obj = prev[-1].obj
        heads.append((ev, head))


def _cls(ev: _Event) -> str:
    return CONVERSE.get(ev.cls, ev.cls)


def _strip_article(phrase: str, r: dict) -> str:
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in r["leading_articles"] else phrase


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _object_span(
    ev: _Event, toks: list[tuple[int, int, str, str]], tx_spans: list[tuple[int, int]], r: dict
) -> tuple[int, int] | None:
    """Character span of the noun phrase the trigger acts on: "captured [Syria's fourth-largest
    city Hama]", "the fall of [Hama]", "closing in on [the central city]", "captured and ruled over
    [large swathes of Iraq and Syria]". Stops at a timex, a clause break or a second determiner."""
    i, n = ev.tok
    k = i + n
    low = [t[2].lower() for t in toks]
    # coordinated verbs share the object: "captured and ruled over ..."
    if k + 1 < len(toks) and low[k] in r["object_coordinators"] and toks[k + 1][3].startswith("VB"):
        k += 2
    if k < len(toks) and low[k] in r["object_prepositions"] and toks[k][3] in ("IN", "TO", "RP"):
        if k + 1 < len(toks) and toks[k + 1][3].startswith("VB"):
            return None  # "push to take control": an infinitive, not an object
        k += 1
    if k + 1 < len(toks) and toks[k][3] == "RP":  # "pulled back from"
        k += 1
    begin, last, prev = k, None, None
    while k < len(toks):
        w, t = low[k], toks[k][3]
        if _in_spans(ev.sent_start + toks[k][0], tx_spans):
            break
        if t in ("DT", "PRP$", "PDT"):
            if prev is not None and prev not in ("of", "and"):
                break
        elif _np_part(w, t):
            if t.startswith("NN"):
                last = k
        elif w in ("of", "and") and last == k - 1:
            pass
        else:
            break
        prev, k = w, k + 1
    if last is None:
        return None
    return ev.sent_start + toks[begin][0], ev.sent_start + toks[last][1]


@lru_cache(maxsize=1)
def _agent_re() -> re.Pattern:
    """``by`` + up to three words, no clause break, right up to a mention: "by a US-led coalition"."""
    by = re.escape(roles()["agent_preposition"])
    preps = "|".join(
        re.escape(p) for p in sorted(roles()["object_prepositions"], key=len, reverse=True)
    )
    word = rf"(?!(?:{preps}|near|during|after|before)\b)[^\s,;.]+\s+"
    return re.compile(rf"\s*{by}\s+(?:{word}){{0,3}}", re.IGNORECASE)


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
    tagged: dict[int, list[tuple[int, int, str, str]]] = {}
    evs = _find_triggers(article, spans, verbs, tagged)
    ments = _mentions(article, entities)
    rows = _mention_rows(ments)
    for ev in evs:
        _participants(ev, rows, spans[ev.sent_id][1], article.text, verbs.get(ev.sent_id, ()))
        if ments is None:
            ev.object_key = _object_key(article.text, ev)
    timexes = article_tags(article)
    tx_spans = [(t.start, t.end) for t in timexes]
    for ev in evs:
        ev.obj = _object_label(ev, tagged[ev.sent_id], tx_spans, rows, article.text)
    _definite_anaphora(evs, tagged, tx_spans, article.text)
    by_sent: dict[int, list[_Event]] = {}
    for ev in evs:
        by_sent.setdefault(ev.sent_id, []).append(ev)
    # (event, reference, offset, text, unit)
    relations: list[tuple[_Event, _Event, int, str, str]] = []
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
                unit = str(t.norm.extra.get("unit") or "day")
                relations.append((before[-1], after[0], off, t.text, unit))
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
    _pin_lead_relations(article, spans, relations, evs)
    for _ in range(3):
        _same_happening(evs)
        for ev, ref, off, text, _unit in relations:
            if ev.lead:
                continue  # dated from the DCT; its reference was dated from it
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


def _lead_sentences(article: Article, spans: list[tuple[int, int]]) -> set[int]:
    """Sentence ids of the story's lead: the first ``lead_sentences`` sentences after the headline
    (leading sentences without final punctuation: a headline, a kicker)."""
    first = 0
    for s, e in spans:
        sent = article.text[s:e].strip()
        if sent and sent[-1] not in ".!?…\"”’'":
            first += 1
        else:
            break
    return set(range(first, first + int(roles()["lead_sentences"])))


def _pin_lead_relations(
    article: Article,
    spans: list[tuple[int, int]],
    relations: list[tuple[_Event, _Event, int, str, str]],
    evs: list[_Event],
) -> None:
    """News lead convention: a story's lead event with no date of its own is the news of the day.

    "Rebels entered X the day after they captured Y" in the lead of a story published on D, the
    main verb in the past/perfect/present and undated: the entry is dated D and the capture D-1
    (the reference is only pinned when that day lies in the interval it already has).
    """
    dct = article.published
    if dct is None:
        return
    lead = _lead_sentences(article, spans)
    tenses = roles()["lead_event_tenses"]
    for ev, ref, off, text, unit in relations:
        if (
            ev.sent_id not in lead
            or ev.fixed
            or ev.cls == "statement"
            or ev.tense not in tenses
            or unit != "day"
        ):
            continue
        if any(x.lemma == ref.lemma and x.fixed and x.start < ref.start for x in evs):
            continue  # the reference was dated where first mentioned: the date follows from it
        day = dct - dt.timedelta(days=off)
        if ref.fixed and not (
            (ref.begin is None or ref.begin <= day) and (ref.until is None or day <= ref.until)
        ):
            continue  # the reference has a date of its own that says otherwise
        ev.begin = ev.until = dct
        ev.anchor_kind, ev.anchor_text, ev.confidence = (
            "relative to DCT by tense",
            "lead event: the day of publication",
            0.5,
        )
        ev.fixed = ev.lead = True
        if not ref.fixed:
            ref.begin = ref.until = day
            ref.anchor_kind, ref.anchor_text, ref.confidence = (
                "relative to another event",
                f"{text} -> {ev.trigger!r} (lead event, day of publication)",
                0.5,
            )
            ref.fixed = True


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
                    ev.obj,
                    ev.sentence,
                    ev.begin,
                    ev.until,
                    ev.anchor_kind,
                    ev.anchor_text,
                    round(ev.confidence, 2),
                )
            )
    return rows_frame(rows, EVENT_COLUMNS, none_for_missing=_NONE_COLUMNS)


_NONE_COLUMNS = frozenset(
    (
        "date_begin",
        "date_end",
        "value",
        "mod",
        "tz",
        "tense",
        "signal",
        "problem",
        "place",
        "object",
        "anchor_text",
    )
)


def _none_dates(df: pd.DataFrame) -> pd.DataFrame:
    """Keep missing values as ``None`` (not NaN): date columns hold ``datetime.date`` or ``None``."""
    for col in _NONE_COLUMNS:
        if col in df.columns:
            df[col] = pd.Series(
                [None if pd.isna(x) else x for x in df[col]], index=df.index, dtype=object
            )
    return df
