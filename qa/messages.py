"""Every Chinese sentence the package says to a user about an answer: answer frames, refusal reasons,
the language-model guard's findings and notices, the claim checker's explanations.

Only wording lives here. Decisions are carried by fields (``Answer.answerable``, ``Answer.reason``,
``GeneratedAnswer.fallback`` / ``model_called``, ``Verdict.verdict``), so code that judges answers —
evaluation, calibration — never matches these texts; the one exception is ``answer_body``, which
strips the frames defined here (for the F1/EM metrics) and so lives beside them.
HTML labels of the web page are in presentation.py, prompts for a language model in generation.py.
"""

from __future__ import annotations

import re

from .domain import PLAN, REVIEW, strip_markers

# ---------------------------------------------------------------- answer frames

PERIOD_PARTS = {REVIEW: "工作回顾部分", PLAN: "目标任务部分"}  # which part of the report a figure is from
_FRAME = "根据报告"


def period_part(kind: str) -> str:
    """'工作回顾部分' / '目标任务部分' / ''."""
    return PERIOD_PARTS.get(kind, "")


def single_answer(clause: str, n: int, part: str = "") -> str:
    """The answer from one clause, with the report part it comes from when that matters.

    >>> single_answer("完成地区生产总值同比增长8%左右", 1, "目标任务部分")
    '根据报告（目标任务部分），完成地区生产总值同比增长8%左右[1]。'
    """
    prefix = f"{_FRAME}（{part}）" if part else _FRAME
    return f"{prefix}，{clause}[{n}]。"


def two_period_answer(pieces: list[tuple[str, str, int]]) -> str:
    """The answer giving a figure from both periods: ``pieces`` are (part, clause, n)."""
    body = "；".join(f"{part}：{clause}[{n}]" for part, clause, n in pieces)
    return f"报告在两个时期都提到了这一指标。{body}。"


def listed_answer(pieces: list[tuple[str, int]]) -> str:
    """Several clauses, each with its marker: ``pieces`` are (clause, n)."""
    return f"{_FRAME}，" + "；".join(f"{clause}[{n}]" for clause, n in pieces) + "。"


def quoted_answer(pieces: list[tuple[str, int]]) -> str:
    """Whole sentences quoted (when a cut clause would lose a number): ``pieces`` are (sentence, n)."""
    return f"{_FRAME}：" + "".join(f"{sentence}[{n}]" for sentence, n in pieces)


_FRAME_PREFIX = re.compile(rf"^{_FRAME}(（[^）]*）)?[，,:：]")


def frame_said_once(parts: list[str]) -> list[str]:
    """The answers to the parts of a question, each lead-in (根据报告（…部分），) said only where it differs
    from the part before's.

    >>> frame_said_once(["根据报告（工作回顾部分），争取贷款贴息274.87万元[1]。",
    ...                  "根据报告（工作回顾部分），拨付纺织专项补贴942.94万元[2]。",
    ...                  "根据报告（目标任务部分），力争接待游客373万人次[3]。"])[1:]
    ['拨付纺织专项补贴942.94万元[2]。', '根据报告（目标任务部分），力争接待游客373万人次[3]。']
    """
    out, previous = [], None
    for part in parts:
        frame = _FRAME_PREFIX.match(part)
        said = frame.group(0) if frame else None
        out.append(part[len(said):] if said and said == previous and said.endswith(("，", ",")) else part)
        previous = said
    return out


def answer_body(answer: str) -> str:
    """An answer without its frame (根据报告（…），) and citation markers: what F1/EM compare.

    >>> answer_body("根据报告（目标任务部分），增长8%左右[1]。")
    '增长8%左右'
    """
    return _FRAME_PREFIX.sub("", strip_markers(answer)).rstrip("。")


def read_as(word: str, report_word: str) -> str:
    """The note before an answer to a question read with the report's word for one it does not use."""
    return f"（报告中没有“{word}”的说法，按“{report_word}”理解）"


def did_you_mean(word: str) -> str:
    """A hint after a refusal: the report's word for one the question used."""
    return f"您是不是想问“{word}”？"


def refusal(why: str, searched: str, instead: str = "") -> str:
    """The answer to a question the report does not answer; ``instead`` says what it gives (given_instead)."""
    return f"报告中没有找到这个问题的答案（{why}）。{instead}已检索：{searched}。下面是最接近的段落，供参考。"


def given_instead(clause: str, part: str = "") -> str:
    """What the report does give when it gives no figure for the part asked (the whole, the total).

    >>> given_instead("办理人大议案和代表建议56件", "工作回顾部分")
    '报告给出的是：“办理人大议案和代表建议56件”（工作回顾部分）。'
    """
    return f"报告给出的是：“{clause}”（{part}）。" if part else f"报告给出的是：“{clause}”。"


YES, NO = "是的。", "不是。"
NOT_HELD_YET = "还不是。"  # for a question whether a title the report is still working for is held
NOT_YET = "还没有。"  # for a question whether a thing the report plans or has under way is done by now
EXISTS, NONE = "有。", "没有。"  # for a question whether something exists or happened (有没有…, 有人感染没)


def went_way(word: str) -> str:
    """The answer's first words to a question asking which way a thing went (涨了还是降了): '降了。'."""
    return f"{word}了。"


def chosen(adjective: str) -> str:
    """The answer's first word to a question offering two (高还是低): the one the report's figures give."""
    return f"{adjective}。"


