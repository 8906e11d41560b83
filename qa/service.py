"""One loaded engine per index folder: index, embedder, retriever and answerer, loaded once.

The web app and the load script share it; every method is safe to call from many threads (the
embedders serialise their own model calls, everything else is read-only after loading).
"""

from __future__ import annotations

import threading
from pathlib import Path

from .answering import Answer, Answerer
from .config import Settings, default_corpus_dir, default_index_dir
from .factcheck import Verdict, check_claim
from .generation import GeneratingAnswerer, GeneratorConfig, make_generator
from .index import build_if_stale, load_index
from .retrieval import Retriever, SearchResult

_engines: dict[str, "Engine"] = {}
_lock = threading.Lock()


class Engine:
    """Everything needed to answer, search and check claims over one index."""

    def __init__(self, index_dir: Path, settings: Settings | None = None, generator: GeneratorConfig | None = None):
        self.index_dir = Path(index_dir)
        self.index = load_index(self.index_dir)
        self.retriever = Retriever(self.index, settings)
        self.answerer = Answerer(self.retriever)
        self.answerer.ask("预热：2022年地区生产总值增长目标是多少？")  # load jieba, the model and term statistics now
        model = make_generator(generator) if generator is not None else None
        # Answers written by a language model, guarded; None: extractive answers (the default).
        self.generating = GeneratingAnswerer(self.answerer, model) if model is not None else None

    @property
    def documents(self) -> list[dict]:
        return self.index.documents

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None) -> Answer:
        """The answer: written by the configured language model when there is one (checked, with the
        extractive answer as fallback), else extractive."""
        if self.generating is not None:
            return self.generating.ask(question, history=history, doc=doc)
        return self.answerer.ask(question, history=history, doc=doc)

    def ask_stream(self, question: str, history: list[str] | None = None, doc: str | None = None):
        """Yield ("delta", checked text) while a language model writes, then ("final", Answer).

        Without a language model there are no deltas: the extractive answer is ready at once.
        """
        if self.generating is not None:
            yield from self.generating.ask_stream(question, history=history, doc=doc)
        else:
            yield "final", self.answerer.ask(question, history=history, doc=doc)

    def search(self, query: str, top_k: int = 5, doc: str | None = None) -> SearchResult:
        return self.retriever.search(query, top_k=top_k, doc=doc)

    def check(self, claim: str) -> Verdict:
        return check_claim(claim, self.answerer)


def get_engine(index_dir: Path | None = None, build_if_missing: bool = False,
               corpus_dir: Path | None = None, generator: GeneratorConfig | None = None) -> Engine:
    """The shared Engine for ``index_dir`` (default: QA_INDEX_DIR or index/), created on first use.

    With ``build_if_missing``, an index that is missing or stale is (re)built from ``corpus_dir`` first.
    ``generator`` (used when the engine is created) makes ``ask`` use a language model.
    """
    folder = Path(index_dir or default_index_dir())
    key = str(folder.resolve())
    with _lock:
        if key not in _engines:
            if build_if_missing:
                build_if_stale(Path(corpus_dir or default_corpus_dir()), folder, Settings.from_env())
            _engines[key] = Engine(folder, generator=generator)
        return _engines[key]
