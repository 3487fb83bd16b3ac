"""The stock operations' domain errors in the user's language (R-STK-1..4):
transfers, counts, damaged goods, reservations. :func:`stock_error_text`
answers for the stock codes (and a warehouse, zone or reservation not found)
and None for any other, so :func:`ui.errors.error_text` can ask here first;
:func:`document_error_text` words the documents' signature codes with the
stock capacities, for the stock screen.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from ui.qt import QCoreApplication


def stock_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a stock operation's own error codes (and a warehouse, zone
    or reservation not found); None for any other code."""
    if code == "insufficient_stock":
        return (
            QCoreApplication.translate(
                "DomainError", "%1 has only %2 of %3 to spare, not %4. Nothing was changed."
            )
            .replace("%1", str(p.get("where", "")))
            .replace("%2", str(p.get("available", "")))
            .replace("%3", str(p.get("sku", "")))
            .replace("%4", str(p.get("wanted", "")))
        )
    if code == "bin_not_in_zone":
        return (
            QCoreApplication.translate(
                "DomainError",
                "Bin %1 is not in zone %2, the zone being counted: count it in its own zone.",
            )
            .replace("%1", str(p.get("bin", "")))
            .replace("%2", str(p.get("zone", "")))
        )
    if code == "bin_not_in_warehouse":
        return (
            QCoreApplication.translate("DomainError", "Bin %1 is not in warehouse %2.")
            .replace("%1", str(p.get("bin", "")))
            .replace("%2", str(p.get("warehouse", "")))
        )
    if code == "stock_op_refused":
        return _refused(p)
    if code == "not_found":
        return _not_found(p)
    return None


def document_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for the documents' own codes (signatures, a posted document, no
    such document) naming the stock capacities (sender, receiver …); the
    stock screen asks here after :func:`stock_error_text`."""
    if code == "signatures_missing":
        missing = p.get("missing")
        names = [capacity_text(str(c)) for c in missing] if isinstance(missing, list) else []
        return QCoreApplication.translate("DomainError", "Still to sign: %1.").replace(
            "%1", "、".join(names)
        )
    if code == "signature_refused":
        return _signature(p)
    if code == "wrong_document_state":
        return QCoreApplication.translate(
            "DomainError", "%1 is posted already: it is never changed."
        ).replace("%1", str(p.get("number", "")))
    if code == "not_found" and p.get("kind") == "document":
        return QCoreApplication.translate("DomainError", "No document %1.").replace(
            "%1", str(p.get("ref", ""))
        )
    return None


def _refused(p: dict[str, object]) -> str:
    reason = str(p.get("reason", ""))
    number, state = str(p.get("number", "")), str(p.get("state", ""))
    if reason == "bin_not_scanned":
        return QCoreApplication.translate(
            "DomainError", "Scan bin %1 first, then its items."
        ).replace("%1", str(p.get("bin", "")))
    if reason == "below_zero":
        return QCoreApplication.translate(
            "DomainError", "A count is never below zero: %1 was not counted that often here."
        ).replace("%1", str(p.get("sku", "")))
    if reason == "implausible":
        return (
            QCoreApplication.translate(
                "DomainError", "%1 units of %2 in one bin is not plausible: count again."
            )
            .replace("%1", str(p.get("counted", "")))
            .replace("%2", str(p.get("sku", "")))
        )
    if reason == "wrong_kind":
        return QCoreApplication.translate("DomainError", "%1 is another kind of document.").replace(
            "%1", number
        )
    if reason == "wrong_state":
        return QCoreApplication.translate(
            "DomainError", "This is %1 already: that step is over."
        ).replace("%1", state_text(state))
    if reason == "bin_kind":
        return QCoreApplication.translate(
            "DomainError", "%1 is no pick or reserve bin: the goods go where they are sold from."
        ).replace("%1", str(p.get("bin", "")))
    texts = {
        "same_warehouse": QCoreApplication.translate(
            "DomainError", "A transfer goes to the other warehouse: choose two warehouses."
        ),
        "sender_first": QCoreApplication.translate(
            "DomainError", "The sender signs first, when the goods leave; then the receiver."
        ),
        "to_bin_missing": QCoreApplication.translate(
            "DomainError", "Receiver: scan the bin the goods go to, then sign."
        ),
        "count_finished": QCoreApplication.translate(
            "DomainError", "This count is finished: no more scans. Start a new count."
        ),
        "count_not_finished": QCoreApplication.translate(
            "DomainError",
            "The count is blind until it is finished: finish it to see the variances.",
        ),
        "reason_missing": QCoreApplication.translate(
            "DomainError", "Give the reason first (what happened, what is wrong)."
        ),
        "nothing_to_do": QCoreApplication.translate(
            "DomainError", "These goods are in the defective store already."
        ),
        "expired": QCoreApplication.translate(
            "DomainError", "Not claimed in time: the goods are back on normal sale."
        ),
    }
    return texts.get(reason) or QCoreApplication.translate("DomainError", "Refused: %1.").replace(
        "%1", reason
    )


def state_text(state: str) -> str:
    """A document's or a reservation's state in words."""
    texts = {
        "draft": QCoreApplication.translate("DomainError", "open"),
        "posted": QCoreApplication.translate("DomainError", "posted"),
        "cancelled": QCoreApplication.translate("DomainError", "cancelled"),
        "held": QCoreApplication.translate("DomainError", "held"),
        "claimed": QCoreApplication.translate("DomainError", "claimed"),
        "released": QCoreApplication.translate("DomainError", "back on sale"),
    }
    return texts.get(state, state)


def capacity_text(capacity: str) -> str:
    texts = {
        "sender": QCoreApplication.translate("DomainError", "the sender (发货仓管)"),
        "receiver": QCoreApplication.translate("DomainError", "the receiver (收货仓管)"),
        "keeper": QCoreApplication.translate("DomainError", "the keeper (保管员)"),
        "supervisor": QCoreApplication.translate("DomainError", "the supervisor (仓库主管)"),
        "qc": QCoreApplication.translate("DomainError", "QC (质检)"),
    }
    return texts.get(capacity, capacity)


def _signature(p: dict[str, object]) -> str:
    who = capacity_text(str(p.get("capacity", "")))
    reason = p.get("reason")
    if reason == "same_person":
        return QCoreApplication.translate(
            "DomainError", "One person signs once: %1 must be someone else."
        ).replace("%1", who)
    if reason == "already_signed":
        return QCoreApplication.translate("DomainError", "%1 has signed already.").replace(
            "%1", who
        )
    if reason == "role":
        return QCoreApplication.translate("DomainError", "Your role may not sign as %1.").replace(
            "%1", who
        )
    if reason == "inactive":
        return QCoreApplication.translate(
            "DomainError", "This account is disabled: it cannot sign."
        )
    return QCoreApplication.translate("DomainError", "No signature as %1 is needed here.").replace(
        "%1", who
    )


def _not_found(p: dict[str, object]) -> str | None:
    ref = str(p.get("ref", ""))
    texts = {
        "warehouse": QCoreApplication.translate("DomainError", "No warehouse %1."),
        "zone": QCoreApplication.translate("DomainError", "No zone %1 in this warehouse."),
        "reservation": QCoreApplication.translate(
            "DomainError", "That reservation is gone: refresh the list."
        ),
    }
    kind = str(p.get("kind", ""))
    return texts[kind].replace("%1", ref) if kind in texts else None
