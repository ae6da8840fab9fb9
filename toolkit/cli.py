"""The ``newskit`` command line.

Commands::

    newskit analyze SOURCE --out DIR [--workers N] [--dask ADDRESS] [--steps NAME ...]
                   [--learned crf|encoder|rules]
    newskit report DIR_OR_SOURCE --out report/
    newskit doctor
    newskit export DIR --format csv|parquet|timelinejs --out PATH
    newskit notebooks [FOLDER] --out build/notebooks

Every command has ``--help``; errors go to stderr with a non-zero exit code (1: bad input or a
failed run, 2: bad usage, 130: interrupted); ``--quiet`` prints nothing but errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path


class CommandError(Exception):
    """A failure the command reports in one line on stderr (exit code 1)."""


def _say(args: argparse.Namespace, msg: str) -> None:
    if not args.quiet:
        print(msg)


# ------------------------------------------------------------------------------------- analyze
_LEARNED = {"crf": True, "encoder": "encoder", "rules": False}  # --learned -> statements(learned=)


def _analyze(args: argparse.Namespace) -> int:
    from toolkit.pipeline import analyze_corpus, read_table

    if args.steps and "articles" not in args.steps:
        args.steps = ["articles", *args.steps]  # cheap, and the report and counts need it
    scheduler, client = "processes", None
    if args.dask:
        scheduler, client = "dask", args.dask
    out = analyze_corpus(
        args.source,
        args.out,
        workers=args.workers,
        scheduler=scheduler,
        client=client,
        steps=args.steps,
        progress=not args.quiet and sys.stderr.isatty(),
        batch_size=args.batch_size,
        max_bytes=int(args.max_mb * 1_000_000),
        learned=_LEARNED[args.learned],
    )
    articles = read_table(out, "articles")
    errors = read_table(out, "errors")
    bad = errors[errors["severity"] == "error"]
    for row in bad.itertuples(index=False):
        print(f"newskit: {row.file}: {row.step}: {row.message}", file=sys.stderr)
    _say(args, f"{len(articles)} articles analysed, {len(bad)} problems; tables in {out}/")
    if len(articles) == 0:
        print("newskit: error: no article could be analysed", file=sys.stderr)
        return 1
    return 0


# -------------------------------------------------------------------------------------- report
def _report(args: argparse.Namespace) -> int:
    from toolkit.pipeline import MANIFEST, analyze_corpus
    from toolkit.report import write_report

    src = Path(args.source)
    if src.is_dir() and (src / MANIFEST).exists():
        result = src
    else:
        result = analyze_corpus(src, None, progress=not args.quiet and sys.stderr.isatty())
    index = write_report(result, args.out)
    _say(args, f"report written: {index}")
    return 0


# -------------------------------------------------------------------------------------- doctor
def _doctor(args: argparse.Namespace) -> int:
    from toolkit.doctor import report

    info = report()
    if args.json:
        print(json.dumps(info, indent=1, default=str))
    elif not args.quiet:
        print(format_doctor(info))
    return 0


def format_doctor(info: dict) -> str:
    """The doctor's findings as readable text."""
    lines = [f"newskit {info['toolkit']}  (Python {info['python']})", "", "Packages:"]
    lines += [f"  {k:<16} {v}" for k, v in info["packages"].items()]
    lines += ["", "Steps:"]
    for s in info["steps"]:
        state = "ok" if s["available"] else f"unavailable: {s['reason']}"
        backends = f"  backends: {s['backends']}" if s.get("backends") else ""
        lines.append(f"  {s['name']:<11} {state}{backends}")
    lines += ["", "Data:"]
    lines += [f"  {k:<16} {v}" for k, v in info["data"].items()]
    return "\n".join(lines)


# -------------------------------------------------------------------------------------- export
def _export(args: argparse.Namespace) -> int:
    from toolkit.pipeline import read_manifest, read_table

    manifest = read_manifest(args.dir)
    names = args.tables or [*manifest["steps"], "errors"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        df = read_table(args.dir, name)
        target = out / f"{name}.{args.format}"
        tmp = target.with_name(f".{target.name}.tmp")
        if args.format == "csv":
            df.to_csv(tmp, index=False)
        else:
            df.to_parquet(tmp, index=False)
        os.replace(tmp, target)
        _say(args, f"{target}  ({len(df)} rows)")
    return 0


def _export_timelinejs(args: argparse.Namespace) -> int:
    from toolkit.pipeline import read_manifest, read_table

    manifest = read_manifest(args.dir)
    events = read_table(args.dir, "events") if "events" in manifest["steps"] else None
    articles = read_table(args.dir, "articles") if "articles" in manifest["steps"] else None
    data = None
    if events is not None and len(events):
        try:  # the timeline module's merged chronology and its TimelineJS export
            from toolkit.timeline import chronology
            from toolkit.timeline.export import to_timelinejs

            data = to_timelinejs(chronology(events), title="newskit chronology")
        except ImportError:
            data = None
    if data is None or not data["events"]:
        data = timelinejs(events, articles)
    out = Path(args.out)
    if out.suffix.lower() != ".json":
        out.mkdir(parents=True, exist_ok=True)
        out = out / "timeline.json"
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, out)
    _say(args, f"{out}  ({len(data['events'])} events)")
    return 0


def _date_parts(value: object) -> dict | None:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    s = str(value)
    try:
        d = pd.Timestamp(s[:10] if len(s) >= 10 and s[4] == "-" else s)
    except (ValueError, TypeError):
        return None
    return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}


