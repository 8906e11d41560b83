"""The scale benchmark: synthetic corpus reproducibility and a 10^3-chunk smoke run (no timing asserts)."""

import json

import pytest

from bench.synthetic import SyntheticCorpus
from qa.chunking import chunk_document

pytestmark = pytest.mark.bench


def test_synthetic_corpus_is_reproducible_and_exact():
    first = SyntheticCorpus(seed=3).documents(700)
    again = SyntheticCorpus(seed=3).documents(700)
    other = SyntheticCorpus(seed=4).documents(700)
    assert [d.text for d in first] == [d.text for d in again]
    assert [d.text for d in first] != [d.text for d in other]
    assert sum(len(chunk_document(d)) for d in first) == 700
    chunks = [c for d in first for c in chunk_document(d)]
    assert {c.period_kind for c in chunks} >= {"review", "plan"}
    assert all(d.date and d.places for d in first)


def test_smoke_run_of_the_benchmark(tmp_path):
    from bench.__main__ import main

    out = tmp_path / "scale"
    results = main(["--sizes", "1000", "--out", str(out), "--embedder", "hashed-ngrams-512", "--repeat", "1",
                    "--queries", "10", "--quiet"])
    assert {p.name for p in out.iterdir()} >= {"results.json", "results.md", "scale.png", "commands.log"}
    saved = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert saved["sizes"][0]["size"] == 1000 == results["largest"]["size"]
    row = saved["sizes"][0]
    build, serve = row["build"], row["serve"]
    assert build["size"] == 1000 and build["index_bytes"] > 0 and build["peak_rss_mb"] > 0
    assert {"chunk", "lexical", "embed", "dense"} <= set(build["step_seconds"])
    assert build["rebuild_unchanged"]["embedded"] == 0  # every vector came from the cache
    assert serve["search_ms"]["n"] == serve["ask_ms"]["n"] == 10
    assert serve["dense"]["kind"] == "flat" and serve["dense"]["recall_at_10"] == 1.0
    assert serve["cold_start"]["total_seconds"] > 0
    assert "| 10^3 |" in (out / "results.md").read_text(encoding="utf-8")
    assert not (out / "index-1000").exists()


@pytest.mark.ui
def test_load_script_drives_a_running_app(report_index, tmp_path):
    """bench.load against the app: every request answered and counted, think time honoured."""
    from bench.load import markdown, run_load
    from conftest import RunningApp

    with RunningApp(report_index, tmp_path / "app.log") as app:
        result = run_load(app.url, users=3, questions=2, timeout=120, think=0.2)
    assert result["ok"] == 6 and result["errors"] == 0 and result["not_run"] == 0, result["error_samples"]
    assert result["think_seconds"] == 0.2 and result["wall_seconds"] >= 0.1  # one pause of ≥ 0.1 s per user
    assert result["latency_ms"]["p50"] > 0
    assert "| 3 | 2 | 0.2 | 6 | 6 | 0 | 0 |" in markdown(result)


def test_load_script_refuses_a_non_loopback_url(capsys):
    from bench.load import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--url", "http://192.0.2.1:7860/", "--users", "1", "--questions", "1"])
    assert exit_info.value.code == 2
    assert "only an app on this machine" in capsys.readouterr().err
