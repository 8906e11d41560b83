"""The index: chunks, vectors, BM25 views, term statistics and a manifest, in four modules:

- ``record.py`` — the ``Index`` record a search works on (and ``sentence_term_stats``);
- ``factstore.py`` — ``FactStore``: every sentence's facts (qa/facts.py), extracted at build time;
- ``building.py`` — ``build_index``: chunk, tokenize, embed (reusing cached vectors), dense index;
- ``storage.py`` — the on-disk format: ``save_index`` / ``load_index``, the manifest, checksums,
  text hashes and the vector cache;
- ``maintenance.py`` — the writer lock, ``staleness``, ``build_if_stale``, ``add_document`` /
  ``remove_document``, ``store_calibration``;
- ``stores.py`` — which vector store an index searches (FAISS, or Milvus: qa/milvus_store.py), recorded
  in the manifest; ``ray_build.py`` — ``RayEmbedder``, embedding a build on Ray Data (both optional,
  imported lazily; not re-exported here).

Everything public is importable from ``qa.index``. The vectors are searched through the
``vectorstore.VectorStore`` interface (``Index.vector_store``).
"""

from .building import EMBED_BATCH, build_index, embed_cached
from .factstore import FactStore, build_facts
from .maintenance import (add_document, build_if_stale, corpus_fingerprint, ensure_writable, remove_document,
                          staleness, store_calibration, write_lock)
from .record import Index, sentence_term_stats
from .storage import (FORMAT_VERSION, MANIFEST, VERIFY_FULL_MAX_BYTES, VectorCache, load_index, read_manifest,
                      save_index, sha256_file, text_hashes, vector_cache)

__all__ = ["EMBED_BATCH", "FORMAT_VERSION", "FactStore", "build_facts", "MANIFEST", "VERIFY_FULL_MAX_BYTES", "Index", "VectorCache",
           "add_document", "build_if_stale", "build_index", "corpus_fingerprint", "embed_cached", "ensure_writable", "load_index",
           "read_manifest", "remove_document", "save_index", "sentence_term_stats", "sha256_file", "staleness",
           "store_calibration", "text_hashes", "vector_cache", "write_lock"]
