"""A small real TCP proxy between a station and its PostgreSQL server, so a
test can cut the line where it wants: now, after so many bytes the station
sent, or when the server answers something; and make the server unreachable.

Each connection is two threads copying bytes, one per direction; ``cut``
shuts both sockets down, which ends them. ``close`` (or leaving the ``with``
block) stops the listener and joins every thread it started.

The cut is a closed connection (the station hears of it at once), not a
silent one (a pulled cable would only be noticed by the keepalives).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field
from types import TracebackType


@dataclass
class _Trigger:
    """Cut once ``budget`` more bytes have passed, counted after the
    ``occurrence``-th appearance of ``marker`` (from the start if none)."""

    budget: int
    marker: bytes = b""
    occurrence: int = 1
    seen: int = 0

    @property
    def counting(self) -> bool:
        return not self.marker or self.seen >= self.occurrence


@dataclass
class _Pair:
    client: socket.socket
    upstream: socket.socket
    tails: dict[bool, bytes] = field(default_factory=lambda: {True: b"", False: b""})
    pumps: int = 2  # directions still copying; the last one out closes the sockets

    def shut(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class TcpProxy:
    """``127.0.0.1:port`` forwarded to ``target``."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._threads: list[threading.Thread] = []
        self._triggers: dict[bool, _Trigger | None] = {True: None, False: None}
        self._closed = False
        self.bytes_from_client = 0  # all connections, since the start
        self.bytes_from_server = 0
        self.connections = 0  # accepted and forwarded
        self.cuts = 0  # connections dropped by cut(), a trigger or refuse()
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self.port = 0
        self._listen()

    # -- the test's controls --------------------------------------------

    def url(self, server_url: str) -> str:
        """``server_url`` with its host and port replaced by the proxy's."""
        from sqlalchemy.engine import make_url

        parsed = make_url(server_url).set(host="127.0.0.1", port=self.port)
        return parsed.render_as_string(hide_password=False)

    def cut(self) -> int:
        """Drop every open connection now; returns how many."""
        with self._lock:
            return self._cut_locked()

    def cut_after(self, bytes_from_client: int, *, after: bytes = b"", occurrence: int = 1) -> None:
        """Drop every connection once ``bytes_from_client`` more bytes went
        station -> server; with ``after``, counting starts at the end of that
        byte string's ``occurrence``-th appearance in the station's stream.
        The bytes up to the limit are forwarded, the rest never. Fires once."""
        with self._lock:
            self._triggers[True] = _Trigger(bytes_from_client, after, occurrence)

    def cut_on_reply(self, marker: bytes, occurrence: int = 1) -> None:
        """Drop every connection when the server's answer holds ``marker``
        (its ``occurrence``-th time), without passing that answer on: the
        server did the work, the station never hears it. Fires once."""
        with self._lock:
            self._triggers[False] = _Trigger(0, marker, occurrence)

    @property
    def armed(self) -> bool:
        """A cut_after / cut_on_reply that has not fired yet."""
        with self._lock:
            return any(t is not None for t in self._triggers.values())

    def disarm(self) -> None:
        with self._lock:
            self._triggers = {True: None, False: None}

    def refuse(self) -> None:
        """The server is unreachable: connections are refused (nobody listens
        on the port) and the open ones are dropped."""
        with self._lock:
            listener, self._listener = self._listener, None
            self._cut_locked()
        if listener is not None:
            listener.close()
        if self._acceptor is not None:
            self._acceptor.join(timeout=10)
            self._acceptor = None

    def accept(self) -> None:
        """Reachable again, on the same port."""
        if self._listener is None and not self._closed:
            self._listen(self.port)

    def close(self) -> None:
        """Stop listening, drop every connection, join every thread."""
        self.refuse()
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=10)
        alive = [t.name for t in threads if t.is_alive()]
        if alive:
            raise RuntimeError(f"proxy threads still running: {alive}")

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- inside -----------------------------------------------------------

    def _listen(self, port: int = 0) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        listener.settimeout(0.05)
        self.port = int(listener.getsockname()[1])
        with self._lock:
            self._listener = listener
        self._acceptor = threading.Thread(
            target=self._accept_loop, args=(listener,), name=f"proxy-accept-{self.port}"
        )
        self._acceptor.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            with self._lock:
                if self._listener is not listener:
                    return
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()  # the server is down: so is the line
                continue
            upstream.settimeout(None)
            pair = _Pair(client, upstream)
            with self._lock:
                if self._listener is not listener:
                    pair.shut()
                    client.close()
                    upstream.close()
                    return
                self._pairs.append(pair)
                self.connections += 1
                self._threads = [t for t in self._threads if t.is_alive()]
                for to_server in (True, False):
                    thread = threading.Thread(
                        target=self._pump,
                        args=(pair, to_server),
                        name=f"proxy-{self.port}-{'up' if to_server else 'down'}",
                    )
                    self._threads.append(thread)
                    thread.start()

    def _pump(self, pair: _Pair, to_server: bool) -> None:
        source, sink = (pair.client, pair.upstream) if to_server else (pair.upstream, pair.client)
        try:
            while True:
                try:
                    chunk = source.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                with self._lock:
                    passed, fire = self._admit(pair, to_server, chunk)
                    if to_server:
                        self.bytes_from_client += len(passed)
                    else:
                        self.bytes_from_server += len(passed)
                try:
                    if passed:
                        sink.sendall(passed)
                except OSError:
                    break
                if fire:
                    with self._lock:
                        self._cut_locked()
                    break
        finally:
            pair.shut()
            with self._lock:
                pair.pumps -= 1
                last = pair.pumps == 0
                if last and pair in self._pairs:
                    self._pairs.remove(pair)
            if last:
                pair.client.close()
                pair.upstream.close()

    def _admit(self, pair: _Pair, to_server: bool, chunk: bytes) -> tuple[bytes, bool]:
        """How much of ``chunk`` goes on, and whether to cut after it."""
        trigger = self._triggers[to_server]
        if trigger is None:
            return chunk, False
        start = 0
        if not trigger.counting:
            window = pair.tails[to_server] + chunk
            offset = len(pair.tails[to_server])
            position = 0
            while not trigger.counting:
                found = window.find(trigger.marker, position)
                if found < 0:
                    break
                trigger.seen += 1
                position = found + len(trigger.marker)
            keep = max(len(trigger.marker) - 1, 0)
            pair.tails[to_server] = window[-keep:] if keep else b""
            if not trigger.counting:
                return chunk, False
            start = max(position - offset, 0)
            if not to_server:  # the answer holding the marker is not passed on
                self._triggers[to_server] = None
                found_at = max(position - len(trigger.marker) - offset, 0)
                return chunk[:found_at], True
        room = len(chunk) - start
        if room < trigger.budget:
            trigger.budget -= room
            return chunk, False
        self._triggers[to_server] = None
        return chunk[: start + trigger.budget], True

    def _cut_locked(self) -> int:
        """Drop every connection; count those still open both ways (one whose
        peer already closed it was going anyway, it is not a cut)."""
        pairs = list(self._pairs)
        live = sum(1 for pair in pairs if pair.pumps == 2)
        for pair in pairs:
            pair.shut()
        self.cuts += live
        return live
