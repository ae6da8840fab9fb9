"""Tone of statements and of sources: three scorers side by side, and per-source aggregates.

The scoring unit is the **sentence**: a statement whose text spans several sentences is split
into sentences, each is scored, and the statement row aggregates them (mean of each number,
the ``news`` label taken from the mean probabilities). ``unit="sentence"`` returns the
sentence rows instead.

Scorers (see :data:`SCORERS`):

* ``"news"`` (default): a small target-aware logistic-regression classifier the project trains
  on the NewsMTSC training set (``benchmarks/train_sentiment.py``). Word n-grams of the sentence,
  words in a window around the target (the target replaced by a placeholder), negation scope
  and lexicon sums (VADER and TextBlob pattern valences) as features. Shipped as plain arrays
  (``data/sentiment/news_model.npz``, loaded with ``allow_pickle=False``) and run with numpy
  alone: scikit-learn is needed only to train. Gives class probabilities; ``news_score`` is
  ``pos - neg``.
* ``"textblob"``: TextBlob's pattern analyzer, polarity and subjectivity.
* ``"vader"``: VADER (``vaderSentiment`` package, lexicon inside the wheel) compound score.

The lexicon scorers also get a label, with thresholds chosen on the NewsMTSC training set
(kept in ``data/sentiment/news_model.json``). Each scorer lists the words that drove its score in
``<scorer>_words``.

>>> import pandas as pd
>>> st = pd.DataFrame({"statement_id": [0], "doc_id": ["d"], "source": ["the minister"],
...                    "text": ["The ceasefire is a great success for our people."]})
>>> row = sentiment(st).iloc[0]
>>> row["news_label"], bool(row["vader_compound"] > 0)
('positive', True)
"""

from __future__ import annotations

import json
import math
import re
import sys
import types
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from toolkit.errors import invalid_value

SCORERS: tuple[str, ...] = ("news", "textblob", "vader")
"""Names of the scorers :func:`sentiment` knows."""

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")

# value column and label rule per scorer, used by the aggregates
VALUE_COLUMN = {"news": "news_score", "textblob": "textblob_polarity", "vader": "vader_compound"}

_MODEL_DIR = "data/sentiment"
_MODEL_NPZ = "news_model.npz"
_MODEL_JSON = "news_model.json"
_LEXICON_FILE = "lexicon_settings.json"

PLACEHOLDER = "<t>"

# ------------------------------------------------------------------------------ tokenisation
_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_SENT_SPLIT_RE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


@lru_cache(maxsize=1)
def _lexicon_settings() -> dict[str, Any]:
    text = resources.files("toolkit").joinpath(f"{_MODEL_DIR}/{_LEXICON_FILE}").read_text("utf-8")
    return json.loads(text)


def _negators() -> frozenset[str]:
    return frozenset(_lexicon_settings()["negators"])


def _scope_breakers() -> frozenset[str]:
    return frozenset(_lexicon_settings()["scope_breakers"])


def _tokens(text: str, target: tuple[int, int] | None = None) -> tuple[list[str], int | None]:
    """Lower-cased tokens; the target span (if any) becomes one :data:`PLACEHOLDER` token.

    Returns the tokens and the index of the placeholder (None without a target).
    """
    out: list[str] = []
    t_index = None
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        if target is not None and s < target[1] and e > target[0]:
            if t_index is None:
                t_index = len(out)
                out.append(PLACEHOLDER)
            continue
        out.append(m.group().lower().replace("’", "'"))
    if target is not None and t_index is None:
        # target span between tokens (should not happen): put it at the closest position
        pos = sum(1 for m in _TOKEN_RE.finditer(text) if m.end() <= target[0])
        out.insert(pos, PLACEHOLDER)
        t_index = pos
    return out, t_index


def _negation_flags(toks: list[str]) -> list[bool]:
    """True for tokens inside a negation scope: after a negator, up to punctuation, a
    contrastive word or ``negation_scope`` words (``data/sentiment/lexicon_settings.json``)."""
    neg = _negators()
    breakers = _scope_breakers()
    scope = int(_lexicon_settings().get("negation_scope", 4))
    flags = [False] * len(toks)
    left = 0
    for i, t in enumerate(toks):
        if t in breakers:
            left = 0
            continue
        if left > 0:
            flags[i] = True
            left -= 1
        if t in neg or t.endswith("n't"):
            left = scope
    return flags


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _pattern_polarity() -> dict[str, float]:
    """Word -> polarity from TextBlob's pattern lexicon (averaged over senses)."""
    from textblob.en import sentiment as pattern_sentiment

    if not dict.__len__(pattern_sentiment):
        pattern_sentiment.load()
    out = {}
    for word, senses in dict.items(pattern_sentiment):
        values = senses.get(None) or next(iter(senses.values()), None)
        if values and values[0]:
            out[word] = float(values[0])
    return out


