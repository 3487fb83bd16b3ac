"""The connection to one scale: open the port, read or poll, judge, watch for
silence, reopen. Runs in a worker thread (blocking I/O, never on the GUI
thread) and reports through a listener; the Qt worker turns that into signals.

A pulled RS-232 cable raises nothing, so a data watchdog decides: a streaming
scale silent for ``watchdog_ms``, or a polled one that does not answer, is
disconnected. Then the port is closed and reopened; a USB adapter that came
back under another name is found again by its VID/PID/serial number.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import serial
from serial.tools import list_ports

from app.config import ScaleSection
from app.devices.scales.port import Port
from app.devices.scales.protocols import PROTOCOLS, ProtocolSpec, make_parser
from app.devices.scales.reading import ScaleReading
from app.devices.scales.simulator import ScaleSimulator, SimulatedPort
from app.devices.scales.stability import ScaleEvent, StabilityJudge, StabilitySettings

log = logging.getLogger(__name__)

SIMULATED_URLS = ("", "sim://", "sim:")


class LinkState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class LinkStatus:
    state: LinkState
    url: str
    detail: str = ""  # why it disconnected, in English for the log
    dropped_frames: int = 0


@dataclass(frozen=True)
class LinkSettings:
    watchdog_ms: int = 1000  # silence that means "disconnected"
    poll_interval_ms: int = 150  # polled scales (MT-SICS): one request per interval
    reopen_ms: int = 1000  # wait between attempts to reopen
    read_timeout_s: float = 0.05


class ScaleListener(Protocol):
    def on_link(self, status: LinkStatus) -> None: ...
    def on_reading(self, reading: ScaleReading) -> None: ...
    def on_event(self, event: ScaleEvent) -> None: ...


class ScaleSilent(Exception):
    """No data within the watchdog time."""


@dataclass(frozen=True)
class PortIdentity:
    vid: int | None
    pid: int | None
    serial_number: str | None


def port_identity(device: str) -> PortIdentity | None:
    for info in list_ports.comports():
        if info.device == device and info.vid is not None:
            return PortIdentity(info.vid, info.pid, info.serial_number)
    return None


def find_port(identity: PortIdentity) -> str | None:
    """The device name a USB adapter has now (it may come back as ttyUSB1)."""
    for info in list_ports.comports():
        if (info.vid, info.pid, info.serial_number) == (
            identity.vid,
            identity.pid,
            identity.serial_number,
        ):
            return str(info.device)
    return None


def open_scale_port(url: str, spec: ProtocolSpec, baud: int | None, timeout: float) -> Port:
    """A pyserial URL (``COM3``, ``/dev/ttyUSB0``, ``socket://h:p``,
    ``rfc2217://``, ``loop://``) or ``sim://`` (empty) for the simulator."""
    if url in SIMULATED_URLS:
        return SimulatedPort(ScaleSimulator(spec.name), timeout=timeout)
    port: Port = serial.serial_for_url(
        url,
        baudrate=baud or spec.baud,
        bytesize=spec.bytesize,
        parity=spec.parity,
        stopbits=spec.stopbits,
        timeout=timeout,
    )
    return port


class ScaleLink:
    def __init__(
        self,
        url: str,
        protocol: str,
        listener: ScaleListener,
        baud: int | None = None,
        stability: StabilitySettings | None = None,
        settings: LinkSettings | None = None,
        opener: Callable[[str, ProtocolSpec, int | None, float], Port] = open_scale_port,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if protocol not in PROTOCOLS:
            raise ValueError(f"unknown scale protocol {protocol!r}; valid: {', '.join(PROTOCOLS)}")
        self.url = url
        self.spec = PROTOCOLS[protocol]
        self.listener = listener
        self.baud = baud
        self.settings = settings or LinkSettings()
        self.judge = StabilityJudge(stability, scale_has_flag=self.spec.has_stability_flag)
        self._opener = opener
        self._clock = clock
        self._stop = threading.Event()
        self._port: Port | None = None
        self._identity: PortIdentity | None = None
        self.dropped_frames = 0

    def stop(self) -> None:
        """Ask :meth:`run` to return soon; safe from any thread."""
        self._stop.set()
        port = self._port
        cancel = getattr(port, "cancel_read", None)
        if cancel is not None:
            try:
                cancel()
            except Exception:  # a closing port may refuse; run() ends anyway
                log.debug("cancel_read failed", exc_info=True)

    def run(self) -> None:
        """Open, read, reopen until :meth:`stop`. Blocks: call it in a worker thread."""
        url = self.url
        while not self._stop.is_set():
            self._status(LinkState.CONNECTING, url)
            try:
                self._port = self._opener(url, self.spec, self.baud, self.settings.read_timeout_s)
            except (serial.SerialException, OSError, ValueError) as exc:
                self._status(LinkState.DISCONNECTED, url, str(exc))
                url = self._url_after_failure(url)
                self._stop.wait(self.settings.reopen_ms / 1000)
                continue
            if self._identity is None and url not in SIMULATED_URLS:
                self._identity = port_identity(url)
            self._status(LinkState.CONNECTED, url)
            try:
                self._read_until_lost()
            except (serial.SerialException, OSError, ScaleSilent) as exc:
                detail = "no data" if isinstance(exc, ScaleSilent) else str(exc)
                log.warning("scale on %s lost: %s", url, detail)
                self._status(LinkState.DISCONNECTED, url, detail)
            finally:
                self._close()
            for event in self.judge.no_data():
                self.listener.on_event(event)
            if not self._stop.is_set():
                self._stop.wait(self.settings.reopen_ms / 1000)
        self._status(LinkState.DISCONNECTED, url, "stopped")

    def _read_until_lost(self) -> None:
        port = self._port
        assert port is not None
        parser = make_parser(self.spec.name)
        dropped_before = self.dropped_frames
        poll, poll_s = self.spec.poll, self.settings.poll_interval_ms / 1000
        last_data = last_poll = self._clock()
        if poll is not None:
            port.write(poll)
        while not self._stop.is_set():
            now = self._clock()
            if poll is not None and now - last_poll >= poll_s:
                port.write(poll)
                last_poll = now
            data = port.read(max(1, port.in_waiting))
            now = self._clock()
            if not data:
                if (now - last_data) * 1000 > self.settings.watchdog_ms:
                    raise ScaleSilent()
                continue
            last_data = now
            readings = parser.feed(data)
            self.dropped_frames = dropped_before + parser.dropped
            for reading in readings:
                self.listener.on_reading(reading)
                for event in self.judge.feed(reading, int(now * 1000)):
                    self.listener.on_event(event)

    def _url_after_failure(self, url: str) -> str:
        if self._identity is None:
            return url
        found = find_port(self._identity)
        if found and found != url:
            log.info("scale adapter came back as %s (was %s)", found, url)
            return found
        return url

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                log.debug("closing the scale port failed", exc_info=True)

    def _status(self, state: LinkState, url: str, detail: str = "") -> None:
        self.listener.on_link(LinkStatus(state, url, detail, self.dropped_frames))


@dataclass(frozen=True)
class ScaleSetup:
    """Everything a link needs, as the station's ``[scale]`` config says."""

    url: str
    protocol: str
    baud: int | None
    stability: StabilitySettings
    settings: LinkSettings

    @classmethod
    def from_config(cls, scale: ScaleSection) -> ScaleSetup:
        spec = PROTOCOLS[scale.protocol]
        return cls(
            url=scale.url,
            protocol=scale.protocol,
            baud=scale.baud if scale.url not in SIMULATED_URLS else None,
            stability=StabilitySettings.for_scale(
                spec.has_stability_flag,
                scale.stable_readings,
                scale.stable_band_g,
                scale.stable_hold_ms,
                scale.empty_band_g,
                scale.require_empty_between,
            ),
            settings=LinkSettings(watchdog_ms=scale.watchdog_ms),
        )
