"""The QC station's domain errors in the user's language (R-QC-1..5, R-NEW-3).

- :func:`qc_error_text`: the QC codes (a round the rule did not ask for, a
  transfer slip that cannot be posted, a new product's measurement); None for
  any other code, so :func:`ui.errors.error_text` can ask here first.
- :func:`qc_station_text`: what the QC screen says besides, where the QC
  context makes a shared code clearer (a refused signature on the transfer
  slip, a document number not found).

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("DomainError", text)


def qc_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a QC error code; None for any other code."""
    if code == "qc_refused":
        return _qc_refused(p)
    if code == "defect_move_refused":
        if p.get("reason") == "short":
            return (
                _t("Only %1 of %2 are at %3: the slip moves %4. Count them again.")
                .replace("%1", str(p.get("on_hand", "")))
                .replace("%2", str(p.get("sku", "")))
                .replace("%3", str(p.get("location", "")))
                .replace("%4", str(p.get("quantity", "")))
            )
        return _t(
            "%1 is not booked in yet: post the inbound order first, then sign the slip."
        ).replace("%1", str(p.get("sku", "")))
    if code == "not_found" and p.get("kind") == "new_product":
        return _t("%1 is not a new product: nothing to measure.").replace(
            "%1", str(p.get("ref", ""))
        )
    if code == "invalid_input" and p.get("field") == "measurements":
        if p.get("reason") == "format":
            return _t("Line %1: write each measurement as name: value.").replace(
                "%1", str(p.get("line", ""))
            )
        if p.get("reason") == "too_long":
            return _t("A measurement is too long: a short name and value, please.")
        return _t("Type at least one measurement, each as name: value.")
    return None


def qc_station_text(code: str, p: dict[str, object]) -> str | None:
    """At the QC screen: the QC codes, and shared codes in QC's words."""
    if code == "signature_refused":
        return _signature_refused(p)
    if code == "not_found" and p.get("kind") == "document":
        return _t("No document %1.").replace("%1", str(p.get("ref", "")))
    return qc_error_text(code, p)


def _qc_refused(p: dict[str, object]) -> str:
    reason = p.get("reason")
    if reason == "wrong_drawn":
        return (
            _t("The rule asks for %1 units in this round, not %2.")
            .replace("%1", str(p.get("expected", "")))
            .replace("%2", str(p.get("drawn", "")))
        )
    if reason == "passed_out_of_range":
        return _t("The defective units cannot be more than the %1 drawn.").replace(
            "%1", str(p.get("drawn", ""))
        )
    texts = {
        "nothing_delivered": _t("Nothing of this item was signed for: nothing to inspect."),
        "finished": _t("This item's QC is finished already."),
        "not_inbound": _t("%1 is not an inbound order (入库单)."),
        "not_on_document": _t("%1 is not on this delivery."),
        "rejected": _t("%1 was rejected whole: nothing more to inspect (R-QC-3)."),
        "wrong_state": _t("%1 is cancelled."),
    }
    text = texts.get(str(reason), _t("QC refused this."))
    return text.replace("%1", str(p.get("sku") or p.get("number") or ""))


def _signature_refused(p: dict[str, object]) -> str:
    texts = {
        "role": _t("This badge may not sign here: QC and a keeper sign the slip."),
        "same_person": _t("One person signs once: the second signature is someone else's."),
        "already_signed": _t("This slip is signed in that capacity already."),
        "inactive": _t("This account is disabled."),
        "not_needed": _t("No signature of that kind is needed here."),
    }
    return texts.get(str(p.get("reason")), _t("The signature was refused."))
