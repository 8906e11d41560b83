"""The report at a glance (报告速览): for each loaded report its name (place, year, delivery date),
its outline (sections and sub-sections with their text) and its key indicators — the past year's
results beside the coming year's targets — read from the index.

Nothing here knows a particular report: names come from the index's document records and the
report's own opening lines, the outline from the chunks' section paths, the indicators from the
figures ``facts.extract`` finds in the report's sentences. Every figure carries the sentence it was
read from, and its text is a verbatim slice of that sentence, so every number shown can be checked
(``domain.numbers_supported_by``). Pure functions over an ``Index``; no rendering (presentation.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chunking import each_sentence_once
from .domain import PLACE_SUFFIXES
from .facts import extract

SECTION_SEPARATOR = " > "  # how chunking.py joins a section path
# Figures that count things said in a speech, not indicators (第一届, 第二次, 八项规定).
NOT_INDICATOR_UNITS = frozenset("届次项")
INDICATOR_ASPECTS = ("level", "rate", "change")
MIN_SUMMARY_FIGURES = 3  # a paragraph naming this many indicators is a summary of results or targets
DIRECTION_WORDS = {"up": "增长", "down": "下降"}


@dataclass(frozen=True)
class Report:
    """A loaded report as a person names it: 沙湾市2022年政府工作报告, delivered 2022-01-24."""

    doc: str
    title: str  # the document's own title, e.g. 2022年政府工作报告
    place: str  # the full place name when the report gives it (沙湾市), else the index's (沙湾), else ""
    year: int | None
    date: str  # ISO date the report was delivered, "" if unknown

    @property
    def name(self) -> str:
        """Place and title: 沙湾市2022年政府工作报告 (the title alone when it already names the place)."""
        if not self.place or self.place in self.title or self.place.rstrip(PLACE_SUFFIXES) in self.title:
            return self.title or self.doc
        return self.place + (self.title or self.doc)

    @property
    def date_label(self) -> str:
        """2022年1月24日, or "" when the date is unknown."""
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", self.date or "")
        return f"{m[1]}年{int(m[2])}月{int(m[3])}日" if m else ""


@dataclass
class Section:
    """One heading of the outline with its text (sentences in order, no overlap) and its sub-sections."""

    title: str
    text: str = ""
    children: list["Section"] = field(default_factory=list)


@dataclass(frozen=True)
class Quote:
    """A figure as the report writes it (``text`` is a slice of ``sentence``) and where it is."""

    text: str  # 增长8%左右, 8.58亿元
    sentence: str
    section: str
    start: int  # offset of the figure's words in ``sentence``
    end: int


@dataclass
class Indicator:
    """One indicator: the past year's result(s) and the coming year's target(s), each quoted."""

    subject: str
    result: list[Quote] = field(default_factory=list)
    target: list[Quote] = field(default_factory=list)
    change: str = ""  # 目标高于上年 / 目标低于上年 / 由降转增 …, in words (no new numbers)
    rate_result: Quote | None = None  # the growth rates, for the chart
    rate_target: Quote | None = None
    rate_values: tuple[float | None, float | None] = (None, None)  # signed (down is negative)


@dataclass
class Glance:
    report: Report
    outline: list[Section]
    indicators: list[Indicator]
    review_year: int | None
    plan_year: int | None


def reports(index) -> list[Report]:
    """Every loaded report, in index order, named from its record and its opening lines."""
    out = []
    for record in index.documents:
        doc = record.get("doc", "")
        places = list(record.get("places") or [])
        place = _full_place(index, doc, places[0]) if places else _opening_place(index, doc)
        date = record.get("date") or ""
        out.append(Report(doc=doc, title=record.get("title") or doc, place=place,
                          year=int(date[:4]) if date[:4].isdigit() else None, date=date))
    return out


_NAMES: dict[int, tuple[object, dict]] = {}  # id(index) -> (index, names): computed once per loaded index


def report_names(index) -> dict[str, str]:
    """doc file name -> the report's name (沙湾市2022年政府工作报告); computed once per index."""
    cached = _NAMES.get(id(index))
    if cached is None or cached[0] is not index:
        cached = _NAMES[id(index)] = (index, {r.doc: r.name for r in reports(index)})
    return cached[1]


def _doc_chunks(index, doc: str):
    return [c for c in index.store if c.doc == doc]


def _full_place(index, doc: str, place: str) -> str:
    """沙湾 -> 沙湾市 when the report's opening text writes it so."""
    for chunk in _doc_chunks(index, doc)[:3]:
        m = re.search(re.escape(place) + f"[{PLACE_SUFFIXES}]", chunk.text)
        if m:
            return m.group(0)
    return place


def _opening_place(index, doc: str) -> str:
    """The place of a report whose record names none, from its opening line (……在示范市第二届人民代表大会……)."""
    for chunk in _doc_chunks(index, doc)[:2]:
        m = re.search(f"在([\u4e00-\u9fff]{{2,8}}?[{PLACE_SUFFIXES}])[^。\n]{{0,12}}人民代表大会", chunk.text)
        if m:
            return m.group(1)
    return ""


def _sentences(chunks):
    """(section, sentence, chunk) of every sentence once, in document order (chunks overlap)."""
    for chunk, sentence in each_sentence_once(chunks):
        yield chunk.section, sentence, chunk


