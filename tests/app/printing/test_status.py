"""Asking a real (fake) 9100 printer how it is, in ZPL and TSPL."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.printing.base import PrinterError
from app.printing.status import query_status
from app.printing.transports import TcpTransport
from tests.app.printing.fake_printer import FakePrinter


@dataclass(frozen=True)
class Target:
    kind: str
    address: str
    language: str


def test_zpl_printer_answers_host_status() -> None:
    with FakePrinter("status") as printer:
        status = query_status(Target("tcp", printer.address, "zpl"), _tcp(printer))
    assert printer.requests and printer.requests[0].startswith(b"~HS")
    assert status.ok and status.problems == ()  # the canned reply: paper in, not paused


def test_tspl_printer_paper_out_is_a_problem() -> None:
    with FakePrinter("status", status_reply=bytes([0x04])) as printer:
        status = query_status(Target("tcp", printer.address, "tspl"), _tcp(printer))
    assert printer.requests[0] == b"\x1b!?"
    assert "paper_out" in status.problems and not status.ok


def test_silent_printer_is_an_error_not_ready() -> None:
    with FakePrinter("status", status_reply=None) as printer, pytest.raises(PrinterError) as err:
        query_status(Target("tcp", printer.address, "zpl"), _tcp(printer), timeout_s=0.3)
    assert err.value.code == "timeout"


def test_pdf_printer_has_no_status() -> None:
    with pytest.raises(PrinterError) as err:
        query_status(Target("folder", "/tmp", "pdf"), TcpTransport("127.0.0.1", 9))
    assert err.value.code == "unsupported"


def _tcp(printer: FakePrinter) -> TcpTransport:
    host, port = printer.address.rsplit(":", 1)
    return TcpTransport(host, int(port), timeout_s=2.0)
