"""The one place that assembles an engine: index, retriever, answer strategy (extractive, or a
guarded language model over it) and claim checker (qa/claims.py), loaded once per index folder.

The command line, the web app, the answer worker and the benchmarks all build their engine here.
Every method is safe to call from many threads (the embedders serialise their own model calls,
everything else is read-only after loading). Example: tests/test_service.py.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Iterator

from .answering import Answer, Answerer, AnswerStrategy
from .claims import ClaimVerdict, check_claims
from .config import Settings, default_corpus_dir, default_index_dir
from .embedders import Embedder
from .generation import GeneratingAnswerer, GeneratorConfig, make_generator
from .errors import IndexWriteError, QAError
from .index import Index, build_if_stale, load_index, staleness
from .index.maintenance import manifest_stamp
from .retrieval import Retriever, SearchResult

WARM_UP_QUESTION = "预热：2022年地区生产总值增长目标是多少？"

_engines: dict[tuple[str, GeneratorConfig | None], "Engine"] = {}
_lock = threading.Lock()
_unloadable: dict[tuple, tuple | None] = {}  # engine key -> manifest stamp a reload failed on


class Engine:
    """Everything needed to answer, search and check claims over one index.

    ``answerer`` is always the extractive Answerer (calibration and the claim checker use it);
    ``strategy`` answers questions: the Answerer itself, or a GeneratingAnswerer around it when a
    ``generator`` is configured. ``warm_up`` asks one question at once, so jieba, the embedding
    model and the term statistics are loaded before the first real question. ``index``: the index
    of ``index_dir`` when the caller has loaded it already (the scale benchmark times that step).
    """

    def __init__(self, index_dir: Path | str, settings: Settings | None = None,
                 generator: GeneratorConfig | None = None, embedder: Embedder | None = None, warm_up: bool = True,
                 index: Index | None = None):
        self.index_dir = Path(index_dir)
        self.stamp = manifest_stamp(self.index_dir)  # before loading: a save meanwhile shows as a change
        self.index = index if index is not None else load_index(self.index_dir)
        self.retriever = Retriever(self.index, settings, embedder=embedder)
        self.answerer = Answerer(self.retriever)
        if warm_up:
            self.answerer.ask(WARM_UP_QUESTION)
        model = make_generator(generator) if generator is not None else None
        self.generator = model  # None: extractive answers (the default)
        self.strategy: AnswerStrategy = GeneratingAnswerer(self.answerer, model) if model is not None else self.answerer

    @property
    def documents(self) -> list[dict]:
        return self.index.documents

    @property
    def settings(self) -> Settings:
        """The settings answers are scored with (calibrated thresholds included)."""
        return self.answerer.settings

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None) -> Answer:
        """The answer of the configured strategy: written by the language model when there is one
        (checked, with the extractive answer as fallback), else extractive."""
        return self.strategy.ask(question, history=history, doc=doc)

    def ask_stream(self, question: str, history: list[str] | None = None,
                   doc: str | None = None) -> Iterator[tuple[str, object]]:
        """Yield ("delta", checked text) while a language model writes, then ("final", Answer).

        An extractive answer has no deltas: it is ready at once.
        """
        return self.strategy.ask_stream(question, history=history, doc=doc)

    def search(self, query: str, top_k: int = 5, doc: str | None = None) -> SearchResult:
        return self.retriever.search(query, top_k=top_k, doc=doc)

    def check(self, text: str) -> list[ClaimVerdict]:
        """One verdict per claim sentence of ``text`` (a claim or a pasted paragraph; qa/claims.py);
        empty when no sentence states anything checkable."""
        return check_claims(text, self.retriever)


def get_engine(index_dir: Path | None = None, build_if_missing: bool = False,
               corpus_dir: Path | None = None, generator: GeneratorConfig | None = None) -> Engine:
    """The shared Engine for ``index_dir`` (default: QA_INDEX_DIR or index/) and ``generator``,
    created on first use.

    With ``build_if_missing``, an index that is missing or stale is (re)built from ``corpus_dir`` first.
    Engines are cached per (index folder, generator configuration): asking for the same folder with
    another generator gives another engine, never the cached one with the wrong strategy. An index
    folder that cannot be written is not rebuilt: it is served as it is, with a one-line warning on
    stderr when it is stale (a missing index is still an error).

    A cached engine whose index another process has saved since (``qa add``, ``qa build``: the
    manifest changed, one ``stat`` per call) is replaced by one over the new index; when the new index
    cannot be loaded, the old engine keeps answering and a warning names the problem.
    """
    folder = Path(index_dir or default_index_dir())
    if generator is not None and generator.kind == "none":
        generator = None
    key = (str(folder.resolve()), generator)
    with _lock:
        if key not in _engines:
            if build_if_missing:
                corpus, settings = Path(corpus_dir or default_corpus_dir()), Settings.from_env()
                try:
                    build_if_stale(corpus, folder, settings)
                except IndexWriteError:
                    reason = staleness(folder, corpus, settings)
                    if not (folder / "manifest.json").is_file():
                        raise
                    print(f"warning: the index at {folder} is out of date ({reason}) and cannot be rebuilt "
                          "(read-only or full disk); serving it as it is", file=sys.stderr, flush=True)
            _engines[key] = Engine(folder, generator=generator)
        elif _engines[key].stamp != (stamp := manifest_stamp(folder)) and _unloadable.get(key) != stamp:
            try:
                _engines[key] = Engine(folder, generator=generator)
                print(f"the index at {folder} was saved again: answering from the new index", file=sys.stderr,
                      flush=True)
            except (QAError, OSError) as exc:
                _unloadable[key] = stamp  # tried once per saved manifest, not on every question
                print(f"warning: the index at {folder} was saved again but cannot be loaded ({exc}); "
                      "answering from the index loaded before", file=sys.stderr, flush=True)
        return _engines[key]
