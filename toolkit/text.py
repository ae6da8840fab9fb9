"""Sentences and tokens with character offsets, part-of-speech tags, stopwords, term tables.

Every row carries ``doc_id``, ``start``, ``end`` and ``text`` with
``article.text[start:end] == text``.

Backends (keyword ``backend``):

* ``"rules"`` (default, also ``"auto"``): NLTK's Punkt sentence splitter with parameters the
  toolkit sets (the abbreviations in ``data/abbreviations.txt``), a news-tuned regular expression
  (``data/abbreviations.txt`` feeds both), and TextBlob's bundled pattern tagger for POS. Needs no downloaded data and
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

import numpy as np
import pandas as pd

from toolkit._frames import rows_frame
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
    words = _data_lines("stopwords.txt")
    return frozenset(words + [w.replace("'", "’") for w in words if "'" in w])


# ------------------------------------------------------------------------------------ sentences
@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


_OPENING_CLOSERS = re.compile(r"[”’\"')\]]+")


_CANDIDATE_BOUNDARY = re.compile(r"[.?!…][\"'”’)\]]*\s")
# two or three initials closing a split (a person's, "K.S."), and the place and body initials
# that do end sentences
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\s*$")
_PLACE_INITIALS = frozenset(
    "U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. S.C. N.C. U.A.E. P.M. A.M. B.C. A.D.".split()
)


def _split_block(text: str, backend: str) -> list[tuple[int, int]]:
    """Sentence spans inside one block's text."""
    if not _CANDIDATE_BOUNDARY.search(text):  # no place Punkt could split: one sentence
        return [(0, len(text))]
    if backend == "nltk":
        spans = list(_nltk_punkt().span_tokenize(text))
    else:
        spans = list(_punkt().span_tokenize(text))
    spans = [part for s, e in spans for part in _split_after_abbreviation(text, s, e)]
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
            # a split after a person's initials: "laid down in K.S. Puttaswamy", "Mr. J.R.
            # Smith" (not after "U.S." or "D.C.", which end sentences as often as not)
            ps, pe = out[-1]
            m = _INITIALS_END.search(text, ps, pe)
            if m and m.group() not in _PLACE_INITIALS and text[s].isupper():
                out[-1] = (ps, e)
                continue
            if text.count("(", ps, pe) > text.count(")", ps, pe) and ")" in text[s : s + 12]:
                out[-1] = (ps, e)
                continue
            if _TRANSLATION_AFTER_QUOTE.match(text, s) and text[ps:pe].rstrip()[-1:] in "”\"’'":
                # '“Zalim!” (Tyrant!) shouted the crowd.': a translation in brackets after a
                # quote, then the quote's frame
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


# a bracketed translation after a quote, then the frame in lower case or after a comma
_TRANSLATION_AFTER_QUOTE = re.compile(r"\([^()\n]{1,80}\)\s*(?:,|[a-z])")
# "no." ends a sentence unless a number follows ("No. 10", "nos. 4 and 5"): "The answer is a
# firm no. “The road is blocked,” she said." is two sentences
_ABBREVIATION_END = re.compile(
    r"\b[Nn]o\.(?=\s+[“\"‘A-Z])"
    # a clock time ends the sentence before a word that opens one: "by 7 p.m. She added"
    r"|\b[AaPp]\.[Mm]\.(?=\s+(?:She|He|They|It|We|I|The|But|And|A|An|This|That|There|Officials"
    r"|Police|In|On|At|By|After|Before|When|As)\b"
    # (or a capitalised name and its speech verb: "by 5 p.m. Volunteer Denise Mora said")
    r"|\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:said|says|told|tells|added|adds)\b)"
)


def _split_after_abbreviation(text: str, s: int, e: int) -> list[tuple[int, int]]:
    parts = []
    for m in _ABBREVIATION_END.finditer(text, s, e):
        nxt = m.end()
        while nxt < e and text[nxt].isspace():
            nxt += 1
        if nxt < e:
            parts.append((s, m.end()))
            s = nxt
    return [*parts, (s, e)]


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
    """Yield ``(start, end, block_id, block_kind)`` for each sentence of the article's text.

    Computed once per article and backend (kept on the article), since every step needs them.
    """
    backend = _check_backend(backend)
    key = ("sentences", backend)
    spans = article._memo.get(key)
    if spans is None:
        spans = []
        for block in article.blocks:
            if block.kind not in KEPT_KINDS:
                continue
            if block.kind == "headline":
                spans.append((block.start, block.end, block.block_id, block.kind))
                continue
            for s, e in _split_block(block.text, backend):
                spans.append((block.start + s, block.start + e, block.block_id, block.kind))
        spans = article._memo[key] = tuple(spans)
    yield from spans


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
    return rows_frame(rows, SENTENCE_COLUMNS)


