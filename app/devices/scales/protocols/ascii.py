"""Streamed ASCII lines: A&D, CAS and Ohaus.

No checksum protects these lines, so each parser is strict about layout. A&D
and CAS lines start with a fixed header (``ST,``/``US,``/``OL,``), which lets
the parser find a whole frame behind junk on the same line (the junk counts
as dropped). Sub-gram weights (``81.72 g``) are rounded half-even to whole
grams (82 g): the station works in grams and half-even adds no bias.

``OL`` with a minus sign is read as UNDERLOAD (A&D, CAS); Ohaus lines have no
documented overload form, so an Ohaus overload display is dropped, not read.
"""

from __future__ import annotations

import re

from app.devices.scales.protocols.base import (
    FrameError,
    LineParser,
    encode_flags,
    format_number,
    from_grams,
    parse_number,
    to_grams,
    weight_state,
)
from app.devices.scales.reading import ScaleReading, ScaleState

_AND = re.compile(rb"(ST|US),([+-][0-9.]{8}) *([A-Za-z%]{1,3})\Z|OL,([+-])9999999E\+19\Z")
# Header, GS/NT, an optional device id and lamp byte, 8 weight chars, unit.
_CAS = re.compile(rb"(ST|US|OL),(GS|NT),(?:[^\n]{1,2},)?([ +-][ 0-9.]{7}) ?([A-Za-z]{1,2})\Z")
_OVERLOAD = {b"+": ScaleState.OVERLOAD, b"-": ScaleState.UNDERLOAD}


def _signed(data: bytes) -> tuple[int, int]:
    """``b"+  1.234"`` -> ``(1234, 3)``: sign first, the number right-justified."""
    sign = data[:1] if data[:1] in (b"+", b"-") else b""
    number = data[len(sign) :].strip()
    if not number[:1].isdigit():
        raise FrameError(f"bad weight field: {data!r}")
    mantissa, decimals = parse_number(number)
    return (-mantissa if sign == b"-" else mantissa), decimals


def _grams(data: bytes, unit: bytes) -> int:
    mantissa, decimals = _signed(data)
    return to_grams(mantissa, decimals, unit.decode("ascii"))


class _HeaderLineParser(LineParser):
    pattern: re.Pattern[bytes]

    def _frame(self, line: bytes) -> re.Match[bytes]:
        m = self.pattern.search(line)
        if m is None:
            raise FrameError(f"no frame in line: {line!r}")
        if line[: m.start()].strip():
            self.dropped += 1  # junk before the frame, the frame itself is whole
        return m


class AndParser(_HeaderLineParser):
    """A&D: ``ST,+00081.72  g`` stable, ``US,...`` moving, ``OL,+9999999E+19``."""

    pattern = _AND

    def parse_line(self, line: bytes) -> ScaleReading:
        m = self._frame(line)
        raw = line[m.start() :]
        if m.group(4) is not None:
            return ScaleReading(_OVERLOAD[m.group(4)], None, raw=raw)
        grams = _grams(m.group(2), m.group(3))
        return ScaleReading(weight_state(grams, moving=m.group(1) == b"US"), grams, raw=raw)


class CasParser(_HeaderLineParser):
    """CAS: ``ST,GS,+001.234kg``; ``NT`` marks a net weight; some models put a
    device id and a lamp byte before the weight (``ST,GS,<id><lamp>,...``)."""

    pattern = _CAS

    def parse_line(self, line: bytes) -> ScaleReading:
        m = self._frame(line)
        raw, header, net = line[m.start() :], m.group(1), m.group(2) == b"NT"
        if header == b"OL":
            return ScaleReading(_OVERLOAD.get(m.group(3)[:1], ScaleState.OVERLOAD), None, raw, net)
        grams = _grams(m.group(3), m.group(4))
        return ScaleReading(weight_state(grams, moving=header == b"US"), grams, raw, net)


