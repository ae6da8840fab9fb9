"""Tests for toolkit.sentiment (scorers, per-statement rows, per-source aggregates, source x entity)
and toolkit.plots.sources.

Statements tables here are made by hand (the column contract of toolkit.statements), so these
tests do not depend on the attribution module. Expected labels were established by reading each
sentence (comments say so); sentences are our own writing.
"""

from __future__ import annotations

import importlib
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import toolkit

S = importlib.import_module("toolkit.sentiment")

DATA = Path(__file__).parent / "data" / "sentiment"
REPO = Path(__file__).resolve().parents[1]


def _span(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return (i, i + len(sub))


# ---------------------------------------------------------------------------- scorers
def test_scorer_registry():
    assert S.SCORERS == ("news", "textblob", "vader")
    assert S.available_scorers() == ["news", "textblob", "vader"]
    assert toolkit.sentiment_by_source is S.sentiment_by_source
    # toolkit.sentiment is the function or (once the module was imported) the module; both score
    out = toolkit.sentiment(pd.DataFrame({"text": ["Good."]}), scorers="vader")
    assert out["vader_label"].tolist() == ["positive"]


# Each sentence read by us: the tone towards the marked person is the expected label.
TARGET_CASES = [
    ("The judge praised Maria Lopez for her courage and honesty.", "Maria Lopez", "positive"),
    (
        "Critics accused Daniel Brook of lying to voters and wasting public money.",
        "Daniel Brook",
        "negative",
    ),
    ("Daniel Brook will travel to Brussels on Tuesday for the meeting.", "Daniel Brook", "neutral"),
]


@pytest.mark.parametrize("sentence,target,expected", TARGET_CASES)
def test_news_scorer_towards_target(sentence, target, expected):
    r = S.score_news(sentence, _span(sentence, target))
    assert r["news_label"] == expected
    assert math.isclose(r["news_neg"] + r["news_neu"] + r["news_pos"], 1.0, abs_tol=1e-9)
    assert math.isclose(r["news_score"], r["news_pos"] - r["news_neg"])


def test_news_scorer_is_target_aware():
    # One sentence, two people: praise for one, blame for the other (read by us).
    s = "Voters cheered Anna Berg for her honest campaign, while Paul Grant was blamed for the scandal."
    anna = S.score_news(s, _span(s, "Anna Berg"))
    paul = S.score_news(s, _span(s, "Paul Grant"))
    assert anna["news_score"] > paul["news_score"]
    assert paul["news_label"] == "negative"


def test_negation_lowers_the_scores():
    pos = "The minister said the new plan is good for families."
    neg = "The minister said the new plan is not good for families."
    assert (
        S.score_textblob(neg)["textblob_polarity"] < 0 < S.score_textblob(pos)["textblob_polarity"]
    )
    assert S.score_vader(neg)["vader_compound"] < 0 < S.score_vader(pos)["vader_compound"]
    assert S.score_news(neg)["news_score"] < S.score_news(pos)["news_score"]
    # the negation scope marks the word after "not"
    f = S.features(neg)
    assert "u:neg_good" in f and "u:good" not in f


def test_words_that_drove_the_scores():
    s = "The shelling killed nine people and destroyed the only hospital."
    vw = dict(S.score_vader(s)["vader_words"])
    # VADER's lexicon rates "killed" and "destroyed" negative (looked up in vader_lexicon.txt)
    assert vw["killed"] < 0 and vw["destroyed"] < 0
    # pattern's lexicon: "very" modifies the next known word, the pair is one assessment
    tb = S.score_textblob("A very wonderful result.")["textblob_words"]
    assert tb == [("very wonderful", 1.0)]
    nw = S.score_news(s)["news_words"]
    assert nw and all(isinstance(w, str) and isinstance(v, float) for w, v in nw)
    assert any(v < 0 for _w, v in nw)


def test_empty_and_odd_text_do_not_crash():
    for text in ["", "   ", "—", "“", "123"]:
        r = S.score_news(text)
        assert set(r) >= {"news_label", "news_score", "news_words"}
        S.score_textblob(text)
        S.score_vader(text)


def test_split_sentences():
    text = "He left. “We won,” she said. Then nothing"
    spans = S.split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["He left.", "“We won,” she said.", "Then nothing"]
    assert S.split_sentences("") == [] and S.split_sentences("  ") == []


# ---------------------------------------------------------------------------- sentiment()
def _bridge_statements() -> pd.DataFrame:
    """Statements of our harbour-bridge article, made by hand with offsets into the text."""
    text = (DATA / "harbour-gazette-2025-03-14-bridge-reopens.txt").read_text("utf-8")
    rows = [
        (
            "This is a wonderful day for the town, and the engineers did a brilliant job",
            "Ellen Marsh",
            "person",
            "direct",
        ),
        ("the closure had nearly ruined his business", "Tom Reilly", "person", "indirect"),
        (
            "We lost half our customers and nobody from the council ever helped us",
            "Tom Reilly",
            "person",
            "direct",
        ),
        (
            "the repair cost 14 million pounds, more than twice the original estimate",
            "regional transport office",
            "government",
            "according-to",
        ),
        (
            "The bridge will be closed again for one night in April for a final inspection.",
            "Harbour Gazette",
            "outlet",
            "narrator",
        ),
    ]
    out = []
    for i, (content, source, stype, kind) in enumerate(rows):
        a, b = _span(text, content)
        out.append(
            dict(
                statement_id=i,
                doc_id="bridge",
                sent_id=i,
                start=a,
                end=b,
                text=text[a:b],
                kind=kind,
                source=source,
                source_type=stype,
                confidence=1.0,
                method="hand",
            )
        )
    return pd.DataFrame(out)


def test_sentiment_rows_and_columns():
    st = _bridge_statements()
    out = S.sentiment(st)
    assert len(out) == len(st)
    assert out["statement_id"].tolist() == st["statement_id"].tolist()
    for c in [
        "statement_id",
        "doc_id",
        "source",
        "text",
        "news_label",
        "news_neg",
        "news_neu",
        "news_pos",
        "news_score",
        "news_words",
        "textblob_polarity",
        "textblob_subjectivity",
        "textblob_words",
        "vader_compound",
        "vader_words",
    ]:
        assert c in out.columns
    by = out.set_index("source")
    # read by us: the mayor's words are praise; the baker's are a complaint
    assert by.loc["Ellen Marsh", "news_label"] == "positive"
    assert by.loc["Ellen Marsh", "vader_compound"] > 0.5
    baker = out[out["source"] == "Tom Reilly"].set_index("kind")
    # "the closure had nearly ruined his business": leans negative (the news scorer's label is
    # neutral, with P(neg) > P(pos)); VADER's "ruined" makes it clearly negative
    assert baker.loc["indirect", "news_score"] < 0
    assert baker.loc["indirect", "vader_label"] == "negative"
    # the baker's direct complaint ("nobody ... ever helped us") reads near zero to the news
    # scorer (a known miss: "helped" pulls up); his mean is still below the mayor's
    assert baker["news_score"].mean() < by.loc["Ellen Marsh", "news_score"]


def test_statement_spanning_sentences_aggregates_them():
    text = "We are exhausted, underpaid and ignored. Patients deserve better than this."
    st = pd.DataFrame(
        {"statement_id": [7], "doc_id": ["n"], "source": ["Grace Okafor"], "text": [text]}
    )
    whole = S.sentiment(st)
    parts = S.sentiment(st, unit="sentence")
    assert whole["n_sentences"].tolist() == [2]
    assert parts["text"].tolist() == [
        "We are exhausted, underpaid and ignored.",
        "Patients deserve better than this.",
    ]
    assert parts["statement_id"].tolist() == [7, 7]
    for c in ["news_score", "news_pos", "textblob_polarity", "vader_compound"]:
        assert math.isclose(whole[c].iloc[0], parts[c].mean())


def test_sentiment_with_target():
    text = "Investors welcomed the decision, but Ruth Hale was criticised for her handling of the crisis."
    st = pd.DataFrame({"text": [text]})
    out = S.sentiment(st, scorers="news", target="Ruth Hale")
    assert out["news_target"].iloc[0] == "Ruth Hale"
    assert out["news_label"].iloc[0] == "negative"  # read: she is criticised
    none = S.sentiment(st, scorers="news", target="Nobody Here")
    assert none["news_target"].iloc[0] is None


def test_sentiment_bad_input():
    empty = S.sentiment(pd.DataFrame(columns=["statement_id", "doc_id", "source", "text"]))
    assert empty.empty and "news_score" in empty.columns
    out = S.sentiment(pd.DataFrame({"text": ["", None, "Fine words."]}), scorers=("vader", "news"))
    assert len(out) == 3  # nothing dropped
    assert math.isnan(out["vader_compound"].iloc[0]) and out["vader_words"].iloc[0] == []
    assert out["news_label"].iloc[1] == ""
    assert out["statement_id"].tolist() == [0, 1, 2]
    with pytest.raises(ValueError, match="scorers"):
        S.sentiment(pd.DataFrame({"text": ["x"]}), scorers=("roberta",))
    with pytest.raises(ValueError, match="text"):
        S.sentiment(pd.DataFrame({"words": ["x"]}))
    with pytest.raises(TypeError):
        S.sentiment("not a table")


# ---------------------------------------------------------------------------- aggregates
def _hand_sentiment() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "statement_id": range(6),
            "doc_id": ["a", "a", "a", "b", "b", "b"],
            "outlet": ["X", "X", "X", "Y", "Y", "Y"],
            "source": ["Ann", "Ann", "Narr", "Ann", "Bob", None],
            "source_type": ["person", "person", "outlet", "person", "person", "anonymous"],
            "kind": ["direct", "indirect", "narrator", "direct", "direct", "direct"],
            "news_score": [0.6, -0.2, 0.0, 0.4, -0.8, np.nan],
            "news_label": ["positive", "neutral", "neutral", "positive", "negative", ""],
            "vader_compound": [0.5, 0.1, -0.3, 0.2, -0.6, np.nan],
        }
    )