WINDOW = 5


def features(text: str, target: tuple[int, int] | None = None) -> dict[str, float]:
    """Features of one sentence towards an optional target span ``(start, end)`` in ``text``.

    The same function builds the training matrix (``benchmarks/train_sentiment.py``) and the
    inputs at run time, so the two cannot drift apart.

    >>> f = features("Critics did not praise Smith.", (23, 28))
    >>> f["u:neg_praise"], f["L:neg_praise"], f["L1:praise"], "u:smith" in f
    (1.0, 1.0, 1.0, False)
    """
    toks, ti = _tokens(text, target)
    flags = _negation_flags(toks)
    vader_lex = _vader().lexicon
    pattern = _pattern_polarity()
    f: dict[str, float] = {}
    lex = {k: 0.0 for k in ("vs+", "vs-", "ps+", "ps-", "vw+", "vw-", "pw+", "pw-")}
    for i, t in enumerate(toks):
        if t == PLACEHOLDER or not (t[0].isalnum()):
            if t in ('"', "“", "”"):
                f["quote"] = 1.0
            continue
        near = ti is not None and abs(i - ti) <= WINDOW
        name = ("neg_" + t) if flags[i] else t
        f["u:" + name] = 1.0
        sign = -1.0 if flags[i] else 1.0
        v = vader_lex.get(t)
        if v:
            v = v * sign / 4.0
            lex["vs+" if v > 0 else "vs-"] += v
            if near:
                lex["vw+" if v > 0 else "vw-"] += v
        p = pattern.get(t)
        if p:
            p = p * sign
            lex["ps+" if p > 0 else "ps-"] += p
            if near:
                lex["pw+" if p > 0 else "pw-"] += p
    for a, b in zip(toks, toks[1:], strict=False):
        f["b:" + a + " " + b] = 1.0
    if ti is None:
        f["notarget"] = 1.0
    else:
        for d in range(1, WINDOW + 1):
            for side, j in (("L", ti - d), ("R", ti + d)):
                if 0 <= j < len(toks):
                    t = toks[j]
                    name = ("neg_" + t) if flags[j] else t
                    f[side + ":" + name] = 1.0
                    if d == 1:
                        f[side + "1:" + t] = 1.0
        if ti + 2 < len(toks):
            f["R2:" + toks[ti + 1] + " " + toks[ti + 2]] = 1.0
        if ti >= 2:
            f["L2:" + toks[ti - 2] + " " + toks[ti - 1]] = 1.0
        if ti == 0:
            f["t_first"] = 1.0
        # inside a quotation? count quote marks before the target
        before = toks[:ti]
        if (before.count('"') % 2 == 1) or (before.count("“") > before.count("”")):
            f["t_in_quote"] = 1.0
    for k, v in lex.items():
        if v:
            f["lex:" + k] = float(v)
    return f


