import json

import numpy as np
import pytest

from qa.config import Settings
from qa.errors import IndexCorruptError, IndexMissingError, ModelMismatchError
from qa.index import build_index, load_index, read_manifest, save_index, staleness
from qa.retrieval import Retriever


def test_save_load_round_trip(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    loaded = load_index(folder)
    assert [c.to_dict() for c in loaded.chunks] == [c.to_dict() for c in small_index.chunks]
    np.testing.assert_allclose(loaded.vectors, small_index.vectors)
    assert loaded.model == {"name": "fake-ngram", "dim": 64}
    for view in ("char", "word"):
        np.testing.assert_allclose(loaded.lexical.scores("旅游收入", view), small_index.lexical.scores("旅游收入", view))
    manifest = read_manifest(folder)
    assert manifest["chunks"] == len(small_index.chunks)
    assert manifest["settings"]["chunk_sentences"] == 2
    assert manifest["documents"][0]["date"] == "2023-01-10"
    assert {"chunks.jsonl", "dense.faiss"} <= set(manifest["files"])


def test_faiss_matches_brute_force(small_index, fake_embedder):
    q = fake_embedder.embed_query("旅游收入")
    scores, ids = small_index.dense_search(q, 5)
    brute = small_index.vectors @ q
    expected = np.argsort(-brute)[:5]
    np.testing.assert_allclose(scores, brute[expected], rtol=1e-5)
    assert set(ids.tolist()) == set(expected.tolist()) or np.allclose(np.sort(brute[ids]), np.sort(brute[expected]))


def test_model_mismatch_is_a_clear_error(small_index):
    class Other:
        name, dim = "another-model", 64

    with pytest.raises(ModelMismatchError, match="built with embedder 'fake-ngram'.*'another-model'"):
        Retriever(small_index, embedder=Other())


def test_missing_index(tmp_path):
    with pytest.raises(IndexMissingError, match="qa build"):
        load_index(tmp_path / "none")


def test_corrupted_file_is_detected(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    data = folder / read_manifest(folder)["data"]
    chunks = data / "chunks.jsonl"
    chunks.write_bytes(chunks.read_bytes()[:-20])
    with pytest.raises(IndexCorruptError, match="chunks.jsonl is corrupted.*qa build"):
        load_index(folder)


def test_old_format_manifest(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format_version"] = 0
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="format 0"):
        load_index(folder)


def test_resave_keeps_only_the_new_data(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    save_index(small_index, folder)
    assert len(list(folder.glob("data-*"))) == 1
    load_index(folder)


def test_staleness(tmp_path, small_corpus, small_document, fake_embedder):
    settings = Settings(embedder=fake_embedder.name)
    folder = tmp_path / "idx"
    assert staleness(folder, small_corpus, settings) == "no index yet"
    index = build_index([small_document], settings, fake_embedder)
    save_index(index, folder, corpus={"demo-2023.txt": __import__("qa.index").index.sha256_file(small_corpus / "demo-2023.txt")})
    assert staleness(folder, small_corpus, settings) == ""
    assert "chunk_sentences" in staleness(folder, small_corpus, Settings(embedder=fake_embedder.name, chunk_sentences=4))
    (small_corpus / "demo-2023.txt").write_text("2024年政府工作报告\n新内容。", encoding="utf-8")
    assert "corpus changed: demo-2023.txt" == staleness(folder, small_corpus, settings)


def test_rebuild_reuses_vectors_of_unchanged_text(small_document, small_index, fake_embedder):
    calls = []

    class Counting:
        name, dim = fake_embedder.name, fake_embedder.dim

        def embed_passages(self, texts, progress=None):
            calls.append(len(texts))
            return fake_embedder.embed_passages(texts)

    again = build_index([small_document], Settings(embedder=fake_embedder.name, chunk_sentences=2, chunk_overlap=0),
                        Counting(), previous=small_index)
    assert calls == [] and again.manifest["embedded"] == 0
    np.testing.assert_allclose(again.sentence_vectors, small_index.sentence_vectors)
    np.testing.assert_allclose(again.vectors, small_index.vectors)
