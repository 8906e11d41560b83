"""Claims about the items of a report's list (docs/architecture.md "Fact check").

**Each item's own figure.** A report sentence may give each item of a list its own figure (宏业煤矿90万吨/年
及宝英、恒源…煤矿60万吨/年): a claim naming an item with another item's figure (or the list's total) is
contradicted by that item's figure. ``item_figure_conflict`` finds it.

**Membership**: 四道河子镇是6个乡村振兴示范乡镇之一 / 6个示范乡镇中包括老沙湾镇和柳毛湾镇. A claim of this shape says two things: that the list is what it says (the count, the noun) and that each
named thing is on it. ``membership_claim`` splits the claim into the things named and the rest, which the
claim checker judges as any claim; ``listed_in`` then reads the report sentence's list that the rest was
judged against:

- every thing named is on the list → the verdict of the rest stands;
- a thing named is missing from a list the report closes (as many items as its count, no 等) → 不一致;
- missing from an open list (…等6个) or no list of that noun → 报告未提及.

>>> m = membership_claim("四道河子镇是今年集中打造的6个乡村振兴示范乡镇之一。")
>>> m.items, m.rest
(('四道河子镇',), '今年集中打造的6个乡村振兴示范乡镇')
>>> listed_in(m, "集中打造安集海镇、大泉乡、金沟河镇3个乡村振兴示范乡镇。")
ListCheck(missing=('四道河子镇',), closed=True, items=('安集海镇', '大泉乡', '金沟河镇'))
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from .claim_ratios import TOTAL_WORDS
from .compose import named_things, pos_tags
from .facts import (GRADED_NAME, LIST_CONJUNCTIONS, Enumeration, Figure, cn_number, content_words, enumerations_in,
                    extract)
from .text import CJK_CHAR, normalize, split_clauses

MAX_ITEM_CHARS = 12  # one named thing (乌兰乌苏镇城庄子村); longer, or with 的 or a figure, is a clause
_ITEM_SPLIT = re.compile(r"[、,，]|" + "|".join(LIST_CONJUNCTIONS))
_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)个?"
# 四道河子镇(和大泉乡)(都)是…之一 / 属于…之列 / 入选…
# "…包括 X(、Y) 在内的 N个…" (新建、改扩建包括广州路在内的10条城市道路): X among the things the rest names
_INCLUDED_INSIDE = re.compile(r"^(?P<before>[^。；;]*?)(?:包括|包含)(?P<items>[^，,。；;的]{2,40}?)在内的(?P<after>[^。；;]+)$")
_ONE_OF = re.compile(r"^(?P<items>[^，,。；;是]{2,40}?)(?:都|均|也)?(?:被(?P<agent>[^，,。；;被]{1,8}?))?"
                     r"(?:是|为|属于|位列|入选|被列为|列入|被列入|确定为|列在|排在|在)"
                     r"(?P<rest>[^，,。；;]{2,60}?)(?:之一|其中之一|中的一个|之列|当中的一个|之中|当中|"
                     r"名单里|名单中|名单上|里面)$")  # (也在…6个示范乡镇名单里)
# 四道河子镇被列入(…的)6个乡村振兴示范乡镇: put on a counted list, without 之一
_PUT_ON = re.compile(r"^(?P<items>[^，,。；;是]{2,40}?)(?:都|均|也)?(?:被(?P<agent>[^，,。；;被]{1,8}?)?)?"
                     r"(?:列入|纳入|入选|列为|选为|确定为)"
                     r"(?P<rest>[^，,。；;]*?" + _COUNT + r"[^，,。；;]{2,30}?)(?:名单|行列)?$")
# …6个乡村振兴示范乡镇(中|里)包括老沙湾镇和柳毛湾镇(等)
_INCLUDES = re.compile(r"^(?P<rest>[^，,。；;]*?" + _COUNT + r"[^，,。；;]{2,30}?)(?:中|里|当中|之中)?"
                       r"(?:包括|包含|涵盖|含|就有|有)(?:了)?(?P<items>[^，,。；;]{2,60}?)(?:等|在内)?$")


# …打造6个乡村振兴示范乡镇,商户地乡是其中之一 / 西戈壁镇和柳毛湾镇都在其中: the list first, its members after
# (…6个示范乡镇中，四道河子镇也在其列: the list's 中 before the comma is not its name)
_ONE_OF_THEM = re.compile(r"^(?P<rest>[^。；;]*?" + _COUNT + r"[^，,。；;]{2,30}?)(?:中|里|当中|之中)?[,，](?:其中)?"
                          r"(?P<items>[^，,。；;是在]{2,40}?)(?:都|均|也)?(?:是|为|在|位列|属于)"
                          r"(?:其中之一|其中的一个|之一|其中|里面|当中|其列|之列)$")


class Membership(NamedTuple):
    items: tuple[str, ...]  # the things said to be on the list
    rest: str  # the claim without them: what the list is (今年集中打造的6个乡村振兴示范乡镇)


class ListCheck(NamedTuple):
    missing: tuple[str, ...]  # things named that the report's list does not hold
    closed: bool  # the report's list has as many items as its count and no 等
    items: tuple[str, ...]  # the report's list


def membership_claim(claim: str) -> Membership | None:
    """The things a claim says are on a list and the rest of the claim, or None for other claims.

    >>> membership_claim("沙湾六个乡村振兴示范乡镇中包括老沙湾镇和柳毛湾镇。")
    Membership(items=('老沙湾镇', '柳毛湾镇'), rest='沙湾六个乡村振兴示范乡镇')
    >>> membership_claim("2021年地区生产总值增长7%。") is None
    True
    >>> membership_claim("今年将打造6个示范乡镇，西戈壁镇和柳毛湾镇都在其中。")
    Membership(items=('西戈壁镇', '柳毛湾镇'), rest='今年将打造6个示范乡镇')
    >>> membership_claim("今年打造的6个示范乡镇中,四道河子镇也在其列。")
    Membership(items=('四道河子镇',), rest='今年打造的6个示范乡镇')
    """
    text = normalize(claim).strip().rstrip("。.!！")
    # (…6个示范乡镇里，有A和B: the comma after the list's name sets no clause apart)
    text = re.sub(r"(?<=[里中内])[,，](?=(?:就)?(?:有|包括|包含|涵盖))", "", text)
    inside = _INCLUDED_INSIDE.match(text)
    if inside:  # 新建、改扩建包括广州路在内的10条城市道路: the list is the claim without its 包括…在内的
        items = tuple(i for i in (p.strip() for p in _ITEM_SPLIT.split(inside.group("items"))) if i)
        if items and all(2 <= len(i) <= MAX_ITEM_CHARS and not re.search(r"[的\d]", i) for i in items):
            return Membership(items, (inside.group("before") + inside.group("after")).strip())
    def matched(text: str) -> re.Match | None:
        return _ONE_OF.match(text) or _PUT_ON.match(text) or _INCLUDES.match(text) or _ONE_OF_THEM.match(text)

    m, year = matched(text), None
    if m and re.search(r"\d", m.group("items")):
        # (2021年北京路是…之一: the year is the list's, not a thing on it)
        year = re.match(r"(?:(?:19|20)\d{2}年|去年|今年|明年)[,，]?\s*", text)
        m = matched(text[year.end():]) if year else None
    if not m:
        return None
    items = tuple(i for i in (p.strip() for p in _ITEM_SPLIT.split(m.group("items"))) if i)
    if not items or any(len(i) < 2 or len(i) > MAX_ITEM_CHARS or re.search(r"[的\d]", i) for i in items):
        return None
    # 沙湾被自治区列入20个…名单: who put it on the list is part of what the list is (自治区…的20个…)
    # (…基地品类之中, …名单之列: the kind or roll of the things is the things)
    rest = re.sub(r"(?:的)?(?:品类|种类|类别|名单|名录|行列|范围)$", "", m.group("rest").strip())
    return Membership(items, ((year.group(0).strip(" ,，") if year else "") + (m.groupdict().get("agent") or "")
                              + rest).strip())


MIN_ENUMERATED = 3  # names a claim lists for its counted list to be checked item by item


def enumerated_members(claim: str) -> Membership | None:
    """The things a claim lists as a counted list's items (6个示范乡镇为A、B、C、D、E和F) and the rest of the
    claim; None when it names fewer than ``MIN_ENUMERATED`` or counts nothing.

    >>> enumerated_members("6个示范乡镇为安集海镇、大泉乡、金沟河镇和四道河子镇。")
    Membership(items=('安集海镇', '大泉乡', '金沟河镇', '四道河子镇'), rest='6个示范乡镇')
    >>> enumerated_members("6个示范乡镇：安集海镇、大泉乡、金沟河镇、四道河子镇").rest
    '6个示范乡镇'
    
    """
    text = normalize(claim).strip().rstrip("。.!！")
    names = named_things(text)
    if len(names) < MIN_ENUMERATED or not _COUNT_OF.search(text):
        return None
    head = text[:text.find(names[0])]  # 6个示范乡镇为A、B…: what the list is comes before it, or after (A、B…6个…)
    # (6个示范乡镇：A、B…, a colon alone, as a list is pasted, introduces it too)
    rest = (re.sub(r"(?:(?:分别)?(?:为|是|有|包括|包含|即)[:：]?|[:：])$", "", head) if _COUNT_OF.search(head)
            else text[text.rfind(names[-1]) + len(names[-1]):])
    if re.fullmatch(r"(?:共|一共|总共|等)?(?:\d+|[一二两三四五六七八九十]+)个", rest):
        # 示范乡镇有A、B和C3个: the count closes the list, the noun counted is named before it
        noun = re.sub(r"(?:分别)?(?:为|是|有|包括|包含|即)[:：]?$", "", head).split("的")[-1]
        rest = rest + re.sub(r"^.*?(?:\d{4}年|今年|去年|要|将|计划)", "", noun)
    return Membership(tuple(names), rest)


_COUNT_OF = re.compile(r"(?<![\d.])(\d+|[一二两三四五六七八九十]+)个")  # 6个, 六个: a count of things


def _count_value(numeral: str) -> int:
    """'6' / '六' / '两' as a number (0 when unreadable)."""
    return int(numeral) if numeral.isdigit() else int(cn_number(numeral.replace("两", "二")) or 0)


def _noun_after(text: str, end: int) -> str:
    return re.split(r"[，,。；;之中里当包含]", text[end:], maxsplit=1)[0]


def _same_noun(claim_noun: str, report_noun: str) -> bool:
    """The claim's noun after its count names the report's (示范乡镇 / 乡村振兴示范乡镇)."""
    tail = claim_noun[-2:]
    return len(tail) == 2 and tail in report_noun


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text`` that holds position ``at`` starts (after the last mark before it)."""
    return max(text.rfind(c, 0, at) for c in "，,；;。：:") + 1


# The words a list's first item runs on from (集中打造特色鲜明、带动力强的安集海镇: its end is the item)
_LIST_LEAD = r"的|打造|建设|推进|实施|包括|将|对"


