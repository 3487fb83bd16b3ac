"""Scale protocol parsers and encoders, on byte fixtures.

``fixtures/<protocol>.bin`` holds hand-made frames for every state the
protocol can express (the DEVICES.md examples first, checksums worked out
independently of the encoders) and ``<protocol>.json`` the readings they must
give. They are not recordings from hardware; replace or extend them with
recordings when a real scale is at hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.devices.scales.protocols import PROTOCOLS, Parser, make_parser, mt_sics, toledo, xk3190
from app.devices.scales.protocols.base import from_grams, round_half_even, to_grams
from app.devices.scales.reading import ScaleReading, ScaleState

S = ScaleState
FIXTURES = Path(__file__).parent / "fixtures"
NAMES = sorted(PROTOCOLS)
TOLEDO_STABLE = b"\x02\x2d\x30\x20" + b"012345" + b"000000" + b"\x0d\x25"
TOLEDO_MOVING = b"\x02\x2d\x38\x20" + b"012345" + b"000000" + b"\x0d\x1d"
XK_PLUS_20 = bytes.fromhex("02 2B 30 30 32 30 30 30 32 31 42 03")
SAMPLE = {S.STABLE: 1234, S.MOVING: 1200, S.ZERO: 0, S.NEGATIVE: -500, S.UNKNOWN: 1234}


def summary(readings: list[ScaleReading]) -> list[dict[str, Any]]:
    return [
        {"state": r.state.value, "grams": r.grams, "net": r.net, "tare_grams": r.tare_grams}
        for r in readings
    ]


def fixture(name: str) -> tuple[bytes, list[dict[str, Any]]]:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return (FIXTURES / f"{name}.bin").read_bytes(), expected


def frame(name: str, state: ScaleState, grams: int | None = None) -> bytes:
    if grams is None and state not in (S.OVERLOAD, S.UNDERLOAD):
        grams = SAMPLE[state]
    return PROTOCOLS[name].encode(state, grams)


# Registry


def test_registry_has_every_protocol_of_the_issue() -> None:
    assert set(PROTOCOLS) == {
        "mt-sics",
        "toledo",
        "xk3190-tf0",
        "xk3190-tf1",
        "xk3190-tf2",
        "and",
        "cas",
        "ohaus",
    }


def test_unknown_protocol_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="mt-sics.*toledo.*xk3190-tf0.*ohaus"):
        make_parser("mettler")


@pytest.mark.parametrize("name", NAMES)
def test_spec_matches_its_parser(name: str) -> None:
    spec = PROTOCOLS[name]
    parser = make_parser(name)
    assert isinstance(parser, Parser)
    assert parser.has_stability_flag is spec.has_stability_flag
    assert (S.UNKNOWN in spec.states) is not spec.has_stability_flag
    assert spec.baud in spec.bauds
    assert spec.polled is (name == "mt-sics")


def test_mt_sics_is_polled_with_si() -> None:
    assert PROTOCOLS["mt-sics"].poll == b"SI\r\n"
    assert mt_sics.command("S") == b"S\r\n"
    assert mt_sics.command("Z") == b"Z\r\n"
    assert mt_sics.command("TA", "1.000", "kg") == b"TA 1.000 kg\r\n"
    with pytest.raises(ValueError):
        mt_sics.command("s\r\nZ")


def test_parser_options_pass_through() -> None:
    parser = make_parser("toledo", checksum=False)
    assert summary(parser.feed(TOLEDO_STABLE[:-1]))[0]["grams"] == 12345
    assert make_parser("xk3190-tf2", unit="g").feed(b"=0003.000")[0].grams == 3


# Fixtures


@pytest.mark.parametrize("name", NAMES)
def test_fixture_file_parses(name: str) -> None:
    data, expected = fixture(name)
    parser = make_parser(name)
    assert summary(parser.feed(data)) == expected
    assert parser.dropped == 0


@pytest.mark.parametrize("name", NAMES)
def test_fixture_file_byte_by_byte(name: str) -> None:
    data, expected = fixture(name)
    parser = make_parser(name)
    readings = [r for i in range(len(data)) for r in parser.feed(data[i : i + 1])]
    assert summary(readings) == expected
    assert parser.buffered == 0


@pytest.mark.parametrize("name", NAMES)
def test_fixture_covers_every_state(name: str) -> None:
    _, expected = fixture(name)
    assert {S(e["state"]) for e in expected} >= PROTOCOLS[name].states


def test_devices_md_toledo_fixtures() -> None:
    stable, moving = make_parser("toledo").feed(TOLEDO_STABLE + TOLEDO_MOVING)
    assert (stable.state, stable.grams, stable.tare_grams) == (S.STABLE, 12345, 0)
    assert (moving.state, moving.grams) == (S.MOVING, 12345)
    assert toledo.encode(S.STABLE, 12345) == TOLEDO_STABLE
    assert toledo.encode(S.MOVING, 12345) == TOLEDO_MOVING


def test_devices_md_mt_sics_fixtures() -> None:
    lines = b"S S      12.345 kg\r\nS D      12.340 kg\r\nS +\r\nS I\r\nES\r\n"
    got = [(r.state, r.grams) for r in make_parser("mt-sics").feed(lines)]
    assert got == [
        (S.STABLE, 12345),
        (S.MOVING, 12340),
        (S.OVERLOAD, None),
        (S.MOVING, None),
        (S.MOVING, None),
    ]
    assert mt_sics.encode(S.STABLE, 12345) == b"S S      12.345 kg\r\n"
    assert mt_sics.encode(S.MOVING, None) == b"S I\r\n"
    assert mt_sics.encode(S.MOVING, None, command="ES") == b"ES\r\n"


def test_devices_md_xk3190_fixtures() -> None:
    assert summary(make_parser("xk3190-tf0").feed(XK_PLUS_20))[0]["grams"] == 20000
    assert xk3190.encode_tf0(S.UNKNOWN, 20000, decimals=2) == XK_PLUS_20
    assert xk3190.encode_tf1(S.UNKNOWN, 3000) == b"=000.3000"
    assert xk3190.encode_tf1(S.NEGATIVE, -1000, decimals=2) == b"=00.1000-"
    assert xk3190.encode_tf2(S.UNKNOWN, 3000) == b"=0003.000"
    assert xk3190.encode_tf2(S.NEGATIVE, -1000, decimals=2) == b"=-0001.00"


def test_mt_sics_zero_and_tare_replies() -> None:
    parser = make_parser("mt-sics")
    zeroed, tared = parser.feed(b"Z A\r\nT S 0.250 kg\r\n")
    assert (zeroed.state, zeroed.grams, zeroed.net) == (S.ZERO, 0, False)
    assert (tared.state, tared.grams, tared.net, tared.tare_grams) == (S.ZERO, 0, True, 250)
    assert mt_sics.encode(S.ZERO, 0, command="Z") == b"Z A\r\n"
    assert mt_sics.encode(S.ZERO, 0, command="T", tare_grams=250) == b"T S 0.250 kg\r\n"
    assert mt_sics.encode(S.MOVING, None, command="T") == b"T I\r\n"


def test_mt_sics_other_replies_are_skipped_not_dropped() -> None:
    parser = make_parser("mt-sics")
    assert parser.feed(b'I4 A "0123456789"\r\nTAC A\r\n\r\n') == []
    assert parser.dropped == 0


@pytest.mark.parametrize(
    "line", [b"S S 12.345 PCS", b"S S 12,345 kg", b"S S 12.3.4 kg", b"S Q", b"\x01S S 1 g", b"S"]
)
def test_mt_sics_malformed_lines_are_dropped(line: bytes) -> None:
    parser = make_parser("mt-sics")
    assert parser.feed(line + b"\r\nS S 1.000 kg\r\n") == [
        ScaleReading(S.STABLE, 1000, raw=b"S S 1.000 kg")
    ]
    assert parser.dropped == 1


# Encoders: every state each protocol can express, and the ones it cannot


@pytest.mark.parametrize(
    ("name", "state"), [(n, s) for n in NAMES for s in sorted(PROTOCOLS[n].states)]
)
def test_every_state_round_trips(name: str, state: ScaleState) -> None:
    data = frame(name, state)
    (reading,) = make_parser(name).feed(data)
    assert reading.state is state
    assert reading.grams == (None if state in (S.OVERLOAD, S.UNDERLOAD) else SAMPLE[state])


@pytest.mark.parametrize("name", NAMES)
def test_encoders_refuse_what_the_protocol_cannot_say(name: str) -> None:
    spec = PROTOCOLS[name]
    with pytest.raises(ValueError):
        spec.encode(S.NO_DATA, None)
    for state in {S.OVERLOAD, S.UNDERLOAD, S.UNKNOWN} - spec.states:
        with pytest.raises(ValueError):
            spec.encode(state, 1234 if state is S.UNKNOWN else None)
    with pytest.raises(ValueError):
        spec.encode(S.NEGATIVE, 1000)
    with pytest.raises(ValueError):
        spec.encode(S.ZERO, 5)


def test_encoders_round_to_the_display_resolution() -> None:
    (reading,) = make_parser("toledo").feed(toledo.encode(S.STABLE, 12345, decimals=2))
    assert reading.grams == 12340  # 12.345 kg shown as 12.34 (half-even)
    with pytest.raises(ValueError):
        toledo.encode(S.STABLE, 1_000_000_000)


def test_a_scale_without_flag_sends_the_same_frame_in_motion() -> None:
    assert xk3190.encode_tf0(S.MOVING, 1234) == xk3190.encode_tf0(S.UNKNOWN, 1234)


# Corruption, garbage, resynchronisation


@pytest.mark.parametrize("name", NAMES)
def test_garbage_between_frames_is_dropped_once(name: str) -> None:
    good = frame(name, S.ZERO)
    last = frame(name, S.NEGATIVE)
    parser = make_parser(name)
    readings = parser.feed(good + b"\x11junk#\x7f~\r\n" + last)
    assert [r.grams for r in readings] == [0, -500]
    assert parser.dropped == 1


@pytest.mark.parametrize("name", ["and", "cas"])
def test_header_lines_recover_a_frame_behind_junk(name: str) -> None:
    parser = make_parser(name)
    (reading,) = parser.feed(b"\x13xx" + frame(name, S.STABLE))
    assert reading.grams == 1234
    assert parser.dropped == 1


@pytest.mark.parametrize(("name", "index"), [("toledo", 17), ("toledo", 9), ("xk3190-tf0", 9)])
def test_bad_check_is_dropped_then_next_frame_parses(name: str, index: int) -> None:
    bad = bytearray(frame(name, S.STABLE if name == "toledo" else S.UNKNOWN))
    bad[index] ^= 0x01
    parser = make_parser(name)
    assert parser.feed(bytes(bad)) == []
    assert parser.dropped == 1
    assert [r.grams for r in parser.feed(frame(name, S.ZERO))] == [0]
    assert parser.dropped == 1


def test_xk3190_tf0_needs_its_etx() -> None:
    parser = make_parser("xk3190-tf0")
    assert parser.feed(XK_PLUS_20[:-1] + b"\x04") == []
    assert parser.dropped == 1


def test_xk3190_short_frame_is_not_read_as_another_weight() -> None:
    parser = make_parser("xk3190-tf1")
    readings = parser.feed(b"=000.300=000.3000")  # a byte lost in the first frame
    assert [(r.state, r.grams) for r in readings] == [(S.UNKNOWN, 3000)]
    assert parser.dropped == 1


def test_toledo_checksum_variant_mismatch_yields_no_weight() -> None:
    with_cs = make_parser("toledo")
    assert with_cs.feed(TOLEDO_STABLE[:-1] * 5) == []
    assert with_cs.dropped >= 4
    without_cs = make_parser("toledo", checksum=False)
    assert [r.grams for r in without_cs.feed(TOLEDO_STABLE[:-1] * 3)] == [12345] * 3


def test_line_ends_between_framed_frames_are_harmless() -> None:
    parser = make_parser("xk3190-tf2")
    assert len(parser.feed(b"=0003.000\r\n=0003.000\r\n")) == 2
    assert parser.dropped == 0


@pytest.mark.parametrize("name", NAMES)
def test_endless_garbage_keeps_the_buffer_bounded(name: str) -> None:
    parser = make_parser(name)
    for i in range(200):
        parser.feed(bytes((i * 7 + j) % 256 for j in range(97) if (i * 7 + j) % 256 != 10))
        assert parser.buffered <= parser.max_buffer
    parser.feed(b"\r\n")
    assert parser.dropped >= 1
    assert len(parser.feed(frame(name, S.ZERO))) == 1


def test_reset_forgets_a_partial_frame() -> None:
    parser = make_parser("toledo")
    parser.feed(TOLEDO_STABLE[:9])
    parser.reset()
    assert parser.buffered == 0
    assert len(parser.feed(TOLEDO_MOVING)) == 1


# Exact arithmetic


@pytest.mark.parametrize(
    ("mantissa", "decimals", "unit", "grams"),
    [
        (12345, 3, "kg", 12345),
        (8172, 2, "g", 82),
        (8150, 2, "g", 82),  # tie: to even
        (8250, 2, "g", 82),  # tie: to even
        (-18396, 2, "g", -184),
        (150, 2, "lb", 680),  # 680.388555 g
        (1, 0, "oz", 28),
        (12, -2, "kg", 1_200_000),
        (5, 3, "mg", 0),
    ],
)
def test_to_grams_is_exact(mantissa: int, decimals: int, unit: str, grams: int) -> None:
    assert to_grams(mantissa, decimals, unit) == grams


def test_round_half_even_signs() -> None:
    assert [round_half_even(n, 2) for n in (-3, -1, 1, 3, 5)] == [-2, 0, 0, 2, 2]
    assert from_grams(12345, 2, "kg") == 1234
    assert from_grams(-12355, 2, "kg") == -1236
