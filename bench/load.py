"""Load test of the web app: N concurrent users, each asking M questions through /chat (gradio_client),
the OpenAI-compatible /v1/chat/completions (the ``openai`` client) or /api/ask (plain HTTP, httpx).

Usage: ``python -m bench.load [--api gradio|openai|rest] [--users 50] [--questions 20] [--think 0]
[--workers 1] [--stream] [--url http://127.0.0.1:7860/] [--timeout 600]``

- ``--api``: ``gradio`` (default) asks through gradio_client's ``/chat``; ``openai`` through
  ``openai.OpenAI(base_url=URL/v1).chat.completions.create`` (``--stream``: streamed, the chunks
  joined); ``rest`` through ``POST /api/ask`` with httpx. QA_API_KEY, when set, is sent as the key.
- ``--workers N``: the app started here runs ``app.py --workers N`` (the API in N processes).
- ``--echo`` drives bench/echo_app.py instead: the same serving settings, an instant answer — the floor
  (``--api gradio`` only).
- Without ``--url`` the app is started here on 127.0.0.1 on a free port (index/ when it is up to date,
  else an index built into a temporary folder) and stopped at the end.
- Loopback only: ``--url`` must point at 127.0.0.1, ::1 or localhost. The number of requests is
  bounded (users × questions, at most 100 × 200) and the whole run has a time limit (``--timeout``).
- Each user is a thread with its own client; questions are drawn (seeded) from eval/qa_set.jsonl.
  A request is an error when it raises, times out, or returns no text.
- ``--think S``: after each answer a user pauses a random 0.5·S..1.5·S seconds (reading the answer,
  typing the next question) before asking again. ``--think 0`` (the default) is a stress test: every
  user asks again the instant the answer arrives, so ``users`` requests are always in flight.
- Prints a Markdown table (errors, latency p50/p95/p99/max, throughput) and writes JSON to
  ``bench/results/load.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from qa.evaluation import percentiles
from qa.serving import AppNotReady, AppProcess

ROOT = Path(__file__).resolve().parent.parent
QA_SET = ROOT / "eval" / "qa_set.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "load.json"
MAX_USERS, MAX_QUESTIONS = 100, 200
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
APIS = ("gradio", "openai", "rest")


def _index_folder(tmp: Path) -> Path:
    """index/ when it is current for corpus/, else a fresh index built into ``tmp``."""
    from qa.config import Settings
    from qa.index import build_if_stale, staleness

    settings = Settings.from_env()
    repo_index = ROOT / "index"
    try:
        if not staleness(repo_index, ROOT / "corpus", settings):
            return repo_index
    except Exception:  # noqa: BLE001 - any problem with index/: build our own
        pass
    folder = tmp / "index"
    print(f"building an index in {folder} ...", file=sys.stderr, flush=True)
    build_if_stale(ROOT / "corpus", folder, settings)
    return folder


def _questions() -> list[str]:
    from qa.evaluation import load_qa_set

    return [item.question for item in load_qa_set(QA_SET)]


def _asker(api: str, url: str, stream: bool = False):
    """(connect() -> a client for one user, ask(client, question, seconds left) -> the answer text)."""
    key = os.environ.get("QA_API_KEY") or "none"
    if api == "gradio":
        from gradio_client import Client

        return (lambda: Client(url, verbose=False, ssl_verify=False),
                lambda client, question, left: client.submit(question, [], api_name="/chat").result(timeout=left))
    if api == "openai":
        import openai

        from qa.api import MODEL_ID

        def ask_openai(client, question, left):
            messages = [{"role": "user", "content": question}]
            create = client.with_options(timeout=left).chat.completions.create
            if not stream:
                return create(model=MODEL_ID, messages=messages).choices[0].message.content
            return "".join(c.choices[0].delta.content or "" for c in create(model=MODEL_ID, messages=messages,
                                                                             stream=True) if c.choices)

        return (lambda: openai.OpenAI(base_url=url.rstrip("/") + "/v1", api_key=key, max_retries=0), ask_openai)
    if api == "rest":
        import httpx

        def ask_rest(client, question, left):
            response = client.post("/api/ask", json={"question": question}, timeout=left)
            response.raise_for_status()
            return response.json()["answer"]

        return (lambda: httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}), ask_rest)
    raise ValueError(f"api {api!r}: must be one of {', '.join(APIS)}")


def run_load(url: str, users: int, questions: int, timeout: float, seed: int = 0, think: float = 0.0,
             api: str = "gradio", stream: bool = False) -> dict:
    """Drive ``url`` with ``users`` threads × ``questions`` questions through ``api`` (gradio: /chat,
    openai: /v1/chat/completions, rest: /api/ask); every latency and error.

    ``think``: mean pause in seconds between a user's answer and their next question (0: none).

    Latency percentiles are over the successful requests; the clock starts once every client is
    connected. ``ssl_verify=False``: the app is on loopback over plain HTTP, and with verification on
    gradio_client loads the CA bundle twice per request (~90 ms of CPU), which on a small machine
    makes the load generator, not the app, the bottleneck.
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # the clients must not call out either
    connect, ask = _asker(api, url, stream)
    pool = _questions()
    rng = random.Random(seed)
    plans = [[rng.choice(pool) for _ in range(questions)] for _ in range(users)]
    pauses = [[think * rng.uniform(0.5, 1.5) for _ in range(questions)] for _ in range(users)]
    latencies: list[float] = []
    first_latencies: list[float] = []  # each user's first question: all of them arrive at the same instant
    errors: list[dict] = []
    lock = threading.Lock()
    clients: list = []
    deadline = [time.time() + timeout]
    t_start = [time.time()]

    def go() -> None:  # run once, when every client is connected: the clock starts now
        t_start[0] = time.time()
        deadline[0] = t_start[0] + timeout

    start = threading.Barrier(users + 1, action=go)

    def user(number: int) -> None:
        client = None
        try:
            client = connect()
            with lock:
                clients.append(client)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
            with lock:
                errors.append({"user": number, "question": None, "error": f"connect: {type(exc).__name__}: {exc}"})
        try:
            start.wait(timeout=120)
        except threading.BrokenBarrierError:
            pass
        for step, question in enumerate(plans[number]):
            if step and think > 0:
                time.sleep(min(pauses[number][step], max(0.0, deadline[0] - time.time())))
            left = deadline[0] - time.time()
            if client is None or left <= 0:
                return
            t0 = time.perf_counter()
            try:
                answer = ask(client, question, left)
                ms = (time.perf_counter() - t0) * 1000
                ok = isinstance(answer, str) and answer.strip()
                with lock:
                    if ok:
                        latencies.append(ms)
                        if step == 0:
                            first_latencies.append(ms)
                    else:
                        errors.append({"user": number, "question": question, "error": f"empty answer: {answer!r}"})
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append({"user": number, "question": question,
                                   "error": f"{type(exc).__name__}: {str(exc)[:300]}",
                                   "ms": round((time.perf_counter() - t0) * 1000, 1)})

    threads = [threading.Thread(target=user, args=(n,), daemon=True, name=f"user-{n}") for n in range(users)]
    for t in threads:
        t.start()
    try:
        start.wait(timeout=120)
    except threading.BrokenBarrierError:
        pass
    for t in threads:
        t.join(timeout=max(0.0, deadline[0] + 30 - time.time()))
    wall = time.time() - t_start[0]
    for client in clients:
        try:
            client.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass
    requests = users * questions
    with lock:
        done = list(latencies)
        errs = list(errors)
        first = list(first_latencies)
    arr = np.asarray(done) if done else np.zeros(1)
    later = list(done)
    for ms in first:  # the latencies after each user's first question
        later.remove(ms)
    later_arr = np.asarray(later) if later else np.zeros(1)
    return {
        "url": url,
        "api": api + (" (stream)" if stream and api == "openai" else ""),
        "users": users,
        "questions_per_user": questions,
        "think_seconds": think,
        "requests": requests,
        "ok": len(done),
        "errors": len(errs),
        "not_run": requests - len(done) - sum(1 for e in errs if e["question"] is not None),
        "timed_out": any(t.is_alive() for t in threads),
        "latency_ms": percentiles(arr, (50, 95, 99), digits=1) | {"max": round(float(arr.max()), 1),
                                                                 "mean": round(float(arr.mean()), 1)},
        # The opening burst (every user's first question at the same instant) and everything after it.
        "first_question_latency_ms": {"p50": percentiles(first, (50,), digits=1)["p50"] if first else 0.0,
                                      "max": round(float(max(first)), 1) if first else 0.0},
        "later_latency_ms": percentiles(later_arr, (50, 95, 99), digits=1),
        "wall_seconds": round(wall, 2),
        "throughput_rps": round(len(done) / wall, 1) if wall > 0 else 0.0,
        "error_samples": errs[:10],
        "seed": seed,
        "timeout_seconds": timeout,
    }


