"""The HTTP API (FastAPI): an OpenAI-compatible chat endpoint and the CLI's commands as JSON routes.

- ``POST /v1/chat/completions`` — OpenAI chat format: ``messages`` (the earlier user messages are the
  conversation a follow-up such as 那2021年呢？ is resolved against), ``stream`` true (server-sent events,
  ``data: [DONE]`` last) or false. ``content`` is the answer with ``[n]`` markers; the extra fields
  ``citations`` (as in ``qa ask --json``), ``confidence``, ``answerable`` and ``resolved_question``
  say where it comes from. ``GET /v1/models`` lists the one model, :data:`MODEL_ID`.
- ``POST /api/ask``, ``GET /api/search?q=&k=``, ``POST /api/check``, ``GET /api/docs`` — the JSON of
  ``qa ask|search|check|docs --json`` (built by qa/api_json.py, shared with the CLI).
- Errors are ``{"error": {"message", "type", "param", "code"}}`` (OpenAI's shape) with a status code:
  400 bad input, 401 no or wrong key, 404/405 unknown route or method, 413 too long, 503 while the
  engine loads or when the index is unusable, 500 (logged with its traceback, never sent). Every
  message names the field, the value received and what is allowed.
- ``QA_API_KEY`` set: every ``/v1`` and ``/api`` route needs ``Authorization: Bearer <key>`` (compared in
  constant time); the web UI and ``/docs`` stay open. ``QA_CORS_ORIGINS`` (comma-separated, or ``*``)
  turns CORS on for the API routes; off by default.

This module does not serve anything itself: :func:`create_api` returns the FastAPI app that app.py
mounts the Gradio UI beside, and qa/api_workers.py runs it in several processes.

>>> app = create_api(EngineSlot(lambda: None), api_key="", cors_origins=[])   # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import re
import secrets
import sys
import threading
import time
import traceback
from typing import Any, Callable

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import messages as msg
from .api_json import ask_json, check_json, docs_json, search_json
from .errors import InputError, QAError
from .text import clean_input, has_content

MODEL_ID = "gov-report-qa"
# The web app's limits (app.py), so a question the chat refuses is refused here too.
MAX_QUESTION_CHARS = 500
MAX_CLAIM_CHARS = 5000
MAX_TOP_K = 50
MAX_MESSAGES = 100  # messages of one chat request, history included
MAX_BODY_BYTES = 1 << 20  # a request body; far above what the limits above allow
STREAM_CHARS = 16  # characters per streamed chunk of an answer that is ready at once
API_PREFIXES = ("/v1/", "/api/")
ROUTES = {"/v1/chat/completions": "POST", "/v1/models": "GET", "/api/ask": "POST", "/api/search": "GET",
          "/api/check": "POST", "/api/docs": "GET"}
ROLES = ("system", "developer", "user", "assistant", "tool", "function")

# What is allowed, per field name: the second half of every "bad value" message.
ALLOWED = {
    "messages": f"由 {{\"role\", \"content\"}} 对象组成的列表（OpenAI 格式，最多 {MAX_MESSAGES} 条），最后一条是用户的问题",
    "role": " " + "、".join(f'"{r}"' for r in ROLES) + " 之一",
    "content": "文字：字符串，或 {\"type\": \"text\", \"text\": …} 对象的列表",
    "text": "字符串",
    "type": ' "text"',
    "model": f"字符串，可用的模型：{MODEL_ID}",
    "stream": " true 或 false",
    "n": " 1（每次只给一个回答）",
    "stream_options": "对象，例如 {\"include_usage\": true}",
    "question": f"文字（字符串，最多 {MAX_QUESTION_CHARS} 字）",
    "history": f"之前问过的问题：字符串列表（最多 {MAX_MESSAGES} 条）",
    "doc": "已索引文档的文件名（字符串，见 GET /api/docs）",
    "q": f"检索词（字符串，最多 {MAX_QUESTION_CHARS} 字）",
    "k": f" 1 到 {MAX_TOP_K} 之间的整数",
    "claim": f"要核查的说法或段落（字符串，最多 {MAX_CLAIM_CHARS} 字）",
    "body": " JSON 对象",
}


class ApiError(Exception):
    """An error the API answers with: status code, message (Chinese, names the bad value), and the
    OpenAI error fields ``type``, ``param`` and ``code``."""

    TYPES = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error",
             405: "invalid_request_error", 413: "invalid_request_error", 503: "service_unavailable",
             500: "server_error"}

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code
        self.headers = headers or {}

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.TYPES.get(self.status, "invalid_request_error"),
                          "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def _shown(value: Any) -> str:
    """A received value as the message shows it: short, on one line."""
    try:
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    except (TypeError, ValueError):
        text = repr(value)
    text = text.replace("\n", "\\n")
    return text if len(text) <= 60 else text[:57] + "…"


def bad_value(field: str, value: Any, code: str = "invalid_value") -> ApiError:
    name = field.rsplit(".", 1)[-1].split("[", 1)[0]
    return ApiError(400, msg.api_bad_value(field, _shown(value), ALLOWED.get(name, "")), param=field, code=code)


# ---------------------------------------------------------------- the engine, loaded once per process

class EngineSlot:
    """The engine (qa.service.Engine) the API answers with. ``load`` returns it — normally
    qa.service.get_engine, which hands back its cached engine, or a new one once another process has
    saved the index again (``qa add``), so ``get()`` asks it on every request (call it in a worker
    thread: a reload takes seconds). ``start()`` makes the first load in a background thread; until it
    is done every route that needs the engine answers 503 with ``Retry-After``. Without ``start()``
    the first request loads it."""

    def __init__(self, load: Callable[[], Any]):
        self._load = load
        self._loaded = False
        self._loading = False
        self._lock = threading.Lock()

    def start(self) -> "EngineSlot":
        self._loading = True
        threading.Thread(target=self._load_in_background, name="engine-loader", daemon=True).start()
        return self

    def _load_in_background(self) -> None:
        try:
            self._loaded = self._load() is not None
        except Exception as exc:  # noqa: BLE001 - reported by get(), which tries again
            print(f"qa.api: the engine did not load: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        finally:
            self._loading = False

    @property
    def ready(self) -> bool:
        return self._loaded

    def get(self):
        """The engine, or ApiError 503 (loading, or the index cannot be used: the reason is named)."""
        if self._loading:
            raise ApiError(503, msg.API_LOADING, code="loading", headers={"Retry-After": "2"})
        with self._lock if not self._loaded else _NO_LOCK:  # one first load at a time
            try:
                engine = self._load()
            except QAError as exc:
                raise ApiError(503, msg.api_unavailable(str(exc)), code="index_unavailable",
                               headers={"Retry-After": "10"}) from None
            self._loaded = True
            return engine


_NO_LOCK = contextlib.nullcontext()


# ---------------------------------------------------------------- request bodies (also the /docs schema)

class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = Field(description="system | user | assistant (…); the last message is the user's question")
    content: str | list[dict] | None = Field(None, description="text, or a list of {\"type\": \"text\", \"text\": …}")


class ChatRequest(BaseModel):
    """OpenAI's chat-completion request; fields other than these (temperature, max_tokens, …) are ignored."""
    model_config = ConfigDict(extra="allow", json_schema_extra={"example": {
        "model": MODEL_ID, "messages": [{"role": "user", "content": "2022年地区生产总值增长目标是多少？"}]}})
    model: str | None = Field(None, description=f"{MODEL_ID} (GET /v1/models); may be left out")
    messages: list[ChatMessage]
    stream: bool = False
    stream_options: dict | None = None
    n: int | None = None


class AskRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"example": {"question": "那2021年呢？",
                                                             "history": ["2022年地区生产总值增长目标是多少？"]}})
    question: str
    history: list[str] = Field(default_factory=list, description="earlier questions, oldest first")
    doc: str | None = Field(None, description="answer from this document only (a file name, GET /api/docs)")


class CheckRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"example": {"claim": "2021年接待游客300万人次。"}})
    claim: str = Field(description="a claim or a paragraph of claims; one verdict per claim sentence")


# ---------------------------------------------------------------- input checks

def checked_text(value: Any, field: str, limit: int = MAX_QUESTION_CHARS, need_words: bool = True) -> str:
    """``value`` as clean text (qa.text.clean_input), or ApiError: 400 not text / empty / no words,
    413 longer than ``limit`` characters."""
    if not isinstance(value, str):
        raise bad_value(field, value)
    text = clean_input(value).strip()
    if not text:
        raise ApiError(400, msg.api_empty(field), param=field, code="empty")
    if len(text) > limit:
        raise ApiError(413, msg.api_too_long(field, len(text), limit), param=field, code="too_long")
    if need_words and not has_content(text):
        raise ApiError(400, f"{field} {msg.API_NO_TEXT}。", param=field, code="no_text")
    return text


def message_text(content: Any, field: str) -> str:
    """The text of an OpenAI message's ``content``: a string, or the text parts of a list."""
    if content is None or isinstance(content, str):
        return content or ""
    parts = []
    for i, part in enumerate(content):
        if part.get("type") != "text":
            raise bad_value(f"{field}[{i}].type", part.get("type"))
        if not isinstance(part.get("text"), str):
            raise bad_value(f"{field}[{i}].text", part.get("text"))
        parts.append(part["text"])
    return "".join(parts)


