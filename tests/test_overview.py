"""The pure part of overview answers (qa/overview.py): which blocks a topic opens and how they are summed up."""

import re

from qa.chunking import Chunk
from qa.overview import heads_with_details, names_loosely, topic_span

TEXT = ("稳步推进工业转型升级。深入实施工业强市战略,加快培育战略新兴产业。着力发展资源密集型产业。"
        "年底力争形成210万吨的产能。着力做好规上工业经济运行监测。完善重大工业项目库,为工业高质量发展夯实基础。推进旅游发展。接待游客373万人次。")


def sentences_of(text: str, section: str = "二 > (四)产业") -> list[tuple[int, int, Chunk, int, int]]:
    """One chunk holding the whole text; its sentences as ``Answerer._doc_sentences`` gives them."""
    offsets = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", text)]
    chunk = Chunk("c0", "report.txt", section, text, 0, len(text), offsets)
    return [(a, b, chunk, a, b) for a, b in offsets]


def test_a_topic_word_the_report_widens_still_names_it():
    assert names_loosely("农业", "加快农牧业提质增效。")
    assert not names_loosely("农业", "农村人居环境整治提升。")  # 农 and 业 too far apart
    assert not names_loosely("工业", "业务工作。")  # out of order


def test_several_topic_sentences_span_their_blocks_and_the_blocks_between():
    sentences = sentences_of(TEXT)
    openers = [i for i, t in enumerate(sentences) if "工业" in TEXT[t[0]:t[1]] and len(TEXT[t[0]:t[1]]) < 20]
    assert openers == [0, 4]
    span = topic_span(sentences, openers)
    assert span == [0, 1, 2, 3, 4, 5]  # ends with the last block, before 推进旅游发展。 opens the next one


def test_topic_sentences_far_apart_make_no_span():
    filler = "".join(f"第{n}项工作稳步推进取得成效。" for n in range(45))
    sentences = sentences_of("稳步推进工业转型升级。" + filler + "着力做好规上工业经济运行监测。")
    assert topic_span(sentences, [0, len(sentences) - 1]) == []


def test_a_span_is_summed_up_head_first_then_the_other_sentences():
    sentences = sentences_of(TEXT)
    points = [p[3] for p in heads_with_details(sentences, [0, 1, 2, 3, 4, 5], [sentences[0][2]])]
    assert points[0] == "稳步推进工业转型升级：深入实施工业强市战略,加快培育战略新兴产业"
    assert points[1] == "着力发展资源密集型产业：年底力争形成210万吨的产能"
    assert points[2] == "着力做好规上工业经济运行监测：完善重大工业项目库,为工业高质量发展夯实基础"
    assert len(points) == 3  # every sentence is in one point
