"""What every scale parser shares: incremental framing, drop counting and
exact unit arithmetic.

A parser is a pure object fed bytes (no port, no clock), like pyserial's
``Packetizer``: the worker thread only moves bytes, so every protocol can be
tested with recorded bytes and fuzzed without hardware.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import ClassVar

from app.devices.scales.reading import ScaleReading, ScaleState

# Exact size of one unit in grams, as (numerator, denominator): 1 lb is
# 453.59237 g and 1 oz is 28.349523125 g by definition, so no float is needed.
UNIT_GRAMS: dict[str, tuple[int, int]] = {
    "g": (1, 1),
    "kg": (1000, 1),
    "mg": (1, 1000),
    "t": (1_000_000, 1),
    "ct": (1, 5),
    "lb": (45_359_237, 100_000),
    "oz": (28_349_523_125, 1_000_000_000),
}

# Masking bit 7 lets a port opened 8N1 read scales that send 7E1, 7O1 or 7N2:
# the parity (or second stop) bit lands in bit 7 and is thrown away here.
MASK7 = bytes(b & 0x7F for b in range(256))

_NUMBER = re.compile(rb"([+-]?)(\d+)(?:\.(\d+))?\Z")
_BLANK = b"\r\n "


class FrameError(ValueError):
    """A frame that cannot be trusted: the parser drops and counts it."""


def round_half_even(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest integer, ties to even (no bias
    when many readings are summed); exact for any size."""
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    q, r = divmod(abs(numerator), abs(denominator))
    if 2 * r > abs(denominator) or (2 * r == abs(denominator) and q % 2 == 1):
        q += 1
    return sign * q


def to_grams(mantissa: int, decimals: int, unit: str) -> int:
    """``mantissa * 10**-decimals`` of ``unit`` as whole grams (half-even).

    Raises FrameError for a unit that is not a mass (pieces, percent...).
    """
    try:
        num, den = UNIT_GRAMS[unit.lower()]
    except KeyError:
        raise FrameError(f"not a mass unit: {unit!r}") from None
    if decimals >= 0:
        den *= 10**decimals
    else:
        num *= 10**-decimals
    return round_half_even(mantissa * num, den)


def from_grams(grams: int, decimals: int, unit: str) -> int:
    """The mantissa a display with ``decimals`` places in ``unit`` shows for
    ``grams``, rounded half-even as a real scale rounds to its resolution."""
    if unit.lower() not in UNIT_GRAMS:
        raise ValueError(f"not a mass unit: {unit!r}")
    num, den = UNIT_GRAMS[unit.lower()]
    if decimals >= 0:
        den *= 10**decimals
    else:
        num *= 10**-decimals
    return round_half_even(grams * den, num)


def parse_number(text: bytes) -> tuple[int, int]:
    """``b"-12.345"`` -> ``(-12345, 3)``: the mantissa and decimal places.

    Strict on purpose (one optional sign, digits, at most one point): a
    damaged number is rejected rather than read as some other weight.
    """
    m = _NUMBER.match(text)
    if m is None:
        raise FrameError(f"not a number: {text!r}")
    sign, whole, frac = m.groups()
    digits = whole + frac if frac is not None else whole
    mantissa = int(digits)
    return (-mantissa if sign == b"-" else mantissa), (len(frac) if frac is not None else 0)


def format_number(mantissa: int, decimals: int, width: int = 0, zero_pad: bool = False) -> str:
    """The inverse of parse_number, without a sign: ``(12345, 3)`` -> ``"12.345"``."""
    digits = str(abs(mantissa))
    if decimals > 0:
        digits = digits.rjust(decimals + 1, "0")
        digits = f"{digits[:-decimals]}.{digits[-decimals:]}"
    return digits.rjust(width, "0" if zero_pad else " ")


def weight_state(grams: int, *, moving: bool, flagged: bool = True) -> ScaleState:
    """The state of a frame that carries a weight.

    Motion wins over zero and negative, so no information is lost: a reading
    of 0 g in motion stays MOVING (grams tells it is 0). Without a stability
    flag (XK3190) a weight above zero is UNKNOWN and the judge decides.
    """
    if moving:
        return ScaleState.MOVING
    if grams == 0:
        return ScaleState.ZERO
    if grams < 0:
        return ScaleState.NEGATIVE
    return ScaleState.STABLE if flagged else ScaleState.UNKNOWN