def conversation(request: ChatRequest) -> tuple[str, list[str]]:
    """(the question: the last message, the earlier user messages: the history a follow-up is read in)."""
    if request.model not in (None, MODEL_ID):
        raise ApiError(400, msg.api_unknown_model(request.model, [MODEL_ID]), param="model", code="model_not_found")
    if request.n not in (None, 1):
        raise bad_value("n", request.n)
    if not request.messages:
        raise ApiError(400, msg.api_empty("messages"), param="messages", code="empty")
    if len(request.messages) > MAX_MESSAGES:
        raise ApiError(413, msg.api_too_many("messages", len(request.messages), MAX_MESSAGES), param="messages",
                       code="too_long")
    for i, m in enumerate(request.messages):
        if m.role not in ROLES:
            raise bad_value(f"messages[{i}].role", m.role)
    last = request.messages[-1]
    if last.role != "user":
        raise ApiError(400, msg.api_last_not_user(last.role), param=f"messages[{len(request.messages) - 1}].role",
                       code="last_not_user")
    question = checked_text(message_text(last.content, f"messages[{len(request.messages) - 1}].content"),
                            f"messages[{len(request.messages) - 1}].content")
    history = []
    for i, m in enumerate(request.messages[:-1]):
        if m.role == "user":  # like the web chat: earlier questions, cut to the question limit
            text = clean_input(message_text(m.content, f"messages[{i}].content")).strip()[:MAX_QUESTION_CHARS]
            if text:
                history.append(text)
    return question, history


def checked_history(history: list[str]) -> list[str]:
    if len(history) > MAX_MESSAGES:
        raise ApiError(413, msg.api_too_many("history", len(history), MAX_MESSAGES), param="history", code="too_long")
    return [t for t in (clean_input(h).strip()[:MAX_QUESTION_CHARS] for h in history) if t]


def checked_doc(doc: Any) -> str | None:
    if doc is None:
        return None
    if not isinstance(doc, str) or not doc.strip():
        raise bad_value("doc", doc)
    return doc.strip()


# ---------------------------------------------------------------- OpenAI chat completions

