"""The ``newskit`` command line, end to end on the bundled corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from toolkit.cli import main, timelinejs
from toolkit.pipeline import read_table

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
COMMANDS = ["analyze", "report", "doctor", "export", "notebooks"]


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "tables"
    assert main(["analyze", str(CORPUS), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command, capsys):
    argv = ["--help"] if command is None else [command, "--help"]
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newskit")
    assert "--quiet" in out


def test_analyze_writes_every_table_of_the_corpus(tables, capsys):
    articles = read_table(tables, "articles")
    # the four bundled articles (corpus/*.txt), each with its outlet from the .json beside it
    assert articles.set_index("doc_id")["outlet"].to_dict() == {
        "ap-2024-12-08-damascus-celebrations": "Associated Press (syndicated by LatestLY)",
        "i24news-2024-11-29-rebels-enter-aleppo": "i24NEWS",
        "skynews-2024-12-06-syrian-rebels-close-in-on-homs": "Sky News",
        "trtworld-2024-12-10-bashir-caretaker-pm": "TRT World",
    }
    manifest = json.loads((tables / "_manifest.json").read_text())
    for name in [*manifest["steps"], "errors"]:
        assert list((tables / name).glob("part-*.parquet")), name
    tokens = read_table(tables, "tokens")
    assert set(tokens["doc_id"]) == set(articles["doc_id"])
    # a second run analyses nothing again and says the same
    assert main(["analyze", str(CORPUS), "--out", str(tables)]) == 0
    assert "4 articles analysed" in capsys.readouterr().out


def test_report_is_self_contained(tables, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", str(tables), "--out", str(out)]) == 0
    assert "report written" in capsys.readouterr().out
    index = (out / "index.html").read_text("utf-8")
    assert "Sky News" in index and "TRT World" in index
    assert "input class='filter'" in index and "<script>" in index
    pages = sorted(p.stem for p in (out / "articles").glob("*.html"))
    assert pages == sorted(read_table(tables, "articles")["doc_id"])
    page = (out / "articles" / "skynews-2024-12-06-syrian-rebels-close-in-on-homs.html").read_text()
    # the headline of the Sky News article (corpus/skynews-...txt, first line) is in the text view
    assert "Syrian rebels close in on central city as thousands flee lightning advance" in page
    for html in (index, page):
        # nothing loaded from elsewhere: no external scripts, styles or images
        assert not re.search(r"<(script|img|link)[^>]+(src|href)=['\"]https?:", html)
        for src in re.findall(r"<img[^>]+src='([^']+)'", html):
            assert src.startswith("data:image/png;base64,")


def test_export_csv_parquet_timelinejs(tables, tmp_path):
    assert (
        main(["export", str(tables), "--format", "csv", "--out", str(tmp_path / "csv"), "-q"]) == 0
    )
    csv = pd.read_csv(tmp_path / "csv" / "articles.csv")
    assert len(csv) == 4
    assert (
        main(["export", str(tables), "--format", "parquet", "--out", str(tmp_path / "pq"), "-q"])
        == 0
    )
    pq = pd.read_parquet(tmp_path / "pq" / "tokens.parquet")
    pd.testing.assert_frame_equal(pq, read_table(tables, "tokens"))
    target = tmp_path / "tl" / "timeline.json"
    assert main(["export", str(tables), "--format", "timelinejs", "--out", str(target), "-q"]) == 0
    doc = json.loads(target.read_text("utf-8"))
    assert doc["events"], "no event in the TimelineJS file"
    for ev in doc["events"]:
        assert set(ev["start_date"]) == {"year", "month", "day"}


def test_timelinejs_from_articles_when_no_events():
    arts = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "title": ["Rebels take Hama", "No date here"],
            "outlet": ["AP", "BBC"],
            "published": ["2024-12-05", None],
        }
    )
    doc = timelinejs(None, arts)
    assert [e["text"]["headline"] for e in doc["events"]] == ["Rebels take Hama"]
    assert doc["events"][0]["start_date"] == {"year": "2024", "month": "12", "day": "5"}


def test_doctor_lists_steps_and_versions(capsys):
    assert main(["doctor", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    steps = {s["name"]: s for s in info["steps"]}
    assert steps["tokens"]["available"] is True
    assert {"articles", "blocks", "sentences", "tokens", "mentions", "events"} <= set(steps)
    assert info["packages"]["pandas"] == pd.__version__
    assert main(["doctor"]) == 0
    assert "Steps:" in capsys.readouterr().out


def test_errors_go_to_stderr_with_non_zero_exit(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "newskit: error:" in captured.err and "missing: no such file or folder" in captured.err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["analyze", str(CORPUS), "--out", str(blocker / "sub"), "-q"]) == 1
    assert "cannot create the output folder" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "--format", "csv", "--out", str(tmp_path / "x")]) == 1
    assert "_manifest.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["export", str(tmp_path), "--format", "xml", "--out", "x"])
    assert exc.value.code == 2


def test_quiet_prints_nothing(tmp_path, capsys):
    assert (
        main(["analyze", str(CORPUS), "--out", str(tmp_path / "o"), "--steps", "articles", "-q"])
        == 0
    )
    assert capsys.readouterr().out == ""


def test_learned_layer_option(tmp_path, capsys):
    out = tmp_path / "o"
    argv = ["analyze", str(CORPUS), "--out", str(out), "--steps", "statements", "-q"]
    assert main([*argv, "--learned", "rules"]) == 0
    methods = read_table(out, "statements")["method"]
    assert len(methods) > 20 and not methods.str.startswith("learned").any()
    assert main([*argv, "--learned", "encoder"]) == 0  # the parts of the rules run are redone
    methods = read_table(out, "statements")["method"]
    assert methods.str.contains("learned").any()
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--learned", "bert"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_console_entry_point_exit_codes(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "toolkit.cli",
            "analyze",
            str(tmp_path / "nope"),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stdout == ""
    assert "nope: no such file or folder" in run.stderr
    run = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and run.stdout.startswith("newskit ")


def test_notebooks_command(tmp_path, capsys):
    # executing notebooks is covered by tests/test_notebooks.py (a kernel start costs a minute on
    # a loaded machine); here: the command's own handling of folders
    empty = tmp_path / "nbs"
    empty.mkdir()
    assert main(["notebooks", str(empty), "--out", str(tmp_path / "html")]) == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "html").is_dir()
    assert main(["notebooks", str(tmp_path / "none"), "--out", str(tmp_path / "h2")]) == 1
    assert "none: no such folder" in capsys.readouterr().err


def test_analyze_on_a_dask_scheduler_address(tables, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask"
        steps = ["articles", "sentences", "tokens"]
        argv = ["analyze", str(CORPUS), "--out", str(out), "--dask", cluster.scheduler_address]
        assert main([*argv, "--steps", *steps, "-q"]) == 0
    for name in steps:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(tables, name), obj=name)
