"""Charts: one function per chart, each returns the matplotlib Figure.

Loaded lazily so ``import toolkit`` does not import matplotlib.

>>> import toolkit.plots
>>> callable(toolkit.plots.top_terms)
True
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "top_terms": "toolkit.plots.terms",
    "entity_frequencies": "toolkit.plots.entities",
    "place_map": "toolkit.plots.entities",
    "cooccurrence_network": "toolkit.plots.entities",
    "timeline": "toolkit.plots.timeline",
    "sentiment_by_source": "toolkit.plots.sources",
    "source_entity_heatmap": "toolkit.plots.sources",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit.plots' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
