"""Transports carry finished printer data (ZPL, TSPL, PDF, PNG) to a printer.

A transport knows bytes and addresses, never templates or the database. Every
failure becomes :class:`PrinterError` with a stable ``code`` (the UI translates
it) and an English ``detail`` naming the printer, because a silent printing
failure is the one users never forgive (DEVICES.md). Printers that go quiet
count as failures too: every wait has a time-out.
"""

from __future__ import annotations

import shutil
import socket
import time
from collections.abc import Callable
from pathlib import Path

import serial

from app.printing.base import (
    ERROR_CODES,
    PrinterError,
    PrinterTarget,
    T,
    Transport,
    read_until,
)
from app.printing.local import CupsTransport, FolderTransport

_CHUNK = 64 * 1024
_SERIAL_CHUNK = 1024  # about a second at 9600 baud
_LANGUAGE_SUFFIX = {"pdf": ".pdf", "zpl": ".zpl", "tspl": ".tspl", "png": ".png"}


class TcpTransport:
    """Raw TCP, port 9100 (JetDirect): the printer reads the bytes as they come.

    ``timeout_s`` bounds connecting and every stretch without progress: a
    printer pushes back when its buffer is full, so a bulk job may take minutes
    while it prints, but one that takes nothing for ``timeout_s`` is stalled
    (paused, out of paper). ``deadline_s`` optionally bounds the whole send.
    """

    def __init__(
        self, host: str, port: int = 9100, timeout_s: float = 10.0, deadline_s: float | None = None
    ) -> None:
        self.host, self.port = host, port
        self.timeout_s, self.deadline_s = timeout_s, deadline_s

    @property
    def where(self) -> str:
        return f"printer {self.host}:{self.port}"

    def _connect(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except ConnectionRefusedError as exc:
            raise PrinterError("refused", f"{self.where} refused the connection") from exc
        except TimeoutError as exc:
            raise PrinterError(
                "unreachable", f"{self.where} did not answer within {self.timeout_s:g} s"
            ) from exc
        except socket.gaierror as exc:
            raise PrinterError("bad_address", f"{self.where}: unknown host ({exc})") from exc
        except OSError as exc:
            raise PrinterError("unreachable", f"{self.where}: {exc.strerror or exc}") from exc
        sock.settimeout(self.timeout_s)
        return sock

    def send(self, data: bytes, label: str = "") -> None:
        view = memoryview(data)
        deadline = None if self.deadline_s is None else time.monotonic() + self.deadline_s
        with self._connect() as sock:
            offset = 0
            try:
                while offset < len(view):
                    if deadline is not None:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            raise TimeoutError
                        sock.settimeout(min(self.timeout_s, left))
                    offset += sock.send(view[offset : offset + _CHUNK])
                sock.shutdown(socket.SHUT_WR)
                self._drain(sock)
            except TimeoutError as exc:
                raise PrinterError(
                    "timeout",
                    f"{self.where} stopped taking data after {offset} of {len(view)} bytes "
                    "(paused, out of paper, or busy?)",
                ) from exc
            except OSError as exc:
                raise PrinterError(
                    "disconnected", f"{self.where} dropped the connection: {exc.strerror or exc}"
                ) from exc

    def _drain(self, sock: socket.socket) -> None:
        """Wait briefly for the printer to close: it has then read every byte.

        Closing with unread input would reset the connection instead."""
        sock.settimeout(min(self.timeout_s, 2.0))
        try:
            while sock.recv(4096):
                pass
        except (TimeoutError, ConnectionResetError):
            pass

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T:
        deadline = time.monotonic() + timeout_s
        with self._connect() as sock:

            def recv() -> bytes:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                try:
                    chunk = sock.recv(4096)
                except TimeoutError:
                    return b""
                except OSError as exc:  # reset by the printer mid-answer
                    raise PrinterError("disconnected", f"{self.where}: {exc}") from exc
                if not chunk:
                    raise PrinterError("disconnected", f"{self.where} closed without an answer")
                return chunk

            try:
                sock.sendall(request)
            except OSError as exc:
                raise PrinterError("disconnected", f"{self.where}: {exc}") from exc
            return read_until(recv, parse, deadline, self.where)


class SerialTransport:
    """A serial or USB-CDC printer, any pyserial URL (``/dev/ttyUSB0``, ``COM3``,
    ``socket://``). The port is opened per job, so an unplug between jobs is harmless."""

    def __init__(self, url: str, baud: int = 9600, timeout_s: float = 10.0) -> None:
        self.url, self.baud, self.timeout_s = url, baud, timeout_s

    def _open(self) -> serial.Serial:
        try:
            port: serial.Serial = serial.serial_for_url(
                self.url, baudrate=self.baud, timeout=0.1, write_timeout=self.timeout_s
            )
        except (serial.SerialException, ValueError) as exc:
            raise PrinterError("unreachable", f"serial printer {self.url}: {exc}") from exc
        return port

    def send(self, data: bytes, label: str = "") -> None:
        with self._open() as port:
            try:
                for offset in range(0, len(data), _SERIAL_CHUNK):  # the time-out is per chunk
                    port.write(data[offset : offset + _SERIAL_CHUNK])
                port.flush()
            except serial.SerialTimeoutException as exc:
                raise PrinterError(
                    "timeout", f"serial printer {self.url} stopped taking data (flow control?)"
                ) from exc
            except (serial.SerialException, OSError) as exc:
                raise PrinterError("disconnected", f"serial printer {self.url}: {exc}") from exc

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T:
        deadline = time.monotonic() + timeout_s
        with self._open() as port:
            try:
                port.reset_input_buffer()
                port.write(request)
                return read_until(
                    lambda: port.read(port.in_waiting or 1), parse, deadline, self.url
                )
            except (serial.SerialException, OSError) as exc:
                raise PrinterError("disconnected", f"serial printer {self.url}: {exc}") from exc


def _host_port(address: str) -> tuple[str, int]:
    host, sep, port = address.strip().rpartition(":")
    if not sep or "]" in port:  # no port given (or a bare IPv6 address in brackets)
        host, port = address.strip(), "9100"
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PrinterError("bad_address", f"not a host:port address: {address!r}")
    return host, int(port)


def _url_baud(address: str) -> tuple[str, int]:
    """``URL`` or ``URL,BAUD`` (``/dev/ttyUSB0,115200``); 9600 baud by default."""
    url, sep, baud = address.strip().rpartition(",")
    if sep and baud.strip().isdigit():
        return url.strip(), int(baud)
    return address.strip(), 9600


def transport_for(printer: PrinterTarget, timeout_s: float = 10.0) -> Transport:
    """The transport for a configured printer. The system printer (Qt's print
    dialog-free path) lives in the UI, which supplies its own transport."""
    kind, address = printer.kind, printer.address
    if kind == "tcp":
        host, port = _host_port(address)
        return TcpTransport(host, port, timeout_s)
    if kind == "serial":
        url, baud = _url_baud(address)
        return SerialTransport(url, baud, timeout_s)
    if kind == "cups":
        return CupsTransport(address.strip(), max(timeout_s, 30.0))
    if kind == "folder":
        return FolderTransport(Path(address), _LANGUAGE_SUFFIX.get(printer.language, ".bin"))
    raise PrinterError("unsupported", f"no transport for printer kind {kind!r} here")


def cups_available() -> bool:
    """True when ``lp`` is on the PATH (the printer settings may say so)."""
    return shutil.which("lp") is not None


__all__ = [
    "ERROR_CODES",
    "CupsTransport",
    "FolderTransport",
    "PrinterError",
    "PrinterTarget",
    "SerialTransport",
    "TcpTransport",
    "Transport",
    "cups_available",
    "transport_for",
]
