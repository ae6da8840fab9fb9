"""Build ``toolkit/data/sources/given_names.tsv``: given names whose bearers are nearly all women
or nearly all men, for resolving "he" and "she" to a source (:mod:`toolkit.sources`).

Derived from the name data of the ``nomquamgender`` package (MIT licence; Van Buskirk, Clauset
and Larremore, "An open-source cultural consensus approach to name-based gender
classification", 2023), which pools 36 public name-gender sources. Kept: plain Latin-letter
names seen in at least ``--min-sources`` sources and ``--min-count`` times whose share of women
p(gf) is at most ``--margin`` or at least 1 - ``--margin``; also rarer names whose sources agree
almost to a person (``--clear-min-sources`` sources, ``--clear-min-count`` bearers, share of the
other sex at most ``--clear-margin``: "Rajendra", 18 sources, 385 bearers, p(gf) 0.001). Nothing is read at run time but the
TSV written here::

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/build_given_names.py

A name's gender is a statistical guess about a person; the toolkit only uses it to keep "she"
from being resolved to a "John" when another candidate fits.
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "sources" / "given_names.tsv"


def build(
    min_sources: int,
    min_count: int,
    margin: float,
    clear: tuple[int, int, float] = (10, 100, 0.02),
) -> dict[str, str]:
    """name -> "f" / "m" from nomquamgender's table: common names within ``margin``, and names
    seen in ``clear[0]`` sources and ``clear[1]`` times within ``clear[2]``."""
    with resources.files("nomquamgender").joinpath("name_data.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    out = {}
    for name, rec in data.items():
        n_sources, count, pgf = rec[0], rec[1], rec[2]
        if not re.fullmatch(r"[a-z]{2,20}", name):
            continue
        if n_sources >= min_sources and count >= min_count:
            m = margin
        elif n_sources >= clear[0] and count >= clear[1]:
            m = clear[2]
        else:
            continue
        if pgf >= 1 - m:
            out[name] = "f"
        elif pgf <= m:
            out[name] = "m"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-sources", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=500)
    ap.add_argument("--margin", type=float, default=0.1)
    ap.add_argument("--clear-min-sources", type=int, default=10)
    ap.add_argument("--clear-min-count", type=int, default=100)
    ap.add_argument("--clear-margin", type=float, default=0.02)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    clear = (args.clear_min_sources, args.clear_min_count, args.clear_margin)
    names = build(args.min_sources, args.min_count, args.margin, clear)
    header = (
        "# given name (lower case, plain letters)\tf or m: nearly all bearers women / men\n"
        "# derived from nomquamgender (MIT) by benchmarks/build_given_names.py "
        f"(min sources {args.min_sources}, min count {args.min_count}, margin {args.margin};"
        f" or {clear[0]} sources, {clear[1]} bearers, margin {clear[2]})\n"
    )
    args.out.write_text(
        header + "".join(f"{n}\t{g}\n" for n, g in sorted(names.items())), encoding="utf-8"
    )
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
