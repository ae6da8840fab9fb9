"""The batch pipeline: bad input, resumable Parquet output, determinism, the step registry, Dask.

The good articles are two of the bundled corpus plus two short articles written for these tests
(``tests/data/pipeline/``: Al Jazeera on Daraa, BBC on the Turkish border). Expected row counts are
not typed in: each is what the single-article functions (``toolkit.tokens`` etc.) give for that
article, so a row lost or duplicated by the batch machinery shows up.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.corpus import load_article
from toolkit.errors import ArticleError, NoArticlesError
from toolkit.pipeline import (
    analyze,
    analyze_corpus,
    read_manifest,
    read_table,
    read_tables,
)
from toolkit.steps import register_step, resolve_steps, unregister_step

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "pipeline"
GOOD = [
    ROOT / "corpus" / "ap-2024-12-08-damascus-celebrations.txt",
    ROOT / "corpus" / "i24news-2024-11-29-rebels-enter-aleppo.txt",
    DATA / "aljazeera-2024-12-07-daraa-handover.txt",
    DATA / "bbc-2024-12-09-refugees-turkey-border.txt",
]
STEPS = ["articles", "blocks", "sentences", "tokens"]


def _copy_good(folder: Path) -> None:
    for p in GOOD:
        shutil.copy(p, folder / p.name)
        shutil.copy(p.with_suffix(".json"), folder / p.with_suffix(".json").name)


def _meta(folder: Path, stem: str, **fields) -> None:
    base = {"id": stem, "title": None, "outlet": "Test Outlet", "published": "2024-12-01"}
    base.update(fields)
    (folder / f"{stem}.json").write_text(json.dumps(base), encoding="utf-8")


BODY = "Rebels said on Sunday they had reached the outskirts of the city.\n\nResidents fled south."


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    """Good articles with one bad case each around them."""
    folder = tmp_path_factory.mktemp("bad_corpus")
    _copy_good(folder)
    (folder / "a-empty.txt").write_bytes(b"")
    _meta(folder, "a-empty")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 40)
    _meta(folder, "b-binary")
    # Windows-1252 bytes (not UTF-8): decoded with a warning, the article is kept
    (folder / "c-cp1252.txt").write_bytes(
        "Caf\xe9 owners in Homs reopened on Sunday.".encode("cp1252")
    )
    _meta(folder, "c-cp1252")
    # bytes that are neither UTF-8 nor Windows-1252 (0x81 is unassigned in cp1252)
    (folder / "c-undecodable.txt").write_bytes(b"Rebels \x81\x8d entered the city.")
    _meta(folder, "c-undecodable")
    # 50 MB of text, made here (never committed)
    with open(folder / "d-huge.txt", "wb") as fh:
        line = b"Rebels advanced on the city as residents fled south. " * 20 + b"\n"
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    _meta(folder, "d-huge")
    (folder / "e-noarticle.html").write_text(
        "<html><head><title>Live</title></head><body><script>var player = 1;</script>"
        "<div id='app'></div></body></html>",
        encoding="utf-8",
    )
    (folder / "f-baddate.txt").write_text(BODY, encoding="utf-8")
    _meta(folder, "f-baddate", published="2024-13-45")
    (folder / "g-nodate.txt").write_text(BODY, encoding="utf-8")
    _meta(folder, "g-nodate", published=None)
    # same id as the AP article: the first in path order (ap-...) is kept
    (folder / "h-duplicate.txt").write_text(BODY, encoding="utf-8")
    _meta(folder, "h-duplicate", id="ap-2024-12-08-damascus-celebrations")
    (folder / "i-unreadable.txt").write_text(BODY, encoding="utf-8")
    _meta(folder, "i-unreadable")
    (folder / "i-unreadable.txt").chmod(0)  # root reads it anyway: see bad_run
    return folder


GOOD_IDS = sorted(
    [p.stem for p in GOOD] + ["c-cp1252", "g-nodate"]
)  # the articles that must be analysed


def _errors_for(errors: pd.DataFrame, name: str) -> pd.DataFrame:
    return errors[errors["file"].str.endswith(name)]


@pytest.fixture(scope="module")
def bad_run(bad_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("bad_out") / "tables"
    unreadable = bad_corpus / "i-unreadable.txt"
    real_read_bytes = Path.read_bytes

    def read_bytes(self):  # as root (CI) chmod 000 does not stop reading: deny it here
        if self == unreadable:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    t0 = time.perf_counter()
    with pytest.MonkeyPatch.context() as mp:
        if os.geteuid() == 0:
            mp.setattr(Path, "read_bytes", read_bytes)
        analyze_corpus(bad_corpus, out, steps=STEPS, progress=False, batch_size=3)
    return out, time.perf_counter() - t0


def test_bad_input_each_case_has_a_clear_error_naming_the_file(bad_run):
    out, _ = bad_run
    errors = read_table(out, "errors")
    expected = {
        "a-empty.txt": ("EmptyArticleError", "no text"),
        "b-binary.txt": ("NotTextError", "binary"),
        "c-undecodable.txt": ("ArticleEncodingError", "not UTF-8"),
        "d-huge.txt": ("FileTooLargeError", "MB limit"),
        "e-noarticle.html": ("EmptyArticleError", "no article text"),
        "f-baddate.txt": ("InvalidDateError", "2024-13-45"),
        "h-duplicate.txt": ("DuplicateIdError", "ap-2024-12-08-damascus-celebrations"),
        "i-unreadable.txt": ("ArticleError", "permission denied"),
    }
    for name, (error, words) in expected.items():
        rows = _errors_for(errors, name)
        assert len(rows) >= 1, f"no error row for {name}"
        row = rows.iloc[0]
        assert row["error"] == error, (name, row.to_dict())
        assert words in row["message"], (name, row["message"])
        assert row["severity"] == "error"
    # repaired on load: a warning row, and the article is kept
    assert "Windows-1252" in _errors_for(errors, "c-cp1252.txt")["message"].iloc[0]
    assert "no publication date" in _errors_for(errors, "g-nodate.txt")["message"].iloc[0]


def test_bad_input_every_good_article_has_all_its_rows(bad_run):
    out, _ = bad_run
    tables = read_tables(out)
    assert tables.articles["doc_id"].tolist() == GOOD_IDS
    for path in GOOD:
        art = load_article(path)
        for name, expected in (
            ("tokens", toolkit.tokens(art)),
            ("sentences", toolkit.sentences(art)),
            ("blocks", toolkit.blocks(art)),
        ):
            got = tables[name][tables[name]["doc_id"] == art.id].reset_index(drop=True)
            assert got["text"].tolist() == expected["text"].tolist(), (name, art.id)
            assert got["start"].tolist() == expected["start"].tolist(), (name, art.id)
    # the kept duplicate is the AP article, not h-duplicate's text
    ap = tables.articles.set_index("doc_id").loc["ap-2024-12-08-damascus-celebrations"]
    assert ap["path"].endswith("ap-2024-12-08-damascus-celebrations.txt")


def test_bad_input_no_partial_files_and_fast(bad_run):
    out, seconds = bad_run
    leftovers = [p for p in out.rglob("*") if p.name.startswith(".") or "tmp" in p.name]
    assert leftovers == []
    # every part listed in the manifest has one complete Parquet file per table
    manifest = read_manifest(out)
    for table in [*manifest["steps"], "errors"]:
        for part in manifest["parts"]:
            pd.read_parquet(out / table / f"{part}.parquet")
    # the 50 MB file is set aside by its size, not read and cleaned (which takes minutes)
    assert seconds < 30


def test_path_that_does_not_exist():
    with pytest.raises(NoArticlesError, match="no-such-folder.*no such file or folder"):
        analyze_corpus(ROOT / "no-such-folder", progress=False)


def test_output_folder_not_writable(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ArticleError, match="a-file/out: cannot create the output folder"):
        analyze_corpus(DATA, blocker / "out", steps=["articles"], progress=False)
    with pytest.raises(ArticleError, match="a-file: the output path exists and is not a folder"):
        analyze_corpus(DATA, blocker, steps=["articles"], progress=False)
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(ArticleError, match="not writable"):
            analyze_corpus(DATA, ro, steps=["articles"], progress=False)


def test_jsonl_bad_line_is_an_error_row_and_the_rest_goes_on(tmp_path):
    src = tmp_path / "feed.jsonl"
    arts = [load_article(p) for p in GOOD[2:]]
    lines = [
        json.dumps(
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "published": str(a.published),
                "text": a.raw,
            }
        )
        for a in arts
    ]
    lines.insert(1, '{"id": "broken", "text": "unterminated')
    lines.append(json.dumps({"id": "no-text", "title": "x"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = analyze_corpus(src, steps=["articles", "tokens"], progress=False)
    assert res.articles["doc_id"].tolist() == sorted(a.id for a in arts)
    errs = res.errors[res.errors["severity"] == "error"]
    assert errs["file"].tolist() == [f"{src}:2", f"{src}:4"]
    assert "line 2 is not valid JSON" in errs["message"].iloc[0]
    assert "no 'text'" in errs["message"].iloc[1]
    # same tokens as the file-based article (the text goes through the same cleaning)
    for a in arts:
        got = res.tokens[res.tokens["doc_id"] == a.id]["text"].tolist()
        assert got == toolkit.tokens(a)["text"].tolist()


def test_dataframe_source():
    arts = [load_article(p) for p in GOOD[2:]]
    df = pd.DataFrame(
        [
            {
                "id": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "text": a.raw,
            }
            for a in arts
        ]
    )
    res = analyze_corpus(df, steps=["articles", "sentences"], progress=False)
    assert res.articles["outlet"].tolist() == ["Al Jazeera", "BBC News"]
    assert len(res.sentences) == sum(len(toolkit.sentences(a)) for a in arts)


# ----------------------------------------------------------------------- resume and increments
CALLS: list[str] = []
TRIP: dict[str, str | None] = {"doc": None}


def _counting_step(article, tables):
    if TRIP["doc"] == article.id:
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C here
    CALLS.append(article.id)
    return pd.DataFrame({"doc_id": [article.id], "n_tokens": [len(tables["tokens"])]})


@pytest.fixture
def counting_step():
    register_step("counted", _counting_step, needs=("tokens",), replace=True)
    CALLS.clear()
    yield CALLS
    unregister_step("counted")
    TRIP["doc"] = None


def _frames_equal(a: Path, b: Path) -> None:
    ta, tb = read_tables(a), read_tables(b)
    assert sorted(ta.tables) == sorted(tb.tables)
    for name in ta.tables:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


def test_interrupted_run_resumes_and_equals_a_clean_run(tmp_path, counting_step):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _copy_good(corpus)
    steps = ["articles", "tokens", "counted"]
    clean = analyze_corpus(corpus, tmp_path / "clean", steps=steps, progress=False, batch_size=1)
    assert len(counting_step) == 4
    counting_step.clear()
    # the third article (in file order) interrupts the run
    TRIP["doc"] = sorted(p.stem for p in GOOD)[2]
    with pytest.raises(KeyboardInterrupt):
        analyze_corpus(corpus, tmp_path / "resumed", steps=steps, progress=False, batch_size=1)
    assert len(counting_step) == 2
    assert not (tmp_path / "resumed" / "_manifest.json").exists()
    TRIP["doc"] = None
    counting_step.clear()
    analyze_corpus(corpus, tmp_path / "resumed", steps=steps, progress=False, batch_size=1)
    assert counting_step == sorted(p.stem for p in GOOD)[2:]  # only the rest is analysed
    _frames_equal(clean, tmp_path / "resumed")
    assert not [p for p in (tmp_path / "resumed").rglob(".*")]


def test_changed_article_alone_is_analysed_again(tmp_path, counting_step):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _copy_good(corpus)
    steps = ["articles", "tokens", "counted"]
    out = analyze_corpus(corpus, tmp_path / "out", steps=steps, progress=False, batch_size=2)
    counting_step.clear()
    analyze_corpus(corpus, out, steps=steps, progress=False, batch_size=2)
    assert counting_step == []  # nothing changed: nothing analysed
    target = corpus / GOOD[3].name
    target.write_text(target.read_text("utf-8") + "\n\nA new paragraph was added on Tuesday.\n")
    analyze_corpus(corpus, out, steps=steps, progress=False, batch_size=2)
    assert counting_step == [GOOD[3].stem]
    tokens = read_table(out, "tokens")
    assert "Tuesday" in tokens[tokens["doc_id"] == GOOD[3].stem]["text"].tolist()
    # parts of the earlier run are gone, the new one is complete
    manifest = read_manifest(out)
    assert sorted(p.stem for p in (out / "tokens").glob("*.parquet")) == sorted(manifest["parts"])
    # and the tables equal those of a clean run over the changed corpus
    clean = analyze_corpus(corpus, tmp_path / "clean", steps=steps, progress=False, batch_size=2)
    _frames_equal(clean, out)


def test_output_is_the_same_whatever_the_worker_count(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _copy_good(corpus)
    one = analyze_corpus(corpus, tmp_path / "w1", steps=STEPS, progress=False, batch_size=3)
    two = analyze_corpus(
        corpus, tmp_path / "w2", steps=STEPS, workers=2, progress=False, batch_size=3
    )
    _frames_equal(one, two)
    names = sorted(p.name for p in (tmp_path / "w1" / "tokens").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "w2" / "tokens").iterdir())


def test_dask_local_cluster_equals_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _copy_good(corpus)
    local = analyze_corpus(corpus, tmp_path / "local", steps=STEPS, progress=False, batch_size=3)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        analyze_corpus(
            corpus,
            tmp_path / "dask",
            steps=STEPS,
            scheduler="dask",
            client=client,
            progress=False,
            batch_size=3,
        )
    _frames_equal(local, tmp_path / "dask")


# ------------------------------------------------------------------------------- the registry
def test_third_party_step_missing_module_and_failing_step(tmp_path):
    def first_word(article, tables):
        return pd.DataFrame({"word": [tables["tokens"]["text"].iloc[0]]})  # no doc_id: added

    def boom(article, tables):
        if "Daraa" in article.text:
            raise RuntimeError("cannot cope with Daraa")
        return pd.DataFrame({"doc_id": [article.id]})

    register_step("first_word", first_word, needs=("tokens",), replace=True)
    register_step("boom", boom, replace=True)
    register_step("ghost", module="toolkit.no_such_module", replace=True)
    register_step("after_ghost", lambda a, t: t["ghost"], needs=("ghost",), replace=True)
    try:
        steps, skipped = resolve_steps(["first_word", "boom", "after_ghost"])
        assert [s.name for s in steps] == ["tokens", "first_word", "boom"]
        assert "toolkit.no_such_module" in skipped["ghost"]
        assert "ghost" in skipped["after_ghost"]
        res = analyze_corpus(DATA, steps=["first_word", "boom", "after_ghost"], progress=False)
        # the headline's first word of each article (read from the files)
        assert res.first_word.set_index("doc_id")["word"].to_dict() == {
            "aljazeera-2024-12-07-daraa-handover": "Opposition",
            "bbc-2024-12-09-refugees-turkey-border": "Syrians",
        }
        assert res.boom["doc_id"].tolist() == ["bbc-2024-12-09-refugees-turkey-border"]
        failed = res.errors[res.errors["step"] == "boom"]
        assert failed["doc_id"].tolist() == ["aljazeera-2024-12-07-daraa-handover"]
        assert failed["message"].iloc[0] == "cannot cope with Daraa"
        assert set(res.errors[res.errors["error"] == "StepUnavailable"]["step"]) == {
            "ghost",
            "after_ghost",
        }
        with pytest.raises(AttributeError, match="ghost"):
            _ = res.after_ghost
    finally:
        for n in ("first_word", "boom", "ghost", "after_ghost"):
            unregister_step(n)


def test_analyze_one_article_tables_as_attributes():
    art = load_article(GOOD[2])
    res = analyze(art, steps=["articles", "sentences", "tokens"])
    assert res.articles["outlet"].tolist() == ["Al Jazeera"]
    pd.testing.assert_frame_equal(res.tokens, toolkit.tokens(art))
    for row in res.tokens.itertuples():
        assert art.text[row.start : row.end] == row.text
    html = res._repr_html_()
    assert "tokens" in html and str(len(res.tokens)) in html
    assert toolkit.analyze is analyze


def test_bad_keywords():
    with pytest.raises(ValueError, match="scheduler='threads' is not valid"):
        analyze_corpus(DATA, scheduler="threads", progress=False)
    with pytest.raises(ValueError, match="steps='nope' is not valid"):
        analyze_corpus(DATA, steps=["nope"], progress=False)


# --------------------------------------------------------------- the learned attribution layer
# checked by reading: "a date few engineers believe" is the narrator's comment, not the
# minister's words; the rules keep it, the encoder layer drops it (as in
# tests/test_attribution_encoder.py)
STRIKE = "The minister said the new bridge would open in March, a date few engineers believe."
RULE_CONTENT = "the new bridge would open in March, a date few engineers believe"
ENCODER_CONTENT = "the new bridge would open in March"


def _strike_frame() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "id": "strike",
                "title": "Bridge date",
                "outlet": "Test Gazette",
                "published": "2025-01-15",
                "text": STRIKE,
            }
        ]
    )


def _contents(statements: pd.DataFrame) -> list[str]:
    return statements[statements["kind"] != "narrator"]["text"].tolist()


@pytest.mark.parametrize(
    ("learned", "content"),
    [(True, RULE_CONTENT), (False, RULE_CONTENT), ("encoder", ENCODER_CONTENT)],
)
def test_statements_step_takes_the_learned_layer(learned, content):
    res = analyze_corpus(_strike_frame(), steps=["statements"], progress=False, learned=learned)
    assert _contents(res.statements) == [content]
    assert _contents(
        toolkit.analyze(
            toolkit.Article.from_text(STRIKE, outlet="Test Gazette", published="2025-01-15"),
            steps=["statements"],
            learned=learned,
        ).statements
    ) == [content]


def test_parts_made_with_another_learned_layer_are_not_reused(tmp_path):
    out = analyze_corpus(
        _strike_frame(), tmp_path / "out", steps=["statements"], progress=False, learned=False
    )
    assert _contents(read_table(out, "statements")) == [RULE_CONTENT]
    analyze_corpus(_strike_frame(), out, steps=["statements"], progress=False, learned="encoder")
    assert _contents(read_table(out, "statements")) == [ENCODER_CONTENT]


def test_unknown_learned_layer_is_refused_before_any_work(tmp_path):
    with pytest.raises(ValueError, match="'crf' or 'encoder'"):
        analyze_corpus(_strike_frame(), tmp_path / "out", steps=["statements"], learned="bert")
    assert not (tmp_path / "out").exists()
