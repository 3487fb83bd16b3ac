"""Translated names: roles, order states, scale states, label kinds, print job
states, ship batch kinds and states, and why an order is held."""

from __future__ import annotations

from app.devices.scales.link import SIMULATED_URLS, LinkState, LinkStatus
from app.devices.scales.stability import JudgedState, StateChanged
from app.roles import Role
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


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


def grams_text(grams: int) -> str:
    """Weights are shown in kg with three decimals, computed from whole grams."""
    sign = "-" if grams < 0 else ""
    kg, g = divmod(abs(grams), 1000)
    return f"{sign}{kg}.{g:03d} kg"


_JUDGED = {
    JudgedState.STABLE: QT_TRANSLATE_NOOP("Scale", "stable"),
    JudgedState.MOVING: QT_TRANSLATE_NOOP("Scale", "moving"),
    JudgedState.OVERLOAD: QT_TRANSLATE_NOOP("Scale", "overload"),
    JudgedState.UNDERLOAD: QT_TRANSLATE_NOOP("Scale", "underload"),
    JudgedState.NEGATIVE: QT_TRANSLATE_NOOP("Scale", "negative"),
    JudgedState.EMPTY: QT_TRANSLATE_NOOP("Scale", "empty"),
    JudgedState.NO_DATA: QT_TRANSLATE_NOOP("Scale", "waiting for data"),
}
_LINK = {
    LinkState.CONNECTING: QT_TRANSLATE_NOOP("Scale", "connecting"),
    LinkState.DISCONNECTED: QT_TRANSLATE_NOOP("Scale", "disconnected"),
}


def judged_label(state: JudgedState) -> str:
    return QCoreApplication.translate("Scale", _JUDGED[state])


def scale_text(url: str, link: LinkStatus, judged: StateChanged) -> str:
    """ "simulated · stable 1.234 kg", "/dev/ttyUSB0 · disconnected (no data)"."""
    simulated = QCoreApplication.translate("Scale", "simulated")
    where = simulated if url in SIMULATED_URLS else url
    if link.state is not LinkState.CONNECTED:
        text = f"{where} · {QCoreApplication.translate('Scale', _LINK[link.state])}"
        if link.state is LinkState.DISCONNECTED and link.detail:
            no_data = QCoreApplication.translate("Scale", "no data")
            text += f" ({no_data if link.detail == 'no data' else link.detail})"
        return text
    text = f"{where} · {judged_label(judged.state)}"
    shown = judged.state in (JudgedState.STABLE, JudgedState.MOVING, JudgedState.NEGATIVE)
    if shown and judged.grams is not None:
        text += f" {grams_text(judged.grams)}"
    return text


