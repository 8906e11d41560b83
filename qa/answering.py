"""Extractive answers with sentence citations, the right period, numeric faithfulness and refusal.

No language model: the answer is the clause of a report sentence that carries the asked-for fact,
framed as a Chinese sentence with ``[n]`` citation markers. Steps:

1. retrieve the top chunks (retrieval.py) and score every sentence in them: coverage of the
   question's characters, bigrams and words (IDF-weighted), dense similarity, answer shape (a figure,
   a unit, a change), and whether its period is the one asked about;
2. cut the best sentence into clauses and keep the clause(s) that carry the fact;
3. when the question names no period and both the review and the plan give the figure, give both;
4. check that every number of the answer appears verbatim in a cited sentence (else quote the
   sentence); refuse when support is weak, the year is absent or only another period has it.
"""

from __future__ import annotations

import math
import re
import time
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, Protocol

import numpy as np

from .about_report import Opening, about_report_ask, opening_lines
from .gate import AnswerGate, default_gate
from .conversation import MULTI_ASK, resolve_conversation
from .yesno import (DOUBLED, asks_if_target_met, choice_of_two, comparative_ask, comparison_verdict, level_mismatch,
                    existence_reply, negated_event, not_done_yet, title_worked_for, way_choice, way_said,
                    yesno_decision)
from .homophones import HomophoneIndex, word_boundaries
from .config import Settings
from .crosslingual import (cedict_city_names, english_place_names, translate, translated_share, translation_groups,
                           typing_slips)
from .index import sentence_term_stats
from .lexical import word_tokens
from . import messages
from .chunking import Chunk
from .claim_lists import named_in_a_list
from .claim_english import english_to_report_wording
from .claims import CONTRADICTED, VILLAGE_PLACED, all_for_some, check_claim, report_view
from .facts import PART_OF_YEAR, content_words, extract
from .pinyin_names import PinyinNames
from .compose import (BACKGROUND_PLACES, LEADING_CONTINUATION, QUANTITY, WORDED_COUNT, clause_has_type, closing_clause,
                      drop_leading_verbs, enumeration, has_counted_figure, has_number_with_unit, is_building_verb,
                      looks_like_name, named_things, pos_tags, said_alone)
from .overview import (BLOCK_SENTENCES, EN_OVERVIEW_FRAME, MAX_BLOCK_SENTENCES, MIN_BLOCK_POINTS, OVERVIEW_FIGURES,
                       OVERVIEW_POINTS, RUN_IN_ITEM_CHARS, block_from, block_points, figure_points, figures_left_out,
                       heads_with_details, judgement_point, lead_points, names_loosely, opens_run_in_block,
                       overview_topic, paragraph_items, report_topic_words, sentence_figures, sentence_text,
                       spread_over_blocks, topic_span, topic_words_left, without_titles)
from .domain import (CITATION_MARKER, NUMBERED_SCHOOL, PLAN_WORDS, REVIEW_WORDS, WHOLE_OWN_PLACE, YEAR_EXPRESSION,
                     numbers_in, numbers_supported_by, strip_place_suffix)
from .glossary import (EN_SUBSET, EVERYDAY_TERMS, INSIDE_LONGER, SUBSET_QUALIFIERS, WHOLES, contrast_of,
                       only_as_whole, report_synonym, said_as, strip_filler, to_report_terms)
from .english_terms import ENGLISH_TERMS, spelt_out
from .question import (GENERIC_ATTRIBUTES, PROPER_FLAGS, QUESTION_CHARS, QUESTION_WORDS, UNIT_GROUPS, AskedForm,
                       Question, analyse, asked_attributes, asked_form, money_read_as_name, place_names,
                       topic_nouns, without_chinese_gloss)
from .retrieval import Hit, Retriever, check_query
from .text import CJK_CHAR, char_tokens, has_cjk, normalize, split_clauses
from .understanding import (Understanding, answer_type, asks_opinion, indicator_words, is_question_shaped,
                            situation_years, small_talk_kind, stated_figures_in, understand, with_arabic_numerals,
                            set_aside_names, without_situation, without_the_change_ruled_out)

TOP_CHUNKS = 5
FOLLOWING_SENTENCES = 3  # how far from the topic's sentence the place asked may be named (对口支援 … 辽宁鞍山)
MAX_REPORTS_ASKED = 3  # a question naming no place, several places indexed: answered from this many reports at most
EXACT_PHRASE_MAX_CHUNKS = 20_000
# How sure a figure is (预计 / 估计 / 预期): no word of what it is about.
_ESTIMATE_HEDGE = re.compile(r"预计|估计|预期|预估")
# Words that frame a figure question without naming its subject (the report's city, 全市, 预计, 完成).
_UNIT_WORDS = frozenset(u for group in UNIT_GROUPS.values() for u in group)
_NOT_SUBJECT_WORDS = frozenset("全市 我市 本市 全年 预计 预期 完成 实现 达到 增长 增加 提高 下降 减少 计划 目标 力争 同比 比上年 一共 总共 累计 "
                               # how people frame an ask (政府统计的…, 加起来一共, 这些项目): no subject of a figure
                               "政府 市里 统计 起来 加起来 一年 这些 那些 东西 老百姓 群众 大家 到底 实际 "
                               # a figure taken as a whole (旅游综合收入 = 旅游收入): no narrowing
                               "综合 整体 总体".split())
KEY_TERM_FLAGS = ("n", "nz", "ns", "nt", "nr", "nl", "ng", "j", "l", "vn")
KEY_TERM_SHARE = 0.05  # a word in fewer than this share of chunks is specific to a topic
_ASKING = re.compile(r"多少|几|什么|哪|怎|如何|是否|有没有|是不是")
ENGLISH_SURE_SHARE = 0.8  # share of an English question's words found in the report's vocabulary
ENGLISH_SURE_COVERAGE = 0.6  # share of the translated words the cited passage carries
MIN_REPORT_WORDS = 0.3  # below this share of report words, a text that asks nothing is not about the report
TYPED_ANSWERS = ("person", "organisation", "place", "time", "count")
TYPED_LOOKAHEAD = 5  # sentences considered when the best one lacks the asked kind of thing
TYPED_MARGIN = 0.25
TYPED_NEIGHBOURS = 2  # sentences away from one of the best three that a name or time may stand  # how much weaker a sentence holding it may score and still be preferred
PEER_LOOKAHEAD = 8  # candidates looked at for the items of a list the report spreads over sentences
PEER_SHARE = 0.8  # each scores at least this share of the best sentence's coverage of the question
MIN_PEERS = 2
# Direction words a yes/no question asks about (下降了吗, 是不是涨了): decided by the sentence, not searched for.
_YESNO_DIRECTION = re.compile(r"下降|减少|降低|下滑|回落|增长|增加|提高|上升|上涨")
# A count of kinds or rounds (几大中心, 几场战役, 几类), which a report writes in words (五大中心, 三场).
_COUNT_OF_KINDS_ASK = re.compile(r"(?<![好十这那])几(?:大|场|类|种|批|项|个)")
_COUNT_ASK = re.compile(r"(?:多少|(?<![好十这那])几)(?:个|项|家|所|条|座|批|处|类|种)")
# Words between a figure's noun and its ask that do not name the figure (框架 and direction words).
# A when-question asking the year (哪一年, 什么时候), not a finer time (几月份, 哪天) the report's parts cannot give.
_YEAR_ASK = re.compile(r"哪一?年|什么时候|何时|啥时候|哪个年份")
# Any part of a year a sentence says (7月, 季度, 秋季, 年底): its figures are not only the whole year's.
_ANY_PART_OF_YEAR = re.compile(r"\d{1,2}月|[一二三四五六七八九十]月|半年|季度|个月|月份|春季|秋季|夏季|冬季|年底|年初|年中")


def part_of_year_unsaid(question: str, sentence: str) -> str:
    """The part of a year a question asks about (2021年7月份接待了多少游客) when the sentence says no part of a
    year at all (全年接待游客286.35万人次): its figure is the whole year's; '' otherwise.

    >>> part_of_year_unsaid("2021年7月份沙湾接待了多少游客", "全年接待游客286.35万人次")
    '7月份'
    >>> part_of_year_unsaid("今年上半年开工了吗", "项目已于6月开工"), part_of_year_unsaid("几月开工", "全年")
    ('', '')
    """
    asked = PART_OF_YEAR.search(normalize(question))
    if not asked or _ANY_PART_OF_YEAR.search(normalize(sentence)):
        return ""
    return asked.group(0)


# An English question about several things or a whole (projects such as A and B, in total, altogether)
_EN_SEVERAL = re.compile(r"\b(?:such as|including|and|or|in total|total|altogether|combined|all|[a-z]+s\s+like)\b|"
                         r"\b(?:projects|roads|works|stations|schools|villages|towns|items)\b", re.I)
_FINER_TIME_ASK = re.compile(r"几月|月份|哪天|哪一天|几号|几日|日期|哪个月|什么季节|上半年|下半年")
_ASK_LINKS = frozenset("是 有 为 达 达到 一共 共 总共 大概 约 了 的 能 要 会 在 到 计划 预计 完成 实现 控制 新增 增加 增长 "
                       "起来 加起来 到底 究竟 又 想 干到 做到 搞到 弄到 冲到 目标 "
                       "提高 下降 减少 降低 上涨 涨 降".split())


_QUOTED_NAME = re.compile(r"[“\"][^”\"]{1,8}[”\"]")  # “12345”热线, “十四五”: a name, not a figure

MAX_ASK_LINKS = 3  # link words skipped back from the ask to its noun (能耗|下降|了|多少)


def ask_head(question: str) -> str:
    """The noun right before a figure ask, which names the figure: '改扩建工程总投资多少？' -> '投资'
    (or '总投资'), across up to ``MAX_ASK_LINKS`` link words ('能耗下降了多少' -> '能耗'); '' when the word
    before them is not a noun ('今年要完成多少', '控制在多少').

    >>> ask_head("去年一般公共预算支出是多少亿元？"), ask_head("2021年单位生产总值能耗下降了多少？")
    ('支出', '能耗')
    >>> ask_head("今年要完成多少？")
    ''
    """
    pieces = pos_tags(normalize(question))
    at = next((i for i, (w, _) in enumerate(pieces) if "多少" in w or re.fullmatch(r"几[个项家所条座名位次]?", w)), None)
    if not at:
        return ""
    after = [w for w, f in pieces[at + 1:] if CJK_CHAR.search(w) and w not in _UNIT_WORDS and f != "y"]
    if after and not all(w in ("啊", "呢", "吗", "钱", "左右") for w in after):
        return ""  # 几个援疆项目: the thing counted follows the ask
    return _noun_before(pieces, at, _ASK_LINKS)


def _noun_before(pieces, at: int, links) -> str:
    """The noun (or verbal noun) of ``pieces`` (pos_tags) right before position ``at``, across up to
    ``MAX_ASK_LINKS`` of the ``links`` words; '' when the word there is no such noun."""
    i = at - 1
    while i >= 0 and pieces[i][0] in links:
        i -= 1
    if i < 0 or i < at - MAX_ASK_LINKS - 1:
        return ""
    word, flag = pieces[i]
    return word if len(word) >= 2 and flag[:1] in ("n", "v") and not _ASKING.search(word) else ""


def _one_character_nouns(question: str, used) -> list[str]:
    """The one-character nouns of a question the report uses (馕, 煤, 桥), which word search drops.

    >>> _one_character_nouns("沙湾的馕一天能做多少个", lambda word: True)
    ['馕']
    """
    return [word for word, flag in pos_tags(question)
            if len(word) == 1 and flag in ("n", "g") and CJK_CHAR.match(word) and word not in QUESTION_CHARS
            and used(word)]


# the words between a stated figure and the noun it is of (增加值是54.2亿元, 游客超过300万)
_STATED_LINKS = _ASK_LINKS | frozenset(("是", "为", "达到", "有", "约", "超过"))


def stated_head(question: str) -> str:
    """The noun right before the figure a yes/no question states, across up to ``MAX_ASK_LINKS`` link words:
    '工业增加值是54.2亿元吗' -> '增加值'; '' when there is none.

    >>> stated_head("规上企业2021年实现的工业增加值是54.2亿元吗？"), stated_head("去年游客多吗")
    ('增加值', '')
    """
    pieces = pos_tags(normalize(question))
    at = next((i for i, (w, f) in enumerate(pieces) if f == "m" and re.search(r"\d", w)
               and not re.fullmatch(r"(?:19|20)\d{2}", w) and not (i + 1 < len(pieces) and pieces[i + 1][0] == "年")),
              None)
    return _noun_before(pieces, at, _STATED_LINKS) if at else ""



_YESNO_TAIL = re.compile(r"[，,]?\s*(?:对不对|对吗|是不是|是吗|对吧|是吧|没错吧|吗|吧|么|呢|嘛|不|没有|没)?\s*[?？。!！]*$")
# The end of a name of a body or a place (新疆农业大学, 天津农村产权交易所, 第八师石河子市)
_NAME_OF_BODY_OR_PLACE = re.compile(r"(?:大学|学院|市|县|区|州|镇|乡|村|所|院|局|厅|委|公司|师|厂|集团|协会|中心|基地)$")


def as_statement(question: str) -> str:
    """A yes/no question said as the claim it asks about: '沙湾跟石河子大学合作成立了学院，对不对？' ->
    '沙湾跟石河子大学合作成立了学院'; '' when nothing is left.

    >>> as_statement("中医医院是在人民路院区吗？"), as_statement("是不是要跟兵团第六师建都市圈？")
    ('中医医院是在人民路院区', '要跟兵团第六师建都市圈')
    """
    text = _YESNO_TAIL.sub("", question.strip())
    text = re.sub(r"^(?:是不是|是否|有没有)", "", text)
    text = text.replace("是不是", "是").replace("有没有", "有").replace("是否", "")
    return text.strip(" ，,")


# Nouns that name the same measure of a thing (投入 and 投资 of a project are its money): one stands for another.
SAME_MEASURE = (("投资", "投入", "资金", "经费", "花费"),)


def same_measure(word: str) -> tuple[str, ...]:
    """The other words naming the same measure as ``word`` (投入 -> 投资, 资金…), () when none.

    >>> same_measure("投入")[:2], same_measure("面积")
    (('投资', '资金'), ())
    """
    for group in SAME_MEASURE:
        if word in group:
            return tuple(w for w in group if w != word)
    return ()


# (s: a place word that narrows whom a figure counts — 境外/省外/海外 of 境外游客)
_QUALIFIER_FLAGS = ("n", "nz", "l", "vn", "j", "s")
# Pieces a figure's noun phrase may run back over without ending (种植 of 棉花种植面积; 去年一年 of 馕产业去年一年的产值).
_PHRASE_VERB_FLAGS = ("v", "vn")
_PHRASE_TIME_FLAGS = ("t", "m")
MAX_QUALIFIER_PIECES = 4


def head_qualifiers(question: str, head: str) -> list[str]:
    """The nouns that narrow the figure's noun (第一产业 of 第一产业增加值, 棉花 of 棉花种植面积, 馕 of
    馕产业去年一年的产值): the nouns of the phrase before ``head``, read back over its 的, verbs that name the
    activity (种植) and time words, up to the first word of another kind. Generic words, question words and
    places (checked elsewhere) are left out.

    >>> head_qualifiers("去年第一产业增加值是多少？", "增加值"), head_qualifiers("去年的增加值是多少？", "增加值")
    (['第一产业'], [])
    >>> head_qualifiers("今年棉花种植面积计划多少亩？", "面积"), head_qualifiers("馕产业去年一年的产值是多少？", "产值")
    (['棉花'], ['产业', '馕'])
    """
    pieces = pos_tags(normalize(question))
    at = max((i for i, (w, _) in enumerate(pieces) if w == head), default=None)
    if not at:
        return []
    out: list[str] = []
    j, seen = at - 1, 0
    while j >= 0 and seen < MAX_QUALIFIER_PIECES:
        word, flag = pieces[j]
        j -= 1
        if word == "的" or flag in _PHRASE_TIME_FLAGS and re.fullmatch(r"(去|今|明|前|上|本)?年|[一两半]年|全年|去年|今年", word):
            continue
        seen += 1
        single_noun = len(word) == 1 and flag in ("g", "n", "ng") and CJK_CHAR.search(word)
        if (flag in _QUALIFIER_FLAGS and len(word) >= 2) or single_noun:
            if (word not in GENERIC_ATTRIBUTES and word not in QUESTION_WORDS and word not in _NOT_SUBJECT_WORDS
                    and not _ASKING.search(word)):
                out.append(word)
            continue
        if flag in _PHRASE_VERB_FLAGS and len(word) >= 2 and not _ASKING.search(word):
            continue
        break
    return out


def qualified_phrase(question: str, qualifiers: list[str], head: str) -> str:
    """The question's words from its farthest qualifier to ``head``, time words and 的 left out (the phrase a
    refusal names).

    >>> qualified_phrase("馕产业去年一年的产值是多少？", ["产业", "馕"], "产值")
    '馕产业产值'
    """
    norm = normalize(question)
    starts = [norm.find(q) for q in qualifiers if q in norm]
    end = norm.find(head, max(starts, default=0))
    if not starts or end < 0:
        return "".join(reversed(qualifiers)) + head
    return re.sub(r"(去|今|明|前|本)年|[一两半]年|全年|的", "", norm[min(starts):end + len(head)])


# Ways to say "per person / household / mu": 平均每人 is 人均.
_PER_UNIT_FAMILIES = (("人均", "每人", "每个人", "平均每人"), ("户均", "每户", "每家", "平均每户"), ("亩均", "每亩"))


def same_per_unit(question: str, sentence: str) -> bool:
    """Whether the sentence gives the figure per the unit the question asks per (平均每人 ~ 人均).

    >>> same_per_unit("城里人平均每人能支配的钱", "城镇居民人均可支配收入"), same_per_unit("平均每户花了多少", "投入600万元")
    (True, False)
    """
    for family in _PER_UNIT_FAMILIES:
        if any(w in question for w in family):
            return any(w in sentence for w in family)
    return not _PER_UNIT.search(question) or bool(_PER_UNIT.search(sentence))


_NOT_A_THING = frozenset("钱 人 事 东西 时候 地方 样子 回事".split())


def counted_thing(question: str) -> str:
    """The noun a figure ask counts or measures, when it follows the ask: '新种了多少亩树' -> '树',
    '修了多少公里的路' -> '路', '增长多少' -> '' (a unit, money and generic nouns are not things).

    >>> counted_thing("去年新种了多少亩树？"), counted_thing("今年要新修多少公里的路？"), counted_thing("去年收入多少钱？")
    ('树', '路', '')
    """
    tags = pos_tags(normalize(question))
    at = next((i for i, (w, _) in enumerate(tags) if "多少" in w or re.fullmatch(r"几[个项家所条座名位次口台]?", w)), None)
    if at is None:
        return ""
    after = [(w, f) for w, f in tags[at + 1:] if CJK_CHAR.search(w)]
    nouns = [w for w, f in after if f[:1] == "n" and w not in GENERIC_ATTRIBUTES and w not in _UNIT_WORDS
             and w not in _NOT_A_THING and not money_read_as_name(w, f)]
    if len(nouns) != 1 or any(f[:1] == "v" for _, f in after):
        return ""  # 多少亩树 yes; 多少人参加了培训: the noun is not what is counted
    return nouns[0]


# Nouns naming people a figure can count (医生, 患者, 学生 …).
_PEOPLE_NOUN = re.compile(r"(?:医生|大夫|护士|患者|病人|学生|教师|老师|干部|人员|人才|群众|游客|居民|农民|工人|职工|儿童|"
                          r"老人|老年人|残疾人|劳动力|毕业生|志愿者|代表|委员|党员|贫困户|个体户)$")


def people_counted(question: str) -> str:
    """The people a how-many-people question counts, named right before its ask ('援疆医生一共有多少人' ->
    '医生'); '' when none is named.

    >>> people_counted("去年来沙湾的援疆医生一共有多少人？"), people_counted("去年新增就业多少人")
    ('医生', '')
    """
    m = re.search(r"([\u4e00-\u9fff]{2,6}?)(?:一共|总共|共)?(?:有|是|达到?)?(?:多少|几)(?:个|名|位)?人", normalize(question))
    head = _PEOPLE_NOUN.search(m.group(1)) if m else None
    return head.group(0) if head else ""


def counts_other_people(counted: str, sentence: str) -> bool:
    """Whether every people figure of ``sentence`` whose subject names ``counted`` counts other people named
    after it (援疆医生诊疗患者2000余人次: the doctors' patients, not the doctors).

    >>> counts_other_people("医生", "援疆医生诊疗患者2000余人次、抢救危重患者210人"), counts_other_people("医生", "引进医生20人")
    (True, False)
    """
    people = [f for f in extract(sentence, None, "").figures if f.group == "人" and counted in f.subject]
    return bool(people) and all(
        (m := _PEOPLE_NOUN.search(f.subject)) is not None and m.group(0) != counted
        and f.subject.rfind(counted) < m.start() for f in people)


@lru_cache(maxsize=1024)
def stated_figures(question: str) -> tuple:
    """The figures a question states, Chinese numerals read (四千七百多万 -> 4700万), as facts.Figure;
    cached: clause choice asks once per candidate sentence."""
    return tuple(f for f in extract(with_arabic_numerals(question), None, "").figures if f.value > 0)


def counted_kind(question: str, clause: str, noun: str) -> str:
    """The count in ``clause`` of a kind of the asked ``noun`` singled out by a designation the question does not
    name (6个乡村振兴示范乡镇 for 沙湾一共有几个乡镇, 新建3所学校 for 有几所学校): it counts some of them, not all;
    '' when the clause counts the noun as asked (30个农家菜园子直销店 for 多少个直销店: no designation).

    >>> counted_kind("沙湾一共有几个乡镇", "集中打造安集海镇、大泉乡…6个乡村振兴示范乡镇", "乡镇")
    '6个乡村振兴示范乡镇'
    >>> counted_kind("今年要打造几个乡村振兴示范乡镇", "集中打造…6个乡村振兴示范乡镇", "乡镇")
    ''
    """
    if not noun:
        return ""
    q = normalize(question)
    for m in re.finditer(rf"\d+\s*(?:个|家|所|座|条|项|名)(?P<kind>[\u4e00-\u9fff]{{2,10}}?){re.escape(noun)}",
                         normalize(clause)):
        words = [w for w, _ in pos_tags(m.group("kind")) if len(w) >= 2]
        if _DESIGNATION.search(m.group("kind")) and not any(said_as(w, q) for w in words):
            return m.group(0)
    return ""


# A count asked of a one-character noun (几个村, 多少所校): group 1 the noun.
_ONE_CHARACTER_COUNTED = re.compile(r"(?:几|多少)\s*(?:个|家|所|座|条|项|名)([\u4e00-\u9fff])(?:[?？。!！啊呀呢吗]|$)")
# Words that single out some things of a kind by a status the report gives them (示范乡镇, 重点村, 新建学校).
_DESIGNATION = re.compile(r"示范|重点|试点|模范|先进|标准化|达标|星级|精品|新建|新增|改扩建")


def asked_noun_after(question: str) -> str:
    """The noun right after a figure ask, which names the figure: '年底力争形成多大产能？' -> '产能',
    '争取了多少项目资金' -> '资金' (the last word before the end or a particle); '' when none.

    >>> asked_noun_after("年底力争形成多大的产能？"), asked_noun_after("落实了多少个项目？"), asked_noun_after("增长了多少")
    ('产能', '项目', '')
    """
    m = re.search(r"(?:多少|多大|多高|多长|几)(?:个|项|家|所|条|座|名|位|万|亿)?的?([\u4e00-\u9fff]{2,8}?)(?:呢|啊|呀|吗)?[?？。!！]*$",
                  normalize(question))
    if not m:
        return ""
    words = [w for w, f in pos_tags(m.group(1)) if len(w) >= 2 and f[:1] in ("n", "v")]
    return words[-1] if words else ""


def _counted_char(question: str) -> str:
    """A one-character thing a how-many question counts (多少个馕, 几头牛); '' when none.

    >>> _counted_char("一天能出多少个馕啊"), _counted_char("去年建了多少个垃圾集中处理点")
    ('馕', '')
    """
    m = re.search(r"(?:多少|几)(?:万|亿)?[个只头棵张件]([\u4e00-\u9fff])(?:呢|啊|呀|吗)?[?？。!！]*$", normalize(question))
    return m.group(1) if m else ""


# A place or body an English question names: capitalised words before the kind of thing they name (Lujiaowan
# scenic area, Anjihai Town, the Anjihai Grand Canyon), and that kind in the report's words
_EN_PART_KINDS = {"hydropower station": "水电站", "power station": "电站", "coal mine project": "煤矿",
                  "scenic area": "景区", "scenic spot": "景区", "town": "镇", "township": "乡", "village": "村",
                  "grand canyon": "大峡谷", "canyon": "峡谷", "industrial park": "园区", "park": "园区", "lake": "湖",
                  "coal mine": "煤矿", "mine": "煤矿", "reservoir": "水库", "hospital": "医院", "school": "学校",
                  "company": "公司", "community": "社区"}
