"""Highlighted-text views for notebooks (HTML, in the manner of displaCy).

>>> from toolkit.display import highlight
>>> html = highlight("Assad fled Damascus.", [(0, 5, "PERSON"), (11, 19, "GPE")])
>>> "Assad" in html.data and "GPE" in html.data
True
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Mapping

PALETTE = (
    "#a6cee3",
    "#b2df8a",
    "#fb9a99",
    "#fdbf6f",
    "#cab2d6",
    "#ffff99",
    "#1f78b4",
    "#33a02c",
    "#e31a1c",
    "#ff7f00",
    "#6a3d9a",
    "#b15928",
)


class HTML:
    """A small HTML snippet that renders in JupyterLab (``_repr_html_``) and prints as its source."""

    def __init__(self, data: str) -> None:
        self.data = data

    def _repr_html_(self) -> str:
        return self.data

    def __str__(self) -> str:
        return self.data


def colors_for(labels: Iterable[str], colors: Mapping[str, str] | None = None) -> dict[str, str]:
    """A stable colour for each label (given colours win)."""
    out = dict(colors or {})
    for label in sorted(set(labels)):
        out.setdefault(label, PALETTE[len(out) % len(PALETTE)])
    return out


def highlight(
    text: str,
    spans: Iterable[tuple[int, int, str]] | Iterable[tuple[int, int, str, str]],
    *,
    colors: Mapping[str, str] | None = None,
    legend: bool = True,
) -> HTML:
    """Mark spans of ``text``: each span is ``(start, end, label)`` or ``(start, end, label, tooltip)``.

    Overlapping spans: the one that starts first (then the longer) wins; the others are skipped.
    Newlines become line breaks.
    """
    items = sorted((tuple(s) for s in spans), key=lambda s: (int(s[0]), -(int(s[1]) - int(s[0]))))
    palette = colors_for((s[2] for s in items), colors)
    parts: list[str] = []
    pos = 0
    for item in items:
        start, end, label = int(item[0]), int(item[1]), str(item[2])
        tip = str(item[3]) if len(item) > 3 else label
        if start < pos or end <= start:
            continue
        parts.append(_html.escape(text[pos:start]))
        parts.append(
            f'<mark title="{_html.escape(tip)}" style="background:{palette[label]};'
            f'padding:0 3px;border-radius:3px">{_html.escape(text[start:end])}'
            f'<sup style="font-size:0.65em;font-weight:bold;margin-left:2px">'
            f"{_html.escape(label)}</sup></mark>"
        )
        pos = end
    parts.append(_html.escape(text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    key = ""
    if legend and palette:
        key = (
            "<div style='margin-bottom:6px'>"
            + " ".join(
                f'<span style="background:{c};padding:0 4px;border-radius:3px">{_html.escape(k)}</span>'
                for k, c in palette.items()
                if any(str(s[2]) == k for s in items)
            )
            + "</div>"
        )
    return HTML(f"<div style='line-height:2;font-family:sans-serif'>{key}{body}</div>")
