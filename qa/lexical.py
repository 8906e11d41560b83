"""Chinese keyword search: BM25 over character tokens and jieba words, as sparse matrices.

Character tokens carry most of the signal for short Chinese questions (README, "How it works"); jieba words
add phrase-level precision. ``scores`` returns one score per chunk for each of the two views so
that retrieval.py can fuse them with the dense ranking.

The BM25 variant is bm25s's default (Lucene idf and term-frequency saturation, k1=1.5, b=0.75),
reproduced exactly (tests/test_lexical.py compares the scores with bm25s bit for bit), but built
and scored with numpy only: a chunk's tokens are the tokens of its sentences, every unique sentence
is tokenized once (overlapping chunks share sentences), in several processes for big corpora, and
the (chunk, token) counts become a CSC matrix with a few sorts instead of Python loops. A query
adds one matrix column per query token (``scores[rows] += values``), so it costs the number of
chunks its tokens occur in, never a loop over chunks.

``TermStats`` keeps, per character and character bigram, the number of sentences containing it
(the answerer's IDF weights and its "does the corpus use this word" test), computed at build time
from the same tokenization pass and stored compactly as sorted integer codes.
"""

from __future__ import annotations

import json
import logging
import math
import os
import multiprocessing
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import IndexCorruptError
from .text import _TOKEN, normalize

_WORD_SKIP = re.compile(r"^[\W_]+$")
K1, B = 1.5, 0.75  # bm25s defaults
EMPTY_TOKEN = ""  # the one token of a chunk that has none (bm25s does the same)
PARALLEL_MIN_TEXTS = 20_000  # below this, tokenizing in one process is faster than forking workers
_BATCH = 5_000
_WORD_CACHE_MAX = 500_000


@lru_cache(maxsize=1)
def _jieba():
    import jieba  # lazy: its dictionary loads on first use, once, inside this cached loader

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


_word_cache: dict[str, list[str]] = {}


def _block_words(block: str) -> list[str]:
    """jieba search-mode words of one block (jieba cuts every block on its own), kept words only."""
    words = _word_cache.get(block)
    if words is None:
        words = [w for w in _jieba().lcut_for_search(block) if w.strip() and not _WORD_SKIP.match(w)]
        if len(_word_cache) >= _WORD_CACHE_MAX:
            _word_cache.clear()
        _word_cache[block] = words
    return words


def _words_of_normalized(norm: str) -> list[str]:
    out: list[str] = []
    for block in _jieba().re_han_default.split(norm):
        if block:
            out.extend(_block_words(block))
    return out


def word_tokens(text: str) -> list[str]:
    """jieba search-mode words of the normalized text, without punctuation and spaces.

    jieba cuts a text block by block (runs of Han characters, letters and digits); the words of a
    block are cached, so the formulaic phrases of reports are cut once.

    >>> word_tokens("地区生产总值增长8%")
    ['地区', '生产', '总值', '生产总值', '增长', '8%']
    """
    return _words_of_normalized(normalize(text))


def _char_tokens_of_normalized(norm: str) -> list[str]:
    return _TOKEN.findall(norm)


def char_tokens(text: str) -> list[str]:
    """Lexical tokens: each Chinese character, each Latin word, each number (text.char_tokens)."""
    return _char_tokens_of_normalized(normalize(text))


VIEWS = {"char": char_tokens, "word": word_tokens}
_NORMALIZED_VIEWS = {"char": _char_tokens_of_normalized, "word": _words_of_normalized}


# ---------------------------------------------------------------- tokenizing many texts

def gram_code(gram: str) -> int:
    """Integer code of a character (``c``) or character bigram (``ab``) for TermStats; -1 otherwise.

    >>> gram_code("a") == (97 << 21) | 0x1FFFFF, gram_code("ab") == (97 << 21) | 98, gram_code("abc")
    (True, True, -1)
    """
    if len(gram) == 1:
        return (ord(gram) << 21) | 0x1FFFFF
    if len(gram) == 2:
        return (ord(gram[0]) << 21) | ord(gram[1])
    return -1


