"""Question understanding: small talk, answer types, filler words, glossary, multi-part questions.

The phrasings here are written as different people would ask; none comes from a QA set.
"""

import pytest

from qa.compose import clause_has_type, enumeration
from qa.yesno import yesno_verdict
from qa.glossary import cilin_synonyms, contrast_of, report_synonym, said_as, strip_filler, to_report_terms
from qa.understanding import (answer_type, indicator_words, is_thin_ask, small_talk_kind, split_asks, split_parts,
                              understand, without_unknown_examples)

REPORT_WORDS = ("地区生产总值", "农村居民人均可支配收入", "城镇居民人均可支配收入", "一般公共预算收入", "规模以上",
                "接待游客", "居民消费价格", "就业", "医疗", "教育", "游客")


def used(term: str) -> bool:
    return any(term in w for w in REPORT_WORDS)


@pytest.mark.parametrize("text, kind", [
    ("你好", "greeting"), ("您好！", "greeting"), ("hi", "greeting"), ("在吗？", "greeting"),
    ("谢谢", "thanks"), ("多谢啦！", "thanks"), ("Thank you", "thanks"),
    ("再见", "bye"), ("拜拜~", "bye"),
    ("你能做什么？", "help"), ("你是谁", "help"), ("what can you do?", "help"),
    ("你好，今年GDP目标是多少？", ""), ("谢谢，那去年呢？", ""), ("2022年地区生产总值增长目标是多少？", ""),
])
def test_small_talk(text, kind):
    assert small_talk_kind(text) == kind


@pytest.mark.parametrize("question, expected", [
    ("这份报告是谁作的？", "person"), ("谁代表市政府作的报告", "person"), ("Who delivered the report?", "person"),
    ("How many new jobs were created last year?", "figure"), ("How many aid projects were carried out?", "count"),
    ("沙湾和哪个城市建立了对口援疆关系？", "place"), ("鹿角湾景区在哪里？", "place"),
    ("Which city provides counterpart aid to Shawan?", "place"), ("In which town is the scenic area?", "place"),
    ("哪个部门负责公共法律服务？", "organisation"), ("由哪家企业投资建设？", "organisation"),
    ("鞍沙职教城什么时候投入使用？", "time"), ("When will the vocational school open?", "time"),
    ("新综合楼哪个季节能用上", "time"),
    ("表彰了多少个模范集体？", "count"), ("开发了几条旅游线路？", "count"), ("How many model collectives were honoured?", "count"),
    ("2022年GDP增长目标是8%吗？", "yesno"), ("去年财政收入是不是下降了？", "yesno"), ("有没有新建学校？", "yesno"),
    ("去年教育方面的主要进展？", "overview"), ("去年出过安全事故？", "yesno"),  # a noun phrase asked vs a statement to confirm
    ("今年对生态环保提出了哪些要求", "overview"),
    ("今年看病就医方面准备改些啥", "overview"), ("今年文化方面准备搞些啥活动", "overview"),
    ("What are Shawan's main plans for industry in 2022?", "overview"),
    ("And retail sales?", "fact"), ("Tourism revenue up 58%?", "yesno"),  # English yes/no: a figure or an auxiliary
    ("今年有哪些民生实事？", "list"), ("2022年的重点任务有哪些？", "list"),
    ("去年经济怎么样？", "overview"), ("今年政府打算做什么？", "overview"), ("2021年主要做了哪些工作", "overview"),
    ("去年民生方面都有什么成绩？", "overview"), ("今年乡村振兴有哪些安排", "overview"), ("招商上有啥新举措", "overview"),
    # the work on a topic as a whole: what was done, how it will be done, its focus, its main indicators
    ("去年城市基础设施建设主要做了哪些事？", "overview"), ("今年乡村振兴准备怎么干？", "overview"),
    ("今年生态环境方面的工作重点是什么？", "overview"), ("今年工业方面有什么规划？", "overview"),
    ("今年的主要经济指标都定了什么目标？", "overview"), ("大盘鸡怎么做？", "fact"),
    # what the report says or offers on a topic, not 是/不是
    ("政府今年对民宿这块有啥说法？", "overview"), ("退休老人看病报销今年有没有新政策？", "overview"),
    ("想把户口落到城里，今年政策上怎么说？", "overview"), ("今年有没有新建学校？", "yesno"),
    # an open ask ended with a polite 吗 is no yes/no question
    ("能大概说说前年教育干得怎么样吗？", "overview"), ("你知道去年接待了多少游客吗", "figure"),
    # a field's main lines of work (主要部署有哪些, 主要抓哪几块) — but 抓哪些项目 lists projects
    ("明年交通方面的主要部署有哪些", "overview"), ("今年教育主要抓哪几块", "overview"), ("今年主要抓哪些项目", "list"),
    ("帮我总结一下前年环保这块干的事", "overview"), ("概括下去年文化方面的情况", "overview"),
    # the work's parts (重点工作大致分哪几块, 分为哪几个方面)
    ("今年政府的重点工作大致分哪几块？", "overview"), ("去年的工作分为哪几个方面", "overview"),
    ("城镇和农村居民收入分别增加多少？", "multipart"), ("GDP和投资各增长多少", "multipart"),
    ("去年接待游客多少人次？", "figure"), ("社会消费品零售总额增速", "figure"), ("鹿角湾景区改造了哪些设施", "list"), ("一般公共预算收入下降了百分之几", "figure"),
])
def test_answer_type(question, expected):
    assert answer_type(question) == expected


