"""Articles and corpora: loading, decoding, metadata, and cleaning web clutter into blocks.

An :class:`Article` keeps the text as it came (``raw``), the blocks it was cut into (headline,
paragraph, subheading, caption, related-link, media, footer, byline, boilerplate) with offsets into
``raw``, and the analysed ``text``: the headline and the paragraphs, joined by blank lines. Every
other table in the toolkit points into ``article.text``.

>>> art = Article.from_text("Rebels take Hama\\n\\nRebels entered Hama on Thursday.\\nImage: Smoke. Pic: AP",
...                         published="2024-12-06")
>>> [(b.kind, b.text) for b in art.blocks]  # doctest: +NORMALIZE_WHITESPACE
[('headline', 'Rebels take Hama'), ('paragraph', 'Rebels entered Hama on Thursday.'),
 ('caption', 'Image: Smoke. Pic: AP')]
>>> art.text
'Rebels take Hama\\n\\nRebels entered Hama on Thursday.'
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit._frames import rows_frame
from toolkit.errors import (
    ArticleEncodingError,
    ArticleError,
    ArticleWarning,
    DuplicateIdError,
    EmptyArticleError,
    InvalidDateError,
    MetadataError,
    NoArticlesError,
    NotTextError,
)

#: Kinds of block whose text is analysed; every other kind is set aside.
KEPT_KINDS = ("headline", "paragraph")
#: All block kinds, in the order a reader meets them on a page.
BLOCK_KINDS = (
    "headline",
    "paragraph",
    "subheading",
    "caption",
    "media",
    "related-link",
    "byline",
    "footer",
    "boilerplate",
)
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
BLOCK_SEPARATOR = "\n\n"
#: A saved page whose extracted main text is shorter than this holds no article.
MIN_HTML_WORDS = 15


# --------------------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Block:
    """One line-level unit of the raw text, with its kind and the reason for it.

    ``raw[raw_start:raw_end] == text`` always; for kept blocks (headline, paragraph) also
    ``article.text[start:end] == text``, else ``start`` and ``end`` are ``None``.
    """

    block_id: int
    kind: str
    raw_start: int
    raw_end: int
    text: str
    reason: str
    start: int | None = None
    end: int | None = None

    @property
    def kept(self) -> bool:
        """True when the block's text is part of ``article.text``."""
        return self.kind in KEPT_KINDS


