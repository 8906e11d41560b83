"""What a question asks about: normalized text, the years it means, and the period it targets.

A work report speaks about two periods: the past year's results (review) and the coming year's
targets (plan). ``今年`` is the report's own year, ``去年`` the year before. Words like 目标/计划/力争
point to the plan, 完成/实现/取得 to the review. Pure logic, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import char_tokens, has_cjk, normalize

_RELATIVE_YEARS = (
    ("前年", -2), ("去年", -1), ("上年", -1), ("上一年", -1), ("过去一年", -1), ("过去的一年", -1),
    ("今年", 0), ("本年", 0), ("当年", 0), ("明年", 1), ("下一年", 1),
    ("last year", -1), ("previous year", -1), ("past year", -1), ("this year", 0),
    ("current year", 0), ("next year", 1), ("coming year", 1),
)
_EXPLICIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PLAN_WORDS = ("目标", "计划", "力争", "预期", "打算", "争取", "将要", "要求", "任务", "部署", "安排",
               "target", "goal", "plan", "aim", "expected to", "will ")
_REVIEW_WORDS = ("完成了", "实现了", "取得", "达到了", "成效", "成绩", "成果", "回顾", "已经", "过去",
                 "achieved", "reached", "completed", "results", "was ", "were ", "did ")
# Words that shape a question but say nothing about its topic.
QUESTION_WORDS = ("多少", "什么", "哪些", "哪个", "哪里", "哪儿", "是否", "有没有", "怎么样", "怎样",
                  "如何", "为什么", "几个", "几", "吗", "呢", "啊", "呀", "请问", "一下", "告诉我",
                  "报告", "里", "中", "的", "了", "是", "有", "我", "我们", "你", "吧", "沙湾市",
                  "沙湾", "市")
_QUESTION_CHARS = set("".join(w for w in QUESTION_WORDS if len(w) <= 3))


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
        text = self.text
        for word in sorted(QUESTION_WORDS, key=len, reverse=True):
            if len(word) > 1:
                text = text.replace(word, " ")
        return [t for t in char_tokens(text) if t not in _QUESTION_CHARS]


def resolve_years(text: str, reference_year: int | None) -> list[int]:
    """Absolute years a question refers to, explicit or relative to the report's year.

    >>> resolve_years("去年旅游收入和2022年目标", 2022)
    [2021, 2022]
    """
    norm = normalize(text)
    years = [int(y) for y in _EXPLICIT_YEAR.findall(norm)]
    if reference_year:
        for word, delta in _RELATIVE_YEARS:
            if word in norm:
                years.append(reference_year + delta)
    return sorted(set(years))


def period_kind(text: str) -> str:
    """'plan' for target/plan wording, 'review' for results wording, '' when neither or both."""
    norm = normalize(text) + " "
    plan = any(w in norm for w in _PLAN_WORDS)
    review = any(w in norm for w in _REVIEW_WORDS)
    if plan == review:
        return ""
    return "plan" if plan else "review"


def analyse(question: str, reference_year: int | None = None) -> Question:
    """Analyse a question against a report whose own year (今年) is ``reference_year``.

    >>> q = analyse("去年来沙湾旅游的人有多少？", 2022)
    >>> (q.years, q.kind)
    ([2021], 'review')
    """
    norm = normalize(question)
    years = resolve_years(question, reference_year)
    kind = period_kind(question)
    if not kind and reference_year and years:
        # A past year can only have results; the report's own year only targets.
        if all(y < reference_year for y in years):
            kind = "review"
        elif all(y >= reference_year for y in years):
            kind = "plan"
    return Question(raw=question, text=norm, years=years, kind=kind, english=not has_cjk(norm))
