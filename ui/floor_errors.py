"""The floor stations' domain errors in the user's language: picking and
secondary sort (R-BAT-3,4), and the verify, pack and weigh stations (R-VER,
R-PAK, R-WEI). :func:`ui.errors.error_text` asks here first.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ui.labels import held_reason_text, status_label
from ui.qt import QCoreApplication


def floor_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a floor station's error code; None for any other code."""
    if code == "not_on_pick_list":
        return _pick_text(p)
    if code == "sort_refused":
        return _sort_text(p)
    if code in _SHIP_STEP_CODES:  # the verify, pack and weigh stations (R-VER-1,2)
        return _ship_step_text(code, p)
    if code == "pack_stop":  # the pack station (R-PAK-1,2)
        return _pack_stop_text(p)
    if code == "weigh_stop":  # the weigh station (R-WEI-3)
        return _weigh_stop_text(p)
    return None


def _pick_text(p: dict[str, object]) -> str:
    """A refused pick scan (R-BAT-3): the bin or the item is not on the list."""
    code, sku = str(p.get("code", "")), str(p.get("sku", ""))
    if p.get("what") == "bin":
        text = QCoreApplication.translate(
            "DomainError", "Bin %1 is not on this pick list: nothing is picked from it."
        )
        return text.replace("%1", code)
    if p.get("reason") == "all_picked":
        left = int(str(p.get("left", 0)) or 0)
        if left:
            text = QCoreApplication.translate(
                "DomainError", "Only %2 of %1 are left to pick from this bin."
            )
            return text.replace("%1", sku).replace("%2", str(left))
        text = QCoreApplication.translate(
            "DomainError", "%1 from this bin is picked already: put this one back."
        )
        return text.replace("%1", sku)
    text = QCoreApplication.translate(
        "DomainError", "%1 is not to be picked from this bin: wrong item or wrong bin."
    )
    return text.replace("%1", sku or code)


def _sort_text(p: dict[str, object]) -> str:
    """A refused secondary-sort scan (二次分拣, R-BAT-3), by its reason."""
    texts = {
        "not_multi": QCoreApplication.translate(
            "DomainError",
            "This batch holds single-item orders: it needs no secondary sort.",
        ),
        "not_in_batch": QCoreApplication.translate(
            "DomainError", "%1 belongs to no order in this batch: put it aside."
        ),
        "all_sorted": QCoreApplication.translate(
            "DomainError", "Every order in this batch already has its %1: this one is extra."
        ),
        "not_picked": QCoreApplication.translate(
            "DomainError", "More %1 scanned than were picked: pick it first."
        ),
        "nothing_to_undo": QCoreApplication.translate(
            "DomainError", "Nothing to undo: you have sorted nothing in this batch."
        ),
    }
    reason = str(p.get("reason", ""))
    if reason not in texts:
        return QCoreApplication.translate("DomainError", "This item cannot be sorted.")
    return texts[reason].replace("%1", str(p.get("sku", "")))


# --- verify station and the steps every ship station shares (R-VER-1,2) ---

_SHIP_STEP_CODES = ("verify_stop", "wrong_order_state", "already_done", "order_changed")


def _ship_step_text(code: str, p: dict[str, object]) -> str:
    order_no = str(p.get("order_no", ""))
    if code == "verify_stop":
        return _verify_stop_text(p)
    if code == "wrong_order_state":
        return _wrong_order_state_text(p)
    if code == "already_done":
        return _already_done_text(p)
    text = QCoreApplication.translate(
        "DomainError",
        "Order %1 was changed at another station meanwhile; nothing was changed here. Scan it again.",
    )
    return text.replace("%1", order_no)


def _document_name(document: str) -> str:
    names = {
        "delivery_note": QCoreApplication.translate("DomainError", "the delivery note (发货单)"),
        "waybill": QCoreApplication.translate("DomainError", "the waybill (快递单)"),
    }
    return names.get(document, document)


def missing_list_text(missing: object) -> str:
    """``[(sku, n), ...]`` as "T1-250 × 1, C1-1 × 2" (漏配)."""
    items = missing if isinstance(missing, list | tuple) else []
    return ", ".join(f"{sku} × {n}" for sku, n in items)


def _verify_stop_text(p: dict[str, object]) -> str:
    """Why the verify station stopped the order (R-VER-1,2), by ``reason``."""
    reason = str(p.get("reason", ""))
    order_no = str(p.get("order_no", ""))
    if reason == "document_mismatch":  # R-VER-1
        text = QCoreApplication.translate(
            "DomainError",
            "Wrong document: it belongs to order %1, not to order %2. The delivery note and the waybill must be of the same order.",
        )
        return text.replace("%1", str(p.get("other_order", ""))).replace("%2", order_no)
    if reason == "wrong_item":  # 错配
        text = QCoreApplication.translate(
            "DomainError", "Wrong item (错配): %1 is not in order %2. Take it out."
        )
        return text.replace("%1", str(p.get("code", ""))).replace("%2", order_no)
    if reason == "extra_item":  # 多配
        text = QCoreApplication.translate(
            "DomainError",
            "One too many (多配): order %2 has only %3 × %1, all scanned. Take this one out.",
        )
        values = (str(p.get("sku", "")), order_no, str(p.get("expected", "")))
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        return text
    if reason == "missing_items":  # 漏配
        text = QCoreApplication.translate(
            "DomainError",
            "Items missing (漏配) from order %2: %1. Scan them, or set the order aside.",
        )
        return text.replace("%1", missing_list_text(p.get("missing"))).replace("%2", order_no)
    if reason == "documents_missing":
        missing = p.get("missing")
        documents = missing if isinstance(missing, list | tuple) else []
        text = QCoreApplication.translate(
            "DomainError", "Scan %1 of order %2 too before confirming."
        )
        names = QCoreApplication.translate("DomainError", " and ").join(
            _document_name(str(d)) for d in documents
        )
        return text.replace("%1", names).replace("%2", order_no)
    if reason == "unknown_code":
        text = QCoreApplication.translate(
            "DomainError",
            "Unknown code %1: not an item, delivery note or waybill. Nothing changed.",
        )
        return text.replace("%1", str(p.get("code", "")))
    if reason == "nothing_to_undo":
        return QCoreApplication.translate(
            "DomainError", "Nothing to undo: no item of this order is scanned."
        )
    return QCoreApplication.translate("DomainError", "The order is stopped at verification.")


