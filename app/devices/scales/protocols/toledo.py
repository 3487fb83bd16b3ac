"""Toledo continuous output: a streamed, fixed-size binary-status frame.

``STX SWA SWB SWC`` + 6 weight digits + 6 tare digits + ``CR`` + an optional
checksum (the low 7 bits of the sum of all bytes of a good frame are 0).
Only the meaningful status bits are decoded, because clones set the constant
bits differently.

Decimal position codes 0 and 1 (``####00``, ``#####0``) are read as the six
digits including the fixed trailing zeros; codes 3-7 put the point 1-5 places
from the right. A frame in lb is converted exactly (1 lb = 453.59237 g) and
rounded half-even to whole grams, like every other unit.
"""

from __future__ import annotations

from app.devices.scales.protocols.base import (
    FramedParser,
    FrameError,
    encode_flags,
    from_grams,
    to_grams,
    weight_state,
)
from app.devices.scales.reading import ScaleReading, ScaleState

STX = 0x02
CR = 0x0D

# SWB status bits
NET = 0x01
NEGATIVE = 0x02
OUT_OF_RANGE = 0x04
MOTION = 0x08
KG = 0x10
# SWC status bits
GRAMS = 0x01

_UNITS = ("kg", "lb", "g")


def frame_checksum(body: bytes) -> int:
    """The byte that makes the 7-bit sum of the whole frame zero."""
    return -sum(b & 0x7F for b in body) & 0x7F


class ToledoParser(FramedParser):
    """Decodes Toledo frames; ``checksum=False`` for indicators that send
    none (then nothing protects the digits: prefer the checksum variant)."""

    start = bytes([STX])

    def __init__(self, checksum: bool = True) -> None:
        super().__init__()
        self.checksum = checksum
        self.size = 18 if checksum else 17

    def decode(self, frame: bytes) -> ScaleReading:
        """One frame (already masked to 7 bits) or FrameError."""
        if frame[16] != CR:
            raise FrameError("no CR at the end of the frame")
        if self.checksum and sum(frame) & 0x7F:
            raise FrameError("bad checksum")
        digits = frame[4:16]
        if not digits.isdigit():
            raise FrameError("weight or tare is not six digits")
        swa, swb, swc = frame[1], frame[2], frame[3]
        net = bool(swb & NET)
        if swb & OUT_OF_RANGE:
            state = ScaleState.UNDERLOAD if swb & NEGATIVE else ScaleState.OVERLOAD
            return ScaleReading(state, None, raw=frame, net=net)
        decimals = max((swa & 0x07) - 2, 0)
        unit = "g" if swc & GRAMS else "kg" if swb & KG else "lb"
        grams = to_grams(int(digits[:6]), decimals, unit)
        if swb & NEGATIVE:
            grams = -grams
        return ScaleReading(
            weight_state(grams, moving=bool(swb & MOTION)),
            grams,
            raw=frame,
            net=net,
            tare_grams=to_grams(int(digits[6:]), decimals, unit),
        )


def encode(
    state: ScaleState,
    grams: int | None,
    *,
    unit: str = "kg",
    decimals: int = 3,
    tare_grams: int = 0,
    net: bool = False,
    checksum: bool = True,
) -> bytes:
    """A frame a Toledo indicator in this state sends.

    ``decimals`` is -2..5: -2 and -1 are the ``####00``/``#####0`` displays,
    0..5 places after the point. Weights are rounded to that resolution.
    """
    if not -2 <= decimals <= 5:
        raise ValueError("decimals must be -2..5")
    if unit not in _UNITS:
        raise ValueError(f"unit must be one of {_UNITS}")
    swa = 0x20 | 0x08 | (decimals + 2)  # constant bit 5, increment x1
    swb = 0x20 | (KG if unit == "kg" else 0) | (NET if net else 0)
    swc = 0x20 | (GRAMS if unit == "g" else 0)
    weight = 0
    if state in (ScaleState.OVERLOAD, ScaleState.UNDERLOAD):
        swb |= OUT_OF_RANGE | (NEGATIVE if state is ScaleState.UNDERLOAD else 0)
    else:
        if encode_flags(state, grams):
            swb |= MOTION
        weight = _digits(grams or 0, decimals, unit)
        if weight < 0:
            swb |= NEGATIVE
    tare = _digits(tare_grams, decimals, unit)
    if tare < 0:
        raise ValueError("a tare cannot be negative")
    body = bytes([STX, swa, swb, swc]) + b"%06d%06d\r" % (abs(weight), tare)
    return body + bytes([frame_checksum(body)]) if checksum else body


def _digits(grams: int, decimals: int, unit: str) -> int:
    """The six transmitted digits (with dummy zeros) as a signed integer."""
    dummy_zeros: int = 10 ** max(-decimals, 0)
    value = from_grams(grams, decimals, unit) * dummy_zeros
    if abs(value) > 999_999:
        raise ValueError(f"{grams} g does not fit six digits at {decimals} decimals")
    return value
