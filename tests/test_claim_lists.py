"""Claims about a report list's items: membership of a counted list and each item's own figure (qa/claim_lists.py)."""

import pytest

from qa.claim_lists import count_of_listed, item_figure_conflict, listed_in, membership_claim, unlisted_beside_listed
from qa.facts import extract

MINES = "加快推进宏业煤矿90万吨/年及宝英、恒源、恒力、东升、鑫泉煤矿60万吨/年改扩建工程,年底力争形成210万吨的产能。"
TOWNS = "集中打造特色鲜明、带动力强的安集海镇、大泉乡、金沟河镇、乌兰乌苏镇、老沙湾镇、柳毛湾镇6个乡村振兴示范乡镇。"


@pytest.mark.parametrize("claim, items, rest", [
    ("柳毛湾镇是今年要打造的6个乡村振兴示范乡镇之一。", ("柳毛湾镇",), "今年要打造的6个乡村振兴示范乡镇"),
    ("大泉乡和金沟河镇都属于示范乡镇之列", ("大泉乡", "金沟河镇"), "示范乡镇"),
    ("今年的6个示范乡镇里包括安集海镇、乌兰乌苏镇等", ("安集海镇", "乌兰乌苏镇"), "今年的6个示范乡镇"),
])
def test_membership_claims_split_into_items_and_the_list(claim, items, rest):
    member = membership_claim(claim)
    assert member is not None and member.items == items and member.rest == rest


@pytest.mark.parametrize("claim", ["2021年接待游客286.35万人次。", "沙湾是自治区确定的示范县。",
                                   "其中之一的项目总投资是一项很长很长很长很长的说明之一"])
def test_other_claims_are_not_membership_claims(claim):
    assert membership_claim(claim) is None


def test_a_thing_missing_from_a_closed_list_is_named():
    check = listed_in(membership_claim("四道河子镇是6个乡村振兴示范乡镇之一"), TOWNS)
    assert check.missing == ("四道河子镇",) and check.closed
    assert check.items[0] == "安集海镇" and len(check.items) == 6


def test_listed_things_are_found_however_the_claim_shortens_them():
    check = listed_in(membership_claim("6个示范乡镇中包括老沙湾镇和金沟河镇"), TOWNS)
    assert check.missing == ()


def test_a_list_ending_in_deng_is_open():
    check = listed_in(membership_claim("四道河子镇是示范乡镇之一"), "打造安集海镇、大泉乡等6个示范乡镇。")
    assert check.missing == ("四道河子镇",) and not check.closed


def test_a_sentence_without_a_list_of_that_noun_gives_no_answer():
    assert listed_in(membership_claim("四道河子镇是6个示范乡镇之一"), "实施援疆项目19个,总投资4723万元。") is None


@pytest.mark.parametrize("claim, item, report", [
    ("东升煤矿改扩建后产能90万吨/年", "东升", "60万吨"),  # another item's figure
    ("宏业煤矿改扩建后单矿产能达到210万吨", "宏业", "90万吨"),  # the total given to one item
    ("恒力、东升和宏业煤矿都改扩建到60万吨/年", "宏业", "90万吨"),  # one of the items named has its own figure
])
def test_an_item_given_a_figure_not_its_own(claim, item, report):
    hit = item_figure_conflict(claim, extract(claim).figures, MINES)
    assert hit is not None and (hit.item, hit.report.text) == (item, report)


@pytest.mark.parametrize("claim", [
    "恒源煤矿改扩建到60万吨/年",  # its own figure
    "宏业煤矿90万吨/年、东升煤矿60万吨/年",  # each its own
    "年底力争形成210万吨的产能",  # the total, naming no item
])
def test_an_item_given_its_own_figure_is_no_conflict(claim):
    assert item_figure_conflict(claim, extract(claim).figures, MINES) is None


def test_a_clause_with_one_figure_of_a_unit_lists_no_item_figures():
    claim = "援疆项目总投资5000万元"
    assert item_figure_conflict(claim, extract(claim).figures, "实施援疆项目19个,总投资4723万元。") is None


