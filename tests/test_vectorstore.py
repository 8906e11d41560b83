"""Retrieval and answering read vectors only through the VectorStore interface."""

import numpy as np

from qa.answering import Answerer
from qa.retrieval import Retriever
from qa.vectorstore import FaissVectorStore, VectorStore


class CountingStore:
    """Another vector store: delegates to the FAISS one and counts the calls (no subclassing)."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []
        self.size, self.sentence_size = inner.size, inner.sentence_size

    def search(self, query_vector, k, rows=None):
        self.calls.append("search")
        return self.inner.search(query_vector, k, rows)

    def scores(self, query_vector, rows):
        self.calls.append("scores")
        return self.inner.scores(query_vector, rows)

    def sentence_scores(self, query_vector, rows):
        self.calls.append("sentence_scores")
        return self.inner.sentence_scores(query_vector, rows)


def test_the_faiss_store_implements_the_interface(small_index):
    assert isinstance(small_index.vector_store, FaissVectorStore)
    assert isinstance(small_index.vector_store, VectorStore)


def test_search_and_answers_go_through_the_store(small_index, fake_embedder):
    question = "2022年接待游客多少万人次？"
    expected = Answerer(Retriever(small_index, embedder=fake_embedder)).ask(question)
    store = CountingStore(small_index.vector_store)
    small_index.vector_store = store
    small_index.vectors = small_index.sentence_vectors = None  # nothing may read the matrices directly
    answer = Answerer(Retriever(small_index, embedder=fake_embedder)).ask(question)
    assert answer.answer == expected.answer and answer.citations[0].sentence == expected.citations[0].sentence
    assert {"search", "scores", "sentence_scores"} <= set(store.calls)
    doc_hits = Retriever(small_index, embedder=fake_embedder).search(question, doc="demo-2023.txt").hits
    assert doc_hits and store.calls.count("search") >= 2


def test_restricted_search_matches_brute_force(small_index, fake_embedder):
    q = fake_embedder.embed_query("旅游收入")
    rows = np.arange(0, len(small_index.chunks), 2)
    scores, found = small_index.vector_store.search(q, 3, rows=rows)
    brute = np.asarray(small_index.vectors[rows]) @ q
    assert set(found.tolist()) == set(rows[np.argsort(-brute)[:3]].tolist())
    assert list(scores) == sorted(scores, reverse=True)
