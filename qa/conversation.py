"""Follow-ups over a conversation: an elliptical turn (那2021年呢？/ 农村的呢？/ 去年完成得怎么样？/
温泉景区呢？) rewritten as a whole question from the turns before it.

Pure string work on the questions alone (no index, no model): the answerer resolves a question with
``resolve_conversation`` before it reads it (docs/architecture.md, "Pipeline").
"""

from __future__ import annotations

import os
import re

from .compose import pos_tags
from .domain import FOLLOWUP_YEAR, PLAN_WORDS, REVIEW_WORDS, YEAR_DIGITS
from .question import GENERIC_ATTRIBUTES, QUESTION_WORDS, analyse, asked_form
from .text import CJK_CHAR, normalize, question_clauses, to_simplified

# Words that ask something; two of them in one question ask two things (多少…哪些).
MULTI_ASK = re.compile(r"多少|几|哪些|什么|怎样|是否|还是|分别")
_FOLLOWUP_START = re.compile(r"^(那么?|还有|另外|那个|and|what about|how about)\s*", re.I)
# 呢 / 怎么样 closing a follow-up, with the place word before it (温泉那边呢 asks about 温泉 itself).
_FOLLOWUP_END = re.compile(r"(?:那边|这边|那块|这块|那儿|这儿|那里|这里)?(呢|的呢|怎么样|如何)[?？]?$")

# A follow-up that asks in its own words (是哪两个, 叫什么, 有没有): no 是多少 is added to it.
_OWN_ASK = re.compile(r"哪|什么|啥|谁|怎|如何|吗|是不是|有没有")
# A follow-up that names only an attribute (那增长率是多少？) keeps the earlier topic.
_ATTRIBUTE_ONLY = re.compile(r"(?:的)?(?:增长率|增速|增幅|涨幅|降幅|幅度|同比(?:增长|下降)?|比上一?年|增长|总额|总量|总投资|投资|比重|占比|比例|金额|数量|规模|人数|产值|目标|完成情况)")
_ASK_TAIL = re.compile(r"(?:是|为|有|达到)?(?:多少|几)?[个项]?$")
# Pairs of qualifiers a follow-up swaps: 去年城镇居民收入增加多少 → 农村的呢 → 去年农村居民收入增加多少.
SIBLINGS = (("城镇", "农村"), ("城市", "农村"), ("城乡", "农村"), ("进口", "出口"), ("收入", "支出"),
            ("男", "女"), ("小学", "中学"), ("一产", "二产", "三产"), ("工业", "农业", "服务业"))
# Everyday names of a sibling asked alone (那乡下的呢): the report's word.
_SIBLING_EVERYDAY = {"乡下": "农村", "乡里": "农村", "村里": "农村", "农村人": "农村", "乡下人": "农村", "城里": "城镇",
                     "城里人": "城镇", "镇上": "城镇"}
_PERIOD_ONLY = re.compile(rf"{YEAR_DIGITS}\s*年?|今年|去年|明年|前年|上年|的|目标|计划|预期|实际|完成|情况|是|多少|呢|那么?|[?？,，。]")


# 援疆项目呢 几个 投了多少: a new topic closed by 呢, then its own asks.
_NEW_TOPIC_THEN_ASKS = re.compile(r"^(?:那么?|还有)?(?P<topic>[^，,。?？\s]{2,12}?)(?:的)?呢[\s,，?？]+(?P<asks>\S.*)$")

# A measure asked alone in a follow-up (那收入呢, 投资呢): a measure of the earlier question's topic.
_BARE_MEASURES = frozenset("收入 支出 投资 产值 产量 面积 人数 增速 增幅 总额 规模 资金".split())


# English follow-ups: a pronoun standing for the earlier topic, or a turn that opens with And / What about.
_EN_PRONOUN = re.compile(r"\b(?:it|its|that|this one|them|their|those)\b", re.I)
_EN_FOLLOWUP_START = re.compile(r"^\s*(?:and|what about|how about|and what about)\b", re.I)
# The ask and period of an English question, around its topic (What was … in 2021?).
_EN_ASK_HEAD = re.compile(r"^\s*(?:(?:what|how|which|who|when|where)\b(?:\s+(?:much|many|was|were|is|are|did|does|do|has|have|"
                          r"will|the|total))*)\s*", re.I)
_EN_PERIOD = re.compile(r"\b(?:in|for|during|by)?\s*(?:(?:19|20)\d{2}|last year|this year|next year)(?:'s)?\b|[?.!]+\s*$", re.I)
_EN_SIBLINGS = (("urban", "rural"), ("import", "export"), ("imports", "exports"), ("revenue", "expenditure"))
_EN_CONTENT = re.compile(r"\b(?!(?:and|what|about|how|the|for|set|is|was|are|were|did|does|do|much|many|of|in|to|a|an|"
                         r"it|its|that|this|them|their|those|ones?|year|years|last|next|target|goal|growth|rate|figure|"
                         r"number|planned?|expected|set|by|what's|whats|hows|s)\b)[a-z]{3,}\b", re.I)


# How an English figure question asks (a growth target, a rate) and its period, carried to a follow-up on a new topic
_EN_ASK_WORDS = re.compile(r"\b(?:growth|target|goal|rate|increase|decrease|share|total|planned)\b", re.I)
_EN_GREW = re.compile(r"\b(?:grow|grew|grown|rise|rose|risen|increase[ds]?|growth)\b", re.I)
_EN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:last|this|next) year\b", re.I)


def _english_topic(previous: str) -> str:
    """The topic of an English question: without its ask words and its period.

    >>> _english_topic("What was Shawan's total retail sales of consumer goods in 2021?")
    "Shawan's total retail sales of consumer goods"
    >>> _english_topic("How much fixed-asset investment did Shawan complete in 2021?")
    'fixed-asset investment'
    """
    topic = _EN_PERIOD.sub(" ", _EN_ASK_HEAD.sub("", previous)).strip(" ,")
    # How much fixed-asset investment did Shawan complete: the thing asked ends where the asking verb starts
    return re.split(r"\s+(?:did|does|do|was|were|is|are|has|have|had|will)\b", topic, maxsplit=1, flags=re.I)[0].strip(" ,")


