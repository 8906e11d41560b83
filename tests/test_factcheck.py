import pytest

from qa.answering import Answer, Citation
from qa.factcheck import (CONSISTENT, CONTRADICTED, NOT_STATED, claim_to_question, judge, parse_quantities,
                          same_quantity)
from qa.presentation import chat_message, highlight_span, highlight_terms, verdict_html


@pytest.mark.parametrize("text, expected", [
    ("接待游客286.35万人次", [(2863500.0, "人次")]),
    ("完成8.58亿元,下降10%", [(858000000.0, "元"), (10.0, "%")]),
    ("2021年新增1331台", [(1331.0, "台")]),
    ("增长８%", [(8.0, "%")]),
])
def test_parse_quantities(text, expected):
    assert [(q.value, q.unit) for q in parse_quantities(text)] == expected


def test_same_quantity_scales_and_units():
    a, = parse_quantities("286.35万人次")
    b, = parse_quantities("2863500人次")
    c, = parse_quantities("286.35万元")
    assert same_quantity(a, b) and not same_quantity(a, c)


@pytest.mark.parametrize("claim, question", [
    ("2021年接待游客300万人次", "2021年接待游客多少人次？"),
    ("2022年地区生产总值增长目标为8%左右", "2022年地区生产总值增长目标为多少%？"),
    ("全市群众实现零感染", "全市群众实现零感染？"),
])
def test_claim_to_question(claim, question):
    assert claim_to_question(claim)[0] == question


def _answer(text, sentence, answerable=True):
    citation = Citation(n=1, chunk_id="c", doc="r.txt", section="一、2021年工作回顾", sentence=sentence,
                        text=sentence, score=1.0)
    return Answer(question="q", answer=text, answerable=answerable, citations=[citation] if answerable else [])


def test_judge_verdicts():
    sentence = "全年接待游客286.35万人次,同比增长52.7%。"
    answer = _answer("根据报告，全年接待游客286.35万人次[1]。", sentence)
    q, quantities = claim_to_question("2021年接待游客300万人次")
    assert judge("2021年接待游客300万人次", q, quantities, answer).verdict == CONTRADICTED
    q, quantities = claim_to_question("2021年接待游客286.35万人次")
    verdict = judge("2021年接待游客286.35万人次", q, quantities, answer)
    assert verdict.verdict == CONSISTENT and verdict.sentence == sentence
    refused = _answer("报告中没有找到这个问题的答案。", "", answerable=False)
    assert judge("人口50万人", "人口多少人？", parse_quantities("50万人"), refused).verdict == NOT_STATED


def test_html_is_escaped_everywhere():
    evil = "<script>alert(1)</script>"
    assert "<script>" not in highlight_span(evil, 0, 3)
    assert "<script>" not in highlight_terms(evil + "旅游", "旅游")
    answer = _answer(f"根据报告，{evil}[1]。", evil + "。")
    answer.citations[0].text = "前文" + evil + "。"
    assert "<script>" not in chat_message(answer) and "&lt;script&gt;" in chat_message(answer)
    q, quantities = claim_to_question(evil)
    assert "<script>" not in verdict_html(judge(evil, q, quantities, answer))
