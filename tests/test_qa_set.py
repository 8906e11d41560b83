"""The shipped QA set is valid: every evidence string is an exact substring of the report."""

import json
from collections import Counter

import pytest

from qa.errors import QASetError
from qa.evaluation import load_qa_set, parse_qa_set
from conftest import QA_SET, REPORT


def test_evidence_is_exact_report_text():
    report = REPORT.read_text(encoding="utf-8")
    items = load_qa_set(QA_SET)
    for item in items:
        for evidence in item.evidence:
            assert evidence in report, (item.id, evidence)
        if item.answerable:
            assert item.answers and item.evidence, item.id
        else:
            assert not item.answers and not item.evidence, item.id


def test_qa_set_coverage():
    items = load_qa_set(QA_SET)
    langs = Counter(item.extra.get("lang") for item in items)
    assert len(items) >= 100
    assert sum(1 for i in items if not i.answerable) >= 15
    assert langs["en"] >= 3 and langs["zh-Hant"] >= 3


@pytest.mark.parametrize("lines, message", [
    (['{"question": "a"'], "line 1: not valid JSON"),
    (['["a"]'], "line 1: expected a JSON object"),
    (['{"id": "x", "question": ""}'], "line 1: 'question' must be a non-empty string"),
    (['{"question": "q", "answers": [1]}'], "line 1: 'answers' must be a list of strings"),
    (['{"question": "q", "answerable": "yes"}'], "'answerable' must be true or false"),
    (['{"question": "q"}'], "needs 'answers' or 'evidence'"),
    (['{"id": "a", "question": "q", "answers": ["1"]}', '', '{"id": "a", "question": "r", "answers": ["1"]}'],
     "line 3: id 'a' already used on line 1"),
    ([], "has no questions"),
])
def test_bad_qa_sets_name_the_line(lines, message):
    with pytest.raises(QASetError, match=message):
        parse_qa_set(lines, source="upload.jsonl")


def test_extra_keys_are_kept_and_answers_may_be_a_string():
    item = parse_qa_set([json.dumps({"question": "q", "answers": "8%", "lang": "zh-Hans"})])[0]
    assert item.answers == ["8%"] and item.extra == {"lang": "zh-Hans"} and item.id == "line1"
