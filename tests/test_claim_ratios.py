"""Figures a claim works out from two of the report's: a ratio, a share or rise, a difference of rates (qa/claim_ratios.py)."""

import pytest

from qa.claim_ratios import bound_of, derived_kind, differenced_items, ratio_holds
from qa.facts import extract


@pytest.mark.parametrize("kind, claimed, bound, a, b, holds", [
    ("times", 2, "above", 1509, 660, True),  # 两倍多: 2.29
    ("times", 3, "above", 1509, 660, False),  # 三倍多
    ("times", 2, "exact", 35.03, 14.8, False),  # 2.37 is no flat 两倍
    ("percent", 15, "about", 8.3, 54.2, True),  # 约占15%: 15.3%
    ("percent", 30, "above", 373, 286.35, True),  # 高出三成以上: a rise of 30.3%
    ("percent", 90, "above", 215.5, 226.93, True),  # 九成以上: 95%
    ("points", 1, "about", 8, 7, True),
    ("points", 2, "exact", 8, 7, False),
    ("difference", 6, "exact", 24, 18, True),  # 供水管网比排涝管网多6公里
    ("difference", 10, "exact", 24, 18, False),
    ("each", 25_000_000, "below", 197_000_000, 8, True),  # 1.97亿元 over 8个小区: 平均每个近2500万元
    ("each", 3_000_000, "above", 47_230_000, 19, False),  # 4723万元 over 19个项目 is 249万, not 超过300万元
])
def test_a_worked_out_figure_is_checked_by_arithmetic(kind, claimed, bound, a, b, holds):
    assert ratio_holds(kind, claimed, bound, a, b) is holds


def test_kind_and_bound_are_read_around_the_figure():
    text = "增加1509元，是城镇居民增加660元的两倍多，增加值约占总产值的15%"
    figures = {f.text: f for f in extract(text).figures}
    times = next(f for t, f in figures.items() if "倍" in t)
    share = figures["15%"]
    assert (derived_kind(times, text), bound_of(times, text)) == ("times", "above")
    assert (derived_kind(share, text), bound_of(share, text)) == ("percent", "about")
    assert derived_kind(figures["1509元"], text) == ""


def test_an_average_is_read_from_the_words_before_it_not_from_a_per_capita_indicator():
    text = "改造老旧小区8个、涉及居民6924户，平均每个小区超过860户，农村居民人均可支配收入增加1509元"
    figures = {f.text: f for f in extract(text).figures}
    each = next(f for t, f in figures.items() if t.startswith("860"))
    assert (derived_kind(each, text), bound_of(each, text)) == ("each", "above")
    assert derived_kind(figures["1509元"], text) == ""


def test_a_difference_of_two_things_is_read_but_not_a_change_on_another_time():
    text = "新建供水管网比排涝管网多出6公里，援疆项目比去年多2个"
    figures = {f.text: f for f in extract(text).figures}
    assert differenced_items(text, figures["6公里"]) == ("新建供水管网", "排涝管网", True)
    assert derived_kind(figures["6公里"], text) == "difference"
    assert differenced_items(text, figures["2个"]) is None and derived_kind(figures["2个"], text) == ""
    fewer = "排涝管网比新建供水管网少6公里"
    assert differenced_items(fewer, extract(fewer).figures[0]) == ("排涝管网", "新建供水管网", False)
