"""An embedder written only against the qa.embedders.Embedder protocol (no base class) builds,
saves, loads and searches an index, by object and by registered name."""

import numpy as np

from qa.config import Settings
from qa.embedders import EMBEDDERS, Embedder, get_embedder, register_embedder
from qa.index import build_if_stale, load_index, read_manifest
from qa.retrieval import Retriever
from qa.service import Engine


class CharCountEmbedder:
    """Counts of each character's code point modulo ``dim``: crude, deterministic, protocol-only."""

    name = "char-count-32"
    dim = 32

    def _vectors(self, texts):
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, text in enumerate(texts):
            for ch in text:
                out[i, ord(ch) % self.dim] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def embed_passages(self, texts, progress=None):
        vectors = self._vectors(list(texts))
        if progress:
            progress(len(vectors))
        return vectors

    def embed_query(self, text):
        return self._vectors([text])[0]


def test_the_protocol_is_complete():
    assert isinstance(CharCountEmbedder(), Embedder)
    assert "progress" in Embedder.embed_passages.__code__.co_varnames


def test_a_protocol_only_embedder_builds_and_searches_an_index(small_corpus, tmp_path):
    embedder, folder, seen = CharCountEmbedder(), tmp_path / "index", []
    settings = Settings(embedder=embedder.name, chunk_sentences=2, chunk_overlap=0)
    rebuilt, _ = build_if_stale(small_corpus, folder, settings, embedder=embedder, progress=seen.append)
    assert rebuilt and sum(seen) > 0
    assert read_manifest(folder)["model"] == {"name": "char-count-32", "dim": 32}
    hits = Retriever(load_index(folder), embedder=embedder).search("旅游收入", top_k=3).hits
    assert hits and any("旅游" in h.chunk.text for h in hits)


def test_a_registered_embedder_is_found_by_name(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(EMBEDDERS, CharCountEmbedder.name, CharCountEmbedder)
    register_embedder(CharCountEmbedder.name, CharCountEmbedder)
    assert isinstance(get_embedder("char-count-32"), CharCountEmbedder)
    folder = tmp_path / "index"
    build_if_stale(small_corpus, folder, Settings(embedder="char-count-32"))
    answer = Engine(folder, warm_up=False).ask("2022年接待游客多少万人次？")
    assert answer.answerable and "120.5" in answer.answer