# A pronoun as what brought, earned or made the thing asked (did that bring in, did it generate): no topic
_EN_PRONOUN_AGENT = re.compile(r"\b(?:did|does|do|will|would|could)\s+(?:that|it|this|they|those)\s+"
                               r"(?:bring in|bring|brought|generate|generated|earn|earned|produce|produced|create|created|"
                               r"mean|add up to|amount to|cost)\b", re.I)
# Things a follow-up may count or sum without naming whose they are (projects, funds): the earlier topic's
_EN_GENERIC_THINGS = frozenset("projects project funds fund money ones items things cases".split())
_EN_LIGHT_WORDS = frozenset("and what about how many much were was are is did do does the carried out implemented such "
                            "completed built launched done started planned lined up set held signed there in for "
                            "of total overall altogether".split())


def _only_generic(question: str) -> bool:
    """Whether an English follow-up names only generic things (how many projects were carried out?), no topic.

    >>> _only_generic("And how many projects were carried out?"), _only_generic("And how many tourist visits?")
    (True, False)
    """
    words = [w for w in re.findall(r"[a-z]+", _EN_PERIOD.sub(" ", question.lower()))]
    return any(w in _EN_GENERIC_THINGS for w in words) and all(
        w in _EN_GENERIC_THINGS or w in _EN_LIGHT_WORDS for w in words)


def resolve_english_followup(question: str, previous: str) -> str:
    """An English follow-up rewritten with the earlier English question's topic: a sibling qualifier swapped
    (rural → And urban ones?), a pronoun replaced (growth target set for it), or a turn with no topic of its
    own (What about this year's target?) given the earlier one.

    >>> resolve_english_followup("And urban ones?", "How much did rural incomes rise last year?")
    'How much did urban incomes rise last year?'
    >>> resolve_english_followup("And what growth target is set for it in 2022?", "What was the tourism revenue in 2021?")
    'And what growth target is set for tourism revenue in 2022?'
    >>> resolve_english_followup("What about this year's target?", "How many tourists visited Shawan in 2021?")
    "What about this year's target? (tourists visited Shawan)"
    >>> resolve_english_followup("whats the target for this year?", "How many tourists visited Shawan in 2021?")
    'whats the target for this year? (tourists visited Shawan)'
    >>> resolve_english_followup("what about this year?", "How many aid projects were carried out in 2021?")
    'How many aid projects this year?'
    """
    q = question.strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", q)}
    for group in _EN_SIBLINGS:
        new = next((w for w in group if w in words), None)
        old = next((w for w in group if w != new and re.search(rf"\b{w}\b", previous, re.I)), None)
        if new and old and not re.search(rf"\b{new}\b", previous, re.I):
            return re.sub(rf"\b{old}\b", new, previous, count=1, flags=re.I)
    topic = _english_topic(previous)
    if not topic:
        return q
    agent = _EN_PRONOUN_AGENT.search(q)
    if agent and _EN_CONTENT.search(_EN_PERIOD.sub(" ", q[:agent.start()])):
        # how much tourism revenue did that bring in: a topic of its own, "that" only what brought it — the
        # earlier period carried, not its topic
        period = _EN_YEAR.search(previous) if not _EN_YEAR.search(q) else None
        rest = q[:agent.start()] + q[agent.end():]
        return f"{rest.rstrip('?？. ')}{f' in {period.group(0)}' if period else ''}?"
    if _EN_PRONOUN.search(q):
        return _EN_PRONOUN.sub(topic, q, count=1)
    if (_EN_FOLLOWUP_START.match(q) or re.search(r"\bsuch\b", q, re.I)) and _only_generic(q):
        # And how many projects were carried out? after a question on investment promotion: its projects, and its
        # period unless the turn names one (How many such projects are lined up for 2022?)
        asked = _EN_ASK_HEAD.sub("", previous).strip(" ?？.")
        return f"{q.rstrip('?？. ')} ({asked if not _EN_YEAR.search(q) else topic})?"
    period = _EN_YEAR.search(q)
    if period and _EN_YEAR.search(previous) and not re.sub(r"\b(?:and|what|how|about|then|so)\b", " ",
                                                           _EN_PERIOD.sub(" ", q), flags=re.I).strip(" ,?？.!"):
        # what about this year? after How many aid-Xinjiang projects were carried out in 2021?: the same ask of the
        # same thing, in the period named (without the earlier verb, whose tense was the earlier period's)
        head = _EN_ASK_HEAD.match(previous)
        when = period.group(0) if not period.group(0)[0].isdigit() else f"in {period.group(0)}"
        asked = f"{head.group(0).strip() + ' ' if head else ''}{topic} {when}?"
        before = _EN_YEAR.search(previous).group(0)
        if when.lower() == "last year" or when[3:].isdigit() and before.isdigit() and int(when[3:]) < int(before):
            # (And in 2021? after the 2022 target: an earlier year has results, not the target)
            asked = re.sub(r"\s*\b(?:targets?|goals?)\b(?:\s+(?:for|of))?", "", asked, flags=re.I)
        return asked
    if not _EN_CONTENT.search(_EN_PERIOD.sub(" ", q)):  # (What is the target for this year?: nothing of its own)
        return f"{q} ({topic})"
    if _EN_FOLLOWUP_START.match(q):
        # What about industrial value added? after …GDP growth target for 2022: a new topic, asked the same
        # way — the earlier ask's measure and period carried over
        carried = [w for w in _EN_ASK_WORDS.findall(previous) if not re.search(rf"\b{w}\b", q, re.I)]
        if not carried and _EN_GREW.search(previous) and not _EN_GREW.search(q):
            carried = ["growth"]  # How much did GDP grow → And retail sales? asks their growth too
        period = _EN_YEAR.search(previous) if not _EN_YEAR.search(q) else None
        extra = " ".join(carried + ([f"in {period.group(0)}"] if period else []))
        if extra:
            return f"{q.rstrip('?？. ')} ({extra})?"
    return q


