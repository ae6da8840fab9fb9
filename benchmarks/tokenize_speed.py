"""Tokenization speed: load + clean + sentences + tokens (+ POS), words per second, one process.

Builds a synthetic corpus of N articles (default 1,000) by mixing and shuffling the paragraphs of
the articles in ``--data`` (a corpus folder, default ``corpus/``) with a fixed seed, writes it as
``.txt`` + ``.json`` files, then times, on one core:

* ``words_per_s``: ``load_article`` (read, decode, clean into blocks) + ``sentences`` + ``tokens(pos=False)``
* ``words_per_s_with_pos``: the same with TextBlob's pattern POS tags
* ``spacy_words_per_s``: reading the same files + spaCy's blank English tokenizer and rule-based
  sentencizer (``spacy.blank("en")`` + ``sentencizer``), when spaCy is importable (benchmark venv)

Words are whitespace-separated words of the cleaned text. Times are the process's CPU time
(``time.process_time``), so the figures are per core and hold up on a shared, loaded machine;
wall-clock time on an idle machine is about the same. Usage::

    .venv-bench/bin/python benchmarks/tokenize_speed.py --articles 1000 --json benchmarks/results/tokenize_speed.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402
from toolkit.corpus import load_article  # noqa: E402


def build_corpus(source: Path, out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles mixing the real paragraphs (and clutter) of ``source``."""
    corpus = toolkit.load_corpus(source)
    paragraphs = [b.text for a in corpus for b in a.blocks if b.kind == "paragraph"]
    clutter = [b.text for a in corpus for b in a.blocks if not b.kept and b.kind != "headline"]
    titles = [a.title for a in corpus]
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 25)))
        for _ in range(rng.randint(0, 4)):
            body.insert(rng.randrange(len(body) + 1), rng.choice(clutter))
        title = rng.choice(titles)
        stem = f"synthetic-{i:05d}"
        (out / f"{stem}.txt").write_text(title + "\n\n" + "\n".join(body) + "\n", encoding="utf-8")
        meta = {"id": stem, "title": title, "outlet": "synthetic", "published": "2024-12-06"}
        (out / f"{stem}.json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(out / f"{stem}.txt")
    return paths


def time_toolkit(paths: list[Path], *, pos: bool) -> tuple[float, int]:
    words = 0
    start = time.process_time()
    for p in paths:
        art = load_article(p)
        toolkit.sentences(art)
        toolkit.tokens(art, pos=pos)
        words += art.words
    return time.process_time() - start, words


def time_spacy(paths: list[Path]) -> tuple[float, int] | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    words = 0
    start = time.process_time()
    texts = (p.read_text(encoding="utf-8") for p in paths)
    for doc in nlp.pipe(texts, batch_size=64):
        words += len(doc.text.split())
        _ = [(s.start_char, s.end_char) for s in doc.sents]
        _ = [(t.idx, t.idx + len(t)) for t in doc]
    return time.process_time() - start, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "corpus", help="corpus folder to mix")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(args.data, Path(tmp), args.articles)
        time_toolkit(paths[:20], pos=True)  # warm caches (rules, tagger lexicon)
        runs = {
            "no_pos": [time_toolkit(paths, pos=False) for _ in range(args.repeat)],
            "pos": [time_toolkit(paths, pos=True) for _ in range(args.repeat)],
        }
        spacy_runs = [r for r in (time_spacy(paths) for _ in range(args.repeat)) if r]
    best = {k: min(v) for k, v in runs.items()}
    words = best["no_pos"][1]
    figures = {
        "articles": args.articles,
        "words": words,
        "words_per_s": round(words / best["no_pos"][0]),
        "words_per_s_with_pos": round(words / best["pos"][0]),
        "pos_cost_s_per_100k_words": round(
            (best["pos"][0] - best["no_pos"][0]) / words * 100_000, 3
        ),
        "spacy_words_per_s": round(min(spacy_runs)[1] / min(spacy_runs)[0]) if spacy_runs else None,
        "clock": "process CPU time, best of --repeat runs",
        "python": sys.version.split()[0],
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
