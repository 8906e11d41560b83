"""Facts of one sentence: figures with the subject each belongs to, named entities, enumerations.

A work-report sentence such as ``全年接待游客286.35万人次,同比增长52.7%。`` holds two facts:
接待游客 → 286.35万人次 and, continuing it, 接待游客 (rate, up) → 52.7%. This module reads them:

- ``Figure``: a number as written with its unit, scaled value (万/亿 applied, % kept as %), unit
  group, the subject it belongs to, direction (增长 = up, 下降 = down), aspect (level, change, rate,
  rank), qualifiers (预计, 左右, 以上, 力争, 约 …), period and offsets in the sentence;
- ``Entity``: persons, places and organisations (jieba.posseg tags nr/ns/nt) and 《titles》;
- ``Enumeration``: a 、-separated list with its items;
- ``extract(sentence, period_year, period_kind)`` returns them as ``SentenceFacts``;
- ``extract_claim(text, reference_year)`` reads a claim or question the same way, with the period
  of each figure taken from the claim's own years (今年/去年 resolved against ``reference_year``).

Pure logic: no model, no index. jieba is loaded lazily on first use. Does not decide whether a claim
is true (that is ``qa/claims.py``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache

from .domain import RELATIVE_YEARS
from .text import normalize, split_clauses

UP, DOWN = "up", "down"
LEVEL, CHANGE, RATE, RANK = "level", "change", "rate", "rank"

# unit -> (group, factor to the group's base unit). 人次/人/名 all count people.
UNITS: dict[str, tuple[str, float]] = {
    "元": ("元", 1.0), "块钱": ("元", 1.0), "美元": ("美元", 1.0),
    "人次": ("人", 1.0), "人": ("人", 1.0), "名": ("人", 1.0), "位": ("人", 1.0),
    "户": ("户", 1.0),
    "亩": ("亩", 1.0), "公顷": ("亩", 15.0), "平方公里": ("平方米", 1e6), "平方米": ("平方米", 1.0),
    "公里": ("米", 1000.0), "千米": ("米", 1000.0), "米": ("米", 1.0),
    "吨": ("吨", 1.0), "千瓦": ("瓦", 1000.0), "兆瓦": ("瓦", 1e6), "千伏安": ("伏安", 1000.0),
    "千伏": ("伏", 1000.0),
    "%": ("%", 1.0), "倍": ("倍", 1.0), "岁": ("岁", 1.0),
    "天": ("天", 1.0), "小时": ("小时", 1.0), "分钟": ("分钟", 1.0), "个月": ("月", 1.0),
    "届": ("届", 1.0),
}
# Measure words of counted things (个, 项, 所 …): one group, "个".
MEASURE_WORDS = tuple("个项所家座条台架套头件辆张次批栋例枚处场支篇部类起间")
for _m in MEASURE_WORDS:
    UNITS.setdefault(_m, ("个", 1.0))
_UNIT_ALTS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
SCALES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_AR_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_NUM = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_FIGURE = re.compile(
    rf"(?P<pct_word>百分之)?(?P<ord>第)?(?P<num>{_AR_NUM}|{_CN_NUM})"
    rf"(?:\s*[-~至到]\s*(?P<num2>{_AR_NUM}))?"
    r"\s*(?P<scale>万亿|亿|千万|百万|万|千(?![米瓦伏]))?"
    r"(?P<more>余|[多来](?=[\u4e00-\u9fff]))?"
    rf"\s*(?P<unit>{_UNIT_ALTS})?")
_YEAR_SPAN = re.compile(r"(?<![\d.])(?:19|20)\d{2}\s*(?:年(?:度|底|末|初|内)?|-\d{1,2}-\d{1,2})")
_DATE_PART = re.compile(r"^\s*[月日号]")

UP_WORDS = ("增长", "增加", "提高", "上升", "提升", "增幅", "涨幅", "上涨", "增速", "增", "涨", "多")
DOWN_WORDS = ("下降", "减少", "降低", "下滑", "降幅", "回落", "下跌", "减", "降", "少")
_DIRECTION = re.compile(r"(增长|增加(?!值)|提高|上升|提升|增幅|涨幅|上涨|增速|下降|减少|降低|下滑|降幅|回落|下跌)")
APPROX_WORDS = ("约", "大约", "近", "接近", "将近", "左右", "上下", "余", "多")
# A negated bound is the opposite bound (不低于 = at least): each is one word, read before the shorter one in it.
LOWER_BOUND_WORDS = ("以上", "超过", "突破", "逾", "不少于", "不低于", "至少", "多于", "高于")
UPPER_BOUND_WORDS = ("以内", "以下", "不超过", "不高于", "不多于", "不到", "不足", "低于", "少于")
PLAN_QUALIFIERS = ("预计", "力争", "目标", "计划", "预期")
_BEFORE_QUALIFIERS = ("大约", "接近", "将近", "不少于", "不低于", "不超过", "不高于", "不多于", "至少", "多于", "高于",
                      "低于", "少于", "超过", "突破", "不到", "不足", "预计", "预估", "力争", "约", "近", "逾")
_AFTER_QUALIFIERS = ("左右", "上下", "以上", "以内", "以下")
# Words that frame a figure but do not name what it is about.
GENERIC_WORDS = frozenset("""据 据报告 报告 报告称 称 显示 提出 指出 表示 提到 报告显示 政府工作报告 这份 该 本 全年 全市 我市 本市 该市
实现 完成 达到 达 为 是 有 共 累计 共计 合计 总计 一共 总共 约 大约 接近 将近 近 超过 突破 逾 左右 以上 以内 以下 余 多 上下
同比 比 较 上年 比上年 较上年 去年同期 了 的 在 已 已经 于 均 都 分别 承诺 确保 保证 务必 控制 要求 要 将 计划 目标 预计 预估 预期 力争 争取到
到 年底 年内 年初 作出 作 做 居 位列 位居 排名 排在 列 没有 未 没 不 未能 并未 从未 年末 当年 今年 去年 明年 前年 本年 底 度 年 截至 截止 时 其中 共有 达成 保持 稳定 稳定在 控制在 进一步
不少于 至少 不超过 不到 不足 和 与 及 以及 或 并 等 个 之 全 总 值 水平 幅度 规模 数量 数 人数 总数 数字 金额 情况 工作
该年 这一年 一年 任务 指标 元 万元 亿元 没能 未能 不能 能 能够 没有能
尽管 虽然 虽 但 但是 却 然而 不过 而 而且 并且 此外 另外 同时 也 更是
各类 各种 各项 各式 各样""".split())  # connectives join claims; 各类 (of all kinds) adds no subject
_PUNCT = re.compile(r"[\s,，、;；:：。！？!?“”\"'‘’《》()（）\[\]【】·—\-…/|]+")
# Negation as a report or a claim writes it (未发生, 没有, 不强, 未能); common non-negating uses excluded (不过 as "but",
# while 不过百 still bounds).
NEGATION = re.compile(r"未(?!来)|没有|没(?!收)|(?<![要并])不(?!断|少|错|低于|高于|多于|仅|同|久|但|论|管|再|局限|定|超过|到|足|变|降低|"
                      r"过(?![\d百千万亿]))|"
                      r"无(?!人|感|缝|死|水|党派|论|偿)|非(?!物质|常|遗)")
_ORDINAL_WORDS = (("首位", "第一"), ("榜首", "第一"), ("头名", "第一"), ("首届", "第一届"))


def cn_number(text: str) -> float | None:
    """Value of a Chinese numeral (一千三百三十一, 两, 十五, 二十); None when it is not one.

    >>> cn_number("一千三百三十一"), cn_number("十五"), cn_number("二十"), cn_number("两"), cn_number("五十二点七")
    (1331, 15, 20, 2, 52.7)
    """
    if "点" in text:  # a decimal point said in words (百分之五十二点七)
        whole, _, fraction = text.partition("点")
        value = cn_number(whole)
        if value is None or not fraction or any(ch not in _CN_DIGITS for ch in fraction):
            return None
        return float(f"{int(value)}.{''.join(str(_CN_DIGITS[ch]) for ch in fraction)}")
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch] if digit is None else digit * 10 + _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


@dataclass(frozen=True)
class Figure:
    """One figure of a sentence with the subject it belongs to.

    ``value`` is ``number`` × scale × unit factor (286.35万人次 → 2863500.0, 8% → 8.0); ``group`` is
    the unit group (人次, 人 and 名 are all "人"; 个/项/所/台 … are "个"; "" when no unit).
    """

    text: str
    number: float
    value: float
    unit: str
    group: str
    subject: str
    words: tuple[str, ...]
    core: tuple[str, ...]
    direction: str = ""
    aspect: str = LEVEL
    qualifiers: tuple[str, ...] = ()
    period_year: int | None = None
    period_kind: str = ""
    start: int = 0
    end: int = 0
    decimals: int = 0
    clause: str = ""
    continues: bool = False
    low: float | None = None

    @property
    def approximate(self) -> bool:
        return any(q in APPROX_WORDS for q in self.qualifiers)

    @property
    def lower_bound(self) -> bool:
        return any(q in LOWER_BOUND_WORDS for q in self.qualifiers)

    @property
    def upper_bound(self) -> bool:
        return any(q in UPPER_BOUND_WORDS for q in self.qualifiers)

    @property
    def signed_value(self) -> float:
        """The value with its direction: a fall (下降10%) below any rise, -10.0."""
        return -self.value if self.direction == "down" else self.value

    def describe(self) -> str:
        """The figure as a reader says it: '同比增长52.7%' / '286.35万人次' / '第一'."""
        if self.aspect == RANK:
            return self.text
        prefix = {UP: "增长", DOWN: "下降"}.get(self.direction, "") if self.aspect in (RATE, CHANGE) else ""
        if prefix and (self.text.startswith(prefix) or self.direction == ""):
            prefix = ""
        return prefix + self.text


@dataclass(frozen=True)
class Entity:
    """A named person, place or organisation (jieba tags nr/ns/nt), or a 《title》."""

    text: str
    kind: str  # "person" | "place" | "organisation" | "title" | "name"
    start: int
    end: int


@dataclass(frozen=True)
class Enumeration:
    """A 、-separated list: ``items`` in order, offsets of the whole list in the sentence."""

    items: tuple[str, ...]
    start: int
    end: int


@dataclass
class SentenceFacts:
    """Everything read from one sentence (offsets refer to ``text``, the normalized sentence)."""

    text: str
    figures: list[Figure] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    period_year: int | None = None
    period_kind: str = ""


# ---------------------------------------------------------------- jieba


@lru_cache(maxsize=1)
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    return jieba


_NUMERAL_WORD = re.compile(r"第?[\d零〇一二两三四五六七八九十百千万亿.]+[届次个项所家名人户元%]?|[届次个项所家名户]")


@lru_cache(maxsize=4096)
def _all_generic(word: str) -> bool:
    """Whether ``word`` is a run of framing words (控制目标 = 控制 + 目标)."""
    if word in GENERIC_WORDS:
        return True
    return any(word[:i] in GENERIC_WORDS and _all_generic(word[i:]) for i in range(1, len(word)))


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """Words of ``text`` that say what it is about: jieba words minus framing words and punctuation.

    >>> content_words("据报告，2021年全市接待游客约286万人次")   # doctest: +SKIP
    ('接待', '游客', '人次')
    """
    text = _YEAR_SPAN.sub(" ", text)
    out = []
    before = ""
    out_number = False  # whether the word before was right after a number (8000|多)
    for word in _jieba().cut(text, HMM=False):  # no guessed words: 城已, 率要 would glue framing on
        after_many = bool(re.fullmatch(r"[多余来]", before)) and bool(out_number)
        w, after_number, before = word.strip(), bool(re.fullmatch(r"\d[\d.,]*", before)), word.strip()
        out_number = after_number
        if after_many and len(w) >= 2 and w[0] in _MEASURE_CHARS:
            w = w[1:]  # 8000多|头牛: the figure's measure word, then the thing counted (牛)
        if not w or _PUNCT.fullmatch(w) or w in GENERIC_WORDS or re.fullmatch(r"[\d.,%]+", w):
            continue
        if after_number and re.match(r"[万亿]?[多余来]", w):
            # 8000|多头, 1.3|万余人次: the figure's 多 and its unit (多头 is no bull market here); a unit of two
            # characters or more stays a word, as after any number (人次)
            w = re.sub(r"^[万亿]?[多余来]", "", w)
            if len(w) < 2:
                continue
        if len(w) == 1 and w in "的了着和与及或并在为是有将要把被从向对由等其之第年月日号个给":
            continue
        if _NUMERAL_WORD.fullmatch(w) or _all_generic(w):
            continue
        if w in _STREET_CHARS and out and 2 <= len(out[-1]) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", out[-1]):
            out[-1] += w  # 人民|路: a street is one name (人民路 is not 人民医院's 人民 and 友好路's 路)
            continue
        out.append(w)
    return tuple(out)


_STREET_CHARS = frozenset("路街巷")
# Measure words a count puts before the thing counted (8000多头牛, 300余户人家): MEASURE_WORDS' measures of things
# and those of people and households, not 次, 批, 类 (多次, 多批: "many times", no count's measure)
_MEASURE_CHARS = frozenset("头只个名家户座所条项件台辆套枚")


# ---------------------------------------------------------------- figures


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…” quotes: numbers there are names (“12345”热线, “两项补贴”), not figures."""
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]{0,20}”|\"[^\"]{0,20}\"", text)]


