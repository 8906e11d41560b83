"""Building an index: chunk the documents (instruction-like sentences left out and recorded as
``flagged``, injection.py), analyse every unique sentence once for the lexical
side and extract its facts (factstore.py), embed chunks and sentences (reusing the vectors of
unchanged texts), build the dense index.

Identical texts within a build are embedded once; vectors of texts the previous index already had
come from its vector cache (storage.py), so rebuilding unchanged text costs nothing.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Callable, Iterable, Sequence

import numpy as np

from ..chunking import chunk_document
from ..chunkstore import ChunkStore, ChunkStoreBuilder
from ..config import Settings
from ..corpus import Document
from ..crosslingual import build_glossary
from ..dense import DenseIndex
from ..embedders import Embedder
from ..injection import screen, version as screen_version
from ..lexical import LexicalIndex, TermStats, analyse_texts
from .factstore import FactStore, build_facts, index_sentences
from .record import Index
from .storage import VectorCache, text_hashes, vector_cache

EMBED_BATCH = 16_384  # texts read, hashed and looked up per step of a build
TUNING_QUERIES = 200  # question-like texts embedded to tune an approximate index (dense.py)
# Sentence facts (qa/facts.py, about 1 ms a sentence with jieba tagging) are stored up to this many
# unique sentences (a few minutes of a build); above, the claim checker extracts them when it needs them.
FACTS_MAX_SENTENCES = 200_000


class _Clock:
    """Wall time of the named steps of a build (reported in the manifest and by the benchmark)."""

    def __init__(self, out: dict | None):
        self.out = out if out is not None else {}
        self._t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.out[name] = round(self.out.get(name, 0.0) + now - self._t, 3)
        self._t = now


def build_index(documents: Iterable[Document], settings: Settings, embedder: Embedder,
                previous: Index | None = None, progress: Callable[[int], None] | None = None,
                on_total: Callable[[int], None] | None = None, timings: dict | None = None) -> Index:
    """Chunk, tokenize, embed (reusing ``previous`` vectors of identical texts) and index ``documents``.

    ``on_total(n)`` is called with the number of texts to embed before embedding starts and
    ``progress(k)`` after every k of them; ``timings`` (if given) receives the seconds of each step
    (chunk, lexical, embed, dense).
    """
    clock = _Clock(timings)
    builder, records = ChunkStoreBuilder(), []
    for document in documents:
        text, flags = screen(document.text)  # planted instructions are never indexed as answer text
        if flags:
            document = dataclasses.replace(document, text=text)
        chunks = chunk_document(document, settings.chunk_sentences, settings.chunk_overlap, settings.max_chunk_chars)
        builder.add(chunks)
        records.append(_document_record(document, len(chunks), flags))
    store = builder.build()
    del builder
    clock.lap("chunk")

    # Lexical side: every unique sentence tokenized once; a chunk is the sum of its sentences.
    pair_rows, first_pairs = store.unique_sentences()
    n_sentences = len(first_pairs)
    uncovered = _uncovered_chunks(store)
    doc_pieces, doc_piece_offsets = _chunk_pieces(store, pair_rows, uncovered, n_sentences)

    def piece_texts(lo: int, hi: int) -> list[str]:
        texts = store.pair_texts(first_pairs[lo:min(hi, n_sentences)]) if lo < n_sentences else []
        if hi > n_sentences:
            texts += [store.text(c) for c in uncovered[max(0, lo - n_sentences):hi - n_sentences]]
        return texts

    analysis = analyse_texts(piece_texts, n_sentences + len(uncovered), stats_texts=n_sentences)
    lexical = LexicalIndex.from_analysis(analysis, doc_pieces, doc_piece_offsets)
    term_stats = TermStats.from_analysis(analysis)
    del analysis, doc_pieces
    clock.lap("lexical")

    facts: FactStore | None = None
    if n_sentences <= FACTS_MAX_SENTENCES:
        facts = build_facts(index_sentences(store)(), store)
    clock.lap("facts")

    # Dense side.
    keep_sentences = len(store) <= settings.sentence_vectors_max_chunks
    total = len(store) + (n_sentences if keep_sentences else 0)
    if on_total:
        on_total(total)
    cache = None
    if previous is not None and previous.model.get("name") == embedder.name and previous.model.get("dim") == embedder.dim:
        cache = vector_cache(previous)
    seen: dict[int, tuple[np.ndarray, int]] = {}
    vectors, hashes, reused = _embed_all(store.texts, len(store), embedder, cache, seen, progress)
    sentence_vectors = sentence_hashes = None
    if keep_sentences:
        sentence_vectors, sentence_hashes, reused_s = _embed_all(
            lambda lo, hi: store.pair_texts(first_pairs[lo:hi]), n_sentences, embedder, cache, seen, progress)
        reused += reused_s
    del seen
    clock.lap("embed")

    dense = DenseIndex.build(vectors, settings.exact_search_max,
                             _tuning_queries(store, embedder) if len(store) > settings.exact_search_max else None)
    clock.lap("dense")
    glossary = build_glossary(lexical.vocabulary("word"))
    clock.lap("glossary")
    index = Index(
        chunks=store, vectors=vectors, sentence_vectors=sentence_vectors, glossary=glossary, lexical=lexical,
        documents=records, model={"name": embedder.name, "dim": embedder.dim}, settings=settings.to_dict(),
        manifest={"reused_vectors": reused, "embedded": total - reused, "seconds": clock.out,
                  "screen": screen_version()},
        term_stats=term_stats, dense=dense, text_hashes=hashes, sentence_hashes=sentence_hashes, facts=facts,
    )
    index._pair_rows = pair_rows
    return index


def _uncovered_chunks(store: ChunkStore) -> np.ndarray:
    """Chunks whose text is not its sentences joined by whitespace (none from chunk_document):
    their tokens are taken from the whole text instead of from their sentences."""
    counts = np.diff(store.sent_offsets)
    bounds, offsets = store.sent_bounds, store.sent_offsets
    suspect = counts == 0
    has = np.flatnonzero(counts > 0)
    lengths = (store._a["end"] - store._a["start"])
    suspect[has] |= bounds[offsets[has], 0] > 0
    suspect[has] |= bounds[offsets[has + 1] - 1, 1] != lengths[has]
    if len(bounds) > 1:
        same = np.ones(len(bounds) - 1, bool)
        last = offsets[1:-1] - 1  # the last pair of a chunk and the next pair belong to different chunks
        same[last[(last >= 0) & (last < len(same))]] = False
        gap = same & (bounds[1:, 0] != bounds[:-1, 1])
        chunk_of = np.searchsorted(offsets, np.flatnonzero(gap), side="right") - 1
        suspect[chunk_of] = True
    out = []
    for c in np.flatnonzero(suspect).tolist():
        if counts[c] == 0:
            out.append(c)
            continue
        text = store.text(c)
        b = bounds[offsets[c]:offsets[c + 1]].tolist()
        edges = [0] + [x for s, e in b for x in (s, e)] + [len(text)]
        gaps_ok = all(not text[edges[i]:edges[i + 1]].strip() and edges[i] <= edges[i + 1]
                      for i in range(0, len(edges), 2))
        if not gaps_ok:
            out.append(c)
    return np.asarray(out, dtype=np.int64)


def _chunk_pieces(store: ChunkStore, pair_rows: np.ndarray, uncovered: np.ndarray,
                  n_sentences: int) -> tuple[np.ndarray, np.ndarray]:
    """(pieces of every chunk, offsets): its unique-sentence rows, or its own whole-text piece."""
    counts = np.diff(store.sent_offsets).astype(np.int64)
    if not len(uncovered):
        return pair_rows.astype(np.int64), np.asarray(store.sent_offsets, dtype=np.int64)
    own = np.zeros(len(store), bool)
    own[uncovered] = True
    pieces_per = np.where(own, 1, counts)
    offsets = np.zeros(len(store) + 1, dtype=np.int64)
    np.cumsum(pieces_per, out=offsets[1:])
    pieces = np.empty(int(offsets[-1]), dtype=np.int64)
    pair_chunk = np.repeat(np.arange(len(store)), counts)
    keep = ~own[pair_chunk]
    # covered chunks keep their pair rows, in order
    dest = offsets[pair_chunk[keep]] + (np.arange(len(pair_rows))[keep] - store.sent_offsets[pair_chunk[keep]])
    pieces[dest] = pair_rows[keep]
    pieces[offsets[uncovered]] = n_sentences + np.arange(len(uncovered))
    return pieces, offsets


def _embed_all(get_texts: Callable[[int, int], list[str]], n: int, embedder: Embedder, cache: VectorCache | None,
               seen: dict, progress: Callable[[int], None] | None) -> tuple[np.ndarray, np.ndarray, int]:
    """Vectors and hashes of texts 0..n-1, embedding in batches only the texts neither ``cache`` nor
    this build (``seen``: hash -> (array, row)) has a vector for. Returns (vectors, hashes, reused)."""
    vectors = np.zeros((n, embedder.dim), dtype=np.float32)
    hashes = np.zeros(n, dtype=np.uint64)
    reused = 0
    # An embedder may take more texts per call (ray_build.RayEmbedder: each call starts its workers).
    step = max(EMBED_BATCH, int(getattr(embedder, "texts_per_call", 0) or 0))
    for lo in range(0, n, step):
        texts = get_texts(lo, min(n, lo + step))
        h = text_hashes(texts)
        hashes[lo:lo + len(texts)] = h
        known = cache.lookup(h) if cache is not None else np.full(len(h), -1, np.int64)
        hit = np.flatnonzero(known >= 0)
        if len(hit):
            vectors[lo + hit] = cache.vectors(known[hit])
        todo, first, from_build = [], {}, 0
        for i in np.flatnonzero(known < 0).tolist():
            key = int(h[i])
            if key in seen:
                array, row = seen[key]
                vectors[lo + i] = array[row]
                from_build += 1
            elif key in first:
                first[key].append(i)
            else:
                first[key] = [i]
                todo.append(i)
        duplicates = sum(len(v) - 1 for v in first.values())
        done = len(hit) + from_build + duplicates
        reused += done
        if progress and done:
            progress(done)
        if todo:
            embedded = embedder.embed_passages([texts[i] for i in todo], progress=progress)
            for i, vector in zip(todo, embedded):
                for j in first[int(h[i])]:
                    vectors[lo + j] = vector
                seen[int(h[i])] = (vectors, lo + i)
    return vectors, hashes, reused


def _tuning_queries(store: ChunkStore, embedder: Embedder) -> np.ndarray:
    """Vectors of question-like queries to tune approximate search: a fixed random sample of
    8-24-character windows of chunk texts (whole sentences are easier than questions)."""
    rng = np.random.default_rng(0)
    texts = []
    for c in np.sort(rng.choice(len(store), size=min(TUNING_QUERIES, len(store)), replace=False)).tolist():
        text = store.text(c)
        size = int(rng.integers(8, 25))
        start = int(rng.integers(0, max(1, len(text) - size)))
        texts.append(text[start:start + size])
    return embedder.embed_passages(texts)


def embed_cached(texts: Sequence[str], embedder: Embedder, cache: VectorCache | None,
                 progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
    """Embed ``texts``, taking vectors of already-seen texts from ``cache`` (see VectorCache).

    Returns (vectors, number not embedded: found in the cache or repeated).
    """
    texts = list(texts)
    vectors, _, reused = _embed_all(lambda lo, hi: texts[lo:hi], len(texts), embedder, cache, {}, progress)
    return vectors, reused


def _document_record(document: Document, n_chunks: int, flags=()) -> dict:
    """What the manifest says of a document; ``flagged``: its instruction-like sentences, left out."""
    return {
        "doc": document.doc, "title": document.title, "date": document.date, "published": document.published,
        "source": document.source,
        "sha256": document.sha256, "chunks": n_chunks, "places": document.places,
        "flagged": [f.to_dict() for f in flags],
    }
