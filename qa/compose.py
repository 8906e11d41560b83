"""Pure helpers that shape an extractive answer by the kind of question.

- ``clause_has_type``: whether a clause holds what a who / which organisation / where / when /
  how many question asks for (a person's name, an organisation, a place, a time, a counted item);
- ``enumeration``: the items of a 、-list in a sentence (for list questions and for counting);
- ``yesno_verdict``: whether a report clause confirms the figure a yes/no question states;

No model, no index: the answerer (answering.py) chooses the sentences, this module reads them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .text import normalize

# Times a report gives for plans and results: 年内, 年底前, 秋季开学, 6月底, 2021年10月.
TIME_EXPRESSION = re.compile(r"年内|年底|年末|年初|年中|上半年|下半年|\d{1,2}月(?:底|初|份|\d{1,2}日)?|\d{1,2}日|"
                             r"[春夏秋冬]季|开学|前完成|之前|当年|季度|(?:19|20)\d{2}年(?:底|末|初|内|前|\d{1,2}月)")
# A person's name as a report prints it: 俄合拉斯·斯巴达克 (jieba's nr tag is too noisy to use here).
_PERSON = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}|(?:市长|书记|主任|局长|县长|主席)[\u4e00-\u9fff]{2,3}(?:同志)?")
_ORG_SUFFIX = re.compile(r"[\u4e00-\u9fff]{1,12}(?:局|委员会|委|办公室|办|中心|公司|银行|集团|学校|医院|大学|学院|协会|"
                         r"政府|人大|政协|法院|检察院|部|厅|站|合作社|企业|工厂|厂|"
                         r"测绘院|研究院|设计院|科学院|卫生院|养老院|敬老院|福利院|研究所|交易所|事务所|派出所|服务社|管理处)")
_PLACE_SUFFIX = re.compile(r"[\u4e00-\u9fff]{1,10}(?:镇|乡|村|街道|社区|园区|景区|开发区|工业园|峡谷|湖|河|山|湾|县|市|区|州)")
_COUNTED = re.compile(r"\d[\d,.]*\s*(?:万|千)?\s*(?:个|项|家|所|条|座|批|次|名|位|支|类|种|件|场|届|台|套|户|头|处|间|张|辆)")
_ENUM_SEP = re.compile(r"、")
_LIST_END = re.compile(r"(?:等|和|及|以及|与)")


@lru_cache(maxsize=8192)  # one answer tags the same question and sentences several times
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) pairs of ``text`` by jieba's tagger: the one place the answering
    side tags text ('去年投资' -> (('去年', 't'), ('投资', 'vn'))). The tagger's dictionary loads on first use."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return tuple((p.word, p.flag) for p in jieba.posseg.cut(text))


def _flags(text: str) -> frozenset[str]:
    return frozenset(flag for word, flag in pos_tags(text) if len(word) >= 2)


def clause_has_type(text: str, answer_type: str) -> bool:
    """Whether ``text`` can answer a question of ``answer_type`` (see understanding.ANSWER_TYPES).

    >>> clause_has_type("加快鞍沙职教城建设力争年内投入使用", "time")
    True
    >>> clause_has_type("表彰模范集体20个、模范个人50名", "count")
    True
    >>> clause_has_type("持续改善义务教育办学条件", "time"), clause_has_type("2022年政府工作报告", "time")
    (False, False)
    >>> clause_has_type("积极协调自治区第一测绘院完成了数据汇交工作", "organisation")
    True
    """
    norm = normalize(text)
    if answer_type == "time":
        return bool(TIME_EXPRESSION.search(norm))
    if answer_type == "count":
        return bool(_COUNTED.search(norm)) or len(enumeration(text)) >= 2
    if answer_type == "person":
        return bool(_PERSON.search(text))
    if answer_type == "organisation":
        return "nt" in _flags(norm) or bool(_ORG_SUFFIX.search(norm))
    if answer_type == "place":
        return "ns" in _flags(norm) or bool(_PLACE_SUFFIX.search(norm))
    return True


# A particular named thing: a town, village, scenic area, road, park, hospital, school, company.
_NAME_SUFFIX = r"(?:镇|乡|村|景区|路|街|园区|医院|学校|公司|集团|煤矿|水库)"
_NAME_HEAD_CHAR = r"[^\W\d的了和与及在是为将对把被从向等个之各每该本全我市县区会到以后去来要能让给]"
_NAME_END = re.compile(rf"(?<={_NAME_HEAD_CHAR}{{2}}){_NAME_SUFFIX}")
_NAME_HEAD = re.compile(rf"{_NAME_HEAD_CHAR}+$")
_NAMED_SUFFIX = re.compile(rf"{_NAME_SUFFIX}$")
# Verbs of building and doing that the tagger reads as names (新建 is a place in its dictionary).
_BUILD_VERB = re.compile(r"新建|改建|扩建|改扩建|建设|建成|完成|推进|打造|实施|开展|加快|提升")
# Common words ending like a name (城镇, 乡镇, 乡村, 示范村): 今年城镇 is no town.
_GENERIC_PLACE_WORD = re.compile(r"(?:城镇|乡镇|村镇|城乡|乡村|示范村|重点村|行政村)$")
MAX_NAME_HEAD = 5  # characters before the suffix: 乌兰乌苏 of 乌兰乌苏镇


def looks_like_name(name: str) -> bool:
    """Whether the part before the suffix of a candidate name holds no verb, adverb, preposition,
    conjunction, pronoun or particle (四道河子镇, 鹿角湾景区 yes; 有没有新建学校, 推动村 no)."""
    head = _NAMED_SUFFIX.sub("", name)
    if not head or _BUILD_VERB.match(head) or _GENERIC_PLACE_WORD.search(name):
        return False
    return not any(flag[:1] in ("v", "d", "p", "c", "r", "u", "t") for _, flag in pos_tags(head))


def named_things(text: str, known: Callable[[str], bool] = looks_like_name) -> list[str]:
    """Names of particular places and bodies in ``text`` (安集海镇, 鹿角湾景区, 杭州路): before each suffix
    (镇, 景区, 路 ...) the longest head of 2-5 characters that ``known`` accepts (by default: a head with
    no verb or function word, so 完成鹿角湾景区 gives 鹿角湾景区 and 推动村 gives nothing).

    >>> named_things("四道河子镇是今年6个乡村振兴示范乡镇之一吗？")
    ['四道河子镇']
    >>> named_things("完成鹿角湾景区大门改造,新建、改扩建杭州路、广州路等10条城市道路")
    ['鹿角湾景区', '杭州路', '广州路']
    """
    norm = normalize(text)
    out = []
    previous_end = 0
    for m in _NAME_END.finditer(norm):
        head = _NAME_HEAD.search(norm[previous_end:m.start()])  # a name never reaches into the one before
        previous_end = m.end()
        if not head:
            continue
        whole = head.group(0)
        starts, at = [], 0
        for word, _ in pos_tags(whole):  # a name starts where a word starts (not 成鹿角湾 of 完成鹿角湾,
            starts.append(at)             # not 村振兴示范 of 乡村振兴示范)
            at += len(word)
        for i in starts:  # longest head first
            if len(whole) - i > MAX_NAME_HEAD:
                continue
            if len(whole) - i < 2:
                break
            name = whole[i:] + m.group(0)
            if known(name):
                if name not in out:
                    out.append(name)
                break
    return out


def has_counted_figure(text: str) -> bool:
    """Whether ``text`` counts something with a measure word (22家, 6条, 91个).

    >>> has_counted_figure("将22家国有企业重组整合6大集团企业"), has_counted_figure("产权清晰、权责明确")
    (True, False)
    """
    return bool(_COUNTED.search(normalize(text)))


def enumeration(text: str) -> list[str]:
    """The items of the longest 、-list in ``text`` (the last item cut at 等/和/及).

    >>> enumeration("新增无人植保机、农业用北斗终端、精量播种机、残膜回收一体机等新型农机具1331台(架)")
    ['无人植保机', '农业用北斗终端', '精量播种机', '残膜回收一体机']
    """
    best: list[str] = []
    for clause in re.split(r"[,，;；:：。]", text):
        parts = _ENUM_SEP.split(clause)
        if len(parts) < 2:
            continue
        items = [p.strip() for p in parts]
        last = _LIST_END.split(items[-1], maxsplit=1)[0]
        if last:
            items[-1] = last
        items[0] = drop_leading_verbs(items[0])
        items = [i for i in items if i]
        if len(items) > len(best):
            best = items
    return best


def drop_leading_verbs(text: str) -> str:
    """'举办大盘美食文化旅游节' -> '大盘美食文化旅游节': the verb that introduces a list is not an item."""
    pairs = pos_tags(text)
    i = 0
    while i < len(pairs) - 1 and pairs[i][1][:1] in ("v", "d", "p", "c", "u"):
        i += 1
    return "".join(word for word, _ in pairs[i:]) or text


_STATED = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万亿元|亿元|万元|元|万人次|人次|万人|人|万亩|亩|万吨|吨|公里)?")


def yesno_verdict(stated: list[str], clause: str) -> str | None:
    """'yes' when the report clause gives every figure the question states, 'no' when it gives another
    figure in the same unit, None when it cannot tell (no figure stated or none comparable).

    >>> yesno_verdict(["8%"], "完成地区生产总值同比增长8%左右"), yesno_verdict(["10%"], "完成地区生产总值同比增长8%左右")
    ('yes', 'no')
    """
    if not stated:
        return None
    norm = normalize(clause)
    found = [(m.group(1), m.group(2) or "") for m in _STATED.finditer(norm)]
    verdict = "yes"
    for text in stated:
        m = _STATED.match(normalize(text))
        if not m:
            continue
        number, unit = m.group(1), m.group(2) or ""
        if any(n == number and (not unit or u == unit or not u) for n, u in found):
            continue
        if any(unit and u == unit and n != number for n, u in found) or (not unit and found):
            verdict = "no"
        else:
            return None
    return verdict


# 城镇居民收入增速比农村居民快吗 / 今年的目标比去年实际的高吧: two things compared by an adjective.
_COMPARATIVE = re.compile(r"比(?P<b>[^，,。？?！!]{1,30}?)(?:还|更|要|都)?(?P<adj>高|快|多|大|强|低|慢|少|小|弱)"
                          r"(?:了|得|些|一些|不少|很多|一点)?(?:吗|吧|么|嘛|呢|没有|不|是不是|[?？]|$)")
_MORE = "高快多大强"
# 翻了一番 / 翻倍: doubled, i.e. grown by at least 100%.
DOUBLED = re.compile(r"翻了?一?番|翻了?一?倍|增长了?一倍")


def comparative_ask(question: str) -> tuple[str, str, int] | None:
    """(first side, second side, +1 for 高/快/多…, -1 for 低/慢/少…) of a question 'A比B高吗', else None.

    >>> comparative_ask("去年城镇居民收入增速比农村居民快吧？")
    ('去年城镇居民收入增速', '农村居民', 1)
    >>> comparative_ask("今年的目标比去年定得低吗"), comparative_ask("比去年增长了多少？")
    (('今年的目标', '去年定得', -1), None)
    """
    norm = normalize(question)
    m = _COMPARATIVE.search(norm)
    if not m or m.start() == 0:
        return None
    return norm[:m.start()], m.group("b"), 1 if m.group("adj") in _MORE else -1


def comparison_verdict(first: float, second: float, direction: int) -> str:
    """'yes' when ``first`` is above ``second`` and the question asks 高/快/多 (below for 低/慢/少), else 'no'.

    >>> comparison_verdict(2.0, 7.3, 1), comparison_verdict(8.0, 7.0, 1), comparison_verdict(8.0, 7.0, -1)
    ('no', 'yes', 'no')
    """
    if first == second:
        return "no"
    return "yes" if (first > second) == (direction > 0) else "no"


# Words that say something did not happen or is absent, as words of their own (未发生, 没有, 零感染) —
# not as part of another word (无人机, 无水印染, 未来, 未成年人, 不断).
_NEGATION_WORDS = frozenset({"未", "尚未", "从未", "未能", "没有", "没", "无", "不", "并未", "毫无"})


def negated(text: str) -> bool:
    """Whether ``text`` states that something did not happen or is absent.

    >>> negated("全年未发生重大安全事故"), negated("实现零感染"), negated("确保不发生规模性返贫")
    (True, True, True)
    >>> negated("新增无人植保机"), negated("推广少水、无水印染"), negated("展望未来"), negated("不断提升")
    (False, False, False, False)
    """
    tags = pos_tags(normalize(text))
    for i, (word, flag) in enumerate(tags):
        if word in _NEGATION_WORDS:
            return True
        if word == "零" and i + 1 < len(tags) and tags[i + 1][1][:1] in ("v", "n"):
            return True  # 零感染 / 零事故: none at all
    return False


# 超过15亿元了吗 / 控制在4%以内了吗: the stated figure is a threshold, not the figure itself.
_ABOVE = re.compile(r"(?:超过|超出|突破|高于|多于|大于|不少于|不低于|达到|达|过了|上了)\s*$")
_ABOVE_AFTER = re.compile(r"^\s*(?:以上|多|还多|之上)")
_BELOW_BEFORE = re.compile(r"(?:低于|少于|小于|不到|不足|不超过|没超过|未超过)\s*$")
_BELOW_AFTER = re.compile(r"^\s*(?:以内|以下|之内|之下)")


def threshold_side(question: str, figure_text: str) -> int:
    """+1 when the question asks whether a figure is above ``figure_text`` (超过15亿元 / 15亿元以上),
    -1 below it (4%以内 / 低于4%), 0 when the figure is stated as the figure itself.

    >>> threshold_side("去年旅游收入超过了15亿元吗？", "15亿元"), threshold_side("失业率控制在4%以内了吗", "4%")
    (1, -1)
    >>> threshold_side("增长了10%吗", "10%")
    0
    """
    at = question.find(figure_text)
    if at < 0:
        return 0
    before, after = question[:at].rstrip("了"), question[at + len(figure_text):]
    if _BELOW_AFTER.match(after):
        return -1
    if _ABOVE_AFTER.match(after) or _ABOVE.search(before):
        return 1
    if _BELOW_BEFORE.search(before):
        return -1
    return 0
