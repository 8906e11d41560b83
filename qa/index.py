"""The on-disk index: chunks, vectors, BM25 views, term statistics and a manifest; build, save, load.

Layout of ``index/``::

    manifest.json          what was built, from what, with which settings; checksums; points to data
    data-<stamp>/chunks/   the chunks in columns (chunkstore.py)
                 vectors.npy, text_hashes.npy        one float32 vector per chunk, its text's hash
                 sentences.npy, sentence_hashes.npy  one vector per unique sentence (small indexes only)
                 dense.faiss                         the approximate (IVF) index, large indexes only
                 lexical/{char,word}/, terms/, glossary.json

A build writes a new ``data-*`` folder and then replaces ``manifest.json`` atomically, so an
interrupted build leaves the previous index loadable. Vectors of unchanged texts (chunks and
sentences) are reused from the previous index, looked up by a 64-bit hash of the text and the
model, so rebuilding unchanged text costs nothing; identical texts within a build are embedded once.

Scale (bench/, README "Speed and scale"): arrays are memory-mapped when loaded, so a
million-chunk index opens in about a second and only the pages a query touches become resident.
Sentence vectors (3x the chunk count) are kept only up to ``Settings.sentence_vectors_max_chunks``
chunks; above, the answerer embeds the few candidate sentences of a question instead. Dense search
is exact up to ``Settings.exact_search_max`` chunks and an IVF index above (dense.py). Checksums:
``load_index`` verifies the sha256 of every file when the data is at most ``VERIFY_FULL_MAX_BYTES``
in total and, above, only the sizes (a truncated or missing file is still caught; a flipped bit in
a gigabyte matrix is not): ``load_index(folder, verify=True)`` checks everything at any size.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from .chunking import Chunk, chunk_document
from .chunkstore import ChunkStore, ChunkStoreBuilder
from .config import Settings
from .corpus import Document, corpus_files
from .crosslingual import build_glossary
from .dense import DenseIndex
from .embedders import Embedder
from .errors import CorpusError, IndexCorruptError, IndexLockedError, IndexMissingError, ModelMismatchError
from .lexical import LexicalIndex, TermStats, analyse_texts

FORMAT_VERSION = 3
MANIFEST = "manifest.json"
LOCK_FILE = ".lock"
STALENESS_HASH_LIMIT = 256 * 1024 * 1024  # files up to this size are re-hashed when checking staleness
VERIFY_FULL_MAX_BYTES = 256 * 2 ** 20  # above this much data, load_index checks sizes, not sha256
EMBED_BATCH = 16_384  # texts read, hashed and looked up per step of a build
TUNING_QUERIES = 200  # question-like texts embedded to tune an approximate index (dense.py)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def text_hashes(texts: Iterable[str]) -> np.ndarray:
    """64-bit hashes (blake2b) of texts: the keys of the vector cache.

    >>> text_hashes(["a", "a", "b"]).tolist()[0] == text_hashes(["a"]).tolist()[0]
    True
    """
    texts = list(texts)
    digest = hashlib.blake2b
    return np.fromiter((int.from_bytes(digest(t.encode("utf-8"), digest_size=8).digest(), "little")
                        for t in texts), dtype=np.uint64, count=len(texts))


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """{file name: sha256} of the supported files of a corpus folder."""
    return {p.name: sha256_file(p) for p in corpus_files(corpus_dir)}


class VectorCache:
    """Vectors of a previous index by text hash, looked up in bulk (sorted keys, no Python dict).

    >>> cache = VectorCache([(np.array([7, 3], np.uint64), np.eye(2, dtype=np.float32))])
    >>> rows = cache.lookup(np.array([3, 5], np.uint64)); rows.tolist(), cache.vectors(rows[:1]).tolist()
    ([1, -1], [[0.0, 1.0]])
    """

    def __init__(self, sources: list[tuple[np.ndarray, np.ndarray]]):
        sources = [(h, v) for h, v in sources if h is not None and v is not None and len(h) == len(v)]
        self._sources = [v for _, v in sources]
        self._starts = np.cumsum([0] + [len(h) for h, _ in sources])
        keys = np.concatenate([np.asarray(h, np.uint64) for h, _ in sources]) if sources else np.zeros(0, np.uint64)
        self._order = np.argsort(keys, kind="stable")
        self._keys = keys[self._order]

    def __len__(self) -> int:
        return len(self._keys)

    def lookup(self, hashes: np.ndarray) -> np.ndarray:
        """Position of each hash in the cache, -1 when absent."""
        if not len(self._keys) or not len(hashes):
            return np.full(len(hashes), -1, np.int64)
        i = np.minimum(np.searchsorted(self._keys, hashes), len(self._keys) - 1)
        return np.where(self._keys[i] == hashes, self._order[i], -1)

    def vectors(self, positions: np.ndarray) -> np.ndarray:
        """The vectors at ``positions`` (all >= 0), in that order."""
        dim = next((v.shape[1] for v in self._sources), 0)
        out = np.zeros((len(positions), dim), np.float32)
        source = np.searchsorted(self._starts, positions, side="right") - 1
        for s in np.unique(source):
            mask = source == s
            out[mask] = self._sources[s][positions[mask] - self._starts[s]]
        return out


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
    sentence_vectors: np.ndarray | None = None  # one row per unique sentence, see sentence_keys()
    glossary: dict = field(default_factory=dict)  # English key -> Chinese corpus words (crosslingual.py)
    term_stats: TermStats | None = None  # sentence frequencies of characters and bigrams (lexical.py)
    dense: DenseIndex | None = None
    text_hashes: np.ndarray | None = None  # per chunk, the vector cache key of its text
    sentence_hashes: np.ndarray | None = None  # per row of sentence_vectors
    _sentence_rows: dict | None = None
    _pair_rows: np.ndarray | None = None
    _doc_years: dict | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.chunks, ChunkStore):
            self.chunks = ChunkStore.from_chunks(self.chunks)
        if self.dense is None:
            self.dense = DenseIndex(self.vectors, "flat", {})

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

    @property
    def faiss(self):
        """The FAISS index used for approximate search (None when search is exact)."""
        return self.dense.ivf

    @property
    def doc_years(self) -> dict[str, int | None]:
        if self._doc_years is None:
            self._doc_years = {d["doc"]: (int(d["date"][:4]) if d.get("date") else None) for d in self.documents}
        return self._doc_years

    def vector_cache(self) -> VectorCache:
        """Text hash -> vector for every chunk and stored sentence of this index (for rebuilds)."""
        return VectorCache([(self.text_hashes, self.vectors), (self.sentence_hashes, self.sentence_vectors)])

    def dense_search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, chunk positions) of the k nearest chunks by inner product."""
        k = min(k, len(self.chunks))
        if k == 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        return self.dense.search(query_vector, k)

    def check_model(self, embedder: Embedder) -> None:
        """Raise ModelMismatchError unless ``embedder`` is the model that built this index."""
        if embedder.name != self.model.get("name") or embedder.dim != self.model.get("dim"):
            raise ModelMismatchError(
                f"the index was built with embedder {self.model.get('name')!r} ({self.model.get('dim')}-d) "
                f"but {embedder.name!r} ({embedder.dim}-d) was asked for; search with "
                f"--embedder {self.model.get('name')} or rebuild with `qa build --embedder {embedder.name}`"
            )


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
        chunks = chunk_document(document, settings.chunk_sentences, settings.chunk_overlap, settings.max_chunk_chars)
        builder.add(chunks)
        records.append(_document_record(document, len(chunks)))
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

    # Dense side.
    keep_sentences = len(store) <= settings.sentence_vectors_max_chunks
    total = len(store) + (n_sentences if keep_sentences else 0)
    if on_total:
        on_total(total)
    cache = None
    if previous is not None and previous.model.get("name") == embedder.name and previous.model.get("dim") == embedder.dim:
        cache = previous.vector_cache()
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
        manifest={"reused_vectors": reused, "embedded": total - reused, "seconds": clock.out},
        term_stats=term_stats, dense=dense, text_hashes=hashes, sentence_hashes=sentence_hashes,
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
    for lo in range(0, n, EMBED_BATCH):
        texts = get_texts(lo, min(n, lo + EMBED_BATCH))
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


