"""The examples in the public docstrings run and give what they show."""

import doctest
import importlib
import warnings

import pytest

MODULES = [
    "toolkit",
    "toolkit.corpus",
    "toolkit.text",
    "toolkit.errors",
    "toolkit.display",
    "toolkit.plots.terms",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = doctest.testmod(
            module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
        )
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
