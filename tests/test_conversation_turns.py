"""Follow-ups over several turns on the shipped report, with the real default model.

Each conversation was written for these tests from the report alone, in the words a citizen would use:
the topic of a conversation (who, what, which period, which place) is carried over turn by turn until
the user changes it. Every row is (earlier questions, follow-up, what must hold):

- ``"8%"``: the follow-up is answered and the answer gives this figure (or name);
- ``"?2020年"``: the resolved question contains this text (the topic or period carried over);
- ``"!游客"``: the resolved question does not contain it (a new topic inherits nothing);
- ``REFUSED``: the report does not answer the resolved question (a period it does not cover).
"""

import pytest

from qa.answering import Answerer
from qa.conversation import resolve_conversation
from qa.index import load_index
from qa.retrieval import Retriever

REFUSED = "<refused>"

CONVERSATIONS = [
    # --- another period, the same topic (去年 → 今年呢 → 前年呢)
    (["去年地区生产总值增长了多少？"], "今年呢？", ("8%",)),
    (["去年地区生产总值增长了多少？", "今年呢？"], "那前年呢？", ("?2020年", "?地区生产总值", REFUSED)),
    (["今年旅游收入目标是多少？"], "去年实际呢？", ("16.07亿元",)),
    (["去年接待游客多少人次？"], "今年打算接待多少？", ("373万人次",)),
    # a comparison with an earlier year is no part of the topic carried into a later turn
    (["去年来的游客有多少", "比前年多了多少"], "今年的目标呢", ("373万人次", "!比")),
    (["去年城里人一年收入多了多少"], "那乡下的呢", ("1509元",)),
    # a period and an ask alone, no 呢: the topic still carries on, past a comparison turn
    (["去年旅游收入多少？", "比前年增长了多少？"], "今年目标是多少", ("21.63亿元", "?旅游收入")),  # 乡下 is the sibling 农村 of 城镇
    (["去年到沙湾玩的人多不多？"], "今年力争多少人？", ("373万人次",)),  # 力争 frames the ask, it is no topic
    (["今年地区生产总值增长目标是多少？"], "社零呢？", ("10%",)),  # 社会消费品零售总额: its target is a rate
    # a follow-up counting a thing of its own keeps the topic but not the earlier measure (到位资金)
    (["去年招商引资到位资金多少？"], "落实了多少个项目？", ("58项",)),
    # a sibling named in a frame of no topic of its own swaps in (农村那边 for 城镇)
    (["去年城镇居民人均可支配收入增加了多少？"], "农村那边是多少？", ("1509元",)),
    (["今年社会消费品零售总额增长目标是多少？"], "去年呢？", ("20%",)),
    (["去年一般公共预算收入多少？"], "今年计划增长多少？", ("7%",)),
    (["去年固定资产投资完成了多少？"], "今年呢？", ("50%",)),
    (["2021年实施了几个援疆项目？"], "2022年呢？", ("21个",)),
    (["今年要抓几个援疆项目？"], "那去年的呢？", ("19个",)),
    (["去年城镇居民人均可支配收入增加了多少？", "今年呢？"], "农村的呢？", ("1300元",)),
    (["去年一般公共预算收入是多少？", "今年计划增长多少？"], "那前年呢？", ("?2020年", "?一般公共预算收入", REFUSED)),
    # --- another group of the same indicator (城镇 → 农村的呢)
    (["去年城镇居民人均可支配收入增加了多少？"], "那农村的呢？", ("1509元",)),
    (["去年城镇居民收入增长了百分之几？"], "农村呢？", ("7.3%",)),
    (["今年城镇居民收入要增加多少？"], "农村居民呢？", ("1300元",)),
    (["去年表彰了多少个模范集体？"], "模范个人呢？", ("50名",)),
    (["去年建了多少个乡镇级电商服务站？"], "村级的呢？", ("131个",)),
    (["去年办理了多少件人大议案和代表建议？"], "政协提案呢？", ("29件",)),
    (["去年改厕示范村打造了几个？"], "示范户呢？", ("141户",)),
    (["去年实施了多少项自治区科技计划项目？"], "科技特派员农村创业行动项目呢？", ("9项",)),
    (["去年新升规企业有几家？"], "复规的呢？", ("4家",)),
    (["去年新建供水管网多少公里？"], "排涝管网呢？", ("18公里",)),
    # --- another indicator, the period kept (去年GDP → 那财政收入呢 → 增速呢)
    (["去年GDP增长多少？"], "那财政收入呢？", ("8.58亿元", "?2021年")),
    (["去年GDP增长多少？", "那财政收入呢？"], "增速呢？", ("下降10%",)),
    (["今年GDP增长目标是多少？"], "那工业增加值呢？", ("10%",)),
    (["今年GDP增长目标是多少？", "那工业增加值呢？"], "固定资产投资呢？", ("50%",)),
    (["去年游客接待了多少？"], "那旅游收入呢？", ("16.07亿元",)),
    (["去年游客接待了多少？", "那旅游收入呢？"], "增长了多少？", ("58.49%",)),
    (["去年社会消费品零售总额多少？"], "固定资产投资呢？", ("14.8亿元",)),
    (["今年城镇居民收入增加多少？"], "物价涨幅呢？", ("3%", "?2022年")),
    (["今年粮食种多少亩？"], "那蔬菜呢？", ("1万亩",)),
    (["去年新增就业多少人？"], "农村富余劳动力转移就业呢？", ("1.53万人次",)),
    (["去年新增就业多少人？"], "失业率呢？", ("3.5%",)),
    (["今年GDP目标增长多少？", "去年呢？", "财政收入呢？"], "那今年呢？", ("7%",)),
    # --- it / this / that project / these (它 / 这个 / 那个项目 / 这些)
    (["鹿角湾景区去年完成了哪些改造？"], "它今年有什么项目？", ("?鹿角湾", "云栖山庄")),
    (["今年一小、二小、三小、七小要建什么？"], "它们什么时候能用上？", ("秋季开学",)),
    (["宏业煤矿要改扩建到多少万吨？"], "这些煤矿年底总共能形成多大产能？", ("210万吨",)),
    (["去年援疆项目有几个？"], "这些项目总投资多少？", ("4723万元",)),
    (["去年改造了几个老旧小区？"], "这些小区涉及多少户居民？", ("6924户",)),
    (["去年投资1.2亿元修了哪些城市道路？"], "这些路一共有几条？", ("10条",)),
    (["去年新建、改扩建了哪些城市道路？"], "这些路一共花了多少钱？", ("1.2亿元",)),
    (["2021年一般公共预算收入完成了多少？"], "跟前年比涨了多少？", ("下降10%",)),
    (["去年馕食加工和馕文化展示基地建成了吗？"], "这个基地每天能加工多少馕？", ("8.3万个",)),
    (["去年投资1.07亿元新建改造了多少千米10千伏线路？"], "它新增了多少配变容量？", ("4.44万千伏安",)),
    (["今年鞍沙职教城有什么安排？"], "它什么时候能投入使用？", ("?鞍沙职教城", "年内")),
    (["今年要建小水电装备制造安装中心吗？"], "那个项目依托什么？", ("富春水电",)),
    # --- the amount, then its growth (多少 → 增长了多少 / 同比呢)
    (["去年社会消费品零售总额是多少？"], "同比呢？", ("20%",)),
    (["去年招商引资到位资金多少？"], "增长了多少？", ("72.17%",)),
    (["去年旅游收入多少？"], "同比增长多少？", ("58.49%",)),
    (["去年接待游客多少？"], "增速呢？", ("52.7%",)),
    (["去年城镇居民人均可支配收入增加了多少？"], "增幅是多少？", ("2%",)),
    (["去年一般公共预算收入多少？"], "同比呢？", ("下降10%",)),
    (["去年城镇居民人均可支配收入增加了多少？"], "同比增长了百分之几？", ("2%", "?城镇居民")),
    (["去年城镇居民收入增加了多少？"], "农村居民的增幅呢？", ("7.3%",)),
    (["去年游客接待了多少？", "旅游收入呢？"], "收入比上年增长了多少？", ("58.49%", "?旅游收入")),
    # --- a named thing or place, then a follow-up about it (鹿角湾景区 → 那里今年打算干啥)
    (["去年鹿角湾景区做了什么？"], "那里今年打算干啥？", ("?鹿角湾", "云栖山庄")),
    (["今年温泉景区要编什么规划？"], "那里还要建什么？", ("?温泉景区", "旅游基础设施")),
    (["今年安集海镇要建什么生产加工基地？"], "那乌兰乌苏镇呢？", ("富硒杂粮",)),
    (["乌兰乌苏镇哪个村是自治区级重点示范村？"], "大泉乡呢？", ("烧坊庄子村",)),
    (["去年援疆医生诊疗了多少患者？"], "手术呢？", ("716例",)),
    # --- ellipsis (还有呢 / 别的呢): the same ask again
    (["去年新增了哪些新型农机具？"], "还有呢？", ("?农机具",)),
    (["今年要举办哪些节庆活动？"], "别的呢？", ("?节庆活动",)),
    (["去年援疆医生做了多少例手术？"], "还有呢？", ("?援疆医生",)),
    # --- several turns about one thing
    (["去年接待游客多少人次？", "旅游收入呢？", "今年的目标呢？"], "游客呢？", ("373万人次",)),
    (["去年城镇居民人均可支配收入增加了多少？", "增幅呢？", "农村的呢？"], "今年计划增加多少？", ("1300元",)),
    (["去年改造了几个老旧小区？", "涉及多少栋楼？"], "投了多少钱？", ("1.97亿元",)),
    (["去年援疆医生做了多少例手术？", "抢救了多少危重病人？"], "推广了多少项新技术？", ("9项",)),
    # --- a new topic inherits nothing
    (["去年游客多少？"], "今年学校有什么新建的？", ("!游客", "综合楼")),
    (["去年GDP增长多少？"], "今年要建几个乡村振兴示范乡镇？", ("!地区生产总值", "!GDP", "6个")),
    (["去年城镇居民收入增加多少？"], "国有企业要重组成几大集团？", ("!城镇", "6大集团")),
    (["今年旅游收入目标多少？"], "煤矿年底要形成多大产能？", ("!旅游", "210万吨")),
    (["去年援疆项目几个？"], "九年义务教育巩固率多少？", ("!援疆", "100%")),
    # a follow-up with its own ask word (是哪两个) is asked as it is: no 是多少 added
    (["今年有哪些乡村振兴示范乡镇？"], "那重点建的示范村是哪两个？", ("!多少", "城庄子村")),
    (["去年招商引资到位资金多少？"], "本科上线率呢？", ("!招商", "78.3%")),
    # a growth target asked in everyday words (打算涨多少): the next indicator's growth target
    (["今年地区生产总值打算涨多少？"], "固定资产投资呢？", ("50%左右",)),
    (["今年经济打算涨多少"], "那规模以上工业呢", ("10%左右",)),
    # a turn naming nothing (是哪里援建的) leaves the topic of the turn before it
    (["2021年实施了几个援疆项目？", "是哪里援建的？"], "总共投资多少？", ("4723万元",)),
    (["今年鹿角湾景区有什么建设？"], "温泉景区那边呢？", ("温泉景区",)),  # X那边呢 asks about X
    # a new topic closed by 呢 and asked in its own words keeps the earlier period
    (["去年给残疾人发的补贴一共多少？"], "援疆项目呢 几个 投了多少", ("19个", "4723万元", "!21个")),
    # --- English: a pronoun stands for the earlier topic, a sibling qualifier is swapped, a bare turn inherits
    (["How much were retail sales of consumer goods last year?"], "What growth is planned for it this year?", ("10%左右",)),
    (["How much did rural incomes rise last year?"], "And urban ones?", ("660元",)),
    (["What was the tourism revenue in 2021?"], "And the target for 2022?", ("21.63亿元",)),
    # a new topic asked the way the turn before asked (its growth target, its year)
    (["What is Shawan's GDP growth target for 2022?"], "What about industrial value added for enterprises above designated size?",
     ("10%左右",)),
    (["How much did GDP grow in 2021?"], "And retail sales?", ("20%",)),
    # the rest of a list the turn before counted: the whole list
    (["沙湾今年的6个乡村振兴示范乡镇有安集海镇、大泉乡和金沟河镇吧？"], "另外三个是哪几个", ("乌兰乌苏镇",)),
]