_EN_NAMED_PART = re.compile(r"\b(?P<name>(?-i:(?:[A-Z][a-z]+[ -]){1,3}?))(?:(?:level|no\.?|grade|stage)[- ]?\d+\s+)?(?P<kind>" + "|".join(
    sorted(_EN_PART_KINDS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
# The report's own place and the region around it, named in English, and capitalised words that open a sentence
# (The, Which): no part of its figures
_EN_OWN_NAMES = frozenset(("shawan", "xinjiang", "china", "tacheng", "the", "a", "an", "its", "each", "every", "which",
                           "what", "how", "one", "this", "that"))


def _names_absent(parts: list[tuple[str, str, str]], clause: str) -> list[str]:
    """The places and bodies an English question names (``Answerer._english_named_parts``: Lujiaowan scenic area →
    鹿角湾景区, a name the report never spells kept in English) that the figure's ``clause`` does not name: the
    figure is another's — the whole's — not theirs."""
    return [f"{chinese}{_EN_PART_KINDS[kind.lower()]}" if chinese else f"{name} {kind}"
            for name, kind, chinese in parts if not (chinese and (chinese in clause or chinese in BACKGROUND_PLACES))]


def _names_listed(parts: list[tuple[str, str, str]], clause: str) -> list[str]:
    """The places and works an English question names (the Jingouhe level-10 hydropower station → 金沟河) that the
    figure's ``clause`` names only as one item of a 、-list: its figure is the list's, not the item's."""
    return [chinese for _, _, chinese in parts if chinese and chinese in clause and named_in_a_list(chinese, clause)]


# An English question about a change (how much did it increase, growth, up by): else a level is asked.
_EN_CHANGE_ASK = re.compile(r"\b(?:increase[sd]?|increasing|rise|rose|risen|rising|grow|grew|grown|growth|growing|gain(?:ed)?|"
                            r"change[sd]?|up|down|fall|fell|fallen|drop(?:ped)?|decline[sd]?|decrease[sd]?|more|less|"
                            r"raise[sd]?|added|add|higher|lower|boost(?:ed)?|by how much|rate|percent|target|goal|aim|%)\b|%",
                            re.IGNORECASE)  # (a target is what the report states, a level or a change)
# The thing a how-many question counts, after its measure word and before a verb or particle (多少个示范村在推进…)
_COUNTED_NOUN = re.compile(r"(?:多少|几)[个项家所条座名位户台辆处]([\u4e00-\u9fff]{2,6}?)(?=[在是有被要将能的了呢吗啊呀,，?？。]|$)")
_RATE_ASK = re.compile(r"增幅|增速|增长率|涨幅|降幅|百分之|百分比|百分点|比例|比重|占比|%|[^\W\d]率(?:是|有|为|达到?|能)?(?:多少|几)")
APPROXIMATE_RATIO = (0.8, 1.25)  # a figure the question states roughly (四千七百多万) is within this ratio of the report's
FIGURE_SUBJECT_WEIGHT = 2.0  # naming the figure's own subject counts more than sharing words with its clause
OTHER_PERIOD_SHARE = 0.8  # a figure of the other period is added when its sentence covers this much of the best's terms
COMPARISON_OTHER_SHARE = 0.5  # the same when the question compares the two years outright
SUMMARY_SENTENCE_CHARS = 24  # a sentence this short that names a topic (医疗卫生事业稳步发展。) is detailed by the next ones
MAX_LIST_ITEMS = 12
# Words of an overview question that name no topic: 去年经济整体怎么样 has no narrower topic than the economy.
TYPED_CLAUSE_BONUS = 0.5  # a clause holding the asked kind of thing beats one that only repeats the question
ENGLISH_TIE_BREAK = 0.01  # an English question's rarer words said break a tie between clauses, never outweigh a word more
OPENING_SENTENCES = 6  # the report's opening lines where its dateline and speaker stand (about_report.py)
# Kinds of event a time question asks about (哪年开工, 什么时候建成, 啥时候能用上), each in the words a report uses.
EVENT_WORDS = (("开工", "动工", "开建", "开始建设", "启动"), ("建成", "完工", "竣工", "交付", "完成"),
               ("投用", "投入使用", "使用", "用上", "开放", "开业", "通车", "启用", "运营", "开学", "入住"))


def said_event(question: str, sentence: str) -> bool:
    """Whether ``sentence`` speaks of the kind of event a time question asks about (True when it names none).

    >>> said_event("宏业煤矿哪年开工的", "加快推进宏业煤矿改扩建工程,年底力争形成210万吨的产能")
    False
    >>> said_event("综合楼什么时候能用", "秋季开学前投入使用"), said_event("什么时候召开", "2022年1月")
    (True, True)
    >>> said_event("保税区哪年能建成开放", "持续推进保税区申报建设,提升旅游业开放水平")
    False
    """
    asked = [family for family in EVENT_WORDS if any(w in question for w in family)]
    # every event asked (建成开放: built and opened), not one word of another sense (旅游业开放水平)
    return all(any(w in sentence for w in family) for family in asked)


# An office a person holds (市委书记, 副市长, 局长, 主任): a who-question naming one the report never uses has no answer.
_ROLE = re.compile(r"(?:书记|市长|县长|区长|镇长|乡长|村长|局长|处长|科长|主任|主席|部长|厅长|省长|总理|校长|院长|委员)$")
# Several things asked summed (那几个煤矿…总共, 这些项目加起来): a plural before a total word.
_SUM_OF_SEVERAL = re.compile(r"(?:那几|这几|几个|那些|这些|各个|所有)[^。？?]{0,16}?(?:总共|一共|加起来|合起来|合计|全部|总计)|"
                             r"(?:总共|一共|加起来|合起来|合计|全部|总计)[^，,。？?]{0,6}?(?:那几|这几|那些|这些)|"
                             # 那几个煤矿扩建完,一年能挖多少: several pointed at, one amount asked (not 各/每/分别)
                             r"^(?!.*[各每]|.*分别).*(?:那几|这几)[个家座所项处][^。？?]{0,20}?(?:多少|几)")
# A title asked (啥称号, 什么荣誉) and the titles a report names (全国民族团结进步模范市, 自治区级示范县, 中国辣椒之乡).
_TITLE_ASK = re.compile(r"(?:什么|啥|哪个|哪些|哪项)(?:样的)?(?:称号|荣誉|名号|牌子|头衔)")
_TITLE = re.compile(r"(?:全国|国家级?|自治区级?|地区级?|中国)[^,，。、;；]{0,20}?"
                    r"(?:市|县|区|村|乡|镇|单位|城市|之乡|之都|基地|称号|示范区)")
# A modal and a verb the tagger joins into one unknown "noun" (能种, 能产 of 今年能种多少亩): no topic.
_MODAL_AND_VERB = re.compile(r"[能会可][\u4e00-\u9fff]")
# A clause naming whom the figure before it benefits (受益学生1.3万人次, 惠及群众…, 覆盖…户).
# A list's figure that is a rate (…升学率稳定在95%以上): the rate word, then the percentage
_RATE_OF_LIST = re.compile(r"率[^,，。；;\d]{0,8}\d+(?:\.\d+)?%")
_BENEFICIARIES = re.compile(r"(?:受益|惠及|覆盖|帮扶|资助)[^,，;；。]*")
# A sentence that opens by referring back to what the sentences before it list (这些问题需要…, 上述工作…).
_BACK_REFERENCE = re.compile(r"^(?:这些|上述|以上|前述)")
MAX_LIST_CHARS = 300  # a list or overview sentence up to this long is quoted whole
_CHANGE_WORDS = ("同比", "比上年", "较上年", "增长", "下降", "增加", "减少", "提高", "降低", "增幅", "上涨")
# A rate word and its level: 本科上线率达78.3%, 参保率均在95%以上, 失业率控制在3.5%以内.
_RATE_LEVEL = re.compile(r"率[^,，。；;\d]{0,8}\d[\d.]*%")
_TRAILING_RATE = re.compile(r"^(同比|比上年|较上年|增长|下降|增幅|提高)")
MAX_WINDOW_CHARS = 120
BACKGROUND_SHARE = 0.05  # a name in more than this share of chunks is the corpus's own subject
# Generic answer kinds a word may end in (就业人数), longest first so the pick does not depend on set order.
_GENERIC_SUFFIXES = tuple(sorted((k for k in GENERIC_ATTRIBUTES if len(k) >= 2), key=lambda k: (-len(k), k)))


@dataclass
class Citation:
    n: int
    chunk_id: str
    doc: str
    section: str
    sentence: str
    text: str
    score: float
    start: int = 0  # offset of the sentence within ``text``
    period_year: int | None = None
    quote: str = ""  # the part of ``sentence`` the answer quotes
    title: str = ""  # the document's title

    def to_dict(self) -> dict:
        return {"n": self.n, "chunk_id": self.chunk_id, "doc": self.doc, "section": self.section,
                "sentence": self.sentence, "text": self.text, "score": round(float(self.score), 6),
                "period_year": self.period_year, "quote": self.quote, "title": self.title}


@dataclass
class Answer:
    question: str
    answer: str
    answerable: bool
    citations: list[Citation] = field(default_factory=list)
    timings_ms: dict = field(default_factory=dict)
    resolved_question: str = ""
    reason: str = ""
    retrieved: list[Hit] = field(default_factory=list)  # the chunks searched; a refusal shows the first ones
    signals: dict = field(default_factory=dict)  # what the answerable/refuse decision was based on
    confidence: str = "high"  # 'high' answered, 'low' hedged (可能相关), 'none' refused or small talk
    answer_type: str = ""
    small_talk: str = ""

    @property
    def nearest(self) -> list[Hit]:
        return self.retrieved[:3]

    def to_dict(self) -> dict:
        """The JSON contract of ``qa ask --json`` (docs/architecture.md, "Contracts"), plus how the question was read."""
        return {"question": self.question, "answer": self.answer, "answerable": self.answerable,
                "confidence": self.confidence, "answer_type": self.answer_type,
                "citations": [c.to_dict() for c in self.citations],
                "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
                "resolved_question": self.resolved_question, "reason": self.reason,
                "nearest": [h.to_dict() for h in self.nearest] if not self.answerable else []}


@dataclass
class Candidate:
    """A sentence of a retrieved chunk, with the evidence that it answers the question."""

    hit: Hit
    start: int  # offset within the chunk text
    end: int
    text: str
    lexical: float = 0.0
    dense: float = 0.0
    form_ok: bool = True
    period_ok: bool = True
    score: float = 0.0

    @property
    def period(self) -> tuple[int | None, str]:
        return self.hit.chunk.period_year, self.hit.chunk.period_kind


class AnswerStrategy(Protocol):
    """How questions are answered: the extractive ``Answerer`` or a ``generation.GeneratingAnswerer``.

    ``ask_stream`` yields ("delta", text) for text that may be shown while the answer is written
    (none for an extractive answer), then exactly one ("final", Answer).
    """

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None) -> Answer: ...

    def ask_stream(self, question: str, history: list[str] | None = None,
                   doc: str | None = None) -> Iterator[tuple[str, object]]: ...


# ---------------------------------------------------------------- pure helpers

_DELTA = re.compile(r"(?:增加|增长|下降|减少|提高|降低|上涨|增收|多)了?\s*\d[\d.,]*\s*[万亿千百]*\s*\S?")


def form_fits(text: str, form: AskedForm) -> bool:
    """Whether a sentence or clause can answer a question of this shape.

    A question about a level (达到多少元) is not answered by a change (增加660元) alone, nor a share
    (占了多少) by a change of a percentage (同比下降10%).

    >>> form_fits("城镇居民人均可支配收入预计增加660元", asked_form("城镇居民人均可支配收入达到了多少元"))
    False
    """
    if form.number and not has_number_with_unit(text, form.unit):
        return False
    if form.share and not has_number_with_unit(_DELTA.sub(" ", normalize(text)), "%"):
        return False  # 税收占财政收入多少: a share, not a change (同比下降10%)
    if form.number and not form.change and form.unit not in ("", "%"):
        levels = _DELTA.sub(" ", YEAR_EXPRESSION.sub(" ", normalize(text)))
        if not has_number_with_unit(levels, form.unit):
            return False
    if form.number and form.change and form.unit in ("", "%"):
        plain = text.replace("增加值", "")  # 工业增加值 is a level, not an increase
        # a rate's level (本科上线率达78.3%, 参保率95%以上) is no change of it: a percentage counts only
        # when no rate word (…率) stands before it
        return any(w in plain for w in _CHANGE_WORDS) or ("%" in plain and not _RATE_LEVEL.search(plain))
    return True


def merge_answers(answers: list[Answer]) -> Answer:
    """One answer from the answers to the parts of a multi-part question, citations renumbered."""
    kept = [a for a in answers if a.answerable]
    if not kept:
        return answers[0]
    # 资金多少、同比涨了多少: the first part's clause (35.03亿元) inside the second's (35.03亿元,同比增长72.17%)
    # — said once, in the longer form
    cores = [_answer_core(a.answer) for a in kept]
    kept = [a for i, a in enumerate(kept)
            if not any(j != i and len(cores[j]) > len(cores[i]) and cores[i] and cores[i] in cores[j]
                       for j in range(len(kept)))]
    texts, citations, said = [], [], set()
    for a in kept:
        plain = CITATION_MARKER.sub("", a.answer)
        if plain in said:
            continue  # 游客多不多，来了多少人: both parts answered by one sentence — said once
        said.add(plain)
        offset = len(citations)
        texts.append(CITATION_MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", a.answer))
        for c in a.citations:
            c.n += offset
            citations.append(c)
    missing = sum(1 for a in answers if not a.answerable)
    note = messages.PART_MISSING if missing else ""
    confidence = "high" if all(a.confidence == "high" for a in kept) and not missing else "low"
    return Answer(question=answers[0].question, answer="\n".join(messages.frame_said_once(texts)) + note, answerable=True,
                  citations=citations, retrieved=kept[0].retrieved, reason="multipart",
                  signals=kept[0].signals, confidence=confidence)


def _answer_core(answer: str) -> str:
    """What an answer quotes, without its citations, lead-in (根据报告（…部分），) and closing mark.

    >>> _answer_core("根据报告（工作回顾部分），完成招商引资到位资金35.03亿元[1]。")
    '完成招商引资到位资金35.03亿元'
    """
    plain = CITATION_MARKER.sub("", answer).strip()
    plain = re.sub(r"^根据报告（[^）]*）[，,]", "", plain)
    return plain.rstrip("。.").strip() if "\n" not in plain else ""


def refusal_reason(signals: dict, settings: Settings) -> str:
    """Why the best sentence does not answer the question ('' when it does). Pure: calibration
    replays it with other thresholds."""
    form = signals["form"]
    if signals["missing_years"]:
        return messages.missing_years(signals["missing_years"])
    if signals.get("part_of_year"):  # 2021年7月份接待了多少游客: the report gives the whole year's
        return messages.part_of_year_not_given(signals["part_of_year"])
    if signals.get("other_place"):  # 石河子的GDP: another city's, whatever the passage found lacks too
        return messages.other_place(signals["other_place"])
    if not signals["period_ok"]:
        return messages.OTHER_PERIOD_ONLY
    if not signals["form_ok"]:
        return messages.no_figure(form.unit)
    if signals.get("named_absent"):
        return messages.part_not_given(signals["named_absent"][0])
    if signals.get("off_subject"):
        return messages.OFF_SUBJECT
    if signals.get("only_stated_figures"):
        # (a question stating no number: the sentence's numbers only name things — the “12345” hotline)
        return messages.ONLY_STATED_FIGURES if signals.get("stated_numbers", True) else messages.no_figure("")
    if signals.get("missing_type"):
        return messages.missing_type(signals["missing_type"])
    if signals.get("attribute_absent"):
        return messages.attribute_not_given(signals["attribute_absent"])
    if signals.get("per_unit"):
        return messages.per_unit(signals["per_unit"])
    if signals.get("only_a_count"):
        listed = signals.get("set_aside_listed")
        return messages.only_these_listed(listed) if listed else messages.ONLY_A_COUNT
    if signals.get("part_asked") or signals.get("subset_absent"):
        return messages.PART_NOT_GIVEN
    if signals.get("key_listed"):
        return messages.part_of_total(signals["key_listed"][0])
    if signals.get("contrast"):
        return messages.contrast(signals["contrast"], contrast_of(signals["contrast"]))
    if signals["unknown_attributes"]:
        return messages.unknown_attributes(signals["unknown_attributes"])
    if signals["unknown_proper_nouns"]:
        return messages.unknown_names(signals["unknown_proper_nouns"])
    if signals["missing_proper_nouns"]:
        return messages.names_not_in_passage(signals["missing_proper_nouns"])
    if signals["english"] and signals.get("translated_share", 1.0) < settings.min_translated_share:
        return messages.UNTRANSLATABLE
    support = signals["lexical"] if not signals["english"] else 0.5 * signals["lexical"] + signals["dense"]
    support -= settings.unknown_noun_penalty * len(signals["unknown_nouns"])
    if support < settings.min_support and signals["dense"] < settings.min_dense:
        return messages.WEAK_SUPPORT
    return ""


def hard_refusal_reason(signals: dict, settings: Settings) -> str:
    """The reasons that concern the question itself, not the sentence found (a year the report does not
    cover, another city, words the report never uses, an English question that cannot be read, text
    sharing nothing with the report): they refuse even where the answer gate (qa/gate.py) decides."""
    question_level = {k: signals[k] for k in ("missing_years", "part_of_year", "unknown_attributes",
                                              "unknown_proper_nouns", "english", "translated_share", "lexical",
                                              "dense", "unknown_nouns")
                      if k in signals}
    question_level.update(period_ok=True, form_ok=True, missing_proper_nouns=[], other_place=signals.get("other_place"),
                          form=signals.get("form"))
    return refusal_reason(question_level, settings)


# A yes/no question about a figure: one it states (过两万, 超过200万, 一半) or a change it asks (涨了吗, 增长了没有).
_FIGURE_TALK = re.compile(r"\d|[一二两三四五六七八九十几][十百千万亿]|[过上破超][十百千万亿]|[一二两三四五六七八九几]成|"
                          r"一半|翻|多不多|高不高|涨|增长|增加|下降|减少|超过|突破")
_COMPARE_BASE = re.compile(r"比|较|同比|增长|增加|多了|翻")
# A change asked against a base year, no other year named (比前年涨了多少, 较2020年增长多少)
_BASE_YEAR_ONLY = re.compile(r"(?:比|较|相比|同)(?:(?:19|20)\d{2}年|前年|上年)[^，,。？?]{0,6}?(?:涨|增|多|高|少|降|减|低)")
# The gap between two years' rates asked (快了多少个百分点, 增速高了多少): both years' rates are needed
_RATE_GAP = re.compile(r"(?:快|慢|高|低|多|少)了?(?:多少|几)个?百分点|(?:增速|增幅|涨幅)[^，,。？?]{0,8}?(?:快|慢|高|低)了?(?:多少|几)")
# The gap between two periods' figures asked (今年目标比去年实际多出多少 / 高多少): the levels answer it.
_TWO_PERIOD_GAP = re.compile(r"比.{0,12}?(?:多出|多了?|少了?|高出?|低了?|差)(?:多少|几)")
# Two periods' levels compared in a yes/no (今年想接待的游客跟去年比是多了吗): the levels answer it, no change figure.
_PERIODS_COMPARED_YESNO = re.compile(r"(?:跟|和|与|同)(?:去年|上年|前年|今年)(?:比|相比)[^，,。？?]{0,6}?"
                                     r"(?:多|少|高|低)了?(?:吗|没有?|不)")
# A yes/no question about a change from the period before (比前年少了吗, 翻了一番, 同比增长了吗).
_CHANGE_VS_BEFORE = re.compile(r"比(?:前年|上年|去年|上一年|以前|之前|往年)|同比|翻了?一?番|翻倍|"
                               r"(?:增长|增加|下降|减少|上涨|回落|涨|降)了?(?:吗|没有?|吧|不)")


def _numbers_said(text: str) -> set[str]:
    """The numbers ``text`` writes, years aside, as ``numbers_in`` reads them (…多涨1000块 → {'1000'}): a question's
    own figures, to tell a sentence's new ones from them."""
    return set(numbers_in(YEAR_EXPRESSION.sub(" ", text)))


# A grade that names a kind of thing (35千伏 lines, 4A级 scenic areas, 10万吨级 works), not an amount.
_GRADE = re.compile(r"(\d+(?:\.\d+)?)(千伏|kv|万千瓦|千瓦|A级|星级|万吨级|吨级)", re.IGNORECASE)
# The exact figure asked (具体是百分之几, 准确数字).
_EXACT_ASKED = re.compile(r"具体|准确|确切|精确|到底是多少")
_COUNT_ASKED = re.compile(r"(?:多少|几)[个项件家所座台户名条处]")


def answer_form(text: str, atype: str, raw: str = "") -> AskedForm:
    """The shape of answer a question wants (``question.asked_form``) with what its answer type and its words as
    typed (``raw``, before the glossary) add: a change asked in everyday words (多挣多少, read as 收入 for the
    search), the gap of two periods' levels (今年目标比去年实际多出多少: no change figure), a yes/no about a
    change from the period before (游客是不是比前年少了: decided by a change figure).

    >>> answer_form("今年城镇居民收入能多少", "figure", "今年城里人能多挣多少").change
    True
    >>> answer_form("去年游客是不是比前年少了", "yesno").number
    True
    """
    form = asked_form(text)
    # (a count of things is no change said in everyday words: 同比涨了多少 of one part of a question does not make
    # its other part's 落实了多少个项目 a change)
    if form.number and not form.change and raw and not _COUNT_ASKED.search(normalize(text)) \
            and asked_form(without_the_change_ruled_out(without_situation(strip_filler(raw)))).change:
        form = replace(form, change=True)
    if atype == "comparison" and form.change and (_TWO_PERIOD_GAP.search(normalize(text))
                                                  or _PERIODS_COMPARED_YESNO.search(normalize(text))):
        form = replace(form, change=False)
    if atype == "yesno" and not form.number and _CHANGE_VS_BEFORE.search(normalize(text)):
        form = replace(form, number=True, change=True)
    return form


def year_after_base(question: Question, text: str, covered: Iterable[int] = ()) -> Question:
    """A change asked against a base year the report does not cover, no other year named (旅游收入比前年涨了多少):
    the year after the base, which it covers, is asked.

    >>> year_after_base(analyse("旅游收入比前年涨了多少", 2022), "旅游收入比前年涨了多少", {2021, 2022}).years
    [2021]
    """
    years = question.years
    if (len(years) == 1 and years[0] not in covered and years[0] + 1 in covered
            and _BASE_YEAR_ONLY.search(normalize(text))):
        return replace(question, years=[years[0] + 1])
    return question


def without_base_year(question: Question, text: str, covered: Iterable[int] = ()) -> Question:
    """A change question (游客去年比前年多了多少) names the year it compares with; that year is not asked for —
    unless the gap between two years the report both covers is asked (今年想接待的比去年实际来的多多少: the
    plan's target and the review's result are both its figures).

    >>> without_base_year(analyse("游客去年比前年多了多少", 2022), "游客去年比前年多了多少", {2021, 2022}).years
    [2021]
    >>> without_base_year(analyse("今年想接待的游客比去年实际来的多多少", 2022), "今年想接待的游客比去年实际来的多多少", {2021, 2022}).years
    [2021, 2022]
    """
    question = year_after_base(question, text, covered)
    years = sorted(question.years)
    if len(years) == 2 and years[1] - years[0] == 1 and _COMPARE_BASE.search(text):
        if set(years) <= set(covered) and _TWO_PERIOD_GAP.search(normalize(text)):
            return question
        if _RATE_GAP.search(normalize(text)):
            return question  # 增速比前年快了多少个百分点: the base year's own rate is asked too
        return replace(question, years=[years[1]])
    return question


# 哪个村 / 哪条街: the answer must name a village / street.
_WHICH_KIND = re.compile(r"哪(?:个|条|座|所|一个)(村|镇|乡|街|路|景区|园区)")
# Where a facility is (集散中心在哪, 人民公园在什么地方, 服务大厅的地址): its address, not a town asked by name
_FACILITY_WHERE = re.compile(r"(公园|广场|中心|馆|大厅|站|市场|超市|窗口|办事处|大楼|基地|医院|学校|幼儿园|城|大学|学院|局|办公室)"
                             r"(?:具体|到底|究竟)?(?:在|位于|建在|设在|坐落在?)(?:哪|什么地方|什么位置|何处)|"
                             r"(?:地址|具体位置)(?:是|在)?(?:哪|什么)|"
                             r"\bwhere (?:exactly )?(?:is|are|will|was|would) (?:the )?(?:[a-z'-]+ ){0,6}?"
                             r"(centre|center|park|square|hall|station|market|base|hospital|school|museum|library|"
                             r"university|college)s?\b")
# The report's word for a facility an English question names (centre → 中心)
_EN_FACILITY_WORDS = {"centre": "中心", "center": "中心", "park": "园", "square": "广场", "hall": "馆", "station": "站",
                      "market": "市场", "base": "基地", "hospital": "医院", "school": "学校", "museum": "博物馆",
                      "library": "图书馆", "university": "大学", "college": "学院"}
# Opening or office hours asked (几点下班, 开放时间, 周末开门吗): a work report gives none
_SERVICE_HOURS = re.compile(r"几点(?:钟)?(?:开门|关门|上班|下班|开放|关闭|营业|办公)|(?:开放|营业|办公|工作|上班)时间|"
                            r"(?:周末|晚上|节假日|中午)(?:开门|上班|营业|开放|办公)|"
                            r"\b(?:opening|office|business|visiting) hours\b|\bwhat time (?:does|do|is|will) .{0,40}\b(?:open|close)")
_CLOCK_TIME = re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}(?:点|时)(?:至|到|-|—)|[上下]午\d")
# 柳毛湾镇哪个村: the place the asked one lies in, named just before the ask.
_WITHIN_PLACE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:镇|乡|县|区))(?:的|里|里面|有)?哪(?:个|一个)(?:村|社区)")
# 几座 / 多少所: a count in this measure word (个 is generic and answers any).
# Measure words (counters) that count the same things (几台手术 is answered in 例, 几场 in 次); not
# same_measure, which is about nouns naming the same money (投入, 投资).
COUNTER_EQUIVALENTS = (("台", "例"), ("场", "次", "期"))