@pytest.mark.parametrize("question, expected", [
    # a figure in a year's digits is no year: one period asked, a yes/no on the figure
    ("去年农村人均可支配收入增加了2000元吗？", "yesno"), ("听说去年农村居民收入增加了2000块，是真的吗？", "yesno"),
    # 同比 is one word, not 同 joining two things asked about
    ("2021年全市固定资产投资同比增长了百分之几？", "figure"), ("旅游收入同期增长多少", "figure"),
])
def test_a_year_like_figure_and_tongbi_do_not_split_or_pair_a_question(question, expected):
    assert understand(question).answer_type == expected


def test_filler_and_colloquial_forms_are_removed():
    assert strip_filler("请问我想知道俺们这旅游收入咋样") == "这旅游收入怎么样"
    assert strip_filler("能不能告诉我去年游客多不多") == "去年游客多少"
    assert strip_filler("去年经济涨了几个点") == "去年经济涨了几个百分点"  # points of a rate, not a count
    assert strip_filler("2022年地区生产总值增长目标是多少？") == "2022年地区生产总值增长目标是多少？"


def test_everyday_terms_become_report_terms_only_when_the_report_uses_them():
    text, applied = to_report_terms("去年gdp和农民收入增长多少", used)
    assert text == "去年地区生产总值和农村居民人均可支配收入增长多少"
    assert ("gdp", "地区生产总值") in applied
    # A target the report never uses is not applied; a term the report uses is left alone.
    assert to_report_terms("养老金涨了吗", lambda t: False) == ("养老金涨了吗", [])
    assert to_report_terms("接待游客多少", used)[1] == []


def test_what_tourists_spend_is_tourism_revenue_but_not_per_head():
    used = lambda t: t in "实现旅游综合收入16.07亿元"
    assert to_report_terms("游客在这边总共花了多少钱", used)[0] == "旅游综合收入多少钱"
    assert to_report_terms("游客人均花了多少钱", used)[1] == []  # a per-head spend is no revenue total


def test_a_thin_ask_after_a_topic_clause_leaves_the_topic_in_charge():
    assert is_thin_ask("去年一共放出去多少？") and not is_thin_ask("今年政府在殡葬上提倡什么？")
    assert is_thin_ask("今年政府有啥好事没")  # good things in general: the clause before names the topic


def test_water_works_are_asked_by_what_they_do():
    report = "投资7064万元实施玛纳斯河防洪治理沙湾段续建等项目,防汛抗旱能力不断提升"
    assert to_report_terms("水利这块建了啥工程", lambda t: t in report)[0] == "防汛抗旱这块建了啥工程"
    # 水利 that is not about works (水利局的局长是谁) is left alone
    assert to_report_terms("水利局的局长是谁", lambda t: t in report)[1] == []


