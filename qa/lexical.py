"""Chinese keyword search: BM25 (bm25s, sparse matrices) over character tokens and jieba words.

Character tokens carry most of the signal for short Chinese questions (DESIGN.md §4); jieba words
add phrase-level precision. ``scores`` returns one score per chunk for each of the two views so
that retrieval.py can fuse them with the dense ranking.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import IndexCorruptError
from .text import char_tokens, normalize

_WORD_SKIP = re.compile(r"^[\W_]+$")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def word_tokens(text: str) -> list[str]:
    """jieba search-mode words of the normalized text, without punctuation and spaces.

    >>> word_tokens("地区生产总值增长8%")   # doctest: +SKIP
    ['地区', '生产', '总值', '生产总值', '增长', '8', '%']
    """
    return [w for w in _jieba().lcut_for_search(normalize(text)) if w.strip() and not _WORD_SKIP.match(w)]


VIEWS = {"char": char_tokens, "word": word_tokens}


class LexicalIndex:
    """BM25 over chunk texts in two token views ('char' and 'word')."""

    def __init__(self, models: dict):
        self._models = models

    @classmethod
    def build(cls, texts: Sequence[str]) -> "LexicalIndex":
        import bm25s

        models = {}
        for view, tokenize in VIEWS.items():
            model = bm25s.BM25()
            # An empty chunk still needs one token for bm25s; "" is its reserved empty token.
            model.index([tokenize(t) or [""] for t in texts], show_progress=False)
            models[view] = model
        return cls(models)

    @property
    def size(self) -> int:
        return int(next(iter(self._models.values())).scores["num_docs"])

    def scores(self, query: str, view: str) -> np.ndarray:
        """BM25 score of every chunk for ``query`` in one view; zeros when no token is known."""
        model = self._models[view]
        ids = model.get_tokens_ids(VIEWS[view](query))
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(model.get_scores(ids), dtype=np.float32)

    def vocabulary(self, view: str = "word") -> set[str]:
        """Every token of one view that occurs in the indexed chunks."""
        return {t for t in self._models[view].vocab_dict if t}

    def doc_freq(self, token: str, view: str = "word") -> int:
        """Number of chunks containing ``token`` (0 when unknown), read off the sparse matrix."""
        model = self._models[view]
        tid = model.vocab_dict.get(token)
        if tid is None:
            return 0
        indptr = model.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid]) if tid + 1 < len(indptr) else 0

    def save(self, folder: Path) -> None:
        for view, model in self._models.items():
            model.save(str(Path(folder) / view), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        import bm25s

        models = {}
        for view in VIEWS:
            path = Path(folder) / view
            try:
                models[view] = bm25s.BM25.load(str(path), mmap=False)
            except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
                raise IndexCorruptError(
                    f"lexical index {path} cannot be read ({type(exc).__name__}: {exc}); run `qa build`"
                ) from exc
        return cls(models)
