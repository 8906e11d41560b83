"""Speed on the shipped report: build time, cold start, warm search/ask latency, app first token.

Usage: ``python -m bench.latency [--repeat 3] [--questions 2000] [--out bench/results/latency.json]``

- build: ``qa build --force`` in a fresh folder, as a subprocess (what a user waits for);
- cold start: load the index and the model in a fresh process;
- search / ask: ``--questions`` questions spread evenly over eval/qa_set.jsonl (0 = all of them; the set
  keeps its mix of kinds, and the run stays a few minutes as the set grows), ``--repeat`` times, after one
  warm-up call;
- chat first token: time until the first streamed piece of a chat answer (app.respond; its first update,
  the question with an empty answer bubble, comes at once and is not counted).
Prints a Markdown table and writes the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa.evaluation import load_qa_set, percentiles, spread
from qa.service import Engine

ROOT = Path(__file__).resolve().parent.parent


def _pct(values: list[float]) -> dict:
    return {**percentiles(values, digits=3), "n": len(values)}


def measure(repeat: int = 3, sample: int = 2000) -> dict:
    questions = [item.question for item in load_qa_set(ROOT / "eval" / "qa_set.jsonl")]
    if sample:
        questions = spread(questions, sample)
    out: dict = {"machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
                             "cores": __import__("os").cpu_count()}}
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qa", "build", "--force", "--quiet", "--index", str(index),
                        "--corpus", str(ROOT / "corpus")], check=True, cwd=ROOT)
        out["build_seconds"] = round(time.perf_counter() - t0, 3)

        code = ("import time;t=time.perf_counter();from qa.service import Engine;"
                f"Engine({str(index)!r}, warm_up=True);"  # loads the index and the model, answers one question
                "print(time.perf_counter()-t)")
        cold = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
        out["cold_start_seconds"] = round(float(cold.stdout.strip().splitlines()[-1]), 3)

        engine = Engine(index)
        retriever, answerer = engine.retriever, engine.answerer
        answerer.ask(questions[0])
        search_ms, ask_ms = [], []
        for _ in range(repeat):
            for q in questions:
                t = time.perf_counter()
                retriever.search(q, top_k=5)
                search_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                answerer.ask(q)
                ask_ms.append((time.perf_counter() - t) * 1000)
        out["search_ms"] = _pct(search_ms)
        out["ask_ms"] = _pct(ask_ms)

        import os

        os.environ["QA_INDEX_DIR"] = str(index)
        sys.path.insert(0, str(ROOT))
        import app

        app.engine()
        first = []
        for q in questions[:50]:
            t = time.perf_counter()
            updates = app.respond(q, [], [])
            next(updates)  # the question shown with an empty answer bubble (at once)
            next(updates)  # the first streamed piece of the answer
            first.append((time.perf_counter() - t) * 1000)
            updates.close()
        out["chat_first_token_ms"] = _pct(first)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--questions", type=int, default=2000,
                        help="questions spread over the QA set (default 2000; 0 = every question)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latency.json")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.questions < 0:
        parser.error(f"--repeat must be at least 1 and --questions 0 or more (got {args.repeat}, {args.questions})")
    result = measure(args.repeat, args.questions)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print("| qa build (s) | cold start (s) | search p50 / p95 (ms) | ask p50 / p95 (ms) | chat first token p50 (ms) |")
    print("|---|---|---|---|---|")
    print(f"| {result['build_seconds']:.1f} | {result['cold_start_seconds']:.1f} | "
          f"{result['search_ms']['p50']:.1f} / {result['search_ms']['p95']:.1f} | "
          f"{result['ask_ms']['p50']:.1f} / {result['ask_ms']['p95']:.1f} | {result['chat_first_token_ms']['p50']:.1f} |")
    print(f"(written to {args.out})")


if __name__ == "__main__":
    main()
