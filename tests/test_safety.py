"""Index safety: atomic writes survive kill -9, one writer at a time, add/remove without re-embedding."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from qa.answering import Answerer
from qa.config import Settings
from qa.errors import CorpusError, IndexLockedError, IndexWriteError
from qa.index import (add_document, build_if_stale, load_index, read_manifest, remove_document,
                      write_lock)
from qa.retrieval import Retriever
from conftest import ROOT, SMALL_REPORT, FakeEmbedder

SETTINGS = Settings(embedder="fake-ngram")
SECOND_REPORT = SMALL_REPORT.replace("示范市", "样板县").replace("2023", "2024").replace("2022", "2023") \
    .replace("120.5万人次", "88.8万人次").replace("150万人次", "99.9万人次")


def _answer(index_dir, question):
    embedder = FakeEmbedder()
    return Answerer(Retriever(load_index(index_dir), SETTINGS, embedder=embedder)).ask(question)


@pytest.fixture
def built(small_corpus, tmp_path):
    index_dir = tmp_path / "index"
    assert build_if_stale(small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())[0]
    return small_corpus, index_dir


_KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    import qa.index as ix
    import qa.index.storage as storage
    from conftest import FakeEmbedder
    from qa.config import Settings
    stage = {stage!r}
    real_replace, real_fsync = storage.os.replace, storage._fsync_tree
    def slow_replace(a, b):
        if stage == "manifest" and str(b).endswith("manifest.json"):
            print("WRITING", flush=True); time.sleep(60)
        return real_replace(a, b)
    def slow_fsync(folder):  # every data file is written, the folder not yet moved into place
        real_fsync(folder)
        if stage == "data":
            print("WRITING", flush=True); time.sleep(60)
    storage.os.replace, storage._fsync_tree = slow_replace, slow_fsync
    ix.build_if_stale({corpus!r}, {index!r}, Settings(embedder="fake-ngram", chunk_sentences=1, chunk_overlap=0),
                      force=True, embedder=FakeEmbedder())
""")


@pytest.mark.parametrize("stage", ["data", "manifest"])
def test_kill_9_during_build_leaves_the_old_index_answering(built, stage):
    corpus, index_dir = built
    before = _answer(index_dir, "2022年全年接待游客多少人次？")
    assert "120.5万人次" in before.answer
    script = _KILL_SCRIPT.format(tests=str(ROOT / "tests"), stage=stage, corpus=str(corpus), index=str(index_dir))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "WRITING"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    after = _answer(index_dir, "2022年全年接待游客多少人次？")  # the old index, checksums verified
    assert after.answer == before.answer
    assert read_manifest(index_dir)["settings"]["chunk_sentences"] == SETTINGS.chunk_sentences
    # The lock died with the writer, and the next build cleans up what it left behind.
    assert build_if_stale(corpus, index_dir, SETTINGS, force=True, embedder=FakeEmbedder())[0]
    assert not list(index_dir.glob(".data-*.tmp")) and len(list(index_dir.glob("data-*"))) <= 2


def test_second_writer_is_refused(built):
    corpus, index_dir = built
    with write_lock(index_dir):
        with pytest.raises(IndexLockedError, match="is writing the index"):
            build_if_stale(corpus, index_dir, SETTINGS, force=True, embedder=FakeEmbedder())
    assert build_if_stale(corpus, index_dir, SETTINGS, force=True, embedder=FakeEmbedder())[0]


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__()
        self.embedded = 0

    def embed_passages(self, texts, progress=None):
        self.embedded += len(texts)
        return super().embed_passages(texts, progress)