def encode_flags(state: ScaleState, grams: int | None, *, flagged: bool = True) -> bool:
    """Check that an encoder can express ``(state, grams)``; return "moving".

    Encoders describe what a scale in that state would send: STABLE, ZERO and
    NEGATIVE all mean "no motion flag", the weight decides which one it parses
    back as. UNKNOWN only exists for scales without a flag.
    """
    if state in (ScaleState.NO_DATA, ScaleState.OVERLOAD, ScaleState.UNDERLOAD):
        raise ValueError(f"{state} carries no weight frame here")
    if grams is None:
        raise ValueError(f"{state} needs a weight")
    if state is ScaleState.UNKNOWN and flagged:
        raise ValueError("this protocol always flags stability; use STABLE or MOVING")
    if state is ScaleState.NEGATIVE and grams >= 0:
        raise ValueError("NEGATIVE needs grams < 0")
    if state is ScaleState.ZERO and grams != 0:
        raise ValueError("ZERO needs grams == 0")
    return state is ScaleState.MOVING and flagged


class Parser(ABC):
    """Bytes in, readings out; any chunking, bounded memory.

    ``dropped`` counts frames that were rejected (bad checksum, malformed,
    garbage between frames: one per run of junk). A rejected frame never
    becomes a reading.
    """

    has_stability_flag: ClassVar[bool] = True
    max_buffer: ClassVar[int] = 256

    def __init__(self) -> None:
        self.dropped = 0
        self._buf = bytearray()
        self._junk = False  # inside a run of bytes already counted as dropped

    def feed(self, data: bytes) -> list[ScaleReading]:
        """Take the next bytes from the port; return the frames they complete."""
        self._buf += data.translate(MASK7)
        out: list[ScaleReading] = []
        consumed = self._scan(self._buf, out)
        del self._buf[:consumed]
        return out

    def reset(self) -> None:
        """Forget a partial frame (after a reconnect the bytes do not continue)."""
        self._buf.clear()
        self._junk = False

    @property
    def buffered(self) -> int:
        """Bytes kept for an incomplete frame (never more than max_buffer)."""
        return len(self._buf)

    @abstractmethod
    def _scan(self, buf: bytearray, out: list[ScaleReading]) -> int:
        """Append the readings of the complete frames in ``buf``; return how
        many leading bytes are used up."""

    def _reject(self) -> None:
        self.dropped += 1
        self._junk = True

    def _discard(self, junk: bytes | bytearray) -> None:
        """Bytes outside any frame: line ends and spaces between frames are
        harmless, anything else is garbage counted once per run."""
        if not self._junk and junk.strip(_BLANK):
            self.dropped += 1
            self._junk = True


class FramedParser(Parser):
    """Fixed-size frames that begin with a start byte (Toledo, XK3190).

    After a bad frame the search resumes one byte after its start, so a good
    frame hidden inside the rejected bytes is still found.
    """

    start: ClassVar[bytes]
    size: int

    @abstractmethod
    def decode(self, frame: bytes) -> ScaleReading:
        """Decode one complete frame or raise FrameError."""

    def _scan(self, buf: bytearray, out: list[ScaleReading]) -> int:
        i, n, size = 0, len(buf), self.size
        while True:
            j = buf.find(self.start, i)
            if j < 0:
                self._discard(buf[i:])
                return n
            if j > i:
                self._discard(buf[i:j])
            if j + size > n:
                return j
            try:
                reading = self.decode(bytes(buf[j : j + size]))
            except FrameError:
                self._reject()
                i = j + 1
            else:
                out.append(reading)
                self._junk = False
                i = j + size


class LineParser(Parser):
    """ASCII lines ended by LF (CR LF on the wire); one frame per line."""

    max_buffer: ClassVar[int] = 128

    def __init__(self) -> None:
        super().__init__()
        self._skipping = False  # an overlong line: ignore it up to its LF

    def reset(self) -> None:
        super().reset()
        self._skipping = False

    @abstractmethod
    def parse_line(self, line: bytes) -> ScaleReading | None:
        """One line without its CR LF: a reading, None for a well-formed line
        that carries nothing for us, or FrameError."""

    def _scan(self, buf: bytearray, out: list[ScaleReading]) -> int:
        i = 0
        while (j := buf.find(b"\n", i)) >= 0:
            line = bytes(buf[i:j]).rstrip(b"\r")
            i = j + 1
            if self._skipping:
                self._skipping = False
                continue
            if not line.strip():
                continue
            try:
                reading = self.parse_line(line)
            except FrameError:
                self.dropped += 1
                continue
            if reading is not None:
                out.append(reading)
        if len(buf) - i > self.max_buffer:
            if not self._skipping:
                self.dropped += 1
                self._skipping = True
            return len(buf)
        return i
