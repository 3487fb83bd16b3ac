"""How many frames after the first stable frame the station takes the weight,
per protocol, through the real parser and the stability judge.

Goal: 0 (the same frame) when the scale flags stability. A scale with no flag
(XK3190 tF) is counted from the first frame showing the final weight, and
needs the band's N readings over T ms by design.

Run: ``.venv/bin/python -m pytest benchmarks/test_stable_latency.py --benchmark-only``
(the frame counts are in each row's extra_info and printed at the end).
"""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.devices.scales.protocols import PROTOCOLS, make_parser
from app.devices.scales.reading import ScaleState
from app.devices.scales.stability import StabilityJudge, StableWeight

FRAME_MS = 140
S, M, Z, U = ScaleState.STABLE, ScaleState.MOVING, ScaleState.ZERO, ScaleState.UNKNOWN

# empty, a parcel placed and settling (within 10 g for the last few), settled
SEQUENCE = [(Z, 0)] * 5 + [(M, 700), (M, 1310), (M, 1236), (M, 1233), (M, 1235)] + [(S, 1234)] * 10


def _frames(protocol: str) -> tuple[list[bytes], int]:
    spec = PROTOCOLS[protocol]
    frames, first_final = [], None
    for i, (state, grams) in enumerate(SEQUENCE):
        if state is not Z and not spec.has_stability_flag:
            state = U
        frames.append(spec.encode(state, grams))
        if first_final is None and grams == 1234:
            first_final = i
    assert first_final is not None
    return frames, first_final


def frames_until_stable(protocol: str) -> int:
    frames, first_final = _frames(protocol)
    parser = make_parser(protocol)
    judge = StabilityJudge(scale_has_flag=PROTOCOLS[protocol].has_stability_flag)
    for i, frame in enumerate(frames):
        for reading in parser.feed(frame):
            if any(isinstance(e, StableWeight) for e in judge.feed(reading, i * FRAME_MS)):
                return i - first_final
    raise AssertionError(f"{protocol}: no stable weight")


@pytest.mark.parametrize("protocol", sorted(PROTOCOLS))
def test_frames_after_first_stable_frame(benchmark: BenchmarkFixture, protocol: str) -> None:
    lag = benchmark(frames_until_stable, protocol)
    benchmark.extra_info["frames_after_first_stable"] = lag
    benchmark.extra_info["ms_after_first_stable"] = lag * FRAME_MS
    print(f"\n{protocol}: stable weight {lag} frame(s) after the first stable frame")