def chat_content(answer) -> str:
    """The message text of an answer: marked 【可能相关】 when hedged (as in ``qa ask``), with a
    language model's notice (why its text was not used) after it."""
    text = msg.hedged(answer.answer) if answer.confidence == "low" else answer.answer
    notice = getattr(answer, "notice", "") or ""
    return f"{text}\n\n（{notice}）" if notice else text


def answer_fields(answer) -> dict:
    """The extra fields of a completion: where the answer comes from (``citations`` as in ``qa ask --json``)."""
    return {"citations": [c.to_dict() for c in answer.citations], "confidence": answer.confidence,
            "answerable": answer.answerable, "resolved_question": answer.resolved_question or answer.question}


def _usage(prompt: list[str], content: str) -> dict:
    """Sizes in characters (this model has no tokens): prompt = every message's text."""
    sizes = sum(len(p) for p in prompt), len(content)
    return {"prompt_tokens": sizes[0], "completion_tokens": sizes[1], "total_tokens": sum(sizes)}


def completion(answer, created: int, completion_id: str, prompt: list[str]) -> dict:
    content = chat_content(answer)
    return {"id": completion_id, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": _usage(prompt, content), **answer_fields(answer)}


def _event(data: dict | str) -> str:
    return "data: " + (data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)) + "\n\n"


async def completion_events(engine, question: str, history: list[str], prompt: list[str], include_usage: bool,
                            answer=None):
    """The server-sent events of a streamed completion: a role chunk, the text in pieces, a last chunk
    with ``finish_reason`` and the extra fields, (usage,) ``data: [DONE]``. An extractive ``answer``
    is ready before the response starts (so its errors still get a status code) and is sent in pieces
    of STREAM_CHARS characters; a language model's checked text is sent as it is written
    (qa/generation.py), and if the finished answer fails its guard, the extractive answer follows
    after a blank line with the notice why. An error after the first event is an error event."""
    completion_id, created = f"chatcmpl-{secrets.token_hex(12)}", int(time.time())

    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        return _event({"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                       "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra})

    yield chunk({"role": "assistant", "content": ""})
    try:
        sent = ""
        if answer is None:
            async for kind, value in iterate_in_threadpool(iter(engine.ask_stream(question, history=history))):
                if kind == "delta":
                    sent += value
                    yield chunk({"content": value})
                else:
                    answer = value
        content = chat_content(answer)
        rest = content[len(sent):] if content.startswith(sent) else "\n\n" + content
        for start in range(0, len(rest), STREAM_CHARS):
            yield chunk({"content": rest[start:start + STREAM_CHARS]})
        yield chunk({}, "stop", **answer_fields(answer))
        if include_usage:
            yield _event({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                          "model": MODEL_ID, "choices": [], "usage": _usage(prompt, sent + rest)})
    except Exception as exc:  # noqa: BLE001 - the status is sent already: the error is an event
        yield _event(error_for(exc).body())
    yield _event("[DONE]")


# ---------------------------------------------------------------- errors and authentication

