"""Score temporal tagging on TimeML gold data (TempEval-3 Task A) and time it.

Reads every ``*.tml`` file under ``--data`` (default ``../shared/benchmarks/tempeval3-tbaq/``): the
DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"``, the text is the content of
``<TEXT>`` with tags removed, and the gold timexes are the TIMEX3 elements inside it. Each system
tags that text with the DCT; we score, as TE3 does:

* detection: strict (same span) and relaxed (overlapping span) precision, recall, F1;
* type accuracy and value accuracy over the relaxed matches;
* value F1 = value accuracy x relaxed F1 (TE3's "value F1"); and documents per second.

Peers (dateparser ``search_dates``, Microsoft recognizers-text date-time, ctparse) run in the
benchmark venv (``.venv-bench``) through a subprocess of this script (``--peer NAME``) so the
package never depends on them; their output is normalised to TIMEX3 type/value the same way.

    .venv/bin/python benchmarks/timex_eval.py --json benchmarks/results/timex.json

A malformed TimeML file is reported and skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "tempeval3-tbaq"
BENCH_PY = REPO / ".venv-bench" / "bin" / "python"

PUBLISHED = [
    # TE3 Task A on the official TE3 test set (UzZaman et al. 2013), not on this data
    {
        "system": "HeidelTime (TE3 published)",
        "value_f1": 77.61,
        "strict_f1": 81.34,
        "relaxed_f1": 90.30,
    },
    {
        "system": "SUTime (TE3 published)",
        "value_f1": 67.38,
        "strict_f1": 79.57,
        "relaxed_f1": 90.32,
    },
]


# ------------------------------------------------------------------------------ TimeML reading
def _walk(elem: ET.Element, parts: list[str], pos: list[int], spans: list[dict]) -> None:
    if elem.text:
        parts.append(elem.text)
        pos[0] += len(elem.text)
    for child in elem:
        start = pos[0]
        _walk(child, parts, pos, spans)
        if child.tag == "TIMEX3":
            spans.append(
                {
                    "start": start,
                    "end": pos[0],
                    "type": child.get("type"),
                    "value": child.get("value"),
                }
            )
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def read_timeml(path: Path) -> dict:
    """``{"id", "dct", "text", "gold": [{"start","end","type","value"}]}`` for one .tml file."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            v = t.get("value") or ""
            m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", v)
            if m:
                dct = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError("no <TEXT> element")
    parts: list[str] = []
    spans: list[dict] = []
    _walk(text_el, parts, [0], spans)
    text = "".join(parts)
    for s in spans:
        s["text"] = text[s["start"] : s["end"]]
    return {"id": path.stem, "dct": dct, "text": text, "gold": spans}


def load(folder: Path) -> tuple[list[dict], list[str]]:
    docs, errors = [], []
    for p in sorted(folder.rglob("*.tml")):
        try:
            docs.append(read_timeml(p))
        except (ET.ParseError, ValueError, OSError) as exc:
            msg = f"skipped {p}: malformed TimeML ({exc})"
            print(msg, file=sys.stderr)
            errors.append(msg)
    return docs, errors


# ------------------------------------------------------------------------------------ scoring
def _strip(span: dict, text: str) -> tuple[int, int]:
    s, e = span["start"], span["end"]
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def score(docs: list[dict], predictions: dict[str, list[dict]]) -> dict:
    n_gold = n_sys = strict = relaxed_sys = relaxed_gold = 0
    type_ok = value_ok = matched = 0
    for doc in docs:
        gold = [(*_strip(g, doc["text"]), g) for g in doc["gold"]]
        sys_ = [(*_strip(p, doc["text"]), p) for p in predictions.get(doc["id"], [])]
        n_gold += len(gold)
        n_sys += len(sys_)
        gold_spans = {(s, e) for s, e, _ in gold}
        strict += sum((s, e) in gold_spans for s, e, _ in sys_)
        relaxed_sys += sum(any(s < ge and gs < e for gs, ge, _ in gold) for s, e, _ in sys_)
        used = set()
        for gs, ge, g in gold:
            hit = None
            for i, (s, e, _p) in enumerate(sys_):
                if i not in used and s < ge and gs < e:
                    hit = i
                    if (s, e) == (gs, ge):
                        break
            if hit is None:
                continue
            used.add(hit)
            relaxed_gold += 1
            matched += 1
            p = sys_[hit][2]
            type_ok += p.get("type") == g["type"]
            value_ok += (p.get("value") or "") == (g["value"] or "")

    def prf(tp_p: int, tp_r: int) -> tuple[float, float, float]:
        p = tp_p / n_sys if n_sys else 0.0
        r = tp_r / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    sp, sr, sf = prf(strict, strict)
    rp, rr, rf = prf(relaxed_sys, relaxed_gold)
    type_acc = type_ok / matched if matched else 0.0
    value_acc = value_ok / matched if matched else 0.0
    pct = lambda x: round(100 * x, 2)  # noqa: E731
    return {
        "strict_precision": pct(sp),
        "strict_recall": pct(sr),
        "strict_f1": pct(sf),
        "relaxed_precision": pct(rp),
        "relaxed_recall": pct(rr),
        "relaxed_f1": pct(rf),
        "type_accuracy": pct(type_acc),
        "value_accuracy": pct(value_acc),
        "value_f1": pct(value_acc * rf),
        "gold_timexes": n_gold,
        "system_timexes": n_sys,
    }


