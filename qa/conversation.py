"""Follow-ups over a conversation: an elliptical turn (那2021年呢？/ 农村的呢？/ 去年完成得怎么样？/
温泉景区呢？) rewritten as a whole question from the turns before it.

Pure string work on the questions alone (no index, no model): the answerer resolves a question with
``resolve_conversation`` before it reads it (docs/architecture.md, "Pipeline").
"""

from __future__ import annotations

import re

from .compose import pos_tags
from .domain import FOLLOWUP_YEAR, PLAN_WORDS, REVIEW_WORDS, YEAR_DIGITS
from .question import GENERIC_ATTRIBUTES, QUESTION_WORDS, analyse, asked_form
from .text import CJK_CHAR, normalize

# Words that ask something; two of them in one question ask two things (多少…哪些).
MULTI_ASK = re.compile(r"多少|几|哪些|什么|怎样|是否|还是|分别")
_FOLLOWUP_START = re.compile(r"^(那么?|还有|另外|那个|and|what about|how about)\s*", re.I)
_FOLLOWUP_END = re.compile(r"(呢|的呢|怎么样|如何)[?？]?$")

# A follow-up that names only an attribute (那增长率是多少？) keeps the earlier topic.
_ATTRIBUTE_ONLY = re.compile(r"(?:的)?(?:增长率|增速|增幅|增长|总额|总量|总投资|投资|比重|占比|比例|金额|数量|规模|人数|产值|目标|完成情况)")
_ASK_TAIL = re.compile(r"(?:是|为|有|达到)?(?:多少|几)?[个项]?$")
# Pairs of qualifiers a follow-up swaps: 去年城镇居民收入增加多少 → 农村的呢 → 去年农村居民收入增加多少.
SIBLINGS = (("城镇", "农村"), ("城市", "农村"), ("城乡", "农村"), ("进口", "出口"), ("收入", "支出"),
            ("男", "女"), ("小学", "中学"), ("一产", "二产", "三产"), ("工业", "农业", "服务业"))
_PERIOD_ONLY = re.compile(rf"{YEAR_DIGITS}\s*年?|今年|去年|明年|前年|上年|的|目标|计划|预期|实际|完成|情况|是|多少|呢|那么?|[?？,，。]")


def resolve_followup(question: str, previous: str | None, reference_year: int | None = None) -> str:
    """Rewrite an elliptical follow-up (那2021年呢？/ 旅游收入呢？/ 农村的呢？) using the previous question.

    >>> resolve_followup("那2021年呢？", "2022年地区生产总值增长目标是多少？", 2022)
    '2021年地区生产总值增长是多少？'
    >>> resolve_followup("旅游收入呢？", "2021年接待游客多少人次？", 2022)
    '2021年旅游收入是多少？'
    >>> resolve_followup("农村的呢？", "去年城镇居民收入增加了多少？", 2022)
    '去年农村居民收入增加了多少？'
    >>> resolve_followup("2022年旅游收入目标是多少？", "2021年接待游客多少人次？", 2022)
    '2022年旅游收入目标是多少？'
    >>> resolve_followup("那增长率是多少？", "今年固定资产投资目标是多少亿元？", 2022)
    '2022年固定资产投资增长率是多少？'
    """
    q = question.strip()
    if not previous or not previous.strip():
        return q
    core = _FOLLOWUP_END.sub("", _FOLLOWUP_START.sub("", q)).strip(" ?？,，。")
    is_followup = bool(_FOLLOWUP_START.match(q) or _FOLLOWUP_END.search(q)) and len(q) <= 30
    asked_years = FOLLOWUP_YEAR.search(_COMPARED_BASE.sub("", core))  # 比前年是涨是降: 前年 is the base, not the period asked
    short_ask = len(core) <= 8 and bool(MULTI_ASK.search(core)) and not asked_years
    topicless = len(core) <= 16 and not _names_own_topic(core)  # 比上一年是涨了还是降了？ 都包括哪些类型？
    short_ask = short_ask or (topicless and not asked_years)
    if topicless and asked_years and _PERIOD_ONLY.sub("", core):
        # 去年完成得怎么样？ / 去年实施了几个？ / 今年目标增长多少？: the earlier topic, in the period now named
        new_years = analyse(core, reference_year).years
        rest = FOLLOWUP_YEAR.sub("", _FOLLOWUP_START.sub("", q)).strip(" 的?？")
        return f"{''.join(f'{y}年' for y in new_years)}{_topic_of(previous)}{rest}？"
    if not (is_followup or short_ask):
        return q
    bare = core.rstrip("的")
    for group in SIBLINGS:  # 农村的呢 after a question about 城镇: swap the qualifier
        if bare in group:
            sibling = next((w for w in group if w != bare and w in previous), None)
            if sibling:
                return previous.replace(sibling, bare, 1)
    new = analyse(_COMPARED_BASE.sub("", core), reference_year)
    old = analyse(previous, reference_year)
    topic_free = _PERIOD_ONLY.sub("", core)
    if new.years and not topic_free:
        # Same topic, other period: drop the old years and the plan/result wording that no longer fits.
        body = FOLLOWUP_YEAR.sub("", previous).strip()
        for word in PLAN_WORDS + REVIEW_WORDS:
            if CJK_CHAR.search(word):
                body = body.replace(word, "")
        body = re.sub(r"的?是?多少", "是多少", body) if "多少" in body else body
        years = "".join(f"{y}年" for y in new.years)
        wanted = "目标" if "目标" in core else ""
        if wanted and "是多少" in body:
            body = body.replace("是多少", f"{wanted}是多少", 1)
        return f"{years}{body.lstrip('的')}"
    years = "".join(f"{y}年" for y in old.years) if not new.years else ""
    swapped = _swap_topic(core, previous)
    if swapped and not new.years:
        return swapped  # 温泉景区呢 after 鹿角湾景区今年有什么建设安排: the same ask about the new thing
    if short_ask and not is_followup or _ATTRIBUTE_ONLY.fullmatch(_ASK_TAIL.sub("", core)):
        # 总投资多少？ after 援疆项目去年实施了几个？: the earlier topic continues.
        return f"{years}{_topic_of(previous)}{core}？"
    # Other topic, same period as before.
    asks = "" if asked_form(core).number or MULTI_ASK.search(core) else "是多少"
    return f"{years}{core}{asks}？"