def test_cilin_gives_synonyms_the_report_uses():
    assert "游客" in cilin_synonyms("游人")
    assert report_synonym("游人", used) == "游客"
    assert report_synonym("游客", used) is None  # the report already uses it
    assert contrast_of("收入") == ("支出",)


def test_multipart_questions_are_split_into_parts():
    assert split_parts("城镇和农村居民收入分别增加多少？") == ["城镇居民收入增加多少？", "农村居民收入增加多少？"]
    assert split_parts("2021年接待游客和旅游综合收入分别是多少？") == ["2021年接待游客是多少？", "2021年旅游综合收入是多少？"]
    assert split_parts("没有分开问的问题") == ["没有分开问的问题"]


def test_understand_combines_the_steps():
    u = understand("请问俺们今年GDP和农民收入分别增长多少？", used)
    assert u.answer_type == "multipart"
    assert u.parts == ["今年地区生产总值增长多少？", "今年农村居民人均可支配收入增长多少？"]
    assert understand("谢谢！").small_talk == "thanks"
    assert indicator_words("去年财政支出是多少") == ["支出"]
    yn = understand("2022年GDP增长目标是10%吗？", used)
    assert yn.answer_type == "yesno" and yn.stated_figures == ["10%"]


@pytest.mark.parametrize("text, atype, ok", [
    ("2022年1月24日在沙湾市第一届人民代表大会第二次会议上", "time", True),
    ("确保秋季开学投入使用", "time", True),
    ("推进学校风雨操场提升改造", "time", False),
    ("开发6条短期旅游线路", "count", True),
    ("依托公共法律服务中心有效化解矛盾纠纷", "organisation", True),
    ("俄合拉斯·斯巴达克", "person", True),
])
def test_clause_types(text, atype, ok):
    assert clause_has_type(text, atype) is ok


@pytest.mark.parametrize("asked, ok", [
    ("从家走到健身的地方要多长时间？", True),  # a length of time asked: 15分钟 answers it
    ("走多久能到？", True),
    ("健身圈什么时候建成？", False),  # a point in time asked: a length of time does not answer it
])
def test_a_length_of_time_answers_only_a_how_long_question(asked, ok):
    assert clause_has_type("努力构建15分钟健身圈", "time", asked) is ok
    assert clause_has_type("2021年以来投入资金5000万元", "time", asked) is False  # a year count is no duration


def test_enumeration_and_yesno():
    assert enumeration("举办大盘美食文化旅游节、草原文化节等大型节庆活动") == ["大盘美食文化旅游节", "草原文化节"]
    assert enumeration("没有列举的句子") == []
    assert yesno_verdict(["7%"], "地区生产总值预计同比增长7%") == "yes"
    assert yesno_verdict(["9%"], "地区生产总值预计同比增长7%") == "no"
    assert yesno_verdict([], "地区生产总值预计同比增长7%") is None
    assert yesno_verdict(["300万人次"], "完成了道路建设") is None


@pytest.mark.parametrize("question, kind, asked", [
    # 好几年 / 这几年 tell how long, they ask no number; the ask after the situation sets the kind
    ("我在城里打工好几年了，今年在就业上有什么政策？", "overview", "今年在就业上有什么政策？"),
    # 比例 is not 比 (a comparison): 比例有多高 asks a figure
    ("俺家娃明年高考，去年考上本科的比例有多高？", "figure", "去年考上本科的比例有多高？"),
    # 抓好几个: 抓好 then 几个 — still a count
    ("今年要抓好几个援疆项目？", "count", ""),
    # 那几个 / 好几个 point or say "several": no count asked
    ("城里那几个公交站又旧又破，今年有没有打算收拾一下？", "yesno", ""),
])
def test_the_ask_after_a_situation_sets_the_kind_of_answer(question, kind, asked):
    understood = understand(question)
    assert understood.answer_type == kind and understood.asked_text == asked


