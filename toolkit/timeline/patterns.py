"""Load the temporal lexicon and patterns (``toolkit/data/timex/``) and compile them.

The word lists live in ``lexicon.json`` and the patterns in ``patterns.tsv``; both are plain text a
user can extend. Placeholders such as ``{MONTH}`` in a pattern expand to a named group built from
the lexicon, so adding a spelling to a list makes every pattern that uses it recognise it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Pattern:
    """One line of ``patterns.tsv``: the rule name, the normaliser kind and the compiled regex."""

    rule: str
    kind: str
    order: int
    regex: re.Pattern[str]
    needs: frozenset[str] = frozenset()


def _read(name: str) -> str:
    return resources.files("toolkit").joinpath("data", "timex", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The temporal word lists (months, weekdays, numbers, units, references, ...)."""
    return json.loads(_read("lexicon.json"))


def _alt(words: Any, *, dot: bool = False) -> str:
    """A regex alternation of ``words``, longest first; spaces match any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    parts = []
    for w in items:
        p = re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        p = p.replace("'", "['’]").replace("’", "['’]") if "'" in w or "’" in w else p
        parts.append(p)
    if dot:  # abbreviations may take a full stop ("Sept.", "Fri."); full names may not
        parts = [
            p + r"\.?" if len(w) <= 5 and w not in ("march", "april", "june", "july") else p
            for w, p in zip(items, parts, strict=True)
        ]
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def placeholders() -> dict[str, str]:
    """Placeholder name -> regex fragment (each a named group)."""
    lex = lexicon()
    number_words = [w for w in lex["numbers"]]
    tens = [w for w, v in lex["numbers"].items() if isinstance(v, int) and 20 <= v <= 90]
    units = [
        w
        for w, v in lex["numbers"].items()
        if isinstance(v, int) and 1 <= v <= 9 and w not in ("a", "an")
    ]
    compound = f"(?:{_alt(tens)})[- ](?:{_alt(units)})"
    vague = _alt(lex["vague_numbers"])
    num = rf"(?P<num>\d+(?:[.,]\d+)?|{compound}|{_alt(number_words)}|{vague})(?P<half>\s+1/2|\s*½|\s+and\s+a\s+half)?"
    return {
        "MONTH": f"(?P<month>{_alt(lex['months'], dot=True)})",
        "WEEKDAY": f"(?P<weekday>{_alt(lex['weekdays'], dot=True)})",
        "DAY": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?P<year>\d{4})(?!\d)",
        "NUM": num,
        "POD": f"(?P<pod>{_alt(lex['parts_of_day'])})",
        "SEASON": f"(?P<season>{_alt(lex['seasons'])})",
        "ORD": _alt(w for w, v in lex["ordinals"].items() if v > 0),
        "REF": f"(?P<ref>{_alt(lex['references'])})",
        "DAYWORD": f"(?P<dayword>{_alt(lex['days'])})",
        "TZ": f"(?P<tz>{_alt(lex['timezones'])})",
        "HOLIDAY": f"(?P<holiday>{_alt(lex['holidays'])})",
        "AMPM": r"(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)",
    }


@lru_cache(maxsize=1)
def mod_prefix() -> re.Pattern[str]:
    """Regex for a modifier written just before a timex ("late on", "early", "the end of", "mid-")."""
    mods = {k: v for k, v in lexicon()["mods"].items() if k not in ("over", "some", "mid-")}
    return re.compile(
        rf"(?<![\w-])(?:the\s+)?(?P<mod>{_alt(mods)})(?:\s+|-)(?:(?:on|in|of)\s+)?$", re.IGNORECASE
    )


TRIGGER_EXTRA = (
    "quarter",
    "quarters",
    "qtr",
    "half",
    "century",
    "centuries",
    "weekend",
    "weekends",
    "noon",
    "midnight",
    "midday",
    "tonight",
    "overnight",
    "eve",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "nightly",
    "quarterly",
    "biweekly",
    "biannually",
    "future",
    "past",
    "present",
    "moment",
    "fiscal",
    "fy",
)


@lru_cache(maxsize=1)
def word_categories() -> dict[str, frozenset[str]]:
    """Lower-case word -> the trigger categories it belongs to (the ``needs`` column of patterns.tsv).

    Digits form the category ``digit`` (checked separately).
    """
    lex = lexicon()
    cats: dict[str, set[str]] = {}

    def add(cat: str, phrase: str) -> None:
        for w in re.split(r"[\s'’.-]+", phrase.lower()):
            if w and w not in ("the", "in", "at", "this", "last", "new", "of", "s"):
                cats.setdefault(w, set()).add(cat)

    for cat, table in (
        ("months", "months"),
        ("weekdays", "weekdays"),
        ("units", "units"),
        ("seasons", "seasons"),
        ("references", "references"),
        ("days", "days"),
        ("holidays", "holidays"),
        ("day_parts", "parts_of_day"),
        ("day_parts", "day_parts_words"),
    ):
        for key in lex[table]:
            add(cat, key)
    for w in TRIGGER_EXTRA + (
        "qtr",
        "nineteen",
        "eighteen",
        "twenty",
        "thousand",
        "every",
        "each",
        "per",
    ):
        add("extra", w)
    add("units", "qtr")
    return {w: frozenset(c) for w, c in cats.items()}


# approximations are recorded as ``mod`` but left outside the span (TimeBank practice)
OUTSIDE_MODS = {"about", "around", "roughly", "approximately", "nearly", "almost", "some"}


def expand(pattern: str) -> str:
    """Replace ``{NAME}`` placeholders in a pattern with their regex fragments."""
    ph = placeholders()
    return re.sub(r"\{([A-Z]+)\}", lambda m: ph[m.group(1)], pattern)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The compiled patterns of ``patterns.tsv`` in file order."""
    out = []
    for i, line in enumerate(_read("patterns.tsv").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        rule, kind, needs, pat = line.split("\t", 3)
        rx = re.compile(rf"(?<![\w])(?:{expand(pat)})(?![\w])", re.IGNORECASE)
        out.append(Pattern(rule, kind, i, rx, frozenset(n.strip() for n in needs.split(","))))
    return tuple(out)


def word_value(table: str, word: str) -> Any:
    """Look ``word`` up in a lexicon table, ignoring case, dots, apostrophe style and spacing."""
    key = re.sub(r"\s+", " ", word.lower().replace("’", "'")).rstrip(".")
    return lexicon()[table].get(key)
