"""Domain error codes turned into the user's language.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from app.errors import DomainError
from ui.floor_errors import floor_error_text
from ui.labels import job_state_label, label_kind_label
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
    floor = floor_error_text(code, p)  # picking, sorting, verify, pack, weigh
    if floor is not None:
        return floor
    back_office = _back_office_text(error)
    if back_office is not None:
        return back_office
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
    if code == "server_needed":
        return QCoreApplication.translate(
            "DomainError",
            "This step needs the shared server (auditing, cutting batches, stock hand-overs), "
            "and it cannot be reached now. Nothing was changed. Verifying, packing, weighing "
            "and printing go on offline.",
        )
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


BOOKS_CODES = frozenset(
    {
        "day_unposted",
        "day_closed",
        "sample_stock_short",
        "sample_returned",
        "correction_not_bookable",
    }
)


def _back_office_text(error: DomainError) -> str | None:
    """The back office's own codes (each area answers only its codes, so one
    area's wording never shows on another's screen)."""
    from ui.books_errors import books_error_text
    from ui.qc_errors import qc_error_text
    from ui.receiving_errors import RECEIVING_CODES, receiving_error_text
    from ui.stock_errors import stock_error_text

    code, p = error.code, error.params
    if code in BOOKS_CODES:
        return books_error_text(code, p)
    stock = stock_error_text(code, p)
    if stock is not None:
        return stock
    if code in RECEIVING_CODES:
        return receiving_error_text(code, p)
    if code in ("return_refused", "supplier_return_refused", "off_sale_refused"):
        from ui.returns_errors import returns_error_text

        return returns_error_text(error)
    return qc_error_text(code, p)