def error_for(exc: Exception) -> ApiError:
    """The ApiError for any exception: itself; a package error as 400 (bad input) or 503 (the index);
    anything else 500, with its traceback on the server's stderr."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, InputError):
        return ApiError(400, str(exc), code="invalid_input")
    if isinstance(exc, QAError):
        return ApiError(503, msg.api_unavailable(str(exc)), code="index_unavailable")
    traceback.print_exception(exc, file=sys.stderr)
    return ApiError(500, msg.API_INTERNAL_ERROR, code="internal_error")


_TYPE_TAG = re.compile(r"^(str|int|float|bool|none|list\[.*\]|dict\[.*\]|function-.*)$")


def _field(loc: tuple) -> str:
    """('body', 'messages', 0, 'content', 'str') -> 'messages[0].content' (pydantic's union tags dropped)."""
    out = ""
    for part in [p for p in (loc[1:] if len(loc) > 1 else loc) if not (isinstance(p, str) and _TYPE_TAG.match(p))]:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_error(exc: RequestValidationError) -> ApiError:
    """FastAPI's first validation problem as a 400 naming the field, the value and what is allowed."""
    problem = exc.errors()[0] if exc.errors() else {"loc": ("body",), "type": "", "input": None}
    field = _field(tuple(problem.get("loc") or ("body",)))
    name = field.rsplit(".", 1)[-1].split("[", 1)[0]
    kind = problem.get("type", "")
    if kind == "json_invalid":
        return ApiError(400, msg.api_invalid_json(str(problem.get("ctx", {}).get("error", ""))), param="body",
                        code="invalid_json")
    if kind == "missing":
        return ApiError(400, msg.api_missing(field, ALLOWED.get(name, "")), param=field, code="missing")
    return bad_value(field, problem.get("input"))


class Authorization:
    """``QA_API_KEY``: when set, the bearer token every API route needs (compared in constant time)."""

    def __init__(self, key: str | None):
        self.key = (key or "").encode()

    def check(self, request: Request) -> None:
        if not self.key:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, msg.API_KEY_MISSING, code="missing_api_key", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(token.strip().encode(), self.key):
            raise ApiError(401, msg.API_KEY_WRONG, code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})