def same_counters(measure: str) -> list[str]:
    """``measure`` and the measure words that count the same things.

    >>> same_counters("台"), same_counters("户")
    (['台', '例'], ['户'])
    """
    out = [measure]
    for group in COUNTER_EQUIVALENTS:
        if measure in group:
            out += [m for m in group if m not in out]
    return out


_COUNT_MEASURE = re.compile(r"(?<![哪这那])(?:几|多少)(座|所|家|台|条|名|位|户|头|辆|架|项|批|处|场|枚|栋|只|株|棵|套|间)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]")
_DID_YOU_MEAN = re.compile(r"您是不是想问“([^”]+)”")
# A work word made a facility's name (处理点, 服务站, 加工厂): the facility is counted, the work is not measured.
_FACILITY = r"(?:点|站|厂|场|所|中心)"
_WHO_DID = re.compile(r"谁(?:帮着?|来)?(?:负责|承担|完成|实施|建设|举办|承办|做|干|牵头)")
# A partner asked (跟谁签的协议, 和谁合作): a body as often as a person — when the sentence names one as the
# partner (与天津农村产权交易所签订).
_WITH_WHOM = re.compile(r"(?:跟|与|和|同)谁(?:一起|一块儿?)?(?:签|合作|共建|结对|对接|联手|携手)|"
                        r"(?:合作方|合作伙伴|合作对象|合作单位|签约方|对接方|共建方)(?:是|为)?谁")
_PARTNER_NAMED = re.compile(r"(?:与|同|跟)[\u4e00-\u9fff]{2,16}?(?:签订|签署|签约|合作|共建|结对|联手|携手)")
_BACK_TO_PLACE = re.compile(r"(?:我们|咱们?|俺们?|我家|本)(?:镇|乡|村|社区|小区|景区)|(?:我们|咱们?|俺们?)(?:这儿|这里|那儿|那里)")
_OWN_UNNAMED = re.compile(r"(?:我们|咱们?|俺们?|我家|我住的)(?:这个|那个|这|那)?(?P<kind>小区|村|镇|乡|社区|学校|企业|厂)")
_PER_UNIT = re.compile(r"平均|每户|每人|每家|每个|每亩|户均|人均|亩均")
_NAMES_ASKED = re.compile(r"具体是(?:哪|谁|什么)|具体有哪|分别是(?:哪|谁|什么)|分别叫|叫什么|都有谁|名单|名字|名称|"
                          r"都是哪(?:几|些)|"
                          r"\bnames? of\b|\bwhat (?:are|were) (?:they|the \w+(?: \w+)?) called\b", re.IGNORECASE)
# Which ones of a counted kind (哪几个村, 哪几家企业): answered only where the report names them somewhere
_WHICH_COUNTED = re.compile(r"哪几[个家所条座位名](?![^，,。？?]{0,12}(?:多少|几))")
# A yes/no ask, then the figure asked (…不升反降，是真的吗？降了多少？)
_YES_NO_THEN_HOW_MUCH = re.compile(r"^(?P<ask>.{4,}?(?:是真的吗|真的吗|是吗|对吗|对不对|是不是真的|有这回事吗|是这样吗|属实吗))"
                                   r"[?？!！]*[,，]?\s*(?P<how>(?:那|那么)?(?:到底|具体|一共|实际)?(?:是|有)?"
                                   r"(?:涨|降|增长|下降|增加|减少|提高|降低|上升|跌|多|少)?了?"
                                   r"(?:多少|百分之几|几成)[^?？]{0,4})[?？]*$")
# a way turned round (不升反降): the way it went
_TURNED_ROUND = ((re.compile(r"不(?:升|涨|增)反(?:降|跌)"), "下降"), (re.compile(r"不降反(?:升|涨|增)"), "增长"))
_RESTATED_COUNT = re.compile(r"\d+(?:\.\d+)?[个家所条座位名项处]")


_WHICH_ASKED = re.compile(r"哪些|哪几|哪[个条座家所]")


# A help asked for (有没有优惠 / 有啥补贴): a benefit for someone, the asker's words for it
_HELP_WORDS = re.compile(r"优惠|照顾|补贴|减免|免费|政策|扶持|支持|帮扶")
_BENEFIT_ASK = re.compile(r"(?:有没有|有啥|有什么|有哪些|都有啥)(?:新的?|具体的?)?(?:优惠|照顾|补贴|减免|免费)")


def _benefit_unsaid(text: str, nouns: list[str], answer: Answer) -> list[str]:
    """The question's nouns no point of an overview says, when it asks for a benefit (鹿角湾景区老人有没有优惠 ->
    ['老人'] where the points speak of the scenic area only): the help is for nobody the report names; [] else."""
    if not _BENEFIT_ASK.search(normalize(text)):
        return []
    said = normalize(answer.answer)
    # (the help's own words — 优惠政策, 补贴 — may be said otherwise: 扶持性政策措施, 纾困解难)
    return [n for n in nouns if len(n) >= 2 and n not in said and not _HELP_WORDS.search(n)]


def _names_only(clauses: list[str], known: list[str]) -> list[str]:
    """The names a clause lists (杭州路、广州路 of 杭州路、广州路等10条城市道路) when every one of them is among
    ``known`` (the things the question set aside): the report names nothing else; [] otherwise."""
    for clause in clauses:
        named = [i for i in enumeration(clause) if not re.search(r"\d", i)]
        if len(named) >= 2 and all(any(k in i or i in k for k in known) for i in named):
            return [next(k for k in known if k in i or i in k) for i in named]  # (改扩建杭州路: as asked, 杭州路)
    return []


def _names_things(clauses: list[str]) -> bool:
    """Whether a clause lists two or more things by name, not by count (宏基、双泉、农科金岳; not 模范集体20个、模范个人50名)."""
    return any(len([i for i in enumeration(c) if not re.search(r"\d", i)]) >= 2 for c in clauses)


_PART_ASK = re.compile(r"其中|单独|单列|中的?([^，,。？?！!]{2,8}?)(?:是|有|为)多少")


def after_figure(item: str) -> str:
    """The first item of a list without the figure that leads the whole list (投资7064万元实施玛纳斯河防洪治理 ->
    实施玛纳斯河防洪治理); an item whose figure ends it (接待游客373万人次) keeps nothing after it.

    >>> after_figure("投资7064万元实施玛纳斯河防洪治理沙湾段续建"), after_figure("接待游客373万人次"), after_figure("巴音沟灌区")
    ('实施玛纳斯河防洪治理沙湾段续建', '', '巴音沟灌区')
    """
    digits = list(re.finditer(r"\d", item))
    if not digits:
        return item
    return re.sub(r"^[.\d]*[万亿千百]*(?:元|个|项|人次|人|吨|亩|公里|条|座|所|家|台|户|%)?", "", item[digits[-1].end():])


def _names_item(item: str, question: str, background: frozenset[str] = frozenset()) -> bool:
    """Whether a question names a list item: the item without its leading verb (改扩建杭州路 -> 杭州路,
    累计发放低保 -> 低保) is in the question, or one of the question's words holds it or is held by it.
    A ``background`` word (the report's own place: 沙湾 in 老沙湾镇) does not name an item by itself.

    >>> _names_item("老沙湾镇", "沙湾有几个示范乡镇", frozenset({"沙湾"})), _names_item("老沙湾镇", "老沙湾镇有几个村")
    (False, True)
    """
    core = normalize(drop_leading_verbs(item))
    if len(core) < 2 or is_building_verb(core):  # 新建 of 新建、改扩建杭州路: how the list is built, no item
        return False
    return core in question or any(len(w) >= 2 and w not in background and (core in w or w in core)
                                   for w, _ in pos_tags(question))


# The noun a which-question ends on (哪几项工程, 哪些惠民工程): what the listed items are.
_WHICH_NOUN = re.compile(r"哪(?:些|几)(?:[项个类种条所家批])?(?:的)?([\u4e00-\u9fff]{1,4}?)(?:呢|啊)?[?？。]*$")


def asked_noun(text: str) -> list[str]:
    """The noun a which-ones question asks for: '要实施哪几项工程？' -> ['工程'] ([] when none).

    >>> asked_noun("今年在民生方面要实施哪几项工程？"), asked_noun("今年有哪些惠民工程？"), asked_noun("有哪些？")
    (['工程'], ['惠民工程', '工程'], [])
    >>> asked_noun("今年的惠民工程具体有哪几项？")
    ['工程']
    """
    m = _WHICH_NOUN.search(normalize(text).strip())
    if not m or not m.group(1):
        return []
    noun = m.group(1)
    if len(noun) == 1:  # 惠民工程具体有哪几项: a bare measure asks for the items of the noun named before it
        before = [w for w, f in pos_tags(normalize(text)[:m.start()]) if f[:1] == "n" and len(w) >= 2]
        noun = before[-1] if before and before[-1] not in GENERIC_ATTRIBUTES else noun
    return [noun, noun[-2:]] if len(noun) > 2 else [noun]  # 惠民工程: items end with 工程


_LEVEL_ASK = re.compile(r"总量|(?<!零售)总额|(?<!生产)(?<!产)总值|规模|总数|金额|多少钱|多少亿|多少万元|多少元")
_CHANGE_ASK = re.compile(r"增长|增加|增速|增幅|下降|减少|降低|提高|上涨|涨|降|变化|同比|比上年|比例|比重|占比|百分|%|率")


def asks_level_only(question: str) -> bool:
    """Whether a question asks an amount or total and no change or rate (GDP总量是多少, 花了多少钱).

    >>> asks_level_only("去年GDP总量是多少？"), asks_level_only("去年GDP增长了多少？"), asks_level_only("失业率多少")
    (True, False, False)
    """
    norm = normalize(question)
    return bool(_LEVEL_ASK.search(norm)) and not _CHANGE_ASK.search(norm)


def only_rates(clause: str) -> bool:
    """Whether every figure of a clause is a percentage (增长7%, 70%以上): no amount or total in it.

    >>> only_rates("地区生产总值预计同比增长7%"), only_rates("一般公共预算收入完成8.58亿元,同比下降10%")
    (True, False)
    """
    figures = [m.group(0) for m in QUANTITY.finditer(YEAR_EXPRESSION.sub(" ", normalize(clause)))]
    return bool(figures) and "%" in clause and not has_number_with_unit(_PERCENT.sub(" ", normalize(clause)), "")


_PERCENT = re.compile(r"\d[\d.,]*\s*%")
_TOTAL_ASK = re.compile(r"一共|总共|总数|总量|合计|共有|现有|现在有|目前有|全市有")
_CHANGE_AMOUNT = re.compile(r"(?:增加|增长|减少|下降|提高|降低|新增)了?\s*\d")
_NEW_ADDITION = re.compile(r"(?:^|[,，、;；])\s*(?:新增|新升|新建|新开工|新引进|新培育|新认定|新升规|复规)")


_ACTUAL_ASK = re.compile(r"实际|真正|已经|完成了|实现了|做到了")
_TARGET_WORDS = re.compile(r"目标|计划|力争|打算|预计|准备|争取|要|将")


def asks_actual_result(question: str) -> bool:
    """Whether a question asks what was actually achieved, not what is planned (实际接待游客多少).

    >>> asks_actual_result("2022年沙湾实际接待游客多少人次？"), asks_actual_result("今年计划实际完成多少投资？")
    (True, False)
    """
    return bool(_ACTUAL_ASK.search(question)) and not _TARGET_WORDS.search(question)


def asks_total(question: str) -> bool:
    """Whether a question asks a total standing amount (一共有多少家, 总数是多少) and no change or new additions.

    >>> asks_total("全市现在一共有多少家规模以上企业？"), asks_total("去年新增了多少家规上企业？"), asks_total("收入增加了多少？")
    (True, False, False)
    """
    norm = normalize(question)
    return bool(_TOTAL_ASK.search(norm)) and not re.search(r"新|增|涨|降|减|多了|少了|变化|比", norm)


def only_changes(clause: str) -> bool:
    """Whether every amount of a clause is a change (增加1509元): the level itself is not given.

    >>> only_changes("农村居民人均可支配收入预计增加1509元"), only_changes("一般公共预算收入完成8.58亿元")
    (True, False)
    """
    norm = YEAR_EXPRESSION.sub(" ", normalize(clause))
    amounts = [m.start() for m in QUANTITY.finditer(norm)]
    return bool(amounts) and all(_CHANGE_AMOUNT.search(norm[max(0, at - 6):at + 1]) for at in amounts)


def only_new_additions(clause: str) -> bool:
    """Whether a clause counts only what was added (新升规企业1家、复规企业4家), not the total.

    >>> only_new_additions("新升规企业1家、复规企业4家"), only_new_additions("规上企业完成工业总产值54.2亿元")
    (True, False)
    """
    norm = normalize(clause)
    return bool(_NEW_ADDITION.search(norm)) and not _TOTAL_ASK.search(norm) and not re.search(r"累计|总数|达到|达\d", norm)


def common_suffix(items: list[str]) -> str:
    """The longest ending (two characters or more) that every item of a list shares: '招商' of
    产业链招商、驻点招商、援疆招商; '' when they share none.

    >>> common_suffix(["产业链招商", "驻点招商", "以商招商"]), common_suffix(["棉花", "小麦"])
    ('招商', '')
    """
    end = ""
    for n in range(2, min(len(i) for i in items) + 1):
        tails = {i[-n:] for i in items}
        if len(tails) != 1:
            break
        end = tails.pop()
    return end


def listed_for_count(question: str, sentence: str) -> list[str]:
    """The items of a 、-list that answer a how-many question by being counted (报告列了几种招商方式 —
    产业链招商、驻点招商、…): the list gives no figure of its own and its items share an ending the
    question names; [] otherwise."""
    items = enumeration(sentence)
    if len(items) < 2:
        return []
    clause = next((c for c in re.split(r"[,，;；:：。]", sentence) if "、".join(items[1:]) in c), "")
    if re.search(r"\d", clause):
        return []  # …等新型农机具1331台: the report counts them itself
    end = common_suffix(items)
    return items if end and end in normalize(question) else []


def next_sentence(cands: list[Candidate], cand: Candidate) -> Candidate | None:
    """The candidate that is the sentence right after ``cand`` in the same chunk, if it was retrieved."""
    offsets = [s for s, _ in cand.hit.chunk.sentences]
    i = offsets.index(cand.start)
    if i + 1 >= len(offsets):
        return None
    return next((c for c in cands if c.hit.chunk.chunk_id == cand.hit.chunk.chunk_id and c.start == offsets[i + 1]), None)


def _beside(anchor: Candidate, entry: tuple[int, int, Chunk, int, int]) -> Candidate:
    """A sentence near ``anchor`` (an entry of ``Answerer._doc_sentences``) as a candidate scored like it."""
    _, _, chunk, a, b = entry
    return Candidate(hit=replace(anchor.hit, chunk=chunk), start=a, end=b, text=chunk.text[a:b],
                     lexical=anchor.lexical, dense=anchor.dense)


def prefer_typed(cands: list[Candidate], atype: str, asked: str = "") -> list[Candidate]:
    """Candidates with the best one that holds the asked kind of thing (a name, a time, a count) first.

    A sentence holding it is preferred when it scores within ``TYPED_MARGIN`` of the best sentence, or
    when it stands right next to the best sentence (a speaker's name on the line before 我代表市人民政府…).
    """
    best = cands[0]
    if clause_has_type(best.text, atype, asked):
        return cands

    near = [(c.hit.chunk.chunk_id, c.start) for c in cands[:3]]

    def adjacent(c: Candidate) -> bool:
        for chunk_id, start in near:
            if c.hit.chunk.chunk_id == chunk_id:
                offsets = [s for s, _ in c.hit.chunk.sentences]
                if abs(offsets.index(c.start) - offsets.index(start)) <= TYPED_NEIGHBOURS:
                    return True
        return False

    pool = [c for c in cands[:TYPED_LOOKAHEAD] if c.score >= best.score - TYPED_MARGIN]
    pool += [c for c in cands if adjacent(c) and c not in pool]
    typed = next((c for c in pool if c is not best and clause_has_type(c.text, atype, asked)
                  # the report's dateline is no time of a piece of work the body reports
                  and not (atype == "time" and c.period[0] is None and best.period[0] is not None)), None)
    if typed is None:
        return cands
    return [typed] + [c for c in cands if c is not typed]


# ---------------------------------------------------------------- the answerer

