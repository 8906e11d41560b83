"""How the web app is served: process, interpreter and Gradio queue settings; running it in a
subprocess (the tests and the load benchmark).

Shared by app.py and the load benchmark's baseline app (bench/echo_app.py), so that the baseline
measures the same serving path. ``prepare_process()`` must run before numpy is first imported.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

# Many requests are answered at once, each in its own thread, so extra BLAS threads only compete for
# the cores. An idle OpenBLAS worker also busy-waits for 2**28 cycles after every matrix product; a
# timeout of 2**4 cycles lets it sleep at once. Measured with bench/load.py while other processes loaded
# the machine: server CPU per sequential /chat request 118 -> 42 ms; on an idle machine within noise.
#
# Gradio's queue recomputes a pandas summary of its last GRADIO_ANALYTICS_MAX_EVENTS (default 10,000)
# events after every finished request, for its monitoring page. That work grows with the number of
# requests served and held the event loop for ~17 % of its time under 50 concurrent users
# (py-spy, bench/load.py); recomputing it every 1,000 events over the last 1,000 removes that cost.
PROCESS_ENVIRONMENT = {
    "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    "OPENBLAS_THREAD_TIMEOUT": "4",
    "GRADIO_ANALYTICS_MAX_EVENTS": "1000", "GRADIO_ANALYTICS_CACHE_FREQUENCY": "1000",
}

# status_update_rate: queue positions are pushed to waiting clients every 5 s instead of to every
# waiting client after every finished job; with 50 concurrent API users that cut the clients' CPU by
# ~35 % (bench/load.py). Concurrency limits of 2, 4 and 16 measured the same: the limit is CPU.
QUEUE_SETTINGS = {"default_concurrency_limit": 16, "max_size": 512, "status_update_rate": 5}
LAUNCH_SETTINGS = {"max_threads": 64}  # worker threads for event handlers (Gradio's default is 40)

# The event loop that serves every HTTP request shares the GIL with the threads answering questions;
# by default a waiting thread gets the GIL only after 5 ms. 1 ms lets the loop keep up: 50 users asking
# back to back got 47 answers/s instead of 40 (bench/load.py).
SWITCH_INTERVAL_SECONDS = 0.001


def prepare_process() -> None:
    """Set PROCESS_ENVIRONMENT (values already in the environment win). Call before importing numpy."""
    for name, value in PROCESS_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def tune_interpreter() -> None:
    """Give the server's event loop the interpreter lock sooner (call just before serving)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)


def stop_process(proc: subprocess.Popen, grace_seconds: float = 15.0) -> None:
    """End a child process: SIGTERM, then SIGKILL if it is still running after ``grace_seconds``."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace_seconds)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppNotReady(RuntimeError):
    """The app exited or did not answer in time; the message holds its log."""


class AppProcess:
    """A web app script (app.py, bench/echo_app.py) in a subprocess on 127.0.0.1:<free port> with
    ``QA_INDEX_DIR=index``, run from the script's folder.

    ``extra``: command-line arguments; ``env``: more environment variables. ``wait_ready()`` returns
    once the page answers (AppNotReady with the log if the app exits or hangs); ``stop()`` ends it.
    As a context manager: ready on entry, stopped on exit. Used by the tests and bench/load.py.
    """

    def __init__(self, index: Path, log: Path, *extra: str, script: Path, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        full_env = {**os.environ, "QA_INDEX_DIR": str(index), "GRADIO_ANALYTICS_ENABLED": "False", **(env or {})}
        with open(log, "w") as out:
            self.proc = subprocess.Popen([sys.executable, str(script), "--host", "127.0.0.1",
                                          "--port", str(self.port), *extra],
                                         cwd=Path(script).resolve().parent, env=full_env, stdout=out,
                                         stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 180.0) -> "AppProcess":
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AppNotReady(f"the app exited early:\n{self.log.read_text()}")
            try:
                urllib.request.urlopen(self.url, timeout=2)
                return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise AppNotReady(f"the app was not ready in {timeout:.0f} s:\n{self.log.read_text()}")

    def __enter__(self) -> "AppProcess":
        return self.wait_ready()

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        stop_process(self.proc)
