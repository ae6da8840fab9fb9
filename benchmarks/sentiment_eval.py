"""Score the sentiment scorers on NewsMTSC-format data: per-target macro-F1 and accuracy.

Side by side: ``news`` (the toolkit's trained, target-aware scorer, the default), TextBlob's
pattern analyzer and VADER (sentence-level; labels by thresholds chosen on the training set by
``benchmarks/train_sentiment.py``, reported in the output). Plus targets per second.

    .venv/bin/python benchmarks/sentiment_eval.py                      # both dev sets (rw, mt)
    .venv/bin/python benchmarks/sentiment_eval.py --data FILE.jsonl --json out.json

JSON: ``macro_f1``, ``accuracy``, ``targets_per_s`` for ``news`` on the file (with several files:
one such object per file under ``files``), the other scorers under ``scorers``. ``targets_per_s``
is measured on this process's CPU time (one core, so a loaded machine does not halve it);
``targets_per_s_wall`` is wall-clock.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from train_sentiment import DEFAULT_DEV as DEFAULT_DATA  # noqa: E402  (same folder)
from train_sentiment import read_targets  # noqa: E402

from toolkit.sentiment import (  # noqa: E402
    LABELS,
    _label,
    lexicon_thresholds,
    news_model,
    score_textblob,
    score_vader,
)

RoBERTa = {"rw": 0.831, "mt": 0.825}  # NewsMTSC paper, test sets, RoBERTa GRU-TSC


def metrics(gold: list[str], pred: list[str]) -> dict[str, float]:
    f1s = {}
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[c] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(gold), 1)
    return {
        "macro_f1": round(sum(f1s.values()) / 3, 4),
        "accuracy": round(acc, 4),
        **{f"f1_{c}": round(v, 4) for c, v in f1s.items()},
    }


def evaluate(path: Path) -> dict:
    items = read_targets(path)
    gold = [g for *_, g in items]
    model = news_model()
    model.predict_proba([(s, span) for s, span, _ in items[:5]])  # warm up (lexicons loaded)
    pairs = [(s, span) for s, span, _ in items]
    probs = model.predict_proba(pairs)
    # time over at least ~3,000 targets (repeated passes) so the rate is not a 0.1 s blip
    reps = max(1, -(-3000 // max(len(items), 1)))
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(reps):
        model.predict_proba(pairs)
    news_wall = (time.perf_counter() - t0) / reps
    news_s = (time.process_time() - c0) / reps
    news_pred = [LABELS[i] for i in probs.argmax(axis=1)]
    result = {"file": str(path), "targets": len(items), **metrics(gold, news_pred)}
    result["targets_per_s"] = round(len(items) / news_s, 1)
    result["targets_per_s_wall"] = round(len(items) / news_wall, 1)
    thresholds = lexicon_thresholds()
    scorers = {}
    for name, fn, key in (
        ("textblob", score_textblob, "textblob_polarity"),
        ("vader", score_vader, "vader_compound"),
    ):
        t0, c0 = time.perf_counter(), time.process_time()
        values = [fn(s)[key] for s, _, _ in items]
        secs, wall = time.process_time() - c0, time.perf_counter() - t0
        lo, hi = thresholds[name]
        pred = [_label(v, lo, hi) for v in values]
        scorers[name] = {
            **metrics(gold, pred),
            "targets_per_s": round(len(items) / secs, 1),
            "targets_per_s_wall": round(len(items) / wall, 1),
            "thresholds": [lo, hi],
            "target_aware": False,
        }
    scorers["news"] = {
        k: result[k] for k in ("macro_f1", "accuracy", "targets_per_s", "targets_per_s_wall")
    } | {"target_aware": True}
    result["scorers"] = scorers
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data", type=Path, nargs="*", default=DEFAULT_DATA, help="NewsMTSC-format jsonl file(s)"
    )
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    args = ap.parse_args(argv)
    results = [evaluate(p) for p in args.data]
    print(
        f"{'file':<8} {'scorer':<9} {'macro-F1':>8} {'acc':>6} {'targets/s':>10} {'(wall)':>8}  notes"
    )
    for r in results:
        name = Path(r["file"]).parent.name
        for s, m in r["scorers"].items():
            note = (
                "target-aware (default)" if s == "news" else f"thresholds {m['thresholds']} (train)"
            )
            print(
                f"{name:<8} {s:<9} {m['macro_f1']:>8.3f} {m['accuracy']:>6.3f} {m['targets_per_s']:>10.0f} {m['targets_per_s_wall']:>8.0f}  {note}"
            )
        if name in RoBERTa:
            print(
                f"{name:<8} {'RoBERTa':<9} {RoBERTa[name]:>8.3f}      -          -        -  paper, 70% test split"
            )
    if args.json:
        out = (
            results[0]
            if len(results) == 1
            else {
                "files": results,
                **{
                    k: results[0][k]
                    for k in (
                        "macro_f1",
                        "accuracy",
                        "targets_per_s",
                        "targets_per_s_wall",
                        "scorers",
                    )
                },
            }
        )
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