class OhausParser(LineParser):
    """Ohaus: right-justified weight, unit, ``?`` while unstable, then a
    legend (``G`` gross, ``N``/``NET`` net), CR LF."""

    def parse_line(self, line: bytes) -> ScaleReading:
        tokens = line.split()
        if tokens[0] in (b"-", b"+") and len(tokens) > 1:
            tokens[:2] = [tokens[0] + tokens[1]]
        if len(tokens) < 2 or len(tokens) > 4:
            raise FrameError(f"not an Ohaus line: {line!r}")
        number, unit, *rest = tokens
        moving = bool(rest) and rest[0] == b"?"
        legend = rest[1:] if moving else rest
        if legend not in ([], [b"G"], [b"N"], [b"NET"]):
            raise FrameError(f"unknown legend: {line!r}")
        if not number.lstrip(b"+-")[:1].isdigit():
            raise FrameError(f"bad weight: {line!r}")
        mantissa, decimals = parse_number(number)
        grams = to_grams(mantissa, decimals, unit.decode("ascii"))
        net = legend in ([b"N"], [b"NET"])
        return ScaleReading(weight_state(grams, moving=moving), grams, raw=line, net=net)


def _number(grams: int, unit: str, decimals: int, width: int) -> tuple[str, str]:
    """Sign and zero-padded number of a weight at a display resolution."""
    mantissa = from_grams(grams, decimals, unit)
    number = format_number(mantissa, decimals, width=width, zero_pad=True)
    if width and len(number) > width:
        raise ValueError(f"{grams} g does not fit {width} characters")
    return ("-" if mantissa < 0 else "+"), number


def encode_and(
    state: ScaleState, grams: int | None, *, unit: str = "kg", decimals: int = 3
) -> bytes:
    """An A&D line: ``ST``/``US`` + sign + 8 characters + 3-character unit."""
    if state in _OVERLOAD.values():
        sign = "+" if state is ScaleState.OVERLOAD else "-"
        return f"OL,{sign}9999999E+19\r\n".encode("ascii")
    moving = encode_flags(state, grams)
    sign, number = _number(grams or 0, unit, decimals, 8)
    return f"{'US' if moving else 'ST'},{sign}{number}{unit:>3}\r\n".encode("ascii")


def encode_cas(
    state: ScaleState,
    grams: int | None,
    *,
    unit: str = "kg",
    decimals: int = 3,
    net: bool = False,
    device_id: int | None = None,
    lamp: int | None = None,
) -> bytes:
    """A CAS line, with the device id and lamp byte when given."""
    extra = bytes(b for b in (device_id, lamp) if b is not None)
    if any(b & 0x7F == 0x0A for b in extra):
        raise ValueError("a device id or lamp byte of LF would end the line")
    ident = extra + b"," if extra else b""
    legend = b"NT" if net else b"GS"
    if state in _OVERLOAD.values():
        sign = b"+" if state is ScaleState.OVERLOAD else b"-"
        nines = format_number(10 ** (6 if decimals else 7) - 1, decimals).encode("ascii")
        return b"OL," + legend + b"," + ident + sign + nines + unit.encode("ascii") + b"\r\n"
    header = b"US" if encode_flags(state, grams) else b"ST"
    sign_, number = _number(grams or 0, unit, decimals, 7)
    data = (sign_ + number + unit).encode("ascii")
    return header + b"," + legend + b"," + ident + data + b"\r\n"


def encode_ohaus(
    state: ScaleState,
    grams: int | None,
    *,
    unit: str = "kg",
    decimals: int = 3,
    net: bool = False,
) -> bytes:
    """An Ohaus line: weight right-justified in 10, unit, ``?``, legend."""
    moving = encode_flags(state, grams)
    sign, number = _number(grams or 0, unit, decimals, 0)
    weight = (sign if sign == "-" else "") + number
    mark = "?" if moving else " "
    return f"{weight:>10} {unit:<3} {mark} {'NET' if net else 'G'}\r\n".encode("ascii")
