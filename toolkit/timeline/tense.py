"""Tense of the verb that governs a temporal expression, from the POS tags of ``toolkit.text``.

Used to resolve "on Thursday", "in March", "the third quarter" against the publication date:
past tense -> the last such day before (or on) the DCT, future -> the next one, otherwise the nearest.
"""

from __future__ import annotations

import re
from functools import lru_cache

FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "ll"}
MODAL_FUTURE = {"can", "could", "may", "might", "should", "must", "ought"}
PERFECT = {"has", "have", "had", "'d", "’d", "hath"}
PAST_BE = {"was", "were", "did", "had"}
PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re", "does", "do"}
INTENT = {
    "going",
    "expected",
    "scheduled",
    "due",
    "plans",
    "plan",
    "planned",
    "set",
    "intends",
    "aims",
}

_TOKEN = re.compile(r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|d|ll|re|ve|m)\b|\w+(?:[-.]\w+)*|[^\w\s]")
_APOS = str.maketrans({"’": "'", "‘": "'"})


@lru_cache(maxsize=1)
def _parser():
    from textblob.en import parser  # the same pattern tagger ``toolkit.tokens`` uses

    return parser


def tag_sentence(sentence: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, word, tag)`` for each token of ``sentence`` (offsets into the sentence).

    Penn tags from TextBlob's pattern tagger, as in ``toolkit.tokens``. Cached per sentence text:
    the timex tagger and the event finder tag the same sentences.
    """
    return list(_tag_sentence(sentence))


@lru_cache(maxsize=2048)
def _tag_sentence(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    spans = [m.span() for m in _TOKEN.finditer(sentence)]
    words = [sentence[a:b] for a, b in spans]
    if not words:
        return ()
    tags = [t for _, t in _parser().find_tags([w.translate(_APOS) for w in words])]
    return tuple((a, b, w, t) for (a, b), w, t in zip(spans, words, tags, strict=True))


def tense_at(tokens: list[tuple[int, int, str, str]], start: int, end: int) -> str | None:
    """``"past"``, ``"future"``, ``"present"`` or ``None`` for the span ``start:end`` of a sentence.

    Looks at the nearest verb to the span (outside it) and its auxiliaries.

    >>> toks = tag_sentence("The company said Friday it would sell the unit.")
    >>> tense_at(toks, 17, 23)
    'past'
    >>> toks = tag_sentence("Talks will resume on Monday.")
    >>> tense_at(toks, 21, 27)
    'future'
    """
    verbs = []
    for i, (a, b, _w, t) in enumerate(tokens):
        if a >= start and b <= end:
            continue
        if t.startswith("VB") or t == "MD":
            dist = (start - b) if b <= start else 2 * (a - end)  # governing verbs mostly precede
            verbs.append((dist, i))
    if not verbs:
        return None
    verbs.sort()
    for _dist, i in verbs[:2]:
        result = _verb_group_tense(tokens, i)
        if result is not None:
            return result
    return None


def _verb_group_tense(tokens: list[tuple[int, int, str, str]], i: int) -> str | None:
    _a, _b, word, tag = tokens[i]
    low = word.lower()
    # look left over auxiliaries and adverbs
    left = []
    j = i - 1
    while j >= 0 and len(left) < 4:
        w, t = tokens[j][2].lower(), tokens[j][3]
        if t.startswith("VB") or t in ("MD", "RB", "TO") or w in FUTURE_AUX or w in ("not", "n't"):
            left.append((w, t))
            j -= 1
            continue
        break
    left_words = {w for w, _ in left}
    if low in FUTURE_AUX or left_words & FUTURE_AUX:
        return "future"
    if tag == "MD":
        return None  # could/may/would: no clear direction
    if left and left[0][1] == "TO":
        # infinitive: "is going to vote Friday" is future; "agreed to meet" is unclear
        if j >= 0 and tokens[j][2].lower() in INTENT:
            return "future"
        return None
    if left_words & MODAL_FUTURE:
        return None
    if low in INTENT and i + 1 < len(tokens) and tokens[i + 1][2].lower() == "to":
        return "future"
    if tag == "VBD" or low in PAST_BE:
        return "past"
    if tag == "VBN":
        if left_words & PRESENT_BE and not left_words & PERFECT:
            return "present"
        return "past"
    if tag == "VBG":
        if left_words & PAST_BE:
            return "past"
        return "present"
    if tag in ("VBZ", "VBP"):
        return "present"
    return None
