"""Typing slips of a pinyin input method (qa/homophones.py): pure look-ups on CC-CEDICT readings."""

import pytest

from qa.homophones import HomophoneIndex, is_real_word, sound_keys, word_boundaries

REPORT = "全年接待游客286.35万人次,实现旅游综合收入16.07亿元,新增配变容量4.44万千伏安,办理人大议案和代表建议56件。"
WORDS = ["接待", "游客", "旅游", "综合", "收入", "新增", "配变", "容量", "办理", "人大", "议案", "代表", "建议", "重要"]


def correct(question):
    return HomophoneIndex(WORDS).correct(question, lambda t: t in REPORT, word_boundaries(question))


@pytest.mark.parametrize("question, expected", [
    ("去年游克数量有多少", [("游克", "游客")]),
    ("电网新增配变荣量多少千伏安", [("荣量", "容量")]),
    ("去年办理人大议按多少件", [("议按", "议案")]),
])
def test_a_non_word_that_sounds_like_a_report_word_is_read_as_it(question, expected):
    assert correct(question) == expected


@pytest.mark.parametrize("question", [
    "国企改革中要把多少家国有企业重组整合",  # 中|要: glue, not 重要
    "今年有几家企业复规",  # 几家 is a real word
    "我是农民，去年收入多少",  # 我是: glue
    "去年接待游客多少",  # every word is the report's
    "今年地区生产总值目标",  # 年地 crosses words
    "孩子太小没人带咋办",  # 没人 is a word: 人带 is two words' pieces, no slip for 人大
])
def test_real_words_glue_and_windows_across_words_are_left_alone(question):
    assert correct(question) == []


def test_sound_keys_ignore_tones_and_real_words_are_known():
    assert sound_keys("收如") == sound_keys("收入") == {"shou ru"}
    assert is_real_word("认为") and is_real_word("几家") and not is_real_word("游克")