def test_add_and_remove_embed_only_what_changed(built, tmp_path):
    corpus, index_dir = built
    new = tmp_path / "yangban-2024.txt"
    new.write_text(SECOND_REPORT, encoding="utf-8")
    embedder = CountingEmbedder()
    result = add_document(new, corpus, index_dir, SETTINGS, embedder=embedder)
    new_texts = result["chunks"] - result["chunks_before"]
    assert result["doc"] == "yangban-2024.txt" and result["date"] == "2024-01-10"
    assert 0 < embedder.embedded <= 3 * new_texts + new_texts  # chunks + sentences of the new report only
    assert (corpus / "yangban-2024.txt").exists()
    assert {d["doc"] for d in read_manifest(index_dir)["documents"]} == {"demo-2023.txt", "yangban-2024.txt"}

    # Each report's 今年/去年 is its own year; citations name the document.
    answer = _answer(index_dir, "样板县2024年力争接待游客多少人次？")
    assert "99.9万人次" in answer.answer and answer.citations[0].doc == "yangban-2024.txt"
    answer = _answer(index_dir, "示范市2023年力争接待游客多少人次？")
    assert "150万人次" in answer.answer and answer.citations[0].doc == "demo-2023.txt"

    embedder = CountingEmbedder()
    result = remove_document("yangban-2024.txt", corpus, index_dir, SETTINGS, embedder=embedder)
    assert embedder.embedded == 0 and result["rebuilt"]
    assert (corpus / ".removed" / "yangban-2024.txt").exists() and not (corpus / "yangban-2024.txt").exists()
    assert [d["doc"] for d in read_manifest(index_dir)["documents"]] == ["demo-2023.txt"]


