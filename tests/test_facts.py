"""qa/facts.py: figures with their subjects, directions, qualifiers, periods; entities; enumerations.

Sentences are taken from the shipped report (corpus/shawan-2022-government-work-report.txt).
"""

import pytest

from qa.facts import (CHANGE, DOWN, LEVEL, RANK, RATE, UP, claim_years, cn_number, content_words, extract, extract_claim,
                      same_value)

REVIEW = (2021, "review")
PLAN = (2022, "plan")


def figures(sentence, period=REVIEW):
    return extract(sentence, *period).figures


def test_figure_with_growth_rate_continuation():
    visitors, rate, income, income_rate = figures(
        "全年接待游客286.35万人次,同比增长52.7%,实现旅游综合收入16.07亿元,同比增长58.49%。")
    assert (visitors.subject, visitors.value, visitors.unit, visitors.group) == ("接待游客", 2863500.0, "人次", "人")
    assert (visitors.aspect, visitors.direction) == (LEVEL, "")
    assert (rate.subject, rate.value, rate.unit, rate.direction, rate.aspect) == ("接待游客", 52.7, "%", UP, RATE)
    assert rate.continues and not visitors.continues
    assert income.subject == "旅游综合收入" and income.value == 1607000000.0 and income.group == "元"
    assert income_rate.subject == "旅游综合收入" and income_rate.value == 58.49


def test_offsets_point_at_the_figure():
    sentence = "全年接待游客286.35万人次,同比增长52.7%。"
    visitors, rate = figures(sentence)
    assert sentence[visitors.start:visitors.end] == "286.35万人次"
    assert sentence[rate.start:rate.end] == "52.7%"


def test_decline_and_qualifier():
    level, rate = figures("一般公共预算收入预计完成8.58亿元,同比下降10%。")
    assert level.subject == "一般公共预算收入" and level.value == 858000000.0 and "预计" in level.qualifiers
    assert (rate.direction, rate.aspect, rate.subject) == (DOWN, RATE, "一般公共预算收入")


def test_change_amounts_are_not_levels():
    urban, urban_rate, rural, rural_rate = figures(
        "城镇居民人均可支配收入预计增加660元,同比增长2%,农村居民人均可支配收入预计增加1509元,同比增长7.3%。")
    assert (urban.subject, urban.value, urban.direction, urban.aspect) == ("城镇居民人均可支配收入", 660.0, UP, CHANGE)
    assert urban_rate.subject == "城镇居民人均可支配收入" and urban_rate.value == 2.0
    assert rural.subject == "农村居民人均可支配收入" and rural.value == 1509.0
    assert rural_rate.subject == "农村居民人均可支配收入" and rural_rate.value == 7.3


def test_added_value_is_not_a_direction():
    output, added = figures("预计全市规上企业完成工业总产值54.2亿元,实现工业增加值8.3亿元。")
    assert added.subject == "工业增加值" and added.direction == "" and added.aspect == LEVEL


def test_targets_with_around():
    gdp, industry, investment, retail, urban, rural, budget, cpi, energy = figures(
        "奋斗目标是:完成地区生产总值同比增长8%左右,规模以上工业增加值同比增长10%左右,固定资产投资同比增长50%左右,"
        "社会消费品零售总额同比增长10%左右,城镇居民人均可支配收入增加1000元,农村居民人均可支配收入增加1300元,"
        "一般公共预算收入同比增长7%左右,居民消费价格指数涨幅3%左右,单位生产总值能耗下降3%左右。", PLAN)
    assert (gdp.subject, gdp.value, gdp.direction, gdp.qualifiers, gdp.period_year, gdp.period_kind) == \
        ("地区生产总值", 8.0, UP, ("左右",), 2022, "plan")
    assert gdp.approximate
    assert investment.subject == "固定资产投资" and investment.value == 50.0
    assert rural.value == 1300.0 and rural.aspect == CHANGE
    assert cpi.direction == UP and energy.direction == DOWN and energy.subject == "单位生产总值能耗"


