import numpy as np
import pytest

from qa.config import Settings
from qa.errors import InputError
from qa.question import analyse
from qa.retrieval import Retriever, minmax, period_multipliers, rrf_fusion, score_fusion


def test_minmax_and_constant():
    assert minmax(np.array([1.0, 1.0])).tolist() == [0.0, 0.0]
    assert minmax(np.array([])).size == 0


def test_score_fusion_weights():
    fused = score_fusion(np.array([0.0, 10.0]), np.array([1.0, 0.0]), 0.7)
    np.testing.assert_allclose(fused, [0.3, 0.7])


def test_rrf_prefers_agreement():
    fused = rrf_fusion(np.array([3.0, 2.0, 1.0]), np.array([2.0, 3.0, 1.0]), np.array([3.0, 1.0, 2.0]))
    assert int(np.argmax(fused)) == 0 and int(np.argmin(fused)) == 2


def test_period_multipliers():
    q = analyse("2022年目标", 2022)
    mult = period_multipliers([(2022, "plan"), (2021, "review"), (None, "")], [q, q, q], 1.6)
    np.testing.assert_allclose(mult, [1.6, 1.0, 1.0])


@pytest.fixture
def retriever(small_index, fake_embedder):
    return Retriever(small_index, Settings(embedder=fake_embedder.name), embedder=fake_embedder)


def test_period_steers_the_same_indicator(retriever):
    actual = retriever.search("2022年全年接待游客多少人次", top_k=1).hits[0].chunk
    assert "120.5万人次" in actual.text
    target = retriever.search("2023年力争接待游客多少人次", top_k=1).hits[0].chunk
    assert "150万人次" in target.text
    last_year = retriever.search("去年接待游客多少", top_k=1).hits[0].chunk  # the report is from 2023
    assert "120.5万人次" in last_year.text


def test_traditional_question_finds_simplified_text(retriever):
    hit = retriever.search("新建幼兒園多少所", top_k=2).hits
    assert any("幼儿园" in h.chunk.text for h in hit)


def test_hits_are_sorted_and_shaped(retriever):
    result = retriever.search("旅游收入", top_k=3)
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True) and len(result.hits) == 3
    d = result.hits[0].to_dict()
    assert set(d) == {"chunk_id", "doc", "section", "text", "score"}


def test_top_k_larger_than_index(retriever, small_index):
    assert len(retriever.search("教育", top_k=999).hits) == len(small_index.chunks)


def test_document_filter(retriever):
    assert retriever.search("旅游", doc="demo-2023.txt").hits
    with pytest.raises(InputError, match="'other.txt' is not in the index"):
        retriever.search("旅游", doc="other.txt")


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "x" * 2001])
def test_bad_queries(retriever, query):
    with pytest.raises(InputError):
        retriever.search(query)


@pytest.mark.parametrize("query", ["？", "!!!", "🎉🎉", "<script>alert(1)</script>", "DROP TABLE chunks;--",
                                   "中文English123混合", "ＧＤＰ增长", "經濟"])
def test_odd_queries_still_return_hits(retriever, query):
    assert len(retriever.search(query, top_k=2).hits) == 2


def test_rrf_setting(small_index, fake_embedder):
    r = Retriever(small_index, Settings(embedder=fake_embedder.name, fusion="rrf"), embedder=fake_embedder)
    assert "150万人次" in r.search("2023年力争接待游客多少人次", top_k=1).hits[0].chunk.text
