"""Keeping an index current: the writer lock, staleness (corpus or build settings changed), rebuild,
adding and removing documents, and storing calibrated thresholds in the manifest.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from ..config import Settings
from ..corpus import SUPPORTED_SUFFIXES, corpus_files, load_corpus, load_document
from ..embedders import Embedder, get_embedder
from ..errors import CorpusError, IndexCorruptError, IndexLockedError, IndexMissingError
from ..facts import extractor_version
from ..injection import version as screen_version
from . import stores
from .building import build_index
from .storage import (MANIFEST, load_index, read_manifest, save_index, sha256_file, write_error,
                      write_json_atomically, write_manifest)

LOCK_FILE = ".lock"
PENDING_REMOVAL = ".removing.json"  # the journal of a removal in progress (remove_document)
REMOVED_DIR = ".removed"
STALENESS_HASH_LIMIT = 256 * 1024 * 1024  # files up to this size are re-hashed when checking staleness


def manifest_stamp(folder: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime in ns) of the index's manifest, None when there is none. Every save
    replaces the manifest last, so a long-running reader (the web app) notices with one ``stat`` that
    another process (``qa add``, ``qa build``) saved a new index."""
    try:
        st = (Path(folder) / MANIFEST).stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def corpus_fingerprint(corpus_dir: Path) -> dict[str, str]:
    """{file name: sha256} of the supported files of a corpus folder."""
    return {p.name: sha256_file(p) for p in corpus_files(corpus_dir)}