@pytest.mark.parametrize("sentence, expected", [
    # measure words: the counted thing follows the figure
    ("建成30个农家菜园子直销店、15个乡镇级电子商务服务站(乡镇服务中心)、131个村级电子商务服务网点。",
     [(30, "个", "农家菜园子直销店"), (15, "个", "电子商务服务站"), (131, "个", "村级电子商务服务网点")]),
    # ... or precedes it, in a 、 list
    ("表彰模范集体20个、模范个人50名。", [(20, "个", "模范集体"), (50, "名", "模范个人")]),
    ("实施自治区科技计划项目15项、科技特派员农村创业行动项目9项。",
     [(15, "项", "科技计划项目"), (9, "项", "科技特派员农村创业行动项目")]),
    ("加快推进老旧小区改造,累计投资1.97亿元改造老旧小区8个,涉及楼栋268栋、居民6924户。",
     [(197000000.0, "元", "投资"), (8, "个", "老旧小区"), (268, "栋", "楼栋"), (6924, "户", "居民")]),
    ("完成作物总播226.93万亩。", [(2269300.0, "亩", "作物总播")]),
    ("新建供水管网24公里。", [(24000.0, "公里", "供水管网")]),
    ("新增无人植保机、农业用北斗终端等新型农机具1,331台(架)。", [(1331, "台", "新型农机具")]),
    ("援疆医生诊疗患者2000余人次、手术716例、抢救危重患者210人。",
     [(2000, "人次", "诊疗患者"), (716, "例", "手术"), (210, "人", "抢救危重患者")]),
    ("发放补助资金1174.31万元,受益学生1.3万人次,发放助学贷款48.02万元。",
     [(11743100.0, "元", "补助资金"), (13000.0, "人次", "受益学生"), (480200.0, "元", "助学贷款")]),
])
def test_counts_money_areas(sentence, expected):
    found = figures(sentence)
    assert len(found) == len(expected)
    for f, (value, unit, subject_part) in zip(found, expected):
        assert f.value == pytest.approx(value) and f.unit == unit
        assert subject_part in f.subject, (f.subject, subject_part)


def test_more_than_and_ranges():
    doctors = figures("援疆医生诊疗患者2000余人次。")[0]
    assert "余" in doctors.qualifiers and doctors.approximate
    share = figures("到2022年底,基本医疗保险和基本养老保险参保率达到95%以上。", PLAN)[0]
    assert share.lower_bound and share.period_year == 2022 and share.subject.endswith("参保率")
    bases = figures("打造1-2个非物质文化遗产传承实践基地。", PLAN)[0]
    assert (bases.low, bases.value) == (1.0, 2.0)


def test_ranks_and_ordinals():
    rank = figures("中高考成绩均位列塔城地区第一,本科上线率达78.3%。")[0]
    assert (rank.aspect, rank.group, rank.value) == (RANK, "第", 1.0)
    session, meeting = figures("——2022年1月24日在沙湾市第一届人民代表大会第二次会议上", (None, ""))
    assert (session.value, session.unit, meeting.value, meeting.unit) == (1.0, "届", 2.0, "次")


def test_years_dates_names_and_codes_are_not_figures():
    assert figures("“12345”政务服务便民热线上线运行。") == []
    assert figures("加快推进5G基站建设。") == []
    assert [f.text for f in figures("2021年度城乡居民基本医疗、养老保险参保率均在95%以上。")] == ["95%"]
    assert figures("——2022年1月24日在沙湾市", (None, "")) == []
    assert figures("打造一批优秀示范小区和品牌物业企业。") == []


def test_explicit_year_overrides_the_chunk_period():
    f = figures("2021年度城乡居民基本医疗、养老保险参保率均在95%以上。", (2022, "review"))[0]
    assert f.period_year == 2021


def test_entities():
    facts = extract("与新疆农业大学合作,签订《农业科技战略合作协议》,挂牌成立新疆农业大学沙湾市乡村振兴学院。")
    names = {(e.text, e.kind) for e in facts.entities}
    assert ("《农业科技战略合作协议》", "title") in names
    assert any(kind == "organisation" and "农业大学" in text for text, kind in names)
    places = {e.text for e in extract("加强辽宁省鞍山市与沙湾市的经济技术交流合作。").entities if e.kind == "place"}
    assert any("鞍山" in p for p in places) and "沙湾市" in places


def test_enumerations():
    facts = extract("集中打造特色鲜明、带动力强的安集海镇、大泉乡、金沟河镇、乌兰乌苏镇、老沙湾镇、柳毛湾镇6个乡村振兴示范乡镇。",
                    *PLAN)
    items = max((e.items for e in facts.enumerations), key=len)
    assert items[-5:] == ("大泉乡", "金沟河镇", "乌兰乌苏镇", "老沙湾镇", "柳毛湾镇")
    assert any(item.endswith("安集海镇") for item in items)
    crops = extract("建成玉米、小麦等作物制种基地6.21万亩。").enumerations[0]
    assert crops.items == ("玉米", "小麦")


