"""Which vector store an index searches: FAISS (the default, files in the data folder) or Milvus
(``milvus:PATH.db`` Milvus Lite, ``milvus://HOST:PORT`` a server or cluster; qa/milvus_store.py).

The choice is recorded in the manifest as ``"vector_store"`` (absent in older manifests: FAISS), so
``qa ask``/``qa search``/the app, ``qa add`` and ``qa remove`` keep using it after the build. A save
writes the Milvus collections of its new data folder before the manifest swap; the collections of
the build it replaced stay until the next save, like its data folder (storage.py); switching to
another store leaves the old store's last collections in place. The local ``vectors.npy`` files are
still written: they are the rebuild's vector cache and checksummed.

    {"kind": "milvus", "uri": "/abs/x.db", "prefix": "qa_1a2b3c4d",
     "chunks": "qa_1a2b3c4d_20261130_065100_ab12cd34", "sentences": "..._s" or "", "lexical": "milvus"}
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from ..errors import ConfigError

FAISS = {"kind": "faiss"}
KINDS = ("faiss", "milvus")
SPEC_HELP = "faiss (default), milvus:PATH.db (Milvus Lite, embedded) or milvus://HOST:PORT (a Milvus server or cluster)"
# Which BM25 scores chunks with a Milvus store: "milvus" (its full-text BM25 over a jieba and a
# character field of the collection; the default) or "project" (lexical.py, ``milvus:...#project-bm25``).
# Measured on the shipped QA set (README "Larger deployments"): the same quality (hit@1 0.905 vs
# 0.906, accuracy 0.861 vs 0.860 over 1,281 questions), about 40 ms more per question on Milvus Lite.
LEXICAL_CHOICES = ("milvus", "project")
PROJECT_BM25 = "#project-bm25"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,200}$")
_SCHEMES = ("http://", "https://", "tcp://")


def parse_spec(spec: str) -> dict:
    """The store a ``--vector-store`` value names, as a manifest entry without collections.

    >>> parse_spec("faiss")
    {'kind': 'faiss'}
    >>> parse_spec("milvus://10.0.0.5:19530")
    {'kind': 'milvus', 'uri': 'http://10.0.0.5:19530', 'lexical': 'milvus'}
    """
    text = (spec or "").strip()
    lexical = "milvus"
    if text.endswith(PROJECT_BM25):
        text, lexical = text[:-len(PROJECT_BM25)], "project"
    if text == "faiss":
        return dict(FAISS)
    if text.startswith("milvus://"):
        address = text[len("milvus://"):]
        if not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+:\d{1,5}", address):
            raise ConfigError(f"--vector-store {spec!r}: a Milvus server is milvus://HOST:PORT, e.g. milvus://127.0.0.1:19530")
        return {"kind": "milvus", "uri": f"http://{address}", "lexical": lexical}
    if text.startswith("milvus:"):
        path = text[len("milvus:"):]
        if not path.endswith(".db") or path.endswith("/.db"):
            raise ConfigError(f"--vector-store {spec!r}: Milvus Lite needs a file name ending in .db (milvus:PATH.db, e.g. milvus:/tmp/qa.db)")
        return {"kind": "milvus", "uri": str(Path(path).expanduser().resolve()), "lexical": lexical}
    raise ConfigError(f"--vector-store {spec!r}: allowed values are {SPEC_HELP} (a Milvus one may end in "
                      f"{PROJECT_BM25} to score with the project's BM25 instead of Milvus's)")


def describe(entry: dict | None) -> str:
    """The ``--vector-store`` value of a manifest entry.

    >>> describe(None), describe({"kind": "milvus", "uri": "http://h:1", "lexical": "project"})
    ('faiss', 'milvus://h:1#project-bm25')
    """
    entry = entry or FAISS
    if entry.get("kind") != "milvus":
        return "faiss"
    uri = entry["uri"]
    spec = "milvus://" + uri.split("://", 1)[1] if uri.startswith(_SCHEMES) else f"milvus:{uri}"
    return spec + (PROJECT_BM25 if entry.get("lexical") == "project" else "")


def same_store(a: dict | None, b: dict | None) -> bool:
    """Do two entries name the same store (kind, address and BM25 choice; not the collections)?"""
    return _identity(a) == _identity(b)


def _identity(entry: dict | None) -> tuple:
    entry = entry or FAISS
    if entry.get("kind") != "milvus":
        return ("faiss",)
    return ("milvus", entry.get("uri"), entry.get("lexical", "milvus"))


def missing_file(entry: dict | None) -> str:
    """Why a Milvus Lite store must be rebuilt: its database (a folder) is gone ('' otherwise; a server is
    not contacted here)."""
    if not entry or entry.get("kind") != "milvus" or str(entry.get("uri", "")).startswith(_SCHEMES):
        return ""
    return "" if Path(entry["uri"]).exists() else f"the Milvus Lite database {entry['uri']} is missing"


def entry_problem(entry) -> str:
    """What is wrong with a manifest's ``vector_store`` entry ('' when nothing, or when absent)."""
    if entry is None:
        return ""
    if not isinstance(entry, dict):
        return f"'vector_store' must be a JSON object, not {type(entry).__name__}"
    if entry.get("kind") not in KINDS:
        return f"'vector_store' kind {str(entry.get('kind'))[:40]!r} is not one of {', '.join(KINDS)}"
    if entry["kind"] == "faiss":
        return ""
    if not isinstance(entry.get("uri"), str) or not entry["uri"]:
        return "'vector_store' of kind milvus needs a 'uri'"
    for key in ("prefix", "chunks"):
        if not isinstance(entry.get(key), str) or not _NAME.match(entry[key]):
            return f"'vector_store' {key!r} is not a Milvus collection name: {str(entry.get(key))[:80]!r}"
    if entry.get("sentences") not in ("", None) and not (isinstance(entry["sentences"], str) and _NAME.match(entry["sentences"])):
        return f"'vector_store' 'sentences' is not a Milvus collection name: {str(entry['sentences'])[:80]!r}"
    if entry.get("lexical", "milvus") not in LEXICAL_CHOICES:
        return f"'vector_store' 'lexical' must be one of {', '.join(LEXICAL_CHOICES)}"
    return ""