def test_sentiment_by_source_numbers():
    df = _hand_sentiment()
    out = S.sentiment_by_source(df, scorer="news", n_boot=200)
    rec = out.set_index("source")
    # Ann: 0.6, -0.2, 0.4 -> n 3, mean 0.2667, min -0.2, max 0.6; labels pos, neu, pos
    assert rec.loc["Ann", "n"] == 3
    assert math.isclose(rec.loc["Ann", "mean"], 0.8 / 3)
    assert rec.loc["Ann", "min"] == -0.2 and rec.loc["Ann", "max"] == 0.6
    assert (
        math.isclose(rec.loc["Ann", "share_positive"], 2 / 3)
        and rec.loc["Ann", "share_negative"] == 0
    )
    assert rec.loc["Ann", "ci_low"] <= rec.loc["Ann", "mean"] <= rec.loc["Ann", "ci_high"]
    assert -0.2 <= rec.loc["Ann", "ci_low"] and rec.loc["Ann", "ci_high"] <= 0.6
    # one statement: the interval is the value
    assert rec.loc["Bob", "ci_low"] == rec.loc["Bob", "ci_high"] == -0.8
    # narrator kept apart and last; the unscored (NaN) statement is not counted
    assert bool(rec.loc["Narr", "is_narrator"]) and not rec.loc["Ann", "is_narrator"]
    assert out["source"].iloc[-1] == "Narr"
    assert "unknown" not in rec.index
    assert set(out["scorer"]) == {"news"}


