"""What each role may do. Screens and services consult the same table, so a
packer cannot reach a supervisor's action even by calling the service."""

from __future__ import annotations

from enum import StrEnum

from app.roles import Role


class Action(StrEnum):
    VIEW_OVERVIEW = "view_overview"
    VIEW_ORDERS = "view_orders"
    AUDIT_ORDERS = "audit_orders"
    MAKE_BATCHES = "make_batches"
    PICK = "pick"
    VERIFY = "verify"
    PACK = "pack"
    WEIGH = "weigh"
    PRINT_LABELS = "print_labels"
    RECEIVE = "receive"
    QC_INSPECT = "qc_inspect"
    STOCK_OPERATIONS = "stock_operations"
    RETURNS = "returns"
    APPROVE_OVERRIDE = "approve_override"
    VIEW_REPORTS = "view_reports"
    MANAGE_USERS = "manage_users"
    STATION_SETTINGS = "station_settings"
    BOOKS = "books"  # documents of the day, corrections, the daily close (R-ACC)
    VIEW_STATIONS = "view_stations"  # every station's sync state and the refused steps


_S = Role.SUPERVISOR
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_OVERVIEW: frozenset(Role),
    Action.VIEW_ORDERS: frozenset({_S, Role.ORDER_CLERK, Role.CLERK}),
    Action.AUDIT_ORDERS: frozenset({_S, Role.ORDER_CLERK}),
    Action.MAKE_BATCHES: frozenset({_S, Role.ORDER_CLERK}),
    Action.PICK: frozenset({_S, Role.PICKER}),
    Action.VERIFY: frozenset({_S, Role.VERIFIER_WEIGHER}),
    Action.PACK: frozenset({_S, Role.PACKER}),
    Action.WEIGH: frozenset({_S, Role.VERIFIER_WEIGHER}),
    Action.PRINT_LABELS: frozenset({_S, Role.ORDER_CLERK, Role.CLERK, Role.PACKER}),
    Action.RECEIVE: frozenset({_S, Role.CLERK}),
    Action.QC_INSPECT: frozenset({_S, Role.QC}),
    Action.STOCK_OPERATIONS: frozenset({_S, Role.CLERK, Role.PICKER}),
    Action.RETURNS: frozenset({_S, Role.CLERK, Role.QC}),
    Action.APPROVE_OVERRIDE: frozenset({_S}),
    Action.VIEW_REPORTS: frozenset({_S}),
    Action.MANAGE_USERS: frozenset({_S}),
    Action.STATION_SETTINGS: frozenset({_S}),
    Action.BOOKS: frozenset({_S, Role.CLERK}),
    Action.VIEW_STATIONS: frozenset({_S}),
}


def allowed(roles: frozenset[Role] | frozenset[str], action: Action) -> bool:
    return any(Role(r) in PERMISSIONS[action] for r in roles)
