"""The Index record: everything a search needs in memory (chunk store, lexical index, vector
store, term statistics, glossary, documents, manifest, stored sentence facts). Building it is
building.py, its on-disk
format storage.py, keeping it current maintenance.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..chunking import Chunk
from ..chunkstore import ChunkStore
from ..dense import DenseIndex
from ..embedders import Embedder
from ..errors import IndexCorruptError, ModelMismatchError
from ..facts import SentenceFacts
from ..lexical import LexicalIndex, TermStats, analyse_texts
from ..vectorstore import FaissVectorStore, VectorStore
from .factstore import FactStore

log = logging.getLogger(__name__)


@dataclass
class Index:
    """Everything a search needs; big arrays are memory-mapped when loaded from disk."""

    chunks: Sequence[Chunk]  # a ChunkStore (a read-only sequence of Chunk)
    vectors: np.ndarray
    lexical: LexicalIndex
    documents: list[dict]
    model: dict
    settings: dict
    manifest: dict = field(default_factory=dict)
    sentence_vectors: np.ndarray | None = None  # one row per unique sentence, see pair_rows()
    glossary: dict = field(default_factory=dict)  # English key -> Chinese corpus words (crosslingual.py)
    term_stats: TermStats | None = None  # sentence frequencies of characters and bigrams (lexical.py)
    dense: DenseIndex | None = None  # how chunk vectors are searched (exact FAISS or IVF)
    vector_store: VectorStore | None = None  # what retrieval and answering search (default: FAISS, vectorstore.py)
    text_hashes: np.ndarray | None = None  # per chunk, the vector cache key of its text
    sentence_hashes: np.ndarray | None = None  # per row of sentence_vectors
    facts: FactStore | None = None  # facts of every sentence, extracted at build time (factstore.py)
    _sentence_rows: dict | None = None
    _pair_rows: np.ndarray | None = None
    _doc_years: dict | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.chunks, ChunkStore):
            self.chunks = ChunkStore.from_chunks(self.chunks)
        if self.dense is None:
            self.dense = DenseIndex(self.vectors, "flat", {})
        if self.vector_store is None:
            self.vector_store = FaissVectorStore(self.dense, self.sentence_vectors)
        if self.facts is not None:
            self.facts.bind(self.store)

    @property
    def store(self) -> ChunkStore:
        return self.chunks  # type: ignore[return-value]

    @property
    def has_sentence_vectors(self) -> bool:
        return self.sentence_vectors is not None and len(self.sentence_vectors) > 0

    def pair_rows(self) -> np.ndarray:
        """Row in ``sentence_vectors`` of every (chunk, sentence) pair, aligned with the store's
        ``sent_bounds`` (computed once)."""
        if self._pair_rows is None:
            self._pair_rows = self.store.unique_sentences()[0]
        return self._pair_rows

    def sentence_row(self, doc: str, start: int) -> int | None:
        """Row in ``sentence_vectors`` of the sentence of ``doc`` starting at ``start`` (None when
        sentence vectors are not stored)."""
        if not self.has_sentence_vectors:
            return None
        if self._sentence_rows is None:
            store, rows = self.store, self.pair_rows()
            chunk_of = np.repeat(np.arange(len(store)), np.diff(store.sent_offsets))
            starts = store.starts[chunk_of] + store.sent_bounds[:, 0]
            docs = [store.docs[c] for c in store.doc_codes[chunk_of].tolist()]
            self._sentence_rows = dict(zip(zip(docs, starts.tolist()), rows.tolist()))
        return self._sentence_rows.get((doc, start))

    def facts_for(self, doc: str, start: int) -> SentenceFacts | None:
        """The stored facts (qa/facts.py) of the sentence of ``doc`` starting at ``start``; None when
        the index stores none for it (built before facts were stored, or by another version of the
        extractor): the caller extracts them then."""
        if self.facts is None:
            return None
        try:
            return self.facts.get(doc, start) if self.facts.usable else None
        except (OSError, ValueError, IndexCorruptError) as exc:
            # The facts are opened lazily; a process that outlived two rebuilds finds its data folder gone.
            # Answers and checks then extract the facts themselves (the same result, a little slower).
            log.warning("stored sentence facts unreadable (%s); extracting them instead", exc)
            self.facts = None
            return None

    @property
    def faiss(self):
        """The FAISS index used for approximate search (None when search is exact)."""
        return self.dense.ivf

    @property
    def doc_years(self) -> dict[str, int | None]:
        if self._doc_years is None:
            self._doc_years = {d["doc"]: (int(d["date"][:4]) if d.get("date") else None) for d in self.documents}
        return self._doc_years

    def dense_search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, chunk positions) of the k nearest chunks: ``vector_store.search``."""
        return self.vector_store.search(query_vector, k)

    def check_model(self, embedder: Embedder) -> None:
        """Raise ModelMismatchError unless ``embedder`` is the model that built this index."""
        if embedder.name != self.model.get("name") or embedder.dim != self.model.get("dim"):
            raise ModelMismatchError(
                f"the index was built with embedder {self.model.get('name')!r} ({self.model.get('dim')}-d) "
                f"but {embedder.name!r} ({embedder.dim}-d) was asked for; search with "
                f"--embedder {self.model.get('name')} or rebuild with `qa build --embedder {embedder.name}`"
            )


def sentence_term_stats(store: ChunkStore) -> TermStats:
    """Character and bigram sentence frequencies of a chunk store (what build_index stores)."""
    first = store.unique_sentences()[1]
    n = len(first)
    return TermStats.from_analysis(analyse_texts(lambda lo, hi: store.pair_texts(first[lo:hi]), n, stats_texts=n))
