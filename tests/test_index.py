import json

import numpy as np
import pytest

from qa.config import Settings
from qa.errors import IndexCorruptError, IndexMissingError, ModelMismatchError
from qa.index import build_index, load_index, read_manifest, save_index, sha256_file, staleness
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
    assert {"chunks/text.npy", "vectors.npy", "sentences.npy", "lexical/char/data.npy", "terms/codes.npy"} \
        <= set(manifest["files"])
    assert manifest["dense"] == {"kind": "flat"} and manifest["sentence_vectors"] == len(small_index.sentence_vectors)
    np.testing.assert_allclose(loaded.sentence_vectors, small_index.sentence_vectors)
    assert loaded.term_stats.df("旅游") == small_index.term_stats.df("旅游") > 0


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
    chunks = data / "chunks" / "text.npy"
    chunks.write_bytes(chunks.read_bytes()[:-20])
    with pytest.raises(IndexCorruptError, match="text.npy is corrupted.*qa build"):
        load_index(folder)


def test_old_format_manifest(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format_version"] = 0
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="format 0"):
        load_index(folder)


def test_resave_keeps_the_new_data_and_the_one_it_replaced(tmp_path, small_index):
    folder = save_index(small_index, tmp_path / "idx")
    first = json.loads((folder / "manifest.json").read_text())["data"]
    save_index(small_index, folder)
    second = json.loads((folder / "manifest.json").read_text())["data"]
    assert {p.name for p in folder.glob("data-*")} == {first, second}  # a reader may still be opening `first`
    save_index(small_index, folder)
    third = json.loads((folder / "manifest.json").read_text())["data"]
    assert {p.name for p in folder.glob("data-*")} == {second, third}
    load_index(folder)


@pytest.mark.parametrize("rebuilds", [1, 2, 3])
def test_reader_survives_rebuilds_between_manifest_and_data(tmp_path, small_index, monkeypatch, rebuilds):
    """A reader reads the manifest, then rebuilds replace it (and delete data folders) before the
    reader opens the data: it loads the newest index instead of failing (issue 14, item 5)."""
    from qa.chunkstore import ChunkStore

    folder = save_index(small_index, tmp_path / "idx")
    real_load, calls = ChunkStore.load, []

    def load_during_rebuilds(path, *args, **kwargs):
        if not calls:
            for _ in range(rebuilds):
                save_index(small_index, folder)
        calls.append(path)
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(ChunkStore, "load", staticmethod(load_during_rebuilds))
    index = load_index(folder)
    assert index.manifest["data"] == json.loads((folder / "manifest.json").read_text())["data"] or rebuilds == 1
    assert len(index.chunks) == len(small_index.chunks)


def test_readers_never_fail_during_forced_rebuilds(tmp_path, small_index):
    import threading

    folder = save_index(small_index, tmp_path / "idx")
    errors, done = [], threading.Event()

    def rebuild():
        try:
            for _ in range(5):
                save_index(small_index, folder)
        finally:
            done.set()

    writer = threading.Thread(target=rebuild)
    writer.start()
    loads = 0
    while not done.is_set() or loads < 20:
        try:
            load_index(folder)
        except IndexCorruptError as exc:
            errors.append(str(exc))
        loads += 1
    writer.join()
    assert not errors, errors[:3]


def test_staleness(tmp_path, small_corpus, small_document, fake_embedder):
    settings = Settings(embedder=fake_embedder.name)
    folder = tmp_path / "idx"
    assert staleness(folder, small_corpus, settings) == "no index yet"
    index = build_index([small_document], settings, fake_embedder)
    save_index(index, folder, corpus={"demo-2023.txt": sha256_file(small_corpus / "demo-2023.txt")})
    assert staleness(folder, small_corpus, settings) == ""
    assert "chunk_sentences" in staleness(folder, small_corpus, Settings(embedder=fake_embedder.name, chunk_sentences=4))
    (small_corpus / "demo-2023.txt").write_text("2024年政府工作报告\n新内容。", encoding="utf-8")
    assert "corpus changed: demo-2023.txt" == staleness(folder, small_corpus, settings)


