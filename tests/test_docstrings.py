"""The examples in the public docstrings of every toolkit module run and give what they show."""

import doctest
import importlib
import pkgutil
import warnings

import pytest

import toolkit

MODULES = ["toolkit"] + sorted(m.name for m in pkgutil.walk_packages(toolkit.__path__, "toolkit."))


def test_every_module_is_collected():
    assert {"toolkit.corpus", "toolkit.text", "toolkit.entities", "toolkit.timeline.timex"} <= set(
        MODULES
    )


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = doctest.testmod(
            module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True
        )
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