TOURS = "积极申报创建地区级夜间经济示范街区,推进夜游、夜购、夜品、夜健、夜娱、夜学等消费业态融合发展。"
SCHOOLS = "持续改善义务教育办学条件,完成一小、二小、三小、七小综合楼建设,确保秋季开学投入使用。"
REFORMS = "大力推进“一站式办理”“最多跑一次”“最快送一次”改革,推动更多政务服务事项“一件事一次办”。"
FIRMS = "扶持宏基、双泉、农科金岳等一批新型经营主体,不断提升农业产业化水平。"


@pytest.mark.parametrize("claim, sentence, claimed, n_items, open_list", [
    ("发展夜间经济要推进六种“夜”字号消费业态融合发展。", TOURS, 6, 6, True),  # the noun after the list (业态)
    ("2022年要完成三所小学的综合楼建设。", SCHOOLS, 3, 4, False),  # what the claim says of them (综合楼)
    ("报告提出推进“一站式办理”“最多跑一次”“最快送一次”三项改革。", REFORMS, 3, 3, False),  # quoted names
    ("报告点名扶持的新型经营主体有宏基、双泉、农科金岳3家。", FIRMS, 3, 3, True),  # the names the claim lists
    ("棉花新模式由“大数据中心+棉农+联合社+棉轧厂+纺织企业”五个环节组成。",
     "探索棉花“大数据中心+棉农+联合社+棉轧厂+纺织企业+期货公司”产业发展新模式", 5, 6, False),  # parts joined by +
])
def test_a_count_is_read_against_the_list_the_report_does_not_count(claim, sentence, claimed, n_items, open_list):
    check = count_of_listed(claim, sentence)
    assert check is not None
    assert (check.claimed, len(check.items), check.open) == (claimed, n_items, open_list)


@pytest.mark.parametrize("claim, sentence", [
    ("报告点名推进改扩建的煤矿共有6座。", MINES),  # the list runs on from 宏业煤矿…及: left to the figure checks
    ("今年打造6个乡村振兴示范乡镇。", TOWNS),  # the report counts the list itself
    ("沙湾推动22家国有企业重组。", "推动22家国有企业重组,建立产权清晰、权责明确、政企分开、管理科学的现代企业制度。"),
    ("2022年要完成三所中学的操场建设。", SCHOOLS),  # no word of the claim's about the list
    ("沙湾新增就业5000人。", TOURS),  # no count of things
    # the claim's verb governs another object of the sentence (积极引进中上游企业), not the list (依托…等企业)
    ("今年要招引4家纺织企业落户沙湾。", "依托标准厂房和甲纺、乙织、丙染、丁印等企业,积极招引中上游企业落地。"),
])
def test_no_count_of_a_list_is_read_where_none_is_meant(claim, sentence):
    assert count_of_listed(claim, sentence) is None



@pytest.mark.parametrize("claim, missing", [
    ("六个示范乡镇是安集海镇、大泉乡、金沟河镇、老沙湾镇和四道河子镇", ("四道河子镇",)),  # a numeral inside a name
    ("示范乡镇有柳毛湾镇、老沙湾镇和西戈壁镇", ("西戈壁镇",)),
])
def test_a_name_the_list_lacks_is_found_whatever_the_tagger_calls_its_parts(claim, missing):
    check = unlisted_beside_listed(claim, TOWNS)
    assert check is not None and check.missing == missing and check.closed


def test_a_count_beside_a_list_item_is_no_name_of_its_own():
    assert unlisted_beside_listed("示范乡镇有柳毛湾镇和老沙湾镇", TOWNS) is None


def test_characters_standing_in_for_a_name_count_as_a_name():
    claim = "六个示范乡镇是安集海镇、老沙湾镇和丝倒何兹"
    assert unlisted_beside_listed(claim, TOWNS, names={"丝倒何兹"}).missing == ("丝倒何兹",)
