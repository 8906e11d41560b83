"""Settings: explicit keyword arguments, with environment variables only as fallbacks for paths
and the model name (docs/architecture.md, "Contracts"). Every index manifest and eval report records them.

Every number that weighs evidence is a named field here with the reason for its value. The refusal
thresholds that ``qa calibrate`` fits (CALIBRATED_FIELDS) are only valid for the scoring they were
fitted with, so a calibration records ``scoring_version()`` and is ignored, with a warning, when the
current settings or scoring code score differently.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError

DEFAULT_EMBEDDER = "use-multilingual-v3"
FUSION_METHODS = ("score", "rrf")
CALIBRATED_FIELDS = ("min_support", "min_dense", "unknown_noun_penalty", "high_support")
# Bump when code changes how answers are scored (the signals refusal_reason reads), so that refusal
# thresholds calibrated with the old code are no longer applied. Settings changes are caught by the hash.
SCORING_REVISION = 2

log = logging.getLogger(__name__)
_warned: set[tuple[str, str]] = set()


def default_index_dir() -> Path:
    return Path(os.environ.get("QA_INDEX_DIR") or "index")


def default_corpus_dir() -> Path:
    return Path(os.environ.get("QA_CORPUS_DIR") or "corpus")


def default_embedder() -> str:
    return os.environ.get("QA_EMBEDDER") or DEFAULT_EMBEDDER


@dataclass(frozen=True)
class Settings:
    """How the index is built (chunking, model) and how it is searched (fusion).

    >>> Settings(chunk_sentences=4).chunk_sentences
    4
    """

    embedder: str = DEFAULT_EMBEDDER
    chunk_sentences: int = 3
    chunk_overlap: int = 1
    max_chunk_chars: int = 600
    fusion: str = "score"
    lexical_weight: float = 0.7
    english_lexical_weight: float = 0.3
    period_boost: float = 2.0
    place_boost: float = 1.5
    candidates: int = 50
    # Refusal thresholds and the high-confidence support: `qa calibrate eval/qa_set.jsonl` on the QA set's
    # dev split (accuracy; high answers right >= 90% of the time); never fitted on the test split. On the
    # dev split weak support is hardly a reason to refuse (the calibrated min_support is 0; refusals come
    # from the constraints a passage fails, answering.refusal_reason, and weak support makes an answer
    # 可能相关). min_support is kept at 0.3 (dev accuracy -0.002) so that text unlike any question — a
    # prompt injection, noise — sharing neither words nor meaning with the report is refused.
    min_support: float = 0.3
    min_dense: float = 0.3
    unknown_noun_penalty: float = 0.0
    # Support at or above which an answer is given with high confidence; below it, hedged (可能相关).
    high_support: float = 0.35
    # An English question is refused when less than this share of its content words can be looked up
    # in the report's vocabulary (crosslingual.translated_share): SQL or shell text, off-topic questions.
    min_translated_share: float = 0.5
    # Scale (README "Speed and scale"): one vector per sentence is stored up to this many chunks
    # (above, the answerer embeds the candidate sentences of a question); dense search is exact up
    # to ``exact_search_max`` chunks and an IVF index (qa/dense.py) above.
    sentence_vectors_max_chunks: int = 50_000
    exact_search_max: int = 50_000

    # Sentence scoring (answering.Answerer._candidates): which sentence of the top chunks answers.
    sentence_lexical_weight: float = 0.6  # coverage of the question's characters, bigrams, words: the main evidence
    sentence_dense_weight: float = 0.4  # embedding similarity: finds paraphrases that coverage misses
    sentence_chunk_weight: float = 0.1  # the chunk's retrieval score relative to the best: a tie-breaker
    wrong_form_penalty: float = 0.3  # no figure (in the asked unit) for a figure question: rarely the answer
    wrong_period_penalty: float = 0.3  # the other period (a 2021 result for a 2022 target): a wrong answer
    period_match_bonus: float = 0.1  # the chunk sits in the section of the asked-about period
    # Clause choice (Answerer._clause) for figure questions, added to the clause's coverage.
    clause_form_bonus: float = 0.5  # the clause holds the asked-for figure: it is the answer
    clause_other_figure_penalty: float = 0.2  # another figure: may still be the clause naming the subject
    clause_no_figure_penalty: float = 0.5  # no figure at all: least likely
    # Dense score of a chunk (retrieval.Retriever.dense_scores): this share for the whole-chunk
    # vector, the rest for its best sentence, so one exactly matching sentence lifts a long chunk.
    chunk_vector_weight: float = 0.5

    # Fields that change what is stored in the index; the others only change search.
    BUILD_FIELDS = ("embedder", "chunk_sentences", "chunk_overlap", "max_chunk_chars", "sentence_vectors_max_chunks",
                    "exact_search_max")

    def __post_init__(self) -> None:
        if self.chunk_sentences < 1:
            raise ConfigError(f"chunk_sentences={self.chunk_sentences}: must be at least 1")
        if not 0 <= self.chunk_overlap < self.chunk_sentences:
            raise ConfigError(
                f"chunk_overlap={self.chunk_overlap}: must be >= 0 and below "
                f"chunk_sentences={self.chunk_sentences}"
            )
        if self.max_chunk_chars < 50:
            raise ConfigError(f"max_chunk_chars={self.max_chunk_chars}: must be at least 50")
        if self.fusion not in FUSION_METHODS:
            raise ConfigError(f"fusion={self.fusion!r}: allowed values are {', '.join(FUSION_METHODS)}")
        if not 0.0 <= self.lexical_weight <= 1.0:
            raise ConfigError(f"lexical_weight={self.lexical_weight}: must be between 0 and 1")
        if not 0.0 <= self.english_lexical_weight <= 1.0:
            raise ConfigError(f"english_lexical_weight={self.english_lexical_weight}: must be between 0 and 1")
        if self.period_boost < 1.0:
            raise ConfigError(f"period_boost={self.period_boost}: must be >= 1 (1 disables it)")
        if self.place_boost < 1.0:
            raise ConfigError(f"place_boost={self.place_boost}: must be >= 1 (1 disables it)")
        if self.candidates < 1:
            raise ConfigError(f"candidates={self.candidates}: must be at least 1")
        if self.sentence_vectors_max_chunks < 0:
            raise ConfigError(f"sentence_vectors_max_chunks={self.sentence_vectors_max_chunks}: must be >= 0 "
                              "(0 never stores sentence vectors)")
        if self.exact_search_max < 0:
            raise ConfigError(f"exact_search_max={self.exact_search_max}: must be >= 0 (0 always uses the IVF index)")
        for name in ("sentence_lexical_weight", "sentence_dense_weight", "sentence_chunk_weight", "wrong_form_penalty",
                     "wrong_period_penalty", "period_match_bonus", "clause_form_bonus",
                     "clause_other_figure_penalty", "clause_no_figure_penalty"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name}={getattr(self, name)}: must be >= 0 (penalties are subtracted)")
        if not 0.0 <= self.chunk_vector_weight <= 1.0:
            raise ConfigError(f"chunk_vector_weight={self.chunk_vector_weight}: must be between 0 and 1")
        if not self.embedder.strip():
            raise ConfigError("embedder is empty: give a model name, a local path or 'use-multilingual-v3'")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then QA_EMBEDDER, then explicit keyword arguments (None means 'not given')."""
        values = {"embedder": default_embedder()}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def build_key(self) -> dict:
        """The settings an index depends on; an index is stale when these differ."""
        return {k: getattr(self, k) for k in self.BUILD_FIELDS}

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def scoring_version(self) -> str:
        """Which scoring refusal thresholds are fitted to: SCORING_REVISION and a hash of every setting
        but the thresholds themselves.

        >>> Settings().scoring_version() == Settings(min_support=0.1).scoring_version()
        True
        >>> Settings().scoring_version() == Settings(sentence_dense_weight=0.5).scoring_version()
        False
        """
        key = {k: v for k, v in sorted(self.to_dict().items()) if k not in CALIBRATED_FIELDS}
        digest = hashlib.sha1(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()[:12]
        return f"{SCORING_REVISION}-{digest}"

    def with_calibration(self, calibration: dict | None) -> "Settings":
        """These settings with refusal thresholds from ``qa calibrate`` (stored in the manifest).

        Thresholds fitted with another scoring (see ``scoring_version``) are not used: a warning on
        stderr says so and asks for ``qa calibrate`` again; the default thresholds apply.
        """
        if not calibration:
            return self
        fitted, current = str(calibration.get("scoring_version") or "unrecorded"), self.scoring_version()
        if fitted != current:
            if (fitted, current) not in _warned:
                _warned.add((fitted, current))
                log.warning("the refusal thresholds stored by `qa calibrate` were fitted with scoring version %s, "
                            "but these settings and code score as %s: using the default thresholds instead; "
                            "run `qa calibrate QA_SET.jsonl` again to refit them", fitted, current)
            return self
        return replace(self, **{k: calibration[k] for k in CALIBRATED_FIELDS if k in calibration})

    def with_build_key(self, key: dict) -> "Settings":
        """These settings with the build fields taken from an index manifest."""
        return replace(self, **{k: key[k] for k in self.BUILD_FIELDS if k in key})


__all__ = ["Settings", "DEFAULT_EMBEDDER", "default_index_dir", "default_corpus_dir", "asdict"]
