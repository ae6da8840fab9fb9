"""Reading CoNLL-style NER files and turning tag sequences into entity spans.

Accepts IOB1, IOB2 and BIOES tags in the last column; ``-DOCSTART-`` lines are skipped; blank
lines separate sentences.

>>> spans_from_tags(["B-PER", "E-PER", "O", "S-LOC"])
[(0, 2, 'PER'), (3, 4, 'LOC')]
>>> spans_from_tags(["I-PER", "I-PER", "B-PER", "O"])  # IOB1: B- only between two same-type entities
[(0, 2, 'PER'), (2, 3, 'PER')]
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_conll(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield ``(tokens, tags)`` per sentence; the token is the first column, the tag the last."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            if parts[0] == "-DOCSTART-":
                continue
            words.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if words:
        yield words, tags


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start_token, end_token, type)`` from IOB1, IOB2 or BIOES tags."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    cur: str | None = None
    for i, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            if cur is not None:
                spans.append((start, i, cur))  # type: ignore[arg-type]
            start, cur = None, None
            continue
        prefix, typ = tag.split("-", 1)
        begins = prefix in ("B", "S") or cur != typ
        if begins and cur is not None:
            spans.append((start, i, cur))  # type: ignore[arg-type]
            start, cur = None, None
        if begins:
            start, cur = i, typ
        if prefix in ("E", "S"):
            spans.append((start, i + 1, cur))  # type: ignore[arg-type]
            start, cur = None, None
    if cur is not None:
        spans.append((start, len(tags), cur))  # type: ignore[arg-type]
    return spans


def bioes(spans: list[tuple[int, int, str]], n: int) -> list[str]:
    """BIOES tags for ``n`` tokens from entity spans."""
    out = ["O"] * n
    for s, e, t in spans:
        if e - s == 1:
            out[s] = f"S-{t}"
        else:
            out[s] = f"B-{t}"
            for j in range(s + 1, e - 1):
                out[j] = f"I-{t}"
            out[e - 1] = f"E-{t}"
    return out
