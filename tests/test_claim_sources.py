"""qa/claim_sources.py and the verdict's other sentences: a figure worked out from two of the report's
figures cites the sentence of each (pure logic here; the shipped report at the end, marked integration)."""

import pytest

from qa import messages
from qa.claim_sources import MAX_OTHER_SENTENCES, Source, sentences_holding
from qa.claims import CONSISTENT, ClaimVerdict, check_claim
from qa.presentation import verdicts_table_html
from qa.retrieval import Retriever

POOL = [("全年接待游客120.5万人次,实现旅游收入10.3亿元。", "一、2022年工作回顾", "r.txt"),
        ("力争全年接待游客150万人次,旅游收入突破12亿元。", "二、2023年总体要求", "r.txt"),
        ("新建幼儿园3所,改扩建中小学5所。", "一、2022年工作回顾", "r.txt"),
        ("新建幼儿园2所,推进“双减”政策落地。", "二、2023年总体要求", "r.txt")]


def test_a_figure_the_cited_sentence_lacks_is_cited_from_the_sentence_holding_it():
    got = sentences_holding(["150万人次", "120.5万人次"], "今年游客目标比去年多29.5万人次", POOL[0][0], POOL)
    assert got == [Source(*POOL[1])]


def test_a_figure_in_the_cited_sentence_or_nowhere_cites_nothing_more():
    assert sentences_holding(["120.5万人次", "10.3亿元"], "游客和收入", POOL[0][0], POOL) == []
    assert sentences_holding(["99万人次"], "游客", POOL[0][0], POOL) == []


def test_among_sentences_holding_a_figure_the_one_sharing_the_claims_words_is_cited():
    # 2所 and 3所 both in kindergarten sentences; 5所 only in the review's: the claim's words pick among ties
    got = sentences_holding(["2所"], "今年新建幼儿园比去年少", POOL[0][0], POOL)
    assert got == [Source(*POOL[3])]


def test_a_year_put_before_a_figure_by_the_explanation_is_no_part_of_it():
    got = sentences_holding(["2022年3所"], "幼儿园", POOL[1][0], POOL)
    assert got == [Source(*POOL[2])]


def test_a_figure_is_matched_whole_not_as_the_end_of_a_longer_number():
    pool = [("增长120%。", "a", "d"), ("增长20%。", "b", "d")]
    assert sentences_holding(["20%"], "增长", "", pool) == [Source("增长20%。", "b", "d")]


def test_no_more_than_the_cap_of_other_sentences():
    pool = [(f"项目{i}个。", "a", "d") for i in range(10)]
    got = sentences_holding([f"{i}个" for i in range(10)], "项目", "", pool)
    assert len(got) == MAX_OTHER_SENTENCES


def test_worked_out_explanations_name_their_figures_and_others_name_none():
    assert messages.worked_out_from(messages.claim_worked_out("2个", "21个", "19个", True)) == ["21个", "19个"]
    assert messages.worked_out_from(messages.claim_worked_out("一半", "10%", "2021年20%", False)) == ["10%", "2021年20%"]
    assert messages.worked_out_from(messages.claim_negated("项目建成投用")) == []


def test_the_check_table_shows_each_other_sentence_under_the_cited_one():
    v = ClaimVerdict("今年游客目标比去年多29.5万人次", CONSISTENT, "说法中的29.5万人次是由报告的150万人次和120.5万人次推算的，与推算结果相符。",
                     sentence=POOL[1][0], section=POOL[1][1], doc="r.txt", other_sentences=[Source(*POOL[0])])
    html = verdicts_table_html([v])
    assert html.count('class="qa-also"') == 1 and "120.5万人次" in html and "一、2022年工作回顾" in html
    assert v.to_dict()["other_sentences"] == [{"sentence": POOL[0][0], "section": POOL[0][1], "doc": "r.txt"}]


@pytest.fixture(scope="module")
def report_retriever(report_index):
    from qa.index import load_index

    return Retriever(load_index(report_index))


@pytest.mark.integration
def test_a_rate_worked_out_from_the_target_and_the_review_cites_both_sentences(report_retriever):
    v = check_claim("社零方面，今年的增速目标只有去年实际增速的一半", report_retriever)
    assert v.verdict == CONSISTENT and "10%" in v.sentence and v.report_figures == ["10%", "20%"]
    assert [s.section for s in v.other_sentences] == ["一、2021年工作回顾"] and "20%" in v.other_sentences[0].sentence


@pytest.mark.integration
def test_a_difference_worked_out_names_its_report_figures_and_marks_the_claim_figure_held(report_retriever):
    v = check_claim("今年要抓的援疆项目比去年实施的多2个", report_retriever)
    assert v.verdict == CONSISTENT and sorted(v.report_figures) == ["19个", "21个"]
    assert all(f["ok"] and f["problem"] == "" for f in v.figures)
    assert len(v.other_sentences) == 1 and "19个" in v.other_sentences[0].sentence
    wrong = check_claim("今年要抓的援疆项目比去年实施的多5个", report_retriever)
    assert wrong.verdict != CONSISTENT


@pytest.fixture
def small_retriever(small_index, fake_embedder):
    from qa.config import Settings

    return Retriever(small_index, Settings(embedder=fake_embedder.name), embedder=fake_embedder)


@pytest.mark.parametrize("claim", ["2023年新建幼儿园的目标比2022年少1所。", "2023年力争接待游客比2022年多29.5万人次。"])
def test_on_the_small_report_a_difference_cites_the_other_years_sentence(claim, small_retriever):
    v = check_claim(claim, small_retriever)
    assert v.verdict == CONSISTENT and len(messages.worked_out_from(v.explanation)) == 2, v.explanation
    assert len(v.other_sentences) == 1 and v.other_sentences[0].sentence != v.sentence
    cited = [v.sentence] + [s.sentence for s in v.other_sentences]
    assert all(any(f in c for c in cited) for f in v.report_figures)