def _wrong_order_state_text(p: dict[str, object]) -> str:
    """The order is not at this step: which step, its state, why it is held."""
    step, order_no = str(p.get("step", "")), str(p.get("order_no", ""))
    if step == "pack" and p.get("prepacked"):
        text = QCoreApplication.translate(
            "DomainError", "Order %1 is pre-packed: it skips packing. Take it to the scale."
        )
        return text.replace("%1", order_no)
    texts = {
        "verify": QCoreApplication.translate(
            "DomainError", "Order %1 cannot be verified (state: %2)."
        ),
        "pack": QCoreApplication.translate("DomainError", "Order %1 cannot be packed (state: %2)."),
        "weigh": QCoreApplication.translate(
            "DomainError", "Order %1 cannot be weighed (state: %2)."
        ),
    }
    text = texts.get(step) or QCoreApplication.translate(
        "DomainError", "Order %1 cannot go on here (state: %2)."
    )
    text = text.replace("%1", order_no).replace("%2", status_label(str(p.get("status", ""))))
    held = str(p.get("held_reason") or "")
    if p.get("status") == "held" and held:
        reason = QCoreApplication.translate("DomainError", "Held because: %1.")
        text += " " + reason.replace("%1", held_reason_text(held))
    return text


def local_time_text(at: object) -> str:
    """An aware (or UTC-naive) datetime as the station's local HH:MM; with the
    date when it is not today."""
    if not isinstance(at, datetime):
        return "?"
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    if local.date() == datetime.now(local.tzinfo).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def _already_done_text(p: dict[str, object]) -> str:
    """Who did the step, at which station, when: a second station says so."""
    texts = {
        "verified": QCoreApplication.translate(
            "DomainError", "Order %1 was already verified by %2 at station %3 at %4."
        ),
        "packed": QCoreApplication.translate(
            "DomainError", "Order %1 was already packed by %2 at station %3 at %4."
        ),
        "weighed": QCoreApplication.translate(
            "DomainError", "Order %1 was already weighed by %2 at station %3 at %4."
        ),
    }
    step = str(p.get("step", ""))
    text = texts.get(step) or QCoreApplication.translate(
        "DomainError", "Order %1 is past this step (state: %5), by %2 at station %3 at %4."
    )
    values = (
        str(p.get("order_no", "")),
        str(p.get("by", "?")),
        str(p.get("station", "?")),
        local_time_text(p.get("at")),
        status_label(step),
    )
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


# --- pack and weigh stations (R-PAK-1,2, R-WEI-3) ---


def _pack_stop_text(p: dict[str, object]) -> str:
    """Why the pack station stopped (R-PAK-1,2), by ``reason``."""
    reason = str(p.get("reason", ""))
    order_no = str(p.get("order_no", ""))
    if reason == "document_mismatch":  # R-PAK-1
        text = QCoreApplication.translate(
            "DomainError",
            "STOP: this document belongs to order %1, not to order %2. The waybill and the delivery note must be of the same order: do not seal.",
        )
        return text.replace("%1", str(p.get("other_order", ""))).replace("%2", order_no)
    if reason == "documents_missing":
        missing = p.get("missing")
        documents = missing if isinstance(missing, list | tuple) else []
        text = QCoreApplication.translate("DomainError", "Scan %1 too before sealing (R-PAK-1).")
        names = QCoreApplication.translate("DomainError", " and ").join(
            _document_name(str(d)) for d in documents
        )
        return text.replace("%1", names)
    if reason == "not_a_material":
        text = QCoreApplication.translate(
            "DomainError",
            "%1 is not packing material (carton, bubble wrap, tape): nothing was added.",
        )
        return text.replace("%1", str(p.get("code", "")))
    return QCoreApplication.translate("DomainError", "The parcel cannot be sealed.")


def _weigh_stop_text(p: dict[str, object]) -> str:
    """Why the weigh station refused (R-WEI-3), by ``reason``."""
    texts = {
        "approval_needed": QCoreApplication.translate(
            "DomainError",
            "A supervisor must approve: the supervisor scans their badge first.",
        ),
        "reason_needed": QCoreApplication.translate(
            "DomainError", "Type the reason for the override, then Enter."
        ),
        "not_held_for_weight": QCoreApplication.translate(
            "DomainError",
            "This parcel is not held for its weight: there is nothing to approve.",
        ),
    }
    reason = str(p.get("reason", ""))
    return texts.get(reason) or QCoreApplication.translate(
        "DomainError", "The parcel cannot be weighed."
    )