@dataclass
class Analysis:
    """Tokens of many texts as ids into one vocabulary per view, plus sentence statistics.

    ``ids[view][offsets[view][i]:offsets[view][i + 1]]`` are the token ids of text i;
    ``gram_codes``/``gram_df``: characters and bigrams (gram_code) and the number of the first
    ``stats_texts`` texts (the sentences) that contain each.
    """

    vocab: dict[str, list[str]]
    ids: dict[str, np.ndarray]
    offsets: dict[str, np.ndarray]
    gram_codes: np.ndarray
    gram_df: np.ndarray
    stats_texts: int


_SOURCE: Callable[[int, int], list[str]] | None = None  # read by forked workers (set before the fork)


def _analyse_range(job: tuple[int, int, int]) -> dict:
    lo, hi, stats_upto = job
    texts = _SOURCE(lo, hi)
    out: dict = {}
    norms = [normalize(t) for t in texts]
    for view, tokenize in _NORMALIZED_VIEWS.items():
        local: dict[str, int] = {}
        ids: list[int] = []
        lengths = np.zeros(len(norms), dtype=np.int32)
        for i, norm in enumerate(norms):
            tokens = tokenize(norm)
            lengths[i] = len(tokens)
            ids.extend([local.setdefault(t, len(local)) for t in tokens])
        out[view] = (list(local), np.asarray(ids, dtype=np.int32), lengths)
    grams: dict[str, int] = {}
    counts: list[int] = []
    for norm in norms[:max(0, stats_upto - lo)]:
        for g in set(norm) | {norm[i:i + 2] for i in range(len(norm) - 1)}:
            k = grams.setdefault(g, len(grams))
            if k == len(counts):
                counts.append(1)
            else:
                counts[k] += 1
    out["grams"] = (list(grams), np.asarray(counts, dtype=np.int64))
    return out


def default_workers(n_texts: int) -> int:
    return 1 if n_texts < PARALLEL_MIN_TEXTS else max(1, min(os.cpu_count() or 1, 4))


def analyse_texts(get_texts: Callable[[int, int], list[str]], n: int, stats_texts: int = 0,
                  workers: int | None = None, progress: Callable[[int], None] | None = None) -> Analysis:
    """Normalize and tokenize texts 0..n-1 (``get_texts(lo, hi)`` returns texts lo..hi-1) in both views.

    With ``workers`` > 1 (default: by size, see ``default_workers``) the work is split across forked
    processes that read the texts through ``get_texts`` themselves; the result is the same.
    """
    global _SOURCE
    workers = default_workers(n) if workers is None else max(1, workers)
    jobs = [(lo, min(n, lo + _BATCH), stats_texts) for lo in range(0, n, _BATCH)]
    vocab: dict[str, dict[str, int]] = {view: {} for view in VIEWS}
    parts: dict[str, list] = {view: [] for view in VIEWS}
    lengths: dict[str, list] = {view: [] for view in VIEWS}
    grams: dict[str, int] = {}
    gram_parts: list[tuple[np.ndarray, np.ndarray]] = []
    _jieba()  # load the dictionary once, before any fork
    normalize("預熱")
    _SOURCE = get_texts
    try:
        if workers > 1 and len(jobs) > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.imap(_analyse_range, jobs)
                _merge(results, jobs, vocab, parts, lengths, grams, gram_parts, progress)
        else:
            _merge(map(_analyse_range, jobs), jobs, vocab, parts, lengths, grams, gram_parts, progress)
    finally:
        _SOURCE = None
    ids, offsets = {}, {}
    for view in VIEWS:
        ids[view] = np.concatenate(parts[view]) if parts[view] else np.zeros(0, np.int32)
        offsets[view] = np.zeros(n + 1, dtype=np.int64)
        if n:
            np.cumsum(np.concatenate(lengths[view]), out=offsets[view][1:])
    codes = np.fromiter((gram_code(g) for g in grams), dtype=np.int64, count=len(grams))
    df = np.zeros(len(grams), dtype=np.int64)
    for mapped, counts in gram_parts:
        np.add.at(df, mapped, counts)
    return Analysis({v: list(vocab[v]) for v in VIEWS}, ids, offsets, codes, df, stats_texts)


