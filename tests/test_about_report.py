"""Questions about the report itself (qa/about_report.py): who delivered it, at which meeting, on which day."""

import pytest

from qa.about_report import about_report_ask, opening_lines
from qa.answering import Answerer
from qa.index import load_index
from qa.retrieval import Retriever

OPENING = ["2022年政府工作报告", "——2022年1月24日在沙湾市第一届人民代表大会第二次会议上", "俄合拉斯·斯巴达克", "各位代表:"]


@pytest.mark.parametrize("question, kind", [
    ("今年的政府工作报告是谁作的？", "speaker"), ("谁作的报告", "speaker"), ("作报告的是谁？", "speaker"),
    ("Who delivered the government work report?", "speaker"), ("这个报告是谁上台念的", "speaker"),
    ("报告是哪位领导读的", "speaker"), ("这份报告是哪天公开发布的", "published"), ("这个报告是啥时候作的", "date"), ("报告里哪位领导负责招商？", None),
    ("这份报告是在哪次会议上作的？", "meeting"), ("政府工作报告在什么大会上宣读的？", "meeting"),
    ("政府工作报告是哪天作的？", "date"), ("When was the report delivered?", "date"),
    ("报告里今年GDP目标是多少？", None), ("报告提到谁来对口援疆？", None), ("今年要开哪些会议？", None),
    # the day the page went online is not the day the report was delivered
    ("这份报告是哪天在网上发布的？", "published"), ("报告的发布日期是哪天", "published"),
    ("When was the report published online?", "published"),
    ("乡村振兴学院是哪天挂牌的？", None), ("这个政策是哪天发布的？", None),
    # the congress's term and session asked (哪一届人大的第几次会议), not a count of meetings
    ("报告是在沙湾市哪一届人大的第几次会议上作的？", "meeting"), ("这是第几届人大第几次会议？", "meeting"),
    ("今年召开了几次常务会议？", None),
])
def test_asks_about_the_report_itself_are_told_from_asks_about_its_content(question, kind):
    assert about_report_ask(question) == kind


def test_the_dateline_and_the_speaker_line_are_found_in_the_opening():
    assert opening_lines(OPENING) == (1, 2)
    # no dateline: nothing to answer from; a long line after it is no speaker
    assert opening_lines(["2022年政府工作报告", "各位代表:"]) == (None, None)
    assert opening_lines(["——2022年1月24日在市人民代表大会上", "现在,我代表市人民政府向大会作工作报告,请予审议。"]) == (0, None)


@pytest.fixture(scope="module")
def answerer(report_index):
    return Answerer(Retriever(load_index(report_index)))


@pytest.mark.integration
def test_who_delivered_the_report_is_answered_from_its_opening_lines(answerer):
    answer = answerer.ask("今年的政府工作报告是谁作的？")
    assert answer.confidence == "high" and "俄合拉斯·斯巴达克" in answer.answer
    assert answer.citations[0].sentence == "俄合拉斯·斯巴达克"
    meeting = answerer.ask("这份报告是在哪次会议上作的？")
    assert "第一届人民代表大会第二次会议" in meeting.answer and meeting.retrieved


@pytest.mark.integration
def test_the_day_the_page_was_published_is_told_apart_from_the_day_of_delivery(answerer):
    answer = answerer.ask("这份报告啥时候在网上发布的？")
    assert answer.confidence == "high" and "2022-02-17" in answer.answer and "2022年1月24日" in answer.answer
    assert answer.citations[0].sentence == "发布日期: 2022-02-17"  # the page's own line, cited
    assert answer.citations[1].sentence.startswith("——2022年1月24日")
