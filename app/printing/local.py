"""Transports on this computer: a CUPS queue fed raw through ``lp``, and a
folder that receives each job as a file (the embedded default)."""

from __future__ import annotations

import contextlib
import itertools
import os
import subprocess
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.printing.base import PrinterError, T


class CupsTransport:
    """A CUPS queue, fed raw (``lp -d NAME -o raw``): CUPS does the USB or
    network part and keeps its own queue; we hand the data over on stdin."""

    def __init__(self, printer_name: str, timeout_s: float = 30.0, lp: str = "lp") -> None:
        self.printer_name, self.timeout_s, self.lp = printer_name, timeout_s, lp

    def send(self, data: bytes, label: str = "") -> None:
        command = [self.lp, "-d", self.printer_name, "-o", "raw"]
        if label:
            command += ["-t", label]
        try:
            done = subprocess.run(
                command, input=data, capture_output=True, timeout=self.timeout_s, check=False
            )
        except FileNotFoundError as exc:
            raise PrinterError("unsupported", f"{self.lp} not found: is CUPS installed?") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrinterError(
                "timeout", f"lp for CUPS printer {self.printer_name} hung for {self.timeout_s:g} s"
            ) from exc
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
            raise PrinterError("rejected", f"CUPS printer {self.printer_name}: {said}")

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T:
        raise PrinterError("unsupported", "CUPS does not pass status requests to the printer")


class FolderTransport:
    """Each job becomes a file (the embedded default prints PDFs this way).

    Files appear whole or not at all (temp file, fsync, rename), so a watcher
    or a person never opens half a label. Names sort by time, then a counter.
    """

    _counter = itertools.count(1)
    _lock = threading.Lock()

    def __init__(self, folder: Path, suffix: str = ".pdf") -> None:
        self.folder, self.suffix = Path(folder), suffix

    def _name(self, label: str) -> str:
        with FolderTransport._lock:
            n = next(FolderTransport._counter)
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in label)[:80]
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        return f"{stamp}-{n:06d}{'-' + safe if safe else ''}{self.suffix}"

    def send(self, data: bytes, label: str = "") -> None:
        name = self._name(label)
        temp = self.folder / f".{name}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.folder / name)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise PrinterError(
                "write_failed", f"cannot write to {self.folder}: {exc.strerror or exc}"
            ) from exc

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T:
        raise PrinterError("unsupported", "a folder has no printer status")
