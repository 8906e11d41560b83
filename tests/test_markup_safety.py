"""Document and question text is text, never markup (issue 14, item A): Markdown images and links,
bare URLs, raw HTML and $$…$$ from a report or a question are shown as the characters they are,
never rendered — no request leaves the page for an address they name and no link is made of them.

The planted address is a local HTTP listener on 127.0.0.1: the browser tests assert that it got no
request at all, that the page asked for nothing at its port, and that no <a>/<img> points at it.
"""

from __future__ import annotations

import html
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qa.config import Settings
from qa.index import build_if_stale
from qa.presentation import esc, linked_markers
from conftest import RunningApp, browser_page

# ---------------------------------------------------------------- the escaping function (fast)

HOSTILE = [
    "![x](http://127.0.0.1:9/a.png)", "[点我](http://127.0.0.1:9/b)", "<http://127.0.0.1:9/c>",
    "见 http://127.0.0.1:9/d 和 https://e.example/f 与 www.example.org", "mail admin@example.org",
    "$$\\frac{a}{b}$$ 与 $x$ 与 \\(y\\) 与 \\[z\\]", "**粗体** __粗__ *斜* _斜_ `代码` ~~删除~~",
    "# 标题", "| a | b |\n|---|---|", "> 引用", "- 列表", "1. 列表", "<img src=x onerror=alert(1)>",
    "&lt;already&gt; &amp; &#33;", "[1] 引用标记", "！［全角］（括号）＄＄",
]
META = set("\\`*_{}[]()#+-!|$<>~&\"':@")


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_leaves_no_markup_character_and_reads_back_the_same(text):
    out = esc(text)
    assert html.unescape(out) == text  # a browser shows exactly the original characters
    bare = re.sub(r"&#\d+;|&[a-z]+;", "", out)  # what is left once every character reference is taken out
    assert not META & set(bare), (text, out)
    assert not re.search(r"(?i)www\.|https?:|://", out)  # nothing GFM autolinks


def test_escape_of_plain_chinese_text_is_unchanged():
    text = "2021年全年接待游客286.35万人次，增长8%左右。"
    assert esc(text) == text


def test_citation_markers_still_link_after_escaping():
    out = linked_markers("增长8%[1]。![x](http://127.0.0.1:9/a.png)[2]", [1])
    assert '<a class="qa-cite" href="#qa-t0-src-1">[1]</a>' in out
    assert "[2]" not in out and "&#91;2&#93;" in out  # an uncited number is text
    assert "<img" not in out and "](" not in out


def test_chat_message_and_sources_keep_document_markup_as_text():
    from types import SimpleNamespace as NS

    from qa.presentation import answer_markdown, chat_message, sources_html

    sentence = "全年接待游客120.5万人次![x](http://127.0.0.1:9/a.png)$$x^2$$。"
    citation = NS(n=1, doc="d.txt", section="一、回顾", sentence=sentence, text="前文。\n\n" + sentence, quote="")
    answer = NS(answer=f"根据报告，{sentence}[1]", answerable=True, confidence="high", citations=[citation],
                question="q", resolved_question="q", small_talk="", nearest=[], generator="none")
    for out in (chat_message(answer), sources_html(answer), answer_markdown(answer)):
        assert "](" not in out and "$$" not in out and "http:" not in out
        assert "120.5万人次" in out
    assert html.unescape(chat_message(answer)).count("![x](http://127.0.0.1:9/a.png)") == 2  # answer + card


def test_chatbot_renders_no_latex():
    import app

    chatbots = [b for b in app.demo.blocks.values() if type(b).__name__ == "Chatbot"]
    assert chatbots and all(b.latex_delimiters == [] for b in chatbots)


# ---------------------------------------------------------------- in a real browser

class Listener:
    """A local HTTP server that records every request: the planted address."""

    def __init__(self):
        self.paths: list[str] = []
        seen = self.paths

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                seen.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


REPORT = """2023年政府工作报告
——2023年1月10日在示范市第二届人民代表大会第一次会议上
各位代表:
一、2022年工作回顾
2022年,全年接待游客120.5万人次![游客](http://127.0.0.1:{port}/doc-image.png),实现旅游收入10.3亿元。
旅游宣传详见[示范市旅游网](http://127.0.0.1:{port}/doc-link)和http://127.0.0.1:{port}/bare-link。

增长关系满足$$\\frac{{a}}{{b}}$$,一般公共预算收入完成9.12亿元<img src="http://127.0.0.1:{port}/html-img.png">。
(一)教育事业稳步发展。新建幼儿园3所![幼儿园](http://127.0.0.1:{port}/school.png)。
二、2023年总体要求和重点任务
奋斗目标是:地区生产总值同比增长7%左右![目标](http://127.0.0.1:{port}/target.png),一般公共预算收入增长5%。
(一)推动旅游业高质量发展。力争全年接待游客150万人次,旅游收入突破12亿元。
"""
HASHED = "hashed-ngrams-64"


@pytest.fixture(scope="module")
def listener():
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def hostile_app(listener, tmp_path_factory):
    folder = tmp_path_factory.mktemp("markup")
    corpus, index = folder / "corpus", folder / "index"
    corpus.mkdir()
    (corpus / "hostile-2023.txt").write_text(REPORT.format(port=listener.port), encoding="utf-8")
    assert build_if_stale(corpus, index, Settings(embedder=HASHED))[0]
    with RunningApp(index, folder / "app.log", "--corpus", str(corpus), env={"QA_EMBEDDER": HASHED}) as app:
        yield app