@dataclass(frozen=True)
class Article:
    """A news article: metadata, the raw text, its blocks and the cleaned ``text`` that is analysed.

    >>> art = Article.from_text("Assad fled.", title="Assad flees", outlet="AP", published="2024-12-08")
    >>> art.published, art.text
    (datetime.date(2024, 12, 8), 'Assad fled.')
    """

    id: str
    title: str
    outlet: str
    published: dt.date | None
    url: str | None
    raw: str
    text: str
    blocks: tuple[Block, ...]
    language: str = "en"
    path: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # derived layers (sentence spans, tokens) computed once per article by toolkit.text;
    # not part of the record's identity, never shared between articles
    _memo: dict[Any, Any] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        outlet: str = "unknown",
        published: str | dt.date | None = None,
        id: str | None = None,
        url: str | None = None,
        language: str = "en",
    ) -> Article:
        """Make an article from text pasted in a notebook; cleaning is applied as for files.

        >>> Article.from_text("Hello world.", id="demo").id
        'demo'
        """
        return build_article(
            text,
            meta={
                "id": id,
                "title": title,
                "outlet": outlet,
                "published": published,
                "url": url,
                "language": language,
            },
            path=None,
        )

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the cleaned text."""
        return len(self.text.split())

    def blocks_frame(self) -> pd.DataFrame:
        """The blocks as a table: what was kept, what was set aside and why (see :func:`blocks`)."""
        return blocks(self)

    def __repr__(self) -> str:
        return (
            f"Article(id={self.id!r}, outlet={self.outlet!r}, published={self.published}, "
            f"words={self.words})"
        )

    def _repr_html_(self) -> str:
        import html

        kept = sum(b.kept for b in self.blocks)
        return (
            f"<div><b>{html.escape(self.title)}</b><br>{html.escape(self.outlet)} · "
            f"{self.published or 'no date'} · {self.words} words · {kept} blocks kept, "
            f"{len(self.blocks) - kept} set aside</div>"
        )


# ------------------------------------------------------------------------------------- cleaning
@dataclass(frozen=True)
class ClutterRule:
    """One line rule from ``data/clutter_rules.tsv``."""

    kind: str
    outlet: str
    pattern: re.Pattern[str]
    carries: bool
    note: str


@lru_cache(maxsize=1)
def clutter_rules() -> tuple[ClutterRule, ...]:
    """The clutter rules shipped in ``toolkit/data/clutter_rules.tsv`` (read once).

    >>> any(r.kind == "caption" for r in clutter_rules())
    True
    """
    text = resources.files("toolkit").joinpath("data/clutter_rules.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rules = []
    for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        if row["kind"] not in BLOCK_KINDS:
            raise ValueError(f"clutter_rules.tsv line {lineno}: unknown kind {row['kind']!r}")
        rules.append(
            ClutterRule(
                row["kind"],
                row["outlet"],
                re.compile(row["pattern"]),
                (row["carries"] or "").strip().lower() == "yes",
                row["note"] or "",
            )
        )
    return tuple(rules)


_FINAL_PUNCT = ".!?;:,…"
_CLOSERS = "\"'”’»)]"
_MULTI_SENTENCE = re.compile(r"[.!?][\"'”’]?\s+[A-Z“\"]")
_QUOTE_ATTRIBUTION = re.compile(
    r"[,!?][\"”’]\s"
)  # '“We are ready,” he said': speech, not a heading


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def is_interview_question(paragraph: str, answer: str | None = None) -> bool:
    """True when a paragraph reads as an interviewer's question: it ends with "?", runs to at
    most 300 characters and has no quote marks but around a short title ('Is "Father Tongue"
    about your father?'). With ``answer``, the next paragraph must also open with a quote mark:
    the interviewee's quoted reply.

    >>> is_interview_question("Did the referee explain the decision?", "“He said nothing.”")
    True
    >>> is_interview_question("What happens next?", "The council meets on Friday.")
    False
    >>> is_interview_question("“Why now?” she asked.")
    False
    """
    p = re.sub(r"[“\"][^“”\".,?!]{1,60}[”\"]", "", paragraph).strip()  # (a title)
    if not p.endswith("?") or len(p) > 300 or any(q in p for q in '“”"«»'):
        return False
    return answer is None or answer.lstrip()[:1] in ("“", '"', "‘", "«")


# an interview's two voices, outside quotes: the interviewee's "I" and "we", the interviewer's
# "you"
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|My|we|We|our|Our|us)\b")
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|You|Your)\b")
QUOTED_RE = re.compile(r"[“\"][^“”\"]*[”\"]")


def is_interview_exchange(question: str, answer: str) -> bool:
    """True when a paragraph reads as an interviewer's question and the next as the unquoted
    answer of the person interviewed: the question asks "you", or the answer speaks as "I" or
    "we" (an explainer's "What happens next?" over a paragraph in the third person is no
    interview).

    >>> is_interview_exchange("Have you received threats?", "Yes. Someone left a wreath.")
    True
    >>> is_interview_exchange("What happens next?", "The council meets on Friday.")
    False
    """
    a = answer.strip()
    if not is_interview_question(question) or not a or a[:1] in '“"‘«' or a.endswith("?"):
        return False
    return bool(
        SECOND_PERSON_RE.search(QUOTED_RE.sub("", question))
        or FIRST_PERSON_RE.search(QUOTED_RE.sub("", a))
    )


def is_heading_like(line: str) -> bool:
    """True when a line has the shape of a heading: short, one phrase, no final punctuation.

    >>> is_heading_like("Elite Hezbollah forces cross into Syria")
    True
    >>> is_heading_like("Rebels entered Hama on Thursday.")
    False
    """
    s = line.strip()
    words = s.split()
    if not words or len(words) > 14 or len(s) > 110:
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "“\"‘'"):
        return False
    if _MULTI_SENTENCE.search(s) or _QUOTE_ATTRIBUTION.search(s):
        return False
    if re.match(r"(?:Q|A|[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*:\s", s):
        return False  # a transcript line: "Q: Do you like it?", "TAPPER: Will you run?"
    last = s.rstrip(_CLOSERS)[-1:]
    if last == "?":  # "What happens next?": a question heading is short and quotes nobody
        return len(words) <= 8 and not any(q in s for q in '“”"')
    if last in _FINAL_PUNCT:
        return False
    # a heading does not end on a function word (that is a line broken mid-sentence)
    return words[-1].casefold() not in {"the", "a", "an", "of", "and", "or", "to", "in", "on", "by"}


def _line_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped, with wrapped continuation lines joined."""
    spans: list[tuple[int, int]] = []
    pos = 0
    prev_blank = True
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            e = s + len(stripped)
            prev_text = raw[spans[-1][0] : spans[-1][1]] if spans else ""
            continuation = (
                not prev_blank
                and spans
                and stripped[0].islower()
                and prev_text.rstrip(_CLOSERS)[-1:] not in ".!?:"
            )
            if continuation:  # a hard-wrapped paragraph: join with the line before
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        prev_blank = not stripped
        pos += len(line) + 1
    return spans


def _classify(raw: str, spans: list[tuple[int, int]], title: str | None) -> list[tuple[str, str]]:
    """Kind and reason for each span, in order."""
    rules = clutter_rules()
    out: list[tuple[str, str]] = []
    after_media = False
    carry: tuple[str, str] | None = None  # kind and reason passed on to heading-like lines
    seen_body = seen_headline = False
    # an interview set as questions and unquoted answers keeps its questions (three at least)
    interview = (
        sum(
            is_interview_exchange(raw[a:b], raw[c:d])
            for (a, b), (c, d) in zip(spans, spans[1:], strict=False)
        )
        >= 3
    )
    for i, (s, e) in enumerate(spans):
        line = raw[s:e]
        kind = reason = None
        carried, carry = carry, None
        for rule in rules:
            if rule.pattern.search(line):
                kind = rule.kind
                reason = f"rule ({rule.outlet}): {rule.note or rule.pattern.pattern}"
                if rule.carries:
                    carry = (kind, f"heading-like line under a {rule.note or kind}")
                break
        if kind is None and seen_headline and title and _norm(line) == _norm(title):
            kind, reason = "boilerplate", "repeats the headline"
        if kind is None:
            heading = is_heading_like(line) and not (
                # an interview's question, its answer quoted in the next paragraph: "Did the
                # referee explain it to you?" / "“He said …”"
                i + 1 < len(spans)
                and is_interview_question(line, raw[spans[i + 1][0] : spans[i + 1][1]])
            )
            if heading and interview and is_interview_question(line):
                heading = False  # "What would you tell other mayors?" / "Walk your projects."
            if carried and (heading or is_heading_like(re.sub(r"^[-•*–—]\s+", "", line))):
                # (a list's items may be bulleted: "Related" / "- Opposition vows to fight …")
                (kind, reason), carry = carried, carried
            elif (
                i == 0
                and not seen_body
                and ((title and _norm(line) == _norm(title)) or (not title and heading))
            ):
                kind, reason = "headline", "first line, the article's title"
            elif heading and after_media:
                kind, reason = "media", "title of a video: heading-like line after a video player"
            elif heading:
                kind, reason = "subheading", "shape: short, one phrase, no final punctuation"
            elif (
                i > 0
                and not seen_body
                # (after a date or byline line; right under the headline it is the first
                # paragraph, copied without its full stop)
                and out[-1][0] in ("subheading", "byline", "media", "caption")
                and len(line.split()) >= 8
                and line.rstrip(_CLOSERS)[-1:] not in _FINAL_PUNCT
                and line.rstrip()[-1:] not in _FINAL_PUNCT
            ):
                # "Senator Rodrigo Benítez insisted there was "no split" in the Colorado Party
                # after Wednesday's session" between the date line and the body: a photo caption
                kind, reason = "caption", "shape: a long line above the body, no final punctuation"
            else:
                kind, reason = "paragraph", "body text"
        seen_body = seen_body or kind == "paragraph"
        seen_headline = seen_headline or kind == "headline"
        after_media = kind == "media" and not reason.startswith("title of a video")
        out.append((kind, reason))
    return out


def clean(raw: str, title: str | None = None) -> tuple[str, tuple[Block, ...]]:
    """Cut raw article text into blocks and join the kept ones into the analysed text.

    Returns ``(text, blocks)``. A block is one line (a paragraph as web copies give them);
    wrapped lines that continue a sentence are joined first.

    >>> text, blocks = clean("Read more: Who are the rebels?\\nThe rebels advanced.")
    >>> text, [b.kind for b in blocks]
    ('The rebels advanced.', ['related-link', 'paragraph'])
    """
    spans = _line_spans(raw)
    kinds = _classify(raw, spans, title)
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for i, ((s, e), (kind, reason)) in enumerate(zip(spans, kinds, strict=True)):
        start = end = None
        if kind in KEPT_KINDS:
            if parts:
                parts.append(BLOCK_SEPARATOR)
                pos += len(BLOCK_SEPARATOR)
            parts.append(raw[s:e])
            start, end = pos, pos + (e - s)
            pos = end
        blocks.append(Block(i, kind, s, e, raw[s:e], reason, start, end))
    return "".join(parts), tuple(blocks)


# ------------------------------------------------------------------------------------ decoding
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes, path: str | Path | None = None) -> str:
    """Decode article bytes: UTF-8 (BOM allowed), else Windows-1252 with an :class:`ArticleWarning`.

    Newlines are normalised to ``\\n``. Binary data raises :class:`NotTextError`.

    >>> decode("Caf\\u00e9".encode("cp1252"), "a.txt")  # doctest: +SKIP
    'Café'
    """
    if b"\x00" in data[:65536]:
        raise NotTextError(path, "the file is binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleEncodingError(
                path, f"not UTF-8 (bad byte at offset {exc.start}) and not Windows-1252 either"
            ) from None
        warnings.warn(
            f"{path}: not UTF-8 (bad byte at offset {exc.start}); decoded as Windows-1252",
            ArticleWarning,
            stacklevel=3,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:65536]
    controls = len(_CONTROL_CHARS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise NotTextError(path, f"the file looks binary ({controls} control characters)")
    return text


def parse_published(value: Any, path: str | Path | None = None) -> dt.date | None:
    """Parse a ``published`` value: ISO date or date-time; ``None`` stays ``None``.

    >>> parse_published("2024-12-06T09:30:00Z")
    datetime.date(2024, 12, 6)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InvalidDateError(path, f"published={value!r} is not a date string (YYYY-MM-DD)")
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date()
    except ValueError as exc:
        raise InvalidDateError(
            path, f"published={value!r} is not a valid ISO date (YYYY-MM-DD): {exc}"
        ) from None


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def build_article(raw: str, meta: Mapping[str, Any], path: str | Path | None) -> Article:
    """Make an :class:`Article` from decoded raw text and a metadata mapping (the JSON fields)."""
    published = parse_published(meta.get("published"), path)
    if published is None:
        warnings.warn(
            f"{path or '<text>'}: no publication date; relative dates will stay unresolved",
            ArticleWarning,
            stacklevel=3,
        )
    if not raw.strip():
        raise EmptyArticleError(path, "the article has no text")
    title = meta.get("title") or None
    text, blocks = clean(raw, title)
    if not text.strip():
        raise EmptyArticleError(
            path, f"no article text left after setting aside {len(blocks)} clutter blocks"
        )
    if title is None:
        heads = [b.text for b in blocks if b.kind == "headline"]
        title = heads[0] if heads else text.split("\n", 1)[0][:80]
    known = {"id", "title", "outlet", "published", "url", "language"}
    return Article(
        id=str(meta.get("id") or (Path(path).stem if path else _text_id(raw))),
        title=str(title),
        outlet=str(meta.get("outlet") or "unknown"),
        published=published,
        url=meta.get("url"),
        raw=raw,
        text=text,
        blocks=blocks,
        language=str(meta.get("language") or "en"),
        path=str(path) if path else None,
        meta={k: v for k, v in meta.items() if k not in known},
    )


# ------------------------------------------------------------------------------------- loading
def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except PermissionError:
        raise ArticleError(path, "permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a folder; use load_corpus() for folders") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot be read: {exc.strerror or exc}") from None


def _read_metadata(path: Path, required: bool) -> dict[str, Any]:
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        if required:
            raise MetadataError(
                path, f"no metadata file {meta_path.name} beside it (id, title, outlet, published)"
            )
        return {}
    try:
        meta = json.loads(decode(_read_bytes(meta_path), meta_path))
    except json.JSONDecodeError as exc:
        raise MetadataError(meta_path, f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
    except ArticleError as exc:
        raise MetadataError(meta_path, exc.reason) from None
    if not isinstance(meta, dict):
        raise MetadataError(meta_path, "the metadata must be a JSON object")
    return meta


def _html_to_raw(html_text: str, path: Path) -> tuple[str, dict[str, Any]]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html_text, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None:
        raise EmptyArticleError(path, "no article text found in the HTML page")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    body = (data.get("text") or "").strip()
    if len(body.split()) < MIN_HTML_WORDS:
        # trafilatura falls back to page furniture (a menu, a cookie notice) when there is no article
        raise EmptyArticleError(
            path,
            f"no article text found in the HTML page ({len(body.split())} words of main text; "
            f"at least {MIN_HTML_WORDS} expected)",
        )
    title = (data.get("title") or "").strip()
    starts_with_title = title and _norm(body.split("\n", 1)[0]) == _norm(title)
    raw = body if not title or starts_with_title else f"{title}\n\n{body}"
    meta = {
        "title": title or None,
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "url": data.get("url"),
        "language": data.get("language"),
        "source_format": "html",
    }
    return raw, {k: v for k, v in meta.items() if v}


def load_article(path: str | Path) -> Article:
    """Load one article: ``<id>.txt`` with ``<id>.json`` metadata beside it, or a saved ``.html`` page.

    Raises a subclass of :class:`~toolkit.errors.ArticleError` naming the file and the reason.

    >>> art = load_article("corpus/skynews-2024-12-06-syrian-rebels-close-in-on-homs.txt")  # doctest: +SKIP
    >>> art.outlet  # doctest: +SKIP
    'Sky News'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json" and path.with_suffix(".txt").exists():
        path = path.with_suffix(".txt")
        suffix = ".txt"
    if suffix in HTML_SUFFIXES:
        raw, meta = _html_to_raw(decode(_read_bytes(path), path), path)
        meta.update(_read_metadata(path, required=False))  # a sidecar JSON overrides the page
        return build_article(raw, meta, path)
    if suffix not in TEXT_SUFFIXES:
        raise ArticleError(path, f"unsupported file type {suffix or '(none)'}; use .txt or .html")
    raw = decode(_read_bytes(path), path)
    meta = _read_metadata(path, required=True)
    meta.setdefault("id", path.stem)
    return build_article(raw, meta, path)


@dataclass(frozen=True)
class LoadProblem:
    """A file set aside (or loaded with a warning) while reading a corpus."""

    file: str
    reason: str
    error: str
    severity: str = "error"  # "error": set aside; "warning": loaded anyway


def article_files(folder: str | Path) -> list[Path]:
    """The article files of a folder (``.txt`` and ``.html``; orphan ``.json`` included), sorted."""
    folder = Path(folder)
    if not folder.exists():
        raise NoArticlesError(folder, "no such folder")
    if not folder.is_dir():
        raise NoArticlesError(folder, "is a file, not a folder; use load_article() for one file")
    files = []
    for p in sorted(folder.iterdir()):
        suffix = p.suffix.lower()
        if not p.is_file() or p.name.startswith("."):
            continue
        if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
            files.append(p)
        elif suffix == ".json" and not any(
            p.with_suffix(s).exists() for s in TEXT_SUFFIXES + HTML_SUFFIXES
        ):
            files.append(p)  # metadata with no text: reported, not ignored
    return files


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | LoadProblem]:
    """Load articles one at a time; yield a :class:`LoadProblem` for each file set aside.

    Later files whose id is already taken yield a problem (duplicate id); the first is kept.
    Articles loaded with a warning (e.g. Windows-1252 decoding) yield a problem of severity
    ``"warning"`` right before the article.
    """
    seen: dict[str, str] = {}
    for p in paths:
        p = Path(p)
        try:
            if p.suffix.lower() == ".json":
                raise MetadataError(p, "metadata without an article text (.txt or .html) beside it")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ArticleWarning)
                art = load_article(p)
            if art.id in seen:
                raise DuplicateIdError(
                    p, f"duplicate id {art.id!r}, already used by {seen[art.id]}"
                )
        except ArticleError as exc:
            yield LoadProblem(str(p), exc.reason, type(exc).__name__)
            continue
        for w in caught:
            if issubclass(w.category, ArticleWarning):
                msg = str(w.message)
                reason = msg.split(": ", 1)[1] if msg.startswith(str(p)) else msg
                yield LoadProblem(str(p), reason, w.category.__name__, "warning")
        seen[art.id] = str(p)
        yield art


