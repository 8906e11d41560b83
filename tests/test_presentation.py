"""qa/presentation.py: escaping everywhere, hedged answers marked 可能相关, small talk without sources,
the per-sentence claim table (the escaping case moved here from the removed tests/test_factcheck.py)."""

from qa.answering import Answer, Citation
from qa.claims import ClaimVerdict
from qa.presentation import (answer_markdown, answer_text, chat_message, highlight_span, highlight_terms,
                             sources_html, verdicts_table_html)

EVIL = "<script>alert(1)</script>"


def _answer(text, sentence, answerable=True, **kw):
    citation = Citation(n=1, chunk_id="c", doc="r.txt", section="一、2021年工作回顾", sentence=sentence,
                        text=sentence, score=1.0)
    return Answer(question="q", answer=text, answerable=answerable, citations=[citation] if answerable else [], **kw)


def _verdict(claim, verdict="不一致", sentence="全年接待游客286.35万人次,同比增长52.7%。"):
    return ClaimVerdict(claim=claim, verdict=verdict, explanation="报告中2021年接待游客为286.35万人次。",
                        claim_figures=["300万人次"], report_figures=["286.35万人次"], sentence=sentence,
                        section="一、2021年工作回顾", doc="r.txt")


def test_html_is_escaped_everywhere():
    assert "<script>" not in highlight_span(EVIL, 0, 3)
    assert "<script>" not in highlight_terms(EVIL + "旅游", "旅游")
    answer = _answer(f"根据报告，{EVIL}[1]。", EVIL + "。")
    answer.citations[0].text = "前文" + EVIL + "。"
    assert "<script>" not in chat_message(answer) and "&lt;script&gt;" in chat_message(answer)
    table = verdicts_table_html([_verdict(EVIL, sentence=EVIL + "。")])
    assert "<script>" not in table and "&lt;script&gt;" in table


def test_hedged_answers_are_marked_in_html_markdown_and_plain_text():
    hedged = _answer("根据报告，全年接待游客286.35万人次[1]。", "全年接待游客286.35万人次。", confidence="low")
    assert answer_text(hedged).startswith("【可能相关】根据报告")
    assert "【可能相关】" in chat_message(hedged) and 'class="qa-hedge"' in chat_message(hedged)
    assert answer_markdown(hedged).startswith("【可能相关】根据报告")
    sure = _answer("根据报告，全年接待游客286.35万人次[1]。", "全年接待游客286.35万人次。")
    assert "可能相关" not in chat_message(sure) + answer_markdown(sure) + answer_text(sure)
    refused = _answer("报告中没有找到这个问题的答案。", "", answerable=False, confidence="none")
    assert "可能相关" not in chat_message(refused) + answer_text(refused)


def test_small_talk_has_no_nearest_passages():
    talk = _answer("您好！我可以回答关于已载入政府工作报告的问题。", "", answerable=False, confidence="none",
                   small_talk="greeting")
    assert "最接近的段落" not in chat_message(talk) and "<details" not in chat_message(talk)
    assert "最接近的段落" not in answer_markdown(talk) and answer_markdown(talk).startswith("您好")
    assert "最接近的段落" not in sources_html(talk)


def test_verdict_table_has_one_row_per_claim_with_its_columns():
    rows = [_verdict("2021年接待游客300万人次。"),
            _verdict("2021年新建机场一座。", verdict="报告未提及", sentence="")]
    html = verdicts_table_html(rows)
    assert html.count('<tr class="qa-claim-row') == 2
    for column in ("说法", "结论", "报告数字", "说法数字", "报告原句", "章节"):
        assert f"<th>{column}</th>" in html
    assert "286.35万人次" in html and "300万人次" in html and "一、2021年工作回顾" in html
    assert "报告中没有对应的句子" in html and "共 2 句" in html


def test_a_figure_that_differs_is_never_marked_in_part_in_the_report_sentence():
    differs = _verdict("2021年接待游客286.85万人次，同比增长62.7%。")
    differs.report_figures = ["286.35万人次", "52.7%"]
    html = verdicts_table_html([differs])
    # 286.85 shares 286. and 6.7 shares .7 with the report's figures: the words around are marked, no digit
    assert "游客</mark>286.35<mark>万人次" in html and "增长</mark>52.7<mark>%" in html
    same = verdicts_table_html([_verdict("2021年接待游客286.35万人次。", verdict="一致")])
    assert "接待游客286.35万人次</mark>" in same  # the same figure is marked whole


def test_in_a_sentence_of_many_indicators_only_the_clause_holding_the_report_figure_is_marked():
    targets = "完成地区生产总值同比增长8%左右,社会消费品零售总额同比增长10%左右,一般公共预算收入同比增长7%左右。"
    verdict = _verdict("今年一般公共预算收入要增长7%左右。", verdict="一致", sentence=targets)
    verdict.report_figures = ["7%"]
    html = verdicts_table_html([verdict])
    assert "同比增长8%左右,社会消费品零售总额同比增长10%左右," in html  # the other indicators unmarked
    assert "<mark>一般公共预算收入</mark>同比<mark>增长7%左右</mark>" in html
    verdict.report_figures = ["9%"]  # no clause holds it: the claim's words are marked across the sentence
    assert html.count("<mark>") < verdicts_table_html([verdict]).count("<mark>")


