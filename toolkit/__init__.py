"""newskit: analyse news articles offline.

Every analysis is a plain function that takes an :class:`~toolkit.corpus.Article` (or a corpus)
and returns a pandas DataFrame, one row per thing, with ``doc_id``/``start``/``end``/``text``
columns for spans (``article.text[start:end] == text``).

>>> import toolkit
>>> art = toolkit.Article.from_text("Rebels entered Hama on Thursday.", published="2024-12-06")
>>> toolkit.sentences(art)["text"].tolist()
['Rebels entered Hama on Thursday.']

Names are imported lazily, so ``import toolkit`` stays fast and a step's heavy dependencies load
only when that step is used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # corpus
    "Article": "toolkit.corpus",
    "Block": "toolkit.corpus",
    "Corpus": "toolkit.corpus",
    "load_article": "toolkit.corpus",
    "load_corpus": "toolkit.corpus",
    "blocks": "toolkit.corpus",
    # errors
    "ArticleError": "toolkit.errors",
    # text
    "sentences": "toolkit.text",
    "tokens": "toolkit.text",
    "word_frequencies": "toolkit.text",
    "top_terms": "toolkit.text",
    "ngrams": "toolkit.text",
    "collocations": "toolkit.text",
    # entities
    "mentions": "toolkit.entities",
    "entities": "toolkit.entities",
    "cooccurrence": "toolkit.entities",
    # timeline
    "timexes": "toolkit.timeline",
    "events": "toolkit.timeline",
    "chronology": "toolkit.timeline",
    "apply_overrides": "toolkit.timeline",
    "to_timelinejs": "toolkit.timeline",
    # sources and sentiment
    "statements": "toolkit.sources",
    "sources": "toolkit.sources",
    "attribution_issues": "toolkit.sources",
    "sentiment": "toolkit.sentiment",
    "sentiment_by_source": "toolkit.sentiment",
    "source_entity_table": "toolkit.sentiment",
    # pipeline
    "analyze": "toolkit.pipeline",
    "analyze_corpus": "toolkit.pipeline",
    "read_table": "toolkit.pipeline",
    "read_tables": "toolkit.pipeline",
    "register_step": "toolkit.steps",
    "available_steps": "toolkit.steps",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
