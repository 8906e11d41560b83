"""Answering in a worker process: same answers as in-process, errors carried over, death handled."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import RunningApp
from qa.answer_worker import AnswerProcess, WorkerGone, render
from qa.errors import InputError
from qa.service import Engine

pytestmark = pytest.mark.integration
QUESTIONS = ["2022年地区生产总值增长目标是多少？", "去年来沙湾旅游的人有多少？", "How many tourist visits did Shawan receive in 2021?",
             "2019年地区生产总值增长多少？", "今年要新建哪些乡村振兴示范乡镇？", "鹿角湾景区的门票多少钱？"]


@pytest.fixture(scope="module")
def worker(report_index):
    process = AnswerProcess(report_index)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def local(report_index):
    return Engine(report_index)


def test_worker_answers_exactly_as_the_app_process_would(worker, local):
    for question in QUESTIONS:
        assert worker.render(question) == render(local, question), question
    follow_up = worker.render("那2021年呢？", ["2022年地区生产总值增长目标是多少？"])
    assert follow_up == render(local, "那2021年呢？", ["2022年地区生产总值增长目标是多少？"])
    assert "2021" in follow_up["resolved_question"]


def test_many_threads_at_once_each_get_their_own_answer(worker, local):
    questions = QUESTIONS * 5
    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(worker.render, questions))
    expected = {q: render(local, q)["markdown"] for q in QUESTIONS}
    assert [r["markdown"] for r in results] == [expected[q] for q in questions]


def test_package_errors_arrive_with_their_type_and_message(worker):
    with pytest.raises(InputError, match="the question is empty"):
        worker.render("   ")
    assert worker.alive and worker.render(QUESTIONS[0])["answerable"]  # and the worker keeps serving


def test_a_worker_that_cannot_load_the_index_is_a_clear_error(tmp_path):
    t0 = time.perf_counter()
    with pytest.raises(WorkerGone, match=r"could not start: IndexMissingError: .*no-index"):
        AnswerProcess(tmp_path / "no-index")
    assert time.perf_counter() - t0 < 60


def test_a_killed_worker_fails_fast_and_says_so(report_index):
    process = AnswerProcess(report_index)
    try:
        process.proc.kill()
        process.proc.wait()
        t0 = time.perf_counter()
        with pytest.raises(WorkerGone, match="stopped|cannot be reached"):
            process.render(QUESTIONS[0])
        assert time.perf_counter() - t0 < 5 and not process.alive
    finally:
        process.stop()


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


@pytest.mark.ui
def test_the_app_keeps_answering_when_its_worker_dies(report_index, tmp_path):
    from gradio_client import Client

    with RunningApp(report_index, tmp_path / "app.log") as app:
        assert "answering in a worker process" in app.log.read_text()
        client = Client(app.url, verbose=False)
        before = client.predict(QUESTIONS[0], [], api_name="/chat")
        (worker_pid,) = _children(app.proc.pid)
        os.kill(worker_pid, signal.SIGKILL)
        after = client.predict(QUESTIONS[0], [], api_name="/chat")
        assert after == before and "8%" in after
        time.sleep(0.5)
        assert "answering in the app process from now on" in app.log.read_text()
