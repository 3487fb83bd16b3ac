"""Asking a printer how it is, in its own language: ``~HS`` for ZPL,
``ESC ! ?`` for TSPL. No answer within the time-out is an error state
(some firmware goes silent while in error), never "probably fine"."""

from __future__ import annotations

from app.labels.status import PrinterStatus
from app.labels.tspl import parse_tspl_status, tspl_status_request
from app.labels.zpl import parse_zpl_status, zpl_status_request
from app.printing.base import PrinterError, PrinterTarget, Transport


def query_status(
    printer: PrinterTarget, transport: Transport, timeout_s: float = 3.0
) -> PrinterStatus:
    """The printer's own report; raises PrinterError ("unsupported" for a
    language without status, "timeout" for silence, or the transport's)."""
    if printer.language == "zpl":
        return transport.status(zpl_status_request(), parse_zpl_status, timeout_s)
    if printer.language == "tspl":
        return transport.status(tspl_status_request(), parse_tspl_status, timeout_s)
    raise PrinterError("unsupported", f"a {printer.language} printer reports no status")
