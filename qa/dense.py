"""Nearest chunks by inner product: exact FAISS search while it is fast, an IVF index above.

- ``flat`` (up to ``Settings.exact_search_max`` vectors): exact search with ``faiss.knn`` straight
  over the stored float32 matrix (memory-mapped, never copied into a second index).
- ``ivf`` (above): a FAISS inverted-file index with 8-bit scalar-quantized codes (``IVF<nlist>,SQ8``,
  a quarter of the float32 size), ``nlist`` ≈ √n lists. A search probes ``nprobe`` lists, takes
  ``RERANK`` × k candidates by their compressed scores and re-scores them exactly from the stored
  float32 vectors, so returned scores are exact and only the candidate set is approximate.
  ``nprobe`` is chosen at build time as the smallest value whose recall@10 against exact search,
  on held-out sample queries, reaches ``RECALL_TARGET``; the measured recall is kept with the index.

Pure numpy/FAISS: knows nothing about chunks or text. ``recall_at_k`` compares two result lists.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from .errors import IndexCorruptError

RECALL_TARGET = 0.97  # recall@10 the tuned nprobe must reach on the tuning queries
RERANK = 4  # candidates re-scored exactly per result wanted
TRAIN_PER_LIST = 64  # training vectors per IVF list (FAISS warns below 39)
MIN_IVF_VECTORS = 1000  # fewer vectors are always searched exactly
_NPROBES = (4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024)


def exact_search(vectors: np.ndarray, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(scores, ids) of the k largest inner products for each query row, best first (faiss.knn)."""
    queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
    k = min(k, len(vectors))
    if k == 0 or not len(queries):
        return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
    return faiss.knn(queries, _contiguous(vectors), k, metric=faiss.METRIC_INNER_PRODUCT)


def _contiguous(vectors: np.ndarray) -> np.ndarray:
    if vectors.dtype == np.float32 and vectors.flags.c_contiguous:
        return vectors
    return np.ascontiguousarray(vectors, dtype=np.float32)


def recall_at_k(exact_ids: np.ndarray, approx_ids: np.ndarray, k: int = 10) -> float:
    """Mean share of each query's exact top-k found in its approximate top-k.

    >>> recall_at_k(np.array([[1, 2], [3, 4]]), np.array([[2, 9], [3, 4]]), k=2)
    0.75
    """
    exact_ids, approx_ids = np.atleast_2d(exact_ids)[:, :k], np.atleast_2d(approx_ids)[:, :k]
    if not exact_ids.size:
        return 1.0
    found = [len(set(e[e >= 0].tolist()) & set(a[a >= 0].tolist())) / max(1, int((e >= 0).sum()))
             for e, a in zip(exact_ids, approx_ids)]
    return float(np.mean(found))


def nlist_for(n: int) -> int:
    """Number of IVF lists for n vectors: the power of two nearest √n, at least 16.

    >>> nlist_for(1_000_000), nlist_for(300_000), nlist_for(1000)
    (1024, 512, 32)
    """
    return int(max(16, 2 ** round(np.log2(max(1.0, np.sqrt(n))))))


