"""The web app with a language model (QA_GENERATOR=openai) pointed at a test server on 127.0.0.1:
guarded answers through the API, and in the browser the streamed text never shows an invented number."""

from __future__ import annotations

import html
import re

import pytest

from conftest import RunningApp, browser_page
from llm_server import FakeLLMServer
from test_app import SCREENSHOTS

pytestmark = pytest.mark.ui
QUESTION = "2021年接待游客多少人次？"
FIGURE = "286.35万人次"  # in the report's 2021 review
INVENTED = "99.9%"       # in no passage


def passage_with(prompt: str, needle: str) -> int:
    """The [n] of the passage in the model's prompt that contains ``needle``."""
    for n, body in re.findall(r"\[(\d+)\]（[^\n]*）\n<段落>\n(.*?)\n</段落>", prompt, flags=re.S):
        if needle in body:
            return int(n)
    raise AssertionError(f"{needle} is in no passage of the prompt")


def faithful(prompt: str) -> str:
    n = passage_with(prompt, FIGURE)
    return f"根据报告，2021年全年接待游客{FIGURE}[{n}]。旅游业在恢复[{n}]。"


def inventing(prompt: str) -> str:
    n = passage_with(prompt, FIGURE)
    return f"2021年全年接待游客{FIGURE}[{n}]。比上年增长{INVENTED}[{n}]。"


@pytest.fixture(scope="module")
def llm():
    with FakeLLMServer() as server:
        yield server


@pytest.fixture(scope="module")
def app_url(report_index, llm, tmp_path_factory):
    env = {"QA_GENERATOR": "openai", "QA_LLM_BASE_URL": llm.base_url, "QA_LLM_MODEL": "test-model",
           "QA_LLM_TIMEOUT": "2"}
    with RunningApp(report_index, tmp_path_factory.mktemp("app-llm") / "app.log", env=env) as app:
        yield app.url


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


@pytest.fixture(autouse=True)
def healthy_model(llm):
    llm.status, llm.delay, llm.reply = 200, 0.0, faithful


def test_api_answer_written_by_the_model_and_marked_as_such(client, llm):
    text = client.predict(QUESTION, [], api_name="/chat")
    assert text.startswith(f"根据报告，2021年全年接待游客{FIGURE}[1]。旅游业在恢复[1]。"), text
    # /chat returns Markdown in which document and model text is escaped as character references
    assert "由语言模型 openai:test-model 根据引用段落撰写" in html.unescape(text)
    assert "来源：" in text and FIGURE in text.split("来源：")[1]
    assert llm.requests, "the model was not asked"


def test_api_invented_number_is_replaced_by_the_extractive_answer_with_a_notice(client, llm):
    llm.reply = inventing
    text = client.predict(QUESTION, [], api_name="/chat")
    notice, _, answer = text.partition("\n\n")
    assert notice.startswith("> 注意：模型回答未通过核查：含有所引段落中没有的数字") and "从报告中直接摘取" in notice
    assert INVENTED not in text and FIGURE in answer


def test_api_model_down_gives_the_extractive_answer_within_the_timeout(client, llm):
    import time

    llm.delay = 5.0  # longer than QA_LLM_TIMEOUT=2
    t0 = time.perf_counter()
    text = client.predict(QUESTION, [], api_name="/chat")
    assert time.perf_counter() - t0 < 4.5
    assert "2 秒内没有回应" in text and FIGURE in text
    llm.delay, llm.status = 0.0, 500
    text = client.predict(QUESTION, [], api_name="/chat")
    assert "返回错误 500" in text and FIGURE in text


def test_app_refuses_to_start_with_an_incomplete_model_setting(report_index, tmp_path):
    app = RunningApp(report_index, tmp_path / "app.log", env={"QA_GENERATOR": "openai", "QA_LLM_BASE_URL": ""})
    try:
        code = app.proc.wait(timeout=60)
    finally:
        app.stop()
    out = app.log.read_text()
    assert code == 2 and "needs --base-url" in out and "Traceback" not in out, out


# ---------------------------------------------------------------- in a real browser

RECORD_CHAT = """() => {
  window.__seen = [];
  const chat = document.querySelector('#chatbot');
  new MutationObserver(() => window.__seen.push(chat.innerText))
    .observe(chat, {subtree: true, childList: true, characterData: true});
}"""


@pytest.fixture(scope="module")
def page(app_url):
    with browser_page(app_url) as pg:
        yield pg


def _ask_and_record(page, question: str) -> list[str]:
    """Ask in the chat; every text the chat showed until the answer was complete."""
    page.click("text=清空对话")
    page.wait_for_timeout(300)
    page.evaluate(RECORD_CHAT)
    page.fill("#question-box textarea", question)
    page.click("#send-button")
    page.wait_for_selector("#chatbot .qa-answer.qa-done", timeout=30000)
    page.wait_for_timeout(300)
    return page.evaluate("window.__seen")


def test_browser_streams_the_model_answer_and_marks_it(page, llm):
    llm.reply = faithful
    seen = _ask_and_record(page, QUESTION)
    assert any("旅游业在恢复" not in s and FIGURE in s for s in seen), "the first sentence was not streamed alone"
    final = page.inner_text("#chatbot")
    assert "旅游业在恢复[1]" in final and "由语言模型 openai:test-model" in final


def test_browser_never_shows_an_invented_number_even_while_streaming(page, llm):
    llm.reply = inventing
    seen = _ask_and_record(page, QUESTION)
    assert any(FIGURE in s and "从报告中直接摘取" not in s for s in seen), "the checked first sentence was not streamed"
    assert not [s for s in seen if INVENTED in s]
    final = page.inner_text("#chatbot")
    assert "模型回答未通过核查" in final and "从报告中直接摘取" in final and FIGURE in final
    assert INVENTED not in final
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "chat-llm-fallback.png"), full_page=True)
