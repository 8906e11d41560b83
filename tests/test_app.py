"""The web app, running for real: its API through gradio_client, its pages in headless Chromium."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import QA_SET, REPORT, ROOT, RunningApp, browser_page, spread

pytestmark = pytest.mark.ui
SCREENSHOTS = Path(os.environ.get("QA_SCREENSHOT_DIR") or ROOT / "tests" / "artifacts")
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"  # make browser installs it (npm)
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


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


def test_browser_evaluate_tab(page, tmp_path):
    """An evaluator uploads a QA set (here 150 questions spread across the shipped one: every batch and
    kind, seconds instead of the minutes the whole set takes) and gets the summary, table and charts."""
    lines = [line for line in QA_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    upload = tmp_path / "qa_sample.jsonl"
    upload.write_text("\n".join(spread(lines, 150)) + "\n", encoding="utf-8")
    page.get_by_role("tab", name="评测").click()
    page.set_input_files("input[type=file] >> nth=0", str(upload))
    page.wait_for_timeout(1500)
    page.click("#run-eval")
    page.wait_for_function("document.querySelector('#eval-summary').innerText.includes('hit@1')", timeout=120000)
    assert "qa_sample.jsonl" in page.inner_text("#eval-summary") and "150" in page.inner_text("#eval-summary")
    assert "gold_answers" in page.inner_text("#eval-table")
    for plot in ("#hit-plot", "#latency-plot"):  # both charts draw their bars (typed data, y from zero)
        page.wait_for_function(f"document.querySelectorAll('{plot} .mark-rect path').length >= 1", timeout=20000)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SCREENSHOTS / "evaluate.png"), full_page=True)


def test_chat_api_refusal_has_no_passages_in_the_chat_but_keeps_them_in_the_api(client):
    text = client.predict("2023年GDP目标是多少？", [], api_name="/chat")
    assert "没有找到" in text  # the API keeps the full refusal and the nearest passages


def test_browser_refusal_is_one_sentence_with_questions_it_can_answer(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("tab", name="问答").click()
    _ask(page, "沙湾的房价是多少？")
    page.wait_for_function("[...document.querySelectorAll('#chatbot .qa-answer.qa-done')].pop()?.innerText.includes('没有找到')",
                           timeout=20000)
    last = page.query_selector_all("#chatbot .qa-answer")[-1]
    line = last.query_selector(".qa-answer-line").inner_text()
    assert line.count("。") == 1 and "已检索" not in line
    assert 2 <= len(last.query_selector_all("button.qa-ask")) <= 5
    assert not last.query_selector(".qa-source") and "没有引用" in page.inner_text("#sources-panel")


# ---------------------------------------------------------------- as people see it: sizes, themes, accessibility

@contextmanager
def _themed_page(browser, url, size, theme):
    """A new page of the module's Chromium at ``size`` in ``theme`` (light / dark)."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN", color_scheme=theme)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    pg = context.new_page()
    pg.goto(f"{url.rstrip('/')}/?__theme={theme}")
    pg.wait_for_selector("#question-box textarea", timeout=30000)
    pg.wait_for_selector("#loaded-reports .qa-report-name", timeout=30000)
    try:
        yield pg
    finally:
        context.close()


def _done(pg, count):
    pg.wait_for_function(f"document.querySelectorAll('#chatbot .qa-answer.qa-done').length >= {count}", timeout=20000)
    pg.wait_for_timeout(600)  # the page's script scrolls every 200 ms


