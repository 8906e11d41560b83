import pytest

from qa.answering import (Answer, Answerer, Citation, form_fits, has_number_with_unit, merge_answers,
                          numbers_supported_by, refusal_reason)
from qa.conversation import resolve_followup
from qa.config import Settings
from qa.question import asked_form
from qa.retrieval import Retriever
from qa.text import split_clauses


@pytest.fixture
def answerer(small_index, fake_embedder):
    return Answerer(Retriever(small_index, Settings(embedder=fake_embedder.name), embedder=fake_embedder))


@pytest.mark.parametrize("sentence, clauses", [
    ("全年接待游客120.5万人次,实现旅游收入10.3亿元。", ["全年接待游客120.5万人次", "实现旅游收入10.3亿元。"]),
    ("新增农机具1,331台(架,套);完成。", ["新增农机具1,331台(架,套)", "完成。"]),
    ("坚持“稳中求进,以进促稳”总基调。", ["坚持“稳中求进,以进促稳”总基调。"]),
    ("奋斗目标是:增长8%左右", ["奋斗目标是", "增长8%左右"]),
])
def test_clause_split(sentence, clauses):
    assert [c.text for c in split_clauses(sentence)] == clauses


def test_clause_of_a_figure_question(answerer):
    answer = answerer.ask("2022年实现旅游收入多少亿元？")
    assert answer.answerable
    assert "10.3亿元" in answer.answer and "120.5" not in answer.answer
    assert answer.answer.startswith("根据报告（工作回顾部分）") and answer.answer.endswith("[1]。")
    citation = answer.citations[0]
    assert citation.sentence == "全年接待游客120.5万人次,实现旅游收入10.3亿元。"
    assert citation.sentence in citation.text and citation.period_year == 2022


def test_target_question_is_answered_from_the_plan(answerer):
    answer = answerer.ask("2023年力争接待游客多少人次？")
    assert "150万人次" in answer.answer and "120.5" not in answer.answer
    assert answer.citations[0].section.startswith("二、2023年")


def test_both_periods_when_no_year_is_given(answerer):
    answer = answerer.ask("地区生产总值增长多少？")
    assert "6.5%" in answer.answer and "7%左右" in answer.answer
    assert "工作回顾部分" in answer.answer and "目标任务部分" in answer.answer
    assert {c.period_year for c in answer.citations} == {2022, 2023}


def test_other_year_is_refused(answerer):
    answer = answerer.ask("2019年地区生产总值增长多少？")
    assert not answer.answerable and "2019" in answer.answer and "没有找到" in answer.answer
    assert answer.citations == [] and answer.nearest


def test_off_topic_is_refused(answerer):
    for question in ("示范市的房价每平方米多少钱？", "大盘鸡需要哪些食材？", "乌鲁木齐市的地区生产总值是多少？"):
        answer = answerer.ask(question)
        assert not answer.answerable, (question, answer.answer)
        assert "最接近的段落" in answer.answer


def test_json_contract_shape(answerer):
    data = answerer.ask("2022年一般公共预算收入完成多少？").to_dict()
    assert {"question", "answer", "answerable", "citations", "timings_ms"} <= set(data)
    assert set(data["timings_ms"]) == {"retrieve", "answer", "total"}
    citation = data["citations"][0]
    assert {"n", "chunk_id", "doc", "section", "sentence", "text", "score"} <= set(citation)
    assert citation["n"] == 1 and "[1]" in data["answer"] and "9.12亿元" in data["answer"]


@pytest.mark.parametrize("text, unit, ok", [
    ("接待游客286.35万人次", "人", True), ("增长7%", "元", False), ("加快推进5G基站建设", "", False),
    ("2021年,我们坚持", "", False), ("投资1.97亿元", "元", True), ("表彰模范个人50名", "人", True),
    ("两项补贴”2054.57万元", "", True), ("发放2054.57万元", "元", True),  # a figure that starts like a year
])
def test_number_with_unit(text, unit, ok):
    assert has_number_with_unit(text, unit) is ok


def test_level_question_is_not_answered_by_a_change():
    assert not form_fits("城镇居民人均可支配收入预计增加660元", asked_form("城镇居民人均可支配收入达到多少元？"))
    assert form_fits("城镇居民人均可支配收入预计增加660元", asked_form("城镇居民人均可支配收入增加了多少元？"))



def test_a_rates_level_does_not_answer_how_much_it_changed():
    asked = asked_form("高中升学率比上一年提高了几个百分点？")
    assert not form_fits("高中升学率达到91.5%", asked)  # the level of a rate, not its change
    assert form_fits("高中升学率提高2.1个百分点", asked)
    assert form_fits("地区生产总值同比增长6.5%", asked_form("生产总值涨了百分之多少？"))


def test_numeric_check_catches_an_unsupported_number():
    sentence = ["全年接待游客286.35万人次,同比增长52.7%。"]
    assert numbers_supported_by("根据报告，接待游客286.35万人次[1]。", sentence)
    assert not numbers_supported_by("根据报告，接待游客300万人次[1]。", sentence)
    assert not numbers_supported_by("根据报告，增长52.8%[1]。", sentence)
    assert numbers_supported_by("根据报告，增长52.7%[12]。", sentence)  # [12] is a marker, not a number