_ERROR_COLUMNS = ["file", "reason", "error", "severity"]


class Corpus:
    """Articles loaded from a folder, plus the files set aside (``errors``).

    Iterating yields the good articles in file order; ``corpus["some-id"]`` picks one by id.

    >>> corpus = load_corpus("corpus")  # doctest: +SKIP
    >>> len(corpus), corpus.errors.empty  # doctest: +SKIP
    (4, True)
    """

    def __init__(
        self,
        articles: Iterable[Article],
        errors: pd.DataFrame | None = None,
        path: str | Path | None = None,
    ) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.errors: pd.DataFrame = (
            errors if errors is not None else pd.DataFrame(columns=_ERROR_COLUMNS)
        )
        self.path = str(path) if path is not None else None
        self._by_id = {a.id: a for a in self.articles}

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, key: int | str) -> Article:
        if isinstance(key, str):
            try:
                return self._by_id[key]
            except KeyError:
                raise KeyError(f"no article with id {key!r}; ids: {sorted(self._by_id)}") from None
        return self.articles[key]

    @property
    def ids(self) -> list[str]:
        """The article ids, in order."""
        return [a.id for a in self.articles]

    def to_frame(self) -> pd.DataFrame:
        """One row per article: id, title, outlet, published, url, language, words, blocks kept/set aside, path."""
        rows = [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "url": a.url,
                "language": a.language,
                "words": a.words,
                "blocks_kept": sum(b.kept for b in a.blocks),
                "blocks_set_aside": sum(not b.kept for b in a.blocks),
                "path": a.path,
            }
            for a in self.articles
        ]
        return pd.DataFrame(
            rows,
            columns=[
                "id",
                "title",
                "outlet",
                "published",
                "url",
                "language",
                "words",
                "blocks_kept",
                "blocks_set_aside",
                "path",
            ],
        )

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles, {len(self.errors)} problems, path={self.path!r})"

    def _repr_html_(self) -> str:
        html = self.to_frame().drop(columns=["path", "url"])._repr_html_()
        if len(self.errors):
            html += "<p><b>Files set aside or repaired</b></p>" + self.errors._repr_html_()
        return html