def _merge(results, jobs, vocab, parts, lengths, grams, gram_parts, progress) -> None:
    for (lo, hi, _), result in zip(jobs, results):
        for view in VIEWS:
            local, local_ids, local_lengths = result[view]
            table = vocab[view]
            mapping = np.fromiter((table.setdefault(t, len(table)) for t in local), dtype=np.int32, count=len(local))
            parts[view].append(mapping[local_ids] if len(local_ids) else local_ids)
            lengths[view].append(local_lengths)
        local_grams, counts = result["grams"]
        if local_grams:
            mapped = np.fromiter((grams.setdefault(g, len(grams)) for g in local_grams), dtype=np.int64,
                                 count=len(local_grams))
            gram_parts.append((mapped, counts))
        if progress:
            progress(hi - lo)


# ---------------------------------------------------------------- BM25

class Bm25:
    """One BM25 view: a CSC matrix (chunks x tokens) of precomputed term scores and its vocabulary."""

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, vocab: list[str], num_docs: int):
        self.data, self.indices, self.indptr = data, indices, indptr
        self.vocab = vocab
        self.vocab_dict = {t: i for i, t in enumerate(vocab)}
        self.num_docs = num_docs

    @classmethod
    def from_token_ids(cls, tok_ids: np.ndarray, tok_offsets: np.ndarray, vocab: list[str],
                       doc_pieces: np.ndarray, doc_piece_offsets: np.ndarray) -> "Bm25":
        """BM25 of documents made of pieces: document d is pieces ``doc_pieces[doc_piece_offsets[d]:[d+1]]``,
        piece p has tokens ``tok_ids[tok_offsets[p]:tok_offsets[p+1]]``."""
        n_docs = len(doc_piece_offsets) - 1
        piece_len = np.diff(tok_offsets)
        per_piece_doc = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(doc_piece_offsets))
        lengths = np.bincount(per_piece_doc, weights=piece_len[doc_pieces], minlength=n_docs).astype(np.int64) \
            if n_docs else np.zeros(0, np.int64)
        vocab = list(vocab)
        empty_id = -1
        if n_docs and (lengths == 0).any():
            if EMPTY_TOKEN in vocab:
                empty_id = vocab.index(EMPTY_TOKEN)
            else:
                empty_id = len(vocab)
                vocab.append(EMPTY_TOKEN)
        n_vocab = len(vocab)
        docs_parts, toks_parts, tfs_parts = [], [], []
        block = max(1, 20_000_000 // max(1, int(lengths.mean()) if n_docs else 1))
        for lo in range(0, n_docs, block):
            hi = min(n_docs, lo + block)
            pieces = doc_pieces[doc_piece_offsets[lo]:doc_piece_offsets[hi]]
            piece_docs = per_piece_doc[doc_piece_offsets[lo]:doc_piece_offsets[hi]] - lo
            counts = piece_len[pieces]
            total = int(counts.sum())
            if total:
                starts = tok_offsets[pieces]
                shift = np.repeat(starts - np.cumsum(counts) + counts, counts)
                tokens = tok_ids[shift + np.arange(total, dtype=np.int64)].astype(np.int64)
                docs = np.repeat(piece_docs, counts)
                keys, tf = np.unique(docs * n_vocab + tokens, return_counts=True)
                docs_parts.append((keys // n_vocab + lo).astype(np.int32))
                toks_parts.append((keys % n_vocab).astype(np.int32))
                tfs_parts.append(tf.astype(np.int32))
            if empty_id >= 0:
                empty = np.flatnonzero(lengths[lo:hi] == 0) + lo
                if len(empty):  # merged below; keeps (doc, token) order because it is re-sorted by token
                    docs_parts.append(empty.astype(np.int32))
                    toks_parts.append(np.full(len(empty), empty_id, np.int32))
                    tfs_parts.append(np.ones(len(empty), np.int32))
        if empty_id >= 0:
            lengths = np.maximum(lengths, 1)
        docs = np.concatenate(docs_parts) if docs_parts else np.zeros(0, np.int32)
        toks = np.concatenate(toks_parts) if toks_parts else np.zeros(0, np.int32)
        tfs = np.concatenate(tfs_parts) if tfs_parts else np.zeros(0, np.int32)
        del docs_parts, toks_parts, tfs_parts
        # Only tokens that occur in some document belong to the vocabulary (as with bm25s).
        df = np.bincount(toks, minlength=n_vocab)
        keep = df > 0
        if not keep.all():
            remap = np.cumsum(keep) - 1
            toks = remap[toks].astype(np.int32)
            vocab = [t for t, k in zip(vocab, keep.tolist()) if k]
            df = df[keep]
        # Stable sort by token: documents stay ascending within a column (CSC order). The
        # arrays are sorted by document and then token, so this is the (token, document) order.
        order = np.argsort(toks, kind="stable")
        docs, toks, tfs = docs[order], toks[order], tfs[order]
        del order
        idf_of = {int(d): math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) for d in np.unique(df)}
        idf = np.array([idf_of[int(d)] for d in df], dtype=np.float32)
        avg = lengths.mean() if n_docs else np.float64(1.0)
        tf = tfs.astype(np.float64)
        denom = K1 * ((1 - B) + (B * lengths[docs].astype(np.float64)) / avg) + tf
        data = (idf[toks].astype(np.float64) * (tf / denom)).astype(np.float32)
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(toks, minlength=len(vocab)), out=indptr[1:])
        return cls(data, docs.astype(np.int32), indptr, vocab, n_docs)

    def token_ids(self, tokens: Sequence[str]) -> list[int]:
        table = self.vocab_dict
        return [table[t] for t in tokens if t in table]

    def scores(self, ids: Sequence[int]) -> np.ndarray:
        """Sum of the columns of ``ids`` (repeats count again), in float32 in query order, as bm25s."""
        out = np.zeros(self.num_docs, dtype=np.float32)
        for t in ids:
            a, b = self.indptr[t], self.indptr[t + 1]
            out[self.indices[a:b]] += self.data[a:b]
        return out

    def doc_freq(self, token: str) -> int:
        tid = self.vocab_dict.get(token)
        return 0 if tid is None else int(self.indptr[tid + 1] - self.indptr[tid])

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("data", "indices", "indptr"):
            np.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)
        (folder / "vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        (folder / "params.json").write_text(json.dumps({"k1": K1, "b": B, "method": "lucene",
                                                        "num_docs": self.num_docs}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> "Bm25":
        mode = "r" if mmap else None
        params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        arrays = [np.load(folder / f"{name}.npy", mmap_mode=mode, allow_pickle=False)
                  for name in ("data", "indices", "indptr")]
        bm25 = cls(*arrays, vocab=vocab, num_docs=int(params["num_docs"]))
        if len(bm25.indptr) != len(vocab) + 1 or int(bm25.indptr[-1]) != len(bm25.data) \
                or len(bm25.data) != len(bm25.indices):
            raise ValueError(f"matrix of {len(bm25.indptr) - 1} columns for {len(vocab)} tokens")
        return bm25


