"""How a claim is written, turned into a sentence: pure text, no model (qa/claim_formats.py)."""
import pytest

from qa.claim_formats import as_a_sentence, post_as_plain_text, telegraphic_as_sentence


@pytest.mark.parametrize("written,sentence", [
    ("【快讯】沙湾2021年旅游综合收入破16亿元 同比+58.49%", "沙湾2021年旅游综合收入突破16亿元，同比+58.49%"),
    ("社消零总额：17.5亿元", "社消零总额17.5亿元"),
    ("城镇登记失业率≤3.5%", "城镇登记失业率3.5%以内"),
    ("本级财政支出70%+用于民生", "本级财政支出70%以上用于民生"),
    ("农村居民人均+1509元", "农村居民人均增加1509元"),
    ("城镇/农村居民收入增速：2%/7.3%", "城镇、农村居民收入增速分别为2%、7.3%"),
    ("2022目标：游客373万人次", "2022年目标：游客373万人次"),
    ("援疆项目19个｜总投资4723万元（2021）", "援疆项目19个，总投资4723万元（2021年）"),
    ("10kV线路346.35km", "10千伏线路346.35公里"),
    ("城庄子村（乌兰乌苏镇）", "乌兰乌苏镇城庄子村"),
    ("乡镇级服务站15个 + 村级网点131个", "乡镇级服务站15个，村级网点131个"),
    ("2022年主要目标→GDP +8%左右", "2022年主要目标，GDP +8%左右"),
])
def test_telegraphic_forms_become_clauses(written, sentence):
    assert telegraphic_as_sentence(written) == sentence


@pytest.mark.parametrize("sentence", [
    "全年接待游客286.35万人次，同比增长52.7%",
    "援疆医生诊疗患者2000余人次、完成手术716例",  # 2000 is a count, not a year
    "累计发放补贴逾2000万元",
    "作业:2021年沙湾市政府办理人大议案和代表建议56件",  # a colon before a year stays
    "增长 8% 左右",
    "Shawan received 2.86 million visits",
])
def test_sentences_are_left_as_written(sentence):
    assert telegraphic_as_sentence(sentence) == sentence


def test_a_space_after_a_figure_ends_a_fact_but_not_one_between_characters():
    assert post_as_plain_text("作物总播2269.3万亩🌾 测土配方施肥推广了215.5万亩") == "作物总播2269.3万亩，测土配方施肥推广了215.5万亩"
    assert post_as_plain_text("去年招 商 引 资到位资金35.03亿元") == "去年招商引资到位资金35.03亿元"
    assert post_as_plain_text("2021 年 旅游收入16亿元") == "2021 年旅游收入16亿元"  # a year's space kept


def test_all_forms_in_one_pass():
    assert as_a_sentence("#沙湾# 招商引资到位资金：35.03亿元（↑72.17%）💰") == "招商引资到位资金35.03亿元,增长72.17%"
    assert as_a_sentence("难道沙湾去年没有实现零感染吗？") == "沙湾去年有实现零感染"
