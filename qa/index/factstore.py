"""Facts of every indexed sentence, extracted once at build time and stored with the index.

``qa/facts.py`` reads a sentence's figures (subject, unit, value, direction, aspect, period,
offsets), entities and enumerations; the claim checker (and any answer step) needs them for the
sentences a search returns. Extracting them at query time costs jieba part-of-speech tagging per
sentence; stored, they cost a slice of a memory-mapped file and one ``json.loads``.

On-disk layout (the ``facts/`` folder of an index data folder)::

    meta.json       {"version": facts.extractor_version(), "docs": [document names], "sentences": n}
    keys.npy        uint64, sorted: (document code << 40) | absolute start of the sentence
    pairs.npy       int64, per sentence: its row in the chunk store's ``sent_bounds`` (its text)
    offsets.npy     int64, n + 1 byte offsets of each sentence's record in records.jsonl
    records.jsonl   one compact JSON array per sentence (facts.facts_to_record), in key order; the
                    sentence text is left out when it is already normalized (read from the chunks)

A sentence is named as ``Index.sentence_row`` names it: its document and its start in the document.
Facts stored by another extractor version are ignored (``FactStore.usable`` is False) and callers
extract again; ``maintenance.staleness`` then asks for a rebuild. Does not extract anything
itself at query time and knows nothing of claims.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from ..domain import PERIOD_KINDS
from ..errors import IndexCorruptError
from ..facts import SentenceFacts, extract, extractor_version, facts_from_record, facts_to_record

FACTS_DIR = "facts"
_SHIFT = 40  # document code << 40 | start: starts below 2**40 characters (a terabyte of text)


def _key(doc_code: int, start: int) -> int:
    return (int(doc_code) << _SHIFT) | int(start)


def build_facts(sentences: Iterable[tuple[str, int, str, int | None, str, int]], store=None) -> "FactStore":
    """Extract the facts of (doc, start, text, period_year, period_kind, pair) sentences into a
    FactStore held in memory (``save`` writes it). ``pair`` is the sentence's row in ``store``'s
    ``sent_bounds``; without a ``store`` (pair -1) every record keeps its text."""
    docs: dict[str, int] = {}
    keyed = []
    for doc, start, text, year, kind, pair in sentences:
        code = docs.setdefault(doc, len(docs))
        record = facts_to_record(extract(text, year, kind), text if store is not None and pair >= 0 else None)
        keyed.append((_key(code, start), pair, record))
    keyed.sort(key=lambda kv: kv[0])
    blobs = [json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n" for _, _, r in keyed]
    offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in blobs], out=offsets[1:])
    out = FactStore(meta={"version": extractor_version(), "docs": list(docs), "sentences": len(blobs)},
                    keys=np.asarray([k for k, _, _ in keyed], dtype=np.uint64),
                    pairs=np.asarray([p for _, p, _ in keyed], dtype=np.int64), offsets=offsets,
                    data=np.frombuffer(b"".join(blobs), dtype=np.uint8))
    if store is not None:
        out.bind(store)
    return out


class FactStore:
    """Stored sentence facts, looked up by (document, sentence start).

    Made in memory by ``build_facts`` or opened from a folder with ``FactStore.open`` (nothing is
    read until the first lookup; then the arrays are memory-mapped and meta.json parsed once).

    >>> store = build_facts([("r.txt", 10, "全年接待游客286.35万人次,同比增长52.7%。", 2021, "review", -1)])
    >>> [f.subject for f in store.get("r.txt", 10).figures], store.get("r.txt", 11)
    (['接待游客', '接待游客'], None)
    """

    def __init__(self, meta: dict | None = None, keys: np.ndarray | None = None, pairs: np.ndarray | None = None,
                 offsets: np.ndarray | None = None, data: np.ndarray | None = None, folder: Path | None = None):
        self._meta, self._keys, self._pairs, self._offsets, self._data = meta, keys, pairs, offsets, data
        self.folder = Path(folder) if folder is not None else None
        self._store = None
        self._codes: dict[str, int] | None = None
        self._cache: dict[int, SentenceFacts] = {}

    @classmethod
    def open(cls, folder: Path) -> "FactStore | None":
        """The store saved in ``folder`` (lazily read), None when the index has none (built before
        facts were stored)."""
        folder = Path(folder)
        return cls(folder=folder) if (folder / "meta.json").is_file() else None

    def _load(self) -> None:
        if self._meta is not None:
            return
        try:
            meta = json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))
            keys = np.load(self.folder / "keys.npy", mmap_mode="r", allow_pickle=False)
            pairs = np.load(self.folder / "pairs.npy", mmap_mode="r", allow_pickle=False)
            offsets = np.load(self.folder / "offsets.npy", mmap_mode="r", allow_pickle=False)
            size = (self.folder / "records.jsonl").stat().st_size
            data = (np.memmap(self.folder / "records.jsonl", dtype=np.uint8, mode="r") if size
                    else np.zeros(0, np.uint8))
        except (OSError, ValueError, json.JSONDecodeError) as exc:
            raise IndexCorruptError(f"stored facts in {self.folder} cannot be read ({exc}); run `qa build`") from exc
        if len(offsets) != len(keys) + 1 or len(pairs) != len(keys) or (len(keys) and int(offsets[-1]) != len(data)):
            raise IndexCorruptError(f"stored facts in {self.folder} are inconsistent; run `qa build`")
        self._meta, self._keys, self._pairs, self._offsets, self._data = meta, keys, pairs, offsets, data

    def bind(self, store) -> None:
        """The chunk store the ``pairs`` refer to: where records without their text read it."""
        self._store = store

    @property
    def meta(self) -> dict:
        self._load()
        return self._meta

    @property
    def version(self) -> str:
        return str(self.meta.get("version", ""))

    @property
    def usable(self) -> bool:
        """Whether the facts were extracted by this version of qa/facts.py."""
        return self.version == extractor_version()

    def __len__(self) -> int:
        self._load()
        return len(self._keys)

    def get(self, doc: str, start: int) -> SentenceFacts | None:
        """The facts of the sentence of ``doc`` starting at ``start``, None when not stored."""
        self._load()
        if self._codes is None:
            self._codes = {d: i for i, d in enumerate(self._meta.get("docs", []))}
        code = self._codes.get(doc)
        if code is None or not len(self._keys):
            return None
        key = _key(code, start)
        row = int(np.searchsorted(self._keys, np.uint64(key)))
        if row >= len(self._keys) or int(self._keys[row]) != key:
            return None
        cached = self._cache.get(row)
        if cached is None:
            record = json.loads(self._data[int(self._offsets[row]):int(self._offsets[row + 1])].tobytes())
            sentence = None
            if record[0] == 0:
                if self._store is None:
                    raise ValueError("stored facts leave their sentences out: bind() the chunk store first")
                sentence = self._store.pair_texts(np.asarray([self._pairs[row]], np.int64))[0]
            cached = self._cache[row] = facts_from_record(record, sentence)
        return cached

    def items(self) -> Iterable[tuple[str, int, SentenceFacts]]:
        """Every (doc, start, facts), in key order (tests, inspection)."""
        self._load()
        docs = self._meta.get("docs", [])
        for row, key in enumerate(self._keys.tolist()):
            doc, start = docs[key >> _SHIFT], key & ((1 << _SHIFT) - 1)
            yield doc, start, self.get(doc, start)

    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self._load()
        np.save(folder / "keys.npy", np.ascontiguousarray(self._keys, dtype=np.uint64), allow_pickle=False)
        np.save(folder / "pairs.npy", np.ascontiguousarray(self._pairs, dtype=np.int64), allow_pickle=False)
        np.save(folder / "offsets.npy", np.ascontiguousarray(self._offsets, dtype=np.int64), allow_pickle=False)
        (folder / "records.jsonl").write_bytes(np.asarray(self._data, dtype=np.uint8).tobytes())
        (folder / "meta.json").write_text(json.dumps(self._meta, ensure_ascii=False), encoding="utf-8")


def index_sentences(store) -> Callable[[], Iterable[tuple[str, int, str, int | None, str, int]]]:
    """(doc, start, text, period_year, period_kind, pair) of every unique sentence of a chunk store
    (``pair``: the row in ``sent_bounds`` of its first occurrence)."""
    def sentences():
        _, first = store.unique_sentences()
        if not len(first):
            return
        offsets = store.sent_offsets
        chunk_of = np.searchsorted(offsets, first, side="right") - 1
        starts = (store.starts[chunk_of] + store.sent_bounds[first, 0]).tolist()
        texts = store.pair_texts(first)
        for c, start, text, pair in zip(chunk_of.tolist(), starts, texts, first.tolist()):
            year, kind = _chunk_period(store, c)
            yield store.docs[int(store.doc_codes[c])], start, text, year, kind, pair
    return sentences


def _chunk_period(store, c: int) -> tuple[int | None, str]:
    year = int(store.period_years[c])
    return (year or None), PERIOD_KINDS[int(store.period_kinds[c])]
