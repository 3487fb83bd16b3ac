"""The QC sampling rule (质检要求, R-QC-1..4) for one colour and size (one SKU)
of one delivery: given the units delivered and the rounds done so far, what
comes next and why. Pure: no database, no clock; the percentages come from
``[qc]`` (:class:`app.backoffice_settings.QcSection`).

The handbook (附3 质检要求) says, word for word:

    每个颜色号码抽检10%,包括比拟尺寸大小,色差等相关内容。假如合格率低于100%,
    加抽10%,假如合格率低于70%,则报告总经办,要求整单退货处理。假如合格率
    高于70%低于100%,则全检后再入库,次品报数量总经办退货。

How this module reads it (each choice is the one the words support best):

- "每个颜色号码抽检10%": round 1 draws ``sample_pct`` of the SKU's delivered
  units, rounded up (10% of 45 is 5), at least one unit, never more than
  were delivered (R-QC-1).
- "假如合格率低于100%,加抽10%": below ``pass_pct`` the sample is *enlarged*
  (加抽, "draw in addition") by another ``sample_pct`` of the delivered units,
  capped at the units not yet drawn (R-QC-2). At 100% in round 1 the SKU
  passes.
- "假如合格率低于70% … 假如合格率高于70%低于100%": these sentences follow 加抽,
  so the 70% line is judged *after* the second sample, on the pass rate of
  **both samples together** (passed in rounds 1+2 over drawn in rounds 1+2):
  the added units enlarge one sample, they do not replace the first one's
  evidence. A first sample at 3/5 therefore still gets its second sample.
  When round 1 drew every unit (a delivery of 1 unit), there is nothing to
  add and round 1 alone is judged.
- Below ``reject_below_pct`` (合格率低于70%): the whole delivery goes back and
  the general manager's office is told (报告总经办, 整单退货, R-QC-3).
- From ``reject_below_pct`` up to below ``pass_pct`` (高于70%低于100%): every
  unit is inspected (全检, R-QC-4). The handbook leaves exactly 70% unsaid
  ("below 70" rejects, "above 70" inspects); RULES.md reads it "from 70% up",
  so 70% itself is inspected, not rejected. The units already drawn were
  inspected one by one, so round 3 inspects the units *not yet drawn*; the
  defective units of all rounds go back to the supplier (次品…退货).
- A combined rate that reaches ``pass_pct`` (possible only when a supervisor
  set it below 100) passes.

Rates are compared exactly as fractions: 699/1000 (69.9%) is below 70%,
7/10 (70%) is not; 999/1000 (99.9%) is below 100%.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from app.backoffice_settings import QcSection
from app.errors import DomainError

FIRST, SECOND, EVERY_UNIT = 1, 2, 3  # QcInspection.round_no


class Step(StrEnum):
    """What the inspector does next, or the SKU's final outcome."""

    DRAW = "draw"  # draw ``units`` more units and inspect them (rounds 1, 2)
    INSPECT_ALL = "inspect_all"  # inspect the ``units`` not yet drawn (round 3, R-QC-4)
    PASS = "pass"  # final: accepted (R-QC-1)
    REJECT_ALL = "reject_all"  # final: the whole delivery goes back (R-QC-3)
    INSPECTED = "inspected"  # final: every unit inspected, defective ones go back (R-QC-4)


FINAL_STEPS = frozenset({Step.PASS, Step.REJECT_ALL, Step.INSPECTED})


class Why(StrEnum):
    """The reason the step was chosen, for the screen's sentence."""

    FIRST_SAMPLE = "first_sample"  # R-QC-1: nothing inspected yet
    BELOW_PASS = "below_pass"  # R-QC-2: round 1 under pass_pct, draw another sample
    PASSED = "passed"  # the rate reached pass_pct
    BELOW_REJECT = "below_reject"  # R-QC-3
    BETWEEN = "between"  # R-QC-4: inspect every unit
    ALL_INSPECTED = "all_inspected"  # R-QC-4 done (round 3, or nothing was left to draw)


RULE_OF = {
    Why.FIRST_SAMPLE: "R-QC-1",
    Why.BELOW_PASS: "R-QC-2",
    Why.PASSED: "R-QC-1",
    Why.BELOW_REJECT: "R-QC-3",
    Why.BETWEEN: "R-QC-4",
    Why.ALL_INSPECTED: "R-QC-4",
}

# QcInspection.verdict for the round that led to a step (QC_VERDICTS).
ROUND_VERDICT = {
    Step.DRAW: "resample",
    Step.INSPECT_ALL: "full_inspection",
    Step.PASS: "pass",
    Step.REJECT_ALL: "reject_all",
    Step.INSPECTED: "full_inspection",
}


class QcRefused(DomainError):
    """A QC round that does not fit the rule; nothing was recorded.

    ``params['reason']``: ``nothing_delivered``, ``finished`` (the SKU has its
    outcome), ``wrong_drawn`` (``expected`` units were to be inspected, not
    ``drawn``), ``passed_out_of_range`` (passed must be 0..drawn),
    ``not_inbound``, ``not_on_document``, ``rejected`` (the delivery was already
    rejected: nothing more to inspect), ``wrong_state``.
    """

    code = "qc_refused"


@dataclass(frozen=True)
class QcRound:
    drawn: int
    passed: int

    @property
    def defective(self) -> int:
        return self.drawn - self.passed


