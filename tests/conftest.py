"""Shared fixtures: a deterministic fake embedder, a small synthetic report, isolated index folders."""

from __future__ import annotations

import hashlib
import shutil
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

from qa.config import Settings
from qa.evaluation import spread  # noqa: F401  (the tests import it from here)
from qa.corpus import parse_document
from qa.embedders import get_embedder, l2_normalize
from qa.index import build_index, save_index
from qa.serving import AppNotReady, AppProcess
from qa.text import normalize

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "corpus" / "shawan-2022-government-work-report.txt"
QA_SET = ROOT / "eval" / "qa_set.jsonl"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class FakeEmbedder:
    """Hashed character uni/bi-grams into a fixed-size vector: deterministic, instant, model-free."""

    name = "fake-ngram"

    def __init__(self, dim: int = 64):
        self.dim = dim

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        norm = normalize(text)
        grams = list(norm) + [norm[i:i + 2] for i in range(len(norm) - 1)]
        for gram in grams:
            if gram.strip():
                h = int(hashlib.md5(gram.encode()).hexdigest(), 16)
                vec[h % self.dim] += 1.0 if (h >> 8) % 2 else -1.0
        return vec

    def embed_passages(self, texts, progress=None):
        out = l2_normalize(np.stack([self._vector(t) for t in texts])) if texts else np.zeros((0, self.dim), np.float32)
        if progress:
            progress(len(texts))
        return out

    def embed_query(self, text):
        return l2_normalize(self._vector(text))[0]


SMALL_REPORT = """索引号: | 000/2023-1 | 发布机构: | 示范市人民政府 |
发布日期: | 2023-02-01 | 所属主题: | 政府工作报告 |
2023年政府工作报告
——2023年1月10日在示范市第二届人民代表大会第一次会议上
各位代表:
一、2022年工作回顾
2022年,地区生产总值同比增长6.5%。一般公共预算收入完成9.12亿元。
(一)旅游业加快恢复。全年接待游客120.5万人次,实现旅游收入10.3亿元。
(二)教育事业稳步发展。新建幼儿园3所,改扩建中小学5所。
各位代表,过去的一年成绩来之不易。
二、2023年总体要求和重点任务
奋斗目标是:地区生产总值同比增长7%左右,一般公共预算收入增长5%。
(一)推动旅游业高质量发展。力争全年接待游客150万人次,旅游收入突破12亿元。
(二)办好人民满意的教育。新建幼儿园2所,推进“双减”政策落地。
用户登录
立即注册
"""


@pytest.fixture(scope="session")
def report_index(tmp_path_factory):
    """The shipped report indexed with the real default embedder, once per test session."""
    from qa.index import build_if_stale

    folder = tmp_path_factory.mktemp("real") / "index"
    rebuilt, reason = build_if_stale(ROOT / "corpus", folder, Settings())
    assert rebuilt and reason == "no index yet"
    return folder


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture
def small_document():
    return parse_document(SMALL_REPORT, "demo-2023.txt")


@pytest.fixture
def hashed_index(tmp_path, small_document):
    """The small report indexed with an embedder the CLI finds by name (a subprocess can load it)."""
    name = "hashed-ngrams-512"
    index = build_index([small_document], Settings(embedder=name, chunk_sentences=2, chunk_overlap=0),
                        get_embedder(name))
    return save_index(index, tmp_path / "hashed-index")


@pytest.fixture
def small_index(small_document, fake_embedder):
    return build_index([small_document], Settings(embedder=fake_embedder.name, chunk_sentences=2, chunk_overlap=0),
                       fake_embedder)


@pytest.fixture
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "demo-2023.txt").write_text(SMALL_REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def report_corpus(tmp_path):
    folder = tmp_path / "report-corpus"
    folder.mkdir()
    shutil.copy(REPORT, folder / REPORT.name)
    return folder


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Never touch the repo's index/: every test gets its own index and corpus folders by default."""
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.delenv("QA_EMBEDDER", raising=False)


@pytest.fixture
def saved_small_index(tmp_path, small_index):
    return save_index(small_index, tmp_path / "small-index")


# ---------------------------------------------------------------- the web app in a subprocess

class RunningApp(AppProcess):
    """app.py on 127.0.0.1 on a free port (qa.serving.AppProcess); start-up failures fail the test."""

    def __init__(self, index, log, *extra, env=None, script=ROOT / "app.py"):
        super().__init__(index, log, *extra, script=script, env=env)

    def wait_ready(self, timeout: float = 120.0) -> "RunningApp":
        try:
            return super().wait_ready(timeout)
        except AppNotReady as exc:
            pytest.fail(str(exc))


@contextmanager
def browser_page(url: str):
    """A headless Chromium page (1280×900, zh-CN) showing ``url`` once the question box is there."""
    if not CHROMIUM:
        pytest.skip("chromium is not installed (make test installs it with apt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("#question-box textarea", timeout=30000)
        try:
            yield page
        finally:
            context.close()
            browser.close()