def outline(chunks) -> list[Section]:
    """Sections and sub-sections in document order, each with its own text. Text before the first
    heading (title, greeting) is left out."""
    top: list[Section] = []
    by_path: dict[str, Section] = {}
    for section, sentence, _ in _sentences(chunks):
        if not section:
            continue
        parts = section.split(SECTION_SEPARATOR)
        parent_list, path = top, ""
        node = None
        for part in parts:
            path = part if not path else path + SECTION_SEPARATOR + part
            node = by_path.get(path)
            if node is None:
                node = by_path[path] = Section(part)
                parent_list.append(node)
            parent_list = node.children
        node.text += sentence
    return top


def _quote(figure, sentence: str, section: str) -> Quote:
    """The figure with its direction word when the sentence writes one right before it (增长8%左右)."""
    start, end = figure.start, figure.end
    text = sentence[start:end]
    if text != figure.text and figure.text in sentence:
        start = sentence.find(figure.text)
        end = start + len(figure.text)
    # widen to the direction word and the qualifier the sentence writes around the number
    lead = re.search(r"(增长|下降|增加|减少|提高|降低|涨幅|突破|达到|完成|控制在)$", sentence[:start])
    if lead:
        start = lead.start()
    tail = re.match(r"(左右|以上|以内|以下)", sentence[end:])
    if tail:
        end += tail.end()
    return Quote(text=sentence[start:end], sentence=sentence, section=section, start=start, end=end)


def _is_indicator(figure) -> bool:
    return (figure.aspect in INDICATOR_ASPECTS and figure.unit not in NOT_INDICATOR_UNITS
            and len(figure.subject) >= 2 and not re.search(r"\d", figure.subject))


def _change(result, target) -> str:
    """How the target compares with the result, in words, for figures of the same aspect and unit."""
    if result is None or target is None or result.aspect != target.aspect or result.unit != target.unit:
        return ""
    a, b = result.signed_value, target.signed_value
    if a < 0 <= b:
        return "由降转增"
    if b < 0 <= a:
        return "由增转降"
    if b > a:
        return "目标高于上年"
    if b < a:
        return "目标低于上年"
    return "与上年持平"


def indicators(chunks, review_year: int | None, plan_year: int | None) -> list[Indicator]:
    """Key indicators: the figures of summaries (consecutive sentences directly under a level-1
    heading that name several indicators of the results or targets) and every subject with a figure in both the review and the plan. Rows
    with both a result and a target come first, in the order the plan names them."""
    found: dict[str, dict[str, list]] = {}
    summary: set[str] = set()
    order: list[str] = []
    run: list[str] = []  # subjects of consecutive level-1 sentences that each give an indicator
    for section, sentence, chunk in _sentences(chunks):
        kind = chunk.period_kind
        figures = [f for f in extract(sentence, chunk.period_year, kind).figures if _is_indicator(f)] \
            if kind in ("review", "plan") else []
        if not figures or SECTION_SEPARATOR in section or not section:
            if len(run) >= MIN_SUMMARY_FIGURES:
                summary.update(run)
            run = []
        if figures and section and SECTION_SEPARATOR not in section:
            run += [f.subject for f in figures]
        for figure in figures:
            if figure.subject not in found:
                found[figure.subject] = {"review": [], "plan": []}
                order.append(figure.subject)
            found[figure.subject][kind].append((figure, sentence, section))
    if len(run) >= MIN_SUMMARY_FIGURES:
        summary.update(run)
    rows = []
    for subject in order:
        sides = found[subject]
        both = sides["review"] and sides["plan"]
        if not both and subject not in summary:
            continue
        row = Indicator(subject=subject,
                        result=[_quote(f, s, sec) for f, s, sec in sides["review"][:2]],
                        target=[_quote(f, s, sec) for f, s, sec in sides["plan"][:2]])
        review_rate = next((f for f, _, _ in sides["review"] if f.aspect == "rate" and f.unit == "%"), None)
        plan_rate = next((f for f, _, _ in sides["plan"] if f.aspect == "rate" and f.unit == "%"), None)
        first_review = sides["review"][0][0] if sides["review"] else None
        first_plan = sides["plan"][0][0] if sides["plan"] else None
        pairs = [(review_rate, plan_rate), (first_review, first_plan)]
        row.change = next((c for c in (_change(a, b) for a, b in pairs) if c), "")
        if review_rate is not None or plan_rate is not None:
            quote_of = {id(f): _quote(f, s, sec) for f, s, sec in sides["review"] + sides["plan"]}
            row.rate_result = quote_of.get(id(review_rate)) if review_rate is not None else None
            row.rate_target = quote_of.get(id(plan_rate)) if plan_rate is not None else None
            row.rate_values = (review_rate.signed_value if review_rate is not None else None,
                               plan_rate.signed_value if plan_rate is not None else None)
        rows.append(row)
    plan_order = {s: i for i, s in enumerate(s for s in order if found[s]["plan"])}
    rows.sort(key=lambda r: (not (r.result and r.target), plan_order.get(r.subject, len(plan_order))))
    return rows


def glance(index, doc: str) -> Glance:
    """The report at a glance for one loaded document."""
    report = next(r for r in reports(index) if r.doc == doc)
    chunks = _doc_chunks(index, doc)
    review_years = [c.period_year for c in chunks if c.period_kind == "review" and c.period_year]
    plan_years = [c.period_year for c in chunks if c.period_kind == "plan" and c.period_year]
    review_year = max(set(review_years), key=review_years.count) if review_years else None
    plan_year = max(set(plan_years), key=plan_years.count) if plan_years else None
    return Glance(report=report, outline=outline(chunks), indicators=indicators(chunks, review_year, plan_year),
                  review_year=review_year, plan_year=plan_year)


def glances(index) -> list[Glance]:
    return [glance(index, r.doc) for r in reports(index)]