def level_differs_no(asked: str, said: str) -> str:
    """The 'no' of a yes/no question naming another level of government than the report (国家 vs 自治区)."""
    return f"不是。报告说的是“{said}”，不是“{asked}”。"


def not_mentioned_no(name: str) -> str:
    """The 'no' of a yes/no question naming something the answering sentence leaves out."""
    return f"不是。报告中没有提到“{name}”。"


def overview_answer(part: str, points: list[tuple[str, int]], headings: list[tuple[str, int]],
                    figures: list[tuple[str, int]] | None = None) -> str:
    """Cited bullets of key points, then of sub-section headings, then one line of key figures.

    >>> overview_answer("目标任务部分", [("加快推进旅游业发展", 1)], [], [("力争接待游客373万人次", 2)])
    '根据报告（目标任务部分），要点如下：\\n- 加快推进旅游业发展[1]\\n主要数字：力争接待游客373万人次[2]'
    """
    head = f"{_FRAME}（{part}），要点如下：" if part else f"{_FRAME}，要点如下："
    text = head + "".join(f"\n- {t}[{n}]" for t, n in points)
    if headings:
        text += "\n分项工作：" + "".join(f"\n- {t}[{n}]" for t, n in headings)
    if figures:
        text += "\n主要数字：" + "；".join(f"{t}[{n}]" for t, n in figures)
    return text


def report_contents(outline: list[tuple[str, int, list[tuple[str, int]]]]) -> str:
    """A report's parts, each with its sub-sections, cited.

    >>> report_contents([("一、2021年工作回顾", 1, [("(一)综合治理成效显著", 2)]), ("二、2022年重点任务", 3, [])])
    '根据报告，全文分为2个部分：\\n- 一、2021年工作回顾[1]\\n  - (一)综合治理成效显著[2]\\n- 二、2022年重点任务[3]'
    """
    lines = [f"{_FRAME}，全文分为{len(outline)}个部分："]
    for title, n, subs in outline:
        lines.append(f"- {title}[{n}]")
        lines.extend(f"  - {sub}[{m}]" for sub, m in subs)
    return "\n".join(lines)


def report_speaker(name: str, dateline: str) -> str:
    """Who delivered the report, from its opening lines ([1] the name, [2] the dateline)."""
    return f"根据报告开头，作报告的是{name}[1]，{dateline}[2]。"


def report_published(date: str, dateline: str) -> str:
    """The day the report's web page (or file) says it was published ([1]), and, when known, the day it was
    delivered ([2]): two different days people mix up."""
    delivered = f"报告本身是{dateline}[2]作的" if dateline else ""
    return f"报告所在网页标注的发布日期是{date}[1]" + (f"；{delivered}。" if delivered else "。")


def report_delivered(dateline: str) -> str:
    """When and at which meeting the report was delivered, from its dateline ([1])."""
    return f"根据报告开头，这份报告是{dateline}[1]作的。"


def time_from_part(heading: str, year: int, kind: str, n: int) -> str:
    """For a when-question whose sentence names no time: the year of the part of the report it stands in, that
    part's heading cited as [n] (the year is a figure, so it is quoted from there).

    >>> time_from_part("一、2021年工作回顾", 2021, "review", 2)
    '这件事写在报告的“一、2021年工作回顾”[2]中，即2021年。'
    """
    if kind == "plan":
        return f"这件事写在报告的“{heading}”[{n}]中，是{year}年的工作任务。"
    return f"这件事写在报告的“{heading}”[{n}]中，即{year}年。"


def only_planned() -> str:
    """The 'no' of a yes/no question about something done, which the report lists as a task ahead."""
    return "不是。报告把这一项列为今后的目标任务："


_CN_DIGITS = "零一二三四五六七八九"


def count_in_words(n: int) -> str:
    """A count the answer makes itself, in Chinese numerals (a figure in digits is always the report's).

    >>> count_in_words(2), count_in_words(6), count_in_words(12), count_in_words(20)
    ('两', '六', '十二', '二十')
    """
    if n == 2:
        return "两"
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (_CN_DIGITS[tens] if tens > 1 else "") + "十" + (_CN_DIGITS[ones] if ones else "")


def listed_items(items: list[str], measure: str = "项") -> str:
    """For a how-many question answered by a list the report gives without a total: the items counted.

    >>> listed_items(["产业链招商", "驻点招商"], "种")
    '报告没有给出总数，逐项列出了两种（按所列计数）：产业链招商、驻点招商。'
    """
    return f"报告没有给出总数，逐项列出了{count_in_words(len(items))}{measure}（按所列计数）：{'、'.join(items)}。"


PART_MISSING = "（问题的其余部分报告中没有找到。）"


def per_report_answer(pieces: list[tuple[str, str]]) -> str:
    """Answers from several reports, each labelled with the place it is about (the question named none).

    >>> per_report_answer([("沙湾市", "根据报告，A[1]。"), ("乌苏市", "根据报告，B[2]。")]).splitlines()[1:]
    ['【沙湾市】根据报告，A[1]。', '【乌苏市】根据报告，B[2]。']
    """
    return "问题没有说是哪个地方，已载入的报告分别是这样说的：\n" + "\n".join(f"【{place}】{text}" for place, text in pieces)


def from_report_of(place: str) -> str:
    """The label of an answer taken from one of several reports: '【沙湾市的报告】'."""
    return f"【{place}的报告】"