FIGURE_CAP = 1e200  # a number beyond any report's (a 400-digit string would be inf, and inf compares as nan)


def _number_value(num: str) -> float | None:
    """The value of a figure's number, capped at FIGURE_CAP: it stays a figure and differs from any
    figure of a report, instead of overflowing to inf."""
    value = float(num.replace(",", "")) if num[0].isdigit() else cn_number(num)
    return value if value is None or value <= FIGURE_CAP else FIGURE_CAP


def _decimals(num: str) -> int:
    point = "." if "." in num else "点" if "点" in num else ""
    return len(num.split(point)[1]) if point else 0


@lru_cache(maxsize=8192)
def _boundaries(text: str) -> frozenset[int]:
    """Positions of ``text`` where a jieba word starts or ends (no guessed words): a word read inside
    ``text`` counts only between two of them (约 of 节约, 计 of 预计, 均 of 人均 do not)."""
    out, pos = {0}, 0
    for word in _jieba().cut(text, HMM=False):
        pos += len(word)
        out.add(pos)
    return frozenset(out)


def _words_at(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(position, word) of each of ``words`` (longest first) that is a whole word of ``text`` inside
    ``text[start:end]``, none overlapping: 不少于 is read as 不少于, not also as 少于."""
    end = len(text) if end is None else end
    cuts = _boundaries(text)
    found: list[tuple[int, str]] = []
    for word in sorted(words, key=len, reverse=True):
        at = text.find(word, start)
        while 0 <= at and at + len(word) <= end:
            stop = at + len(word)
            if at in cuts and stop in cuts and not any(a < stop and at < a + len(w) for a, w in found):
                found.append((at, word))
            at = text.find(word, at + 1)
    return found


# Words that only link a subject to its figure (率达, 目标为, 要达到), stripped from the end of the
# text before a figure with the qualifiers that stand there (不低于, 超过, 约) when they are words of
# their own (预计, 人均, 累计 keep their last character).
_LINKING_WORDS = ("达到了", "达到", "高达", "多达", "长达", "达", "为", "是", "约", "共计", "共", "计", "在", "要", "将",
                  "已", "均", "都", "可", "了")
_TRAILING_WORDS = tuple(sorted(set(_LINKING_WORDS + _BEFORE_QUALIFIERS), key=len, reverse=True))


def _list_breaks(text: str, marks: str) -> list[int]:
    """Positions of the list marks of ``text`` (、 and the characters of ``marks`` as words of their own:
    和 of 学校和医院, not of 和谐; 等 of 小麦等作物, not of 高等; 与 and 及 not of 参与, 普及)."""
    cuts = _boundaries(text)
    return [i for i, ch in enumerate(text) if ch == "、" or (ch in marks and i in cuts and i + 1 in cuts)]


def _strip_linking(text: str) -> str:
    """``text`` without the linking words and qualifiers at its end (参保率均不低于 → 参保率)."""
    while True:
        text = text.rstrip()
        cuts = _boundaries(text)
        word = next((w for w in _TRAILING_WORDS if text.endswith(w) and len(text) - len(w) in cuts), "")
        if not word:
            return text
        text = text[:-len(word)]


def _clean_before(before: str) -> tuple[str, str, tuple[str, ...]]:
    """(subject text, direction, qualifiers) from the text between the previous figure and this one."""
    found = {w for _, w in _words_at(before, _BEFORE_QUALIFIERS, max(0, len(before) - 6))}
    qualifiers = [q for q in _BEFORE_QUALIFIERS if q in found]
    text = _strip_linking(before)
    direction = ""
    tail = text
    m = None
    for m in _DIRECTION.finditer(tail):
        pass
    if m is not None and re.search(r"(?:改造|建设|完善|巩固)$", tail[:m.start()]):
        m = None  # (改造提升了5个路口: a work done to the crossings, not a rise of 5)
    if m is not None:
        rest = [w for w in content_words(tail[m.end():]) if w not in GENERIC_WORDS]
        reached = re.match(r"\s*(?:到|至)", tail[m.end():])  # 增长到 / 提高至: the level reached
        if reached:
            text = tail[:m.start()]
        elif not rest:  # the direction word is the last thing before the figure
            word = m.group(1)
            direction = DOWN if word in ("下降", "减少", "降低", "下滑", "降幅", "回落", "下跌") else UP
            text = tail[:m.start()]
    return text, direction, tuple(qualifiers)


def _span_of(text: str, words: tuple[str, ...]) -> str:
    """The stretch of ``text`` from its first content word to its last (作物总播 keeps its 总)."""
    if not words:
        return ""
    text = _YEAR_SPAN.sub("", text)
    start = text.find(words[0])
    end = text.rfind(words[-1])
    if start < 0 or end < 0 or end < start:
        return "".join(words)
    return _PUNCT.sub("", text[start:end + len(words[-1])])


def _core_before(text: str) -> tuple[str, ...]:
    """The content words right before a figure: the last run not broken by a framing word
    (煤矿改扩建工程年底力争形成 → 形成; 棉花种植面积 → 棉花 种植 面积)."""
    run: list[str] = []
    for word in reversed([w for w in _jieba().cut(_YEAR_SPAN.sub("|", text), HMM=False) if w.strip()]):
        if word in content_words(word):
            run.insert(0, word)
        elif run:
            break
    return tuple(run)


def _clean_after(after: str) -> tuple[str, tuple[str, ...]]:
    """(noun text, qualifiers) from the text right after a figure: up to 、/等 or the next figure."""
    cuts = _boundaries(after)  # 上下 of 上下游 is no qualifier
    qualifiers = tuple(q for q in _AFTER_QUALIFIERS if (after.startswith(q) and len(q) in cuts)
                       or (after.startswith("的" + q) and len(q) + 1 in cuts))
    text = after
    for q in qualifiers:
        for lead in (q, "的" + q):
            if text.startswith(lead):
                text = text[len(lead):]
    text = re.sub(r"^[(（][^)）]{0,8}[)）]", "", text)  # 1331台(架)
    breaks = _list_breaks(text, "等和及与")
    text = text[:breaks[0]] if breaks else text
    return text.lstrip("的/年"), qualifiers


# An ordinal that starts the name of an institution (第一测绘院, 第三中学, 第二人民医院, 第四师).
_INSTITUTION = r"[\u4e00-\u9fff]{0,5}?(?:院|中学|小学|学校|医院|研究所|设计所|中心|师|团)(?![\u4e00-\u9fff]{0,2}届)"
_NAME_AFTER_ORDINAL = re.compile("^" + _INSTITUTION)
ORDINAL_NAME = re.compile(r"第(?P<n>[一二三四五六七八九十\d]+)(?P<name>" + _INSTITUTION + ")")
# A grade inside the name of a work (金沟河十级水电站, 宁家河二级水电站): the river names which, the grade which of
# its stations.
GRADED_NAME = re.compile(r"(?P<n>[一二三四五六七八九十\d]+)级(?P<name>水电站|电站|泵站|公路|渠首|干渠|渠|桥)")


# "Only" before a verb and a count of times (只开了一次, 仅举办过一场): the count is a figure, not the article 一.
_ONLY_BEFORE = re.compile(r"(?:只|仅|才)[\u4e00-\u9fff]{0,3}?[了过]?$")


def _figure_matches(text: str):
    """Regex matches of figures in normalized ``text``, years, dates and quoted names left out."""
    quotes = _quote_spans(text)
    years = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(text)]
    for m in _FIGURE.finditer(text):
        start, end = m.start(), m.end()
        num, unit = m.group("num"), m.group("unit") or ""
        arabic = num[0].isdigit()
        if any(a <= m.start("num") < b for a, b in quotes + years):
            continue
        if arabic and (_DATE_PART.match(text[m.end("num"):]) and not unit):
            continue
        if arabic and ((start > 0 and text[start - 1].isascii() and text[start - 1].isalpha())
                       or (end < len(text) and text[end].isascii() and text[end].isalpha() and not unit)):
            continue  # 5G, 4K, covid19
        if not arabic:
            if not (m.group("ord") or m.group("pct_word") or unit in UNITS and unit not in ("米",)):
                continue
            value = cn_number(num)
            if value is None or (value == 1 and not m.group("ord") and unit in ("个", "批", "类", "起", "次", "件", "场", "处", "间", "条", "部")
                                 and not (unit in ("次", "场") and _ONLY_BEFORE.search(text[max(0, start - 6):start]))):
                continue  # 一批, 一起, 一个人的村庄: "a", not the figure one (but 只开了一次: once)
        if _DATE_PART.match(text[m.end("num"):]):
            continue
        if m.group("ord") and not unit and _NAME_AFTER_ORDINAL.match(text[m.end():]):
            continue  # 自治区第一测绘院, 第二中学: part of a name, not a rank
        yield m


def _figures_in(text: str, period_year: int | None, period_kind: str) -> list[Figure]:
    """Figures of one normalized sentence, each with its subject (see module docstring)."""
    out: list[Figure] = []
    years_at = [(m.start(), int(m.group(0)[:4])) for m in _YEAR_SPAN.finditer(text)]
    for clause in split_clauses(text):
        ms = [m for m in _figure_matches(clause.text)]
        prev_end = 0
        for i, m in enumerate(ms):
            num, unit = m.group("num"), m.group("unit") or ""
            pct = bool(m.group("pct_word")) or unit == "%"
            if m.group("pct_word") and unit != "%":
                unit = "%"
            number = _number_value(num)
            if number is None:
                continue
            ordinal = bool(m.group("ord"))
            scale = SCALES.get(m.group("scale") or "", 1.0)
            group, factor = UNITS.get(unit, ("", 1.0))
            if ordinal:
                group = "第"
            value = number * scale * factor
            low = None
            if m.group("num2"):
                low, value = value, _number_value(m.group("num2")) * scale * factor
            before = clause.text[prev_end:m.start()]
            if i > 0:  # 模范集体20个、模范个人50名: this figure's subject starts after the last 、/和
                breaks = _list_breaks(before, "和及与")
                before = before[breaks[-1] + 1:] if breaks else before
            next_start = ms[i + 1].start() if i + 1 < len(ms) else len(clause.text)
            after = clause.text[m.end():next_start]
            subj_before, direction, q_before = _clean_before(before)
            subj_after, q_after = _clean_after(after)
            # (1500来元: about 1500 — 来 rounds either way, 余 / 多 only up)
            qualifiers = q_before + q_after + (("约",) if m.group("more") == "来" else ("余",) if m.group("more") else ())
            words_before = content_words(subj_before)
            words_after = content_words(subj_after)
            continues = False
            if not words_before and (pct or not words_after) and out and not ordinal:
                prev = out[-1]
                words, core, subject = prev.words, prev.core, prev.subject
                continues = True
            else:
                words = words_before + tuple(w for w in words_after if w not in words_before)
                core = _core_before(subj_before)[-1 if words_after else -2:] + words_after[:1]
                subject = _span_of(subj_before, words_before) + _span_of(subj_after, words_after)
            if pct:
                aspect = RATE if direction else LEVEL
            elif ordinal:
                aspect = RANK
            else:
                aspect = CHANGE if direction else LEVEL
            fig_start = clause.start + m.start()
            year = period_year
            for pos, y in years_at:
                if pos < fig_start:
                    year = y
            raw = clause.text[m.start():m.end()]
            clause_text = clause.text if not continues else out[-1].clause + "," + clause.text
            out.append(Figure(
                text=raw.strip(), number=number, value=value, unit=unit, group=group, subject=subject,
                words=words, core=core, direction=direction, aspect=aspect, qualifiers=qualifiers,
                period_year=year, period_kind=period_kind, start=fig_start, end=clause.start + m.end(),
                decimals=_decimals(num), clause=clause_text, continues=continues, low=low))
            prev_end = m.end()
    return out


# ---------------------------------------------------------------- entities and enumerations

_ORG_SUFFIX = ("大学", "学院", "医院", "公司", "集团", "银行", "中心", "委员会", "政府", "局", "厅", "院", "所",
               "协会", "学校", "园区", "交易所")
_PLACE_TAIL = ("市", "县", "区", "镇", "乡", "村", "省", "州", "地区", "盟", "旗")
_NOT_ENTITY = frozenset(("新建", "台", "中", "国家", "全国", "新", "市", "全疆"))


def entities_in(text: str) -> list[Entity]:
    """Persons, places and organisations (jieba.posseg) and 《titles》 of normalized ``text``.

    Adjacent proper-noun pieces are joined: 新疆+农业大学 → 新疆农业大学 (organisation), 沙湾+市 → 沙湾市.

    >>> [(e.text, e.kind) for e in entities_in("与新疆农业大学合作,签订《农业科技战略合作协议》")]   # doctest: +SKIP
    [('新疆农业大学', 'organisation'), ('《农业科技战略合作协议》', 'title')]
    """
    out: list[Entity] = []
    pos = 0
    pieces = []
    for pair in _posseg().cut(text):
        pieces.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    i = 0
    while i < len(pieces):
        word, flag, start = pieces[i]
        kind = _entity_kind(word, flag)
        if not kind:
            i += 1
            continue
        end = start + len(word)
        j = i + 1
        while j < len(pieces):
            w2, f2, _ = pieces[j]
            k2 = _entity_kind(w2, f2)
            if k2 or w2 in _PLACE_TAIL or (f2.startswith("n") and w2.endswith(_ORG_SUFFIX)) \
                    or (kind == "place" and w2 in ("级",)):
                if w2.endswith(_ORG_SUFFIX) and len(w2) >= 2:
                    kind = "organisation"
                elif k2 == "organisation":
                    kind = "organisation"
                end += len(w2)
                j += 1
            else:
                break
        name = text[start:end]
        if len(name) >= 2 and name not in _NOT_ENTITY:
            out.append(Entity(name, kind, start, end))
        i = j
    for m in re.finditer(r"《[^》]{1,40}》", text):
        out.append(Entity(m.group(0), "title", m.start(), m.end()))
    return out


def _entity_kind(word: str, flag: str) -> str:
    if len(word) < 2 or word in _NOT_ENTITY:
        return ""
    if flag in ("nr", "nrt", "nrfg"):
        return "person"
    if flag == "ns":
        return "place"
    if flag == "nt":
        return "organisation"
    return ""


def enumerations_in(text: str) -> list[Enumeration]:
    """、-separated lists of normalized ``text`` with their items (first and last item trimmed to the
    length of the others).

    >>> [e.items for e in enumerations_in("大力建设安集海镇辣椒、乌兰乌苏镇富硒杂粮等农产品生产加工基地")]   # doctest: +SKIP
    [('安集海镇辣椒', '乌兰乌苏镇富硒杂粮')]
    """
    out = []
    for clause in split_clauses(text):
        parts = clause.text.split("、")
        if len(parts) < 2:
            continue
        # positions of the parts
        spans, pos = [], 0
        for p in parts:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 1
        middle = parts[1:-1]
        typical = max((len(p) for p in middle), default=max(4, min(len(parts[0]), len(parts[-1]), 8)))
        first = _trim_first(parts[0], typical)
        *joined, tail = _last_joined(parts[-1], typical)
        last = _trim_last(tail, typical)
        items = tuple(x for x in [first, *middle, *joined, last] if x)
        if len(items) >= 2:
            start = clause.start + spans[0][1] - len(first)
            end = clause.start + spans[-1][1] - len(tail) + len(last)
            out.append(Enumeration(items, start, end))
    return out


# Words that introduce a list (…乡镇是安集海、大泉…, 包括…): its first item starts after them
_LIST_LINKS = frozenset(("是", "为", "包括", "包含", "分别是", "即"))


def _trim_first(part: str, typical: int) -> str:
    """The first item of a list: the end of the text before the first 、, after its last verb."""
    pairs = [(p.word, p.flag) for p in _posseg().cut(part)]
    linked = [i for i, (w, _) in enumerate(pairs) if w in _LIST_LINKS]
    if linked:  # (…乡镇是安集海、大泉: the item is all after the link word, whatever the tagger calls 安集)
        after = "".join(w for w, _ in pairs[linked[-1] + 1:])
        if 2 <= len(after) <= typical + 2 and not any(_PUNCT.fullmatch(w) for w, _ in pairs[linked[-1] + 1:]):
            return after
    out = ""
    for w, flag in reversed(pairs):
        if _PUNCT.fullmatch(w) or w in ("的", "是", "为", "了", "将", "在", "把", "有") or (flag == "v" and out) \
                or (w in ("及", "以及") and out):  # (…90万吨/年及宝英、恒源: the list starts after 及)
            break
        if out and len(out) + len(w) > typical + 2:
            break
        out = w + out
    return out


# The words that join a list's last item to the one before it (三小和五小); the longer one first, for patterns
LIST_CONJUNCTIONS = ("以及", "和", "及", "与")
# Words that end a list's last item: a link verb, an adverb or a plan word after it (老沙湾镇和柳毛湾镇是…)
_ITEM_STOPS = frozenset(("是", "为", "将", "要", "已", "已经", "均", "都", "也", "被", "在", "作为"))


def _last_joined(part: str, typical: int) -> list[str]:
    """The text after a list's last 、 as its last two items when a conjunction word joins them (三小和五小的
    综合楼 → 三小, 五小的综合楼) and the piece before it is no longer than an item; else the text itself. A
    conjunction inside a word (碳中和, 和谐, 参与) is no join.

    >>> _last_joined("三小和五小的综合楼建设", 2)
    ['三小', '五小的综合楼建设']
    >>> _last_joined("社会安定和谐", 4)
    ['社会安定和谐']
    """
    at = 0
    for word in _jieba().cut(part):
        if word in LIST_CONJUNCTIONS:
            head, tail = part[:at], part[at + len(word):]
            return [head, tail] if 2 <= len(head) <= typical + 2 and len(tail) >= 2 else [part]
        at += len(word)
        if at > typical + 2:
            break
    return [part]


def _trim_last(part: str, typical: int) -> str:
    """The last item of a list: the text after the last 、 up to what follows the list (等, a count, 的),
    a quoted name whole (残疾人“两项补贴” — its count is part of the name).

    >>> _trim_last("残疾人“两项补贴”2054.57万元", 4), _trim_last("鑫泉煤矿60万吨", 4), _trim_last("七小共四所学校", 2)
    ('残疾人“两项补贴”', '鑫泉煤矿', '七小')
    """
    # (a total word before the count is no part of the item: 七小共四所 → 七小)
    cut = re.search(r"(?:共计|合计|总计|一共|总共|共)?(?:等|\d|[零一二两三四五六七八九十]+[个项所家座条])|的", part)
    if cut:
        opened = part.rfind("“", 0, cut.start())
        closed = part.find("”", opened) if opened >= 0 and "”" not in part[opened:cut.start()] else -1
        if closed >= 0:
            return part[:closed + 1]
        part = part[:cut.start()]
    if len(part) <= typical + 2:
        return part
    words = list(_jieba().cut(part))
    out = ""
    for w in words:
        if out and (len(out) + len(w) > typical + 2 or w in _ITEM_STOPS):
            break  # (柳毛湾镇是今年要…: the item ends before its link verb)
        out += w
    return out


# ---------------------------------------------------------------- sentences and claims


@lru_cache(maxsize=16384)
def extract(sentence: str, period_year: int | None = None, period_kind: str = "") -> SentenceFacts:
    """Facts of one report sentence whose chunk has period (``period_year``, ``period_kind``).

    The sentence is normalized first (NFKC, simplified characters, lower case); offsets refer to
    the normalized text, which has the sentence's length for report text.

    >>> f = extract("全年接待游客286.35万人次,同比增长52.7%。", 2021, "review")
    >>> [(x.subject, x.value, x.unit, x.direction, x.aspect) for x in f.figures]
    [('接待游客', 2863500.0, '人次', '', 'level'), ('接待游客', 52.7, '%', 'up', 'rate')]
    """
    text = normalize(sentence)
    entities = entities_in(text)
    return SentenceFacts(text=text, figures=_outside_names(_figures_in(text, period_year, period_kind), entities),
                         entities=entities, enumerations=enumerations_in(text),
                         period_year=period_year, period_kind=period_kind)


def _outside_names(figures: list[Figure], entities: list[Entity]) -> list[Figure]:
    """Figures that are not a numeral inside a name (五家渠市, 七台河市, 十堰市: places, not figures)."""
    names = [(e.start, e.end) for e in entities if e.kind in ("person", "place", "organisation")]
    return [f for f in figures
            if f.text[:1].isdigit() or not any(a <= f.start < b and (a < f.start or f.end < b) for a, b in names)]


# Years a claim names, explicit or relative (今年 = the report's year).
# A 4-digit number with a decimal part, digit group, scale, 余/多, unit or % is a figure (2054.57万元,
# 2000余人次, 2021人), not a year (2021届 names a year's cohort: a year).
# Relative years are domain.RELATIVE_YEARS (longest first: 上一年 before 上年, 过去的一年 before 去年).
_RELATIVE = dict(RELATIVE_YEARS)
_CLAIM_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:万亿|亿|千万|百万|万|千|百|余|多|(?!届)(?:"
    + _UNIT_ALTS + r")))|(" + "|".join(sorted(map(re.escape, _RELATIVE), key=len, reverse=True)) + ")")
# Words before a number that make it an amount (超过2000, 约2000), and a noun after a space (2000 患者: how an English
# count is rendered — a year is always rendered with its 年)
_AMOUNT_BEFORE = re.compile(r"(?:超过|多于|逾|将近|接近|近|约|大约|达到|达|共计|共|累计|不到|不足)\s*$")
_NOUN_AFTER_A_SPACE = re.compile(r"\s+(?!年)[\u4e00-\u9fff]")
CLAIM_PLAN_WORDS = ("目标", "力争", "预期", "计划", "争取", "要", "将", "拟", "打算", "准备", "target", "goal", "plan",
                    "aim", "will", "expected")
# Plan markers (打算把…, 计划通过…): not content when the figure's period is already read as a plan
# (qa/claims.py), nor where an English claim's rendered count starts a clause (qa/claim_english.py).
PLAN_MARKERS = frozenset(("打算", "计划", "准备", "将", "要", "拟", "将要", "想", "预备",
                          # a target set at a figure (涨幅定在3%左右, 目标定为8%)
                          "定", "定在", "定为", "设定", "设为"))


@dataclass
class ClaimFacts:
    """A claim or question read like a report sentence: figures (each with the period the claim gives
    it), entities, enumerations, the years it names and whether it is negated."""

    text: str
    figures: list[Figure]
    entities: list[Entity]
    enumerations: list[Enumeration]
    years: list[int]
    words: tuple[str, ...]
    negated: bool


_BASE_FIGURE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?的(?:约|近)?\d")


# A part of a year named (7月份, 上半年, 一季度, 前三个月, 9月底): a figure of the whole year is not its figure
PART_OF_YEAR = re.compile(r"(?<![\d几哪])(?:(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?(?:底|末|中旬|上旬|下旬)?"
                          r"(?![\d日号])|[上下]半年|前?第?[一二三四1-4]季度|前(?:[一二三四五六七八九十]|\d{1,2})个?月)")


def claim_years(text: str, reference_year: int | None) -> list[tuple[int, int]]:
    """(position, year) of each year a normalized claim names; 今年/去年 need ``reference_year``.

    >>> claim_years("去年下降10%,今年增长7%", 2022)
    [(0, 2021), (8, 2022)]
    >>> claim_years("2022年投资目标是比上年翻一番", 2022)
    [(0, 2022)]
    >>> claim_years("今年要抓21个,比去年实施的19个多", 2022)
    [(0, 2022), (9, 2021)]
    """
    out, bases = [], []
    for m in _CLAIM_YEAR.finditer(text):
        if m.group(1) and (_AMOUNT_BEFORE.search(text, 0, m.start()) or _NOUN_AFTER_A_SPACE.match(text, m.end())):
            continue  # (超过2000, 2000 患者 of an English claim's rendering: a count, not the year 2000)
        if m.group(1):
            out.append((m.start(), int(m.group(1))))
        elif reference_year:
            # 比上年 / 较去年 names the year a change is measured against; the claim's period, when it names one
            # — unless that year's own figure follows (比去年实施的19个多): then it is the figure's year
            based = (m.start() > 0 and text[m.start() - 1] in "比较"
                     and not _BASE_FIGURE_AFTER.match(text, m.end()))
            (bases if based else out).append((m.start(), reference_year + _RELATIVE[m.group(2)]))
    return out or bases


_OPENING_TIME_COMMA = re.compile(r"^((?:19|20)\d{2}年(?:度|底|末|初|内)?|去年|今年|明年)\s*[,，]\s*(?=[\u4e00-\u9fff])")


def prepare_claim(text: str) -> str:
    """Normalized claim text with everyday rank words written as the report writes them (首位 → 第一), and
    figures given to several things at once (分别为…和…) said of each thing (``each_respectively``)."""
    text = compound_numerals_in_digits(normalize(text))
    # (2021年,农村居民…: the opening time's comma sets no clause apart; the time is the whole claim's)
    text = _OPENING_TIME_COMMA.sub(r"\1", text)
    for word, report in _ORDINAL_WORDS:
        text = text.replace(word, report)
    text = _COUNT_THEN_SUM.sub(r"\1,\2", text)
    return each_respectively(text)


# A count of things run on into the money they took (19个援疆项目投资约4700万元): two figures, each of its own
# subject — the count's things, and the sum of them — as the report writes them apart (援疆项目19个,总投资4723万元)
_COUNT_THEN_SUM = re.compile(r"(\d+(?:个|项|家|所|座|条|批)\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{1,12}?)\s*((?:总投资|投资|总金额|资金|总额)"
                             r"(?:额|共|合计|总计|达到?|为|约|近|超过|逾|\s)*\d)")


# A Chinese numeral with a scale inside it (四十二万八千, 八亿五千八百万), which the figure pattern would read as two.
_COMPOUND_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+[万亿](?:[零〇一二两三四五六七八九十百千]+[万亿]?)+")


def compound_numerals_in_digits(text: str) -> str:
    """Chinese numerals with a scale inside them written in digits with their largest scale, as the report writes
    figures; a numeral ending in a bare digit after a scale (四十二万八: 428,000 or 420,008?) is left as it is.

    >>> compound_numerals_in_digits("办理事项四十二万八千余件，一般公共预算收入八亿五千八百万元、五亿五千万元")
    '办理事项42.8万余件，一般公共预算收入8.58亿元、5.5亿元'
    >>> compound_numerals_in_digits("新增配变容量四万四千四百千伏安")
    '新增配变容量4.44万千伏安'
    """
    def digits(m: re.Match) -> str:
        run, unit = m.group(0), ""
        if run[-1] in "千百" and m.string[m.end():m.end() + 1] in ("米", "瓦", "伏", "克"):
            run, unit = run[:-1], run[-1]  # (四万四千四百千伏安: 千 of the unit 千伏安)
        if run[-1] in _CN_DIGITS and run[-2] in "万亿千百":
            return m.group(0)
        big = section = number = 0
        for ch in run:
            if ch in _CN_DIGITS:
                number = _CN_DIGITS[ch]
            elif ch in _CN_UNITS:
                section += (number or 1) * _CN_UNITS[ch]
                number = 0
            elif ch == "万":
                big += (section + number) * 10_000
                section = number = 0
            else:  # 亿
                big = (big + section + number) * 100_000_000
                section = number = 0
        value = big + section + number
        scale, name = (100_000_000, "亿") if value >= 100_000_000 else (10_000, "万")
        return f"{Decimal(value) / scale:f}".rstrip("0").rstrip(".") + name + unit

    return _COMPOUND_NUMERAL.sub(digits, text)


_RESPECTIVE_FIGURE = r"(?:约|近|超过|大约)?\d+(?:\.\d+)?(?:万|亿)?(?:[\u4e00-\u9fff]{1,2}|%)?"
_RESPECTIVE_ITEMS = r"(?P<items>[\u4e00-\u9fff]{2,8}?(?:[、和与及][\u4e00-\u9fff]{2,8}?)+)"
_RESPECTIVELY = re.compile(
    _RESPECTIVE_ITEMS + r"(?P<shared>[^,，。;；、]{0,24}?)分别"
    r"(?P<verb>为|是|有|新增|达到|达|超过|突破|增长|增加|下降|减少|完成|实现|提高)?"
    rf"(?P<figures>{_RESPECTIVE_FIGURE}(?:(?:[、和与及]|,|，)(?:和)?{_RESPECTIVE_FIGURE})+)")
# Things paired by 分别 with named things, not figures (安集海镇和乌兰乌苏镇将分别建设辣椒和富硒杂粮生产加工基地):
# the objects run to the clause's end; the last one keeps any ending it shares with the others
_RESPECTIVELY_NAMED = re.compile(
    _RESPECTIVE_ITEMS + r"(?P<shared>[^,，。;；、\d]{0,6}?)分别"
    r"(?P<verb>建设|建成|打造|发展|种植|主打|位于|落户|负责|承办|建|是|为|在)"
    r"(?P<figures>[\u4e00-\u9fff]{1,12}?(?:[、和与及][\u4e00-\u9fff]{1,16}?)+)(?=[,，。;；]|$)")


# Words that qualify what follows them (城镇、农村居民…收入): what follows is shared by all the things named.
_SHARING_QUALIFIERS = frozenset("城镇 农村 城市 乡村 城乡 城区 一产 二产 三产 进口 出口 国内 国外 境内 境外 男性 女性".split())


def each_respectively(text: str) -> str:
    """Figures given to several things by 分别 said of each thing in its own clause, when there are as many
    figures as things.

    >>> each_respectively("2022年城镇、农村居民人均可支配收入的目标增量分别为1000元和1300元。")
    '2022年城镇居民人均可支配收入的目标增量为1000元,农村居民人均可支配收入的目标增量为1300元。'
    >>> each_respectively("2021年接待游客和旅游综合收入分别增长52.7%和58.49%。")
    '2021年接待游客增长52.7%,旅游综合收入增长58.49%。'
    >>> each_respectively("新升规企业、复规企业分别有1家和4家。")
    '新升规企业有1家,复规企业有4家。'
    >>> each_respectively("安集海镇和乌兰乌苏镇将分别建设辣椒和富硒杂粮生产加工基地。")
    '安集海镇建设辣椒,乌兰乌苏镇将建设富硒杂粮生产加工基地。'
    """
    def each(m: re.Match) -> str:
        items = re.split(r"[、和与及]", m.group("items"))
        figures = [f for f in re.split(r"[、和与及,，]+", m.group("figures")) if f]
        if len(items) != len(figures) or len(items) > 4:
            return m.group(0)
        verb = m.group("verb") or "为"
        shared = m.group("shared")
        if (len(items) == 2 and len(items[0]) >= 4 and shared and not shared.startswith(items[0][-2:])
                and items[1] not in _SHARING_QUALIFIERS):
            # 接待游客和旅游综合收入分别…: the words after the last thing are its own (旅游综合收入), not
            # shared by a first thing named in full (城镇居民和农村居民人均…: 居民 ends both, the rest is shared)
            items, shared = [items[0], items[1] + shared], ""
        def said_of(item: str) -> str:  # (城镇居民 + 居民人均…: the ending said once)
            return item + (shared[2:] if len(item) >= 4 and shared.startswith(item[-2:]) else shared)
        return ",".join(f"{said_of(item)}{verb}{figure}" for item, figure in zip(items, figures))

    return _RESPECTIVELY_NAMED.sub(each, _RESPECTIVELY.sub(each, text))


def extract_claim(text: str, reference_year: int | None = None) -> ClaimFacts:
    """Facts of a claim (or question), periods resolved per figure: the nearest year named before the
    figure (else the first one after it), 今年 = ``reference_year``; the kind is 'plan' for target
    wording (目标, 力争, 要, 将 …) or a year not before the report's, else 'review'.

    >>> c = extract_claim("一般公共预算收入去年同比下降10%,今年目标是增长7%左右。", 2022)
    >>> [(f.value, f.direction, f.period_year, f.period_kind) for f in c.figures]
    [(10.0, 'down', 2021, 'review'), (7.0, 'up', 2022, 'plan')]
    """
    norm = prepare_claim(text)
    years = claim_years(norm, reference_year)
    entities = entities_in(norm)
    base = _outside_names(_figures_in(norm, None, ""), entities)
    figures = []
    clauses = split_clauses(norm)
    for f in base:
        before = [y for pos, y in years if pos < f.start]
        after = [y for pos, y in years if pos >= f.start]
        year = before[-1] if before else (after[0] if after else None)
        clause = next((c.text for c in clauses if c.start <= f.start < c.end), norm)
        context = norm[:f.end]
        kind = _claim_kind(clause, context, year, reference_year)
        figures.append(_replace(f, period_year=year, period_kind=kind))
    figures = [_thing_named_before(f, clauses, figures) for f in figures]
    return ClaimFacts(text=norm, figures=figures, entities=entities, enumerations=enumerations_in(norm),
                      years=sorted({y for _, y in years}), words=content_words(norm),
                      negated=bool(NEGATION.search(norm)))


# Measures that name no thing of their own (总投资10亿元, 占地面积); hearsay words before them (听说, 据悉)
_MEASURES_OF_A_THING = frozenset(("投资", "总投资", "资金", "总资金", "金额", "总额", "造价", "总造价", "面积", "占地",
                                  "占地面积", "建筑面积", "总面积", "长度", "全长", "总长", "容量", "产能", "推广",
                                  "推广面积", "覆盖面积", "规模"))
_HEARSAY = frozenset(("听说", "据说", "据悉", "网传", "传闻", "有人说", "听人说"))
_BUILD_WORDS = frozenset(("建", "要建", "新建", "建成", "建设", "在建", "开工", "实施", "启动", "推进", "加快", "加快建设",
                          "打造", "落地", "引进", "计划", "规划"))


def _thing_named_before(f: Figure, clauses: list, figures: list[Figure]) -> Figure:
    """``f`` with the thing it measures as part of its subject, when its own words only name a measure
    (总投资, 占地面积) and the clause right before, with no figure of its own, names the thing — or the clauses
    before give figures of their own and the first of them names it (改造8个老旧小区,涉及楼栋268栋,投资约1.2亿元).

    >>> f = extract_claim("要建面向中亚五国的小水电装备制造安装中心,听说总投资10亿元", 2022).figures[0]
    >>> [w for w in ("小水电", "中心", "投资") if w in f.words]
    ['小水电', '中心', '投资']
    >>> f = extract_claim("2021年改造8个老旧小区,涉及楼栋268栋,投资约1.2亿元", 2022).figures[-1]
    >>> [w for w in ("小区", "投资") if w in f.words]
    ['小区', '投资']
    """
    at = next((i for i, c in enumerate(clauses) if c.start <= f.start < c.end), 0)
    if f.continues or at == 0:
        return f
    def has_figure(clause) -> bool:
        return any(clause.start <= g.start < clause.end for g in figures)
    own = [w for w in f.words if w not in _HEARSAY]
    if not own or not all(w in _MEASURES_OF_A_THING for w in own):
        return f
    if has_figure(clauses[at - 1]):
        if re.search(r"[。！？!?]", clauses[at - 1].text):
            return f
        # (改造8个老旧小区,涉及楼栋268栋,投资约1.2亿元: the sum of the thing the sentence opens with, not of
        # whatever else the report puts 1.2亿元 on)
        first = at - 1  # (the first clause of the run of clauses with figures: 简报：…援疆项目19个,总投资…)
        while first > 0 and not re.search(r"[。！？!?]", clauses[first - 1].text) and has_figure(clauses[first - 1]):
            first -= 1
        # (煤矿扩建,包括宏业煤矿90万吨/年,产能达到120万吨: a part named by 包括 / 其中 is not the thing)
        while first > 0 and not re.search(r"[。！？!?]", clauses[first - 1].text) \
                and re.match(r"\s*(?:包括|其中|含|如|比如|例如)", clauses[first].text):
            first -= 1
        named = _FIGURE_OR_YEAR.sub(" ", clauses[first].text)
    else:
        named = re.split(r"[。！？!?]", clauses[at - 1].text)[-1]
    named = named.rsplit("的", 1)[-1]
    thing = [w for w in content_words(named) if w not in _HEARSAY and w not in _BUILD_WORDS]
    if not thing:
        return f
    return _replace(f, words=tuple(thing) + tuple(w for w in f.words if w not in thing))


# A figure or a year in a clause, left out when the clause is read for the thing it names
_FIGURE_OR_YEAR = re.compile(rf"(?:19|20)\d{{2}}年|\d[\d.,]*\s*(?:万亿|亿|千万|百万|万|千)?\s*(?:{_UNIT_ALTS}|[a-zA-Z]+)?")


# Target words that make a figure a plan even for a year already past (去年的目标是…); the others
# (争取, 要, 将 …) are also ordinary verbs (争取贷款贴息, 将…用于) and yield to a past year.
STRONG_PLAN_WORDS = ("目标", "力争", "预期", "计划", "target", "goal", "plan", "aim")


# Words holding a plan word that plan nothing: 将近 is nearly, 主要 / 重要 / 需要 hold 要, 争取到 is obtained, done,
# 准备工作 is work
_NOT_PLANNING = re.compile(r"将近|主要|重要|必要|需要|只要|争取到|准备工作")


def plan_words_in(text: str) -> list[str]:
    """The plan words ``text`` says (目标, 力争, 将, 要 …), not those inside other words (将近, 主要, 争取到).

    >>> plan_words_in("2022年目标是增长7%"), plan_words_in("将近九成，主要来自农业")
    (['目标'], [])
    """
    kept = _NOT_PLANNING.sub("", text)
    return [w for w in CLAIM_PLAN_WORDS if w in kept]


def _claim_kind(clause: str, context: str, year: int | None, reference_year: int | None) -> str:
    planned = plan_words_in(clause)
    if planned and not re.search(r"已|已经|实现了|完成了", clause):
        past = year is not None and reference_year is not None and year < reference_year
        if not past or any(w in STRONG_PLAN_WORDS for w in planned):
            return "plan"
    if year is not None and reference_year:
        return "review" if year < reference_year else "plan"
    if any(w in context for w in ("目标", "力争", "预期", "计划")):
        return "plan"
    return ""


def _replace(f: Figure, **changes) -> Figure:
    from dataclasses import replace

    return replace(f, **changes)


def same_value(claim: Figure, report: Figure) -> bool:
    """Whether a claim's figure states the report's figure.

    Exact after scaling; approximate claim wording (约/近/左右) accepts the report's figure rounded to
    the claim's precision; a claim's bound (超过5000人, 60%以上) accepts a report figure beyond it, unless
    the report states a bound itself (then the numbers must agree).

    >>> c = extract_claim("投资约2亿元").figures[0]; r = extract("累计投资1.97亿元").figures[0]
    >>> same_value(c, r)
    True
    """
    a, b = claim.value, report.value
    if report.low is not None and report.low <= a <= b:
        return True
    if abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0):
        return True
    if _rounded_to_claims_decimals(claim, report):
        return True
    if claim.lower_bound and not report.lower_bound and not report.upper_bound:
        # (超过35万元 for the report's 35.03亿元 is a misread scale, not a cautious bound)
        return a < b < BOUND_REACH * a if a > 0 else b > a
    if claim.upper_bound and not report.lower_bound and not report.upper_bound:
        # (just under 28亿美元 for the report's 278.31万美元: a misread scale; a share, 不到10% for 3.5%, may be loose)
        return b < a and (claim.group == "%" or b <= 0 or a < 10 * BOUND_REACH * b)
    if claim.approximate:
        scale = claim.value / claim.number if claim.number else 1.0
        reported = report.value / scale
        if any(q in ("余", "多") for q in claim.qualifiers):  # 42万余件: 42万 up to the next unit
            step = float(_significant_step(claim))
            return claim.number <= reported < claim.number + step
        step = Decimal(1).scaleb(-claim.decimals)
        rounded = Decimal(repr(reported)).quantize(step, rounding=ROUND_HALF_UP)
        # (近1万户 is not 6924户, though it rounds to 1万: a rounding is near the figure it rounds)
        if rounded == Decimal(repr(claim.number)).quantize(step, rounding=ROUND_HALF_UP) \
                and abs(reported - claim.number) <= ROUNDING_REACH * abs(claim.number):
            return True
        # 近7000户 for 6924户, 约4700万元 for 4723万元: a round number stands for the report's figure
        # rounded to its last non-zero digit, when that is within APPROX_TOLERANCE of it
        coarse = _significant_step(claim)
        if coarse > 1 and abs(reported - claim.number) <= APPROX_TOLERANCE * abs(reported):
            rounded = (Decimal(repr(reported)) / coarse).quantize(Decimal(1), rounding=ROUND_HALF_UP) * coarse
            return rounded == Decimal(repr(claim.number))
    return False


# How far beyond a claim's lower bound the report's figure may be and still be what the claim bounds: 超过5000人
# for 5294人, 超过一半 for 72.17%; 超过280人次 for 286.35万人次 or 超过35万元 for 35.03亿元 misread the scale.
BOUND_REACH = 5


# How far a figure may be from the one digit a claim rounds it to (约2万 for 1.6万 at most; 近1万 is not 6924).
ROUNDING_REACH = 0.2

# How far a round claim figure (约/近 7000) may be from the report's figure it rounds (about 3 million for 2.86
# million is 4.8% off: a rounding too far; 约2亿元 for 1.97亿元 is 1.5%).
APPROX_TOLERANCE = 0.04


def _rounded_to_claims_decimals(claim: Figure, report: Figure) -> bool:
    """Whether a claim figure is the report's figure written with fewer decimals: rounded keeping three significant
    digits or more (58.5% for 58.49%, 16.1亿元 for 16.07亿元, 346公里 for 346.35千米), or rounded — or cut off to a
    whole number — within UNHEDGED_TOLERANCE of it without 约 (48万元 for 48.02万元, 增长72% for 72.17%): honest
    rounding, not another figure. A coarser rounding says 约 (7% for 7.3%, 78% for 78.3% are other figures unless
    said with 约; 58.4% for 58.49% gives a decimal the report does not), and a bound or a range is not read so.

    >>> c = extract_claim("旅游收入增长58.5%").figures[0]; r = extract("旅游综合收入同比增长58.49%").figures[0]
    >>> _rounded_to_claims_decimals(c, r)
    True
    >>> c = extract_claim("发放助学贷款48万元").figures[0]; r = extract("发放助学贷款48.02万元").figures[0]
    >>> _rounded_to_claims_decimals(c, r), _rounded_to_claims_decimals(extract_claim("增长7%").figures[0],
    ...                                                              extract("增长7.3%").figures[0])
    (True, False)
    """
    if report.decimals <= claim.decimals or claim.lower_bound or claim.upper_bound \
            or report.low is not None or claim.low is not None or not claim.number \
            or not math.isfinite(claim.number) or abs(claim.number) >= 1e15:
        return False
    scale = claim.value / claim.number
    reported = Decimal(repr(report.value / scale))
    step = Decimal(1).scaleb(-claim.decimals)
    said = Decimal(repr(claim.number)).quantize(step)
    rounded = reported.quantize(step, rounding=ROUND_HALF_UP) == said
    if rounded and len(f"{abs(claim.number):.{claim.decimals}f}".replace(".", "").lstrip("0")) >= 3:
        return True
    if claim.approximate or not report.value or abs(claim.value - report.value) > UNHEDGED_TOLERANCE * abs(report.value):
        return False
    return rounded or (not claim.decimals and said == reported.quantize(step, rounding=ROUND_DOWN))


# How far an unhedged claim figure with fewer decimals may be from the report's (48万元 for 48.02万元 is 0.04% off,
# 72% for 72.17% is 0.24%: the same figure written short; 78% for 78.3% is 0.38% and 7% for 7.3% is 4%: other figures
# unless said with 约).
UNHEDGED_TOLERANCE = 0.003


def _significant_step(claim: Figure) -> Decimal:
    """The place of a claim number's last written digit: 1 for 42, 100 for 4700, 0.1 for 8.6."""
    if claim.decimals:
        return Decimal(1).scaleb(-claim.decimals)
    digits = str(int(claim.number))
    zeros = len(digits) - len(digits.rstrip("0")) if claim.number else 0
    return Decimal(10) ** zeros


