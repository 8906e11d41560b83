"""Chunks stored in columns: numpy arrays and UTF-8 blobs, read as a sequence of ``Chunk``.

A million chunks as Python objects cost about a gigabyte and half a minute to parse from JSON
lines; as columns they are a few arrays that load memory-mapped in milliseconds. ``ChunkStore``
is a read-only ``Sequence[Chunk]``: ``store[i]`` builds the ``Chunk`` on demand, and the
per-chunk facts that searches need for every chunk (document, period, sentence offsets) are
whole arrays (``doc_codes``, ``period_years`` ...), so nothing loops over chunks in Python.

Layout of a saved store (one folder)::

    meta.json            count, document names, format
    text.npy, text_offsets.npy           UTF-8 bytes of all chunk texts, byte offsets (n + 1)
    ids.npy, ids_offsets.npy             chunk ids, likewise
    sections.npy, sections_offsets.npy   the distinct section paths, likewise
    doc.npy, section.npy                 per chunk: codes into the document names / sections
    start.npy, end.npy                   per chunk: character offsets in its document
    period_year.npy, period_kind.npy     per chunk: year (0 = none), kind (0 '', 1 review, 2 plan)
    sent_offsets.npy, sent_bounds.npy    sentences: chunk i owns rows sent_offsets[i]:[i + 1] of
                                         sent_bounds, (start, end) relative to the chunk text

Does not know about vectors or BM25 (index.py, lexical.py).
"""

from __future__ import annotations

import json
from array import array
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from .chunking import Chunk
from .domain import PERIOD_KINDS
from .errors import IndexCorruptError

_KIND_CODE = {k: i for i, k in enumerate(PERIOD_KINDS)}
_ARRAYS = ("text", "text_offsets", "ids", "ids_offsets", "sections", "sections_offsets", "doc", "section",
           "start", "end", "period_year", "period_kind", "sent_offsets", "sent_bounds")


class StringColumn:
    """Strings as one UTF-8 byte array plus offsets; ``column[i]`` decodes one string."""

    def __init__(self, data: np.ndarray, offsets: np.ndarray):
        self.data, self.offsets = data, offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self.data[self.offsets[i]:self.offsets[i + 1]].tobytes().decode("utf-8")

    def many(self, lo: int, hi: int) -> list[str]:
        """Strings lo..hi-1, decoded with one slice."""
        offsets = self.offsets[lo:hi + 1]
        blob = self.data[offsets[0]:offsets[-1]].tobytes()
        rel = (offsets - offsets[0]).tolist()
        return [blob[a:b].decode("utf-8") for a, b in zip(rel[:-1], rel[1:])]


