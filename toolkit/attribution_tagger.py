"""A learned attribution layer on top of the rule engine of :mod:`toolkit.sources`.

The rules find speech well but miss much of what news attributes: beliefs, plans, evidence and
stances with cues outside their verb lists ("Polls show the race is tightening"). This module
tags the tokens of each sentence unit (sentences joined where a quote spans them) with a
linear-chain CRF (python-crfsuite) whose labels are ``B-C`` / ``I-C`` (content), ``CUE``,
``SRC`` (source) and ``O``. It is *stacked* on the rules: the rule engine's own statements are
features (token inside a rule content of a given kind, a rule cue, a rule source), beside the
word, its suffix and part of speech (the article's memoised tokens, never re-tagged), an
in-quote flag, a cue lexicon learned from the training data, a window of two tokens and the
distance to the nearest cue word.

The model (``data/sources/attribution.crfsuite``, crfsuite's own format) is trained by
``benchmarks/train_attribution.py`` on the PolNeAR training split and loaded lazily, once per
process; nothing is downloaded. Only units that can hold an attribution (a cue-lexicon word, a
quote mark, a rule statement) are tagged, which keeps the cost to a few milliseconds per
article.

Merging (chosen on the last 15% of the training files, held out): a learned content
overlapping a rule statement keeps the rule statement (its source, via, reported_to and channel
are richer); a learned content of three or more words with no rule counterpart becomes a new
statement with ``method="learned"`` (``learned-pronoun`` when its speaker is a pronoun resolved
by the engine), its cue and source taken from the CRF's ``CUE`` / ``SRC`` spans nearest to it in
the same unit, ``confidence`` 0.3 + half the mean marginal probability of its tags; a content
whose tags average under 0.4 probability is dropped (near coin flips: F1 the same on the held-out
files, precision 0.004 higher). No learned row is made where its cue is a passive or a "call" use of one of the rules' own speech verbs that
the rules rejected ("was said to the porter", "called a meeting"), or a request about the source
itself ("asked not to be identified"). Rule statements the CRF tags as outside any content are
kept, and rule contents are not split where the CRF starts several contents in them (dropping
raised precision but lowered F1 on the held-out files; splitting gained 0.004 F1 there but
contradicts hand-checked statements).

``learned="encoder"`` swaps the CRF for the fine-tuned transformer of
:mod:`toolkit.attribution_encoder` behind the same ``tag_unit`` call (:func:`learned_model`); the
gate and the merging here are shared, with the encoder's own probability floor (0.7). The
encoder also moves the bounds of a rule's non-direct content to its own when it is sure
(:func:`_learned_bounds`: one content of two words or more over it, labels averaging 0.7; ``method``
gains ``-learned-span``): "Separately, X did Y, an official said" loses "Separately", and "said the
bridge would open in March, a date critics call optimistic" ends at "March". On held-out train
that gained 0.006 F1 (0.758 → 0.764) for the encoder and lost 0.004 for the CRF, which keeps
the rules' bounds.

>>> from toolkit.corpus import Article
>>> tags = tag_article(Article.from_text("Polls show the race is tightening.", outlet="Demo"))
>>> tags[["text", "tag"]].values.tolist()[:3]
[['Polls', 'SRC'], ['show', 'CUE'], ['the', 'B-C']]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.corpus import is_interview_question

if TYPE_CHECKING:  # pragma: no cover
    from toolkit.corpus import Article
    from toolkit.sources import _Engine, _Stmt, _Tok

MODEL_FILE = "data/sources/attribution.crfsuite"
CUES_FILE = "data/sources/attribution_cues.txt"
LABELS = ("B-C", "I-C", "CUE", "SRC", "O")

_RELATIVES = frozenset({"who", "whom", "which", "that"})
_QUOTE_CHARS = frozenset("“”\"‘’'`«»") | {"``", "''"}
_MIN_TOKENS = 3  # a learned content shorter than this (in word tokens) is dropped
# a learned content that is the frame of a nested attribution ("quoted a friend as saying") or
# a source's request ("asking not to be identified because …"): no words of the source
_NOT_CONTENT_RE = re.compile(
    r"\bas\s+(?:saying|telling|stating|writing)\s*$|^\W*not\s+to\s+be\s+(?:named|identified)\b"
)
_model_override: str | None = None  # set by the training script for held-out runs
_drop_rejected = False  # drop rule statements the CRF tags as outside any content
_rule_veto = True  # no learned row on a speech verb the rules saw and rejected
_veto_outside_quotes = False  # ... only outside quotes (the rules look for cues there only)
_veto_narrow = True  # ... only passives ("was said to") and "call" (a meeting, the police)
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_split_rules = False  # split a rule content where the CRF starts two or more contents in it
_min_overlap = 0.0  # a rule content sharing more than this share of tokens blocks a learned one


def model_path() -> str:
    """Filesystem path of the shipped model file.

    >>> model_path().endswith("attribution.crfsuite")
    True
    """
    if _model_override:
        return _model_override
    return str(resources.files("toolkit").joinpath(MODEL_FILE))


@lru_cache(maxsize=1)
def load_tagger():
    """The crfsuite ``Tagger`` with the attribution model opened (cached; None without a model).

    >>> load_tagger() is not None
    True
    """
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(model_path())
    except (OSError, ValueError):  # pragma: no cover - before the first training run
        return None
    return tagger


class _CrfModel:
    """The CRF behind the common ``tag_unit`` call of the learned layer."""

    min_conf = 0.4  # learned contents whose mean tag marginal is below this are dropped
    moves_bounds = False  # rule contents keep their bounds (moving them lost 0.004 held-out F1)

    def __init__(self, tagger) -> None:
        self.tagger = tagger

    def tag_unit(
        self, toks: list[_Tok], rtags: list[tuple[str, str]], in_quote: list[bool]
    ) -> tuple[list[str], list[float]]:
        tags = self.tagger.tag(unit_features(toks, rtags, in_quote))
        return tags, [self.tagger.marginal(t, k) for k, t in enumerate(tags)]


def model_name(learned: bool | str | None) -> str | None:
    """The learned model ``statements(learned=...)`` asks for: "crf", "encoder" or None (rules).

    >>> model_name(True), model_name("encoder"), model_name(False)
    ('crf', 'encoder', None)
    >>> model_name("bert")
    Traceback (most recent call last):
    ...
    ValueError: learned must be True, False, 'crf' or 'encoder', not 'bert'
    """
    if learned is True:
        return "crf"
    if learned is False or learned is None:
        return None
    if learned in ("crf", "encoder"):
        return learned
    raise ValueError(f"learned must be True, False, 'crf' or 'encoder', not {learned!r}")


def learned_model(model: bool | str = "crf"):
    """The learned layer's model: ``"crf"`` (fast, the default) or ``"encoder"`` (accurate).

    Either has ``tag_unit(tokens, rule_tags, in_quote) -> (labels, probabilities)`` and a
    ``min_conf``; None for the rules alone (``False``) or when the CRF model file is missing.

    >>> learned_model("crf").min_conf
    0.4
    >>> learned_model("bert")
    Traceback (most recent call last):
    ...
    ValueError: learned must be True, False, 'crf' or 'encoder', not 'bert'
    """
    name = model_name(model)
    if name is None:
        return None
    if name == "encoder":
        from toolkit.attribution_encoder import load_encoder

        return load_encoder()
    tagger = load_tagger()
    return _CrfModel(tagger) if tagger is not None else None


@lru_cache(maxsize=1)
def cue_lexicon() -> frozenset[str]:
    """Lower-case words that often open an attribution cue (learned from the training cues).

    >>> {"said", "believes", "show"} <= cue_lexicon()
    True
    """
    path = resources.files("toolkit").joinpath(CUES_FILE)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover
        return frozenset()
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


def _shape(w: str) -> str:
    if w in _QUOTE_CHARS:
        return "q"
    c = w[0]
    if c.isupper():
        return "C"
    if c.isalpha():
        return "l"
    if c.isdigit():
        return "d"
    return w[:1]


def _bucket(d: int) -> str:
    return "1" if d == 1 else "2" if d <= 3 else "4" if d <= 7 else "8" if d <= 15 else "F"


def rule_tags(toks: list[_Tok], stmts: list[_Stmt]) -> list[tuple[str, str]]:
    """Per token, the rule engine's view: (content tag ``B:kind``/``I:kind``/``-``, role).

    ``role`` is ``cue``, ``src`` or ``-``.

    >>> rule_tags([], [])
    []
    """
    n = len(toks)
    out = [["-", "-"] for _ in range(n)]
    if not n:
        return []
    starts = [t.start for t in toks]
    for s in stmts:
        if s.kind == "narrator":
            continue
        i = bisect_right(starts, s.start - 1)
        first = True
        while i < n and toks[i].start < s.end:
            out[i][0] = ("B:" if first else "I:") + s.kind
            first = False
            i += 1
        for a, b, role in ((s.cue_start, s.cue_end, "cue"), (s.source_start, s.source_end, "src")):
            if a is None:
                continue
            i = bisect_right(starts, a - 1)
            while i < n and toks[i].start < b:
                out[i][1] = role
                i += 1
    return [(a, b) for a, b in out]


def unit_features(
    toks: list[_Tok], rtags: list[tuple[str, str]], in_quote: list[bool]
) -> list[list[str]]:
    """crfsuite feature lists for the tokens of one unit (training and tagging share this).

    >>> from toolkit.sources import _Tok
    >>> toks = [_Tok(0, 5, "Polls", "polls", "NNS", 0), _Tok(6, 10, "show", "show", "VBP", 0)]
    >>> "w=show" in unit_features(toks, [("-", "-"), ("-", "-")], [False, False])[1]
    True
    """
    lex = cue_lexicon()
    n = len(toks)
    low = [t.lower for t in toks]
    pos = [t.pos for t in toks]
    isc = [w in lex for w in low]
    rc = [r[0] for r in rtags]
    rr = [r[1] for r in rtags]
    cue_idx = [i for i in range(n) if isc[i] or rr[i] == "cue"]
    feats = []
    ci = 0
    for i in range(n):
        w = low[i]
        f = [
            "w=" + w,
            "s3=" + w[-3:],
            "p=" + pos[i],
            "sh=" + _shape(toks[i].text),
            "rc=" + rc[i],
            "rr=" + rr[i],
        ]
        if in_quote[i]:
            f.append("inq")
        if isc[i]:
            f.append("lx")
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={low[j]}")
                f.append(f"p{d}={pos[j]}")
                if d in (-1, 1):
                    f.append(f"rc{d}={rc[j][:1]}")
                    f.append(f"rr{d}={rr[j]}")
                    if isc[j]:
                        f.append(f"lx{d}")
        # nearest cue word to the left and to the right
        while ci < len(cue_idx) and cue_idx[ci] < i:
            ci += 1
        if ci > 0:
            f.append("cl=" + _bucket(i - cue_idx[ci - 1]))
        j = ci + 1 if ci < len(cue_idx) and cue_idx[ci] == i else ci
        if j < len(cue_idx):
            f.append("cr=" + _bucket(cue_idx[j] - i))
        feats.append(f)
    return feats


def gated(toks: list[_Tok], rtags: list[tuple[str, str]]) -> bool:
    """Whether a unit can hold an attribution: a cue word, a quote mark or a rule statement.

    >>> gated([], [])
    False
    """
    lex = cue_lexicon()
    for t, r in zip(toks, rtags, strict=True):
        if t.lower in lex or t.text in _QUOTE_CHARS or r[0] != "-" or t.lower == "according":
            return True
    return False


def engine_units(eng: _Engine, stmts: list[_Stmt]):
    """Yield (tokens, rule tags, in-quote flags) for every gated unit of an engine's article."""
    for ustart, uend, _sid in eng.units():
        toks = eng.toks_in(ustart, uend)
        if not toks:
            continue
        rt = rule_tags(toks, [s for s in stmts if s.end > ustart and s.start < uend])
        if not gated(toks, rt):
            continue
        inq = [eng.in_quote(t.start) for t in toks]
        yield toks, rt, inq


