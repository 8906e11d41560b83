"""The index on disk: the layout of ``index/``, save (atomic) and load (checksummed, memory-mapped),
the manifest, and the text hashes that key the vector cache of rebuilds.

The on-disk index: chunks, vectors, BM25 views, term statistics and a manifest; build, save, load.

Layout of ``index/``::

    manifest.json          what was built, from what, with which settings; checksums; points to data;
                           which vector store is searched (``vector_store``, stores.py: FAISS or Milvus)
    data-<stamp>/chunks/   the chunks in columns (chunkstore.py)
                 vectors.npy, text_hashes.npy        one float32 vector per chunk, its text's hash
                 sentences.npy, sentence_hashes.npy  one vector per unique sentence (small indexes only)
                 dense.faiss                         the approximate (IVF) index, large indexes only
                 lexical/{char,word}/, terms/, glossary.json
                 facts/                              every sentence's facts (factstore.py)

A build writes a new ``data-*`` folder and then replaces ``manifest.json`` atomically, so an
interrupted build leaves the previous index loadable; the data folder it replaced stays until the
next save (a reader may be opening it), and ``load_index`` retries once on a manifest swap. Vectors of unchanged texts (chunks and
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

import errno
import hashlib
import json
import math
import os
import re
import shutil
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import numpy as np

from ..chunkstore import ChunkStore
from ..crosslingual import current_glossary
from ..dense import DenseIndex
from ..errors import IndexCorruptError, IndexMissingError, IndexWriteError
from ..lexical import LexicalIndex, TermStats
from ..facts import extractor_version
from .factstore import FACTS_DIR, FactStore
from .record import Index, sentence_term_stats
from . import stores

FORMAT_VERSION = 3
MANIFEST = "manifest.json"
VERIFY_FULL_MAX_BYTES = 256 * 2 ** 20  # above this much data, load_index checks sizes, not sha256


READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def write_error(folder: Path, exc: OSError) -> IndexWriteError:
    """One line for a write that failed: read-only folder, no permission, disk full, or other."""
    if exc.errno in READ_ONLY_ERRNOS:
        return IndexWriteError(f"{folder} is read-only ({exc.strerror}); the index can be searched and asked "
                               "but not changed: build, add, remove and calibrate need write access")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return IndexWriteError(f"no space left on the disk of {folder}; nothing was changed: free some space "
                               "and try again")
    return IndexWriteError(f"cannot write to {folder}: {exc.strerror or exc}")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_hashes(texts: Iterable[str]) -> np.ndarray:
    """64-bit hashes (blake2b) of texts: the keys of the vector cache.

    >>> text_hashes(["a", "a", "b"]).tolist()[0] == text_hashes(["a"]).tolist()[0]
    True
    """
    texts = list(texts)
    digest = hashlib.blake2b
    return np.fromiter((int.from_bytes(digest(t.encode("utf-8"), digest_size=8).digest(), "little")
                        for t in texts), dtype=np.uint64, count=len(texts))


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


def vector_cache(index: Index) -> VectorCache:
    """Text hash -> vector for every chunk and stored sentence of ``index`` (for rebuilds)."""
    return VectorCache([(index.text_hashes, index.vectors), (index.sentence_hashes, index.sentence_vectors)])


def save_index(index: Index, folder: Path, corpus: dict[str, str] | None = None,
               vector_store: dict | None = None) -> Path:
    """Write ``index`` under ``folder`` atomically: new data folder first, manifest last.

    Call it under ``write_lock(folder)``; leftovers of an interrupted earlier write are removed.
    ``vector_store``: a ``stores.parse_spec`` entry (FAISS, Milvus); None keeps the store the index
    already uses (FAISS for a new one). A Milvus store gets its collections before the manifest swap.
    """
    folder = Path(folder)
    try:
        old_manifest = read_manifest(folder)
    except (IndexMissingError, IndexCorruptError):
        old_manifest = {}
    store_entry = stores.chosen(vector_store, old_manifest.get("vector_store"))
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(".data-*.tmp"):
        shutil.rmtree(leftover, ignore_errors=True)
    data_name = f"data-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = folder / f".{data_name}.tmp"
    try:
        files, dense = _write_data(index, tmp)
        os.replace(tmp, folder / data_name)
    except OSError as exc:  # disk full, read-only: nothing half-written stays behind
        shutil.rmtree(tmp, ignore_errors=True)
        raise write_error(folder, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        store_entry = stores.write(store_entry, index, data_name)
    except BaseException:
        shutil.rmtree(folder / data_name, ignore_errors=True)
        raise
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
        "facts": _facts_entry(index.facts),
        "files": files,
        "vector_store": store_entry,
    }
    replaced = old_manifest.get("data")
    try:
        write_manifest(folder, manifest)
    except BaseException as exc:
        shutil.rmtree(folder / data_name, ignore_errors=True)
        stores.drop(store_entry)
        if isinstance(exc, OSError):
            raise write_error(folder, exc) from None
        raise
    # Like the data folder, the collections of the build just replaced stay until the next save.
    stores.prune(store_entry, [old_manifest.get("vector_store")])
    # The data folder just replaced stays until the next save: a reader that read the old manifest a
    # moment ago is still opening its files (load_index retries once on a manifest swap).
    for old in folder.glob("data-*"):
        if old.name not in (data_name, replaced):
            shutil.rmtree(old, ignore_errors=True)
    index.manifest = manifest
    return folder


def _write_data(index: Index, tmp: Path) -> tuple[dict, dict]:
    """Write the data files of ``index`` into the new folder ``tmp``: (their sizes and sha256, the
    dense index's manifest entry)."""
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
    if index.facts is not None:
        index.facts.save(tmp / FACTS_DIR)
    files = {str(p.relative_to(tmp)): {"sha256": sha256_file(p), "bytes": p.stat().st_size}
             for p in sorted(tmp.rglob("*")) if p.is_file()}
    _fsync_tree(tmp)
    return files, dense


def _facts_entry(facts: FactStore | None) -> dict:
    """The manifest's record of the stored sentence facts: the extractor version and how many
    (``stored`` False: none stored, the index is above ``building.FACTS_MAX_SENTENCES``)."""
    if facts is None:
        return {"version": extractor_version(), "stored": False, "sentences": 0}
    return {"version": facts.version, "stored": True, "sentences": len(facts)}


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_tree(folder: Path) -> None:
    for p in folder.rglob("*"):
        if p.is_file():
            _fsync_file(p)


def write_manifest(folder: Path, manifest: dict) -> None:
    """Replace ``folder``'s manifest atomically (temporary file, fsync, rename)."""
    write_json_atomically(Path(folder) / MANIFEST, manifest)


def write_json_atomically(path: Path, data) -> None:
    """Replace the JSON file ``path`` atomically (temporary file, fsync, rename)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number")


def read_manifest(folder: Path) -> dict:
    """The manifest of the index at ``folder``, checked against its schema (validate_manifest):
    IndexMissingError when there is none, IndexCorruptError naming the problem otherwise."""
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise IndexMissingError(f"no index at {folder} ({MANIFEST} not found); run `qa build` first")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"), parse_float=_finite, parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError, OSError) as exc:  # JSONDecodeError is a ValueError
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise IndexCorruptError(f"{path} is not valid JSON ({reason}); run `qa build` to rebuild the index") from None
    if not isinstance(manifest, dict):
        raise IndexCorruptError(f"{path} is not an index manifest (a JSON {type(manifest).__name__}, "
                                "expected an object); run `qa build` to rebuild the index")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorruptError(
            f"{path} has index format {manifest.get('format_version')!r}, this version reads "
            f"format {FORMAT_VERSION}; run `qa build` to rebuild the index"
        )
    problem = manifest_problem(manifest)
    if problem:
        raise IndexCorruptError(f"{path} is not a valid index manifest: {problem}; run `qa build` to rebuild the index")
    return manifest


_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _plain_name(name) -> bool:
    """A file or folder name inside the index folder: no absolute path, no ``..``, no separator."""
    return isinstance(name, str) and bool(name) and name not in (".", "..") and "/" not in name \
        and "\\" not in name and "\x00" not in name


def _relative_path(rel) -> bool:
    return isinstance(rel, str) and bool(rel) and all(_plain_name(part) for part in rel.split("/"))


def manifest_problem(manifest: dict) -> str:
    """What is wrong with a manifest (types, required keys, where its data is), '' when nothing.

    >>> manifest_problem({"format_version": 3})
    "'created_at' is missing"
    """
    required = {"created_at": str, "data": str, "model": dict, "settings": dict, "corpus": dict,
                "documents": list, "chunks": int, "files": dict}
    for key, kind in required.items():
        if key not in manifest:
            return f"{key!r} is missing"
        if not isinstance(manifest[key], kind) or (kind is int and not _is_int(manifest[key])):
            return f"{key!r} must be a JSON {'object' if kind is dict else 'array' if kind is list else kind.__name__}, " \
                   f"not {type(manifest[key]).__name__}"
    if not _plain_name(manifest["data"]):
        return f"'data' must be a folder name inside the index folder, not {manifest['data'][:80]!r}"
    try:
        datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        return f"'created_at' is not a date: {manifest['created_at'][:40]!r}"
    model = manifest["model"]
    if not isinstance(model.get("name"), str) or not _is_int(model.get("dim")) or model["dim"] <= 0:
        return "'model' must give a 'name' and a positive 'dim'"
    if manifest["chunks"] < 0:
        return "'chunks' is negative"
    for name, digest in manifest["corpus"].items():
        if not isinstance(digest, str):
            return f"'corpus' entry {name[:80]!r} is not a checksum"
    for i, d in enumerate(manifest["documents"]):
        if not isinstance(d, dict) or not isinstance(d.get("doc"), str):
            return f"'documents' item {i} is not a document record with a 'doc' name"
        date = d.get("date", "")
        if not isinstance(date, str) or (date and not _DATE.match(date)):
            return f"'documents' item {i} ({d['doc'][:80]!r}) has a bad date {str(date)[:40]!r}"
        if not isinstance(d.get("title", ""), str) or not _is_int(d.get("chunks", 0)):
            return f"'documents' item {i} ({d['doc'][:80]!r}) has a bad title or chunk count"
    if not manifest["files"]:
        return "'files' lists no data file (every data file must have a checksum)"
    for rel, meta in manifest["files"].items():
        if not _relative_path(rel):
            return f"data file {rel[:80]!r} is not inside the data folder"
        if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str) or not _SHA256.fullmatch(meta["sha256"]) \
                or not _is_int(meta.get("bytes")) or meta["bytes"] < 0:
            return f"data file {rel[:80]!r} has no valid 'sha256' and 'bytes'"
    for key in ("dense", "build", "facts", "calibration"):
        if manifest.get(key) is not None and not isinstance(manifest[key], dict):
            return f"{key!r} must be a JSON object, not {type(manifest[key]).__name__}"
    return stores.entry_problem(manifest.get("vector_store"))


def load_index(folder: Path, verify: bool | str = "auto") -> Index:
    """Load an index saved by save_index; big arrays are memory-mapped, not read.

    ``verify``: True checks the sha256 of every file, False only that the files exist, "auto"
    (default) the sha256 when the data is at most VERIFY_FULL_MAX_BYTES in total, else the sizes.
    When the data cannot be read because a rebuild replaced the manifest meanwhile, the new
    manifest is loaded instead (once): readers never fail because of a concurrent rebuild.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    try:
        return _load_index(folder, manifest, verify)
    except (IndexCorruptError, OSError) as exc:
        try:
            current = read_manifest(folder)
        except (IndexMissingError, IndexCorruptError):
            current = manifest
        if current != manifest:
            return _load_index(folder, current, verify)
        if isinstance(exc, OSError):
            raise IndexCorruptError(f"index at {folder} cannot be read ({exc}); run `qa build`") from exc
        raise


def _load_index(folder: Path, manifest: dict, verify: bool | str) -> Index:
    """load_index for one manifest already read."""
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
    # a glossary stored by an earlier version of crosslingual.py / english_terms.py is built again (< 1 s)
    glossary = current_glossary(glossary, lambda: lexical.vocabulary("word"))
    index = Index(
        chunks=store, vectors=vectors, lexical=lexical, documents=manifest.get("documents", []),
        model=manifest["model"], settings=manifest.get("settings", {}), manifest=manifest,
        sentence_vectors=sentence_vectors, glossary=glossary, term_stats=TermStats.load(data / "terms"),
        dense=DenseIndex.load(data, vectors, manifest.get("dense")), text_hashes=hashes,
        sentence_hashes=sentence_hashes, facts=FactStore.open(data / FACTS_DIR),
    )
    stores.open_store(manifest.get("vector_store"), index)  # Milvus, when the manifest names it
    return index
