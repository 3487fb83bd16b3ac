"""The receiving screen's domain errors in the user's language (R-REC-1..4):
a refused count or putaway, an implausible count, a delivery note with bad
lines, a signature refused or missing. :func:`receiving_error_text` answers
for these codes and None for any other, so :func:`ui.errors.error_text` can
ask here first.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from ui.qt import QCoreApplication

# The codes only receiving raises: ui/errors.py may send just these here. The
# others answered below (signatures, document state) read right on this screen.
RECEIVING_CODES = frozenset(
    {"receiving_refused", "implausible_count", "delivery_note_invalid", "putaway_refused"}
)


def receiving_error_text(code: str, p: dict[str, object]) -> str | None:
    """Words for a receiving error code; None for any other code."""
    if code == "receiving_refused":
        return _receiving(p)
    if code == "implausible_count":
        return (
            QCoreApplication.translate(
                "DomainError", "%1 counted of %2 is more than plausible (at most %3): count again."
            )
            .replace("%1", str(p.get("counted", "")))
            .replace("%2", str(p.get("sku", "")))
            .replace("%3", str(p.get("limit", "")))
        )
    if code == "delivery_note_invalid":
        return note_problems_text(p.get("problems"))
    if code == "putaway_refused":
        return _putaway(p)
    if code == "signatures_missing":
        missing = p.get("missing")
        names = [capacity_text(str(c)) for c in missing] if isinstance(missing, list) else []
        return QCoreApplication.translate("DomainError", "Still to sign: %1.").replace(
            "%1", "、".join(names)
        )
    if code == "signature_refused":
        return _signature(p)
    if code == "wrong_document_state":
        if p.get("state") == "posted":
            return QCoreApplication.translate("DomainError", "%1 is posted already.").replace(
                "%1", str(p.get("number", ""))
            )
        return QCoreApplication.translate(
            "DomainError", "%1 is not posted yet: sign and post it first."
        ).replace("%1", str(p.get("number", "")))
    if code == "not_found" and p.get("kind") == "document":
        return QCoreApplication.translate("DomainError", "No inbound order %1.").replace(
            "%1", str(p.get("ref", ""))
        )
    if code == "invalid_input" and p.get("field") == "receiving_bin":
        return QCoreApplication.translate(
            "DomainError", "%1 exists but is no receiving area: change [receiving].receiving_bin."
        ).replace("%1", str(p.get("value", "")))
    return None


def capacity_text(capacity: str) -> str:
    texts = {
        "keeper": QCoreApplication.translate("DomainError", "the keeper (保管员)"),
        "supervisor": QCoreApplication.translate("DomainError", "the supervisor (仓库主管)"),
    }
    return texts.get(capacity, capacity)


def _receiving(p: dict[str, object]) -> str:
    texts = {
        "unknown_code": QCoreApplication.translate(
            "DomainError", "Unknown barcode %1: nothing counted. Put it aside."
        ),
        "not_on_note": QCoreApplication.translate(
            "DomainError",
            "%1 is not on this delivery note: wrong specification (错规格). Put it aside; Ctrl+D records it.",  # noqa: E501 - one literal for lupdate
        ),
        "on_note": QCoreApplication.translate(
            "DomainError", "%1 is on the note: scan it to count it."
        ),
        "below_zero": QCoreApplication.translate(
            "DomainError", "Fewer of %1 were counted than you take back."
        ),
        "counting_done": QCoreApplication.translate("DomainError", "Counting of %1 is finished."),
        "counting_open": QCoreApplication.translate(
            "DomainError", "Finish counting %1 first (Enter)."
        ),
        "nothing_signed_for": QCoreApplication.translate(
            "DomainError", "Nothing on %1 matches the note: there is nothing to sign for."
        ),
        "not_inbound": QCoreApplication.translate(
            "DomainError", "%1 is not an inbound order (入库单)."
        ),
        "note_entered": QCoreApplication.translate(
            "DomainError", "This delivery note is entered already: %1."
        ),
    }
    text = texts.get(
        str(p.get("reason")), QCoreApplication.translate("DomainError", "Receiving refused this.")
    )
    return text.replace("%1", str(p.get("sku") or p.get("code") or p.get("number") or ""))


def _putaway(p: dict[str, object]) -> str:
    reason = p.get("reason")
    if reason == "nothing_left":
        left = int(str(p.get("left", 0)) or 0)
        if not left:
            return QCoreApplication.translate(
                "DomainError", "All %1 of this order are put away."
            ).replace("%1", str(p.get("sku", "")))
        return (
            QCoreApplication.translate("DomainError", "Only %1 of %2 wait for putaway.")
            .replace("%1", str(left))
            .replace("%2", str(p.get("sku", "")))
        )
    texts = {
        "unknown_code": QCoreApplication.translate("DomainError", "Unknown barcode %1."),
        "not_on_order": QCoreApplication.translate(
            "DomainError", "%1 was not received on this order."
        ),
        "unknown_bin": QCoreApplication.translate("DomainError", "There is no bin %1."),
        "other_warehouse": QCoreApplication.translate(
            "DomainError", "Bin %1 is in another warehouse."
        ),
        "bin_kind": QCoreApplication.translate(
            "DomainError",
            "%1 is no pick or reserve bin (defective, sample or other store): goods are not put away there.",  # noqa: E501 - one literal for lupdate
        ),
        "bin_inactive": QCoreApplication.translate("DomainError", "Bin %1 is not in use."),
        "qc_rejected": QCoreApplication.translate(
            "DomainError",
            "QC rejected this delivery whole (R-QC-3): it goes back to the supplier, not to a bin.",
        ),
    }
    text = texts.get(
        str(reason), QCoreApplication.translate("DomainError", "Putaway refused this.")
    )
    return text.replace("%1", str(p.get("bin") or p.get("sku") or p.get("code") or ""))


def _signature(p: dict[str, object]) -> str:
    texts = {
        "role": QCoreApplication.translate(
            "DomainError",
            "This person may not sign here: the keeper and the warehouse supervisor sign the inbound order.",  # noqa: E501 - one literal for lupdate
        ),
        "same_person": QCoreApplication.translate(
            "DomainError", "One person signs once: the second signature is someone else's."
        ),
        "already_signed": QCoreApplication.translate(
            "DomainError", "Signed in that capacity already."
        ),
        "inactive": QCoreApplication.translate("DomainError", "This account is disabled."),
        "not_needed": QCoreApplication.translate(
            "DomainError", "No signature of that kind is needed here."
        ),
    }
    return texts.get(
        str(p.get("reason")),
        QCoreApplication.translate("DomainError", "The signature was refused."),
    )


def note_problems_text(problems: object) -> str:
    """Each bad line of a delivery note, by row and column."""
    if not isinstance(problems, list) or not problems:
        return QCoreApplication.translate("DomainError", "The delivery note has problems.")
    reasons = {
        "missing_column": QCoreApplication.translate("DomainError", "column %2 is missing"),
        "empty": QCoreApplication.translate("DomainError", "%2 is empty"),
        "not_a_number": QCoreApplication.translate("DomainError", "%2 %3 is not a whole number"),
        "too_small": QCoreApplication.translate("DomainError", "%2 must be at least 1"),
        "too_large": QCoreApplication.translate("DomainError", "%2 %3 is more than plausible"),
        "unknown_sku": QCoreApplication.translate("DomainError", "no product %3"),
        "differs": QCoreApplication.translate("DomainError", "%2 %3 differs from the rows before"),
        "no_lines": QCoreApplication.translate("DomainError", "no lines"),
        "truncated": QCoreApplication.translate("DomainError", "the file ends inside this row"),
        "overlong": QCoreApplication.translate(
            "DomainError", "more cells than columns (a comma inside a value?)"
        ),
    }
    columns = {
        "supplier": QCoreApplication.translate("DomainError", "supplier"),
        "reference": QCoreApplication.translate("DomainError", "note number"),
        "sku": QCoreApplication.translate("DomainError", "SKU"),
        "quantity": QCoreApplication.translate("DomainError", "quantity"),
    }
    parts = []
    for problem in problems[:5]:
        assert isinstance(problem, dict)
        column = str(problem.get("column", ""))
        text = reasons.get(str(problem.get("reason")), str(problem.get("reason")))
        text = text.replace("%2", columns.get(column, column)).replace(
            "%3", str(problem.get("value", ""))
        )
        row = int(str(problem.get("row", 0)) or 0)
        parts.append(
            QCoreApplication.translate("DomainError", "row %1: ").replace("%1", str(row)) + text
            if row
            else text
        )
    more = len(problems) - 5
    tail = (
        QCoreApplication.translate("DomainError", " … and %1 more").replace("%1", str(more))
        if more > 0
        else ""
    )
    return (
        QCoreApplication.translate("DomainError", "Nothing was created. ") + "; ".join(parts) + tail
    )