class ChunkStoreBuilder:
    """Collects chunks document by document; ``build()`` returns the ChunkStore."""

    def __init__(self) -> None:
        self._text: list[bytes] = []
        self._ids: list[bytes] = []
        self._docs: dict[str, int] = {}
        self._sections: dict[str, int] = {}
        self._cols: dict[str, array] = {k: array("q") for k in ("doc", "section", "start", "end", "period_year",
                                                                "period_kind", "sent_counts")}
        self._bounds = array("q")  # flattened (start, end) pairs

    def add(self, chunks: Iterable[Chunk]) -> None:
        cols = self._cols
        for c in chunks:
            self._text.append(c.text.encode("utf-8"))
            self._ids.append(c.chunk_id.encode("utf-8"))
            cols["doc"].append(self._docs.setdefault(c.doc, len(self._docs)))
            cols["section"].append(self._sections.setdefault(c.section, len(self._sections)))
            cols["start"].append(c.start)
            cols["end"].append(c.end)
            cols["period_year"].append(c.period_year or 0)
            if c.period_kind not in _KIND_CODE:
                raise ValueError(f"chunk {c.chunk_id}: period_kind {c.period_kind!r} is not one of {PERIOD_KINDS}")
            cols["period_kind"].append(_KIND_CODE[c.period_kind])
            cols["sent_counts"].append(len(c.sentences))
            for s, e in c.sentences:
                self._bounds.append(s)
                self._bounds.append(e)

    def build(self) -> "ChunkStore":
        def strings(items: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
            offsets = np.zeros(len(items) + 1, dtype=np.int64)
            np.cumsum(np.fromiter((len(b) for b in items), dtype=np.int64, count=len(items)), out=offsets[1:])
            return np.frombuffer(b"".join(items), dtype=np.uint8), offsets

        cols = self._cols
        arrays = {}
        arrays["text"], arrays["text_offsets"] = strings(self._text)
        arrays["ids"], arrays["ids_offsets"] = strings(self._ids)
        arrays["sections"], arrays["sections_offsets"] = strings([s.encode("utf-8") for s in self._sections])
        arrays["doc"] = np.frombuffer(cols["doc"], dtype=np.int64).astype(np.int32)
        arrays["section"] = np.frombuffer(cols["section"], dtype=np.int64).astype(np.int32)
        arrays["start"] = np.frombuffer(cols["start"], dtype=np.int64).astype(np.int64)
        arrays["end"] = np.frombuffer(cols["end"], dtype=np.int64).astype(np.int64)
        arrays["period_year"] = np.frombuffer(cols["period_year"], dtype=np.int64).astype(np.int32)
        arrays["period_kind"] = np.frombuffer(cols["period_kind"], dtype=np.int64).astype(np.int8)
        arrays["sent_offsets"] = np.zeros(len(cols["sent_counts"]) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(cols["sent_counts"], dtype=np.int64), out=arrays["sent_offsets"][1:])
        arrays["sent_bounds"] = np.frombuffer(self._bounds, dtype=np.int64).astype(np.int32).reshape(-1, 2)
        return ChunkStore(arrays, list(self._docs))


class ChunkStore(Sequence[Chunk]):
    """A read-only sequence of Chunks kept in columns (see the module docstring).

    >>> store = ChunkStore.from_chunks([Chunk("a1", "r.txt", "一、回顾", "增长7%。完成。", 0, 8,
    ...                                       [(0, 5), (5, 8)], 2021, "review")])
    >>> len(store), store[0].text, store[0].sentences, store.period_years.tolist()
    (1, '增长7%。完成。', [(0, 5), (5, 8)], [2021])
    """

    def __init__(self, arrays: dict[str, np.ndarray], docs: list[str]):
        self._a = arrays
        self.docs = docs  # document names; ``doc_codes`` index into it
        self._text = StringColumn(arrays["text"], arrays["text_offsets"])
        self._ids = StringColumn(arrays["ids"], arrays["ids_offsets"])
        self._sections = StringColumn(arrays["sections"], arrays["sections_offsets"])
        self._doc_index = {d: i for i, d in enumerate(docs)}

    @classmethod
    def from_chunks(cls, chunks: Iterable[Chunk]) -> "ChunkStore":
        builder = ChunkStoreBuilder()
        builder.add(chunks)
        return builder.build()

    # -- the sequence
    def __len__(self) -> int:
        return len(self._a["doc"])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"chunk position {i} out of range for {len(self)} chunks")
        a = self._a
        lo, hi = a["sent_offsets"][i], a["sent_offsets"][i + 1]
        year, kind = int(a["period_year"][i]), PERIOD_KINDS[int(a["period_kind"][i])]
        return Chunk(chunk_id=self._ids[i], doc=self.docs[a["doc"][i]], section=self._sections[a["section"][i]],
                     text=self._text[i], start=int(a["start"][i]), end=int(a["end"][i]),
                     sentences=[(int(s), int(e)) for s, e in a["sent_bounds"][lo:hi]],
                     period_year=year or None, period_kind=kind)

    def __iter__(self) -> Iterator[Chunk]:
        for i in range(len(self)):
            yield self[i]

    # -- whole columns
    @property
    def doc_codes(self) -> np.ndarray:
        return self._a["doc"]

    @property
    def period_years(self) -> np.ndarray:
        """Per chunk: the period year, 0 when it has none."""
        return self._a["period_year"]

    @property
    def period_kinds(self) -> np.ndarray:
        """Per chunk: index into PERIOD_KINDS."""
        return self._a["period_kind"]

    @property
    def starts(self) -> np.ndarray:
        return self._a["start"]

    @property
    def sent_offsets(self) -> np.ndarray:
        return self._a["sent_offsets"]

    @property
    def sent_bounds(self) -> np.ndarray:
        return self._a["sent_bounds"]

    def doc_code(self, doc: str) -> int | None:
        return self._doc_index.get(doc)

    def text(self, i: int) -> str:
        return self._text[int(i)]

    def texts(self, lo: int = 0, hi: int | None = None) -> list[str]:
        """Texts of chunks lo..hi-1."""
        hi = len(self) if hi is None else hi
        return self._text.many(lo, hi) if hi > lo else []

    def unique_sentences(self) -> tuple[np.ndarray, np.ndarray]:
        """Sentences shared by overlapping chunks, counted once, in first-seen order.

        Returns (row of every (chunk, sentence) pair among the unique sentences, aligned with
        ``sent_bounds``; the pair index of each unique sentence's first occurrence). A sentence is
        identified by its document and absolute start (``Index.sentence_row`` looks rows up by it).
        """
        a = self._a
        counts = np.diff(a["sent_offsets"])
        if not len(a["sent_bounds"]):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        chunk_of = np.repeat(np.arange(len(self), dtype=np.int64), counts)
        keys = (a["doc"][chunk_of].astype(np.int64) << 40) | (a["start"][chunk_of] + a["sent_bounds"][:, 0])
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank[inverse.ravel()], first[order]

    def pair_texts(self, pairs: np.ndarray) -> list[str]:
        """Texts of (chunk, sentence) pairs given by their row in ``sent_bounds``."""
        chunk_of = np.searchsorted(self._a["sent_offsets"], pairs, side="right") - 1
        bounds = self._a["sent_bounds"][pairs]
        out, last, text = [], -1, ""
        for c, (s, e) in zip(chunk_of.tolist(), bounds.tolist()):
            if c != last:
                text, last = self._text[c], c
            out.append(text[s:e])
        return out

    # -- persistence
    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in _ARRAYS:
            np.save(folder / f"{name}.npy", np.ascontiguousarray(self._a[name]), allow_pickle=False)
        (folder / "meta.json").write_text(json.dumps({"count": len(self), "docs": self.docs}, ensure_ascii=False),
                                          encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> "ChunkStore":
        """Load a saved store; the big arrays are memory-mapped unless ``mmap=False``."""
        folder = Path(folder)
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r" if mmap else None, allow_pickle=False)
                      for name in _ARRAYS}
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise IndexCorruptError(f"chunk store {folder} cannot be read ({exc}); run `qa build`") from exc
        n = int(meta.get("count", -1))
        sizes = {k: len(arrays[k]) for k in ("doc", "section", "start", "end", "period_year", "period_kind")}
        if any(v != n for v in sizes.values()) or len(arrays["text_offsets"]) != n + 1 \
                or len(arrays["sent_offsets"]) != n + 1 or int(arrays["sent_offsets"][-1]) != len(arrays["sent_bounds"]):
            raise IndexCorruptError(f"chunk store {folder} is inconsistent (count {n}, columns {sizes}); run `qa build`")
        return cls(arrays, list(meta.get("docs", [])))
