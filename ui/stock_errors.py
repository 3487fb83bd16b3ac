"""The stock operations' domain errors in the user's language (R-STK-1..4):
transfers, counts, damaged goods, reservations, and the document signatures
they need. :func:`stock_error_text` answers for these codes (and for a not
found warehouse, zone, reservation or document) and None for any other, so
:func:`ui.errors.error_text` can ask here first.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("DomainError", text)


def stock_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a stock operation's error code; None for any other code."""
    if code == "insufficient_stock":
        return (
            _t("%1 has only %2 of %3 to spare, not %4. Nothing was changed.")
            .replace("%1", str(p.get("where", "")))
            .replace("%2", str(p.get("available", "")))
            .replace("%3", str(p.get("sku", "")))
            .replace("%4", str(p.get("wanted", "")))
        )
    if code == "bin_not_in_zone":
        return (
            _t("Bin %1 is not in zone %2, the zone being counted: count it in its own zone.")
            .replace("%1", str(p.get("bin", "")))
            .replace("%2", str(p.get("zone", "")))
        )
    if code == "bin_not_in_warehouse":
        return (
            _t("Bin %1 is not in warehouse %2.")
            .replace("%1", str(p.get("bin", "")))
            .replace("%2", str(p.get("warehouse", "")))
        )
    if code == "stock_op_refused":
        return _refused(p)
    if code == "signatures_missing":
        missing = p.get("missing")
        names = [capacity_text(str(c)) for c in missing] if isinstance(missing, list) else []
        return _t("Still to sign: %1.").replace("%1", "、".join(names))
    if code == "signature_refused":
        return _signature(p)
    if code == "wrong_document_state":
        return _t("%1 is posted already: it is never changed.").replace(
            "%1", str(p.get("number", ""))
        )
    if code == "not_found":
        return _not_found(p)
    return None


def _refused(p: dict[str, object]) -> str:
    reason = str(p.get("reason", ""))
    number, state = str(p.get("number", "")), str(p.get("state", ""))
    if reason == "bin_not_scanned":
        return _t("Scan bin %1 first, then its items.").replace("%1", str(p.get("bin", "")))
    if reason == "below_zero":
        return _t("A count is never below zero: %1 was not counted that often here.").replace(
            "%1", str(p.get("sku", ""))
        )
    if reason == "implausible":
        return (
            _t("%1 units of %2 in one bin is not plausible: count again.")
            .replace("%1", str(p.get("counted", "")))
            .replace("%2", str(p.get("sku", "")))
        )
    if reason == "wrong_kind":
        return _t("%1 is another kind of document.").replace("%1", number)
    if reason == "wrong_state":
        return _t("This is %1 already: that step is over.").replace("%1", state_text(state))
    if reason == "bin_kind":
        return _t("%1 is no pick or reserve bin: the goods go where they are sold from.").replace(
            "%1", str(p.get("bin", ""))
        )
    texts = {
        "same_warehouse": _t("A transfer goes to the other warehouse: choose two warehouses."),
        "sender_first": _t("The sender signs first, when the goods leave; then the receiver."),
        "to_bin_missing": _t("Receiver: scan the bin the goods go to, then sign."),
        "count_finished": _t("This count is finished: no more scans. Start a new count."),
        "count_not_finished": _t(
            "The count is blind until it is finished: finish it to see the variances."
        ),
        "reason_missing": _t("Give the reason first (what happened, what is wrong)."),
        "nothing_to_do": _t("These goods are in the defective store already."),
        "expired": _t("Not claimed in time: the goods are back on normal sale."),
    }
    return texts.get(reason) or _t("Refused: %1.").replace("%1", reason)


def state_text(state: str) -> str:
    """A document's or a reservation's state in words."""
    texts = {
        "draft": _t("open"),
        "posted": _t("posted"),
        "cancelled": _t("cancelled"),
        "held": _t("held"),
        "claimed": _t("claimed"),
        "released": _t("back on sale"),
    }
    return texts.get(state, state)


def capacity_text(capacity: str) -> str:
    texts = {
        "sender": _t("the sender (发货仓管)"),
        "receiver": _t("the receiver (收货仓管)"),
        "keeper": _t("the keeper (保管员)"),
        "supervisor": _t("the supervisor (仓库主管)"),
        "qc": _t("QC (质检)"),
    }
    return texts.get(capacity, capacity)


def _signature(p: dict[str, object]) -> str:
    who = capacity_text(str(p.get("capacity", "")))
    reason = p.get("reason")
    if reason == "same_person":
        return _t("One person signs once: %1 must be someone else.").replace("%1", who)
    if reason == "already_signed":
        return _t("%1 has signed already.").replace("%1", who)
    if reason == "role":
        return _t("Your role may not sign as %1.").replace("%1", who)
    if reason == "inactive":
        return _t("This account is disabled: it cannot sign.")
    return _t("No signature as %1 is needed here.").replace("%1", who)


def _not_found(p: dict[str, object]) -> str | None:
    ref = str(p.get("ref", ""))
    texts = {
        "warehouse": _t("No warehouse %1."),
        "zone": _t("No zone %1 in this warehouse."),
        "reservation": _t("That reservation is gone: refresh the list."),
        "document": _t("No document %1."),
    }
    kind = str(p.get("kind", ""))
    return texts[kind].replace("%1", ref) if kind in texts else None