def _serious_violations(pg) -> list[str]:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make browser installs it with npm)")
    pg.add_script_tag(path=str(AXE))
    found = pg.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + ((n.any[0] || {}).message || '')).join(' | '))""")
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_browser_as_people_see_it(page, app_url, size, theme):
    """Answer first, [1] goes to its source, copies are plain text, small talk is not refused, the page
    is Chinese and has no serious accessibility violation on any tab; screenshots of every tab."""
    with _themed_page(page.context.browser, app_url, size, theme) as pg:
        assert pg.evaluate("document.documentElement.lang") == "zh-CN"
        assert "沙湾市2022年政府工作报告" in pg.inner_text("#loaded-reports") and "2022年1月24日" in pg.inner_text("#loaded-reports")
        assert "那20" not in pg.inner_text("#suggestions")  # the follow-up example only after a first question
        pg.click("#suggestions button.qa-ask >> nth=0")  # a starter question is sent on click
        _done(pg, 1)
        assert "那2021年呢" in pg.inner_text("#suggestions")
        pg.fill("#question-box textarea", "你好")
        pg.press("#question-box textarea", "Enter")
        _done(pg, 2)
        greeting = pg.query_selector_all("#chatbot .qa-answer")[-1]
        assert "没有找到" not in greeting.inner_text() and len(greeting.query_selector_all("button.qa-ask")) >= 3
        pg.fill("#question-box textarea", "2022年地区生产总值增长目标是多少？")
        pg.click("#send-button")
        _done(pg, 3)
        last = pg.query_selector_all("#chatbot .qa-answer")[-1]
        top = last.bounding_box()["y"]
        assert 0 <= top <= SIZES[size][1] - 40, f"the answer's first line is out of view (y={top})"
        pg.screenshot(path=str(SCREENSHOTS / f"chat-{size}-{theme}.png"))
        last.query_selector("a.qa-cite").click()
        pg.wait_for_timeout(400)
        target = pg.query_selector(".qa-flash")
        assert target is not None and "完成地区生产总值同比增长8%左右" in target.inner_text()
        box = target.bounding_box()
        assert box["y"] < SIZES[size][1] and box["y"] + box["height"] > 0
        assert ("沙湾市2022年政府工作报告 · 二、2022年总体要求和重点任务" in target.inner_text())
        last.hover()
        copy = pg.query_selector_all("#chatbot button[aria-label='Copy message'], #chatbot button[title='Copy message']")[-1]
        copy.click()
        pg.wait_for_timeout(300)
        copied = pg.evaluate("window.qaLastCopy")
        assert copied and "<" not in copied and copied.startswith("根据报告") and "来源：\n[1] 沙湾市2022年政府工作报告" in copied
        bad = _serious_violations(pg)
        for tab in ("报告速览", "核查", "评测"):
            pg.get_by_role("tab", name=tab).click()
            pg.wait_for_timeout(500)
            if tab == "报告速览":
                pg.wait_for_selector("#glance .qa-glance-table", timeout=20000)
                pg.screenshot(path=str(SCREENSHOTS / f"glance-{size}-{theme}.png"))
            if tab == "核查":
                pg.fill("#search-box textarea", "旅游收入")
                pg.wait_for_selector("#search-results .qa-hit", timeout=20000)
                pg.screenshot(path=str(SCREENSHOTS / f"check-{size}-{theme}.png"))
            bad += [f"{tab}: {v}" for v in _serious_violations(pg)]
        assert not bad, bad


def test_browser_queues_a_question_sent_while_streaming_and_refuses_over_long_ones(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("tab", name="问答").click()
    before = len(page.query_selector_all("#chatbot .qa-answer.qa-done"))
    page.fill("#question-box textarea", "2021年一般公共预算收入是多少？")
    queued = page.evaluate("""() => {  // the second question is sent before the first answer has come
        const box = document.querySelector('#question-box textarea');
        document.querySelector('#send-button').click();
        const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        set.call(box, '去年接待游客多少人次？');
        box.dispatchEvent(new Event('input', {bubbles: true}));
        box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true}));
        return document.getElementById('qa-queue-note')?.innerText || '';
    }""")
    assert "去年接待游客多少人次" in queued  # queued, not dropped
    page.wait_for_function(f"document.querySelectorAll('#chatbot .qa-answer.qa-done').length >= {before + 2}", timeout=30000)
    chat = page.inner_text("#chatbot")
    assert "8.58亿元" in chat and "286.35万人次" in chat
    page.fill("#question-box textarea", "长" * 520)
    page.click("#send-button")
    page.wait_for_selector("text=问题太长", timeout=10000)
    assert len(page.query_selector_all("#chatbot .qa-answer.qa-done")) == before + 2


def test_browser_glance_tab_shows_targets_and_results_from_the_report(page):
    report = REPORT.read_text(encoding="utf-8")
    page.get_by_role("tab", name="报告速览").click()
    page.wait_for_selector("#glance .qa-glance-table", timeout=20000)
    rows = {r.query_selector("th").inner_text(): r.inner_text() for r in page.query_selector_all("#glance tbody tr")}
    for subject, result, target in [("地区生产总值", "增长7%", "增长8%左右"), ("一般公共预算收入", "8.58亿元", "增长7%左右"),
                                    ("社会消费品零售总额", "17.5亿元", "增长10%左右"),
                                    ("农村居民人均可支配收入", "增加1509元", "增加1300元")]:
        assert result in rows[subject] and target in rows[subject], rows[subject]
    figures = page.query_selector_all("#glance a.qa-fig")
    assert len(figures) >= 15
    for link in figures:  # every figure links to a sentence of the report that contains it
        note = page.query_selector(link.get_attribute("href"))
        sentence = note.query_selector(".qa-source-body").inner_text()
        assert link.inner_text() in sentence and sentence in report
    bars = page.query_selector_all("#glance .qa-chart-fill")
    assert len(bars) >= 6 and all(b.bounding_box()["width"] > 0 for b in bars)  # the chart renders
    assert page.query_selector_all("#glance .qa-outline > details")[0].inner_text().startswith("一、2021年工作回顾")


def test_browser_search_says_when_nothing_matches_well(page):
    page.get_by_role("tab", name="核查").click()
    page.fill("#search-box textarea", "房价")
    page.wait_for_selector("#search-results .qa-notice", timeout=20000)
    page.fill("#search-box textarea", "旅游收入")
    page.wait_for_function("document.querySelector('#search-results').innerText.includes('匹配度 100%')", timeout=20000)
    assert not page.query_selector("#search-results .qa-notice")


def test_browser_evaluate_without_a_file_says_so_and_clears_old_results(page):
    page.get_by_role("tab", name="评测").click()
    box = page.get_by_label("使用内置 QA 集")
    if box.is_checked():
        box.uncheck()
    clear = page.locator("#eval-upload button[aria-label]")  # the upload's × (labelled in the page's language)
    if clear.count():  # a file uploaded by an earlier test: removed, so that none is given
        clear.first.click()
        page.wait_for_timeout(500)
    page.click("#run-eval")
    page.wait_for_selector("text=请先上传 QA 集文件", timeout=20000)
    assert "hit@1" not in page.inner_text("#eval-summary")
