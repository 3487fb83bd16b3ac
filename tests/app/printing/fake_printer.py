"""A fake raw TCP 9100 printer: a real listening socket on 127.0.0.1 served
by threads, so the transports and the spooler talk to it exactly as to a
Zebra or a TSC on the network.

Modes:
- ``record``: reads each connection to its end and keeps every byte of it.
- ``stall``: accepts, then never reads (a paused printer with a full buffer).
- ``status``: answers a status request with canned bytes, or stays silent.
- ``hangup``: reads a little, then resets the connection (cable pulled).
``stop()`` closes the port, so connecting is refused; ``start()`` opens the
same port again (the printer was switched back on).
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from types import TracebackType

ZPL_HS_REPLY = (
    b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02000,0,0,0,0,2,4,0,00000000,1,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)


class FakePrinter:
    def __init__(self, mode: str = "record", status_reply: bytes | None = ZPL_HS_REPLY) -> None:
        self.mode = mode
        self.status_reply = status_reply  # None: silent, as some firmware in error
        self.jobs: list[bytes] = []  # one entry per connection, in arrival order
        self.requests: list[bytes] = []
        self.port = 0
        self._changed = threading.Condition()
        self._listener: socket.socket | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._held: list[socket.socket] = []

    # -- life cycle -------------------------------------------------------
    def start(self) -> FakePrinter:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.mode == "stall":  # a small window fills at once: the sender stalls
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        try:
            listener.bind(("127.0.0.1", self.port))
        except OSError:
            listener.close()
            raise
        listener.listen(8)
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop.clear()
        self._spawn(self._accept_loop, listener)
        return self

    def stop(self) -> None:
        """Switch the printer off: the port refuses connections afterwards."""
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for sock in self._held:
            sock.close()
        self._held.clear()

    def __enter__(self) -> FakePrinter:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise AssertionError(f"printer got {len(self.jobs)} jobs, expected {count}")
            return list(self.jobs)

    # -- serving ----------------------------------------------------------
    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(0.05)
            if self.mode == "stall":
                self._held.append(conn)  # never read; closed on stop()
            else:
                self._spawn(getattr(self, f"_serve_{self.mode}"), conn)

    def _chunks(self, conn: socket.socket) -> Iterator[bytes]:
        """Bytes as they arrive, until the peer closes or the printer stops."""
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except ConnectionResetError:
                return
            if not chunk:
                return
            yield chunk

    def _serve_record(self, conn: socket.socket) -> None:
        with conn:
            received = b"".join(self._chunks(conn))
            with self._changed:
                self.jobs.append(received)
                self._changed.notify_all()

    def _serve_status(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            for chunk in self._chunks(conn):
                request += chunk
                if request.endswith((b"~HS", b"\x1b!?")):
                    self.requests.append(request)
                    if self.status_reply is not None:
                        conn.sendall(self.status_reply)
                    request = b""

    def _serve_hangup(self, conn: socket.socket) -> None:
        conn.recv(1024)
        # SO_LINGER 0: close() sends a reset, as a printer losing power mid-job
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


def closed_port() -> int:
    """A loopback port nothing listens on: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
