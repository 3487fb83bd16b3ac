"""Sync in the user's words: what a refused step was, why the server refused
it, and times on the station's clock.

Each text is one literal inside ``translate`` so lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from ui.floor_errors import local_time_text
from ui.labels import event_label, status_label
from ui.qt import QCoreApplication


def aware(at: datetime) -> datetime:
    """SQLite gives UTC without a zone; PostgreSQL an aware time."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def clock_text(at: datetime | None, now: datetime | None = None) -> str:
    """Local HH:MM:SS; with the date when it is not today; "—" for never."""
    if at is None:
        return "—"
    local = aware(at).astimezone()
    today = (now or datetime.now(UTC)).astimezone(local.tzinfo).date()
    if local.date() == today:
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M:%S")


def ago_text(at: datetime | None, now: datetime) -> str:
    """ "12 s ago", "3 min ago", "2 h ago", "never"."""
    if at is None:
        return QCoreApplication.translate("SyncStatus", "never")
    seconds = max(0, int((now - aware(at)) / timedelta(seconds=1)))
    if seconds < 60:
        text = QCoreApplication.translate("SyncStatus", "%1 s ago")
        return text.replace("%1", str(seconds))
    if seconds < 120 * 60:
        text = QCoreApplication.translate("SyncStatus", "%1 min ago")
        return text.replace("%1", str(seconds // 60))
    text = QCoreApplication.translate("SyncStatus", "%1 h ago")
    return text.replace("%1", str(seconds // 3600))


def steps_text(types: Iterable[str], conflict: dict[str, Any]) -> str:
    """What the station did: "weighed, shipped (order DD1001)"."""
    names: list[str] = []
    for event_type in types:
        name = event_label(event_type)
        if name not in names:
            names.append(name)
    text = QCoreApplication.translate("SyncConflict", ", ").join(names) or "?"
    order_no = str(conflict.get("order_no") or "")
    if order_no:
        return (
            QCoreApplication.translate("SyncConflict", "%1 (order %2)")
            .replace("%1", text)
            .replace("%2", order_no)
        )
    return text


def _when(at: object) -> str:
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            return at
    return local_time_text(at)


def reason_text(conflict: dict[str, Any]) -> str:
    """Why the server refused it: "already weighed by 王主管 at S1 at 10:02"."""
    code = str(conflict.get("code", ""))
    if code == "already_done":
        return _already_done(conflict)
    if code == "changed_elsewhere":
        if conflict.get("order_no"):
            text = QCoreApplication.translate(
                "SyncConflict", "the order was changed at another station meanwhile (now: %1)"
            )
            return text.replace("%1", status_label(str(conflict.get("status", "?"))))
        text = QCoreApplication.translate(
            "SyncConflict", "changed at another station meanwhile (%1)"
        )
        return text.replace("%1", str(conflict.get("table", "?")))
    if code == "exists":
        text = QCoreApplication.translate("SyncConflict", "the server has this record already (%1)")
        return text.replace("%1", str(conflict.get("table", "?")))
    if code == "constraint":
        text = QCoreApplication.translate("SyncConflict", "the server's data does not allow it: %1")
        return text.replace("%1", str(conflict.get("detail", "")))
    return code or "?"


def _already_done(conflict: dict[str, Any]) -> str:
    texts = {
        "verified": QCoreApplication.translate(
            "SyncConflict", "already verified by %1 at %2 at %3"
        ),
        "packed": QCoreApplication.translate("SyncConflict", "already packed by %1 at %2 at %3"),
        "weighed": QCoreApplication.translate("SyncConflict", "already weighed by %1 at %2 at %3"),
        "shipped": QCoreApplication.translate("SyncConflict", "already shipped by %1 at %2 at %3"),
    }
    step = str(conflict.get("step", ""))
    text = texts.get(step) or QCoreApplication.translate(
        "SyncConflict", "already past this step (now: %4), by %1 at %2 at %3"
    )
    values = (
        str(conflict.get("by") or "?"),
        str(conflict.get("station") or "?"),
        _when(conflict.get("at")),
        status_label(step),
    )
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


def sync_error_text(error: str) -> str:
    """Why the last round failed: a code of the sync client in words, or the
    connection's own message (host, port, refused)."""
    texts = {
        "server_not_prepared": QCoreApplication.translate(
            "SyncStatus", "The server's database is not prepared: run 'server init' there."
        ),
        "wrong_server": QCoreApplication.translate(
            "SyncStatus", "This station's database belongs to another server."
        ),
        "station_has_own_data": QCoreApplication.translate(
            "SyncStatus", "This station's database has data of its own and cannot join the server."
        ),
    }
    return texts.get(error, error)
