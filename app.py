"""Web chat over government work reports (Gradio). Thin: every answer comes from the ``qa`` package.

Tabs: 问答 (citizens: streamed answers, the answer first, its cited passages once — beside the chat on
wide screens, folded under the answer on narrow ones — with [n] markers linking to them), 报告速览 (each
loaded report at a glance: key indicators, a chart, the outline), 核查 (staff: passage search and a claim
checker), 评测 (evaluators: run a QA set, see metrics and plots, download CSV/JSON). The page's own
behaviour (scrolling to the answer, [n] links, suggested questions that send, queued questions, plain-text
copies) is qa/page.js.

API for gradio_client (stable names): /chat (message, history) -> Markdown answer with [n] markers
and sources (a hedged answer starts with 【可能相关】); /search (query, top_k) -> passages; /check (claim or
paragraph) -> a list of verdicts, one per claim sentence, as ``qa check --json``; /evaluate (file) -> summary.

Beside the UI, the same server answers the HTTP API of qa/api.py (/v1/chat/completions, /api/*; /docs).

Run: ``python app.py [--host 127.0.0.1] [--port 7860] [--workers N]`` (GRADIO_SERVER_NAME / GRADIO_SERVER_PORT
work too; --workers N: the API in N processes, qa/api_server.py).
"""

from __future__ import annotations

import argparse
import atexit
import functools
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from qa.serving import LAUNCH_SETTINGS, QUEUE_SETTINGS, prepare_process, tune_interpreter  # light: no numpy yet

prepare_process()  # BLAS threads and Gradio analytics settings, before numpy is imported

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402  (Gradio imports it anyway)

from qa import glance, messages, presentation as view  # noqa: E402
from qa.errors import ConfigError, QAError, QASetError  # noqa: E402
from qa.evaluation import HIT_KS, evaluate, format_summary, load_qa_set, write_report  # noqa: E402
from qa.answer_worker import AnswerProcess, WorkerGone, rendered  # noqa: E402
from qa.api import EngineSlot, create_api  # noqa: E402
from qa.api_server import serve, serve_with_workers  # noqa: E402
from qa.generation import GeneratorConfig  # noqa: E402
from qa.service import get_engine  # noqa: E402
from qa.text import clean_input, has_content  # noqa: E402

ROOT = Path(__file__).resolve().parent
DEFAULT_QA_SET = ROOT / "eval" / "qa_set.jsonl"
MAX_QUESTION_CHARS = 500
MAX_CLAIM_CHARS = 5000  # a pasted paragraph or a short draft
MAX_TOP_K = 50
INTERNAL_ERROR = "服务内部出错，这个请求没有完成。请稍后重试；如果反复出现，请联系管理员（详情见服务器日志）。"
STREAM_STEP = 4  # characters per streamed update
BOX_LIMIT = 4 * MAX_QUESTION_CHARS  # the box takes more, so an over-long question gets a message, not a silent cut
PAGE_JS = (ROOT / "qa" / "page.js").read_text(encoding="utf-8")
HEAD = f"<script>{PAGE_JS}</script>"

if gr.NO_RELOAD:  # heavy resources load once, not on every hot reload
    _ENGINE_ARGS: dict = {}


def _user_error(message: str) -> gr.Error:
    """An error the user can act on: shown to them, not logged with a traceback (that is for real faults)."""
    return gr.Error(message, print_exception=False)


def engine():
    """The shared engine; the index is built first when it is missing or stale. With QA_GENERATOR
    set (openai | transformers), answers are written by that language model, guarded."""
    try:
        generator = _ENGINE_ARGS.get("generator") or GeneratorConfig.from_env()
        return get_engine(_ENGINE_ARGS.get("index"), build_if_missing=True, corpus_dir=_ENGINE_ARGS.get("corpus"),
                          generator=generator)
    except QAError as exc:
        raise gr.Error(f"索引不可用：{exc}") from exc  # logged: the operator must see it


