"""Domain error codes turned into the user's language.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.errors import DomainError
from ui.labels import held_reason_text, job_state_label, label_kind_label, status_label
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


def error_text(error: DomainError) -> str:
    """A sentence for the user; falls back to the code and English message."""
    p = error.params
    code = error.code
    if code == "login_failed":
        if "remaining" in p:
            text = QCoreApplication.translate(
                "DomainError",
                "Wrong user name or PIN. %1 attempt(s) left before the account locks.",
            )
            return text.replace("%1", str(p["remaining"]))
        return QCoreApplication.translate(
            "DomainError", "Wrong user name or PIN, or unknown badge."
        )
    if code == "account_locked":
        until = p.get("until")
        when = until.astimezone().strftime("%H:%M") if until is not None else "?"
        text = QCoreApplication.translate(
            "DomainError",
            "This account is locked until %1 after too many wrong PINs. A supervisor can unlock it.",
        )
        return text.replace("%1", when)
    if code == "account_inactive":
        return QCoreApplication.translate("DomainError", "This account is disabled.")
    if code == "permission_denied":
        return QCoreApplication.translate("DomainError", "Your role does not allow this.")
    if code == "already_exists":
        if p.get("field") == "badge_code":
            return QCoreApplication.translate("DomainError", "That badge belongs to another user.")
        if p.get("field") == "name":
            text = QCoreApplication.translate(
                "DomainError", "A printer named %1 already exists at this station."
            )
            return text.replace("%1", str(p.get("value", "")))
        return QCoreApplication.translate("DomainError", "User %1 already exists.").replace(
            "%1", str(p.get("value", ""))
        )
    if code == "invalid_input":
        field = p.get("field")
        if field == "pin":
            return QCoreApplication.translate("DomainError", "A PIN is 4 to 12 digits.")
        if field == "roles":
            return QCoreApplication.translate("DomainError", "Choose at least one role.")
        if field in ("username", "full_name"):
            return QCoreApplication.translate(
                "DomainError", "User name and full name are required."
            )
        if field == "reason":
            return QCoreApplication.translate(
                "DomainError", "A reprint (补打) needs a reason: type why it is printed again."
            )
        if field == "copies":
            return QCoreApplication.translate("DomainError", "Copies must be 1 to 999.")
        if field == "station":
            return QCoreApplication.translate("DomainError", "Printing needs a station.")
        if field == "printer_id":
            return QCoreApplication.translate("DomainError", "That printer is switched off.")
        if field in ("name", "address", "kind", "language", "dpi", "label_kind"):
            return _printer_field_text(field)
        return QCoreApplication.translate("DomainError", "Invalid input.")
    if code == "not_found":
        return _not_found(p)
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
    if code == "no_waybill":
        text = QCoreApplication.translate(
            "DomainError",
            "Order %1 has no waybill number yet: get it from the courier (import it again with the waybill column) before printing the e-waybill.",
        )
        return text.replace("%1", str(p.get("order_no", "")))
    if code in ("already_printed", "no_default_printer", "wrong_job_state", "order_not_paid"):
        return _printing_text(code, p)
    if code == "schema_too_new":
        text = QCoreApplication.translate(
            "DomainError",
            "The database was written by a newer version of Warehouse Station (schema %1). Update this program; the database was not changed.",
        )
        return text.replace("%1", str(p.get("revision", "")))
    if code == "database_unavailable":
        return QCoreApplication.translate(
            "DomainError",
            "The database cannot be reached or is busy. Try again; nothing was saved.",
        )
    return f"{code}: {error}"


def _not_found(p: dict[str, object]) -> str:
    ref = str(p.get("ref", ""))
    texts = {
        "order": QCoreApplication.translate("DomainError", "No order or waybill %1."),
        "product": QCoreApplication.translate("DomainError", "No product with SKU or barcode %1."),
        "bin": QCoreApplication.translate("DomainError", "No bin %1."),
        "batch": QCoreApplication.translate("DomainError", "No ship batch %1."),
        "document": QCoreApplication.translate(
            "DomainError", "No order has the delivery note or waybill %1."
        ),
    }
    what = str(p.get("what", p.get("kind", "")))  # labels say what=, picking kind=
    if what in texts:
        return texts[what].replace("%1", ref)
    if "job_id" in p:
        return QCoreApplication.translate("DomainError", "That print job is not at this station.")
    if "printer_id" in p:
        return QCoreApplication.translate("DomainError", "That printer is not at this station.")
    return QCoreApplication.translate("DomainError", "Not found.")


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


def _printing_text(code: str, p: dict[str, object]) -> str:
    state = job_state_label(str(p.get("state", "")))
    if code == "already_printed":
        if p.get("state") in ("queued", "sending"):
            text = QCoreApplication.translate(
                "DomainError", "This label is already in the print queue (%1); it prints once."
            )
        else:
            text = QCoreApplication.translate(
                "DomainError",
                "This label was printed already (%1). To print it again, reprint (补打) the job selected in the queue and give a reason.",
            )
        return text.replace("%1", state)
    if code == "no_default_printer":
        text = QCoreApplication.translate(
            "DomainError",
            "No printer is set for %1 at this station. A supervisor sets one under printers.",
        )
        return text.replace("%1", label_kind_label(str(p.get("label_kind", ""))))
    if code == "wrong_job_state":
        if p.get("action") == "reprint":
            text = QCoreApplication.translate(
                "DomainError",
                "Only a printed job can be reprinted; this one is %1. Retry it instead.",
            )
        elif p.get("action") == "retry":
            text = QCoreApplication.translate(
                "DomainError", "This job is %1: only a failed or waiting job can be retried."
            )
        else:
            text = QCoreApplication.translate(
                "DomainError", "This job is %1: only a failed or waiting job can be cancelled."
            )
        return text.replace("%1", state)
    text = QCoreApplication.translate(
        "DomainError",
        "Order %1 is not paid yet: it cannot be printed or shipped until the payment is confirmed (R-ORD-1).",
    )
    return text.replace("%1", str(p.get("order_no", "")))


def _printer_field_text(field: str) -> str:
    texts = {
        "name": QCoreApplication.translate("DomainError", "A printer needs a name."),
        "address": QCoreApplication.translate(
            "DomainError", "A printer needs an address (see the hint under the field)."
        ),
        "kind": QCoreApplication.translate("DomainError", "Unknown printer connection."),
        "language": QCoreApplication.translate("DomainError", "Unknown printer language."),
        "dpi": QCoreApplication.translate("DomainError", "The dpi must be 100 to 1200."),
        "label_kind": QCoreApplication.translate("DomainError", "Unknown label kind."),
    }
    return texts[field]


def printer_error_text(code: str, detail: str = "") -> str:
    """A failed printer or status request (``PrinterError.code``) in the user's language."""
    texts = {
        "refused": QCoreApplication.translate(
            "PrinterError", "Connection refused: the printer is off or the port is wrong."
        ),
        "unreachable": QCoreApplication.translate(
            "PrinterError",
            "Cannot reach the printer: nothing answers at that address (check the network, cable or port).",
        ),
        "bad_address": QCoreApplication.translate(
            "PrinterError",
            "The address cannot be used: unknown host, or not in the form host:port.",
        ),
        "timeout": QCoreApplication.translate(
            "PrinterError",
            "No response: the printer did not answer in time (some printers go silent in an error state).",
        ),
        "disconnected": QCoreApplication.translate(
            "PrinterError", "The printer dropped the connection."
        ),
        "rejected": QCoreApplication.translate(
            "PrinterError", "The printer or the spooler refused the job."
        ),
        "write_failed": QCoreApplication.translate("PrinterError", "The folder cannot be written."),
        "unsupported": QCoreApplication.translate(
            "PrinterError",
            "This printer does not support status queries (only ZPL and TSPL printers on the network or a serial port answer).",
        ),
    }
    return texts.get(code, f"{code}: {detail}")


