import pytest

from qa.domain import numbers_in
from qa.text import char_tokens, compact, normalize, split_sentences


def texts(s):
    return [span.text for span in split_sentences(s)]


@pytest.mark.parametrize("source, expected", [
    ("一般公共预算收入预计完成8.58亿元,同比下降10%。社会消费品零售总额预计完成17.5亿元。",
     ["一般公共预算收入预计完成8.58亿元,同比下降10%。", "社会消费品零售总额预计完成17.5亿元。"]),
    ("坚持和发展好新时代“枫桥经验”,依托中心化解矛盾。下一句！", ["坚持和发展好新时代“枫桥经验”,依托中心化解矛盾。", "下一句！"]),
    ("他说:“要抓落实。要见成效。”随后散会。", ["他说:“要抓落实。要见成效。”", "随后散会。"]),
    ("新增无人植保机、农业用北斗终端、精量播种机等1331台(架)。", ["新增无人植保机、农业用北斗终端、精量播种机等1331台(架)。"]),
    ("第一行没有句号\n第二行;半角分号后", ["第一行没有句号", "第二行;", "半角分号后"]),
    ("是否完成?完成了!", ["是否完成?", "完成了!"]),
    ("增长8.5%左右(预计)。", ["增长8.5%左右(预计)。"]),
    ("", []),
    ("。", ["。"]),
    ("🎉 emoji句子。English sentence without Chinese stop", ["🎉 emoji句子。", "English sentence without Chinese stop"]),
])
def test_split_sentences(source, expected):
    assert texts(source) == expected


def test_split_offsets_point_into_source():
    source = "  第一句。\n\n  第二句,有8.58亿元。 第三句"
    for span in split_sentences(source, offset=100):
        assert source[span.start - 100:span.end - 100] == span.text


def test_normalize_full_width_traditional_and_case():
    assert normalize("２０２１年ＧＤＰ，經濟發展") == "2021年gdp,经济发展"
    assert normalize("遊客") == "游客"


def test_compact_removes_all_whitespace():
    assert compact("增长 8%\n左右　") == "增长8%左右"


def test_char_tokens_keep_numbers_and_words():
    assert char_tokens("GDP增长8.58%，Growth") == ["gdp", "增", "长", "8.58%", "growth"]


def test_numbers_in_keeps_decimals_and_percent():
    assert numbers_in("增长8%左右,完成８.５８亿元,1,331台") == ["8%", "8.58", "1,331"]
