"""Each transport against a real other end: a fake TCP 9100 printer, a folder,
a fake ``lp`` run as a real subprocess, and a socat pseudo-terminal pair."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import serial

from app.printing.transports import (
    CupsTransport,
    FolderTransport,
    PrinterError,
    SerialTransport,
    TcpTransport,
    transport_for,
)
from tests.app.printing.fake_printer import ZPL_HS_REPLY, FakePrinter, closed_port
from tests.pty_pair import PtyPair, pty_pair

LABEL = "^XA^CI28^FO50,50^A0N,40,40^FD中通 ZTO 7551234567890^FS^XZ".encode()


def hs_answer(data: bytes) -> bytes | None:
    """Complete once the three STX...ETX lines of ``~HS`` are in."""
    return data if data.count(b"\x03") >= 3 else None


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("record") as fake:
        yield fake


# -- raw TCP 9100 ----------------------------------------------------------


def test_tcp_job_arrives_byte_exact(printer: FakePrinter) -> None:
    TcpTransport("127.0.0.1", printer.port, timeout_s=5).send(LABEL)
    assert printer.jobs == [LABEL]  # recorded before send() returned


def test_tcp_large_job_arrives_whole_in_one_connection(printer: FakePrinter) -> None:
    big = os.urandom(3 * 1024 * 1024 + 17)
    transport = TcpTransport("127.0.0.1", printer.port, timeout_s=5)
    transport.send(big)
    transport.send(LABEL)
    assert printer.jobs == [big, LABEL]


def test_tcp_refused_when_nothing_listens() -> None:
    with pytest.raises(PrinterError) as caught:
        TcpTransport("127.0.0.1", closed_port(), timeout_s=2).send(LABEL)
    assert caught.value.code == "refused"
    assert "refused" in caught.value.detail and "127.0.0.1" in caught.value.detail


def test_tcp_stalled_printer_times_out() -> None:
    with FakePrinter("stall") as stalled:
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            TcpTransport("127.0.0.1", stalled.port, timeout_s=0.5).send(b"x" * 64 * 1024 * 1024)
        assert caught.value.code == "timeout"
        assert "stopped taking data" in caught.value.detail
        assert time.monotonic() - started < 10


def test_tcp_deadline_bounds_the_whole_send() -> None:
    with FakePrinter("stall") as stalled:
        transport = TcpTransport("127.0.0.1", stalled.port, timeout_s=30, deadline_s=0.3)
        with pytest.raises(PrinterError) as caught:
            transport.send(b"x" * 64 * 1024 * 1024)
        assert caught.value.code == "timeout"


def test_tcp_printer_dropping_the_connection_is_reported() -> None:
    with FakePrinter("hangup") as hangup, pytest.raises(PrinterError) as caught:
        TcpTransport("127.0.0.1", hangup.port, timeout_s=5).send(b"y" * 32 * 1024 * 1024)
    assert caught.value.code == "disconnected"


@contextlib.contextmanager
def unanswering_port() -> Iterator[int]:
    """A port whose accept queue is full: the kernel drops new SYNs, so a
    connect hangs exactly like one to a printer that is off the network."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = int(listener.getsockname()[1])
        with socket.create_connection(("127.0.0.1", port), timeout=2):  # fills the queue
            yield port


def test_tcp_printer_not_answering_the_connect_is_unreachable() -> None:
    with unanswering_port() as port, pytest.raises(PrinterError) as caught:
        TcpTransport("127.0.0.1", port, timeout_s=0.3).send(LABEL)
    assert caught.value.code == "unreachable"
    assert "did not answer" in caught.value.detail


def test_tcp_status_answer_is_parsed() -> None:
    with FakePrinter("status") as fake:
        answer = TcpTransport("127.0.0.1", fake.port).status(b"~HS", hs_answer, timeout_s=3)
    assert answer == ZPL_HS_REPLY
    assert fake.requests == [b"~HS"]


def test_tcp_silent_status_is_a_timeout_error() -> None:
    with FakePrinter("status", status_reply=None) as silent:
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            TcpTransport("127.0.0.1", silent.port).status(b"~HS", hs_answer, timeout_s=0.4)
    assert caught.value.code == "timeout"
    assert 0.3 < time.monotonic() - started < 5