_PRINTER_PROBLEMS = {
    "paper_out": QT_TRANSLATE_NOOP("PrinterStatus", "paper out"),
    "paper_jam": QT_TRANSLATE_NOOP("PrinterStatus", "paper jam"),
    "head_open": QT_TRANSLATE_NOOP("PrinterStatus", "print head open"),
    "cover_open": QT_TRANSLATE_NOOP("PrinterStatus", "cover open"),
    "ribbon_out": QT_TRANSLATE_NOOP("PrinterStatus", "ribbon out"),
    "paused": QT_TRANSLATE_NOOP("PrinterStatus", "paused"),
    "buffer_full": QT_TRANSLATE_NOOP("PrinterStatus", "buffer full"),
    "over_temperature": QT_TRANSLATE_NOOP("PrinterStatus", "overheated"),
    "under_temperature": QT_TRANSLATE_NOOP("PrinterStatus", "too cold"),
    "ram_corrupt": QT_TRANSLATE_NOOP("PrinterStatus", "memory error"),
}


def printer_problem_text(problem: str) -> str:
    """One flag of ``PrinterStatus.problems``: "缺纸", "打印头打开" ..."""
    if problem not in _PRINTER_PROBLEMS:
        return problem
    return QCoreApplication.translate("PrinterStatus", str(_PRINTER_PROBLEMS[problem]))