# ------------------------------------------------------------------------------ the news model
class NewsModel:
    """The trained ``news`` classifier: a vocabulary, a weight matrix and intercepts.

    Plain numpy arrays, no scikit-learn at run time. ``predict_proba`` takes a list of
    ``(sentence, target_span_or_None)`` pairs.
    """

    def __init__(
        self, vocabulary: Sequence[str], coef: np.ndarray, intercept: np.ndarray, meta: dict
    ):
        self.vocabulary = list(vocabulary)
        self.index = {f: i for i, f in enumerate(self.vocabulary)}
        self.coef = np.asarray(coef, dtype=np.float64)  # (n_features, 3)
        self.intercept = np.asarray(intercept, dtype=np.float64)  # (3,)
        self.meta = meta
        self.classes = tuple(meta.get("classes", LABELS))

    @classmethod
    def load(cls) -> NewsModel:
        base = resources.files("toolkit").joinpath(_MODEL_DIR)
        with base.joinpath(_MODEL_NPZ).open("rb") as fh:
            arrays = np.load(fh, allow_pickle=False)
            vocab = [str(v) for v in arrays["vocabulary"]]
            coef = arrays["coef"]
            intercept = arrays["intercept"]
        meta = json.loads(base.joinpath(_MODEL_JSON).read_text("utf-8"))
        return cls(vocab, coef, intercept, meta)

    def _logits(self, feats: dict[str, float]) -> tuple[np.ndarray, list[int], list[float]]:
        idx, val = [], []
        for k, v in feats.items():
            i = self.index.get(k)
            if i is not None:
                idx.append(i)
                val.append(v)
        if idx:
            logits = self.intercept + np.asarray(val) @ self.coef[idx]
        else:
            logits = self.intercept.copy()
        return logits, idx, val

    def predict_proba(self, items: Iterable[tuple[str, tuple[int, int] | None]]) -> np.ndarray:
        index = self.index
        idx: list[int] = []
        val: list[float] = []
        row_of: list[int] = []
        n = 0
        for n, (text, span) in enumerate(items, start=1):
            for k, v in features(text, span).items():
                i = index.get(k)
                if i is not None:
                    idx.append(i)
                    val.append(v)
                    row_of.append(n - 1)
        if n == 0:
            return np.zeros((0, len(self.classes)))
        z = np.tile(self.intercept, (n, 1))
        if idx:
            np.add.at(z, np.asarray(row_of), self.coef[idx] * np.asarray(val)[:, None])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def explain(
        self, text: str, span: tuple[int, int] | None, k: int = 5
    ) -> tuple[np.ndarray, list]:
        """Probabilities and the ``k`` features that pushed ``pos - neg`` most, with their push."""
        logits, idx, val = self._logits(features(text, span))
        z = logits - logits.max()
        p = np.exp(z) / np.exp(z).sum()
        neg, pos = self.classes.index("negative"), self.classes.index("positive")
        if idx:
            push = np.asarray(val) * (self.coef[idx, pos] - self.coef[idx, neg])
            order = np.argsort(-np.abs(push), kind="stable")[:k]
            words = [
                (_readable(self.vocabulary[idx[o]]), round(float(push[o]), 2))
                for o in order
                if abs(push[o]) >= 0.05
            ]
        else:
            words = []
        return p, words


_LEX_NAMES = {
    "vs+": "VADER positive words",
    "vs-": "VADER negative words",
    "vw+": "VADER positive words near target",
    "vw-": "VADER negative words near target",
    "ps+": "TextBlob positive words",
    "ps-": "TextBlob negative words",
    "pw+": "TextBlob positive words near target",
    "pw-": "TextBlob negative words near target",
}


def _readable(feature: str) -> str:
    kind, _, rest = feature.partition(":")
    if kind == "lex":
        return _LEX_NAMES.get(rest, rest)
    rest = rest.replace(PLACEHOLDER, "TARGET").replace("neg_", "not ")
    return {
        "u": rest,
        "b": rest,
        "L": f"{rest} (before target)",
        "R": f"{rest} (after target)",
        "L1": f"{rest} TARGET",
        "R1": f"TARGET {rest}",
        "L2": f"{rest} TARGET",
        "R2": f"TARGET {rest}",
    }.get(kind, feature)


@lru_cache(maxsize=1)
def news_model() -> NewsModel:
    """The shipped ``news`` model (loaded once, offline, without pickle)."""
    return NewsModel.load()


def available_scorers() -> list[str]:
    """Scorers that can run here (all three need only the package's own dependencies).

    >>> available_scorers()
    ['news', 'textblob', 'vader']
    """
    out = []
    for name in SCORERS:
        try:
            {"news": news_model, "textblob": _pattern_polarity, "vader": _vader}[name]()
        except Exception:  # pragma: no cover - a broken install
            continue
        out.append(name)
    return out


# ------------------------------------------------------------------------------ scorers
def lexicon_thresholds() -> dict[str, list[float]]:
    """Label thresholds ``[low, high]`` for the lexicon scorers, chosen on the training set."""
    meta = news_model().meta
    return {k: list(v) for k, v in meta.get("lexicon_thresholds", {}).items()}