# --------------------------------------------------------------------------------------- tokens
def _token_pattern() -> str:
    abbrevs = sorted(
        (a for a in abbreviations() if "." not in a and a not in ("no", "nos")),
        key=len,
        reverse=True,
    )
    abbrev_alt = "|".join(re.escape(a) for a in abbrevs)
    # Alternatives are tried in order at each position; each special case starts with a cheap
    # guard so that plain words (most tokens) fail over to the last-but-one branch quickly.
    return rf"""(?x)
        (?:https?://|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)]    # URL
      | (?=[\w.+-]+@\w)[\w.+-]+@[\w-]+(?:\.[\w-]+)+      # e-mail
      | [@\#]\w+                                        # handle, hashtag
      | (?:[A-Za-z]\.){{2,}}(?![A-Za-z])                 # U.S. e.g. a.m.
      | (?=[A-Za-z]{{1,7}}\.)(?i:(?:{abbrev_alt})\.)(?![\w.])  # Mr. Gen. Dec.
      | (?i:nos?\.)(?=\s*\d)                             # No. 10 (but "a firm no.")
      | \d+(?:[.,:/]\d+)+                               # 1,000 3.5 2:18 12/06/2024
      | \w+(?:[-‐‑'’]\w+)*                               # words: al-Assad, O’Brien, Syria’s
      | \.\.\.+ | -{{2,}}                                # ellipsis, double dash
      | [^\w\s]                                         # any other symbol, one at a time
    """


# Treebank-style clitics split off a word: "can't" -> "ca" "n't", "Syria’s" -> "Syria" "’s"
_CLITIC = re.compile(r"(?i)(?<=\w)(?:n['’]t|['’](?:s|d|m|re|ve|ll))$")


def _split_clitic(start: int, end: int, word: str) -> list[tuple[int, int]]:
    m = _CLITIC.search(word)
    if m is None or m.start() == 0:
        return [(start, end)]
    return [(start, start + m.start()), (start + m.start(), end)]


@lru_cache(maxsize=1)
def _token_regex() -> re.Pattern[str]:
    # Python's own ``re``: NLTK 3.10's RegexpTokenizer wraps the slower ``regex`` module with
    # ReDoS time-outs, which costs a third of the tokenizer's time; this pattern is linear.
    return re.compile(_token_pattern())


@lru_cache(maxsize=1)
def _treebank_tokenizer():
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


_APOS = str.maketrans({"’": "'", "‘": "'"})


def _word_spans(text: str, start: int, end: int, backend: str) -> list[tuple[int, int]]:
    """Token spans (offsets into ``text``) of the sentence ``text[start:end]``."""
    if backend == "rules":
        spans = []
        for m in _token_regex().finditer(text, start, end):
            word = m.group()
            if "'" in word or "’" in word:
                spans.extend(_split_clitic(*m.span(), word))
            else:
                spans.append(m.span())
        return spans
    # Treebank rules know straight apostrophes only; the swap keeps every offset
    sentence = text[start:end].translate(_APOS)
    return [(start + a, start + b) for a, b in _treebank_tokenizer().span_tokenize(sentence)]


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

    tags = [t for _, t in parser.find_tags([w.translate(_APOS) for w in words])]
    return _past_tense_fix(words, tags)


_AUXILIARIES = frozenset(
    "have has had having 's 've 'd be is are was were been being am get gets got gotten".split()
)
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _past_tense_fix(words: list[str], tags: list[str]) -> list[str]:
    """Fix the two past-form confusions of the pattern tagger that matter for tense.

    VBN becomes VBD after a subject with no auxiliary before it ("Rebels captured Hama"); VBD
    becomes VBN right after have/be, adverbs allowed between ("have entered", "was captured").

    The pattern tagger reads many past forms as participles; a participle right after a noun or
    pronoun, with no have/be in the three words before and no agentive "by" after, is a finite
    past-tense verb.
    """
    for i, tag in enumerate(tags):
        if tag == "VBD" and i > 0:
            # "have entered", "was captured", "had not yet fled": a participle after have/be
            before = [w.lower().replace("’", "'") for w in words[max(0, i - 3) : i]]
            aux = [j for j, w in enumerate(before) if w in _AUXILIARIES]
            if aux and all(
                t in ("RB", "RBR", "PRP", "NN", "NNS")
                for t in tags[i - len(before) + aux[-1] + 1 : i]
            ):
                tags[i] = "VBN"
            continue
        if tag != "VBN" or i == 0 or tags[i - 1] not in _SUBJECT_TAGS:
            continue
        before = {w.lower().replace("’", "'") for w in words[max(0, i - 3) : i]}
        if before & _AUXILIARIES or (i + 1 < len(words) and words[i + 1].lower() == "by"):
            continue
        tags[i] = "VBD"
    return tags


