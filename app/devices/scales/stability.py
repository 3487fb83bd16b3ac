"""Judging when a weight is settled, and which weights are parcels.

A weight is taken only when the scale flags it stable (for a scale with no
flag, such as XK3190 tF frames, the band alone decides) **and** the last
``readings`` readings lie within ``band_g`` over at least ``hold_ms``. The
readings before the flag count towards the band, so a scale that settles
properly is read on the very frame it flags stable.

Bugs avoided on purpose (DEVICES.md "Stable weight, done right"):
- a parcel already on the scale when the judge starts is read (it starts armed);
- the same weight arriving again is not reset to zero, and two parcels of the
  same weight in a row are both read (the empty scale in between re-arms);
- zero, or anything within ``empty_g`` of it, is an empty scale, never a weight;
- with ``require_empty_between`` off, a second parcel added on top is read as
  soon as the total settles at a new weight.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from app.devices.scales.reading import ScaleReading, ScaleState


class JudgedState(StrEnum):
    STABLE = "stable"
    MOVING = "moving"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    NEGATIVE = "negative"
    EMPTY = "empty"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class StabilitySettings:
    readings: int = 3  # N consecutive readings within the band
    band_g: int = 10  # max - min of those readings
    hold_ms: int = 200  # and they span at least this long
    empty_g: int = 20  # |weight| up to this is an empty scale
    require_empty_between: bool = True  # a new parcel needs the scale emptied first

    def __post_init__(self) -> None:
        if self.readings < 1 or self.band_g < 0 or self.hold_ms < 0 or self.empty_g < 0:
            raise ValueError("stability settings must be positive")

    @classmethod
    def for_scale(
        cls,
        has_flag: bool,
        readings: int = 0,
        band_g: int = 10,
        hold_ms: int = 0,
        empty_g: int = 20,
        require_empty_between: bool = True,
    ) -> StabilitySettings:
        """Settings for one scale; ``readings``/``hold_ms`` of 0 take the
        default for its kind: a scale that flags stability has already waited
        for it (3 readings, 200 ms); one with no flag (XK3190 tF) is judged by
        the band alone, so longer (5 readings, 500 ms)."""
        return cls(
            readings=readings or (3 if has_flag else 5),
            band_g=band_g,
            hold_ms=hold_ms or (200 if has_flag else 500),
            empty_g=empty_g,
            require_empty_between=require_empty_between,
        )


@dataclass(frozen=True)
class StateChanged:
    state: JudgedState
    grams: int | None  # the weight shown with the state, when there is one


@dataclass(frozen=True)
class StableWeight:
    """A parcel's weight, emitted once per parcel."""

    grams: int


ScaleEvent = StateChanged | StableWeight


class StabilityJudge:
    """Fed readings with their arrival time (monotonic ms); returns events."""

    def __init__(self, settings: StabilitySettings | None = None, scale_has_flag: bool = True):
        self.settings = settings or StabilitySettings.for_scale(scale_has_flag)
        self.scale_has_flag = scale_has_flag
        self._window: deque[tuple[int, int]] = deque()
        self._state: JudgedState | None = None
        self._shown: int | None = None
        self._armed = True  # a parcel already on the scale at start is read
        self._last_emitted: int | None = None
        self.stable_grams: int | None = None  # the settled weight on the scale now

    @property
    def state(self) -> JudgedState:
        return self._state or JudgedState.NO_DATA

    def no_data(self) -> list[ScaleEvent]:
        """The scale went silent or the port closed: nothing is known any more."""
        self._window.clear()
        self.stable_grams = None
        return self._set(JudgedState.NO_DATA, None)

    def feed(self, reading: ScaleReading, at_ms: int) -> list[ScaleEvent]:
        s = self.settings
        state = reading.state
        if state in (ScaleState.OVERLOAD, ScaleState.UNDERLOAD):
            self._window.clear()
            self.stable_grams = None
            judged = JudgedState.OVERLOAD if state is ScaleState.OVERLOAD else JudgedState.UNDERLOAD
            return self._set(judged, None)
        grams = reading.grams
        if grams is None or state is ScaleState.NO_DATA:  # busy / error reply: not settled
            self.stable_grams = None
            return self._set(JudgedState.MOVING, self._shown)
        if abs(grams) <= s.empty_g:
            self._window.clear()
            self.stable_grams = None
            self._armed = True
            self._last_emitted = None
            return self._set(JudgedState.EMPTY, grams)
        if grams < 0:
            self._window.clear()
            self.stable_grams = None
            return self._set(JudgedState.NEGATIVE, grams)

        self._window.append((at_ms, grams))
        self._trim(at_ms)
        flagged = state is ScaleState.STABLE or (
            not self.scale_has_flag and state in (ScaleState.UNKNOWN, ScaleState.STABLE)
        )
        if not (flagged and self._settled(at_ms)):
            self.stable_grams = None
            return self._set(JudgedState.MOVING, grams)
        self.stable_grams = grams
        events = self._set(JudgedState.STABLE, grams)
        if self._should_emit(grams):
            self._last_emitted = grams
            self._armed = not s.require_empty_between
            events.append(StableWeight(grams))
        return events

    def _should_emit(self, grams: int) -> bool:
        if not self._armed:
            return False
        if self._last_emitted is None:
            return True
        return abs(grams - self._last_emitted) > self.settings.band_g

    def _trim(self, now_ms: int) -> None:
        """Keep only the newest readings that lie within the band together,
        and no more of them than the rule needs (a parcel left for hours
        must not grow the window)."""
        s = self.settings
        band = s.band_g
        newest = self._window[-1][1]
        low = high = newest
        keep = 0
        for _at, g in reversed(self._window):
            low, high = min(low, g), max(high, g)
            if high - low > band:
                break
            keep += 1
        while len(self._window) > keep:
            self._window.popleft()
        while len(self._window) > s.readings and now_ms - self._window[1][0] >= s.hold_ms:
            self._window.popleft()

    def _settled(self, now_ms: int) -> bool:
        s = self.settings
        if len(self._window) < s.readings:
            return False
        return now_ms - self._window[0][0] >= s.hold_ms

    def _set(self, state: JudgedState, grams: int | None) -> list[ScaleEvent]:
        if state == self._state and grams == self._shown:
            return []
        changed = state != self._state
        self._state, self._shown = state, grams
        return [StateChanged(state, grams)] if changed or state is not JudgedState.STABLE else []
