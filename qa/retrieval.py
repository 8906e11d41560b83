"""Hybrid retrieval: BM25 (characters + words) fused with dense similarity, period-aware.

The fusion functions are pure (arrays in, arrays out); ``Retriever`` is the thin wrapper that
embeds the question and reads the index. Fusion methods:

- ``score``: min-max normalise each ranking over the candidate set, then
  ``w * lexical + (1 - w) * dense`` (lexical = mean of the character and word views);
- ``rrf``: reciprocal rank fusion of the three rankings.

Then chunks whose period matches the question's (a 2022 target question → the 2022 plan section)
are multiplied by ``period_boost``. Questions with no Chinese (English) are translated word by word
with CC-CEDICT for the lexical side (crosslingual.py) and weighted toward the dense side.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from .chunking import Chunk
from .domain import PERIOD_KINDS
from .config import Settings
from .embedders import Embedder, get_embedder
from .errors import InputError
from .index import Index
from .crosslingual import translate, translated_share
from .question import Question, analyse

MAX_QUERY_CHARS = 2000
RRF_K = 60


def minmax(scores: np.ndarray) -> np.ndarray:
    """Scale to [0, 1]; a constant array becomes all zeros.

    >>> minmax(np.array([2.0, 4.0, 3.0])).tolist()
    [0.0, 1.0, 0.5]
    """
    scores = np.asarray(scores, dtype=np.float32)
    if scores.size == 0:
        return scores
    lo, hi = float(scores.min()), float(scores.max())
    if hi - lo < 1e-9:
        return np.zeros_like(scores)
    return (scores - lo) / (hi - lo)


def score_fusion(lexical: np.ndarray, dense: np.ndarray, lexical_weight: float) -> np.ndarray:
    """Weighted sum of min-max normalised lexical and dense scores (same candidate order)."""
    return lexical_weight * minmax(lexical) + (1.0 - lexical_weight) * minmax(dense)


def rrf_fusion(*score_lists: np.ndarray, k: int = RRF_K, weights: list[float] | None = None) -> np.ndarray:
    """Reciprocal rank fusion: sum of ``w / (k + rank)`` over rankings (rank 1 = best score).

    >>> rrf_fusion(np.array([3.0, 1.0]), np.array([0.0, 5.0]), k=0).tolist()
    [1.5, 1.5]
    """
    weights = weights or [1.0] * len(score_lists)
    total = np.zeros(len(score_lists[0]), dtype=np.float64)
    for w, scores in zip(weights, score_lists):
        order = np.argsort(-np.asarray(scores), kind="stable")
        ranks = np.empty(len(order), dtype=np.float64)
        ranks[order] = np.arange(1, len(order) + 1)
        total += w / (k + ranks)
    return total.astype(np.float32)


def period_multipliers(periods: list[tuple[int | None, str]], questions: list[Question], boost: float) -> np.ndarray:
    """``boost`` for each chunk whose (year, kind) the matching question asks about, else 1."""
    return np.array([boost if q.matches(y, k) else 1.0 for (y, k), q in zip(periods, questions)], dtype=np.float32)


# Share of an English question's content words with a report translation at which its keywords are trusted.
FULLY_TRANSLATED = 0.9


@dataclass
class Hit:
    """One retrieved chunk with its fused score and the component scores that produced it."""

    chunk: Chunk
    score: float
    rank: int
    lexical: float = 0.0  # normalised lexical score (0..1 over the candidates)
    dense: float = 0.0  # raw cosine similarity
    period_match: bool = False

    def to_dict(self) -> dict:
        return {"chunk_id": self.chunk.chunk_id, "doc": self.chunk.doc, "section": self.chunk.section,
                "text": self.chunk.text, "score": round(float(self.score), 6)}


@dataclass
class SearchResult:
    hits: list[Hit]
    question: Question
    timings_ms: dict = field(default_factory=dict)
    query_vector: np.ndarray | None = None


def check_query(query: str) -> str:
    """The query without control, format and unpaired surrogate characters, stripped; InputError
    when nothing is left or it is too long (cases: tests/test_bad_input.py).
    """
    if not isinstance(query, str):
        raise InputError(f"query must be text, got {type(query).__name__}")
    stripped = "".join(ch for ch in query if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    stripped = stripped.strip()
    if not stripped:
        raise InputError("the question is empty; type a question about the report")
    if len(stripped) > MAX_QUERY_CHARS:
        raise InputError(f"the question is {len(stripped)} characters long; the limit is {MAX_QUERY_CHARS}")
    return stripped


class Retriever:
    """Search an Index with a question. Loads the embedder that built the index, once.

    >>> from qa.corpus import parse_document
    >>> from qa.index import build_index
    >>> doc = parse_document("2022年政府工作报告\\n一、2021年工作回顾\\n全年接待游客286.35万人次。\\n"
    ...                      "二、2022年目标任务\\n力争接待游客300万人次。", "r.txt")
    >>> index = build_index([doc], Settings(embedder="hashed-ngrams-512"), get_embedder("hashed-ngrams-512"))
    >>> [hit.chunk.section for hit in Retriever(index).search("2022年接待游客目标", top_k=1).hits]
    ['二、2022年目标任务']
    """

    def __init__(self, index: Index, settings: Settings | None = None, embedder: Embedder | None = None):
        self.index = index
        base = settings or Settings()
        self.settings = base.with_build_key(index.settings) if index.settings else base
        if embedder is None:
            embedder = get_embedder(index.model["name"])
        index.check_model(embedder)
        self.embedder = embedder
        store = index.store
        # Per-chunk facts as whole arrays (no Python loop over a million chunks).
        self._period_years = np.asarray(store.period_years)
        self._period_kinds = np.asarray(store.period_kinds)
        self._doc_codes = np.asarray(store.doc_codes)
        doc_years = index.doc_years
        self._doc_year_of_code = np.array([doc_years.get(d) or 0 for d in store.docs], dtype=np.int64)
        self._default_year = max((y for y in doc_years.values() if y), default=None)
        self.vectors = index.vector_store  # every dense score comes from here (vectorstore.VectorStore)
        self._has_sentences = self.vectors.sentence_size > int(index.pair_rows().max(initial=-1))
        self._doc_places = {d["doc"]: d.get("places", []) for d in index.documents}
        self._place_docs: dict[str, set[str]] = {}  # each distinct place name -> the reports about it
        for doc, places in self._doc_places.items():
            for place in places:
                self._place_docs.setdefault(place, set()).add(doc)

    @property
    def several_places(self) -> bool:
        """Whether reports about more than one place are indexed (then answers say which place's)."""
        return len({tuple(p) for p in self._doc_places.values()}) > 1

    def names_a_place(self, text: str) -> bool:
        """Whether ``text`` names the place of an indexed report (沙湾…)."""
        return any(place in text for place in self._place_docs)

    def report_named_in(self, text: str) -> str | None:
        """The one report about the place ``text`` names, when reports about several places are indexed;
        None otherwise (no place named, or the place has several reports)."""
        docs = set().union(*(d for place, d in self._place_docs.items() if place in text))
        return next(iter(docs)) if len(docs) == 1 and self.several_places else None

    def place_of(self, doc: str) -> str:
        """The name a report is labelled with among several: its longest place name (沙湾市), else the file."""
        return max(self._doc_places.get(doc) or [doc], key=len)

    def _chunk_doc_year(self, i: int) -> int | None:
        return int(self._doc_year_of_code[self._doc_codes[i]]) or None

    def _period(self, i: int) -> tuple[int | None, str]:
        return int(self._period_years[i]) or None, PERIOD_KINDS[int(self._period_kinds[i])]

    def place_multipliers(self, question_text: str, cand: np.ndarray) -> np.ndarray:
        """``place_boost`` for chunks of the reports whose place the question names (沙湾 → 沙湾's report),
        when it names some but not all of the indexed reports' places."""
        named = set().union(*(docs for place, docs in self._place_docs.items() if place in question_text))
        if not named or len(named) == len(self._doc_places):
            return np.ones(len(cand), dtype=np.float32)
        codes = [self.index.store.doc_code(d) for d in named]
        inside = np.isin(self._doc_codes[cand], [c for c in codes if c is not None])
        return np.where(inside, self.settings.place_boost, 1.0).astype(np.float32)

    def dense_scores(self, qvec: np.ndarray, cand: np.ndarray) -> np.ndarray:
        """Cosine similarity of each candidate chunk: mean of the whole-chunk score and its best sentence
        (the whole-chunk score alone when the index keeps no sentence vectors)."""
        chunk = self.vectors.scores(qvec, cand)
        if not self._has_sentences or not len(cand):
            return chunk
        offsets = self.index.store.sent_offsets
        pair_rows = self.index.pair_rows()
        spans = [(int(offsets[i]), int(offsets[i + 1])) for i in cand]
        flat = np.concatenate([pair_rows[a:b] for a, b in spans]).astype(np.int64)
        starts = np.cumsum([0] + [b - a for a, b in spans[:-1]])
        best = np.maximum.reduceat(self.vectors.sentence_scores(qvec, flat), starts)
        w = self.settings.chunk_vector_weight
        return w * chunk + (1.0 - w) * best

    def analyse(self, query: str, year: int | None = None) -> Question:
        """The question as understood against the newest report (or ``year``)."""
        return analyse(query, year or self._default_year)

    def _candidates(self, qvec: np.ndarray, lexical: np.ndarray, c: int, doc: str | None) -> np.ndarray:
        """Union of the ``c`` best chunks by lexical score and by dense similarity."""
        n = len(self.index.chunks)
        if doc is None:
            _, dense_ids = self.vectors.search(qvec, c)
            lex_ids = np.argpartition(-lexical, c - 1)[:c] if 0 < c < n else np.arange(n)
            return np.unique(np.concatenate([dense_ids, lex_ids]).astype(np.int64))
        code = self.index.store.doc_code(doc)
        allowed = np.flatnonzero(self._doc_codes == code) if code is not None else np.zeros(0, np.int64)
        if not len(allowed):
            known = sorted(self.index.store.docs)
            raise InputError(f"document {doc!r} is not in the index; indexed documents: {', '.join(known)}")
        k = min(c, len(allowed))
        _, dense_ids = self.vectors.search(qvec, k, rows=allowed)
        lexical_best = np.argpartition(-lexical[allowed], k - 1)[:k] if k < len(allowed) else np.arange(len(allowed))
        return np.unique(np.concatenate([dense_ids, allowed[lexical_best]]))

    def search(self, query: str, top_k: int = 5, doc: str | None = None) -> SearchResult:
        """The ``top_k`` best chunks for ``query``, best first (optionally within one document)."""
        query = check_query(query)
        if top_k < 1:
            raise InputError(f"top_k={top_k}: must be at least 1")
        t0 = time.perf_counter()
        n = len(self.index.chunks)
        s = self.settings
        question = self.analyse(query)
        qvec = self.embedder.embed_query(question.text)
        t_embed = time.perf_counter()

        lexical_query = query
        if question.english and self.index.glossary:
            lexical_query = translate(question.text, self.index.glossary) or query
        char = self.index.lexical.scores(lexical_query, "char")
        word = self.index.lexical.scores(lexical_query, "word")
        c = min(n, max(s.candidates, top_k))
        lexical_raw = 0.5 * (minmax(char) + minmax(word))
        cand = self._candidates(qvec, lexical_raw, c, doc)
        dense_c = self.dense_scores(qvec, cand)

        questions = {}
        cand_years = [self._chunk_doc_year(i) for i in cand]
        for y in cand_years:
            if y not in questions:
                questions[y] = analyse(query, y)
        weight = s.english_lexical_weight if question.english else s.lexical_weight
        if (question.english and self.index.glossary
                and translated_share(question.text, self.index.glossary) >= FULLY_TRANSLATED):
            # every content word has the report's wording: the keyword match is as good as for a Chinese question
            weight = (s.english_lexical_weight + s.lexical_weight) / 2
        if s.fusion == "rrf":
            fused = rrf_fusion(char[cand], word[cand], dense_c, weights=[weight, weight, 2 * (1 - weight)])
        else:
            lex_c = 0.5 * (minmax(char[cand]) + minmax(word[cand]))
            fused = score_fusion(lex_c, dense_c, weight)
        periods = [self._period(i) for i in cand]
        mult = period_multipliers(periods, [questions[y] for y in cand_years], s.period_boost)
        fused = fused * mult * self.place_multipliers(question.text, cand)
        order = np.argsort(-fused, kind="stable")[:top_k]
        lex_norm = minmax(0.5 * (minmax(char[cand]) + minmax(word[cand])))
        hits = [Hit(chunk=self.index.chunks[cand[j]], score=float(fused[j]), rank=r + 1,
                    lexical=float(lex_norm[j]), dense=float(dense_c[j]), period_match=bool(mult[j] > 1))
                for r, j in enumerate(order)]
        t1 = time.perf_counter()
        return SearchResult(hits=hits, question=question, query_vector=qvec,
                            timings_ms={"embed": (t_embed - t0) * 1000, "retrieve": (t1 - t0) * 1000})