def test_add_refuses_bad_files_before_copying(built, tmp_path):
    corpus, index_dir = built
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match="is empty"):
        add_document(bad, corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    assert not (corpus / "empty.txt").exists()
    clash = tmp_path / "demo-2023.txt"
    clash.write_text(SECOND_REPORT, encoding="utf-8")
    with pytest.raises(CorpusError, match="already exists with other content; use --replace"):
        add_document(clash, corpus, index_dir, SETTINGS, embedder=FakeEmbedder())


def test_remove_errors(built):
    corpus, index_dir = built
    with pytest.raises(CorpusError, match="'nope.txt' is not in"):
        remove_document("nope.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    with pytest.raises(CorpusError, match="the only document"):
        remove_document("demo-2023.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    with pytest.raises(CorpusError):
        remove_document("../etc/passwd", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())


# ---------------------------------------------------------------- a read-only index (issue 14, item 3)

def run_read_only(folder, argv, timeout=120):
    """Run ``argv`` with ``folder`` read-only for that process only: as root, in a private mount
    namespace with a read-only bind mount (chmod does not stop root; the mount dies with the process,
    even when the test is killed), else with the write bits removed for the duration."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QA_EMBEDDER": HASHED.embedder}
    folder = str(folder)
    if os.geteuid() == 0:
        if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
            pytest.skip("cannot make a read-only folder here (no mount namespace)")
        wrapped = ["unshare", "-m", "sh", "-c", 'mount --make-rprivate / && mount --bind -o ro "$0" "$0" && exec "$@"',
                   folder, *argv]
        return subprocess.run(wrapped, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    subprocess.run(["chmod", "-R", "a-w", folder], check=True)
    try:
        return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    finally:
        subprocess.run(["chmod", "-R", "u+w", folder], check=True)


HASHED = Settings(embedder="hashed-ngrams-64")


@pytest.fixture
def hashed_built(small_corpus, tmp_path, monkeypatch):
    """An index built with a registered embedder, so the CLI and get_engine can load it (QA_EMBEDDER)."""
    monkeypatch.setenv("QA_EMBEDDER", HASHED.embedder)
    index_dir = tmp_path / "ro-index"
    assert build_if_stale(small_corpus, index_dir, HASHED)[0]
    return small_corpus, index_dir


_READ_ONLY_API = textwrap.dedent("""
    import sys
    from pathlib import Path
    from qa.config import Settings
    from qa.errors import IndexWriteError
    from qa.index import add_document, build_if_stale, load_index, store_calibration
    corpus, index_dir, new = Path({corpus!r}), Path({index!r}), Path({new!r})
    settings = Settings(embedder="hashed-ngrams-64")
    assert build_if_stale(corpus, index_dir, settings) == (False, "index is up to date")
    for write in (lambda: build_if_stale(corpus, index_dir, settings, force=True),
                  lambda: add_document(new, corpus, index_dir, settings),
                  lambda: store_calibration(index_dir, {{"min_support": 0.5}})):
        try:
            write()
            raise SystemExit("a write to a read-only index did not fail")
        except IndexWriteError as exc:
            assert "read-only" in str(exc), exc
    assert not (corpus / new.name).exists()
    assert len(load_index(index_dir).chunks) > 0
    print("OK")
""")


def test_read_only_index_answers_and_refuses_writes_in_one_line(hashed_built, tmp_path):
    corpus, index_dir = hashed_built
    new = tmp_path / "yangban-2024.txt"
    new.write_text(SECOND_REPORT, encoding="utf-8")
    script = _READ_ONLY_API.format(corpus=str(corpus), index=str(index_dir), new=str(new))
    proc = run_read_only(index_dir, [sys.executable, "-c", script])
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", proc.stderr

    def cli(*args):
        return run_read_only(index_dir, [sys.executable, "-m", "qa", *args, "--index", str(index_dir)])

    proc = cli("build", "--quiet", "--corpus", str(corpus))
    assert proc.returncode == 0 and "up to date" in proc.stderr, proc.stderr
    qa_set = tmp_path / "qa.jsonl"
    qa_set.write_text('{"question": "2022年全年接待游客多少人次？", "answers": ["120.5万人次"]}\n', encoding="utf-8")
    for args in (["build", "--quiet", "--force", "--corpus", str(corpus)], ["add", str(new), "--corpus", str(corpus)],
                 ["calibrate", str(qa_set)]):
        proc = cli(*args)
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode == 2 and len(lines) == 1 and "read-only" in lines[0], (args, proc.stderr)
        assert "Traceback" not in proc.stderr
    assert not (corpus / new.name).exists()
    proc = cli("search", "旅游收入", "--json")
    assert proc.returncode == 0, proc.stderr


_READ_ONLY_APP = textwrap.dedent("""
    from pathlib import Path
    from qa import service
    engine = service.get_engine(Path({index!r}), build_if_missing=True, corpus_dir=Path({corpus!r}))
    assert [d["doc"] for d in engine.documents] == ["demo-2023.txt"], engine.documents
    assert engine.search("旅游收入").hits
    print("OK")
""")


def test_app_serves_a_stale_read_only_index_with_a_warning(hashed_built):
    """The app's engine (get_engine with build_if_missing, as app.py starts it) on a stale index it
    cannot write: no rebuild attempt ends in a traceback, the index is served with a one-line warning."""
    corpus, index_dir = hashed_built
    (corpus / "yangban-2024.txt").write_text(SECOND_REPORT, encoding="utf-8")  # the index is now stale
    proc = run_read_only(index_dir, [sys.executable, "-c", _READ_ONLY_APP.format(index=str(index_dir),
                                                                                corpus=str(corpus))])
    assert proc.returncode == 0 and proc.stdout.strip() == "OK", proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if "out of date" in line]
    assert len(warnings) == 1 and "yangban-2024.txt" in warnings[0] and "serving it as it is" in warnings[0]


# ---------------------------------------------------------------- removals are transactions (issue 14, item 4)

_KILL_REMOVE_SCRIPT = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {tests!r})
    import qa.index as ix
    from conftest import FakeEmbedder
    from qa.config import Settings
    stage = {stage!r}
    real_replace = os.replace
    def slow_replace(a, b):
        if (stage == "manifest" and str(b).endswith("manifest.json")) or (stage == "move" and ".removed" in str(b)):
            print("WRITING", flush=True); time.sleep(60)
        return real_replace(a, b)
    os.replace = slow_replace
    ix.remove_document("yangban-2024.txt", {corpus!r}, {index!r}, Settings(embedder="fake-ngram"), embedder=FakeEmbedder())
""")


@pytest.fixture
def two_reports(built, tmp_path):
    corpus, index_dir = built
    new = tmp_path / "yangban-2024.txt"
    new.write_text(SECOND_REPORT, encoding="utf-8")
    add_document(new, corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    return corpus, index_dir


def _listed(index_dir):
    return {d["doc"] for d in read_manifest(index_dir)["documents"]}


@pytest.mark.parametrize("stage", ["manifest", "move"])
def test_kill_9_during_remove_leaves_the_old_or_the_new_state(two_reports, stage):
    corpus, index_dir = two_reports
    script = _KILL_REMOVE_SCRIPT.format(tests=str(ROOT / "tests"), stage=stage, corpus=str(corpus), index=str(index_dir))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "WRITING"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    moved = (corpus / ".removed" / "yangban-2024.txt").exists()
    listed = "yangban-2024.txt" in _listed(index_dir)
    assert not (moved and listed)
    answer = _answer(index_dir, "样板县2024年力争接待游客多少人次？")
    assert listed == any(c.doc == "yangban-2024.txt" for c in answer.citations)
    assert listed == (stage == "manifest")  # killed before the manifest swap: old state; after: new state
    # The next writer finishes (or forgets) the interrupted removal; the index is then current.
    assert build_if_stale(corpus, index_dir, SETTINGS, embedder=FakeEmbedder()) == (False, "index is up to date") \
        or stage == "manifest"
    if stage == "move":
        assert (corpus / ".removed" / "yangban-2024.txt").exists() and not (corpus / "yangban-2024.txt").exists()
        with pytest.raises(CorpusError, match="already removed"):
            remove_document("yangban-2024.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    else:
        remove_document("yangban-2024.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    assert _listed(index_dir) == {"demo-2023.txt"} and not (index_dir / ".removing.json").exists()


def test_remove_ignores_an_unrelated_empty_file_and_a_second_remove_is_clear(two_reports):
    corpus, index_dir = two_reports
    (corpus / "notes.txt").write_bytes(b"")
    result = remove_document("yangban-2024.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    assert result["rebuilt"] and _listed(index_dir) == {"demo-2023.txt"}
    assert (corpus / ".removed" / "yangban-2024.txt").exists() and not (corpus / "yangban-2024.txt").exists()
    answer = _answer(index_dir, "样板县2024年力争接待游客多少人次？")
    assert all(c.doc == "demo-2023.txt" for c in answer.citations)
    with pytest.raises(CorpusError, match=r"yangban-2024\.txt was already removed"):
        remove_document("yangban-2024.txt", corpus, index_dir, SETTINGS, embedder=FakeEmbedder())


# ---------------------------------------------------------------- a full disk (issue 14, item 8)

def _disk_full_on(monkeypatch, target: str):
    """Writing ``target`` (a data file name) fails as on a full disk."""
    import errno

    import numpy as np

    real_save = np.save

    def save(path, *args, **kwargs):
        if str(path).endswith(target):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_save(path, *args, **kwargs)

    monkeypatch.setattr(np, "save", save)


def test_build_on_a_full_disk_is_one_line_and_leaves_no_temporary_folder(built, monkeypatch):
    corpus, index_dir = built
    manifest = read_manifest(index_dir)
    _disk_full_on(monkeypatch, "text_hashes.npy")
    with pytest.raises(IndexWriteError, match="no space left on the disk"):
        build_if_stale(corpus, index_dir, SETTINGS, force=True, embedder=FakeEmbedder())
    assert not list(index_dir.glob(".data-*.tmp"))
    assert read_manifest(index_dir) == manifest and [p.name for p in index_dir.glob("data-*")] == [manifest["data"]]
    assert "120.5万人次" in _answer(index_dir, "2022年全年接待游客多少人次？").answer


@pytest.mark.parametrize("replace", [False, True])
def test_add_on_a_full_disk_leaves_the_corpus_as_it_was(built, tmp_path, monkeypatch, replace):
    corpus, index_dir = built
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    new = tmp_path / ("demo-2023.txt" if replace else "yangban-2024.txt")
    new.write_text(SECOND_REPORT, encoding="utf-8")
    _disk_full_on(monkeypatch, "vectors.npy")
    with pytest.raises(IndexWriteError, match="no space left on the disk"):
        add_document(new, corpus, index_dir, SETTINGS, replace=replace, embedder=FakeEmbedder())
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before  # no copy, no temporary, old file back
    assert not list(index_dir.glob(".data-*.tmp"))
    assert {d["doc"] for d in read_manifest(index_dir)["documents"]} == {"demo-2023.txt"}
