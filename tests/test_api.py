"""The HTTP API (qa/api.py, qa/api_server.py): the routes in-process over a small index, and the running
app through the ``openai`` client, httpx and raw sockets — one process, with QA_API_KEY, and --workers 2."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import CHROMIUM, RunningApp, browser_page
from qa import messages as msg
from qa.api import MAX_CLAIM_CHARS, MAX_QUESTION_CHARS, MODEL_ID, EngineSlot, create_api
from qa.cli import main as cli
from qa.errors import IndexMissingError
from qa.service import Engine

QUESTION = "2022年地区生产总值增长目标是多少？"


@pytest.fixture
def engine(hashed_index):
    return Engine(hashed_index, warm_up=False)


@pytest.fixture
def api(engine):
    return TestClient(create_api(EngineSlot(lambda: engine), api_key="", cors_origins=[]))


def cli_json(capsys, *args) -> object:
    assert cli(list(args)) == 0
    return json.loads(capsys.readouterr().out)


# ---------------------------------------------------------------- the JSON of /api/* is the CLI's --json

def test_search_docs_and_check_equal_the_cli_json(api, hashed_index, capsys):
    index = ["--index", str(hashed_index), "--json"]
    assert api.get("/api/search", params={"q": "旅游收入", "k": 3}).json() == \
        cli_json(capsys, "search", "旅游收入", "--top-k", "3", *index)
    assert api.get("/api/docs").json() == cli_json(capsys, "docs", *index)
    claim = "2022年接待游客120.5万人次。去年新建幼儿园4所。"
    assert api.post("/api/check", json={"claim": claim}).json() == cli_json(capsys, "check", claim, *index)


def test_ask_equals_the_cli_json_but_for_timings(api, hashed_index, tmp_path, capsys):
    history = tmp_path / "turns.json"
    history.write_text(json.dumps(["2023年地区生产总值增长多少？"], ensure_ascii=False), encoding="utf-8")
    got = api.post("/api/ask", json={"question": "那2022年呢？", "history": ["2023年地区生产总值增长多少？"]}).json()
    want = cli_json(capsys, "ask", "那2022年呢？", "--history", str(history), "--index", str(hashed_index), "--json")
    assert set(got.pop("timings_ms")) == set(want.pop("timings_ms")) == {"retrieve", "answer", "total"}
    assert got == want and "6.5%" in got["answer"] and got["resolved_question"] != "那2022年呢？"


def test_chat_completion_in_the_openai_format(api):
    body = api.post("/v1/chat/completions", json={"model": MODEL_ID, "messages": [
        {"role": "system", "content": "你是助手。"}, {"role": "user", "content": "2023年地区生产总值增长目标是多少？"}]}).json()
    assert body["object"] == "chat.completion" and body["model"] == MODEL_ID and body["id"].startswith("chatcmpl-")
    choice, = body["choices"]
    assert choice["message"]["role"] == "assistant" and choice["finish_reason"] == "stop"
    assert "7%" in choice["message"]["content"] and "[1]" in choice["message"]["content"]
    assert body["citations"][0]["n"] == 1 and "7%" in body["citations"][0]["sentence"]
    assert body["confidence"] == "high" and body["answerable"] is True
    assert body["usage"]["completion_tokens"] == len(choice["message"]["content"])


def test_streamed_chunks_join_to_the_same_text(api):
    request = {"messages": [{"role": "user", "content": "2023年地区生产总值增长目标是多少？"}]}
    whole = api.post("/v1/chat/completions", json=request).json()
    with api.stream("POST", "/v1/chat/completions", json={**request, "stream": True,
                                                          "stream_options": {"include_usage": True}}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in response.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines) and lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == whole["choices"][0]["message"]["content"] and len(chunks) > 3
    last = [c for c in chunks if c["choices"]][-1]
    assert last["choices"][0]["finish_reason"] == "stop" and last["citations"] == whole["citations"]
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == len(text)


def test_follow_up_uses_the_earlier_user_messages(api):
    body = api.post("/v1/chat/completions", json={"messages": [
        {"role": "user", "content": "2023年地区生产总值增长目标是多少？"},
        {"role": "assistant", "content": "……增长7%左右[1]。"},
        {"role": "user", "content": [{"type": "text", "text": "那2022年呢？"}]}]}).json()
    assert "6.5%" in body["choices"][0]["message"]["content"]
    assert "2022" in body["resolved_question"] and "地区生产总值" in body["resolved_question"]


def test_models(api):
    assert api.get("/v1/models").json()["data"][0]["id"] == MODEL_ID


# ---------------------------------------------------------------- wrong input: a status and a message naming it

LONG_QUESTION = "长" * (MAX_QUESTION_CHARS + 1)


@pytest.mark.parametrize("method, path, kwargs, status, words", [
    ("get", "/api/search", {"params": {"q": "旅游", "k": "abc"}}, 400, ["k", "'abc'", "1 到 50"]),
    ("get", "/api/search", {"params": {"q": "旅游", "k": 51}}, 400, ["k", "51", "1 到 50"]),
    ("get", "/api/search", {"params": {"k": 3}}, 400, ["缺少 q"]),
    ("get", "/api/search", {"params": {"q": "   "}}, 400, ["q 是空的"]),
    ("get", "/api/search", {"params": {"q": "旅游", "doc": "nope.txt"}}, 400, ["nope.txt", "demo-2023.txt"]),
    ("post", "/api/ask", {"json": {"question": LONG_QUESTION}}, 413, ["question", "501", "500"]),
    ("post", "/api/ask", {"json": {"question": "？？！"}}, 400, ["question", "没有文字"]),
    ("post", "/api/ask", {"json": {"question": 42}}, 400, ["question", "42", "字符串"]),
    ("post", "/api/ask", {"json": {"question": "你好", "history": ["x"] * 101}}, 413, ["history", "101", "100"]),
    ("post", "/api/check", {"json": {"claim": "长" * (MAX_CLAIM_CHARS + 1)}}, 413, ["claim", "5001", "5000"]),
    ("post", "/api/check", {"json": {"claim": "你好"}}, 400, [msg.NO_CHECKABLE_SENTENCE]),
    ("post", "/api/check", {"json": {"text": "2022年增长7%"}}, 400, ["缺少 claim"]),
    ("post", "/api/check", {"content": b"{oops", "headers": {"content-type": "application/json"}}, 400, ["JSON"]),
    ("post", "/v1/chat/completions", {"json": {"messages": []}}, 400, ["messages 是空的"]),
    ("post", "/v1/chat/completions", {"json": {"messages": "hi"}}, 400, ["messages", "'hi'", "role"]),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "bot", "content": "x"}]}}, 400,
     ["messages[0].role", "'bot'", '"user"']),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "assistant", "content": "x"}]}}, 400,
     ["最后一条", "'assistant'"]),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": 7}]}}, 400,
     ["messages[0].content", "7"]),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}},
     400, ["messages[0].content[0].type", "image_url", '"text"']),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": LONG_QUESTION}]}}, 413,
     ["messages[0].content", "501", "500"]),
    ("post", "/v1/chat/completions", {"json": {"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}},
     400, ["'gpt-4o'", MODEL_ID]),
    ("post", "/v1/chat/completions", {"json": {"n": 3, "messages": [{"role": "user", "content": "x"}]}}, 400,
     ["n 的值 3"]),
    ("post", "/v1/chat/completions", {"json": {"messages": [{"role": "user", "content": "x"}] * 101}}, 413,
     ["messages", "101", "100"]),
    ("post", "/api/ask", {"content": b"{" + b" " * (1 << 20) + b"}", "headers": {"content-type": "application/json"}},
     413, ["请求体太大", "1048576"]),
    ("get", "/api/nothing", {}, 404, ["GET /api/nothing", "POST /v1/chat/completions", "GET /api/search"]),
    ("post", "/api/docs", {}, 405, ["/api/docs", "POST", "GET"]),
    ("get", "/v1/chat/completions", {}, 405, ["POST"]),
])
def test_wrong_input_gets_a_status_and_a_clear_message(api, method, path, kwargs, status, words):
    response = getattr(api, method)(path, **kwargs)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert all(w in error["message"] for w in words), error["message"]
    assert "Traceback" not in response.text


def test_a_fault_is_500_with_a_notice_and_the_traceback_only_in_the_log(engine, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    engine.ask = broken
    api = TestClient(create_api(EngineSlot(lambda: engine), api_key="", cors_origins=[]), raise_server_exceptions=False)
    response = api.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 500 and response.json()["error"]["message"] == msg.API_INTERNAL_ERROR
    assert "disk on fire" not in response.text and "disk on fire" in capsys.readouterr().err
    streamed = api.post("/v1/chat/completions", json={"stream": True, "messages": [{"role": "user", "content": QUESTION}]})
    assert streamed.status_code == 500 and streamed.json()["error"]["message"] == msg.API_INTERNAL_ERROR


def test_a_fault_while_a_language_model_streams_is_an_error_event(capsys):
    class Writing:  # an engine whose language model fails half-way
        generator = "a model"

        def ask_stream(self, question, history=None):
            yield "delta", "根据报告，"
            raise RuntimeError("model server gone")

    api = TestClient(create_api(EngineSlot(Writing), api_key="", cors_origins=[]))
    with api.stream("POST", "/v1/chat/completions", json={"stream": True, "messages": [
            {"role": "user", "content": QUESTION}]}) as streamed:
        lines = [line for line in streamed.iter_lines() if line]
    assert streamed.status_code == 200 and json.loads(lines[1][6:])["choices"][0]["delta"]["content"] == "根据报告，"
    assert json.loads(lines[-2][6:])["error"]["message"] == msg.API_INTERNAL_ERROR and lines[-1] == "data: [DONE]"
    assert "model server gone" in capsys.readouterr().err


def test_503_while_the_engine_loads_then_answers(engine):
    release = threading.Event()
    slot = EngineSlot(lambda: release.wait(30) and engine).start()
    api = TestClient(create_api(slot, api_key="", cors_origins=[]))
    response = api.get("/api/search", params={"q": "旅游"})
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert response.json()["error"]["message"] == msg.API_LOADING
    assert api.get("/v1/models").status_code == 200  # needs no engine
    release.set()
    for _ in range(100):
        if slot.ready:
            break
        threading.Event().wait(0.05)
    assert api.get("/api/search", params={"q": "旅游"}).status_code == 200


def test_503_names_why_the_index_cannot_be_used():
    def missing():
        raise IndexMissingError("no index at /srv/index: run `qa build`")

    api = TestClient(create_api(EngineSlot(missing), api_key="", cors_origins=[]))
    response = api.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 503 and "no index at /srv/index" in response.json()["error"]["message"]


def test_answers_come_from_the_new_index_once_another_process_saved_it(small_corpus, tmp_path, monkeypatch):
    from conftest import SMALL_REPORT
    from qa.config import Settings
    from qa.index import add_document, build_if_stale
    from qa.service import get_engine

    settings = Settings(embedder="hashed-ngrams-64")
    monkeypatch.setenv("QA_EMBEDDER", settings.embedder)
    index_dir = tmp_path / "reload-index"
    assert build_if_stale(small_corpus, index_dir, settings)[0]
    api = TestClient(create_api(EngineSlot(lambda: get_engine(index_dir)), api_key="", cors_origins=[]))
    assert {h["doc"] for h in api.get("/api/search", params={"q": "样板县旅游", "k": 5}).json()} == {"demo-2023.txt"}
    second = tmp_path / "yangban-2024.txt"
    second.write_text(SMALL_REPORT.replace("示范市", "样板县").replace("2023", "2024"), encoding="utf-8")
    add_document(second, small_corpus, index_dir, settings)  # as `qa add` in another process would
    assert "yangban-2024.txt" in {h["doc"] for h in api.get("/api/search", params={"q": "样板县旅游", "k": 5}).json()}
    assert [d["doc"] for d in api.get("/api/docs").json()] == ["demo-2023.txt", "yangban-2024.txt"]


# ---------------------------------------------------------------- key and CORS

@pytest.mark.parametrize("path", ["/v1/models", "/api/docs", "/api/search?q=旅游", "/api/whatever"])
def test_with_a_key_every_api_route_needs_the_bearer_token(engine, path):
    api = TestClient(create_api(EngineSlot(lambda: engine), api_key="s3cret-key", cors_origins=[]))
    missing = api.get(path)
    assert missing.status_code == 401 and missing.json()["error"]["message"] == msg.API_KEY_MISSING
    assert missing.headers["www-authenticate"] == "Bearer"
    for header in ("Bearer wrong", "Bearer s3cret-ke", "Basic s3cret-key", "s3cret-key"):
        assert api.get(path, headers={"Authorization": header}).status_code == 401
    assert api.get(path, headers={"Authorization": "Bearer s3cret-key"}).status_code in (200, 404)
    assert api.get("/openapi.json").status_code == 200  # the documentation stays readable


def test_cors_is_off_by_default_and_on_for_the_configured_origins(engine, monkeypatch):
    monkeypatch.delenv("QA_CORS_ORIGINS", raising=False)
    plain = TestClient(create_api(EngineSlot(lambda: engine), api_key=""))
    assert "access-control-allow-origin" not in plain.get("/api/docs", headers={"Origin": "https://x.example"}).headers
    monkeypatch.setenv("QA_CORS_ORIGINS", "https://owui.example, http://localhost:3000")
    cors = TestClient(create_api(EngineSlot(lambda: engine), api_key=""))
    allowed = cors.get("/api/docs", headers={"Origin": "https://owui.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://owui.example"
    assert "access-control-allow-origin" not in cors.get("/api/docs", headers={"Origin": "https://evil.example"}).headers
    preflight = cors.options("/v1/chat/completions", headers={
        "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


# ---------------------------------------------------------------- the running app (app.py) on 127.0.0.1

def raw_get(port: int, target: bytes) -> tuple[int, bytes]:
    """GET with the request line sent as given (curl sends the UTF-8 of 旅游收入 unencoded)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head.lower():
        out, rest = b"", body
        while True:
            size, _, rest = rest.partition(b"\r\n")
            if not int(size, 16):
                break
            out, rest = out + rest[:int(size, 16)], rest[int(size, 16) + 2:]
        body = out
    return int(head.split()[1]), body