def sentence_term_stats(store: ChunkStore) -> TermStats:
    """Character and bigram sentence frequencies of a chunk store (what build_index stores)."""
    first = store.unique_sentences()[1]
    n = len(first)
    return TermStats.from_analysis(analyse_texts(lambda lo, hi: store.pair_texts(first[lo:hi]), n, stats_texts=n))


def sentence_keys(chunks: Sequence[Chunk], with_text: bool = False) -> list:
    """Unique sentences of the chunks in first-seen order: keys (doc, absolute start) or (key, text)."""
    seen, out = set(), []
    for chunk in chunks:
        for (s, e) in chunk.sentences:
            key = (chunk.doc, chunk.start + s)
            if key not in seen:
                seen.add(key)
                out.append((key, chunk.text[s:e]) if with_text else key)
    return out


def embed_cached(texts: Sequence[str], embedder: Embedder, cache: VectorCache | None,
                 progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
    """Embed ``texts``, taking vectors of already-seen texts from ``cache`` (see VectorCache).

    Returns (vectors, number not embedded: found in the cache or repeated).
    """
    texts = list(texts)
    vectors, _, reused = _embed_all(lambda lo, hi: texts[lo:hi], len(texts), embedder, cache, {}, progress)
    return vectors, reused


def embedding_text(chunk: Chunk) -> str:
    """What is embedded and keyword-indexed for a chunk: its text (section path kept separately)."""
    return chunk.text


def _document_record(document: Document, n_chunks: int) -> dict:
    return {
        "doc": document.doc, "title": document.title, "date": document.date, "source": document.source,
        "sha256": document.sha256, "chunks": n_chunks, "places": document.places,
    }


@contextmanager
def write_lock(folder: Path):
    """Hold the index folder's writer lock; a second writer gets IndexLockedError at once.

    The lock is an flock on ``.lock``: the system releases it when the holder exits, even by kill -9.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fh = open(folder / LOCK_FILE, "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise IndexLockedError(f"{holder} is writing the index at {folder}; wait until it finishes "
                                   "and try again") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"process {os.getpid()} ({' '.join(sys.argv[:2])})")
        fh.flush()
        yield
    finally:
        fh.close()  # closing the file releases the lock


def save_index(index: Index, folder: Path, corpus: dict[str, str] | None = None) -> Path:
    """Write ``index`` under ``folder`` atomically: new data folder first, manifest last.

    Call it under ``write_lock(folder)``; leftovers of an interrupted earlier write are removed.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(".data-*.tmp"):
        shutil.rmtree(leftover, ignore_errors=True)
    data_name = f"data-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = folder / f".{data_name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    index.store.save(tmp / "chunks")
    np.save(tmp / "vectors.npy", np.ascontiguousarray(index.vectors, dtype=np.float32), allow_pickle=False)
    hashes = index.text_hashes if index.text_hashes is not None else text_hashes(index.store.texts())
    np.save(tmp / "text_hashes.npy", hashes, allow_pickle=False)
    if index.has_sentence_vectors:
        np.save(tmp / "sentences.npy", np.ascontiguousarray(index.sentence_vectors, dtype=np.float32),
                allow_pickle=False)
        s_hashes = index.sentence_hashes
        if s_hashes is None or len(s_hashes) != len(index.sentence_vectors):
            s_hashes = text_hashes(index.store.pair_texts(index.store.unique_sentences()[1]))
        np.save(tmp / "sentence_hashes.npy", s_hashes, allow_pickle=False)
    dense = index.dense.save(tmp)
    index.lexical.save(tmp / "lexical")
    (index.term_stats or sentence_term_stats(index.store)).save(tmp / "terms")
    (tmp / "glossary.json").write_text(json.dumps(index.glossary, ensure_ascii=False), encoding="utf-8")
    files = {str(p.relative_to(tmp)): {"sha256": sha256_file(p), "bytes": p.stat().st_size}
             for p in sorted(tmp.rglob("*")) if p.is_file()}
    _fsync_tree(tmp)
    os.replace(tmp, folder / data_name)
    manifest = {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data": data_name,
        "model": index.model,
        "settings": index.settings,
        "corpus": corpus or {d["doc"]: d["sha256"] for d in index.documents},
        "documents": index.documents,
        "chunks": len(index.chunks),
        "sentence_vectors": int(len(index.sentence_vectors)) if index.has_sentence_vectors else 0,
        "dense": dense,
        "build": index.manifest if "embedded" in index.manifest else {},
        "files": files,
    }
    tmp_manifest = folder / f".{MANIFEST}.tmp"
    tmp_manifest.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    _fsync_file(tmp_manifest)
    os.replace(tmp_manifest, folder / MANIFEST)
    for old in folder.glob("data-*"):
        if old.name != data_name:
            shutil.rmtree(old, ignore_errors=True)
    index.manifest = manifest
    return folder


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_tree(folder: Path) -> None:
    for p in folder.rglob("*"):
        if p.is_file():
            _fsync_file(p)


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise IndexMissingError(f"no index at {folder} ({MANIFEST} not found); run `qa build` first")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"{path} is not valid JSON ({exc}); run `qa build` to rebuild the index") from exc
    if not isinstance(manifest, dict):
        raise IndexCorruptError(f"{path} is not an index manifest (a JSON {type(manifest).__name__}, "
                                "expected an object); run `qa build` to rebuild the index")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorruptError(
            f"{path} has index format {manifest.get('format_version')!r}, this version reads "
            f"format {FORMAT_VERSION}; run `qa build` to rebuild the index"
        )
    return manifest


def load_index(folder: Path, verify: bool | str = "auto") -> Index:
    """Load an index saved by save_index; big arrays are memory-mapped, not read.

    ``verify``: True checks the sha256 of every file, False only that the files exist, "auto"
    (default) the sha256 when the data is at most VERIFY_FULL_MAX_BYTES in total, else the sizes.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    data = folder / manifest.get("data", "")
    files = manifest.get("files", {})
    if verify == "auto":
        verify = "sha256" if sum(m.get("bytes", 0) for m in files.values()) <= VERIFY_FULL_MAX_BYTES else "size"
    elif verify is True:
        verify = "sha256"
    for rel, meta in files.items():
        path = data / rel
        if not path.is_file():
            raise IndexCorruptError(f"index file {path} is missing; run `qa build` to rebuild the index")
        if verify and (path.stat().st_size != meta["bytes"] or (verify == "sha256" and sha256_file(path) != meta["sha256"])):
            raise IndexCorruptError(
                f"index file {path} is corrupted (checksum mismatch); run `qa build` to rebuild the index"
            )
    try:
        store = ChunkStore.load(data / "chunks")
        vectors = np.load(data / "vectors.npy", mmap_mode="r", allow_pickle=False)
        hashes = np.load(data / "text_hashes.npy", mmap_mode="r", allow_pickle=False)
        sentence_vectors = sentence_hashes = None
        if (data / "sentences.npy").is_file():
            sentence_vectors = np.load(data / "sentences.npy", mmap_mode="r", allow_pickle=False)
            sentence_hashes = np.load(data / "sentence_hashes.npy", mmap_mode="r", allow_pickle=False)
        glossary = json.loads((data / "glossary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, RuntimeError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"index at {data} cannot be read ({exc}); run `qa build`") from exc
    dim = manifest["model"]["dim"]
    if vectors.ndim != 2 or len(vectors) != len(store) or vectors.shape[1] != dim or len(hashes) != len(store):
        raise IndexCorruptError(
            f"index at {data} is inconsistent ({vectors.shape} vectors of {dim}-d for {len(store)} chunks); run `qa build`"
        )
    if sentence_vectors is not None and (sentence_vectors.ndim != 2 or sentence_vectors.shape[1] != dim
                                         or len(sentence_hashes) != len(sentence_vectors)):
        raise IndexCorruptError(f"index at {data}: sentences.npy does not fit the model ({dim}-d); run `qa build`")
    lexical = LexicalIndex.load(data / "lexical")
    if lexical.size != len(store):
        raise IndexCorruptError(f"index at {data}: the lexical index has {lexical.size} chunks, not {len(store)}; "
                                "run `qa build`")
    return Index(
        chunks=store, vectors=vectors, lexical=lexical, documents=manifest.get("documents", []),
        model=manifest["model"], settings=manifest.get("settings", {}), manifest=manifest,
        sentence_vectors=sentence_vectors, glossary=glossary, term_stats=TermStats.load(data / "terms"),
        dense=DenseIndex.load(data, vectors, manifest.get("dense")), text_hashes=hashes,
        sentence_hashes=sentence_hashes,
    )


def store_calibration(folder: Path, calibration: dict) -> None:
    """Record refusal thresholds calibrated on a QA set in the manifest (atomically)."""
    folder = Path(folder)
    with write_lock(folder):
        _write_calibration(folder, calibration)


def _write_calibration(folder: Path, calibration: dict) -> None:
    manifest = read_manifest(folder)
    manifest["calibration"] = calibration
    tmp = folder / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    _fsync_file(tmp)
    os.replace(tmp, folder / MANIFEST)


def staleness(folder: Path, corpus_dir: Path, settings: Settings) -> str:
    """Why the index at ``folder`` must be rebuilt for this corpus and settings, or '' when current."""
    try:
        manifest = read_manifest(folder)
    except IndexMissingError:
        return "no index yet"
    except IndexCorruptError as exc:
        return str(exc)
    built = {k: manifest.get("settings", {}).get(k) for k in Settings.BUILD_FIELDS}
    if built != settings.build_key():
        changed = [k for k in Settings.BUILD_FIELDS if built.get(k) != getattr(settings, k)]
        return f"settings changed: {', '.join(changed)}"
    current = corpus_fingerprint(corpus_dir)
    if manifest.get("corpus") != current:
        old = manifest.get("corpus", {})
        changed = sorted(set(old) ^ set(current) | {n for n in current if old.get(n) not in (None, current[n])})
        return f"corpus changed: {', '.join(changed)}"
    data = Path(folder) / manifest.get("data", "")
    if not data.is_dir():
        return f"index data folder {data} is missing"
    for rel, meta in manifest.get("files", {}).items():
        path = data / rel
        if not path.is_file() or path.stat().st_size != meta.get("bytes"):
            return f"index file {path} is missing or truncated"
        if path.stat().st_size <= STALENESS_HASH_LIMIT and sha256_file(path) != meta.get("sha256"):
            return f"index file {path} is corrupted"
    return ""



def build_if_stale(corpus_dir: Path, index_dir: Path, settings: Settings, force: bool = False,
                   progress: Callable[[int], None] | None = None,
                   on_total: Callable[[int], None] | None = None, embedder: Embedder | None = None) -> tuple[bool, str]:
    """Rebuild the index when the corpus or build settings changed (or ``force``).

    Returns (rebuilt?, reason). ``on_total(n_texts)`` is called before embedding starts. The
    embedder is the one ``settings.embedder`` names unless one is given.
    """
    with write_lock(index_dir):
        return _rebuild_if_stale(corpus_dir, index_dir, settings, force, progress, on_total, embedder)


def _rebuild_if_stale(corpus_dir: Path, index_dir: Path, settings: Settings, force: bool = False,
                      progress: Callable[[int], None] | None = None,
                      on_total: Callable[[int], None] | None = None,
                      embedder: Embedder | None = None) -> tuple[bool, str]:
    """build_if_stale for a caller that holds the write lock."""
    from .corpus import load_corpus
    from .embedders import get_embedder

    reason = "forced" if force else staleness(index_dir, corpus_dir, settings)
    if not reason:
        return False, "index is up to date"
    documents = load_corpus(corpus_dir)
    embedder = embedder or get_embedder(settings.embedder)
    try:
        previous = load_index(index_dir)
    except (IndexMissingError, IndexCorruptError):
        previous = None
    index = build_index(documents, settings, embedder, previous=previous, progress=progress, on_total=on_total)
    save_index(index, index_dir, corpus={d.doc: d.sha256 for d in documents})
    return True, reason


def add_document(path: Path, corpus_dir: Path, index_dir: Path, settings: Settings, replace: bool = False,
                 progress: Callable[[int], None] | None = None, embedder: Embedder | None = None) -> dict:
    """Copy a report into the corpus and update the index; only the new text is embedded.

    The file is read first, so a file that cannot be indexed is never copied. Returns a summary.
    """
    from .corpus import SUPPORTED_SUFFIXES, load_document

    path, corpus_dir = Path(path), Path(corpus_dir)
    if not path.is_file():
        raise CorpusError(f"{path} is not a file")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise CorpusError(f"{path}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}")
    document = load_document(path)
    target = corpus_dir / path.name
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist; set --corpus or QA_CORPUS_DIR")
    with write_lock(index_dir):
        same_file = target.exists() and target.resolve() == path.resolve()
        if target.exists() and not same_file and sha256_file(target) != sha256_file(path) and not replace:
            raise CorpusError(f"{target} already exists with other content; use --replace to overwrite it")
        if not same_file:
            tmp = target.with_name(f".{target.name}.tmp")
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        before = _chunk_count(index_dir)
        rebuilt, reason = _rebuild_if_stale(corpus_dir, index_dir, settings, progress=progress, embedder=embedder)
    manifest = read_manifest(index_dir)
    return {"doc": document.doc, "title": document.title, "date": document.date, "rebuilt": rebuilt,
            "reason": reason, "chunks": manifest["chunks"], "chunks_before": before,
            "embedded": manifest.get("build", {}).get("embedded")}


def remove_document(doc: str, corpus_dir: Path, index_dir: Path, settings: Settings,
                    embedder: Embedder | None = None) -> dict:
    """Take a document out of the index; its file moves to ``corpus/.removed/`` (not deleted)."""
    corpus_dir = Path(corpus_dir)
    source = corpus_dir / doc
    if Path(doc).name != doc or not source.is_file():
        known = sorted(p.name for p in corpus_files(corpus_dir))
        raise CorpusError(f"document {doc!r} is not in {corpus_dir}; documents: {', '.join(known)}")
    if len(corpus_files(corpus_dir)) == 1:
        raise CorpusError(f"{doc} is the only document; an index needs at least one (add another first)")
    with write_lock(index_dir):
        removed_dir = corpus_dir / ".removed"
        removed_dir.mkdir(exist_ok=True)
        target = removed_dir / doc
        if target.exists():
            target = removed_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{doc}"
        os.replace(source, target)
        rebuilt, reason = _rebuild_if_stale(corpus_dir, index_dir, settings, embedder=embedder)
    return {"doc": doc, "moved_to": str(target), "rebuilt": rebuilt, "reason": reason,
            "chunks": read_manifest(index_dir)["chunks"]}


def _chunk_count(index_dir: Path) -> int:
    try:
        return int(read_manifest(index_dir).get("chunks", 0))
    except (IndexMissingError, IndexCorruptError):
        return 0
