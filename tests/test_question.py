import pytest

from qa.question import analyse, asked_attributes, asked_form, period_kind, resolve_years, topic_nouns


@pytest.mark.parametrize("question, years", [
    ("今年地区生产总值增长目标是多少?", [2022]),
    ("去年来沙湾旅游的人有多少?", [2021]),
    ("前年呢", [2020]),
    ("明年计划", [2023]),
    ("2021年和2022年的对比", [2021, 2022]),
    ("２０２１年", [2021]),
    ("How many tourists visited last year?", [2021]),
    ("What is the GDP growth target for this year?", [2022]),
    ("旅游收入是多少", []),
    ("增长了8.58亿元", []),
])
def test_resolve_years(question, years):
    assert resolve_years(question, 2022) == years


def test_relative_years_follow_the_reports_own_year():
    assert resolve_years("去年", 2023) == [2022]
    assert resolve_years("去年", None) == []


@pytest.mark.parametrize("question, kind", [
    ("地区生产总值增长目标是多少", "plan"),
    ("计划新建多少所学校", "plan"),
    ("力争接待游客多少", "plan"),
    ("完成了多少固定资产投资", "review"),
    ("取得了哪些成绩", "review"),
    ("What is the target?", "plan"),
    ("旅游收入是多少", ""),
    ("跟鞍山合作想在哪些方面取得突破", ""),  # a result wished for is no result told
])
def test_period_kind(question, kind):
    assert period_kind(question) == kind


def test_analyse_infers_kind_from_year():
    assert analyse("2021年旅游收入", 2022).kind == "review"
    assert analyse("2022年旅游收入", 2022).kind == "plan"
    assert analyse("2019年旅游收入", 2022).kind == "review"
    q = analyse("遊客多少", 2022)
    assert q.text == "游客多少" and not q.has_period and not q.english
    assert analyse("How many tourists?", 2022).english


def test_matches():
    q = analyse("2022年的目标", 2022)
    assert q.matches(2022, "plan") and not q.matches(2021, "review") and not q.matches(None, "")
    assert not analyse("旅游收入", 2022).matches(2021, "review")


def test_content_terms_drop_question_words():
    terms = analyse("去年沙湾市的旅游收入是多少?", 2022).content_terms()
    assert "旅" in terms and "收" in terms and "沙" in terms
    assert "多" not in terms and "少" not in terms and "去" not in terms  # 去年 steers the period only


@pytest.mark.parametrize("question", ["听说政府帮企业争取了贷款贴息，有多少钱？", "为企业争取到的贷款贴息有多少？"])
def test_obtained_is_not_a_plan(question):
    # 争取到 / 争取了: what was obtained, a result — not a target of the year ahead
    assert analyse(question, 2022).kind != "plan"


def test_an_amount_of_money_is_asked_even_when_a_total_word_stands_between():
    assert asked_form("发的各种补助钱，加起来多少？").unit == "元"
    assert asked_form("给学生发了多少资助金？").unit == "元"
    # 多少 counts the children here; the 补助 they get is not the figure asked
    assert asked_form("去年多少娃拿到补助了？").unit == "人"  # people counted by who they are


@pytest.mark.parametrize("question, number, yesno", [
    ("What was Shihezi's GDP in 2021?", True, False),  # a what-question with its auxiliary after the wh-word
    ("How much did tourism bring in last year?", True, False),
    ("Did GDP grow last year?", False, True), ("Is the new school open?", False, True),
    ("So was the target met?", False, True),
])
def test_an_english_yes_no_question_opens_with_its_auxiliary(question, number, yesno):
    form = asked_form(question)
    assert (form.number, form.yesno) == (number, yesno)


def test_a_measure_asked_across_a_total_word_keeps_its_unit():
    assert asked_form("庄稼的面积加起来有多大").unit == "亩"
    assert asked_form("这几个煤矿产量合计是多少").unit == "吨"


def test_an_ask_of_size_is_no_topic_noun():

    assert "大面积" not in [w for w, _ in topic_nouns("制种基地有多大面积？")]  # 多大面积 asks a size
    assert "面积" in [w for w, _ in topic_nouns("大面积推广了什么？")] or "大面积" in [w for w, _ in topic_nouns("大面积推广了什么？")]


@pytest.mark.parametrize("question, asked", [
    ("鹿角湾景区的门票多少钱？", ["门票"]),  # a thing asked: the report must name it
    ("大盘鸡需要哪些食材？", ["食材"]),
    ("市医院在医院协会里是什么角色？", []),  # a kind of answer (role, standing, term), not a thing to look for
    ("这个行动是几年期限的？", []),
    ("沙湾的中考成绩是什么名次？", []),
    ("想把美食搞成啥名头？", []),
    ("对口援助沙湾的是哪个省市？", []),  # 省市 names the kind of place asked, which the report need not say
])
def test_asked_attributes_are_things_not_kinds_of_answer(question, asked):
    assert asked_attributes(question) == asked


@pytest.mark.parametrize("question, change", [
    ("How many state-owned enterprises will be merged?", False),  # enterprises holds "rise": no change asked
    ("How much did retail sales grow last year?", True),
    ("By how much did revenue fall?", True),
    ("What was the growth rate of tourism income?", True),
])
def test_an_english_change_word_counts_as_a_whole_word(question, change):
    assert asked_form(question).change is change


def test_money_asked_before_a_verb_is_not_a_persons_name():
    # jieba tags 钱建 (of 花了多少钱建的) as a name; a real name starting with 钱 stays one
    assert [w for w, _ in topic_nouns("那个平台花了多少钱建的？")] == ["平台"]
    assert ("钱学森", "nr") in topic_nouns("钱学森是谁")


@pytest.mark.parametrize("question, number", [
    ("几所小学的新综合楼啥时候能用上", False),  # the count names the subject; when is asked
    ("那几个项目的资金是哪里来的", False),
    ("今年要建几所学校", True),
    ("几所小学的综合楼一共花了多少钱", True),  # 多少 asks a figure whatever names the subject
])
def test_a_count_naming_the_subject_asks_no_figure_when_another_ask_follows(question, number):
    assert asked_form(question).number is number
