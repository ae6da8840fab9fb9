"""A small transformer encoder as the learned attribution layer (``learned="encoder"``).

The accurate, slower alternative to the CRF of :mod:`toolkit.attribution_tagger`: the same
labels (``B-C`` / ``I-C`` content, ``CUE``, ``SRC``, ``O``) on the same gated units, stacked on
the rules the same way, but each token is read in the context of its whole unit. The network is
MiniLM-L6-H384 (six layers, 384 wide; the ``sentence-transformers/all-MiniLM-L6-v2`` weights,
Apache-2.0) fine-tuned on the PolNeAR training split by ``benchmarks/train_attribution_encoder.py``.
The rules' view of each token (inside a rule content of a given kind, a rule cue or source, inside
quote marks) enters as three learned embeddings added to the word-piece embeddings, so the network
starts from what the rules found and learns where they fall short.

Inference is plain NumPy: an uncased WordPiece tokenizer and the forward pass are written here,
the weights ship as ``data/sources/attribution_encoder.npz`` (int8 per row with a float scale:
no pickle, nothing downloaded), loaded lazily once per process. PyTorch is needed only to train.

Each word takes the label of its first word piece; a word's probability is the softmax of that
piece. Units longer than 254 word pieces are read in consecutive windows of 254, as in training.

>>> from toolkit.corpus import Article
>>> from toolkit.sources import statements
>>> art = Article.from_text("Polls show the race is tightening.", outlet="Demo")
>>> statements(art, narrator=False, learned="encoder")[["source", "text"]].values.tolist()
[['Polls', 'the race is tightening']]
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from toolkit.sources import _Tok

MODEL_FILE = "data/sources/attribution_encoder.npz"
VOCAB_FILE = "data/sources/wordpiece_vocab.txt"
LABELS = ("B-C", "I-C", "CUE", "SRC", "O")
RULE_CONTENT = (
    "-",
    "B:direct",
    "I:direct",
    "B:indirect",
    "I:indirect",
    "B:mixed",
    "I:mixed",
    "B:according-to",
    "I:according-to",
)
RULE_ROLE = ("-", "cue", "src")
_RC_ID = {v: i for i, v in enumerate(RULE_CONTENT)}
_RR_ID = {v: i for i, v in enumerate(RULE_ROLE)}
WINDOW = 254  # word pieces per forward pass ([CLS] and [SEP] make 256), the training chunk
HEADS = 12
_CLS, _SEP = 101, 102

_model_override: str | None = None  # set by the training script for held-out runs


def _is_punct(ch: str) -> bool:
    o = ord(ch)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK)


def _gelu(x: np.ndarray) -> np.ndarray:
    # erf by Abramowitz & Stegun 7.1.26 (error < 1.5e-7): NumPy has no erf, SciPy is not needed
    z = np.abs(x) * 0.7071067811865476
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return 0.5 * x * (1.0 + erf)


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + 1e-12) * g + b


class WordPieces:
    """BERT's uncased WordPiece tokenizer over a vocabulary file, one word at a time.

    >>> wp = WordPieces(vocab_path())
    >>> wp.pieces("Zelenskyy"), wp.pieces("U.S.")
    (['ze', '##len', '##sky', '##y'], ['u', '.', 's', '.'])
    """

    def __init__(self, vocab: str) -> None:
        with open(vocab, encoding="utf-8") as fh:
            words = fh.read().split("\n")
        self.vocab = {w: i for i, w in enumerate(words) if w}
        self.inv = {i: w for w, i in self.vocab.items()}
        self.unk = self.vocab["[UNK]"]
        self._cache: dict[str, list[int]] = {}

    def _basic(self, word: str) -> list[str]:
        """Lower-case, strip accents, split off punctuation (BERT's uncased basic tokenizer)."""
        w = unicodedata.normalize("NFD", word.lower())
        out: list[str] = []
        cur: list[str] = []
        for ch in w:
            cat = unicodedata.category(ch)
            if cat == "Mn":
                continue
            if ch.isspace() or cat.startswith("C"):
                if cur:
                    out.append("".join(cur))
                    cur = []
            elif _is_punct(ch) or _is_cjk(ch):
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(ch)
            else:
                cur.append(ch)
        if cur:
            out.append("".join(cur))
        return out

    def ids(self, word: str) -> list[int]:
        """WordPiece ids of one word (greedy longest match; ``[UNK]`` for what cannot be split)."""
        got = self._cache.get(word)
        if got is not None:
            return got
        out: list[int] = []
        for piece in self._basic(word):
            if len(piece) > 100:
                out.append(self.unk)
                continue
            start, sub = 0, []
            while start < len(piece):
                end, cur = len(piece), None
                while start < end:
                    s = piece[start:end] if not start else "##" + piece[start:end]
                    if s in self.vocab:
                        cur = self.vocab[s]
                        break
                    end -= 1
                if cur is None:
                    sub = [self.unk]
                    break
                sub.append(cur)
                start = end
            out.extend(sub)
        out = out or [self.unk]
        if len(self._cache) < 200_000:
            self._cache[word] = out
        return out

    def pieces(self, word: str) -> list[str]:
        """The word pieces of one word, as strings (for reading the tokenizer)."""
        return [self.inv[i] for i in self.ids(word)]


class AttributionEncoder:
    """The fine-tuned encoder: word pieces in, label probabilities per word out.

    Build it with :func:`load_encoder` (cached); :meth:`tag_unit` is what the learned layer calls.

    >>> load_encoder().n_layers
    6
    """

    min_conf = 0.7  # learned contents whose mean label probability is below this are dropped
    moves_bounds = True  # a rule's non-direct content takes the model's bounds (held-out +0.006 F1)

    def __init__(self, weights: str, vocab: str) -> None:
        self.tokenizer = WordPieces(vocab)
        with np.load(weights, allow_pickle=False) as z:
            raw = {k: z[k] for k in z.files}
        self.w: dict[str, np.ndarray] = {}
        for k, v in raw.items():
            if k.endswith(".scale"):
                continue
            if v.dtype == np.int8:  # per-row int8: the row times its scale
                v = v.astype(np.float32) * raw[k + ".scale"].astype(np.float32)[:, None]
            v = v.astype(np.float32)
            if k.startswith("layers.") and v.ndim == 2 or k == "cls.weight":
                v = np.ascontiguousarray(v.T)  # stored (out, in) as in training: x @ W.T
            self.w[k] = v
        self.n_layers = 1 + max(int(k.split(".")[1]) for k in self.w if k.startswith("layers."))

    def _forward(self, ids, rc, rr, q) -> np.ndarray:
        w = self.w
        n = len(ids)
        x = (
            w["word.weight"][ids]
            + w["pos.weight"][:n]
            + w["typ.weight"][0]
            + w["rc.weight"][rc]
            + w["rr.weight"][rr]
            + w["q.weight"][q]
        )
        x = _layer_norm(x, w["ln.weight"], w["ln.bias"])
        d = x.shape[1] // HEADS
        for i in range(self.n_layers):
            p = f"layers.{i}."
            qkv = [
                (x @ w[p + m + ".weight"] + w[p + m + ".bias"])
                .reshape(n, HEADS, d)
                .transpose(1, 0, 2)
                for m in ("q", "k", "v")
            ]
            s = qkv[0] @ qkv[1].transpose(0, 2, 1) / np.sqrt(d)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ qkv[2]).transpose(1, 0, 2).reshape(n, -1)
            x = _layer_norm(
                x + a @ w[p + "o.weight"] + w[p + "o.bias"], w[p + "ln1.weight"], w[p + "ln1.bias"]
            )
            h = _gelu(x @ w[p + "i.weight"] + w[p + "i.bias"])
            x = _layer_norm(
                x + h @ w[p + "out.weight"] + w[p + "out.bias"],
                w[p + "ln2.weight"],
                w[p + "ln2.bias"],
            )
        lo = x @ w["cls.weight"] + w["cls.bias"]
        lo = np.exp(lo - lo.max(-1, keepdims=True))
        return lo / lo.sum(-1, keepdims=True)

    def probabilities(
        self, words: list[str], rule_content: list[str], rule_role: list[str], in_quote: list[bool]
    ) -> np.ndarray:
        """Per word, the probability of each label in :data:`LABELS` (an ``n × 5`` array).

        >>> p = load_encoder().probabilities(["It", "rained", "."], ["-"] * 3, ["-"] * 3, [False] * 3)
        >>> p.shape
        (3, 5)
        """
        ids: list[int] = []
        rc: list[int] = []
        rr: list[int] = []
        q: list[int] = []
        first: list[int] = []
        for k, word in enumerate(words):
            p = self.tokenizer.ids(word)
            first.append(len(ids))
            ids += p
            rc += [_RC_ID.get(rule_content[k], 0)] * len(p)
            rr += [_RR_ID.get(rule_role[k], 0)] * len(p)
            q += [int(in_quote[k])] * len(p)
        probs = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
        for s in range(0, len(ids), WINDOW):
            e = min(s + WINDOW, len(ids))
            out = self._forward(
                np.array([_CLS, *ids[s:e], _SEP]),
                np.array([0, *rc[s:e], 0]),
                np.array([0, *rr[s:e], 0]),
                np.array([0, *q[s:e], 0]),
            )
            probs[s:e] = out[1:-1]
        return probs[first]

    def tag_unit(
        self, toks: list[_Tok], rtags: list[tuple[str, str]], in_quote: list[bool]
    ) -> tuple[list[str], list[float]]:
        """Labels of one unit's tokens and the probability of each label (the learned layer's call)."""
        p = self.probabilities(
            [t.text for t in toks], [r[0] for r in rtags], [r[1] for r in rtags], in_quote
        )
        best = p.argmax(-1)
        return [LABELS[i] for i in best], [float(p[k, i]) for k, i in enumerate(best)]