def test_markers_link_to_their_source_and_sources_read_like_a_citation():
    from qa.presentation import for_turn

    answer = _answer("根据报告，全年接待游客286.35万人次[1]。", "全年接待游客286.35万人次。")
    names = {"r.txt": "示范市2023年政府工作报告"}
    html = for_turn(chat_message(answer, names), 3)
    assert '<a class="qa-cite" href="#qa-t3-src-1">[1]</a>' in html and 'id="qa-t3-src-1"' in html
    assert "示范市2023年政府工作报告 · 一、2021年工作回顾" in html and "r.txt" not in html
    assert html.count('class="qa-source"') == 1 and "<details open" not in html  # folded, shown once
    assert 'id="qa-side-src-1"' in sources_html(answer, names)


def test_refusal_is_one_plain_sentence_with_questions_and_no_passages():
    refused = _answer("报告中没有找到这个问题的答案（报告没有2023年的相关内容）。已检索：地区。下面是最接近的段落，供参考。", "",
                      answerable=False, confidence="none")
    html = chat_message(refused)
    assert "报告没有2023年的相关内容）。" in html and "已检索" not in html and "qa-source" not in html
    assert 2 <= html.count('class="qa-ask"') <= 5


def test_plain_text_copy_has_no_markup():
    from qa.presentation import plain_text

    answer = _answer("根据报告，<b>全年</b>接待游客286.35万人次[1]。", "全年接待游客286.35万人次。")
    text = plain_text(answer, {"r.txt": "示范市2023年政府工作报告"})
    assert text.splitlines()[1:] == ["来源：", "[1] 示范市2023年政府工作报告 · 一、2021年工作回顾：全年接待游客286.35万人次。"]


def test_search_match_share_and_weak_match_notice():
    from types import SimpleNamespace as NS

    from qa.presentation import search_results_html

    hit = NS(rank=1, score=1.0, chunk=NS(doc="r.txt", section="一、2021年工作回顾", text="全年接待游客286.35万人次。"))
    assert "匹配度 100%" in search_results_html([hit], "接待游客") and "qa-notice" not in search_results_html([hit], "接待游客")
    assert "qa-notice" in search_results_html([hit], "房价")


def test_glance_of_a_report_quotes_every_figure_from_its_sentence(small_index):
    from qa import glance
    from qa.presentation import glance_html

    g, = glance.glances(small_index)
    assert g.report.name == "示范市2023年政府工作报告" and (g.review_year, g.plan_year) == (2022, 2023)
    rows = {i.subject: i for i in g.indicators}
    assert [q.text for q in rows["地区生产总值"].result] == ["增长6.5%"]
    assert [q.text for q in rows["地区生产总值"].target] == ["增长7%左右"]
    assert rows["地区生产总值"].change == "目标高于上年"
    for row in g.indicators:
        for q in row.result + row.target:
            assert q.sentence[q.start:q.end] == q.text
    assert [s.title for s in g.outline] == ["一、2022年工作回顾", "二、2023年总体要求和重点任务"]
    html = glance_html(g)
    assert "2022年完成" in html and "2023年目标" in html and "qa-chart-fill" in html


def test_a_refusal_keeps_the_did_you_mean_hint_in_the_chat_and_its_copy():
    from types import SimpleNamespace

    from qa import messages
    from qa.presentation import chat_message, plain_text

    text = messages.refusal("报告没有提到“游人”", "游人") + messages.did_you_mean("游客")
    answer = SimpleNamespace(question="去年游人多少", answer=text, answerable=False, confidence="none",
                             citations=[], resolved_question="", small_talk="", model_called=False, notice="")
    assert plain_text(answer).endswith("您是不是想问“游客”？")
    assert "游客" in chat_message(answer) and "已检索" not in plain_text(answer)


def test_a_refusal_quoting_what_the_report_gives_instead_shows_that_passage_in_the_side_panel():
    from types import SimpleNamespace as NS

    text = "这一年，全年接待游客286.35万人次,同比增长52.7%。其他内容。"
    hit = NS(chunk=NS(text=text, doc="r.txt", section="一、2021年工作回顾"), rank=1, score=1.0)
    refused = _answer("报告中没有找到这个问题的答案（报告没有单列“鹿角湾”的数字）。报告给出的是：“全年接待游客286.35万人次”（工作回顾部分）。"
                      "已检索：鹿角湾。下面是最接近的段落，供参考。", "", answerable=False, confidence="none")
    refused.retrieved = [hit]
    side = sources_html(refused)
    assert "没有回答所问" in side and "<strong>全年接待游客286.35万人次</strong>" in side
    assert "没有引用报告原文" not in side
    plain = _answer("报告中没有找到这个问题的答案（报告没有2023年的相关内容）。已检索：地区。", "", answerable=False,
                    confidence="none")
    plain.retrieved = [hit]
    assert "没有引用报告原文" in sources_html(plain)  # a refusal quoting nothing cites nothing