def test_status_parser_may_signal_incomplete_with_value_error() -> None:
    def strict(data: bytes) -> int:
        if data.count(b"\x03") < 3:
            raise ValueError("incomplete")
        return len(data)

    with FakePrinter("status") as fake:
        assert TcpTransport("127.0.0.1", fake.port).status(b"~HS", strict, 3) == len(ZPL_HS_REPLY)


# -- folder -----------------------------------------------------------------


def test_folder_writes_whole_files_in_sortable_order(tmp_path: Path) -> None:
    folder = tmp_path / "prints"
    transport = FolderTransport(folder, ".zpl")
    payloads = [f"^XA^FDjob {i}^FS^XZ".encode() for i in range(12)]
    for i, payload in enumerate(payloads):
        transport.send(payload, f"ewaybill-ORD{i:03d}")
    names = sorted(os.listdir(folder))
    assert len(names) == 12 and all(n.endswith(".zpl") for n in names)
    assert [(folder / n).read_bytes() for n in names] == payloads
    assert "ewaybill-ORD000" in names[0]


def test_folder_leaves_no_partial_file_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(PrinterError) as caught:
        FolderTransport(tmp_path, ".pdf").send(b"%PDF-1.4 ...")
    assert caught.value.code == "write_failed"
    assert "No space left" in caught.value.detail
    assert os.listdir(tmp_path) == []


def test_folder_that_cannot_be_made_is_a_write_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(PrinterError) as caught:
        FolderTransport(blocker / "prints").send(b"%PDF")
    assert caught.value.code == "write_failed"


# -- CUPS through lp ---------------------------------------------------------

