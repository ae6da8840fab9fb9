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


def tag_sentence(words: list[str]) -> tuple[list[str], list[float]]:
    """BIOES tags for ``words`` and, per token, the marginal probability of its tag."""
    if not words:
        return [], []
    tagger = load_tagger()
    tags = tagger.tag(sentence_features(words))
    probs = [tagger.marginal(t, i) for i, t in enumerate(tags)]
    return tags, probs


def tag_spans(words: list[str]) -> list[tuple[int, int, str, float]]:
    """Entity spans ``(start_token, end_token, conll_type, confidence)`` for one sentence.

    The confidence is the lowest per-token marginal inside the span.
    """
    tags, probs = tag_sentence(words)
    return [(s, e, t, min(probs[s:e])) for s, e, t in spans_from_tags(tags)]