def test_two_questions_in_a_row_are_two_parts():
    understood = understand("去年电网改造花了多少钱？新建了多少台变压器？")
    assert understood.answer_type == "multipart" and len(understood.parts) == 2
    assert understood.parts[1].startswith("去年电网") and "变压器" in understood.parts[1]


@pytest.mark.parametrize("question, kind", [
    ("今年要抓的援疆项目还是19个吗？", "yesno"),  # 还是…吗: is it still…? — a yes/no
    ("去年财政收入是增长还是下降？", "fact"),  # 还是 between two options: a choice
])
def test_still_asks_yes_or_no_but_or_offers_a_choice(question, kind):
    assert understand(question).answer_type == kind


@pytest.mark.parametrize("question, asked", [
    # the situation told with 我们 / 俺 (filler words) is still found; its words are not the ask's
    ("我们村老人过世办丧事大操大办的多，今年政府在殡葬上提倡什么？", "今年政府在殡葬上提倡什么？"),
    # an ask naming nothing of its own (去年全市建了多少个): the clause before it is the topic, not a situation
    ("俺们村里倒垃圾的集中点，去年全市建了多少个？", ""),
])
def test_a_situation_is_found_as_typed_and_a_thin_ask_keeps_its_topic(question, asked):
    assert understand(question).asked_text == asked


def test_two_periods_compared_in_words_are_a_comparison():
    assert understand("今年的游客目标跟去年实际接待的比起来怎么样？").answer_type == "comparison"
    assert understand("去年旅游发展得怎么样？").answer_type == "overview"


@pytest.mark.parametrize("text", ["咱这儿的空气质量去年咋样", "今年物价能控制住不", "看病报销方便了没"])
def test_colloquial_asks_without_a_question_mark_are_questions(text):
    from qa.understanding import is_question_shaped
    assert is_question_shaped(text)


def test_which_grew_faster_asks_both_figures():
    understood = understand("去年旅游人数和旅游收入，哪个涨得更快？")
    assert understood.answer_type == "multipart" and len(understood.parts) == 2


@pytest.mark.parametrize("everyday, report", [
    ("今年市里自己花的钱有多少用在过日子上？", "本级财政支出"), ("科学普及方面有什么打算", "科普"),
    ("有没有打算搞夜市", "夜间经济"), ("市属国企怎么合并", "国有企业"),
])
def test_everyday_names_are_read_in_the_reports_words(everyday, report):
    assert report in understand(everyday, lambda t: t in ("本级财政支出", "民生", "科普", "夜间经济", "国有企业")).search_text


def test_a_negated_quantity_tells_rather_than_asks():
    from qa.understanding import without_situation
    # 挣不了几个钱 / 没多少钱: a statement about the asker's life, so the question is the clause after it
    assert without_situation("俺们种地的一年到头挣不了几个钱，去年农村人一人多挣了多少钱？") == "去年农村人一人多挣了多少钱？"
    assert without_situation("我家没多少地，今年种粮补贴有多少？") == "今年种粮补贴有多少？"


def test_everyday_ways_of_saying_more_money_ask_a_change():
    from qa.question import asked_form
    for question in ("去年城里人兜里平均多揣了多少钱？", "去年农民多赚了多少钱？", "今年能多拿多少钱？"):
        assert asked_form(question).change, question
    assert not asked_form("这条路有多长？").change


def test_asks_run_on_without_a_comma_or_closed_by_ne_are_parts():
    from qa.understanding import split_asks
    # 多少件 closes its ask, so 办结率多少 is the next one; 政协提案呢 asks the same again about the next thing
    assert len(split_asks("去年行政审批事项一共办了多少件办结率多少")) == 2
    assert split_asks("去年办理人大议案多少件，政协提案呢？")[1] == "去年政协提案多少件？"
    # 几个 / 多少户 go on with what they count: no split inside 几个小区
    assert split_asks("老旧小区改造投了多少钱、改了几个小区、涉及多少户居民？")[1] == "老旧小区改了几个小区？"