def test_refusal_rule_is_pure_and_ordered():
    signals = {"missing_years": [], "period_ok": True, "form_ok": True, "unknown_attributes": [],
               "unknown_proper_nouns": [], "missing_proper_nouns": [], "unknown_nouns": [],
               "lexical": 0.9, "dense": 0.5, "english": False, "form": asked_form("多少")}
    assert refusal_reason(signals, Settings()) == ""
    assert "2019" in refusal_reason({**signals, "missing_years": [2019]}, Settings())
    assert "门票" in refusal_reason({**signals, "unknown_attributes": ["门票"]}, Settings())
    assert refusal_reason({**signals, "lexical": 0.1, "dense": 0.1}, Settings()) != ""
    assert refusal_reason({**signals, "lexical": 0.1, "dense": 0.1}, Settings(min_support=0.0, min_dense=0.0)) == ""
    english = {**signals, "english": True, "translated_share": 1 / 3}  # e.g. "DROP TABLE chunks": only drop
    assert "找不到对应的说法" in refusal_reason(english, Settings())
    assert refusal_reason({**english, "translated_share": 0.5}, Settings()) == ""
    assert refusal_reason({**signals, "translated_share": 0.0}, Settings()) == ""  # Chinese: not applied


@pytest.mark.parametrize("question, previous, resolved", [
    ("那2021年呢？", "2022年地区生产总值增长目标是多少？", "2021年地区生产总值增长是多少？"),
    ("旅游收入呢？", "2021年接待游客多少人次？", "2021年旅游收入是多少？"),
    ("那么一般公共预算收入呢", "今年地区生产总值增长多少？", "2022年一般公共预算收入是多少？"),
    ("2022年旅游收入目标是多少？", "2021年接待游客多少人次？", "2022年旅游收入目标是多少？"),
    ("旅游收入呢？", None, "旅游收入呢？"),
    # a period and a wish to reach something (想达到, 希望): no topic of its own, the earlier one carries on
    ("今年希望达到多少？", "去年旅游收入多少？", "2022年旅游收入希望达到多少？"),
])
def test_resolve_followup(question, previous, resolved):
    assert resolve_followup(question, previous, 2022) == resolved


def test_followup_through_ask(answerer):
    first = answerer.ask("2023年力争接待游客多少人次？")
    assert "150万人次" in first.answer
    follow = answerer.ask("那2022年呢？", history=["2023年力争接待游客多少人次？"])
    assert follow.resolved_question.startswith("2022年") and "120.5万人次" in follow.answer


@pytest.mark.parametrize("question", ["", "   ", "？" * 3000])
def test_bad_questions_raise_input_error(answerer, question):
    from qa.errors import InputError

    with pytest.raises(InputError):
        answerer.ask(question)


def test_answers_without_stored_sentence_vectors(small_document, fake_embedder):
    """A large index keeps no sentence vectors: the answerer embeds the candidate sentences instead,
    and gives the same answers (the fake embedder is deterministic)."""
    from qa.index import build_index

    calls = []

    class Spy:
        name, dim = fake_embedder.name, fake_embedder.dim

        def embed_passages(self, texts, progress=None):
            calls.append(len(texts))
            return fake_embedder.embed_passages(texts, progress)

        def embed_query(self, text):
            return fake_embedder.embed_query(text)

    base = Settings(embedder=fake_embedder.name, chunk_sentences=2, chunk_overlap=0)
    lean = Settings(embedder=fake_embedder.name, chunk_sentences=2, chunk_overlap=0, sentence_vectors_max_chunks=0)
    full_index, lean_index = build_index([small_document], base, fake_embedder), build_index([small_document], lean, fake_embedder)
    assert full_index.sentence_vectors is not None and lean_index.sentence_vectors is None
    full = Answerer(Retriever(full_index, base, embedder=fake_embedder))
    spy = Spy()
    thin = Answerer(Retriever(lean_index, lean, embedder=spy))
    for question in ("2022年实现旅游收入多少亿元？", "2023年力争接待游客多少人次？", "大盘鸡需要哪些食材？"):
        calls.clear()
        a, b = full.ask(question), thin.ask(question)
        assert (a.answer, a.answerable) == (b.answer, b.answerable)
        assert calls and max(calls) <= 5 * 2  # only the sentences of the top chunks were embedded


def test_parts_answered_by_the_same_sentence_are_said_once():
    def part(text, sentence):
        cite = Citation(n=1, chunk_id="c", doc="d", section="s", sentence=sentence, text=sentence, score=1.0)
        return Answer(question="q", answer=f"根据报告，{text}[1]。", answerable=True, citations=[cite],
                      confidence="high")
    same = merge_answers([part("接待游客286万人次", "接待游客286万人次。"), part("接待游客286万人次", "接待游客286万人次。")])
    assert same.answer.count("286万人次") == 1 and len(same.citations) == 1
    two = merge_answers([part("接待游客286万人次", "接待游客286万人次。"), part("旅游收入16亿元", "旅游收入16亿元。")])
    assert "[1]" in two.answer and "[2]" in two.answer and len(two.citations) == 2
    assert two.answer.count("根据报告") == 1  # one lead-in for parts from the same part of the report
    # one part's clause inside the next part's longer quote (资金多少 / 同比涨了多少): the longer one alone
    longer = merge_answers([part("到位资金35亿元", "到位资金35亿元,同比增长72%。"),
                            part("到位资金35亿元,同比增长72%", "到位资金35亿元,同比增长72%。"),
                            part("落实项目58项", "落实项目58项。")])
    assert longer.answer.count("35亿元") == 1 and "72%" in longer.answer and "58项" in longer.answer
    assert len(longer.citations) == 2 and "[2]" in longer.answer and longer.confidence == "high"