def openai_client(url: str, key: str = "none"):
    import openai

    return openai.OpenAI(base_url=url + "v1", api_key=key, max_retries=0, timeout=60)


@pytest.fixture(scope="module")
def app(report_index, tmp_path_factory):
    with RunningApp(report_index, tmp_path_factory.mktemp("api") / "app.log") as running:
        yield running


@pytest.mark.ui
def test_openai_client_answers_with_a_citation_marker(app):
    client = openai_client(app.url)
    assert [m.id for m in client.models.list()] == [MODEL_ID]
    reply = client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
    text = reply.choices[0].message.content
    assert "8%" in text and "[1]" in text
    citations = reply.model_extra["citations"]
    assert citations[0]["n"] == 1 and "8%" in citations[0]["sentence"] and citations[0]["doc"].endswith(".txt")
    stream = client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}],
                                            stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == text


@pytest.mark.ui
def test_openai_client_follow_up_through_the_history(app):
    reply = openai_client(app.url).chat.completions.create(model=MODEL_ID, messages=[
        {"role": "user", "content": QUESTION}, {"role": "assistant", "content": "……8%左右[1]。"},
        {"role": "user", "content": "那2021年呢？"}])
    assert "7%" in reply.choices[0].message.content and "2021" in reply.model_extra["resolved_question"]


