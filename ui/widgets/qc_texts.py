"""What the QC screen says for a SKU's next step, in the user's language: a
big instruction ("Draw 5 units") and the rule behind it ("10% of 45, rounded
up (R-QC-1)"), or the verdict with its rate. Each text is one literal inside
``translate`` so lupdate finds it."""

from __future__ import annotations

from app.backoffice_settings import QcSection
from app.services.qc import SkuQc
from app.services.qc_rules import Step
from app.services.qc_slips import SlipInfo
from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("QcTexts", text)


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def step_texts(sku: SkuQc, settings: QcSection) -> tuple[str, str]:
    """(instruction, why) for the SKU's next step or outcome."""
    step = sku.next
    if sku.rejected_with_delivery:
        return (
            _t("The whole delivery goes back"),
            _t("Another item's pass rate sent it back: nothing more to inspect (R-QC-3)."),
        )
    if step.step is Step.DRAW and step.round_no == 1:
        why = _fill(_t("%1% of %2, rounded up (R-QC-1)"), settings.sample_pct, step.delivered)
        return _fill(_t("Draw %1 units"), step.units), why
    if step.step is Step.DRAW:
        why = _fill(
            _t("Pass rate %1 is below %2%: another %3% of %4 (R-QC-2)"),
            step.rate_text, settings.pass_pct, settings.sample_pct, step.delivered,
        )  # fmt: skip
        if step.capped:
            why += " · " + _fill(_t("only %1 left"), step.units)
        return _fill(_t("Draw %1 more units"), step.units), why
    if step.step is Step.INSPECT_ALL:
        why = _fill(
            _t("Pass rate %1: from %2% up to below %3% every unit is inspected (R-QC-4)"),
            step.rate_text, settings.reject_below_pct, settings.pass_pct,
        )  # fmt: skip
        return _fill(_t("Inspect every unit: %1 not yet drawn"), step.units), why
    if step.step is Step.REJECT_ALL:
        return (
            _t("Reject the whole delivery"),
            _fill(
                _t(
                    "Pass rate %1 is below %2%: report to the general manager's office "
                    "and return everything to the supplier (R-QC-3)"
                ),
                step.rate_text,
                settings.reject_below_pct,
            ),
        )
    rate = _fill(_t("Pass rate %1"), step.rate_text)
    if step.step is Step.PASS and not step.defective:
        return _t("Passed: the goods go to their bin"), rate + " (R-QC-1)"
    if step.step is Step.PASS:
        return (
            _fill(_t("Passed: %1 defective units go to the defective store"), step.defective),
            rate + " (R-QC-5)",
        )
    return (
        _fill(_t("Inspected: %1 defective of %2"), step.defective, step.delivered),
        _t("The defective units go back to the supplier, the rest to their bin (R-QC-4,5)"),
    )


def status_text(sku: SkuQc) -> str:
    """The SKU's column in the table: what is next, short."""
    step = sku.next
    if sku.rejected_with_delivery or step.step is Step.REJECT_ALL:
        return _t("rejected")
    texts = {
        Step.DRAW: _fill(_t("draw %1"), step.units),
        Step.INSPECT_ALL: _fill(_t("inspect %1"), step.units),
        Step.PASS: _t("passed"),
        Step.INSPECTED: _fill(_t("inspected, %1 defective"), step.defective),
    }
    return texts[step.step]


def slip_text(slip: SlipInfo) -> str:
    """One transfer slip (移库单, R-QC-5): what it moves and who still signs."""
    lines = ", ".join(f"{ln.sku_code} × {ln.quantity}" for ln in slip.lines)
    to = next((ln.to_code for ln in slip.lines if ln.to_code), "")
    head = _fill(_t("Transfer slip %1: %2 → %3"), slip.number, lines, to)
    if slip.state == "posted":
        return head + " · " + _t("posted")
    names = {"qc": _t("QC"), "keeper": _t("keeper")}
    signed = ", ".join(f"{names.get(c, c)} {n}" for c, n in slip.signed)
    missing = ", ".join(names.get(c, c) for c in slip.missing)
    parts = [head]
    if signed:
        parts.append(_fill(_t("signed: %1"), signed))
    parts.append(_fill(_t("scan the badge of: %1"), missing))
    return " · ".join(parts)
