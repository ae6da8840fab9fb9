"""Train the ``news`` sentiment scorer shipped in ``toolkit/data/sentiment/``.

Reproducible: same data, same settings -> the same model file. Reads the NewsMTSC training set
(``train.jsonl``) only; the development sets are used with ``--grid`` to choose the settings
(regularisation ``C``, minimum feature count), never for fitting. Needs scikit-learn (extra
``train``); the toolkit itself runs the model with numpy alone.

    .venv/bin/python benchmarks/train_sentiment.py            # train with the chosen settings
    .venv/bin/python benchmarks/train_sentiment.py --grid     # print dev macro-F1 per setting

Also chooses the lexicon scorers' label thresholds (TextBlob polarity, VADER compound) on the
training set, by macro-F1 per target, and stores them beside the model.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from toolkit.sentiment import (  # noqa: E402
    _MODEL_DIR,
    _MODEL_JSON,
    _MODEL_NPZ,
    LABELS,
    features,
    score_textblob,
    score_vader,
)

SHARED = REPO.parent / "shared" / "benchmarks" / "newsmtsc"
DEFAULT_TRAIN = SHARED / "train.jsonl"
DEFAULT_DEV = [
    SHARED / "split_70_30" / "rw" / "dev.jsonl",
    SHARED / "split_70_30" / "mt" / "dev.jsonl",
]
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}

# chosen with --grid on the rw and mt dev sets (see benchmarks/results/sentiment.md)
DEFAULT_C = 0.05
DEFAULT_MIN_COUNT = 5
DEFAULT_CLASS_WEIGHT = "none"


def read_targets(path: Path) -> list[tuple[str, tuple[int, int], str]]:
    """(sentence, (from, to), label) per target of a NewsMTSC jsonl file."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            s = d["sentence_normalized"]
            for t in d["targets"]:
                out.append((s, (int(t["from"]), int(t["to"])), POLARITY[float(t["polarity"])]))
    return out


def training_examples(path: Path) -> list[tuple[str, tuple[int, int] | None, str]]:
    """Every target, plus a target-less copy of each sentence whose targets all agree (so the
    model also scores sentences with no target)."""
    items = read_targets(path)
    out: list[tuple[str, tuple[int, int] | None, str]] = list(items)
    by_sentence: dict[str, set[str]] = {}
    for s, _span, lab in items:
        by_sentence.setdefault(s, set()).add(lab)
    for s, labs in by_sentence.items():
        if len(labs) == 1:
            out.append((s, None, next(iter(labs))))
    return out


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return float(np.mean(f1s))


def build_matrix(feats: list[dict[str, float]], vocab: dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        for k, v in f.items():
            j = vocab.get(k)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(feats), len(vocab)), dtype=np.float64)


def fit(train_feats, train_labels, *, C: float, min_count: int, class_weight: str | None = None):
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for f in train_feats:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, n in counts.items() if n >= min_count)
    vocab = {k: i for i, k in enumerate(names)}
    X = build_matrix(train_feats, vocab)
    y = np.asarray([LABELS.index(lab) for lab in train_labels])
    clf = LogisticRegression(C=C, max_iter=3000, tol=1e-6, class_weight=class_weight)
    clf.fit(X, y)
    return names, vocab, clf


