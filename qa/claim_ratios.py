"""Figures a claim works out from two of the report's (docs/architecture.md "Fact check").

A staff draft compares two figures the report gives and states the result in its own words: 农村居民增加
1509元，是城镇居民（660元）的两倍多; 增加值8.3亿元约占总产值54.2亿元的15%; 目标8%左右，比上年7%高出约1个
百分点; 373万人次较上年286.35万人次高出三成以上. The report never prints 两倍 or 15%, so the claim checker finds
no report figure for them. When the claim's other figures are the report's, such a figure is checked by
arithmetic on them instead:

- ``倍`` (times): the ratio of the two;
- ``%`` (a share or a rise): one as a share of the other, or the rise of one over the other;
- ``个百分点`` (points): the difference of two rates;
- an average (平均每个, 人均, 每位游客…): the first over the second, in the first one's unit;
- a difference of two amounts (供水管网比排涝管网多出6公里): the one less the other, in their unit.

The words around the figure give its bound: 多 / 以上 / 超过 (above, within half again), 近 / 接近 (just
below), 约 / 左右 / 相当于 (within a tenth), none (within a twentieth: a rounded figure).

>>> ratio_holds("times", 2, "above", 1509, 660)
True
>>> ratio_holds("percent", 15, "about", 8.3, 54.2), ratio_holds("points", 1, "about", 8, 7)
(True, True)
>>> ratio_holds("times", 3, "above", 1509, 660)
False
>>> ratio_holds("each", 25_000_000, "below", 197_000_000, 8)  # 1.97亿元 over 8个小区: 平均每个近2500万元
True
"""

from __future__ import annotations

import re

from .facts import Figure

_ABOVE = re.compile(r"^(?:多|以上|有余|还多|出头)|(?:超过|突破|逾|高于|多于|不止)$")
_BELOW = re.compile(r"(?:近|接近|将近|不到|不足)$")
_ABOUT = re.compile(r"^(?:左右|上下)|约|大概|相当于")  # (约占总产值的15%: anywhere in the words before)
ABOVE_SPAN = 1.5  # 两倍多: above 2, below 3; 三成以上: at least 30%, below 45%
BELOW_SPAN = 0.85  # 近两倍: from 1.7 up to 2
ABOUT_SHARE = 0.1  # 约15%: 13.5%–16.5%
ROUNDED_SHARE = 0.05  # 15% said flat: the figure rounded


# An average worked out (平均每个小区近2500万元, 每位游客平均花费约560元, 人均): said in the figure's clause before it
EACH = re.compile(r"(?:平均|户均|日均|月均|人均(?!可支配|收入|生产总值|地区|gdp|住房|居住|受教育|预期)|摊到每|折合每|合每)[^,，。;；]{0,10}$|每[个位条台户项人家所座次][^,，。;；]{0,6}?(?:平均|约|近|超过)?"
                   r"[^,，。;；]{0,4}$")


def derived_kind(f: Figure, text: str) -> str:
    """'times', 'percent', 'points', 'each' (an average) for a figure of a kind a claim may work out from two
    others; ''."""
    after = text[f.end:f.end + 4]
    if f.group != "%" and EACH.search(re.split(r"[,，。;；]", text[:f.start])[-1]):
        return "each"
    if after.startswith("百分点"):  # (前者比后者高出5.3个百分点: a gap of rates, not an amount's difference)
        return "points"
    if f.group != "%" and differenced_items(text, f):
        return "difference"
    if f.unit == "倍":
        return "times"
    if f.group == "%":
        return "percent"
    return ""


def bound_of(f: Figure, text: str) -> str:
    """'above', 'below', 'about' or 'exact', from the words right before and after the figure."""
    before = re.split(r"[,，;；。:：]", text[max(0, f.start - 10):f.start])[-1]
    after = text[f.end:f.end + 3]
    if after == "百分点":  # (5个百分点多: the bound after the points)
        after = text[f.end + 3:f.end + 6]
    return bound_in(before, after)