class Answerer:
    """Answer questions from an index. Thresholds come from settings (calibrated on the QA set).

    >>> Answerer(Retriever(load_index("index"))).ask("2022年地区生产总值增长目标是多少？").answer  # doctest: +SKIP
    '根据报告（目标任务部分），完成地区生产总值同比增长8%左右[1]。'
    """

    def __init__(self, retriever: Retriever, settings: Settings | None = None, gate: AnswerGate | str | None = "default"):
        self.retriever = retriever
        self.settings = settings or retriever.settings.with_calibration(retriever.index.manifest.get("calibration"))
        # The answer gate (qa/gate.py) decides among the answers the question-level rules let through;
        # "probe" answers all of them (to fit a gate), None keeps the rules alone.
        self.gate_probe = gate == "probe"
        self.gate = default_gate(self.settings) if gate == "default" else (None if isinstance(gate, str) else gate)
        index = retriever.index
        self._stats = index.term_stats if index.term_stats is not None else sentence_term_stats(index.store)
        self._idf_cache: dict[str, float] = {}
        self._years_in_index = {int(y) for y in np.unique(index.store.period_years) if y}
        self._titles = {d["doc"]: d.get("title", "") for d in index.documents}
        self._used_cache: dict[str, bool] = {}
        self._used_as_word_cache: dict[str, bool] = {}  # glossary terms only: a few hundred at most
        self._sentences: dict[str, list] = {}
        # Exact phrase look-ups (glossary, thesaurus) scan the text of a small index; a large one uses bigrams.
        self._corpus_text = (normalize("\n".join(c.text for c in index.chunks))
                             if len(index.chunks) <= EXACT_PHRASE_MAX_CHUNKS else None)
        self._pinyin_names: PinyinNames | None = None  # the report's names by their pinyin, read when first asked

    # -- term statistics over the indexed sentences (computed at build time, lexical.TermStats)
    def _idf(self, term: str) -> float:
        weight = self._idf_cache.get(term)
        if weight is None:  # term statistics never change for a loaded index: look each term up once
            if len(self._idf_cache) > 100_000:  # bounded: questions can bring any number of new terms
                self._idf_cache.clear()
            weight = self._idf_cache[term] = self._stats.idf(term)
        return weight

    def _terms(self, question: Question) -> dict:
        """Weighted question terms: characters, bigrams, words (or English translation groups)."""
        if question.english:
            groups = [[normalize(w) for w in g] for g in translation_groups(question.text, self.retriever.index.glossary)]
            # "the 2022 target for X": target (目标) says which period is asked, not which clause — 奋斗目标是:完成地区
            # 生产总值… names it too, and would tie with the clause about X
            topical = [g for g in groups if not all(w in PLAN_WORDS + REVIEW_WORDS for w in g)]
            return {"groups": topical or groups}
        text = YEAR_EXPRESSION.sub(" ", question.text)
        if (answer_type(text) == "yesno" and _YESNO_DIRECTION.search(text) and "还是" not in text
                and _YESNO_DIRECTION.sub("", text).strip()):  # (多还是少: a choice, its 增加 names the subject)
            # 旅游收入是不是下降了: the direction is what is asked, not what finds the sentence — a sentence on
            # another 收入 that 下降 would outscore the one on 旅游综合收入 that 增长
            text = _YESNO_DIRECTION.sub(" ", text)
        for word in sorted(QUESTION_WORDS, key=len, reverse=True):
            if len(word) > 1:
                text = text.replace(word, " ")
        # 规上企业工业增加值去年预计有多少: an estimate's hedge (the report's 预计全市…完成工业总产值 too) picks no clause
        text = _ESTIMATE_HEDGE.sub(" ", text)
        chars = [t for t in char_tokens(text) if t not in QUESTION_CHARS]
        bigrams = [m[i:i + 2] for m in re.findall(f"{CJK_CHAR.pattern}+", text) for i in range(len(m) - 1)]
        # a number is a figure, not a word to look for — unless it is a name (the 12345 hotline: 5+ digits)
        words = [w for w in word_tokens(text) if len(w) >= 2 and w not in QUESTION_WORDS and (not w.isdigit() or len(w) >= 5)]
        # Bigrams and words the report never uses cannot be matched by any passage (耍, 城里人): they
        # say the question is worded differently, not that a passage is a worse match.
        bigrams = [b for b in bigrams if self._stats.df(b) > 0]
        words = [w for w in words if self._used(w)]
        # the place the report is about (沙湾) is the background of every sentence, never what picks one
        own = self._own_places()
        # 沙湾的馕一天能做多少个: with the own place set aside, a one-character noun (馕, 煤, 桥) is what is asked
        words = ([w for w in words if strip_place_suffix(w) not in own] or _one_character_nouns(text, self._used)
                 or words)
        return {"chars": sorted(set(chars)), "bigrams": sorted(set(bigrams)), "words": sorted(set(words))}

    def _coverage(self, terms: dict, text: str) -> float:
        norm = normalize(text)
        if "groups" in terms:
            groups = terms["groups"]
            return sum(1 for g in groups if any(_said_alone(w, norm, g) for w in g)) / len(groups) if groups else 0.0
        parts = []
        for key in ("chars", "bigrams", "words"):
            items = terms[key]
            if items:
                weights = [self._idf(t) if key != "words" else 1.0 for t in items]
                total = sum(weights)
                parts.append(sum(w for t, w in zip(items, weights) if t in norm) / total if total else 0.0)
        return sum(parts) / len(parts) if parts else 0.0

    def _rarity(self, word: str) -> float:
        """How rare a report word is: its idf over the indexed text (a large index keeps no text: its
        rarest bigram's). Looked up once per word."""
        weight = self._idf_cache.get(("rarity", word))
        if weight is None:
            if self._corpus_text is not None:
                weight = math.log((len(self._corpus_text) + 1) / (self._corpus_text.count(word) + 0.5))
            else:
                weight = max(self._idf(g) for g in ([word[i:i + 2] for i in range(len(word) - 1)] or [word]))
            self._idf_cache[("rarity", word)] = weight
        return weight

    def _group_weights(self, groups: list[list[str]]) -> list[float]:
        """Each English translation group's weight: the rarity of its commonest alternative the report uses
        (政协提案 outweighs 处理/办理)."""
        return [min((self._rarity(w) for w in g if self._used(w)), default=0.0) for g in groups]

    @staticmethod
    def _rare_groups_said(groups: list[list[str]], weights: list[float], text: str) -> float:
        """The share of the groups' weight that ``text`` names: a tie-breaker between clauses that name
        as many of an English question's words."""
        norm = normalize(text)
        total = sum(weights)
        said = sum(wt for g, wt in zip(groups, weights) if any(_said_alone(w, norm, g) for w in g))
        return said / total if total else 0.0

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None,
            _retry: bool = False) -> Answer:
        """Answer ``question``; ``history`` holds the earlier questions of the conversation."""
        t0 = time.perf_counter()
        raw = check_query(question)
        talk = small_talk_kind(raw)
        if talk:
            answer = Answer(question=raw, answer=messages.small_talk(talk), answerable=False, reason="small_talk",
                            confidence="none", answer_type="small_talk", small_talk=talk)
            answer.timings_ms = {"retrieve": 0.0, "answer": 0.0, "total": (time.perf_counter() - t0) * 1000}
            return answer
        # 今年/去年 in a follow-up mean the year of the report asked about (the newest one when none is named).
        year = self.retriever.index.doc_years.get(doc) if doc else None
        # earlier questions in the report's words (城里人 -> 城镇居民), so 那农村的呢 finds its sibling
        # (English turns with their chat spellings spelt out first: what about this yr? names a period)
        earlier = [to_report_terms(h, self._used, self._used_as_word)[0] if has_cjk(h) else spelt_out(h)
                   for h in (history or [])]
        resolved = resolve_conversation(raw if has_cjk(raw) else spelt_out(raw), earlier,
                                        year or self.retriever._default_year)
        resolved = without_chinese_gloss(resolved)  # an English question glossing a term in Chinese: English
        if not has_cjk(resolved):
            resolved = spelt_out(resolved)  # hw much … last yr pls: how much … last year please
            # (turists: a typing slip for tourists, read so and shown in 理解为)
            for typed, meant in typing_slips(resolved, self.retriever.index.glossary):
                resolved = re.sub(rf"\b{typed}\b", meant, resolved)
        # (looked for outside politeness and request words: 讲一讲 is no slip for 一降)
        typos = self._typing_slips(strip_filler(resolved)) if has_cjk(resolved) else []
        for typed, word in typos:  # 游克 → 游客: a pinyin slip, read with the report's word (said in the answer)
            resolved = resolved.replace(typed, word, 1)
        understood = understand(self._translate_latin(resolved), self._used, used_as_word=self._used_as_word,
                                own_places=self._own_places())
        if not is_question_shaped(resolved) and self._report_word_share(understood.search_text) < MIN_REPORT_WORDS:
            # Neither asks anything nor speaks the report's language (an instruction to a model, noise):
            # refused without a search, so no passage is presented as if it answered it.
            answer = Answer(question=raw, answer=messages.refusal(messages.NOT_A_QUESTION, raw[:30]),
                            answerable=False, reason=messages.NOT_A_QUESTION, confidence="none")
            answer.timings_ms = {"retrieve": 0.0, "answer": 0.0, "total": (time.perf_counter() - t0) * 1000}
            return answer
        if doc is None and not _retry:
            named = self.retriever.report_named_in(resolved)
            if named:  # 沙湾今年…: only the report about the place named, when it is one report
                return self.ask(question, history=history, doc=named)
            reports = self._reports_to_ask(resolved, understood.search_text)
            if reports:
                return self._ask_each_report(question, history, reports, t0)
        about = about_report_ask(resolved)
        if about:  # 这份报告是谁作的 / 在哪次会议上: from the report's opening lines
            answer = self._about_the_report(raw, about, doc)
            if answer is not None:
                # the passages a search brings are still shown (and scored by `qa eval` as retrieval)
                answer.retrieved = self.retriever.search(understood.search_text or resolved, top_k=TOP_CHUNKS,
                                                         doc=answer.citations[0].doc).hits
                answer.timings_ms = {"retrieve": 0.0, "answer": 0.0, "total": (time.perf_counter() - t0) * 1000}
                return answer
        parts = understood.parts if understood.answer_type == "multipart" and understood.parts else [understood.search_text]
        answers, retrieve_ms = [], 0.0
        for part in parts:
            t1 = time.perf_counter()
            result = self.retriever.search(part, top_k=TOP_CHUNKS, doc=doc)
            retrieve_ms += (time.perf_counter() - t1) * 1000
            atype = understood.answer_type if len(parts) == 1 else answer_type(part)
            question_read = result.question
            top_year = self.retriever.index.doc_years.get(result.hits[0].chunk.doc) if result.hits else None
            if top_year and top_year != self.retriever._default_year:  # 今年/去年 of the report answering
                question_read = analyse(part, top_year)
            asked_text = part
            if understood.asked_text and len(parts) == 1:
                # 我家孩子明年该上幼儿园了，…要交学费吗: the situation a person describes found the passages;
                # the question after it is what the answer must satisfy (its period, its names, its figure).
                asked_text = understood.asked_text
                question_read = analyse(asked_text, top_year or self.retriever._default_year)
            answer = self._answer(asked_text, question_read, result.hits, result.query_vector, atype, understood)
            if not answer.answerable and asked_text != part and atype in ("figure", "count"):
                # 我打算在鹿角湾附近开家民宿，想知道今年计划接待多少游客: the situation found other passages; the
                # ask alone finds its figure
                alone = self.retriever.search(asked_text, top_k=TOP_CHUNKS, doc=doc)
                retried = self._answer(asked_text, question_read, alone.hits, alone.query_vector, atype, understood)
                answer = retried if retried.answerable else answer
            answers.append(answer)
        other_city = next((a for a in answers if not a.answerable and (a.signals or {}).get("other_place")), None)
        # 石河子市GDP增长了多少？和沙湾比谁快？: a part about another city's report refuses the question
        answer = answers[0] if len(answers) == 1 else other_city or merge_answers(answers)
        if (answer.answerable or answer.reason == messages.GATE_UNSURE) and asks_opinion(resolved):
            # 你觉得…值不值得来开店: no sentence is a judgement (a refusal naming what the report lacks stays)
            answer = self._opinion_refused(answer, understood.search_text)
        near = _DID_YOU_MEAN.search(answer.answer) if not answer.answerable and not _retry else None
        if near:
            # The question used a word the report does not (游人); asked again with the report's word (游客),
            # the answer is given as 可能相关, saying which word it read.
            word = next((w for w in pos_tags(resolved) if report_synonym(normalize(w[0]), self._used) == near.group(1)),
                        None)
            if word is not None:
                retried = self.ask(resolved.replace(word[0], near.group(1)), doc=doc, _retry=True)
                if retried.answerable:
                    retried.answer = messages.read_as(word[0], near.group(1)) + retried.answer
                    retried.confidence = "low"
                    answer = retried
        if typos:  # said after the answer, so that 是的 / 不是 stays first
            answer.answer += "".join(messages.read_as(typed, word) for typed, word in typos)
        answer.question = raw
        answer.resolved_question = resolved
        answer.answer_type = understood.answer_type
        total = (time.perf_counter() - t0) * 1000
        answer.timings_ms = {"retrieve": retrieve_ms, "answer": total - retrieve_ms, "total": total}
        return answer

    def _reports_to_ask(self, question: str, search_text: str) -> list[str]:
        """The reports to answer from one by one when reports about several places are indexed and the
        question names none of them: those found for it whose period covers the asked year (a report of
        year Y reviews Y-1 and plans Y), at most ``MAX_REPORTS_ASKED``; [] when one search serves."""
        if not self.retriever.several_places or self.retriever.names_a_place(question):
            return []  # one place; or 沙湾今年…: the named place's report is preferred by the search (place_boost)
        hits = self.retriever.search(search_text, top_k=TOP_CHUNKS).hits
        years = self.retriever.analyse(question).years
        doc_years = self.retriever.index.doc_years
        found = list(dict.fromkeys(h.chunk.doc for h in hits))
        covering = [d for d in found if not years or not doc_years.get(d)
                    or any(y in (doc_years[d], doc_years[d] - 1) for y in years)]
        return covering[:MAX_REPORTS_ASKED]

    def _ask_each_report(self, question: str, history: list[str] | None, reports: list[str], t0: float) -> Answer:
        """One answer per report, each labelled with its place; never one report's answer unlabelled."""
        answers = [(doc, self.ask(question, history=history, doc=doc)) for doc in reports]
        kept = [(doc, a) for doc, a in answers if a.answerable]
        places = {d: self.retriever.place_of(d) for d in reports}
        if not kept:
            answer = answers[0][1]
        elif len(kept) == 1:
            doc, answer = kept[0]
            answer.answer = messages.from_report_of(places[doc]) + answer.answer
        else:
            merged = merge_answers([a for _, a in kept])
            texts, offset = [], 0
            for doc, a in kept:
                texts.append((places[doc], CITATION_MARKER.sub(lambda m, o=offset: f"[{int(m.group(1)) + o}]", a.answer)))
                offset += len(a.citations)
            merged.answer = messages.per_report_answer(texts)
            merged.reason = "per_report"
            merged.question, merged.resolved_question = kept[0][1].question, kept[0][1].resolved_question
            merged.answer_type = kept[0][1].answer_type
            answer = merged
        total = (time.perf_counter() - t0) * 1000
        answer.timings_ms = {"retrieve": 0.0, "answer": total, "total": total}
        return answer

    def ask_stream(self, question: str, history: list[str] | None = None,
                   doc: str | None = None) -> Iterator[tuple[str, object]]:
        """The AnswerStrategy stream: an extractive answer is ready at once, so no deltas."""
        yield "final", self.ask(question, history=history, doc=doc)

    def _typing_slips(self, text: str) -> list[tuple[str, str]]:
        """(typed, report word) for the pinyin slips of ``text`` (qa/homophones.py), found on its normalized
        form and kept where the typed characters stand as typed (not inside traditional ones)."""
        norm = normalize(text)
        return [(typed, word) for typed, word in self._homophones().correct(norm, self._used, word_boundaries(norm))
                if typed in text]

    def _homophones(self) -> HomophoneIndex:
        """The report's words by sound, one index per index shared with the fact check (``claims.ReportView``:
        built on first use, empty above HOMOPHONE_MAX_WORDS words)."""
        return report_view(self.retriever).homophones

    @staticmethod
    def _township_not_in_sentence(signals: dict, best, form, atype: str) -> bool:
        """A figure asked of one township or village the report names elsewhere (柳毛湾镇去年清理转运了多少吨
        生活垃圾和粪污) where the sentence found names none: the figure is the whole city's, whatever the gate
        makes of the rest of the question."""
        return atype in ("figure", "count") and bool(form.number) and any(
            re.search(r"[镇乡村]$", name) and name not in best.text and strip_place_suffix(name) not in best.text
            for name in signals.get("named_absent") or [])

    def _translate_latin(self, text: str) -> str:
        """English words inside a Chinese question (今年tourism收入的target) in the report's words, by the
        CC-CEDICT glossary: of each word's translations the one the report uses most. Abbreviations the
        project glossary knows (GDP, CPI) and untranslatable words are left as they are."""
        if not has_cjk(text) or not _LATIN_RUN.search(text):
            return text
        glossary = self.retriever.index.glossary
        lexical = self.retriever.index.lexical

        def repl(m: re.Match) -> str:
            phrase = m.group(0)
            if phrase.strip().lower() in EVERYDAY_TERMS:
                return phrase
            groups = translation_groups(phrase, glossary)
            words = [max(g, key=lambda w: lexical.doc_freq(w)) for g in groups if g]
            return "".join(words) or phrase

        return _LATIN_RUN.sub(repl, text)

    def _report_word_share(self, text: str) -> float:
        """Share of the words of ``text`` (two characters or more, question words aside) that the report uses."""
        words = [w for w, _ in pos_tags(text) if len(w) >= 2 and CJK_CHAR.search(w) and w not in QUESTION_WORDS]
        return sum(1 for w in words if self._used(w)) / len(words) if words else 1.0

    def _used_as_word(self, term: str) -> bool:
        """Whether the indexed text uses ``term`` as a word of its own: somewhere no word of the text runs across
        its start or its end (农村人 stands only in 农村人居环境, cut 农村|人居|环境: not a word of the report;
        失业 in 失业率 is). ``_used`` for a large index, which keeps no text."""
        if self._corpus_text is None or not self._used(term):
            return self._used(term)
        hit = self._used_as_word_cache.get(term)
        if hit is None:
            hit = self._used_as_word_cache[term] = said_alone(term, self._corpus_text)
        return hit

    def _used(self, term: str) -> bool:
        """Whether the indexed text contains ``term`` (exactly, for a small index; by its bigrams above)."""
        term = normalize(term)
        hit = self._used_cache.get(term)
        if hit is None:
            if self._corpus_text is not None:
                hit = term in self._corpus_text
            else:
                pieces = [term[i:i + 2] for i in range(max(1, len(term) - 1))]
                hit = all(self._stats.df(p) > 0 for p in pieces)
            if len(self._used_cache) > 100_000:
                self._used_cache.clear()
            self._used_cache[term] = hit
        return hit


    def _candidates(self, question: Question, hits: list[Hit], terms: dict, form: AskedForm,
                    qvec: np.ndarray) -> list[Candidate]:
        index = self.retriever.index
        vectors = index.vector_store
        out, seen, missing = [], set(), []
        top = max((h.score for h in hits), default=1.0) or 1.0
        doc_years = index.doc_years
        per_year: dict[int | None, Question] = {}
        for hit in hits:
            chunk = hit.chunk
            # 今年/去年 mean the year of the report the passage comes from.
            year = doc_years.get(chunk.doc)
            if year not in per_year:
                per_year[year] = (year_after_base(analyse(question.raw, year), question.raw, self._years_in_index)
                                  if year else question)
            asked = per_year[year]
            for s, e in chunk.sentences:
                key = (chunk.doc, chunk.start + s)
                if key in seen:
                    continue
                seen.add(key)
                text = chunk.text[s:e]
                row = index.sentence_row(chunk.doc, chunk.start + s)
                # One sentence per call: a batched product rounds differently in the last bit.
                dense = float(vectors.sentence_scores(qvec, np.array([row]))[0]) if row is not None else None
                cand = Candidate(hit=hit, start=s, end=e, text=text, lexical=self._coverage(terms, text),
                                 dense=dense if dense is not None else 0.0)
                if dense is None:
                    missing.append(cand)
                cand.form_ok = form_fits(text, form)
                asked_years_in_text = any(str(y) in text for y in asked.years)
                cand.period_ok = (not asked.has_period or chunk.period_year is None
                                  or asked.matches(chunk.period_year, chunk.period_kind) or asked_years_in_text)
                out.append(cand)
        if missing:  # no stored sentence vectors (a large index): embed these few sentences now
            vectors = self.retriever.embedder.embed_passages([c.text for c in missing])
            for cand, vector in zip(missing, vectors):
                cand.dense = float(vector @ qvec)
        s = self.settings  # the weights and the reason for each: config.Settings
        for cand in out:
            hit = cand.hit
            cand.score = (s.sentence_lexical_weight * cand.lexical + s.sentence_dense_weight * cand.dense
                          + s.sentence_chunk_weight * hit.score / top
                          + (0.0 if cand.form_ok else -s.wrong_form_penalty)
                          + (0.0 if cand.period_ok else -s.wrong_period_penalty)
                          + (s.period_match_bonus if hit.period_match else 0.0))
        out.sort(key=lambda c: -c.score)
        return out

    def _figure_window(self, cand: Candidate, terms: dict, form: AskedForm, question_text: str,
                       near_stated: bool = True) -> tuple[int, int] | None:
        """(start, end) of the clause of the figure whose subject the question names (the sentence's
        facts, qa/facts.py: 实现旅游综合收入16.07亿元,同比增长58.49% for 旅游收入增长多少), None when the
        sentence has no figure of the asked form."""
        chunk = cand.hit.chunk
        facts = self.retriever.index.facts_for(chunk.doc, chunk.start + cand.start)
        if facts is None:
            facts = extract(cand.text, chunk.period_year, chunk.period_kind)
        asked = normalize(question_text)
        measure = _COUNT_MEASURE.search(asked)
        figures = [f for f in facts.figures if f.clause and f.clause in cand.text and form_fits(f.clause, form)]
        if measure:  # 多少户居民: only figures counted in 户 when the sentence has any (else 个, the generic one)
            exact = [f for f in figures if any(m in f.unit for m in same_counters(measure.group(1)))]
            generic = [f for f in figures if f.unit == "个"]
            figures = exact or generic or figures
        if _RATE_ASK.search(asked):  # 增幅 / 增速 / 百分之几: the rate, not the amount
            figures = [f for f in figures if f.unit == "%"] or figures
        if _COUNT_ASK.search(asked):  # 落实了多少个项目: a count, not an amount
            figures = [f for f in figures if f.group == "个"] or figures
        # 总投资多少: the noun right before the ask names the figure (工业增加值是54.2亿元吗: or before the stated one)
        head = ask_head(question_text) or stated_head(question_text)
        tail = asked_noun_after(question_text)  # 形成多大产能: or the noun right after it
        counted = _COUNTED_NOUN.search(asked)  # 多少个示范村在推进…: the thing counted, next to its number
        counted_near = (re.compile(rf"\d[\d.]*\s*万?[个项家所条座名位户台辆处]?{re.escape(counted.group(1))}|"
                                   rf"{re.escape(counted.group(1))}\d") if counted else None)
        # 总投资好像四千七百多万，具体是多少: the figure close to the one the question half-remembers
        stated = stated_figures(question_text)
        # 那几个煤矿…总共能挖多少煤: several things summed — the largest figure of the unit is the total
        summed = bool(_SUM_OF_SEVERAL.search(asked)) and len({f.group for f in figures}) == 1 and len(figures) >= 2
        largest = max(figures, key=lambda f: f.value) if summed else None
        # 宏业煤矿改扩建后产能是多少: the figure in the clause naming the thing asked (宏业煤矿90万吨/年), not the
        # sentence's total (形成210万吨的产能)
        names = [n for n in named_things(question_text, lambda n: self._used(n) and looks_like_name(n), any_start=True)
                 if n in normalize(cand.text)]
        best, best_score = None, None
        for fig in figures:
            score = FIGURE_SUBJECT_WEIGHT * self._coverage(terms, fig.subject) + self._coverage(terms, fig.clause)
            if any(n in normalize(fig.clause) for n in names):
                score += 2 * FIGURE_SUBJECT_WEIGHT
            if fig is largest:
                score += FIGURE_SUBJECT_WEIGHT
            if head and re.search(rf"{re.escape(head)}(?!{_FACILITY})", normalize(fig.clause)):
                score += FIGURE_SUBJECT_WEIGHT  # 处理了多少: 处理…5.57万吨, not a 处理点 (a facility named by its work)
            if tail and tail in normalize(fig.clause):
                score += FIGURE_SUBJECT_WEIGHT
            if counted_near is not None and counted_near.search(normalize(fig.clause)):
                score += FIGURE_SUBJECT_WEIGHT
            if near_stated and any(APPROXIMATE_RATIO[0] <= fig.value / st.value <= APPROXIMATE_RATIO[1]
                   and (not st.group or st.group == fig.group) for st in stated):
                score += FIGURE_SUBJECT_WEIGHT
            if best_score is None or score > best_score:
                best, best_score = fig, score
        if best is None:
            return None
        start = cand.text.index(best.clause)
        end = start + len(best.clause.rstrip("。"))
        if best is largest:  # the things summed are named in the clauses before the total: quote them with it
            start = min([cand.text.index(f.clause) for f in figures if cand.text.index(f.clause) < start] + [start])
        return start, end

    def _answering_clauses(self, cand: Candidate, terms: dict, form: AskedForm, atype: str, question: str) -> list[str]:
        """The clauses of the window of ``cand`` that answers the question (``_clause``)."""
        a, b = self._clause(cand, terms, form, atype, question)
        return [c.text for c in split_clauses(cand.text[a:b])]

    def _clause(self, cand: Candidate, terms: dict, form: AskedForm, atype: str = "fact",
                question_text: str = "") -> tuple[int, int]:
        """(start, end) within the sentence of the clause(s) that carry the fact.

        A figure question gets the clause with the figure (plus the clause naming its subject, or
        the growth rate that follows it); other questions get the best clause with its neighbours,
        since names and lists often sit next to the words the question repeats.
        """
        clauses = split_clauses(cand.text)
        if len(clauses) <= 1:
            return 0, len(cand.text)
        if atype in ("list", "overview") and len(cand.text) <= MAX_LIST_CHARS:
            return 0, len(cand.text)
        colon = max(cand.text.find(":"), cand.text.find("："))
        if atype in ("list", "overview") and colon > 0 and len(cand.text) - colon <= MAX_LIST_CHARS:
            return colon + 1, len(cand.text)  # …主要表现在:A,B,C: the list is what follows the colon
        if atype == "yesno" and question_text and any(f.unit for f in stated_figures(question_text)):
            # 地区生产总值的目标是10%左右吗 — the figure of the asked subject is what the stated one is checked
            # against, not a neighbour's 10%左右 in the same sentence
            window = self._figure_window(cand, terms, form, question_text, near_stated=False)
            if window is not None:
                # …完成8.58亿元,同比下降10%: the rate that follows the figure is part of what is checked
                end = window[1]
                for clause in clauses:
                    if clause.start >= end - 1 and _TRAILING_RATE.match(clause.text.strip()):
                        end = clause.end
                    elif clause.start >= end:
                        break
                return window[0], end
        if not form.number and len(cand.text) <= MAX_WINDOW_CHARS:
            return 0, len(cand.text)  # a short sentence answering a what / which / yes-no question is quoted whole
        if form.number and "groups" not in terms:
            window = self._figure_window(cand, terms, form, question_text)
            if window is not None:
                return window
        scores, w = [], self.settings
        asked_measure = _COUNT_MEASURE.search(normalize(question_text)) if question_text else None
        measure = asked_measure.group(1) if asked_measure else ""
        weights = self._group_weights(terms["groups"]) if "groups" in terms else []
        for i, c in enumerate(clauses):
            s = self._coverage(terms, c.text)
            if form.number and i > 0 and LEADING_CONTINUATION.match(c.text.strip()):
                # 同比增长58.49% belongs to the clause before it (实现旅游综合收入16.07亿元): score them together
                s = self._coverage(terms, clauses[i - 1].text + c.text)
            if atype in TYPED_ANSWERS:
                s += TYPED_CLAUSE_BONUS if clause_has_type(c.text, atype, question_text) else 0.0
            if atype == "list" and len(enumeration(c.text)) >= 2:
                s += TYPED_CLAUSE_BONUS
            if measure and re.search(rf"\d[\d.,]*\s*(?:万|千)?\s*{measure}", c.text):
                s += TYPED_CLAUSE_BONUS  # 冷配8223头 for 做了多少头, not 冻精1.77万枚
            if form.number:
                s += (w.clause_form_bonus if form_fits(c.text, form) else
                      (-w.clause_other_figure_penalty if has_number_with_unit(c.text, "") else -w.clause_no_figure_penalty))
            if "groups" in terms:  # (English: a clause naming the question's rarer words wins a tie)
                s += ENGLISH_TIE_BREAK * self._rare_groups_said(terms["groups"], weights, c.text)
            scores.append(s)
        best = int(np.argmax(scores))
        lo = hi = best
        if form.number:
            if lo > 0 and (LEADING_CONTINUATION.match(clauses[lo].text.strip()) or not CJK_CHAR.search(clauses[lo].text)):
                lo -= 1
            if hi + 1 < len(clauses) and _TRAILING_RATE.match(clauses[hi + 1].text.strip()):
                hi += 1
        else:
            lo, hi = max(0, best - 1), min(len(clauses) - 1, best + 1)
            while hi > best and clauses[hi].end - clauses[lo].start > MAX_WINDOW_CHARS:
                hi -= 1
            while lo < best and clauses[hi].end - clauses[lo].start > MAX_WINDOW_CHARS:
                lo += 1
        return clauses[lo].start, clauses[hi].end

    def _answer(self, text: str, question: Question, hits: list[Hit], qvec: np.ndarray, atype: str = "fact",
                understood: Understanding | None = None) -> Answer:
        s = self.settings
        if not hits:
            return self._refuse(text, question, hits, messages.NO_PASSAGES)
        form = answer_form(text, atype, understood.raw if understood is not None else "")
        terms = self._terms(question)
        if not any(terms.values()):
            # Give me an overview of 2021 / What did Shawan achieve last year?: nothing to search for but the
            # period, whose overview is the answer
            general = (self._overview(text, question, [], hits, general=True)
                       if atype == "overview" and question.years else None)
            return general or self._refuse(text, question, hits, messages.NO_SEARCH_TERMS)
        question = without_base_year(question, text, self._years_in_index)
        cands = self._candidates(question, hits, terms, form, qvec)
        anchor = cands[0]
        if atype in TYPED_ANSWERS:
            cands = prefer_typed(cands, atype, text)
        if atype == "yesno":  # 有没有人感染新冠: the sentence saying it did not happen (零感染), if one is found
            denied = next((c for c in cands[:TYPED_LOOKAHEAD] if negated_event(text, c.text)), None)
            cands = [denied] + [c for c in cands if c is not denied] if denied else cands
        if _TITLE_ASK.search(normalize(text)) and not _TITLE.search(cands[0].text):
            # 要争创啥称号: a sentence naming a title (…民族团结进步模范市) beats a heading that repeats the topic
            titled = next((c for c in cands[:TYPED_LOOKAHEAD] if _TITLE.search(c.text)
                           and c.score >= cands[0].score - TYPED_MARGIN), None)
            if titled is not None:
                cands = [titled] + [c for c in cands if c is not titled]
        listed = None
        if atype == "count" and not has_counted_figure(YEAR_EXPRESSION.sub(" ", cands[0].text)):
            # 报告列了几种招商方式: a list the report gives without a total is counted
            listed = next((c for c in cands[:TYPED_LOOKAHEAD] if listed_for_count(text, c.text)), None)
            if listed is not None:
                cands = [listed] + [c for c in cands if c is not listed]
                listed.form_ok = True
        noun = asked_noun_after(text) if atype == "count" and listed is None else ""
        if noun and not re.search(rf"\d[\d.]*\s*(?:[项个大类种条])?{noun}", normalize(cands[0].text)):
            # 民生方面要实施几项工程: the report lists them as run-in items (稳定扩大就业工程。提升教育工程。…)
            counted = self._run_in_items(text, cands, hits)
            if counted is not None:
                return counted
        which = _WHICH_NOUN.search(normalize(text)) if atype in ("list", "overview") else None
        if which and not enumeration(cands[0].text):
            # 民生上要实施哪些工程: the report names them as run-in items (稳定扩大就业工程。提升教育工程。…)
            listed_items = self._run_in_items(text, cands, hits, noun=which.group(1), count=False)
            if listed_items is not None:
                return listed_items
        best = cands[0]

        signals = self._signals(question, terms, best)
        kind = counted_kind(text, best.text, noun) if atype == "count" else ""
        one = _ONE_CHARACTER_COUNTED.search(normalize(text)) if atype == "count" and not noun else None
        counts_it = (rf"\d+\s*(?:个|家|所|座|条|项|名)?[\u4e00-\u9fff]{{0,10}}?{one.group(1)}(?![\u4e00-\u9fff])|"
                     rf"{one.group(1)}\d+\s*(?:个|家|所|座|条|项|名)") if one else ""
        # 沙湾有几个村 — no count in the passage counts villages (6个…示范乡镇 counts towns): never certain
        uncounted = bool(one) and not re.search(counts_it, normalize(best.text))
        if kind:
            # 沙湾一共有几个乡镇: the report counts its 6 乡村振兴示范乡镇, not all of them — what it gives, quoted
            answer = self._refuse(text, question, hits, messages.kind_counted(noun, kind),
                                  messages.given_instead(kind, messages.period_part(best.period[1])))
            answer.signals = signals
            return answer
        if best is not anchor:  # a neighbour holding the asked name or time: the support is the anchor's
            signals["lexical"] = max(signals["lexical"], anchor.lexical)
            signals["dense"] = max(signals["dense"], anchor.dense)
        signals["form"] = form
        signals["answer_type"] = atype
        signals["margin"] = float(best.score - cands[1].score) if len(cands) > 1 else 1.0
        signals["chunk_rank"] = next((i for i, h in enumerate(hits) if h is best.hit), len(hits))
        # an English question is compared in its Chinese terms (expenditure → 支出 against a sentence of 收入)
        signals["contrast"] = self._contrast(translate(text, self.retriever.index.glossary) if question.english else text, best)
        window = None  # (start, end) of the figure's clause, found once
        if (atype in ("figure", "count") or form.number) and question.english:
            # an English question's subject, checked in the report words it translates to (energy consumption
            # per unit of GDP → 单位生产总值能耗: not answered by a sentence on budget revenue)
            a, b = self._clause(best, terms, form, atype, text)
            chinese = replace(question, text=translate(text, self.retriever.index.glossary))
            checked = self._subject_check(chinese, best, best.text[a:b])
            signals.update({k: checked[k] for k in ("key_terms", "key_absent", "off_subject", "rare_off_subject",
                                                    "neighbour_subject", "bound_only")})
            parts = self._english_named_parts(question)  # (Lujiaowan scenic area, the Jingouhe … hydropower station)
            if not _EN_SEVERAL.search(text):  # the Manas River project alone: one item of the report's list
                signals["key_listed"] = checked["key_listed"] or _names_listed(parts, best.text[a:b])
            signals["other_place"] = self._other_place(question, normalize(best.hit.chunk.text))
            # the Lujiaowan scenic area, Anjihai Town: a named part the figure's clause does not name
            signals["named_absent"] = _names_absent(parts, normalize(best.text[a:b]))
            if not _EN_CHANGE_ASK.search(text) and only_changes(best.text[a:b]):
                signals["form_ok"] = False  # what was the per-capita income: the report gives only 增加1509元
            if form.number and not re.search(r"\d", _QUOTED_NAME.sub(" ", best.text[a:b])):
                # how much is a ticket: 完成…景区大门…改造 names the words, gives no figure (nor does a number that
                # only names a thing: the “12345” hotline)
                signals["form_ok"] = False
        if (atype in ("figure", "count") or form.number) and not question.english:
            a, b = window = self._clause(best, terms, form, atype, text)
            signals.update(self._subject_check(question, best, best.text[a:b]))
            signals["neighbour_subject"] = signals.get("neighbour_subject") or uncounted
            if atype == "yesno":
                signals["only_stated_figures"] = False  # 比例能到95%吗: the report's own 95%以上 is what decides it
            home = self._home_place(understood)
            if home and home not in normalize(best.text) and not signals.get("named_absent"):
                signals["named_absent"] = [home]  # 我住老沙湾镇，我们镇建了几个…: the figure is the whole city's
            signals["other_place"] = self._other_place(question, normalize(best.hit.chunk.text))
            if asks_level_only(text) and only_rates(best.text[a:b]):
                signals["form_ok"] = False  # GDP总量是多少 — the report gives only its growth rate (增长7%)
            if asks_total(text) and only_changes(best.text[a:b]):
                signals["form_ok"] = False  # 收入一共是多少，总数 — the report gives only the increase (增加1509元)
            if asks_total(text) and only_new_additions(best.text[a:b]):
                signals["form_ok"] = False  # 一共有多少家规上企业 — the report gives only the new ones (新升规企业1家)
        q_norm = normalize(text)
        part_window = None  # (start, end) of the whole's figure clause when a yes/no asks one part's figure
        if atype == "yesno" and not question.english and _FIGURE_TALK.search(YEAR_EXPRESSION.sub(" ", q_norm)):
            # 安集海镇农民收入过两万了吗 / 鹿角湾景区游客过百万了吗: a figure asked of one place or body that the
            # figure's clause does not name — the report gives the whole's figure, which says nothing of the part
            a, b = self._clause(best, terms, replace(form, number=True), "figure", text)
            figure_clause = normalize(best.text[a:b])
            own = self._own_places()
            named = [n for n in (signals.get("named_absent") or named_things(
                         question.text, lambda n: self._used(n) and looks_like_name(n), any_start=True))
                     if n not in figure_clause and strip_place_suffix(n) not in own and n not in BACKGROUND_PLACES]
            if named and has_number_with_unit(figure_clause, ""):
                signals["named_absent"], signals["part_figure"], part_window = named, True, (a, b)
        if form.number and best.period[1] == "plan" and asks_actual_result(q_norm) and len(question.years) < 2:
            # 2022年实际接待游客多少: the report's own year has only its target (今年想接待的比去年实际来的多多少
            # compares this year's target with last year's result: there the actual is the other year's)
            signals["period_ok"] = False
        # (an English question by its words in the report's language: exports → 出口; the towns and villages, 城镇
        # and 村, ask the whole 城乡 — an English question's parts only count when it names no other part)
        asked = translate(question.text, self.retriever.index.glossary) if question.english else q_norm
        parts_asked = [w for w in WHOLES if w in asked] if form.number else []
        if question.english and (len(parts_asked) > 1 or re.search(r"\b(?:towns?|urban)\b.*\b(?:villages?|rural)\b|"
                                                                   r"\b(?:villages?|rural)\b.*\b(?:towns?|urban)\b",
                                                                   question.text, re.I)):
            parts_asked = []
        if parts_asked:
            a, b = window or self._clause(best, terms, form, atype, text)
            if any(only_as_whole(w, asked, normalize(best.text[a:b])) for w in parts_asked):
                signals["part_asked"] = True  # 出口额多少 — the report gives only 进出口额; 农村新增就业 — only 城乡
        head = ask_head(text) if form.number and not question.english else ""
        if (head and self._used(head) and not said_as(head, normalize(best.text)) and head not in GENERIC_ATTRIBUTES
                and not any(w in normalize(best.text) for w in same_measure(head))):
            signals["attribute_absent"] = head  # 改扩建工程总投资多少: the passage gives no 投资
        own = self._own_places()
        qualifiers = [q for q in (head_qualifiers(text, head) if head else []) if strip_place_suffix(q) not in own]
        if (head and len(head) >= 4 and not self._used(head) and self._used(head[:-2])
                and head[-2:] in normalize(best.text) and pos_tags(head[:-2])[0][1][:1] == "n"):
            qualifiers.append(head[:-2])  # 税收收入, a word the report never uses: its 税收 narrows 收入
        said = normalize(best.text)
        if any(not any(w in said for w in (q, *EVERYDAY_TERMS.get(q, ()), *EVERYDAY_TERMS.get(q + head, ())))
               for q in qualifiers) \
                and not signals.get("attribute_absent"):
            # 第一产业增加值: the report gives only 工业增加值; 棉花种植面积: only 粮食种植
            signals["attribute_absent"] = qualified_phrase(text, qualifiers, head)
            # 境外游客 / 税收收入: a part the report never counts apart from its whole
            signals["subset_absent"] = any(q in SUBSET_QUALIFIERS and q not in said for q in qualifiers)
        if question.english and form.number and EN_SUBSET.search(text):
            signals["subset_absent"] = True  # How many foreign tourists…: a part the report never counts apart
        thing = counted_thing(text) if form.number and not question.english else ""
        if thing and not said_as(thing, normalize(best.text)) and not signals.get("attribute_absent"):
            signals["attribute_absent"] = thing  # 种了多少亩树: a figure about something else (施肥面积) is no answer
        counted = people_counted(text) if form.unit == "人" and not question.english else ""
        if counted and not signals.get("attribute_absent") and counts_other_people(counted, best.text):
            signals["attribute_absent"] = counted  # 援疆医生有多少人: 援疆医生诊疗患者2000余人次 counts patients
        per_unit = _PER_UNIT.search(normalize(text))
        if per_unit and form.number and not same_per_unit(normalize(text), normalize(best.text)):
            signals["per_unit"] = per_unit.group(0)  # 平均每户花了多少钱: the report gives only the total
        if atype == "time" and not said_event(text, best.text):
            # 哪年开工的: a sentence that gives only when capacity is reached (年底) is no answer
            signals["missing_type"] = "time"
        if atype in ("person", "time") and not clause_has_type(best.text, atype, text) and not (
                atype == "person" and clause_has_type(best.text, "organisation") and (
                    _WHO_DID.search(normalize(text))
                    or _WITH_WHOM.search(normalize(text)) and _PARTNER_NAMED.search(normalize(best.text)))):
            # 是谁帮着完成的: who did a piece of work may be a body (自治区第一测绘院); 市委书记是谁 asks a person
            signals["missing_type"] = atype
        if atype == "person":
            roles = [w for w in signals["unknown_nouns"] if _ROLE.search(w)]
            if roles and not signals["unknown_attributes"]:
                signals["unknown_attributes"] = roles  # 市委书记是谁: the report names no such office, so nobody in it
        kind = _WHICH_KIND.search(normalize(text))
        names = named_things(best.text)
        if kind and not [n for n in names if n.endswith(kind.group(1)) and n not in normalize(text)]:
            signals["missing_type"] = "place"  # 选在哪个村: the passage names no village
        within = _WITHIN_PLACE.search(normalize(text))
        if within and kind and not any(within.group(1) + n in normalize(best.text) for n in names
                                       if n.endswith(kind.group(1))):
            signals["missing_type"] = "place"  # 柳毛湾镇哪个村: the villages named belong to other towns
        facility = _FACILITY_WHERE.search(normalize(text)) if atype == "place" and not kind else None
        thing = (facility.group(1) or _EN_FACILITY_WORDS.get(facility.group(2) or "", "")) if facility else ""
        if facility and thing and not self._places_beside(best.text, text, thing):
            signals["missing_type"] = "place"  # 市全域旅游集散中心在哪: named among projects, never placed
        if _SERVICE_HOURS.search(normalize(text)) and not _CLOCK_TIME.search(normalize(best.text)):
            signals["missing_type"] = "time"  # 政务服务中心几点下班: a report gives no opening hours
        measure = _COUNT_MEASURE.search(normalize(text))
        counted = measure and re.search(rf"\d[\d.,]*\s*(?:万|千)?\s*(?:{'|'.join(same_counters(measure.group(1)))}|个)",
                                        normalize(best.text))
        if measure and not counted and has_number_with_unit(best.text, ""):
            signals["form_ok"] = False  # 几座变电站 is not answered by 变压器111台
        run = self._colon_run(best) if atype in ("list", "overview") else []
        if atype == "overview" and not self._names_run(text, run):
            run = []
        if len(run) >= 2 and not signals["missing_years"]:
            # …主要表现在:A;B;C。 — the list the sentence opens runs on over the next ;-sentences
            answer = self._bullets(text, hits, best.period[1], run, [])
            answer.signals = signals
            answer.confidence = self._confidence(signals)
            return answer
        if (atype == "overview" and signals["nouns"] and set(signals["nouns"]) <= set(signals["unknown_nouns"])
                and len(overview_topic(text, self._own_places())) >= 2
                # 烧煤取暖太费钱，政府有啥说法: the topic's other words (取暖) are the report's — 费钱 is a complaint
                and not any(len(w) >= 2 and w not in signals["unknown_nouns"] and self._used(w)
                            for w, _ in pos_tags(topic_words_left(text, self._own_places())))):
            # 空气质量去年咋样 — the report never speaks of the topic: no overview of something else
            answer = self._refuse(text, question, hits, messages.unknown_attributes(signals["unknown_nouns"]))
            answer.signals = signals
            return answer
        institution = next((n for n in signals["unknown_proper_nouns"] if _institution_asked_about(n, question.text)),
                           None)
        if atype == "overview" and institution:
            # 沙湾二中去年的高考成绩怎么样: an overview of the whole county's schools does not answer for one school
            answer = self._refuse(text, question, hits, messages.unknown_names([institution]))
            answer.signals = signals
            return answer
        if atype == "overview" and not signals["missing_years"]:
            # 俺开个小店，疫情下今年有啥帮扶: the report's words for the asker's situation (小店 → 个体工商户) narrow the topic
            situation = [t for _, t in (understood.rewrites if understood else []) if t not in normalize(text)]
            answer = self._overview(text, question, cands, hits, situation=situation)
            unsaid = _benefit_unsaid(text, signals["nouns"], answer) if answer is not None else []
            if unsaid:  # 鹿角湾景区老人有没有优惠: points about the scenic area, none about the elderly or a discount
                answer = self._refuse(text, question, hits, messages.names_not_in_passage(unsaid))
            if answer is not None:
                answer.signals = signals
                return answer
        counted = [c.text for c in split_clauses(best.text) if has_counted_figure(c.text)]
        # (a list of counts — 模范集体20个、模范个人50名 — names nobody; 是不是进了…名单 asks yes or no)
        q_norm = normalize(text)
        # the count the question restates (去年改造的5个道路交叉口是哪几个): the names belong to its clause, not
        # to a list of other things beside it (杭州路、广州路等10条城市道路)
        restated = [c for c in counted if any(n in c for n in _RESTATED_COUNT.findall(q_norm))]
        # (the question's own count that no counted clause gives — 两个住宿类旅游项目 beside 开发6条线路: those
        # counts are of other things, and the names may be in the sentence)
        told = [n for n in _RESTATED_COUNT.findall(re.sub(r"[两二](?=[个家所条座位名项处])", "2", q_norm))]
        if told and not restated and not any(n in normalize(best.text) for n in told):
            counted = []
        if atype != "yesno" and counted and (
                _NAMES_ASKED.search(q_norm) and not _names_things(restated or counted)
                or _WHICH_COUNTED.search(q_norm)
                and not _names_things(restated or self._answering_clauses(best, terms, form, "fact", text))):
            signals["only_a_count"] = True  # 6大集团分别叫什么名字: the report gives how many, not which
        names_asked = bool(_NAMES_ASKED.search(q_norm) or _WHICH_ASKED.search(q_norm))
        known = set_aside_names(q_norm) if counted and names_asked else []
        listed_known = _names_only(restated or counted, known) if known else []
        if listed_known:  # 除了杭州路和广州路，另外几条叫什么: the report names only those two of its 10条
            signals["only_a_count"] = True
            signals["set_aside_listed"] = listed_known
        # 改造了8个老旧小区，有没有我们这个小区: the asker's own one, unnamed, against a count — only names could tell
        # (the count the question restates, 8个老旧小区: not 每个乡镇不少于1个…, a share each place gets)
        as_typed = normalize(understood.raw if understood else text)  # (我们 is filler to the search)
        own = _OWN_UNNAMED.search(as_typed) if atype == "yesno" and restated else None
        home = self._home_place(understood) if own else ""
        # (我们村是柳毛湾镇的: the township named, the village still not — a place of the asked kind names it)
        own_unnamed = bool(own and not _names_things(restated)
                           and not (home and home.endswith(own.group("kind")[-1])))
        if listed is not None:  # counted, not read as a figure: the figure checks do not apply
            for name in ("only_stated_figures", "off_subject", "rare_off_subject", "attribute_absent", "key_listed"):
                signals[name] = False
            signals["form_ok"] = True
        why = refusal_reason(signals, s)
        # refusals the answer gate may not overrule: a figure asked and the sentence has none but the question's
        # own; one item of an open list asked for its own figure (the whole's figure answers nothing about it);
        # a yes/no about one part's figure where the report gives the whole's
        refuse_outright = (bool(signals.get("only_stated_figures")) and atype in ("figure", "count") and listed is None
                           or bool(signals.get("listed_open")) and form.number and listed is None
                           or bool(signals.get("part_figure")) or bool(signals.get("subset_absent"))
                           or bool(signals.get("set_aside_listed"))
                           or self._township_not_in_sentence(signals, best, form, atype))
        if (self.gate is not None or self.gate_probe) and not hard_refusal_reason(signals, s) and not refuse_outright:
            signals["rule_reason"] = why
            if self.gate_probe:
                why = ""
            else:
                signals["gate"] = round(self.gate.probability(signals), 4)
                verdict = self.gate.decide(signals)
                why = (why or messages.GATE_UNSURE) if verdict == "none" else ""
                signals["gate_confidence"] = verdict
        restated = False
        if (why and atype == "comparison" and signals.get("only_stated_figures")
                and signals.get("rule_reason", why) == messages.ONLY_STATED_FIGURES and not hard_refusal_reason(signals, s)):
            # 今年…计划多涨1000块，这比去年实际涨的多不多？去年涨了多少: the figure the asker restates is this period's;
            # the other period's sentence gives the one asked (an inference across two sentences: hedged)
            other = self._other_period(question, best, terms, form, qvec)
            if other is not None and other.form_ok and _numbers_said(other.text) - _numbers_said(text):
                why, restated = "", True
        if (atype == "time" and signals.get("missing_type") == "time" and _YEAR_ASK.search(normalize(text))
                and not _FINER_TIME_ASK.search(normalize(text)) and best.period[0] is not None
                and said_event(text, best.text)  # 哪年建成: a plan to push the work on says nothing of when it is done
                and best.period[1] in ("review", "plan") and not signals.get("key_absent")
                and not signals.get("unknown_nouns") and not signals["missing_years"]
                and not hard_refusal_reason(signals, s)):
            # 野奢营地项目是什么时候落地的: the sentence names no time, but the part of the report it stands in
            # does — the year reviewed or the year planned (an inference: hedged)
            heading = self._part_heading(best)
            if heading is not None:
                answer = self._compose(text, question, [best], terms, form, hits, "fact", understood)
                chunk, a, b = heading
                # the heading is cited first ([1]), as the answer says the year first; the sentence's numbers move on
                for c in answer.citations:
                    c.n += 1
                body = CITATION_MARKER.sub(lambda m: f"[{int(m.group(1)) + 1}]", answer.answer)
                answer.citations.insert(0, self._citation(1, chunk, a, b, quote=chunk.text[a:b]))
                answer.answer = messages.time_from_part(chunk.text[a:b].strip(), best.period[0], best.period[1], 1) + body
                answer.signals, answer.confidence = signals, "low"
                return answer
        if own_unnamed:
            answer = self._refuse(text, question, hits, messages.OWN_ONE_UNLISTED)
            answer.signals = signals
            return answer
        if (atype == "yesno" and best.period[1] == "plan" and asks_if_target_met(text)
                and not hard_refusal_reason(signals, s)):
            # 今年8%的GDP目标能完成吗: a forecast the report cannot make — no 是的; what it gives is the target
            a, b = self._clause(best, terms, form, atype, text)
            instead = messages.given_instead(best.text[a:b].strip().rstrip(",，;；:：。"), messages.period_part("plan"))
            answer = self._refuse(text, question, hits, messages.TARGET_OUTCOME, instead)
            answer.signals = signals
            return answer
        if atype == "yesno" and signals["unknown_proper_nouns"]:
            # 对口援疆沙湾的是辽宁大连吧？ — the report never names 大连: no, and here is what it says
            name = signals["unknown_proper_nouns"][0]
            if _institution_asked_about(name, question.text):  # 第二人民医院今年要扩建吗: no yes or no to give
                return self._refuse(text, question, hits, messages.unknown_names([name]))
            quoted = best
            if name in place_names(question.text) and not clause_has_type(best.text, "place", text):
                # 对口援疆沙湾的是江苏无锡吧: the place the report does name for it, a sentence or two away
                quoted = self._typed_after(best, "place", text) or best
            answer = self._compose(text, question, [quoted], terms, form, hits, "fact", understood)
            answer.answer = messages.not_mentioned_no(name) + answer.answer
            answer.signals, answer.confidence = signals, "low"
            return answer
        if why == messages.OTHER_PERIOD_ONLY and atype == "yesno" and best.period[1] == "plan":
            # 去年就已经投入使用了吗 — the report plans it for the year ahead: not yet (an inference: hedged)
            answer = self._compose(text, question, [best], terms, form, hits, "fact", understood)
            answer.answer = messages.only_planned() + answer.answer
            answer.signals, answer.confidence = signals, "low"
            return answer
        if (why == messages.GATE_UNSURE and atype in ("place", "organisation")
                and not clause_has_type(anchor.text, atype, text)):
            named = self._typed_after(anchor, atype, text)
            if named is not None:
                # 对口支援沙湾的是哪个地方: 对口支援新疆是一项重大战略。…要认真学习辽宁鞍山的先进理念 — the place is
                # named a few sentences before or after the one naming the topic, in its section (an inference: hedged)
                answer = self._compose(text, question, [anchor, named], terms, form, hits, "fact", understood)
                answer.signals, answer.confidence = signals, "low"
                return answer
        if why:
            answer = self._refuse(text, question, hits, why)
            if (signals.get("key_listed") or signals.get("part_asked") or signals.get("per_unit")
                    or signals.get("named_absent") or signals.get("part_of_year")) \
                    and (form.number or part_window) and best.form_ok and best.period_ok:
                # 报告没有单列该镇的数字；报告给出的是全市的：“…” — the whole the part belongs to, quoted
                a, b = part_window or self._clause(best, terms, form, atype, text)
                clause = best.text[a:b].strip().rstrip(",，;；:：。")
                instead = messages.given_instead(clause, messages.period_part(best.period[1]))
                answer.answer = messages.refusal(why, self._searched(question), instead)
            unknown = signals["unknown_attributes"] + signals["unknown_proper_nouns"] + signals["unknown_nouns"]
            near = next((syn for w in unknown if (syn := report_synonym(normalize(w), self._used))), None)
            if near:  # 您是不是想问…: a word the report does not use, with a synonym it does (HIT Cilin)
                answer.answer += messages.did_you_mean(near)
            answer.signals = signals
            return answer

        parts = [best]
        heading = best.hit.chunk.section.split(" > ")[0]
        if atype == "list" and normalize(best.text).rstrip("。") == normalize(heading):
            # 今年的重点任务有哪些？ met the part's heading (二、2022年总体要求和重点任务): its sub-sections are the list
            answer = self._overview(text, question, cands, hits, general=True)
            if answer is not None:
                answer.signals = signals
                return answer
        if atype == "list" and len(enumeration(best.text)) < 2:
            # 着力发展劳动密集型产业。X、Y、Z… : the list follows (in the next chunk when the heading ends one)
            following = next_sentence(cands, best) or (
                self._sentence_after(best) if opens_run_in_block(best.text) else None)
            items = self._details(best, asked_noun(text), items_only=True)
            if items:  # 稳定扩大就业工程。提升教育工程。…: the section's run-in items
                answer = self._bullets(text, hits, best.period[1], items, [])
                answer.signals = signals
                answer.confidence = self._confidence(signals)
                return answer
            if following is not None and len(enumeration(following.text)) >= 2:
                parts.append(following)
            elif _NAMES_ASKED.search(normalize(text)) and clause_has_type(best.text, "count"):
                # 24个厅级单位具体是哪些: the report gives how many, not which
                answer = self._refuse(text, question, hits, messages.ONLY_A_COUNT)
                answer.signals = signals
                return answer
            else:
                details = self._details(best, asked_noun(text))
                if details:  # 医疗卫生事业稳步发展。投入…。国家医保信息系统…: the sentences after it are the list
                    answer = self._bullets(text, hits, best.period[1], details, [])
                    answer.signals = signals
                    answer.confidence = self._confidence(signals)
                    return answer
                peers = self._peer_sentences(question, best, cands)
                if peers:  # 今年要创建哪些称号: 创建…模范市。…创建工作。…创建…普惠县 — one item per sentence
                    answer = self._bullets(text, hits, best.period[1], peers, [])
                    answer.signals = signals
                    answer.confidence = "low"
                    return answer
        if atype == "yesno" and not title_worked_for(text, best.text):
            # 已经是全国民族团结进步模范市了吗: the sentence saying the title is being worked for answers it
            sought = next((c for c in cands[:5] if title_worked_for(text, c.text)), None)
            if sought is not None:
                best, parts = sought, [sought]
        both_periods = len(question.years) >= 2 or atype == "comparison"
        mismatched = False
        if (form.number or both_periods) and (not question.has_period or both_periods) and best.period[0] is not None:
            # An explicit comparison of both years asks for the other period's figure even when the
            # sentence giving it shares fewer words with the question.
            share = COMPARISON_OTHER_SHARE if both_periods else OTHER_PERIOD_SHARE
            other = next((c for c in cands[1:] if c.period[0] is not None and c.period != best.period
                          and c.form_ok and c.lexical >= share * best.lexical), None)
            if other is None and both_periods:
                other = self._other_period(question, best, terms, form, qvec)
            if other is not None:
                parts.append(other)
                nouns = self._content_nouns(question)
                clauses = [normalize(c.text[slice(*self._clause(c, terms, form, atype, text))]) for c in (best, other)]
                named = [{n for n in nouns if said_as(n, clause)} for clause in clauses]
                if named[0] < named[1] and 2 * len(named[0]) <= len(set(nouns)):
                    # 今年旅游收入目标比去年增长多少: the other period's figure names 旅游, this one's (一般公共预算
                    # 收入) does not — the two are not one indicator; at most a hedged answer
                    mismatched = True
        elif len(MULTI_ASK.findall(text)) >= 2:
            chosen = self._clause(best, terms, form, atype, text)
            covered = normalize(best.text[chosen[0]:chosen[1]])
            rest = {k: [t for t in v if t not in covered] for k, v in terms.items() if k != "groups"}
            if any(rest.values()):
                extra = max(cands[1:4], key=lambda c: self._coverage(rest, c.text), default=None)
                if extra is not None and self._coverage(rest, extra.text) >= 0.5:
                    parts.append(extra)
        answer = self._compose(text, question, parts, terms, form, hits, atype, understood)
        answer.signals = signals
        # (one thing's change on the year before: not two periods' figures compared, 今年目标比去年实际多还是少)
        if answer.answerable and len(parts) == 1 and not both_periods:
            answer = self._way_went_first(text, question, hits, answer, parts[0], terms, form, atype)
            if not answer.answerable:
                answer.signals = signals
                return answer
        if answer.answerable and atype in ("figure", "count"):
            answer.answer = self._yes_or_no_first(text, parts[0]) + answer.answer
        if answer.answerable:
            answer.confidence = "low" if mismatched or restated else self._confidence(signals)
            if answer.reason == "yesno_ungrounded":
                answer.confidence = "low"  # 是的 only because this is the closest passage: hedged
            if atype == "list" and not any(len(enumeration(p.text)) >= 2 for p in parts):
                answer.confidence = "low"  # a list was asked for, the passage gives none
        return answer

    def _about_the_report(self, question: str, ask: str, doc: str | None) -> Answer | None:
        """The speaker, meeting or day of a report (about_report.py), cited from its opening lines; None when
        the report has no dateline or several reports could be meant."""
        docs = [d["doc"] for d in self.retriever.index.documents]
        target = doc or (docs[0] if len(docs) == 1 else None)
        if target is None:
            return None
        opening_entries = self._doc_sentences(target)[:OPENING_SENTENCES]  # [] for a large index: not answered here
        lines = [sentence_text(t) for t in opening_entries]
        opening = opening_lines(lines)
        if ask == "published":
            return self._published(question, target, opening_entries, lines, opening)
        if ask == "contents":
            return self._contents(question, target)
        if opening.dateline is None or (ask == "speaker" and opening.speaker is None):
            return None
        wanted = [opening.speaker, opening.dateline] if ask == "speaker" else [opening.dateline]
        citations = [self._citation(i + 1, opening_entries[k][2], *opening_entries[k][3:], quote=lines[k], score=1.0)
                     for i, k in enumerate(wanted)]
        dateline = lines[opening.dateline].strip().lstrip("—-－ ")
        text = (messages.report_speaker(lines[opening.speaker].strip(), dateline) if ask == "speaker"
                else messages.report_delivered(dateline))
        return Answer(question=question, answer=text, answerable=True, citations=citations, retrieved=[],
                      reason="about_report", confidence="high", answer_type="person" if ask == "speaker" else
                      ("time" if ask == "date" else "fact"))

    def _contents(self, question: str, doc: str) -> Answer | None:
        """What a report is about as a whole (这份报告主要讲了些什么): its parts and each part's sub-sections, each
        heading cited; None when it has fewer than two headings (the question is then searched like any other)."""
        firsts: dict[tuple[str, ...], Chunk] = {}
        for chunk in sorted((c for c in self.retriever.index.chunks if c.doc == doc and c.section and c.sentences),
                            key=lambda c: c.start):
            parts = tuple(chunk.section.split(" > "))
            for depth in (1, 2):
                if len(parts) >= depth:
                    firsts.setdefault(parts[:depth], chunk)
        if len(firsts) < 2:
            return None
        citations: list[Citation] = []
        outline: list[tuple[str, int, list[tuple[str, int]]]] = []
        for path, chunk in firsts.items():
            citations.append(self._citation(len(citations) + 1, chunk, *chunk.sentences[0], quote=path[-1], score=1.0))
            if len(path) == 1:
                outline.append((path[0], len(citations), []))
            elif outline and outline[-1][0] == path[0]:
                outline[-1][2].append((path[1], len(citations)))
        return Answer(question=question, answer=messages.report_contents(outline), answerable=True,
                      citations=citations, retrieved=[], reason="about_report", confidence="high",
                      answer_type="overview")

    def _published(self, question: str, doc: str, entries: list, lines: list[str], opening: Opening) -> Answer | None:
        """The day a report's page says it was published (发布日期, kept from the page's metadata at build time),
        cited as the page's own line, with the dateline as the day it was delivered; None when the page gave
        no such date (the question is then searched like any other)."""
        record = next((d for d in self.retriever.index.documents if d["doc"] == doc), {})
        published = record.get("published", "")
        if not published:
            return None
        line = f"发布日期: {published}"
        citations = [Citation(n=1, chunk_id="", doc=doc, section="网页信息", sentence=line, text=line, score=1.0,
                              quote=line, title=self._titles.get(doc, ""))]
        dateline = ""
        if opening.dateline is not None:
            k = opening.dateline
            dateline = lines[k].strip().lstrip("—-－ ")
            citations.append(self._citation(2, entries[k][2], *entries[k][3:], quote=lines[k], score=1.0))
        return Answer(question=question, answer=messages.report_published(published, dateline), answerable=True,
                      citations=citations, retrieved=[], reason="about_report", confidence="high", answer_type="time")

    def _run_in_items(self, text: str, cands: list[Candidate], hits: list[Hit], noun: str = "",
                      count: bool = True) -> Answer | None:
        """A how-many question answered by counting the run-in items of one section whose names end with the
        counted noun (几项工程 → 稳定扩大就业工程。提升教育工程。…), each cited; None when no candidate's section
        has two such items. With ``count=False`` the items are listed (哪些工程), not counted."""
        noun = noun or asked_noun_after(text)
        if not noun:
            return None
        for cand in cands:
            sentences, here = self._placed(cand)
            if here is None:
                continue
            section = cand.hit.chunk.section
            items = [t for t in sentences if t[2].section == section and opens_run_in_block(sentence_text(t))
                     and sentence_text(t).rstrip("。").endswith(noun)]
            if len(items) < 2:
                continue
            points = [(t[2], t[3], t[4], sentence_text(t).rstrip("。")) for t in items]
            answer = self._bullets(text, hits, cand.period[1], points, [])
            if count:
                measure = _COUNT_ASK.search(normalize(text))
                answer.answer = messages.listed_items([p[3] for p in points], measure.group(0)[-1] if measure else "项") \
                    + answer.answer
            answer.reason, answer.answer_type = ("counted", "count") if count else ("listed", "list")
            # certain only when the section's heading names the question's topic (民生 of …着力保障和改善民生)
            topic = [w for w in self._content_nouns(analyse(text, None)) if w != noun]
            answer.confidence = "high" if topic and any(w in section for w in topic) else "low"
            return answer
        return None

    def _key_terms(self, question: Question) -> list[str]:
        """The question's specific words: used somewhere in the report but not all over it (杭州路, 小麦,
        税收收入), so an answer about something else cannot carry them by chance."""
        out = []
        for word, flag in pos_tags(question.text):
            if (len(word) < 2 or word in QUESTION_WORDS or word in GENERIC_ATTRIBUTES or _ASKING.search(word)
                    or YEAR_EXPRESSION.fullmatch(word) or word.isdigit() or flag not in KEY_TERM_FLAGS
                    or word in _NOT_SUBJECT_WORDS):
                continue
            if self._used(word) and self._rare(word):
                out.append(word)
        return out

    def _part_heading(self, cand: Candidate) -> tuple[Chunk, int, int] | None:
        """The heading sentence of the part of the report a candidate stands in (一、2021年工作回顾): (chunk,
        start, end); None when the part's heading does not name its year or is not among the document's
        sentences (a large index keeps none)."""
        part = cand.hit.chunk.section.split(" > ")[0]
        if str(cand.period[0]) not in part:
            return None
        entry = next((t for t in self._doc_sentences(cand.hit.chunk.doc) if t[2].section == part and sentence_text(t) == part),
                     None)
        return (entry[2], entry[3], entry[4]) if entry else None

    def _split_name(self, word: str, text: str) -> bool:
        """Whether ``word`` is a piece the tokenizer cut across two report words (湾野 of 鹿角湾野奢营地: 鹿角湾 +
        野奢营地): every character of it stands in a longer word of ``text`` that the report uses."""
        at = text.find(word)
        if at < 0:
            return False
        for i in range(at, at + len(word)):
            if not any(self._used(text[a:a + n]) for n in range(2, 7) for a in range(max(0, i - n + 1), i + 1)
                       if a + n <= len(text) and (a < at or a + n > at + len(word))):
                return False
        return True

    def _sentence_after(self, anchor: Candidate) -> Candidate | None:
        """The sentence right after ``anchor`` in its section, wherever it is chunked, as a candidate."""
        sentences, here = self._placed(anchor)
        if here is None or here + 1 >= len(sentences):
            return None
        entry = sentences[here + 1]
        return _beside(anchor, entry) if entry[2].section == anchor.hit.chunk.section else None

    def _typed_after(self, anchor: Candidate, atype: str, question: str) -> Candidate | None:
        """The nearest of the few sentences around ``anchor`` in its section (after it first at each distance)
        that names a thing of the asked type (a place, a body), as a candidate; None when there is none."""
        sentences, here = self._placed(anchor)
        if here is None:
            return None
        for k in (here + d * side for d in range(1, FOLLOWING_SENTENCES + 1) for side in (1, -1)):
            if not 0 <= k < len(sentences):
                continue
            start, end, chunk, a, b = sentences[k]
            if chunk.section != anchor.hit.chunk.section:
                continue  # another section: not where the topic is spoken of
            if clause_has_type(chunk.text[a:b], atype, question):
                return _beside(anchor, sentences[k])
        return None

    def _report_year(self, cand: Candidate) -> int:
        """The year of the report a passage comes from (今年 of its questions)."""
        return self.retriever.index.doc_years.get(cand.hit.chunk.doc) or self.retriever._default_year

    def _runs_into_report_word(self, word: str, text: str) -> bool:
        """Whether a name the tagger found ends inside a longer report word that runs on in ``text``
        (选成乡 of 被选成乡村振兴示范引领县: its 乡 starts 乡村振兴) — a mis-cut, not a name."""
        at = text.find(word)
        if at < 0:
            return False
        end = at + len(word)
        return any(self._used(text[end - 1:end - 1 + n]) for n in range(2, 7) if end - 1 + n <= len(text))

    def _rare(self, word: str) -> bool:
        """Whether the report uses ``word`` in few of its passages (棉花, 第一产业), not everywhere (财政)."""
        lexical = self.retriever.index.lexical
        return lexical.doc_freq(word) / max(1, len(self.retriever.index.chunks)) < KEY_TERM_SHARE

    def _own_places(self) -> frozenset[str]:
        """The places the loaded reports are about (沙湾): the background of every passage, never a subject."""
        return frozenset(p for d in self.retriever.index.documents for p in d.get("places", []))

    def _content_nouns(self, question: Question) -> list[str]:
        """The question's nouns that the report uses (any frequency), generic answer kinds aside."""
        own_places = self._own_places()
        words = []
        for w, _ in pos_tags(YEAR_EXPRESSION.sub(" ", question.text)):
            # 粮食产量, one word to the tagger and none of the report's: its halves (粮食, 产量) are
            halves = [w[:2], w[2:]] if len(w) == 4 and CJK_CHAR.fullmatch(w[0]) and not self._used(w) else [w]
            words += [h for h in halves if h and self._used(h)]
        return [w for w in words
                if len(w) >= 2 and CJK_CHAR.search(w) and w not in QUESTION_WORDS and w not in GENERIC_ATTRIBUTES
                and w not in _NOT_SUBJECT_WORDS and w not in _UNIT_WORDS and strip_place_suffix(w) not in own_places
                and not _ASKING.search(w)]

    def _swapped_place(self, question: str, sentence: str) -> list[str]:
        """The places the question names (北京, as the tagger reads it) that ``sentence`` does not, when the sentence
        names another place instead (天津): a yes/no question with the place swapped is answered no. [] otherwise;
        the report's own places and background places (新疆, 全国) do not count."""
        own = self._own_places()

        def places(text: str) -> set[str]:
            return {p for p in place_names(text) if p not in BACKGROUND_PLACES and strip_place_suffix(p) not in own}

        asked, said = places(question), places(sentence)
        norm = normalize(sentence)
        missing = sorted(p for p in asked if p not in norm and strip_place_suffix(p) not in norm)
        return missing if missing and said - asked else []

    def _other_place(self, question: Question, passage: str = "") -> str:
        """A city or county the question names as its subject that no loaded report is about (塔城市; 石河子 and
        Urumqi, cities by CC-CEDICT, when the ``passage`` found does not name them)."""
        own = self._own_places()

        def other(name: str) -> bool:
            return not any(name.startswith(p) or p.startswith(name.rstrip("市县")) for p in own)

        for name in place_names(question.text):
            if name[-1:] in "市县" and len(name) > 2 and other(name):
                return name
            if name.endswith(("地区", "自治州")) and len(name) > 3 and name not in passage:
                return name  # 塔城地区的GDP: the prefecture the city belongs to, which its report gives no figures for
        english = english_place_names()
        # a capitalised English name that is no term of the glossary (Shihezi, not Xinjiang or nang); a
        # Chinese name of three characters or more tagged as a name (石河子; not 修水 of 修水管, nor 新建 — both
        # counties too, as two-character names often are)
        # (the Manas River, a road or a lake named after a place: that river, not the county)
        named = ([english[w.lower()] for w in re.findall(r"\b[A-ZÜ][a-zü]+(?!\s+(?:River|Lake|Road|Street|Mountains?|"
                                                          r"Valley|Reservoir|Canal|Gorge)\b)",
                                                          question.raw or question.text)
                  if w.lower() in english and w.lower() not in ENGLISH_TERMS] if question.english
                 else [w for w, flag in pos_tags(question.text) if flag in PROPER_FLAGS and len(w) >= 3])
        for name in named:
            if name in cedict_city_names() and other(name) and name not in BACKGROUND_PLACES and name not in passage \
                    and not (len(strip_place_suffix(name)) >= 2 and strip_place_suffix(name) in passage):
                return name
        return ""

    def _english_named_parts(self, question: Question) -> list[tuple[str, str, str]]:
        """(the English name, its kind, the report's name it spells or '') of each place or body an English question
        names (``_EN_NAMED_PART``), read as a dictionary place or through the report's pinyin names (Lujiaowan →
        鹿角湾); the city itself and the region around it are no part."""
        if self._pinyin_names is None:
            self._pinyin_names = PinyinNames(self._corpus_text or "")
        out = []
        for m in _EN_NAMED_PART.finditer(question.raw or question.text):
            name = m.group("name").strip()
            if name.lower() in _EN_OWN_NAMES or name.lower() in ENGLISH_TERMS:
                continue
            out.append((name, m.group("kind"),
                        english_place_names().get(name.lower()) or self._pinyin_names.lookup(name) or ""))
        return out

    def _subject_check(self, question: Question, best: Candidate, window: str) -> dict:
        """Whether the figure's clause is about the question's specific subject (not a neighbour's, not
        the whole of which the question asks a part, not the figure the question itself states)."""
        keys = self._key_terms(question)
        sentence, clause = normalize(best.text), normalize(window)
        # 发放补助资金1174.31万元,受益学生1.3万人次: the clause after the figure names whom the figure is for
        after = normalize(best.text[best.text.find(window) + len(window):]) if window and window in best.text else ""
        beneficiaries = _BENEFICIARIES.match(after.lstrip(",，;；"))
        if beneficiaries:
            clause += beneficiaries.group(0)
        absent = [k for k in keys if not said_as(k, sentence)]
        elsewhere = [k for k in keys if said_as(k, sentence) and not said_as(k, clause)]
        items = enumeration(window)
        # The question names one item of a list whose figure is the list's total (杭州路 of 杭州路、广州路等
        # 10条城市道路; 低保金 of 低保、五保、老龄补贴…): the report gives no figure for that item. Items that
        # carry their own figure (力争接待游客373万人次) or a list whose figure is each item's (…均达到100%)
        # are not totals.
        asked = normalize(question.text)
        own = self._own_places()
        if len(items) >= 2 and not any(re.search(r"\d", item) for item in items[1:]):
            items = [after_figure(items[0])] + items[1:]  # 投资7064万元实施A、B、C等项目: the figure leads the list
        named = [item for item in items if not re.search(r"\d", item) and _names_item(item, asked, own)]
        # (the last item before the list's figure, 粪污 of 生活垃圾、粪污5.57万吨: named too when the question names it)
        shared = len(items) >= 2 and bool(re.search(r"\d", items[-1])) and not any(re.search(r"\d", i) for i in items[:-1])
        last = re.sub(r"[“”\"]", "", re.sub(r"\d.*$", "", items[-1])) if shared else ""
        named_last = len(last) >= 2 and normalize(drop_leading_verbs(last)) in asked
        whole = [item for item in named  # (the last item without the list's close: …水电站建设等项目)
                 if re.sub(r"(?:建设|改造|工程)?(?:等[\u4e00-\u9fff]{0,6})?$", "", normalize(drop_leading_verbs(item))) in asked]
        several_named = len(named) >= 2
        if len(named) >= 2 and len(whole) == 1:
            named = whole  # 金沟河十级水电站: named whole, though its 水电站 is also in 宁家河二级水电站
        # (那种/这类: the item is an example of the whole asked — 无人机北斗那种新式农机具)
        # (一共/合计 of one named item — 杭州路改造一共花了多少钱 — is that item's whole cost, not the list's)
        plural = re.search(r"等|之类|啥的|什么的|那些|这些|那种|这种|那类|这类|、|和|及", question.text) or (
            (several_named or not named) and re.search(r"一共|总共|合计", question.text))
        # 学生就业、升学率稳定在95%以上: a rate is each item's (就业率, 升学率) — rates do not add up to a total
        # (宝英、恒源…煤矿60万吨/年: a capacity written per year is each works' own scale)
        each = re.search(r"均|都|分别|各|\d[\d.]*万?吨/年", window) or _RATE_OF_LIST.search(window)
        if named_last:  # …and another item by a word of its own (垃圾 of 生活垃圾), not one all share (补贴): both asked
            apart = [item for item in named if any(len(w) >= 2 and w in item and w not in last for w, _ in pos_tags(asked))]
            one = [] if apart else [last]
        else:
            one = named[:1] if len(named) == 1 else []
        listed = one if len(items) >= 2 and not plural and not each else []
        # 其中 / 单独 / X中的Y: the question asks a part of what the passage gives a whole figure for.
        part = _PART_ASK.search(asked)
        # (其中出口是多少 after 外贸进出口额: 出口 is in the sentence only inside 进出口, the whole)
        after_part = asked[part.end():].lstrip("的") if part and not part.group(1) else ""
        inside_only = any(after_part.startswith(word) and longer in sentence and not said_alone(word, sentence)
                          for word, longer in INSIDE_LONGER.items())
        part_asked = bool(part) and bool(absent or listed or inside_only
                                         or (part.group(1) and part.group(1) not in sentence))
        # The figure counts two things at once (办理人大议案和代表建议56件) and the question names one of them.
        chunk = best.hit.chunk
        facts = self.retriever.index.facts_for(chunk.doc, chunk.start + best.start) or extract(
            best.text, chunk.period_year, chunk.period_kind)
        figure = next((f for f in facts.figures if f.clause and normalize(f.clause).rstrip("。") == clause.rstrip("。")), None)
        if figure is not None and not listed and not plural:
            joined = [p for p in re.split(r"和|及|与", normalize(figure.subject)) if len(p) >= 2]
            named_parts = [p for p in joined if _names_item(p, asked, own)]
            if len(joined) >= 2 and len(named_parts) == 1:
                listed = named_parts
        # A figure clause with a subject of its own (测土配方施肥技术推广面积215.5万亩) must name something
        # the question names; a bare continuation (同比增长7%) takes its subject from the clause before.
        own_subject = not LEADING_CONTINUATION.match(window.strip()) and len(re.findall(CJK_CHAR, window)) >= 6
        nouns = self._content_nouns(question)
        # The most specific of them (four characters or more: 农村居民, 生产总值) name the indicator itself.
        specific = [n for n in nouns if len(n) >= 4]
        # The sentence up to the figure's clause may name the occasion (召开…表彰大会,表彰模范集体20个).
        lead = normalize(best.text[:best.text.find(window) + len(window)]) if window in best.text else clause
        # …but not when it is the subject of another figure of the sentence (农村居民…增加1300元 is not the
        # context of 一般公共预算收入同比增长7%左右).
        others = [normalize(f.subject) for f in facts.figures if f is not figure and f.subject]
        context = [n for n in specific if said_as(n, lead) and not any(n in o for o in others)]
        # …新建变压器111台,电网供给保障能力不断增强: a closing clause without figures names what the sentence is about
        closing = normalize(closing_clause(best.text))
        about = clause + closing
        # …but a clause naming most of the question's nouns is about it, whatever one long word it lacks
        # (医疗机构 of 医疗机构信息连通的平台, answered by …医共体信息一体化平台)
        said = [n for n in nouns if said_as(n, about)]
        most = 2 * len(said) > len(nouns)
        off_subject = own_subject and ((bool(nouns) and not said)
                                       or (bool(specific) and not any(said_as(n, about) for n in specific)
                                           and not context and not most))
        counted = asked_noun_after(question.text) or _counted_char(question.text)
        if off_subject and counted and counted in clause:
            off_subject = False  # 一天能出多少个馕: the figure's clause counts the asked thing (日加工馕食产品8.3万个)
        rare_off_subject = bool(keys) and own_subject and not any(said_as(k, clause) for k in keys)
        stated = _numbers_said(question.text)
        # (a number in quotes names a thing — the “12345” hotline — and counts nothing)
        named_by_number = re.search(r"号码|几号|多少号|编号|电话是|热线是", question.text)
        new_figures = [n for n in numbers_in(YEAR_EXPRESSION.sub(" ", window if named_by_number else _QUOTED_NAME.sub(" ", window)))
                       if n not in stated]
        if not new_figures and _COUNT_OF_KINDS_ASK.search(normalize(question.text)):
            # 急诊急救要建几大中心: the report writes the count in words (“五大中心”, “三场标志性战役”)
            new_figures = [n for n in WORDED_COUNT.findall(window) if n not in question.text]
        # A named place or body (鹿角湾景区) the figure's clause does not name: the figure is someone else's.
        named_absent = [n for n in named_things(question.text, lambda n: self._used(n) and looks_like_name(n), any_start=True)
                        if n not in clause]
        # A grade the question names (35千伏以上的线路, 5A级景区) where the figure's clause gives another one (10千伏线路):
        # the figure is of another kind of thing
        for m in _GRADE.finditer(asked):
            if m.group(0) not in sentence and re.search(rf"\d{re.escape(m.group(2))}", clause):
                named_absent.append(m.group(0))
        # …in a list the report leaves open (玉米、小麦等作物制种基地6.21万亩): its figure is the whole's, never the item's
        listed_open = bool(listed) and bool(re.search(r"等(?:[\u4e00-\u9fff]|\d)", window))
        # A question word said in another clause of the sentence while the figure's own subject names things the
        # question does not (棉花 of 大力推广棉花超宽膜种植新技术, beside 测土配方施肥技术推广面积215.5万亩): the
        # figure may be the neighbour's
        neighbour = bool(elsewhere) and figure is not None and not figure.continues and any(
            w not in asked and w not in GENERIC_ATTRIBUTES and not said_as(w, asked)
            for w in [w for w in content_words(figure.subject) if len(w) >= 2][:2])
        # 具体是百分之几 where the report gives only a bound (控制在3.5%以内): the exact figure is not given
        bound_only = figure is not None and (figure.upper_bound or figure.lower_bound) and bool(_EXACT_ASKED.search(asked))
        listed = [drop_leading_verbs(item) or item for item in listed]  # (改扩建杭州路: the item is 杭州路)
        return {"key_terms": keys, "key_absent": absent, "key_elsewhere": elsewhere, "key_listed": listed,
                "neighbour_subject": neighbour, "bound_only": bound_only,
                "listed_open": listed_open,
                "off_subject": off_subject, "rare_off_subject": rare_off_subject,
                "only_stated_figures": not new_figures, "stated_numbers": bool(stated), "named_absent": named_absent,
                "part_asked": part_asked}

    def _other_period(self, question: Question, best: Candidate, terms: dict, form: AskedForm,
                      qvec: np.ndarray) -> Candidate | None:
        """For a question comparing two years (2021年实际接待游客和2022年的目标分别是多少), the best sentence of
        the period the first search did not bring: searched again with that period's wording."""
        kind = "review" if best.period[1] == "plan" else "plan"
        words = "完成" if kind == "review" else "目标"
        query = YEAR_EXPRESSION.sub("", question.text)
        years = [y for y in question.years if y != best.period[0]]
        if not years:  # 比2021年实施的少吗: the year compared with is the other period asked about
            years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", question.text) if int(y) != best.period[0]][:1]
        if not years and re.search(r"去年|上年|上一年", question.text) and re.search(r"今年|本年|这一年", question.text):
            # 今年的目标跟去年实际比: the year of the review is the one before the plan's
            years = [best.period[0] - 1 if kind == "review" else best.period[0] + 1]
        if not years:
            return None
        result = self.retriever.search(f"{years[0]}年{query}{words}", top_k=TOP_CHUNKS, doc=best.hit.chunk.doc)
        cands = self._candidates(question, result.hits, terms, form, qvec)
        # the other year's sentence speaks of the same thing: a noun of the question the best sentence says
        shared = [n for n in self._content_nouns(question) if said_as(n, normalize(best.text))]
        return next((c for c in cands if c.period[1] == kind and c.form_ok
                     and c.lexical >= COMPARISON_OTHER_SHARE * best.lexical
                     and (not shared or any(said_as(n, normalize(c.text)) for n in shared))), None)

    def _confidence(self, signals: dict) -> str:
        """'high' when the passage clearly carries the question's terms, else 'low' (可能相关)."""
        if signals.get("gate_confidence") in ("high", "low"):
            # a noun of the question the report never uses (空气, 天数), a figure that may be a neighbour's
            # (``neighbour_subject``) or only a bound where the exact figure is asked (``bound_only``): never
            # certain, whatever the gate says
            # …nor when a specific word of the question (电力 of electricity consumption) is nowhere in the passage
            if (signals.get("unknown_nouns") or signals.get("neighbour_subject") or signals.get("bound_only")
                    or signals.get("key_absent")):
                return "low"
            return signals["gate_confidence"]
        s = self.settings
        support = signals["lexical"] if not signals["english"] else 0.5 * signals["lexical"] + signals["dense"]
        if signals["unknown_nouns"] or support < s.high_support:
            return "low"
        # The question's specific words (鹿角湾, 税收) are missing from the passage, or none of them is in
        # the clause that carries the figure: the passage may be about a neighbouring thing.
        if signals.get("key_absent") or signals.get("rare_off_subject"):
            return "low"
        # An English question read through a word-by-word glossary: certain only when nearly all of it
        # was translated and the passage carries most of the translation.
        if signals["english"] and (signals.get("translated_share", 1.0) < ENGLISH_SURE_SHARE
                                   or signals["lexical"] < ENGLISH_SURE_COVERAGE):
            return "low"
        return "high"

    def _contrast(self, text: str, best: Candidate) -> str:
        """An indicator word the question asks about (支出) that the passage lacks while it gives the
        contrasting one (收入): the passage does not answer it."""
        sentence = normalize(best.text)
        asked = normalize(text)
        for word in indicator_words(text):
            others = contrast_of(word)
            if all(o in asked for o in others):
                continue  # 进口出口加起来: both sides asked, the whole is the answer
            if word not in sentence and any(o in sentence for o in others):
                return word
        return ""

    def _overview(self, text: str, question: Question, cands: list[Candidate], hits: list[Hit],
                  general: bool = False, situation: Iterable[str] = ()) -> Answer | None:
        """Several cited points for an overview question (去年经济怎么样？今年政府打算做什么？).

        A question naming no narrower topic gets the period's key figures (the sentences of its opening
        part with several figures, one bullet per figure clause) and its sub-section headings; a question
        with a topic (教育, 工业) gets the best sentences about it, those with figures first. ``situation``:
        report terms for the asker's situation told before the question (小店 → 个体工商户), part of the topic.
        """
        top = hits[0].chunk
        year = self.retriever.index.doc_years.get(top.doc)
        kind = question.kind or ("review" if question.years and year and max(question.years) < year
                                 else "plan" if question.years else top.period_kind)
        # The whole document for a small index; the retrieved passages only for a large one (no full scan).
        pool = self.retriever.index.chunks if self._corpus_text is not None else [h.chunk for h in hits]
        chunks = [c for c in pool if c.doc == top.doc and c.period_kind == kind
                  and (not question.years or c.period_year in question.years)]
        if not chunks:
            return None
        # (an English question's topic in the report's words: How was tourism in 2021 → 旅游)
        asked = (" ".join(w for g in translation_groups(EN_OVERVIEW_FRAME.sub(" ", question.text),
                                                        self.retriever.index.glossary) for w in g[:1])
                 if question.english else question.text)
        topic = overview_topic(asked, self._own_places())
        points: list[tuple[Chunk, int, int, str]] = []  # chunk, sentence start, end, quoted text
        if general or len(topic) < 2:
            opening = [c for c in chunks if " > " not in c.section]
            points = figure_points(opening)[:OVERVIEW_FIGURES]
            verdict = judgement_point(opening) if kind == "review" else None
            if verdict:  # (the report's own verdict on the year first: 顺利完成了年初确定的各项目标任务)
                points = [verdict] + points[:OVERVIEW_FIGURES - 1]
            headings, seen = [], set()
            for chunk in chunks:
                parts = chunk.section.split(" > ")
                if len(parts) > 1 and parts[1] not in seen and chunk.sentences:
                    seen.add(parts[1])
                    a, b = chunk.sentences[0]
                    headings.append((chunk, a, b, parts[1]))
            if len(points) + len(headings) < 2:
                return None
            return self._bullets(text, hits, kind, points, headings)
        # A topic (教育, 工业, 医疗卫生): the best sentences of the period that carry one of its words,
        # results with figures first for a review, in score order for plans (which are mostly measures).
        # The topic's own words when the report uses them (安全生产, 疫情防控), whole; else its bigrams.
        words = report_topic_words((w for w, _ in pos_tags(topic_words_left(asked, self._own_places()))
                                    if w not in QUESTION_WORDS), self._used)
        words += [t for t in situation if self._used(t) and t not in words]
        pieces_only = not words  # the topic's own words are not the report's: matched by its bigrams, hedged
        if pieces_only:
            topic_text = "".join(topic)
            words = [topic_text[i:i + 2] for i in range(len(topic_text) - 1)] or topic

        def named(c: Candidate) -> int:  # how much of the topic a sentence names: the characters of its topic words
            norm = normalize(c.text)
            return sum(len(w) for w in words if w in norm)

        section = self._topic_section(topic, chunks) or self._topic_section_by_word(words, chunks)
        opened, figures = (self._opened_block(words, section) if section and not pieces_only
                           and self._second_topic_of(section, words) else ([], []))
        if len(opened) >= MIN_BLOCK_POINTS and opened[0][3] != section[0].section.split(" > ")[1]:
            # 对外开放这块今年准备做些什么: the heading names it beside another topic ((七)抓好重点领域改革,扩大对内
            # 对外开放), and a run-in block of the section opens with it (扩大对外对内开放。): that block
            return self._summary(text, hits, kind, opened, figures)
        if section:  # 民生方面去年有什么成绩: the sub-section whose heading names the topic
            figures = spread_over_blocks(figure_points(section), section) if kind == "review" else []
            # (figures from one sentence alone — 办理事项42.81万件,办结率达98% — do not sum up a section)
            points = figures if len({(c.chunk_id, a) for c, a, _, _ in figures}) >= 2 else lead_points(section)
            if len(points) >= 2:
                return self._summary(text, hits, kind, points, figure_points(section))
        opened, figures = self._opened_block(words, chunks) if not pieces_only else ([], [])
        if len(opened) >= MIN_BLOCK_POINTS or (len(opened) >= 2 and figures):
            # 去年教育方面干得咋样: one run-in block opens with a topic sentence naming it (教育科技事业加快发展。),
            # or several blocks of one section do (稳步推进工业转型升级。… 着力做好规上工业经济运行监测。)
            return self._summary(text, hits, kind, opened, figures)
        chosen = [c for c in cands if c.period[1] == kind and named(c)]
        if not chosen and any(len(w) >= 3 for w in words):
            # 旅游业 is in the plan only; the review says 旅游: the topic by its shorter word
            shorter = [w[:-1] for w in words if len(w) >= 3 and self._used(w[:-1])]
            if shorter:
                words = shorter
                chosen = [c for c in cands if c.period[1] == kind and named(c)]
        whole = [c for c in chosen if named(c) == sum(len(w) for w in words)]
        if whole and len(words) > 1:
            chosen = whole  # sentences naming the whole topic (安全生产), not one of its words (生产总值)
        # stable: score order among equally named sentences, those naming the topic outside a title first
        # (大盘鸡 in 沙湾大盘鸡品牌 before 舞台剧《大盘鸡的故事》)
        chosen.sort(key=lambda c: (-named(c), -sum(len(w) for w in words if w in without_titles(normalize(c.text)))))
        if chosen and self._details(chosen[0], []):
            # The report states a topic in a short sentence and details it in the next ones.
            answer = self._bullets(text, hits, kind, self._details(chosen[0], []), [])
            answer.confidence = "low" if pieces_only or not whole else answer.confidence
            return answer
        block = self._block(chosen[0]) if chosen else []
        items = (self._paragraph_items(chosen[0], words)
                 if chosen and len(block) < MIN_BLOCK_POINTS and named(chosen[0]) < sum(map(len, words)) else [])
        if items:
            # 政府要怎么加强自身建设: no sentence names the whole topic, and the best one stands in a paragraph of
            # run-in items whose lead names it (坚定正确政治方向。…始终坚持依法行政。…): the items are the answer,
            # hedged unless one names the topic
            answer = self._summary(text, hits, kind, items, sentence_figures(items))
            if pieces_only or not any(w in normalize(p[3]) for p in items for w in words):
                answer.confidence = "low"
            return answer
        if len(block) >= MIN_BLOCK_POINTS:
            # 今年医疗卫生方面有啥打算: the best sentence on the topic stands in a block the report opens with a
            # run-in topic sentence (实施全民健康工程。…): the block is the answer
            led = not pieces_only and any(w in normalize(block[0][3]) for w in words)
            if not led and len(words) > 1 and chosen[0] in whole:
                # 开小店的，疫情下有啥帮扶: the block (财税金融) is not about the topic, its one sentence naming all
                # of the topic (受疫情影响的…个体工商户纾困解难) is: that sentence first
                here = chosen[0].hit.chunk.start + chosen[0].start
                block = sorted(block, key=lambda p: p[0].start + p[1] != here)
            answer = self._bullets(text, hits, kind, block, [])
            if not led:
                answer.confidence = "low"  # the block's topic sentence does not name the asked topic: 可能相关
            return answer
        if kind == "review":
            chosen.sort(key=lambda c: (-named(c), not has_number_with_unit(c.text, ""), -c.score))
        points = [(c.hit.chunk, c.start, c.end, c.text.strip().rstrip("。")) for c in chosen[:OVERVIEW_POINTS]]
        if len(points) < (1 if whole and len(words) > 1 else 2):
            return None
        answer = self._bullets(text, hits, kind, points, [])
        # the best sentences on the topic, not a part of the report that is about it as a whole: 可能相关
        answer.confidence = "low"
        return answer

    @staticmethod
    def _topic_section(topic: list[str], chunks: list[Chunk]) -> list[Chunk]:
        """The chunks of the one sub-section whose heading holds every character of the ``topic`` (民生 in
        (七)以人民为中心,民生福祉保障有力; 生态环境保护 in (六)秉承绿色发展,持续保护生态环境), in order; [] when
        none or several do, or the topic is a single character."""
        if len(topic) < 2:
            return []
        titles = list(dict.fromkeys(c.section.split(" > ")[1] for c in chunks if " > " in c.section))
        named = [t for t in titles if all(ch in t for ch in topic)]
        if len(named) != 1:
            return []
        return sorted((c for c in chunks if " > " in c.section and c.section.split(" > ")[1] == named[0]),
                      key=lambda c: c.start)

    def _summary(self, text: str, hits: list[Hit], kind: str, points: list, figures: list) -> Answer:
        """Bullets of a section's or block's points, at most ``OVERVIEW_POINTS``, then the key figures of the
        section or block (``figures``) that the points do not quote, at most ``KEY_FIGURES``: answered with
        confidence when the points are all it says, hedged (可能相关) when points were left out or shortened."""
        shown = points[:OVERVIEW_POINTS]
        answer = self._bullets(text, hits, kind, shown, [], figures_left_out(shown, figures))
        if len(points) > len(shown) or any("…" in p[3] for p in shown):
            answer.confidence = "low"
        return answer

    def _opened_block(self, words: list[str], chunks: list[Chunk]) -> tuple[list[tuple[Chunk, int, int, str]], list]:
        """The points and figure clauses of the run-in block of ``chunks`` whose short topic sentence names every
        topic word (教育 in 教育科技事业加快发展。), from that sentence to the next topic sentence, at most
        ``MAX_BLOCK_SENTENCES`` sentences. Several such blocks close together in one section are summed up
        together, one point per block (``topic_span``). A topic word the report widens (农业 in 农牧业) names
        its block too. ([], []) when no block is so named."""
        if not chunks or not words:
            return [], []
        doc, section_of = chunks[0].doc, {c.chunk_id for c in chunks}
        sentences = self._doc_sentences(doc)
        heads = [i for i, t in enumerate(sentences) if t[2].chunk_id in section_of and opens_run_in_block(sentence_text(t))]
        openers = [i for i in heads if all(names_loosely(w, sentence_text(sentences[i])) for w in words)]
        if len(openers) == 1:
            block = block_points(sentences, block_from(sentences, openers[0], MAX_BLOCK_SENTENCES))
            return block, sentence_figures(block)
        span = topic_span(sentences, openers) if openers else []
        if not span:
            return [], []
        return (heads_with_details(sentences, span, self.retriever.index.chunks),
                sentence_figures(block_points(sentences, span)))

    @staticmethod
    def _second_topic_of(section: list[Chunk], words: list[str]) -> bool:
        """Whether the heading of ``section`` names the topic ``words`` only after its first clause, beside
        another topic ((七)抓好重点领域改革,扩大对内对外开放 for 对外开放), not as its lead."""
        clauses = re.split(r"[,，;；]", section[0].section.split(" > ")[1])
        named = [any(names_loosely(w, c) for w in words) for c in clauses]
        return len(clauses) > 1 and not named[0] and any(named[1:])

    @staticmethod
    def _topic_section_by_word(words: list[str], chunks: list[Chunk]) -> list[Chunk]:
        """The chunks of the one sub-section whose heading holds the topic's longest word of four characters or
        more (基础设施 of 城市基础设施建设 in (五)基础设施建设力度持续加强), in order; [] when none or several do."""
        longest = max((w for w in words if len(w) >= 4), key=len, default="")
        if not longest:
            return []
        titles = list(dict.fromkeys(c.section.split(" > ")[1] for c in chunks if " > " in c.section))
        named = [t for t in titles if longest in t]
        if len(named) != 1:
            return []
        return sorted((c for c in chunks if " > " in c.section and c.section.split(" > ")[1] == named[0]),
                      key=lambda c: c.start)

    def _block(self, cand: Candidate) -> list[tuple[Chunk, int, int, str]]:
        """The run-in block around a sentence: from the short topic sentence that opens it (实施全民健康工程。)
        to the next one, in the same section, at most ``BLOCK_SENTENCES`` sentences; [] when no topic
        sentence opens it within ``MAX_BLOCK_SENTENCES`` sentences before."""
        chunk = cand.hit.chunk
        sentences, here = self._placed(cand)
        if here is None:
            return []

        start = next((i for i in range(here, max(-1, here - MAX_BLOCK_SENTENCES), -1)
                      if sentences[i][2].section == chunk.section and opens_run_in_block(sentence_text(sentences[i]))),
                     None)
        if start is None:
            return []
        block = block_from(sentences, start, BLOCK_SENTENCES)
        if here not in block:
            return []
        return block_points(sentences, block)

    def _paragraph_items(self, cand: Candidate, words: list[str]) -> list[tuple[Chunk, int, int, str]]:
        """The run-in items of the paragraph ``cand`` stands in, each with the start of its detail
        (``overview.paragraph_items``, ``heads_with_details``); [] when the paragraph has too few."""
        sentences, here = self._placed(cand)
        if here is None:
            return []
        indexes = paragraph_items(sentences, here, words)
        return heads_with_details(sentences, indexes, self.retriever.index.chunks) if indexes else []

    def _placed(self, cand: Candidate) -> tuple[list[tuple[int, int, Chunk, int, int]], int | None]:
        """The sentences of the candidate's document (``_doc_sentences``) and the candidate's place among them
        (None when it is not there: a large index keeps no document sentences)."""
        chunk = cand.hit.chunk
        sentences = self._doc_sentences(chunk.doc)
        return sentences, next((i for i, t in enumerate(sentences) if t[0] == chunk.start + cand.start), None)

    def _doc_sentences(self, doc: str) -> list[tuple[int, int, Chunk, int, int]]:
        """Every sentence of a document once, in order: (start in the document, end, chunk, start and end
        within the chunk). Built once per document, for small indexes only (list and overview answers)."""
        cached = self._sentences.get(doc)
        if cached is None:
            seen, out = set(), []
            if self._corpus_text is not None:
                for chunk in self.retriever.index.chunks:
                    if chunk.doc != doc:
                        continue
                    for a, b in chunk.sentences:
                        if chunk.start + a not in seen:
                            seen.add(chunk.start + a)
                            out.append((chunk.start + a, chunk.start + b, chunk, a, b))
            out.sort(key=lambda t: t[0])
            cached = self._sentences[doc] = out
        return cached

    def _details(self, cand: Candidate, asked: list[str], items_only: bool = False) -> list[tuple[Chunk, int, int, str]]:
        """The sentences that detail a short summary sentence (医疗卫生事业稳步发展。→ what follows it in its
        section), or the run-in items of a section named by the asked noun (稳定扩大就业工程。提升教育工程。…):
        [] when ``cand`` is not such a sentence."""
        chunk = cand.hit.chunk
        sentences, here = self._placed(cand)
        if here is None:
            return []
        same = [t for t in sentences[here:here + 40] if t[2].section == chunk.section]
        items = [t for t in same[1:] if len(t[2].text[t[3]:t[4]]) <= RUN_IN_ITEM_CHARS
                 and any(normalize(t[2].text[t[3]:t[4]]).rstrip("。").endswith(w) for w in asked)]
        if len(items) >= 2:
            return [(t[2], t[3], t[4], t[2].text[t[3]:t[4]].rstrip("。")) for t in items[:MAX_LIST_ITEMS]]
        if items_only or len(cand.text) > SUMMARY_SENTENCE_CHARS or len(same) < 2:
            return []
        run = same[:1]
        for t in same[1:BLOCK_SENTENCES]:
            if opens_run_in_block(sentence_text(t)):
                break  # 教育科技事业加快发展。 opens the next block: 就业 ends here
            run.append(t)
        if len(run) < 2:
            return []
        return [(t[2], t[3], t[4], t[2].text[t[3]:t[4]].strip().rstrip("。")) for t in run]

    def _names_run(self, text: str, run: list[tuple[Chunk, int, int, str]]) -> bool:
        """Whether an overview question names what a colon list (``_colon_run``) is about (问题 of
        …问题依然存在,主要表现在:): a content word of the question in the sentence that opens it, before its colon."""
        if not run:
            return False
        chunk, a, b, _ = run[0]
        opening = normalize(chunk.text[a:b])
        lead = opening[:max(opening.find(":"), opening.find("："))]
        return any(w in lead for w, _ in pos_tags(topic_words_left(text, self._own_places()))
                   if len(w) >= 2 and CJK_CHAR.search(w))

    def _peer_sentences(self, question: Question, best: Candidate, cands: list[Candidate]) -> list[tuple[Chunk, int, int, str]]:
        """Sentences of the same period that each give one item of a which-ones list (今年要创建哪些称号 —
        创建全国民族团结进步模范市 / 国家科普示范县创建工作 / 创建全国学前教育普及普惠县): the best sentence and
        the candidates that carry every question word it carries and score nearly as well; [] when fewer
        than ``MIN_PEERS`` do."""
        sentence = normalize(best.text)
        anchors = [w for w in self._content_nouns(question) + self._key_terms(question) if w in sentence]
        verbs = [w for w, f in pos_tags(question.text) if f[:1] == "v" and len(w) >= 2 and w in sentence
                 and w not in QUESTION_WORDS]
        anchors = list(dict.fromkeys(anchors + verbs))
        if not anchors:
            return []
        peers = [c for c in cands[:PEER_LOOKAHEAD] if c.period == best.period
                 and c.lexical >= PEER_SHARE * best.lexical and all(a in normalize(c.text) for a in anchors)]
        if best not in peers or len(peers) < MIN_PEERS:
            return []
        peers.sort(key=lambda c: (c.hit.chunk.start + c.start))
        return [(c.hit.chunk, c.start, c.end, c.text.strip().rstrip("。")) for c in peers[:OVERVIEW_POINTS]]

    def _colon_run(self, cand: Candidate) -> list[tuple[Chunk, int, int, str]]:
        """The items of a list that a sentence opens with a colon and continues over the next sentences,
        each ending in ; (…主要表现在:经济结构还不够合理,财政收支矛盾突出;农业产业化…;…,等等。), found from
        the opening sentence, from any item of it or from a sentence right after it that refers back to it
        (这些问题…): one (chunk, start, end, quote) per item, the first quoted from after the colon; [] for any
        other sentence."""
        sentences, here = self._placed(cand)
        if here is None:
            return []

        def text_of(i: int) -> str:
            return sentence_text(sentences[i])

        def colon_at(i: int) -> int:
            return max(text_of(i).find(":"), text_of(i).find("："))

        if here > 0 and _BACK_REFERENCE.match(text_of(here)):
            here -= 1  # 这些问题需要我们…认真加以解决: the list it refers back to ends in the sentence before
        first = here
        while first > 0 and here - first < MAX_LIST_ITEMS and colon_at(first) < 0 \
                and text_of(first - 1).endswith((";", "；")):
            first -= 1
        colon = colon_at(first)
        if colon < 0 or not text_of(first).endswith((";", "；")):
            return []
        _, _, ch, a, b = sentences[first]
        run = [(ch, a, b, text_of(first)[colon + 1:].rstrip(";；").strip())]
        for i in range(first + 1, min(len(sentences), first + MAX_LIST_ITEMS)):
            _, _, ch, a, b = sentences[i]
            piece = text_of(i)
            run.append((ch, a, b, re.sub(r"[,，]?等等?$", "", piece.rstrip(";；。")).strip()))
            if not piece.endswith((";", "；")):
                break
        return [r for r in run if r[3]]

    def _citation(self, n: int, chunk: Chunk, a: int, b: int, quote: str = "", score: float = 0.0) -> Citation:
        """Citation ``[n]`` of the sentence ``chunk.text[a:b]``."""
        return Citation(n=n, chunk_id=chunk.chunk_id, doc=chunk.doc, section=chunk.section, sentence=chunk.text[a:b],
                        text=chunk.text, score=score, start=a, period_year=chunk.period_year,
                        title=self._titles.get(chunk.doc, ""), quote=quote)

    def _bullets(self, text: str, hits: list[Hit], kind: str, points: list, headings: list,
                 figures: list | None = None) -> Answer:
        """An overview answer: cited bullets of key points, then of sub-section headings, then a line of key figures."""
        citations: list[Citation] = []
        numbering: dict[tuple[str, int], int] = {}

        def cite(chunk: Chunk, a: int, b: int, quote: str) -> int:
            key = (chunk.chunk_id, a)
            if key not in numbering:
                numbering[key] = len(numbering) + 1
                citations.append(self._citation(numbering[key], chunk, a, b, quote=quote))
            return numbering[key]

        answer = messages.overview_answer(messages.period_part(kind),
                                          [(q, cite(c, a, b, q)) for c, a, b, q in points],
                                          [(q, cite(c, a, b, q)) for c, a, b, q in headings],
                                          [(q, cite(c, a, b, q)) for c, a, b, q in figures or []])
        return Answer(question=text, answer=answer, answerable=True, citations=citations, retrieved=hits,
                      reason="overview")

    def _signals(self, question: Question, terms: dict, best: Candidate) -> dict:
        """The evidence the refusal decision is made from (kept on the Answer for calibration)."""
        sentence = normalize(best.text)
        context = normalize(best.hit.chunk.text)
        # 哪些项目 / 什么称号 tagged as one noun carry the ask, not a name
        nouns = ([(w, f) for w, f in topic_nouns(question.text) if not _ASKING.search(w) and w not in GENERIC_ATTRIBUTES]
                 if not question.english else [])  # 数量 / 增幅: the kind of answer, not a topic the report must name
        unknown = [w for w, flag in nouns if not self._known(w) and not self._split_name(w, question.text)
                   and not (flag in PROPER_FLAGS and not NUMBERED_SCHOOL.fullmatch(w)  # (四中的: 中的 is no mis-cut)
                            and self._runs_into_report_word(w, question.text))
                   and not _MODAL_AND_VERB.fullmatch(w)]
        own = self._own_places()
        return {
            "lexical": best.lexical, "dense": best.dense, "english": question.english,
            "translated_share": (translated_share(question.text, self.retriever.index.glossary)
                                 if question.english else 1.0),
            "missing_years": [y for y in question.years if y not in self._years_in_index and str(y) not in best.text
                              and y not in situation_years(question.raw or question.text, self._report_year(best))],
            "part_of_year": part_of_year_unsaid(question.text, best.text),
            "period_ok": best.period_ok, "form_ok": best.form_ok,
            "nouns": [w for w, _ in nouns],
            "unknown_attributes": [w for w in (asked_attributes(question.text) if not question.english else [])
                                   if not self._known(w) and not _MODAL_AND_VERB.fullmatch(w)],
            # Only names of 3+ characters: the tagger calls some 2-character words names (中考, 惠及).
            "unknown_proper_nouns": [w for w, flag in nouns if flag in PROPER_FLAGS and w in unknown
                                     and (len(w) >= 3 or NUMBERED_SCHOOL.fullmatch(w))],
            "unknown_nouns": [w for w, flag in nouns if w in unknown and not (flag in PROPER_FLAGS and len(w) >= 3)
                              and not NUMBERED_SCHOOL.fullmatch(w)],
            # the report's own place (沙湾) is every passage's background, never missing from one
            # (全市 / 我市, the whole of it, as well)
            "missing_nouns": [w for w, _ in nouns if w not in unknown and not said_as(w, sentence)
                              and strip_place_suffix(w) not in own and w not in WHOLE_OWN_PLACE],
            "missing_in_chunk": [w for w, _ in nouns if w not in unknown and not said_as(w, sentence)
                                 and not said_as(w, context) and w not in WHOLE_OWN_PLACE],
            "hit_score": float(best.hit.score), "period_match": bool(best.hit.period_match),
            # A rare name (another city, a company) must be in the passage; a name found all over the
            # corpus (the report's own city) is the background of every passage and need not be.
            "missing_proper_nouns": [w for w, flag in nouns if flag in PROPER_FLAGS and w not in unknown
                                     and not said_as(strip_place_suffix(w), context) and self._is_rare(w)],
        }

    def _places_beside(self, sentence: str, question: str, thing: str = "") -> list[str]:
        """Places ``sentence`` names that the question does not and that are not the report's own city or a
        background place (新疆): where something in it is (安集海镇, 杭州路). With ``thing`` (中心), only in the
        clauses that say it."""
        asked, own = normalize(question), self._own_places()
        if thing:
            sentence = "，".join(c for c in re.split(r"[,，;；。]", normalize(sentence)) if thing in c)
        # (a local place: 中哈 or 中亚 of a centre's name or reach is no address)
        tagged = [w for w, flag in pos_tags(sentence) if flag == "ns" and len(w) >= 2 and w[-1] in "镇乡村路街区县市州湾山河湖"]
        named = [n for n in named_things(sentence) if n[-1] in "镇乡村路街"]
        return [p for p in dict.fromkeys(tagged + named) if p not in asked and p not in BACKGROUND_PLACES
                and strip_place_suffix(p) not in own and p not in own]

    def _is_rare(self, word: str) -> bool:
        lexical = self.retriever.index.lexical
        n = max(1, len(self.retriever.index.chunks))
        df = max(lexical.doc_freq(word), lexical.doc_freq(strip_place_suffix(word)))
        return df / n < BACKGROUND_SHARE

    def _known(self, word: str) -> bool:
        """Whether the corpus uses this word: the word itself (a place also without 市/县/区), or
        its successive 2-character pieces (播种|面积), each found somewhere in the indexed text; a word ending in
        a generic answer kind (就业人数, 游客数量) by its head (就业, 游客)."""
        norm = normalize(word)
        if any(self._used(target) for target in EVERYDAY_TERMS.get(norm, ())):
            return True  # 短板: the report says 问题 / 不足
        kind = next((k for k in _GENERIC_SUFFIXES if norm.endswith(k) and len(norm) >= len(k) + 2), "")
        if kind and self._known(norm[:-len(kind)]):
            return True
        for w in {norm, strip_place_suffix(norm)}:
            pieces = [w[i:i + 2] for i in range(0, len(w) - 1, 2)]
            if pieces and all(self._stats.df(p) > 0 for p in pieces):
                return True
        return False

    def _compose(self, text: str, question: Question, parts: list[Candidate], terms: dict, form: AskedForm,
                 hits: list[Hit], atype: str = "fact", understood: Understanding | None = None) -> Answer:
        citations, pieces = [], []
        grounded = True  # a yes/no verdict decided by the clause (see _yesno_verdict)
        numbering: dict[tuple[str, int], int] = {}
        periods = {p.period for p in parts}
        for cand in parts:
            chunk = cand.hit.chunk
            n = numbering.setdefault((chunk.chunk_id, cand.start), len(numbering) + 1)
            if n > len(citations):
                citations.append(self._citation(n, chunk, cand.start, cand.end, score=cand.hit.score))
            a, b = self._clause(cand, terms, form, atype, text)
            clause = cand.text[a:b].strip().rstrip(",，;；:：。")
            if not citations[n - 1].quote:
                citations[n - 1].quote = clause
            label = messages.period_part(cand.period[1]) if len(periods) > 1 else ""
            pieces.append((label, clause, n))
        if atype == "overview" and len(pieces) > 1:
            answer = messages.overview_answer("", [(clause, n) for _, clause, n in pieces], [])
        elif len(pieces) == 1:
            answer = messages.single_answer(pieces[0][1], pieces[0][2], messages.period_part(parts[0].period[1]))
            if atype == "count":
                items = listed_for_count(text, pieces[0][1]) or enumeration(pieces[0][1])
                if len(items) >= 2 and not has_counted_figure(YEAR_EXPRESSION.sub(" ", pieces[0][1])):
                    measure = _COUNT_ASK.search(normalize(text))
                    answer = messages.listed_items(items, measure.group(0)[-1] if measure else "项") + answer
            if atype == "yesno":
                # X是…之一吗 naming a place or body the passage (or the whole report) does not: no
                absent = [n for n in named_things(question.text, lambda n: self._used(n) or looks_like_name(n))
                          if n not in normalize(parts[0].text)]
                absent = absent or self._swapped_place(question.text, parts[0].text)
                own = self._own_places()
                # 对口援助沙湾的是江苏吗: a place the whole report never names (a short name the tagger knows)
                absent = absent or [p for p in place_names(question.text) if not self._used(p)
                                    and strip_place_suffix(p) not in own and p not in BACKGROUND_PLACES]
                # (a city the tagger takes for another word — 大连 as an adverb — that CC-CEDICT names a city)
                absent = absent or [w for w, _ in pos_tags(question.text) if len(w) >= 2 and w in cedict_city_names()
                                    and not self._used(w) and w not in BACKGROUND_PLACES]
                # 被选成乡村振兴…县: 选成乡 is a mis-cut running into 乡村振兴, not a place
                absent = [n for n in absent if not self._runs_into_report_word(n, normalize(question.text))
                          and not named_in_a_list(n, parts[0].text)]  # (东升煤矿: 宝英、…东升、鑫泉煤矿)
                compared = self._comparison_prefix(text, parts)
                level = level_mismatch(normalize(question.text), normalize(parts[0].text))
                rival = self._compared_place(text) if not compared else ""
                if rival:  # 沙湾的GDP增速比石河子高还是低: the report gives no figure of the other place
                    return self._refuse(text, question, hits, messages.other_place_not_compared(rival))
                if not compared and absent and _institution_asked_about(absent[0], question.text):
                    # 第二人民医院今年要扩建吗: a school, hospital or firm the report never names is what is asked about
                    return self._refuse(text, question, hits, messages.unknown_names([absent[0]]))
                if not compared and absent and absent[0] in place_names(question.text) \
                        and not clause_has_type(pieces[0][1], "place", text):
                    # 对口援疆沙湾的是江苏无锡吧: no — and the place the report names for it, a sentence or two away
                    named = self._typed_after(parts[0], "place", text)
                    if named is not None:
                        answer = self._compose(text, question, [named], terms, form, hits, "fact", understood)
                        answer.answer = messages.not_mentioned_no(absent[0]) + answer.answer
                        return answer
                if compared or absent:
                    prefix = compared or messages.not_mentioned_no(absent[0])
                elif level:  # 被国家确定为…了吗 — the report says 被自治区确定为
                    prefix = messages.level_differs_no(*level)
                else:
                    asked, read = self._figures_as_report_writes(text, understood)
                    prefix, grounded = yesno_decision(asked, read, pieces[0][1])
                    if not grounded and all_for_some(as_statement(text) or text, pieces[0][1]):
                        # 是不是所有五保老人都要集中供养 — the report's are 有意愿的五保老人: not all
                        prefix, grounded = existence_reply(messages.NO, text), True
                    if not grounded and title_worked_for(text, pieces[0][1]):
                        # 已经是…模范市了吗 — the report says 积极创建…模范市: worked for, not held
                        prefix, grounded = messages.NOT_HELD_YET, True
                    if not grounded and not_done_yet(text, pieces[0][1], parts[0].period[1] == "plan"):
                        # 牛羊活畜交易市场建好了没有 — the report plans it (新建…), or has it still under way
                        prefix, grounded = messages.NOT_YET, True
                    if not grounded and self._contradicted_as_claim(text):
                        # 是跟石河子大学合作的吗 — nothing in the quoted clause decided it, but the fact check, read
                        # on the question said as a claim, finds the report saying otherwise (新疆农业大学); still
                        # hedged, as an inference
                        prefix = existence_reply(messages.NO, text)
                answer = prefix + answer
        elif all(label for label, _, _ in pieces):
            answer = messages.two_period_answer(pieces)
            if atype in ("yesno", "comparison"):  # 今年的目标比去年的实际高吗
                answer = self._comparison_prefix(text, parts) + answer
        else:
            answer = messages.listed_answer([(clause, n) for _, clause, n in pieces])
        sentences = [p.text for p in parts]
        if not numbers_supported_by(answer, sentences):
            answer = messages.quoted_answer([(p.text, n) for p, (_, _, n) in zip(parts, pieces)])
            if not numbers_supported_by(answer, sentences):  # cannot happen for exact quotes; never show it
                return self._refuse(text, question, hits, messages.UNVERIFIABLE_NUMBERS)
        return Answer(question=text, answer=answer, answerable=True, citations=citations, retrieved=hits,
                      reason="extractive" if grounded else "yesno_ungrounded")

    def _figures_as_report_writes(self, question: str, understood: Understanding | None
                                  ) -> tuple[str, Understanding | None]:
        """An English yes/no question stating a figure (Did Shawan create more than 5,000 new jobs? about 120
        million yuan?) with its figures as the report writes them (超过5000, 约1.2亿元: the fact check's rendering,
        qa/claims.py), and what it states read from that; other questions as they are."""
        if has_cjk(question) or understood is None or not re.search(r"\d", question):
            return question, understood
        rendered = english_to_report_wording(question, self.retriever.index.glossary)
        rendered = re.sub(r"〔[^〕]*〕|\s+", "", rendered)  # (〔did〕: English words no glossary renders)
        # (65 motions, rendered 65个: a count whose measure word the English never gave is compared as a number)
        return rendered, replace(understood, stated_figures=[re.sub(r"(?<=\d)个$", "", f)
                                                             for f in stated_figures_in(rendered)])

    def _contradicted_as_claim(self, question: str) -> bool:
        """Whether the fact check calls the yes/no question, said as a claim (跟石河子大学合作挂牌成立了乡村振兴学院，
        对不对？ → …乡村振兴学院), 不一致 with the report (qa/claims.py): the same reading as the 核查 tab's."""
        statement = as_statement(question)
        if not statement or not has_cjk(statement):
            return False
        # only when the question names a thing the whole report never says (石河子大学, 第六师): a claim whose every
        # word is the report's is better left to the quoted sentence than to the checker's reading of its frame
        named = [w for w, flag in pos_tags(statement) if flag[:1] == "n" and len(w) >= 2]
        named += re.findall(r"第[一二三四五六七八九十\d]+[师团]", statement)  # (兵团第六师, cut 第六|师)
        # (…or places a village in a township, 城庄子村是大泉乡的: the report names each village with its own)
        if not any(not self._used(w) for w in named) and not VILLAGE_PLACED.search(statement):
            return False
        verdict = check_claim(statement, self.retriever)
        if verdict.verdict != CONTRADICTED:
            return False
        # …and only for another name of a body or place (新疆农业大学 for 石河子大学, 天津 for 北京), not a rival the
        # checker reads out of a sentence's frame (作物机耕 cut to 物机耕)
        other = messages.other_name_said(verdict.explanation)
        return bool(other) and bool(_NAME_OF_BODY_OR_PLACE.search(other[0]) or place_names(other[0]))

    def _way_went_first(self, text: str, question: Question, hits, answer: Answer, part: Candidate, terms: dict,
                        form: AskedForm, atype: str) -> Answer:
        """The answer to a question asking which way a thing went (去年外贸进出口额是涨了还是降了) with the way its
        cited clause goes first, in the question's words (降了。…); a refusal quoting the clause when it says no
        way (完成外贸进出口额278.31万美元: an amount only); other answers as they are."""
        ways = way_choice(text)
        if not ways or answer.answer.startswith(tuple(messages.chosen(w) for w in ways)):
            return answer  # (今年的目标比去年实际高还是低: the figures compared already chose)
        clause = part.text[slice(*self._clause(part, terms, form, atype, text))]
        went = way_said(text, clause)
        if not went:  # (what the report does give is quoted: 完成外贸进出口额278.31万美元)
            return self._refuse(text, question, hits, messages.WAY_NOT_GIVEN,
                                messages.given_instead(clause.strip().rstrip(",，;；。")))
        for said in (messages.YES, messages.NO, messages.EXISTS, messages.NONE):
            answer.answer = answer.answer.removeprefix(said)
        answer.answer = messages.went_way(ways[0] if went == "up" else ways[1]) + answer.answer
        return answer

    @staticmethod
    def _yes_or_no_first(text: str, best: Candidate) -> str:
        """'是的。' / '不是。' for a yes/no ask before the figure asked (财政收入不升反降，是真的吗？降了多少？),
        decided by the cited sentence; '' when the question has no such ask or the sentence does not decide it."""
        m = _YES_NO_THEN_HOW_MUCH.match(normalize(text))
        if not m:
            return ""
        ask = m.group("ask")
        for pattern, way in _TURNED_ROUND:
            ask = pattern.sub(way, ask)
        prefix, grounded = yesno_decision(ask, understand(ask), best.text)
        return prefix if grounded else ""

    def _compared_place(self, text: str) -> str:
        """The other place a comparison question measures the report's own place against (比石河子高吗,
        跟奎屯比快不快), when the report gives no figure of it; ''."""
        asked = comparative_ask(text)
        if asked is None:
            return ""
        own = self._own_places()
        side = asked[1]
        # (a city the tagger does not tag as a place, 石河子, that CC-CEDICT names a city)
        named = place_names(side) + [w for w, _ in pos_tags(side) if len(w) >= 2 and w in cedict_city_names()]
        others = [p for p in named if p not in own and strip_place_suffix(p) not in own and p not in BACKGROUND_PLACES]
        return others[0] if others else ""

    def _comparison_prefix(self, text: str, parts: list[Candidate]) -> str:
        """是的 / 不是 for a yes/no question comparing two figures (A比B快吗; 翻了一番吗) when the quoted
        sentences give both; '' when they do not."""
        figures = []
        for cand in parts:
            chunk = cand.hit.chunk
            facts = self.retriever.index.facts_for(chunk.doc, chunk.start + cand.start) or extract(
                cand.text, chunk.period_year, chunk.period_kind)
            figures += [(f, cand) for f in facts.figures if f.clause]
        norm = normalize(text)
        if DOUBLED.search(norm):
            rates = [f for f, _ in figures if f.unit == "%" and f.direction]
            if rates:
                up = rates[0].direction == "up"
                return messages.YES if up and rates[0].value >= 100 else messages.NO
        asked = comparative_ask(text)
        if asked is None:
            return ""
        side_a, side_b, direction = asked
        if re.search(r"增速|增幅|增长率|速度|快|慢|百分", norm):
            figures = [(f, c) for f, c in figures if f.unit == "%"]
        first = second = None
        if len({c.period for _, c in figures}) > 1:  # 今年的目标比去年的实际高吗: one figure per period
            year = self.retriever._default_year
            asked_a, asked_b = analyse(side_a, year), analyse(side_b, year)

            def of_side(cand: Candidate, side: Question) -> bool:
                return cand.period[1] == side.kind or cand.period[0] in side.years

            first = next((f for f, c in figures if of_side(c, asked_a)), None)
            second = next((f for f, c in figures if of_side(c, asked_b) and not of_side(c, asked_a)), None)
        else:  # 城镇居民…比农村居民快吗: the figure whose subject names each side
            words_a = [w for w, _ in pos_tags(side_a) if len(w) >= 2 and w not in side_b]
            words_b = [w for w, _ in pos_tags(side_b) if len(w) >= 2 and w not in side_a]

            def names(f, words: list[str]) -> bool:
                return any(w in normalize(f.subject or f.clause) for w in words)

            # the second side is named briefly (…比农村居民快): its figure is the one naming it; the first
            # side's is one naming the first side and not the second
            second = next((f for f, _ in figures if names(f, words_b)), None)
            first = next((f for f, _ in figures if names(f, words_a) and not names(f, words_b)), None)
        if first is None or second is None or first is second or first.group != second.group:
            return ""
        verdict = comparison_verdict(first.value, second.value, direction)
        choice = choice_of_two(text)
        if choice and first.value != second.value:  # 高还是低: the answer names which
            return messages.chosen(choice[0] if verdict == "yes" else choice[1])
        return messages.YES if verdict == "yes" else messages.NO

    def _home_place(self, understood: Understanding | None) -> str:
        """The town, village or area a person names in the situation before the question when the question
        then says 我们镇 / 我们村 / 我们这儿 (我住老沙湾镇，去年我们镇…): the place the question is about; ''."""
        if understood is None or not understood.asked_text or not _BACK_TO_PLACE.search(understood.raw):
            return ""
        situation = understood.raw[:max(0, understood.raw.find(understood.asked_text[:4]))] or understood.raw
        own = self._own_places()
        names = [n for n in named_things(situation, lambda n: self._used(n) and looks_like_name(n))
                 if strip_place_suffix(n) not in own]
        return names[0] if names else ""

    def _searched(self, question: Question) -> str:
        """The words searched for, as a refusal lists them."""
        return "、".join(w for w in self._terms(question).get("words", [])[:6]) or question.text

    def _opinion_refused(self, answer: Answer, searched: str) -> Answer:
        """A judgement or forecast asked (你觉得…划不划算): refused; a confident answer's sentence is what the
        report gives instead (its plan, its result), a weak one only the nearest passages."""
        cited = answer.citations[0] if answer.citations and answer.confidence == "high" else None
        instead = messages.given_instead(cited.sentence.strip().rstrip(",，;；:：。")) if cited is not None else ""
        return Answer(question=answer.question, answer=messages.refusal(messages.OPINION_ASKED, searched, instead),
                      answerable=False, citations=[], retrieved=answer.retrieved, reason=messages.OPINION_ASKED,
                      confidence="none", signals=answer.signals)

    def _refuse(self, text: str, question: Question, hits: list[Hit], why: str, instead: str = "") -> Answer:
        """A refusal saying why; ``instead`` (messages.given_instead) quotes what the report gives in its place."""
        return Answer(question=text, answer=messages.refusal(why, self._searched(question), instead), answerable=False,
                      citations=[], retrieved=hits, reason=why, confidence="none")