@dataclass(frozen=True)
class QcNext:
    """The rule's answer for one SKU: the next step and everything its sentence needs."""

    step: Step
    why: Why
    round_no: int  # the round to record next; 0 once final
    units: int  # to draw (DRAW) or to inspect (INSPECT_ALL); 0 once final
    delivered: int
    sample_size: int  # sample_pct of delivered, rounded up, at least 1 (before the cap)
    capped: bool  # ``units`` was cut to the units not yet drawn
    inspected: int  # units inspected so far, all rounds
    passed: int
    rate_passed: int  # the rate judged: rate_passed / rate_drawn (0/0 before round 1)
    rate_drawn: int

    @property
    def rule(self) -> str:
        return RULE_OF[self.why]

    @property
    def final(self) -> bool:
        return self.step in FINAL_STEPS

    @property
    def defective(self) -> int:
        """Defective units found so far (R-QC-4: they go back to the supplier)."""
        return self.inspected - self.passed

    @property
    def left(self) -> int:
        """Units never drawn."""
        return self.delivered - self.inspected

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.rate_passed, self.rate_drawn) if self.rate_drawn else None

    @property
    def rate_text(self) -> str:
        """The rate judged, as the screen and the notices show it: "7/9 = 77.8%"."""
        judged = percent_text(self.rate_passed, self.rate_drawn)
        return f"{self.rate_passed}/{self.rate_drawn} = {judged}"

    @property
    def verdict(self) -> str:
        """The QcInspection verdict for the round that led here."""
        return ROUND_VERDICT[self.step]


def sample_size(delivered: int, settings: QcSection) -> int:
    """``sample_pct`` of the delivered units, rounded up, at least one (R-QC-1)."""
    return max(1, -(-delivered * settings.sample_pct // 100))


def _below(passed: int, drawn: int, pct: int) -> bool:
    """passed/drawn < pct% exactly, in whole numbers (no float rounding)."""
    return passed * 100 < pct * drawn


def next_step(delivered: int, rounds: Sequence[QcRound], settings: QcSection) -> QcNext:
    """What comes next for a SKU with ``delivered`` units after ``rounds``
    (in order: round 1, 2, 3). The rounds must be ones this rule asked for
    (:func:`check_round` refuses others before they are recorded)."""
    if delivered < 1:
        raise QcRefused("nothing delivered to inspect", reason="nothing_delivered")
    size = sample_size(delivered, settings)
    inspected = sum(r.drawn for r in rounds)
    passed = sum(r.passed for r in rounds)
    left = delivered - inspected

    def answer(
        step: Step, why: Why, units: int = 0, judged: tuple[int, int] = (0, 0), capped: bool = False
    ) -> QcNext:
        round_no = 0 if step in FINAL_STEPS else len(rounds) + 1
        return QcNext(
            step, why, round_no, units, delivered, size, capped, inspected, passed, *judged
        )

    if not rounds:
        return answer(Step.DRAW, Why.FIRST_SAMPLE, min(size, delivered), capped=size > delivered)
    if len(rounds) >= EVERY_UNIT:
        return answer(Step.INSPECTED, Why.ALL_INSPECTED, judged=(passed, inspected))
    first = rounds[0]
    if len(rounds) == 1:
        if not _below(first.passed, first.drawn, settings.pass_pct):
            return answer(Step.PASS, Why.PASSED, judged=(first.passed, first.drawn))
        if left > 0:  # R-QC-2: 加抽 another sample_pct, at most what is left
            return answer(
                Step.DRAW,
                Why.BELOW_PASS,
                min(size, left),
                judged=(first.passed, first.drawn),
                capped=size > left,
            )
    # Judged on every unit drawn so far: rounds 1 and 2, or round 1 alone when
    # it drew the whole delivery.
    judged = (passed, inspected)
    if not _below(passed, inspected, settings.pass_pct):
        return answer(Step.PASS, Why.PASSED, judged=judged)
    if _below(passed, inspected, settings.reject_below_pct):
        return answer(Step.REJECT_ALL, Why.BELOW_REJECT, judged=judged)
    if left == 0:  # every unit was drawn already: the full inspection is done
        return answer(Step.INSPECTED, Why.ALL_INSPECTED, judged=judged)
    return answer(Step.INSPECT_ALL, Why.BETWEEN, left, judged=judged)


def check_round(
    delivered: int, rounds: Sequence[QcRound], drawn: int, passed: int, settings: QcSection
) -> QcNext:
    """Refuse a round the rule did not ask for; returns the step it answers."""
    step = next_step(delivered, rounds, settings)
    if step.final:
        raise QcRefused("this SKU has its outcome", reason="finished", step=step.step.value)
    if drawn != step.units:
        raise QcRefused(
            f"{step.units} units are to be inspected, not {drawn}",
            reason="wrong_drawn",
            expected=step.units,
            drawn=drawn,
        )
    if not 0 <= passed <= drawn:
        raise QcRefused(
            f"passed must be 0..{drawn}", reason="passed_out_of_range", drawn=drawn, passed=passed
        )
    return step


def percent_text(passed: int, drawn: int) -> str:
    """77.8% for 7/9: one decimal, rounded to the nearest, except that a rate
    below a whole percent never reads as it (69.96% is "69.9%", not "70.0%";
    the thresholds are whole percents)."""
    if not drawn:
        return "-"
    exact = Fraction(passed * 1000, drawn)  # in tenths of a percent
    tenths = int(exact + Fraction(1, 2))
    if tenths % 10 == 0 and tenths > exact:
        tenths -= 1
    return f"{tenths // 10}.{tenths % 10}%"
