"""Milvus as the vector store: chunk vectors (with each chunk's document, period and text) and
sentence vectors in Milvus collections, searched through ``vectorstore.VectorStore``; the chunk
texts also carry Milvus's own BM25 (a ``jieba`` and a ``standard`` analyzer) for ``MilvusLexical``.

Milvus Lite (a local ``.db`` file, embedded; one process opens it at a time) and a Milvus server or
cluster (``http://HOST:PORT``) are reached through the same pymilvus ``MilvusClient`` code. pymilvus
is imported lazily, inside ``client``: the core package imports and works without it
(``pip install -e '.[scale]'`` adds it). Document and period filters become Milvus filter
expressions (``filter_expression``). This module does not decide which store an index uses nor
when collections are written or dropped (index/stores.py does).
"""

from __future__ import annotations

import logging
import threading

import numpy as np

from .domain import PERIOD_KINDS
from .errors import VectorStoreError
from .text import normalize

INSTALL_HINT = "pip install -e '.[scale]'"
INSERT_BATCH = 2_000  # rows per insert call
MAX_LIMIT = 16_384  # Milvus's largest top-k (and page size of get)
CONNECT_TIMEOUT = 10.0  # seconds to wait for a Milvus server
MAX_RANGES = 16  # a row set of at most this many runs is filtered by ranges, else by a list
TEXT_MAX_BYTES = 65_535  # longest VARCHAR Milvus stores
NAME_MAX_BYTES = 1_024

_clients: dict[str, object] = {}
_lock = threading.Lock()


def require(who: str = "the Milvus vector store") -> None:
    """VectorStoreError naming the install command unless pymilvus can be imported."""
    _pymilvus(who)


def _pymilvus(who: str = "the Milvus vector store"):
    try:
        import pymilvus  # lazy: an optional dependency (the scale extra), imported only for a Milvus store
    except ImportError:
        raise VectorStoreError(f"{who} needs pymilvus and milvus-lite: {INSTALL_HINT}") from None
    return pymilvus


