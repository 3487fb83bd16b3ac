"""What a scale said, in one shape for every protocol."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ScaleState(StrEnum):
    STABLE = "stable"  # the scale flags the weight as settled
    MOVING = "moving"  # motion / dynamic / unstable flag
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    NEGATIVE = "negative"  # a settled weight below zero (tare removed, drift)
    ZERO = "zero"  # empty scale: a weight within the zero band
    UNKNOWN = "unknown"  # the protocol carries no stability flag (XK3190 tF)
    NO_DATA = "no_data"  # nothing heard: disconnected or silent


@dataclass(frozen=True)
class ScaleReading:
    """One decoded frame. ``grams`` is an integer (never float); it is None
    when the frame carries no weight (overload, underload, a command error)."""

    state: ScaleState
    grams: int | None
    raw: bytes = b""
    net: bool = False  # a tare is active (net weight)
    tare_grams: int | None = None