def choose_threshold(values: list[float], gold: list[str]) -> tuple[float, float, float]:
    """(low, high, macro-F1) maximising macro-F1 of the rule neg < low <= neu <= high < pos."""
    grid = np.round(np.arange(-0.8, 0.81, 0.025), 3)
    best = (-0.05, 0.05, -1.0)
    v = np.asarray(values)
    for lo, hi in itertools.combinations_with_replacement(grid, 2):
        pred = np.where(v < lo, "negative", np.where(v > hi, "positive", "neutral"))
        f = macro_f1(gold, list(pred))
        if f > best[2] + 1e-12:
            best = (float(lo), float(hi), f)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data", type=Path, default=DEFAULT_TRAIN, help="NewsMTSC-format training jsonl"
    )
    ap.add_argument("--dev", type=Path, nargs="*", default=DEFAULT_DEV, help="dev files for --grid")
    ap.add_argument("--C", type=float, default=DEFAULT_C)
    ap.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    ap.add_argument(
        "--grid", action="store_true", help="print dev macro-F1 for a grid of settings and stop"
    )
    ap.add_argument("--grid-C", type=float, nargs="*", default=[0.03, 0.05, 0.1, 0.2, 0.3, 1.0])
    ap.add_argument("--grid-min-count", type=int, nargs="*", default=[1, 2, 3, 5])
    ap.add_argument("--class-weight", choices=["none", "balanced"], default=DEFAULT_CLASS_WEIGHT)
    ap.add_argument("--out", type=Path, default=REPO / "toolkit" / _MODEL_DIR)
    args = ap.parse_args(argv)

    t0 = time.time()
    cw = None if args.class_weight == "none" else args.class_weight
    examples = training_examples(args.data)
    train_feats = [features(s, span) for s, span, _ in examples]
    train_labels = [lab for *_, lab in examples]
    print(
        f"{len(examples)} training examples ({len(read_targets(args.data))} targets)",
        file=sys.stderr,
    )

    if args.grid:
        devs = {p.parent.name: read_targets(p) for p in args.dev}
        dev_feats = {k: [features(s, span) for s, span, _ in v] for k, v in devs.items()}
        for C, mc in itertools.product(args.grid_C, args.grid_min_count):
            names, vocab, clf = fit(train_feats, train_labels, C=C, min_count=mc, class_weight=cw)
            res = []
            for k, v in devs.items():
                pred = [LABELS[i] for i in clf.predict(build_matrix(dev_feats[k], vocab))]
                res.append(f"{k} F1m={macro_f1([g for *_, g in v], pred):.3f}")
            print(
                f"C={C} min_count={mc} class_weight={args.class_weight} features={len(names)}  "
                + "  ".join(res),
                flush=True,
            )
        return 0

    names, vocab, clf = fit(
        train_feats, train_labels, C=args.C, min_count=args.min_count, class_weight=cw
    )
    # scikit-learn orders classes by label index 0..2 = LABELS
    assert list(clf.classes_) == [0, 1, 2]
    coef = clf.coef_.T.astype(np.float32)  # (n_features, 3)
    intercept = clf.intercept_.astype(np.float64)
    keep = np.abs(coef).max(axis=1) >= 1e-4
    names = [n for n, k in zip(names, keep, strict=True) if k]
    coef = coef[keep]

    # lexicon thresholds on the training targets (sentence-level scores)
    targets = read_targets(args.data)
    sentences = sorted({s for s, _, _ in targets})
    tb = {s: score_textblob(s)["textblob_polarity"] for s in sentences}
    vd = {s: score_vader(s)["vader_compound"] for s in sentences}
    gold = [lab for *_, lab in targets]
    tb_lo, tb_hi, tb_f1 = choose_threshold([tb[s] for s, _, _ in targets], gold)
    vd_lo, vd_hi, vd_f1 = choose_threshold([vd[s] for s, _, _ in targets], gold)

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / _MODEL_NPZ,
        vocabulary=np.asarray(names, dtype=str),
        coef=coef,
        intercept=intercept,
    )
    meta = {
        "about": "news sentiment scorer: multinomial logistic regression over toolkit.sentiment.features; "
        "trained by benchmarks/train_sentiment.py on NewsMTSC train.jsonl (Hamborg & Donnay 2021)",
        "classes": list(LABELS),
        "C": args.C,
        "min_count": args.min_count,
        "class_weight": args.class_weight,
        "n_features": len(names),
        "n_train_examples": len(examples),
        "training_file": "newsmtsc/train.jsonl",
        "lexicon_thresholds": {"textblob": [tb_lo, tb_hi], "vader": [vd_lo, vd_hi]},
        "lexicon_train_macro_f1": {"textblob": round(tb_f1, 4), "vader": round(vd_f1, 4)},
    }
    (args.out / _MODEL_JSON).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = (args.out / _MODEL_NPZ).stat().st_size
    print(
        f"wrote {args.out / _MODEL_NPZ} ({size / 1e6:.2f} MB, {len(names)} features) in {time.time() - t0:.0f}s; "
        f"thresholds textblob {tb_lo}/{tb_hi} (train F1m {tb_f1:.3f}), vader {vd_lo}/{vd_hi} (train F1m {vd_f1:.3f})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