SMALL_TALK = {
    "greeting": "您好！我可以回答关于已载入政府工作报告的问题，并给出报告原文出处。",
    "thanks": "不客气！还有其他关于报告的问题，欢迎继续提问。",
    "bye": "再见！欢迎随时回来查询报告内容。",
    "help": "我可以回答关于已载入政府工作报告的问题：具体数字、目标任务、工作成绩、名单等，每个回答都附有报告原句出处；"
            "报告没有写的内容我会直接说明。",
}
# Questions every government work report answers (its targets, last year's results, its tasks).
STARTER_QUESTIONS = ("今年地区生产总值增长目标是多少？", "去年经济发展得怎么样？", "今年的重点任务有哪些？")


def small_talk(kind: str) -> str:
    """A kind reply to a greeting, thanks, goodbye or a question about the assistant, with starter questions."""
    return f"{SMALL_TALK.get(kind, SMALL_TALK['help'])}您可以这样问：{'；'.join(STARTER_QUESTIONS)}"


# ---------------------------------------------------------------- refusal reasons

NO_PASSAGES = "索引中没有任何段落"
NO_SEARCH_TERMS = "问题中没有可以检索的词"
UNVERIFIABLE_NUMBERS = "答案中的数字无法在引用句中核实"
OTHER_PERIOD_ONLY = "报告只有其他年份（时期）的相关内容"
UNTRANSLATABLE = "问题中的大部分词在报告中找不到对应的说法"
WEAK_SUPPORT = "报告中没有足够相关的内容"


def missing_years(years: list[int]) -> str:
    return f"报告没有{'、'.join(map(str, years))}年的相关内容"


def part_of_year_not_given(part: str) -> str:
    """'报告没有单列“7月份”的数字，只说到全年或年度的情况'"""
    return f"报告没有单列“{part}”的数字，只说到全年或年度的情况"


def no_figure(unit: str) -> str:
    return "相关段落中没有所问的" + (f"以“{unit}”计的数字" if unit else "具体数字")


def unknown_attributes(words: list[str]) -> str:
    return f"报告没有提到所问的“{'、'.join(words)}”"


def other_place_not_compared(place: str) -> str:
    """The refusal of a comparison with a place whose figure the report does not give (比石河子高还是低)."""
    return f"报告只给出本地的数字，没有给出“{place}”的数字，无法比较"


def unknown_names(words: list[str]) -> str:
    return f"报告没有提到“{'、'.join(words)}”"


def names_not_in_passage(words: list[str]) -> str:
    return f"相关段落没有提到“{'、'.join(words)}”"


TYPE_NAMES = {"person": "人名", "time": "时间", "place": "地点", "organisation": "单位"}
OFF_SUBJECT = "相关句子中的数字说的是别的事项"
# The answer gate (qa/gate.py) judged the best sentence unlikely to answer the question.
GATE_UNSURE = "最接近的句子很可能没有回答这个问题"
NOT_A_QUESTION = "这不是关于报告内容的提问"
ONLY_A_COUNT = "报告只给出了数量，没有列出具体名单"
WAY_NOT_GIVEN = "报告只给出了数字，没有说明与上一年相比是增加还是减少"
OWN_ONE_UNLISTED = "报告只给出了数量，没有列出具体名单，无法判断是否包括您说的这一个"


def only_these_listed(names: list[str]) -> str:
    return f"报告只列出了{'、'.join(names)}，没有列出其余的名字"
TARGET_OUTCOME = "报告只给出了目标，没有说能否完成"
OPINION_ASKED = "所问的是看法或预测，报告只陈述事实和计划，不作这样的评价"
PART_NOT_GIVEN = "报告只给出了总体的数字，没有单列所问的这一部分"
ONLY_STATED_FIGURES = "相关句子只重复了问题中的数字，没有所问的数"


def attribute_not_given(word: str) -> str:
    return f"相关句子没有给出所问的“{word}”"


def per_unit(word: str) -> str:
    return f"报告没有给出“{word}”的数字，只有总数"


def part_not_given(name: str) -> str:
    return f"报告没有单列“{name}”的数字"


def kind_counted(noun: str, counted: str) -> str:
    """'报告没有给出乡镇的总数，只说到其中的“6个乡村振兴示范乡镇”'"""
    return f"报告没有给出{noun}的总数，只说到其中的“{counted}”"


def part_of_total(name: str) -> str:
    return f"报告没有单列“{name}”的数字，只给出了合计"


def missing_type(answer_type: str) -> str:
    return f"相关段落没有给出所问的{TYPE_NAMES.get(answer_type, '内容')}"


def other_place(name: str) -> str:
    return f"已载入的报告不是{name}的报告"


def contrast(word: str, others: tuple[str, ...]) -> str:
    return f"报告没有给出所问的“{word}”，相关句子说的是{'、'.join(others)}"


# ---------------------------------------------------------------- the language-model guard

NO_MODEL_TEXT = "模型没有给出回答"
NO_CITATION = "回答没有标注引用编号"
UNSUPPORTED_NUMBER_PUBLIC = "含有所引段落中没有的数字"  # never repeats the invented figure


def missing_passages(numbers: list[int]) -> str:
    return "引用了不存在的段落" + "、".join(f"[{n}]" for n in numbers)


def unsupported_number(number: str) -> str:
    return f"数字“{number}”不在所引段落中"


UNSUPPORTED_NUMBER = re.compile(r"数字“[^”]*”不在所引段落中")  # matches unsupported_number()


