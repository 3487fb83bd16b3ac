"""The books' and samples' domain errors in the user's language (R-ACC-1..4,
R-NEW-2..4). :func:`books_error_text` answers for these codes and None for
any other, so :func:`ui.errors.error_text` (or the books screen) asks here
first.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("BooksError", text)


def books_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a books or samples error code; None for any other code."""
    if code == "day_unposted":
        numbers = p.get("numbers")
        listed = "、".join(str(n) for n in numbers) if isinstance(numbers, list) else ""
        return _t("The day cannot close: these documents are not posted yet: %1.").replace(
            "%1", listed
        )
    if code == "day_closed":
        return (
            _t("%1 was closed already by %2: a day is closed once.")
            .replace("%1", str(p.get("day", "")))
            .replace("%2", str(p.get("closed_by", "")))
        )
    if code == "sample_stock_short":
        return (
            _t("Only %1 of %2 can be taken, not %3. Nothing was changed.")
            .replace("%1", str(p.get("available", "")))
            .replace("%2", str(p.get("sku", "")))
            .replace("%3", str(p.get("wanted", "")))
        )
    if code == "sample_returned":
        return _t("These samples are back already: nothing more to do with the loan.")
    if code == "correction_not_bookable":
        return _t("Line %1 booked nothing in the ledger: the correction cannot follow it.").replace(
            "%1", str(p.get("line", ""))
        )
    if code == "wrong_document_state":
        return _wrong_state(p)
    if code == "signatures_missing":
        missing = p.get("missing")
        names = [capacity_text(str(c)) for c in missing] if isinstance(missing, list) else []
        return _t("Still to sign: %1.").replace("%1", "、".join(names))
    if code == "signature_refused":
        return _signature(p)
    if code == "invalid_input":
        return _invalid(p)
    if code == "not_found":
        return _not_found(p)
    return None


def _wrong_state(p: dict[str, object]) -> str:
    number, state = str(p.get("number", "")), str(p.get("state", ""))
    if state == "draft":
        return _t("%1 is not posted yet: change the draft itself, no correction needed.").replace(
            "%1", number
        )
    if state == "cancelled":
        return _t("%1 is cancelled.").replace("%1", number)
    return _t("%1 is posted: it is never changed, only corrected.").replace("%1", number)


def _invalid(p: dict[str, object]) -> str | None:
    texts = {
        "reason": _t("Give the reason (why it is changed)."),
        "quantity": _t("That quantity is not possible here."),
        "until": _t("The new due date must be later than the old one and than now."),
        "month": _t("A month is written YYYY-MM, e.g. 2026-11."),
        "day": _t("A day is closed once it has begun, not before."),
        "items": _t("Scan at least one item for the slip."),
        "photos_published_at": _t("The photos of this product were recorded already."),
    }
    return texts.get(str(p.get("field", "")))


def _not_found(p: dict[str, object]) -> str | None:
    ref = str(p.get("ref", ""))
    texts = {
        "document": _t("No document %1."),
        "sample_loan": _t("No sample of %1 is out."),
        "new_product": _t("%1 is no new product."),
        "product": _t("Unknown item %1."),
        "line": _t("The document has no line %1."),
        "warehouse": _t("No warehouse %1."),
        "location": _t("This warehouse has no sample area."),
    }
    kind = str(p.get("kind", ""))
    return texts[kind].replace("%1", ref) if kind in texts else None


def capacity_text(capacity: str) -> str:
    """Who signs in a capacity (R-ACC-2), in words."""
    texts = {
        "taker": _t("the taker (领用人)"),
        "supervisor": _t("the supervisor (仓库主管)"),
        "keeper": _t("the keeper (保管员)"),
        "sender": _t("the sender (发货仓管)"),
        "receiver": _t("the receiver (收货仓管)"),
        "qc": _t("QC (质检)"),
        "clerk": _t("the clerk (文员)"),
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
        return _t("This person may not sign as %1.").replace("%1", who)
    if reason == "inactive":
        return _t("This account is disabled: it cannot sign.")
    return _t("No signature as %1 is needed here.").replace("%1", who)