# Words after which a name is what the question says of its subject (是大连吧, 跟石河子大学合作), not the subject
_PREDICATE_BEFORE = re.compile(r"是|有|跟|和|与|同|由|被|为|给|让|把|对|向|从|在|到|去|叫|属于|还是")
# The names of an institution (医院, 中学, 公司…) a question may ask about by name
_INSTITUTION = re.compile(r"(?:医院|卫生院|学校|中学|小学|大学|学院|幼儿园|公司|集团|工厂|厂|博物馆|图书馆|体育馆|中心|车站|机场)$")


def _institution_asked_about(name: str, question: str) -> bool:
    """Whether ``name`` is an institution (a school, a hospital, a firm) that a yes/no question is about
    (第二人民医院今年要扩建吗), not the value it offers for something the report names (对口援疆沙湾的是大连吧).
    Of a thing the report never names, the first gets a refusal; the second a 不是 with what the report says.

    >>> _institution_asked_about("第二人民医院", "沙湾市第二人民医院今年要扩建吗？")
    True
    >>> _institution_asked_about("第二中学", "对口帮扶的是第二中学吧？")  # (the value offered)
    False
    >>> _institution_asked_about("第二中学", "第二中学是今年要建的学校吗？")  # (X是…吗 offers X, as …是X吗 does)
    False
    """
    at = question.find(name)
    return ((bool(_INSTITUTION.search(name)) or bool(NUMBERED_SCHOOL.fullmatch(name)))
            and at >= 0 and not _PREDICATE_BEFORE.search(question[:at])
            and not re.match(r"(?:就|也|真的|到底|确实)?(?:是|属于|为)", question[at + len(name):]))


def _said_alone(term: str, text: str, group: list[str]) -> bool:
    """Whether a translated term is said in ``text`` other than inside a longer word of another meaning (raise →
    增加, inside 增加值; glossary.INSIDE_LONGER), unless its group holds that longer word too."""
    longer = INSIDE_LONGER.get(term)
    if longer and longer not in group:
        text = text.replace(longer, "　")
    return term in text
