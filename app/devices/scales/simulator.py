"""A scripted scale that speaks any of our protocols: for demos, tests and the
embedded default (a station with no scale configured weighs on this one).

The simulator itself is pure (what the scale says at time ``t``);
:class:`SimulatedPort` makes it look like an open pyserial port, and
:func:`serve` speaks it over a real serial URL or pseudo-terminal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.devices.scales.port import Port
from app.devices.scales.protocols import PROTOCOLS, ProtocolSpec
from app.devices.scales.reading import ScaleState

STREAM_INTERVAL_MS = 140  # about 7 frames a second, like a Toledo indicator

S, M, Z = ScaleState.STABLE, ScaleState.MOVING, ScaleState.ZERO


@dataclass(frozen=True)
class Step:
    """What the scale shows for ``ms`` milliseconds."""

    state: ScaleState
    grams: int | None
    ms: int


# Empty, a parcel placed and settling, stable, removed; then a second parcel.
DEMO_SCRIPT: tuple[Step, ...] = (
    Step(Z, 0, 3000),
    Step(M, 650, 280),
    Step(M, 1310, 280),
    Step(M, 1226, 280),
    Step(M, 1237, 280),
    Step(S, 1234, 5000),
    Step(M, 420, 280),
    Step(Z, 0, 3000),
    Step(M, 2900, 280),
    Step(M, 2512, 280),
    Step(M, 2497, 280),
    Step(S, 2500, 5000),
    Step(M, 800, 280),
)


class ScaleSimulator:
    """What a scale following ``script`` says at a given time (ms from start)."""

    def __init__(
        self, protocol: str, script: Sequence[Step] = DEMO_SCRIPT, loop: bool = True
    ) -> None:
        if protocol not in PROTOCOLS:
            raise ValueError(f"unknown scale protocol {protocol!r}; valid: {', '.join(PROTOCOLS)}")
        if not script or any(step.ms <= 0 for step in script):
            raise ValueError("a script needs steps of positive length")
        self.spec: ProtocolSpec = PROTOCOLS[protocol]
        self.script = tuple(script)
        self.loop = loop
        self.length_ms = sum(step.ms for step in self.script)

    def step_at(self, t_ms: int) -> Step:
        if self.loop:
            t_ms %= self.length_ms
        for step in self.script:
            if t_ms < step.ms:
                return step
            t_ms -= step.ms
        return self.script[-1]

    def frame_at(self, t_ms: int) -> bytes:
        """The frame a streaming scale sends at ``t_ms`` (b"" if it cannot
        express the state, e.g. overload on a scale that has no such frame)."""
        step = self.step_at(t_ms)
        state = self._expressible(step.state, step.grams)
        if state is None:
            return b""
        return self.spec.encode(state, step.grams)

    def answer(self, command: bytes, t_ms: int) -> bytes:
        """A polled scale's reply to one command line (MT-SICS)."""
        name = command.strip().split(b" ")[0].decode("ascii", "replace").upper()
        step = self.step_at(t_ms)
        state = self._expressible(step.state, step.grams)
        if name in ("SI", "SIR", "S"):
            if state is None or (name == "S" and state is M):
                return self.spec.encode(M, None, command="S")  # "S I": cannot execute
            return self.spec.encode(state, step.grams, command=name)
        if name in ("Z", "T"):
            return self.spec.encode(Z, 0, command=name)
        return self.spec.encode(M, None, command="ES")

    def _expressible(self, state: ScaleState, grams: int | None) -> ScaleState | None:
        states = self.spec.states
        if state is Z or (grams == 0 and state is S):
            return Z if Z in states else None
        if state in states:
            return state
        if grams is not None and grams > 0 and ScaleState.UNKNOWN in states:
            return ScaleState.UNKNOWN  # a scale with no stability flag
        return None


class SimulatedPort:
    """Looks like an open pyserial port, backed by a simulator and a clock."""

    def __init__(
        self,
        simulator: ScaleSimulator,
        timeout: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.simulator = simulator
        self.timeout = timeout
        self._clock = clock
        self._start = clock()
        self._next_frame_ms = 0
        self._pending = bytearray()
        self._commands = bytearray()
        self._cancel = threading.Event()
        self.is_open = True

    def _now_ms(self) -> int:
        return int((self._clock() - self._start) * 1000)

    def write(self, data: bytes) -> int:
        self._commands += data
        while b"\n" in self._commands:
            line, _, rest = bytes(self._commands).partition(b"\n")
            self._commands = bytearray(rest)
            self._pending += self.simulator.answer(line, self._now_ms())
        return len(data)

    def read(self, size: int = 1) -> bytes:
        deadline = self._clock() + self.timeout
        while not self._pending and not self._cancel.is_set():
            if not self.simulator.spec.polled:
                now = self._now_ms()
                if now >= self._next_frame_ms:
                    self._pending += self.simulator.frame_at(now)
                    self._next_frame_ms = now + STREAM_INTERVAL_MS
                    continue
                wait = min(self._next_frame_ms - now, (deadline - self._clock()) * 1000)
            else:
                wait = (deadline - self._clock()) * 1000
            if wait <= 0:
                break
            self._cancel.wait(wait / 1000)
        self._cancel.clear()
        data, self._pending = bytes(self._pending[:size]), self._pending[size:]
        return data

    @property
    def in_waiting(self) -> int:
        return len(self._pending)

    def cancel_read(self) -> None:
        self._cancel.set()

    def reset_input_buffer(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        self.is_open = False


def serve(simulator: ScaleSimulator, port: Port, stop: threading.Event) -> None:
    """Speak the simulator over an open pyserial port until ``stop`` is set:
    stream frames, or answer each command line of a polled protocol."""
    start = time.monotonic()
    buffer = b""

    def now_ms() -> int:
        return int((time.monotonic() - start) * 1000)

    while not stop.is_set():
        if simulator.spec.polled:
            buffer += port.read(64)
            while b"\n" in buffer:
                line, _, buffer = buffer.partition(b"\n")
                port.write(simulator.answer(line, now_ms()))
        else:
            port.write(simulator.frame_at(now_ms()))
            stop.wait(STREAM_INTERVAL_MS / 1000)