def answer_events(question: str, history: list[str]):
    """Yield ("delta", checked text) while a language model writes, then ("final", the rendered
    answer: qa.answer_worker.rendered). Computed in the answer worker process when it runs (it
    answers extractively, so it is only started without a language model), else by the engine's
    answer strategy here. A worker that has died is reported once and not used again."""
    worker = _ENGINE_ARGS.get("worker")
    if worker is not None:
        try:
            yield "final", worker.render(question, history)
            return
        except WorkerGone as exc:
            _ENGINE_ARGS["worker"] = None
            print(f"app.py: answering in the app process from now on: {exc}", file=sys.stderr, flush=True)
    eng = engine()
    for kind, value in eng.ask_stream(question, history=history):
        yield kind, (rendered(value, question, glance.report_names(eng.index)) if kind == "final" else value)


def answer_rendered(question: str, history: list[str]) -> dict:
    """The rendered answer (see answer_events), without the streamed text."""
    return next(value for kind, value in answer_events(question, history) if kind == "final")


def start_answer_worker(index_dir: Path) -> None:
    """Answer in a separate process (qa/answer_worker.py) unless QA_ANSWER_WORKER=0; if it cannot
    start, say so and answer in this process."""
    if os.environ.get("QA_ANSWER_WORKER", "1").strip() in ("0", "false", "no", "off"):
        return
    try:
        _ENGINE_ARGS["worker"] = worker = AnswerProcess(index_dir)
        atexit.register(worker.stop)
    except QAError as exc:
        print(f"app.py: answering in the app process: {exc}", file=sys.stderr, flush=True)


def _question(message) -> str:
    """The question as text without invisible characters, or a gr.Error saying what is wrong with it."""
    if message is not None and not isinstance(message, str):
        raise _user_error("问题必须是文字。")
    text = clean_input(message or "").strip()
    if not text:
        raise _user_error("请输入问题。")
    if len(text) > MAX_QUESTION_CHARS:
        raise _user_error(f"问题太长（{len(text)} 字），请不超过 {MAX_QUESTION_CHARS} 字。")
    if not has_content(text):
        raise _user_error("问题里没有文字（只有标点、符号或表情），请用文字提问。")
    return text


def _top_k(value) -> int:
    """The number of passages to show, 1..MAX_TOP_K, or a gr.Error."""
    try:
        number = float(value)
        if number != int(number):
            raise ValueError
        number = int(number)
    except (TypeError, ValueError, OverflowError):
        raise _user_error(f"显示条数必须是 1 到 {MAX_TOP_K} 之间的整数，收到的是 {str(value)[:20]!r}。") from None
    if not 1 <= number <= MAX_TOP_K:
        raise _user_error(f"显示条数必须是 1 到 {MAX_TOP_K} 之间的整数，收到的是 {number}。")
    return number


def _user_turns(history) -> list[str]:
    """Earlier user questions from a chat history (messages or [user, bot] pairs); anything else is ignored."""
    turns = []
    if not isinstance(history, (list, tuple)):
        return turns
    for item in history:
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            turns.append(content if isinstance(content, str) else str(content))
        elif isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
            turns.append(item[0])
    return [t for t in (clean_input(t).strip()[:MAX_QUESTION_CHARS] for t in turns) if t]


def _as_user_error(exc: Exception, what: str = "请求") -> gr.Error:
    """The gr.Error a user sees for ``exc``: itself when it is one, the message of a package error,
    else a short notice (the traceback is logged on the server, never shown)."""
    if isinstance(exc, gr.Error):
        return exc
    if isinstance(exc, QAError):
        return _user_error(f"无法处理这个{what}：{exc}")
    traceback.print_exception(exc, file=sys.stderr)
    return _user_error(INTERNAL_ERROR)