def _label(value: float, low: float, high: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return "negative" if value < low else "positive" if value > high else "neutral"


def score_textblob(text: str) -> dict[str, Any]:
    """TextBlob pattern polarity and subjectivity, with the lexicon words behind them.

    >>> r = score_textblob("A terrible, not very good plan.")
    >>> round(r["textblob_polarity"], 2), r["textblob_words"][0]
    (-0.63, ('terrible', -1.0))
    """
    from textblob.en import sentiment as pattern_sentiment

    res = pattern_sentiment(text or "")
    words = [(" ".join(w), round(float(p), 2)) for w, p, _s, _x in res.assessments]
    return {
        "textblob_polarity": float(res[0]),
        "textblob_subjectivity": float(res[1]),
        "textblob_words": words,
    }


_VADER_WORD_RE = re.compile(r"[\w'’-]+|[:;=8][-o*']?[()dp\]\[/\\|]", re.IGNORECASE)


def score_vader(text: str) -> dict[str, Any]:
    """VADER compound score and the lexicon words (with their valence) found in the text.

    >>> r = score_vader("The attack killed ten people.")
    >>> r["vader_compound"] < 0, r["vader_words"]
    (True, [('attack', -2.1), ('killed', -3.5)])
    """
    v = _vader()
    compound = float(v.polarity_scores(text or "")["compound"])
    words = []
    for m in _VADER_WORD_RE.finditer(text or ""):
        w = m.group().lower().replace("’", "'")
        val = v.lexicon.get(w)
        if val:
            words.append((w, float(val)))
    return {"vader_compound": compound, "vader_words": words}


def score_news(text: str, target: tuple[int, int] | None = None) -> dict[str, Any]:
    """The ``news`` classifier on one sentence, towards ``target`` (a span) when given.

    >>> r = score_news("Smith was praised for her brave and wise leadership.", (0, 5))
    >>> r["news_label"]
    'positive'
    """
    p, words = news_model().explain(text or "", target)
    cls = news_model().classes
    probs = {c: float(p[cls.index(c)]) for c in LABELS}
    return {
        "news_label": max(LABELS, key=lambda c: probs[c]),
        "news_neg": probs["negative"],
        "news_neu": probs["neutral"],
        "news_pos": probs["positive"],
        "news_score": probs["positive"] - probs["negative"],
        "news_words": words,
    }


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans inside a statement's text (a light splitter: end mark, space, capital).

    >>> split_sentences("He left. “We won,” she said.")
    [(0, 8), (9, 28)]
    """
    if not text or not text.strip():
        return []
    spans, start = [], 0
    for m in _SENT_SPLIT_RE.finditer(text):
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text.rstrip())))
    # trim leading whitespace of each span
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
    return out


def _find_target(text: str, target: str) -> tuple[int, int] | None:
    if not target:
        return None
    m = re.search(r"(?<!\w)" + re.escape(target) + r"(?!\w)", text, flags=re.IGNORECASE)
    return m.span() if m else None


SENTIMENT_BASE_COLUMNS = ["statement_id", "doc_id", "source", "source_type", "kind", "text"]


def _scorer_columns(scorers: Sequence[str]) -> list[str]:
    cols: list[str] = []
    if "news" in scorers:
        cols += [
            "news_target",
            "news_label",
            "news_neg",
            "news_neu",
            "news_pos",
            "news_score",
            "news_words",
        ]
    if "textblob" in scorers:
        cols += ["textblob_polarity", "textblob_subjectivity", "textblob_label", "textblob_words"]
    if "vader" in scorers:
        cols += ["vader_compound", "vader_label", "vader_words"]
    return cols


def _word_strings(words: list[tuple[str, float]]) -> list[str]:
    """``[("killed", -3.5)]`` -> ``["killed (-3.50)"]``: readable, and storable in Parquet."""
    return [f"{w} ({v:+.2f})" for w, v in words]


def _score_sentence(text: str, scorers: Sequence[str], target: str | None) -> dict[str, Any]:
    row = _score_sentence_raw(text, scorers, target)
    for c in ("news_words", "textblob_words", "vader_words"):
        if c in row:
            row[c] = _word_strings(row[c])
    return row


def _score_sentence_raw(text: str, scorers: Sequence[str], target: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {}
    thresholds = lexicon_thresholds()
    if "news" in scorers:
        span = _find_target(text, target) if target else None
        row["news_target"] = text[span[0] : span[1]] if span else None
        row.update(score_news(text, span))
    if "textblob" in scorers:
        row.update(score_textblob(text))
        row["textblob_label"] = _label(
            row["textblob_polarity"], *thresholds.get("textblob", (-0.1, 0.1))
        )
    if "vader" in scorers:
        row.update(score_vader(text))
        row["vader_label"] = _label(row["vader_compound"], *thresholds.get("vader", (-0.3, 0.3)))
    return row


def _aggregate(parts: list[dict[str, Any]], scorers: Sequence[str]) -> dict[str, Any]:
    """One statement row from its sentence rows (means; words concatenated)."""
    if len(parts) == 1:
        return parts[0]
    thresholds = lexicon_thresholds()
    row: dict[str, Any] = {}
    if "news" in scorers:
        targets = [p["news_target"] for p in parts if p["news_target"]]
        row["news_target"] = targets[0] if targets else None
        for c in ("news_neg", "news_neu", "news_pos"):
            row[c] = float(np.mean([p[c] for p in parts]))
        probs = {
            "negative": row["news_neg"],
            "neutral": row["news_neu"],
            "positive": row["news_pos"],
        }
        row["news_label"] = max(LABELS, key=lambda c: probs[c])
        row["news_score"] = row["news_pos"] - row["news_neg"]
        row["news_words"] = [w for p in parts for w in p["news_words"]]
    if "textblob" in scorers:
        row["textblob_polarity"] = float(np.mean([p["textblob_polarity"] for p in parts]))
        row["textblob_subjectivity"] = float(np.mean([p["textblob_subjectivity"] for p in parts]))
        row["textblob_label"] = _label(
            row["textblob_polarity"], *thresholds.get("textblob", (-0.1, 0.1))
        )
        row["textblob_words"] = [w for p in parts for w in p["textblob_words"]]
    if "vader" in scorers:
        row["vader_compound"] = float(np.mean([p["vader_compound"] for p in parts]))
        row["vader_label"] = _label(row["vader_compound"], *thresholds.get("vader", (-0.3, 0.3)))
        row["vader_words"] = [w for p in parts for w in p["vader_words"]]
    return row


def _empty_scores(scorers: Sequence[str]) -> dict[str, Any]:
    row: dict[str, Any] = {c: float("nan") for c in _scorer_columns(scorers)}
    for c in row:
        if c.endswith("_words"):
            row[c] = []
        elif c.endswith("_label"):
            row[c] = ""
        elif c == "news_target":
            row[c] = None
    return row


def sentiment(
    statements: pd.DataFrame,
    *,
    scorers: Sequence[str] | str = SCORERS,
    target: str | None = None,
    unit: str = "statement",
    articles: Any = None,
) -> pd.DataFrame:
    """Score each statement's text with each scorer.

    ``statements`` is a table with at least a ``text`` column (normally
    ``toolkit.statements(article)``; an Article or Corpus is accepted and its statements are
    found first); ``statement_id``, ``doc_id``, ``source``, ``source_type``,
    ``kind``, and ``outlet, sent_id, start, end, via, reported_to, channel`` are carried
    through when present (missing ones of the first five are None). ``target`` (an entity name as it
    appears in the text): the ``news`` scorer gives the tone *towards* it in sentences that
    mention it (``news_target`` says which span was used); otherwise the tone of the sentence.
    (An ``entities`` column is used by :func:`source_entity_table`, which scores each statement
    towards each entity it names; here the row stays the tone of the statement.)
    ``articles`` (an Article, Corpus or list): adds the ``outlet`` of each ``doc_id``, for
    ``sentiment_by_source(..., by=("outlet", "source"))`` over a corpus.

    Columns: ``statement_id, doc_id, source, source_type, kind, text, n_sentences`` (plus
    ``sent_index`` with ``unit="sentence"``), and per scorer:
    ``news_target, news_label, news_neg, news_neu, news_pos, news_score, news_words``;
    ``textblob_polarity, textblob_subjectivity, textblob_label, textblob_words``;
    ``vader_compound, vader_label, vader_words``. ``*_words`` are lists of strings
    ``"word (+value)"``: the lexicon valence (TextBlob, VADER) or the push of a feature on
    ``pos - neg`` (news); the ``score_*`` helpers give them as ``(word, value)`` tuples.
    An empty text gets NaN scores and empty word lists (never dropped).

    >>> import pandas as pd
    >>> st = pd.DataFrame({"text": ["The strike killed dozens of civilians.", ""]})
    >>> out = sentiment(st, scorers="vader")
    >>> out["vader_label"].tolist()
    ['negative', '']
    """
    if isinstance(scorers, str):
        scorers = (scorers,)
    scorers = tuple(scorers)
    for s in scorers:
        if s not in SCORERS:
            raise invalid_value("scorers", s, SCORERS)
    if unit not in ("statement", "sentence"):
        raise invalid_value("unit", unit, ("statement", "sentence"))
    if not isinstance(statements, pd.DataFrame):
        from toolkit.corpus import Article, Corpus

        if isinstance(statements, Article | Corpus) or (
            isinstance(statements, list) and statements and isinstance(statements[0], Article)
        ):
            # an article or corpus: find its statements first
            import importlib

            articles = statements if articles is None else articles
            statements = importlib.import_module("toolkit.sources").statements(statements)
    if not isinstance(statements, pd.DataFrame):
        raise TypeError(
            "sentiment() expects a statements DataFrame (e.g. toolkit.statements(article))"
        )
    if "text" not in statements.columns:
        raise ValueError("the statements table has no 'text' column")

    if articles is not None:
        from toolkit.corpus import as_articles

        outlets = {a.id: a.outlet for a in as_articles(articles)}
        statements = statements.copy()
        if "doc_id" in statements.columns:
            statements["outlet"] = statements["doc_id"].map(outlets)
    carried = [c for c in SENTIMENT_BASE_COLUMNS if c != "text"]
    extra = [
        c
        for c in (
            "outlet",
            "sent_id",
            "start",
            "end",
            "descriptor",
            "via",
            "reported_to",
            "channel",
        )
        if c in statements.columns
    ]
    rows = []
    # column lists, not to_dict("records"): much faster on Arrow-backed string columns
    wanted = [c for c in ("text", *carried, *extra) if c in statements.columns]
    columns_data = [statements[c].tolist() for c in wanted]
    records = (dict(zip(wanted, vals, strict=True)) for vals in zip(*columns_data, strict=True))
    for pos, rec in enumerate(records):
        text = rec.get("text")
        text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
        base = {c: rec.get(c) for c in carried}
        if base["statement_id"] is None:
            base["statement_id"] = pos
        base.update({c: rec.get(c) for c in extra})
        base["text"] = text
        spans = split_sentences(text)
        parts = [_score_sentence(text[s:e], scorers, target) for s, e in spans]
        if unit == "sentence":
            for k, (s, e) in enumerate(spans):
                rows.append(
                    {**base, "text": text[s:e], "n_sentences": 1, "sent_index": k, **parts[k]}
                )
            if not spans:
                rows.append({**base, "n_sentences": 0, "sent_index": 0, **_empty_scores(scorers)})
            continue
        scores = _aggregate(parts, scorers) if parts else _empty_scores(scorers)
        rows.append({**base, "n_sentences": len(spans), **scores})
    columns = SENTIMENT_BASE_COLUMNS + extra + ["n_sentences"]
    if unit == "sentence":
        columns.append("sent_index")
    columns += _scorer_columns(scorers)
    return pd.DataFrame(rows, columns=columns)


# ------------------------------------------------------------------------------ aggregates
BY_SOURCE_COLUMNS = [
    "scorer",
    "is_narrator",
    "n",
    "mean",
    "ci_low",
    "ci_high",
    "min",
    "max",
    "share_positive",
    "share_negative",
]


def _is_narrator(frame: pd.DataFrame) -> pd.Series:
    flag = pd.Series(False, index=frame.index)
    if "kind" in frame.columns:
        flag |= frame["kind"].astype(str).eq("narrator")
    if "source_type" in frame.columns:
        flag |= frame["source_type"].astype(str).eq("outlet")
    return flag


def bootstrap_ci(
    values: Sequence[float], *, n_boot: int = 1000, seed: int | str = 0, level: float = 0.90
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (deterministic for a given ``seed``).

    >>> bootstrap_ci([0.2, 0.4, 0.6], n_boot=200, seed=1) == bootstrap_ci([0.2, 0.4, 0.6], n_boot=200, seed=1)
    True
    >>> bootstrap_ci([0.5])
    (0.5, 0.5)
    """
    x = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    if len(x) == 0:
        return (float("nan"), float("nan"))
    if len(x) == 1 or n_boot <= 0:
        return (float(x.mean()), float(x.mean()))
    if isinstance(seed, str):
        seed = zlib.crc32(seed.encode("utf-8"))
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(n_boot, len(x)))].mean(axis=1)
    alpha = (1.0 - level) / 2.0
    return (float(np.quantile(means, alpha)), float(np.quantile(means, 1.0 - alpha)))