@dataclass
class DenseIndex:
    """Search chunk vectors; ``kind`` is 'flat' (exact) or 'ivf' (approximate, re-scored exactly)."""

    vectors: np.ndarray
    kind: str = "flat"
    params: dict = field(default_factory=dict)  # ivf: nlist, nprobe, tuning recall, build seconds
    ivf: object = None

    @classmethod
    def build(cls, vectors: np.ndarray, exact_max: int, tuning_queries: np.ndarray | None = None,
              seed: int = 0) -> "DenseIndex":
        """Exact when ``len(vectors) <= exact_max`` (or below MIN_IVF_VECTORS), else an IVF-SQ8 index
        tuned on ``tuning_queries`` (default: a sample of the vectors themselves)."""
        n = len(vectors)
        if n <= max(exact_max, MIN_IVF_VECTORS - 1):
            return cls(vectors, "flat", {})
        t0 = time.perf_counter()
        d = vectors.shape[1]
        nlist = nlist_for(n)
        rng = np.random.default_rng(seed)
        train = vectors[np.sort(rng.choice(n, size=min(n, nlist * TRAIN_PER_LIST), replace=False))]
        quantizer = faiss.IndexFlatIP(d)
        ivf = faiss.IndexIVFScalarQuantizer(quantizer, d, nlist, faiss.ScalarQuantizer.QT_8bit,
                                            faiss.METRIC_INNER_PRODUCT)
        ivf.cp.seed = seed
        ivf.train(np.ascontiguousarray(train, dtype=np.float32))
        del train
        for lo in range(0, n, 100_000):
            ivf.add(np.ascontiguousarray(vectors[lo:lo + 100_000], dtype=np.float32))
        ivf.quantizer_trains_alone = 0
        index = cls(vectors, "ivf", {"nlist": nlist, "nprobe": nlist, "code": "SQ8"}, ivf)
        t1 = time.perf_counter()
        if tuning_queries is None:
            tuning_queries = vectors[np.sort(rng.choice(n, size=min(n, 200), replace=False))]
        index.params.update(index.tune(np.asarray(tuning_queries, np.float32)))
        index.params["train_add_seconds"] = round(t1 - t0, 3)
        index.params["tune_seconds"] = round(time.perf_counter() - t1, 3)
        return index

    def tune(self, queries: np.ndarray, k: int = 10, target: float = RECALL_TARGET) -> dict:
        """Set ``nprobe`` to the smallest value reaching ``target`` recall@k on ``queries``."""
        _, exact = exact_search(self.vectors, queries, k)
        nlist = self.params["nlist"]
        chosen, recall = nlist, 1.0
        for nprobe in [p for p in _NPROBES if p < nlist] + [nlist]:
            self.params["nprobe"] = nprobe
            _, ids = self.search_many(queries, k)
            recall = recall_at_k(exact, ids, k)
            if recall >= target:
                chosen = nprobe
                break
        self.params["nprobe"] = chosen
        return {"nprobe": chosen, "tuning_recall_at_10": round(recall, 4), "tuning_queries": len(queries)}

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest vectors to one query, best first."""
        scores, ids = self.search_many(np.asarray(query, np.float32)[None, :], k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def search_many(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, len(self.vectors))
        if self.kind == "flat" or k == 0:
            return exact_search(self.vectors, queries, k)
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        self.ivf.nprobe = int(self.params["nprobe"])
        _, cand = self.ivf.search(queries, min(len(self.vectors), RERANK * k))
        out_s = np.full((len(queries), k), -np.inf, np.float32)
        out_i = np.full((len(queries), k), -1, np.int64)
        for q, row in enumerate(cand):
            row = np.unique(row[row >= 0])  # sorted: friendly to a memory-mapped matrix
            if not len(row):
                continue
            exact = np.asarray(self.vectors[row], np.float32) @ queries[q]
            best = np.argsort(-exact, kind="stable")[:k]
            out_s[q, :len(best)], out_i[q, :len(best)] = exact[best], row[best]
        return out_s, out_i

    # -- persistence (the vectors themselves are saved by index.py)
    def save(self, folder: Path) -> dict:
        """Write the IVF index (nothing for flat); returns the description kept in the manifest."""
        if self.kind == "ivf":
            faiss.write_index(self.ivf, str(Path(folder) / "dense.faiss"))
        return {"kind": self.kind, **self.params}

    @classmethod
    def load(cls, folder: Path, vectors: np.ndarray, description: dict | None) -> "DenseIndex":
        description = dict(description or {"kind": "flat"})
        kind = description.pop("kind", "flat")
        if kind == "flat":
            return cls(vectors, "flat", description)
        if kind != "ivf":
            raise IndexCorruptError(f"dense index kind {kind!r} is unknown (flat, ivf); run `qa build`")
        path = Path(folder) / "dense.faiss"
        try:
            ivf = faiss.read_index(str(path), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
        except RuntimeError as exc:
            raise IndexCorruptError(f"dense index {path} cannot be read ({exc}); run `qa build`") from exc
        if ivf.ntotal != len(vectors) or ivf.d != vectors.shape[1]:
            raise IndexCorruptError(f"dense index {path} holds {ivf.ntotal} vectors of {ivf.d}-d for "
                                    f"{len(vectors)} chunks of {vectors.shape[1]}-d; run `qa build`")
        return cls(vectors, "ivf", description, ivf)


def describe(index: DenseIndex) -> str:
    """One line for logs: 'flat (exact)' or 'IVF1024,SQ8 nprobe=32 (recall@10 0.98 on tuning queries)'."""
    if index.kind == "flat":
        return "flat (exact)"
    p = index.params
    return (f"IVF{p['nlist']},SQ8 nprobe={p['nprobe']} (recall@10 {p.get('tuning_recall_at_10', float('nan')):.3f} "
            f"on {p.get('tuning_queries', 0)} tuning queries)")


__all__ = ["DenseIndex", "exact_search", "recall_at_k", "nlist_for", "describe"]
