"""The one engine factory (qa/service.py): strategies, the engine cache, the CLI built on it."""

import json

import pytest

from qa.answering import Answerer
from qa.cli import main
from qa.config import Settings
from qa.embedders import get_embedder
from qa.generation import GeneratingAnswerer, GeneratorConfig
from qa.index import build_index, save_index
from qa.service import Engine, get_engine

HASHED = "hashed-ngrams-512"


@pytest.fixture
def hashed_index(tmp_path, small_document):
    """The small report indexed with an embedder that get_embedder finds by name."""
    index = build_index([small_document], Settings(embedder=HASHED, chunk_sentences=2, chunk_overlap=0),
                        get_embedder(HASHED))
    return save_index(index, tmp_path / "hashed-index")


def test_extractive_engine_answers_with_the_answerer_and_streams_one_final(hashed_index):
    engine = Engine(hashed_index, warm_up=False)
    assert engine.strategy is engine.answerer and isinstance(engine.answerer, Answerer)
    events = list(engine.ask_stream("2022年地区生产总值增长了多少？"))
    assert [kind for kind, _ in events] == ["final"]
    assert events[0][1].answer == engine.ask("2022年地区生产总值增长了多少？").answer


def test_get_engine_is_cached_per_generator(hashed_index):
    llm = GeneratorConfig(kind="openai", base_url="http://127.0.0.1:9/v1", model="x")
    plain = get_engine(hashed_index)
    assert get_engine(hashed_index) is plain
    assert get_engine(hashed_index, generator=GeneratorConfig()) is plain  # kind "none" is no generator
    generating = get_engine(hashed_index, generator=llm)
    assert generating is not plain and isinstance(generating.strategy, GeneratingAnswerer)
    assert get_engine(hashed_index, generator=llm) is generating
    assert plain.strategy is plain.answerer


def test_calibrate_uses_the_extractive_answerer_whatever_the_generator(hashed_index, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QA_GENERATOR", "openai")
    monkeypatch.setenv("QA_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("QA_LLM_MODEL", "x")
    qa_set = tmp_path / "qa.jsonl"
    qa_set.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "a", "question": "2022年一般公共预算收入完成多少？", "answers": ["9.12亿元"]},
        {"id": "b", "question": "2023年新建几所医院？", "answers": [], "answerable": False},
    ]), encoding="utf-8")
    assert main(["calibrate", str(qa_set), "--index", str(hashed_index), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    built = Settings(embedder=HASHED, chunk_sentences=2, chunk_overlap=0)  # build settings are part of the scoring
    assert result["questions"] == 2 and result["scoring_version"] == built.scoring_version()