def resolve_followup(question: str, previous: str | None, reference_year: int | None = None) -> str:
    """Rewrite an elliptical follow-up (那2021年呢？/ 旅游收入呢？/ 农村的呢？) using the previous question.

    >>> resolve_followup("那2021年呢？", "2022年地区生产总值增长目标是多少？", 2022)
    '2021年地区生产总值增长是多少？'
    >>> resolve_followup("旅游收入呢？", "2021年接待游客多少人次？", 2022)
    '2021年旅游收入是多少？'
    >>> resolve_followup("农村的呢？", "去年城镇居民收入增加了多少？", 2022)
    '去年农村居民收入增加了多少？'
    >>> resolve_followup("那乡下的呢", "去年城镇居民收入增加了多少？", 2022)
    '去年农村居民收入增加了多少？'
    >>> resolve_followup("那我们农村的呢？", "城镇居民人均可支配收入去年增加了多少？", 2022)
    '农村居民人均可支配收入去年增加了多少？'
    >>> resolve_followup("2022年旅游收入目标是多少？", "2021年接待游客多少人次？", 2022)
    '2022年旅游收入目标是多少？'
    >>> resolve_followup("那增长率是多少？", "今年固定资产投资目标是多少亿元？", 2022)
    '2022年固定资产投资增长率是多少？'
    >>> resolve_followup("今年目标是多少", "去年旅游收入多少？", 2022)
    '2022年旅游收入目标是多少？'
    >>> resolve_followup("援疆项目呢 几个 投了多少", "去年给低保这些补贴发了多少？", 2022)
    '2021年援疆项目几个，投了多少？'
    >>> resolve_followup("那旅游综合收入呢?涨了多少?", "2021年沙湾一共接待了多少游客?", 2022)
    '2021年旅游综合收入涨了多少？'
    >>> resolve_followup("另外三个是哪几个", "今年的6个示范乡镇有安集海镇、大泉乡和金沟河镇吧？", 2022)
    '2022年6个示范乡镇有哪些？'
    >>> resolve_followup("那固定资产投资呢？", "今年地区生产总值要增长多少？", 2022)
    '2022年固定资产投资目标增长多少？'
    >>> resolve_followup("今年呢？", "去年沙湾接待了多少游客？", 2022)
    '2022年沙湾接待游客目标是多少？'
    >>> resolve_followup("那今年打算做到多少?", "去年沙湾旅游综合收入有多少?", 2022)
    '2022年沙湾旅游综合收入打算做到多少？'
    """
    q = _ASKERS_OWN.sub(r"\1", question.strip())  # 那我们农村的呢: the asker's own 农村, the sibling of 城镇
    if not previous or not previous.strip():
        return q
    previous = previous.strip()
    if not CJK_CHAR.search(q) and not CJK_CHAR.search(previous):
        return resolve_english_followup(q, previous)
    if _MORE.fullmatch(q):
        return previous  # 还有呢？ / 别的呢？: the same ask again
    counted = _COUNTED_LIST.search(previous) if _REST_OF_LIST.fullmatch(q) else None
    if counted:  # 另外三个是哪几个 after …6个乡村振兴示范乡镇有A、B和C吧: the whole list, asked as one
        years = "".join(f"{y}年" for y in years_asked(previous, reference_year))
        return f"{years}{counted.group(0)}有哪些？"
    turned = _NEW_TOPIC_THEN_ASKS.match(q)
    if turned and MULTI_ASK.search(turned.group("asks")) and not FOLLOWUP_YEAR.search(q):
        # 援疆项目呢，几个，投了多少: a new topic asked in its own words, in the earlier question's period
        years = "".join(f"{y}年" for y in years_asked(previous, reference_year))
        asks = re.sub(r"[\s,，]+", "，", turned.group("asks").strip(" ?？"))
        return f"{years}{turned.group('topic')}{asks}？"
    referred = _resolve_reference(q, previous, reference_year) or _resolve_head(q, previous, reference_year)
    if not referred and _BARE_WHEN.match(q) and not any(
            f[:1] == "n" and len(w) >= 2 and w not in GENERIC_ATTRIBUTES
            for w, f in pos_tags(_EVENT_TAIL.sub("", re.sub(r"^(?:才能|就能|能|可以|会)", "", _BARE_WHEN.sub("", q))))):
        # 啥时候能用上？ after 今年哪几所小学要建综合楼: when the things asked about before (小学, 综合楼) are done
        things = "".join("".join(run) for run in _runs(previous))
        years = "".join(f"{y}年" for y in years_asked(previous, reference_year))
        referred = f"{years}{things}{re.sub(r'^(?:那么?)', '', q).rstrip('?？')}？" if things else ""
    if referred:
        return referred  # 它什么时候完工？ / 那里今年打算干啥？ / 这些项目总投资多少？ / 收入同比增长了多少？
    attributed = _kin_attribute(q, previous)
    if attributed:
        return attributed  # 那农村居民的增幅呢？ after a question about 城镇居民
    core = _FOLLOWUP_END.sub("", _FOLLOWUP_START.sub("", q)).strip(" ?？,，。")
    is_followup = bool(_FOLLOWUP_START.match(q) or _FOLLOWUP_END.search(q)) and len(q) <= 30
    asked_years = FOLLOWUP_YEAR.search(_COMPARED_BASE.sub("", core))  # 比前年是涨是降: 前年 is the base, not the period asked
    short_ask = len(core) <= 8 and bool(MULTI_ASK.search(core)) and not asked_years
    topicless = len(core) <= 16 and not _names_own_topic(core)  # 比上一年是涨了还是降了？ 都包括哪些类型？
    # (or names only a word of the earlier topic: 今年农村计划再涨多少 after 农村居民人均可支配收入去年涨了多少)
    topicless = topicless or (len(core) <= 12 and _topic_words_in(core, previous))
    short_ask = short_ask or (topicless and not asked_years)
    if topicless and asked_years and _PERIOD_ONLY.sub("", core):
        # 去年完成得怎么样？ / 去年实施了几个？ / 今年目标增长多少？: the earlier topic, in the period now named
        new_years = analyse(core, reference_year).years
        rest = FOLLOWUP_YEAR.sub("", _FOLLOWUP_START.sub("", q)).strip(" 的?？")
        topic = _topic_of(previous)
        if _OWN_MEASURE.search(rest):  # 增幅呢 → 今年计划增加多少: the new ask replaces the old attribute
            topic = _TRAILING_ATTRIBUTE.sub("", topic) or topic
        return f"{''.join(f'{y}年' for y in new_years)}{topic}{rest}？"
    # 今年目标是多少 after 去年旅游收入多少: a period and an ask, nothing else — the topic carries on
    period_only = topicless and asked_years and not _PERIOD_ONLY.sub("", core)
    if not (is_followup or short_ask or period_only):
        return q
    bare = core.rstrip("的")
    if bare in _BARE_MEASURES and bare not in previous:
        # 那收入呢 after 去年来沙湾旅游的有多少人: the same topic's other measure (旅游 → 旅游收入)
        topic = _without_measure(_topic_of(previous))
        years = "".join(f"{y}年" for y in years_asked(previous, reference_year))
        if topic:
            return f"{years}{topic}{bare}是多少？"
    bare = _SIBLING_EVERYDAY.get(bare, bare)  # 乡下的呢 is 农村的呢
    for group in SIBLINGS:  # 农村的呢 after a question about 城镇: swap the qualifier
        if bare in group:
            sibling = next((w for w in group if w != bare and w in previous), None)
            if sibling:
                return previous.replace(sibling, bare, 1)
    swapped = _sibling_in_frame(core, previous)
    if swapped:
        return swapped  # 农村那边定的多少 after 今年城镇居民收入计划增加多少
    new = analyse(_COMPARED_BASE.sub("", core), reference_year)
    old_years = years_asked(previous, reference_year)
    topic_free = _PERIOD_ONLY.sub("", core)
    if new.years and not topic_free:
        # Same topic, other period: drop the old years and the plan/result wording that no longer fits, and a
        # comparison with an earlier year (比前年涨了多少 → 今年的目标呢: the new period's own figure).
        compared = _COMPARED_BASE.search(previous)
        # 接待了多少游客: the ask before its noun reads as the topic and then the ask (接待游客是多少)
        ask_inside = re.search(r"多少([个项家名人户]?)[\u4e00-\u9fff]{2}", previous)
        if compared or ask_inside:
            previous = _topic_of(previous) + "是多少" + (ask_inside.group(1) if ask_inside and not compared else "") + "？"
        body = FOLLOWUP_YEAR.sub("", previous).strip()
        for word in PLAN_WORDS + REVIEW_WORDS:
            if CJK_CHAR.search(word):
                body = body.replace(word, "")
        body = re.sub(r"的?是?多少", "是多少", body) if "多少" in body else body
        years = "".join(f"{y}年" for y in new.years)
        wanted = "目标" if "目标" in core else ""
        if (not wanted and reference_year and new.years == [reference_year] and old_years
                and max(old_years) < reference_year):
            wanted = "目标"  # 去年…多少 → 今年呢: the report's own year has targets, not results
            body = re.sub(r"(?:增长|增加|下降|减少|提高)了", lambda m: m.group(0)[:-1], body)
        if wanted and "是多少" in body:
            body = body.replace("是多少", f"{wanted}是多少", 1)
        return f"{years}{body.lstrip('的')}"
    years = "".join(f"{y}年" for y in old_years) if not new.years else ""
    swapped = _kin_swap(core, previous) or _swap_topic(core, previous) or _same_ask_about(core, previous)
    if swapped and not new.years:
        return swapped  # 温泉景区呢 after 鹿角湾景区今年有什么建设安排: the same ask about the new thing
    # (a short ask naming a thing the earlier question did not — 变压器新建了几台 after 10千伏线路新建改造了多长 —
    # is its own topic, in the earlier period)
    own_thing = any(len(w) >= 2 and f[:1] == "n" and w not in previous and w not in GENERIC_ATTRIBUTES
                    and w not in QUESTION_WORDS for w, f in pos_tags(core))
    if short_ask and not is_followup and not own_thing or _ATTRIBUTE_ONLY.fullmatch(_ASK_TAIL.sub("", core)):
        # 总投资多少？ after 援疆项目去年实施了几个？: the earlier topic continues.
        asks = "" if asked_form(core).number or MULTI_ASK.search(core) or _OWN_ASK.search(core) else "是多少"
        topic = _topic_of(previous)
        if _OWN_COUNTED.search(core):  # 落实了多少个项目 after …到位资金多少: the topic, not its old measure
            topic = _without_measure(topic)
        return f"{years}{topic}{core}{asks}？"
    # Other topic, same period as before; a target asked before is still what is asked (今年GDP目标 → 投资呢).
    asks = "" if asked_form(core).number or MULTI_ASK.search(core) or _OWN_ASK.search(core) else "是多少"
    core = _with_actor(core, previous)  # 推广的新技术呢 after 援疆医生…填补了多少项技术空白: the doctors' too
    changed = re.search(r"增长|增速|增幅|涨幅|增加|涨", previous)
    own_period = any(w in core for w in PLAN_WORDS + REVIEW_WORDS if CJK_CHAR.search(w))
    if asks and _PLANNED.search(previous) and changed and not own_period:
        # 今年GDP打算涨多少 / 地区生产总值要增长多少 → 规上工业呢: the growth target of the new indicator
        asks = "目标是多少" if "目标" in previous else "目标增长多少"
    return f"{years}{core}{asks}？"


