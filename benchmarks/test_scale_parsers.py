"""Scale parser throughput in frames/s per protocol (measured, never asserted).

A streaming scale sends 7-20 frames a second, so any figure in the tens of
thousands leaves the reader thread idle; the point is to catch a parser that
became quadratic (a buffer copied per byte) or slow per frame.

Run: ``.venv/bin/python -m pytest benchmarks/test_scale_parsers.py --benchmark-only``
"""

from __future__ import annotations

import itertools

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.devices.scales.protocols import PROTOCOLS, make_parser
from app.devices.scales.reading import ScaleState

FRAMES = 10_000
CHUNK = 64


def _stream(name: str) -> bytes:
    """FRAMES frames cycling through every state the protocol can express:
    empty, settling, settled, removed, the odd overload."""
    spec = PROTOCOLS[name]
    samples = {
        ScaleState.STABLE: 12345,
        ScaleState.UNKNOWN: 12345,
        ScaleState.MOVING: 12290,
        ScaleState.ZERO: 0,
        ScaleState.NEGATIVE: -20,
        ScaleState.OVERLOAD: None,
        ScaleState.UNDERLOAD: None,
    }
    states = itertools.cycle(sorted(spec.states))
    return b"".join(spec.encode(s, samples[s]) for s in itertools.islice(states, FRAMES))


def _record(benchmark: BenchmarkFixture, data: bytes) -> None:
    assert benchmark.stats is not None
    mean = benchmark.stats.stats.mean
    benchmark.extra_info["frames"] = FRAMES
    benchmark.extra_info["bytes"] = len(data)
    benchmark.extra_info["frames_per_s"] = round(FRAMES / mean)


@pytest.mark.parametrize("name", sorted(PROTOCOLS))
def test_parse_in_one_call(benchmark: BenchmarkFixture, name: str) -> None:
    data = _stream(name)

    def parse() -> int:
        return len(make_parser(name).feed(data))

    assert benchmark(parse) == FRAMES
    _record(benchmark, data)


@pytest.mark.parametrize("name", sorted(PROTOCOLS))
def test_parse_in_64_byte_chunks(benchmark: BenchmarkFixture, name: str) -> None:
    """What a serial read of up to 64 bytes hands the parser."""
    data = _stream(name)
    chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)]

    def parse() -> int:
        parser = make_parser(name)
        return sum(len(parser.feed(chunk)) for chunk in chunks)

    assert benchmark(parse) == FRAMES
    _record(benchmark, data)