def test_sentiment_by_source_tidy_scorers_and_outlet():
    df = _hand_sentiment()
    out = S.sentiment_by_source(df, scorer="all", by=("outlet", "source"), n_boot=100)
    assert set(out["scorer"]) == {"news", "vader"}
    v = out[(out["scorer"] == "vader") & (out["outlet"] == "X") & (out["source"] == "Ann")].iloc[0]
    assert v["n"] == 2 and math.isclose(v["mean"], 0.3)
    # vader shares come from the thresholds chosen on the training set
    lo, hi = S.lexicon_thresholds()["vader"]
    assert v["share_positive"] == np.mean([x > hi for x in (0.5, 0.1)])
    with pytest.raises(ValueError, match="outlet"):
        S.sentiment_by_source(df.drop(columns="outlet"), by=("outlet", "source"))
    with pytest.raises(ValueError):
        S.sentiment_by_source(df, scorer="textblob")  # not in the table
    assert S.sentiment_by_source(df.iloc[0:0]).empty


def test_sentiment_by_source_keeps_the_role_of_a_named_source():
    df = _hand_sentiment()
    df["descriptor"] = [None, "harbour master", None, "harbour master", None, None]
    out = S.sentiment_by_source(df, scorer="news", n_boot=50)
    assert list(out.columns[:2]) == ["source", "descriptor"]
    roles = dict(zip(out["source"], out["descriptor"], strict=True))
    assert roles["Ann"] == "harbour master"  # Ann's statements: two with the role, one without
    assert pd.isna(roles["Bob"]) and pd.isna(roles["Narr"])
    # the chart names the role after the name
    from toolkit.plots import sentiment_by_source as chart

    labels = [t.get_text() for t in chart(out).axes[0].get_yticklabels()]
    assert "Ann (harbour master)" in labels and "Bob" in labels
    # no descriptor column in, no descriptor column out (the table's shape is unchanged)
    assert "descriptor" not in S.sentiment_by_source(df.drop(columns="descriptor")).columns


