"""Check a claim against the report: 一致 (consistent), 不一致 (contradicted) or 报告未提及 (not stated).

A claim like “2021年接待游客300万人次” is turned into the question “2021年接待游客多少人次？”, answered
extractively, and the claim's figure is compared with the report's figure in the same unit (万/亿
scaled). Pure parsing and comparison live here; the answering is done by an Answerer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import messages
from .domain import YEAR_NIAN, strip_markers
from .question import UNIT_GROUPS
from .text import clean_input, normalize

CONSISTENT, CONTRADICTED, NOT_STATED = "一致", "不一致", "报告未提及"
_SCALE = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}
_UNIT_WORDS = sorted({u for group in UNIT_GROUPS.values() for u in group if u not in ("钱", "块钱")}
                     | {"个", "项", "所", "家", "户", "座", "条", "台", "头", "套", "件", "辆", "张", "次", "批",
                        "倍", "美元", "万美元"}, key=len, reverse=True)
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|千万|百万|亿|万|千|百)?\s*(" + "|".join(map(re.escape, _UNIT_WORDS)) + ")?")


@dataclass(frozen=True)
class Quantity:
    """A figure with its unit: ``286.35万人次`` -> value 2863500.0, unit '人次'."""

    value: float
    unit: str
    text: str

    @property
    def group(self) -> str:
        """The unit's group (人次 and 人 and 名 count people), or the unit itself."""
        return next((name for name, units in UNIT_GROUPS.items() if self.unit in units), self.unit)


def parse_quantities(text: str) -> list[Quantity]:
    """Figures of a text, years left out.

    >>> [(q.value, q.unit) for q in parse_quantities("2021年接待游客286.35万人次,增长52.7%")]
    [(2863500.0, '人次'), (52.7, '%')]
    """
    norm = YEAR_NIAN.sub(" ", normalize(text))
    out = []
    for m in _QUANTITY.finditer(norm):
        number, scale, unit = m.group(1), m.group(2) or "", m.group(3) or ""
        if unit.startswith("万") and len(unit) > 1 and not scale:  # 万人次, 万亩: the scale is in the unit
            scale, unit = "万", unit[1:]
        out.append(Quantity(float(number) * _SCALE.get(scale, 1.0), unit, m.group(0).strip()))
    return out


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Equal values in compatible units (a missing unit is compatible with any)."""
    if a.unit and b.unit and a.group != b.group:
        return False
    return abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)


def claim_to_question(claim: str) -> tuple[str, list[Quantity]]:
    """The question a claim answers, and the claim's figures.

    >>> claim_to_question("2021年接待游客300万人次")[0]
    '2021年接待游客多少人次？'
    """
    quantities = parse_quantities(claim)
    text = claim.strip().rstrip("。.!！")
    if not quantities:
        return text + "？", []
    # Replace the first figure (with its scale and unit) by 多少 + unit; drop the others.
    first = True

    def repl(m: re.Match) -> str:
        nonlocal first
        unit = m.group(3) or ""
        if unit.startswith("万") and len(unit) > 1:
            unit = unit[1:]
        out = ("多少" + unit) if first else ""
        first = False
        return out

    years: list[str] = []

    def protect(m: re.Match) -> str:
        years.append(m.group(0))
        return f"\x00{len(years) - 1}\x01"

    protected = YEAR_NIAN.sub(protect, normalize(text))
    parts = re.split(r"(\x00\d+\x01)", protected)
    question = "".join(years[int(p[1:-1])] if p.startswith("\x00") else _QUANTITY.sub(repl, p) for p in parts)
    question = re.sub(r"(约|近|超过|达到?|左右|以上)(?=多少)", "", question)
    question = re.sub(r"多少([^\s多]*)左右", r"多少\1", question)
    return question.strip(" ,，") + "？", quantities


@dataclass
class Verdict:
    verdict: str
    claim: str
    question: str
    explanation: str
    claim_figures: list[str] = field(default_factory=list)
    report_figures: list[str] = field(default_factory=list)
    sentence: str = ""
    doc: str = ""
    section: str = ""
    answer: object = None  # the Answer it was judged from

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "claim": self.claim, "question": self.question,
                "explanation": self.explanation, "claim_figures": self.claim_figures,
                "report_figures": self.report_figures, "sentence": self.sentence, "doc": self.doc,
                "section": self.section}


def judge(claim: str, question: str, claim_quantities: list[Quantity], answer) -> Verdict:
    """Compare a claim's figures with an Answer (pure: the Answer is given)."""
    base = Verdict(verdict=NOT_STATED, claim=claim, question=question, explanation="",
                   claim_figures=[q.text for q in claim_quantities], answer=answer)
    if not answer.answerable or not answer.citations:
        base.explanation = messages.CLAIM_NOT_FOUND
        return base
    citation = answer.citations[0]
    base.sentence, base.doc, base.section = citation.sentence, citation.doc, citation.section
    answer_text = strip_markers(answer.answer)
    report = parse_quantities(answer_text)
    base.report_figures = [q.text for q in report]
    if not claim_quantities:
        base.verdict = CONSISTENT
        base.explanation = messages.CLAIM_NO_FIGURES
        return base
    compatible = [r for r in report if any(not c.unit or not r.unit or c.group == r.group for c in claim_quantities)]
    if any(same_quantity(c, r) for c in claim_quantities for r in report):
        base.verdict = CONSISTENT
        base.explanation = messages.CLAIM_FIGURES_AGREE
    elif compatible:
        base.verdict = CONTRADICTED
        base.report_figures = [r.text for r in compatible]
        base.explanation = messages.claim_figures_differ(base.report_figures, base.claim_figures)
    else:
        base.explanation = messages.CLAIM_NO_COMPARABLE_FIGURE
    return base


def check_claim(claim: str, answerer, history: list[str] | None = None) -> Verdict:
    """Judge ``claim`` with an Answerer (see module docstring).

    Invisible characters are dropped first, so a terminal colour code pasted with the claim
    (ESC[31m) is not read as the figure 31.
    """
    claim = clean_input(claim)
    question, quantities = claim_to_question(claim)
    return judge(claim, question, quantities, answerer.ask(question, history=history))
