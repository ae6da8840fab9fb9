"""Score ``toolkit.statements`` on PolNeAR-style attribution data (brat standoff).

Usage::

    .venv/bin/python benchmarks/attribution_eval.py [--data FOLDER] [--json FILE] [--limit N]

``FOLDER`` holds ``text/<stem>.txt`` and ``attributions/<stem>_<annotator>.ann``; when several
annotator files exist for one article, the first by file name is used (deterministic). Each ``E``
line links a Content, a Cue and a Source span (``T`` lines; discontinuous spans are merged into
their token union). The article is built with ``Article.from_text(text)``; gold offsets are mapped
onto the cleaned ``article.text`` through a character alignment (cleaning only changes blank
lines and spaces).

Scoring (narrator rows excluded; a content predicted once per source counts once):

- content P/R/F1 with one-to-one greedy matching; a pair matches when its token overlap
  ``|G ∩ P| / max(|G|, |P|)`` is at least 0.5 (``content_f1``); ``content_f1_exact`` needs the same
  token set (punctuation and quote marks ignored);
- ``source_accuracy``: share of matched contents whose predicted source mention shares a token
  with the gold source (for pronoun speakers resolved to an earlier name, the pronoun next to
  the cue is the mention, and for "X, who said ..." the relative pronoun, which PolNeAR marks as
  the source, counts as well as the antecedent);
- ``cue_accuracy``: share of matched contents whose cue shares a token with the gold cue;
- per kind: gold contents that start or end with a quote mark are *direct*, the rest *indirect*
  (recall by gold kind; precision by predicted kind: direct vs the rest);
- ``articles_per_s``: articles / seconds spent in ``toolkit.statements`` (``canonical=False``: the
  optional entity-name mapping does not change spans).

PolNeAR's licence is unclear: nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
import warnings
from pathlib import Path

DEFAULT = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "benchmarks"
    / "quotes"
    / "polnear"
    / "dev"
)
TOKEN_RE = re.compile(r"\w+")
QUOTES = "“”\"'‘’"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which"}


def read_ann(path: Path) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offs = parts[1].partition(" ")
            frags = []
            for frag in offs.split(";"):
                a, b = frag.split()
                frags.append((int(a), int(b)))
            spans[parts[0]] = (label, frags)
        elif line.startswith("E"):
            parts = line.split("\t")
            events.append(parts[1].split())
    out = []
    for ev in events:
        rec: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for arg in ev:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in rec and tid in spans:
                rec[role].extend(spans[tid][1])
        if rec["Content"]:
            out.append(rec)
    return out


def aligner(raw: str, clean: str):
    """Map offsets of ``raw`` to offsets of ``clean``."""
    if raw == clean:
        return lambda i: i
    sm = difflib.SequenceMatcher(None, raw, clean, autojunk=False)
    table = [0] * (len(raw) + 1)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        for k in range(i1, i2):
            table[k] = j1 + (k - i1) if tag == "equal" else min(j1 + (k - i1), j2)
    table[len(raw)] = len(clean)
    return lambda i: table[min(max(i, 0), len(raw))]


def tokset(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    out = set()
    for a, b in spans:
        for m in TOKEN_RE.finditer(text, a, b):
            out.add(m.start())
    return frozenset(out)


def overlap(g: frozenset, p: frozenset) -> float:
    if not g or not p:
        return 0.0
    return len(g & p) / max(len(g), len(p))


def is_direct(text: str) -> bool:
    t = text.strip()
    return bool(t) and (t[0] in '“"' or t[-1] in '”"' or t.rstrip(".,")[-1:] in '”"')


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "gold": n_gold,
        "predicted": n_pred,
    }


def match(golds: list[frozenset], preds: list[frozenset], exact: bool) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if exact:
                if g and g == p:
                    pairs.append((1.0, gi, pi))
            else:
                o = overlap(g, p)
                if o >= 0.5:
                    pairs.append((o, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for _o, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def pronoun_tokens(text: str, cue_start, cue_end) -> frozenset[int]:
    """The pronoun speaker next to a cue (for statements whose source was resolved elsewhere)."""
    if cue_start is None:
        return frozenset()
    out = set()
    for m in TOKEN_RE.finditer(text, max(0, cue_start - 20), min(len(text), cue_end + 20)):
        if m.group().lower() in PRONOUNS:
            out.add(m.start())
    return frozenset(out)


def evaluate(folder: Path, limit: int | None = None, verbose: bool = False) -> dict:
    import pandas as pd

    from toolkit.corpus import Article
    from toolkit.sources import statements

    texts = sorted((folder / "text").glob("*.txt"))
    if limit:
        texts = texts[:limit]
    totals = {
        "gold": 0,
        "pred": 0,
        "tp": 0,
        "tp_exact": 0,
        "src_ok": 0,
        "cue_ok": 0,
        "kind": {
            k: {"gold": 0, "pred": 0, "tp_gold": 0, "tp_pred": 0, "src_ok": 0}
            for k in ("direct", "indirect")
        },
    }
    elapsed = 0.0
    n_articles = 0
    skipped = []
    for tpath in texts:
        anns = sorted((folder / "attributions").glob(tpath.stem + "_*.ann"))
        if not anns:
            skipped.append(tpath.name)
            continue
        raw = tpath.read_text(encoding="utf-8")
        gold = read_ann(anns[0])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = Article.from_text(raw, id=tpath.stem)
        text = art.text
        amap = aligner(raw, text)
        t0 = time.perf_counter()
        st = statements(art, narrator=False, canonical=False)
        elapsed += time.perf_counter() - t0
        n_articles += 1
        g_content = [tokset(text, [(amap(a), amap(b)) for a, b in g["Content"]]) for g in gold]
        g_source = [tokset(text, [(amap(a), amap(b)) for a, b in g["Source"]]) for g in gold]
        g_cue = [tokset(text, [(amap(a), amap(b)) for a, b in g["Cue"]]) for g in gold]
        g_kind = [
            "direct" if is_direct(" ".join(raw[a:b] for a, b in g["Content"])) else "indirect"
            for g in gold
        ]
        # one prediction per content span (rows repeated per source are merged)
        preds: dict[tuple[int, int], list] = {}
        for r in st.itertuples(index=False):
            preds.setdefault((int(r.start), int(r.end)), []).append(r)
        p_keys = list(preds)
        p_content = [tokset(text, [k]) for k in p_keys]
        p_kind = ["direct" if preds[k][0].kind == "direct" else "indirect" for k in p_keys]
        totals["gold"] += len(gold)
        totals["pred"] += len(p_keys)
        for k in g_kind:
            totals["kind"][k]["gold"] += 1
        for k in p_kind:
            totals["kind"][k]["pred"] += 1
        pairs = match(g_content, p_content, exact=False)
        totals["tp"] += len(pairs)
        totals["tp_exact"] += len(match(g_content, p_content, exact=True))
        for gi, pi in pairs:
            rows = preds[p_keys[pi]]
            src_ok = False
            cue_ok = False
            for r in rows:
                if pd.notna(r.source_start):
                    ps = tokset(text, [(int(r.source_start), int(r.source_end))])
                else:
                    ps = pronoun_tokens(
                        text,
                        None if pd.isna(r.cue_start) else int(r.cue_start),
                        None if pd.isna(r.cue_end) else int(r.cue_end),
                    )
                if str(r.method).startswith("relative"):
                    # the gold source of "X, who said ..." is the relative pronoun next to the cue
                    ps = ps | pronoun_tokens(text, int(r.cue_start), int(r.cue_end))
                src_ok |= bool(ps & g_source[gi])
                if pd.notna(r.cue_start):
                    cue_ok |= bool(tokset(text, [(int(r.cue_start), int(r.cue_end))]) & g_cue[gi])
            totals["src_ok"] += src_ok
            totals["cue_ok"] += cue_ok
            totals["kind"][g_kind[gi]]["tp_gold"] += 1
            totals["kind"][g_kind[gi]]["src_ok"] += src_ok
            totals["kind"][p_kind[pi]]["tp_pred"] += 1
            if verbose and not src_ok:
                print(
                    "SRC",
                    tpath.stem,
                    repr(text[min(g_content[gi]) : min(g_content[gi]) + 60]),
                    file=sys.stderr,
                )
        if verbose:
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    a, b = g["Content"][0]
                    cue = " ".join(raw[x:y] for x, y in g["Cue"])
                    print("MISS", g_kind[gi], repr(cue), repr(raw[a:b][:100]), file=sys.stderr)
            for pi, k in enumerate(p_keys):
                if pi not in matched_p:
                    r = preds[k][0]
                    print("FP", r.method, repr(r.cue), repr(r.text[:100]), file=sys.stderr)
    tp, gold_n, pred_n = totals["tp"], totals["gold"], totals["pred"]
    content = prf(tp, pred_n, gold_n)
    exact = prf(totals["tp_exact"], pred_n, gold_n)
    kinds = {}
    for k, v in totals["kind"].items():
        p = v["tp_pred"] / v["pred"] if v["pred"] else 0.0
        r = v["tp_gold"] / v["gold"] if v["gold"] else 0.0
        kinds[k] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "source_accuracy": round(v["src_ok"] / v["tp_gold"], 4) if v["tp_gold"] else 0.0,
            "gold": v["gold"],
            "predicted": v["pred"],
        }
    return {
        "data": str(folder),
        "articles": n_articles,
        "annotator_file": "first attributions/<stem>_*.ann by name",
        "overlap": "token |G∩P|/max(|G|,|P|) >= 0.5, one-to-one greedy",
        "content_f1": content["f1"],
        "content_precision": content["precision"],
        "content_recall": content["recall"],
        "content_f1_exact": exact["f1"],
        "source_accuracy": round(totals["src_ok"] / tp, 4) if tp else 0.0,
        "cue_accuracy": round(totals["cue_ok"] / tp, 4) if tp else 0.0,
        "articles_per_s": round(n_articles / elapsed, 2) if elapsed else 0.0,
        "gold_attributions": gold_n,
        "predicted_statements": pred_n,
        "by_kind": kinds,
        "skipped_without_annotation": skipped,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT,
        help="PolNeAR-style folder with text/ and attributions/",
    )
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument(
        "--verbose", action="store_true", help="print misses and false positives to stderr"
    )
    args = ap.parse_args(argv)
    if not (args.data / "text").is_dir():
        print(f"no text/ folder under {args.data}", file=sys.stderr)
        return 2
    res = evaluate(args.data, args.limit, args.verbose)
    out = json.dumps(res, indent=2, ensure_ascii=False)
    print(out)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
