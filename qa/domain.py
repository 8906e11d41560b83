"""The report's domain rules, written once: years and periods, citation markers, numbers and the
faithfulness check, place names.

A work report speaks about two periods: the past year's results (``review``, a heading like
``一、2021年工作回顾``) and the coming year's targets (``plan``, ``二、2022年总体要求和重点任务``).
``今年`` is the report's own year, ``去年`` the year before. Answers cite report sentences with
``[n]`` markers, and every number of an answer must appear verbatim in a sentence it cites.

Pure rules and patterns, no model; chunking, question analysis, answering, generation, the claim
checker and evaluation import them from here (see docs/architecture.md).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from .text import compact

# ---------------------------------------------------------------- years

YEAR_DIGITS = r"(?:19|20)\d{2}"
# A year anywhere in a text (group 0 is the year): titles, file names.
YEAR_IN_TEXT = re.compile(YEAR_DIGITS)
# A year not glued to other digits (group 1): what a question names.
# (2000块 / 2000多人 are figures, not years)
_NOT_A_FIGURE = r"(?!\s*(?:块|元|万|亿|千|百|人|个|多|余|来|%|吨|亩|公里|米|户|家|项|件|次|名|台|辆|头|斤|平方))"
EXPLICIT_YEAR = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?![.,]?\d){_NOT_A_FIGURE}")
# A year with an optional 年 (group 1 is the year): headings like 一、2021年工作回顾.
YEAR_MAYBE_NIAN = re.compile(rf"({YEAR_DIGITS})\s*年?")
# A year followed by 年: the years of a claim, which are not its figures.
YEAR_NIAN = re.compile(rf"{YEAR_DIGITS}\s*年")

# Words for a year relative to the report's own year (今年), with the offset they mean.
RELATIVE_YEARS = (
    ("前年", -2), ("去年", -1), ("上年", -1), ("上一年", -1), ("过去一年", -1), ("过去的一年", -1),
    ("今年", 0), ("本年", 0), ("当年", 0), ("新的一年", 0), ("明年", 1), ("下一年", 1),
    ("last year", -1), ("previous year", -1), ("past year", -1), ("this year", 0),
    ("current year", 0), ("next year", 1), ("coming year", 1),
)
# Explicit and relative (Chinese) years: they steer the period, they are not topic terms.
# (a number such as 2054.57万元 or 12021人 holds no year)
# A year said with or without 年 (2021年, 2021), not a figure in a year's digits (2000元, 2054.57万元)
YEAR_WORD = rf"(?<![\d.]){YEAR_DIGITS}(?![\d]|\.\d){_NOT_A_FIGURE}\s*年?"
YEAR_EXPRESSION = re.compile(rf"{YEAR_WORD}|"
                             + "|".join(w for w, _ in RELATIVE_YEARS if not w.isascii()))
# The years a follow-up question (那2021年呢？) swaps: explicit ones and the four common relative words.
FOLLOWUP_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年?|今年|去年|明年|前年")

# ---------------------------------------------------------------- periods

REVIEW, PLAN = "review", "plan"
# Every period kind a chunk can have; the position is the code stored in the chunk store ('' = none).
# (chunking.py once listed only the two real kinds, chunkstore.py all three: this is the union.)
PERIOD_KINDS = ("", REVIEW, PLAN)

# Level-1 headings: words of a review part (2021年工作回顾) and of a plan part (总体要求和重点任务).
HEADING_REVIEW_WORDS = ("回顾", "总结", "成绩", "过去")
HEADING_PLAN_WORDS = ("要求", "任务", "目标", "计划", "安排", "打算", "展望", "部署", "思路")

# Questions: words that name a target outright, and words that also occur in reports of results
# (争取到资金, 科技计划项目). These differ from the heading words on purpose: a question says 完成了
# or 目标, a heading says 回顾 or 要求.
STRONG_PLAN_WORDS = ("目标", "力争", "预期", "打算", "将要", "target", "goal", "plan", "aim",
                     "expected to", "will ")
WEAK_PLAN_WORDS = ("计划", "争取", "要求", "任务", "部署", "安排")
PLAN_WORDS = STRONG_PLAN_WORDS + WEAK_PLAN_WORDS
REVIEW_WORDS = ("完成了", "实现了", "取得", "达到了", "成效", "成绩", "成果", "回顾", "已经", "过去",
                "争取到", "争取了", "安排了",  # 争取到的贴息: obtained, not a plan (争取 alone counts as both)
                "achieved", "reached", "completed", "results", "was ", "were ", "did ")

# ---------------------------------------------------------------- citation markers and numbers

# A citation marker [n]; group 1 is n.
CITATION_MARKER = re.compile(r"\[(\d+)\]")
# A number as a report writes it: 8.58, 1,331, 286.35, 100%, 7.3%.
NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")


def strip_markers(text: str) -> str:
    """``text`` without its citation markers.

    >>> strip_markers("增长8%[1]，完成[12]")
    '增长8%，完成'
    """
    return CITATION_MARKER.sub("", text)


def cited_numbers(text: str) -> list[int]:
    """The n of every [n] marker of ``text``, in order.

    >>> cited_numbers("增长8%[1]。完成[2][1]")
    [1, 2, 1]
    """
    return [int(n) for n in CITATION_MARKER.findall(text)]


def numbers_in(text: str) -> list[str]:
    """Numbers as written, NFKC-normalized: '增长8%左右，完成8.58亿元' -> ['8%', '8.58']."""
    return NUMBER.findall(unicodedata.normalize("NFKC", text))


def unsupported_numbers(answer: str, sources: Sequence[str]) -> list[str]:
    """Numbers of ``answer`` (citation markers aside) that appear verbatim in none of ``sources``.

    The faithfulness rule of every answer: extractive, generated and evaluated alike.

    >>> unsupported_numbers("增长52.7%[12]，接待300万人次[1]", ["全年接待游客286.35万人次,同比增长52.7%。"])
    ['300']
    """
    support = compact("".join(sources))
    return [n for n in numbers_in(strip_markers(answer)) if n not in support]


def numbers_supported_by(answer: str, sources: Sequence[str]) -> bool:
    """Whether every number of ``answer`` (citation markers aside) appears verbatim in ``sources``."""
    return not unsupported_numbers(answer, sources)


def numbers_supported(answer: str, sources: Sequence[str]) -> tuple[int, int]:
    """(numbers of ``answer`` found verbatim in ``sources``, numbers of ``answer``); markers aside."""
    total = len(numbers_in(strip_markers(answer)))
    return total - len(unsupported_numbers(answer, sources)), total


# ---------------------------------------------------------------- places

# Suffixes of place names (沙湾市 → 沙湾). The union of the two lists that answering.py (…村省) and
# question.py (…盟旗) kept: every administrative level a report may name.
PLACE_SUFFIXES = "市县区州盟旗镇乡村省"


# The whole of the report's own place (全市 / 我市): what every figure of the report is about unless it says
# otherwise — never a noun missing from a sentence, never the topic of an ask.
WHOLE_OWN_PLACE = frozenset("全市 我市 本市 市里 全县 本县 县里 全区 本区".split())


def strip_place_suffix(word: str) -> str:
    """A place name without its administrative suffix; names of two characters are kept whole.

    >>> strip_place_suffix("沙湾市"), strip_place_suffix("市区"), strip_place_suffix("阿勒泰")
    ('沙湾', '市区', '阿勒泰')
    """
    return word[:-1] if len(word) > 2 and word[-1] in PLACE_SUFFIXES else word


# ---------------------------------------------------------------- schools

# A school by its everyday short name (一小, 五小, 二中): a name, though the word splitter cuts it into a numeral
# and 小 or tags it as a place (十九届四中全会, 一小时, 一小部分 and 其中 are no schools).
NUMBERED_SCHOOL = re.compile(r"(?<![\d一二三四五六七八九十百千万第几统其之届])[一二三四五六七八九十]{1,2}[小中]"
                             r"(?![学时型心间部分块撮全队会半段步片条批])")