def markdown(result: dict) -> str:
    lat = result["latency_ms"]
    return "\n".join([
        "| users | questions/user | think (s) | requests | ok | errors | not run | p50 ms | p95 ms | p99 ms "
        "| max ms | throughput (req/s) | wall (s) |",
        "|" + "---|" * 13,
        f"| {result['users']} | {result['questions_per_user']} | {result.get('think_seconds', 0):g} "
        f"| {result['requests']} | {result['ok']} "
        f"| {result['errors']} | {result['not_run']} | {lat['p50']:.1f} | {lat['p95']:.1f} | {lat['p99']:.1f} "
        f"| {lat['max']:.1f} | {result['throughput_rps']:.1f} | {result['wall_seconds']:.1f} |",
        "",
        f"first question of each user (all at once): p50 {result['first_question_latency_ms']['p50']:.1f} ms, "
        f"max {result['first_question_latency_ms']['max']:.1f} ms; later questions: "
        f"p50 {result['later_latency_ms']['p50']:.1f} / p95 {result['later_latency_ms']['p95']:.1f} / "
        f"p99 {result['later_latency_ms']['p99']:.1f} ms",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50, help=f"concurrent users (1..{MAX_USERS})")
    parser.add_argument("--questions", type=int, default=20, help=f"questions per user (1..{MAX_QUESTIONS})")
    parser.add_argument("--url", default=None, help="a running app on this machine (default: start one)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause between a user's answer and next question, seconds (0: none, a stress test)")
    parser.add_argument("--timeout", type=float, default=600.0, help="time limit of the whole run, seconds")
    parser.add_argument("--seed", type=int, default=0, help="seed of the question draw")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument("--api", choices=APIS, default="gradio",
                        help="gradio: /chat via gradio_client; openai: /v1/chat/completions; rest: /api/ask")
    parser.add_argument("--stream", action="store_true", help="--api openai: streamed completions")
    parser.add_argument("--workers", type=int, default=1, help="the app started here: app.py --workers N (1..8)")
    parser.add_argument("--echo", action="store_true",
                        help="drive bench/echo_app.py (answers instantly, served like app.py): the serving floor")
    args = parser.parse_args(argv)
    if not 1 <= args.users <= MAX_USERS:
        parser.error(f"--users {args.users}: must be 1..{MAX_USERS}")
    if not 1 <= args.questions <= MAX_QUESTIONS:
        parser.error(f"--questions {args.questions}: must be 1..{MAX_QUESTIONS}")
    if not 0 <= args.think <= 60:
        parser.error(f"--think {args.think}: must be 0..60 seconds")
    if not 0 < args.timeout <= 3600:
        parser.error(f"--timeout {args.timeout}: must be in (0, 3600] seconds")
    if args.echo and args.url:
        parser.error("--echo starts the baseline app itself: leave out --url")
    if args.echo and (args.api != "gradio" or args.workers != 1):
        parser.error("--echo is one process answering /chat only: leave out --api and --workers")
    if not 1 <= args.workers <= 8:
        parser.error(f"--workers {args.workers}: must be 1..8")
    if args.url and args.workers != 1:
        parser.error("--workers applies to the app started here: leave out --url")
    if args.url and (urlparse(args.url).hostname or "") not in LOOPBACK:
        parser.error(f"--url {args.url}: only an app on this machine (127.0.0.1, ::1, localhost) may be load-tested")

    app = None
    load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews every number below
    with tempfile.TemporaryDirectory(prefix="qa-load-") as tmp:
        try:
            url = args.url
            if not url:
                index = Path(tmp) if args.echo else _index_folder(Path(tmp))
                t0 = time.perf_counter()
                extra = ("--workers", str(args.workers)) if args.workers > 1 else ()
                app = AppProcess(index, Path(tmp) / "app.log", *extra,
                                 script=ROOT / "bench" / "echo_app.py" if args.echo else ROOT / "app.py")
                try:
                    app.wait_ready()
                except AppNotReady as exc:
                    raise SystemExit(str(exc)) from None
                print(f"app ready at {app.url} in {time.perf_counter() - t0:.1f} s (index {index})",
                      file=sys.stderr, flush=True)
                url = app.url
            result = run_load(url, args.users, args.questions, args.timeout, args.seed, args.think, args.api,
                              args.stream)
        finally:
            if app is not None:
                app.stop()
    result["machine"] = {"python": platform.python_version(), "cores": os.cpu_count(),
                         "cpu": platform.processor() or platform.machine(),
                         "loadavg_1min_before": load_before, "loadavg_1min_after": round(os.getloadavg()[0], 2)}
    result["started_app"] = app is not None
    result["app"] = "bench/echo_app.py (baseline)" if args.echo else ("app.py" if app is not None else args.url)
    result["workers"] = args.workers if app is not None else None
    print(markdown(result))
    for sample in result["error_samples"][:3]:
        print(f"- error: {sample['error']}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {args.out}", file=sys.stderr)
    return 1 if result["errors"] or result["timed_out"] else 0


if __name__ == "__main__":
    sys.exit(main())
