"""The QC sampling rule at its edges (R-QC-1..4): a 10% sample rounded up,
another 10% under 100%, the 70% line judged exactly over both samples, full
inspection of the units not yet drawn, and the whole delivery rejected."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.backoffice_settings import QcSection
from app.services.qc_rules import (
    QcNext,
    QcRefused,
    QcRound,
    Step,
    Why,
    check_round,
    next_step,
    percent_text,
    sample_size,
)

QC = QcSection()  # the handbook's 10 / 100 / 70


def after(delivered: int, *rounds: tuple[int, int], settings: QcSection = QC) -> QcNext:
    return next_step(delivered, [QcRound(d, p) for d, p in rounds], settings)


@pytest.mark.parametrize(
    ("delivered", "size"),
    [(1, 1), (5, 1), (9, 1), (10, 1), (11, 2), (45, 5), (100, 10), (101, 11)],
)
def test_the_sample_is_ten_percent_rounded_up_and_at_least_one(delivered: int, size: int) -> None:
    step = next_step(delivered, [], QC)
    assert (step.step, step.why, step.round_no, step.units) == (
        Step.DRAW,
        Why.FIRST_SAMPLE,
        1,
        size,
    )
    assert step.rule == "R-QC-1" and step.sample_size == size and not step.capped


def test_a_clean_first_sample_passes() -> None:
    step = next_step(45, [QcRound(5, 5)], QC)
    assert (step.step, step.why, step.final, step.verdict) == (Step.PASS, Why.PASSED, True, "pass")
    assert step.rate == 1 and step.defective == 0 and step.round_no == 0


def test_99_9_percent_in_the_first_sample_draws_another_ten_percent() -> None:
    step = next_step(10_000, [QcRound(1000, 999)], QC)  # 99.9%
    assert (step.step, step.why, step.rule, step.round_no, step.units) == (
        Step.DRAW,
        Why.BELOW_PASS,
        "R-QC-2",
        2,
        1000,
    )
    assert step.rate == Fraction(999, 1000) and step.verdict == "resample"


def test_a_poor_first_sample_still_gets_its_second_sample() -> None:
    """The 70% line follows 加抽 in the handbook: judged after the second sample."""
    step = next_step(45, [QcRound(5, 1)], QC)  # 20%
    assert (step.step, step.units) == (Step.DRAW, 5)


def test_69_9_percent_over_both_samples_rejects_the_whole_delivery() -> None:
    step = next_step(5000, [QcRound(500, 349), QcRound(500, 350)], QC)  # 699/1000
    assert (step.step, step.why, step.rule, step.final) == (
        Step.REJECT_ALL,
        Why.BELOW_REJECT,
        "R-QC-3",
        True,
    )
    assert (step.rate_passed, step.rate_drawn) == (699, 1000) and step.verdict == "reject_all"


def test_exactly_70_percent_means_every_unit_is_inspected() -> None:
    step = next_step(5000, [QcRound(500, 350), QcRound(500, 350)], QC)  # 700/1000
    assert (step.step, step.why, step.rule, step.round_no) == (
        Step.INSPECT_ALL,
        Why.BETWEEN,
        "R-QC-4",
        3,
    )
    assert step.units == 4000  # the units not yet drawn; the 1000 drawn were inspected
    assert step.defective == 300 and step.verdict == "full_inspection"


def test_99_9_percent_over_both_samples_means_full_inspection() -> None:
    step = next_step(10_000, [QcRound(1000, 999), QcRound(1000, 1000)], QC)  # 1999/2000
    assert (step.step, step.units) == (Step.INSPECT_ALL, 8000)


def test_the_rate_is_over_both_samples_not_the_second_alone() -> None:
    """A perfect second sample does not wash out a poor first one: 1/5 then 5/5
    is 6/10 = 60%, rejected (the second alone would be 100%)."""
    step = next_step(45, [QcRound(5, 1), QcRound(5, 5)], QC)
    assert step.step is Step.REJECT_ALL and step.rate == Fraction(6, 10)


def test_the_full_inspection_ends_with_the_defective_count() -> None:
    step = next_step(45, [QcRound(5, 4), QcRound(5, 5), QcRound(35, 33)], QC)
    assert (step.step, step.why, step.final, step.round_no) == (
        Step.INSPECTED,
        Why.ALL_INSPECTED,
        True,
        0,
    )
    assert (step.inspected, step.passed, step.defective, step.left) == (45, 42, 3, 0)


def test_a_sample_of_one() -> None:
    assert after(5, (1, 1)).step is Step.PASS
    second = next_step(5, [QcRound(1, 0)], QC)
    assert (second.step, second.units) == (Step.DRAW, 1)
    # 1 of 2 drawn passed: 50% is below 70%, the whole delivery goes back
    assert after(5, (1, 0), (1, 1)).step is Step.REJECT_ALL


def test_a_delivery_of_one_unit_is_judged_on_that_unit() -> None:
    first = next_step(1, [], QC)
    assert (first.step, first.units) == (Step.DRAW, 1)
    assert after(1, (1, 1)).step is Step.PASS
    rejected = next_step(1, [QcRound(1, 0)], QC)  # nothing left to add: 0% rejects
    assert rejected.step is Step.REJECT_ALL and rejected.rate == 0


def test_9_units_draw_1_and_11_units_draw_2_then_2_more() -> None:
    assert next_step(9, [], QC).units == 1
    assert next_step(9, [QcRound(1, 0)], QC).units == 1
    assert next_step(11, [], QC).units == 2
    assert next_step(11, [QcRound(2, 1)], QC).units == 2
    full = next_step(11, [QcRound(2, 1), QcRound(2, 2)], QC)  # 3/4 = 75%
    assert (full.step, full.units) == (Step.INSPECT_ALL, 7)


def test_a_second_sample_larger_than_what_is_left_is_cut_to_what_is_left() -> None:
    wide = QcSection(sample_pct=60)
    first = next_step(5, [], wide)
    assert (first.units, first.sample_size) == (3, 3)
    second = next_step(5, [QcRound(3, 2)], wide)
    assert (second.step, second.units, second.sample_size, second.capped) == (
        Step.DRAW,
        2,
        3,
        True,
    )
    # every unit was drawn in the two samples: 4/5 = 80% needs no third round
    done = next_step(5, [QcRound(3, 2), QcRound(2, 2)], wide)
    assert (done.step, done.defective) == (Step.INSPECTED, 1)


def test_a_whole_delivery_drawn_at_once_is_judged_without_a_second_round() -> None:
    every = QcSection(sample_pct=100)
    assert next_step(10, [QcRound(10, 8)], every).step is Step.INSPECTED
    assert next_step(10, [QcRound(10, 6)], every).step is Step.REJECT_ALL


def test_a_supervisors_lower_pass_line_can_be_reached_by_both_samples() -> None:
    lenient = QcSection(pass_pct=90, reject_below_pct=60)
    assert next_step(100, [QcRound(10, 9)], lenient).step is Step.PASS
    assert next_step(100, [QcRound(10, 8)], lenient).step is Step.DRAW
    both = next_step(100, [QcRound(10, 8), QcRound(10, 10)], lenient)  # 18/20 = 90%
    assert both.step is Step.PASS and both.defective == 2


def test_rounds_the_rule_did_not_ask_for_are_refused() -> None:
    with pytest.raises(QcRefused) as wrong:
        check_round(45, [], 4, 4, QC)
    assert wrong.value.params == {"reason": "wrong_drawn", "expected": 5, "drawn": 4}
    with pytest.raises(QcRefused) as too_many:
        check_round(45, [], 5, 6, QC)
    assert too_many.value.params["reason"] == "passed_out_of_range"
    with pytest.raises(QcRefused) as negative:
        check_round(45, [], 5, -1, QC)
    assert negative.value.params["reason"] == "passed_out_of_range"
    with pytest.raises(QcRefused) as finished:
        check_round(45, [QcRound(5, 5)], 5, 5, QC)
    assert finished.value.params["reason"] == "finished"
    with pytest.raises(QcRefused) as nothing:
        next_step(0, [], QC)
    assert nothing.value.params["reason"] == "nothing_delivered"
    assert check_round(45, [QcRound(5, 4)], 5, 5, QC).units == 5


def test_percentages_read_as_the_rule_judges_them() -> None:
    assert percent_text(7, 9) == "77.8%"
    assert percent_text(699, 1000) == "69.9%"
    assert percent_text(6996, 10_000) == "69.9%"  # below 70%: never shown as 70.0%
    assert percent_text(9995, 10_000) == "99.9%"
    assert (percent_text(7, 10), percent_text(1, 1), percent_text(0, 3)) == (
        "70.0%",
        "100.0%",
        "0.0%",
    )


# ---------------------------------------------------------------- properties

settings_st = st.builds(
    lambda sample, reject, gap: QcSection(
        sample_pct=sample, reject_below_pct=reject, pass_pct=min(100, reject + gap)
    ),
    st.integers(1, 100),
    st.integers(1, 100),
    st.integers(0, 100),
)


@given(delivered=st.integers(1, 5000), settings=settings_st)
def test_property_the_sample_is_the_smallest_whole_number_at_or_above_the_percentage(
    delivered: int, settings: QcSection
) -> None:
    size = sample_size(delivered, settings)
    exact = Fraction(delivered * settings.sample_pct, 100)
    assert size >= 1 and size >= exact and (size - 1 < exact or size == 1)
    assert next_step(delivered, [], settings).units == min(size, delivered)


@given(
    delivered=st.integers(1, 3000),
    settings=settings_st,
    fail_shares=st.lists(st.fractions(0, 1), min_size=3, max_size=3),
)
def test_property_following_the_rule_always_ends_within_three_rounds(
    delivered: int, settings: QcSection, fail_shares: list[Fraction]
) -> None:
    """Whatever the inspector finds, the rule asks for at most three rounds,
    never more units than were delivered, and its outcome matches the rate it
    judged: reject below the reject line, pass at or above the pass line, and
    a full inspection inspects every unit."""
    rounds: list[QcRound] = []
    step = next_step(delivered, rounds, settings)
    while not step.final:
        assert step.units >= 1 and step.units <= step.left
        failed = int(step.units * fail_shares[len(rounds)])
        check_round(delivered, rounds, step.units, step.units - failed, settings)
        rounds.append(QcRound(step.units, step.units - failed))
        step = next_step(delivered, rounds, settings)
    assert 1 <= len(rounds) <= 3
    assert sum(r.drawn for r in rounds) <= delivered
    rate = step.rate
    assert rate is not None
    if step.step is Step.REJECT_ALL:
        assert rate < Fraction(settings.reject_below_pct, 100)
    elif step.step is Step.PASS:
        assert rate >= Fraction(settings.pass_pct, 100)
    else:
        assert step.step is Step.INSPECTED and step.left == 0
        assert step.defective == sum(r.defective for r in rounds)
    if len(rounds) >= 2:  # judged over every unit drawn, never the second sample alone
        assert (step.rate_passed, step.rate_drawn) == (
            sum(r.passed for r in rounds),
            sum(r.drawn for r in rounds),
        )


@given(delivered=st.integers(1, 2000), passed=st.integers(0, 2000))
def test_property_a_first_sample_at_100_percent_passes_and_anything_less_does_not(
    delivered: int, passed: int
) -> None:
    drawn = sample_size(delivered, QC)
    passed = min(passed, drawn)
    step = next_step(delivered, [QcRound(drawn, passed)], QC)
    assert (step.step is Step.PASS) == (passed == drawn)