def timelinejs(events, articles) -> dict:
    """A TimelineJS3 JSON document: the events with a date, else the articles by publication day.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "title": ["Rebels take Hama"], "published": ["2024-12-05"], "outlet": ["AP"]})
    >>> timelinejs(None, arts)["events"][0]["start_date"]
    {'year': '2024', 'month': '12', 'day': '5'}
    """
    out: list[dict] = []
    if events is not None and len(events):
        start_col = next(
            (
                c
                for c in ("date_begin", "date_start", "start_date", "date", "value", "begin")
                if c in events.columns
            ),
            None,
        )
        end_col = next((c for c in ("date_end", "end_date") if c in events.columns), None)
        if start_col == "value" and "date_begin" in events.columns:
            start_col = "date_begin"
        head_col = next(
            (c for c in ("headline", "trigger", "label", "text") if c in events.columns), None
        )
        text_col = next((c for c in ("sentence", "text") if c in events.columns), head_col)
        if start_col is not None:
            for r in events.to_dict("records"):
                start = _date_parts(r.get(start_col))
                if start is None:
                    continue
                ev = {
                    "start_date": start,
                    "text": {
                        "headline": str(r.get(head_col, ""))[:120],
                        "text": f"{r.get(text_col, '')} <i>({r.get('doc_id', '')})</i>",
                    },
                    "group": str(r.get("doc_id", "")),
                }
                end = _date_parts(r.get(end_col)) if end_col else None
                if end and end != start:
                    ev["end_date"] = end
                out.append(ev)
    if not out and articles is not None:
        for r in articles.to_dict("records"):
            start = _date_parts(r.get("published"))
            if start is None:
                continue
            out.append(
                {
                    "start_date": start,
                    "text": {"headline": str(r.get("title", "")), "text": str(r.get("outlet", ""))},
                    "group": str(r.get("outlet", "")),
                }
            )
    return {"title": {"text": {"headline": "newskit chronology", "text": ""}}, "events": out}


# ----------------------------------------------------------------------------------- notebooks
def _notebooks(args: argparse.Namespace) -> int:
    from toolkit.notebooks import render_notebooks

    if not Path(args.folder).is_dir():
        raise CommandError(f"{args.folder}: no such folder")
    written = render_notebooks(args.folder, args.out)
    for p in written:
        _say(args, str(p))
    return 0


# -------------------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newskit`` (one sub-command each)."""
    from toolkit import __version__

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--quiet", "-q", action="store_true", default=argparse.SUPPRESS, help="print only errors"
    )
    parser = argparse.ArgumentParser(
        prog="newskit",
        description="Analyse news articles offline: tables, an HTML report, exports.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "analyze",
        parents=[common],
        help="analyse a corpus and write its tables as Parquet",
        description="Analyse every article of SOURCE and write one Parquet dataset per table "
        "under DIR (resumable: unchanged articles are not analysed again).",
    )
    p.add_argument("source", help="a corpus folder (.txt + .json, or .html) or a .jsonl file")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder for the tables")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes")
    p.add_argument("--dask", metavar="ADDRESS", help="run on the Dask scheduler at ADDRESS")
    p.add_argument("--steps", nargs="+", metavar="NAME", help="only these steps (and their needs)")
    p.add_argument("--batch-size", type=int, default=200, help="articles per output part")
    p.add_argument(
        "--learned",
        choices=list(_LEARNED),
        default="crf",
        help="learned attribution layer of the statements table: crf (fast, the default), "
        "encoder (more accurate, about 1 s of CPU per 1,000-word article) or rules (none)",
    )
    p.add_argument(
        "--max-mb", type=float, default=5.0, help="set aside article files larger than this"
    )
    p.set_defaults(func=_analyze)

    p = sub.add_parser(
        "report",
        parents=[common],
        help="write a self-contained HTML report",
        description="Write an HTML report (overview and one page per article) of an analyze "
        "output folder, or of a corpus analysed on the fly.",
    )
    p.add_argument("source", metavar="DIR_OR_SOURCE", help="analyze output folder, or a corpus")
    p.add_argument("--out", default="report", help="report folder (default: report/)")
    p.set_defaults(func=_report)

    p = sub.add_parser(
        "doctor",
        parents=[common],
        help="versions, active NLP backends, where data lives",
        description="Check the installation: package versions, which steps and NLP backends "
        "are active, and where the toolkit's data lives.",
    )
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(func=_doctor)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="export the tables as CSV, Parquet files or a TimelineJS JSON",
        description="Export the tables of an analyze output folder.",
    )
    p.add_argument("dir", metavar="DIR", help="analyze output folder")
    p.add_argument("--format", required=True, choices=["csv", "parquet", "timelinejs"])
    p.add_argument("--out", required=True, metavar="PATH", help="output folder (or .json file)")
    p.add_argument("--tables", nargs="+", metavar="NAME", help="only these tables (csv, parquet)")
    p.set_defaults(func=_export)

    p = sub.add_parser(
        "notebooks",
        parents=[common],
        help="execute the notebooks of a folder and render them to HTML",
        description="Execute every notebook of FOLDER and write FOLDER's HTML renderings.",
    )
    p.add_argument("folder", nargs="?", default="notebooks")
    p.add_argument("--out", default="build/notebooks")
    p.set_defaults(func=_notebooks)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newskit`` console script; returns the exit code."""
    from toolkit.errors import ArticleError

    args = build_parser().parse_args(argv)
    if not hasattr(args, "quiet"):
        args.quiet = False
    if args.func is _export and args.format == "timelinejs":
        args.func = _export_timelinejs
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("newskit: interrupted (run the same command again to resume)", file=sys.stderr)
        return 130
    except (ArticleError, CommandError, ValueError, TypeError, OSError) as exc:
        print(f"newskit: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything else: one line, not a traceback
        print(f"newskit: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
