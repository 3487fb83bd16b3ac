"""Property-based fuzzing of every scale parser: random and damaged bytes
never raise and never turn into a wrong weight; chunking never matters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.scales.protocols import PROTOCOLS, make_parser
from app.devices.scales.reading import ScaleReading, ScaleState

S = ScaleState
NAMES = sorted(PROTOCOLS)
CHECKSUMMED = ["toledo", "xk3190-tf0"]
FUZZ = settings(database=None, max_examples=200, deadline=None)

Frame = tuple[ScaleState, int | None]


@st.composite
def readings(draw: st.DrawFn, name: str) -> Frame:
    """A (state, grams) the protocol can express at its default 1 g
    resolution (kg with three decimals) and six-digit capacity."""
    spec = PROTOCOLS[name]
    state = draw(st.sampled_from(sorted(spec.states)))
    if state in (S.OVERLOAD, S.UNDERLOAD):
        return state, None
    if state is S.ZERO:
        return state, 0
    if state is S.NEGATIVE:
        return state, draw(st.integers(-999_999, -1))
    if state is S.MOVING:
        if name == "mt-sics" and draw(st.booleans()):
            return state, None  # "S I": cannot execute
        return state, draw(st.integers(-999_999, 999_999))
    return state, draw(st.integers(1, 999_999))


def key(reading: ScaleReading) -> Frame:
    return reading.state, reading.grams


def cut(data: bytes, points: list[int]) -> list[bytes]:
    edges = sorted({0, len(data), *(p % (len(data) + 1) for p in points)})
    return [data[a:b] for a, b in zip(edges, edges[1:], strict=False)]


def stream(name: str) -> st.SearchStrategy[list[Frame]]:
    return st.lists(readings(name), min_size=1, max_size=8)


@given(data=st.data())
@FUZZ
def test_round_trip(data: st.DataObject) -> None:
    for name in NAMES:
        state, grams = data.draw(readings(name), label=name)
        (reading,) = make_parser(name).feed(PROTOCOLS[name].encode(state, grams))
        assert key(reading) == (state, grams)


@given(junk=st.binary(max_size=300), points=st.lists(st.integers(0, 400)))
@FUZZ
def test_random_bytes_never_raise(junk: bytes, points: list[int]) -> None:
    for name in [*NAMES, "toledo-no-checksum"]:
        parser = (
            make_parser("toledo", checksum=False)
            if name == "toledo-no-checksum"
            else make_parser(name)
        )
        for chunk in cut(junk, points):
            for reading in parser.feed(chunk):
                assert isinstance(reading.state, ScaleState)
                assert reading.grams is None or isinstance(reading.grams, int)
            assert parser.buffered <= parser.max_buffer


@given(data=st.data(), points=st.lists(st.integers(0, 1000), max_size=30))
@FUZZ
def test_chunking_never_changes_the_readings(data: st.DataObject, points: list[int]) -> None:
    for name in NAMES:
        frames = data.draw(stream(name), label=name)
        encoded = b"".join(PROTOCOLS[name].encode(s, g) for s, g in frames)
        parser = make_parser(name)
        chunked = [key(r) for chunk in cut(encoded, points) for r in parser.feed(chunk)]
        assert chunked == frames
        assert parser.dropped == 0
        assert parser.buffered == 0


@given(
    data=st.data(),
    index=st.integers(0, 17),
    value=st.integers(0, 255),
)
@FUZZ
def test_one_damaged_byte_never_gives_a_wrong_weight(
    data: st.DataObject, index: int, value: int
) -> None:
    """Around a damaged frame the neighbours still parse; the damaged one
    is dropped or (when only bit 7, which is masked, changed) read right."""
    for name in CHECKSUMMED:
        before, middle, after = (data.draw(readings(name), label=name) for _ in range(3))
        encode = PROTOCOLS[name].encode
        damaged = bytearray(encode(*middle))
        damaged[index % len(damaged)] = value
        parser = make_parser(name)
        got = [key(r) for r in parser.feed(encode(*before) + bytes(damaged) + encode(*after))]
        assert got[0] == before
        assert got[-1] == after
        assert all(k == middle for k in got[1:-1])
        assert len(got) <= 3


@given(
    data=st.data(),
    junk=st.lists(st.binary(max_size=40), min_size=1, max_size=5),
)
@FUZZ
def test_checksummed_frames_survive_any_garbage_between_them(
    data: st.DataObject, junk: list[bytes]
) -> None:
    for name in CHECKSUMMED:
        frames = data.draw(st.lists(readings(name), min_size=len(junk), max_size=len(junk)))
        encode = PROTOCOLS[name].encode
        wire = b"".join(j + encode(*f) for j, f in zip(junk, frames, strict=True))
        got = [key(r) for r in make_parser(name).feed(wire)]
        assert got == frames


@given(chunks=st.lists(st.binary(min_size=1, max_size=200), min_size=20, max_size=60))
@FUZZ
def test_buffer_stays_bounded_on_endless_garbage(chunks: list[bytes]) -> None:
    for name in NAMES:
        parser = make_parser(name)
        for chunk in chunks:
            parser.feed(chunk.replace(b"\n", b""))
            assert parser.buffered <= parser.max_buffer