@pytest.mark.ui
def test_openai_client_errors_are_openai_errors(app):
    import openai

    client = openai_client(app.url)
    with pytest.raises(openai.BadRequestError, match="没有文字"):
        client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": "？？"}])
    with pytest.raises(openai.BadRequestError, match="gpt-4o"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])


@pytest.mark.ui
def test_plain_http_search_as_curl_sends_it(app):
    status, body = raw_get(app.port, "/api/search?q=旅游收入&k=3".encode())  # unencoded, like curl
    passages = json.loads(body)
    assert status == 200 and len(passages) == 3
    assert set(passages[0]) == {"chunk_id", "doc", "section", "text", "score"}
    assert any("旅游" in p["text"] for p in passages)
    assert httpx.get(app.url + "api/search", params={"q": "旅游收入", "k": 3}).json() == passages
    status, body = raw_get(app.port, b"/api/search?q=%E6%97%85%E6%B8%B8&k=0")
    assert status == 400 and "1 到 50" in json.loads(body)["error"]["message"]
    assert httpx.get(app.url + "docs").status_code == 200
    assert "/v1/chat/completions" in httpx.get(app.url + "openapi.json").json()["paths"]


@pytest.mark.ui
def test_rest_ask_and_check_on_the_real_report(app):
    answer = httpx.post(app.url + "api/ask", json={"question": QUESTION}, timeout=60).json()
    assert "8%" in answer["answer"] and answer["citations"][0]["n"] == 1 and answer["confidence"] == "high"
    verdict, = httpx.post(app.url + "api/check", json={"claim": "2021年接待游客300万人次。"}, timeout=60).json()
    assert verdict["verdict"] == "不一致" and "286.35万人次" in "".join(verdict["report_figures"])


