"""Framing a serial scanner's bytes into lines: CR, LF, CRLF, split reads,
a bounded buffer and counted decoding errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.serial_lines import LineFramer


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_each_terminator_ends_a_line(end: bytes) -> None:
    framer = LineFramer()
    assert framer.feed(b"SF1234567890123" + end + b"USR0001" + end) == [
        "SF1234567890123",
        "USR0001",
    ]
    assert framer.pending == 0


def test_a_line_waits_for_its_terminator() -> None:
    framer = LineFramer()
    assert framer.feed(b"69712340") == []
    assert framer.pending == 8
    assert framer.feed(b"00019\r") == ["6971234000019"]


def test_crlf_split_across_two_reads_is_one_terminator() -> None:
    framer = LineFramer(keep_empty=True)
    assert framer.feed(b"A-01-01\r") == ["A-01-01"]
    assert framer.feed(b"\nUSR0001\r") == ["USR0001"]
    assert framer.feed(b"\n") == []


def test_empty_lines_are_dropped_unless_asked_for() -> None:
    assert LineFramer().feed(b"\r\n\r\nA\n\n\rB\r") == ["A", "B"]
    assert LineFramer(keep_empty=True).feed(b"\r\n\nA\n\rB\r") == ["", "", "A", "", "B"]


def test_gs1_separators_pass_through() -> None:
    assert LineFramer().feed(b"]C1010697123400001910L1\x1d21S1\r\n") == [
        "]C1010697123400001910L1\x1d21S1"
    ]


def test_utf8_is_decoded_and_bad_bytes_are_replaced_and_counted() -> None:
    framer = LineFramer()
    assert framer.feed("订单 A\n".encode()) == ["订单 A"]
    assert framer.decode_errors == 0
    assert framer.feed(b"AB\xff\xfeC\n") == ["AB\ufffd\ufffdC"]
    assert framer.decode_errors == 2
    assert framer.feed("半".encode()[:2] + b"\n") == ["\ufffd\ufffd"]  # a cut character
    assert framer.decode_errors == 4


def test_over_long_line_is_dropped_to_its_terminator_and_counted() -> None:
    framer = LineFramer(max_line=8)
    assert framer.feed(b"12345678\n") == ["12345678"]  # exactly the limit is fine
    assert framer.feed(b"123456789") == []
    assert framer.pending == 0  # memory stays bounded
    assert framer.feed(b"0" * 10_000) == []
    assert framer.pending == 0
    assert framer.feed(b"tail\rUSR0001\r") == ["USR0001"]
    assert framer.overflows == 1


def test_reset_forgets_a_partial_line() -> None:
    framer = LineFramer()
    framer.feed(b"SF12345")
    framer.reset()
    assert framer.feed(b"USR0001\n") == ["USR0001"]


def test_max_line_must_be_positive() -> None:
    with pytest.raises(ValueError):
        LineFramer(max_line=0)


_stream = st.lists(
    st.one_of(
        st.sampled_from([b"\r", b"\n", b"\r\n", b"\x1d", "码".encode(), b"\xff"]),
        st.binary(min_size=1, max_size=12),
    ),
    max_size=40,
).map(b"".join)


@given(data=_stream, cuts=st.lists(st.integers(0, 400), max_size=12), keep=st.booleans())
def test_any_chunking_gives_the_same_lines(data: bytes, cuts: list[int], keep: bool) -> None:
    whole = LineFramer(max_line=64, keep_empty=keep)
    expected = whole.feed(data)
    chunked = LineFramer(max_line=64, keep_empty=keep)
    lines: list[str] = []
    bounds = [0, *sorted(c for c in cuts if c <= len(data)), len(data)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        lines += chunked.feed(data[start:end])
    assert lines == expected
    assert (chunked.decode_errors, chunked.overflows, chunked.pending) == (
        whole.decode_errors,
        whole.overflows,
        whole.pending,
    )


_line = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\r\n"), min_size=1
)


@given(st.lists(_line), st.sampled_from(["\r", "\n", "\r\n"]))
def test_utf8_lines_come_back_as_sent(lines: list[str], end: str) -> None:
    framer = LineFramer(max_line=1 << 20)
    assert framer.feed("".join(line + end for line in lines).encode()) == lines
    assert framer.decode_errors == 0
