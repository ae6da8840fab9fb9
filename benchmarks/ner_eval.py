"""Score named-entity recognition on CoNLL-format gold data: entity-level exact match.

Usage (in the benchmark venv, which also has spaCy and its small English model)::

    .venv-bench/bin/python benchmarks/ner_eval.py --data ../shared/benchmarks/conll2003/eng.testa \\
        --json benchmarks/results/ner.json

Input: one token per line, the tag in the LAST column, blank lines between sentences,
``-DOCSTART-`` lines skipped; tags in IOB1, IOB2 or BIOES (see :mod:`toolkit.ner.conll`). A
predicted entity counts only if its span and type both match a gold entity exactly (as the
CoNLL ``conlleval`` script). Reported: precision, recall, F1 per type and micro-averaged, and
tokens per second (tagging only, the data already in memory, one process; wall clock on a shared
machine, so pessimistic) and, for the default backend, tokens per CPU-second of the process (the
speed on one core when nothing else runs).

Systems, side by side in one run:

* ``crf`` — the toolkit's default backend (the CRF shipped in ``toolkit/data/ner/crf.model``);
  scored on its CoNLL labels directly. Its figures are the top-level keys of the JSON.
* ``spacy:<model>`` — spaCy's small English pipeline (OntoNotes labels), fed the gold tokens;
  labels mapped as below. A peer for comparison, not a toolkit backend.
* ``nltk`` — ``nltk.ne_chunk``, only when NLTK's data packages are installed (otherwise listed
  as unavailable with the reason).

Label mapping (toolkit types, CoNLL-2003, OntoNotes 5 / spaCy):

=============  ===========  ==========================================================
toolkit type   CoNLL-2003   OntoNotes 5 / spaCy
=============  ===========  ==========================================================
PERSON         PER          PERSON
ORG            ORG          ORG
GPE            LOC          GPE
LOC            LOC          LOC
FAC            LOC          FAC
NORP           MISC         NORP
EVENT          MISC         EVENT
MISC           MISC         PRODUCT, WORK_OF_ART, LAW, LANGUAGE
(not scored)   (none)       DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL
=============  ===========  ==========================================================

NLTK ``ne_chunk`` labels: PERSON -> PER, ORGANIZATION -> ORG, GPE/GSP/LOCATION/FACILITY -> LOC.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.ner.conll import read_conll, spans_from_tags  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "conll2003" / "eng.testa"

TOOLKIT_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "MISC": "MISC",
}
# spaCy's OntoNotes types: the toolkit's (a subset) plus the rest, all MISC
ONTONOTES_TO_CONLL = {
    **TOOLKIT_TO_CONLL,
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
NLTK_TO_CONLL = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "GPE": "LOC",
    "GSP": "LOC",
    "LOCATION": "LOC",
    "FACILITY": "LOC",
}


def score(gold: list[list[tuple]], pred: list[list[tuple]]) -> dict:
    """Entity-level exact-match P/R/F1 per type and micro, from per-sentence span lists."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "support": t + f_n,
        }

    types = sorted(set(tp) | set(fp) | set(fn))
    out = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    out["per_type"] = {t: prf(tp[t], fp[t], fn[t]) for t in types}
    return out


def run_crf(sents: list[list[str]]) -> tuple[list[list[tuple]], float, float]:
    from toolkit.ner.features import sentence_features
    from toolkit.ner.model import load_tagger, truecase_title

    t0 = time.perf_counter()
    tagger = load_tagger()
    load = time.perf_counter() - t0
    # warm the gazetteer so that its one-off load is not counted as tagging time
    sentence_features(["Warm", "up", "."])
    t0, c0 = time.perf_counter(), time.process_time()
    pred = [spans_from_tags(tagger.tag(sentence_features(truecase_title(w)))) for w in sents]
    run_crf.cpu_s = time.process_time() - c0  # type: ignore[attr-defined]
    return pred, time.perf_counter() - t0, load


def run_spacy(sents: list[list[str]]):
    import spacy
    import spacy.util
    from spacy.tokens import Doc

    name = sorted(m for m in spacy.util.get_installed_models() if m.startswith("en_"))[0]
    t0 = time.perf_counter()
    nlp = spacy.load(name, disable=["lemmatizer", "parser"])
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = (Doc(nlp.vocab, words=w) for w in sents)
    pred = []
    for doc in nlp.pipe(docs, batch_size=256):
        pred.append(
            [
                (e.start, e.end, ONTONOTES_TO_CONLL[e.label_])
                for e in doc.ents
                if e.label_ in ONTONOTES_TO_CONLL
            ]
        )
    return pred, time.perf_counter() - t0, load, name


