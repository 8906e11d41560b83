"""Yes/no verdicts: 是的 or 不是 for a yes/no question, judged from the report clause that answers it —
a stated figure compared (增长了10%吗), a threshold (超过15亿元了吗, 4%以内), two figures compared
(城镇增速比农村快吗, 翻了一番), a direction (下降了吗) or a negation in the clause (未发生, 零感染) —
and whether something in the clause decided it (grounded) or the passage is merely the closest one.

Pure functions over question and clause text (and ``facts.extract``); no index, no model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from . import messages
from .about_report import meeting_named
from .claim_lists import item_figure_conflict, other_grade
from .compose import pos_tags
from .facts import cn_number, extract
from .progress import WORK_UNDER_WAY
from .text import normalize
from .understanding import with_arabic_numerals

if TYPE_CHECKING:  # annotations only: understanding imports nothing from here
    from .understanding import Understanding

_STATED = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万亿元|亿美元|万美元|美元|亿元|万元|元|万人次|人次|万人|人|万亩|亩|万吨|吨|公里|千米)?")
_UNIT_SAID_AS = {"千米": "公里"}  # one unit, two names


# A figure stated as about so much (约72%, 72%左右, roughly 72%: rendered 约): the report's within a twentieth of it
_ABOUT_BEFORE = re.compile(r"(?:约|大约|大概|差不多|左右)$")
ABOUT_SHARE = 0.05


def about_verdict(question: str, stated: list[str], clause: str) -> str | None:
    """'yes' when every figure the question states as about so much (约72%) has a figure of its unit in the
    clause within a twentieth of it (72.17%), 'no' when the clause's figures of that unit are all further off,
    None when the question states no such figure or the clause has none of its unit.

    >>> about_verdict("招商引资到位资金增长约72%吗", ["72%"], "到位资金35.03亿元,同比增长72.17%")
    'yes'
    >>> about_verdict("增长约60%吗", ["60%"], "同比增长72.17%"), about_verdict("增长72%吗", ["72%"], "增长72.17%")
    ('no', None)
    """
    verdict = None
    report = [f for f in extract(clause, None, "").figures if f.value > 0]
    for text in stated:
        at = question.find(normalize(text))
        after = question[at + len(normalize(text)):] if at >= 0 else ""
        if at < 0 or not (_ABOUT_BEFORE.search(question[:at]) or after.startswith(("左右", "上下"))):
            continue
        asked = next((f for f in extract(text, None, "").figures if f.value > 0), None)
        same = [f for f in report if asked is not None and f.group == asked.group]
        if not same:
            return None
        if not any(abs(f.value - asked.value) <= ABOUT_SHARE * asked.value for f in same):
            return "no"
        verdict = "yes"
    return verdict


def _scale(unit: str) -> str:
    """The order of magnitude a unit or what follows a number starts with (万, 亿, 万亿), else ''."""
    m = re.match(r"万亿|亿|万", unit)
    return m.group(0) if m else ""


def yesno_verdict(stated: list[str], clause: str) -> str | None:
    """'yes' when the report clause gives every figure the question states, 'no' when it gives another
    figure in the same unit, None when it cannot tell (no figure stated or none comparable).

    >>> yesno_verdict(["8%"], "完成地区生产总值同比增长8%左右"), yesno_verdict(["10%"], "完成地区生产总值同比增长8%左右")
    ('yes', 'no')
    >>> yesno_verdict(["278.31万元"], "完成外贸进出口额278.31万美元"), yesno_verdict(["278.31亿"], "完成外贸进出口额278.31万美元")
    ('no', 'no')
    """
    if not stated:
        return None
    norm = normalize(clause)
    found = [(m.group(1), _UNIT_SAID_AS.get(m.group(2), m.group(2) or "")) for m in _STATED.finditer(norm)]
    verdict = "yes"
    for text in stated:
        m = _STATED.match(normalize(text))
        if not m:
            continue
        number, unit = m.group(1), _UNIT_SAID_AS.get(m.group(2), m.group(2) or "")
        scale = _scale(normalize(text)[m.end(1):].lstrip() if not unit else unit)
        if scale and any(n == number and _scale(u) != scale for n, u in found) and not any(
                n == number and _scale(u) == scale for n, u in found):
            verdict = "no"  # 278.31亿 for the report's 278.31万美元: its number, another order of magnitude
            continue
        if unit and any(n == number and u and u != unit for n, u in found) and not any(
                n == number and u == unit for n, u in found):
            verdict = "no"  # 278.31万元 for the report's 278.31万美元: its number, another unit
            continue
        if any(n == number and (not unit or u == unit or not u) for n, u in found):
            continue
        if any(unit and u == unit and n != number for n, u in found) or (not unit and found):
            verdict = "no"
        else:
            return None
    return verdict


# 今年8%的目标能完成吗 / 能不能实现 / will it meet the target: whether a plan will come true, which a report
# cannot say — it gives the target, not the outcome.
_TARGET_MET_ASK = re.compile(r"(?:能|可以|会)(?:不能|否|不会)?(?:顺利|如期|按时)?(?:完成|实现|达到|达成|做到|完得成|达标)"
                             r"(?:吗|么|嘛|不|没|吧|[?？]*$)|(?:完成|实现|达到)得了|能不能(?:顺利|如期)?(?:完成|实现|达到)|"
                             r"会不会(?:完成|实现|达到)|"
                             # 能完成GDP增长8%的目标吗: the target named after the verb
                             r"(?:能|可以|会)(?:不能)?(?:顺利|如期|按时)?(?:完成|实现|达到|达成)[^，,。？?]{1,24}?(?:目标|任务|指标)"
                             r"(?:吗|么|嘛|不|没|吧|[?？]*$)|有(?:没有)?(?:希望|可能|把握)(?:完成|实现|达到)|"
                             r"\b(?:will|can|could)\b.*\b(?:meet|achieve|reach|hit)\b.*\b(?:target|goal)", re.IGNORECASE)


def asks_if_target_met(question: str) -> bool:
    """Whether a yes/no question asks if a target will be met (a forecast, not a fact of the report).

    >>> asks_if_target_met("沙湾今年8%的gdp目标能完成不"), asks_if_target_met("今年GDP目标是8%吗")
    (True, False)
    >>> asks_if_target_met("今年能完成接待游客373万人次的目标吗")
    True
    >>> asks_if_target_met("Will Shawan meet its 8% growth target?")
    True
    """
    return bool(_TARGET_MET_ASK.search(normalize(question)))


# 城镇居民收入增速比农村居民快吗 / 今年的目标比去年实际的高吧: two things compared by an adjective.
_COMPARATIVE = re.compile(r"比(?P<b>[^，,。？?！!]{1,30}?)(?:还|更|要|都)?(?P<adj>高|快|多|大|强|低|慢|(?<!多)少|小|弱)"
                          r"(?:了|得|些|一些|不少|很多|一点)?(?:吗|吧|么|嘛|呢|没有|不|是不是|[?？]|$)")
_MORE = "高快多大强"
# 翻了一番 / 翻倍: doubled, i.e. grown by at least 100%.
DOUBLED = re.compile(r"翻了?一?番|翻了?一?倍|增长了?一倍")


_ADJ = "高快多大强低慢少小弱"
_CHOICE_OF_TWO = re.compile(rf"([{_ADJ}])(?:了|得)?还是([{_ADJ}])(?:了|得)?")


def choice_of_two(question: str) -> tuple[str, str] | None:
    """The two adjectives of a question offering a choice between them (高还是低, 多了还是少了), else None.

    >>> choice_of_two("今年目标比去年实际高还是低？"), choice_of_two("比去年高吗")
    (('高', '低'), None)
    """
    m = _CHOICE_OF_TWO.search(normalize(question))
    return (m.group(1), m.group(2)) if m else None


def comparative_ask(question: str) -> tuple[str, str, int] | None:
    """(first side, second side, +1 for 高/快/多…, -1 for 低/慢/少…) of a question 'A比B高吗', else None.

    >>> comparative_ask("去年城镇居民收入增速比农村居民快吧？")
    ('去年城镇居民收入增速', '农村居民', 1)
    >>> comparative_ask("今年的目标比去年定得低吗"), comparative_ask("比去年增长了多少？")
    (('今年的目标', '去年定得', -1), None)
    >>> comparative_ask("今年目标比去年实际高还是低？")
    ('今年目标', '去年实际', 1)
    """
    norm = _CHOICE_OF_TWO.sub(lambda m: m.group(1) + "吗", normalize(question))  # 高还是低 asks 高吗 first
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


# The ways of asking yes or no that carry a negation word without negating anything (…事故没有？ 有没有…
# 是不是… 发生了没): taken out before asking whether the question itself is negated.
_ASKING_NEGATION = re.compile(r"有没有|是不是|是否|能不能|会不会|对不对|(?<![都也还从并])(?:了|过)?没有?(?=[吗呢吧?？!！。]*$)")


def asks_negated(question: str) -> bool:
    """Whether a yes/no question says that something did not happen (没发生…吧), not only asks whether it did.

    >>> asks_negated("去年出过重特大安全生产事故没有"), asks_negated("有没有发生安全事故？"), asks_negated("去年没发生安全事故吧？")
    (False, False, True)
    >>> asks_negated("是不是一个感染的都没有？")
    True
    """
    return negated(_ASKING_NEGATION.sub(" ", normalize(question)))


# 排第二吧 / 位列第一: a rank; two ranks of the same thing differ by their ordinal.
_RANK = re.compile(r"第\s*([一二三四五六七八九十]|\d+)(?![季批期轮次届个条项])")


def _rank_number(numeral: str) -> int:
    """第三 / 第3 -> 3."""
    return int(numeral) if numeral.isdigit() else int(cn_number(numeral))


def rank_verdict(question: str, clause: str) -> str | None:
    """'yes' / 'no' when the question states a rank (排第二, 第1名) and the clause gives one; None otherwise.

    >>> rank_verdict("中高考成绩在塔城地区是排第二吧？", "中高考成绩均位列塔城地区第一")
    'no'
    >>> rank_verdict("是全地区第一吗", "中高考成绩均位列塔城地区第一"), rank_verdict("第一产业增加值多少", "位列第一")
    ('yes', None)
    """
    q = normalize(question)
    asked = [_rank_number(m.group(1)) for m in _RANK.finditer(q) if not q[m.end():].startswith(("产业", "书记"))]
    said = {_rank_number(m.group(1)) for m in _RANK.finditer(normalize(clause))}
    if len(asked) != 1 or not said or not re.search(r"排|名|位列|居|列|第[一二三四五六七八九十\d]+[吧吗呢?？]", question):
        return None
    return "yes" if asked[0] in said else "no"


_YESNO_CLAUSE_ASK = re.compile(r"吗|吧|有没有|是不是|是否|没有?$|(.)不\1|否")


def yesno_clause(question: str) -> str:
    """The clause of ``question`` that asks yes or no (the question when none does alone).

    >>> yesno_clause("2021年有没有人感染新冠？疫情防控结果怎么样？")
    '2021年有没有人感染新冠'
    """
    clauses = [c for c in re.split(r"[,，。？?！!；;]", question) if c.strip()]
    return next((c for c in clauses if _YESNO_CLAUSE_ASK.search(c)), question)


def subject_pieces(question: str, clause: str) -> list[str]:
    """Every comma-separated piece of ``clause`` sharing the most characters with the question (ties kept).

    >>> subject_pieces("去年疫情有人感染吗", "推进疫情防控,全市群众实现零感染")
    ['推进疫情防控', '全市群众实现零感染']
    """
    pieces = [p for p in re.split(r"[,，;；、]", clause) if p.strip()]
    if len(pieces) < 2:
        return [clause]
    asked = set(normalize(question))
    best = max(len(asked & set(normalize(p))) for p in pieces)
    return [p for p in pieces if len(asked & set(normalize(p))) == best]


def subject_piece(question: str, clause: str) -> str:
    """The comma-separated piece of ``clause`` that shares the most characters with the question (the
    figure of 单位生产总值能耗, not of 居民消费价格指数, in one clause that gives both); the clause when
    it has one piece.

    >>> subject_piece("能耗的目标是上升吗", "居民消费价格指数涨幅3%左右,单位生产总值能耗下降3%左右")
    '单位生产总值能耗下降3%左右'
    """
    return subject_pieces(question, clause)[0]


# 超过15亿元了吗 / 控制在4%以内了吗: the stated figure is a threshold, not the figure itself.
_ABOVE = re.compile(r"(?:超过|超出|突破|高于|多于|大于|不少于|不低于|达到|达|到|过了|上了|过|破)\s*$")
_ABOVE_AFTER = re.compile(r"^\s*(?:以上|多|还多|之上)")
_STRICTLY_BELOW_WORDS = r"低于|少于|小于|不到|不足|(?<!有)没有?到|(?<!有)没有?达到|未达到"  # not 有没有到
_STRICTLY_BELOW = re.compile(rf"(?:{_STRICTLY_BELOW_WORDS})\s*$")
_BELOW_BEFORE = re.compile(rf"(?:{_STRICTLY_BELOW_WORDS}|不超过|没超过|未超过)\s*$")
_BELOW_AFTER = re.compile(r"^\s*(?:以内|以下|之内|之下)")


def threshold_side(question: str, figure_text: str) -> int:
    """+1 when the question asks whether a figure is above ``figure_text`` (超过15亿元 / 15亿元以上),
    -1 below it (4%以内 / 低于4%), 0 when the figure is stated as the figure itself.

    >>> threshold_side("去年旅游收入超过了15亿元吗？", "15亿元"), threshold_side("失业率控制在4%以内了吗", "4%")
    (1, -1)
    >>> threshold_side("增长了10%吗", "10%"), threshold_side("免疫率是不是没到100%", "100%")
    (0, -1)
    """
    at = question.find(figure_text)
    if at < 0:
        return 0
    before, after = question[:at].rstrip("了"), question[at + len(figure_text):]
    if _BELOW_AFTER.match(after) or _BELOW_BEFORE.search(before):
        return -1  # before 达到/超过 is looked for: 没达到 / 不超过 end with them
    if _ABOVE_AFTER.match(after) or _ABOVE.search(before):
        return 1
    return 0


_UP = re.compile(r"增长|增加|提高|上升|上涨|涨|升|多了|扩大|往上走|\b(?:rise|rose|risen|grow|grew|grown|increase|increased|go up|went up)\b")
_DOWN = re.compile(r"下降|减少|降低|下滑|回落|跌|降|少了|往下|掉了|缩水|\b(?:fall|fell|fallen|decline|declined|decrease|decreased|drop|dropped|go down|went down)\b")


# The number itself asked after (是这个数吗, 目标是这个吗): a stated cap is checked for being the report's cap.
# (这个 is filler to the search: 是这个数吗 arrives as 是数吗)
_THE_NUMBER_ASKED = re.compile(r"是(?:这个)?数(?:字)?吗|这个数|这个比例|这个目标|这个标准|这个指标|这个值|这么多|"
                               # 是控制在4%以内吗 / 控制在4%以内，对吧: the cap itself restated, not whether the figure lies below
                               r"是控制在|(?:对吧|对吗|是吧|没错吧)[?？]*$")


def threshold_verdict(question: str, stated: list[str], clause: str) -> str | None:
    """'yes' / 'no' when the question states a threshold (超过15亿元, 4%以内) and the clause gives a figure
    of the same kind to compare with it; None otherwise."""
    report = [f for f in extract(clause, None, "").figures if f.value > 0]
    for text in stated:
        side = threshold_side(question, normalize(text))
        asked = next((f for f in extract(text, None, "").figures if f.value > 0), None)
        if not side or asked is None:
            continue
        same = [f for f in report if f.group == asked.group]
        if not same and not asked.unit:
            # 游客超过200万了吗 / 收入过10亿了吗 / more than 5,000 new jobs: a figure with its unit left out is
            # compared with the report's figures of any unit but a rate
            same = [f for f in report if f.group != "%"]
        if not same:
            continue
        # the figure of the subject the question names (城镇居民…增幅 is not 农村居民's), the nearest in value on a tie
        nearest = max(same, key=lambda f: (sum(ch in question for ch in set(normalize(f.subject))),
                                          -abs(np.log(f.value / asked.value))))
        at = question.find(normalize(text))
        if nearest.upper_bound and at >= 0 and re.search(r"控制在?$", question[:at]) \
                and re.match(r"以内|之内|以下", question[at + len(normalize(text)):]) and _THE_NUMBER_ASKED.search(question):
            # 控制在4.5%以内，是这个数吗: the report's cap (3.5%以内) asked after — the same or not (whereas
            # 控制在4%以内了吗 / 不到5%吧 ask whether the figure lies below, which 3.5%以内 answers yes)
            return "yes" if nearest.value == asked.value else "no"
        if nearest.value == asked.value:
            # 70%以上 asked, 70%以上 stated: yes; 没到100% asked, 100% stated: no (strictly below)
            at = question.find(normalize(text))
            return "no" if side < 0 and _STRICTLY_BELOW.search(question[:max(at, 0)].rstrip("了")) else "yes"
        return "yes" if (nearest.value > asked.value) == (side > 0) else "no"
    return None


# Levels of government that can fill the same slot (被国家确定为 / 被自治区确定为; 国家级 / 自治区级).
AUTHORITY_LEVELS = (("国家级", "国家", "全国", "中央", "国务院"), ("自治区级", "自治区", "全疆"),
                    ("地区级", "塔城地区", "地委", "行署"))


def level_mismatch(question: str, sentence: str) -> tuple[str, str] | None:
    """(asked level, the report's level) when a yes/no question names a level of government that the
    sentence does not while the sentence names another one; None otherwise.

    >>> level_mismatch("沙湾被国家确定为乡村振兴示范县了吗？", "被自治区确定为20个乡村振兴示范引领县之一")
    ('国家', '自治区')
    >>> level_mismatch("沙湾是自治区乡村振兴示范引领县吗？", "被自治区确定为20个乡村振兴示范引领县之一") is None
    True
    """
    def found(text: str, group: tuple[str, ...]) -> str:
        return next((w for w in group if w in text), "")

    for i, group in enumerate(AUTHORITY_LEVELS):
        asked = found(question, group)
        if not asked or found(sentence, group):
            continue
        said = next((found(sentence, g) for j, g in enumerate(AUTHORITY_LEVELS) if j != i and found(sentence, g)), "")
        if said and not found(question, next(g for g in AUTHORITY_LEVELS if said in g)):
            return asked, said
    return None


# Paying asked (还要交学费吗, 收费吗): answered no by a clause saying it is free (免费).
_PAY_ASK = re.compile(r"交(?:学|住宿|保育)?费|交钱|收费|收钱|要钱|花钱|掏钱|付费|给钱")


# Not paying asked (不用交学费, 不收费, 无需付费): the ask is whether it is free
_FREE_ASKED = re.compile(rf"(?:不用|不要|不需要?|无需|无须|不必|不再|免|没有?|不)(?:再|额外)?(?:{_PAY_ASK.pattern})")


def _one_choice(question: str) -> str:
    """An A-not-A ask said as A (要不要交 → 要交, 交不交 → 交), so a negation left in it is the asker's.

    >>> _one_choice("要不要交学费"), _one_choice("收不收费")
    ('要交学费', '收费')
    """
    return re.sub(r"([\u4e00-\u9fff]{1,2})不\1", r"\1", question)


# Asking whether something exists or happened (有没有, 有人…没, 出没出过, 发生过…吗), not whether it is so:
# answered 有 / 没有, as people reply to it; a 是-question (是不是有…) keeps 是的 / 不是.
_EXISTENCE_ASK = re.compile(r"有没有|有无|出没出|发没发生|(?:^|[^是只还])有[^，,。？?]{0,24}?(?:吗|没有?|不)[？?。!！]*$"
                            r"|(?:出|发生)过[^，,。？?]{0,16}?(?:吗|没有?)[？?。!！]*$")
_SO_ASK = re.compile(r"是不是|是否|是吗|对吗|对不对|吧[？?。!！]*$")


def negated_event(question: str, sentence: str) -> bool:
    """Whether ``sentence`` says that what an existence ask asks about did not happen: the ask's own
    verb after 零 / 未 / 无 (有没有人感染新冠 → 全市群众实现“零感染”).

    >>> negated_event("沙湾去年有没有人感染新冠", "全市群众实现“零感染”。")
    True
    >>> negated_event("沙湾去年有没有人感染新冠", "克服新冠肺炎疫情影响"), negated_event("感染了吗", "零感染")
    (False, False)
    >>> negated_event("职校学生就业升学率有没有到95%", "确保零就业家庭动态清零")
    False
    """
    verbs = _asked_events(question)
    if not verbs:
        return False
    text = normalize(sentence).replace("“", "").replace("”", "")
    # (the verb ends its clause: 零就业家庭 is a kind of household, not that nobody found work)
    return any(re.search(rf"(?:{_NONE_BEFORE}){re.escape(v)}(?=[,，。;；、!！]|$)", text) for v in verbs)


# 零 (零感染) or a negation word right before a verb: that it did not happen
_NONE_BEFORE = "|".join(sorted(_NEGATION_WORDS | {"零"}, key=len, reverse=True))


@lru_cache(maxsize=256)
def _asked_events(question: str) -> tuple[str, ...]:
    """The verbs an existence ask asks about (有没有人感染新冠 → 感染); () for other questions. Read once per
    question, not once per candidate sentence."""
    q = normalize(question)
    if not _EXISTENCE_ASK.search(q) or _SO_ASK.search(q):
        return ()
    return tuple(w for w, flag in pos_tags(q) if flag.startswith("v") and len(w) >= 2 and w not in ("没有", "有没有", "发生"))


def existence_reply(prefix: str, question: str) -> str:
    """'有。' / '没有。' for 是的 / 不是 when the question asks whether something exists or happened.

    >>> existence_reply("不是。", "去年有人感染新冠没"), existence_reply("是的。", "有没有土地交易平台？")
    ('没有。', '有。')
    >>> existence_reply("不是。", "是不是有人感染了？"), existence_reply("是的。", "收入增长了吗")
    ('不是。', '是的。')
    """
    q = normalize(question)
    if prefix not in (messages.YES, messages.NO) or _SO_ASK.search(q) or not _EXISTENCE_ASK.search(q):
        return prefix
    return messages.EXISTS if prefix == messages.YES else messages.NONE


# A count and what it counts, written either way round (建成30个农家菜园子直销店、15个乡镇级电子商务服务站 /
# 打造改厕示范村13个、改厕示范户141户).
_COUNT_WORDS = r"(个|家|所|座|条|项|台|处|名|户)"
_COUNT_THEN_NOUN = re.compile(r"(\d+(?:\.\d+)?万?)" + _COUNT_WORDS + r"([\u4e00-\u9fff()（）]{2,16})")
_NOUN_THEN_COUNT = re.compile(r"(?:^|[、，,；;])([\u4e00-\u9fff]{2,14}?)(\d+(?:\.\d+)?万?)" + _COUNT_WORDS + r"(?=[、，,；;。]|$)")


def count_of_named(question: str, stated: list[str], clause: str) -> bool | None:
    """Whether the count a yes/no question states is the one the clause gives the thing the question names, when
    the clause counts two or more things (乡镇级电子商务服务站建了30个吗 against 建成30个农家菜园子直销店、15个乡镇级
    电子商务服务站: no; 打造了141个改厕示范村吗 against 改厕示范村13个、改厕示范户141户: no); None when it cannot tell.

    >>> c = "建成30个农家菜园子直销店、15个乡镇级电子商务服务站(乡镇服务中心)、131个村级电子商务服务网点"
    >>> count_of_named("乡镇级电子商务服务站建了30个，对不对？", ["30个"], c), count_of_named("乡镇级电商服务站有15个吗", ["15个"], c)
    (False, True)
    >>> count_of_named("去年打造了141个改厕示范村，对吗？", ["141个"], "打造改厕示范村13个、改厕示范户141户")
    False
    """
    norm = normalize(clause)
    counts = [(m.group(1), m.group(3)) for m in _COUNT_THEN_NOUN.finditer(norm)]
    later = [(m.group(2), m.group(1)) for m in _NOUN_THEN_COUNT.finditer(norm)]
    counts = counts if len(counts) >= len(later) else later
    q = normalize(question)
    # (a stated figure as counted in the question: 13户 even when only 13 was read as the figure)
    asked = [m for m in (re.search(re.escape(re.match(r"[\d.]+万?", normalize(s)).group(0)) + _COUNT_WORDS, q)
                         for s in stated if re.match(r"[\d.]+", normalize(s))) if m]
    if len(counts) < 2 or len(asked) != 1:
        return None

    def overlap(noun: str) -> tuple[float, int]:  # (share of the noun's bigrams the question has, how many)
        shared = sum(1 for i in range(len(noun) - 1) if noun[i:i + 2] in q)
        return shared / max(1, len(noun) - 1), shared

    scored = sorted(((overlap(noun), number) for number, noun in counts), reverse=True)
    if scored[0][0][1] < 2 or scored[0][0] == scored[1][0]:
        return None
    return scored[0][1] == re.match(r"[\d.]+万?", asked[0].group(0)).group(0)


# an amount a yes/no question states (100亿元, 300万人次; not the 一个 of 是不是一个都没有)
_AMOUNT_STATED = re.compile(r"(?:\d{2,}|\d+\.\d+)\s*[万亿]*(?:元|人次|人|亩|吨|公里|千米)$")


# A measure word after a stated number that _STATED does not read as a unit (24小时, 3天, 60岁, 5层).
_MEASURE_AFTER = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|分钟|天|周|个月|岁|层|度|平方米|米|张|辆|床|间)")


def unmeasured_figure(question: str, stated: list[str], clause: str) -> str:
    """A stated figure with a measure (24小时) the clause gives no figure of, else '': the clause cannot
    say yes or no to it.

    >>> unmeasured_figure("热线是不是24小时都有人接", ["12345", "24"], "“12345”政务服务便民热线上线运行")
    '24小时'
    >>> unmeasured_figure("是不是建了5层", ["5"], "建成5层综合楼")
    ''
    """
    numbers = {normalize(s).strip() for s in stated}
    for m in _MEASURE_AFTER.finditer(question):
        if m.group(1) in numbers and not re.search(r"\d\s*" + m.group(2), clause):
            return m.group(0)
    return ""


def yesno_decision(question: str, understood: Understanding | None, clause: str) -> tuple[str, bool]:
    """(prefix, grounded): '是的。' or '不是。' for a yes/no question, and whether something in the clause
    decided it rather than the passage merely being the closest one (an ungrounded 是的 is given hedged,
    可能相关). In order: a threshold the question states; a stated figure compared with the clause's; an
    opposite direction (增长 vs 下降) or the same one; a negation in the clause (零感染, 未发生); else 是的,
    ungrounded."""
    stated = understood.stated_figures if understood is not None else []
    q, c = normalize(with_arabic_numerals(question)), normalize(clause)  # 超过一半 -> 超过50%, as stated
    compared = threshold_verdict(q, stated, clause)
    if compared is not None:  # 超过15亿元了吗: the report's 16.07亿元 is above it
        return existence_reply(messages.YES if compared == "yes" else messages.NO, question), True
    if _PAY_ASK.search(q) and "免费" in c and "免费" not in q:
        # 上幼儿园还要交学费吗 — the report says 免费: no; 是不是不用交学费 — yes
        return existence_reply(messages.YES if _FREE_ASKED.search(_one_choice(q)) else messages.NO, question), True
    ranked = rank_verdict(q, c)
    if ranked is not None:  # 排第二吧 — the report says 位列…第一
        return existence_reply(messages.YES if ranked == "yes" else messages.NO, question), True
    graded = other_grade(q, c)
    if graded:  # 有金沟河二级水电站吗 — the report's is 金沟河十级水电站
        return existence_reply(messages.NO, question), True
    asked_meeting, said_meeting = meeting_named(q), meeting_named(c)
    if asked_meeting and said_meeting:  # 是在第二届人大第一次会议上作的吗 — the report's dateline: 第一届…第二次
        return existence_reply(messages.YES if asked_meeting == said_meeting else messages.NO, question), True
    counted = count_of_named(q, stated, c)
    if counted is not None:  # 乡镇级电商服务站建了30个吗 — 30个 counts the 直销店, 15个 the 服务站
        return existence_reply(messages.YES if counted else messages.NO, question), True
    if stated and item_figure_conflict(q, extract(q).figures, c) is not None:
        # 宏业煤矿是按60万吨/年改扩建的吗 — the report's 60万吨/年 is the other mines' (宏业煤矿90万吨/年及宝英…60万吨/年)
        return existence_reply(messages.NO, question), True
    if unmeasured_figure(q, stated, c):
        return "", False  # 热线是不是24小时都有人接 — the clause counts no hours: neither 是 nor 不是
    verdict = about_verdict(q, stated, clause) or yesno_verdict(stated, clause)
    if verdict is None and any(_AMOUNT_STATED.search(normalize(s)) for s in stated):
        # 突破100亿元了吗 — the clause gives no amount to compare (only 增长7%): neither 是 nor 不是
        return "", False
    asks_up, asks_down = bool(_UP.search(q)), bool(_DOWN.search(q))
    says_up, says_down = bool(_UP.search(c)), bool(_DOWN.search(c))
    if says_up and says_down:  # 涨幅3%左右,能耗下降3%左右: the direction of the piece about the asked subject
        piece = subject_piece(q, c)
        says_up, says_down = bool(_UP.search(piece)), bool(_DOWN.search(piece))
    grounded = verdict is not None
    if (asks_up and says_down and not says_up) or (asks_down and says_up and not says_down):
        verdict, grounded = "no", True  # 同比增长了10%，对吧？ — the report says 下降10%: the figure alone is not the answer
    elif verdict is None and ((asks_down and says_down) or (asks_up and says_up and not says_down)):
        verdict, grounded = "yes", True  # 下降了吗 — the report says 下降: yes, from the clause itself
    elif verdict is None:
        # 未发生 / 零感染 of the piece about the asked subject (…高等学校毕业生就业,确保零就业家庭动态清零: the 零 is
        # another subject's)
        clause_negated = any(negated(piece) for piece in subject_pieces(yesno_clause(q), c))
        if clause_negated:  # 未发生 / 零感染: no to 出过事故没有, yes to 是不是一个都没有
            verdict, grounded = ("yes" if asks_negated(question) else "no"), True
        elif (asks_up or asks_down) and not (says_up or says_down):
            return "", False  # 养老金涨不涨 — the sentence found says no direction: neither 是 nor 不是, only what it says
        else:
            verdict, grounded = "yes", False
    return existence_reply(messages.YES if verdict == "yes" else messages.NO, question), grounded


# Asking whether a thing is done or held by now (建好了没有, 完工了吗, 能进去上学了吗, 已经是…了吗, 评上了吗)
_DONE_ASK = re.compile(r"(?:建好|建成|盖好|修好|完工|竣工|投用|投入使用|用上|开通|开业|通车|落成|评上|拿到)了(?:没有?|吗|没)"
                       r"|(?:已经|现在)(?:是|建成|完成|投入使用|能|可以)[^，,。？?]{0,24}?了(?:吗|没有?)"
                       r"|能(?:进去)?(?:上学|用|住|去)了(?:吗|没)|评上了|是已经")
# Asking whether it will be done (今年能建好吗, 年内能不能用上): the plan answers that, not 还没有
_WILL_IT_BE = re.compile(r"今年|年内|年底|明年|能不能|能否|会不会|将|计划|打算|什么时候")
# A clause saying the thing done, read loosely for a question (完成, 通过 count; 投入使用 closing a clause is the
# year's aim, 力争…投入使用, not a deed). Whether it is still worked for: ``progress.WORK_UNDER_WAY``.
_DONE_SAID = re.compile(r"建成|完成|投用|投入使用(?!$)|竣工|通过|落成")


def not_done_yet(question: str, clause: str, planned: bool) -> bool:
    """Whether a question asking if a thing is done or held by now (建好了没有, 已经是…了吗) is answered 还没有 by
    the clause: it plans the thing (``planned``: a sentence of the year's plan) or says it is still worked for
    (有序推进, 力争…投入使用, 创建…), and says nothing done.

    >>> not_done_yet("纺织服装标准厂房去年已经完工了吗", "纺织服装标准厂房和哈拉干德污水资源化利用项目建设有序推进", False)
    True
    >>> not_done_yet("馕文化展示基地建好了没有", "馕食加工和馕文化展示基地建成投用", False)
    False
    >>> not_done_yet("新的牛羊活畜交易市场建好了没有", "新建现代化牛羊活畜交易市场", True)
    True
    """
    q, c = normalize(question), normalize(clause)
    if not _DONE_ASK.search(q) or _WILL_IT_BE.search(q) or _DONE_SAID.search(re.sub(r"力争[^,，。]*", "", c)):
        return False
    return planned or bool(WORK_UNDER_WAY.search(c))


# A question offering the two ways a thing went on the year before (是涨了还是降了, 多了还是少了): the up word, the down
# word. Not a comparison with another thing (比石河子高还是低: read by the comparison checks).
_UP_WORDS = "增长|增加|上升|上涨|提高|涨|升|增|多|高"
_DOWN_WORDS = "下降|减少|下跌|降低|降|跌|减|少|低"
_WAY_CHOICE = re.compile(rf"(?P<a>{_UP_WORDS}|{_DOWN_WORDS})了?(?:还是|或是|或者)(?:是)?(?P<b>{_UP_WORDS}|{_DOWN_WORDS})了?")
_OTHER_THING_COMPARED = re.compile(r"比(?!前年|去年|上年|上一年|往年|以前|过去|同期|之前)[\u4e00-\u9fff]")
_CHANGE_FOLLOWS = re.compile(r"^(?:同比|比上年|较上年|比去年|较去年|增长|下降|增加|减少|提高|降低)")


def way_choice(question: str) -> tuple[str, str] | None:
    """(up word, down word) of a question asking which way a thing went (是涨了还是降了), else None.

    >>> way_choice("去年外贸进出口额比前年是涨了还是降了？"), way_choice("城镇居民收入比农村高还是低")
    (('涨', '降'), None)
    >>> way_choice("游客是少了还是多了")
    ('多', '少')
    """
    q = normalize(question)
    m = _WAY_CHOICE.search(q)
    if not m or _OTHER_THING_COMPARED.search(q):
        return None
    a, b = m.group("a"), m.group("b")
    up = re.fullmatch(_UP_WORDS, a)
    if bool(up) == bool(re.fullmatch(_UP_WORDS, b)):
        return None
    return (a, b) if up else (b, a)


def way_said(question: str, clause: str) -> str:
    """'up' / 'down': the way the clause's piece about the asked thing goes (with the change right after it:
    …完成8.58亿元,同比下降10%); '' when it says neither or both.

    >>> way_said("一般公共预算收入涨了还是降了", "一般公共预算收入预计完成8.58亿元,同比下降10%")
    'down'
    >>> way_said("外贸进出口额涨了还是降了", "完成外贸进出口额278.31万美元")
    ''
    """
    pieces = [p for p in re.split(r"[,，;；。]", normalize(clause)) if p.strip()]
    if not pieces:
        return ""
    asked = set(normalize(question))
    at = max(range(len(pieces)), key=lambda k: len(asked & set(pieces[k])))
    text = pieces[at] + (pieces[at + 1] if at + 1 < len(pieces) and _CHANGE_FOLLOWS.match(pieces[at + 1]) else "")
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else ""


# Asking whether a title is held (已经是…模范市了吗, 是已经评上了吗, 是不是国家科普示范县) and a title's name in it
_HELD_ASK = re.compile(r"已经|评上|评为|获评|是不是|成为|拿到|授予|命名|是[^，,。？?]{2,24}(?:吗|吧)")
_TITLE_NAME = re.compile(r"[\u4e00-\u9fff]{2,18}(?:市|县|区|街区|城市|基地|乡镇|单位)")
_WORKED_FOR = re.compile(r"创建|争创|申报")
# …unless the question asks whether it is worked for (今年是不是要争取评上…): the plan answers that
_WORKING_FOR_ASKED = re.compile(r"争取|创建|争创|申报|计划|打算|准备|(?<!已)要|将|力争")


def title_worked_for(question: str, clause: str) -> bool:
    """Whether a question asks if a title is held (已经是全国民族团结进步模范市了吗) that the clause says is being
    worked for (积极创建全国民族团结进步模范市, 启动国家科普示范县创建工作): answered 还不是.

    >>> title_worked_for("沙湾现在已经是全国民族团结进步模范市了吗", "积极创建全国民族团结进步模范市")
    True
    >>> title_worked_for("听说沙湾是国家科普示范县，是已经评上了吗", "把科技创新作为引领发展的第一动力,启动国家科普示范县创建工作")
    True
    >>> title_worked_for("今年要创建什么称号", "积极创建全国民族团结进步模范市")
    False
    >>> title_worked_for("今年是不是要争取评上全国学前教育普及普惠县", "创建全国学前教育普及普惠县")
    False
    """
    q, c = normalize(question), normalize(clause)
    if not _HELD_ASK.search(q) or not _WORKED_FOR.search(c) or _WORKING_FOR_ASKED.search(q):
        return False
    return any(len(m.group(0)) >= 4 and m.group(0)[-5:] in c for m in _TITLE_NAME.finditer(q))
