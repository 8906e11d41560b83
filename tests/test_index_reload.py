"""A running app notices a new index (issue 14, item C): after ``qa add`` or ``qa build`` by another
process, the next question is answered from the new index (qa.service.get_engine compares the
manifest's stat with the one it loaded), in the app process and in its answer worker."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from qa import service
from qa.config import Settings
from qa.index import add_document, build_if_stale
from qa.index.maintenance import manifest_stamp
from conftest import ROOT, SMALL_REPORT, RunningApp, browser_page

HASHED = Settings(embedder="hashed-ngrams-64")
SECOND_REPORT = SMALL_REPORT.replace("示范市", "样板县").replace("2023", "2024").replace("2022", "2023") \
    .replace("120.5万人次", "88.8万人次").replace("150万人次", "99.9万人次")
QUESTION = "样板县2024年力争接待游客多少人次？"


@pytest.fixture
def one_report(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_EMBEDDER", HASHED.embedder)
    index_dir = tmp_path / "reload-index"
    assert build_if_stale(small_corpus, index_dir, HASHED)[0]
    second = tmp_path / "yangban-2024.txt"
    second.write_text(SECOND_REPORT, encoding="utf-8")
    return small_corpus, index_dir, second


def test_manifest_stamp_changes_with_every_save(one_report):
    corpus, index_dir, second = one_report
    before = manifest_stamp(index_dir)
    assert before is not None and manifest_stamp(index_dir) == before
    add_document(second, corpus, index_dir, HASHED)
    assert manifest_stamp(index_dir) != before
    assert manifest_stamp(index_dir.parent / "nowhere") is None


def test_get_engine_answers_from_an_index_saved_by_another_writer(one_report, capsys):
    corpus, index_dir, second = one_report
    engine = service.get_engine(index_dir)
    assert service.get_engine(index_dir) is engine  # nothing changed: the same engine, no reload
    assert "99.9万人次" not in engine.ask(QUESTION).answer
    add_document(second, corpus, index_dir, HASHED)
    fresh = service.get_engine(index_dir)
    assert fresh is not engine and [d["doc"] for d in fresh.documents] == ["demo-2023.txt", "yangban-2024.txt"]
    assert "99.9万人次" in fresh.ask(QUESTION).answer
    assert "saved again: answering from the new index" in capsys.readouterr().err
    assert service.get_engine(index_dir) is fresh


def test_an_unloadable_new_index_keeps_the_old_engine_with_one_warning(one_report, capsys):
    corpus, index_dir, _ = one_report
    engine = service.get_engine(index_dir)
    (index_dir / "manifest.json").write_text('{"format_version": 3}', encoding="utf-8")  # a broken save
    assert service.get_engine(index_dir) is engine and service.get_engine(index_dir) is engine
    warnings = [line for line in capsys.readouterr().err.splitlines() if "cannot be loaded" in line]
    assert len(warnings) == 1 and "answering from the index loaded before" in warnings[0]
    assert build_if_stale(corpus, index_dir, HASHED)[0]  # repaired: the next call loads it
    assert service.get_engine(index_dir) is not engine


@pytest.mark.ui
def test_running_app_answers_from_a_report_added_by_qa_add(one_report, tmp_path):
    from gradio_client import Client

    corpus, index_dir, second = one_report
    env = {"QA_EMBEDDER": HASHED.embedder}
    with RunningApp(index_dir, tmp_path / "app.log", "--corpus", str(corpus), env=env) as app:
        client = Client(app.url, verbose=False)
        assert "99.9万人次" not in client.predict(QUESTION, [], api_name="/chat")
        added = subprocess.run([sys.executable, "-m", "qa", "add", str(second), "--corpus", str(corpus),
                                "--index", str(index_dir)], cwd=ROOT, env={**os.environ, **env},
                               capture_output=True, text=True, timeout=120)
        assert added.returncode == 0, added.stderr
        answer = client.predict(QUESTION, [], api_name="/chat")  # answered in the answer worker
        assert "99.9万人次" in answer and "样板县" in answer.split("来源")[1]
        hits = client.predict("样板县人民代表大会", 3, api_name="/search")  # searched in the app process
        assert "yangban-2024.txt" in {h["doc"] for h in hits}
        with browser_page(app.url) as page:  # a page opened now lists both reports
            page.wait_for_function("document.querySelector('#loaded-reports').innerText.includes('样板县')",
                                   timeout=20000)
            assert "示范市" in page.inner_text("#loaded-reports")
        assert "saved again: answering from the new index" in app.log.read_text()