def _runs(tags: list[str]) -> list[tuple[str, int, int]]:
    """(label, first, last+1) runs: contents (B-C I-C*), cues and sources."""
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(tags)
    while i < n:
        t = tags[i]
        if t == "O":
            i += 1
            continue
        lab = "C" if t in ("B-C", "I-C") else t
        j = i + 1
        while j < n and (tags[j] == "I-C" if lab == "C" else tags[j] == t):
            j += 1
        out.append((lab, i, j))
        i = j
    return out


def _kind(text: str) -> str:
    t = text.strip()
    if not t:
        return "indirect"
    if t[0] in '“"‘' and t.rstrip(".,")[-1:] in '”"’':
        return "direct"
    if any(c in t for c in '“”"'):
        return "mixed"
    return "indirect"


def _word_toks(toks: list[_Tok], a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if t.text[:1].isalnum())


def _room_for_new(toks: list[_Tok], rtags: list[tuple[str, str]]) -> bool:
    """Whether a unit has _MIN_TOKENS words in a row outside every rule content.

    A learned content touching a rule content is dropped, so a unit without such a stretch ("“…,”
    he said.") cannot gain a row and is not tagged: about a fifth of the gated units of news.

    >>> from toolkit.sources import _Tok
    >>> toks = [_Tok(i, i + 1, w, w, "NN", 0) for i, w in enumerate("he said so".split())]
    >>> _room_for_new(toks, [("-", "src"), ("-", "cue"), ("I:direct", "-")])
    False
    """
    run = 0
    for t, (content, _role) in zip(toks, rtags, strict=True):
        if content != "-":
            run = 0
        elif t.text[:1].isalnum():
            run += 1
            if run >= _MIN_TOKENS:
                return True
    return False


