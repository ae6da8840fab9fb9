"""The registry of analysis steps the pipeline runs: each step makes one named table.

A step has a ``name`` (the table it produces), a function ``(article, tables_so_far) ->
DataFrame`` and the names of the steps it needs. The built-in steps are ``articles``, ``blocks``,
``sentences`` and ``tokens``; the analysis steps of other modules (``mentions``, ``entities``,
``statements``, ``sentiment``, ``timexes``, ``events``) are registered *lazily* by module path, so
a module that is missing or fails to import is skipped and reported, never fatal.

>>> [s.name for s in resolve_steps(["sentiment"])[0]]  # doctest: +SKIP
['statements', 'sentiment']
>>> import pandas as pd
>>> def n_words(article, tables):
...     return pd.DataFrame({"doc_id": [article.id], "words": [article.words]})
>>> _ = register_step("n_words", n_words, replace=True)
>>> "n_words" in step_names()
True
>>> unregister_step("n_words")
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from toolkit.corpus import Article
from toolkit.errors import invalid_value

StepFunc = Callable[[Article, Mapping[str, pd.DataFrame]], pd.DataFrame]


class StepUnavailable(RuntimeError):
    """A lazily registered step whose module or function cannot be loaded."""


@dataclass(frozen=True)
class Step:
    """One analysis step: makes the table ``name`` from an article and the tables made before it.

    Either ``func`` is given, or ``module`` and ``attr`` name the function to import on first use
    (``call`` says how to call it: ``"article"`` -> ``f(article)``, ``"tables"`` ->
    ``f(article, tables)``, or ``"table:<name>"`` -> ``f(tables[name])``); ``options`` are
    passed to it as keyword arguments (``statements`` takes ``learned`` this way).
    """

    name: str
    func: StepFunc | None = None
    needs: tuple[str, ...] = ()
    module: str | None = None
    attr: str | None = None
    call: str = "tables"
    description: str = ""
    options: tuple[tuple[str, Any], ...] = ()  # keyword arguments for the function

    def load(self) -> StepFunc:
        """The step function, importing its module if it is registered lazily.

        Raises :class:`StepUnavailable` naming the module and the reason.
        """
        if self.func is not None:
            fn: Callable[..., Any] = self.func
        else:
            try:
                mod = importlib.import_module(self.module or "")
            except Exception as exc:  # ImportError, or the module fails while importing
                raise StepUnavailable(
                    f"step {self.name!r}: module {self.module} cannot be imported "
                    f"({type(exc).__name__}: {exc})"
                ) from None
            fn = getattr(mod, self.attr or self.name, None)
            if not callable(fn):
                raise StepUnavailable(
                    f"step {self.name!r}: {self.module} defines no function {self.attr or self.name!r}"
                )
        kw = dict(self.options)
        if self.call == "article":
            return lambda article, tables: fn(article, **kw)
        if self.call.startswith("table:"):
            source = self.call.split(":", 1)[1]
            return lambda article, tables: fn(tables[source], **kw)
        return (lambda article, tables: fn(article, tables, **kw)) if kw else fn


# ----------------------------------------------------------------------------- built-in steps
def _articles(article: Article, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per article: doc_id, title, outlet, published, url, language, words, blocks kept/set aside, path."""
    return pd.DataFrame(
        [
            {
                "doc_id": article.id,
                "title": article.title,
                "outlet": article.outlet,
                "published": article.published.isoformat() if article.published else None,
                "url": article.url,
                "language": article.language,
                "words": article.words,
                "chars": len(article.text),
                "blocks_kept": sum(b.kept for b in article.blocks),
                "blocks_set_aside": sum(not b.kept for b in article.blocks),
                "path": article.path,
            }
        ]
    )