def chosen(requested: dict | None, previous: dict | None) -> dict:
    """The store a save writes to: the one asked for, else the one the index already uses, else FAISS."""
    if requested is not None:
        base = dict(requested)
    elif previous and previous.get("kind") == "milvus":
        base = {k: previous[k] for k in ("kind", "uri", "lexical") if k in previous}
    else:
        return dict(FAISS)
    if base.get("kind") == "milvus":
        keep_prefix = previous and same_store(previous, base) and previous.get("prefix")
        base["prefix"] = keep_prefix or f"qa_{uuid.uuid4().hex[:8]}"
    return base


def check(entry: dict | None) -> None:
    """Fail now, before a long build, when the store of ``entry`` cannot be used: its package is
    missing or it cannot be reached (VectorStoreError, one line)."""
    if entry and entry.get("kind") == "milvus":
        from .. import milvus_store  # lazy: pymilvus is optional

        milvus_store.require()
        milvus_store.client(entry["uri"])


def write(entry: dict, index, data_name: str) -> dict:
    """Write ``index`` into the store of ``entry`` for the data folder ``data_name``; the manifest
    entry with its collection names (FAISS: nothing to write, its files are in the data folder)."""
    if entry.get("kind") != "milvus":
        return dict(FAISS)
    from .. import milvus_store  # lazy: pymilvus is optional (the scale extra)

    name = f"{entry['prefix']}_{re.sub(r'[^A-Za-z0-9]', '_', data_name.removeprefix('data-'))}"
    sentences = f"{name}_s" if index.has_sentence_vectors else ""
    full = {**entry, "chunks": name, "sentences": sentences, "lexical": entry.get("lexical", "milvus")}
    try:
        milvus_store.write_collections(entry["uri"], name, sentences, index)
    except BaseException:
        milvus_store.drop_collections(entry["uri"], [name, sentences])
        raise
    return full


def drop(entry: dict | None) -> None:
    """Drop the collections of ``entry`` (a save that failed after writing them)."""
    if entry and entry.get("kind") == "milvus":
        from .. import milvus_store  # lazy: pymilvus is optional

        milvus_store.drop_collections(entry["uri"], [entry.get("chunks", ""), entry.get("sentences", "")])


def prune(entry: dict, keep: list[dict | None]) -> None:
    """Drop this index's collections (same prefix) but those of ``entry`` and ``keep`` (best effort)."""
    if entry.get("kind") != "milvus":
        return
    from .. import milvus_store  # lazy: pymilvus is optional

    wanted = {n for e in [entry, *keep] if e for n in (e.get("chunks"), e.get("sentences")) if n}
    try:
        names = milvus_store.list_collections(entry["uri"], entry["prefix"] + "_")
    except Exception:  # noqa: BLE001 - cleanup is best effort; the next save tries again
        return
    milvus_store.drop_collections(entry["uri"], [n for n in names if n not in wanted])


def open_store(entry: dict | None, index):
    """The vector store (and lexical index) ``index`` searches, from its manifest entry: FAISS's stays;
    a Milvus entry puts a ``MilvusVectorStore`` (and with ``lexical: milvus``, ``MilvusLexical``) in place.
    Nothing connects yet: the first search does (a store that cannot be reached is a VectorStoreError then)."""
    if not entry or entry.get("kind") != "milvus":
        return
    from .. import milvus_store  # lazy: pymilvus is optional

    milvus_store.require(f"this index keeps its vectors in Milvus ({describe(entry)}), which")
    store = index.store
    index.vector_store = milvus_store.MilvusVectorStore(
        entry["uri"], entry["chunks"], entry.get("sentences") or "", len(store),
        int(len(index.sentence_vectors)) if index.has_sentence_vectors else 0,
        docs=list(store.docs), doc_codes=store.doc_codes)
    if entry.get("lexical", "milvus") == "milvus":
        index.lexical = milvus_store.MilvusLexical(index.vector_store, index.lexical)
