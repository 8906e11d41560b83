"""Serving the web app (the HTTP API of qa/api.py with the Gradio UI mounted beside it) in one process
or, with ``python app.py --workers N``, the API in N processes.

Why the UI is not simply copied into every process: Gradio keeps a session's queue in the memory of
the process that took the question (``/gradio_api/queue/join``), and the browser reads the answer
from a second request (``/gradio_api/queue/data``). N processes that share one listening socket get
connections in no fixed order, so that second request would often reach a process that never heard
of the session. So with ``--workers N``:

- the app.py process serves the whole app — UI and API — on a private Unix socket, alone: every
  Gradio session lives in it (and in its answer worker, qa/answer_worker.py), as with one process;
- ``uvicorn --workers N`` serves the public address: each worker process loads its own engine over
  the same memory-mapped index (qa/index/storage.py) and answers ``/v1/*`` and ``/api/*`` itself;
  every other request (the page, its assets, the Gradio queue, ``gradio_client``'s ``/chat``) is
  relayed, streaming, to the UI process (:class:`UIProxy`). The API scales with N; the UI works as
  with one process and costs one more hop through a worker.

app.py waits until every worker has loaded its engine (each touches ``ready-<pid>`` in the run
folder) before it starts the UI, so once the page answers, all N workers answer too.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import functools
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import messages as msg
from .serving import stop_process

RUN_DIR_VARIABLE = "QA_API_RUN_DIR"  # the run folder: ui.sock and the workers' ready-<pid> files
UI_SOCKET = "ui.sock"
HOP_BY_HOP = {b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailer",
              b"transfer-encoding", b"upgrade"}
HTTP_PROTOCOL = f"{__spec__.name if __spec__ else __name__}:LenientHttpToolsProtocol"
# A response still streaming at shutdown (an open Gradio event stream) is cut after 5 s.
UVICORN_SETTINGS = {"log_level": "warning", "timeout_keep_alive": 30, "timeout_graceful_shutdown": 5,
                    "http": HTTP_PROTOCOL}
_REQUEST_LINE = re.compile(rb"^[A-Z]{3,7} [^\r\n]*")


def percent_encode_request_line(data: bytes) -> bytes:
    r"""``data`` with the bytes >= 0x80 of a leading HTTP request line percent-encoded, as a browser
    sends them: ``curl 'http://…/api/search?q=旅游收入'`` sends raw UTF-8, which the HTTP parser refuses.

    >>> percent_encode_request_line("GET /api/search?q=旅游 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    b'GET /api/search?q=%E6%97%85%E6%B8%B8 HTTP/1.1\r\nHost: x\r\n\r\n'
    """
    line = _REQUEST_LINE.match(data)
    if not line or max(line.group(0), default=0) < 0x80:
        return data
    encoded = b"".join(b"%%%02X" % byte if byte >= 0x80 else bytes([byte]) for byte in line.group(0))
    return encoded + data[line.end():]


@functools.lru_cache(maxsize=1)
def _lenient_protocol():
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class LenientHttpToolsProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol; a request line with raw UTF-8 is percent-encoded first."""

        def data_received(self, data: bytes) -> None:
            if self.cycle is None or self.cycle.response_complete:  # the start of a request, not its body
                data = percent_encode_request_line(data)
            super().data_received(data)

    return LenientHttpToolsProtocol


def __getattr__(name: str):
    if name == "LenientHttpToolsProtocol":  # built on first use: uvicorn is imported only to serve
        return _lenient_protocol()
    raise AttributeError(name)


def serve(app, host: str, port: int) -> None:
    """One process: the app on ``host:port`` until SIGINT/SIGTERM."""
    import uvicorn

    print(f"serving http://{host}:{port}/ (the web UI; the HTTP API under /v1 and /api, its documentation at /docs)",
          flush=True)
    uvicorn.run(app, host=host, port=port, **UVICORN_SETTINGS)


def _die_with_parent() -> None:
    """In a child before exec: SIGTERM when the parent dies, even by SIGKILL (Linux prctl)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def serve_with_workers(app, host: str, port: int, workers: int, start_timeout: float = 300.0) -> int:
    """``app`` (UI + API) on a private socket in this process, and ``uvicorn --workers N`` on
    ``host:port`` running :func:`create_worker_app` (the API, the rest relayed here). Returns when
    this process is told to stop (SIGINT/SIGTERM); stops the workers then. Exit code 2 if they fail
    to start."""
    import uvicorn

    run_dir = Path(tempfile.mkdtemp(prefix="qa-serve-"))
    env = {**os.environ, RUN_DIR_VARIABLE: str(run_dir)}
    command = [sys.executable, "-m", "qa.api_server", "--workers", str(workers), "--host", host, "--port", str(port)]
    supervisor = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)
    try:
        deadline = time.monotonic() + start_timeout
        while len(list(run_dir.glob("ready-*"))) < workers:
            if supervisor.poll() is not None or time.monotonic() > deadline:
                print(f"app.py: error: the {workers} API worker processes did not start on {host}:{port} "
                      f"(exit code {supervisor.poll()})", file=sys.stderr, flush=True)
                return 2
            time.sleep(0.1)
        print(f"serving http://{host}:{port}/: the HTTP API in {workers} API worker processes ready, the web UI "
              f"in process {os.getpid()} (reached through them)", flush=True)
        uvicorn.Server(uvicorn.Config(app, uds=str(run_dir / UI_SOCKET), log_level="warning",
                                      timeout_graceful_shutdown=5)).run()
        return 0
    finally:
        stop_process(supervisor)
        for leftover in run_dir.iterdir():
            leftover.unlink(missing_ok=True)
        run_dir.rmdir()


class UIProxy:
    """ASGI app relaying HTTP requests to the UI process's Unix socket, bodies streamed both ways
    (the Gradio queue's event stream included); 503 while that process is not listening yet."""

    def __init__(self, socket_path: Path | str):
        self.socket_path = str(socket_path)
        self._client = None

    def client(self):
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds=self.socket_path),
                                             base_url="http://ui", timeout=httpx.Timeout(None, connect=10))
        return self._client

    async def __call__(self, scope, receive, send):
        import httpx

        if scope["type"] != "http":  # Gradio's page and queue use plain HTTP and server-sent events
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1003})
            return
        disconnected = asyncio.Event()

        async def body():
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    disconnected.set()
                    return
                yield message.get("body", b"")
                if not message.get("more_body", False):
                    return

        headers = [(k, v) for k, v in scope["headers"] if k.lower() not in HOP_BY_HOP]
        client = scope.get("client")
        if client:
            headers.append((b"x-forwarded-for", client[0].encode()))
        target = scope.get("raw_path") or scope["path"].encode()
        if scope.get("query_string"):
            target += b"?" + scope["query_string"]
        has_body = scope["method"] not in ("GET", "HEAD", "OPTIONS", "DELETE")
        request = self.client().build_request(scope["method"], target.decode("latin-1"), headers=headers,
                                              content=body() if has_body else None)
        try:
            response = await self.client().send(request, stream=True)
        except httpx.TransportError:
            from .api import ApiError

            await ApiError(503, msg.API_LOADING, code="loading", headers={"Retry-After": "2"}).response()(
                scope, receive, send)
            return

        async def pump():
            await send({"type": "http.response.start", "status": response.status_code,
                        "headers": [(k, v) for k, v in response.headers.raw if k.lower() not in HOP_BY_HOP]})
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})

        # The request body is sent by now: what the client sends next is its disconnect, which ends
        # an open event stream at once (else the UI process would keep it, and wait for it at shutdown).
        tasks = [asyncio.ensure_future(pump())] + ([] if disconnected.is_set() else [asyncio.ensure_future(
            self._watch(receive))])
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await response.aclose()
        if not tasks[0].cancelled() and tasks[0].done() and tasks[0].exception():
            raise tasks[0].exception()

    @staticmethod
    async def _watch(receive) -> None:
        """Return when the client goes away."""
        while (await receive())["type"] != "http.disconnect":
            pass