def test_later_asks_take_the_nearest_subject_and_may_ask_what_kind():
    from qa.understanding import split_asks
    # 还有 joins an ask on; a verb alone (落实了) names nothing, so the subject before it is meant
    assert split_asks("旅游收入有多少、同比涨了多少，还有新建了几个景区？")[2] == "旅游收入新建了几个景区？"
    # a later clause naming its own subject is the subject of the asks after it, which may ask what kind
    assert split_asks("去年新建了几座水库，改良盐碱地多少亩、主要种植了什么？") == [
        "去年新建了几座水库？", "去年改良盐碱地多少亩？", "去年改良盐碱地主要种植了什么？"]
    # an ask pointing back (又) stays for with_asks_resolved
    assert split_asks("去年接待游客多少人次、旅游收入多少？今年又想弄到多少？")[2] == "今年又想弄到多少？"


def test_two_topics_joined_by_he_are_both_the_overview_topic():
    from qa.overview import overview_topic
    assert "".join(overview_topic("今年在生态保护和污染治理上有哪些打算？")) == "生态保护污染治理"
    assert "和" in overview_topic("社会和谐方面做了啥？")  # 和谐 is one word


def test_reduplicated_manner_words_and_the_number_set_are_no_topics():
    from qa.glossary import strip_filler
    from qa.question import topic_nouns
    # 修修补补 tells how, not what: it is no topic the report must name
    assert "修修补补" not in [w for w, _ in topic_nouns("去年给各个学校幼儿园修修补补投了多少钱？")]
    # 定的数 is the target set
    assert "目标" in strip_filler("今年农民增收定的数是多少？")


def test_which_ones_is_a_list_ask_not_a_figure_ask():
    from qa.understanding import split_asks
    # 修了多少条路，都有哪几条: one figure and one list, not two figures
    assert split_asks("去年修了多少条路，都有哪几条？") == []



@pytest.mark.parametrize("question, atype", [
    ("给低保户、五保户、老年人和残疾人发的各种补贴，去年加起来发了多少？", "figure"),  # 各种 + 加起来: one total
    ("城镇和农村居民收入各增加多少？", "multipart"),
    ("城镇和农村居民收入分别增加多少，一共多少？", "multipart"),  # 分别 still splits
])
def test_a_total_over_listed_things_is_one_ask(question, atype):
    assert understand(question).answer_type == atype


@pytest.mark.parametrize("question", ["今年旅游业有些什么打算？", "去年农业上有些啥成绩", "今年交通有什么样的规划"])
def test_general_asks_about_plans_and_results_are_overviews(question):
    assert understand(question).answer_type == "overview"


@pytest.mark.parametrize("question", ["今年民生上准备办哪几件大事？", "今年工业打算往哪些方向发展", "去年农业上做了哪些方面的工作"])
def test_which_ones_asks_about_work_in_general_are_overviews(question):
    assert understand(question).answer_type == "overview"


def test_which_items_asks_stay_lists():
    assert understand("今年要办哪些民生实事？").answer_type == "list"
    assert understand("去年办理了哪些事项？").answer_type == "list"


@pytest.mark.parametrize("question, topicless", [
    ("去年政府在电网上花了多少钱", "去年在电网上花了多少钱"),  # the government acting: the report's own voice
    ("政府这边对纺织企业有啥支持", "对纺织企业有什么支持"),
])
def test_the_government_acting_is_no_topic(question, topicless):
    assert understand(question).search_text == topicless


def test_the_government_stays_when_it_is_the_only_topic():
    assert "政府" in understand("今年政府打算干些啥？").search_text
    assert "政府" in understand("政府债务有多少").search_text


def test_asks_in_two_sentences_are_two_parts():
    assert understand("去年一共办了多少件审批和服务事项？办结率多少？").parts == [
        "去年一共办了多少件审批和服务事项？", "去年一共审批和服务事项办结率多少？"]


@pytest.mark.parametrize("question", ["城里下大雨积水，去年铺了多长的排水的管子", "育种子的地去年建成了多大一片", "从家到健身的地方要走多久"])
def test_how_long_how_big_without_a_question_mark_are_questions(question):
    from qa.understanding import is_question_shaped
    assert is_question_shaped(question)