def test_a_list_after_a_link_word_starts_after_it_whatever_the_tagger_calls_its_first_name():
    # (the tagger reads 安集 of 安集海 as a verb: the item still runs back to 是)
    items = extract_claim("六个示范乡镇是安集海、大泉、金沟河和老沙湾。").enumerations[0].items
    assert items[0] == "安集海" and items[-1].startswith("老沙湾")


def test_claim_periods_per_figure():
    claim = extract_claim("一般公共预算收入去年同比下降10%,今年目标是增长7%左右。", 2022)
    fall, rise = claim.figures
    assert (fall.value, fall.direction, fall.period_year, fall.period_kind) == (10.0, DOWN, 2021, "review")
    assert (rise.value, rise.direction, rise.period_year, rise.period_kind) == (7.0, UP, 2022, "plan")
    assert rise.subject == "一般公共预算收入" and rise.continues


def test_claim_helpers():
    claim = extract_claim("2021年沙灣中考、高考成績均居塔城地區首位。", 2022)
    assert claim.figures[0].aspect == RANK and claim.figures[0].value == 1
    assert claim.years == [2021] and "塔城地区" in claim.words
    assert extract_claim("2021年全市未发生重特大安全生产事故").negated
    assert not extract_claim("2021年发生重大安全生产事故").negated
    assert extract_claim("表彰三名模范个人").figures[0].value == 3


def test_same_value_rounding_and_bounds():
    report = figures("一般公共预算收入预计完成8.58亿元。")[0]
    assert same_value(extract_claim("一般公共预算收入接近8.6亿元").figures[0], report)
    # written short without 约, within 0.3% of the report's figure: the same figure (8.6亿元 for 8.58亿元); further
    # off it is another figure unless said with 约 (7% for 7.3%, 78% for 78.3%)
    assert same_value(extract_claim("一般公共预算收入8.6亿元").figures[0], report)
    assert not same_value(extract_claim("一般公共预算收入8.5亿元").figures[0], report)
    assert not same_value(extract_claim("增长7%").figures[0], figures("增长7.3%")[0])
    assert not same_value(extract_claim("本科上线率78%").figures[0], figures("本科上线率达78.3%")[0])
    assert same_value(extract_claim("发放助学贷款48万元").figures[0], figures("发放助学贷款48.02万元")[0])
    assert not same_value(extract_claim("一般公共预算收入约9.6亿元").figures[0], report)
    # rounded to fewer decimals, three significant digits kept: the report's figure; one digit off is not
    tourism = figures("实现旅游综合收入16.07亿元,同比增长58.49%。")
    assert same_value(extract_claim("旅游综合收入16.1亿元").figures[0], tourism[0])
    assert same_value(extract_claim("旅游综合收入增长58.5%").figures[0], tourism[1])
    assert not same_value(extract_claim("旅游综合收入增长58.4%").figures[0], tourism[1])
    assert not same_value(extract_claim("旅游综合收入增长58%").figures[0], tourism[1])
    jobs = figures("实现城乡新增就业5294人。")[0]
    assert same_value(extract_claim("城乡新增就业超过5000人").figures[0], jobs)
    assert not same_value(extract_claim("城乡新增就业超过6000人").figures[0], jobs)
    # a lower bound far below the report's figure misreads its scale
    assert not same_value(extract_claim("城乡新增就业超过500人").figures[0], jobs)
    assert not same_value(extract_claim("招商引资到位资金超过35万元").figures[0], figures("到位资金35.03亿元")[0])
    bound = figures("坚持把本级财政支出的70%以上用于保障和改善民生。", PLAN)[0]
    assert not same_value(extract_claim("本级财政支出的60%以上用于民生").figures[0], bound)
    assert same_value(extract_claim("2863500人次").figures[0], figures("接待游客286.35万人次")[0])


def test_cn_number_and_content_words():
    assert cn_number("一千三百三十一") == 1331 and cn_number("两") == 2 and cn_number("十") == 10
    assert cn_number("大") is None
    words = content_words("据报告，2021年全市接待游客约286万人次")
    assert "游客" in words and "报告" not in words and "全市" not in words


def test_numerals_inside_place_names_are_not_figures():
    assert [f.text for f in extract_claim("沙湾计划与兵团第六师五家渠市建立共同生活都市圈。", 2022).figures] == []
    assert [f.text for f in extract("三亚市和七台河市新建学校3所").figures] == ["3所"]