def create_worker_app():
    """The app of one API worker process (``uvicorn qa.api_server:create_worker_app --factory``): the
    API over its own engine (index: QA_INDEX_DIR; language model: QA_GENERATOR, QA_LLM_*), every
    other path relayed to the UI process. Loads the engine before it accepts a connection."""
    from .serving import prepare_process, tune_interpreter

    prepare_process()
    from .api import EngineSlot, create_api
    from .generation import GeneratorConfig
    from .service import get_engine

    run_dir = Path(os.environ[RUN_DIR_VARIABLE])
    slot = EngineSlot(lambda: get_engine(generator=GeneratorConfig.from_env()))
    slot.get()  # the index is there: app.py built it before starting the workers
    app = create_api(slot)
    app.mount("/", UIProxy(run_dir / UI_SOCKET))
    (run_dir / f"ready-{os.getpid()}").touch()
    tune_interpreter()
    return app


def _run_workers(argv: list[str] | None = None) -> None:
    """``python -m qa.api_server --workers N --host H --port P`` (started by serve_with_workers)."""
    import uvicorn

    parser = argparse.ArgumentParser(description="the API worker processes of app.py --workers N")
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    uvicorn.run("qa.api_server:create_worker_app", factory=True, host=args.host, port=args.port,
                workers=args.workers, access_log=False, **UVICORN_SETTINGS)


if __name__ == "__main__":
    _run_workers()