@pytest.mark.parametrize("question, atype", [
    ("沙湾算不算自治区的乡村振兴示范引领县", "yesno"),  # verb 不 verb
    ("12345那个热线开通了没啊", "yesno"),
    ("三孩政策咱这落实不", "yesno"),
    ("今年粮食要种多少亩，你晓得不？", "figure"),  # a tag after a how-much ask
    ("想在农村落户进城，户口这块今年有啥改革没？", "list"),  # 有啥 asks what
])
def test_yes_no_tails_and_verb_not_verb(question, atype):
    assert understand(question).answer_type == atype


def test_an_approximate_count_is_no_ask_and_the_counted_noun_carries_over():
    # 九几年 says about when, it asks nothing; 改了几个老小区 → the next ask is about 老小区
    u = understand("我住的是九几年的老楼，一直盼着改造，去年咱这儿改了几个老小区，一共多少户受益了？")
    assert u.answer_type == "multipart" and len(u.parts) == 2 and "老旧小区" in u.parts[1]


def test_asks_in_several_sentences_are_split_one_by_one():
    u = understand("去年政银企座谈开了几次？争取的贷款贴息和拨的纺织补贴各多少？")
    assert u.parts == ["去年政银企座谈开了几次？", "去年争取的贷款贴息是多少？", "去年拨的纺织补贴是多少？"]
    # a later sentence naming no thing of its own (各增长了多少) asks about the things before: not split this way
    assert understand("去年游客人数和旅游收入分别是多少？各增长了多少？").answer_type == "multipart"


EXAMPLE_REPORT_WORDS = ("玉米", "粮食", "口粮", "垃圾处理", "公共设施", "地方")


@pytest.mark.parametrize("question, expected", [
    # a kind the report names stands for its examples: none of them is required
    ("今年种麦子玉米这些口粮有多少亩", "今年这些口粮有多少亩"),
    ("修水管、垃圾处理这些公共设施花了多少", "修水管这些公共设施花了多少"),
    # a generic kind (地方) does not: only the examples the report never uses go
    ("商场、饭馆、玉米这些地方卖了多少", "玉米这些地方卖了多少"),
    # no kind after the examples: nothing goes
    ("麦子这些？", "麦子这些？"),
    ("今年种麦子有多少亩", "今年种麦子有多少亩"),
])
def test_examples_before_their_kind_are_not_required(question, expected):
    assert without_unknown_examples(question, lambda w: w in EXAMPLE_REPORT_WORDS) == expected


@pytest.mark.parametrize("question, expected", [
    ("今年种菜要种多少亩嘛", "figure"),  # 嘛 closes a how-many ask: no yes/no
    ("是不是要把国企整合成几大集团？", "figure"),
    ("今年有没有新的公交线路？", "yesno"),
])
def test_a_yes_no_frame_around_a_how_many_ask_asks_the_number(question, expected):
    assert answer_type(question) == expected


def test_two_places_asked_as_one_word_are_said_by_their_list():
    assert said_as("镇村", "建成镇、村(社区)供排水管网42公里") and said_as("城乡", "城和乡的道路")
    assert not said_as("镇村", "建成城区供水管网24公里")


def test_asks_of_length_or_size_in_a_row_are_each_asked():
    assert split_asks("乡里村里的管网建了多长，城区的管网又是多长") == [
        "乡里村里的管网建了多长？", "城区的管网又是多长？"]


REPORT_TERMS = ("上平台", "升规", "零就业家庭", "劳动密集型", "冻精", "发放", "游客",
                "婴幼儿照护", "蔬菜", "致贫", "一般公共预算收入", "农家菜园子直销店", "制种基地", "参保率", "重大动物疫病免疫", "单位生产总值能耗",
                "农村人居环境整治", "农村居民", "变压器", "升学", "上平台")