def bound_in(before: str, after: str) -> str:
    """'above', 'below', 'about' or 'exact', from the words ``before`` and ``after`` a figure.

    >>> bound_in("约", ""), bound_in("", "多"), bound_in("近", ""), bound_in("", "")
    ('about', 'above', 'below', 'exact')
    """
    if _ABOVE.search(after) or _ABOVE.search(before):
        return "above"
    if _BELOW.search(before):
        return "below"
    if _ABOUT.search(before) or _ABOUT.search(after):
        return "about"
    return "exact"


def within(value: float, claimed: float, bound: str) -> bool:
    """Whether ``value`` is what ``claimed`` with its ``bound`` says (多 / 以上: above it, within half again; 近: just
    below; 约: within a tenth; flat: within a twentieth).

    >>> within(2.29, 2, "above"), within(1.9, 2, "below"), within(2.3, 2, "about")
    (True, True, False)
    """
    if bound == "above":
        return claimed < value < claimed * ABOVE_SPAN
    if bound == "below":
        return claimed * BELOW_SPAN <= value <= claimed
    share = ABOUT_SHARE if bound == "about" else ROUNDED_SHARE
    return abs(value - claimed) <= share * claimed


def share_holds(share: float, claimed: float, bound: str) -> bool:
    """Whether a share in percent is what ``claimed`` with its ``bound`` says: above or below it as ``within`` reads
    a bound; said flat or with 约, within the points its rounding allows — five for tens (约三成), two and a half
    for fives, one and a half else (98%左右 is not 95%).

    >>> share_holds(15.3, 15, "about"), share_holds(94.96, 98, "about"), share_holds(94.96, 90, "above")
    (True, False, True)
    """
    if bound in ("above", "below"):
        return within(share, claimed, bound)
    points = 5.0 if claimed % 10 == 0 else 2.5 if claimed % 5 == 0 else 1.5
    return abs(share - claimed) <= points


def ratio_holds(kind: str, claimed: float, bound: str, a: float, b: float) -> bool:
    """Whether ``claimed`` (of ``kind``, with ``bound``) is what the report's figures ``a`` and ``b`` give,
    either way round."""
    if kind in ("points", "difference"):
        results = [abs(a - b)]
    elif kind == "each":  # the first figure (of the average's own unit) shared among the second
        results = [a / b] if b else []
    elif kind == "times":
        results = [x / y for x, y in ((a, b), (b, a)) if y]
    else:
        results = [100 * x / y for x, y in ((a, b), (b, a)) if y] + [100 * (x - y) / y for x, y in ((a, b), (b, a)) if y]
    return any(within(r, claimed, bound) for r in results if r > 0)


# **Sums**: 新升规和复规企业合计5家 / 排涝管网和新建供水管网合计超过50公里 — two things the report gives a figure
# each (新升规企业1家、复规企业4家) summed by the claim. The two things are the words before 合计 (or 共计、一共、
# 加起来…), split at their 和 / 与 / 及 / 、.
# Words that sum up the things before them (合计, 一共, 加起来): shared by the sum checks here, in claim_lists
# (a total is no one item's figure) and in claims (a total of the figures the claim has just given).
TOTAL_WORDS = "合计|共计|总计|一共|总共|加起来|合起来|加在一起"
SUMMED = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,14}?)(?:和|与|及|、|加上|(?<![增参追施更添附叠外])加(?![强快大工入]))"
                    # (…纺织专项补贴，合计约1218万元: a comma before the total word)
                    r"(?P<b>[\u4e00-\u9fff]{2,14}?)(?:的)?[,，]?"
                    rf"(?:{TOTAL_WORDS}|共(?=\d))(?:为|是|达到|达|有)?")
