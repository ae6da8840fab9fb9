"""The encoder layer (``learned="encoder"``): tokenizer, weights, network and statements.

Sentences are written for these tests; the expected word pieces were checked against the
``tokenizers`` library's BertWordPieceTokenizer on the same vocabulary (not in the test venv).
"""

from __future__ import annotations

import numpy as np
import pytest
from test_attribution_tagger import _stmts  # statements with the span invariant checked

from toolkit import attribution_encoder as ae
from toolkit import attribution_tagger as at
from toolkit.corpus import Article
from toolkit.sources import _Engine, statements


@pytest.fixture(scope="module")
def wp():
    return ae.WordPieces(ae.vocab_path())


@pytest.mark.parametrize(
    "word, pieces",
    [
        ("Zelenskyy", ["ze", "##len", "##sky", "##y"]),
        ("U.S.", ["u", ".", "s", "."]),
        ("Café", ["cafe"]),  # lower-cased, accent stripped
        ("naïve", ["naive"]),
        ("don't", ["don", "'", "t"]),
        ("“We", ["“", "we"]),
        ("2024-12-06", ["202", "##4", "-", "12", "-", "06"]),
        ("Abdulrahman", ["abdul", "##rah", "##man"]),
    ],
)
def test_word_pieces_match_bert_uncased(wp, word, pieces):
    assert wp.pieces(word) == pieces


def test_word_pieces_never_empty(wp):
    assert wp.ids("\xad") == [wp.unk]  # a soft hyphen alone: no piece, so [UNK]
    assert wp.ids("x" * 150) == [wp.unk]  # BERT's limit of 100 characters a word


def test_quantize_keeps_rows_within_half_a_step():
    rng = np.random.default_rng(0)
    w = rng.normal(size=(64, 32)).astype(np.float32)
    b = rng.normal(size=32).astype(np.float32)
    z = ae.quantize({"m.weight": w, "m.bias": b})
    assert z["m.weight"].dtype == np.int8 and z["m.bias"].dtype == np.float16
    back = z["m.weight"].astype(np.float32) * z["m.weight.scale"].astype(np.float32)[:, None]
    step = np.abs(w).max(1) / 127
    assert (np.abs(back - w) <= step[:, None] * 0.51 + 1e-3).all()


def test_shipped_encoder_loads_offline():
    enc = ae.load_encoder()
    assert enc is ae.load_encoder()  # cached
    assert enc.n_layers == 6
    assert enc.w["word.weight"].shape == (30522, 384)
    assert enc.w["cls.weight"].shape == (384, len(ae.LABELS))


def test_probabilities_per_word_sum_to_one():
    words = "The minister said on Tuesday that the border would reopen .".split()
    p = ae.load_encoder().probabilities(
        words, ["-"] * len(words), ["-"] * len(words), [False] * len(words)
    )
    assert p.shape == (len(words), len(ae.LABELS))
    assert np.allclose(p.sum(1), 1.0, atol=1e-4)
    tags = [ae.LABELS[i] for i in p.argmax(1)]
    assert tags[1] == "SRC" and tags[2] == "CUE"  # "minister" speaks, "said" is the cue
    assert tags[-3] in ("B-C", "I-C")  # "would" is inside the content


def test_units_longer_than_one_window_are_read_whole():
    words = ("The council said the road would close . " * 80).split()
    n = len(words)
    p = ae.load_encoder().probabilities(words, ["-"] * n, ["-"] * n, [False] * n)
    assert p.shape == (n, len(ae.LABELS))  # about 720 pieces: three windows
    assert np.allclose(p.sum(1), 1.0, atol=1e-4)


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("Many residents doubt the new bridge will ever open.", "Many residents", "bridge"),
        ("Critics of the plan feel the tunnel will cost twice as much.", "Critics", "tunnel"),
    ],
)
def test_encoder_finds_attributions_the_rules_miss(text, source, content):
    rules = _stmts(text, learned=False)
    assert not any(content in t for t in rules["text"])
    df = _stmts(text, learned="encoder")
    hit = df[df["text"].str.contains(content)]
    assert len(hit) == 1
    row = hit.iloc[0]
    assert row["method"].startswith("learned")
    assert row["source"].startswith(source)
    assert 0.3 < row["confidence"] <= 0.8


def test_encoder_keeps_rule_statements():
    text = "“We will not give up,” the mayor said. The council said the budget would be balanced."
    rules = _stmts(text, learned=False)
    df = _stmts(text, learned="encoder")
    assert len(rules) == 2
    assert (
        df[["start", "end", "source"]].values.tolist()
        == rules[["start", "end", "source"]].values.tolist()
    )