def _guarded(fn):
    """API and UI handlers: errors become a Chinese gr.Error (see _as_user_error)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as exc:  # noqa: BLE001 - the user gets a message, the log gets the traceback
            raise _as_user_error(exc) from None

    return wrapper


# ---------------------------------------------------------------- chat (citizens)

def report_years() -> list[int]:
    """Years the loaded reports speak about (results and targets), for follow-up suggestions."""
    return sorted({y for g in glances() for y in (g.review_year, g.plan_year) if y})


def glances() -> list:
    """Each loaded report at a glance (qa.glance), computed once per loaded index (a report added
    by ``qa add`` meanwhile is in the next one: qa.service.get_engine)."""
    index = engine().index
    cached = _ENGINE_ARGS.get("glances")
    if cached is None or cached[0] is not index:
        cached = _ENGINE_ARGS["glances"] = (index, glance.glances(index))
    return cached[1]


def follow_ups(question: str) -> list[str]:
    """A follow-up on the other period of the report: 那2021年呢？ after a question about 2022."""
    asked = [y for y in report_years() if str(y) in question]
    return [f"那{y}年呢？" for y in report_years() if asked and y not in asked][:1]


def starters() -> list[str]:
    """Suggested first questions (sent on click), about the years of the loaded reports, so any report
    gets questions it can answer; a follow-up on the other year (那2021年呢？) is offered after an answer."""
    years = report_years()
    if not years:
        return list(view.starter_questions())
    plan, review = max(years), max(years) - 1
    return [f"{plan}年地区生产总值增长目标是多少？", "去年经济发展得怎么样？", f"{review}年一般公共预算收入是多少？",
            "今年的重点任务有哪些？", f"What is the GDP growth target for {plan}?"]


def suggestions(question: str = "") -> str:
    follow = follow_ups(question) if question else []
    if follow:
        return view.suggestions_html(follow + starters()[:3], "接着问：")
    return view.suggestions_html(starters(), "试试这些问题：")


def respond(message: str, chat: list, questions: list):
    """Stream the answer into the chat, then show it with its sources (in the side panel and folded
    under it) and suggest a follow-up. The box is cleared once, so a question typed meanwhile stays."""
    try:
        question = _question(message)
    except gr.Error as exc:
        gr.Warning(str(exc.message))
        yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return
    chat = list(chat or []) + [{"role": "user", "content": view.esc(question)},
                               {"role": "assistant", "content": view.answer_html("", done=False)}]
    turn = sum(1 for m in chat if isinstance(m, dict) and m.get("role") == "user")
    yield "", chat, questions, gr.skip(), gr.skip()
    shown, written = None, ""
    try:  # a language model's text arrives a checked sentence at a time (qa.generation.ask_stream)
        for kind, value in answer_events(question, list(questions or [])):
            if kind == "delta":
                written += value
                chat[-1]["content"] = view.answer_html(view.esc(written) + ' <span class="qa-writing">▍</span>',
                                                       done=False)
                yield gr.skip(), chat, questions, gr.skip(), gr.skip()
            else:
                shown = value
    except Exception as exc:  # noqa: BLE001 - shown in the chat, not as a pop-up (see _as_user_error)
        chat[-1]["content"] = view.answer_html(view.esc(str(_as_user_error(exc, "问题").message)), "none")
        yield gr.skip(), chat, questions, gr.skip(), gr.skip()
        return
    if not written:  # an extractive answer is ready at once: show it being typed, briefly
        text = shown["answer"]
        for end in range(STREAM_STEP, len(text) + STREAM_STEP, STREAM_STEP):
            chat[-1]["content"] = view.answer_html(view.esc(text[:end]), done=False)
            yield gr.skip(), chat, questions, gr.skip(), gr.skip()
            time.sleep(0.01)
    chat[-1]["content"] = view.for_turn(shown["chat_html"], turn)
    resolved = shown["resolved_question"]
    yield (gr.skip(), chat, list(questions or []) + [resolved], shown["sources_html"],
           suggestions(resolved if shown["answerable"] else ""))


def clear_chat():
    return [], [], '<div class="qa-empty">对话已清空。</div>', suggestions()


@_guarded
def chat_api(message: str, history: list | None = None) -> str:
    """API /chat: the answer (with [n] markers) and its numbered sources, as Markdown."""
    return answer_rendered(_question(message), _user_turns(history))["markdown"]


# ---------------------------------------------------------------- search and claim check (staff)

@_guarded
def search_api(query: str, top_k: int = 5) -> list[dict]:
    """API /search: the best passages for a query, best first."""
    text = _question(query)
    return [h.to_dict() for h in engine().search(text, top_k=_top_k(top_k)).hits]


@_guarded
def search_view(query: str, top_k: int):
    """Live search (runs on every keystroke): problems are shown in place, not as error pop-ups."""
    if not clean_input(query or "").strip():
        return '<div class="qa-empty">输入关键词或问题，立即显示最相关的段落。</div>'
    try:
        text = _question(query)
        k = _top_k(top_k)
    except gr.Error as exc:
        return f'<div class="qa-empty">{view.esc(str(exc.message))}</div>'
    eng = engine()
    return view.search_results_html(eng.search(text, top_k=k).hits, text, glance.report_names(eng.index))


def _claim_text(text) -> str:
    """A claim or paragraph to check, without invisible characters, or a gr.Error saying what is wrong."""
    if text is not None and not isinstance(text, str):
        raise _user_error("说法必须是文字。")
    text = clean_input(text or "").strip()
    if not text:
        raise _user_error("请输入要核查的说法（一句或一段）。")
    if len(text) > MAX_CLAIM_CHARS:
        raise _user_error(f"内容太长（{len(text)} 字），请不超过 {MAX_CLAIM_CHARS} 字。")
    return text


def _verdicts(text) -> list:
    verdicts = engine().check(_claim_text(text))
    if not verdicts:
        raise _user_error(messages.NO_CHECKABLE_SENTENCE + "。")
    return verdicts


@_guarded
def check_api(claim: str) -> list[dict]:
    """API /check: one verdict (一致 / 不一致 / 报告未提及, with the report's figures and sentence) per
    claim sentence of a claim or paragraph; the same list as ``qa check --json``."""
    return [v.to_dict() for v in _verdicts(claim)]


@_guarded
def check_view(claim: str) -> str:
    """The 核查 tab: a table with one row per claim sentence."""
    return view.verdicts_table_html(_verdicts(claim), glance.report_names(engine().index))


# ---------------------------------------------------------------- evaluation (evaluators)

def _qa_items(upload, use_builtin: bool):
    if use_builtin:
        return load_qa_set(DEFAULT_QA_SET), DEFAULT_QA_SET.name
    if upload is None:
        raise _user_error("请先上传 QA 集文件（.jsonl），或勾选“使用内置 QA 集”。")
    path = Path(upload if isinstance(upload, str) else upload.name)
    try:
        return load_qa_set(path), path.name
    except QASetError as exc:  # name the uploaded file, not the server's temporary copy of it
        message = str(exc).replace(str(path), path.name).replace("QA set " + path.name, path.name)
        raise _user_error(f"QA 集文件有误（须为 JSONL：每行一个 JSON 对象，格式见 README）：{message}") from None


@_guarded
def run_evaluation(upload, use_builtin: bool, progress=gr.Progress()):
    items, name = _qa_items(upload, use_builtin)
    eng = engine()
    progress(0, desc=f"评测 {name}（{len(items)} 题）")
    report = evaluate(items, eng.ask, progress=lambda i, n: progress(i / n, desc=f"第 {i}/{n} 题"))
    report.summary["qa_set"] = name
    out = Path(tempfile.mkdtemp(prefix="qa-eval-"))
    json_path, csv_path, _ = write_report(report, out)
    return (report.questions, _summary_markdown(report.summary), _table(report.questions, False),
            _hit_curve(report.questions), _latency_histogram(report.questions), str(csv_path), str(json_path))


@_guarded
def evaluate_api(upload=None) -> dict:
    """API /evaluate: the summary metrics of a QA set (the shipped one when no file is given)."""
    items, name = _qa_items(upload, upload is None)
    summary = evaluate(items, engine().ask).summary
    summary["qa_set"] = name
    return summary


def _summary_markdown(s: dict) -> str:
    return f"**QA 集：{view.esc(s.get('qa_set', ''))}**\n\n" + format_summary(s)


TABLE_COLUMNS = ["id", "question", "answer", "gold_answers", "correct", "answerable_gold", "answerable_pred",
                 "hit_rank", "latency_ms"]
LATENCY_BINS = 12  # bars of the latency histogram


def _cell(value):
    return "；".join(map(str, value)) if isinstance(value, (list, tuple)) else value


def _table(rows: list[dict], failures_only: bool):
    picked = [r for r in rows if not failures_only or not r["correct"]]
    return pd.DataFrame([{c: _cell(r.get(c)) for c in TABLE_COLUMNS} for r in picked], columns=TABLE_COLUMNS)


def _hit_curve(rows: list[dict]):
    """hit@k for k = 1..5; k is a label (k=1 …), so the axis has whole-number ticks only."""
    ranked = [r["hit_rank"] for r in rows if r["answerable_gold"] and r.get("retrieved") is not None]
    n = max(1, len(ranked))
    ks = range(1, max(HIT_KS) + 1)
    return pd.DataFrame({"k": [f"k={k}" for k in ks],
                         "hit@k": [sum(1 for r in ranked if r is not None and r <= k) / n for k in ks]})


def _latency_histogram(rows: list[dict]):
    """Questions per latency range (ms), counted here so that every bar starts at zero."""
    values = [float(r["latency_ms"]) for r in rows]
    if not values:
        # typed empty columns: a float x column would make the chart's x axis numeric, and the labels vanish
        return pd.DataFrame({"毫秒": pd.Series([], dtype=object), "题数": pd.Series([], dtype=int)})
    low, high = min(values), max(values)
    width = max((high - low) / LATENCY_BINS, 0.5)
    counts = [0] * LATENCY_BINS
    for v in values:
        counts[min(LATENCY_BINS - 1, int((v - low) / width))] += 1
    labels = [f"{low + i * width:.0f}–{low + (i + 1) * width:.0f}" for i in range(LATENCY_BINS)]
    size = max(len(label.split("–")[0]) for label in labels)  # the chart sorts labels as text: pad with spaces
    labels = [label.rjust(size + len(label) - len(label.split("–")[0])) for label in labels]
    return pd.DataFrame({"毫秒": labels, "题数": counts})


def clear_results():
    """Old results go before a new run, so an error never leaves them looking current."""
    return ([], "", pd.DataFrame(columns=TABLE_COLUMNS), _hit_curve([]), _latency_histogram([]), None, None)


def filter_table(rows, failures_only: bool):
    return _table(rows or [], failures_only)


# ---------------------------------------------------------------- layout

def header_html() -> str:
    return view.reports_header_html(glance.reports(engine().index))


def glance_view() -> str:
    """The 报告速览 tab: every loaded report at a glance."""
    return "".join(view.glance_html(g, f"qa-g{i}") for i, g in enumerate(glances())) or \
        '<div class="qa-empty">尚未载入报告。</div>'


def build_demo() -> gr.Blocks:
    with gr.Blocks(title="政府工作报告问答") as demo:
        gr.Markdown("# 政府工作报告问答\n用大白话提问，回答附带报告原句出处。支持简体、繁体和英文提问。")
        header = gr.HTML('<div class="qa-loaded">正在载入报告……</div>', elem_id="loaded-reports")
        with gr.Tab("问答", id="chat"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=300):
                    chatbot = gr.Chatbot(label="对话", height=560, elem_id="chatbot", sanitize_html=True,
                                         latex_delimiters=[],  # quoted text is text: no $$…$$ rendering
                                         feedback_options=None, autoscroll=False, buttons=["copy", "copy_all"],
                                         placeholder="请在下方输入问题，或点一个示例问题。")
                    with gr.Row(elem_id="question-row"):
                        box = gr.Textbox(placeholder=f"输入问题（最多 {MAX_QUESTION_CHARS} 字），回车发送",
                                         label="问题", show_label=False, max_length=BOX_LIMIT, scale=5,
                                         elem_id="question-box", lines=1)
                        send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="send-button")
                    suggest = gr.HTML('<div class="qa-empty"></div>', elem_id="suggestions")  # filled on load
                    clear = gr.Button("清空对话", size="sm", elem_id="clear-button")
                with gr.Column(scale=2, min_width=280, elem_id="sources-col"):
                    sources = gr.HTML(view.NO_SOURCES, label="引用来源", elem_id="sources-panel")
            questions = gr.State([])
            for trigger in (box.submit, send.click):
                trigger(respond, [box, chatbot, questions], [box, chatbot, questions, sources, suggest],
                        api_visibility="private", show_progress="hidden")
            clear.click(clear_chat, None, [chatbot, questions, sources, suggest], api_visibility="private")

        with gr.Tab("报告速览", id="glance"):
            glance_panel = gr.HTML('<div class="qa-empty">正在整理报告……</div>', elem_id="glance")

        with gr.Tab("核查", id="check"):
            gr.Markdown("### 原文检索\n输入关键词或问题，显示最相关的段落；匹配度是关键词在段落中出现的比例，匹配处高亮。")
            with gr.Row():
                query = gr.Textbox(label="检索", placeholder="例如：旅游收入", scale=4, elem_id="search-box",
                                   max_length=MAX_QUESTION_CHARS)
                top_k = gr.Slider(1, 20, value=5, step=1, label="显示条数", scale=1)
            results = gr.HTML(elem_id="search-results")
            query.submit(search_view, [query, top_k], results, api_visibility="private")
            query.change(search_view, [query, top_k], results, api_visibility="private",
                         trigger_mode="always_last", show_progress="hidden")
            gr.Markdown("### 说法核查\n粘贴一句说法或一整段文稿，逐句判断与报告 **一致 / 不一致 / 报告未提及**，"
                        "并列出报告数字与原句。")
            claim = gr.Textbox(label="说法或段落", elem_id="claim-box", max_length=MAX_CLAIM_CHARS, lines=4,
                               placeholder="例如：2021年接待游客300万人次。今年GDP目标增长8%左右。")
            check_button = gr.Button("核查", variant="primary", elem_id="check-button")
            verdict = gr.HTML(elem_id="verdict")
            for trigger in (claim.submit, check_button.click):
                trigger(check_view, claim, verdict, api_visibility="private")

        with gr.Tab("评测", id="evaluate"):
            gr.Markdown("### QA 集评测\n上传 JSONL 格式的 QA 集（格式见 README），或使用内置 QA 集。")
            with gr.Row():
                upload = gr.File(label="上传 QA 集（.jsonl）", file_types=[".jsonl", ".json", ".txt"], scale=3,
                                 elem_id="eval-upload")
                with gr.Column(scale=1):
                    builtin = gr.Checkbox(value=False, label="使用内置 QA 集")
                    run = gr.Button("开始评测", variant="primary", elem_id="run-eval")
            summary = gr.Markdown(elem_id="eval-summary", latex_delimiters=[])
            with gr.Row():
                hit_plot = gr.BarPlot(x="k", y="hit@k", title="hit@k（前 k 个段落含证据的比例）", y_lim=[0, 1],
                                      height=260, x_title="k", y_title="hit@k", sort="x", elem_id="hit-plot")
                latency_plot = gr.BarPlot(x="毫秒", y="题数", title="每题延迟（毫秒）分布", y_title="题数",
                                          x_title="毫秒", height=260, sort="x", elem_id="latency-plot")
            failures = gr.Checkbox(value=False, label="只看错误")
            table = gr.Dataframe(headers=TABLE_COLUMNS, wrap=True, interactive=False, elem_id="eval-table",
                                 datatype="str", latex_delimiters=[])  # cells are text, never Markdown
            with gr.Row():
                csv_file = gr.File(label="下载 CSV")
                json_file = gr.File(label="下载 JSON")
            rows = gr.State([])
            outputs = [rows, summary, table, hit_plot, latency_plot, csv_file, json_file]
            run.click(clear_results, None, outputs, api_visibility="private").then(
                run_evaluation, [upload, builtin], outputs, api_visibility="private")
            failures.change(filter_table, [rows, failures], table, api_visibility="private")

        demo.load(header_html, None, header, api_visibility="private")
        demo.load(glance_view, None, glance_panel, api_visibility="private")
        demo.load(suggestions, None, suggest, api_visibility="private")  # the loaded reports' years: after the engine
        gr.api(chat_api, api_name="chat")
        gr.api(search_api, api_name="search")
        gr.api(check_api, api_name="check")
        with gr.Row(visible=False):  # /evaluate takes a file, which gr.api cannot type: hidden components
            api_file = gr.File()
            api_summary = gr.JSON()
            api_button = gr.Button()
        api_button.click(evaluate_api, api_file, api_summary, api_name="evaluate")
    return demo


# Gradio's Soft theme with its grey label and hint texts darkened (lightened in dark mode) to >= 4.5:1.
THEME = gr.themes.Soft().set(
    body_text_color_subdued="#4b5563", body_text_color_subdued_dark="#cbd5e1",
    block_label_text_color="#374151", block_label_text_color_dark="#e5e7eb",
    block_title_text_color="#374151", block_title_text_color_dark="#e5e7eb",
    input_placeholder_color="#5b6472", input_placeholder_color_dark="#aab4c3",
    button_primary_background_fill="*primary_700", button_primary_background_fill_dark="*primary_700",
    button_primary_background_fill_hover="*primary_800", button_primary_background_fill_hover_dark="*primary_800",
    button_primary_text_color="#ffffff", button_primary_text_color_dark="#ffffff",
)
demo = build_demo()
demo.queue(**QUEUE_SETTINGS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="政府工作报告问答 web app")
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT") or 7860))
    parser.add_argument("--index", type=Path, default=None, help="index folder (default: index/, env QA_INDEX_DIR)")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder used when the index must be built")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("QA_WORKERS") or 1),
                        help="processes answering the HTTP API (default 1, env QA_WORKERS); see qa/api_server.py")
    args = parser.parse_args(argv)
    if not 1 <= args.workers <= 64:
        parser.error(f"--workers {args.workers}: must be 1..64")
    try:
        generator = GeneratorConfig.from_env()
    except (ConfigError, ValueError) as exc:
        print(f"app.py: error: language model settings (QA_GENERATOR, QA_LLM_*): {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    _ENGINE_ARGS.update(index=args.index, corpus=args.corpus, generator=generator)
    t0 = time.perf_counter()
    try:
        engine()  # model and index load once, before the first request
    except gr.Error as exc:
        print(f"app.py: error: {exc.message}", file=sys.stderr)
        raise SystemExit(2) from None
    if generator.kind == "none":  # a language model's answers are network-bound: they stay in this process
        start_answer_worker(engine().index_dir)
    print(f"index and model ready in {time.perf_counter() - t0:.1f} s"
          + (f"; answers written by {generator.kind}:{generator.model}, guarded" if generator.kind != "none" else "")
          + ("; answering in a worker process" if _ENGINE_ARGS.get("worker") else ""), flush=True)
    tune_interpreter()
    app = server_app(args.host, args.port)
    if args.workers == 1:
        serve(app, args.host, args.port)
    else:
        os.environ["QA_INDEX_DIR"] = str(engine().index_dir.resolve())  # the workers load the same index
        raise SystemExit(serve_with_workers(app, args.host, args.port, args.workers))


def server_app(host: str = "127.0.0.1", port: int = 7860):
    """The HTTP API (qa/api.py: /v1/chat/completions, /api/*, /docs) with the web UI mounted at /."""
    api = create_api(EngineSlot(lambda: get_engine(_ENGINE_ARGS.get("index"), build_if_missing=True,
                                                   corpus_dir=_ENGINE_ARGS.get("corpus"),
                                                   generator=_ENGINE_ARGS.get("generator") or GeneratorConfig.from_env())))
    demo.max_threads = demo._queue.max_thread_count = LAUNCH_SETTINGS["max_threads"]
    return gr.mount_gradio_app(api, demo, path="/", server_name=host, server_port=port, theme=THEME, css=view.CSS,
                               head=HEAD, show_error=True)


if __name__ == "__main__":
    main()
