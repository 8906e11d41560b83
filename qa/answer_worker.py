"""Answering in a separate process, so a web server's event loop keeps its interpreter lock.

In one Python process the HTTP event loop and the threads that answer questions take turns on one
interpreter lock: under 50 concurrent users the loop's work per request doubled (7 → 15 ms) while it
waited for the lock. :class:`AnswerProcess` starts ``python -m qa.answer_worker`` over the same index;
the worker loads its own engine, answers in a few threads of its own (so concurrent queries are still
embedded together) and sends back the answer already rendered (plain text, Markdown, chat HTML, sources
HTML), which is all the app needs. Requests travel over an authenticated local socket
(``multiprocessing.connection``).

If the worker dies, every waiting request and every later one gets :class:`WorkerGone`; the caller
(app.py) then answers in its own process. Package errors raised in the worker (an empty question, a
corrupted index) reach the caller as the same exception type with the same message.

>>> worker = AnswerProcess("index")                           # doctest: +SKIP
>>> worker.render("2022年地区生产总值增长目标是多少？")["markdown"][:20]   # doctest: +SKIP
'根据报告（目标任务部分），完成地区生产总值同比增长8'
"""

from __future__ import annotations

import itertools
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing.connection import Client, Listener
from pathlib import Path

from . import presentation as view
from .errors import QAError
from .glance import report_names
from .serving import stop_process

_KEY_VARIABLE = "QA_ANSWER_WORKER_KEY"
# Threads answering in the worker: concurrent questions share one embedding call (qa/batching.py).
# Under 50 back-to-back users 4, 8 and 16 threads gave 56, 61 and 67 answers/s (bench/load.py).
WORKER_THREADS = 16


class WorkerGone(QAError):
    """The answer worker process is not running (it failed to start, crashed or was stopped)."""


def rendered(answer, question: str, names: dict | None = None) -> dict:
    """What the app shows of an Answer, as plain strings (picklable, small). ``names``: document file
    name -> the report's name for citations (qa.glance.report_names)."""
    return {"answer": view.answer_text(answer), "answerable": answer.answerable, "confidence": answer.confidence,
            "markdown": view.answer_markdown(answer, names), "plain": view.plain_text(answer, names),
            "chat_html": view.chat_message(answer, names), "sources_html": view.sources_html(answer, names),
            "resolved_question": answer.resolved_question or question}


def render(engine, question: str, history: list[str] | None = None, doc: str | None = None) -> dict:
    """Answer with ``engine`` and render: see :func:`rendered`."""
    return rendered(engine.ask(question, history=history, doc=doc), question, report_names(engine.index))