def in_open_list(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` in a list it leaves open with 等 (杭州路、广州路等10条城市道路): another
    thing of that kind is not ruled out by it.

    >>> in_open_list("杭州", "新建、改扩建杭州路、广州路等10条城市道路")
    True
    >>> in_open_list("杭州", "与杭州市、广州市签订协议")
    False
    """
    return re.search(re.escape(name) + r"[\u4e00-\u9fff]{0,4}(?:、[\u4e00-\u9fff]{1,12})*等", text) is not None


def _is_listed(item: str, listed: list[str]) -> bool:
    """Whether ``listed`` names ``item``, whole or as the report shortens it (宝英煤矿 for the report's 宝英 in
    宏业煤矿…及宝英、恒源…: the kind the list's first item says is every item's).

    >>> _is_listed("宝英煤矿", ["宏业煤矿90万吨/年及宝英", "恒源"]), _is_listed("宝英煤矿", ["恒源"])
    (True, False)
    """
    name = _KIND_TAIL.sub("", item)
    name = name if len(name) >= 2 else item
    return any(e.endswith(item) or e.startswith(item) or item.endswith(e) and len(e) >= 2
               or e.endswith(name) or e.startswith(name) for e in listed)


def _listed_with_shared_tail(item: str, listed: list[str]) -> bool:
    """Whether ``item`` is an item of ``listed`` said with the tail the report writes once, on a later item
    (基本医疗保险 for the report's 基本医疗、养老保险: 保险 is the head of both).

    >>> _listed_with_shared_tail("基本医疗保险", ["城乡居民基本医疗", "养老保险参保率"])
    True
    >>> _listed_with_shared_tail("失业保险", ["城乡居民基本医疗", "养老保险参保率"])
    False
    """
    for cut in range(len(item) - 1, 1, -1):
        head, tail = item[:cut], item[cut:]
        for at, e in enumerate(listed):
            if (e.endswith(head) or e == head) and any(tail in later for later in listed[at + 1:]):
                return True
    return False


def named_in_a_list(item: str, text: str) -> bool:
    """Whether a 、-list of ``text`` names ``item`` as the report shortens it (东升煤矿 in 宝英、恒源、东升、鑫泉煤矿).

    >>> named_in_a_list("东升煤矿", "加快推进宏业煤矿90万吨/年及宝英、恒源、恒力、东升、鑫泉煤矿60万吨/年改扩建工程")
    True
    """
    return any(_is_listed(item, list(e.items)) for e in enumerations_in(normalize(text)))


# The work done to a list's items, written before the first of them (改扩建杭州路、广州路), and that work left
# alone when a list's figure is cut off (1.2亿元新建、改扩建杭州路: 新建 is no item)
_LEADING_WORK = re.compile(r"^(?:新建|改建|扩建|改扩建|建设|建成|新增|完成|实施|打造|改造|做了?|搞了?|进行了?|开展了?)(?=..)")
_ONLY_A_VERB = re.compile(r"(?:新|改|扩|改扩)?建(?:设|成)?|实施|完成|推进|开展|打造|改造")


def _numeral_in_name(word: str, flag: str) -> bool:
    """A numeral the tagger splits off a name (四道 of 四道河子), not a count (三个, 两项)."""
    return flag == "m" and bool(re.match(r"[一二三四五六七八九十两]", word)) \
        and not re.search(r"[个项家座条所名人次例万千百亿]$", word)


def unlisted_beside_listed(claim: str, sentence: str, names: Iterable[str] = ()) -> ListCheck | None:
    """How a report list holds the things a claim names together when one of them is on it and another is nowhere
    in the sentence (主要制种作物是棉花和玉米 for 建成玉米、小麦等作物制种基地): the missing ones, whether the list is
    closed, its items; None when the claim names no such things. ``names``: words known to be names whatever
    the tagger makes of them (the characters standing in for an English name the report lacks).

    >>> unlisted_beside_listed("主要制种作物是棉花和玉米", "加快制种产业发展,建成玉米、小麦等作物制种基地6.21万亩")
    ListCheck(missing=('棉花',), closed=False, items=('玉米', '小麦'))
    >>> unlisted_beside_listed("制种作物有玉米和小麦", "加快制种产业发展,建成玉米、小麦等作物制种基地6.21万亩") is None
    True
    >>> unlisted_beside_listed("改扩建北京路、广州路等10条城市道路", "新建、改扩建杭州路、广州路等10条城市道路").missing
    ('北京路',)
    >>> unlisted_beside_listed("除了玉米、小麦,还有棉花", "建成玉米、小麦等作物制种基地6.21万亩").missing
    ('棉花',)
    """
    text, report = normalize(claim), normalize(sentence)
    # (除了玉米、小麦,还有棉花: the things after 还有 are on the same list as those before)
    text = re.sub(r"除了?([^，,。；;]{2,30}?)(?:之外|以外)?[,，]\s*(?:还|也)(?:有|包括|包含)", r"\1、", text)
    lists = [(e, tuple(i for i in e.items)) for e in enumerations_in(report)]
    for clause in split_clauses(text):
        groups = []
        # (each part without the words that join parts: 老沙湾镇和西戈壁镇 is two parts, not 老沙湾镇和西 and a rest)
        for m in re.finditer(r"{p}(?:(?:、|和|及|与){p}){{1,2}}".format(p=r"(?:(?![、和及与])[\u4e00-\u9fff]){2,6}"),
                             clause.text):
            named = [p for p in re.split(r"、|和|及|与", m.group(0)) if p]
            # (the first part runs back into the words before: 作物是棉花 → 棉花, the longest tail the report or
            # the other parts make sense of)
            named[0] = re.split(r"[是有为包括含]", named[0])[-1]
            # (a list's close and the verb before its first item — 改扩建北京路、广州路等 — are not items)
            named = [_LEADING_WORK.sub("", p) for p in named]
            named[-1] = re.sub(r"(?<=..)等$", "", named[-1])
            groups.append(named)
        # a longer list (低保、五保、老龄补贴、美食菜品两项补贴), its items as the fact reader trims them
        groups += [list(e.items) for e in enumerations_in(clause.text) if len(e.items) > 3]
        for named in groups:
            for e, items in lists:
                on = [n for n in named if _is_listed(n, list(items)) or _listed_with_shared_tail(n, list(items))]
                # (a thing, all nouns to the tagger, that holds no item of the list: not 第七师共建共, the list's
                # 第七师 run into the words after it)
                off = [n for n in named if n not in on and len(n) >= 2 and n not in report
                       and (all(flag[:1] == "n" or flag in ("a", "an") or _numeral_in_name(w, flag)
                                for w, flag in pos_tags(n)) or any(s in n for s in names)
                            or (len(n) >= 3 and n[-1] in "镇乡村")  # (西戈壁镇: a town, whatever 西 is to the tagger)
                            # (采棉机 beside the listed 无人植保机、精量播种机: a thing of their kind, whatever 采 is)
                            or (len(n) >= 3 and sum(o[-1] == n[-1] for o in on) >= 2))
                       and not any(i in n for i in items)]
                if on and off:
                    closed = "等" not in report[e.end:e.end + 2]
                    # (the items as named: 杭州路 of 1.2亿元新建、改扩建杭州路 — no figure or verb before it)
                    shown = [_LEADING_WORK.sub("", re.sub(r"^.*\d[\d.]*[万亿]?[\u4e00-\u9fff]?", "", i)) for i in items]
                    shown = [i for i in shown if len(i) >= 2 and not _ONLY_A_VERB.fullmatch(i)]
                    return ListCheck(tuple(off), closed, tuple(shown) or items)
    return None


def other_grade(claim: str, passage: str) -> tuple[str, str] | None:
    """(report's name, claim's name) when the claim gives a graded work (金沟河二级水电站) a grade the
    passage gives another work of the same place (金沟河十级水电站); None otherwise.

    >>> other_grade("建设金沟河二级水电站", "金沟河十级水电站、宁家河二级水电站建设")
    ('金沟河十级水电站', '金沟河二级水电站')
    >>> other_grade("建设宁家河二级水电站", "金沟河十级水电站、宁家河二级水电站建设") is None
    True
    >>> other_grade("宁家河上建的是十级水电站", "金沟河十级水电站、宁家河二级水电站建设")
    ('宁家河二级水电站', '宁家河十级水电站')
    """
    for m in GRADED_NAME.finditer(claim):
        before = claim[max(0, m.start() - 4):m.start()]
        for r in GRADED_NAME.finditer(passage):
            if r.group("name") != m.group("name") or r.group("n") == m.group("n"):
                continue
            place = passage[max(0, r.start() - 4):r.start()]
            shared = next((place[i:] for i in range(len(place) - 1) if before.endswith(place[i:])), "")
            if not shared:  # (the place said earlier in the claim's clause: 宁家河上建的是十级水电站)
                # (only words since the thing named before it: not 金沟河 of 金沟河十级水电站和宁家河二级水电站)
                clause = re.split(r"[，,；;。、和及与]|级", claim[:m.start()])[-1]
                shared = next((place[i:] for i in range(len(place) - 1)
                               if re.fullmatch(r"[\u4e00-\u9fff]{2,}", place[i:]) and place[i:] in clause), "")
            if shared and shared + m.group(0) not in passage:
                return shared + r.group(0), shared + m.group(0)
    return None


# A term with a Chinese numeral at its head (三孩生育, 十四五规划, 两个维护): the numeral (group n) and the two
# characters after it (group name). Not inside a longer number (二十三) or an ordinal (第二).
NUMBERED_TERM = re.compile(r"(?<![一二两三四五六七八九十百千万第\d])(?P<n>[一二两三四五六七八九十]{1,3})"
                           r"(?P<name>[\u4e00-\u9fff]{2})")


# A quoted term with digits in it (“10分钟健身圈”, “1+N”): its numbers are part of its name
_QUOTED_WITH_DIGITS = re.compile(r"[“\"「]([^”\"」]{0,12}?\d[^”\"」]{0,12}?)[”\"」]")


def other_numbered_term(claim: str, passage: str) -> tuple[str, str] | None:
    """(report's term, claim's term) when the claim gives a term headed by a numeral (二孩生育政策) another
    numeral than the passage gives it (三孩生育政策); None when the passage says the claim's term too.

    >>> other_numbered_term("积极落实二孩生育政策", "积极落实三孩生育政策,鼓励社会组织开展婴幼儿照护服务")
    ('三孩生育政策', '二孩生育政策')
    >>> other_numbered_term("增强四个意识", "增强“四个意识”、坚定“四个自信”") is None
    True

    A quoted term with digits (“10分钟健身圈”) is a name too: another number than the passage's is another term.

    >>> other_numbered_term("要构建“10分钟健身圈”", "努力构建15分钟健身圈,开展好全民健身活动")
    ('15分钟健身圈', '10分钟健身圈')
    """
    for m in _QUOTED_WITH_DIGITS.finditer(claim):
        term = m.group(1)
        if term in passage or len(CJK_CHAR.findall(term)) < 2:
            continue  # (a number only quoted as a name, “12345”, is no term of words)
        shape = re.compile(re.sub(r"\d+(?:\.\d+)?", r"\\d+(?:\\.\\d+)?", re.escape(term)))  # (its digits, any)
        rival = shape.search(passage)
        if rival and rival.group(0) != term:
            return rival.group(0), term
    for m in NUMBERED_TERM.finditer(claim):
        if m.group(0) in passage:
            continue
        rival = next((r for r in NUMBERED_TERM.finditer(passage)
                      if r.group("name") == m.group("name") and r.group("n") != m.group("n")), None)
        if rival:  # named up to where the two go apart (三孩生育政策, not 三孩生)
            shared = 0
            while shared < 4 and m.end() + shared < len(claim) and rival.end() + shared < len(passage) \
                    and claim[m.end() + shared] == passage[rival.end() + shared] and CJK_CHAR.match(claim[m.end() + shared]):
                shared += 1
            return passage[rival.start():rival.end() + shared], claim[m.start():m.end() + shared]
    return None


# What kind of thing a list names, after the name (煤矿, 公司): said once for every item
_KIND_TAIL = re.compile(r"(?:煤矿|公司|集团|企业|景区|园区|医院|学校|水电站|保卫战|攻坚战)$")


def count_of_members(member: Membership) -> int:
    """The count a claim gives of its listed things (6 of 6个示范乡镇为A、B…), 0 when it gives none or leaves the
    list open (A、B、C等6个: some of them named).

    >>> count_of_members(enumerated_members("安集海镇、大泉乡、金沟河镇3个示范乡镇"))
    3
    >>> count_of_members(enumerated_members("安集海镇、大泉乡、柳毛湾镇等6个乡村振兴示范乡镇"))
    0
    """
    m = _COUNT_OF.search(member.rest)
    return 0 if not m or member.rest.startswith("等") else _count_value(m.group(1))


def listed_in(member: Membership, sentence: str) -> ListCheck | None:
    """How the report ``sentence``'s counted list of the claim's noun holds the claim's things; None when the
    sentence has no such list (a 、-list right before 'N个' + the claim's noun, or, for a claim that counts
    nothing, before '等' + its noun).

    >>> festivals = "举办大盘美食文化旅游节、草原文化节等大型节庆活动"
    >>> listed_in(Membership(("草原文化节",), "拟举办的大型节庆活动"), festivals)
    ListCheck(missing=(), closed=False, items=('大盘美食文化旅游节', '草原文化节'))
    >>> listed_in(Membership(("冰雪节",), "拟举办的大型节庆活动"), festivals).missing
    ('冰雪节',)
    >>> listed_in(Membership(("基金招商",), "今年要开展的招商方式"), "广泛开展驻点招商、以商招商、会展招商,确保…")
    ListCheck(missing=('基金招商',), closed=True, items=('驻点招商', '以商招商', '会展招商'))
    """
    claim_count = _COUNT_OF.search(member.rest)
    claim_noun = _noun_after(member.rest, claim_count.end()) if claim_count else member.rest[-6:]
    text = normalize(sentence)
    for m in _COUNT_OF.finditer(text):
        if not _same_noun(claim_noun, _noun_after(text, m.end())):
            continue
        clause_start = _clause_start(text, m.start())
        before = text[clause_start:m.start()]
        parts = before.split("、")
        if len(parts) < 2:
            continue
        count = _count_value(m.group(1))
        open_list = before.endswith("等")
        parts[-1] = parts[-1].removesuffix("等")
        items = parts[-count:] if 0 < count <= len(parts) else parts
        # the first item runs on from the words before it (集中打造特色鲜明、带动力强的安集海镇): its end
        items[0] = re.split(_LIST_LEAD, items[0])[-1]
        items = [i for i in items if i]
        closed = not open_list and len(items) == count
        missing = tuple(i for i in member.items if not _is_listed(i, items))
        return ListCheck(missing, closed, tuple(items))
    if claim_count:
        return None
    # an uncounted list right before the claim's noun (举办大盘美食文化旅游节、草原文化节等大型节庆活动,
    # 建设肉牛、肉羊、奶牛、生猪生态养殖基地): open when it ends in 等, where a thing it does not name is not ruled out
    noun = claim_noun[-4:]  # (公用品牌, not any 品牌: 提升“中国辣椒之乡”品牌影响力 lists no brands)
    if noun not in text and re.search(rf"、[^、，,。；;]{{1,24}}(?<![高中初平同相均对上优超])等{re.escape(claim_noun[-2:])}", text):
        # (水利项目 where the report lists …、…等项目: the head the report's list closes with; not 高等学校)
        noun = claim_noun[-2:]
    for m in re.finditer(re.escape(noun), text) if len(noun) >= 2 else ():
        clause_start = _clause_start(text, m.start())
        before = text[clause_start:m.start()]
        # the list ends at its 等, what follows says what the things are (…等地域特色突出、功能属性独特的
        # 区域公用品牌)
        open_list = "等" in before
        if open_list:
            before = before[:before.rindex("等")]
        # (“沙湾大盘鸡”“沙湾富硒农产品”: quoted names side by side)
        parts = re.split(r"、|(?<=”)(?=“)", before)
        if len(parts) < 2:
            continue
        parts[0] = re.split(_LIST_LEAD + "|举办|发展|培育|加快", parts[0])[-1]
        items = [i.strip("“”") for i in parts if i.strip("“”")]
        missing = tuple(i for i in member.items if not _is_listed(i.strip("“”"), items))
        return ListCheck(missing, not open_list, tuple(items))
    # a list whose things all end in a word of the claim's noun (产业链招商、驻点招商…小分队招商 for 招商方式)
    for items, start, end in _report_lists(text):
        suffixes = {i[-2:] for i in items}
        if len(items) >= MIN_LISTED and len(suffixes) == 1 and next(iter(suffixes)) in claim_noun:
            missing = tuple(i for i in member.items if not _is_listed(i, list(items)))
            return ListCheck(missing, not text[end:end + 2].startswith("等"), tuple(items))
    return None


# Part-of-speech flags of the words that name an item (宏业/n, 东升/nr, 恒源/nz, 改扩建/j), not its verbs.
_NAME_FLAGS = ("n", "nr", "ns", "nt", "nz", "j", "nrt", "nrfg")
_SEGMENT_LEAD = re.compile(r"^(?:/[年月日天]|及|和|与|以及|、|，|,)+")


class ItemConflict(NamedTuple):
    item: str  # the claim's word naming the item (东升)
    report: Figure  # that item's own figure in the report
    claim: Figure  # the claim's figure given to it


def _item_segments(text: str) -> list[tuple[str, Figure]]:
    """(the words before a figure back to the previous figure of its clause, that figure), for clauses with
    two or more figures of one unit group. Words right after a count (24个自治区厅级单位助力我市91个示范村) are
    what that count counts, not an item named for the next figure: they name nothing here ('').

    >>> [(seg, f.text) for seg, f in _item_segments("24个自治区厅级单位助力我市91个示范村")]
    [('', '24个'), ('', '91个')]
    """
    figures = extract(text).figures
    out = []
    for clause in split_clauses(text):
        inside = [f for f in figures if clause.start <= f.start < clause.end]
        groups = [f.group for f in inside]
        if not any(groups.count(g) >= 2 for g in groups if g):
            continue
        prev, counted = clause.start, False
        for f in inside:
            between = text[prev:f.start]
            out.append(("" if counted and not _SEGMENT_LEAD.match(between) else _SEGMENT_LEAD.sub("", between), f))
            prev, counted = f.end, f.group == "个"
    return out


def _distinct_head(segment: str, segments: list) -> set[str]:
    """The words of a list item before the kind every item of its list ends in (新升规 of 新升规企业1家、复规企业4家),
    as a name of that item; {} when the items share no such ending.

    >>> segs = [("新升规企业", None), ("复规企业", None)]
    >>> _distinct_head("新升规企业", segs), _distinct_head("复规企业", segs)
    ({'新升规'}, {'复规'})
    """
    others = [seg for seg, _ in segments if seg and seg != segment]
    if not segment or not others:
        return set()
    words = [w for w, _ in pos_tags(segment)]
    # the words the item ends in that every other item ends in too (企业), compared word by word
    shared = min(len(os.path.commonprefix([words[::-1], [w for w, _ in pos_tags(o)][::-1]])) for o in others)
    head = "".join(words[:len(words) - shared]) if shared else ""
    return {head} if len(head) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", head) else set()


def item_figure_conflict(claim: str, claim_figures: list[Figure], sentence: str) -> ItemConflict | None:
    """The first claim figure given to a listed item whose own figure in ``sentence`` differs, or None.

    An item is named by a word only its own part of the list holds (宏业 before 90万吨/年; 东升 among the
    items before 60万吨/年); the figures compared share a unit group.

    >>> s = "加快推进宏业煤矿90万吨/年及宝英、恒源、恒力、东升、鑫泉煤矿60万吨/年改扩建工程。"
    >>> c = extract("东升煤矿将改扩建至90万吨/年。").figures
    >>> hit = item_figure_conflict("东升煤矿将改扩建至90万吨/年。", c, s)
    >>> hit.item, hit.report.text
    ('东升', '60万吨')
    >>> item_figure_conflict("东升煤矿将改扩建至60万吨/年。", extract("东升煤矿将改扩建至60万吨/年。").figures, s) is None
    True
    """
    pairs = item_figures(claim, claim_figures, sentence)
    return next((p for p in pairs if p.claim.value != p.report.value), None)


# 除宏业煤矿外,另有5座煤矿…60万吨/年 / 宏业煤矿90万吨/年和另外五座煤矿60万吨/年: the item named is not the one
# the figure is said of
_EXCEPT = re.compile(r"除了?(?P<item>[^，,。；;]{1,20}?)(?:以外|之外|外)")
_OTHERS = re.compile(r"另外|另有|其余|其他|其它|剩下的?")


def _set_apart(before: str, item: str) -> bool:
    """Whether ``before`` (the claim up to a figure) sets ``item`` apart from what the figure is said of.

    >>> _set_apart("除宏业煤矿外,另有5座煤矿列入", "宏业"), _set_apart("宏业煤矿90万吨/年和另外五座煤矿", "宏业")
    (True, True)
    >>> _set_apart("宏业煤矿改扩建至", "宏业")
    False
    """
    if any(item in m.group("item") for m in _EXCEPT.finditer(before)):
        return True
    at = before.rfind(item)
    return at >= 0 and bool(_OTHERS.search(before[at + len(item):]))


# The words right before a total of the things named (一共5家, 合计85件, 共24项).
_TOTAL_BEFORE = re.compile(rf"(?:{TOTAL_WORDS}|共)(?:有|为|是|达到?)?(?:约|近|超过)?$")


def _the_others(before: str, figure: Figure, segments: list, names: list[set[str]], since: int = 0) -> list:
    """(position, item, report figure) for a claim figure said of the rest of a list (除宏业煤矿外,其余…; 宏业煤矿…,
    另外几座煤矿…): the first item of the report's other segments of that unit group, when the item set apart
    is named in one segment; [] otherwise. The rest is said after ``since`` (the claim's figure of that group
    before this one: 另外五座煤矿60万吨/年,…形成210万吨产能 — the 210万吨 is no longer the others')."""
    if not (_OTHERS.search(before, since) or _EXCEPT.search(before, since)):
        return []
    kin = [i for i, (_, report) in enumerate(segments) if report.group == figure.group and figure.group]
    apart = [i for i in kin if any(_set_apart(before, w) for w in names[i])]
    if len(apart) != 1:
        return []
    rest = [i for i in kin if i != apart[0] and names[i] - names[apart[0]]]
    return [(-1, min(names[i] - names[apart[0]], key=segments[i][0].find), segments[i][1]) for i in rest[:1]]


# 均 / 都 / 各 between the items and their figure: the figure is said of every item named
_SAID_OF_ALL = re.compile(r"均|都|各自?|全部|一律|同样|统一")


def item_figures(claim: str, claim_figures: list[Figure], sentence: str) -> list[ItemConflict]:
    """Each claim figure with the listed item it is given to and that item's own figure in ``sentence``
    (``item_figure_conflict``); a claim of several clauses (宏业煤矿…60万吨/年,宝英、恒源等…90万吨/年) pairs
    each figure with the items named in its own clause.

    >>> s = "加快推进宏业煤矿90万吨/年及宝英、恒源、恒力、东升、鑫泉煤矿60万吨/年改扩建工程。"
    >>> c = "宏业煤矿将改扩建至60万吨/年,宝英、恒源等五座煤矿改扩建至90万吨/年。"
    >>> [(p.item, p.report.text, p.claim.text) for p in item_figures(c, extract(c).figures, s)]
    [('宏业', '90万吨', '60万吨'), ('宝英', '60万吨', '90万吨')]
    >>> c = "宏业、宝英、恒源等煤矿均按60万吨/年的规模推进改扩建。"
    >>> [(p.item, p.report.text) for p in item_figures(c, extract(c).figures, s)]
    [('宏业', '90万吨'), ('宝英', '60万吨')]
    """
    text = normalize(sentence)
    segments = _item_segments(text)
    if len(segments) < 2:
        return []
    names = [{w for w, flag in pos_tags(seg) if len(w) >= 2 and flag in _NAME_FLAGS} | _distinct_head(seg, segments)
             for seg, _ in segments]
    claim_norm = normalize(claim)
    clauses = [c for c in split_clauses(claim_norm)]
    claim_values = {f.value for f in claim_figures}
    sentence_figures = None  # (read once, when a figure needs the sentence's own)
    out = []
    for f in claim_figures:
        if _TOTAL_BEFORE.search(claim_norm[max(0, f.start - 8):f.start]):
            continue  # 新升规和复规的工业企业一共5家: a total of the items named, no one item's figure
        clause = next((c for c in clauses if c.start <= f.start < c.end), None) if len(clauses) > 1 else None
        start, end = (clause.start, clause.end) if clause else (0, len(claim_norm))

        def items_named(start: int, end: int, clause) -> list:
            named = []
            for i, (seg, report) in enumerate(segments):
                if report.group != f.group or not f.group or f.group == "第" and f.unit != report.unit:
                    continue  # (第二届 is no item's 第二次)
                others = set().union(*(n for j, n in enumerate(names) if j != i and segments[j][1].group == f.group))
                own = sorted(w for w in names[i] - others if w in claim_norm[start:end])
                if own and (clause or report.value not in claim_values or f.value == report.value):
                    named.append((max(claim_norm[start:f.start].rfind(w) for w in own), own[0], report))
            return named

        named = [n for n in items_named(start, end, clause) if not _set_apart(claim_norm[start:f.start], n[1])]
        if not named and clause and sum(1 for g in claim_figures if g.group == f.group) == 1:
            # 宏业煤矿在改扩建名单上,改扩建规模为60万吨/年: the claim's one figure of its kind is the
            # item's named in the clause before — not the head of an open list (宏业等煤矿…) given the
            # sentence's own total (…年底力争形成210万吨的产能)
            if sentence_figures is None:
                sentence_figures = extract(text).figures
            said_apart = any(g.value == f.value and g.group == f.group for g in sentence_figures) and not any(
                r.value == f.value for _, r in segments)
            start, end = 0, len(claim_norm)
            named = [n for n in items_named(start, end, clause) if not _set_apart(claim_norm[:f.start], n[1])
                     and not (said_apart and re.search(rf"{re.escape(n[1])}[\u4e00-\u9fff]{{0,2}}?等", claim_norm))]
        if not named:
            since = max((g.end for g in claim_figures if g.group == f.group and g.end <= f.start), default=0)
            named = _the_others(claim_norm[:f.start], f, segments, names, since)
        before = claim_norm[start:f.start]  # the items named before the figure, else after it
        if named:  # the item named last before the figure (宏业…90万吨/年及宝英等…60万吨/年: 宝英's is 60万吨)
            last = max(named, key=lambda n: n[0])
            # 宏业、宝英、恒源等煤矿均按60万吨/年: a figure said of them all is each one's
            said_of_all = last[0] >= 0 and _SAID_OF_ALL.search(before[last[0]:])
            out.extend(ItemConflict(item, report, f) for _, item, report in (named if said_of_all else [last]))
    return out


# **How many items a list has**: 报告点名的新型经营主体有宏基、双泉、农科金岳3家 / 推进六种“夜”字号消费业态 /
# 完成三所小学的综合楼建设. The report lists the things without counting them (夜游、夜购…夜学等消费业态); the
# claim's count is checked against the number of items the report names. ``count_of_listed`` finds the list.

# 3家 / 六种 / 五项: a count of things of one kind (not 3万元, 6%, 3.5个百分点)
_THING_COUNT = re.compile(r"(?<![\d.])(?P<n>\d+|[两三四五六七八九十]|十[一二三四五六七八九])"
                          r"(?P<word>个|家|座|项|种|所|条|类|大|支|批|方面)(?![\d万亿千百%％点])")
_QUOTED = re.compile(r"“([^”]{1,12})”")
_QUOTE_RUN = re.compile(r"(?:“[^”]{1,12}”){2,}")
_PLUS_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:\+[\u4e00-\u9fff]{1,8}){2,}")  # 大数据中心+棉农+联合社: the parts of a model
_NOUN_END = re.compile(r"[的，,。；;即:：为是有包括分别]")
_REPORT_COUNT_AFTER = re.compile(r"^等?(?!一批)(?:\d+|[一二两三四五六七八九十]+)(?:个|家|座|项|种|所|条|类|大|支|批|名)")
# what is done to a list's things, shared by lists of any things: no sign that a list is the claim's
_DOING_WORDS = frozenset("建设 发展 推进 实施 工作 完成 项目 提升 加快 开展 推动 改造 新建 建成 融合 全面 持续 服务 管理".split())
MIN_LISTED = 3  # a list shorter than this is two things joined, not a list worth counting
MAX_COUNTED = 12  # a longer list is written with its count, not counted by a reader


class CountCheck(NamedTuple):
    claimed: int  # the claim's count
    items: tuple[str, ...]  # the report's list
    open: bool  # the report's list ends in 等 (…等一批): it may hold more
    unlisted: tuple[str, ...] = ()  # things the claim names that the list does not hold (五小 for 一小…七小)
    # (the claim's verb, the report's) when the claim says the things it names are brought in and the report
    # does something else with them (引进宏基、双泉… against 扶持宏基、双泉…)
    role: tuple[str, str] = ()


def _report_lists(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """The 、-lists and the runs of quoted names (“一站式办理”“最多跑一次”“最快送一次”) of normalized ``text``."""
    lists = [(e.items, e.start, e.end) for e in enumerations_in(text)]
    lists += [(tuple(_QUOTED.findall(m.group(0))), m.start(), m.end()) for m in _QUOTE_RUN.finditer(text)]
    lists += [(tuple(m.group(0).split("+")), m.start(), m.end()) for m in _PLUS_RUN.finditer(text)]
    return lists


def counts_things(claim: str) -> bool:
    """Whether the claim counts things (三项, 3家, 六种): the one shape ``count_of_listed`` reads."""
    return bool(_THING_COUNT.search(normalize(claim)))


# Two things joined right before the claim's count of them (智慧能源和恒力热力两家企业, A和B两个项目).
_PAIR_BEFORE_COUNT = re.compile(r"(?P<a>[^，,。；;、和及与]{2,20}?)(?:和|及|与|、)(?P<b>[^，,。；;、和及与]{2,20}?)$")


def _named_pair(claim: str, count: re.Match, report: str) -> tuple[str, str] | None:
    """The two things a claim names joined right before its count (A和B两家企业) when the report sentence
    says both, joined as one pair (A和B / A、B), and no third thing beside them; None otherwise.

    >>> s = "智慧能源和恒力热力脱硫脱硝设备建成投用。"
    >>> c = "智慧能源和恒力热力两家企业的设备已建成投用"
    >>> m = _THING_COUNT.search(c)
    >>> _named_pair(c, m, s)
    ('智慧能源', '恒力热力')
    >>> c = "恒力热力和恒源热力两家企业的设备已建成投用"  # 恒源热力: not said
    >>> _named_pair(c, _THING_COUNT.search(c), s) is None
    True
    >>> c = "恒力热力和智慧能源两家企业"  # both said, but not as the report's pair (its order: 智慧能源和恒力热力)
    >>> _named_pair(c, _THING_COUNT.search(c), s) is None
    True
    """
    m = _PAIR_BEFORE_COUNT.search(claim[:count.start()])
    if not m:
        return None
    a, b = m.group("a"), m.group("b")
    # 鹿角湾…星空屋: the words after the clause's verb or its year (2021年智慧能源)
    a = re.split(r"[的是为在将把对由从让使]|已经?|均|(?:19|20)\d{2}年度?|[去今明]年", a)[-1]
    if len(a) < 2 or a not in report or b not in report:
        return None
    start, end = report.find(a), report.find(b)
    between = report[start + len(a):end] if start < end else ""
    if not re.fullmatch(r"(?:项目)?[和及与、]", between):
        return None  # each said, but not as one pair
    before, after = report[max(0, start - 1):start], report[end + len(b):end + len(b) + 1]
    if before == "、" or after in ("、", "和", "及", "与"):
        return None  # a pair inside a longer list
    return a, b


# Verbs saying things are brought in from outside (引进三家企业): not what a report does with firms it builds
# on or supports (依托、扶持…等企业)
_BRING_IN = re.compile(r"引进|招引|引入|吸引|招来|引来")


def _verb_before(claim: str, at: int) -> str:
    """The verb right before the claim's count (引进 of 今年要引进3家企业), '' when a noun stands there
    (…宏基、双泉、农科金岳3家).

    >>> _verb_before("今年要引进3家企业", 5), _verb_before("有宏基、双泉3家", 6)
    ('引进', '')
    """
    tags = pos_tags(claim[:at])
    word, flag = tags[-1] if tags else ("", "")
    return word if flag == "v" and len(word) >= 2 else ""


# A claim's word that sets the things it counts apart from one named before them (另有5座, 除宏业煤矿外)
_APART_FROM = re.compile(r"另外|另有|其他|其余|除|之外|以外")


def _counts_run_on_list_alone(claim: str, claimed: int, items: tuple[str, ...], lead: str) -> bool:
    """Whether a claim's count is of a list that runs on from a thing named before it (宏业煤矿90万吨/年及宝英、
    恒源、恒力、东升、鑫泉煤矿): the count is the list's own, and the claim either leaves the thing before it
    out or sets the counted ones apart from it (另有5座煤矿, 除宏业煤矿外).

    >>> items = ("宝英", "恒源", "恒力", "东升", "鑫泉煤矿")
    >>> _counts_run_on_list_alone("宝英等5座煤矿", 5, items, "加快推进宏业煤矿90万吨/年")
    True
    >>> _counts_run_on_list_alone("宏业等5座煤矿", 5, items, "加快推进宏业煤矿90万吨/年")
    False
    """
    if claimed != len(items):
        return False
    before = [w for w, flag in pos_tags(lead) if len(w) >= 2 and flag[:1] == "n" and w not in items[-1]]
    return not any(w in claim for w in before) or bool(_APART_FROM.search(claim))


# What runs on after the last item of a claim's list: closing marks and a pointing word (…三小这三所学校)
_CLAIM_ITEM_END = re.compile(r"(?:[)）」』”]*(?:这|那|等))?[。.!！?？)）」』”]*$")


def count_of_listed(claim: str, sentence: str) -> CountCheck | None:
    """The claim's count of things and the list of them in the report ``sentence``, when the report names
    the things without counting them; None when the claim counts nothing or the sentence has no such list.

    The list is the one holding two or more of the things the claim names, or — when the claim names none —
    the one followed by a word of the claim's counted noun or of what the claim says of it (…等消费业态 for
    六种“夜”字号消费业态; 七小综合楼建设 for 三所小学的综合楼建设), or whose items all end in a word of that
    noun (驻点招商、以商招商… for 五种招商方式). A list that runs on from an item before it (宏业煤矿…及宝英、
    恒源…煤矿) or that the report counts itself is left to the figure checks.

    >>> count_of_listed("推进五种招商方式。", "广泛开展产业链招商、驻点招商、援疆招商、以商招商、会展招商、小分队招商")
    CountCheck(claimed=5, items=('产业链招商', '驻点招商', '援疆招商', '以商招商', '会展招商', '小分队招商'), open=False, unlisted=(), role=())
    >>> count_of_listed("完成一小、二小、三小、五小四所学校的综合楼建设", "完成一小、二小、三小、七小综合楼建设").unlisted
    ('五小',)
    >>> count_of_listed("增强“煤、电、油、气、水”五类要素保障", "增强“煤、电、油、气、运”生产要素保障").unlisted
    ('水',)
    """
    text = normalize(claim)
    count = _THING_COUNT.search(text)
    if not count:
        return None
    claimed = _count_value(count.group("n"))
    report = normalize(sentence)
    pair = _named_pair(text, count, report) if claimed == 2 else None  # (三家 after two names: a figure unsaid)
    if pair:
        return CountCheck(claimed, pair, False, ())
    if not MIN_LISTED <= claimed <= MAX_COUNTED or count.group(0) in report:
        return None  # 22家国有企业: a count the report states is a figure, checked as one
    noun = _NOUN_END.split(text[count.end():], maxsplit=1)[0][:8].replace("“", "").replace("”", "")
    said_of = text[count.end() + len(noun):count.end() + len(noun) + 8]
    lists_named = _report_lists(text)
    # (an item as named, without the marks and the pointing word the claim runs on with: 七小) / 会展招商。/ 三小这三所)
    named = [_CLAIM_ITEM_END.sub("", item) for items, _, _ in lists_named for item in items]
    # (a list of one-character things — “煤、电、油、气、水” — is read apart: such an item is found in any word)
    single = [item for item in named if len(item) == 1]
    named = [item for item in named if len(item) >= 2]
    verb = _verb_before(text, lists_named[0][1] if len(named) >= 2 else count.start())
    for items, start, end in _report_lists(report):
        if len(items) < MIN_LISTED or report[max(0, start - 1):start] in ("及", "和", "与") \
                and not _counts_run_on_list_alone(text, claimed, items, report[_clause_start(report, start):start - 1]):
            continue
        if sum("为" in item for item in items) >= 2:
            continue  # (以居家为基础、社区为依托、机构为补充: roles given to things, not a list of things)
        lead = report[_clause_start(report, start):start]
        brought_in = bool(_BRING_IN.search(verb)) and not _BRING_IN.search(lead)
        if len(named) < 2 and verb and (brought_in or verb in report[end:] and verb not in lead):
            continue  # 引进3家企业 against 依托A、B、C等企业,积极引进中上游企业: the list is not what is brought in
        after = report[end:end + 12]
        if _REPORT_COUNT_AFTER.match(after):
            continue
        if len(named) >= 2:
            if sum(_is_listed(n, list(items)) for n in named) < 2:
                continue
        else:
            words = [noun[i:i + 2] for i in range(len(noun) - 1)] + [said_of[i:i + 2] for i in range(len(said_of) - 1)]
            words = [w for w in words if re.fullmatch(r"[\u4e00-\u9fff]{2}", w) and w not in _DOING_WORDS]
            tail = after.removeprefix("等").removeprefix("一批")[:6]
            suffixes = {i[-2:] for i in items}
            kind = _KIND_TAIL.search(items[-1])  # (宝英、恒源…鑫泉煤矿: 煤矿 said once for every item)
            if not (any(w in tail for w in words) or len(suffixes) == 1 and suffixes <= set(words)
                    or kind and kind.group(0) in words):
                continue
        unlisted = tuple(n for n in named if not _is_listed(n, list(items))) if len(named) >= 2 else ()
        bare = [re.sub(r"[“”\"'‘’]", "", i) for i in items]
        if len(single) >= 2 and all(len(i) == 1 for i in bare):  # “煤、电、油、气、水” for the report's …、运
            unlisted = tuple(c for c in single if c not in bare)
        report_verb = next((w for w, f in reversed(pos_tags(lead)) if f == "v"), "")  # (依托 of 依托…和A、B、C)
        role = (verb, report_verb) if brought_in and report_verb else ()
        shown = tuple(bare)  # (the items without the quotation marks that run on them: 运”)
        return CountCheck(claimed, shown, "等" in re.split(r"[，,；;。]", after)[0][:6], unlisted, role)
    return None


# A claim that singles one thing out (只有七小, 仅宏业煤矿一个, 唯一的…): only that one, none of the others.
_ONLY_WORDS = r"就?只有|仅有|仅仅|唯独|单单|只|仅"
# (…and all said to be one thing: 清一色都是无人植保机, 全都是…, 统统是…)
_ALL_ARE = re.compile(r"清一色(?:都|全)?是|(?:全部|全都|统统|一律)(?:都)?是")
_ONLY = re.compile(rf"(?:{_ONLY_WORDS}|{_ALL_ARE.pattern})(?:是|剩|把|将)?")


# One of several the report counts (20个乡村振兴示范引领县之一): group 1 the count, 2 what they are
_ONE_OF_COUNTED = re.compile(r"(\d+|[两三四五六七八九十百]+)(?:个|家|所|座|项|批)([^,，。；;、]{2,16}?)之一")
_SOLE = re.compile(r"唯一|独一无二|独此一家|仅此一|"
                   # only X, one of its kind (全疆只有沙湾一个县市被确定为…, 只有沙湾被确定为…)
                   r"(?<![不非])(?:只有|仅有|就只有)(?=[\u4e00-\u9fff]{1,8}?(?:一个|一家|一座|一所)|[\u4e00-\u9fff]{2,8}?(?:被|获|入选|成为))")
# Where a thing is said to be the only one (塔城地区唯一, 全疆唯一): right before 唯一
_SOLE_SCOPE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:地区|州|市|县|区|疆|国|省)(?:内|里|范围内)?(?:的)?$")
_WHOLE_REGION = re.compile(r"全疆|新疆|自治区|全区|全国")


def sole_for_one_of(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the report's "one of N", the claim's word) when a claim calls a thing the only one (唯一) and the
    sentence makes it one of several of the same kind; None otherwise.

    >>> sole_for_one_of("沙湾是全疆唯一的乡村振兴示范引领县", "被自治区确定为20个乡村振兴示范引领县之一")
    ('20个乡村振兴示范引领县之一', '唯一')
    >>> sole_for_one_of("沙湾是20个乡村振兴示范引领县之一", "被自治区确定为20个乡村振兴示范引领县之一") is None
    True
    >>> sole_for_one_of("沙湾是塔城地区唯一的乡村振兴示范引领县", "被自治区确定为20个乡村振兴示范引领县之一") is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence or "")
    sole = _SOLE.search(text)
    if not sole:
        return None
    scope = _SOLE_SCOPE.search(text[:sole.start()])
    if scope and not _WHOLE_REGION.search(scope.group(0)):
        return None  # 塔城地区唯一…: the only one of a part the report does not count apart
    if re.match(r"\s*(?:的)?\s*[\u4e00-\u9fff]{2,4}(?:地区|州)(?:内|里)?", text[sole.end():]):
        return None  # (唯一 塔城地区: an English claim's "the only county in Tacheng Prefecture", the part after it)
    for m in _ONE_OF_COUNTED.finditer(sentence):
        count = cn_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        kind = m.group(2)
        if count and count >= 2 and any(len(w) >= 2 and w in text[sole.end():] for w in content_words(kind)):
            return m.group(0), sole.group(0)
    return None


# Two seasons named at once (春秋两季): 春季 and 秋季
_SEASON_PAIR = re.compile(r"([春夏秋冬])([春夏秋冬])两季")


class OnlyOne(NamedTuple):
    """A claim's "only ``item``" where the report lists ``items``, the item among them."""

    item: str
    items: tuple[str, ...]


def only_one_of_listed(claim: str, sentence: str) -> OnlyOne | None:
    """The item a claim says is the only one (只有七小一所) when the report's sentence lists it among others
    (完成一小、二小、三小、七小综合楼建设) and the claim names none of those others; None otherwise.

    >>> only_one_of_listed("今年要完成综合楼建设的学校只有七小一所", "完成一小、二小、三小、七小综合楼建设")
    OnlyOne(item='七小', items=('一小', '二小', '三小', '七小'))
    >>> only_one_of_listed("只有七小和三小要建综合楼", "完成一小、二小、三小、七小综合楼建设")
    OnlyOne(item='七小、三小', items=('一小', '二小', '三小', '七小'))
    >>> only_one_of_listed("只有一小、二小、三小和七小要建综合楼", "完成一小、二小、三小、七小综合楼建设") is None
    True
    >>> only_one_of_listed("今年七小要完成综合楼建设", "完成一小、二小、三小、七小综合楼建设") is None
    True
    >>> only_one_of_listed("1331台新型农机具清一色都是无人植保机", "新增无人植保机、农业用北斗终端、精量播种机等新型农机具1331台")
    OnlyOne(item='无人植保机', items=('无人植保机', '农业用北斗终端', '精量播种机'))
    >>> only_one_of_listed("只有春季免疫率达到100%", "春秋两季重大动物疫病免疫率100%")
    OnlyOne(item='春季', items=('春季', '秋季'))
    """
    text, sentence = normalize(claim), normalize(sentence or "")
    for m in _ONLY.finditer(text):
        for pair in _SEASON_PAIR.finditer(sentence):  # 春秋两季: a list of two seasons
            seasons = (pair.group(1) + "季", pair.group(2) + "季")
            said = next((s for s in seasons if text.startswith(s, m.end())), None)
            if said and not any(s in text for s in seasons if s != said):
                return OnlyOne(said, seasons)
        found = []  # (characters named, OnlyOne) of each list the claim names items of after its "only"
        for enum in enumerations_in(sentence):
            # (an item read with the words before it: 带动力强的安集海镇 → 安集海镇, and what comes before such
            # an item is the list's description, not items: 特色鲜明、带动力强的…)
            raw = [i for i in enum.items if i]
            first = max((k for k, i in enumerate(raw) if "的" in i), default=0)
            items = tuple(dict.fromkeys(_bare_item(_past_work_verbs(re.sub(r"^.*的", "", i)) if k == first else
                                                   re.sub(r"^.*的", "", i), last=k == len(raw) - 1)
                                        for k, i in enumerate(raw) if k >= first))
            # the items named after its "only", joined by 、/和/与/及 (right after it, else past a verb: 只打造…)
            shared = _shared_modifier(items)
            for start in dict.fromkeys((m.end(), _past_verb(text, m.end()))):
                named, at = [], start
                while (hit := max(((i, k) for i in items if len(i) >= 2 and i not in named
                                   for k in [_said_of_item(i, text, at, shared)] if k), key=lambda f: f[1],
                                  default=None)) is not None:
                    item, size = hit
                    named.append(item)
                    at += size
                    joined = re.match(r"[、和与及跟]", text[at:at + 1])
                    if not joined:
                        break
                    at += 1
                if named:
                    break
            # (all said to be one thing names it whole, closing the clause: not 垃圾 of 全部是垃圾转运车)
            whole = not _ALL_ARE.match(m.group(0)) or re.match(r"[了的等]?(?:[,，。;；!！]|$)", text[at:])
            if named and len(items) > len(named) and whole:
                found.append((at - m.end(), OnlyOne("、".join(named), items)))
        if found:  # (乌兰乌苏镇城庄子村: the list of villages, not the towns' list its first name starts like)
            return max(found, key=lambda f: f[0])[1]
        beside = _listed_beside(text[m.end():], sentence) or _paired_with(text[m.end():], text, sentence)
        if beside:
            return beside
    return None


# "Only these" said of things the report lists (只有宏基、双泉、农科金岳这三家, …是沙湾仅有的三家…) or counts (全市总共只有
# 7个乡镇卫生院): the "only" words above, not 不仅 (not only), 只要 (as long as), 只是 (merely), 仅次于 (second to)
_ONLY_THESE = re.compile(rf"(?<![不非])(?:{_ONLY_WORDS})(?![要是能会好怕见不过有待]|次于)")
# …with the whole it is said of: the city, in all (全市总共只有7个, 全市仅有5个“千吨万人”以上…)
_ONLY_IN_ALL = re.compile(r"(?:全市|全县|全沙湾|整个沙湾|境内|总共|一共|全部)[\u4e00-\u9fff]{0,3}?"
                          r"(?:就?只有|仅有|只剩)(?P<count>\d+|[一二两三四五六七八九十]+)(?P<unit>个|家|所|座|项|条|处|台|名|户)")


def only_these_of_open_list(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the report's list, the claim's "only" word) when a claim says the things it names are the only ones, and
    the report ``sentence`` lists them all but leaves its list open with 等, or counts them without saying how many
    there are in all (…辐射带动7个乡镇卫生院 for 全市总共只有7个乡镇卫生院); None otherwise. What the report leaves
    open, the claim closes: that is its own.

    >>> only_these_of_open_list("市里扶持的新型经营主体只有宏基、双泉、农科金岳这三家",
    ...                         "扶持宏基、双泉、农科金岳等一批新型经营主体")
    ('宏基、双泉、农科金岳等', '只有')
    >>> only_these_of_open_list("沙湾全市总共只有7个乡镇卫生院", "辐射带动7个乡镇卫生院中医综合服务")
    ('7个乡镇卫生院', '只有')
    >>> only_these_of_open_list("扶持宏基、双泉、农科金岳等新型经营主体", "扶持宏基、双泉、农科金岳等一批新型经营主体") is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence or "")
    for clause in re.split(r"[，,；;。!！?？]", text):
        only = _ONLY_THESE.search(clause)
        if only is None:
            continue
        for enum in enumerations_in(sentence):
            if "等" not in sentence[enum.end:enum.end + 2]:
                continue
            raw = [i for i in enum.items if i]
            items = [_bare_item(re.sub(r"^.*的", "", i), last=k == len(raw) - 1) for k, i in enumerate(raw)]
            if len(items) >= 2 and all(len(i) >= 2 and i in clause for i in items):
                return "、".join(items) + "等", only.group(0)
        whole = _ONLY_IN_ALL.search(clause)
        if whole:
            counted = whole.group("count") + whole.group("unit")
            noun = clause[whole.end():whole.end() + 4]
            at = sentence.find(counted + noun[:2]) if len(noun) >= 2 else -1
            if at >= 0 and not re.search(r"(?:共有|总共|一共|共计|全市有|全市共)$", sentence[max(0, at - 4):at]):
                return counted + clause[whole.end():][:16], re.search(r"只有|仅有|只剩", whole.group(0)).group(0)
    return None


# A count and the kind of thing it counts (6个乡村振兴示范乡镇): the kind's last word, where kinds of place, body or
# work differ (示范村 for the report's 示范乡镇)
_COUNT_AND_THING = re.compile(r"(?<![\d.])(?P<count>\d+|[两三四五六七八九十]+)(?P<unit>个|家|所|座|项|条|户|名|处)"
                              r"(?P<thing>[\u4e00-\u9fff]{2,12})")
_KIND_HEAD = re.compile(r"乡镇|村|镇|乡|县|社区|小区|户|学校|企业|公司|项目|基地|园区|景区|医院|卫生院")


def other_thing_counted(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the report's thing, the claim's) when the claim's count is the report's, on a thing named like the report's
    but of another kind at its end (6个乡村振兴示范村 for the report's 6个乡村振兴示范乡镇); None otherwise. A
    thing the claim names shorter (6个示范乡镇) is the report's.

    >>> other_thing_counted("集中打造安集海镇、大泉乡等6个乡村振兴示范村", "柳毛湾镇6个乡村振兴示范乡镇,将乌兰乌苏镇城庄子村…")
    ('乡村振兴示范乡镇', '乡村振兴示范村')
    >>> other_thing_counted("集中打造6个示范乡镇", "柳毛湾镇6个乡村振兴示范乡镇") is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence or "")
    for m in _COUNT_AND_THING.finditer(text):
        for r in _COUNT_AND_THING.finditer(sentence):
            if (m.group("count"), m.group("unit")) != (r.group("count"), r.group("unit")):
                continue
            mine, said = m.group("thing"), r.group("thing")
            common = len(os.path.commonprefix([mine, said]))
            if common < 2:
                continue
            own, report = _KIND_HEAD.match(mine[common:]), _KIND_HEAD.match(said[common:])
            if own and report and not (own.group(0) in report.group(0) or report.group(0) in own.group(0)):
                return said[:common] + report.group(0), mine[:common] + own.group(0)
    return None


def _shared_modifier(items) -> str:
    """The modifier every item of a list starts with, which a writer may leave out (模范 of 模范集体、模范个人);
    '' when the items share none or it would leave an item under two characters.

    >>> _shared_modifier(("模范集体", "模范个人")), _shared_modifier(("一小", "二小"))
    ('模范', '')
    """
    if len(items) < 2:
        return ""
    shared = os.path.commonprefix(list(items))
    return shared if len(shared) >= 2 and all(len(i) - len(shared) >= 2 for i in items) else ""


def _said_of_item(item: str, text: str, at: int, shared: str = "") -> int:
    """How many characters of ``text`` from ``at`` name a list item: the whole item, the item without the
    modifier ``shared`` by its whole list (个人 of 模范集体、模范个人), or its end without the place or body it
    starts with (城庄子村 of 乌兰乌苏镇城庄子村, 第八师石河子市 of 兵团第八师石河子市); 0 if none.

    >>> _said_of_item("乌兰乌苏镇城庄子村", "只确定了城庄子村这一个", 4), _said_of_item("一小", "只有二小", 2)
    (4, 0)
    >>> _said_of_item("模范个人", "只表彰了个人", 4, shared="模范"), _said_of_item("模范集体20个", "只表彰了集体", 4, shared="模范")
    (2, 2)
    """
    if text.startswith(item, at):
        return len(item)
    if shared and item.startswith(shared):
        rest = re.sub(r"\d+(?:\.\d+)?[\u4e00-\u9fff]?$", "", item[len(shared):])  # (集体 of 模范集体20个)
        if len(rest) >= 2 and text.startswith(rest, at):
            return len(rest)
    for k in range(len(item) - 1, 2, -1):
        if text.startswith(item[-k:], at) and re.search(r"[镇乡县市区师团]$", item[:-k]):
            return k
    return 0


def _past_verb(text: str, at: int) -> int:
    """Where the things after an "only" start: past one verb word that may stand first, with its 了 or 过
    (只打造城庄子村一个, 只安排了一小和二小), or past the 和 of "only with" (只和第八师共建).

    >>> _past_verb("只打造城庄子村一个", 1), _past_verb("只有七小一所", 2), _past_verb("只安排了一小", 1)
    (3, 2, 4)
    >>> _past_verb("只和兵团第八师石河子市共建", 1)
    2
    """
    first = next(iter(pos_tags(text[at:at + 8])), None)
    if first and first[1] == "v" and 2 <= len(first[0]) <= 3:
        at += len(first[0])
        return at + 1 if text[at:at + 1] in ("了", "过") else at
    if text[at:at + 1] in ("和", "与", "跟", "同", "在"):
        return at + 1
    return at


# The work a list's first item is read with (巩固发展纺织服装业、农副产品加工业…: 纺织服装业 is the item)
_LEADING_WORK_VERBS = re.compile(r"^(?:继续|大力|积极|加快|着力|重点)?(?:巩固|发展|建设|打造|推进|培育|壮大|扶持|支持|推动|实施|提升)+"
                                 r"(?=[\u4e00-\u9fff]{3})")


def _past_work_verbs(item: str) -> str:
    """A list's first item without the work verbs it is read with.

    >>> _past_work_verbs("巩固发展纺织服装业"), _past_work_verbs("发展馕")
    ('纺织服装业', '发展馕')
    """
    return _LEADING_WORK_VERBS.sub("", item)


def _bare_item(item: str, last: bool) -> str:
    """A list item without the preposition a list's first item is read with (与兵团第八师石河子市) and, for
    the last, without the verb phrase after it (第七师建立共同生活).

    >>> _bare_item("与兵团第八师石河子市", last=False), _bare_item("第七师建立共同生活", last=True)
    ('兵团第八师石河子市', '第七师')
    >>> _bare_item("残膜回收一体机", last=True)
    '残膜回收一体机'

    """
    if len(item) > 3 and item[0] in "与和同跟将把对在":
        item = item[1:]
    if last:
        at = 0
        for word, flag in pos_tags(item):
            # (a verb inside a thing's name is no verb after it: 残膜回收一体机)
            if flag == "v" and at >= 2 and not re.search(r"(?:机|器|车|仪|站|厂|馆|中心|基地|设备|设施|终端)$", item):
                return item[:at]
            at += len(word)
    return item


def _paired_with(after_only: str, claim: str, sentence: str) -> OnlyOne | None:
    """The thing a claim says is the only one when the sentence pairs it with another by 和/与/及
    (智慧能源和恒力热力脱硫脱硝设备建成投用) that the claim never names.

    >>> _paired_with("智慧能源一家", "建成投用的只有智慧能源一家", "智慧能源和恒力热力脱硫脱硝设备建成投用")
    OnlyOne(item='智慧能源', items=('智慧能源', '恒力热力'))
    >>> _paired_with("智慧能源和恒力热力", "只有智慧能源和恒力热力", "智慧能源和恒力热力脱硫脱硝设备建成投用") is None
    True
    """
    name = _name_said(after_only, sentence, longest=10, shortest=3)
    if not name:
        return None
    for m in re.finditer(re.escape(name), sentence):
        after = re.match(r"(?:和|与|及)([\u4e00-\u9fff]{%d})" % len(name), sentence[m.end():])
        before = re.search(r"([\u4e00-\u9fff]{%d})(?:和|与|及)$" % len(name), sentence[:m.start()])
        for other in (after, before):
            if other and other.group(1) not in claim and not re.search(r"[和与及的是在将]", other.group(1)):
                pair = (name, other.group(1)) if other is after else (other.group(1), name)
                return OnlyOne(name, pair)
    return None


def _name_said(after_only: str, sentence: str, longest: int, shortest: int) -> str:
    """The longest start of what follows a claim's "only" (``shortest`` to ``longest`` Chinese characters)
    that the sentence says, else ''.

    >>> _name_said("智慧能源一家", "智慧能源和恒力热力脱硫脱硝设备建成投用", 10, 3)
    '智慧能源'
    """
    return next((after_only[:k] for k in range(min(longest, len(after_only)), shortest - 1, -1)
                 if after_only[:k] in sentence and re.fullmatch(r"[\u4e00-\u9fff]+", after_only[:k])), "")


def _listed_beside(after_only: str, sentence: str) -> OnlyOne | None:
    """The thing a claim says is the only one when the sentence names it beside a list of others of its
    kind (宏业煤矿90万吨/年及宝英、恒源…鑫泉煤矿60万吨/年: the list's last item shares its head, 煤矿).

    >>> _listed_beside("宏业煤矿一家", "推进宏业煤矿90万吨/年及宝英、恒源、恒力煤矿60万吨/年改扩建工程")
    OnlyOne(item='宏业煤矿', items=('宏业煤矿', '宝英', '恒源', '恒力煤矿'))
    """
    name = _name_said(after_only, sentence, longest=12, shortest=4)
    if not name:
        return None
    head = name[-2:]
    for enum in enumerations_in(sentence):
        # (the first item read from after the joiner before it: 90万吨/年及宝英 → 宝英)
        items = tuple(re.sub(r"^.*(?:及|和|与|以及)", "", i) for i in enum.items if i)
        if len(items) >= 2 and name not in items and items[-1].endswith(head) and items[-1] != name:
            # (城庄子村, an item named short: 乌兰乌苏镇城庄子村 is on the list, not beside it)
            return OnlyOne(name, items if any(i.endswith(name) for i in items) else (name, *items))
    return None


@lru_cache(maxsize=4)
def _lists_of(sentences: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    """Each 、-list of the sentences as (its items, bare, the normalized sentence holding it)."""
    lists = []
    for sentence in sentences:
        report = normalize(sentence)
        for enum in enumerations_in(report):
            items = tuple(_bare_item(re.sub(r"^.*(?:依托|和|与|及)", "", i), last=k == len(enum.items) - 1)
                          for k, i in enumerate(enum.items) if i)
            lists.append((tuple(re.sub(r"等.*$", "", i) for i in items), report))
    return lists


# Words too common to tell one of a report's passages from another
_COMMON_NOUNS = frozenset("企业 报告 工作 项目 发展 建设 政府 全市 沙湾 我市 产业 基地 方面".split())


def list_with_another_thing(claim: str, sentences: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the claim's list, the report's list that goes with the claim's other words) when the claim names a
    report list (沃谷、天海、天宝) with things the report names beside another list of the same kind
    (依托纺织服装标准厂房和天目湖、信泰、裕鑫源等企业…) and never beside this one; None otherwise.

    >>> list_with_another_thing("依托纺织服装标准厂房和沃谷、天海、天宝等企业,引进中上游企业落地", [
    ...     "依托沃谷、天海、天宝等粮食油料加工企业建设进出口粮油加工基地",
    ...     "依托纺织服装标准厂房和天目湖、信泰、裕鑫源等企业,积极引进中上游企业落地,延伸产业链形成产业集群"])
    (('沃谷', '天海', '天宝'), ('天目湖', '信泰', '裕鑫源'))
    """
    text = normalize(claim)
    lists = _lists_of(tuple(sentences))
    for items, stretch in lists:
        named = tuple(i for i in items if len(i) >= 2 and i in text)
        if len(named) < 2 or len(named) < len(items) - 1:
            continue
        listed = "|".join(map(re.escape, named))
        rest = re.sub(listed, "", text)
        nouns = [w for w, flag in pos_tags(rest) if (flag[:1] == "n" or flag in ("vn", "j")) and len(w) >= 2
                 and w not in _COMMON_NOUNS and w not in stretch]
        # (the kind of thing listed, after the claim's 等: 沃谷、天海、天宝等企业 — the other list must be of it too)
        kind = re.search(re.escape(named[-1]) + r"等([\u4e00-\u9fff]{2,8})", text)
        if len(nouns) < 2 or not kind:
            continue
        for other, other_stretch in lists:
            if other == items or any(i in text for i in other if len(i) >= 2):
                continue
            of_kind = re.search(re.escape(other[-1]) + r"等[\u4e00-\u9fff]{0,8}?" + re.escape(kind.group(1)[-2:]),
                                other_stretch)
            if of_kind and sum(w in other_stretch for w in nouns) * 2 >= len(nouns):
                return named, tuple(i for i in other if len(i) >= 2)
    return None


# Words any listed work may share with another (项目, 建设…): no sign that two items are one
_WORK_WORDS = frozenset(("项目", "工程", "建设", "基地", "加工", "生产", "实施", "推进"))
# A place a claim puts its thing in or on (是在金沟河上实施的, 位于老沙湾镇)
_PLACED_AT = re.compile(r"(?:是|都|也)?(?:在|位于|地处|坐落在|建在)(?P<place>[\u4e00-\u9fff]{2,8}?)(?:上|里|内|境内|一带|附近)?"
                        r"(?:实施|建设|开展|进行|修建|搞|做|干)?(?:的)?(?:项目|工程)?[。.!！]?$")


def place_from_other_item(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the sentence's item, the item the place belongs to) when a claim puts a listed work in a place that the
    sentence's list gives another item (防洪治理沙湾段续建…是在金沟河上实施的, where the list has 玛纳斯河防洪治理
    沙湾段续建 and 金沟河十级水电站); None otherwise.

    >>> s = "投资7064万元实施玛纳斯河防洪治理沙湾段续建、巴音沟灌区节水配套改造、金沟河十级水电站建设等项目"
    >>> place_from_other_item("报告提到的防洪治理沙湾段续建项目，是在金沟河上实施的", s)
    ('玛纳斯河防洪治理沙湾段续建', '金沟河十级水电站建设等项目')
    >>> place_from_other_item("防洪治理沙湾段续建项目是在玛纳斯河上实施的", s) is None
    True
    >>> t = "打造安集海镇辣椒、乌兰乌苏镇富硒杂粮等农产品生产加工基地"
    >>> place_from_other_item("辣椒加工基地建在安集海镇，富硒杂粮加工基地建在乌兰乌苏镇", t) is None
    True
    """
    claim, sentence = normalize(claim), normalize(sentence)
    placed = _PLACED_AT.search(claim)
    if placed is None or placed.group("place") not in sentence:
        return None
    place = placed.group("place")
    items = [i for i in re.split(r"[、,，;；。]", sentence) if i]
    # (what is placed: the clause of the place, or the one before when the place's clause is only 是在…: not an
    # earlier clause placing another item — 辣椒加工基地建在安集海镇，富硒杂粮加工基地建在乌兰乌苏镇)
    clauses = re.split(r"[,，;；]", claim[:placed.start()])
    thing = clauses[-1] if len(clauses[-1]) >= 4 or len(clauses) == 1 else clauses[-2] + clauses[-1]
    if re.search(r"在|位于", thing):
        return None  # (一个在乌兰乌苏镇，一个在大泉乡: each placed in its own clause)
    # the claim's item: the sentence's item sharing the most characters in a row with what the claim places
    def shared(item: str) -> int:
        return max((n for n in range(len(item), 3, -1) for i in range(len(item) - n + 1) if item[i:i + n] in thing),
                   default=0)
    best = max(items, key=shared)
    if shared(best) < 4 or place in best:
        return None
    home = next((i for i in items if place in i and i != best), None)
    if home is None:
        return None
    # (an item of the place that shares a word of the thing is the thing's own: 辣椒 of 安集海镇辣椒)
    pairs = {home.replace(place, "")[i:i + 2] for i in range(len(home) - len(place) - 1)}
    if any(p in thing and p not in _WORK_WORDS and CJK_CHAR.fullmatch(p[0]) for p in pairs):
        return None
    return re.sub(r"^.*?(?:实施|建设|新建|推进)", "", best), home


class MixedName(NamedTuple):
    """A name a claim joins from the front of one listed name and the back of another."""
    said: str  # the claim's name (疆山纪组团式星空屋)
    items: tuple[str, str]  # the report's two names it is made of (疆山纪(鹿角湾)野奢, 云栖山庄组团式星空屋)
    clause: str  # the report's clause that lists them (鹿角湾云栖山庄组团式星空屋、疆山纪(鹿角湾)野奢营地项目成功落地实施)


MIN_FRONT, MIN_BACK = 2, 3  # (shorter pieces — 一, 乡 — are shared by too many names to tell them apart)


def name_of_two_items(claim: str, sentence: str) -> MixedName | None:
    """The name when a claim joins the front of one item of a 、-list of the sentence to the back of another
    (疆山纪组团式星空屋 for 鹿角湾云栖山庄组团式星空屋、疆山纪(鹿角湾)野奢营地; 金沟河二级水电站 for
    金沟河十级水电站、宁家河二级水电站): each piece is said by one of the two names only, and the whole by neither;
    None otherwise.

    >>> s = "鹿角湾云栖山庄组团式星空屋、疆山纪(鹿角湾)野奢营地项目成功落地实施"
    >>> name_of_two_items("疆山纪组团式星空屋和云栖山庄野奢营地两个项目已落地", s).said
    '疆山纪组团式星空屋'
    >>> name_of_two_items("云栖山庄组团式星空屋和疆山纪野奢营地两个项目已落地", s) is None
    True
    >>> name_of_two_items("疆山纪的组团式星空屋已落地", s).said
    '疆山纪的组团式星空屋'
    >>> name_of_two_items("展示“历史与现代深度融合”的城市形象", "展示“历史与现代交相辉映”“文化与创新深度融合”的城市形象").said
    '历史与现代深度融合'
    """
    text, sentence = normalize(claim), normalize(sentence)
    # (a run of quoted phrases is a list too: “历史与现代交相辉映”“文化与创新深度融合”)
    quoted = [Enumeration(tuple(re.findall(r"“([^”]{2,20})”", m.group(0))), m.start(), m.end())
              for m in re.finditer(r"(?:“[^”]{2,20}”[、和与及]?){2,}", sentence)]
    for enumeration in enumerations_in(sentence) + quoted:
        items = [re.sub(r"[(（][^)）]*[)）]", "", item) for item in enumeration.items]
        for i, first in enumerate(items):
            for j, second in enumerate(items):
                if i == j:
                    continue
                for k in range(MIN_FRONT, len(first) - 1):
                    front = first[:k]
                    if front in second:
                        continue
                    at = text.find(front)
                    while at >= 0:
                        rest = text[at + k:]
                        # (the pieces may be joined by 的: 汇鑫机械的水电装备项目, a back of four characters or more)
                        of = "的" if rest.startswith("的") and rest[1:2] != first[k] else ""
                        rest = rest[len(of):]
                        back = next((second[m:] for m in range(1, len(second) - MIN_BACK + 1)
                                     if rest.startswith(second[m:])), "")
                        # (the claim going on as the first name does is that name: 金沟河十级水电站建设; a piece that
                        # starts with a preposition or a verb is no name's: 与兵团建立共同生活都市圈)
                        if back and back not in first and front + back not in sentence and rest[:1] != first[k] \
                                and (not of or len(back) >= 4 and front + of + back not in sentence
                                     and pos_tags(front)[-1][1] in _NAME_FLAGS and pos_tags(front)[0][1][0] not in "vd") \
                                and pos_tags(front)[0][1] != "p" and not pos_tags(back)[0][1].startswith("v"):
                            start = max(sentence.rfind(mark, 0, enumeration.start) for mark in "，,；;。") + 1
                            ends = [e for e in (sentence.find(mark, enumeration.end) for mark in "，,；;。") if e >= 0]
                            return MixedName(front + of + back, (enumeration.items[i], enumeration.items[j]),
                                             sentence[start:min(ends, default=len(sentence))])
                        at = text.find(front, at + 1)
    return None


# The words on either side of a 的 (国泰民安|的|社会环境; 市人大、政协|的|监督支持): cut at punctuation, a list's joiner,
# a frame word (在…下) or another 的
_OF_PHRASE_BREAK = re.compile(r"[^\u4e00-\u9fff]|和|与|及|、|在|的")
_AFTER_OF = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?=[^\u4e00-\u9fff]|和|与|及|、|下|的|$)")


class SwappedModifier(NamedTuple):
    said: str  # the claim's pairing (风清气正的社会环境)
    report: str  # the report's pairing of that thing (国泰民安的社会环境)


def _of_pairs(text: str) -> list[tuple[str, str]]:
    """(what comes before, what comes after) each 的 of ``text`` that joins two words of two or more characters."""
    pairs = []
    for at in (m.start() for m in re.finditer("的", text)):
        # (the last ten characters of a longer run: 报告要求今年营造国泰民安 → 要求今年营造国泰民安)
        before = text[max((m.end() for m in _OF_PHRASE_BREAK.finditer(text, 0, at)), default=0):at][-10:]
        after = _AFTER_OF.match(text[at + 1:])
        if len(before) >= 2 and after:
            pairs.append((before, after.group(1)))
    return pairs


def modifier_of_other_item(claim: str, sentence: str) -> SwappedModifier | None:
    """The claim's ``X的Y`` when the sentence pairs its X with another thing and its Y with another X, in two
    ``…的…`` phrases of its own (平稳健康的经济环境、国泰民安的社会环境和风清气正的政治环境 — the claim's
    风清气正的社会环境; 在市委的坚强领导下，在市人大、政协的监督支持下 — the claim's 市人大、政协的坚强领导); None
    when each X and Y is said with its own, or the sentence pairs either in more than one way.

    >>> s = "全力营造平稳健康的经济环境、国泰民安的社会环境和风清气正的政治环境"
    >>> modifier_of_other_item("要营造风清气正的社会环境和国泰民安的政治环境", s)
    SwappedModifier(said='风清气正的社会环境', report='国泰民安的社会环境')
    >>> modifier_of_other_item("要营造国泰民安的社会环境", s) is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence)
    report = _of_pairs(sentence)
    if len(report) < 2:
        return None
    for before, after in _of_pairs(text):
        if f"{before}的{after}" in sentence:
            continue
        owners = [i for i, (b, _) in enumerate(report) if b.endswith(before) or before.endswith(b)]
        heads = [i for i, (_, a) in enumerate(report) if a.startswith(after) or after.startswith(a)]
        # (the sentence's modifiers must tell its phrases apart: 实行最严格的…制度、最严格的…制度 share theirs)
        apart = not any(i != j and (report[i][0].endswith(report[j][0]) or report[i][1].startswith(report[j][1]))
                        for i in range(len(report)) for j in range(len(report)))
        if len(owners) == 1 and len(heads) == 1 and owners != heads and apart:
            owner, head = report[owners[0]], report[heads[0]]
            if owner[1] not in text or head[0] not in text or owner[1] != head[1]:
                return SwappedModifier(f"{owner[0] if before.endswith(owner[0]) else before}的{after}",
                                       f"{head[0]}的{head[1]}")
    return None


# Places given to the things named before, one each in order (两村分别在乌兰乌苏镇和金沟河镇)
_RESPECTIVELY_IN = re.compile(r"分别(?:在|位于|属于|地处|隶属于?|来自)(?P<places>[\u4e00-\u9fff、]{4,40}?)(?:境内|辖区)?[。.!！]?$")
_PLACE_FRONT = re.compile(r"^[\u4e00-\u9fff]{2,5}?[镇乡]")


def place_of_other_item(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's thing and place, the sentence's item naming that thing) when a claim gives the things it names
    one place each (城庄子村和烧坊庄子村…，两村分别在乌兰乌苏镇和金沟河镇) and the sentence's list puts one of them
    in another place (乌兰乌苏镇城庄子村、大泉乡烧坊庄子村); None when each is in its own place or a place is not read.

    >>> s = "将乌兰乌苏镇城庄子村、大泉乡烧坊庄子村作为自治区级乡村振兴示范村重点村进行打造"
    >>> place_of_other_item("城庄子村和烧坊庄子村将作为重点村打造，两村分别在乌兰乌苏镇和金沟河镇。", s)
    ('烧坊庄子村在金沟河镇', '大泉乡烧坊庄子村')
    >>> place_of_other_item("城庄子村和烧坊庄子村分别在乌兰乌苏镇和大泉乡", s) is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence)
    said = _RESPECTIVELY_IN.search(text)
    if said is None:
        return None
    places = [p for p in re.split(r"、|和|与|及", said.group("places")) if p]
    located = []  # (where the claim names it, the thing, the sentence's item)
    for enumeration in enumerations_in(sentence):
        for item in enumeration.items:
            front = _PLACE_FRONT.match(item)
            thing = item[front.end():] if front else ""
            at = text.find(thing, 0, said.start()) if len(thing) >= 2 else -1
            if at >= 0:
                located.append((at, thing, item))
    located.sort()
    if len(located) != len(places) or len(places) < 2:
        return None
    for (_, thing, item), place in zip(located, places):
        if not item.startswith(place):
            return f"{thing}在{place}", item
    return None


# A deed done to one or more titles in a row (修订《…规划》, 编制《…》《…》): the verb just before the run
_TITLES_DONE = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?P<titles>(?:《[^》]{2,40}》[、和及与]?)+)")


def _title_deeds(text: str) -> dict[str, str]:
    """Each 《title》 of ``text`` with the two-character verb before its run of titles (修订《沙湾市全域旅游发展规划》
    → {'沙湾市全域旅游发展规划': '修订'})."""
    deeds: dict[str, str] = {}
    for m in _TITLES_DONE.finditer(text):
        for title in re.findall(r"《([^》]{2,40})》", m.group("titles")):
            deeds.setdefault(title, m.group("verb"))
    return deeds


def deed_of_other_title(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's deed and title, the sentence's) when a claim does to a 《title》 what the sentence does to another
    title of its own (编制《沙湾市全域旅游发展规划》 where the sentence 修订 it and 编制 the next); None otherwise.

    >>> s = "修订《沙湾市全域旅游发展规划》,编制《沙湾市“十四五”文化和旅游产业发展规划》"
    >>> deed_of_other_title("今年要编制《沙湾市全域旅游发展规划》", s)
    ('编制《沙湾市全域旅游发展规划》', '修订《沙湾市全域旅游发展规划》')
    >>> deed_of_other_title("今年要修订《沙湾市全域旅游发展规划》", s) is None
    True
    """
    report = _title_deeds(normalize(sentence))
    if len(set(report.values())) < 2:
        return None
    for title, verb in _title_deeds(normalize(claim)).items():
        own = report.get(title)
        if own and verb != own and verb in report.values():
            return f"{verb}《{title}》", f"{own}《{title}》"
    return None


_DEED_TAGS = ("v", "vn", "vd", "ad", "a", "d", "i", "l")  # (统揽|全局, 有力|监督, 团结奋斗: what a body did, and how)
_BODY_END_TAGS = ("n", "nr", "ns", "nt", "nz", "j", "l")  # (市委, 政协, 社会各界: who did it)


def _parallel_cores(sentence: str) -> list[str]:
    """The clauses of ``sentence`` that end in the same 的-frame as another (是…统揽全局、正确领导的结果,
    是人大、政协有力监督、鼎力支持的结果), without the frame and a leading 是 / 更是; [] when fewer than two. (Clauses
    of figures are the figure reader's; clauses that only end in the same word, 精准防控, are no frame.)"""
    clauses = [c for c in re.split(r"[,，;；。]", sentence) if c and not re.search(r"\d", c)]
    for size in (4, 3):
        ends = [c[-size:] for c in clauses if len(c) > size + 4 and c[-size] == "的"]
        shared = {e for e in ends if ends.count(e) >= 2}
        if shared:
            end = max(shared, key=ends.count)
            return [re.sub(r"^(?:是|更是|也是|都是|还是)", "", c[:-size]) for c in clauses
                    if c.endswith(end) and len(c) > size + 4]
    return []


def deed_of_other_body(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the claim's words, the sentence's clause they take the deed from) when a claim gives the body named in one of
    the sentence's parallel clauses the deed of another (人大、政协统揽全局、正确领导 where the sentence's clauses are
    …市委统揽全局、正确领导的结果, 是人大、政协有力监督、鼎力支持的结果); None otherwise.

    >>> s = "这些成绩的取得,是地委、行署和市委统揽全局、正确领导的结果,是人大、政协有力监督、鼎力支持的结果。"
    >>> deed_of_other_body("成绩是人大、政协统揽全局、正确领导的结果", s)
    ('人大、政协统揽全局、正确领导', '地委、行署和市委统揽全局、正确领导')
    >>> deed_of_other_body("成绩离不开人大、政协的有力监督", s) is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence)
    cores = _parallel_cores(sentence)
    if len(cores) < 2:
        return None

    def piece_at(at: int) -> tuple[int, int]:  # (the longest run from ``at`` said by one core only, that core)
        for end in range(min(len(text), at + 20), at + 1, -1):
            owners = [k for k, core in enumerate(cores) if text[at:end] in core]
            if len(owners) == 1:
                return end, owners[0]
        return at, -1

    at = 0
    while at < len(text):
        end, owner = piece_at(at)
        if owner < 0:
            at += 1
            continue
        gap = re.match(r"(?:的|、|和|在)?", text[end:]).end()
        after, other = piece_at(end + gap)
        if other >= 0 and other != owner and after - end - gap >= 2 and end - at >= 2:
            body, deed = text[at:end], text[end + gap:after]
            if pos_tags(body)[-1][1] in _BODY_END_TAGS and pos_tags(deed)[0][1] in _DEED_TAGS \
                    and f"{body}{deed}" not in sentence and f"{body}的{deed}" not in sentence:
                return f"{body}{text[end:end + gap]}{deed}", cores[other]
        at = end
    return None
