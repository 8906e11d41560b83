"""The web app, running for real: its API through gradio_client, its pages in headless Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import QA_SET, ROOT, RunningApp, browser_page

pytestmark = pytest.mark.ui
SCREENSHOTS = Path(os.environ.get("QA_SCREENSHOT_DIR") or ROOT / "tests" / "artifacts")


@pytest.fixture(scope="module")
def app_url(report_index, tmp_path_factory):
    with RunningApp(report_index, tmp_path_factory.mktemp("app") / "app.log") as app:
        yield app.url


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_chat_api(client):
    text = client.predict("2022年地区生产总值增长目标是多少？", [], api_name="/chat")
    assert "8%" in text and "[1]" in text and "二、2022年总体要求和重点任务" in text


def test_chat_api_follow_up(client):
    history = [{"role": "user", "content": "2022年地区生产总值增长目标是多少？"},
               {"role": "assistant", "content": "……8%左右[1]。"}]
    text = client.predict("那2021年呢？", history, api_name="/chat")
    assert "7%" in text.split("来源")[0]


def test_chat_api_refusal_and_bad_input(client):
    from gradio_client.exceptions import AppError

    assert "没有找到" in client.predict("沙湾市人民医院的挂号电话是多少？", [], api_name="/chat")
    with pytest.raises(AppError, match="请输入问题"):
        client.predict("   ", [], api_name="/chat")
    with pytest.raises(AppError, match="问题太长"):
        client.predict("长" * 501, [], api_name="/chat")


def test_search_api(client):
    hits = client.predict("旅游收入", 3, api_name="/search")
    assert len(hits) == 3 and set(hits[0]) == {"chunk_id", "doc", "section", "text", "score"}
    assert any("旅游" in h["text"] for h in hits)


def test_chat_api_small_talk_has_no_passages(client):
    text = client.predict("你好", [], api_name="/chat")
    assert text.startswith("您好") and "最接近的段落" not in text and "来源" not in text


CONTRACT_KEYS = {"claim", "verdict", "claim_figures", "report_figures", "sentence", "section", "doc", "explanation"}


@pytest.mark.parametrize("claim, verdict, figure", [
    ("2021年接待游客300万人次", "不一致", "286.35万人次"),
    ("2021年接待游客286.35万人次", "一致", "286.35万人次"),
    ("2022年地区生产总值增长目标为9%", "不一致", "8%"),
    ("沙湾市常住人口有50万人", "报告未提及", None),
])
def test_check_api(client, claim, verdict, figure):
    result, = client.predict(claim, api_name="/check")  # a list: one verdict per claim sentence
    assert CONTRACT_KEYS <= set(result) and result["verdict"] == verdict
    if figure:
        assert figure in "".join(result["report_figures"]) and result["sentence"]


def test_check_api_paragraph(client):
    text = "各位领导：\n2021年接待游客300万人次。今年GDP目标增长8%左右。谢谢！"
    results = client.predict(text, api_name="/check")
    assert [r["verdict"] for r in results] == ["不一致", "一致"]
    assert results[0]["claim"] == "2021年接待游客300万人次。" and results[1]["section"].startswith("二、2022年")


def test_evaluate_api(client, tmp_path):
    from gradio_client import handle_file
    from gradio_client.exceptions import AppError

    small = tmp_path / "five.jsonl"
    small.write_text("\n".join(QA_SET.read_text(encoding="utf-8").splitlines()[:5]), encoding="utf-8")
    summary = client.predict(handle_file(str(small)), api_name="/evaluate")
    assert summary["questions"] == 5 and summary["qa_set"] == "five.jsonl" and "hit@1" in summary
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok", "answers": ["1"]}\n{"question": ', encoding="utf-8")
    with pytest.raises(AppError, match="line 2"):
        client.predict(handle_file(str(bad)), api_name="/evaluate")


# ---------------------------------------------------------------- in a real browser

@pytest.fixture(scope="module")
def page(app_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with browser_page(app_url) as pg:
        yield pg


def _ask(page, question: str):
    page.fill("#question-box textarea", question)
    page.click("#send-button")


def test_browser_chat_streams_an_answer_with_a_highlighted_source(page):
    _ask(page, "2022年地区生产总值增长目标是多少？")
    page.wait_for_selector("#sources-panel mark", timeout=20000)
    chat = page.inner_text("#chatbot")
    assert "8%" in chat and "[1]" in chat
    marked = page.inner_text("#sources-panel mark")
    assert "完成地区生产总值同比增长8%左右" in marked
    assert "二、2022年总体要求和重点任务" in page.inner_text("#sources-panel")
    page.screenshot(path=str(SCREENSHOTS / "chat.png"), full_page=True)


def test_browser_escapes_html_in_questions(page):
    _ask(page, "<script>window.__pwned=1</script><b>粗体</b>旅游收入是多少？")
    page.wait_for_function("document.querySelector('#chatbot').innerText.includes('window.__pwned')", timeout=20000)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned === undefined")
    assert "<b>粗体</b>" in page.inner_text("#chatbot")


def test_browser_phone_width(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(300)
    width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(SCREENSHOTS / "chat-phone.png"))
    page.set_viewport_size({"width": 1280, "height": 900})
    assert width <= 400  # no horizontal scrolling on a phone


def test_browser_fact_check_tab(page):
    page.get_by_role("tab", name="核查").click()
    page.fill("#search-box textarea", "旅游收入")
    page.wait_for_selector("#search-results mark", timeout=20000)
    page.fill("#claim-box textarea", "2021年接待游客300万人次。2021年沙湾一般公共预算支出8.58亿元。\n今年GDP目标增长8%左右。")
    page.click("#check-button")
    page.wait_for_selector("#verdict tr.qa-claim-row", timeout=20000)
    rows = page.query_selector_all("#verdict tr.qa-claim-row")
    assert [r.query_selector(".qa-badge").inner_text() for r in rows] == ["不一致", "报告未提及", "一致"]
    first = rows[0].inner_text()
    assert "2021年接待游客300万人次" in first and "286.35万人次" in first and "一、2021年工作回顾" in first
    assert [h.inner_text() for h in page.query_selector_all("#verdict th")] == ["说法", "结论", "报告数字", "说法数字",
                                                                                "报告原句", "章节"]
    page.screenshot(path=str(SCREENSHOTS / "check.png"), full_page=True)


def test_browser_evaluate_tab(page):
    page.get_by_role("tab", name="评测").click()
    page.get_by_label("使用内置 QA 集").check()
    page.click("#run-eval")
    page.wait_for_function("document.querySelector('#eval-summary').innerText.includes('hit@1')", timeout=120000)
    assert "qa_set.jsonl" in page.inner_text("#eval-summary")
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SCREENSHOTS / "evaluate.png"), full_page=True)