def test_an_index_without_publication_dates_is_stale(tmp_path, small_corpus, small_document, fake_embedder):
    import json
    settings = Settings(embedder=fake_embedder.name)
    folder = tmp_path / "idx"
    index = build_index([small_document], settings, fake_embedder)
    save_index(index, folder, corpus={"demo-2023.txt": sha256_file(small_corpus / "demo-2023.txt")})
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for record in manifest["documents"]:
        del record["published"]  # as an earlier version built it
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    assert "publication dates" in staleness(folder, small_corpus, settings)


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


def test_chunk_store_round_trip(tmp_path, small_index):
    from qa.chunkstore import ChunkStore

    store = small_index.chunks
    store.save(tmp_path / "chunks")
    for mmap in (True, False):
        loaded = ChunkStore.load(tmp_path / "chunks", mmap=mmap)
        assert [c.to_dict() for c in loaded] == [c.to_dict() for c in store]
        assert loaded[-1].to_dict() == store[len(store) - 1].to_dict() and len(loaded[1:3]) == 2
        assert loaded.texts(1, 3) == [store[1].text, store[2].text]
    with pytest.raises(IndexError):
        store[len(store)]


def test_large_index_format_round_trip(tmp_path, small_document, fake_embedder):
    """Above the size limits: no sentence vectors, an IVF index; both survive save and load."""
    from bench.synthetic import SyntheticCorpus

    settings = Settings(embedder=fake_embedder.name, sentence_vectors_max_chunks=100, exact_search_max=1000)
    documents = SyntheticCorpus(seed=1).documents(1500) + [small_document]
    index = build_index(documents, settings, fake_embedder)
    assert index.sentence_vectors is None and index.dense.kind == "ivf"
    folder = save_index(index, tmp_path / "idx")
    manifest = read_manifest(folder)
    assert manifest["sentence_vectors"] == 0 and manifest["dense"]["kind"] == "ivf"
    assert "dense.faiss" in manifest["files"] and "sentences.npy" not in manifest["files"]
    loaded = load_index(folder)
    assert loaded.dense.kind == "ivf" and loaded.dense.params["nprobe"] == index.dense.params["nprobe"]
    assert loaded.sentence_row("demo-2023.txt", 0) is None
    q = fake_embedder.embed_query("旅游收入")
    np.testing.assert_array_equal(loaded.dense_search(q, 10)[1], index.dense_search(q, 10)[1])
    retriever = Retriever(loaded, settings, embedder=fake_embedder)
    hits = retriever.search("示范市2022年全年接待游客多少人次", top_k=3, doc="demo-2023.txt").hits
    assert "120.5万人次" in hits[0].chunk.text


def test_verification_is_size_only_above_the_limit(tmp_path, small_index, monkeypatch):
    import qa.index.storage as ix

    folder = save_index(small_index, tmp_path / "idx")
    data = folder / read_manifest(folder)["data"]
    target = data / "vectors.npy"
    raw = bytearray(target.read_bytes())
    raw[-1] ^= 0xFF  # same size, other content
    target.write_bytes(bytes(raw))
    with pytest.raises(IndexCorruptError, match="vectors.npy is corrupted"):
        load_index(folder)
    monkeypatch.setattr(ix, "VERIFY_FULL_MAX_BYTES", 10)
    load_index(folder)  # sizes only: the flipped byte goes unnoticed, as documented
    with pytest.raises(IndexCorruptError, match="vectors.npy is corrupted"):
        load_index(folder, verify=True)


def test_identical_texts_are_embedded_once(small_document, fake_embedder):
    calls = []

    class Counting:
        name, dim = fake_embedder.name, fake_embedder.dim

        def embed_passages(self, texts, progress=None):
            calls.append(list(texts))
            return fake_embedder.embed_passages(texts, progress)

    twin = type(small_document)(doc="twin.txt", text=small_document.text, title=small_document.title,
                                date=small_document.date)
    index = build_index([small_document, twin], Settings(embedder=fake_embedder.name), Counting())
    embedded = [t for batch in calls for t in batch]
    assert len(embedded) == len(set(embedded)) and index.manifest["reused_vectors"] > 0
    np.testing.assert_array_equal(index.vectors[0], index.vectors[len(index.chunks) // 2])