# ---------------------------------------------------------------- stored facts (qa/index/factstore.py)

# Bump when extraction changes in a way the source hash below cannot see (a data file, a dictionary).
FACTS_REVISION = 1
_FIGURE_FIELDS = ("text", "number", "value", "unit", "group", "subject", "words", "core", "direction", "aspect",
                  "qualifiers", "period_year", "period_kind", "start", "end", "decimals", "clause", "continues",
                  "low")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """What stored facts were extracted with: ``FACTS_REVISION``, a hash of this module's and
    qa/text.py's source and jieba's version. Facts stored under another version are not used
    (the checker extracts again) and make ``staleness`` rebuild the index.
    """
    import hashlib
    from importlib import metadata
    from pathlib import Path

    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in ("facts.py", "text.py"):
        digest.update((here / name).read_bytes())
    try:
        jieba_version = metadata.version("jieba")
    except metadata.PackageNotFoundError:
        jieba_version = "?"
    return f"{FACTS_REVISION}-{digest.hexdigest()[:16]}-jieba{jieba_version}"


def _slice_or_text(value: str, text: str):
    """``[start, end]`` when ``value`` is a slice of ``text`` longer than the offsets would be, else ``value``."""
    at = text.find(value) if len(value) >= 3 else -1
    return [at, at + len(value)] if at >= 0 else value