# The asker's own before a follow-up's topic (那我们农村的呢, 咱们乡下呢): not part of the topic.
_ASKERS_OWN = re.compile(r"^((?:那|那么|那你说)?)(?:我们|咱们|俺们|咱|俺|我)(?=[\u4e00-\u9fff]{1,8}?的?(?:呢|咋样|怎么样)?[?？]*$)")
# A plan asked: 目标 / 打算 / 要增长 (not 主要, 需要).
_PLANNED = re.compile(r"目标|打算|计划|预期|力争|准备|(?<![主需重])要(?=[增涨提达完实])|将(?=[增涨提达完实])")


def _with_actor(core: str, previous: str) -> str:
    """``core`` led by the previous question's actor when it starts with what was done (推广的新技术) and names
    nobody doing it: the actor is the noun phrase before the previous question's first verb.

    >>> _with_actor("推广的新技术", "援疆医生给沙湾填补了多少项技术空白？")
    '援疆医生推广的新技术'
    >>> _with_actor("旅游收入", "援疆医生给沙湾填补了多少项技术空白？")
    '旅游收入'
    """
    tags = pos_tags(core)
    if not tags or tags[0][1] != "v" or len(tags) < 2 or tags[1][0] != "的":
        return core
    actor = []
    for word, flag in pos_tags(FOLLOWUP_YEAR.sub("", previous)):
        if not flag.startswith("n") or flag == "ns":
            break
        actor.append(word)
    return "".join(actor) + core if 2 <= len("".join(actor)) <= 8 else core