def _labels_for(frame: pd.DataFrame, scorer: str) -> pd.Series:
    col = f"{scorer}_label"
    if col in frame.columns:
        return frame[col].astype(str)
    low, high = lexicon_thresholds().get(scorer, (-0.05, 0.05))
    return frame[VALUE_COLUMN[scorer]].map(lambda v: _label(v, low, high))


def sentiment_by_source(
    sentiment_df: pd.DataFrame,
    *,
    scorer: str | Sequence[str] = "news",
    by: Sequence[str] | str = ("source",),
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Tone per source (and per outlet with ``by=("outlet", "source")``), tidy: one row per
    group and scorer.

    ``scorer``: one name, several, or ``"all"`` (every scorer present in ``sentiment_df``).
    Values: ``news_score`` (pos - neg), ``textblob_polarity``, ``vader_compound``. Columns: the
    ``by`` columns, ``scorer, is_narrator, n, mean, ci_low, ci_high`` (percentile bootstrap 90%
    interval of the mean, ``n_boot`` resamples, seeded per group so the result does not depend
    on row order), ``min, max, share_positive, share_negative`` (from the labels); grouped by
    source, a table with a ``descriptor`` column (from :func:`toolkit.statements`) also gets
    ``descriptor`` after the ``by`` columns: the source's most frequent role ("defence
    minister"), so that a name in a chart still says who it is. The narrator
    (kind ``narrator`` or source type ``outlet``) is its own row with ``is_narrator`` True.
    Rows with no score (empty text) are not counted.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"source": ["A", "A", "B"], "kind": ["direct", "direct", "narrator"],
    ...                    "news_score": [0.5, -0.1, 0.0],
    ...                    "news_label": ["positive", "neutral", "neutral"]})
    >>> sentiment_by_source(df)[["source", "n", "mean", "is_narrator"]].to_dict("records")
    [{'source': 'A', 'n': 2, 'mean': 0.2, 'is_narrator': False}, {'source': 'B', 'n': 1, 'mean': 0.0, 'is_narrator': True}]
    """
    by = (by,) if isinstance(by, str) else tuple(by)
    if not isinstance(sentiment_df, pd.DataFrame):
        raise TypeError("sentiment_by_source() expects the DataFrame returned by sentiment()")
    for c in by:
        if c not in sentiment_df.columns:
            hint = " (pass articles= to sentiment() to add it)" if c == "outlet" else ""
            raise ValueError(f"column {c!r} (from by=) is not in the sentiment table{hint}")
    if scorer == "all":
        scorers = [s for s in SCORERS if VALUE_COLUMN[s] in sentiment_df.columns]
    else:
        scorers = [scorer] if isinstance(scorer, str) else list(scorer)
    for s in scorers:
        if s not in SCORERS:
            raise invalid_value("scorer", s, SCORERS)
        if VALUE_COLUMN[s] not in sentiment_df.columns:
            raise ValueError(
                f"scorer {s!r} is not in the sentiment table (no {VALUE_COLUMN[s]} column)"
            )
    with_role = "source" in by and "descriptor" in sentiment_df.columns
    columns = list(by) + (["descriptor"] if with_role else []) + BY_SOURCE_COLUMNS
    if sentiment_df.empty:
        return pd.DataFrame(columns=columns)
    frame = sentiment_df.copy()
    frame["_narrator"] = _is_narrator(frame)
    for c in by:
        frame[c] = frame[c].fillna("unknown")
    roles: dict = {}
    if with_role:
        for key, g in frame.groupby(list(by), sort=False, dropna=False):
            found = g["descriptor"].dropna()
            found = found[found.astype(str).str.strip() != ""]
            key = key if isinstance(key, tuple) else (key,)
            counts = found.astype(str).value_counts()
            # most frequent, ties by name: the same whatever the row order
            roles[key] = (
                min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if len(found) else None
            )
    rows = []
    for s in scorers:
        vcol = VALUE_COLUMN[s]
        sub = frame[frame[vcol].notna()].copy()
        sub["_label"] = _labels_for(sub, s)
        for key, g in sub.groupby(list(by), sort=True, dropna=False):
            key = key if isinstance(key, tuple) else (key,)
            vals = g[vcol].astype(float).to_numpy()
            lo, hi = bootstrap_ci(vals, n_boot=n_boot, seed=f"{seed}|{s}|{'|'.join(map(str, key))}")
            rows.append(
                {
                    **dict(zip(by, key, strict=True)),
                    **({"descriptor": roles.get(key)} if with_role else {}),
                    "scorer": s,
                    "is_narrator": bool(g["_narrator"].any()),
                    "n": int(len(vals)),
                    "mean": round(float(vals.mean()), 10),
                    "ci_low": lo,
                    "ci_high": hi,
                    "min": float(vals.min()),
                    "max": float(vals.max()),
                    "share_positive": float((g["_label"] == "positive").mean()),
                    "share_negative": float((g["_label"] == "negative").mean()),
                }
            )
    out = pd.DataFrame(rows, columns=columns)
    # quoted sources first (most statements first), the narrator last, per scorer
    out = out.sort_values(
        ["scorer", "is_narrator", "n", *by],
        ascending=[True, True, False] + [True] * len(by),
        kind="stable",
    )
    order = {s: i for i, s in enumerate(scorers)}
    out = out.sort_values("scorer", key=lambda c: c.map(order), kind="stable")
    return out.reset_index(drop=True)


# ------------------------------------------------------------------------------ source x entity
SOURCE_ENTITY_COLUMNS = [
    "source",
    "source_type",
    "is_narrator",
    "entity",
    "n",
    "mean",
    "share_positive",
    "share_negative",
]


def _mentions_for(
    statements: pd.DataFrame, mentions: pd.DataFrame | None, article: Any
) -> pd.DataFrame | None:
    if mentions is not None:
        return mentions
    if article is None:
        return None
    import importlib

    try:
        # importlib, not ``from toolkit import entities`` (that name is also a function)
        entities_module = importlib.import_module("toolkit.entities")
    except ImportError:
        return None
    fn = getattr(entities_module, "mentions", None)
    return fn(article) if fn is not None else None


def source_entity_table(
    statements: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    article: Any = None,
) -> pd.DataFrame:
    """What each source says about whom: one row per (source, entity) with the mean ``news``
    tone *towards* the entity in that source's statements.

    Entities come from ``mentions`` (a table with ``doc_id, start, end, text, entity`` like
    ``toolkit.mentions(article)``; mentions inside a statement's span are used), else from
    ``toolkit.mentions(article)`` when ``article`` is given and the entities module exists, else
    from an ``entities`` column of ``statements`` (a list of names per statement, found in the
    text). Each (statement, entity) pair is scored once, towards the entity's first mention in
    the statement. Columns: ``source, source_type, is_narrator, entity, n, mean,
    share_positive, share_negative``.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"source": ["the mayor"], "text": ["Jones did a wonderful, brilliant job."],
    ...                    "entities": [["Jones"]]})
    >>> source_entity_table(st)[["source", "entity", "n"]].to_dict("records")
    [{'source': 'the mayor', 'entity': 'Jones', 'n': 1}]
    """
    if not isinstance(statements, pd.DataFrame):
        raise TypeError("source_entity_table() expects a statements DataFrame")
    mentions = _mentions_for(statements, mentions, article)
    pairs = []  # (statement row, entity, sentence text, span in sentence)
    records = statements.to_dict("records")
    by_doc: dict[Any, pd.DataFrame] = {}
    if mentions is not None and len(mentions):
        need = {"doc_id", "start", "end", "entity"}
        if not need <= set(mentions.columns):
            raise ValueError(f"mentions needs columns {sorted(need)}")
        by_doc = {d: g.sort_values("start") for d, g in mentions.groupby("doc_id", sort=False)}
    for rec in records:
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        found: dict[str, tuple[int, int]] = {}
        if by_doc and rec.get("start") is not None and rec.get("doc_id") in by_doc:
            st0, st1 = int(rec["start"]), int(rec["end"])
            g = by_doc[rec["doc_id"]]
            inside = g[(g["start"] >= st0) & (g["end"] <= st1)]
            for m in inside.to_dict("records"):
                name = m.get("entity") or m.get("text")
                if name and name not in found:
                    found[str(name)] = (int(m["start"]) - st0, int(m["end"]) - st0)
        elif mentions is None and isinstance(rec.get("entities"), list | tuple | set | np.ndarray):
            for name in rec["entities"]:
                span = _find_target(text, str(name))
                if span and str(name) not in found:
                    found[str(name)] = span
        for name, (a, b) in found.items():
            for s, e in split_sentences(text):
                if s <= a and b <= e:
                    pairs.append((rec, name, text[s:e], (a - s, b - s)))
                    break
    if not pairs:
        return pd.DataFrame(columns=SOURCE_ENTITY_COLUMNS)
    probs = news_model().predict_proba([(t, span) for _r, _n, t, span in pairs])
    cls = news_model().classes
    neg, pos = cls.index("negative"), cls.index("positive")
    labels = np.asarray(cls)[probs.argmax(axis=1)]
    frame = pd.DataFrame(
        {
            "source": [r.get("source") or "unknown" for r, *_ in pairs],
            "source_type": [r.get("source_type") for r, *_ in pairs],
            "kind": [r.get("kind") for r, *_ in pairs],
            "entity": [n for _r, n, *_ in pairs],
            "score": probs[:, pos] - probs[:, neg],
            "label": labels,
        }
    )
    frame["is_narrator"] = _is_narrator(frame)
    rows = []
    for (source, entity), g in frame.groupby(["source", "entity"], sort=True):
        rows.append(
            {
                "source": source,
                "source_type": g["source_type"].iloc[0],
                "is_narrator": bool(g["is_narrator"].any()),
                "entity": entity,
                "n": int(len(g)),
                "mean": float(g["score"].mean()),
                "share_positive": float((g["label"] == "positive").mean()),
                "share_negative": float((g["label"] == "negative").mean()),
            }
        )
    out = pd.DataFrame(rows, columns=SOURCE_ENTITY_COLUMNS)
    return out.sort_values(
        ["is_narrator", "source", "n", "entity"], ascending=[True, True, False, True]
    ).reset_index(drop=True)


class _CallableModule(types.ModuleType):
    """``toolkit.sentiment`` is both this module and the function :func:`sentiment`: once the
    module has been imported as ``toolkit.sentiment`` (e.g. by the pipeline), Python binds the
    package attribute to the module, so the module forwards calls to the function."""

    def __call__(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        return sentiment(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
