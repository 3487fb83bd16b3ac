"""The technician's scale tools without a window: watch a scale as JSON lines,
list the serial ports, run the simulator on a port."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO, Any

import serial
from serial.tools import list_ports

from app.devices.scales.link import LinkSettings, LinkStatus, ScaleLink
from app.devices.scales.protocols import PROTOCOLS
from app.devices.scales.reading import ScaleReading
from app.devices.scales.simulator import DEMO_SCRIPT, ScaleSimulator, serve
from app.devices.scales.stability import (
    ScaleEvent,
    StabilitySettings,
    StableWeight,
    StateChanged,
)


class JsonLinesListener:
    """One JSON object per line for each link change, state change and stable
    weight; every line has ``event``, ``state`` and ``grams``."""

    def __init__(self, out: IO[str], clock: Callable[[], datetime] | None = None) -> None:
        self.out = out
        self.clock = clock or (lambda: datetime.now(UTC))
        self.lock = threading.Lock()

    def _write(self, record: dict[str, Any]) -> None:
        record["time"] = self.clock().isoformat(timespec="milliseconds")
        with self.lock:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.out.flush()

    def on_link(self, status: LinkStatus) -> None:
        self._write(
            {
                "event": "link",
                "state": status.state.value,
                "grams": None,
                "url": status.url,
                "detail": status.detail,
                "dropped_frames": status.dropped_frames,
            }
        )

    def on_reading(self, reading: ScaleReading) -> None:
        """Every frame is too much for a terminal: states and weights are enough."""

    def on_event(self, event: ScaleEvent) -> None:
        if isinstance(event, StableWeight):
            self._write({"event": "stable", "state": "stable", "grams": event.grams})
        elif isinstance(event, StateChanged):
            self._write({"event": "state", "state": event.state.value, "grams": event.grams})


def watch(
    url: str,
    protocol: str,
    out: IO[str],
    baud: int | None = None,
    seconds: float | None = None,
    stability: StabilitySettings | None = None,
    settings: LinkSettings | None = None,
) -> None:
    """Print the scale's states and stable weights until interrupted (Ctrl-C)
    or for ``seconds``."""
    link = ScaleLink(url, protocol, JsonLinesListener(out), baud, stability, settings)
    timer = threading.Timer(seconds, link.stop) if seconds else None
    if timer:
        timer.daemon = True
        timer.start()
    try:
        link.run()
    except KeyboardInterrupt:
        link.stop()
    finally:
        if timer:
            timer.cancel()


def serial_ports() -> list[tuple[str, str, str]]:
    """The machine's serial ports as (device, "VID:PID" or "-", description)."""
    ports = []
    for info in sorted(list_ports.comports(), key=lambda p: p.device):
        ids = f"{info.vid:04X}:{info.pid:04X}" if info.vid is not None else "-"
        serial_no = f" #{info.serial_number}" if info.serial_number else ""
        ports.append((str(info.device), ids, f"{info.description}{serial_no}"))
    return ports


def port_lines() -> list[str]:
    """The machine's serial ports with USB VID:PID, serial number, description."""
    return ["\t".join(port) for port in serial_ports()]


def simulate(
    url: str, protocol: str, baud: int | None = None, seconds: float | None = None
) -> None:
    """Speak the demo script in ``protocol`` on a serial URL (a pty for tests,
    a USB adapter looped to a station for demos) until interrupted."""
    spec = PROTOCOLS[protocol]
    port = serial.serial_for_url(url, baudrate=baud or spec.baud, timeout=0.05)
    stop = threading.Event()
    timer = threading.Timer(seconds, stop.set) if seconds else None
    if timer:
        timer.daemon = True
        timer.start()
    try:
        serve(ScaleSimulator(protocol, DEMO_SCRIPT), port, stop)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        port.close()