def years_asked(question: str, reference_year: int | None = None) -> list[int]:
    """The years a question asks about: those of its last clause naming any, so that a situation told first
    (娃明年高考，去年本科上线率是多少) does not carry its year into a follow-up.

    >>> years_asked("娃明年高考，去年沙湾本科上线率是多少", 2022), years_asked("2021年和2022年的目标", 2022)
    ([2021], [2021, 2022])
    """
    for clause in reversed(question_clauses(question)):
        years = analyse(clause, reference_year).years if clause.strip() else []
        if years:
            return years
    return []


_COMPARED_BASE = re.compile(rf"(?:比|较|相比|对比|同|跟|和|与)(?:{YEAR_DIGITS}\s*年?|前年|去年|上一?年)(?:比|相比)?")


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


# 还有呢？ / 别的呢？ / 其他的呢？: more of what was just asked.
_MORE = re.compile(r"(?:那么?)?(?:还有|另外|其他|其它|别的|其余)(?:的|还有)?(?:呢|吗|没有|啥|什么|哪些)?(?:呢|吗)?[?？。]?")
# 另外三个是哪几个 / 剩下那几家呢 / 其余两个叫啥: the rest of a list the earlier question counted
_REST_OF_LIST = re.compile(r"(?:那么?)?(?:另外|其他|其它|其余|剩下|剩余)的?(?:那|这)?(?:几|[一二两三四五六七八九十\d]+)"
                           r"(?:个|家|座|所|项|条|处)?(?:都|分别)?(?:是|叫|有)?(?:哪几个|哪几家|哪些|哪几|什么|啥)?(?:呢|啊)?[?？。]?")
_COUNTED_LIST = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|座|所|项|条|处)[\u4e00-\u9fff]{2,12}?(?=有|是|包括|都|分别|[，,。？?吗吧]|$)")
# A follow-up that states its own measure (增加多少, 增长了多少) replaces the attribute the topic carried.
_OWN_MEASURE = re.compile(r"增加|增长|下降|减少|提高|降低|完成|实现|达到|多少[亿万]?元|[几多少].?[个项人户家所条亩吨]")
_TRAILING_ATTRIBUTE = re.compile(rf"(?:{_ATTRIBUTE_ONLY.pattern})+$")

# Words that end a noun phrase of a question (its period, ask, measure word, particles, function words).
_BREAK_FLAGS = ("t", "m", "q", "r", "x", "p", "c", "d", "u", "y", "e", "o", "f", "w")
# Verbs whose last character makes them a measure the tagger reads as a verb (收入, 投资, 增加值).
_NOUN_LIKE_END = "入出资值额量率数"


def _runs(text: str, trim: bool = True) -> list[list[str]]:
    """Noun phrases of a question as runs of words between its breaking words (period, ask, measure,
    particles, one-character verbs), trailing verbs dropped: '今年安集海镇要建什么生产加工基地？' ->
    [['安集', '海镇'], ['生产', '加工', '基地']]. jieba tags names it does not know as verbs (安集), so a
    verb inside a run stays."""
    runs, run = [], []

    def close():
        while trim and run and run[-1][1][:1] == "v" and run[-1][0][-1] not in _NOUN_LIKE_END:
            run.pop()
        if run:
            runs.append([w for w, _ in run])
        run.clear()

    for word, flag in pos_tags(normalize(text)):
        breaking = (flag.startswith(_BREAK_FLAGS) or not CJK_CHAR.search(word) or word in QUESTION_WORDS
                    or (flag[:1] == "v" and len(word) == 1) or FOLLOWUP_YEAR.fullmatch(word))
        if breaking:
            close()
        else:
            run.append((word, flag))
    close()
    return runs


_LEVELS = ("镇乡", "村", "县市区", "州盟旗", "省", "级")


def _level(char: str) -> str:
    return next((group for group in _LEVELS if char in group), "")


def _noun_phrase(core: str) -> str:
    """The follow-up as one noun phrase (乌兰乌苏镇 / 模范个人 / 农村居民), or '' when it asks or does something."""
    new = normalize(core).rstrip("的")
    if not 2 <= len(new) <= 12 or not all(CJK_CHAR.match(c) for c in new) or MULTI_ASK.search(new):
        return ""
    runs = _runs(new, trim=False)  # 纺织服装: a last word tagged as a verb is still part of the name
    return new if len(runs) == 1 and "".join(runs[0]) == new else ""


# Common nouns that end like a place name (乡村, 城市, 地区) but name no place.
_NOT_PLACES = frozenset("乡村 城乡 农村 城市 社区 园区 景区 地区 小区 城区 市区 山区 牧区 矿区 全市 全区 全县 本市 我市".split())


def _is_place(phrase: str) -> bool:
    """Whether a phrase reads as a named place or level (安集海镇, 大泉乡, 乡镇级), not a common noun (乡村)."""
    if phrase.endswith("级"):
        return len(phrase) >= 2
    return len(phrase) >= 3 and not any(phrase.endswith(w) for w in _NOT_PLACES)


# Words around a sibling that add no topic of their own (农村那边定的多少, 出口这块呢).
_SIBLING_FRAME = re.compile(r"那边|这边|那块|这块|那头|方面|这一块|那一块|的|定|计划|目标|是|有|多少|几|呢|那么?|[?？,，。]")


def _sibling_in_frame(core: str, previous: str) -> str:
    """The previous question with a sibling swapped in, when the follow-up names only that sibling in a frame
    of no topic (农村那边定的多少 after 城镇居民收入计划增加多少 → 农村居民收入计划增加多少), or ''.

    >>> _sibling_in_frame("农村那边定的多少", "今年城镇居民收入计划增加多少？")
    '今年农村居民收入计划增加多少？'
    >>> _sibling_in_frame("农村旅游收入多少", "今年城镇居民收入计划增加多少？")
    ''
    """
    for group in SIBLINGS:
        for word in group:
            if word not in core or word in previous:
                continue
            sibling = next((w for w in group if w != word and w in previous), None)
            if sibling and not _SIBLING_FRAME.sub("", core.replace(word, "", 1)):
                return previous.replace(sibling, word, 1)
    return ""