def wrong_period(n: int, year: int, kind: str) -> str:
    return f"段落[{n}]属于{year}年的{'目标任务' if kind == PLAN else '工作回顾'}，与问题所问的时期不符"


MODEL_NOT_CALLED = "报告中没有找到答案，未调用语言模型。"


def guard_failed(problems: list[str]) -> str:
    return "模型回答未通过核查：" + "；".join(problems)


def fallback_notice(why: str) -> str:
    return f"{why}。以下为从报告中直接摘取的答案。"


def model_timeout(seconds: float, url: str) -> str:
    return f"语言模型在 {seconds:g} 秒内没有回应（{url}）"


def model_http_error(status: int, url: str) -> str:
    return f"语言模型服务返回错误 {status}（{url}）"


def model_unreachable(url: str, error: str) -> str:
    return f"无法连接语言模型服务 {url}：{error}"


def model_bad_response(url: str) -> str:
    return f"语言模型服务的回应格式不对（{url}）"


def model_not_loaded(path: str, error: str) -> str:
    return f"无法加载本地语言模型 {path}：{error}"


# ---------------------------------------------------------------- the claim checker (qa/claims.py)

CLAIM_NOT_FOUND = "报告中没有找到与该说法对应的内容。"
CLAIM_SAME_WORDS = "报告中有相同的表述。"
# …and when the claim says it in words of its own (a paraphrase the checker read as the same): the reader compares
CLAIM_SAME_MEANING = "报告中有意思相同的表述（用词与说法不同，请对照原文）。"
PLAN_LABEL, RESULT_LABEL = "目标", "实绩"


def claim_nearest(sentence: str) -> str:
    """报告未提及, with the nearest report sentence."""
    return f"报告没有给出该说法的内容；最接近的原文是：“{sentence}”"


def claim_opposite_said(report_phrase: str, claim_phrase: str) -> str:
    """'报告说的是“企业少”，说法却是“企业多”，意思相反。'"""
    return f"报告说的是“{report_phrase}”，说法却是“{claim_phrase}”，意思相反。"


def claim_cause_unsaid(cause: str) -> str:
    """'说法中的数字与报告一致，但报告没有说“得益于”的这层因果关系。'"""
    return f"说法中的数字与报告一致，但报告没有说“{cause}”的这层因果关系。"


def claim_doer_unsaid(deed: str) -> str:
    """'报告说了这件事，但没有说“杭州援建”。'"""
    return f"报告说了这件事，但没有说“{deed}”。"


def claim_event_unsaid(event: str) -> str:
    """'报告说了相关的事，但没有说“成立”这件事。'"""
    return f"报告说了相关的事，但没有说“{event}”这件事。"


def claim_rate_said_as_total(report_figure: str, per: str) -> str:
    """'报告中的8.3万个是按“日”计的数字，说法却说成总数。'"""
    return f"报告中的{report_figure}是按“{per}”计的数字，说法却说成总数。"


def claim_one_year_summed(report_figure: str, year: int) -> str:
    """'报告中的286.35万人次是2021年一年的数字，说法却说成两年的合计。'"""
    return f"报告中的{report_figure}是{year}年一年的数字，说法却说成两年的合计。"


def claim_purpose_unsaid(aim: str) -> str:
    """'报告说了这件事，但没有说它是为了“缓解城区交通拥堵”。'"""
    return f"报告说了这件事，但没有说它是为了“{aim}”。"


def claim_added_said_as_total(report_figure: str) -> str:
    """'报告中的4.44万千伏安是新增的数量，说法却说成总量。'"""
    return f"报告中的{report_figure}是新增的数量，说法却说成总量。"


def claim_estimate_said_final(report_figure: str) -> str:
    """'报告中的14.8亿元是预计数，说法却说成实际的最终数字。'"""
    return f"报告中的{report_figure}是预计数，说法却说成实际的最终数字。"


def claim_clause_unsaid(clause: str) -> str:
    """'说法中的数字与报告一致，但“并新建一座市博物馆”报告没有提到。'"""
    return f"说法中的数字与报告一致，但“{clause}”报告没有提到。"


def claim_binding_where_encouraged(report_word: str, claim_word: str) -> str:
    """'报告的说法是“鼓励”，不是“必须”。' — a measure the report encourages, said to be binding."""
    return f"报告的说法是“{report_word}”，不是“{claim_word}”。"


def claim_part_unsaid(clause: str) -> str:
    """'报告没有提到“柳毛湾镇的示范村数量最多”。' — a claim without figures that says more than the report."""
    return f"报告没有提到“{clause}”。"


def claim_spent_otherwise(amount: str, report_words: str, claim_words: str) -> str:
    """'报告中6000万元的用途是“投入6000万元完善各学校幼儿园基础设施”，不是“主要用于推进高中新课程改革”。'"""
    return f"报告中{amount}的用途是“{report_words}”，不是“{claim_words}”。"


def claim_other_work(report_words: str, claim_words: str) -> str:
    """'报告说的是“改造提升城区5个道路交叉口”，不是“新建城区5个道路交叉口”。' — another work on the same things."""
    return f"报告说的是“{report_words}”，不是“{claim_words}”。"


def claim_parts_counted(whose: str, counted: int, claimed: int) -> str:
    """'报告的“二、2022年总体要求和重点任务”分为11个部分，说法是11个。' — a count of the report's own parts."""
    where = "报告" if whose == "报告" else f"报告的“{whose}”"
    return f"{where}分为{counted}个部分，说法是{claimed}个。"


