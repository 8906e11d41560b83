"""English questions: the project's phrase glossary (qa/english_terms.py) over CC-CEDICT, stop words,
lemma collisions, glossary versioning (qa/crosslingual.py). Fast: no model; CC-CEDICT is read once."""

from __future__ import annotations

import json

import pytest

from qa import crosslingual
from qa.crosslingual import (STOPWORDS, VERSION_KEY, build_glossary, corpus_uses, current_glossary,
                             glossary_version, lemma, translate, translated_share, translation_groups)
from qa.english_terms import ENGLISH_TERMS, SPELLINGS

# jieba-like words of a report: enough for the phrases asked below, none of 集中供养 as one word.
VOCABULARY = {
    "城乡", "新增", "就业", "增加值", "规模", "以上", "规上", "工业", "企业", "增长", "本级", "财政支出", "财政",
    "支出", "民生", "孤儿", "集中", "供养", "收养", "保税", "街区", "游客", "吸引", "信息", "听取", "创造", "打造",
    "失业率", "固定资产", "投资", "人均", "可支配", "收入", "一般", "公共", "预算", "旅游", "今年",
}


@pytest.fixture(scope="module")
def glossary():
    return build_glossary(VOCABULARY)


@pytest.mark.parametrize("question, expected", [
    ("How many new urban and rural jobs were created in 2021?", [["新增"], ["城乡"], ["就业"]]),
    ("How fast should value added of industrial enterprises above designated size grow this year?",
     [["增加值"], ["规模以上", "规上"], ["增长"]]),
    ("What share of the city's own fiscal spending is supposed to go to people's livelihoods?",
     [["本级财政支出", "财政支出"], ["民生"]]),
    ("I'm a foreigner living in Shawan: what percentage of orphans is the city aiming to place in centralised care?",
     [["孤儿"], ["集中供养", "集中收养"]]),
    ("Is Shawan planning a bonded shopping street to attract visitors?", [["保税"], ["街区"], ["游客"]]),
])
def test_report_phrases_are_translated_whole(glossary, question, expected):
    groups = translation_groups(question, glossary)
    for want in expected:
        assert any(all(w in g for w in want) for g in groups), (want, groups)
    assert translated_share(question, glossary) >= 0.75


def test_new_is_not_news(glossary):
    """The crude stemmer made 'news' 'new' (信息, 听取); news is left alone now."""
    assert lemma("news") == "news" and lemma("new") == "new"
    groups = translation_groups("How many new jobs?", glossary)
    assert not any("信息" in g or "听取" in g for g in groups)
    assert ["新增就业", "就业"] in groups or ["新增就业"] in groups


def test_created_is_filler_not_noise(glossary):
    assert translation_groups("jobs were created", glossary) == [["就业"]]


@pytest.mark.parametrize("word, american", [("centralised", "centralized"), ("kilometres", "kilometer"),
                                            ("labour", "labor"), ("centres", "center")])
def test_british_spellings_read_as_american(word, american):
    assert lemma(word) == lemma(american)


@pytest.mark.parametrize("word", ["how", "many", "much", "percentage", "planning", "aiming", "foreigner", "supposed"])
def test_question_words_and_filler_are_stop_words(word):
    assert lemma(word) in STOPWORDS


def test_filler_does_not_count_against_translated_share(glossary):
    assert translated_share("I'm a foreigner: how many orphans?", glossary) == 1.0


def test_targets_the_corpus_does_not_use_are_left_out():
    """Safe for any report: a phrase whose targets the corpus never uses gets no entry from the table."""
    glossary = build_glossary({"游客"})
    assert glossary.get("orphan") is None or "孤儿" not in glossary["orphan"]
    assert glossary["tourist"] == ["游客"]


def test_corpus_uses_whole_words_or_words_it_splits_into():
    assert corpus_uses("城乡", {"城乡"})
    assert corpus_uses("规模以上", {"规模", "以上"})
    assert not corpus_uses("集中供养", {"集中"})


def test_translate_keeps_numbers(glossary):
    assert translate("How many orphans in 2022?", glossary) == "孤儿 2022"


def test_every_entry_is_well_formed():
    for phrase, targets in ENGLISH_TERMS.items():
        assert phrase == phrase.lower() and targets and all(t and not t.isascii() for t in targets), phrase
    assert all(k != v for k, v in SPELLINGS.items())
    assert not {crosslingual._key(p) for p in ENGLISH_TERMS} & STOPWORDS, \
        "a one-word glossary entry that is also a stop word would never be looked up"


def test_glossary_is_stamped_and_an_old_one_is_rebuilt(glossary):
    assert glossary[VERSION_KEY] == [glossary_version()]
    assert current_glossary(glossary, lambda: pytest.fail("a current glossary is not rebuilt")) is glossary
    old = {"new": ["信息", "听取"]}  # stored by the previous version: no stamp, news read as new
    rebuilt = current_glossary(old, lambda: VOCABULARY)
    assert rebuilt[VERSION_KEY] == [glossary_version()] and "信息" not in rebuilt.get("new", [])


def test_the_stamp_is_never_looked_up(glossary):
    assert translation_groups("version #version", glossary) == []


def test_an_index_saved_with_an_old_glossary_loads_with_a_current_one(saved_small_index):
    from qa.index import load_index
    from qa.index.storage import read_manifest

    manifest = read_manifest(saved_small_index)
    data = saved_small_index / manifest["data"]
    path = data / "glossary.json"
    path.write_text(json.dumps({"tourist": ["游客"]}, ensure_ascii=False), encoding="utf-8")
    manifest["files"]["glossary.json"]["bytes"] = path.stat().st_size
    from qa.index.storage import sha256_file, write_manifest
    manifest["files"]["glossary.json"]["sha256"] = sha256_file(path)
    write_manifest(saved_small_index, manifest)
    index = load_index(saved_small_index)
    assert index.glossary[VERSION_KEY] == [crosslingual.glossary_version()]
    assert "游客" in index.glossary["tourist"]


def test_english_typing_slips_are_read_as_the_glossary_word_one_slip_away():
    from qa.crosslingual import typing_slips

    glossary = {"tourist": ["游客"], "revenue": ["收入"], "visit": ["接待"], "come": ["来"]}
    assert typing_slips("how many turists came last yr", glossary) == [("turists", "tourists")]
    assert typing_slips("What was the revenu?", glossary) == [("revenu", "revenue")]
    # real English words, short words and names no glossary word is one slip from are left alone
    assert typing_slips("How many tourists visited Lujiaowan alot", glossary) == []
    assert typing_slips("How many tourism visits", {"tourist": ["游客"], "tourism": ["旅游"]}) == []
