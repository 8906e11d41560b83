"""The pure part of overview answers (qa/overview.py): which blocks a topic opens and how they are summed up."""

import re

from qa.chunking import Chunk
from qa.overview import (heads_with_details, judgement_point, lead_points, names_loosely, paragraph_around, paragraph_items,
                         topic_span)

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


def test_a_paragraph_is_the_run_of_sentences_without_a_gap():
    text = "第一段开头。第一段结尾。\n第二段。"
    offsets = [(0, 6), (6, 12), (13, 17)]
    chunk = Chunk("c0", "report.txt", "二", text, 0, len(text), offsets)
    sentences = [(a, b, chunk, a, b) for a, b in offsets]
    assert paragraph_around(sentences, 1) == [0, 1]
    assert paragraph_around(sentences, 2) == [2]


ITEMS = ("各位代表!新形势需要新担当。我们将努力建设人民满意的服务性政府,坚持党的全面领导。坚定正确政治方向。"
         "始终把政治建设摆在首位,不断提高政治判断力。始终坚持依法行政。坚持依宪施政、依法行政、依纪从政。"
         "坚守廉洁从政底线。认真履行全面从严治党主体责任,严守党章党规党纪。")


def test_the_run_in_items_of_a_paragraph_whose_lead_names_the_topic():
    sentences = sentences_of(ITEMS)
    last = len(sentences) - 1
    items = paragraph_items(sentences, last, ["政府"])
    assert [sentences[k][2].text[sentences[k][0]:sentences[k][1]] for k in items][:2] == ["各位代表!新形势需要新担当。", "我们将努力建设人民满意的服务性政府,坚持党的全面领导。"]
    assert paragraph_items(sentences, last, ["旅游"]) == []  # the lead is about something else
    assert paragraph_items(sentences_of("坚定正确政治方向。始终坚持依法行政。建设服务性政府,坚持党的全面领导。"), 0, ["政府"]) == []


def test_how_to_improve_is_the_ask_and_the_topic_is_in_the_reports_words():
    from qa.overview import report_topic_words, topic_words_left
    assert topic_words_left("今年营商环境如何改善？").split() == ["营商环境"]  # 如何改善 asks, it is no topic
    assert topic_words_left("去年民生方面做了哪些实事").split() == ["民生"]  # 实事: the things done
    report = "统筹推进兵地水利、交通、能源等基础设施建设。"
    assert report_topic_words(["水利建设", "方案"], report.__contains__) == ["水利", "建设"]  # split, unknown dropped


def test_a_sections_lead_sentence_comes_before_its_run_in_items():
    text = ("(九)抓好生态环境保护,让天蓝地绿水清成为常态。牢固树立生态发展理念,坚决打赢打好“三场标志性战役”。"
            "健全生态环境保护机制。坚持实行最严格的生态保护制度和空间用途管制制度。强化“能耗双控”管理。严格控制煤炭消费总量,逐年降低燃料用煤炭总量。")
    offsets = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", text)]
    points = [p[3] for p in lead_points([Chunk("c0", "report.txt", "二 > (九)生态", text, 0, len(text), offsets)])]
    assert points == ["牢固树立生态发展理念,坚决打赢打好“三场标志性战役”",
                      "健全生态环境保护机制：坚持实行最严格的生态保护制度和空间用途管制制度",
                      "强化“能耗双控”管理：严格控制煤炭消费总量,逐年降低燃料用煤炭总量"]
    no_lead = text.replace("牢固树立生态发展理念,坚决打赢打好“三场标志性战役”。", "")
    offsets = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", no_lead)]
    points = [p[3] for p in lead_points([Chunk("c0", "report.txt", "二 > (九)生态", no_lead, 0, len(no_lead), offsets)])]
    assert points[0].startswith("健全生态环境保护机制")  # the heading itself is never a point


def test_a_run_in_items_bullet_quotes_each_detail_sentence_up_to_the_next_item():
    """健全生态环境保护机制。A。B。强化“能耗双控”管理。C。 — the item's bullet holds A and the start of B."""
    from qa.chunking import Chunk
    from qa.overview import lead_points
    text = ("(九)抓好生态环境保护。健全生态环境保护机制。坚持实行最严格的生态保护制度,严格执行审批制度。"
            "守住生态环保红线、环境质量底线和自然资源利用上线。强化“能耗双控”管理。严格控制煤炭消费总量,逐年降低燃料用煤炭总量。")
    sentences, at = [], 0
    for piece in text.split("。")[:-1]:
        sentences.append((at, at + len(piece) + 1))
        at += len(piece) + 1
    chunk = Chunk(chunk_id="c1", doc="d.txt", section="二 > (九)", text=text, start=0, end=len(text), sentences=sentences)
    points = [p[3] for p in lead_points([chunk])]
    assert points[0] == ("健全生态环境保护机制：坚持实行最严格的生态保护制度,严格执行审批制度；"
                         "守住生态环保红线、环境质量底线和自然资源利用上线")
    assert points[1] == "强化“能耗双控”管理：严格控制煤炭消费总量,逐年降低燃料用煤炭总量"


def test_the_reports_own_verdict_on_the_year_is_its_judging_clauses():
    text = "2021年,我们坚持稳中求进,狠抓各项工作落实,顺利完成了年初确定的各项目标任务,经济社会发展取得新成就。地区生产总值增长7%。"
    point = judgement_point([sentences_of(text, "一、2021年工作回顾")[0][2]])
    assert point[3] == "顺利完成了年初确定的各项目标任务,经济社会发展取得新成就"
    assert judgement_point([sentences_of("地区生产总值增长7%。固定资产投资增长50%。")[0][2]]) is None