def _content_bounds(eng: _Engine, toks: list[_Tok], a: int, b: int) -> tuple[int, int]:
    """Character bounds of the learned content ``toks[a:b]``: trimmed as the rules trim, and
    without a leading complementiser ("that"), which is no part of the content in the rules."""
    from toolkit.sources import _DATELINE_RE

    cs, ce = eng.trim(toks[a].start, toks[b - 1].end)
    if eng.text[cs : cs + 5].lower() == "that " and ce - cs > 8:
        cs += 5
    dateline = _DATELINE_RE.match(eng.text, cs, ce)
    if dateline and dateline.end() < ce:
        cs = dateline.end()  # "TOKYO - Support for the Cabinet has fallen …": no dateline
    return _balanced(eng.text, cs, ce)


def _balanced(text: str, cs: int, ce: int) -> tuple[int, int]:
    """``text[cs:ce]`` with an unclosed bracket closed when its ")" follows in the sentence
    ("… Movement for National Renewal (MRN" ends at "(MRN)"), else cut before it ("… (").

    >>> t = "He backed the Movement for National Renewal (MRN) on Monday."
    >>> t[slice(*_balanced(t, t.index("the"), t.index("MRN") + 3))]
    'the Movement for National Renewal (MRN)'
    """
    if text.count("(", cs, ce) <= text.count(")", cs, ce):
        return cs, ce
    m = re.match(r"[^()\n.!?]{0,60}\)", text[ce:])
    if m:
        return cs, ce + m.end()
    cut = text.rfind("(", cs, ce)
    while cut > cs and text[cut - 1].isspace():
        cut -= 1
    return (cs, cut) if cut > cs else (cs, ce)


