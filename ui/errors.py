"""Domain error codes turned into the user's language.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from app.errors import DomainError
from ui.qt import QCoreApplication


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
        return QCoreApplication.translate("DomainError", "Invalid input.")
    if code == "not_found":
        return QCoreApplication.translate("DomainError", "Not found.")
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