def _check(answer, expected):
    for want in expected:
        if want == REFUSED:
            assert not answer.answerable, (answer.resolved_question, answer.answer)
        elif want.startswith("?"):
            assert want[1:] in answer.resolved_question, (answer.resolved_question, answer.answer)
        elif want.startswith("!"):
            assert want[1:] not in answer.resolved_question, (answer.resolved_question, answer.answer)
        else:
            assert answer.answerable and want in answer.answer, (answer.resolved_question, answer.answer)


@pytest.fixture(scope="module")
def answerer(report_index):
    return Answerer(Retriever(load_index(report_index)))


@pytest.mark.integration
@pytest.mark.parametrize("history, question, expected", CONVERSATIONS)
def test_conversation_turns(answerer, history, question, expected):
    _check(answerer.ask(question, history=history), expected)


def test_an_earlier_question_in_everyday_words_keeps_its_sibling(answerer):
    # 城里人 is 城镇居民 in the report's words: 那农村的呢 then asks 农村居民
    answer = answerer.ask("那农村的呢？", history=["去年城里人收入涨了多少钱？"])
    assert answer.answerable and "1509元" in answer.answer


def test_a_situation_told_first_does_not_carry_its_year_into_a_follow_up():
    resolved = resolve_conversation("那农村的呢？", ["我明年退休，去年城镇居民收入增加多少？"], 2022)
    assert "去年农村居民收入" in resolved, resolved
    assert "2023" not in resolve_conversation("专科呢？", ["娃明年高考，去年本科上线率多少"], 2022)


