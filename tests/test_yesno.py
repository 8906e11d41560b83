"""Yes/no verdicts decided from the clause (qa/yesno.py): pure, no index or model."""

import pytest

from qa import messages
from qa.yesno import asks_negated, comparative_ask, rank_verdict, subject_piece, yesno_decision


@pytest.mark.parametrize("question, negated", [
    ("去年出过重特大安全生产事故没有", False),  # …没有 at the end asks; it negates nothing
    ("今年发生过安全事故了没？", False),
    ("有没有发生安全事故？", False),
    ("是不是发生了安全事故", False),
    ("去年没发生安全事故吧？", True),
    ("是不是一个感染的都没有？", True),  # 都没有: the question itself says none
])
def test_asking_forms_are_not_negations(question, negated):
    assert asks_negated(question) is negated


@pytest.mark.parametrize("question, clause, verdict", [
    ("中高考成绩在塔城地区是排第二吧？", "中高考成绩均位列塔城地区第一", "no"),
    ("中高考成绩是全地区第一名吗", "中高考成绩均位列塔城地区第一", "yes"),
    ("排在第3位吗", "综合排名位列第三", "yes"),
    ("第一产业增加值增长了吗", "第一产业增加值增长5%", None),  # 第一产业 is a name, not a rank
    ("排第二吧", "完成地区生产总值增长7%", None),  # the clause gives no rank
])
def test_rank_stated_in_question(question, clause, verdict):
    assert rank_verdict(question, clause) == verdict


def test_direction_read_from_the_piece_about_the_subject():
    clause = "居民消费价格指数涨幅3%左右,单位生产总值能耗下降3%左右"
    assert subject_piece("能耗的目标是上升吗", clause) == "单位生产总值能耗下降3%左右"
    assert yesno_decision("今年单位生产总值能耗的目标是上升吗", None, clause) == (messages.NO, True)
    assert yesno_decision("今年能耗是要下降吗", None, clause) == (messages.YES, True)
    assert yesno_decision("物价涨幅控制在3%左右吗", None, clause)[0] == messages.YES


@pytest.mark.parametrize("question, clause, prefix", [
    # whether it happened or exists: 没有 (messages.NONE), as people reply; a 是-question keeps 是的 / 不是
    ("去年出过重特大的安全生产事故没有", "全市未发生重特大安全生产事故", messages.NONE),
    ("去年有群众感染新冠吗？", "全市群众实现“零感染”", messages.NONE),
    ("是不是一个感染的都没有？", "全市群众实现“零感染”", messages.YES),
])
def test_negation_in_the_clause_answers_no(question, clause, prefix):
    assert yesno_decision(question, None, clause) == (prefix, True)


def test_a_direction_asked_of_a_sentence_that_gives_none_gets_neither_yes_nor_no():
    # 养老金涨不涨 answered from a sentence on 参保率: it says nothing of a rise
    assert yesno_decision("今年养老金涨不涨", None, "基本养老保险参保率达到95%以上") == ("", False)
    assert yesno_decision("今年参保率会提高吗", None, "参保率稳步提高") == (messages.YES, True)


@pytest.mark.parametrize("question, asked", [
    ("今年的目标比去年定得低吗", ("今年的目标", "去年定得", -1)),
    ("今年比去年少吗", ("今年", "去年", -1)),
    ("今年想要比去年多增长多少？", None),  # 多少 asks how much, it is no 比…少 comparison
    ("比去年多了多少", None),
])
def test_a_comparison_is_asked_only_by_its_adjective(question, asked):
    assert comparative_ask(question) == asked