def _kin_swap(core: str, previous: str) -> str:
    """The previous question with the noun phrase of the same kind as the follow-up's replaced by it, or ''.
    Same kind: a place or level of the same rank (安集海镇 → 乌兰乌苏镇, 乡镇级 → 村级), the same head
    (城镇居民 → 农村居民), the same qualifier (模范集体 → 模范个人, 工业总产值 → 工业增加值).

    >>> _kin_swap("乌兰乌苏镇", "今年安集海镇要建什么生产加工基地？")
    '今年乌兰乌苏镇要建什么生产加工基地？'
    >>> _kin_swap("模范个人", "去年表彰了多少个模范集体？"), _kin_swap("旅游收入", "去年游客多少？")
    ('去年表彰了多少个模范个人？', '')
    """
    new = _noun_phrase(core)
    if not new:
        return ""
    runs = _runs(previous)
    candidates = []
    for run in runs:
        for k in range(len(run)):  # the phrase from the run's start to word k: same rank, same head
            phrase = "".join(run[:k + 1])
            if phrase == new or new in phrase or phrase in new:
                continue
            head = len(os.path.commonprefix([phrase[::-1], new[::-1]]))
            if _level(new[-1]) and _level(new[-1]) == _level(phrase[-1]) and _is_place(new) and _is_place(phrase):
                candidates.append((3, phrase))
            elif 2 <= head < min(len(phrase), len(new)):
                candidates.append((2, phrase))
        for j in range(len(run)):  # the phrase from word j to the run's end: same qualifier
            phrase = "".join(run[j:])
            if phrase == new or new in phrase or phrase in new:
                continue
            if 2 <= len(os.path.commonprefix([phrase, new])) < min(len(phrase), len(new)):
                candidates.append((1, phrase))
    if not candidates:
        return ""
    best = max(candidates, key=lambda c: (c[0], len(c[1])))[1]
    return previous.replace(best, new, 1)


_NOT_FIGURE_ASK = re.compile(r"哪|什么|怎么|如何|谁|啥")


def _same_ask_about(core: str, previous: str) -> str:
    """A thing named after a question that asks which / what (那纺织服装呢？ after 进出口粮油加工基地依托哪些
    企业建设？): the same ask about the new thing, put in place of the earlier question's first noun phrase."""
    new = _noun_phrase(core)
    if not new or not _NOT_FIGURE_ASK.search(previous) or re.search(r"多少|几", previous):
        return ""
    runs = _runs(previous)
    if not runs:
        return ""
    return previous.replace("".join(runs[0]), new, 1)


# 它 / 它们 / 这个项目 / 那里: a word standing for what the conversation was about.
_PRONOUN = re.compile(r"(?<![应])(它们|它|他们|她们|这些|那些|这个|那个|这项|那项|这里|那里|这儿|那儿|该)")
_GENERIC_REFERENT = ("项目", "工程", "地方", "事情", "事", "东西", "活动", "工作", "景区")
_LIST = re.compile(r"(?:[\u4e00-\u9fff]+、)+[\u4e00-\u9fff]+")


def _antecedent(previous: str, place: bool) -> str:
    """What 它 / 那里 stands for in the previous question: its 、-list (一小、二小、三小、七小), else its
    first noun phrase (a place name first for 那里)."""
    listed = _LIST.search(normalize(previous))
    if listed:
        items = listed.group(0).split("、")
        if len(items) >= 3:
            width = len(items[1])  # the middle items give the width of one item
            return "、".join([items[0][-width:], *items[1:-1], items[-1][:width]])
    phrases = ["".join(run) for run in _runs(previous)]
    phrases = [p for p in phrases if p not in GENERIC_ATTRIBUTES and len(p) >= 2]
    nouns = [p for p in phrases if pos_tags(p)[-1][1][:1] == "n"]  # 投资 / 改造: an act, not a thing
    phrases = nouns or phrases
    if place:
        placed = [p for p in phrases if _level(p[-1]) or p.endswith(("景区", "园区", "基地"))]
        phrases = placed or phrases
    return phrases[0] if phrases else ""


def _resolve_reference(question: str, previous: str, reference_year: int | None) -> str:
    """The follow-up with its pronoun replaced by what it stands for, in the earlier period unless it names
    its own: '它什么时候能投入使用？' after '今年鞍沙职教城有什么安排？' -> '2022年鞍沙职教城什么时候能投入使用？';
    a pronoun before a noun of the previous question (这些小区) becomes that question's phrase (老旧小区).
    '' when the follow-up has no pronoun."""
    q = normalize(question)
    match = _PRONOUN.search(q)
    if not match:
        return ""
    after = q[match.end():]
    named = next(iter(_runs(after)[:1]), [])
    noun = named[0] if named and after.startswith(named[0]) else ""
    phrases = [p for p in ("".join(r) for r in _runs(previous)) if noun and len(p) > len(noun) and p.endswith(noun)]
    if noun and noun not in _GENERIC_REFERENT:
        # 这个基地 / 这些小区: the follow-up names the thing; the previous question's phrase for it (馕文化展示
        # 基地) when it is one thing or the set the previous question listed (这些路 after 哪些城市道路), the
        # follow-up's own noun for a set (这些煤矿 after 宏业煤矿).
        listed = phrases and re.search(r"哪些|哪几|有什么|有啥", normalize(previous))
        if (match.group(1) in ("这些", "那些") and not listed) or not phrases:
            phrase, replaced = "", after
        else:
            phrase, replaced = phrases[0], after[len(noun):]
    else:
        phrase = phrases[0] if phrases else _antecedent(previous, match.group(1) in ("这里", "那里", "这儿", "那儿"))
        if not phrase:
            return ""
        replaced = after[len(noun):]
    head = _FOLLOWUP_START.sub("", q[:match.start()])
    text = f"{head}{phrase}{replaced}"
    if not FOLLOWUP_YEAR.search(text):
        years = years_asked(previous, reference_year)
        text = "".join(f"{y}年" for y in years) + text
    text = text.rstrip("?？")
    return f"{text}？"


def _resolve_head(question: str, previous: str, reference_year: int | None) -> str:
    """A follow-up opening with the bare head of the earlier thing (收入同比增长了多少？ after 2021年旅游收入是
    多少？) is about that thing, in the earlier period unless it names its own; '' otherwise."""
    q = normalize(question)
    words = pos_tags(q)
    if not words or FOLLOWUP_YEAR.search(q):
        return ""
    head = words[0][0]
    if len(head) < 2 or not CJK_CHAR.match(head) or head in QUESTION_WORDS or not MULTI_ASK.search(q[len(head):]):
        return ""
    whole = next((p for p in ("".join(r) for r in _runs(previous)) if p.endswith(head) and len(p) > len(head)), "")
    if not whole:
        return ""
    years = "".join(f"{y}年" for y in years_asked(previous, reference_year))
    return f"{years}{whole}{q[len(head):]}".rstrip("?？") + "？"