def load_corpus(folder: str | Path) -> Corpus:
    """Load every article of a folder; bad files go to ``Corpus.errors`` and loading goes on.

    Raises :class:`~toolkit.errors.NoArticlesError` when the folder does not exist or holds no
    article file at all.

    >>> corpus = load_corpus("corpus")  # doctest: +SKIP
    >>> corpus.to_frame()[["id", "outlet", "published"]]  # doctest: +SKIP
    """
    files = article_files(folder)
    if not files:
        raise NoArticlesError(folder, "the folder holds no article (.txt with .json, or .html)")
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    for item in iter_articles(files):
        (articles if isinstance(item, Article) else problems).append(item)
    errors = pd.DataFrame([vars(p) for p in problems], columns=_ERROR_COLUMNS)
    return Corpus(articles, errors, folder)


def as_articles(obj: Article | Corpus | Iterable[Article] | str | Path) -> list[Article]:
    """Normalise an article, a corpus, a list of articles or a path into a list of articles."""
    if isinstance(obj, Article):
        return [obj]
    if isinstance(obj, str | Path):
        p = Path(obj)
        return list(load_corpus(p)) if p.is_dir() else [load_article(p)]
    return list(obj)


def blocks(article: Article | Corpus | Iterable[Article]) -> pd.DataFrame:
    """The blocks table: one row per block, what was kept, what was set aside and why.

    Columns: doc_id, block_id, kind, kept, text, reason, raw_start, raw_end (offsets into
    ``article.raw``), start, end (offsets into ``article.text`` for kept blocks, else missing).

    >>> art = Article.from_text("Title line\\n\\nBody text here.\\nPics: AP")
    >>> blocks(art)[["kind", "kept"]].values.tolist()
    [['headline', True], ['paragraph', True], ['caption', False]]
    """
    columns = [
        "doc_id",
        "block_id",
        "kind",
        "kept",
        "text",
        "reason",
        "raw_start",
        "raw_end",
        "start",
        "end",
    ]
    rows = [
        (a.id, b.block_id, b.kind, b.kept, b.text, b.reason, b.raw_start, b.raw_end, b.start, b.end)
        for a in as_articles(article)
        for b in a.blocks
    ]
    return rows_frame(rows, columns, nullable_int=("start", "end"))