_LEAD = re.compile(r"^(?:年|的|全年|全市|今年|去年)+")
# The total word before the deed and the two things (一共表彰了模范集体和模范个人70个, 共办理…和…85件)
SUMMED_BEFORE = re.compile(r"(?:一共|总共|共计|合计|共)(?P<a>[\u4e00-\u9fff]{2,14}?)(?:和|与|及|、|加上)"
                           r"(?P<b>[\u4e00-\u9fff]{2,14}?)(?:的)?(?:为|是|达到|达|有)?(?=\d)")


def summed_items(text: str, f: Figure) -> tuple[str, str] | None:
    """The two things a claim sums into its figure ``f`` (the figure right after 合计…), or None.

    >>> from .facts import extract_claim
    >>> t = "2021年新升规和复规企业合计5家"
    >>> summed_items(t, extract_claim(t).figures[0])
    ('新升规', '复规企业')
    >>> t = "去年一共表彰了模范集体和模范个人70个"
    >>> summed_items(t, extract_claim(t).figures[0])
    ('表彰了模范集体', '模范个人')
    >>> t = "去年建成的直销店、乡镇级电商服务站和村级电商服务网点加起来有176个"
    >>> summed_items(t, extract_claim(t).figures[0]) is None
    True
    """
    for m in [*SUMMED.finditer(text), *SUMMED_BEFORE.finditer(text)]:
        if 0 <= f.start - m.end() <= 4:  # (合计超过50公里: a bound word between)
            if text[:m.start("a")].endswith("、"):
                return None  # (A、B和C加起来: three things or more, not the two read here)
            a, b = _LEAD.sub("", m.group("a")), _LEAD.sub("", m.group("b"))
            return (a, b) if len(a) >= 2 and len(b) >= 2 else None
    return None


# Three things or more summed (直销店、乡镇级电商服务站和村级电商服务网点加起来有176个): the list, then the total word
SUMMED_LIST = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,14}(?:、[\u4e00-\u9fff]{2,14})+(?:和|与|及|以及)[\u4e00-\u9fff]{2,14}?)(?:的)?"
                         rf"(?:{TOTAL_WORDS}|共(?=\d))(?:为|是|达到|达|有)?")


def summed_list(text: str, f: Figure) -> tuple[str, ...] | None:
    """The three or more things a claim sums into its figure ``f`` (A、B和C加起来有176个), or None.

    >>> from .facts import extract_claim
    >>> t = "去年建成的直销店、乡镇级服务站和村级网点加起来有176个"
    >>> summed_list(t, extract_claim(t).figures[0])
    ('直销店', '乡镇级服务站', '村级网点')
    """
    for m in SUMMED_LIST.finditer(text):
        if 0 <= f.start - m.end() <= 4:
            items = [_LEAD.sub("", i) for i in re.split(r"、|和|与|以及|及", m.group("items"))]
            items[0] = items[0].split("的")[-1]  # (去年建成的直销店: the thing after what was done)
            return tuple(items) if all(len(i) >= 2 for i in items) else None
    return None


# **Differences**: 新建供水管网比排涝管网多6公里 — two things the report gives a figure each, the claim's
# figure the one less the other. Not a thing against another time (比去年多2个: a change, read elsewhere).
DIFFERENCED = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,14}?)比(?P<b>[\u4e00-\u9fff]{2,14}?)(?:还|要)?"
                         r"(?P<way>增加|减少|多|少|高|低|长|短)(?:出|了)*(?:约|近|超过|将近|大约)?$")
_ANOTHER_TIME = re.compile(r"^(?:上年|去年|前年|上一年|同期|往年|以往|过去|此前|(?:19|20)\d{2}年|上半年|一季度|年初|计划|目标|预期)")
MORE_WAYS = frozenset(("多", "高", "长", "增加"))  # (多出 is read as 增加)