@pytest.mark.parametrize(
    "text, rule_content, content",
    [
        (  # the appositive comment after the content is the narrator's
            "The minister said the new bridge would open in March, a date few engineers believe.",
            "the new bridge would open in March, a date few engineers believe",
            "the new bridge would open in March",
        ),
    ],
)
def test_encoder_bounds_replace_the_rules_bounds(text, rule_content, content):
    rules = _stmts(text, learned=False)
    assert rules["text"].tolist() == [rule_content]
    df = _stmts(text, learned="encoder")
    assert df["text"].tolist() == [content]
    row, rule = df.iloc[0], rules.iloc[0]
    assert row["method"] == rule["method"] + "-learned-span"
    assert (row["source"], row["cue"], row["cue_start"]) == (
        rule["source"],
        rule["cue"],
        rule["cue_start"],
    )


def _bounds_case():
    text = (
        "The minister said the new bridge would open in March, a date that critics call optimistic."
    )
    eng = _Engine(Article.from_text(text, outlet="Test Outlet", published="2024-05-02"))
    (st,) = [s for s in eng.run() if s.kind != "narrator"]
    toks = eng.toks_in(0, len(text))
    words = [t.text for t in toks]
    return eng, st, toks, words.index("the"), words.index(",")


def test_learned_bounds_take_one_sure_run():
    eng, st, toks, a, comma = _bounds_case()
    runs = [("SRC", 0, 2), ("CUE", 2, 3), ("C", a, comma)]
    moved = at._learned_bounds(eng, st, toks, runs, [0.9] * len(toks), 0.7)
    assert eng.text[moved.start : moved.end] == "the new bridge would open in March"
    assert at._learned_bounds(eng, st, toks, runs, [0.6] * len(toks), 0.7) is None  # unsure


def test_learned_bounds_keep_the_rules_when_the_model_breaks_the_content_up():
    eng, st, toks, a, comma = _bounds_case()
    runs = [("C", a, comma), ("C", comma + 1, comma + 4)]  # "a date that": a second run
    assert at._learned_bounds(eng, st, toks, runs, [0.9] * len(toks), 0.7) is None
    runs = [("C", a, comma), ("C", comma + 1, comma + 2)]  # a one-word run does not count
    assert at._learned_bounds(eng, st, toks, runs, [0.9] * len(toks), 0.7) is not None


def test_learned_bounds_never_take_in_the_cue():
    eng, st, toks, a, comma = _bounds_case()
    runs = [("C", a - 1, comma)]  # "said the new bridge ..."
    assert at._learned_bounds(eng, st, toks, runs, [0.9] * len(toks), 0.7) is None


def test_plain_narration_stays_narration():
    assert _stmts("The bridge was closed for repairs on Monday morning.", learned="encoder").empty


def test_unknown_learned_layer_is_refused():
    art = Article.from_text(
        "The mayor said it would rain.", outlet="Test Outlet", published="2024-05-02"
    )
    with pytest.raises(ValueError, match="'crf' or 'encoder'"):
        statements(art, learned="bert")


def test_missing_weights_keep_the_rules(monkeypatch, tmp_path):
    """A broken model costs the learned rows only, and says so in the issues."""
    monkeypatch.setattr(ae, "_model_override", str(tmp_path / "none.npz"))
    ae.load_encoder.cache_clear()
    try:
        art = Article.from_text(
            "The mayor said it would rain.", outlet="Test Outlet", published="2024-05-02"
        )
        df = statements(art, canonical=False, learned="encoder")
        assert "it would rain" in df["text"].tolist()
        assert any("learned attribution layer failed" in i["problem"] for i in df.attrs["issues"])
    finally:
        monkeypatch.undo()
        ae.load_encoder.cache_clear()


def test_learned_bounds_never_cut_a_clause_from_its_verb():
    """A run over "the new bridge" alone would leave the content without its verb."""
    eng, st, toks, a, _comma = _bounds_case()
    runs = [("C", a, a + 3)]
    assert at._learned_bounds(eng, st, toks, runs, [0.9] * len(toks), 0.7) is None


def test_the_reason_for_anonymity_is_no_learned_statement():
    text = (
        "“The figures were padded,” one driver said, speaking on condition of anonymity because "
        "they feared losing their job in the industry."
    )
    df = _stmts(text, learned="encoder")
    assert not df["text"].str.contains("losing their job").any()
    assert df["source"].tolist() == ["one driver"]