def claim_other_part_of_report(section: str, named: str) -> str:
    """'报告在“一、2021年工作回顾 > (七)以人民为中心,民生福祉保障有力”中说的，不在“(二)优化产业结构,推动经济平稳发展”部分。'"""
    return f"报告在“{section}”中说的，不在“{named}”部分。"


def claim_more_than_said(report_words: str, claim_words: str) -> str:
    """'报告说的是“基本完成”，说法却是“全部完成”，比报告说得多。'"""
    return f"报告说的是“{report_words}”，说法却是“{claim_words}”，比报告说得多。"


def claim_less_than_said(report_words: str, claim_words: str) -> str:
    """'报告说的是“各学校幼儿园”，说法却只是“一所幼儿园”。' — one thing of a kind for each of them."""
    return f"报告说的是“{report_words}”，说法却只是“{claim_words}”。"


def is_more_than_said(explanation: str) -> bool:
    """Whether ``explanation`` is a ``claim_more_than_said`` one.

    >>> is_more_than_said(claim_more_than_said("4个行政村", "全部行政村")), is_more_than_said(CLAIM_SAME_WORDS)
    (True, False)
    """
    return explanation.endswith("”，比报告说得多。") and explanation.startswith("报告说的是“")


def claim_role_other(thing: str, said: str, report: str, report_thing: str) -> str:
    """'报告中“改革创新”是根本动力，主线是“深化供给侧结构性改革”。' — a work given another work's role; or, for a
    work named alike, '报告以“全科医生”为重点，不是“专科医生”。'"""
    if said == report:
        return f"报告以“{report_thing}”为{report}，不是“{thing}”。"
    return f"报告中“{thing}”是{report}" + (f"，{said}是“{report_thing}”。" if report_thing else f"，不是{said}。")


def claim_name_of_two_items(said: str, clause: str) -> str:
    """'说法中的“疆山纪组团式星空屋”把报告所列两项的名称拼在了一起；报告原文是“鹿角湾云栖山庄组团式星空屋、…”。'"""
    return f"说法中的“{said}”把报告所列两项的名称拼在了一起；报告原文是“{clause}”。"


def claim_modifier_of_other_item(said: str, report: str) -> str:
    """'说法中的“风清气正的社会环境”把报告中两处的修饰语和所指对调了；报告原文是“国泰民安的社会环境”。'"""
    return f"说法中的“{said}”把报告中两处的修饰语和所指对调了；报告原文是“{report}”。"


def claim_other_name(report_name: str, claim_name: str) -> str:
    return f"报告中相应的名称是“{report_name.strip()}”，不是“{claim_name.strip()}”。"


_OTHER_NAME = re.compile(r"报告中相应的名称是“([^”]+)”，不是“([^”]+)”")


def other_name_said(explanation: str) -> tuple[str, str] | None:
    """(report name, claim name) of an explanation ``claim_other_name`` wrote, or None.

    >>> other_name_said(claim_other_name("天津", "北京"))
    ('天津', '北京')
    """
    m = _OTHER_NAME.match(explanation)
    return (m.group(1), m.group(2)) if m else None


