"""Translated names of roles and order states."""

from __future__ import annotations

from app.roles import Role
from ui.qt import QCoreApplication


def role_label(role: Role | str) -> str:
    names = {
        Role.SUPERVISOR: QCoreApplication.translate("Role", "Supervisor"),
        Role.ORDER_CLERK: QCoreApplication.translate("Role", "Order clerk"),
        Role.CLERK: QCoreApplication.translate("Role", "Clerk"),
        Role.PICKER: QCoreApplication.translate("Role", "Picker"),
        Role.VERIFIER_WEIGHER: QCoreApplication.translate("Role", "Verifier / weigher"),
        Role.PACKER: QCoreApplication.translate("Role", "Packer"),
        Role.QC: QCoreApplication.translate("Role", "QC inspector"),
    }
    return names[Role(role)]


def status_label(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("OrderStatus", "New"),
        "paid": QCoreApplication.translate("OrderStatus", "Paid"),
        "audited": QCoreApplication.translate("OrderStatus", "Audited"),
        "batched": QCoreApplication.translate("OrderStatus", "Batched"),
        "picked": QCoreApplication.translate("OrderStatus", "Picked"),
        "verified": QCoreApplication.translate("OrderStatus", "Verified"),
        "packed": QCoreApplication.translate("OrderStatus", "Packed"),
        "weighed": QCoreApplication.translate("OrderStatus", "Weighed"),
        "shipped": QCoreApplication.translate("OrderStatus", "Shipped"),
        "held": QCoreApplication.translate("OrderStatus", "Held"),
        "cancelled": QCoreApplication.translate("OrderStatus", "Cancelled"),
        "returned": QCoreApplication.translate("OrderStatus", "Returned"),
    }
    return names.get(status, status)
