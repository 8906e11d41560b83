"""The on-disk index: chunks, FAISS vectors, BM25 views and a manifest; build, save, load, staleness.

Layout of ``index/``::

    manifest.json          what was built, from what, with which settings; checksums; points to data
    data-<stamp>/chunks.jsonl, dense.faiss, lexical/{char,word}/

A build writes a new ``data-*`` folder and then replaces ``manifest.json`` atomically, so an
interrupted build leaves the previous index loadable. Vectors of unchanged chunk texts are reused
from the previous index (keyed by text hash and model), so rebuilding unchanged text costs nothing.
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
from typing import Callable, Sequence

import numpy as np

from .chunking import Chunk, chunk_document
from .config import Settings
from .corpus import Document, corpus_files
from .crosslingual import build_glossary
from .embedders import Embedder
from .errors import CorpusError, IndexCorruptError, IndexLockedError, IndexMissingError, ModelMismatchError
from .lexical import LexicalIndex

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
LOCK_FILE = ".lock"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """{file name: sha256} of the supported files of a corpus folder."""
    return {p.name: sha256_file(p) for p in corpus_files(corpus_dir)}


def _flat_ip(vectors: np.ndarray):
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


@dataclass
class Index:
    """Everything a search needs, in memory."""

    chunks: list[Chunk]
    vectors: np.ndarray
    lexical: LexicalIndex
    documents: list[dict]
    model: dict
    settings: dict
    manifest: dict = field(default_factory=dict)
    sentence_vectors: np.ndarray | None = None  # one row per unique sentence, see sentence_keys()
    glossary: dict = field(default_factory=dict)  # English key -> Chinese corpus words (crosslingual.py)
    _faiss: object = None
    _sentence_rows: dict | None = None

    def sentence_row(self, doc: str, start: int) -> int | None:
        """Row in ``sentence_vectors`` of the sentence of ``doc`` starting at ``start``."""
        if self._sentence_rows is None:
            self._sentence_rows = {key: i for i, key in enumerate(sentence_keys(self.chunks))}
        return self._sentence_rows.get((doc, start))

    @property
    def faiss(self):
        if self._faiss is None:
            self._faiss = _flat_ip(self.vectors)
        return self._faiss

    @property
    def doc_years(self) -> dict[str, int | None]:
        return {d["doc"]: (int(d["date"][:4]) if d.get("date") else None) for d in self.documents}

    def vector_cache(self) -> dict[str, np.ndarray]:
        """text hash -> vector for every chunk and sentence of this index (for rebuilds)."""
        cache = {text_hash(embedding_text(c)): self.vectors[i] for i, c in enumerate(self.chunks)}
        if self.sentence_vectors is not None:
            for i, (_, text) in enumerate(sentence_keys(self.chunks, with_text=True)):
                cache[text_hash(text)] = self.sentence_vectors[i]
        return cache

    def dense_search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, chunk positions) of the k nearest chunks by inner product."""
        k = min(k, len(self.chunks))
        if k == 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        scores, ids = self.faiss.search(np.asarray(query_vector, np.float32)[None, :], k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def check_model(self, embedder: Embedder) -> None:
        """Raise ModelMismatchError unless ``embedder`` is the model that built this index."""
        if embedder.name != self.model.get("name") or embedder.dim != self.model.get("dim"):
            raise ModelMismatchError(
                f"the index was built with embedder {self.model.get('name')!r} ({self.model.get('dim')}-d) "
                f"but {embedder.name!r} ({embedder.dim}-d) was asked for; search with "
                f"--embedder {self.model.get('name')} or rebuild with `qa build --embedder {embedder.name}`"
            )


def build_index(documents: Sequence[Document], settings: Settings, embedder: Embedder,
                previous: Index | None = None, progress: Callable[[int], None] | None = None,
                on_total: Callable[[int], None] | None = None) -> Index:
    """Chunk, embed (reusing ``previous`` vectors of identical texts) and index ``documents``."""
    chunks: list[Chunk] = []
    for document in documents:
        chunks.extend(chunk_document(document, settings.chunk_sentences, settings.chunk_overlap,
                                     settings.max_chunk_chars))
    texts = [embedding_text(c) for c in chunks]
    sentences = [text for _, text in sentence_keys(chunks, with_text=True)]
    cache: dict[str, np.ndarray] = {}
    if previous is not None and previous.model.get("name") == embedder.name and previous.model.get("dim") == embedder.dim:
        cache = previous.vector_cache()
    all_texts = texts + sentences
    if on_total:
        on_total(len(all_texts))
    vectors, reused = embed_cached(all_texts, embedder, cache, progress)
    lexical = LexicalIndex.build(texts)
    return Index(
        chunks=chunks,
        vectors=vectors[:len(texts)],
        sentence_vectors=vectors[len(texts):],
        glossary=build_glossary(lexical.vocabulary("word")),
        lexical=lexical,
        documents=[_document_record(d, chunks) for d in documents],
        model={"name": embedder.name, "dim": embedder.dim},
        settings=settings.to_dict(),
        manifest={"reused_vectors": reused, "embedded": len(all_texts) - reused},
    )


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


def embed_cached(texts: Sequence[str], embedder: Embedder, cache: dict[str, np.ndarray],
                 progress: Callable[[int], None] | None = None) -> tuple[np.ndarray, int]:
    """Embed ``texts``, taking vectors of already-seen texts from ``cache`` (text hash -> vector).

    Returns (vectors, number reused from the cache).
    """
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    todo = []
    for i, text in enumerate(texts):
        hit = cache.get(text_hash(text))
        if hit is not None:
            vectors[i] = hit
        else:
            todo.append(i)
    if progress and len(todo) < len(texts):
        progress(len(texts) - len(todo))
    if todo:
        vectors[todo] = embedder.embed_passages([texts[i] for i in todo], progress=progress)
    return vectors, len(texts) - len(todo)


def embedding_text(chunk: Chunk) -> str:
    """What is embedded and keyword-indexed for a chunk: its text (section path kept separately)."""
    return chunk.text


def _document_record(document: Document, chunks: list[Chunk]) -> dict:
    return {
        "doc": document.doc, "title": document.title, "date": document.date, "source": document.source,
        "sha256": document.sha256, "chunks": sum(1 for c in chunks if c.doc == document.doc),
        "places": document.places,
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
    import faiss

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(".data-*.tmp"):
        shutil.rmtree(leftover, ignore_errors=True)
    data_name = f"data-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = folder / f".{data_name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk in index.chunks:
            fh.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
    faiss.write_index(_flat_ip(index.vectors), str(tmp / "dense.faiss"))
    np.save(tmp / "sentences.npy", index.sentence_vectors if index.sentence_vectors is not None
            else np.zeros((0, index.vectors.shape[1]), np.float32))
    index.lexical.save(tmp / "lexical")
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
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorruptError(
            f"{path} has index format {manifest.get('format_version')!r}, this version reads "
            f"format {FORMAT_VERSION}; run `qa build` to rebuild the index"
        )
    return manifest


def load_index(folder: Path, verify: bool = True) -> Index:
    """Load an index saved by save_index; checksums are verified unless ``verify=False``."""
    import faiss

    folder = Path(folder)
    manifest = read_manifest(folder)
    data = folder / manifest.get("data", "")
    for rel, meta in manifest.get("files", {}).items():
        path = data / rel
        if not path.is_file():
            raise IndexCorruptError(f"index file {path} is missing; run `qa build` to rebuild the index")
        if verify and (path.stat().st_size != meta["bytes"] or sha256_file(path) != meta["sha256"]):
            raise IndexCorruptError(
                f"index file {path} is corrupted (checksum mismatch); run `qa build` to rebuild the index"
            )
    try:
        with open(data / "chunks.jsonl", encoding="utf-8") as fh:
            chunks = [Chunk.from_dict(json.loads(line)) for line in fh if line.strip()]
        dense = faiss.read_index(str(data / "dense.faiss"))
        sentence_vectors = np.load(data / "sentences.npy", allow_pickle=False)
        glossary = json.loads((data / "glossary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, RuntimeError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"index at {data} cannot be read ({exc}); run `qa build`") from exc
    if dense.ntotal != len(chunks) or dense.d != manifest["model"]["dim"]:
        raise IndexCorruptError(
            f"index at {data} is inconsistent ({dense.ntotal} vectors of {dense.d}-d for {len(chunks)} chunks); run `qa build`"
        )
    vectors = dense.reconstruct_n(0, dense.ntotal) if dense.ntotal else np.zeros((0, dense.d), np.float32)
    return Index(
        chunks=chunks, vectors=vectors, lexical=LexicalIndex.load(data / "lexical"),
        documents=manifest.get("documents", []), model=manifest["model"],
        settings=manifest.get("settings", {}), manifest=manifest, _faiss=dense,
        sentence_vectors=sentence_vectors, glossary=glossary,
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
