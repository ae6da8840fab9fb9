"""The learned attribution layer stacked on the rule engine (sentences written for these tests)."""

from __future__ import annotations

import pytest

from toolkit import attribution_tagger as at
from toolkit.corpus import Article
from toolkit.sources import statements


def _stmts(text: str, **kw):
    art = Article.from_text(text, outlet="Test Outlet", published="2024-05-02")
    df = statements(art, canonical=False, **kw)
    for r in df.itertuples():
        assert art.text[r.start : r.end] == r.text
    return df[df["kind"] != "narrator"]


def test_model_loads_offline():
    assert at.model_path().endswith("attribution.crfsuite")
    tagger = at.load_tagger()
    assert tagger is not None
    assert set(tagger.labels()) <= set(at.LABELS)
    assert len(at.cue_lexicon()) > 100


@pytest.mark.parametrize(
    "text, content",
    [
        ("Critics of the plan feel the tunnel will cost twice as much.", "tunnel will cost"),
        ("Data from the ministry indicate the outbreak is slowing.", "outbreak is slowing"),
    ],
)
def test_learned_finds_attributions_the_rules_miss(text, content):
    """A feeling and a piece of evidence with cues outside the rules' verb lists."""
    rules = _stmts(text, learned=False)
    assert not any(content in t for t in rules["text"])
    df = _stmts(text)
    hit = df[df["text"].str.contains(content)]
    assert len(hit) == 1
    row = hit.iloc[0]
    assert row["method"].startswith("learned")
    assert row["kind"] == "indirect"
    assert 0.0 < row["confidence"] <= 1.0
    assert row["source"] != "unknown"
    assert text[row["source_start"] : row["source_end"]] == row["source"]


def test_plain_narration_is_not_a_statement():
    df = _stmts("The bridge over the river was closed for repairs on Monday morning.")
    assert df.empty


def test_rule_statements_are_kept_not_duplicated():
    text = "The mayor said the budget would be balanced by June."
    rules = _stmts(text, learned=False)
    df = _stmts(text)
    assert df[["start", "end", "source", "method"]].values.tolist() == (
        rules[["start", "end", "source", "method"]].values.tolist()
    )


def test_narrator_rows_do_not_overlap_learned_rows():
    art = Article.from_text(
        "Critics of the plan worry the tunnel will cost twice as much. It rained all day long.",
        outlet="Test Outlet",
        published="2024-05-02",
    )
    df = statements(art, canonical=False)
    learned = df[df["method"].str.startswith("learned")]
    narr = df[df["kind"] == "narrator"]
    for a in learned.itertuples():
        for b in narr.itertuples():
            assert b.end <= a.start or b.start >= a.end


def test_rules_alone_without_the_learned_layer():
    df = _stmts("Critics of the plan worry the tunnel will cost twice as much.", learned=False)
    assert not df["method"].str.startswith("learned").any()


def test_tag_article_columns():
    df = at.tag_article(
        Article.from_text(
            "Analysts expect the merger to close soon.", outlet="X", published="2024-05-02"
        )
    )
    assert list(df.columns) == ["doc_id", "start", "end", "text", "tag", "rule", "p"]
    assert set(df["tag"]) <= set(at.LABELS)
