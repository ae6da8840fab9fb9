"""Train the learned attribution layer (:mod:`toolkit.attribution_tagger`) on PolNeAR train.

Reproducible from the public PolNeAR data (never copied into the repo)::

    .venv/bin/python benchmarks/train_attribution.py --holdout 0.15   # choose settings
    .venv/bin/python benchmarks/train_attribution.py                  # train on all, ship

Steps:

1. the cue lexicon: lower-case words that open a gold Cue span at least ``--lex-min`` times and
   in at least ``--lex-rate`` of their occurrences in the training text, written to
   ``toolkit/data/sources/attribution_cues.txt`` (a word list, no PolNeAR text);
2. every training article runs through the rule engine of :mod:`toolkit.sources`; each gated
   unit (sentences joined where a quote spans them, holding a cue word, a quote mark or a rule
   statement) becomes one CRF sequence with
   :func:`toolkit.attribution_tagger.unit_features` and gold labels ``B-C``/``I-C`` (content;
   the innermost content wins where attributions nest), ``CUE``, ``SRC``, ``O`` (cue and source
   win over content);
3. an L-BFGS CRF with elastic-net regularisation is trained and written to
   ``toolkit/data/sources/attribution.crfsuite``;
4. with ``--holdout F`` the last F of the training files by name are held out (neither lexicon
   nor CRF see them) and scored with ``benchmarks/attribution_eval.py``'s scorer, rules alone and
   with the learned layer (also with rejected rule statements dropped). The dev split is never
   read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import warnings
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import attribution_eval as ae  # noqa: E402

from toolkit import attribution_tagger as at  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmarks" / "quotes" / "polnear" / "train"
DATA_DIR = ROOT / "toolkit" / "data" / "sources"
WORD_RE = ae.TOKEN_RE


def articles(folder: Path) -> list[tuple[Path, Path]]:
    out = []
    for t in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(t.stem + "_*.ann"))
        if anns:
            out.append((t, anns[0]))
    return out


def split_files(folder: Path, holdout: float, limit: int | None = None):
    """(fitted, held-out) article files: the last ``holdout`` share by name is held out.

    None, with a message, when the folder has no annotated article.
    """
    files = articles(folder)[:limit]
    if not files:
        print(f"no PolNeAR articles under {folder}", file=sys.stderr)
        return None
    n_hold = int(round(len(files) * holdout))
    return (files[:-n_hold], files[-n_hold:]) if n_hold else (files, [])


def build_lexicon(files, min_count: int, min_rate: float) -> list[str]:
    cue = Counter()
    total = Counter()
    for tpath, apath in files:
        raw = tpath.read_text(encoding="utf-8")
        for m in WORD_RE.finditer(raw):
            total[m.group().lower()] += 1
        for g in ae.read_ann(apath):
            for a, b in g["Cue"][:1]:
                m = WORD_RE.search(raw, a, b)
                if m:
                    cue[m.group().lower()] += 1
    keep = sorted(
        w for w, n in cue.items() if n >= min_count and n >= min_rate * total[w] and len(w) > 1
    )
    return keep


def write_lexicon(words: list[str]) -> None:
    (DATA_DIR / "attribution_cues.txt").write_text(
        "# words that often open an attribution cue (counted on the PolNeAR training split by "
        "benchmarks/train_attribution.py)\n" + "\n".join(words) + "\n",
        "utf-8",
    )
    at.cue_lexicon.cache_clear()


def gold_labels(toks, gold, amap) -> list[str]:
    n = len(toks)
    content = ["O"] * n
    role = [None] * n
    starts = [t.start for t in toks]
    from bisect import bisect_right

    def idx(a: int, b: int) -> list[int]:
        i = bisect_right(starts, a - 1)
        out = []
        while i < n and toks[i].start < b:
            out.append(i)
            i += 1
        return out

    spans = []
    for g in gold:
        for a, b in g["Content"]:
            spans.append((amap(a), amap(b)))
    spans.sort(key=lambda s: -(s[1] - s[0]))  # longest first: inner contents overwrite
    for a, b in spans:
        ii = idx(a, b)
        for k, i in enumerate(ii):
            content[i] = "B-C" if k == 0 else "I-C"
    for g in gold:
        for lab, key in (("SRC", "Source"), ("CUE", "Cue")):  # cue wins over source
            for a, b in g[key]:
                for i in idx(amap(a), amap(b)):
                    role[i] = lab
    return [role[i] or content[i] for i in range(n)]


def gold_units(files):
    """Yield (tokens, rule tags, in-quote flags, gold labels) for every gated unit of the files."""
    from toolkit.corpus import Article
    from toolkit.sources import _Engine

    for tpath, apath in files:
        raw = tpath.read_text(encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = Article.from_text(raw, id=tpath.stem)
        amap = ae.aligner(raw, art.text)
        gold = ae.read_ann(apath)
        eng = _Engine(art)
        rules = [s for s in eng.run() if s.kind != "narrator"]
        for toks, rt, inq in at.engine_units(eng, rules):
            yield toks, rt, inq, gold_labels(toks, gold, amap)


def extract(files) -> list[tuple[list, list]]:
    return [(at.unit_features(toks, rt, inq), y) for toks, rt, inq, y in gold_units(files)]


@contextmanager
def scoring_folder(files):
    """A temporary PolNeAR-style folder (text/, attributions/) of links to the given files."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "text").mkdir()
        (tmp / "attributions").mkdir()
        for t, a in files:
            (tmp / "text" / t.name).symlink_to(t)
            (tmp / "attributions" / a.name).symlink_to(a)
        yield tmp


