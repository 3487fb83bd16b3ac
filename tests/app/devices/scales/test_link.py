"""The whole path over a real pty pair: simulator on one end, the station's
link on the other; cable pull, silence and reconnect."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from app.devices.scales.link import LinkSettings, LinkState, LinkStatus, ScaleLink
from app.devices.scales.protocols import PROTOCOLS
from app.devices.scales.reading import ScaleReading, ScaleState
from app.devices.scales.simulator import ScaleSimulator, Step, serve
from app.devices.scales.stability import JudgedState, ScaleEvent, StableWeight, StateChanged
from tests.pty_pair import PtyPair, pty_pair

S, M, Z = ScaleState.STABLE, ScaleState.MOVING, ScaleState.ZERO
SCRIPT = (Step(Z, 0, 400), Step(M, 900, 200), Step(M, 1240, 200), Step(S, 1230, 60_000))
FAST = LinkSettings(watchdog_ms=600, reopen_ms=100, poll_interval_ms=100)


class Collector:
    """A listener that queues what the link reports, for the test to wait on."""

    def __init__(self) -> None:
        self.items: queue.Queue[LinkStatus | ScaleReading | ScaleEvent] = queue.Queue()

    def on_link(self, status: LinkStatus) -> None:
        self.items.put(status)

    def on_reading(self, reading: ScaleReading) -> None:
        self.items.put(reading)

    def on_event(self, event: ScaleEvent) -> None:
        self.items.put(event)

    def wait_for(self, predicate, timeout: float = 10.0):  # type: ignore[no-untyped-def]
        while True:
            item = self.items.get(timeout=timeout)  # raises queue.Empty: the test fails
            if predicate(item):
                return item


class Simulated:
    """The scale's end of the cable: a simulator serving a pty in a thread."""

    def __init__(self, device: str, protocol: str, script: tuple[Step, ...] = SCRIPT) -> None:
        self.stop = threading.Event()
        self.port = serial.serial_for_url(device, timeout=0.05)
        self.thread = threading.Thread(
            target=self._serve, args=(ScaleSimulator(protocol, script, loop=False),), daemon=True
        )
        self.thread.start()

    def _serve(self, simulator: ScaleSimulator) -> None:
        with contextlib.suppress(serial.SerialException, OSError):  # a pulled cable
            serve(simulator, self.port, self.stop)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.port.close()


def link_is(state: LinkState):  # type: ignore[no-untyped-def]
    return lambda item: isinstance(item, LinkStatus) and item.state is state


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[PtyPair]:
    with pty_pair(tmp_path) as p:
        yield p


def start_link(url: str, protocol: str) -> tuple[ScaleLink, Collector, threading.Thread]:
    collector = Collector()
    link = ScaleLink(url, protocol, collector, settings=FAST)
    thread = threading.Thread(target=link.run, daemon=True)
    thread.start()
    return link, collector, thread


def stop_link(link: ScaleLink, thread: threading.Thread) -> None:
    link.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_stable_weight_over_a_real_pty(pair: PtyPair, protocol: str) -> None:
    scale = Simulated(pair.a, protocol)
    link, got, thread = start_link(pair.b, protocol)
    try:
        got.wait_for(link_is(LinkState.CONNECTED))
        got.wait_for(lambda i: i == StateChanged(JudgedState.EMPTY, 0))
        weight = got.wait_for(lambda i: isinstance(i, StableWeight))
        assert weight == StableWeight(1230)
        assert link.judge.stable_grams == 1230
        assert link.dropped_frames == 0
    finally:
        stop_link(link, thread)
        scale.close()


def test_cable_pull_then_reconnect(pair: PtyPair) -> None:
    scale = Simulated(pair.a, "toledo")
    link, got, thread = start_link(pair.b, "toledo")
    try:
        got.wait_for(lambda i: isinstance(i, StableWeight))
        pair.pull()
        lost = got.wait_for(link_is(LinkState.DISCONNECTED))
        assert lost.detail
        got.wait_for(lambda i: i == StateChanged(JudgedState.NO_DATA, None))
        assert link.judge.stable_grams is None
        scale.close()
        pair.start()  # plugged back in under the same names
        scale = Simulated(pair.a, "toledo")
        got.wait_for(link_is(LinkState.CONNECTED))
        assert got.wait_for(lambda i: isinstance(i, StableWeight)) == StableWeight(1230)
    finally:
        stop_link(link, thread)
        scale.close()


def test_silent_streaming_scale_is_disconnected_by_the_watchdog(pair: PtyPair) -> None:
    """A pulled RS-232 cable raises nothing: only the silence tells."""
    scale = Simulated(pair.a, "cas")
    link, got, thread = start_link(pair.b, "cas")
    try:
        got.wait_for(lambda i: isinstance(i, ScaleReading))
        scale.stop.set()  # the scale stops talking; the port stays open
        lost = got.wait_for(link_is(LinkState.DISCONNECTED))
        assert lost.detail == "no data"
    finally:
        stop_link(link, thread)
        scale.close()


def test_polled_scale_that_does_not_answer_is_disconnected(pair: PtyPair) -> None:
    mute = serial.serial_for_url(pair.a, timeout=0.05)  # the other end never answers
    link, got, thread = start_link(pair.b, "mt-sics")
    try:
        got.wait_for(link_is(LinkState.CONNECTED))
        lost = got.wait_for(link_is(LinkState.DISCONNECTED))
        assert lost.detail == "no data"
        assert b"SI\r\n" in mute.read(64)  # it was asked
    finally:
        stop_link(link, thread)
        mute.close()


def test_missing_port_keeps_retrying_and_says_why(tmp_path: Path) -> None:
    link, got, thread = start_link(str(tmp_path / "ttyNONE"), "toledo")
    try:
        first = got.wait_for(link_is(LinkState.DISCONNECTED))
        assert "ttyNONE" in first.detail or "No such file" in first.detail
        got.wait_for(link_is(LinkState.CONNECTING))
    finally:
        stop_link(link, thread)


def test_embedded_default_weighs_on_the_simulator() -> None:
    link, got, thread = start_link("sim://", "toledo")
    try:
        got.wait_for(link_is(LinkState.CONNECTED))
        weight = got.wait_for(lambda i: isinstance(i, StableWeight), timeout=15)
        assert weight.grams == 1234  # the demo script's first parcel
    finally:
        stop_link(link, thread)


def test_unknown_protocol_is_refused() -> None:
    with pytest.raises(ValueError, match="valid"):
        ScaleLink("sim://", "bizerba", Collector())