class LexicalIndex:
    """BM25 over chunk texts in two token views ('char' and 'word')."""

    def __init__(self, models: dict[str, Bm25]):
        self._models = models

    @classmethod
    def build(cls, texts: Sequence[str], workers: int | None = None) -> "LexicalIndex":
        """Index each text as one document."""
        texts = list(texts)
        analysis = analyse_texts(lambda lo, hi: texts[lo:hi], len(texts), workers=workers)
        pieces = np.arange(len(texts), dtype=np.int64)
        return cls.from_analysis(analysis, pieces, np.arange(len(texts) + 1, dtype=np.int64))

    @classmethod
    def from_analysis(cls, analysis: Analysis, doc_pieces: np.ndarray, doc_piece_offsets: np.ndarray) -> "LexicalIndex":
        """Index documents made of analysed texts (a chunk = its sentences, see ``Bm25.from_token_ids``)."""
        return cls({view: Bm25.from_token_ids(analysis.ids[view], analysis.offsets[view], analysis.vocab[view],
                                              doc_pieces, doc_piece_offsets) for view in VIEWS})

    @property
    def size(self) -> int:
        return next(iter(self._models.values())).num_docs

    def scores(self, query: str, view: str) -> np.ndarray:
        """BM25 score of every chunk for ``query`` in one view; zeros when no token is known."""
        model = self._models[view]
        ids = model.token_ids(VIEWS[view](query))
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return model.scores(ids)

    def vocabulary(self, view: str = "word") -> set[str]:
        """Every token of one view that occurs in the indexed chunks."""
        return {t for t in self._models[view].vocab if t}

    def doc_freq(self, token: str, view: str = "word") -> int:
        """Number of chunks containing ``token`` (0 when unknown), read off the sparse matrix."""
        return self._models[view].doc_freq(token)

    def save(self, folder: Path) -> None:
        for view, model in self._models.items():
            model.save(Path(folder) / view)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> "LexicalIndex":
        models = {}
        for view in VIEWS:
            path = Path(folder) / view
            try:
                models[view] = Bm25.load(path, mmap=mmap)
            except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
                raise IndexCorruptError(
                    f"lexical index {path} cannot be read ({type(exc).__name__}: {exc}); run `qa build`"
                ) from exc
        return cls(models)