# ------------------------------------------------------------------------------------ systems
def run_toolkit(docs: list[dict]) -> tuple[dict[str, list[dict]], float]:
    sys.path.insert(0, str(REPO))
    from toolkit.timeline.timex import tag

    tag("He left on Friday and will return in March.", dt.date(2024, 12, 6))
    out = {}
    t0 = time.perf_counter()
    c0 = time.process_time()
    for doc in docs:
        found = tag(doc["text"], doc["dct"])
        out[doc["id"]] = [
            {"start": t.start, "end": t.end, "type": t.norm.type, "value": t.norm.value}
            for t in found
        ]
    run_toolkit.cpu_seconds = time.process_time() - c0
    return out, time.perf_counter() - t0


def _dp_value(d: dt.datetime, text: str) -> tuple[str, str]:
    if d.hour or d.minute or re.search(r"\d:\d\d|[ap]\.?m\b", text, re.I):
        return "TIME", d.strftime("%Y-%m-%dT%H:%M")
    return "DATE", d.date().isoformat()


def _peer_dateparser(doc: dict) -> list[dict]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc["dct"] or dt.date.today(), dt.time())
    res = (
        search_dates(
            doc["text"],
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        or []
    )
    out, pos = [], 0
    for frag, when in res:
        i = doc["text"].find(frag, pos)
        if i < 0:
            i = doc["text"].find(frag)
            if i < 0:
                continue
        pos = i + len(frag)
        typ, value = _dp_value(when, frag)
        out.append({"start": i, "end": i + len(frag), "type": typ, "value": value})
    return out


_REC_TYPES = {
    "date": "DATE",
    "daterange": "DATE",
    "time": "TIME",
    "timerange": "TIME",
    "datetime": "TIME",
    "datetimerange": "TIME",
    "duration": "DURATION",
    "set": "SET",
}


def _peer_recognizers(doc: dict) -> list[dict]:
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_text import Culture

    model = _rec_model(DateTimeRecognizer, Culture)
    base = dt.datetime.combine(doc["dct"] or dt.date.today(), dt.time())
    out = []
    for r in model.parse(doc["text"], base):
        sub = r.type_name.split(".")[-1]
        values = (r.resolution or {}).get("values") or [{}]
        value = _rec_value(sub, values)
        if value and value.startswith("T"):  # a clock time: on the DCT, as for the toolkit
            value = f"{base.date().isoformat()}{value}"
        out.append(
            {
                "start": r.start,
                "end": r.end + 1,
                "type": _REC_TYPES.get(sub, "DATE"),
                "value": value,
            }
        )
    return out


def _rec_value(sub: str, values: list[dict]) -> str | None:
    """TIMEX3 value from a recognizers-text resolution; an underspecified timex ("XXXX-WXX-5") is
    replaced by the resolved past reading (the first value), as we resolve news against the DCT."""
    v = values[0]
    timex = v.get("timex")
    if timex and "X" not in timex and not timex.startswith("("):
        return timex
    if sub == "date" and v.get("value"):
        return str(v["value"])[:10]
    if sub == "datetime" and v.get("value"):
        return str(v["value"])[:16].replace(" ", "T")
    if sub == "daterange" and v.get("start"):
        return timex if timex and not timex.startswith("(") else str(v["start"])[:10]
    return timex


_MODEL = {}


def _rec_model(DateTimeRecognizer, Culture):  # noqa: N803
    if "m" not in _MODEL:
        _MODEL["m"] = DateTimeRecognizer(Culture.English).get_datetime_model()
    return _MODEL["m"]


def _peer_ctparse(doc: dict) -> list[dict]:
    from ctparse import ctparse

    base = dt.datetime.combine(doc["dct"] or dt.date.today(), dt.time())
    out = []
    text = doc["text"]
    # ctparse resolves one expression per call: feed it short candidate windows (sentences)
    for m in re.finditer(r"[^.!?\n]+", text):
        sent = m.group(0)
        if not re.search(
            r"\d|day|week|month|year|now|ago|morning|night|"
            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
            sent,
            re.I,
        ):
            continue
        try:
            res = ctparse(sent, ts=base, timeout=0.5)
        except Exception:  # noqa: BLE001 - a peer's failure is its miss
            continue
        if res is None or res.resolution is None:
            continue
        r = res.resolution
        s, e = r.mstart, r.mend
        if type(r).__name__ == "Duration":
            unit = str(getattr(r, "unit", "")).split(".")[-1].lower()
            code = {
                "minutes": "TM",
                "hours": "TH",
                "days": "D",
                "nights": "D",
                "weeks": "W",
                "months": "M",
            }
            c = code.get(unit)
            value = (
                None
                if c is None
                else (f"PT{r.value}{c[1]}" if c.startswith("T") else f"P{r.value}{c}")
            )
            out.append(
                {"start": m.start() + s, "end": m.start() + e, "type": "DURATION", "value": value}
            )
            continue
        if type(r).__name__ == "Interval":
            r = r.t_from or r.t_to
        value = None
        typ = "DATE"
        if r is not None and r.year and r.month and r.day:
            value = f"{r.year:04d}-{r.month:02d}-{r.day:02d}"
            if r.hour is not None:
                typ = "TIME"
                value += f"T{r.hour:02d}:{(r.minute or 0):02d}"
        elif r is not None and r.year and r.month:
            value = f"{r.year:04d}-{r.month:02d}"
        elif r is not None and r.year:
            value = f"{r.year:04d}"
        out.append({"start": m.start() + s, "end": m.start() + e, "type": typ, "value": value})
    return out


PEERS = {
    "dateparser": _peer_dateparser,
    "recognizers-text": _peer_recognizers,
    "ctparse": _peer_ctparse,
}


def peer_main(name: str, data: Path) -> None:
    """Run one peer on the data and print ``{"predictions", "seconds"}`` as JSON (subprocess mode)."""
    docs, _ = load(data)
    fn = PEERS[name]
    preds = {}
    t0 = time.perf_counter()
    failures = 0
    for doc in docs:
        try:
            preds[doc["id"]] = fn(doc)
        except Exception as exc:  # noqa: BLE001 - keep going, count it
            failures += 1
            print(f"{name} failed on {doc['id']}: {exc}", file=sys.stderr)
            preds[doc["id"]] = []
    print(
        json.dumps(
            {"predictions": preds, "seconds": time.perf_counter() - t0, "failures": failures}
        )
    )


def run_peers(names: list[str], data: Path, timeout: float, cache: Path | None) -> dict[str, dict]:
    """Run the peers in parallel subprocesses of the benchmark venv; ``cache`` keeps their output."""
    results: dict[str, dict] = {}
    procs = {}
    for name in names:
        cached = cache / f"{name}.json" if cache else None
        if cached is not None and cached.exists():
            results[name] = json.loads(cached.read_text("utf-8"))
            continue
        if not BENCH_PY.exists():
            results[name] = {"error": f"benchmark venv not found at {BENCH_PY}"}
            continue
        procs[name] = subprocess.Popen(
            [str(BENCH_PY), __file__, "--data", str(data), "--peer", name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    t0 = time.monotonic()
    for name, proc in procs.items():
        try:
            out, err = proc.communicate(timeout=max(1.0, timeout - (time.monotonic() - t0)))
        except subprocess.TimeoutExpired:
            proc.kill()
            results[name] = {"error": f"timed out after {timeout:.0f} s"}
            continue
        if proc.returncode != 0:
            results[name] = {"error": err.strip().splitlines()[-1] if err.strip() else "failed"}
            continue
        results[name] = json.loads(out)
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            (cache / f"{name}.json").write_text(out, "utf-8")
    return results


# --------------------------------------------------------------------------------------- main
def _table(rows: list[dict]) -> str:
    cols = [
        "system",
        "strict_f1",
        "relaxed_f1",
        "type_accuracy",
        "value_accuracy",
        "value_f1",
        "docs_per_s",
        "docs_per_cpu_s",
    ]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        lines.append("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument(
        "--peers", default="dateparser,recognizers-text,ctparse", help="comma list, or '' for none"
    )
    ap.add_argument("--peer-timeout", type=float, default=2400.0)
    ap.add_argument(
        "--peer-cache", type=Path, default=None, help="folder to keep/reuse the peers' raw output"
    )
    ap.add_argument("--peer", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.peer:
        peer_main(args.peer, args.data)
        return 0
    docs, errors = load(args.data)
    if not docs:
        print(f"no readable .tml files under {args.data}", file=sys.stderr)
        return 1
    preds, secs = run_toolkit(docs)
    result = score(docs, preds)
    result["docs_per_s"] = round(len(docs) / secs, 1) if secs else None
    cpu = getattr(run_toolkit, "cpu_seconds", None)
    # CPU time of this single-threaded process: what one free core would give on a shared machine
    result["docs_per_cpu_s"] = round(len(docs) / cpu, 1) if cpu else None
    result["documents"] = len(docs)
    result["skipped_files"] = errors
    result["data"] = str(args.data)
    result["peers"] = {}
    names = [p for p in args.peers.split(",") if p]
    for name, got in run_peers(names, args.data, args.peer_timeout, args.peer_cache).items():
        if "error" in got:
            result["peers"][name] = {"error": got["error"]}
            print(f"peer {name}: {got['error']}", file=sys.stderr)
            continue
        r = score(docs, got["predictions"])
        r["docs_per_s"] = round(len(docs) / got["seconds"], 1) if got["seconds"] else None
        r["failures"] = got.get("failures", 0)
        result["peers"][name] = r
    result["published"] = PUBLISHED
    rows = [{"system": "newskit", **result}]
    rows += [{"system": k, **v} for k, v in result["peers"].items() if "error" not in v]
    rows += PUBLISHED
    print(_table(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
