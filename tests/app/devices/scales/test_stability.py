"""The stability judge: when a weight is taken, and which weights are parcels."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.scales.reading import ScaleReading, ScaleState
from app.devices.scales.stability import (
    JudgedState,
    ScaleEvent,
    StabilityJudge,
    StabilitySettings,
    StableWeight,
    StateChanged,
)

S, M, U = ScaleState.STABLE, ScaleState.MOVING, ScaleState.UNKNOWN
FRAME_MS = 140  # a Toledo continuous scale sends about 7 frames a second


def run(
    judge: StabilityJudge, frames: Iterable[tuple[ScaleState, int | None]], start_ms: int = 0
) -> list[ScaleEvent]:
    events: list[ScaleEvent] = []
    for i, (state, grams) in enumerate(frames):
        events += judge.feed(ScaleReading(state, grams), start_ms + i * FRAME_MS)
    return events


def per_frame(
    judge: StabilityJudge, frames: list[tuple[ScaleState, int | None]]
) -> list[list[ScaleEvent]]:
    return [judge.feed(ScaleReading(s, g), i * FRAME_MS) for i, (s, g) in enumerate(frames)]


def emitted_at(events_per_frame: list[list[ScaleEvent]]) -> list[int]:
    return [
        i for i, evs in enumerate(events_per_frame) if any(isinstance(e, StableWeight) for e in evs)
    ]


def weights(events: list[ScaleEvent]) -> list[int]:
    return [e.grams for e in events if isinstance(e, StableWeight)]


def settle(grams: int, moving: int = 3, stable: int = 3) -> list[tuple[ScaleState, int]]:
    """A parcel placed: a few moving frames near its weight, then stable ones."""
    return [(M, grams + 4)] * moving + [(S, grams)] * stable


EMPTY = [(S, 0)] * 3


def test_weight_taken_on_the_frame_the_scale_flags_stable() -> None:
    judge = StabilityJudge()
    frames = [(S, 0), (M, 800), (M, 1203), (M, 1206), (M, 1204), (S, 1204), (S, 1204)]
    per_frame = [
        judge.feed(ScaleReading(st_, g), i * FRAME_MS) for i, (st_, g) in enumerate(frames)
    ]
    first_stable = 5
    assert [StableWeight(1204)] == [
        e for e in per_frame[first_stable] if isinstance(e, StableWeight)
    ]
    assert weights([e for frame in per_frame[:first_stable] for e in frame]) == []
    assert judge.stable_grams == 1204


def test_moving_weight_is_never_taken() -> None:
    judge = StabilityJudge()
    events = run(judge, [(M, 1000 + 50 * i) for i in range(20)])
    assert weights(events) == []
    assert judge.state is JudgedState.MOVING


def test_stable_flag_alone_is_not_enough_when_readings_jump() -> None:
    """A scale flagging stable while the readings still jump is not believed."""
    judge = StabilityJudge(StabilitySettings(readings=3, band_g=10, hold_ms=200))
    events = run(judge, [(S, 1000), (S, 1100), (S, 1000), (S, 1100)])
    assert weights(events) == []


def test_zero_is_an_empty_scale_never_a_weight() -> None:
    judge = StabilityJudge()
    events = run(judge, [(S, 0)] * 10 + [(S, 15)] * 10)
    assert weights(events) == []
    assert judge.state is JudgedState.EMPTY
    assert StateChanged(JudgedState.EMPTY, 0) in events


def test_parcel_already_on_the_scale_at_start_is_read() -> None:
    judge = StabilityJudge()
    assert weights(run(judge, [(S, 2500)] * 5)) == [2500]


def test_same_weight_again_is_not_reset_nor_read_twice() -> None:
    judge = StabilityJudge()
    events = run(judge, settle(1500) + [(S, 1500)] * 30)
    assert weights(events) == [1500]
    assert judge.stable_grams == 1500


def test_two_parcels_of_the_same_weight_are_both_read() -> None:
    judge = StabilityJudge()
    events = run(judge, settle(1500) + EMPTY + settle(1500) + EMPTY)
    assert weights(events) == [1500, 1500]


def test_second_parcel_waits_for_empty_scale_when_required() -> None:
    judge = StabilityJudge(StabilitySettings(require_empty_between=True))
    events = run(judge, settle(1000) + settle(2300))
    assert weights(events) == [1000]
    events = run(judge, EMPTY + settle(2300), start_ms=10_000)
    assert weights(events) == [2300]


def test_second_parcel_on_top_is_read_when_empty_not_required() -> None:
    judge = StabilityJudge(StabilitySettings(require_empty_between=False))
    events = run(judge, settle(1000) + settle(2300) + [(S, 2300)] * 5)
    assert weights(events) == [1000, 2300]


def test_overload_underload_and_negative_are_distinct_states() -> None:
    judge = StabilityJudge()
    assert run(judge, [(ScaleState.OVERLOAD, None)])[-1] == StateChanged(JudgedState.OVERLOAD, None)
    assert judge.stable_grams is None
    assert run(judge, [(ScaleState.UNDERLOAD, None)])[-1] == StateChanged(
        JudgedState.UNDERLOAD, None
    )
    events = run(judge, [(S, -350)] * 5)
    assert events[0] == StateChanged(JudgedState.NEGATIVE, -350)
    assert weights(events) == []


def test_no_stability_flag_lets_the_band_decide() -> None:
    """XK3190 tF frames carry no flag: N readings in the band for T ms decide."""
    settings = StabilitySettings(readings=5, band_g=5, hold_ms=500)
    judge = StabilityJudge(settings, scale_has_flag=False)
    frames = [(U, 900), (U, 1190), (U, 1203)] + [(U, 1200)] * 6
    per_frame = [judge.feed(ScaleReading(s, g), i * FRAME_MS) for i, (s, g) in enumerate(frames)]
    emitted_at = [
        i for i, evs in enumerate(per_frame) if any(isinstance(e, StableWeight) for e in evs)
    ]
    # frames 2..6 are within 5 g (1203, 1200 x4) and span 4 x 140 = 560 ms >= 500
    assert emitted_at == [6]


def test_flagged_scale_ignores_unknown_state_frames() -> None:
    judge = StabilityJudge(scale_has_flag=True)
    assert weights(run(judge, [(U, 1200)] * 10)) == []


def test_silence_means_no_data_and_forgets_the_weight() -> None:
    judge = StabilityJudge()
    run(judge, settle(1000))
    assert judge.stable_grams == 1000
    assert judge.no_data() == [StateChanged(JudgedState.NO_DATA, None)]
    assert judge.stable_grams is None


def test_window_stays_bounded_for_a_parcel_left_for_hours() -> None:
    judge = StabilityJudge()
    run(judge, [(S, 5000)] * 100_000)
    assert len(judge._window) <= judge.settings.readings + 2


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        StabilitySettings(readings=0)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(ScaleState)),
            st.one_of(st.none(), st.integers(min_value=-100_000, max_value=100_000)),
        ),
        max_size=60,
    )
)
def test_any_sequence_never_emits_empty_negative_or_unflagged_weights(
    frames: list[tuple[ScaleState, int | None]],
) -> None:
    judge = StabilityJudge()
    for (state, grams), events in zip(frames, per_frame(judge, frames), strict=True):
        for event in events:
            if isinstance(event, StableWeight):
                assert state is ScaleState.STABLE
                assert grams == event.grams
                assert event.grams > judge.settings.empty_g
