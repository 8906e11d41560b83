from qa.chunking import chunk_document, heading_of, period_of_heading
from qa.corpus import load_document
from conftest import REPORT


def test_headings():
    assert heading_of("一、2021年工作回顾") == (1, "一、2021年工作回顾")
    assert heading_of("(十一)加快推进兵地油地融合,提升融合经济发展水平。全面落实...") == (
        2, "(十一)加快推进兵地油地融合,提升融合经济发展水平")
    assert heading_of("## 三、展望") == (2, "三、展望")
    assert heading_of("2021年,我们坚持以习近平新时代...") is None


def test_period_of_heading():
    assert period_of_heading("一、2021年工作回顾", 2022) == (2021, "review")
    assert period_of_heading("二、2022年总体要求和重点任务", 2022) == (2022, "plan")
    assert period_of_heading("三、过去五年工作回顾", 2023) == (2022, "review")
    assert period_of_heading("三、持续加强政府自身建设", 2022) == (None, "")


def test_small_report_sections_and_periods(small_document):
    chunks = chunk_document(small_document, sentences_per_chunk=2, overlap=0)
    by_text = {c.text: c for c in chunks}
    tour = next(c for c in chunks if "120.5万人次" in c.text)
    assert tour.section == "一、2022年工作回顾 > (一)旅游业加快恢复"
    assert (tour.period_year, tour.period_kind) == (2022, "review")
    plan = next(c for c in chunks if "150万人次" in c.text)
    assert plan.section == "二、2023年总体要求和重点任务 > (一)推动旅游业高质量发展"
    assert (plan.period_year, plan.period_kind) == (2023, "plan")
    address = next(c for c in chunks if "过去的一年成绩来之不易" in c.text)
    assert address.section == "一、2022年工作回顾"  # 各位代表 closes the sub-section
    assert by_text  # every chunk text is unique here


def test_real_report_chunks_are_exact_slices_with_sentence_offsets():
    doc = load_document(REPORT)
    chunks = chunk_document(doc)
    assert 100 < len(chunks) < 250
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text
        assert 1 <= len(c.sentences) <= 3
        for s, e in c.sentences:
            assert c.text[s:e].strip() == c.text[s:e] and c.text[s:e]
    periods = {(c.period_year, c.period_kind) for c in chunks}
    assert periods == {(None, ""), (2021, "review"), (2022, "plan")}
    gdp_target = next(c for c in chunks if "完成地区生产总值同比增长8%左右" in c.text)
    assert gdp_target.period_year == 2022 and gdp_target.section.startswith("二、2022年")
    gdp_actual = next(c for c in chunks if "地区生产总值预计同比增长7%" in c.text)
    assert gdp_actual.period_year == 2021 and gdp_actual.period_kind == "review"
    tourism = next(c for c in chunks if "286.35万人次" in c.text)
    assert tourism.section == "一、2021年工作回顾 > (二)优化产业结构,推动经济平稳发展"


def test_overlap_and_size():
    doc = load_document(REPORT)
    chunks = chunk_document(doc, sentences_per_chunk=4, overlap=2)
    same_section = [(a, b) for a, b in zip(chunks, chunks[1:]) if a.section == b.section and len(a.sentences) == 4]
    assert same_section
    for a, b in same_section:
        assert a.sentence_texts()[-2:] == b.sentence_texts()[:2]


def test_chunk_ids_are_stable_and_unique():
    doc = load_document(REPORT)
    first = [c.chunk_id for c in chunk_document(doc)]
    assert first == [c.chunk_id for c in chunk_document(doc)]
    assert len(set(first)) == len(first)


def test_text_without_sentence_punctuation_is_still_cut_at_max_chars():
    """A text with no 。！？； was one 'sentence' (a 200 KB file gave a cited sentence of 203,671
    characters, a 1.4 MB one 7 GB of memory): every chunk and sentence now stays within max_chars."""
    import tracemalloc

    from qa.corpus import Document
    from qa.chunking import chunk_document

    unit = "推进乡村振兴战略加快农业现代化建设，持续改善农村人居环境 提高农民收入水平"
    body = "2023年政府工作报告\n" + (unit * (1_400_000 // len(unit.encode()) + 1))
    assert len(body.encode()) > 1_400_000
    chunk_document(Document(doc="warm.txt", text="2023年政府工作报告\n增长7%。", date="2023-01-10"))  # dictionaries load
    tracemalloc.start()
    try:
        chunks = chunk_document(Document(doc="flat.txt", text=body, date="2023-01-10"), 3, 1, 600)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert max(len(c.text) for c in chunks) <= 600
    assert max(end - start for c in chunks for start, end in c.sentences) <= 600
    for c in chunks[:50]:
        assert all(c.text[start:end].strip() for start, end in c.sentences)
    covered = bytearray(len(body))
    for c in chunks:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(body))  # nothing dropped
    assert peak < 400 * 2 ** 20, peak  # a few hundred bytes per character at most
