"""Sentence facts stored in the index (qa/index/factstore.py): built with the index, round-tripped
through save/load, kept consistent by add/remove, and an index without them still loads."""

from __future__ import annotations

import json
import shutil

import pytest

from qa.config import Settings
from qa.facts import extract, facts_from_record, facts_to_record
from qa.index import (FactStore, add_document, build_facts, build_if_stale, load_index, read_manifest,
                      remove_document, save_index, staleness)
from qa.index.storage import write_manifest
from conftest import SMALL_REPORT, FakeEmbedder

SETTINGS = Settings(embedder="fake-ngram")
SECOND_REPORT = SMALL_REPORT.replace("示范市", "样板县").replace("2023", "2024").replace("2022", "2023") \
    .replace("120.5万人次", "88.8万人次").replace("150万人次", "99.9万人次")


def _sentences(index):
    """(doc, start, sentence, period_year, period_kind) of every sentence of every chunk."""
    for chunk in index.chunks:
        for s, e in chunk.sentences:
            yield chunk.doc, chunk.start + s, chunk.text[s:e], chunk.period_year, chunk.period_kind


def _start_of(index, doc, words):
    """Start in ``doc`` of the sentence that says ``words``."""
    return next(start for d, start, sentence, *_ in _sentences(index) if d == doc and words in sentence)


def _assert_facts_match_extraction(index):
    seen = 0
    for doc, start, sentence, year, kind in _sentences(index):
        stored = index.facts_for(doc, start)
        assert stored is not None, (doc, start, sentence)
        assert stored == extract(sentence, year, kind)
        seen += 1
    assert seen and len(index.facts) == len({(d, s) for d, s, *_ in _sentences(index)})


def test_build_stores_the_facts_of_every_sentence(small_index):
    _assert_facts_match_extraction(small_index)
    facts = small_index.facts_for("demo-2023.txt", _start_of(small_index, "demo-2023.txt", "全年接待游客120.5万人次"))
    assert [(f.subject, f.value, f.unit) for f in facts.figures][0] == ("接待游客", 1205000.0, "人次")
    starts = {start for _, start, *_ in _sentences(small_index)}
    assert small_index.facts_for("demo-2023.txt", max(starts) + 1) is None  # not the start of a sentence
    assert small_index.facts_for("other.txt", 0) is None


def test_facts_round_trip_through_save_and_load(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    manifest = read_manifest(folder)
    assert manifest["facts"]["stored"] and manifest["facts"]["sentences"] == len(small_index.facts)
    assert {"facts/records.jsonl", "facts/keys.npy", "facts/offsets.npy", "facts/pairs.npy", "facts/meta.json"} \
        <= set(manifest["files"])
    loaded = load_index(folder)
    assert loaded.facts is not None and loaded.facts._meta is None  # nothing read before the first lookup
    _assert_facts_match_extraction(loaded)
    assert [x[:2] for x in loaded.facts.items()] == [x[:2] for x in small_index.facts.items()]


def test_records_are_compact_and_exact():
    f = extract("完成地区生产总值同比增长8%左右,城镇居民人均可支配收入增加1000元。", 2022, "plan")
    record = facts_to_record(f, f.text)
    assert record[0] == 0  # the sentence itself is read from the chunks
    assert facts_from_record(json.loads(json.dumps(record)), f.text) == f
    assert facts_from_record(facts_to_record(f)) == f
    with pytest.raises(ValueError):
        facts_from_record(record)


def test_a_store_without_chunks_keeps_texts():
    store = build_facts([("a.txt", 0, "新建幼儿园3所。", 2022, "review", -1)])
    assert store.get("a.txt", 0).figures[0].value == 3.0


def test_index_built_before_facts_still_loads_and_is_rebuilt(small_corpus, tmp_path):
    index_dir = tmp_path / "index"
    assert build_if_stale(small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())[0]
    assert staleness(index_dir, small_corpus, SETTINGS) == ""
    # Make it look like an index of the previous version: no facts folder, no "facts" in the manifest.
    manifest = read_manifest(index_dir)
    shutil.rmtree(index_dir / manifest["data"] / "facts")
    manifest.pop("facts")
    manifest["files"] = {k: v for k, v in manifest["files"].items() if not k.startswith("facts/")}
    write_manifest(index_dir, manifest)
    old = load_index(index_dir)
    assert old.facts is None and old.facts_for("demo-2023.txt", 0) is None
    assert "facts" in staleness(index_dir, small_corpus, SETTINGS)
    rebuilt, _ = build_if_stale(small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    assert rebuilt and load_index(index_dir).facts is not None


def test_facts_of_another_extractor_version_are_not_used(small_corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_if_stale(small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    manifest = read_manifest(index_dir)
    meta_path = index_dir / manifest["data"] / "facts" / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["version"] = "0-old"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    manifest["facts"]["version"] = "0-old"
    manifest["files"].pop("facts/meta.json")  # the checksum would (rightly) fail otherwise
    write_manifest(index_dir, manifest)
    index = load_index(index_dir)
    assert isinstance(index.facts, FactStore) and not index.facts.usable
    assert index.facts_for("demo-2023.txt", 0) is None  # the checker extracts again
    assert "extractor" in staleness(index_dir, small_corpus, SETTINGS)


def test_add_and_remove_keep_facts_consistent(small_corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_if_stale(small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    new = tmp_path / "yangban-2024.txt"
    new.write_text(SECOND_REPORT, encoding="utf-8")
    add_document(new, small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    index = load_index(index_dir)
    _assert_facts_match_extraction(index)
    start = _start_of(index, "yangban-2024.txt", "力争全年接待游客99.9万人次")
    facts = index.facts_for("yangban-2024.txt", start)
    assert facts is not None and facts.period_year == 2024 and facts.figures[0].value == 999000.0
    assert {doc for doc, *_ in index.facts.items()} == {"demo-2023.txt", "yangban-2024.txt"}

    remove_document("yangban-2024.txt", small_corpus, index_dir, SETTINGS, embedder=FakeEmbedder())
    index = load_index(index_dir)
    _assert_facts_match_extraction(index)
    assert index.facts_for("yangban-2024.txt", start) is None
    assert {doc for doc, *_ in index.facts.items()} == {"demo-2023.txt"}


def test_unreadable_facts_fall_back_to_extraction(tmp_path, small_index):
    """A process that outlived two rebuilds finds the data folder of its lazily opened facts gone: the
    lookup returns None (callers extract the facts themselves), it does not raise."""
    save_index(small_index, tmp_path / "index")
    index = load_index(tmp_path / "index")
    chunk = index.chunks[0]
    start = chunk.start + chunk.sentences[0][0]
    shutil.rmtree(next((tmp_path / "index").glob("data-*")))
    assert index.facts_for(chunk.doc, start) is None
    assert index.facts is None  # not tried again
