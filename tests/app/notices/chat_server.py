"""A real local HTTP server standing in for the group chat's robot webhook:
it answers as the test tells it (delivered, HTTP 500, a WeCom/DingTalk
errcode, a redirect, or no answer at all) and keeps every message it
accepted, in arrival order. Stopping it closes the port, so the next post is
refused the way a dead line refuses it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.app.printing.fake_printer import closed_port

OK = "ok"
HTTP_500 = "500"
ERRCODE = "errcode"  # 200 with {"errcode": 93000, ...}, as WeCom says of a bad key
REDIRECT = "redirect"
SILENT = "silent"  # reads the request and never answers (a time-out)


free_port = closed_port  # a port nothing listens on (yet): posting to it is refused


class ChatServer:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.mode = OK
        self.delivered: list[dict[str, Any]] = []  # what the chat shows, in order
        self.requests = 0  # every POST, answered or not
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends SILENT requests at stop()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/cgi-bin/webhook/send?key=test-key"

    def titles(self) -> list[str]:
        """The first line of each delivered text message."""
        return [m["text"]["content"].split("\n")[0] for m in self.delivered]

    def start(self) -> None:
        chat = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                with chat.lock:
                    chat.requests += 1
                    mode = chat.mode
                    if mode == OK:
                        chat.raw.append(body)
                        chat.delivered.append(json.loads(body.decode("utf-8")))
                if mode == SILENT:
                    chat.release.wait(30)
                    return
                if mode == OK:
                    self._answer(200, {"errcode": 0, "errmsg": "ok"})
                elif mode == ERRCODE:
                    self._answer(200, {"errcode": 93000, "errmsg": "invalid webhook url"})
                elif mode == REDIRECT:
                    self.send_response(302)
                    self.send_header("Location", "http://127.0.0.1:1/login")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    text = b"<html>502 Bad Gateway</html>"
                    self.send_response(500)
                    self.send_header("Content-Length", str(len(text)))
                    self.end_headers()
                    self.wfile.write(text)

            def _answer(self, status: int, answer: dict[str, Any]) -> None:
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.release.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the port: posts are refused until :meth:`start` again."""
        self.release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None


@contextmanager
def running_chat(port: int | None = None) -> Iterator[ChatServer]:
    chat = ChatServer(port)
    chat.start()
    try:
        yield chat
    finally:
        chat.stop()