def _blocks(article: Article, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    from toolkit.corpus import blocks

    return blocks(article)


def _sentences(article: Article, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    from toolkit.text import sentences

    return sentences(article)


def _tokens(article: Article, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    from toolkit.text import TOKEN_COLUMNS, iter_tokens

    return pd.DataFrame(list(iter_tokens(article)), columns=TOKEN_COLUMNS)


_REGISTRY: dict[str, Step] = {}


def register_step(
    name: str,
    func: StepFunc | None = None,
    *,
    needs: Iterable[str] = (),
    module: str | None = None,
    attr: str | None = None,
    call: str = "tables",
    description: str = "",
    replace: bool = False,
) -> Step:
    """Add a step to the registry (the pipeline runs it from then on) and return it.

    Give ``func`` (called as ``func(article, tables_so_far)``), or ``module`` (and ``attr``) to
    import it lazily. ``needs`` names the steps whose tables it reads; they run first.

    >>> step = register_step("demo_len", lambda a, t: pd.DataFrame({"doc_id": [a.id]}), replace=True)
    >>> step.name
    'demo_len'
    >>> unregister_step("demo_len")
    """
    if not name or not name.isidentifier():
        raise ValueError(f"step name {name!r} must be a Python identifier (it names a table)")
    if name == "errors":
        raise ValueError("'errors' is the pipeline's own table; choose another step name")
    if func is None and module is None:
        raise ValueError(f"step {name!r}: give func, or module (and attr) to import it from")
    if name in _REGISTRY and not replace:
        raise ValueError(f"a step named {name!r} is already registered (pass replace=True)")
    if not (call in ("tables", "article") or call.startswith("table:")):
        raise invalid_value("call", call, ["tables", "article", "table:<name>"])
    step = Step(name, func, tuple(needs), module, attr, call, description)
    _REGISTRY[name] = step
    return step


def unregister_step(name: str) -> None:
    """Remove a step from the registry (no error when it is not there)."""
    _REGISTRY.pop(name, None)


def step_names() -> list[str]:
    """Names of the registered steps, in registration order."""
    return list(_REGISTRY)


def get_step(name: str) -> Step:
    """The registered step called ``name``."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise invalid_value("steps", name, list(_REGISTRY)) from None


def resolve_steps(names: Iterable[str] | None = None) -> tuple[list[Step], dict[str, str]]:
    """The steps to run for ``names`` (all registered steps when ``None``), needs first.

    Returns ``(steps, skipped)``: the runnable steps in dependency order, and ``{name: reason}``
    for each step left out because its module cannot be loaded or a step it needs is left out.
    An unknown name raises ``ValueError``.

    >>> steps, skipped = resolve_steps(["articles", "tokens"])
    >>> [s.name for s in steps]
    ['articles', 'tokens']
    """
    wanted = list(_REGISTRY) if names is None else list(dict.fromkeys(names))
    for n in wanted:
        get_step(n)
    order: list[str] = []
    visiting: set[str] = set()

    def visit(n: str) -> None:
        if n in order:
            return
        if n in visiting:
            raise ValueError(f"steps form a cycle through {n!r}")
        visiting.add(n)
        for dep in get_step(n).needs:
            visit(dep)
        visiting.discard(n)
        order.append(n)

    for n in wanted:
        visit(n)
    steps: list[Step] = []
    skipped: dict[str, str] = {}
    for n in order:
        step = get_step(n)
        missing = [d for d in step.needs if d in skipped]
        if missing:
            skipped[n] = f"needs step {missing[0]!r}, which is unavailable"
            continue
        try:
            step.load()
        except StepUnavailable as exc:
            skipped[n] = str(exc)
            continue
        steps.append(step)
    return steps, skipped


def available_steps() -> pd.DataFrame:
    """One row per registered step: name, needs, available, reason (why not), module.

    >>> df = available_steps()
    >>> bool(df.set_index("name").loc["tokens", "available"])
    True
    """
    _, skipped = resolve_steps()
    return pd.DataFrame(
        [
            {
                "name": s.name,
                "needs": ", ".join(s.needs),
                "available": s.name not in skipped,
                "reason": skipped.get(s.name, ""),
                "module": s.module or getattr(s.func, "__module__", ""),
            }
            for s in _REGISTRY.values()
        ],
        columns=["name", "needs", "available", "reason", "module"],
    )


# the built-in steps, in the order tables are made
register_step("articles", _articles, description="one row per article")
register_step("blocks", _blocks, description="blocks kept and set aside")
register_step("sentences", _sentences, description="sentences with offsets")
register_step("tokens", _tokens, description="tokens with offsets and POS")
for _name, _module, _needs, _call in (
    ("mentions", "toolkit.entities", (), "article"),
    ("entities", "toolkit.entities", (), "article"),
    ("statements", "toolkit.sources", (), "article"),
    ("sentiment", "toolkit.sentiment", ("statements",), "table:statements"),
    ("timexes", "toolkit.timeline", (), "article"),
    ("events", "toolkit.timeline", (), "article"),
):
    register_step(_name, module=_module, attr=_name, needs=_needs, call=_call)
