"""An OpenAI-compatible chat server on 127.0.0.1 for tests: it answers with ``server.reply(prompt)``.

>>> with FakeLLMServer() as server:          # doctest: +SKIP
...     server.reply = lambda prompt: "全年接待游客120.5万人次[1]。"
...     base_url = server.base_url           # http://127.0.0.1:<port>/v1
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    """POST /v1/chat/completions, streamed (3 characters per event) when the request asks for it."""

    def log_message(self, *args):
        pass

    def do_POST(self):
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server.requests.append(body)
        if server.delay:
            time.sleep(server.delay)
        if server.status != 200:
            self.send_response(server.status)
            self.end_headers()
            return
        text = server.reply(body["messages"][-1]["content"])
        self.send_response(200)
        if body.get("stream"):
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i in range(0, len(text), 3):
                chunk = {"choices": [{"delta": {"content": text[i:i + 3]}}]}
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
        else:
            payload = {"choices": [{"message": {"role": "assistant", "content": text}}]}
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)


class FakeLLMServer(ThreadingHTTPServer):
    """Set ``reply`` (prompt -> text), ``delay`` (seconds) or ``status`` (HTTP code); ``requests``
    records every request body. Use as a context manager: it serves in a thread until the block ends."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.delay = 0.0
        self.status = 200
        self.reply = lambda prompt: ""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/v1"

    def __enter__(self) -> "FakeLLMServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
