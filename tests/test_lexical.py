"""The numpy BM25 against bm25s bit for bit, sentence statistics, and the fast 繁→简 path."""

import random
from collections import Counter

import numpy as np
import pytest

from conftest import REPORT, QA_SET
from qa.chunking import chunk_document
from qa.config import Settings
from qa.corpus import load_document
from qa.evaluation import load_qa_set
from qa.index import build_index
from qa.lexical import LexicalIndex, TermStats, analyse_texts, char_tokens, word_tokens
from qa.text import normalize, to_simplified


@pytest.fixture(scope="module")
def report_chunks():
    return chunk_document(load_document(REPORT))


@pytest.fixture(scope="module")
def questions():
    return [item.question for item in load_qa_set(QA_SET)]


def test_scores_equal_bm25s_bit_for_bit(report_chunks, questions, fake_embedder):
    """A chunk scored from its sentences' tokens (each sentence tokenized once) is bm25s on the chunk."""
    bm25s = pytest.importorskip("bm25s")
    document = load_document(REPORT)
    index = build_index([document], Settings(embedder=fake_embedder.name), fake_embedder)
    for view, tokenize in (("char", char_tokens), ("word", word_tokens)):
        reference = bm25s.BM25()
        reference.index([tokenize(c.text) or [""] for c in report_chunks], show_progress=False)
        assert index.lexical.vocabulary(view) == {t for t in reference.vocab_dict if t}
        for q in questions + ["", "旅游", "乌鲁木齐", "GDP growth 8%"]:
            ids = reference.get_tokens_ids(tokenize(q))
            expected = reference.get_scores(ids) if ids else np.zeros(len(report_chunks), np.float32)
            np.testing.assert_array_equal(index.lexical.scores(q, view), expected.astype(np.float32))
        for token in ("旅游", "沙湾", "不存在的词"):
            assert index.lexical.doc_freq(token, view) == sum(token in tokenize(c.text) for c in report_chunks)


def test_build_from_texts_and_parallel_tokenizing_agree():
    texts = ["全年接待游客120.5万人次,实现旅游收入10.3亿元。", "新建幼儿园3所。", "", "教育事业稳步发展。"] * 50
    one = LexicalIndex.build(texts, workers=1)
    two = LexicalIndex.build(texts, workers=2)
    for view in ("char", "word"):
        np.testing.assert_array_equal(one.scores("旅游收入", view), two.scores("旅游收入", view))
        assert one.vocabulary(view) == two.vocabulary(view)
    assert one.scores("幼儿园", "char")[2] == 0.0  # the empty text has the empty token only


def test_term_stats_count_sentences(report_chunks):
    """The build-time statistics equal the per-sentence Counter the answerer used to build."""
    sentences, seen = [], set()
    for c in report_chunks:
        for s, e in c.sentences:
            if (c.doc, c.start + s) not in seen:
                seen.add((c.doc, c.start + s))
                sentences.append(c.text[s:e])
    expected: Counter = Counter()
    for text in sentences:
        norm = normalize(text)
        expected.update(set(norm) | {norm[i:i + 2] for i in range(len(norm) - 1)})
    stats = TermStats.from_analysis(analyse_texts(lambda lo, hi: sentences[lo:hi], len(sentences), len(sentences)))
    assert stats.n_sentences == len(sentences)
    for term in list(expected)[:3000] + ["不在", "x", "abc"]:
        assert stats.df(term) == expected.get(term, 0), term


def test_term_stats_round_trip(tmp_path):
    texts = ["增长7%。", "旅游收入增长。"]
    stats = TermStats.from_analysis(analyse_texts(lambda lo, hi: texts[lo:hi], 2, 2))
    stats.save(tmp_path / "terms")
    loaded = TermStats.load(tmp_path / "terms")
    assert loaded.df("增长") == 2 and loaded.df("旅游") == 1 and loaded.idf("增长") == stats.idf("增长")


def test_fast_simplified_conversion_equals_zhconv():
    zhconv = pytest.importorskip("zhconv")
    from zhconv import zhconv as z

    table = z.getdict("zh-cn")
    pieces = list(table) + list(table.values()) + list(REPORT.read_text(encoding="utf-8")[:3000])
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert to_simplified(text) == zhconv.convert(text, "zh-cn"), text
    report = REPORT.read_text(encoding="utf-8")
    assert to_simplified(report) == zhconv.convert(report, "zh-cn")