# ---------------------------------------------------------------- sentence statistics

class TermStats:
    """Per character and character bigram: the number of indexed sentences containing it.

    >>> stats = TermStats.from_analysis(analyse_texts(lambda lo, hi: ["增长7%。", "增长"][lo:hi], 2, 2))
    >>> stats.df("增长"), stats.df("长"), stats.df("7%"), stats.df("减少"), stats.n_sentences
    (2, 2, 1, 0, 2)
    """

    def __init__(self, codes: np.ndarray, df: np.ndarray, n_sentences: int):
        self.codes, self.dfs, self.n_sentences = codes, df, n_sentences
        self._cache: dict[str, int] = {}

    @classmethod
    def from_analysis(cls, analysis: Analysis) -> "TermStats":
        order = np.argsort(analysis.gram_codes, kind="stable")
        return cls(analysis.gram_codes[order], analysis.gram_df[order].astype(np.int32), analysis.stats_texts)

    def df(self, term: str) -> int:
        """Sentences containing ``term`` (a character or a bigram of the normalized text), else 0."""
        hit = self._cache.get(term)
        if hit is None:
            code = gram_code(term)
            i = int(np.searchsorted(self.codes, code)) if code >= 0 else len(self.codes)
            hit = int(self.dfs[i]) if i < len(self.codes) and self.codes[i] == code else 0
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[term] = hit
        return hit

    def idf(self, term: str) -> float:
        return math.log((max(1, self.n_sentences) + 1) / (self.df(term) + 0.5))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "codes.npy", self.codes, allow_pickle=False)
        np.save(folder / "df.npy", self.dfs, allow_pickle=False)
        (folder / "meta.json").write_text(json.dumps({"n_sentences": self.n_sentences}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "TermStats":
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            codes = np.load(folder / "codes.npy", allow_pickle=False)
            df = np.load(folder / "df.npy", allow_pickle=False)
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise IndexCorruptError(f"term statistics {folder} cannot be read ({exc}); run `qa build`") from exc
        if len(codes) != len(df):
            raise IndexCorruptError(f"term statistics {folder} are inconsistent; run `qa build`")
        return cls(codes, df, int(meta["n_sentences"]))