class BodyLimit:
    """ASGI middleware: an API request body larger than ``limit`` bytes is answered 413 unread."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIXES):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        size = int(declared) if declared and declared.isdigit() else None
        if size is None and scope["method"] in ("POST", "PUT", "PATCH"):  # chunked: read it, up to the limit
            chunks, size, more = [], 0, True
            while more and size <= self.limit:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                more = message.get("more_body", False)
            body = b"".join(chunks)
            replayed = False

            async def receive_again():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = receive_again
        if size is not None and size > self.limit:
            response = ApiError(413, msg.api_body_too_large(size, self.limit), param="body", code="too_large").response()
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)


class ApiCORS:
    """ASGI middleware: CORS for the API routes only (the UI is same-origin), for ``origins``."""

    def __init__(self, app, origins: list[str]):
        from starlette.middleware.cors import CORSMiddleware

        self.app = app
        self.cors = CORSMiddleware(app, allow_origins=origins, allow_methods=["GET", "POST", "OPTIONS"],
                                   allow_headers=["Authorization", "Content-Type"], max_age=600)

    async def __call__(self, scope, receive, send):
        api = scope["type"] == "http" and (scope["path"].startswith(API_PREFIXES) or scope["path"] == "/openapi.json")
        return await (self.cors if api else self.app)(scope, receive, send)


def env_origins() -> list[str]:
    """``QA_CORS_ORIGINS``: comma-separated origins (``*`` for any); empty or unset: CORS off."""
    return [o.strip() for o in os.environ.get("QA_CORS_ORIGINS", "").split(",") if o.strip()]


# ---------------------------------------------------------------- the app

def create_api(slot: EngineSlot, api_key: str | None = None, cors_origins: list[str] | None = None) -> FastAPI:
    """The API as a FastAPI app (mount the web UI beside it: app.py). ``api_key``: default
    ``QA_API_KEY``; ``cors_origins``: default ``QA_CORS_ORIGINS`` (none: CORS off)."""
    auth = Authorization(os.environ.get("QA_API_KEY") if api_key is None else api_key)
    origins = env_origins() if cors_origins is None else cors_origins
    app = FastAPI(title="政府工作报告问答 API", version="1",
                  description="OpenAI-compatible chat over the loaded government work reports, and the `qa` "
                              "commands as JSON (the same documents as `qa … --json`). With `QA_API_KEY` set, send "
                              "`Authorization: Bearer <key>`.")
    bearer = HTTPBearer(auto_error=False, description="QA_API_KEY, when the server sets one")  # /docs: Authorize

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return validation_error(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return ApiError(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None)).response()

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        return error_for(exc).response()

    async def guard(request: Request) -> None:
        auth.check(request)

    protected = [Depends(guard), Depends(bearer)]

    async def run(method: str, *args):
        """``engine.<method>(*args)`` in a worker thread (the engine too is got there: slot.get may
        reload it); every error becomes an ApiError."""
        def call():
            engine = slot.get()
            return docs_json(engine.index_dir) if method == "docs" else getattr(engine, method)(*args)
        try:
            return await run_in_threadpool(call)
        except Exception as exc:  # noqa: BLE001 - every error becomes a JSON answer
            raise error_for(exc) from None

    @app.get("/v1/models", dependencies=protected, tags=["OpenAI"], summary="the model this server answers with")
    async def models():
        return JSONResponse({"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0,
                                                         "owned_by": "qa"}]})

    @app.post("/v1/chat/completions", dependencies=protected, tags=["OpenAI"],
              summary="answer the last user message, with [n] markers and citations")
    async def chat_completions(request: ChatRequest):
        question, history = conversation(request)
        prompt = [message_text(m.content, "") for m in request.messages]
        if request.stream:
            try:
                engine = await run_in_threadpool(slot.get)
            except Exception as exc:  # noqa: BLE001
                raise error_for(exc) from None
            answer = None if getattr(engine, "generator", None) else await run("ask", question, history)
            include_usage = bool((request.stream_options or {}).get("include_usage"))
            return StreamingResponse(completion_events(engine, question, history, prompt, include_usage, answer),
                                     media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        answer = await run("ask", question, history)
        return JSONResponse(completion(answer, int(time.time()), f"chatcmpl-{secrets.token_hex(12)}", prompt))

    @app.post("/api/ask", dependencies=protected, tags=["qa"], summary="qa ask --json")
    async def ask(request: AskRequest):
        question = checked_text(request.question, "question")
        history, doc = checked_history(request.history), checked_doc(request.doc)
        return JSONResponse(ask_json(await run("ask", question, history, doc)))

    @app.get("/api/search", dependencies=protected, tags=["qa"], summary="qa search --json")
    async def search(q: str = Query(description="the query"),
                     k: int = Query(5, description=f"passages to return, 1..{MAX_TOP_K}"),
                     doc: str | None = Query(None, description="search only this document (file name)")):
        text = checked_text(q, "q")
        if not 1 <= k <= MAX_TOP_K:
            raise bad_value("k", k)
        return JSONResponse(search_json(await run("search", text, k, checked_doc(doc))))

    @app.post("/api/check", dependencies=protected, tags=["qa"], summary="qa check --json")
    async def check(request: CheckRequest = Body()):
        text = checked_text(request.claim, "claim", MAX_CLAIM_CHARS, need_words=False)
        verdicts = await run("check", text)
        if not verdicts:
            raise ApiError(400, msg.NO_CHECKABLE_SENTENCE + "。", param="claim", code="nothing_to_check")
        return JSONResponse(check_json(verdicts))

    @app.get("/api/docs", dependencies=protected, tags=["qa"], summary="qa docs --json")
    async def documents():
        return JSONResponse(await run("docs"))

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], dependencies=protected,
                   include_in_schema=False)
    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], dependencies=protected,
                   include_in_schema=False)
    async def unknown(request: Request, rest: str):
        path = request.url.path.rstrip("/")
        if path in ROUTES:
            raise ApiError(405, msg.api_wrong_method(request.method, path, ROUTES[path]),
                           headers={"Allow": ROUTES[path]})
        raise ApiError(404, msg.api_not_found(request.method, request.url.path, served_routes()))

    app.add_middleware(BodyLimit)
    if origins:
        app.add_middleware(ApiCORS, origins=origins)
    return app


def served_routes() -> list[str]:
    """The API's routes as "METHOD /path" (for messages and docs)."""
    return [f"{m} {p}" for p, m in ROUTES.items()]