@pytest.mark.ui
def test_load_script_through_the_openai_and_rest_apis(app):
    from bench.load import run_load

    for api, stream in (("openai", False), ("openai", True), ("rest", False)):
        result = run_load(app.url, users=3, questions=2, timeout=120, api=api, stream=stream)
        assert result["ok"] == 6 and result["errors"] == 0, result["error_samples"]


@pytest.mark.ui
def test_with_a_key_the_api_needs_it_and_the_web_ui_still_works(report_index, tmp_path):
    import openai
    from gradio_client import Client

    with RunningApp(report_index, tmp_path / "app.log", env={"QA_API_KEY": "k-123456"}) as running:
        assert httpx.get(running.url + "api/docs").status_code == 401
        with pytest.raises(openai.AuthenticationError):
            openai_client(running.url, "wrong").chat.completions.create(
                model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
        reply = openai_client(running.url, "k-123456").chat.completions.create(
            model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
        assert "8%" in reply.choices[0].message.content
        assert httpx.get(running.url).status_code == 200  # the page
        text = Client(running.url, verbose=False).predict(QUESTION, [], api_name="/chat")
        assert "8%" in text and "[1]" in text


@pytest.mark.ui
def test_two_worker_processes_serve_the_api_and_the_web_ui(report_index, tmp_path):
    from gradio_client import Client

    with RunningApp(report_index, tmp_path / "app.log", "--workers", "2") as running:
        assert "2 API worker processes ready" in running.log.read_text()
        client = openai_client(running.url)
        for _ in range(6):
            reply = client.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
            assert "8%" in reply.choices[0].message.content
        status, body = raw_get(running.port, "/api/search?q=旅游收入&k=3".encode())
        assert status == 200 and len(json.loads(body)) == 3
        for _ in range(4):  # each a new session: its queue requests reach the one UI process through any worker
            gradio = Client(running.url, verbose=False)
            assert "8%" in gradio.predict(QUESTION, [], api_name="/chat")
            assert len(gradio.predict("旅游收入", 2, api_name="/search")) == 2
        if CHROMIUM:  # the page itself: assets, the queue and its event stream, all through the workers
            with browser_page(running.url) as page:
                for done, (question, answer) in enumerate(((QUESTION, "同比增长8%左右"), ("那2021年呢？", "预计同比增长7%")), 1):
                    page.fill("#question-box textarea", question)
                    page.click("#send-button")
                    # (each answer finished before the next question is sent, as a person waits for it: a send
                    # while the first answer still streams is not what this test is about)
                    page.wait_for_function(f"document.querySelectorAll('#chatbot .qa-answer.qa-done').length >= {done}",
                                           timeout=60000)
                    assert answer in page.inner_text("#chatbot")
        family = descendants(running.proc.pid)
        assert len(family) >= 4  # the answer worker, the uvicorn supervisor and its 2 workers
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() for pid in family):
            break
        time.sleep(0.1)
    assert not [pid for pid in family if Path(f"/proc/{pid}").exists()], "processes left after the app stopped"


def descendants(pid: int) -> list[int]:
    """The processes below ``pid`` (from /proc: each process's parent)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        children = [p for p, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found



@pytest.mark.parametrize("reply, fallback", [("2022年地区生产总值同比增长6.5%[1]。", False),
                                             ("2022年地区生产总值同比增长9.9%[1]。", True)])
def test_a_language_model_answer_streams_as_checked_and_joins_to_the_whole(hashed_index, reply, fallback):
    from llm_server import FakeLLMServer

    from qa.generation import GeneratorConfig

    with FakeLLMServer() as server:
        server.reply = lambda prompt: reply
        engine = Engine(hashed_index, warm_up=False,
                        generator=GeneratorConfig(kind="openai", base_url=server.base_url, model="test", timeout=20))
        api = TestClient(create_api(EngineSlot(lambda: engine), api_key="", cors_origins=[]))
        request = {"messages": [{"role": "user", "content": "2022年地区生产总值增长多少？"}]}
        whole = api.post("/v1/chat/completions", json=request).json()["choices"][0]["message"]["content"]
        with api.stream("POST", "/v1/chat/completions", json={**request, "stream": True}) as response:
            chunks = [json.loads(line[6:]) for line in response.iter_lines() if line and line != "data: [DONE]"]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert text == whole and "6.5%" in text and "9.9%" not in text
    assert (whole == reply) is not fallback  # the invented figure: the extractive answer, with the notice why
