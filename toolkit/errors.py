"""Exceptions and warnings raised by the toolkit, and one helper that words every invalid-value error.

Every error about an input file names the file and the reason, so a batch can record it in its
``errors`` table and go on:

>>> err = EmptyArticleError("corpus/a.txt", "the file has no text")
>>> str(err)
'corpus/a.txt: the file has no text'
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


class ArticleError(ValueError):
    """An article (or a corpus folder) that cannot be loaded. ``path`` and ``reason`` say why."""

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = str(path) if path is not None else "<text>"
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class EmptyArticleError(ArticleError):
    """The file, or its text once clutter is set aside, is empty."""


class NotTextError(ArticleError):
    """The file is binary (NUL bytes, control characters), not text."""


class ArticleEncodingError(ArticleError):
    """The bytes decode neither as UTF-8 nor as Windows-1252."""


class MetadataError(ArticleError):
    """The metadata JSON beside the text is missing, unreadable, or not an object."""


class InvalidDateError(MetadataError):
    """The ``published`` field is not an ISO date (YYYY-MM-DD) or is an impossible date."""


class DuplicateIdError(ArticleError):
    """Two articles in one corpus share an id; the first (in path order) is kept."""


class NoArticlesError(ArticleError):
    """A folder (or other source) holds no article, or does not exist."""


class ArticleWarning(UserWarning):
    """Something was repaired or guessed on load (e.g. Windows-1252 decoding, no date)."""


def invalid_value(name: str, value: Any, allowed: Iterable[Any]) -> ValueError:
    """Return the error for a keyword given a value outside its allowed set.

    >>> str(invalid_value("backend", "foo", ["auto", "nltk"]))
    "backend='foo' is not valid; choose one of: 'auto', 'nltk'"
    """
    choices = ", ".join(repr(a) for a in allowed)
    return ValueError(f"{name}={value!r} is not valid; choose one of: {choices}")
