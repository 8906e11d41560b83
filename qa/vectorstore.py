"""The vector-store interface retrieval and answering search through, and its FAISS implementation.

A vector store holds one vector per chunk (rows in chunk order) and, optionally, one per unique
sentence (rows as ``Index.pair_rows()`` / ``Index.sentence_row`` number them). Retrieval and
answering only call the methods of ``VectorStore``; another store (a server, a compressed index)
is put behind them by implementing it and passing it as ``Index(vector_store=...)``
(docs/architecture.md, "Adding a vector store"). Vectors are L2-normalized: scores are cosines.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from .dense import DenseIndex


@runtime_checkable
class VectorStore(Protocol):
    size: int  # number of chunk vectors
    sentence_size: int  # number of sentence vectors (0: none stored)

    def search(self, query_vector: np.ndarray, k: int,
               rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores, chunk rows) of the k chunks nearest to ``query_vector``, best first; only among
        ``rows`` when given."""
        ...

    def scores(self, query_vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The score of each chunk of ``rows`` (float32, in that order)."""
        ...

    def sentence_scores(self, query_vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The score of each sentence of ``rows`` (float32, in that order)."""
        ...


class FaissVectorStore:
    """Chunk vectors searched by ``dense.DenseIndex`` (exact FAISS, or IVF at scale) and an optional
    sentence-vector matrix; both may be memory-mapped.

    >>> v = np.eye(3, dtype=np.float32)
    >>> store = FaissVectorStore(DenseIndex(v), sentence_vectors=v[:2])
    >>> scores, rows = store.search(v[2], 1); rows.tolist(), store.scores(v[1], np.array([0, 1])).tolist()
    ([2], [0.0, 1.0])
    >>> store.search(v[2], 1, rows=np.array([0, 1]))[1].tolist(), store.sentence_scores(v[0], np.array([0])).tolist()
    ([0], [1.0])
    """

    def __init__(self, dense: DenseIndex, sentence_vectors: np.ndarray | None = None):
        self.dense = dense
        self.vectors = dense.vectors
        self.sentence_vectors = sentence_vectors
        self.size = len(self.vectors)
        self.sentence_size = 0 if sentence_vectors is None else len(sentence_vectors)

    def search(self, query_vector, k, rows=None):
        if rows is None:
            k = min(k, self.size)
            if k == 0:
                return np.zeros(0, np.float32), np.zeros(0, np.int64)
            return self.dense.search(query_vector, k)
        rows = np.asarray(rows, np.int64)
        k = min(k, len(rows))
        if k == 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        scores = self.scores(query_vector, rows)
        top = np.argpartition(-scores, k - 1)[:k] if k < len(rows) else np.arange(len(rows))
        top = top[np.argsort(-scores[top], kind="stable")]
        return scores[top], rows[top]

    def scores(self, query_vector, rows):
        if not len(rows):
            return np.zeros(0, np.float32)
        return np.asarray(self.vectors[rows], np.float32) @ query_vector

    def sentence_scores(self, query_vector, rows):
        if self.sentence_vectors is None:
            raise ValueError("this index stores no sentence vectors (Settings.sentence_vectors_max_chunks)")
        if not len(rows):
            return np.zeros(0, np.float32)
        return np.asarray(self.sentence_vectors[rows], np.float32) @ query_vector
