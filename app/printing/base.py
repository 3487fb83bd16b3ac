"""What every transport shares: the failure type with its stable codes, the
``Transport`` protocol, and the rule that a silent printer is an error."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")

#: Stable failure codes; ``ui/`` maps them to translated sentences.
ERROR_CODES = (
    "refused",  # nothing listens at that address: printer off or wrong port
    "unreachable",  # no route, no answer to connect, serial port missing
    "bad_address",  # the configured address cannot be used
    "timeout",  # the printer stopped taking data, or stayed silent to a status request
    "disconnected",  # the printer closed or reset the connection mid-job
    "rejected",  # the spooler (lp) refused the job
    "write_failed",  # the folder cannot be written
    "unsupported",  # this transport cannot do that (status through CUPS, system printer)
)


class PrinterError(Exception):
    """The printer or the way to it failed; ``code`` is one of :data:`ERROR_CODES`."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class Transport(Protocol):
    """Where a printer's bytes go. ``label`` names the job (file name, CUPS title)."""

    def send(self, data: bytes, label: str = "") -> None: ...

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T: ...


class PrinterTarget(Protocol):
    """What the factory needs of a configured printer (``PrinterInfo`` fits)."""

    @property
    def kind(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def language(self) -> str: ...


def read_until(
    recv: Callable[[], bytes], parse: Callable[[bytes], T | None], deadline: float, where: str
) -> T:
    """Feed the answer so far to ``parse`` until it returns a value; silence is
    an error state. ``parse`` says "not complete yet" by returning None or by
    raising ValueError (the renderers' status parsers do the latter)."""
    buffer = b""
    while time.monotonic() < deadline:
        chunk = recv()
        if chunk:
            buffer += chunk
            try:
                parsed = parse(buffer)
            except ValueError:
                continue
            if parsed is not None:
                return parsed
    raise PrinterError(
        "timeout",
        f"{where} did not answer the status request ({len(buffer)} bytes received); "
        "some printers stay silent while in an error state",
    )