def meeting_words(meeting: tuple[int, int]) -> list[str]:
    """A meeting's (term, session) as the report writes them: (1, 2) -> ['第一届', '第二次']."""
    def ordinal(n: int) -> str:
        return "第" + ("一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n))
    return [ordinal(meeting[0]) + "届", ordinal(meeting[1]) + "次"]


def claim_other_meeting(report_meeting: tuple[int, int], claim_meeting: tuple[int, int]) -> str:
    """不一致 on the meeting a report was delivered at: (term, session) of the report's and of the claim's.

    >>> claim_other_meeting((1, 2), (2, 1))
    '报告是在第一届人民代表大会第二次会议上作的，说法说的是第二届第一次会议。'
    """
    held, claimed = meeting_words(report_meeting), meeting_words(claim_meeting)
    return f"报告是在{held[0]}人民代表大会{held[1]}会议上作的，说法说的是{claimed[0]}{claimed[1]}会议。"


def claim_clauses_said(n: int) -> str:
    """一致 for a claim whose clauses the report says in different sentences."""
    return f"说法的{n}个分句在报告的不同句子中都有相同的表述（引用的是第一句）。"


def claim_part_of_year_not_given(part: str, figures: list[str]) -> str:
    return f"报告中{'、'.join(figures)}是全年的数字，没有单列“{part}”的。"


def claim_whole_year_figure(part: str, figures: list[str]) -> str:
    return f"报告中{'、'.join(figures)}是全年的数字，不是“{part}”的。"


def claim_time_not_given(claim_time: str) -> str:
    return f"报告说了这件事，但没有说时间“{claim_time}”。"


def claim_other_level(report_level: str, claim_level: str) -> str:
    return f"报告中是“{report_level}”，不是“{claim_level}”。"


def claim_other_part(claim_word: str, report_word: str) -> str:
    return f"报告在这里说的是“{report_word}”，没有给出说法中的“{claim_word}”。"


def claim_negated(report_clause: str) -> str:
    return f"报告原文是“{report_clause}”，与说法的肯定/否定相反。"


def is_negated_note(explanation: str) -> bool:
    """Whether an explanation is ``claim_negated``'s (the claim read as denying the report's clause)."""
    return explanation.endswith("，与说法的肯定/否定相反。")


def claim_listed(item: str) -> str:
    return f"报告列出的名单中有“{item}”，与说法相反。"


def claim_list_short(left_out: tuple[str, ...], listed: tuple[str, ...]) -> str:
    """'报告列出的是安集海镇、…、柳毛湾镇（6个），说法少了“柳毛湾镇”。'"""
    names = "、".join(f"“{m}”" for m in left_out)
    return f"报告列出的是{'、'.join(listed)}（{len(listed)}个），说法少了{names}。"


def claim_not_listed(missing: tuple[str, ...], listed: tuple[str, ...], closed: bool) -> str:
    names = "、".join(f"“{m}”" for m in missing)
    if closed:
        return f"报告列出的是{'、'.join(listed)}，其中没有{names}。"
    return f"报告列出的{'、'.join(listed)}等之中没有{names}，报告未说明其余各项。"


def claim_not_only(item: str, listed: tuple[str, ...]) -> str:
    """'报告列出的是一小、二小、三小、七小，不只“七小”。'"""
    return f"报告列出的是{'、'.join(listed)}，不只“{item}”。"


def claim_only_not_said(report_words: str, only: str) -> str:
    """'报告说的是“宏基、双泉、农科金岳等”，没有说“只有”这些。' — the report's open list or count, said to be all."""
    return f"报告说的是“{report_words}”，没有说“{only}”这些。"


def claim_list_of_another(items: tuple[str, ...], others: tuple[str, ...]) -> str:
    """'报告中与说法其余内容相连的是天目湖、信泰、裕鑫源等，沃谷、天海、天宝是另一处列出的。'"""
    return f"报告中与说法其余内容相连的是{'、'.join(others)}等，{'、'.join(items)}是另一处列出的。"


def claim_listed_otherwise(items: tuple[str, ...], claimed_verb: str, report_verb: str) -> str:
    """'报告说的是扶持宏基、双泉、农科金岳等，不是引进。'"""
    return f"报告说的是{report_verb}{'、'.join(items)}等，不是{claimed_verb}。"


def claim_worked_out(claimed: str, a: str, b: str, holds: bool) -> str:
    verdict = "相符" if holds else "不符"
    return f"说法中的{claimed}是由报告的{a}和{b}推算的，与推算结果{verdict}。"


_WORKED_OUT = re.compile(r"说法中的(?P<claimed>.+?)是由报告的(?P<a>.+?)和(?P<b>[^和]+?)推算的，与推算结果(?:相符|不符)")


def worked_out_from(explanation: str) -> list[str]:
    """The report figures an explanation of ``claim_worked_out`` names, in order; [] for other explanations.

    >>> worked_out_from(claim_worked_out("一半", "10%", "2021年20%", True))
    ['10%', '2021年20%']
    >>> worked_out_from("报告中有相同的表述。")
    []
    """
    return [f for m in _WORKED_OUT.finditer(explanation) for f in (m.group("a"), m.group("b"))]


def claim_worked_how(how: str) -> str:
    """'（推算：35.03亿元-35.03亿元÷(1+72.17%)）' — how a worked figure was worked out."""
    return f"（推算：{how}）"


def claim_total_of_parts(total: str, parts: list[str], worked_out: str, holds: bool) -> str:
    """'说法中的合计85件是报告的56件、29件相加所得（85件），相符。'"""
    verdict = "相符" if holds else "不符"
    return f"说法中的合计{total}是报告的{'、'.join(parts)}相加所得（{worked_out}），{verdict}。"


def claim_count_of_list(items: tuple[str, ...], claimed: int = 0, open_list: bool = False) -> str:
    listed = f"报告列出的是{'、'.join(items)}{'等' if open_list else ''}，共{len(items)}项"
    return listed + (f"，不是{claimed}项。" if claimed else "，与说法一致。")


def claim_span_not_given(span: str) -> str:
    """'报告只给出单个年份的数字，没有给出“五年来”的合计或平均数' — a note of claim_figures_missing."""
    span = span.replace("“", "").replace("”", "").replace('"', "")
    return f"报告只给出单个年份的数字，没有给出“{span}”的合计或平均数"


_PLAN_NOT_DONE = "报告中这是{year}年的计划（尚未完成），不是已经完成的事。"


def claim_plan_not_done(year: int) -> str:
    return _PLAN_NOT_DONE.format(year=year)


def is_plan_not_done(explanation: str) -> bool:
    """Whether an explanation is ``claim_plan_not_done``'s.

    >>> is_plan_not_done(claim_plan_not_done(2022)), is_plan_not_done("报告中有相同的表述。")
    (True, False)
    """
    return bool(re.fullmatch(re.escape(_PLAN_NOT_DONE).replace(re.escape("{year}"), r"\d+"), explanation))


def claim_deed_of_other_figure(figure: str, report_deed: str, claim_deed: str) -> str:
    """A claim gives a figure the deed the report says of another figure beside it (争取 and 拨付 swapped)."""
    return f"报告中{figure}是“{report_deed}”的，不是“{claim_deed}”的（报告“{claim_deed}”的是同句中的另一个数字）。"


def claim_relation_reversed(verb: str, doer: str, receiver: str) -> str:
    """A claim turns round who acts on whom (A带动B said as B带动A)."""
    return f"报告中是“{doer}”{verb}“{receiver}”，说法把两者说反了。"


def claim_underway_not_done(clause: str) -> str:
    return f"报告只说“{clause}”（仍在推进），没有说已经完成。"


def claim_done_before(year: int, done: str, claimed_year: int = 0) -> str:
    """The report's review says done a thing a claim plans, or dates done in a later year (``claimed_year``)."""
    if claimed_year:
        return f"报告中这件事在{year}年已经{done}，不是在{claimed_year}年。"
    return f"报告中这件事在{year}年已经{done}，不是之后才计划做的事。"


def claim_other_year(year: int) -> str:
    return f"报告中的相关表述属于{year}年，不是说法中的年份。"


def claim_village_in_other_town(village: str, town: str, claim_town: str) -> str:
    """不一致 for a village the claim puts in a town the report does not: '报告中城庄子村属于乌兰乌苏镇（乌兰乌苏镇城庄子村），不是大泉乡。'"""
    return f"报告中{village}属于{town}（{town}{village}），不是{claim_town}。"


def village_named_in(note: str) -> str:
    """The report's words naming the village in a claim_village_in_other_town note (乌兰乌苏镇城庄子村)."""
    m = re.search(r"（([^）]+)）", note)
    return m.group(1) if m else ""


def claim_not_all_in_one_place(items: list[str], place: str) -> str:
    return f"报告中的{'、'.join(items)}不在同一个地方，不是都在“{place}”。"


def claim_place_of_other_item(item: str, other: str) -> str:
    """'报告中的“玛纳斯河防洪治理沙湾段续建”和“金沟河十级水电站建设”是两项，说法把后一项的地名给了前一项。'"""
    return f"报告中的“{item}”和“{other}”是两项，说法把后一项的地名给了前一项。"


def claim_names_swapped(claim_clause: str, report_clause: str) -> str:
    """'报告中“…着力打造“沙湾大盘鸡”…区域公用品牌”说的是另一些名称，说法“要把“中国辣椒之乡”打造成区域公用品牌”把它们对调了。'"""
    return f"报告中“{report_clause}”说的是另一些名称，说法“{claim_clause}”把它们对调了。"


def claim_deed_of_other_title(said: str, report: str) -> str:
    """'报告说的是“修订《沙湾市全域旅游发展规划》”，不是说法中的“编制《沙湾市全域旅游发展规划》”。'"""
    return f"报告说的是“{report}”，不是说法中的“{said}”。"


def claim_deed_of_other_body(said: str, clause: str) -> str:
    """'说法中的“人大、政协统揽全局、正确领导”把报告中另一方的作为安在了这一方身上；报告原文是“地委、行署和市委统揽全局、正确领导”。'"""
    return f"说法中的“{said}”把报告中另一方的作为安在了这一方身上；报告原文是“{clause}”。"


def claim_respective_place_wrong(said: str, item: str) -> str:
    """'报告中是“大泉乡烧坊庄子村”，不是说法中的“烧坊庄子村在金沟河镇”。'"""
    return f"报告中是“{item}”，不是说法中的“{said}”。"


def claim_swapped(place: str, thing: str, other_place: str, other_thing: str) -> str:
    return f"报告中“{place}”对应的是“{thing}”，“{other_place}”对应的是“{other_thing}”，说法把两者对调了。"


def claim_scope_not_given(figure: str, scope: str) -> str:
    """'报告给出的是不分“城镇”的数字（增长10%），没有单列“城镇”的'"""
    return f"报告给出的是不分“{scope}”的数字（{figure}），没有单列“{scope}”的"


def claim_part_only(total: str, part: str) -> str:
    return f"报告只给出包含多项的总数（{total}），没有单列“{part}”"


def claim_other_period(label: str, figure: str) -> str:
    return f"报告给出的是{label}的数字（{figure}），没有说明该时期的数字"


def claim_only_range(figure: str) -> str:
    return f"报告只给出范围（{figure}），没有给出确切数字"


def claim_other_measure(figure: str, report_word: str, claim_word: str) -> str:
    """'报告中的5294人是“新增”的数，不是“累计”的'"""
    return f"报告中的{figure}是“{report_word}”的数，不是“{claim_word}”的"


def claim_rate_of_another(rate: str, figure: str, thing: str) -> str:
    """'报告中的办结率98%说的是另一件事，不是“政务服务便民热线”的' — a rate the claim gives a thing the report rates not."""
    return f"报告中的{rate}{figure}说的是另一件事，不是“{thing}”的"


def claim_other_indicator(subject: str, figure: str) -> str:
    return f"报告给出的是{subject}的{figure}，不是说法中的这一指标"


def claim_figures_missing(figures: list[str], note: str = "") -> str:
    return f"报告没有给出说法中{'、'.join(figures)}对应的数字" + (f"：{note}" if note else "") + "。"


def claim_figure_where(period: str, subject: str) -> str:
    """'报告中2022年目标接待游客' — the start of a wrong-figure note."""
    return f"报告中{period}{subject}"


_DIRECTION_WRONG_END = "（方向相反）"


def claim_direction_wrong(where: str, report_figure: str, claim_figure: str) -> str:
    return f"{where}是{report_figure}，说法却是{claim_figure}{_DIRECTION_WRONG_END}"


def is_direction_wrong(explanation: str) -> bool:
    """Whether an explanation holds a ``claim_direction_wrong`` note (a change said the other way round).

    >>> is_direction_wrong(claim_direction_wrong("报告中收入", "下降10%", "增长")), is_direction_wrong("报告中有相同的表述。")
    (True, False)
    """
    return _DIRECTION_WRONG_END in explanation


def claim_way_holds(where: str, report_figure: str, way: str) -> str:
    """一致 for a thing said to go up or down with no figure: the report's change goes that way."""
    return f"{where}是{report_figure}，与说法中的“{way}”相符。"


def claim_degree_wrong(where: str, report_figure: str, way: str) -> str:
    """不一致 for a thing said to move a little or much, with no figure, where the report's change is far from it.

    >>> claim_degree_wrong("报告中接待游客", "增长52.7%", "略有增长")
    '报告中接待游客是增长52.7%，不是说法中的“略有增长”。'
    """
    return f"{where}是{report_figure}，不是说法中的“{way}”。"


def claim_value_wrong(where: str, report_figure: str, claim_figure: str) -> str:
    return f"{where}为{report_figure}，说法中的{claim_figure}与之不符"


def claim_figures_wrong(notes: list[str]) -> str:
    return "；".join(notes) + "。"


def claim_not_compared(a: str, b: str) -> str:
    """报告未提及 for a comparison of two things of which the report gives a figure for one only."""
    return f"报告没有同时给出“{a}”和“{b}”的数字，无法比较两者。"


def claim_compared_holds(a: str, fa: str, b: str, fb: str) -> str:
    """一致 for a comparison in words of two things, by the report's figure of each."""
    return f"报告中{a}为{fa}，{b}为{fb}，说法中的比较与之相符。"


def claim_compared_gap_wrong(a: str, fa: str, b: str, fb: str, said: str) -> str:
    """不一致 for two things ordered rightly in words but by another difference (多一个 where they differ by two).

    >>> claim_compared_gap_wrong("接入管网的行政村", "4个", "新建设施的行政村", "3个", "多两个")
    '报告中接入管网的行政村为4个，新建设施的行政村为3个，说法中的“多两个”与之不符。'
    """
    return f"报告中{a}为{fa}，{b}为{fb}，说法中的“{said}”与之不符。"


def claim_figures_agree(pairs: list[tuple[str, str]]) -> str:
    """一致 on figures: ``pairs`` are (claim figure, report figure)."""
    return "说法中的数字与报告一致：" + "、".join(f"{c}（报告：{r}）" for c, r in pairs) + "。"


NO_CHECKABLE_SENTENCE = "没有可以核查的句子（需要含有数字或具体内容的陈述句）"


# ---------------------------------------------------------------- confidence labels

HEDGE_LABEL = "可能相关"  # shown before an answer given with low confidence (Answer.confidence == "low")


def hedged(text: str) -> str:
    """An answer text marked as a hedged one, for plain text and copies.

    >>> hedged("根据报告，……[1]。")
    '【可能相关】根据报告，……[1]。'
    """
    return f"【{HEDGE_LABEL}】{text}"


# ---------------------------------------------------------------- HTTP API (qa/api.py)
# Error messages of the HTTP API: each names the field, the value received and what is allowed.

API_INTERNAL_ERROR = "服务内部出错，这个请求没有完成。请稍后重试；如果反复出现，请联系管理员（详情见服务器日志）。"
API_LOADING = "索引和模型正在载入，请几秒后重试。"
API_KEY_MISSING = "需要 API 密钥：请在请求头中加上 Authorization: Bearer <密钥>（服务器的 QA_API_KEY）。"
API_KEY_WRONG = "API 密钥不正确：请使用服务器 QA_API_KEY 中设置的密钥（Authorization: Bearer <密钥>）。"
API_NO_TEXT = "里没有文字（只有标点、符号或表情），请用文字提问"


def api_unavailable(reason: str) -> str:
    return f"索引不可用：{reason}"


def api_bad_value(field: str, value: str, allowed: str) -> str:
    """'k 的值 'abc' 无效：应为 1 到 50 之间的整数。'"""
    return f"{field} 的值 {value} 无效：应为{allowed}。"


def api_missing(field: str, allowed: str) -> str:
    return f"缺少 {field}：应为{allowed}。"


def api_empty(field: str) -> str:
    return f"{field} 是空的：请给出文字。"


def api_too_long(field: str, length: int, limit: int) -> str:
    return f"{field} 太长（{length} 字），最多 {limit} 字。"


def api_too_many(field: str, count: int, limit: int) -> str:
    return f"{field} 太多（{count} 条），最多 {limit} 条。"


def api_body_too_large(size: int, limit: int) -> str:
    return f"请求体太大（{size} 字节），最多 {limit} 字节。"


def api_last_not_user(role: str) -> str:
    return f"messages 的最后一条必须是用户的问题（role 为 \"user\"），收到的最后一条 role 是 {role!r}。"


def api_unknown_model(name: str, models: list[str]) -> str:
    return f"没有模型 {name!r}：可用的模型是 {'、'.join(models)}（见 GET /v1/models）。"


def api_not_found(method: str, path: str, routes: list[str]) -> str:
    return f"没有这个接口：{method} {path}。可用的接口：{'；'.join(routes)}。"


def api_wrong_method(method: str, path: str, allowed: str) -> str:
    return f"{path} 不接受 {method} 请求，请用 {allowed}。"


def api_invalid_json(error: str) -> str:
    return f"请求体不是合法的 JSON（{error}）：应为一个 JSON 对象。"
