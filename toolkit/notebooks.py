"""Execute the curated notebooks and render them to HTML (the main job and the tests use this).

>>> from toolkit.notebooks import notebook_paths
>>> [p.name for p in notebook_paths("notebooks")][:1]  # doctest: +SKIP
['00_overview.ipynb']
"""

from __future__ import annotations

from pathlib import Path


def notebook_paths(folder: str | Path) -> list[Path]:
    """The notebooks of a folder, sorted by name (checkpoints left out)."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def execute_notebook(path: str | Path, *, timeout: int = 900, kernel: str = "python3"):
    """Run a notebook top to bottom in its own folder and return the executed ``NotebookNode``.

    A failing cell raises ``nbclient.exceptions.CellExecutionError`` naming the cell.
    """
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    client.execute()
    return nb


def render_notebooks(folder: str | Path, out: str | Path, *, timeout: int = 900) -> list[Path]:
    """Execute every notebook of ``folder`` and write ``<out>/<name>.html``; returns the files written."""
    from nbconvert import HTMLExporter

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    exporter = HTMLExporter()
    for path in notebook_paths(folder):
        nb = execute_notebook(path, timeout=timeout)
        body, _ = exporter.from_notebook_node(nb)
        target = out / f"{path.stem}.html"
        tmp = target.with_suffix(".html.tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(target)
        written.append(target)
    return written