def test_bootstrap_is_deterministic_and_order_free():
    df = _hand_sentiment()
    a = S.sentiment_by_source(df, n_boot=500, seed=3)
    b = S.sentiment_by_source(df.iloc[::-1], n_boot=500, seed=3)
    pd.testing.assert_frame_equal(a, b)
    vals = [0.1, 0.5, -0.3, 0.9, 0.0, 0.2]
    assert S.bootstrap_ci(vals, seed=1) == S.bootstrap_ci(vals, seed=1)
    assert S.bootstrap_ci(vals, seed=1) != S.bootstrap_ci(vals, seed=2)
    lo, hi = S.bootstrap_ci(vals, n_boot=2000, seed=0)
    assert lo < np.mean(vals) < hi
    assert all(math.isnan(x) for x in S.bootstrap_ci([]))


# ---------------------------------------------------------------------------- source x entity
def test_source_entity_table_from_mentions():
    text = (DATA / "valley-courier-2025-06-02-hospital-strike.txt").read_text("utf-8")
    content = "the strike was regrettable but that the board had made a fair and generous offer"
    a, b = _span(text, content)
    st = pd.DataFrame(
        [
            dict(
                statement_id=0,
                doc_id="v",
                start=a,
                end=b,
                text=text[a:b],
                kind="indirect",
                source="Martin Cole",
                source_type="person",
            )
        ]
    )
    m0, m1 = _span(text, "the board had made")
    m0 += len("the ")
    mentions = pd.DataFrame(
        [
            dict(doc_id="v", start=m0, end=m0 + 5, text="board", entity="health board", type="ORG"),
            dict(doc_id="v", start=0, end=6, text="Nurses", entity="nurses", type="ORG"),  # outside
        ]
    )
    assert text[m0 : m0 + 5] == "board"
    out = S.source_entity_table(st, mentions)
    assert out[["source", "entity", "n"]].to_dict("records") == [
        {"source": "Martin Cole", "entity": "health board", "n": 1}
    ]
    assert -1 <= out["mean"].iloc[0] <= 1
    # The tone towards the board: alone, "the board had made a fair and generous offer" reads
    # positive (checked); in the full sentence "the strike was regrettable" drags it negative,
    # a known limit of a bag-of-words model, so we assert only the clear case.
    alone = "The board had made a fair and generous offer."
    assert S.score_news(alone, _span(alone, "board"))["news_label"] == "positive"


def test_source_entity_table_from_entities_column_and_empty():
    st = pd.DataFrame(
        {
            "source": ["Priya Shah", "Priya Shah", "Ellen Marsh"],
            "source_type": ["person"] * 3,
            "text": [
                "The council wasted money and hid the true cost from residents.",
                "The council lied again.",
                "The engineers did a brilliant job.",
            ],
            "entities": [["council"], ["council"], ["engineers"]],
        }
    )
    out = S.source_entity_table(st).set_index(["source", "entity"])
    assert out.loc[("Priya Shah", "council"), "n"] == 2
    assert (
        out.loc[("Priya Shah", "council"), "mean"]
        < 0
        < out.loc[("Ellen Marsh", "engineers"), "mean"]
    )
    assert S.source_entity_table(st.iloc[0:0]).empty


