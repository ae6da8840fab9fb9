"""Sentences and tokens with character offsets, part-of-speech tags, stopwords, term tables.

Every row carries ``doc_id``, ``start``, ``end`` and ``text`` with
``article.text[start:end] == text``.

Backends (keyword ``backend``):

* ``"rules"`` (default, also ``"auto"``): NLTK's Punkt sentence splitter with parameters the
  toolkit sets (the abbreviations in ``data/abbreviations.txt``), NLTK's ``RegexpTokenizer`` with a
  news-tuned pattern, and TextBlob's bundled pattern tagger for POS. Needs no downloaded data and
  gives the same output on every machine.
* ``"treebank"``: same sentences, words from NLTK's ``NLTKWordTokenizer.span_tokenize`` (Penn
  Treebank conventions).
* ``"nltk"``: NLTK's standard pretrained models (``punkt_tab`` sentences, ``averaged_perceptron_tagger_eng``
  tags); only when those NLTK data packages are installed, else :class:`BackendUnavailable`.

>>> from toolkit.corpus import Article
>>> art = Article.from_text("Mr. Assad fled. Syria’s army withdrew (5km) at 2:18.")
>>> sentences(art)["text"].tolist()
['Mr. Assad fled.', 'Syria’s army withdrew (5km) at 2:18.']
>>> tokens(art)["text"].tolist()[:8]
['Mr.', 'Assad', 'fled', '.', 'Syria', '’s', 'army', 'withdrew']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import pandas as pd

from toolkit.corpus import KEPT_KINDS, Article, Corpus, as_articles
from toolkit.errors import invalid_value

BACKENDS = ("auto", "rules", "treebank", "nltk")

SENTENCE_COLUMNS = ["doc_id", "sent_id", "block_id", "block_kind", "start", "end", "text"]
TOKEN_COLUMNS = [
    "doc_id",
    "sent_id",
    "token_id",
    "start",
    "end",
    "text",
    "lower",
    "is_alpha",
    "is_stop",
    "is_punct",
    "pos",
]


class BackendUnavailable(RuntimeError):
    """A backend was asked for by name but what it needs is not installed."""


# ------------------------------------------------------------------------------------ resources
def _data_lines(name: str) -> list[str]:
    text = resources.files("toolkit").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations (lower case, no final period) that do not end a sentence.

    >>> "gen" in abbreviations()
    True
    """
    return frozenset(_data_lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English stopwords shipped in ``data/stopwords.txt`` (lower case; apostrophes straight).

    >>> "the" in stopwords()
    True
    """
    return frozenset(_data_lines("stopwords.txt"))


# ------------------------------------------------------------------------------------ sentences
@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


_OPENING_CLOSERS = re.compile(r"[”’\"')\]]+")


def _split_block(text: str, backend: str) -> list[tuple[int, int]]:
    """Sentence spans inside one block's text."""
    if backend == "nltk":
        spans = list(_nltk_punkt().span_tokenize(text))
    else:
        spans = list(_punkt().span_tokenize(text))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            # closing quotes/brackets that Punkt left at the start belong to the sentence before
            m = _OPENING_CLOSERS.match(text, s)
            if m and (m.end() == e or text[m.end()].isspace()):
                out[-1] = (out[-1][0], m.end())
                s = m.end()
                while s < e and text[s].isspace():
                    s += 1
                if s >= e:
                    continue
            # a sentence that starts in lower case continues the one before ("“Why?” he asked.")
            first = text[s]
            if first.islower():
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _nltk_punkt():
    try:
        from nltk.tokenize import PunktTokenizer

        return PunktTokenizer("english")
    except (LookupError, ImportError) as exc:  # pragma: no cover - depends on installed data
        raise BackendUnavailable(
            "backend='nltk' needs the NLTK data package 'punkt_tab' installed; "
            "use backend='rules' (the default), which needs no data"
        ) from exc


def _check_backend(backend: str) -> str:
    if backend not in BACKENDS:
        raise invalid_value("backend", backend, BACKENDS)
    return "rules" if backend == "auto" else backend


def iter_sentence_spans(
    article: Article, *, backend: str = "auto"
) -> Iterator[tuple[int, int, int, str]]:
    """Yield ``(start, end, block_id, block_kind)`` for each sentence of the article's text."""
    backend = _check_backend(backend)
    for block in article.blocks:
        if block.kind not in KEPT_KINDS:
            continue
        if block.kind == "headline":
            yield block.start, block.end, block.block_id, block.kind
            continue
        for s, e in _split_block(block.text, backend):
            yield block.start + s, block.start + e, block.block_id, block.kind


def sentences(
    article: Article | Corpus | Iterable[Article], *, backend: str = "auto"
) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, block_id, block_kind, start, end, text.

    The headline is one sentence; paragraphs are split with Punkt. Sentences never cross
    blocks.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("Gen. Abbas spoke. “We are in a good position,” he said.")
    >>> sentences(art)["text"].tolist()
    ['Gen. Abbas spoke.', '“We are in a good position,” he said.']
    """
    rows = []
    for art in as_articles(article):
        for i, (s, e, bid, kind) in enumerate(iter_sentence_spans(art, backend=backend)):
            rows.append((art.id, i, bid, kind, s, e, art.text[s:e]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


# --------------------------------------------------------------------------------------- tokens
def _token_pattern() -> str:
    abbrevs = sorted((a for a in abbreviations() if "." not in a), key=len, reverse=True)
    abbrev_alt = "|".join(re.escape(a) for a in abbrevs)
    return rf"""(?x)
        https?://[^\s<>"“”]+[^\s<>"“”.,;:!?)]      # URL
      | www\.[^\s<>"“”]+[^\s<>"“”.,;:!?)]
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                 # e-mail
      | [@\#]\w+                                     # handle, hashtag
      | (?:[A-Za-z]\.){{2,}}(?![A-Za-z])             # U.S. e.g. a.m.
      | (?i:(?:{abbrev_alt})\.)(?![\w.])             # Mr. Gen. Dec.
      | \w+(?=[nN]['’][tT]\b)                        # "do" of "don't" (Treebank split)
      | [nN]['’][tT]\b                               # n't
      | ['’](?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])\b(?<=\w)  # 's 're 've 'll 'd 'm
      | \d+(?:[.,:/]\d+)+                            # 1,000 3.5 2:18 12/06/2024
      | \w+(?:[-‐‑]\w+|['’](?!(?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])\b)\w+)*  # words, al-Assad, O’Brien
      | \.\.\.+ | -{{2,}}                            # ellipsis, double dash
      | [^\w\s]                                      # any other symbol, one at a time
    """


@lru_cache(maxsize=1)
def _regexp_tokenizer():
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(_token_pattern())


@lru_cache(maxsize=1)
def _treebank_tokenizer():
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


_APOS = str.maketrans({"’": "'", "‘": "'"})


def _word_spans(sentence: str, backend: str) -> list[tuple[int, int]]:
    if backend == "rules":
        return list(_regexp_tokenizer().span_tokenize(sentence))
    # Treebank rules know straight apostrophes only; the swap keeps every offset
    return list(_treebank_tokenizer().span_tokenize(sentence.translate(_APOS)))


def _tag(words: list[str], backend: str) -> list[str]:
    if not words:
        return []
    if backend == "nltk":
        try:
            from nltk import pos_tag

            return [t for _, t in pos_tag(words)]
        except LookupError as exc:  # pragma: no cover - depends on installed data
            raise BackendUnavailable(
                "backend='nltk' needs the NLTK data package 'averaged_perceptron_tagger_eng'"
            ) from exc
    from textblob.en import parser

    return [t for _, t in parser.find_tags([w.translate(_APOS) for w in words])]


_PUNCT_RE = re.compile(r"^[^\w\s]+$")


def iter_tokens(article: Article, *, backend: str = "auto", pos: bool = True) -> Iterator[tuple]:
    """Yield token rows (as in :data:`TOKEN_COLUMNS`) for one article; the fast path under :func:`tokens`."""
    backend = _check_backend(backend)
    stops = stopwords()
    text = article.text
    tid = 0
    for sid, (s, e, _bid, _kind) in enumerate(iter_sentence_spans(article, backend=backend)):
        spans = _word_spans(text[s:e], backend)
        words = [text[s + a : s + b] for a, b in spans]
        tags = _tag(words, backend) if pos else [None] * len(words)
        for (a, b), w, t in zip(spans, words, tags, strict=True):
            low = w.lower()
            yield (
                article.id,
                sid,
                tid,
                s + a,
                s + b,
                w,
                low,
                w.isalpha(),
                low.translate(_APOS) in stops,
                bool(_PUNCT_RE.match(w)),
                t,
            )
            tid += 1


def tokens(
    article: Article | Corpus | Iterable[Article], *, backend: str = "auto", pos: bool = True
) -> pd.DataFrame:
    """One row per token: doc_id, sent_id, token_id, start, end, text, lower, is_alpha, is_stop, is_punct, pos.

    ``pos`` holds Penn Treebank tags (TextBlob's pattern tagger by default); ``pos=False`` skips
    tagging (faster) and leaves the column empty.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("Rebels captured Hama.")
    >>> tokens(art)[["text", "pos"]].values.tolist()
    [['Rebels', 'NNS'], ['captured', 'VBD'], ['Hama', 'NNP'], ['.', '.']]
    """
    rows = [
        row for art in as_articles(article) for row in iter_tokens(art, backend=backend, pos=pos)
    ]
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


# ------------------------------------------------------------------------------------ term tables
def _content_words(toks: pd.DataFrame, *, stop: bool) -> pd.Series:
    keep = toks["is_alpha"] | toks["text"].str.contains(r"\w[-‐]\w", regex=True)
    if stop:
        keep &= ~toks["is_stop"]
    return toks.loc[keep, "lower"]


def word_frequencies(
    article: Article | Corpus | Iterable[Article], *, stopwords: bool = True
) -> pd.DataFrame:
    """Word counts: term, count, share (of the counted words), one row per term, most frequent first.

    Words are lower-cased alphabetic tokens (hyphenated words included); ``stopwords=True``
    leaves out stopwords.

    >>> from toolkit.corpus import Article
    >>> word_frequencies(Article.from_text("Rebels took Hama. Rebels took Homs.")).head(2).values.tolist()
    [['rebels', 2, 0.3333333333333333], ['took', 2, 0.3333333333333333]]
    """
    words = _content_words(tokens(article, pos=False), stop=stopwords)
    counts = Counter(words)
    total = sum(counts.values()) or 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pd.DataFrame([(w, c, c / total) for w, c in rows], columns=["term", "count", "share"])


def top_terms(
    article: Article | Corpus | Iterable[Article], *, n: int = 20, stopwords: bool = True
) -> pd.DataFrame:
    """The ``n`` most frequent words (stopwords left out): term, count, share.

    >>> from toolkit.corpus import Article
    >>> top_terms(Article.from_text("Hama fell. Hama burned."), n=1)["term"].tolist()
    ['hama']
    """
    return word_frequencies(article, stopwords=stopwords).head(n).reset_index(drop=True)


def ngrams(
    article: Article | Corpus | Iterable[Article],
    *,
    n: int = 2,
    stopwords: bool = True,
    min_count: int = 1,
) -> pd.DataFrame:
    """Word n-grams inside sentences: ngram (space-joined), n, count; most frequent first.

    With ``stopwords=True`` an n-gram may not start or end with a stopword; punctuation always
    breaks an n-gram.

    >>> from toolkit.corpus import Article
    >>> ngrams(Article.from_text("The civil war. A civil war."), n=2)["ngram"].tolist()
    ['civil war']
    """
    if n < 1:
        raise ValueError(f"n={n} is not valid; n-grams need n >= 1")
    toks = tokens(article, pos=False)
    counts: Counter[tuple[str, ...]] = Counter()
    for _, sent in toks.groupby(["doc_id", "sent_id"], sort=False):
        words = sent["lower"].tolist()
        is_word = (sent["is_alpha"] | sent["text"].str.contains(r"\w", regex=True)).tolist()
        is_stop = sent["is_stop"].tolist()
        for i in range(len(words) - n + 1):
            if not all(is_word[i : i + n]):
                continue
            if stopwords and (is_stop[i] or is_stop[i + n - 1]):
                continue
            counts[tuple(words[i : i + n])] += 1
    rows = sorted(
        ((" ".join(g), n, c) for g, c in counts.items() if c >= min_count),
        key=lambda r: (-r[2], r[0]),
    )
    return pd.DataFrame(rows, columns=["ngram", "n", "count"])


def collocations(
    article: Article | Corpus | Iterable[Article],
    *,
    measure: str = "likelihood_ratio",
    min_count: int = 2,
    top: int = 20,
) -> pd.DataFrame:
    """Two-word collocations scored with NLTK's ``BigramCollocationFinder``: ngram, count, score.

    ``measure`` is one of NLTK's bigram association measures: ``"likelihood_ratio"``, ``"pmi"``,
    ``"chi_sq"``, ``"student_t"``, ``"raw_freq"``. Stopwords and punctuation are filtered out.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("Civil war raged. The civil war ended. Civil war again.")
    >>> collocations(art)["ngram"].tolist()[:1]
    ['civil war']
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    measures = ("likelihood_ratio", "pmi", "chi_sq", "student_t", "raw_freq")
    if measure not in measures:
        raise invalid_value("measure", measure, measures)
    toks = tokens(article, pos=False)
    stops = stopwords()
    docs = [
        [w if a else None for w, a in zip(s["lower"], s["is_alpha"], strict=True)]
        for _, s in toks.groupby(["doc_id", "sent_id"], sort=False)
    ]
    finder = BigramCollocationFinder.from_documents(docs)
    finder.apply_word_filter(lambda w: w is None or w in stops)
    finder.apply_freq_filter(min_count)
    scored = finder.score_ngrams(getattr(BigramAssocMeasures, measure))[:top]
    rows = [(" ".join(g), finder.ngram_fd[g], score) for g, score in scored]
    return pd.DataFrame(rows, columns=["ngram", "count", "score"])
