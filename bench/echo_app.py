"""Baseline for the load benchmark: an app whose /chat answers instantly, served exactly like app.py.

``python bench/echo_app.py --port 7861`` (127.0.0.1 only). /chat(message, history) returns the question
with a fixed prefix, so a load run against it (``python -m bench.load --echo``) measures Gradio's queue,
HTTP and event stream plus the gradio_client users alone: the floor under the real app's numbers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from qa.serving import LAUNCH_SETTINGS, QUEUE_SETTINGS, prepare_process, tune_interpreter  # noqa: E402

prepare_process()

import gradio as gr  # noqa: E402


def chat(message: str, history: list | None = None) -> str:
    """Echo: no retrieval, no model."""
    return "回答：" + str(message)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1"])
    parser.add_argument("--port", type=int, default=7861)
    args, _ = parser.parse_known_args(argv)
    with gr.Blocks() as demo:
        gr.api(chat, api_name="chat")
    demo.queue(**QUEUE_SETTINGS)
    tune_interpreter()
    demo.launch(server_name=args.host, server_port=args.port, **LAUNCH_SETTINGS)


if __name__ == "__main__":
    main()
