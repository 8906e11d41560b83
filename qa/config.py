"""Settings: explicit keyword arguments, with environment variables only as fallbacks for paths
and the model name (DESIGN.md §5.6). Every index manifest and eval report records them."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError

DEFAULT_EMBEDDER = "use-multilingual-v3"
FUSION_METHODS = ("score", "rrf")
CALIBRATED_FIELDS = ("min_support", "min_dense", "unknown_noun_penalty")


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
    min_support: float = 0.35
    min_dense: float = 0.45
    unknown_noun_penalty: float = 0.0
    # An English question is refused when less than this share of its content words can be looked up
    # in the report's vocabulary (crosslingual.translated_share): SQL or shell text, off-topic questions.
    min_translated_share: float = 0.5
    # Scale (README "Speed and scale"): one vector per sentence is stored up to this many chunks
    # (above, the answerer embeds the candidate sentences of a question); dense search is exact up
    # to ``exact_search_max`` chunks and an IVF index (qa/dense.py) above.
    sentence_vectors_max_chunks: int = 50_000
    exact_search_max: int = 50_000

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

    def with_calibration(self, calibration: dict | None) -> "Settings":
        """These settings with refusal thresholds from ``qa calibrate`` (stored in the manifest)."""
        if not calibration:
            return self
        return replace(self, **{k: calibration[k] for k in CALIBRATED_FIELDS if k in calibration})

    def with_build_key(self, key: dict) -> "Settings":
        """These settings with the build fields taken from an index manifest."""
        return replace(self, **{k: key[k] for k in self.BUILD_FIELDS if k in key})


__all__ = ["Settings", "DEFAULT_EMBEDDER", "default_index_dir", "default_corpus_dir", "asdict"]