class AnswerProcess:
    """A worker process answering over ``index_dir``; ``render()`` may be called from many threads."""

    def __init__(self, index_dir: Path | str, start_timeout: float = 180.0):
        self.index_dir = Path(index_dir)
        key = secrets.token_bytes(32)
        self._folder = tempfile.TemporaryDirectory(prefix="qa-worker-")
        address = os.path.join(self._folder.name, "socket")
        self._pending: dict[int, Future] = {}
        self._ids = itertools.count()
        self._lock = threading.RLock()  # _fail_all may run while render() holds it
        self._gone: str = ""
        with Listener(address, family="AF_UNIX", authkey=key) as listener:
            env = {**os.environ, _KEY_VARIABLE: key.hex()}
            self.proc = subprocess.Popen([sys.executable, "-m", "qa.answer_worker", address, str(self.index_dir)],
                                         env=env, stdin=subprocess.DEVNULL)
            accepted: list = []  # accept() has no timeout: it waits in a thread while we watch the process
            waiter = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
            waiter.start()
            deadline = time.monotonic() + start_timeout
            while waiter.is_alive() and self.proc.poll() is None and time.monotonic() < deadline:
                waiter.join(0.1)
            if not accepted:
                code = self.proc.poll()
                self.stop()
                raise WorkerGone("the answer worker did not start: "
                                 + (f"it exited with code {code}" if code is not None else
                                    f"no connection within {start_timeout:.0f} s"))
            self._conn = accepted[0]
        if not self._conn.poll(start_timeout):
            self.stop()
            raise WorkerGone(f"the answer worker did not load the index {self.index_dir} within {start_timeout:.0f} s")
        try:
            status, detail = self._conn.recv()
        except (EOFError, OSError):
            status, detail = "failed", f"exit code {self.proc.wait()}"
        if status != "ready":
            self.stop()
            raise WorkerGone(f"the answer worker could not start: {detail}")
        self._reader = threading.Thread(target=self._read_replies, name="answer-worker-replies", daemon=True)
        self._reader.start()

    @property
    def alive(self) -> bool:
        return not self._gone and self.proc.poll() is None

    def render(self, question: str, history: list[str] | None = None, doc: str | None = None,
               timeout: float = 120.0) -> dict:
        """What :func:`render` returns, computed in the worker; package errors re-raised here."""
        future: Future = Future()
        with self._lock:
            if self._gone:
                raise WorkerGone(self._gone)
            request_id = next(self._ids)
            self._pending[request_id] = future
            try:
                self._conn.send((request_id, question, history, doc))
            except (OSError, ValueError) as exc:
                self._pending.pop(request_id, None)
                self._fail_all(f"the answer worker cannot be reached: {exc}")
                raise WorkerGone(self._gone) from None
        try:
            return future.result(timeout)
        except FutureTimeout:
            with self._lock:
                self._pending.pop(request_id, None)
            raise WorkerGone(f"the answer worker gave no answer within {timeout:.0f} s") from None

    def _read_replies(self) -> None:
        while True:
            try:
                request_id, ok, payload = self._conn.recv()
            except (EOFError, OSError, ValueError) as exc:
                try:
                    code = self.proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    code = None
                self._fail_all(f"the answer worker stopped (exit code {code}): {type(exc).__name__}")
                return
            with self._lock:
                future = self._pending.pop(request_id, None)
            if future is None:
                continue  # its caller gave up waiting
            if ok:
                future.set_result(payload)
            else:
                future.set_exception(payload)

    def _fail_all(self, why: str) -> None:
        with self._lock:
            if not self._gone:
                self._gone = why
            pending, self._pending = list(self._pending.values()), {}
        for future in pending:
            if not future.done():
                future.set_exception(WorkerGone(why))

    def stop(self) -> None:
        """End the worker (it is also ended when this process exits: it stops on a closed socket)."""
        self._fail_all("the answer worker was stopped")
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
        stop_process(self.proc, grace_seconds=10)
        self._folder.cleanup()


# ---------------------------------------------------------------- the worker side

def _serve(address: str, index_dir: str) -> int:
    from .serving import prepare_process  # lazy on purpose: BLAS settings must precede the numpy import

    prepare_process()
    from .service import get_engine  # (imports numpy)

    conn = Client(address, family="AF_UNIX", authkey=bytes.fromhex(os.environ.pop(_KEY_VARIABLE)))
    try:
        get_engine(Path(index_dir))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which decides what to do
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return 1
    conn.send(("ready", ""))
    send_lock = threading.Lock()

    def answer(request_id: int, question: str, history, doc) -> None:
        try:
            # get_engine: the engine of the index saved last (another process may have added a report)
            reply = (request_id, True, render(get_engine(Path(index_dir)), question, history, doc))
        except QAError as exc:
            reply = (request_id, False, exc)
        except Exception as exc:  # noqa: BLE001 - the parent logs it; the worker keeps serving
            traceback.print_exc(file=sys.stderr)
            reply = (request_id, False, RuntimeError(f"{type(exc).__name__}: {exc}"))
        with send_lock:
            conn.send(reply)

    with ThreadPoolExecutor(WORKER_THREADS, thread_name_prefix="answer") as pool:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return 0  # the parent closed the socket or exited
            pool.submit(answer, *request)


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1], sys.argv[2]))
