"""The ``newskit`` command line.

Commands: ``analyze`` (tables for a corpus), ``notebooks`` (execute and render the notebooks).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def _analyze(args: argparse.Namespace) -> int:
    import toolkit
    from toolkit.corpus import blocks

    corpus = toolkit.load_corpus(args.source)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": corpus.to_frame(),
        "blocks": blocks(corpus),
        "sentences": toolkit.sentences(corpus),
        "tokens": toolkit.tokens(corpus),
        "errors": corpus.errors,
    }
    for name, df in tables.items():
        df.to_csv(out / f"{name}.csv", index=False)
    if not args.quiet:
        print(f"{len(corpus)} articles, {len(corpus.errors)} problems; tables in {out}/")
    return 0


def _notebooks(args: argparse.Namespace) -> int:
    from toolkit.notebooks import render_notebooks

    written = render_notebooks(args.folder, args.out)
    if not args.quiet:
        for p in written:
            print(p)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskit", description="Analyse news articles offline.")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="analyse a corpus folder and write its tables")
    p.add_argument("source", help="a corpus folder (.txt + .json, or .html)")
    p.add_argument("--out", required=True, help="output folder for the tables")
    p.set_defaults(func=_analyze)
    p = sub.add_parser("notebooks", help="execute the notebooks of a folder and render them to HTML")
    p.add_argument("folder", nargs="?", default="notebooks")
    p.add_argument("--out", default="build/notebooks")
    p.set_defaults(func=_notebooks)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newskit`` console script."""
    from toolkit.errors import ArticleError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ArticleError as exc:
        print(f"newskit: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