@pytest.fixture(scope="module")
def page(hostile_app, listener):
    with browser_page(hostile_app.url) as pg:
        pg.requested = []
        pg.on("request", lambda request: pg.requested.append(request.url))
        yield pg


@pytest.fixture(autouse=True)
def _fresh_records(request):
    """Each browser test counts only the requests made during it."""
    if "page" in request.fixturenames:
        request.getfixturevalue("listener").paths.clear()
        request.getfixturevalue("page").requested.clear()


def _planted(page, listener) -> list[str]:
    """Everything on the page that points at the planted address, and every request made to it."""
    port = str(listener.port)
    found = page.evaluate("""port => Array.from(document.querySelectorAll('img, a, image, iframe, source, link, video, audio'))
        .map(e => e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('xlink:href') || '')
        .filter(u => u.includes(port))""", port)
    return found + [u for u in page.requested if port in u] + listener.paths


def _no_latex(page) -> bool:
    return page.evaluate("document.querySelectorAll('.katex, .katex-display, math').length === 0")


def _ask(page, question: str, answers_before: int):
    page.fill("#question-box textarea", question)
    page.click("#send-button")
    page.wait_for_function(f"document.querySelectorAll('#chatbot .qa-answer.qa-done').length > {answers_before}",
                           timeout=30000)
    page.wait_for_timeout(800)  # time for any image or link the page would load


@pytest.mark.ui
def test_browser_document_markup_is_text_in_the_chat_and_its_sources(page, listener):
    port = listener.port
    _ask(page, "2022年全年接待游客多少人次？", 0)
    assert "120.5万人次" in page.inner_text("#chatbot")
    shown = page.inner_text("#sources-panel")  # the cited passage, shown as the characters it is
    assert f"![游客](http://127.0.0.1:{port}/doc-image.png)" in shown, shown
    assert _planted(page, listener) == [] and _no_latex(page)
    _ask(page, "一般公共预算收入完成多少？", 1)
    text = page.inner_text("#chatbot") + page.inner_text("#sources-panel")
    assert "$$\\frac{a}{b}$$" in text and f'<img src="http://127.0.0.1:{port}/html-img.png">' in text
    assert page.query_selector_all("#chatbot a.qa-cite")  # the project's own [n] links still work
    page.click("#chatbot a.qa-cite >> nth=-1")
    assert _planted(page, listener) == [] and _no_latex(page)


@pytest.mark.ui
def test_browser_question_markup_is_text(page, listener):
    port = listener.port
    question = f"![](http://127.0.0.1:{port}/question.png)[点我](http://127.0.0.1:{port}/q-link)旅游收入是多少？$$x^2$$"
    before = len(page.query_selector_all("#chatbot .qa-answer.qa-done"))
    _ask(page, question, before)
    assert question in page.inner_text("#chatbot")
    assert page.evaluate("t => window.qaPlainText(t)", esc(question)) == question  # a copy is the plain question
    assert _planted(page, listener) == [] and _no_latex(page)


@pytest.mark.ui
def test_browser_search_check_and_glance_show_markup_as_text(page, listener):
    port = listener.port
    page.get_by_role("tab", name="核查").click()
    page.fill("#search-box textarea", f"旅游宣传![](http://127.0.0.1:{port}/search.png)")
    page.wait_for_selector("#search-results .qa-hit", timeout=20000)
    page.fill("#claim-box textarea", f"2022年接待游客120.5万人次![](http://127.0.0.1:{port}/claim.png)。"
                                     "一般公共预算收入完成9.12亿元。")
    page.click("#check-button")
    page.wait_for_selector("#verdict tr.qa-claim-row", timeout=20000)
    page.get_by_role("tab", name="报告速览").click()
    page.wait_for_selector("#glance .qa-glance", timeout=20000)
    page.wait_for_timeout(800)
    assert f"[示范市旅游网](http://127.0.0.1:{port}/doc-link)" in page.inner_text("#search-results")
    assert "120.5万人次" in page.inner_text("#verdict")
    assert _planted(page, listener) == [] and _no_latex(page)


@pytest.mark.ui
def test_browser_evaluation_table_shows_markup_as_text(page, listener, tmp_path):
    port = listener.port
    qa_set = tmp_path / "hostile-qa.jsonl"
    question = f"![](http://127.0.0.1:{port}/eval.png)2022年全年接待游客多少人次？$$y^2$$"
    qa_set.write_text(json.dumps({"id": "h1", "question": question, "answers": ["120.5万人次"]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    page.get_by_role("tab", name="评测").click()
    page.set_input_files("input[type=file] >> nth=0", str(qa_set))
    page.wait_for_timeout(1500)
    page.click("#run-eval")
    page.wait_for_function("document.querySelector('#eval-summary').innerText.includes('hit@1')", timeout=60000)
    page.wait_for_function("document.querySelector('#eval-table').innerText.includes('h1')", timeout=20000)
    page.wait_for_timeout(800)
    assert "hostile-qa.jsonl" in page.inner_text("#eval-summary")
    table = page.inner_text("#eval-table")
    assert f"http://127.0.0.1:{port}/eval.png" in table and "120.5万人次" in table
    assert _planted(page, listener) == [] and _no_latex(page)