_KINDS = {
    "ewaybill": QT_TRANSLATE_NOOP("Printing", "E-waybill"),
    "delivery_note": QT_TRANSLATE_NOOP("Printing", "Delivery note"),
    "sku": QT_TRANSLATE_NOOP("Printing", "SKU label"),
    "bin": QT_TRANSLATE_NOOP("Printing", "Bin label"),
    "pick_list": QT_TRANSLATE_NOOP("Printing", "Pick list"),
    "inbound_order": QT_TRANSLATE_NOOP("Printing", "Inbound order"),
}
_STATES = {
    "queued": QT_TRANSLATE_NOOP("Printing", "Queued"),
    "sending": QT_TRANSLATE_NOOP("Printing", "Sending"),
    "done": QT_TRANSLATE_NOOP("Printing", "Done"),
    "failed": QT_TRANSLATE_NOOP("Printing", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("Printing", "Cancelled"),
}


def label_kind_label(kind: str) -> str:
    """ "电子面单", "SKU 标签"; an unknown kind is shown as it is."""
    return QCoreApplication.translate("Printing", str(_KINDS[kind])) if kind in _KINDS else kind


def job_state_label(state: str) -> str:
    """ "排队中", "已完成" ..."""
    return (
        QCoreApplication.translate("Printing", str(_STATES[state])) if state in _STATES else state
    )


_BATCH_KINDS = {
    "single": QT_TRANSLATE_NOOP("Batch", "Single-item"),
    "multi": QT_TRANSLATE_NOOP("Batch", "Multi-item"),
    "prepacked": QT_TRANSLATE_NOOP("Batch", "Pre-packed"),
}
_BATCH_STATES = {
    "open": QT_TRANSLATE_NOOP("Batch", "Open"),
    "picking": QT_TRANSLATE_NOOP("Batch", "Picking"),
    "picked": QT_TRANSLATE_NOOP("Batch", "Picked"),
    "sorted": QT_TRANSLATE_NOOP("Batch", "Sorted"),
}
_HOLD_RULES = {
    "short_stock": QT_TRANSLATE_NOOP("HeldReason", "Short of stock"),
    "no_lines": QT_TRANSLATE_NOOP("HeldReason", "The order has no items"),
    "change_address": QT_TRANSLATE_NOOP("HeldReason", "Change address"),
    "change_courier": QT_TRANSLATE_NOOP("HeldReason", "Change courier"),
    "split": QT_TRANSLATE_NOOP("HeldReason", "Split shipment"),
    "hold": QT_TRANSLATE_NOOP("HeldReason", "Hold shipment"),
    "invoice": QT_TRANSLATE_NOOP("HeldReason", "Invoice"),
}


def batch_kind_label(kind: str) -> str:
    """ "一单一品", "一单多品", "预包装"."""
    if kind not in _BATCH_KINDS:
        return kind
    return QCoreApplication.translate("Batch", str(_BATCH_KINDS[kind]))


def batch_state_label(state: str) -> str:
    if state not in _BATCH_STATES:
        return state
    return QCoreApplication.translate("Batch", str(_BATCH_STATES[state]))


def held_reason_text(held_reason: str) -> str:
    """A stored ``held_reason`` in words: "short_stock: A, B" (cutting a
    batch) or "change_address: 改地址、换地址; hold: 暂缓" (the audit) become
    "Short of stock: A, B" and "Change address: 改地址、换地址 / Hold shipment: 暂缓"."""
    parts = []
    for part in held_reason.split(";"):
        rule, _, words = (x.strip() for x in part.partition(":"))
        if not rule:
            continue
        name = rule
        if rule == "weight_off" and words.count("/") == 2:  # grams/expected/allowed
            grams, expected, allowed = words.split("/")
            text = QCoreApplication.translate(
                "HeldReason", "Weight off: %1 g, expected %2 ± %3 g (R-WEI-3)"
            )
            parts.append(text.replace("%1", grams).replace("%2", expected).replace("%3", allowed))
            continue
        if rule in _HOLD_RULES:
            name = QCoreApplication.translate("HeldReason", str(_HOLD_RULES[rule]))
        parts.append(f"{name}: {words}" if words else name)
    return " / ".join(parts)


_EVENTS = {
    "order.verified": QT_TRANSLATE_NOOP("SyncEvent", "verified"),
    "order.packed": QT_TRANSLATE_NOOP("SyncEvent", "packed"),
    "order.weighed": QT_TRANSLATE_NOOP("SyncEvent", "weighed"),
    "order.shipped": QT_TRANSLATE_NOOP("SyncEvent", "shipped"),
    "order.weight_approved": QT_TRANSLATE_NOOP("SyncEvent", "weight approved"),
    "order.held": QT_TRANSLATE_NOOP("SyncEvent", "held"),
    "order.audited": QT_TRANSLATE_NOOP("SyncEvent", "audited"),
    "verify.document": QT_TRANSLATE_NOOP("SyncEvent", "document scanned at verify"),
    "verify.item": QT_TRANSLATE_NOOP("SyncEvent", "item scanned at verify"),
    "verify.undone": QT_TRANSLATE_NOOP("SyncEvent", "verify scan undone"),
    "verify.stopped": QT_TRANSLATE_NOOP("SyncEvent", "stopped at verify"),
    "pack.stopped": QT_TRANSLATE_NOOP("SyncEvent", "stopped at pack"),
    "pick.confirmed": QT_TRANSLATE_NOOP("SyncEvent", "picked"),
    "sort.scanned": QT_TRANSLATE_NOOP("SyncEvent", "sorted"),
    "sort.undone": QT_TRANSLATE_NOOP("SyncEvent", "sort scan undone"),
    "batch.picked": QT_TRANSLATE_NOOP("SyncEvent", "batch picked"),
    "batch.sorted": QT_TRANSLATE_NOOP("SyncEvent", "batch sorted"),
}


def event_label(event_type: str) -> str:
    """A step as the station's log names it ("order.weighed") in words
    ("称重"); an unknown type is shown as it is."""
    if event_type not in _EVENTS:
        return event_type
    return QCoreApplication.translate("SyncEvent", str(_EVENTS[event_type]))