def _learned_bounds(eng: _Engine, st: _Stmt, toks, runs, probs, floor: float) -> _Stmt | None:
    """The rule statement with the bounds of the model's content over it, or None to keep it.

    The model's content run over the rule content is taken when it is the only one of two words
    or more, its bounds differ, its labels average ``floor`` probability or more,
    it takes in neither the statement's cue nor its source, and it does not end right before a
    finite verb (a subject cut from its verb). ``method`` gains
    ``-learned-span``; source, cue and the rest stay the rule's.
    """
    from toolkit.sources import _FINITE

    ins = [k for k, t in enumerate(toks) if st.start <= t.start < st.end]
    if not ins:
        return None
    lo, hi = ins[0], ins[-1] + 1
    over = [
        (a, b)
        for lab, a, b in runs
        if lab == "C" and a < hi and b > lo and _word_toks(toks, a, b) >= 2
    ]
    if len(over) != 1:
        return None  # none, or the model breaks the content up (a nested attribution): keep it
    a, b = over[0]
    if (a, b) == (lo, hi) or sum(probs[a:b]) / (b - a) < floor:
        return None
    cs, ce = _content_bounds(eng, toks, a, b)
    for x, y in ((st.cue_start, st.cue_end), (st.source_start, st.source_end)):
        if x is not None and cs < y and ce > x:
            return None
    if ce <= cs or (cs, ce) == (st.start, st.end):
        return None
    if b < hi and toks[b].pos in _FINITE:
        return None  # "the text-message alert" of "… alert arrived an hour late": a subject cut
        # from its verb
    return replace(st, start=cs, end=ce, method=st.method + "-learned-span")


def _main_clause(eng: _Engine, cs: int, ce: int) -> bool:
    """Has ``text[cs:ce]`` a finite verb outside relative clauses ("…, which …,", "that …",
    "who …")?"""
    from toolkit.sources import _is_finite

    toks = eng.toks_in(cs, ce)
    aside = bare = False  # in ", which …," / in "that …" before its verb
    for n, t in enumerate(toks):
        if aside:
            aside = t.text != ","
            continue
        if t.lower in ("which", "who", "whose", "that") and n:
            if toks[n - 1].text == ",":
                aside = True  # ("The UAE, which Sudan's army-aligned government accuses …")
            else:
                bare = True  # ("The bird that surprised them most was …")
            continue
        if bare and t.pos.startswith("VB"):
            bare = False  # the relative clause's own verb
            continue
        if not bare and _is_finite(t):
            return True
    return False


def augment(eng: _Engine, stmts: list[_Stmt], model: str = "crf") -> list[_Stmt]:
    """The rule statements plus the learned contents with no rule counterpart (narrator redone).

    Called by :func:`toolkit.sources.statements` after the rule engine; ``model`` is ``"crf"``
    (``learned=True``) or ``"encoder"`` (``learned="encoder"``), see :func:`learned_model`.

    >>> from toolkit.corpus import Article
    >>> from toolkit.sources import statements
    >>> art = Article.from_text("The senator believes the bill will pass.", outlet="Demo")
    >>> statements(art, narrator=False)[["source", "text"]].values.tolist()
    [['senator', 'the bill will pass']]
    """
    try:
        return _augment(eng, stmts, learned_model(model))
    except Exception as exc:  # the learned layer must never cost the rule statements
        eng.issues.append((0, f"learned attribution layer failed: {exc!r}"))
        return stmts


_SHOWN_RE = re.compile(r"\s+(?:displayed|displays|showed|shows|read|reads|bearing|reading)\b")