# ---------------------------------------------------------------------------- model file
def test_model_loads_without_sklearn_or_pickle():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('sklearn', 'scipy'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pandas as pd\n"
        "import importlib\n"
        "S = importlib.import_module('toolkit.sentiment')\n"
        "out = S.sentiment(pd.DataFrame({'text': ['A fine day.']}))\n"
        "assert 'sklearn' not in sys.modules and 'scipy' not in sys.modules\n"
        "print(out['news_label'].iloc[0])\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() in S.LABELS
    model = S.news_model()
    assert model.coef.shape == (len(model.vocabulary), 3)
    size = (REPO / "toolkit" / "data" / "sentiment" / "news_model.npz").stat().st_size
    assert size < 5_000_000


# ---------------------------------------------------------------------------- plots
def test_plots_return_figures():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import toolkit.plots

    table = S.sentiment_by_source(_hand_sentiment(), scorer="all", n_boot=50)
    fig = toolkit.plots.sentiment_by_source(table)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1].startswith("Ann") and ticks[0].startswith("Narr") and "narrator" in ticks[0]
    heat = pd.DataFrame(
        {
            "source": ["A", "A", "B"],
            "entity": ["x", "y", "x"],
            "n": [1, 2, 3],
            "mean": [0.5, -0.5, 0.0],
        }
    )
    fig2 = toolkit.plots.source_entity_heatmap(heat)
    assert fig2.axes[0].images[0].get_array().shape == (2, 2)
    fig3 = toolkit.plots.source_entity_heatmap(heat.iloc[0:0])
    assert fig3 is not None
    # a per-statement table (as the report passes it) is aggregated first: 3 quoted sources
    # and the narrator (Harbour Gazette) -> 4 rows, the narrator at the bottom
    fig4 = toolkit.plots.sentiment_by_source(S.sentiment(_bridge_statements()))
    assert len(fig4.axes[0].get_yticklabels()) == 4
    assert "narrator" in fig4.axes[0].get_yticklabels()[0].get_text()
    plt.close("all")


def test_outlets_from_articles():
    from toolkit.corpus import Article

    a = Article.from_text("Rain fell.", outlet="Valley Courier", id="v1", published="2025-06-02")
    b = Article.from_text("Sun shone.", outlet="Harbour Gazette", id="h1", published="2025-03-14")
    st = pd.DataFrame(
        {
            "doc_id": ["v1", "h1", "h1"],
            "source": ["x", "x", "y"],
            "text": ["A fine result.", "A terrible loss.", "Nothing new."],
        }
    )
    out = S.sentiment(st, scorers="vader", articles=[a, b])
    assert out["outlet"].tolist() == ["Valley Courier", "Harbour Gazette", "Harbour Gazette"]
    agg = S.sentiment_by_source(out, scorer="vader", by=("outlet", "source"), n_boot=10)
    assert agg[["outlet", "source", "n"]].values.tolist() == [
        ["Harbour Gazette", "x", 1],
        ["Harbour Gazette", "y", 1],
        ["Valley Courier", "x", 1],
    ]


def test_sentiment_table_is_parquet_friendly():
    pa = pytest.importorskip("pyarrow")
    out = S.sentiment(pd.DataFrame({"text": ["The raid killed nine people.", ""]}))
    assert out["vader_words"].iloc[0] == ["killed (-3.50)"]  # VADER lexicon: killed -3.5
    assert out["vader_words"].iloc[1] == []
    pa.Table.from_pandas(out)  # the pipeline writes these tables to Parquet


def test_source_entity_table_with_article_uses_entity_mentions():
    pytest.importorskip("toolkit.entities")
    from toolkit.corpus import Article

    text = "Flood hits valley\n\nThe mayor said Anna Berg had done a brilliant, heroic job."
    art = Article.from_text(text, id="f1", published="2025-01-01")
    content = "Anna Berg had done a brilliant, heroic job."
    a, b = _span(art.text, content)
    st = pd.DataFrame(
        [
            dict(
                statement_id=0,
                doc_id="f1",
                start=a,
                end=b,
                text=art.text[a:b],
                kind="indirect",
                source="the mayor",
                source_type="person",
            )
        ]
    )
    out = S.source_entity_table(st, article=art)
    # whatever name the entity finder gives her, the row is about Anna Berg and positive
    assert len(out) >= 1 and out["entity"].str.contains("Berg").any()
    assert out.loc[out["entity"].str.contains("Berg"), "mean"].iloc[0] > 0


def test_sentiment_of_an_article_finds_its_statements():
    pytest.importorskip("toolkit.sources")
    from toolkit.corpus import load_article

    art = load_article(DATA / "valley-courier-2025-06-02-hospital-strike.txt")
    out = S.sentiment(art, scorers="vader")
    assert len(out) >= 1 and (out["doc_id"] == art.id).all()
    assert set(out["outlet"]) == {art.outlet}