def test_a_past_year_outweighs_ordinary_plan_verbs():
    """争取/将/要 are also ordinary verbs (争取贷款贴息): with a past year they do not make a target;
    目标/计划 still do."""
    c = extract_claim("去年沙湾争取贷款贴息274.87万元。", 2022)
    assert [(f.period_year, f.period_kind) for f in c.figures] == [(2021, "review")]
    c = extract_claim("去年沙湾的目标是争取贷款贴息300万元。", 2022)
    assert [(f.period_year, f.period_kind) for f in c.figures] == [(2021, "plan")]
    assert "能" not in content_words("沙湾没能完成年初确定的各项目标任务")


def test_same_value_round_numbers_and_more_than():
    """A round claim figure (近7000户, 约4700万元) stands for the report's figure rounded at its last
    non-zero digit, within 5%; 余/多 (四十二万余件) means from that figure up to its next unit."""
    households = figures("涉及楼栋268栋、居民6924户")[-1]
    assert same_value(extract_claim("涉及居民近7000户").figures[0], households)
    assert not same_value(extract_claim("涉及居民约6000户").figures[0], households)
    invest = figures("实施援疆项目19个,总投资4723万元")[-1]
    assert same_value(extract_claim("总投资约4700万元").figures[0], invest)
    assert not same_value(extract_claim("总投资约4000万元").figures[0], invest)
    jobs = figures("实现城乡新增就业5294人")[0]
    assert not same_value(extract_claim("城乡新增就业约5000人").figures[0], jobs)  # 5.6% off: not a rounding
    cases = figures("全年累计办理行政审批和公共服务事项42.81万件")[0]
    assert same_value(extract_claim("办理事项四十二万余件").figures[0], cases)
    assert same_value(extract_claim("办理事项42万多件").figures[0], cases)
    assert not same_value(extract_claim("办理事项四十三万余件").figures[0], cases)
    assert not same_value(extract_claim("办理事项41万余件").figures[0], cases)


# ---------------------------------------------------------------- words read inside other words

def test_a_number_is_not_a_year():
    """A 4-digit number with a decimal part, a scale, 余/多 or a unit is a figure, not a year
    (2054.57万元, 2000余人次); 2021年 and a bare 2021 before a name still are."""
    claim = extract_claim("援疆医生诊疗患者2000余人次。", 2022)
    assert claim.years == [] and claim.figures[0].period_year is None
    claim = extract_claim("发放补助资金2054.57万元,2022年目标3000万元。", 2022)
    assert claim.years == [2022] and [f.period_year for f in claim.figures] == [2022, 2022]
    for text in ("受益学生2021人", "投资2021万元", "投资2021.5万元", "占比20.21%", "服务2000多人次", "1.2021%"):
        assert extract_claim(text, 2022).years == [], text
    assert extract_claim("2021年接待游客286.35万人次", 2022).years == [2021]
    assert extract_claim("2021沙湾接待游客286.35万人次", 2022).years == [2021]
    assert extract_claim("2021、2022两年累计投资5亿元", 2022).years == [2021, 2022]


@pytest.mark.parametrize("sentence, subject", [
    ("一般公共预算收入预计8.58亿元。", "一般公共预算收入"),  # 预计, not 预 + a linking 计
    ("城镇居民收入人均4.2万元。", "城镇居民收入人均"),        # 人均, not 人 + 均
    ("旅游项目投资累计1.97亿元。", "旅游项目投资"),            # 累计, not 累 + 计
    ("规上企业数量统计为58家。", "规上企业数量统计"),          # 统计为: 为 stripped, 统计 kept whole
    ("本科上线率高达78.3%。", "本科上线率"),                  # 高达 links as 达 does
    ("参保率均达到95%。", "参保率"),                          # 均 + 达到: linking words of their own
])
def test_linking_words_are_stripped_only_as_words_of_their_own(sentence, subject):
    assert figures(sentence)[0].subject == subject


def test_qualifiers_inside_other_words_are_not_qualifiers():
    """约 of 节约, 近 of 近年来, 上下 of 上下游 do not make a figure approximate."""
    saved = figures("节约资金300万元。")[0]
    assert not saved.approximate and saved.subject == "节约资金"
    assert not figures("近年来累计投资5亿元。")[0].approximate
    chain = figures("引进10个上下游配套项目。")[0]
    assert not chain.approximate and "上下游" in chain.subject
    assert figures("全年接待游客约286万人次。")[0].approximate
    assert figures("接待游客近300万人次。")[0].approximate