def test_a_bare_measure_follow_up_is_a_measure_of_the_earlier_topic():
    assert resolve_conversation("那收入呢", ["去年来咱沙湾旅游的有多少人？"], 2022) == "2021年来咱沙湾旅游收入是多少？"
    assert resolve_conversation("投资呢", ["今年要新建几所学校？"], 2022).endswith("投资是多少？")



def test_a_follow_up_naming_only_what_was_done_keeps_who_did_it():
    resolved = resolve_conversation("推广的新技术呢", ["援疆医生给沙湾填补了多少项技术空白？"], 2022)
    assert resolved.startswith("援疆医生推广的新技术")


@pytest.mark.parametrize("previous, question, expected", [
    # a topic of its own, "that" only what brought it: the period carried, not the earlier topic
    ("How many tourists visited Shawan in 2021?", "And how much tourism revenue did that bring in?",
     "And how much tourism revenue in 2021?"),
    # generic things (projects) counted after a question on a topic: that topic's
    ("How much investment did Shawan bring in through investment promotion in 2021?",
     "And how many projects were carried out?",
     "And how many projects were carried out (investment did Shawan bring in through investment promotion in 2021)?"),
    # nothing of its own, with or without "and", in chat spelling (whats): the earlier topic
    ("How many tourists visited Shawan in 2021?", "and whats the target for this year?",
     "and whats the target for this year? (tourists visited Shawan)"),
    ("How many tourists visited Shawan in 2021?", "What is the target for this year?",
     "What is the target for this year? (tourists visited Shawan)"),
    # only a period: the same ask of the same thing in that period, without the earlier verb's tense; an earlier
    # year after a target asks its result
    ("How many aid-Xinjiang projects were carried out in 2021?", "what about this year?",
     "How many aid-Xinjiang projects this year?"),
    ("What is the 2022 target for fixed-asset investment?", "And in 2021?", "What is the fixed-asset investment in 2021?"),
])
def test_english_followups_keep_their_own_topic_or_take_the_earlier_one(previous, question, expected):
    from qa.conversation import resolve_english_followup
    assert resolve_english_followup(question, previous) == expected
