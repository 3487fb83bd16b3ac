"""The returns desk's domain errors in the user's language (R-RET-1..3):
returns refused, supplier returns that cannot be posted, SKUs already on
sale, and the signatures and document states of 退货单 and 次品退厂单.
:func:`returns_error_text` answers for these and None for any other code, so
:func:`ui.errors.error_text` can ask here first.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from app.errors import DomainError
from ui.labels import status_label
from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("DomainError", text)


def returns_error_text(error: DomainError) -> str | None:
    """Words for a returns error; None for any other code."""
    code, p = error.code, error.params
    if code == "return_refused":
        return _return_refused(p)
    if code == "supplier_return_refused":
        if p.get("reason") == "unknown_supplier":
            return _t("Nobody knows this slip's supplier: name it (Ctrl+N), then post.")
        return (
            _t("Only %1 of %2 are in %3, the slip sends %4 back: count the defective store.")
            .replace("%1", str(p.get("have", "")))
            .replace("%2", str(p.get("sku", "")))
            .replace("%3", str(p.get("bin", "")))
            .replace("%4", str(p.get("need", "")))
        )
    if code == "off_sale_refused":
        return _t("%1 is on sale already.").replace("%1", str(p.get("sku", "")))
    if code == "signature_refused":
        texts = {
            "role": _t("This person may not sign here: the clerk counts, QC decides."),
            "same_person": _t("One person signs once: the other signature is someone else's."),
            "already_signed": _t("This step is signed already."),
            "inactive": _t("This account is disabled."),
            "not_needed": _t("No signature of that kind is needed here."),
        }
        return texts.get(str(p.get("reason")), _t("The signature was refused."))
    if code == "signatures_missing":
        missing = p.get("missing", ())
        names = (
            ", ".join(capacity_label(str(c)) for c in missing)
            if isinstance(missing, (list, tuple))
            else str(missing)
        )
        return (
            _t("%1 still needs signatures: %2.")
            .replace("%1", str(p.get("number", "")))
            .replace("%2", names)
        )
    if code == "wrong_document_state":
        return _t("%1 is posted or cancelled: it cannot change.").replace(
            "%1", str(p.get("number", ""))
        )
    return None


def capacity_label(capacity: str) -> str:
    """Who signs in that capacity (R-ACC-2)."""
    return {
        "clerk": _t("the clerk"),
        "qc": _t("QC"),
        "keeper": _t("the keeper"),
        "supervisor": _t("the supervisor"),
    }.get(capacity, capacity)


def _return_refused(p: dict[str, object]) -> str:
    reason, sku = str(p.get("reason", "")), str(p.get("sku", ""))
    if reason == "not_shipped":
        return (
            _t("Order %1 was never shipped (it is %2): nothing can come back.")
            .replace("%1", str(p.get("order_no", "")))
            .replace("%2", status_label(str(p.get("status", ""))))
        )
    if reason == "too_many":
        return (
            _t("The order shipped %2 × %1 and %3 came back before: this one is too many.")
            .replace("%1", sku)
            .replace("%2", str(p.get("shipped", "")))
            .replace("%3", str(p.get("returned", "")))
        )
    if reason == "unknown_item":
        return _t("Unknown item %1: nothing counted.").replace("%1", str(p.get("code", "")))
    if reason == "not_in_order":
        return _t("%1 is not in this order: put it aside.").replace("%1", sku)
    if reason == "not_in_return":
        return _t("%1 is not in this return.").replace("%1", sku)
    if reason == "undecided":
        return _t("QC has not decided every unit yet: scan each one with its decision.")
    texts = {
        "count_signed": _t("The count is signed: QC decides now."),
        "qc_signed": _t("QC has signed: nothing changes any more; post it."),
        "not_counted": _t("The clerk signs the count first, then QC decides."),
        "nothing_counted": _t("Nothing counted yet: scan the returned items first."),
        "not_exchange": _t("This is a refund: switch to exchange (Ctrl+E) to send goods."),
        "replacements_exceed": _t(
            "More to send than came back: an exchange sends at most the units accepted."
        ),
        "nothing_to_undo": _t("Nothing to take back."),
        "bad_reason": _t("Choose a reason: Ctrl+1 to Ctrl+4."),
        "bad_decision": _t("Choose a decision: Ctrl+1 to Ctrl+3."),
        "bad_mode": _t("Refund or exchange only."),
    }
    return texts.get(reason, _t("The return was refused."))
