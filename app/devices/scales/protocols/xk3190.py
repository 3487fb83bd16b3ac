"""Yaohua XK3190 indicators, continuous output formats tF=0, tF=1 and tF=2.

None of them carries a stability flag (or, as documented, an overload
indication): a weight above zero is UNKNOWN and the stability judge decides
from the readings alone. Zero is ZERO and a weight below zero NEGATIVE, since
neither can ever be a parcel. The frames carry no unit either: the indicator
is set up in kg unless the parser is told otherwise.
"""

from __future__ import annotations

from typing import ClassVar

from app.devices.scales.protocols.base import (
    UNIT_GRAMS,
    FramedParser,
    FrameError,
    encode_flags,
    format_number,
    from_grams,
    parse_number,
    to_grams,
    weight_state,
)
from app.devices.scales.reading import ScaleReading, ScaleState

STX = 0x02
ETX = 0x03


def _check_unit(unit: str) -> str:
    if unit not in UNIT_GRAMS:
        raise ValueError(f"unit must be one of {sorted(UNIT_GRAMS)}")
    return unit


def _reading(grams: int, frame: bytes) -> ScaleReading:
    return ScaleReading(weight_state(grams, moving=False, flagged=False), grams, raw=frame)


def xor_check(body: bytes) -> bytes:
    """The two ASCII hex digits of the XOR of sign, digits and decimals."""
    x = 0
    for b in body:
        x ^= b
    return b"%02X" % x


class Tf0Parser(FramedParser):
    """tF=0: ``STX sign 6-digits decimals XOR-hi XOR-lo ETX`` (12 bytes)."""

    start = bytes([STX])
    size = 12
    has_stability_flag: ClassVar[bool] = False

    def __init__(self, unit: str = "kg") -> None:
        super().__init__()
        self.unit = _check_unit(unit)

    def decode(self, frame: bytes) -> ScaleReading:
        """One frame or FrameError (bad end byte, sign, digits or XOR)."""
        if frame[11] != ETX:
            raise FrameError("no ETX at the end of the frame")
        if frame[1:2] not in (b"+", b"-") or not frame[2:9].isdigit():
            raise FrameError("bad sign, digits or decimals")
        if frame[9:11].upper() != xor_check(frame[1:9]):
            raise FrameError("bad XOR")
        decimals = frame[8] - 0x30
        if decimals > 4:
            raise FrameError("decimals out of range")
        mantissa = int(frame[2:8])
        grams = to_grams(-mantissa if frame[1] == 0x2D else mantissa, decimals, self.unit)
        return _reading(grams, frame)


class _EqualsParser(FramedParser):
    """tF=1 and tF=2: ``=`` and eight characters, frames back to back."""

    start = b"="
    size = 9
    has_stability_flag: ClassVar[bool] = False
    reverse: ClassVar[bool]

    def __init__(self, unit: str = "kg") -> None:
        super().__init__()
        self.unit = _check_unit(unit)

    def decode(self, frame: bytes) -> ScaleReading:
        """A frame cut short by a lost byte holds the next ``=``: rejected,
        so a shortened number is never read as another weight."""
        body = frame[1:][::-1] if self.reverse else frame[1:]
        sign = body[:1]
        if sign not in (b"0", b"-") or not body[1:2].isdigit():
            raise FrameError(f"bad sign or number: {frame!r}")
        mantissa, decimals = parse_number(body[1:])
        grams = to_grams(-mantissa if sign == b"-" else mantissa, decimals, self.unit)
        return _reading(grams, frame)


class Tf1Parser(_EqualsParser):
    """tF=1: the displayed characters reversed, sign last (``=000.3000``)."""

    reverse = True


class Tf2Parser(_EqualsParser):
    """tF=2: ``0`` or ``-`` then the value in normal order (``=0003.000``)."""

    reverse = False


def _mantissa(state: ScaleState, grams: int | None, unit: str, decimals: int) -> int:
    _check_unit(unit)
    encode_flags(state, grams, flagged=False)
    return from_grams(grams or 0, decimals, unit)


def encode_tf0(
    state: ScaleState, grams: int | None, *, unit: str = "kg", decimals: int = 3
) -> bytes:
    """A tF=0 frame; the state only has to agree with the weight (no flag)."""
    if not 0 <= decimals <= 4:
        raise ValueError("decimals must be 0..4")
    mantissa = _mantissa(state, grams, unit, decimals)
    if abs(mantissa) > 999_999:
        raise ValueError(f"{grams} g does not fit six digits")
    body = b"%c%06d%d" % (0x2D if mantissa < 0 else 0x2B, abs(mantissa), decimals)
    return bytes([STX]) + body + xor_check(body) + bytes([ETX])


def _equals_body(state: ScaleState, grams: int | None, unit: str, decimals: int) -> str:
    if not 0 <= decimals <= 5:
        raise ValueError("decimals must be 0..5")
    mantissa = _mantissa(state, grams, unit, decimals)
    number = format_number(mantissa, decimals, width=7, zero_pad=True)
    if len(number) > 7:
        raise ValueError(f"{grams} g does not fit seven characters")
    return ("-" if mantissa < 0 else "0") + number


def encode_tf1(
    state: ScaleState, grams: int | None, *, unit: str = "kg", decimals: int = 3
) -> bytes:
    """A tF=1 frame: ``=`` and the tF=2 characters reversed."""
    return b"=" + _equals_body(state, grams, unit, decimals)[::-1].encode("ascii")


def encode_tf2(
    state: ScaleState, grams: int | None, *, unit: str = "kg", decimals: int = 3
) -> bytes:
    """A tF=2 frame: ``=``, ``0`` or ``-``, then seven characters."""
    return b"=" + _equals_body(state, grams, unit, decimals).encode("ascii")