def vocab_path() -> str:
    """Filesystem path of the shipped WordPiece vocabulary (MiniLM's, 30,522 entries)."""
    return str(resources.files("toolkit").joinpath(VOCAB_FILE))


def model_path() -> str:
    """Filesystem path of the shipped encoder weights.

    >>> model_path().endswith("attribution_encoder.npz")
    True
    """
    if _model_override:
        return _model_override
    return str(resources.files("toolkit").joinpath(MODEL_FILE))


@lru_cache(maxsize=1)
def load_encoder() -> AttributionEncoder:
    """The shipped :class:`AttributionEncoder` (cached: loaded once per process).

    >>> load_encoder().n_layers
    6
    """
    return AttributionEncoder(model_path(), vocab_path())


def quantize(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Weights to store: 2-D matrices as int8 rows with a float16 scale each, the rest float16.

    >>> z = quantize({"w": np.array([[1.0, -2.0], [0.5, 0.25]]), "b": np.array([1.0, 2.0])})
    >>> z["w"].tolist(), z["w.scale"].dtype.name, z["b"].dtype.name
    ([[64, -127], [127, 64]], 'float16', 'float16')
    """
    out: dict[str, np.ndarray] = {}
    for k, v in state.items():
        v = np.asarray(v, dtype=np.float32)
        if v.ndim == 2:
            scale = np.abs(v).max(1) / 127.0
            scale[scale == 0] = 1.0
            out[k] = np.round(v / scale[:, None]).astype(np.int8)
            out[k + ".scale"] = scale.astype(np.float16)
        else:
            out[k] = v.astype(np.float16)
    return out


__all__ = [
    "LABELS",
    "AttributionEncoder",
    "WordPieces",
    "load_encoder",
    "model_path",
    "quantize",
    "vocab_path",
]