_KIN_ATTRIBUTE = re.compile(rf"^(?:那么?)?(.+?)的?({_ATTRIBUTE_ONLY.pattern})(?:是多少|有多少|多少|呢)?[?？]?$")
_ASK_START = re.compile(r"同比|增加|增长|下降|减少|提高|降低|是|有|为|达到|多少|几|完成|实现")


def _kin_attribute(question: str, previous: str) -> str:
    """A sibling thing with an attribute (那农村居民的增幅呢？ after 去年城镇居民人均可支配收入增加了多少？):
    the earlier question's topic for the sibling, asking the attribute: '去年农村居民人均可支配收入增幅是多少？'."""
    match = _KIN_ATTRIBUTE.match(normalize(question))
    if not match:
        return ""
    thing, attribute = match.group(1).rstrip("的"), match.group(2).lstrip("的")
    swapped = _kin_swap(thing, previous)
    if not swapped:
        return ""
    ask = _ASK_START.search(swapped, swapped.find(thing) + len(thing))
    body = swapped[:ask.start()] if ask else swapped.rstrip("?？")
    return f"{body}{attribute}是多少？"


# A follow-up that counts a thing of its own (落实了多少个项目): what it counts follows the measure word.
_OWN_COUNTED = re.compile(r"(?:多少|几)[个项家所条座名位批][\u4e00-\u9fff]{2,}")
# The measure a topic ends with (招商引资到位资金): dropped when a follow-up asks another measure of it.
_MEASURE_WORDS = frozenset("资金 到位 金额 投资 总投资 收入 产值 增加值 规模 面积 人数 数量 总额 总量 增速 增幅 同比 增长 "
                           "增加 比例".split())


def _without_measure(topic: str) -> str:
    """``topic`` without the measure words it ends with (沙湾招商引资到位资金同比 -> 沙湾招商引资).

    >>> _without_measure("沙湾招商引资到位资金同比"), _without_measure("援疆项目")
    ('沙湾招商引资', '援疆项目')
    """
    words = [w for w, _ in pos_tags(topic)]
    while len(words) > 1 and words[-1] in _MEASURE_WORDS:
        words.pop()
    return "".join(words)


def _topic_of(question: str) -> str:
    """What a question asks about, without its period, plan/result words, a change asked and the ask:
    '今年固定资产投资目标是多少亿元？' -> '固定资产投资'; '2021年沙湾实施了多少个援疆项目？' -> '沙湾援疆项目';
    '去年旅游收入比前年涨了多少' -> '旅游收入'."""
    body = _ASK_PHRASE.sub("", FOLLOWUP_YEAR.sub("", question))
    for word in PLAN_WORDS + REVIEW_WORDS:
        if CJK_CHAR.search(word):
            body = body.replace(word, "")
    body = _CHANGE_TAIL.sub("", body.strip(" 的?？,，。")).strip(" 的")
    return re.sub(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])(?![解不])", "", body)  # 接待了游客 → 接待游客


# A change asked at the end of a question (比前年涨了, 增长了): no part of its topic.
_CHANGE_TAIL = re.compile(r"(?:比(?:上一?年|同期|前年|去年|上年)?)?(?:涨|增长|增加|下降|降|提高|减少|上升)了?$|"
                          r"比(?:上一?年|同期|前年|去年|上年)?(?:多|少)?了?$")


# Words that frame a follow-up without naming a topic of its own (比上一年是涨了还是降了？).
_FOLLOWUP_FRAME_WORDS = frozenset("增长 下降 增加 减少 提高 降低 同比 上一年 上年 目标 计划 实际 完成 情况 涨了 降了 还是 "
                         "多少 比例 变化 类型 哪些 包括 都有 落实 总共 一共 具体 实施 实现 建成 新增 开展 推进 "
                         "做 搞 干 办 建 修 弄 争取 力争 打算 预计 想要 准备 达到 希望 期望 预期 "
                         "做到 干到 搞到 弄到 冲到 冲 定到 定在 定".split())


_PERCENT_ASK = re.compile(r"百分之[几多少]+|百分比|百分点|几成|几倍")


# A when-ask opening a follow-up (啥时候能用上, 什么时候完工): about the thing asked before.
_BARE_WHEN = re.compile(r"^(?:那|那么)?(?:大概|大约|预计)?(?:什么时候|啥时候|啥时|何时|哪年|几月份?|哪一年)")


# What a when-ask asks about a thing (投入使用, 用上, 完工): no thing of its own (jieba tags 投入使用 a noun).
_EVENT_TAIL = re.compile(r"(?:投入使用|投用|用上|完工|竣工|建成|建好|开工|开通|开业|运营|启用|完成)了?[?？]*$")


def _topic_words(core: str) -> list[str]:
    """The words of a short question that name a topic (旅游收入 of 旅游收入呢; none in 增幅是多少)."""
    return [w for w, _ in pos_tags(_PERCENT_ASK.sub(" ", FOLLOWUP_YEAR.sub(" ", core)))
            if len(w) >= 2 and CJK_CHAR.search(w) and w not in QUESTION_WORDS and w not in _FOLLOWUP_FRAME_WORDS
            and w not in GENERIC_ATTRIBUTES and not _ATTRIBUTE_ONLY.fullmatch(w)]


def _topic_words_in(core: str, previous: str) -> bool:
    """Whether every topic word of a short question is a word of the earlier one (农村 of 农村居民人均可支配收入).

    >>> _topic_words_in("今年农村计划再涨多少", "农村居民人均可支配收入去年涨了多少钱？"), _topic_words_in("变压器呢", "10千伏线路多长")
    (True, False)
    """
    words = _topic_words(core)
    return bool(words) and all(w in previous for w in words)


def _names_own_topic(core: str) -> bool:
    """Whether a short question names a topic of its own (旅游收入呢 yes; 增幅是多少 / 比上一年是涨了还是降了 no)."""
    return bool(_topic_words(core))