@contextmanager
def write_lock(folder: Path):
    """Hold the index folder's writer lock; a second writer gets IndexLockedError at once.

    The lock is an flock on ``.lock``: the system releases it when the holder exits, even by kill -9.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / LOCK_FILE, "a+", encoding="utf-8")
    except OSError as exc:
        raise write_error(folder, exc) from None
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise IndexLockedError(f"{holder} is writing the index at {folder}; wait until it finishes "
                                   "and try again") from None
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"process {os.getpid()} ({' '.join(sys.argv[:2])})")
            fh.flush()
        except OSError as exc:
            raise write_error(folder, exc) from None
        yield
    finally:
        fh.close()  # closing the file releases the lock


def ensure_writable(folder: Path) -> None:
    """Raise IndexWriteError (one line) at once when ``folder`` cannot be written, before a long job
    whose result would have to be stored there (``qa calibrate``)."""
    with write_lock(folder):
        pass


def store_calibration(folder: Path, calibration: dict) -> None:
    """Record refusal thresholds calibrated on a QA set in the manifest (atomically)."""
    folder = Path(folder)
    with write_lock(folder):
        _write_calibration(folder, calibration)


def _write_calibration(folder: Path, calibration: dict) -> None:
    manifest = read_manifest(folder)
    manifest["calibration"] = calibration
    write_manifest(folder, manifest)


def staleness(folder: Path, corpus_dir: Path, settings: Settings, vector_store: dict | None = None) -> str:
    """Why the index at ``folder`` must be rebuilt for this corpus and settings, or '' when current.

    ``vector_store`` (a ``stores.parse_spec`` entry): the index must also live in that store; None
    accepts the one it has.
    """
    try:
        manifest = read_manifest(folder)
    except IndexMissingError:
        return "no index yet"
    except IndexCorruptError as exc:
        return str(exc)
    recorded = manifest.get("vector_store")
    if vector_store is not None and not stores.same_store(recorded, vector_store):
        return f"vector store changed: {stores.describe(recorded)} -> {stores.describe(vector_store)}"
    missing = stores.missing_file(recorded)
    if missing:
        return missing
    built = {k: manifest.get("settings", {}).get(k) for k in Settings.BUILD_FIELDS}
    if built != settings.build_key():
        changed = [k for k in Settings.BUILD_FIELDS if built.get(k) != getattr(settings, k)]
        return f"settings changed: {', '.join(changed)}"
    current = corpus_fingerprint(corpus_dir)
    if manifest.get("corpus") != current:
        old = manifest.get("corpus", {})
        changed = sorted(set(old) ^ set(current) | {n for n in current if old.get(n) not in (None, current[n])})
        return f"corpus changed: {', '.join(changed)}"
    facts = manifest.get("facts")
    if not isinstance(facts, dict):
        return "the index stores no sentence facts (built by an earlier version)"
    if facts.get("version") != extractor_version():
        return "the fact extractor (qa/facts.py) changed since the index was built"
    if any(isinstance(d, dict) and "published" not in d for d in manifest.get("documents") or []):
        return "the index keeps no page publication dates (built by an earlier version)"
    if (manifest.get("build") or {}).get("screen") != screen_version():
        return "the screening of instruction-like sentences (qa/injection.py) changed since the index was built"
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
                   on_total: Callable[[int], None] | None = None, embedder: Embedder | None = None,
                   vector_store: dict | None = None) -> tuple[bool, str]:
    """Rebuild the index when the corpus or build settings changed (or ``force``).

    Returns (rebuilt?, reason). ``on_total(n_texts)`` is called before embedding starts. The
    embedder is the one ``settings.embedder`` names unless one is given (``ray_build.RayEmbedder``
    embeds on a Ray cluster). ``vector_store`` (``stores.parse_spec``): where the vectors go; None
    keeps the index's store (FAISS for a new index). An up-to-date index is reported without
    taking the writer lock, so a read-only index that is current is not an error.
    """
    if not force and not staleness(index_dir, corpus_dir, settings, vector_store):
        return False, "index is up to date"
    with write_lock(index_dir):
        return _rebuild_if_stale(corpus_dir, index_dir, settings, force, progress, on_total, embedder, vector_store)


def _rebuild_if_stale(corpus_dir: Path, index_dir: Path, settings: Settings, force: bool = False,
                      progress: Callable[[int], None] | None = None,
                      on_total: Callable[[int], None] | None = None,
                      embedder: Embedder | None = None, vector_store: dict | None = None) -> tuple[bool, str]:
    """build_if_stale for a caller that holds the write lock."""
    _finish_pending_removal(index_dir)
    reason = "forced" if force else staleness(index_dir, corpus_dir, settings, vector_store)
    if not reason:
        return False, "index is up to date"
    stores.check(vector_store)  # a store that cannot be used fails before the embedding, not after
    documents = load_corpus(corpus_dir)
    embedder = embedder or get_embedder(settings.embedder)
    try:
        previous = load_index(index_dir)
    except (IndexMissingError, IndexCorruptError):
        previous = None
    index = build_index(documents, settings, embedder, previous=previous, progress=progress, on_total=on_total)
    save_index(index, index_dir, corpus={d.doc: d.sha256 for d in documents}, vector_store=vector_store)
    return True, reason


def add_document(path: Path, corpus_dir: Path, index_dir: Path, settings: Settings, replace: bool = False,
                 progress: Callable[[int], None] | None = None, embedder: Embedder | None = None) -> dict:
    """Copy a report into the corpus and update the index; only the new text is embedded.

    The file is read first, so a file that cannot be indexed is never copied. Returns a summary
    (``flagged``: the document's instruction-like sentences, left out of the index).
    """
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
        before = _chunk_count(index_dir)
        if same_file:
            rebuilt, reason = _rebuild_if_stale(corpus_dir, index_dir, settings, progress=progress, embedder=embedder)
        else:
            rebuilt, reason = _add_file(path, target, lambda: _rebuild_if_stale(
                corpus_dir, index_dir, settings, progress=progress, embedder=embedder))
    manifest = read_manifest(index_dir)
    record = next((d for d in manifest["documents"] if d.get("doc") == document.doc), {})
    return {"doc": document.doc, "title": document.title, "date": document.date, "rebuilt": rebuilt,
            "reason": reason, "chunks": manifest["chunks"], "chunks_before": before,
            "embedded": manifest.get("build", {}).get("embedded"), "flagged": record.get("flagged", [])}


def _add_file(path: Path, target: Path, rebuild: Callable[[], tuple[bool, str]]) -> tuple[bool, str]:
    """Copy ``path`` to ``target`` and ``rebuild``; when anything fails (disk full, a bad file, an
    interrupt) the corpus is left as it was: the copy is removed and a replaced file restored."""
    tmp = target.with_name(f".{target.name}.tmp")
    backup = target.with_name(f".{target.name}.replaced")
    moved_aside = False
    try:
        try:
            shutil.copyfile(path, tmp)
        except OSError as exc:
            raise write_error(target.parent, exc) from None
        if target.exists():
            os.replace(target, backup)
            moved_aside = True
        os.replace(tmp, target)
        result = rebuild()
    except BaseException:
        tmp.unlink(missing_ok=True)
        if moved_aside:
            os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)
        raise
    if moved_aside:
        backup.unlink(missing_ok=True)
    return result


def remove_document(doc: str, corpus_dir: Path, index_dir: Path, settings: Settings,
                    embedder: Embedder | None = None) -> dict:
    """Take a document out of the index; its file moves to ``corpus/.removed/`` (not deleted).

    A transaction: the index without the document is saved first (manifest swap), and only then does
    the file move; a journal (``PENDING_REMOVAL``) written before the swap lets the next writer finish
    the move after a kill, so a moved file is never still listed or answered from. The other indexed
    documents are read again, not the whole folder: an unrelated new or broken file in the corpus
    does not stop a removal.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not doc or Path(doc).name != doc or doc in (".", ".."):
        raise CorpusError(f"document {doc!r} is not a file name of {corpus_dir}")
    removed_dir = corpus_dir / REMOVED_DIR
    with write_lock(index_dir):
        _finish_pending_removal(index_dir)
        source = corpus_dir / doc
        if not source.is_file():
            if (removed_dir / doc).exists():
                raise CorpusError(f"{doc} was already removed (its file is in {removed_dir}); `qa docs` lists "
                                  "the indexed documents")
            known = sorted(p.name for p in corpus_files(corpus_dir))
            raise CorpusError(f"document {doc!r} is not in {corpus_dir}; documents: {', '.join(known)}")
        try:
            indexed = list(read_manifest(index_dir).get("corpus", {}))
        except (IndexMissingError, IndexCorruptError):
            indexed = [p.name for p in corpus_files(corpus_dir)]
        keep = [corpus_dir / name for name in indexed if name != doc and (corpus_dir / name).is_file()]
        if not keep:
            raise CorpusError(f"{doc} is the only document; an index needs at least one (add another first)")
        target = removed_dir / doc
        if target.exists():
            target = removed_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{doc}"
        documents = [load_document(path) for path in keep]
        embedder = embedder or get_embedder(settings.embedder)
        try:
            previous = load_index(index_dir)
        except (IndexMissingError, IndexCorruptError):
            previous = None
        index = build_index(documents, settings, embedder, previous=previous)
        journal = index_dir / PENDING_REMOVAL
        try:
            write_json_atomically(journal, {"doc": doc, "source": str(source.resolve()),
                                            "target": str(target.resolve())})
            save_index(index, index_dir, corpus={d.doc: d.sha256 for d in documents})
            _finish_pending_removal(index_dir)
        except OSError as exc:
            raise write_error(index_dir, exc) from None
    return {"doc": doc, "moved_to": str(target), "rebuilt": True, "reason": f"removed {doc}",
            "chunks": read_manifest(index_dir)["chunks"]}


def _finish_pending_removal(index_dir: Path) -> None:
    """Complete or roll back a removal interrupted by a kill (call under the writer lock): when the
    manifest no longer lists the document, its file moves to ``.removed/``; else the journal goes."""
    journal = Path(index_dir) / PENDING_REMOVAL
    if not journal.is_file():
        return
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
        doc, source, target = entry["doc"], Path(entry["source"]), Path(entry["target"])
    except (OSError, ValueError, KeyError, TypeError):
        journal.unlink(missing_ok=True)
        return
    try:
        listed = doc in read_manifest(index_dir).get("corpus", {})
    except (IndexMissingError, IndexCorruptError):
        listed = True
    if not listed and source.is_file():
        target.parent.mkdir(exist_ok=True)
        os.replace(source, target)
    journal.unlink(missing_ok=True)


def _chunk_count(index_dir: Path) -> int:
    try:
        return int(read_manifest(index_dir).get("chunks", 0))
    except (IndexMissingError, IndexCorruptError):
        return 0