@pytest.mark.parametrize("everyday, report", [
    ("财政自己收进来的钱去年有多少", "一般公共预算收入"),  # the public purse's own takings
    ("卖自家种的菜的那种小店开了几家", "农家菜园子直销店"),  # where farmers sell what they grow
    ("繁种子的田现在有多大", "制种基地"),  # fields that raise seed
    ("医保这些，交的人多吗", "参保率"),  # how many pay into an insurance
    ("牛羊打疫苗打得怎么样", "重大动物疫病免疫"),  # livestock vaccinated
    ("每产出一块钱的经济量，要少用多少能源", "单位生产总值能耗"),  # energy per unit of output
    ("多少亩地挂到交易平台上流转", "上平台"), ("去年有几家企业升成了规上", "升规"),
    ("全家都没工作的那种人家今年咋办", "零就业家庭"), ("用工多的产业有哪些", "劳动密集型"),
    ("冷冻的公牛精液发了多少", "冻精"), ("补贴往下发了多少", "发放"), ("去年的客流量有多大", "游客"),
    ("孩子小没人带怎么办", "婴幼儿照护"), ("今年要种多少亩的菜", "蔬菜"), ("万一又穷回去了咋办", "致贫"),
    ("街上的变电箱新装了几个", "变压器"), ("职校的娃继续上学的多不多", "升学"), ("多少地挂到网上去交易", "上平台"),
])
def test_things_described_in_everyday_words_are_read_as_the_reports_term(everyday, report):
    used = lambda t: any(t in term for term in REPORT_TERMS)  # noqa: E731
    assert report in to_report_terms(everyday, used)[0]


def test_an_everyday_word_inside_a_longer_report_term_is_left_alone():
    used = lambda t: any(t in term for term in REPORT_TERMS)  # noqa: E731
    # the report's 农村人居环境 holds 农村人 only inside it: 农村人 said alone is still 农村居民
    assert "农村居民" in to_report_terms("今年给农村人定的增收数是多少", used, lambda t: used(t) and t != "农村人")[0]
    # …and a question that says 农村人居环境 keeps it
    assert to_report_terms("农村人居环境整治清理了多少垃圾", used, lambda t: used(t) and t != "农村人")[1] == []


@pytest.mark.parametrize("question", ["今年文化方面有啥新花样", "去年医保这块有什么新变化", "今年旅游上有哪些新举措"])
def test_what_is_new_in_a_field_asks_an_overview(question):
    assert answer_type(question) == "overview"


def test_a_few_years_ago_is_a_time_not_a_count_asked():
    assert answer_type("俺家前几年刚脱贫，万一又穷回去了还管不管") != "figure"  # 前几年: a time, no 几 asked
    assert answer_type("今年要建几个") == "count"


def test_a_space_after_a_told_situation_or_between_two_asks_is_a_comma():
    from qa.understanding import spaces_as_commas
    assert spaces_as_commas("去年电网改造投了多少钱 新建了几台变压器") == "去年电网改造投了多少钱，新建了几台变压器"
    assert spaces_as_commas("娃明年要上高中了 今年县里高考考得咋样") == "娃明年要上高中了，今年县里高考考得咋样"
    assert spaces_as_commas("沙湾 去年GDP多少") == "沙湾 去年GDP多少"


@pytest.mark.parametrize("question, expected", [
    ("报告里提没提民族团结进步模范市", "yesno"),  # A没A asks yes or no
    ("城乡居民医保和养老保险参保率都在95%以上吗", "yesno"),  # 和…都…吗: one yes or no for both
    ("城镇和农村居民收入都增长了多少", "multipart"),
    ("市人民医院院长叫什么名字", "person"), ("今年民生方面主要办哪些实事", "overview"), ("种棉花的有啥新路子", "overview"),
])
def test_kinds_of_ask_in_plain_words(question, expected):
    assert answer_type(question) == expected


def test_a_threshold_asked_as_not_reached_is_strict():
    from qa.yesno import threshold_verdict
    assert threshold_verdict("免疫率是不是没到100%", ["100%"], "重大动物疫病免疫率100%") == "no"
    assert threshold_verdict("升学率有没有到95%", ["95%"], "学生就业、升学率稳定在95%以上") == "yes"
    assert threshold_verdict("失业率不超过4%吧", ["4%"], "城镇登记失业率控制在3.5%以内") == "yes"  # 不超过 is below