FAKE_LP = """#!/bin/sh
# A stand-in for CUPS' lp: records its arguments and the job it was given.
printf '%s\\n' "$@" > "$FAKE_LP_DIR/args"
cat > "$FAKE_LP_DIR/stdin"
if [ -n "$FAKE_LP_SLEEP" ]; then exec sleep "$FAKE_LP_SLEEP"; fi
if [ -n "$FAKE_LP_FAIL" ]; then echo "lp: $FAKE_LP_FAIL" >&2; exit 1; fi
echo "request id is Zebra-42 (1 file(s))"
"""


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake ``lp`` first on PATH (CUPS is not installed on the test machine)."""
    bin_dir, record = tmp_path / "bin", tmp_path / "lp-record"
    bin_dir.mkdir()
    record.mkdir()
    script = bin_dir / "lp"
    script.write_text(FAKE_LP)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_DIR", str(record))
    return record


def test_cups_hands_the_job_to_lp_raw(fake_lp: Path) -> None:
    CupsTransport("Zebra_ZD421").send(LABEL, "ewaybill-7551234567890")
    args = (fake_lp / "args").read_text().splitlines()
    assert args == ["-d", "Zebra_ZD421", "-o", "raw", "-t", "ewaybill-7551234567890"]
    assert (fake_lp / "stdin").read_bytes() == LABEL


def test_cups_refusal_carries_lps_words(fake_lp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LP_FAIL", "The printer or class does not exist.")
    with pytest.raises(PrinterError) as caught:
        CupsTransport("NoSuchPrinter").send(LABEL)
    assert caught.value.code == "rejected"
    assert "does not exist" in caught.value.detail
    assert "NoSuchPrinter" in caught.value.detail


def test_cups_hanging_lp_times_out(fake_lp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LP_SLEEP", "10")
    with pytest.raises(PrinterError) as caught:
        CupsTransport("Zebra", timeout_s=0.5).send(LABEL)
    assert caught.value.code == "timeout"


def test_cups_missing_lp_says_so(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as caught:
        CupsTransport("Zebra", lp=str(tmp_path / "no-lp")).send(LABEL)
    assert caught.value.code == "unsupported"


def test_cups_has_no_status() -> None:
    with pytest.raises(PrinterError) as caught:
        CupsTransport("Zebra").status(b"~HS", hs_answer, 1)
    assert caught.value.code == "unsupported"


# -- serial, over a socat pseudo-terminal pair ---------------------------------


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[PtyPair]:
    with pty_pair(tmp_path) as ptys:
        yield ptys


def test_serial_job_arrives_byte_exact(pair: PtyPair) -> None:
    data = LABEL * 200
    with serial.serial_for_url(pair.b, timeout=0.2) as printer_end:
        SerialTransport(pair.a, 115200, timeout_s=5).send(data)
        received = b""
        deadline = time.monotonic() + 10
        while len(received) < len(data) and time.monotonic() < deadline:
            received += printer_end.read(65536)
    assert received == data


def test_serial_status_answered_and_silence_is_an_error(pair: PtyPair) -> None:
    stop, ready = threading.Event(), threading.Event()

    def tspl_printer() -> None:  # answers ESC ! ? with 0x04: paper out
        with serial.serial_for_url(pair.b, timeout=0.05) as port:
            ready.set()  # opening flushes its input: ask only after that
            request = b""
            while not stop.is_set():
                request += port.read(16)
                if request.endswith(b"\x1b!?"):
                    port.write(b"\x04")
                    request = b""

    thread = threading.Thread(target=tspl_printer, daemon=True)
    thread.start()
    assert ready.wait(5)
    try:
        transport = SerialTransport(pair.a, 9600)
        assert transport.status(b"\x1b!?", lambda d: d[:1] or None, timeout_s=3) == b"\x04"
    finally:
        stop.set()
        thread.join(timeout=5)
    with pytest.raises(PrinterError) as caught:
        SerialTransport(pair.a, 9600).status(b"\x1b!?", lambda d: d[:1] or None, timeout_s=0.3)
    assert caught.value.code == "timeout"


def test_serial_port_that_is_gone_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as caught:
        SerialTransport(str(tmp_path / "ttyUSB9")).send(LABEL)
    assert caught.value.code == "unreachable"


# -- the factory ---------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    kind: str
    address: str
    language: str = "zpl"


def test_factory_builds_each_kind(tmp_path: Path) -> None:
    tcp = transport_for(Target("tcp", "192.168.1.50:9101"))
    assert isinstance(tcp, TcpTransport) and (tcp.host, tcp.port) == ("192.168.1.50", 9101)
    default_port = transport_for(Target("tcp", "zebra.local"))
    assert isinstance(default_port, TcpTransport) and default_port.port == 9100
    ipv6 = transport_for(Target("tcp", "[::1]:9100"))
    assert isinstance(ipv6, TcpTransport) and ipv6.host == "::1"
    ser = transport_for(Target("serial", "/dev/ttyUSB0,115200"))
    assert isinstance(ser, SerialTransport) and (ser.url, ser.baud) == ("/dev/ttyUSB0", 115200)
    assert isinstance(transport_for(Target("serial", "COM3")), SerialTransport)
    assert isinstance(transport_for(Target("cups", "Zebra_ZD421")), CupsTransport)
    folder = transport_for(Target("folder", str(tmp_path), "pdf"))
    assert isinstance(folder, FolderTransport) and folder.suffix == ".pdf"


@pytest.mark.parametrize(
    ("target", "code"),
    [
        (Target("tcp", "printer:notaport"), "bad_address"),
        (Target("tcp", "printer:70000"), "bad_address"),
        (Target("system", "Microsoft Print to PDF"), "unsupported"),
    ],
)
def test_factory_refuses_what_it_cannot_use(target: Target, code: str) -> None:
    with pytest.raises(PrinterError) as caught:
        transport_for(target)
    assert caught.value.code == code


def test_serial_printer_taking_nothing_times_out(pair: PtyPair) -> None:
    """Nobody reads the other end (flow control holding us off): the buffers fill."""
    started = time.monotonic()
    with pytest.raises(PrinterError) as caught:
        SerialTransport(pair.a, 115200, timeout_s=0.5).send(b"z" * 4 * 1024 * 1024)
    assert caught.value.code == "timeout"
    assert time.monotonic() - started < 10