_COMPARED_BASE = re.compile(rf"(?:比|较|相比|对比|同)(?:{YEAR_DIGITS}\s*年?|前年|去年|上一?年)")


def _swap_topic(core: str, previous: str) -> str:
    """The previous question with its noun phrase of the same kind replaced by the follow-up's (温泉景区
    for 鹿角湾景区: the same head 景区, another qualifier), or '' when it has none.

    >>> _swap_topic("温泉景区", "鹿角湾景区今年有什么建设安排？")
    '温泉景区今年有什么建设安排？'
    >>> _swap_topic("棉花", "今年粮食种植面积目标多少？"), _swap_topic("鹿角湾景区", "鹿角湾景区门票多少钱？")
    ('', '')
    """
    new = normalize(core)
    tags = pos_tags(new)
    if len(new) < 3 or not tags or any(f[:1] != "n" for _, f in tags):
        return ""  # only a noun phrase (温泉景区) is swapped in
    head = tags[-1][0]
    words = list(pos_tags(previous))
    for i, (word, flag) in enumerate(words):
        if word != head or flag[:1] != "n":
            continue
        j = i
        while j > 0 and words[j - 1][1][:1] in ("n", "z", "j") and CJK_CHAR.search(words[j - 1][0]):
            j -= 1  # 鹿角|湾|景区: the qualifier before the head
        phrase = "".join(w for w, _ in words[j:i + 1])
        if phrase != new and j < i:
            return previous.replace(phrase, new, 1)
    return ""


_ASK_PHRASE = re.compile(r"(?:是|为|有|达到|完成了?|实施了?|增长了?|增加了?|新增了?|一共|共)?(?:多少|几)"
                         r"(?:亿元|万元|万人次|人次|万人|万亩|万吨|公里|块钱|[个项家所条座名位次台架头户辆套间张批处件场届种类元人亩吨钱])?|"
                         r"什么|哪些|怎么样|如何|呢|吗|[?？]")


def _topic_of(question: str) -> str:
    """What a question asks about, without its period, plan/result words and ask:
    '今年固定资产投资目标是多少亿元？' -> '固定资产投资'; '2021年沙湾实施了多少个援疆项目？' -> '沙湾援疆项目'."""
    body = _ASK_PHRASE.sub("", FOLLOWUP_YEAR.sub("", question))
    for word in PLAN_WORDS + REVIEW_WORDS:
        if CJK_CHAR.search(word):
            body = body.replace(word, "")
    return body.strip(" 的?？,，。")


# Words that frame a follow-up without naming a topic of its own (比上一年是涨了还是降了？).
_FRAME_WORDS = frozenset("增长 下降 增加 减少 提高 降低 同比 上一年 上年 目标 计划 实际 完成 情况 涨了 降了 还是 "
                         "多少 比例 变化 类型 哪些 包括 都有 落实 总共 一共 具体 实施 实现 建成 新增 开展 推进 "
                         "做 搞 干 办 建 修 弄".split())


def _names_own_topic(core: str) -> bool:
    """Whether a short question names a topic of its own (旅游收入呢 yes; 增幅是多少 / 比上一年是涨了还是降了 no)."""
    for word, _ in pos_tags(FOLLOWUP_YEAR.sub(" ", core)):
        if (len(word) >= 2 and CJK_CHAR.search(word) and word not in QUESTION_WORDS and word not in _FRAME_WORDS
                and word not in GENERIC_ATTRIBUTES and not _ATTRIBUTE_ONLY.fullmatch(word)):
            return True
    return False


def resolve_conversation(question: str, history: list[str], reference_year: int | None = None) -> str:
    """The question with its topic carried over from the whole conversation (each turn resolved in turn).

    >>> resolve_conversation("今年的目标呢？", ["去年游客增长了多少？", "旅游收入呢？"], 2022)
    '2022年旅游收入目标是多少？'
    """
    resolved = None
    for turn in history:
        if isinstance(turn, str) and turn.strip():
            resolved = resolve_followup(turn, resolved, reference_year) if resolved else turn.strip()
    return resolve_followup(question, resolved, reference_year)