def test_a_threshold_in_wan_without_its_unit_is_compared_with_the_clauses_count():
    from qa.understanding import understand
    from qa.yesno import threshold_verdict
    clause = "全年接待游客286.35万人次,同比增长52.7%"
    assert understand("去年游客是不是超过200万").stated_figures == ["200万"]  # the 万 is kept
    assert threshold_verdict("去年游客超过200万了吗", ["200万"], clause) == "yes"
    assert threshold_verdict("游客破300万了没", ["300万"], clause) == "no"  # 破 is 突破
    assert threshold_verdict("增长过60%了吗", ["60%"], clause) == "no"  # a bare % stays a rate


def test_money_paid_out_and_a_measure_asked_in_english_are_figures():
    from qa.question import asked_form
    assert asked_form("困难学生的补助钱一共发了多少").unit == "元"  # the money, not the students
    assert asked_form("what coal production capacity is planned").number


def test_a_thing_set_aside_is_no_topic():
    from qa.understanding import without_exception
    assert without_exception("除了大盘鸡以外，还要打造哪些美食品牌") == "还要打造哪些美食品牌"
    assert without_exception("除了旅游收入") == "除了旅游收入"  # nothing asked after it: left as it is


@pytest.mark.parametrize("question, parts", [
    # an ask pointing back (又, 两样各) is one ask about each thing asked before it, in its own period or theirs
    ("去年接待游客多少人次、旅游收入多少？今年又想弄到多少？", 4),
    ("去年接待游客多少人次？旅游收入多少？两样各涨了多少", 4),
    # two things and two periods: each thing in each period
    ("城镇和农村居民人均可支配收入，去年各增加了多少，今年目标又是多少？", 4),
])
def test_asks_pointing_back_at_earlier_asks_are_one_ask_per_thing(question, parts):
    u = understand(question)
    assert u.answer_type == "multipart" and len(u.parts) == parts, u.parts
    assert sum("今年" in p for p in u.parts) == (0 if "两样" in question else 2), u.parts
    assert all(any(w in p for w in ("游客", "旅游", "居民")) for p in u.parts), u.parts


def test_a_topic_told_before_asks_naming_nothing_is_their_subject():
    # 国营公司今年要合并 names the topic; a first-person situation (我家在农村) is not carried into the asks
    parts = split_asks("市属那些国营公司今年要合并，合成几家？原来一共多少家？")
    assert len(parts) == 2 and all("国营公司" in p for p in parts), parts
    parts = split_asks("前些年这儿总停电，去年电网上花了多少钱，新装了多少台变压器？")
    assert all("停电" not in p for p in parts), parts


def test_a_later_ask_keeps_a_period_named_inside_the_first_part():
    """(own wording) 去年 stands inside the first part, not at its start; the second ask points back at it."""
    from qa.understanding import split_sentences_of_parts, with_asks_resolved

    parts = with_asks_resolved(split_sentences_of_parts("农村居民去年人均可支配收入涨了多少钱？涨幅是百分之几？"))
    assert len(parts) == 2
    assert parts[1].startswith("去年") and "农村居民" in parts[1] and "涨幅" in parts[1]


@pytest.mark.parametrize("question, known", [
    ("除了杭州路和广州路，另外几条路叫什么？", ["杭州路", "广州路"]),
    ("除了鹿角湾以外，还有哪些景区？", ["鹿角湾"]),
    ("除险加固工程还有几座？", []),
    ("除了这些还有吗", []),  # (这些: nothing named)
])
def test_set_aside_names(question, known):
    from qa.understanding import set_aside_names
    assert set_aside_names(question) == known


@pytest.mark.parametrize("question", ["今年定的几个主要经济指标是多少？", "今年各项经济指标的目标是多少？",
                                      "2022年主要指标的目标"])
def test_the_main_indicators_are_an_overview_however_asked(question):
    assert answer_type(question) == "overview"


def test_how_the_answer_should_be_is_dropped_after_the_ask():
    u = understand("今年旅游这块大概打算干些啥？说几个重点就行。", lambda t: t in REPORT_WORDS)
    assert "重点就行" not in u.search_text and u.answer_type == "overview"