_PUNCT_RE = re.compile(r"^[^\w\s]+$")


def _token_columns(article: Article, backend: str, pos: bool) -> dict[str, list]:
    """sent_id, start, end, text and pos of every token, as column lists (the hot path).

    Computed once per article, backend and ``pos`` (kept on the article); callers must not
    mutate the lists.
    """
    cached = article._memo.get(("tokens", backend, True))
    if cached is None and not pos:
        cached = article._memo.get(("tokens", backend, False))
    if cached is None:
        cached = article._memo[("tokens", backend, pos)] = _compute_token_columns(
            article, backend, pos
        )
    if not pos and cached["pos"][:1] != [None]:
        return {**cached, "pos": [None] * len(cached["text"])}
    return cached


def _compute_token_columns(article: Article, backend: str, pos: bool) -> dict[str, list]:
    text = article.text
    sent_ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    tags: list[str | None] = []
    for sid, (s, e, _bid, _kind) in enumerate(iter_sentence_spans(article, backend=backend)):
        spans = _word_spans(text, s, e, backend)
        sent_ids.extend([sid] * len(spans))
        for a, b in spans:
            starts.append(a)
            ends.append(b)
        if pos:
            tags.extend(_tag([text[a:b] for a, b in spans], backend))
    words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    return {
        "sent_id": sent_ids,
        "start": starts,
        "end": ends,
        "text": words,
        "pos": tags if pos else [None] * len(words),
    }


def iter_tokens(article: Article, *, backend: str = "auto", pos: bool = True) -> Iterator[tuple]:
    """Yield token rows (tuples in the order of :data:`TOKEN_COLUMNS`) for one article."""
    backend = _check_backend(backend)
    stops = stopwords()
    cols = _token_columns(article, backend, pos)
    for tid, (sid, s, e, w, t) in enumerate(
        zip(cols["sent_id"], cols["start"], cols["end"], cols["text"], cols["pos"], strict=True)
    ):
        low = w.lower()
        yield (
            article.id,
            sid,
            tid,
            s,
            e,
            w,
            low,
            w.isalpha(),
            low in stops,
            bool(_PUNCT_RE.match(w)),
            t,
        )


def _token_frame(article: Article, backend: str, pos: bool) -> pd.DataFrame:
    cols = _token_columns(article, backend, pos)
    words = cols["text"]
    lower = [w.lower() for w in words]
    stops = stopwords()
    punct = _PUNCT_RE.match
    n = len(words)
    data = {
        "doc_id": [article.id] * n,
        "sent_id": np.array(cols["sent_id"], dtype=np.int64),
        "token_id": np.arange(n, dtype=np.int64),
        "start": np.array(cols["start"], dtype=np.int64),
        "end": np.array(cols["end"], dtype=np.int64),
        "text": words,
        "lower": lower,
        "is_alpha": np.fromiter((w.isalpha() for w in words), dtype=bool, count=n),
        "is_stop": np.fromiter((w in stops for w in lower), dtype=bool, count=n),
        "is_punct": np.fromiter((punct(w) is not None for w in words), dtype=bool, count=n),
        "pos": cols["pos"],
    }
    df = pd.DataFrame(data, columns=TOKEN_COLUMNS, copy=False)
    if not words:
        df = df.astype({c: int for c in ("sent_id", "token_id", "start", "end")})
        df = df.astype({c: bool for c in ("is_alpha", "is_stop", "is_punct")})
    return df


def tokens(
    article: Article | Corpus | Iterable[Article], *, backend: str = "auto", pos: bool = True
) -> pd.DataFrame:
    """One row per token: doc_id, sent_id, token_id, start, end, text, lower, is_alpha, is_stop, is_punct, pos.

    ``pos`` holds Penn Treebank tags (TextBlob's pattern tagger by default); ``pos=False`` skips
    tagging (faster) and leaves the column empty. ``token_id`` counts from 0 in each article.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("Rebels captured Hama.")
    >>> tokens(art)[["text", "pos"]].values.tolist()
    [['Rebels', 'NNS'], ['captured', 'VBD'], ['Hama', 'NNP'], ['.', '.']]
    """
    backend = _check_backend(backend)
    frames = [_token_frame(art, backend, pos) for art in as_articles(article)]
    if not frames:
        return pd.DataFrame(columns=TOKEN_COLUMNS)
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


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