def _augment(eng: _Engine, stmts: list[_Stmt], tagger) -> list[_Stmt]:
    from toolkit.sources import (
        _ANONYMITY_REASON_RE,
        _GENERIC_NAMERS_RE,
        _GENERIC_PEOPLE,
        _MEASURE_NOUNS,
        _NAMING_VERBS,
        _PRONOUNS,
        _describe,
        _is_colon_label,
        _is_finite,
        _is_sign,
        _no_claim,
        _Source,
        _Stmt,
    )

    if tagger is None:
        return stmts
    rules = [s for s in stmts if s.kind != "narrator"]
    text = eng.text
    new: list[_Stmt] = []
    rejected: set[int] = set()
    for toks, rt, inq in engine_units(eng, rules):
        if not (
            _drop_rejected
            or _split_rules
            or _room_for_new(toks, rt)
            or (tagger.moves_bounds and any(c != "-" and c[2:] != "direct" for c, _role in rt))
        ):
            continue  # whatever the model tags here, no row could come of it or change
        tags, probs = tagger.tag_unit(toks, rt, inq)
        runs = _runs(tags)
        # the rule statements of this unit (the others have no token here)
        here = [s for s in rules if s.start < toks[-1].end and s.end > toks[0].start]
        if _drop_rejected:
            for s in here:
                ins = [k for k, t in enumerate(toks) if s.start <= t.start < s.end]
                if ins and sum(tags[k] == "O" for k in ins) >= 0.8 * len(ins):
                    rejected.add(id(s))
        if _split_rules:
            for s in here:
                if s.kind == "direct" or id(s) in rejected:
                    continue
                inner = [
                    (a, b)
                    for lab, a, b in runs
                    if lab == "C"
                    and s.start <= toks[a].start
                    and toks[b - 1].end <= s.end
                    and _word_toks(toks, a, b) >= _MIN_TOKENS
                ]
                if len(inner) < 2:
                    continue
                rejected.add(id(s))
                for a, b in inner:
                    cs, ce = eng.trim(toks[a].start, toks[b - 1].end)
                    new.append(replace(s, start=cs, end=ce, method=s.method + "-split"))
        if tagger.moves_bounds:
            for s in here:
                if s.kind != "direct" and id(s) not in rejected:
                    moved = _learned_bounds(eng, s, toks, runs, probs, tagger.min_conf)
                    if moved is not None:
                        rejected.add(id(s))
                        new.append(moved)
        cues = [(a, b) for lab, a, b in runs if lab == "CUE"]
        vetoed: set[tuple[int, int]] = set()
        if _rule_veto and cues:
            # a speech verb of the rules' lexicon that the rules did not take as a cue here
            # (passive "was said to", "called a meeting") or a request about the source itself
            # ("asked not to be identified"): the rules know these verbs, the CRF adds the rest
            verbs = eng.lex.verbs
            taken = (
                {c[1] for c in eng.cues(toks)}
                if any(toks[k].lower in verbs for ca, cb in cues for k in range(ca, cb))
                else set()
            )
            veto = eng.lex.not_content
            for ca, cb in cues:
                if any(
                    toks[k].lower in verbs
                    and toks[k].start not in taken
                    and not (_veto_outside_quotes and inq[k])
                    and (
                        not _veto_narrow
                        or verbs[toks[k].lower][0] in ("call", "observe", "read", "submit")
                        or (k and toks[k - 1].lower in _BE)
                        # "The villa, said to be owned by …"; "a resolution demanding …"
                        or (k and toks[k - 1].text == "," and toks[k].lower == "said")
                        # "The park, often described as the “Amazon of Odisha”, …"
                        or (
                            k > 1
                            and toks[k].lower in _NAMING_VERBS
                            and (toks[k - 1].text == "," or toks[k - 2].text == ",")
                        )
                        or (k and toks[k - 1].lower in _MEASURE_NOUNS)
                        # ("a unit defending the approaches to Sosnivka")
                        or eng.participle_on_noun(toks, k, verbs[toks[k].lower][0])
                    )
                    for k in range(ca, cb)
                ) or (
                    veto is not None and any(veto.match(text, toks[k].start) for k in range(ca, cb))
                ):
                    vetoed.add((ca, cb))
                elif toks[ca].lower in ("known", "nicknamed", "dubbed"):
                    vetoed.add((ca, cb))  # "Rennie, known as ‘Big Dog’ …": a name, no words
        srcs = [(a, b) for lab, a, b in runs if lab == "SRC"]
        for lab, a, b in runs:
            if lab != "C" or _word_toks(toks, a, b) < _MIN_TOKENS:
                continue
            covered = sum(rt[k][0] != "-" for k in range(a, b))
            if covered > _min_overlap * (b - a):
                continue  # a rule statement covers it: keep the rule's richer record
            cs, ce = _content_bounds(eng, toks, a, b)
            if (
                ce <= cs
                or _NOT_CONTENT_RE.search(text[cs:ce])
                # "The UAE, which … accuses of arming the RSF, has denied …": the subject of a
                # rule statement whose cue follows it, no content
                or any(
                    r.source_start is not None
                    and cs <= r.source_start <= cs + 4
                    and r.cue_start is not None
                    and r.cue_start >= ce
                    # (not a clause of its own: "The bird that surprised them most was …,
                    # says the technician", where the rules took "The bird" as the source)
                    and not _main_clause(eng, cs, ce)
                    for r in here
                )
                or _ANONYMITY_REASON_RE.search(text, max(0, cs - 120), cs)
                or (
                    re.match(r"(?:because|as|since)\b", text[cs:ce])
                    and re.search(r"(?:anonymity|named|identified)\W*$", text[max(0, cs - 40) : cs])
                )
            ):
                continue  # (also "… on condition of anonymity because they feared …": why unnamed)
            conf = sum(probs[a:b]) / (b - a)
            if conf < tagger.min_conf:
                continue
            st = _Stmt(
                cs,
                ce,
                _kind(text[cs:ce]),
                method="learned",
                sent_id=toks[a].sent_id,
                confidence=round(0.5 * conf, 2) + 0.3,
            )
            if cues:
                ca, cb = min(cues, key=lambda c: min(abs(c[0] - b), abs(a - c[1])))
                if (ca, cb) in vetoed:
                    continue
                st.cue_start, st.cue_end = toks[ca].start, toks[cb - 1].end
                st.cue = text[st.cue_start : st.cue_end]
                anchor = ca
            else:
                anchor = a
            if srcs:
                sa, sb = min(srcs, key=lambda c: min(abs(c[0] - anchor), abs(anchor - c[1])))
                phrase = text[toks[sa].start : toks[sb - 1].end]
                if phrase.lower() in _PRONOUNS:
                    pron = _Source(phrase, "unknown", toks[sa].start, toks[sb - 1].end)
                    st.method = "learned"
                    eng.resolve(st, pron)
                    st.method = "learned-pronoun"
                else:
                    ss, se = toks[sa].start, toks[sb - 1].end
                    w0 = max(0, ss - 80)
                    ante = (
                        re.search(r"([A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,3}),\s*$", text[w0:ss])
                        if re.match(r"(?:who|which)\s", phrase)
                        else None
                    )
                    if ante:  # "Dela Cruz, who chairs the committee, cited …": the name
                        ss, se = w0 + ante.start(1), w0 + ante.end(1)
                    src = _describe(text, ss, se)
                    if src is not None:
                        st.attributed_to(src)
            ss = st.source_start
            if ss is not None and (
                re.search(
                    r"(?:^|[.!?,;]\s+|\n)(?:[Ii]f|[Uu]nless)\s+(?:(?:the|a|an)\s+)?$",
                    text[max(0, ss - 16) : ss],
                )
                or re.match(r"(?:[Ii]f|[Uu]nless)\s", text[ss : st.source_end or ss])
            ):
                continue  # "If the Commission concludes that …": a condition, no one says it
            para_end = text.find("\n", st.end) % (len(text) + 1)
            para = text[text.rfind("\n", 0, st.start) + 1 : para_end]
            if is_interview_question(para, text[para_end:]):
                continue  # "Did the referee explain it to you?" / "“He said …”": a question
            if st.cue_end is not None and (st.cue or "").rstrip().endswith(":"):
                label = text[text.rfind("\n", 0, st.cue_end) + 1 : st.cue_end].strip(" :")
                if _is_colon_label(label):
                    continue  # "AP FACT CHECK: Pruitt's claims …": a rubric, no speaker
            cs = st.cue_start if st.cue_start is not None else st.start
            if _no_claim(text, cs, st.start, st.end):
                continue  # a profile's words, a relative clause with no content, a "so-called" term
            if eng.negated(st) or eng.misread(st):
                continue  # "Nobody said ...", "did not say whether ...": nothing was said
            if (
                st.cue_start is not None
                and (st.cue or "").split()[0].lower() not in eng.lex.verbs
                and any(
                    r.source_end is not None
                    and r.cue_start is not None
                    and r.sent_id == st.sent_id
                    and not (r.cue or "").endswith("ing")  # (not "…, warning that": the
                    # learned verb is the main one)
                    and r.source_end <= st.cue_start
                    and st.end <= r.cue_start
                    and (
                        re.match(r"\s*,?\s*(?:who|which|that)\b", text[r.source_end : st.cue_start])
                        # ("Oceanlink Ship Management, listed as the ship's manager in Equasis,
                        # said": a participle phrase on the speaker)
                        or (
                            re.fullmatch(r"\s*,\s*", text[r.source_end : st.cue_start])
                            and (st.cue or "").split()[0].lower().endswith("ed")
                            # (the rule's cue right after the phrase: not "The CFDT, France's
                            # largest union, welcomed “…,” but said …")
                            and re.fullmatch(r"[\s,”\"]*", text[st.end : r.cue_start])
                        )
                    )
                    for r in here
                )
            ):
                continue  # "Manolis Kypraios, a hotelier who … sits on the board of …, said": a
                # verb of the speaker's appositive, no statement
            if st.cue_start is not None and _is_sign(
                text[max(0, st.cue_start - 80) : st.cue_start].split(".")[-1]
            ):
                continue  # "A notice on the door read “Closed”": a sign shows it
            if re.search(
                r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?)\s+(?:that\s+)?"
                r"(?:reading|read|saying|said)$",
                (st.cue or "").lower(),
            ):
                continue  # "rallied with signs reading “Equal Service”": the signs show it
            if (st.cue or "").lower() not in eng.lex.verbs and re.search(
                r"\b(?:signs?|placards?|banners?|posters?)\s+(?:that\s+)?(?:reading|read|saying)\s*[“\"]",
                text[st.start : st.end],
            ):
                continue  # "about 40 residents … held placards reading “No water, no vote”",
                # cue "about": a sign's words inside a narrated clause
            shown = _SHOWN_RE.search(text, st.start, st.end)
            if re.search(
                r"\b(?:bore|bears|bearing|carried|carrying)\s+the\s+(?:words|slogan|message)\b",
                text[max(0, st.start - 40) : st.end],
            ):
                continue  # "A bedsheet on a balcony bore the words “Fix Our Homes”": a sign
            if st.cue_start is None and shown and _is_sign(text[st.start : shown.start()]):
                continue  # (the same with no cue: "A departure board displayed the word “…”")
            if (
                st.cue_end is not None
                and re.fullmatch(
                    r"(?:(?:often|widely|locally|also|sometimes|once)\s+)?(?:"
                    + "|".join(_NAMING_VERBS)
                    + r")(?P<to>\s+(?:to|among))?",
                    (st.cue or "").lower(),
                )
                and re.match(
                    r"\s+(?:(?:locally|widely)\s+)?"
                    + (
                        r"(?:[\w’'-]+\s+){1,3}?"
                        if (st.cue or "").lower().endswith(("to", "among"))
                        else r"(?:(?:to|among)\s+(?:[\w’'-]+\s+){1,3}?)?"
                    )
                    + r"as\b",
                    text[st.cue_end : st.cue_end + 40],
                )
            ):
                continue  # "a stretch of line known locally as “the Wet Mile”", "known to
                # longtime residents as “the old Medical Arts”": a name, no claim
            if (st.cue or "").lower() in ("titled", "entitled", "headlined", "subtitled"):
                continue  # "The paper, titled “Rank-based distribution …”, followed …": a title
            if re.fullmatch(
                r"(?:re)?(?:shar|post|tweet)(?:e|es|ed|ing|s)?", (st.cue or "").lower()
            ) and re.match(
                r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:post|video|photo|picture|image"
                r"|clip|link|tweet|footage)s?\b(?!\s+(?:that|saying)\b)",
                text[st.start : st.end],
            ):
                continue  # "shared the post on Instagram": passed on, no words of their own
            if (
                re.fullmatch(
                    r"(?:\w+\s+)?(?:direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?)",
                    (st.cue or "").lower(),
                )
                and re.match(r"(?:[\w’'.-]+\s+){0,4}?to\s+(?!be\b)[a-z]", text[st.start : st.end])
                and not any(_is_finite(t) for t in eng.toks_in(st.start, st.end))
            ):
                continue  # "Council directed staff to report back": an order, no words (an
                # order told is kept, as in the rules: "Trump told Jeb Bush to quiet down")
            if re.fullmatch(
                r"(?:he|she|they|it|we|i)\s+(?:\w+\s+)?(?:said|says|added|told|wrote)\W*",
                text[st.start : st.end].lower(),
            ):
                continue  # "She also said …, the SZ reported": the content is the clause after
            if re.match(r"be\s+[a-z]+ed\b", text[st.start : st.end]) or any(
                r.reported_to and r.reported_to == text[st.start : st.end] for r in rules
            ):
                continue  # "… her first name, Khadija, be used for fear of reprisals": no clause;
                # "warned Budget Commissioner Henrik Lund that …": the one told, no content
            if re.match(r"vot(?:e|es|ed|ing)\s+(?:\d|by\s+\d)", (st.cue or "").lower()) or (
                re.match(r"vot(?:e|es|ed|ing)\b", (st.cue or "").lower())
                and re.match(r"to\s+[a-z]", text[st.start : st.end])
            ):
                continue  # "Council voted 8-5 late Tuesday to defer the matter": a vote, no words
            if (
                st.cue_start is not None
                and re.search(r"\b(?:call|calls|dub|dubs|term|terms)$", (st.cue or "").lower())
                and (
                    _GENERIC_NAMERS_RE.search(
                        text[max(0, st.cue_start - 40) : st.cue_end].rsplit(" ", 1)[0] + " "
                    )
                    # "whom some deputies now mockingly call “Monsieur 49.3”": a nickname
                    or re.search(
                        r"\bwhom\s+(?:[\w’'-]+\s+){1,4}$",
                        text[max(0, st.cue_start - 50) : st.cue_start],
                    )
                )
            ):
                continue  # "what locals still call “the big one”": a name for a thing
            if re.fullmatch(
                r"(?:(?:has|have|had)\s+been|is|was|are|were|been|being)\s+(?:\w+ly\s+)?"
                r"(?:nicknamed|dubbed|named|called|billed|known|described|labell?ed|branded)"
                r"(?:\s+(?:among|to|by|locally|widely|within|in|across))?(?:\s+as)?",  # ("is known among supporters
                # as", "is known locally as")
                (st.cue or "").lower(),
            ):
                continue  # "has been nicknamed “the Wall of Paarl” by supporters": a name
            if st.cue is None and re.search(
                r"\b(?:"
                + "|".join(
                    _NAMING_VERBS
                    | {"titled", "reading", "read", "headline", "headlined", "slogan", "banner"}
                )
                + r")\s+(?:\w+\s+)?(?:as\s+)?[“\"‘]",
                text[max(0, st.start - 24) : st.end],  # ("signs reading “Equal Service”")
            ):
                continue  # (the same with no cue: the quoted words are a name or a sign)
            if (
                st.cue is None
                and re.search(
                    r"\b[Ww]hat\s+(?:it|they|he|she|we|\w+s)\s+(?:(?:in|at|from)\s+[A-Z][\w’'-]*\s+)?"
                    r"(?:still\s+|now\s+)?(?:call|calls|called|dubs)\s+(?:the\s+|a\s+)?[“\"‘]",
                    text[max(0, st.start - 30) : st.end],
                )
            ) or re.fullmatch(
                r"[Ww]hat\s+(?:it|they|\w+s)\s+(?:(?:in|at|from)\s+[A-Z][\w’'-]*\s+)?"
                r"(?:still\s+|now\s+)?(?:call|calls|called|dubs?|dubbed)\s+"
                r"(?:the\s+|a\s+)?[“\"‘][^“”\"]{1,50}[”\"’][,.]?(?:\s+(?:which|that)\b.*)?",
                text[st.start : st.end],
                re.S,
            ):
                continue  # "what it calls the “Basic Law: Torah Study”": a name for a thing
            if (st.cue is None or re.search(r"\brefer", (st.cue or "").lower())) and re.fullmatch(
                r"[^“”\"]{1,60}\bas\s+[“\"‘][^“”\"’]{1,40}[”\"’][.,]?", text[st.start : st.end]
            ):
                continue  # "(refer to) one overflow corridor as “the Green Mile”": a name
            if re.match(r"asked\b", (st.cue or "").lower()) and re.match(
                r"(?:about\s+)?(?:this|that|it|them)\b", text[st.start : st.end]
            ):
                continue  # "Asked about this, van der Berg pauses": no question is given
            if re.fullmatch(r"vot(?:ed|es|e|ing)", (st.cue or "").lower()) and re.match(
                r"(?:\d+\s*[-–]\s*\d+\s+)?(?:\w+\s+){0,3}?to\s", text[st.start : st.end]
            ):
                continue  # "The council voted 7-2 on Tuesday to shut the pool": an act
            if re.fullmatch(
                r"(?:talked|spoke|chatted)\s+(?:to|with)|interviewed|met(?:\s+with)?",
                (st.cue or "").lower(),
            ):
                continue  # "talked to a neighbor who …": whom someone talked to, not what
            if (st.cue or "").lower() in ("citing", "to"):
                # "…, Axios reported, citing two US officials": who is cited, not what; "voted
                # 5-2 late Monday to close the school": a bare "to" is no cue
                continue
            if (
                re.fullmatch(r"(?:\w+\s+)?add(?:s|ed|ing)?", (st.cue or "").lower())
                and not re.search(r"[“”\"]", text[st.start : st.end])
                and not re.match(r"that\b", text[st.start : st.end])
                and not eng.first_clause_has_verb(st.start, st.end)
            ):
                continue  # "…, adding hospitalization for angina to the endpoint": an act, as
                # the rules read "the delay would add $90 million to the cost"
            if re.search(r"[“”\"]", st.cue or "") or (
                re.fullmatch(r"[“\"‘][^“”\"]{1,60}[”\"’][,.]?", text[st.start : st.end])
                and re.search(
                    r"\b(?:memoir|book|novel|album|song|single|hit|film|movie|documentary|play"
                    r"|poem|series|show|podcast|column|essay|titled|entitled)\s*,?\s*$",
                    text[max(0, st.start - 40) : st.start],
                )
            ):
                continue  # "In his 2009 memoir, “Strings Across the Volta”, he wrote …": a title
            if re.match(r"(?:it|them|him|her)\s+(?:to|from)\s", text[st.start : st.end]):
                continue  # "downgraded it to ‘reduce’ from ‘hold’": done to something, not said
            if (
                st.cue is None
                and not re.search(r"[“”\"]", text[st.start : st.end])
                and not any(_is_finite(t) for t in eng.toks_in(st.start, st.end))
            ):
                continue  # "The results of the trial": no cue, no quote, no clause
            if st.source.lower().startswith(("not everyone", "not all ", "not everybody")):
                continue  # "Not everyone shared the mood of celebration": the narrator's
            if st.source.lower() in _GENERIC_PEOPLE or st.source.lower() in _RELATIVES:
                continue  # "Anyone who thinks they have been scammed should …": advice; a
                # bare "who"/"which" is no speaker ("Those who believe …", "…, which wants …")
            new.append(st)
    if not new and not rejected:
        return stmts
    kept = [s for s in rules if id(s) not in rejected]
    eng.out = kept + new
    eng.out.sort(key=lambda s: (s.start, s.end))
    eng.narrator()
    if new:  # learned sources get the rules' name merging, descriptor links and types too
        eng.merge_aliases()
        eng.link_descriptors()
        eng.unify_types()
        eng.own_outlet()
    eng.out.sort(key=lambda s: (s.start, s.end, s.source))
    return eng.out