def resolve_conversation(question: str, history: list[str], reference_year: int | None = None) -> str:
    """The question with its topic carried over from the whole conversation (each turn resolved in turn).

    >>> resolve_conversation("今年的目标呢？", ["去年游客增长了多少？", "旅游收入呢？"], 2022)
    '2022年旅游收入目标是多少？'
    >>> resolve_conversation("一共投了多少钱", ["去年援疆项目有几个", "都是哪里援建的"], 2022)
    '2021年援疆项目一共投了多少钱？'
    >>> resolve_conversation("2022年这两项分别力争达到多少？", ["2021年接待游客多少人次？", "旅游综合收入呢？"], 2022)
    '2022年接待游客和旅游综合收入分别力争达到多少？'
    >>> resolve_conversation("那旅游综合收入呢?涨了多少?", ["2021年沙湾一共接待了多少游客?"], 2022)
    '2021年旅游综合收入是多少？涨了多少?'
    >>> resolve_conversation("今年这两个数的目标分别定的多少？", ["去年来沙湾旅游的人多不多？大概来了多少人次？",
    ...                                                  "那旅游综合收入是多少，涨了多少？"], 2022)
    '今年来沙湾旅游的人和旅游综合收入的目标分别定的多少？'
    >>> resolve_conversation("花了多少钱？还改了几个路口？", ["去年城里新修改造了几条路？"], 2022)
    '2021年城里新修改造路花了多少钱？还改了几个路口？'
    """
    if any(isinstance(turn, str) and turn.strip() for turn in history):
        # 那填補技術空白是9項嗎: a follow-up in traditional characters is read in simplified ones, as its asks are
        question = to_simplified(question)
        history = [to_simplified(turn) if isinstance(turn, str) else turn for turn in history]
    resolved, topics = None, []
    for turn in history:
        if isinstance(turn, str) and turn.strip():
            new = resolve_followup(turn, resolved, reference_year) if resolved else turn.strip()
            if resolved and new == turn.strip() and not _names_a_thing(new):
                continue  # 都是哪里援建的, read as it stands, names nothing: the topic before carries on (援疆项目)
            resolved = new
            topic = _turn_topic(new)
            if topic and (not topics or topics[-1] != topic):
                topics.append(topic)
    both = _BOTH_OF_THEM.search(question)
    if both and len(topics) >= 2:
        # 这两项分别是多少 after a turn on 游客 and one on 旅游收入: the two topics, each asked
        joined = f"{topics[-2]}和{topics[-1]}"
        question = question[:both.start()] + joined + question[both.end():]
        if not re.search(r"分别|各", question):
            question = re.sub(r"(?=(?:是|有|达到|力争|要|计划)?(?:多少|几))", "分别", question, count=1)
        return question if FOLLOWUP_YEAR.search(question) else resolve_followup(question, resolved, reference_year)
    whole = resolve_followup(_without_compared_base(question), resolved, reference_year)
    sentences = [piece for piece in re.split(r"(?<=[?？])", question) if piece.strip()]
    topic = (_turn_topic(resolved) or _topic_of(resolved)) if resolved else ""
    if len(sentences) >= 2 and topic and topic[:2] not in whole:
        # 花了多少钱？顺便还改了几个路口？ — read whole, the topic before is lost: the first ask takes it, and the
        # later asks are read with the first, as the asks of one question are (understanding.split_asks); a later
        # ask naming nothing of its own (那农村的呢？涨了多少？) only says the first again
        first = resolve_followup(_without_compared_base(sentences[0]), resolved, reference_year)
        # (but a change asked after a first ask that asks none is an ask of its own: 那旅游综合收入呢？涨了多少？
        # after 接待了多少游客 asks the revenue and its growth)
        return first + "".join(piece for piece in sentences[1:] if len(_RESTATED_ASK.sub("", piece)) >= 2
                               or _CHANGE_ASKED.search(piece) and not _CHANGE_ASKED.search(first))
    return whole


_CHANGE_ASKED = re.compile(r"涨|增长|增加|下降|减少|降|提高|上升|增幅|增速")
# What a later ask of a follow-up says when it only says the first ask again (涨了多少, 花出去多少): nothing left.
_RESTATED_ASK = re.compile(r"[?？。，,\s]|多少|几|是|有|呢|了|又|那|还|一共|总共|大概|涨|增长|增加|下降|减少|花出去|花了|钱|具体")


def _without_compared_base(question: str) -> str:
    """A follow-up without the year it compares with when that is all it says besides a change asked (那比前年涨了
    多少 -> 涨了多少: the change of the topic before, which the report gives against the year before)."""
    bare = re.sub(r"^(?:那么?|那)?(?:比|较|相比)(?:前年|上一?年|去年)(?:的话)?", "", question.strip())
    return bare if bare != question.strip() and re.search(r"涨|增长|增加|下降|降|提高|减少|上升|变化", bare) else question


def _turn_topic(question: str) -> str:
    """What one turn asked about, from its first clause that names a thing: '去年来沙湾旅游的人多不多？大概来了多少人次？'
    -> '来沙湾旅游的人'; '那旅游综合收入是多少，涨了多少？' -> '旅游综合收入'."""
    for clause in re.split(r"[，,？?。；;]", question):
        topic = _SOFT_ASK.sub("", _topic_of(_FOLLOWUP_START.sub("", clause.strip()) + "？")).strip(" ，,的")
        if topic and _names_a_thing(topic):
            return topic
    return ""


_SOFT_ASK = re.compile(r"(?:多不多|大不大|高不高|好不好|快不快|咋样|怎么样|怎样|如何)$")
# 这两项 / 这俩 / 两者: the two things the last two turns asked about
_BOTH_OF_THEM = re.compile(r"(?:这|那)(?:两|俩)(?:个指标|个数字|个数|项|个|样|者)?|两者|二者|两项")


def _names_a_thing(question: str) -> bool:
    """Whether a question has a noun of its own beyond question and answer-kind words (援疆项目, 旅游, GDP yes;
    都是哪里援建的 no)."""
    return any((flag[:1] == "n" or flag in ("vn", "eng")) and len(w) >= 2
               and w not in QUESTION_WORDS and w not in GENERIC_ATTRIBUTES
               for w, flag in pos_tags(FOLLOWUP_YEAR.sub(" ", question)))
