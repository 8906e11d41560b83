"""What a question asks about: normalized text, the years it means, and the period it targets.

A work report speaks about two periods: the past year's results (review) and the coming year's
targets (plan). ``今年`` is the report's own year, ``去年`` the year before. Words like 目标/计划/力争
point to the plan, 完成/实现/取得 to the review. Pure logic, no model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from .domain import (EXPLICIT_YEAR, NUMBERED_SCHOOL, PLAN, PLAN_WORDS, RELATIVE_YEARS, REVIEW, REVIEW_WORDS,
                     STRONG_PLAN_WORDS, YEAR_EXPRESSION, strip_place_suffix)
from .text import char_tokens, has_cjk, normalize

# Words that shape a question but say nothing about its topic.
QUESTION_WORDS = ("多少", "什么", "哪些", "哪个", "哪里", "哪儿", "是否", "有没有", "怎么样", "怎样",
                  "如何", "为什么", "几个", "几", "吗", "呢", "啊", "呀", "请问", "一下", "告诉我",
                  "报告", "里", "中", "的", "了", "是", "有", "我", "我们", "你", "吧", "这份", "哪次",
                  "哪家", "哪个", "哪一", "哪种", "一共", "总共", "至少", "没有", "还是", "打算", "准备", "现在",
                  "当前", "以后", "认为", "具体", "需要", "怎么做", "多长", "多高", "多远", "多大")
QUESTION_CHARS = frozenset("".join(w for w in QUESTION_WORDS if len(w) <= 3))


@dataclass
class Question:
    """An analysed question. ``years`` are absolute; ``kind`` is 'plan', 'review' or ''."""

    raw: str
    text: str
    years: list[int] = field(default_factory=list)
    kind: str = ""
    english: bool = False

    @property
    def has_period(self) -> bool:
        return bool(self.years or self.kind)

    def matches(self, period_year: int | None, period_kind: str) -> bool:
        """Whether a chunk of this period is what the question asks about."""
        if not self.has_period or period_year is None:
            return False
        if self.years and period_year not in self.years:
            return False
        if self.kind and period_kind != self.kind:
            return False
        return True

    def content_terms(self) -> list[str]:
        """Character tokens of the question minus question words (多少, 什么, 吗 ...)."""
        text = YEAR_EXPRESSION.sub(" ", self.text)
        for word in sorted(QUESTION_WORDS, key=len, reverse=True):
            if len(word) > 1:
                text = text.replace(word, " ")
        return [t for t in char_tokens(text) if t not in QUESTION_CHARS]


def resolve_years(text: str, reference_year: int | None) -> list[int]:
    """Absolute years a question refers to, explicit or relative to the report's year.

    >>> resolve_years("去年旅游收入和2022年目标", 2022)
    [2021, 2022]
    """
    norm = normalize(text)
    years = [int(y) for y in EXPLICIT_YEAR.findall(norm)]
    if reference_year:
        for word, delta in RELATIVE_YEARS:
            if word in norm:
                years.append(reference_year + delta)
    return sorted(set(years))


# A result wished for (想在哪些方面取得突破, 要取得新成效): no result told
_WISHED_RESULT = re.compile(r"((?:想|要|希望|准备|打算|力争|争取|能否|能不能)[^，,。？?！!]{0,10}?)(?:取得|成效|成果)")


# A plan word inside a name or said of what was obtained (自治区科技计划项目, 争取的贷款贴息): no plan asked
_PLAN_WORD_IN_NAME = re.compile(r"科技计划|计划项目|争取的(?=[\u4e00-\u9fff]{0,6}(?:贴息|资金|补贴|项目|支持))")


def period_kind(text: str, strong_only: bool = False) -> str:
    """'plan' for target/plan wording, 'review' for results wording, '' when neither or both.

    With ``strong_only``, words like 争取/任务 that also describe results do not count as plan words.

    >>> period_kind("今年计划接待多少游客"), period_kind("自治区科技计划项目实施了多少项"), period_kind("已经完成了吗")
    ('plan', '', 'review')
    """
    norm = _PLAN_WORD_IN_NAME.sub(" ", _WISHED_RESULT.sub(r"\1", normalize(text))) + " "
    plan = any(w in norm for w in (STRONG_PLAN_WORDS if strong_only else PLAN_WORDS))
    review = any(w in norm for w in REVIEW_WORDS)
    if plan == review:
        return ""
    return PLAN if plan else REVIEW


_CHINESE_GLOSS = re.compile(r"\s*[(（“\"'‘]\s*[^()（）a-zA-Z]*?[\u4e00-\u9fff][^()（）a-zA-Z]*?\s*[)）”\"'’]")


def without_chinese_gloss(text: str) -> str:
    """An English question with a term glossed in Chinese, in brackets or quotes, without the gloss — it is
    asked in English; other text unchanged.

    >>> without_chinese_gloss("What is the target for inbound investment (招商引资到位资金) in 2022?")
    'What is the target for inbound investment in 2022?'
    >>> without_chinese_gloss("今年GDP(地区生产总值)增长多少")
    '今年GDP(地区生产总值)增长多少'
    """
    bare = _CHINESE_GLOSS.sub("", text)
    if bare != text and not has_cjk(bare) and len(re.findall(r"[a-zA-Z]{2,}", bare)) >= 4:
        return bare
    return text


def analyse(question: str, reference_year: int | None = None) -> Question:
    """Analyse a question against a report whose own year (今年) is ``reference_year``.

    >>> q = analyse("去年来沙湾旅游的人有多少？", 2022)
    >>> (q.years, q.kind)
    ([2021], 'review')
    """
    norm = normalize(question)
    years = resolve_years(question, reference_year)
    kind = period_kind(question)
    if reference_year and years:
        # A named year decides, unless the question names a target outright (2022年的目标 asked of a
        # 2023 report is still a target): a past year has results, the report's own year targets.
        strong = period_kind(question, strong_only=True)
        if strong:
            kind = strong
        elif all(y < reference_year for y in years):
            kind = REVIEW
        elif all(y >= reference_year for y in years):
            kind = PLAN
    english = not has_cjk(norm) and bool(re.search(r"[a-z]", norm))
    return Question(raw=question, text=norm, years=years, kind=kind, english=english)


# Units a question may name, grouped by what they measure: any unit of the group answers it.
UNIT_GROUPS = {
    "元": ("万亿元", "亿元", "万元", "元", "亿美元", "万美元", "美元", "块钱", "钱"),
    "人": ("万人次", "人次", "万人", "人", "名", "位"),
    "亩": ("万亩", "亩", "平方公里", "平方米", "公顷"),
    "公里": ("公里", "千米", "米"),
    "吨": ("万吨", "吨"),
    "千瓦": ("万千瓦", "千瓦", "兆瓦"),
    "%": ("%", "个百分点", "百分点"),
    "岁": ("岁",),
}
_UNITS = tuple(u for group in UNIT_GROUPS.values() for u in group)
# People counted by who they are (多少娃, 几个学生, 多少老人): a count of persons.
_PEOPLE_COUNTED = re.compile(r"(?:多少|几)(?:个|名|位)?(?:娃娃?|孩子|小孩|学生|老人|老年人|群众|农民|工人|贫困户|患者|病人|游客)")
_NUMBER_ASK = re.compile(r"多少|(?<![哪十这那前近头])(?<!(?<![抓搞做办弄管建])好)几[个所家户座条台头名项套间张辆次年岁倍成]|多大|多高|多长|多远|比例|比重|百分之|占比|"
                         r"how many|how much|percent|\bshare\b|proportion|\brate\b|\bgrowth\b|\bnumber of\b|"
                         r"\bamount\b|\btotal\b|\bhow (?:large|big|high|old)\b|population|\bprice\b|\bcost\b|"
                         # what coal production capacity…: a measure asked by what
                         r"\bwhat (?:[\w'-]+ ){0,5}"
                         r"(?:capacity|output|revenue|income|investment|area|length|volume|value|gdp|sales|spending|"
                         r"expenditure|production|yield|turnover)\b|"
                         # what is the 2022 target for X: the report's targets are figures (奋斗目标)
                         r"\bwhat(?:'s| is| was| are| were)? (?:[\w'-]+ ){0,4}targets?\b|"
                         # a bare target asked in chat (new jobs target for 2022?)
                         r"^\s*(?:(?!(?:is|are|was|were|do|does|did|will|has|have|can|could|should|so|and|but|then)\b)"
                         r"[a-z][\w'-]* ){1,5}targets?\b")
# A rate named as a noun (规上工业增加值增速, 今年GDP的增幅) asks for its figure when nothing else is asked
# (not 增速比城镇低吗, 定的增速比去年高还是低: those are yes/no and comparisons).
_RATE_NOUN = re.compile(r"增速|增幅|涨幅|降幅|增长率|增长速度")
_OTHER_ASK = re.compile(r"比|还是|高于|低于|快|慢|吗|吧|呢|是不是|有没有|是否")
# Nouns right after these words name the kind of answer (什么名字, 哪个城市), not the topic.
_ANSWER_TYPE = re.compile(r"(?:什么样|什么|哪个|哪些|哪家|哪种|哪类|哪一|哪几|多大|何种)的?$")
_TOPIC_FLAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "vn", "nl")
PROPER_FLAGS = ("nr", "ns", "nt", "nz", "nrt")
_CHANGE_ASK = re.compile(r"增长|增幅|增速|增加|涨|降|跌|下滑|回落|缩水|(?<!多)少了|下降|减少|提高|变化|同比|多了|多[挣收揣赚拿进得]|多出|增收|"
                         # English as whole words: enterprises is no rise, changed is, growing is
                         r"\b(?:growth|grow(?:s|n|ing)?|grew|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|"
                         r"ris(?:e[sn]?|ing)|rose|fall(?:s|en|ing)?|fell|chang(?:e[sd]?|ing))\b", re.IGNORECASE)
# A sum of money asked for: 多少(项目)资金 / 资助金是多少 / 花了多少钱.
_MONEY_NOUNS = r"(?:资金|资助金|补助金|奖金|经费|投资|投入|收入|产值|金额|总额|交易额|销售额|营业额|成交额|贸易额|进出口额|贷款|补贴|补助|税收|钱|款)"
# Measure nouns that name the unit of the figure asked (面积 is counted in 亩, 产量 in 吨, 里程 in 公里).
MEASURE_NOUN_UNITS = {"亩": ("面积", "播种面积", "种植面积"), "吨": ("产量", "总产量"), "公里": ("里程", "长度", "总长")}
_MEASURE_ASK = re.compile(r"(?<=面积|产量|里程|长度|总长)(?:加起来|合起来|算起来|一共|总共|合计)?(?:是|有|为|达到?|共|一共|总共|大概|大约)?"
                          r"(?:多少|多大|多长|几)|"
                          r"(?:多少|多大|多长)的?(?=面积|产量|里程|长度|总长)")
_MONEY_ASK = re.compile(rf"(?:多少|几)[\u4e00-\u9fff]{{0,2}}?{_MONEY_NOUNS}|"
                        rf"{_MONEY_NOUNS}[，,]?(?:加起来|加在一起|合计)?(?:是|有|为|达到?|共|一共|总共|大概|大约)?(?:多少|几)|"
                        # 补助钱一共发了多少: the money, then how it was paid out
                        rf"{_MONEY_NOUNS}(?:一共|总共|合计|共)?(?:发|花|投|拨|给|用|补|贴)(?:了|出去|下去|掉)*(?:多少|几)(?![人个项次名户家所])|"
                        # 项目一共投了多少 / 总共花了多少: money spent, whatever it was spent on
                        r"(?:一共|总共|合计|共|总)?(?:投|花|砸)(?:了|进去|进|掉)+(?:多少|几)(?![人个项次名户家所亩吨])")
# Money asked in English: how much was spent / invested / paid, or a spending or cost named (not a target).
_MONEY_ASK_EN = re.compile(r"^(?!.*\b(?:target|goal|growth|rate|share|proportion|percent(?:age)?|portion|how much of)\b)"
                           r"(?:.*\bhow much\b.*\b(?:spend|spent|cost|costs|invest|invested|pay|paid)\b|"
                           # how much money / cash / funding (is X putting in): a sum, whatever the verb
                           r".*\bhow much (?:money|cash|funding|funds)\b|"
                           r".*\b(?:spending|expenditure|costs?)\b|"
                           # what was the total investment / funding of …: a sum, unless things are counted
                           r"(?!.*\bhow many\b).*\b(?:total |overall )?(?:investment|funding|funds)\b(?! projects?\b))")
# A share asked (占了多少, 能占几成, 比重, 占比), not 占地 (an area) or 占用.
_SHARE_ASK = re.compile(r"占(?![地用])[了到据]?[^，,。？?！!]{0,12}?(?:多少|几成|百分之几|多大比例|多大比重|比例|比重)|"
                        r"占比|比重|几成|\bshare\b|\bproportion\b")
_LIST_ASK = re.compile(r"哪些|哪几|有什么|包括什么|包括哪|which (?:\w+ )?(?:are|were)|what are")
# (English: a question opened by its auxiliary — did it, was it, is it — not one that has it after a wh-word)
_YESNO_ASK = re.compile(r"吗[?？]?$|是否|有没有|了没有|没有[?？]?$|还是|"
                        r"^(?:and |so |but |then )?(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b")


@dataclass(frozen=True)
class AskedForm:
    """What shape of answer a question wants: a figure (with a unit, a change), a list, yes/no."""

    number: bool = False
    unit: str = ""
    change: bool = False
    listing: bool = False
    yesno: bool = False
    share: bool = False  # a part's share of a whole (占了多少, 几成, 比重): a percentage level, no change


# 几所小学的综合楼啥时候能用上: a count that qualifies the subject (几所小学的), with another ask after it (啥时候),
# asks no figure.
# So does a count in a clause that tells what the asker heard (听说城里几所小学在盖综合楼，是哪几所): several, not how many.
_COUNT_AS_SUBJECT = re.compile(r"几[个所家户座条台头名项套间张辆][\u4e00-\u9fff]{1,6}?(?:的|在|正在)")
_OTHER_WH_ASK = re.compile(r"什么时候|啥时候|何时|哪年|哪一年|哪天|几月|哪个月|哪里|哪儿|在哪|什么地方|谁|哪个单位|哪家|"
                           r"哪几|哪些")


def asked_form(text: str) -> AskedForm:
    """The answer shape ``text`` asks for.

    >>> asked_form("去年旅游收入增长了多少亿元？")
    AskedForm(number=True, unit='元', change=True, listing=False, yesno=False, share=False)
    >>> asked_form("给学生发了多少资助金？").unit, asked_form("援疆项目总投资是多少？").unit, asked_form("旅游收入增长多少？").unit
    ('元', '元', '')
    >>> asked_form("农作物总播种面积是多少？").unit, asked_form("粮食产量有多少").unit, asked_form("种了多大面积").unit
    ('亩', '吨', '亩')
    >>> asked_form("铺设了多长的管道？").unit, asked_form("要走多长时间？").unit
    ('公里', '')
    >>> asked_form("2021年规上工业增加值增速").change, asked_form("增速比城镇居民低吗").number
    (True, False)
    >>> asked_form("How much will the coal mine expansion cost?").unit, asked_form("What is the investment target?").unit
    ('元', '')
    >>> asked_form("How much of its own spending goes to livelihoods?").unit
    ''
    >>> asked_form("What was the total investment of the aid projects?").unit
    '元'
    >>> asked_form("How many investment projects?").unit
    ''

    >>> asked_form("援疆项目一共投了多少").unit, asked_form("去年投了多少个项目").unit
    ('元', '')
    >>> asked_form("几所小学的新综合楼啥时候能用上").number, asked_form("建了几所小学的综合楼").number
    (False, True)
    >>> asked_form("听说几所小学在盖综合楼，是哪几所？").number
    False
    >>> asked_form("税收在财政收入里占了多少？").unit, asked_form("项目占地多少亩").unit
    ('%', '亩')
    """
    norm = normalize(text)
    number = bool(_NUMBER_ASK.search(norm)) or bool(_RATE_NOUN.search(norm) and not _OTHER_ASK.search(norm))
    asks = [m for m in _NUMBER_ASK.finditer(norm) if not norm[:m.start()].endswith("哪")]  # (哪几所 asks names)
    if asks and all(_COUNT_AS_SUBJECT.match(norm, m.start()) for m in asks) and _OTHER_WH_ASK.search(norm, asks[-1].end()):
        number = False  # 几所小学的新综合楼啥时候能用上: the count names the subject; a time is asked
    unit = ""
    units = "|".join(map(re.escape, _UNITS))
    m = re.search(rf"(?:多少|几)({units})", norm) or re.search(r"(人)数?(?:有|是|为|达到?)?(?:多少|几)", norm)
    if m:
        unit = next(name for name, group in UNIT_GROUPS.items() if m.group(1) in group)
    elif _PEOPLE_COUNTED.search(norm):
        unit = "人"  # 多少娃拿到补助了: people are counted, whatever the money they get
    elif "百分之" in norm or "百分比" in norm or "百分点" in norm or "percent" in norm or _SHARE_ASK.search(norm):
        unit = "%"  # 税收在财政收入里占了多少 / 能占几成: a share, never an amount
    change = number and bool(_CHANGE_ASK.search(norm.replace("增加值", "")))
    if number and not unit and not change and (_MONEY_ASK.search(norm) or _MONEY_ASK_EN.search(norm)):
        unit = "元"  # 发了多少资助金 / 总投资是多少: an amount of money (a change may be a rate)
    if number and not unit and not change:
        implied = _MEASURE_ASK.search(norm)
        if implied:  # 播种面积是多少 / 多大面积: an area, in 亩; 总产量多少: a weight, in 吨
            near = norm[max(0, implied.start() - 2):implied.end() + 2]
            unit = next(u for u, nouns in MEASURE_NOUN_UNITS.items() if any(n in near for n in nouns))
        elif re.search(r"多长(?!时间|期|久)", norm):
            unit = "公里"  # 铺了多长的管道: a length
    return AskedForm(number=number, unit=unit, change=change,
                     listing=bool(_LIST_ASK.search(norm)), yesno=bool(_YESNO_ASK.search(norm.strip())),
                     share=number and not change and bool(_SHARE_ASK.search(norm)))


@lru_cache(maxsize=1)
def _posseg():
    import jieba  # lazy: the tagger's dictionaries load on first use, once, inside this cached loader
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


def topic_nouns(text: str) -> list[tuple[str, str]]:
    """(noun, POS flag) pairs that name what a question is about.

    Question words, years and answer-type nouns (the 名字 of 叫什么名字) are left out.

    >>> topic_nouns("乌鲁木齐市2021年地区生产总值是多少？")
    [('乌鲁木齐市', 'ns'), ('地区', 'n'), ('生产总值', 'n')]
    >>> [w for w, _ in topic_nouns("去年给幼儿园修修补补投了多少钱？")]
    ['幼儿园']
    >>> [w for w, _ in topic_nouns("沙湾一中去年高考本科上线率是多少？")]
    ['沙湾', '上线', '一中']
    """
    return list(_topic_nouns(text))


# AABB / ABAB reduplications (修修补补, 缝缝补补, 研究研究) tell how something is done, never what about.
_REDUPLICATED = re.compile(r"(.)\1(.)\2|(..)\3")


def money_read_as_name(word: str, flag: str) -> bool:
    """Whether a word after a figure ask (多少, 花了) is money asked and the verb after it, which the tagger
    reads as a person's name (多少钱建的 -> 钱建, nr; the caller checks the ask before it).

    >>> money_read_as_name("钱建", "nr"), money_read_as_name("钱款", "n")
    (True, False)
    """
    return word[:1] == "钱" and flag.startswith("nr")


@lru_cache(maxsize=4096)  # the answerer asks again for every candidate passage of one question
def _topic_nouns(text: str) -> tuple[tuple[str, str], ...]:
    norm = YEAR_EXPRESSION.sub(" ", normalize(text))
    out: list[tuple[str, str]] = []
    before = ""
    for pair in _posseg().cut(norm):
        word, flag = pair.word, pair.flag
        # 多大面积 is tagged 多 + 大面积: a word that starts inside an ask of size (多大, 多高, 多长) is part of it
        inside_ask = before.endswith("多") and word[:1] in "大高长远久宽重深"
        # 花了多少钱建的 is tagged 钱建 (a surname and a given name): money asked, then a verb — no name
        inside_ask = inside_ask or (money_read_as_name(word, flag) and bool(re.search(r"(?:多少|几个|些|花了?)$", before)))
        if (flag in _TOPIC_FLAGS and len(word) >= 2 and word not in QUESTION_WORDS and not inside_ask
                and not _ANSWER_TYPE.search(before) and (word, flag) not in out and not _REDUPLICATED.fullmatch(word)):
            out.append((word, flag))
        before += word
    schools = {m.group(0) for m in NUMBERED_SCHOOL.finditer(norm)}
    out = [(w, "nt" if w in schools else flag) for w, flag in out]
    out += [(name, "nt") for name in sorted(schools) if (name, "nt") not in out]
    return tuple(out)


# Nouns that name a kind of answer in any domain; the report need not use the word itself.
GENERIC_ATTRIBUTES = frozenset("""名字 名称 时候 时间 日期 城市 地区 地方 机构 单位 部门 领域 方面 级别 类型 种类
人数 数量 总数 数目 金额 规模 面积 比例 比重 程度 情况 结果 内容 项目 措施 目标 预期 计划 问题 成绩 作用 意义
号码 人 东西 事情 幅度 变化 速度 水平 指标 年份 项目 工作 事 内容 称号 名目 增幅 增速 增长率 涨幅 态度 说法
政策 打算 安排 规定 要求 类型 进展 数字 数据 数额 具体数字 准确数字 项数 个数 件数 户数 次数 长度 幅度 多少
名堂 人家 花样 门道 好事 新鲜事 好消息 新变化 新东西 季节 季度 月份 走势 趋势 势头 形势
角色 身份 地位 定位 职能 职责 头衔 名头 名号 名次 排名 排位 档次 等级 年限 期限 周期 时长 部委 衙门
省 省市 省份 市县 地市 师市 行业 门类 品类 板块""".split())
_ASK_AFTER = re.compile(r"(?:什么样|什么|哪个|哪些|哪家|哪种|哪类|哪几|哪一)的?$")
_ASK_BEFORE = re.compile(r"^(?:有|是|为|达到?|共|一共|总共)?(?:多少|几)")


def asked_attributes(text: str) -> list[str]:
    """The nouns naming what is asked: after 什么/哪些 (哪些食材) or before 多少 (门票多少钱).

    Generic answer kinds (名字, 时间, 人数 ...) are left out.

    >>> asked_attributes("鹿角湾景区的门票多少钱？"), asked_attributes("大盘鸡需要哪些食材？")
    (['门票'], ['食材'])
    """
    return list(_asked_attributes(text))


@lru_cache(maxsize=4096)
def _asked_attributes(text: str) -> tuple[str, ...]:
    pairs = [(p.word, p.flag) for p in _posseg().cut(YEAR_EXPRESSION.sub(" ", normalize(text)))]
    out = []
    for i, (word, flag) in enumerate(pairs):
        if not flag.startswith("n") or len(word) < 2 or word in GENERIC_ATTRIBUTES or word in QUESTION_WORDS:
            continue
        before = "".join(w for w, _ in pairs[max(0, i - 2):i])
        after = "".join(w for w, _ in pairs[i + 1:i + 3])
        if _ASK_AFTER.search(before) or _ASK_BEFORE.match(after):
            out.append(word)
    return tuple(out)


_NOT_SUBJECT = frozenset(("中国", "中华人民共和国", "全国", "国家", "新疆", "自治区"))


def place_names(text: str) -> list[str]:
    """Place names in ``text`` (jieba ns tags), each also without its 市/县/区 suffix.

    >>> place_names("乌鲁木齐市2021年地区生产总值"), place_names("在沙湾市第一届人民代表大会第二次会议上")
    (['乌鲁木齐市', '乌鲁木齐'], ['沙湾'])
    """
    out: list[str] = []
    for pair in _posseg().cut(normalize(text)):
        word = pair.word
        if pair.flag != "ns" or len(word) < 2 or word in _NOT_SUBJECT:
            continue
        for name in (word, strip_place_suffix(word)):
            if name not in out:
                out.append(name)
    return out
