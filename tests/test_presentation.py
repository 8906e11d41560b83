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