@pytest.mark.parametrize("sentence, lower, upper", [
    ("参保率不少于95%。", True, False),
    ("参保率不低于95%。", True, False),
    ("参保率至少95%。", True, False),
    ("参保率高于95%。", True, False),
    ("参保率95%以上。", True, False),
    ("失业率不超过4.5%。", False, True),
    ("失业率不高于4.5%。", False, True),
    ("失业率不多于4.5%。", False, True),
    ("失业率低于4.5%。", False, True),
    ("失业率4.5%以下。", False, True),
    ("失业率4.5%以内。", False, True),
])
def test_bound_words_are_read_whole(sentence, lower, upper):
    """不少于 / 不低于 are lower bounds (not 少于 / 低于), 不超过 / 不高于 upper bounds (not 超过 / 高于);
    the bound word is not part of the subject."""
    f = figures(sentence)[0]
    assert (f.lower_bound, f.upper_bound) == (lower, upper), f.qualifiers
    assert f.subject in ("参保率", "失业率"), f.subject


def test_a_bound_is_not_a_negation():
    from qa.facts import NEGATION

    for text in ("参保率不低于95%", "失业率不高于4.5%", "参保率不少于95%", "失业率不多于4.5%", "失业率不超过4.5%"):
        assert not NEGATION.search(text), text
    assert NEGATION.search("全年未发生重大安全事故") and NEGATION.search("目标不高")
    report = figures("基本养老保险参保率达到97%。")[0]
    assert same_value(extract_claim("基本养老保险参保率不低于95%").figures[0], report)
    assert not same_value(extract_claim("基本养老保险参保率不高于95%").figures[0], report)


def test_a_growth_rate_that_is_ranked_keeps_its_name():
    """增速 / 增幅 right before a rate is its direction; ranked (增速居塔城地区第一) it is what ranks."""
    rank = extract_claim("2021年规上工业增加值增速居塔城地区第一。", 2022).figures[0]
    assert rank.aspect == RANK and "增速" in rank.words and "增速" in rank.subject
    assert "增幅" in extract_claim("城镇居民收入增幅位列全疆第一。", 2022).figures[0].words
    rate = extract_claim("2021年地区生产总值增速为7%。", 2022).figures[0]
    assert (rate.subject, rate.direction, rate.aspect) == ("地区生产总值", UP, RATE)
    rate = extract_claim("农村居民人均可支配收入增幅7.3%。", 2022).figures[0]
    assert (rate.subject, rate.direction, rate.aspect) == ("农村居民人均可支配收入", UP, RATE)


@pytest.mark.parametrize("sentence, subjects", [
    ("建成3所高等职业院校。", ["建成高等职业院校"]),                      # 等 of 高等 ends no list
    ("创建5个和谐社区。", ["创建和谐社区"]),                              # 和 of 和谐
    ("新建学校3所、参与培训教师200人。", ["新建学校", "参与培训教师"]),    # 与 of 参与 starts no item
    ("新建学校3所、普及义务教育学生2000人。", ["新建学校", "普及义务教育学生"]),
    ("新建学校3所和医院2所。", ["新建学校", "医院"]),                     # 和 as a word still joins
])
def test_list_marks_inside_words_do_not_split_a_subject(sentence, subjects):
    assert [f.subject for f in figures(sentence)] == subjects


@pytest.mark.parametrize("claim, value, unit", [
    ("办理事项四十二万八千余件", 428000.0, "件"),       # a scale inside the numeral
    ("一般公共预算收入八亿五千八百万元", 858000000.0, "元"),
    ("新增配变容量四万四千四百千伏安", 44400000.0, "千伏安"),  # 千 of the unit stays the unit's
    ("同比增长百分之七点三", 7.3, "%"),                 # a decimal point in words
])
def test_figures_in_chinese_numerals_are_read_whole(claim, value, unit):
    figures = extract_claim(claim).figures
    assert [f.value for f in figures] == [pytest.approx(value)] and figures[0].unit == unit


def test_an_amount_in_the_range_of_years_is_no_year():
    assert claim_years("援疆医生诊疗超过2000人次", 2022) == []  # (超过2000: an amount)
    assert claim_years("援疆 医生 诊疗 2000 患者", 2022) == []  # (an English count as rendered: a noun after it)
    assert claim_years("2021年 诊疗 2000 患者", 2022) == [(0, 2021)]
