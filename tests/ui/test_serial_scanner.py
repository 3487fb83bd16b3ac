"""The serial scanner worker over a real pseudo-terminal pair made by socat:
lines in, ``scanned`` out; killing socat is a cable pull, restarting it a
reconnect."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.devices.status import DeviceHealth
from ui.serial_scanner import SerialScanner

WAIT_MS = 5000
FAST_BACKOFF = (0.05, 0.1, 0.2)


class Socat:
    """A pty pair: the scanner's end (``device``) and the station's end."""

    def __init__(self, folder: Path, qtbot: QtBot) -> None:
        self.device = folder / "scanner-device"
        self.station = folder / "scanner-station"
        self.log = folder / "socat.log"
        self._qtbot = qtbot
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self._proc = subprocess.Popen(
                [
                    "socat",
                    "-d",
                    "-d",
                    f"pty,raw,echo=0,link={self.device}",
                    f"pty,raw,echo=0,link={self.station}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        self._qtbot.waitUntil(
            lambda: self.device.exists() and self.station.exists(), timeout=WAIT_MS
        )

    def pull_cable(self) -> None:
        """Terminate socat: both ptys close and the links go away."""
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(timeout=10)
            self._proc = None

    def send(self, data: bytes) -> None:
        """Write as the scanner would, at the device's end."""
        fd = os.open(self.device, os.O_RDWR | os.O_NOCTTY)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)


@pytest.fixture
def socat(tmp_path: Path, qtbot: QtBot) -> Iterator[Socat]:
    pair = Socat(tmp_path, qtbot)
    yield pair
    pair.pull_cable()


@pytest.fixture
def make_scanner() -> Iterator[Callable[..., SerialScanner]]:
    made: list[SerialScanner] = []

    def make(url: str, backoff_s: Sequence[float] = FAST_BACKOFF) -> SerialScanner:
        scanner = SerialScanner(url, 9600, backoff_s)
        made.append(scanner)
        return scanner

    yield make
    for scanner in made:
        scanner.stop()


class Recorder:
    def __init__(self, scanner: SerialScanner) -> None:
        self.codes: list[str] = []
        self.states: list[str] = []
        scanner.scanned.connect(self.codes.append)
        scanner.state_changed.connect(self._state)

    def _state(self, health: str, _detail: str) -> None:
        self.states.append(health)


def wait_health(qtbot: QtBot, scanner: SerialScanner, health: DeviceHealth) -> None:
    qtbot.waitUntil(lambda: scanner.health is health, timeout=WAIT_MS)


def test_lines_from_the_port_are_scanned(
    qtbot: QtBot, socat: Socat, make_scanner: Callable[..., SerialScanner]
) -> None:
    socat.start()
    scanner = make_scanner(str(socat.station))
    seen = Recorder(scanner)
    scanner.start()
    wait_health(qtbot, scanner, DeviceHealth.READY)
    with qtbot.waitSignal(scanner.scanned, timeout=WAIT_MS) as first:
        socat.send(b"SF1234567890123\r\n")
    assert first.args == ["SF1234567890123"]
    socat.send(b"USR0001\nA-01-01\r]C1010697123400001910L1\x1d21S1\r")
    socat.send(b"\n6971234000019")  # the LF of a split CRLF, then half a line
    socat.send(b"\r\n")
    expected = [
        "SF1234567890123",
        "USR0001",
        "A-01-01",
        "]C1010697123400001910L1\x1d21S1",
        "6971234000019",
    ]
    qtbot.waitUntil(lambda: seen.codes == expected, timeout=WAIT_MS)
    assert seen.states == [DeviceHealth.READY.value]


def test_cable_pull_shows_disconnected_and_a_restart_reconnects(
    qtbot: QtBot, socat: Socat, make_scanner: Callable[..., SerialScanner]
) -> None:
    socat.start()
    scanner = make_scanner(str(socat.station))
    seen = Recorder(scanner)
    scanner.start()
    wait_health(qtbot, scanner, DeviceHealth.READY)

    socat.pull_cable()
    wait_health(qtbot, scanner, DeviceHealth.NOT_CONNECTED)
    assert scanner.detail  # says why, for the status bar's tooltip

    socat.start()
    wait_health(qtbot, scanner, DeviceHealth.READY)
    with qtbot.waitSignal(scanner.scanned, timeout=WAIT_MS) as after:
        socat.send(b"JDVA12345678901\r")
    assert after.args == ["JDVA12345678901"]
    assert seen.states == ["ready", "not_connected", "ready"]


def test_scanner_plugged_in_after_the_start(
    qtbot: QtBot, socat: Socat, make_scanner: Callable[..., SerialScanner]
) -> None:
    scanner = make_scanner(str(socat.station))
    scanner.start()
    qtbot.waitUntil(lambda: "could not open port" in scanner.detail, timeout=WAIT_MS)
    assert scanner.health is DeviceHealth.NOT_CONNECTED
    socat.start()
    wait_health(qtbot, scanner, DeviceHealth.READY)


def test_a_bad_url_is_an_error(qtbot: QtBot, make_scanner: Callable[..., SerialScanner]) -> None:
    scanner = make_scanner("nosuchscheme://scanner")
    scanner.start()
    wait_health(qtbot, scanner, DeviceHealth.ERROR)
    assert "nosuchscheme" in scanner.detail


@pytest.mark.parametrize("connected", [True, False])
def test_stop_does_not_wait_for_a_read_or_a_back_off(
    qtbot: QtBot, socat: Socat, make_scanner: Callable[..., SerialScanner], connected: bool
) -> None:
    """Blocked in a read (cancel_read) or sleeping before a reopen (the stop
    event wakes it): either way stop() returns at once and joins the thread."""
    if connected:
        socat.start()
    scanner = make_scanner(str(socat.station), backoff_s=(30.0,))
    scanner.start()
    expected = DeviceHealth.READY if connected else DeviceHealth.NOT_CONNECTED
    qtbot.waitUntil(lambda: scanner.health is expected and bool(scanner.detail), timeout=WAIT_MS)
    started = time.monotonic()
    scanner.stop()
    assert time.monotonic() - started < 2.0
    assert not scanner.running
    scanner.stop()  # twice is harmless


def test_backoff_needs_a_delay() -> None:
    with pytest.raises(ValueError):
        SerialScanner("loop://", 9600, ())
