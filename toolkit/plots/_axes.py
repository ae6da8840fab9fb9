"""What every chart function shares: draw on the given axes, or on a new figure."""

from __future__ import annotations

from typing import Any


def figure_and_axes(ax: Any, figsize: tuple[float, float]) -> tuple[Any, Any]:
    """``(figure, axes)``: the figure of ``ax`` when one is given, else a new figure of ``figsize``.

    >>> fig, ax = figure_and_axes(None, (4, 3))
    >>> figure_and_axes(ax, (9, 9))[0] is fig
    True
    """
    import matplotlib.pyplot as plt

    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax
