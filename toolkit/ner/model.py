"""The shipped CRF named-entity tagger: load once, tag sentences with per-token confidence.

The model file ``toolkit/data/ner/crf.model`` is trained by ``benchmarks/train_ner.py`` on
CoNLL-2003 English (labels PER, ORG, LOC, MISC in BIOES). Loading needs nothing but
python-crfsuite; nothing is downloaded.

>>> tag_sentence(["Rebels", "entered", "Homs", "."])[0]
['O', 'O', 'S-LOC', 'O']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from toolkit.ner.conll import spans_from_tags
from toolkit.ner.features import sentence_features

MODEL_FILE = "data/ner/crf.model"


def model_path() -> str:
    """Filesystem path of the shipped model file."""
    return str(resources.files("toolkit").joinpath(MODEL_FILE))


@lru_cache(maxsize=1)
def load_tagger():
    """The crfsuite ``Tagger`` with the shipped model opened (cached)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path())
    return tagger


_FUNCTION_WORDS = frozenset("of to in for on at as with and the a an by from".split())


@lru_cache(maxsize=1)
def lowercase_words() -> frozenset[str]:
    """Words the training text usually writes in lower case (``data/ner/lowercase_words.txt``)."""
    path = resources.files("toolkit").joinpath("data/ner/lowercase_words.txt")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover
        return frozenset()
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def truecase_title(words: list[str]) -> list[str]:
    """A Title Case headline with its common words lower-cased, for the tagger's eyes only.

    "Crowds of Syrians Gather to Celebrate in Central Squares of Damascus" reads to a tagger
    trained on ordinary sentences like a run of names. Words after the first that the training
    text usually writes in lower case are lower-cased; other sentences are returned unchanged.

    >>> truecase_title(["Crowds", "of", "Syrians", "Gather", "to", "Celebrate", "in", "Damascus"])
    ['Crowds', 'of', 'Syrians', 'gather', 'to', 'celebrate', 'in', 'Damascus']
    """
    content = [w for w in words[1:] if len(w) > 3 and w.isalpha()]
    if len(content) < 3:
        return words
    titled = sum(w[0].isupper() and w[1:].islower() for w in content)
    if titled < 0.7 * len(content) or not _FUNCTION_WORDS.intersection(words):
        return words  # not a headline in Title Case (those keep "of", "to", "in" lower case)
    common = lowercase_words()
    return [words[0]] + [
        w.lower() if w[:1].isupper() and w[1:].islower() and w.lower() in common else w
        for w in words[1:]
    ]


def tag_sentence(words: list[str]) -> tuple[list[str], list[float]]:
    """BIOES tags for ``words`` and, per token, the marginal probability of its tag."""
    if not words:
        return [], []
    tagger = load_tagger()
    tags = tagger.tag(sentence_features(truecase_title(words)))
    probs = [tagger.marginal(t, i) for i, t in enumerate(tags)]
    return tags, probs


def tag_spans(words: list[str]) -> list[tuple[int, int, str, float]]:
    """Entity spans ``(start_token, end_token, conll_type, confidence)`` for one sentence.

    The confidence is the lowest per-token marginal inside the span.
    """
    tags, probs = tag_sentence(words)
    return [(s, e, t, min(probs[s:e])) for s, e, t in spans_from_tags(tags)]
