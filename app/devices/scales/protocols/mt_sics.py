"""Mettler Toledo MT-SICS: a polled, line-based command protocol.

The station sends ``SI`` (or ``S``) and the scale answers one line,
``<id> <status> [<value> <unit>]``; spacing varies, so lines are split on
white space. Replies carry no checksum: strict syntax is the only guard.

Command failures (``I`` cannot execute, ``L`` logical error, a zero/tare
range exceeded) and the error lines ``ES``/``ET``/``EL`` become MOVING with
no weight: "the scale gave no settled weight this time, keep polling". That
is exactly what ``I`` means after ``S`` (stability time-out), it never looks
like a weight, and no state is invented; ``raw`` tells the errors apart.
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

_COMMAND = re.compile(r"[A-Z@][A-Z0-9]*\Z")
_WEIGHT_IDS = frozenset({b"S", b"SI", b"SIR", b"SU", b"SIU"})
_ZERO_IDS = frozenset({b"Z", b"ZI"})
_TARE_IDS = frozenset({b"T", b"TI"})
_ERRORS = frozenset({b"ES", b"ET", b"EL"})
_FAILED = frozenset({b"I", b"L", b"+", b"-"})
_REPLY_ID = re.compile(rb"[A-Z@][A-Z0-9]{0,5}\Z")


def command(name: str, *args: str) -> bytes:
    """The bytes that send one command: ``command("S") == b"S\\r\\n"``."""
    if not _COMMAND.match(name):
        raise ValueError(f"not an MT-SICS command: {name!r}")
    return " ".join((name, *args)).encode("ascii") + b"\r\n"


POLL = command("SI")  # immediate weight: answers at once, stable or not


class MtSicsParser(LineParser):
    """Replies to ``S``/``SI``/``SIR`` (weights), ``Z``/``ZI`` (zero) and
    ``T``/``TI`` (tare). Replies to other commands (``I4``, ``TA``...) are
    well formed but carry no reading: they are skipped, not dropped."""

    def parse_line(self, line: bytes) -> ScaleReading | None:
        tokens = line.split()
        head, rest = tokens[0], tokens[1:]
        if head in _ERRORS and not rest:
            return ScaleReading(ScaleState.MOVING, None, raw=line)
        if not rest:
            raise FrameError(f"reply without status: {line!r}")
        status, args = rest[0], rest[1:]
        if head in _WEIGHT_IDS:
            return _weight_reply(line, status, args)
        if head in _ZERO_IDS or head in _TARE_IDS:
            return _zero_or_tare_reply(line, head in _TARE_IDS, status, args)
        if _REPLY_ID.match(head) and line.isascii() and line.decode("ascii").isprintable():
            return None
        raise FrameError(f"not an MT-SICS reply: {line!r}")


def _value(args: list[bytes]) -> int:
    if len(args) != 2:
        raise FrameError(f"expected value and unit, got {args!r}")
    mantissa, decimals = parse_number(args[0])
    return to_grams(mantissa, decimals, args[1].decode("ascii"))


def _weight_reply(line: bytes, status: bytes, args: list[bytes]) -> ScaleReading:
    if status in (b"S", b"D"):
        grams = _value(args)
        return ScaleReading(weight_state(grams, moving=status == b"D"), grams, raw=line)
    if args:
        raise FrameError(f"unexpected value after {status!r}: {line!r}")
    if status == b"+":
        return ScaleReading(ScaleState.OVERLOAD, None, raw=line)
    if status == b"-":
        return ScaleReading(ScaleState.UNDERLOAD, None, raw=line)
    if status in (b"I", b"L"):
        return ScaleReading(ScaleState.MOVING, None, raw=line)
    raise FrameError(f"unknown weight status: {line!r}")


def _zero_or_tare_reply(line: bytes, tare: bool, status: bytes, args: list[bytes]) -> ScaleReading:
    """``Z A`` / ``ZI S|D``: zero set, the scale now reads 0. ``T S 1.000 kg``:
    the tare taken is 1 kg, the net weight is now 0."""
    if status in _FAILED and not args:
        return ScaleReading(ScaleState.MOVING, None, raw=line)
    if tare and status in (b"S", b"D"):
        return ScaleReading(ScaleState.ZERO, 0, raw=line, net=True, tare_grams=_value(args))
    if not tare and status in (b"A", b"S", b"D") and not args:
        return ScaleReading(ScaleState.ZERO, 0, raw=line)
    raise FrameError(f"unknown zero/tare reply: {line!r}")


def encode(
    state: ScaleState,
    grams: int | None,
    *,
    command: str = "S",
    unit: str = "kg",
    decimals: int = 3,
    tare_grams: int = 0,
) -> bytes:
    """The reply line a balance sends to ``command`` in this state.

    ``S``/``SI``/``SIR``: a weight (``S S``/``S D``), ``S +``/``S -`` or ``S I``
    (MOVING with no weight). ``Z``: ``Z A`` (ZERO) or ``Z I``. ``T``: ``T S``
    with ``tare_grams`` (ZERO) or ``T I``. ``ES``/``ET``/``EL``: that error.
    """
    cannot = state is ScaleState.MOVING and grams is None
    if command in ("ES", "ET", "EL"):
        if not cannot:
            raise ValueError("an error line is MOVING with no weight")
        return command.encode("ascii") + b"\r\n"
    if command in ("Z", "T"):
        if cannot:
            return f"{command} I\r\n".encode("ascii")
        if state is not ScaleState.ZERO or grams != 0:
            raise ValueError(f"{command} replies ZERO (done) or MOVING without weight")
        if command == "Z":
            return b"Z A\r\n"
        value = _format(tare_grams, unit, decimals)
        return f"T S {value} {unit}\r\n".encode("ascii")
    if command not in ("S", "SI", "SIR"):
        raise ValueError(f"no encoder for replies to {command!r}")
    if state is ScaleState.OVERLOAD:
        return b"S +\r\n"
    if state is ScaleState.UNDERLOAD:
        return b"S -\r\n"
    if cannot:
        return b"S I\r\n"
    if grams is None:
        raise ValueError(f"{state} needs a weight")
    status = "D" if encode_flags(state, grams) else "S"
    return f"S {status} {_format(grams, unit, decimals):>11} {unit}\r\n".encode("ascii")


def _format(grams: int, unit: str, decimals: int) -> str:
    mantissa = from_grams(grams, decimals, unit)
    return ("-" if mantissa < 0 else "") + format_number(mantissa, decimals)