def differenced_items(text: str, f: Figure) -> tuple[str, str, bool] | None:
    """(the thing said to be more or less, the thing it is compared with, whether it is said to be more) when
    the claim's figure ``f`` is the difference of two things (…比…多6公里); None otherwise.

    >>> from .facts import extract_claim
    >>> t = "去年新建供水管网比排涝管网多出6公里"
    >>> differenced_items(t, extract_claim(t).figures[0])
    ('新建供水管网', '排涝管网', True)
    >>> t = "今年援疆项目比去年多2个"
    >>> differenced_items(t, extract_claim(t).figures[0]) is None
    True
    """
    before = re.split(r"[,，。;；:：]", text[:f.start])[-1]
    m = DIFFERENCED.search(before)
    if not m or _ANOTHER_TIME.match(m.group("b")):
        return None
    a, b = _LEAD.sub("", m.group("a")), _LEAD.sub("", m.group("b"))
    return (a, b, m.group("way") in MORE_WAYS) if len(a) >= 2 and len(b) >= 2 else None


# Two of a claim's figures put in order by a word between them (35万亩，已经超过了…226.93万亩; 8%比上年的7%高):
# the word and what it says of the first
_ORDER_BETWEEN = re.compile(r"^[^。；;\d]{0,16}?(?:已经|已|还|也|远|明显)?(?P<cmp>超过了?|高于|多于|大于|快于|低于|少于|小于|慢于|不及|不到)"
                            r"[^。；;\d]{0,14}$")
_THAN_BETWEEN = re.compile(r"^[^。；;\d]{0,16}?比[^。；;\d]{0,14}$")
_ADJ_AFTER = re.compile(r"^(?:的)?[^。；;，,\d]{0,8}?(?:还|更|要)*(?P<adj>多|高|大|快|少|低|小|慢)")
# Words saying the first of two things is more or less (高于 / 低于), and one character saying more after 比…
# (比去年的19个多, 增幅还要大, 管网比…长)
HIGHER, LOWER = ("高于", "超过", "多于", "快于", "超出"), ("低于", "少于", "慢于", "不及")
MORE_CHARS = "多高快大长"


def says_more(word: str) -> bool:
    """Whether a comparison word says the first thing is more: 高于 / 超过了 / 大于, or 多 / 快 / 长 after 比…."""
    return word in HIGHER + ("大于", "超过了") or (len(word) == 1 and word in MORE_CHARS)


def own_figures_misordered(text: str, figures: list[Figure]) -> tuple[Figure, Figure, str] | None:
    """(first figure, second, the order word) when a claim puts two of its own figures of one unit in an order
    their values do not bear out (今年粮食种植目标35万亩，已经超过了去年226.93万亩的作物总播面积); None when it
    orders none, or rightly. ``figures`` are the claim's, with their places in ``text``.

    >>> from qa.facts import extract_claim
    >>> t = "今年粮食种植目标35万亩,已经超过了去年226.93万亩的作物总播面积"
    >>> own_figures_misordered(t, extract_claim(t, 2022).figures)[2]
    '超过了'
    >>> t = "目标增长10%左右,低于去年的20%"
    >>> own_figures_misordered(t, extract_claim(t, 2022).figures) is None
    True
    """
    for a, b in zip(figures, figures[1:]):
        if not a.group or a.group != b.group or a.unit != b.unit or a.start < 0 or b.start <= a.end:
            continue
        between = text[a.end:b.start]
        said = _ORDER_BETWEEN.match(between)
        # (超过 or 不到 right before the second figure bounds it: 服务网点上百个, read as 超过100个)
        word = said.group("cmp") if said and not between.endswith(said.group("cmp")) else ""
        if not said and _THAN_BETWEEN.match(between):
            after = _ADJ_AFTER.match(text[b.end:])
            word = after.group("adj") if after else ""
        if not word:
            continue
        if a.signed_value == b.signed_value or (a.signed_value > b.signed_value) != says_more(word):
            return a, b, word
    return None