def _from_slice(value, text: str) -> str:
    return text[value[0]:value[1]] if isinstance(value, list) else value


def facts_to_record(facts: SentenceFacts, sentence: str | None = None) -> list:
    """A compact JSON-ready record of ``facts`` (positional lists; texts that are slices of the
    sentence stored as offsets; the normalized sentence itself left out (0) when it is ``sentence``,
    the text the reader of the record will have). ``facts_from_record`` reverses it exactly.

    >>> f = extract("全年接待游客286.35万人次,同比增长52.7%。", 2021, "review")
    >>> facts_from_record(facts_to_record(f)) == f
    True
    >>> r = facts_to_record(f, f.text); r[0], facts_from_record(r, f.text) == f
    (0, True)
    """
    text = facts.text
    figures = []
    for g in facts.figures:
        row = []
        for name in _FIGURE_FIELDS:
            value = getattr(g, name)
            if name in ("clause", "subject"):
                value = _slice_or_text(value, text)
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, bool):
                value = int(value)
            row.append(value)
        figures.append(row)
    entities = [[e.kind, e.start, e.end] + ([] if text[e.start:e.end] == e.text else [e.text])
                for e in facts.entities]
    enumerations = [[[_slice_or_text(x, text) for x in n.items], n.start, n.end] for n in facts.enumerations]
    return [0 if text == sentence else text, facts.period_year, facts.period_kind, figures, entities, enumerations]


def facts_from_record(record: list, sentence: str | None = None) -> SentenceFacts:
    """The ``SentenceFacts`` a ``facts_to_record`` record holds (``sentence``: the text it was
    written with, needed when the record leaves it out)."""
    text, year, kind, figures, entities, enumerations = record
    if text == 0:
        if sentence is None:
            raise ValueError("this facts record leaves its sentence out; pass the sentence")
        text = sentence
    out = []
    for row in figures:
        values = dict(zip(_FIGURE_FIELDS, row))
        values["clause"] = _from_slice(values["clause"], text)
        values["subject"] = _from_slice(values["subject"], text)
        for name in ("words", "core", "qualifiers"):
            values[name] = tuple(values[name])
        values["continues"] = bool(values["continues"])
        out.append(Figure(**values))
    return SentenceFacts(
        text=text, figures=out,
        entities=[Entity(e[3] if len(e) > 3 else text[e[1]:e[2]], e[0], e[1], e[2]) for e in entities],
        enumerations=[Enumeration(tuple(_from_slice(x, text) for x in items), start, end)
                      for items, start, end in enumerations],
        period_year=year, period_kind=kind)