def train(items, path: Path, c1: float, c2: float, iters: int, minfreq: int) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in items:
        tr.append(x, y)
    tr.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iters,
            "feature.minfreq": minfreq,
            "feature.possible_transitions": True,
        }
    )
    tr.train(str(path))


def score(files, model: str | None, drop: bool = False) -> dict:
    at._model_override = model or "/nonexistent/model"
    at._drop_rejected = drop
    at.load_tagger.cache_clear()
    with scoring_folder(files) as tmp:
        res = ae.evaluate(tmp)
    at._model_override = None
    at._drop_rejected = False
    at.load_tagger.cache_clear()
    return res


def line(name: str, r: dict) -> str:
    k = r["by_kind"]
    return (
        f"{name:28s} F1 {r['content_f1']:.3f} (P {r['content_precision']:.3f} / "
        f"R {r['content_recall']:.3f}) exact {r['content_f1_exact']:.3f} "
        f"src {r['source_accuracy']:.3f} cue {r['cue_accuracy']:.3f} "
        f"dir {k['direct']['f1']:.3f} ind {k['indirect']['f1']:.3f} "
        f"art/s {r['articles_per_s']:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=SHARED, help="PolNeAR-style training folder")
    ap.add_argument("--holdout", type=float, default=0.0, help="hold out this share (by name)")
    ap.add_argument("--c1", type=float, nargs="+", default=[1.0])
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--minfreq", type=int, default=2)
    ap.add_argument("--lex-min", type=int, default=3)
    ap.add_argument("--lex-rate", type=float, default=0.1)
    ap.add_argument(
        "--cache", type=Path, default=None, help="keep the extracted sequences here (JSON lines)"
    )
    ap.add_argument("--out", type=Path, default=DATA_DIR / "attribution.crfsuite")
    args = ap.parse_args(argv)
    split = split_files(args.data, args.holdout)
    if split is None:
        return 2
    fit, held = split
    t0 = time.time()
    lex = build_lexicon(fit, args.lex_min, args.lex_rate)
    write_lexicon(lex)
    print(f"cue lexicon: {len(lex)} words", file=sys.stderr)
    if args.cache and args.cache.exists():
        with args.cache.open(encoding="utf-8") as fh:
            items = [tuple(json.loads(ln)) for ln in fh]
    else:
        items = extract(fit)
        if args.cache:
            with args.cache.open("w", encoding="utf-8") as fh:
                for it in items:
                    fh.write(json.dumps(it) + "\n")
    n_tok = sum(len(x) for x, _ in items)
    print(
        f"{len(fit)} articles, {len(items)} units, {n_tok} tokens ({time.time() - t0:.0f}s)",
        file=sys.stderr,
    )
    if held:
        print(line("rules (held-out train)", score(held, None)))
    for c1 in args.c1:
        out = args.out if not held else Path(tempfile.gettempdir()) / f"attr_c1_{c1}.crfsuite"
        t1 = time.time()
        train(items, out, c1, args.c2, args.iters, args.minfreq)
        size = out.stat().st_size
        print(f"c1={c1}: trained in {time.time() - t1:.0f}s, {size / 1e6:.2f} MB", file=sys.stderr)
        if held:
            print(line(f"learned c1={c1}", score(held, str(out))))
            print(line(f"learned c1={c1} drop-rejected", score(held, str(out), drop=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