def tag_article(article: Article, model: str = "crf") -> pd.DataFrame:
    """Token-level view of the learned layer: one row per token of the tagged units.

    Columns: doc_id, start, end, text, tag (``B-C``/``I-C``/``CUE``/``SRC``/``O``), rule (the rule
    engine's content tag for the token), p (the tag's marginal probability).

    >>> from toolkit.corpus import Article
    >>> df = tag_article(Article.from_text("It rained on Tuesday.", outlet="Demo"))
    >>> len(df)
    0
    """
    from toolkit.sources import _Engine

    eng = _Engine(article)
    stmts = [s for s in eng.run() if s.kind != "narrator"]
    tagger = learned_model(model)
    rows = []
    for toks, rt, inq in engine_units(eng, stmts):
        if tagger is None:  # pragma: no cover - before the first training run
            tags, probs = ["O"] * len(toks), [0.0] * len(toks)
        else:
            tags, probs = tagger.tag_unit(toks, rt, inq)
        for k, (t, tag) in enumerate(zip(toks, tags, strict=True)):
            rows.append((article.id, t.start, t.end, t.text, tag, rt[k][0], round(probs[k], 3)))
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "text", "tag", "rule", "p"])


__all__ = [
    "LABELS",
    "augment",
    "cue_lexicon",
    "gated",
    "learned_model",
    "load_tagger",
    "model_name",
    "model_path",
    "rule_tags",
    "tag_article",
    "unit_features",
]