def run_nltk(sents: list[list[str]]):  # pragma: no cover - needs NLTK data
    import nltk

    t0 = time.perf_counter()
    pred = []
    for words in sents:
        tree = nltk.ne_chunk(nltk.pos_tag(words))
        i, spans = 0, []
        for node in tree:
            if isinstance(node, nltk.Tree):
                n = len(node.leaves())
                if node.label() in NLTK_TO_CONLL:
                    spans.append((i, i + n, NLTK_TO_CONLL[node.label()]))
                i += n
            else:
                i += 1
        pred.append(spans)
    return pred, time.perf_counter() - t0


def pipeline_speed() -> dict:
    """Tokens/s of the whole ``toolkit.mentions`` pipeline (tokenise, tag, rules, alias merging)
    over the articles in ``corpus/``, after one warm-up call (model and gazetteers loaded)."""
    from toolkit.corpus import load_corpus
    from toolkit.entities import mentions
    from toolkit.text import tokens

    corpus = list(load_corpus(ROOT / "corpus"))
    if not corpus:
        return {}
    mentions(corpus[0], aliases=False)
    ntok = len(tokens(corpus, pos=False))
    t0 = time.perf_counter()
    n = sum(len(mentions(a, aliases=False)) for a in corpus)
    dt = time.perf_counter() - t0
    return {
        "articles": len(corpus),
        "tokens": ntok,
        "mentions": n,
        "tokens_per_s": round(ntok / dt),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="CoNLL file (tag in last column)"
    )
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences (quick runs)")
    ap.add_argument("--no-peers", action="store_true", help="score the default backend only")
    args = ap.parse_args(argv)

    data = list(read_conll(args.data))
    if args.limit:
        data = data[: args.limit]
    sents = [w for w, _ in data]
    gold = [spans_from_tags(t) for _, t in data]
    ntok = sum(len(w) for w in sents)
    print(f"{args.data}: {len(sents)} sentences, {ntok} tokens, {sum(map(len, gold))} entities")

    from toolkit.entities import available_backends
    from toolkit.ner.model import model_path

    status = available_backends()
    pred, dt, load = run_crf(sents)
    result = score(gold, pred)
    result["tokens_per_s"] = round(ntok / dt)
    # CPU time of this process: the speed on one core when the machine is not shared
    result["tokens_per_cpu_s"] = round(ntok / run_crf.cpu_s)  # type: ignore[attr-defined]
    result["load_s"] = round(load, 3)
    result["model_mb"] = round(Path(model_path()).stat().st_size / 1e6, 2)
    result["system"] = "toolkit crf (default backend)"
    result["data"] = str(args.data)
    result["tokens"] = ntok
    backends: dict[str, dict] = {}
    if not args.no_peers:
        try:
            sp, sdt, sload, name = run_spacy(sents)
            r = score(gold, sp)
            r["tokens_per_s"] = round(ntok / sdt)
            r["load_s"] = round(sload, 3)
            r["system"] = f"spaCy {name} (peer; OntoNotes labels mapped to CoNLL)"
            backends[f"spacy:{name}"] = r
        except ImportError as exc:
            backends["spacy"] = {"available": False, "reason": f"spaCy not installed ({exc})"}
        except IndexError:
            backends["spacy"] = {"available": False, "reason": "no English spaCy model installed"}
        if status["nltk"] == "available":  # pragma: no cover
            npred, ndt = run_nltk(sents)
            r = score(gold, npred)
            r["tokens_per_s"] = round(ntok / ndt)
            r["system"] = "nltk ne_chunk (ACE labels mapped to CoNLL)"
            backends["nltk"] = r
        else:
            backends["nltk"] = {"available": False, "reason": status["nltk"]}
    result["backends"] = backends
    result["pipeline"] = pipeline_speed()

    def line(name: str, r: dict) -> str:
        if "f1" not in r:
            return f"{name:<36} unavailable: {r['reason']}"
        per = "  ".join(f"{t} {v['f1']:.3f}" for t, v in r["per_type"].items())
        return (
            f"{name:<36} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}  "
            f"{r['tokens_per_s']:>7} tok/s   [{per}]"
        )

    print(line("crf (default)", result), f"({result['tokens_per_cpu_s']} tok per CPU-s)")
    print("toolkit.mentions pipeline on corpus/:", result["pipeline"])
    for k, r in backends.items():
        print(line(k, r))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