def client(uri: str):
    """The process's MilvusClient for ``uri`` (a Milvus Lite ``.db`` path or ``http://HOST:PORT``),
    opened once; VectorStoreError (one line) when it cannot be opened or reached."""
    with _lock:
        if uri in _clients:
            return _clients[uri]
        pymilvus = _pymilvus()
        # Milvus Lite logs a traceback when its database is locked by another process; the
        # VectorStoreError below says it in one line.
        logging.getLogger("milvus_lite.server_manager").setLevel(logging.CRITICAL)
        try:
            made = pymilvus.MilvusClient(uri=uri, timeout=CONNECT_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - pymilvus raises MilvusException, ConnectionConfigException, OSError...
            raise VectorStoreError(unreachable(uri, exc)) from None
        _clients[uri] = made
        return made


def unreachable(uri: str, exc: BaseException) -> str:
    """One line for a Milvus that cannot be opened or reached."""
    reason = " ".join(str(getattr(exc, "message", "") or exc).split())[:200] or type(exc).__name__
    if uri.startswith(("http://", "https://", "tcp://")):
        return f"cannot reach the Milvus server at {uri} ({reason}); start it or build with another --vector-store"
    return (f"cannot open the Milvus Lite database {uri} ({reason}); Milvus Lite serves one process at a time: "
            "close the other process using it, or use a Milvus server (--vector-store milvus://HOST:PORT)")


def close(uri: str) -> None:
    """Close this process's client of ``uri`` (Milvus Lite: lets another process open the file)."""
    with _lock:
        made = _clients.pop(uri, None)
    if made is not None:
        try:
            made.close()
        except Exception:  # noqa: BLE001 - closing a client that already failed
            pass


def _call(uri: str, what: str, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with any Milvus failure turned into a one-line VectorStoreError."""
    try:
        return fn(*args, **kwargs)
    except VectorStoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - gRPC, Milvus and connection errors of every kind
        reason = " ".join(str(getattr(exc, "message", "") or exc).split())[:200]
        if "connect" in reason.lower() or "unavailable" in reason.lower() or "deadline" in reason.lower():
            raise VectorStoreError(unreachable(uri, exc)) from None
        raise VectorStoreError(f"Milvus at {uri} failed to {what}: {reason}") from None


# ---------------------------------------------------------------- filter expressions (pure)

def quote(value: str) -> str:
    """A Milvus string literal.

    >>> quote('a"b\\\\c.txt')
    '"a\\\\"b\\\\\\\\c.txt"'
    """
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def filter_expression(docs: list[str] | None = None, year: int | None = None, kind: str | None = None,
                      rows: np.ndarray | None = None) -> str:
    """A Milvus boolean expression over the chunk collection's fields ('' when nothing is asked).

    >>> filter_expression(docs=["a.txt"], year=2022, kind="plan")
    'doc in ["a.txt"] and period_year == 2022 and period_kind == 2'
    >>> filter_expression(rows=np.array([3, 4, 5, 9]))
    '((row >= 3 and row <= 5) or (row >= 9 and row <= 9))'
    """
    parts = []
    if docs is not None:
        parts.append(f"doc in [{', '.join(quote(d) for d in docs)}]")
    if year is not None:
        parts.append(f"period_year == {int(year)}")
    if kind is not None:
        if kind not in PERIOD_KINDS:
            raise VectorStoreError(f"period kind {kind!r}: allowed values are {', '.join(map(repr, PERIOD_KINDS))}")
        parts.append(f"period_kind == {PERIOD_KINDS.index(kind)}")
    if rows is not None:
        parts.append(_rows_expression(np.asarray(rows, np.int64)))
    return " and ".join(parts)


def _rows_expression(rows: np.ndarray) -> str:
    rows = np.unique(rows)
    if not len(rows):
        return "row < 0"
    breaks = np.flatnonzero(np.diff(rows) != 1)
    starts, ends = np.r_[rows[0], rows[breaks + 1]], np.r_[rows[breaks], rows[-1]]
    if len(starts) <= MAX_RANGES:
        return "(" + " or ".join(f"(row >= {a} and row <= {b})" for a, b in zip(starts.tolist(), ends.tolist())) + ")"
    return f"row in [{', '.join(map(str, rows.tolist()))}]"


# ---------------------------------------------------------------- writing collections

def write_collections(uri: str, chunks_name: str, sentences_name: str, index, progress=None) -> None:
    """Create the chunk collection (vector, doc, period, text with BM25) and, when the index keeps
    sentence vectors, the sentence collection, and insert every row of ``index`` (an index.Index)."""
    pymilvus = _pymilvus()
    milvus = client(uri)
    store = index.store
    dim = int(index.model["dim"])
    DataType, Function, FunctionType = pymilvus.DataType, pymilvus.Function, pymilvus.FunctionType

    schema = milvus.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("row", DataType.INT64, is_primary=True)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("doc", DataType.VARCHAR, max_length=NAME_MAX_BYTES)
    schema.add_field("period_year", DataType.INT32)
    schema.add_field("period_kind", DataType.INT8)
    schema.add_field("text", DataType.VARCHAR, max_length=TEXT_MAX_BYTES, enable_analyzer=True,
                     analyzer_params={"tokenizer": "jieba"})
    schema.add_field("chars", DataType.VARCHAR, max_length=TEXT_MAX_BYTES, enable_analyzer=True,
                     analyzer_params={"tokenizer": "standard"})
    schema.add_field("text_bm25", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_field("chars_bm25", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_function(Function(name="word_bm25", function_type=FunctionType.BM25,
                                 input_field_names=["text"], output_field_names=["text_bm25"]))
    schema.add_function(Function(name="char_bm25", function_type=FunctionType.BM25,
                                 input_field_names=["chars"], output_field_names=["chars_bm25"]))
    params = milvus.prepare_index_params()
    params.add_index("vector", index_type="FLAT", metric_type="IP")  # exact, like the FAISS default
    params.add_index("text_bm25", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    params.add_index("chars_bm25", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    _call(uri, f"create collection {chunks_name}", milvus.create_collection, chunks_name, schema=schema,
          index_params=params)

    vectors = index.vectors
    docs, codes = store.docs, np.asarray(store.doc_codes)
    years, kinds = np.asarray(store.period_years), np.asarray(store.period_kinds)
    for lo in range(0, len(store), INSERT_BATCH):
        hi = min(len(store), lo + INSERT_BATCH)
        texts = [_clip(normalize(t)) for t in store.texts(lo, hi)]
        block = np.asarray(vectors[lo:hi], np.float32)
        rows = [{"row": lo + i, "vector": block[i], "doc": docs[int(codes[lo + i])], "period_year": int(years[lo + i]),
                 "period_kind": int(kinds[lo + i]), "text": texts[i], "chars": _spaced(texts[i])}
                for i in range(hi - lo)]
        _call(uri, f"insert into {chunks_name}", milvus.insert, chunks_name, rows)
        if progress:
            progress(hi - lo)
    _call(uri, f"flush {chunks_name}", milvus.flush, chunks_name)

    if sentences_name:
        schema = milvus.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("row", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        params = milvus.prepare_index_params()
        params.add_index("vector", index_type="FLAT", metric_type="IP")
        _call(uri, f"create collection {sentences_name}", milvus.create_collection, sentences_name, schema=schema,
              index_params=params)
        sentences = index.sentence_vectors
        for lo in range(0, len(sentences), INSERT_BATCH):
            block = np.asarray(sentences[lo:lo + INSERT_BATCH], np.float32)
            _call(uri, f"insert into {sentences_name}", milvus.insert, sentences_name,
                  [{"row": lo + i, "vector": v} for i, v in enumerate(block)])
        _call(uri, f"flush {sentences_name}", milvus.flush, sentences_name)


def _clip(text: str) -> str:
    """``text`` cut to what a VARCHAR field holds (UTF-8 bytes)."""
    data = text.encode("utf-8")
    return text if len(data) <= TEXT_MAX_BYTES else data[:TEXT_MAX_BYTES].decode("utf-8", "ignore")


def _spaced(text: str) -> str:
    """The text with a space between CJK characters, so Milvus's ``standard`` analyzer gives the
    project's character tokens (one per Chinese character, whole Latin words and numbers)."""
    from .lexical import char_tokens  # the project's character view, so both BM25s see the same tokens

    return _clip(" ".join(char_tokens(text)))


def drop_collections(uri: str, names: list[str]) -> None:
    """Drop the named collections that exist (best effort: a store that cannot be reached keeps them)."""
    try:
        milvus = client(uri)
        for name in names:
            if name and milvus.has_collection(name):
                milvus.drop_collection(name)
    except Exception:  # noqa: BLE001 - cleanup never fails a build; the next save tries again
        pass


def list_collections(uri: str, prefix: str) -> list[str]:
    """Names of the collections of ``uri`` that start with ``prefix``."""
    milvus = client(uri)
    return [name for name in _call(uri, "list collections", milvus.list_collections) if name.startswith(prefix)]


# ---------------------------------------------------------------- searching

class MilvusVectorStore:
    """``vectorstore.VectorStore`` over the collections ``write_collections`` made.

    ``search`` and ``search_where`` are Milvus searches (a row set or a document/period becomes a
    filter expression); ``scores`` and ``sentence_scores`` fetch the rows' vectors by primary key and
    take inner products (exact, like FAISS). The client connects on first use.
    """

    def __init__(self, uri: str, chunks: str, sentences: str, size: int, sentence_size: int,
                 docs: list[str] | None = None, doc_codes: np.ndarray | None = None):
        self.uri, self.chunks, self.sentences = uri, chunks, sentences
        self.size, self.sentence_size = size, sentence_size
        self._docs = list(docs or [])
        self._doc_rows: dict[int, tuple[int, int]] = {}
        if doc_codes is not None and len(doc_codes):
            codes = np.asarray(doc_codes)
            for code in np.unique(codes).tolist():
                where = np.flatnonzero(codes == code)
                if where[-1] - where[0] + 1 == len(where):  # a document's chunks are one run of rows
                    self._doc_rows[code] = (int(where[0]), int(where[-1]))
        self._loaded: set[str] = set()

    def _client(self, collection: str):
        milvus = client(self.uri)
        if collection not in self._loaded:
            _call(self.uri, f"load collection {collection}", milvus.load_collection, collection)
            self._loaded.add(collection)
        return milvus

    def _search(self, collection: str, query_vector, k: int, expression: str) -> tuple[np.ndarray, np.ndarray]:
        milvus = self._client(collection)
        k = min(k, MAX_LIMIT)
        found = _call(self.uri, f"search {collection}", milvus.search, collection,
                      data=[np.asarray(query_vector, np.float32)], limit=k, anns_field="vector",
                      filter=expression, output_fields=[], search_params={"metric_type": "IP"})
        hits = found[0] if found else []
        scores = np.array([h["distance"] for h in hits], np.float32)
        rows = np.array([h["row"] if "row" in h else h["id"] for h in hits], np.int64)
        order = np.argsort(-scores, kind="stable")
        return scores[order], rows[order]

    def search(self, query_vector, k, rows=None):
        if rows is None:
            k = min(k, self.size)
            if k <= 0:
                return np.zeros(0, np.float32), np.zeros(0, np.int64)
            return self._search(self.chunks, query_vector, k, "")
        rows = np.asarray(rows, np.int64)
        k = min(k, len(rows))
        if k <= 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        return self._search(self.chunks, query_vector, k, self.rows_filter(rows))

    def rows_filter(self, rows: np.ndarray) -> str:
        """The filter expression of a row set: ``doc in [...]`` when it is exactly some documents'
        chunks (a search within a document), else row ranges or a row list."""
        rows = np.unique(np.asarray(rows, np.int64))
        if self._doc_rows and self._docs and len(rows):
            covered, names = 0, []
            for code, (lo, hi) in self._doc_rows.items():
                inside = np.count_nonzero((rows >= lo) & (rows <= hi))
                if inside == hi - lo + 1:
                    covered += inside
                    names.append(self._docs[code])
                elif inside:
                    break
            else:
                if covered == len(rows):
                    return filter_expression(docs=sorted(names))
        return filter_expression(rows=rows)

    def search_where(self, query_vector, k: int, docs: list[str] | None = None, year: int | None = None,
                     kind: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores, chunk rows) of the k nearest chunks among the documents ``docs`` and the period
        (``year``, ``kind``: '', 'review' or 'plan'), filtered inside Milvus."""
        return self._search(self.chunks, query_vector, k, filter_expression(docs=docs, year=year, kind=kind))

    def _vectors(self, collection: str, rows: np.ndarray) -> np.ndarray:
        milvus = self._client(collection)
        rows = np.asarray(rows, np.int64)
        unique, back = np.unique(rows, return_inverse=True)
        found: dict[int, list] = {}
        for lo in range(0, len(unique), MAX_LIMIT):
            ids = unique[lo:lo + MAX_LIMIT].tolist()
            for entity in _call(self.uri, f"read vectors of {collection}", milvus.get, collection, ids=ids,
                                output_fields=["vector"]):
                found[int(entity["row"])] = entity["vector"]
        missing = [r for r in unique.tolist() if r not in found]
        if missing:
            raise VectorStoreError(f"Milvus collection {collection} at {self.uri} lacks rows {missing[:5]}; "
                                   "run `qa build --force`")
        return np.asarray([found[r] for r in unique.tolist()], np.float32)[back]

    def scores(self, query_vector, rows):
        if not len(rows):
            return np.zeros(0, np.float32)
        return self._vectors(self.chunks, rows) @ np.asarray(query_vector, np.float32)

    def sentence_scores(self, query_vector, rows):
        if not self.sentences:
            raise ValueError("this index stores no sentence vectors (Settings.sentence_vectors_max_chunks)")
        if not len(rows):
            return np.zeros(0, np.float32)
        return self._vectors(self.sentences, rows) @ np.asarray(query_vector, np.float32)


class MilvusLexical:
    """Milvus's full-text BM25 in place of the project's (``lexical.LexicalIndex``): ``scores(query,
    view)`` is a BM25 search of the ``word`` (jieba) or ``char`` (one token per character) field,
    the ``limit`` best chunks scored and the others 0; everything else (document frequencies, the
    vocabulary) comes from the project's index ``inner``. Ranks as the project's BM25 does (README,
    "Larger deployments"); its scores are about k1 + 1 = 2.5 times the project's, a scale fusion's min-max removes.
    """

    FIELDS = {"word": ("text", "text_bm25"), "char": ("chars", "chars_bm25")}

    def __init__(self, store: MilvusVectorStore, inner, limit: int = 1000):
        self.store, self.inner, self.limit = store, inner, limit
        self.size = store.size

    def scores(self, query: str, view: str) -> np.ndarray:
        if view not in self.FIELDS:
            raise VectorStoreError(f"lexical view {view!r}: allowed values are {', '.join(self.FIELDS)}")
        out = np.zeros(self.size, np.float32)
        text = normalize(query)
        if view == "char":
            from .lexical import char_tokens

            text = " ".join(char_tokens(text))
        if not text.strip():
            return out
        milvus = self.store._client(self.store.chunks)
        found = _call(self.store.uri, f"BM25 search of {self.store.chunks}", milvus.search, self.store.chunks,
                      data=[text], anns_field=self.FIELDS[view][1], limit=min(self.limit, self.size, MAX_LIMIT),
                      output_fields=[], search_params={"metric_type": "BM25"})
        for hit in (found[0] if found else []):
            out[int(hit["row"] if "row" in hit else hit["id"])] = abs(float(hit["distance"]))
        return out

    def __getattr__(self, name):
        return getattr(self.inner, name)
