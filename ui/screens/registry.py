"""The screens of the workspace and who may see them (app.permissions decides)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.notices.sender import NOTICES_ACTION
from app.permissions import Action
from app.services.context import Actor
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from ui.screens.audit import AuditScreen
from ui.screens.base import Screen
from ui.screens.batches import BatchesScreen
from ui.screens.books import BooksScreen
from ui.screens.devices import DevicesScreen
from ui.screens.labels import LabelsScreen
from ui.screens.notices import NoticesScreen
from ui.screens.orders import OrdersScreen
from ui.screens.overview import OverviewScreen
from ui.screens.pack import PackScreen
from ui.screens.picking import PickingScreen
from ui.screens.qc import QcScreen
from ui.screens.receiving import ReceivingScreen
from ui.screens.returns import ReturnsScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sorting import SortingScreen
from ui.screens.stations import StationsScreen
from ui.screens.stock_ops import StockOpsScreen
from ui.screens.users import UsersScreen
from ui.screens.verify import VerifyScreen
from ui.screens.weigh import WeighScreen


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: Callable[[], str]
    action: Action
    factory: type[Screen]


def _t(text: str) -> Callable[[], str]:
    """Translated at display time, so a language switch renames the entries."""
    return lambda: QCoreApplication.translate("Navigation", text)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "overview",
        _t(QT_TRANSLATE_NOOP("Navigation", "Overview")),
        Action.VIEW_OVERVIEW,
        OverviewScreen,
    ),
    ScreenSpec(
        "orders", _t(QT_TRANSLATE_NOOP("Navigation", "Orders")), Action.VIEW_ORDERS, OrdersScreen
    ),
    ScreenSpec(
        "audit", _t(QT_TRANSLATE_NOOP("Navigation", "Audit")), Action.AUDIT_ORDERS, AuditScreen
    ),
    ScreenSpec(
        "batches",
        _t(QT_TRANSLATE_NOOP("Navigation", "Batches")),
        Action.MAKE_BATCHES,
        BatchesScreen,
    ),
    ScreenSpec(
        "picking",
        _t(QT_TRANSLATE_NOOP("Navigation", "Picking")),
        Action.PICK,
        PickingScreen,
    ),
    ScreenSpec("sorting", _t(QT_TRANSLATE_NOOP("Navigation", "Sort")), Action.PICK, SortingScreen),
    ScreenSpec(
        "verify", _t(QT_TRANSLATE_NOOP("Navigation", "Verify")), Action.VERIFY, VerifyScreen
    ),
    ScreenSpec("pack", _t(QT_TRANSLATE_NOOP("Navigation", "Pack")), Action.PACK, PackScreen),
    ScreenSpec("weigh", _t(QT_TRANSLATE_NOOP("Navigation", "Weigh")), Action.WEIGH, WeighScreen),
    ScreenSpec(
        "labels",
        _t(QT_TRANSLATE_NOOP("Navigation", "Labels")),
        Action.PRINT_LABELS,
        LabelsScreen,
    ),
    ScreenSpec(
        "users", _t(QT_TRANSLATE_NOOP("Navigation", "Users")), Action.MANAGE_USERS, UsersScreen
    ),
    ScreenSpec(
        "devices",
        _t(QT_TRANSLATE_NOOP("Navigation", "Devices")),
        Action.STATION_SETTINGS,
        DevicesScreen,
    ),
    ScreenSpec(
        "settings",
        _t(QT_TRANSLATE_NOOP("Navigation", "Settings")),
        Action.VIEW_OVERVIEW,
        SettingsScreen,
    ),
    # The back office, after the floor's screens, so no one's F-keys move (a
    # supervisor reaches the later ones with Ctrl+PgDn / PgUp).
    ScreenSpec(
        "receiving",
        _t(QT_TRANSLATE_NOOP("Navigation", "Receiving")),
        Action.RECEIVE,
        ReceivingScreen,
    ),
    ScreenSpec("qc", _t(QT_TRANSLATE_NOOP("Navigation", "QC")), Action.QC_INSPECT, QcScreen),
    ScreenSpec(
        "returns", _t(QT_TRANSLATE_NOOP("Navigation", "Returns")), Action.RETURNS, ReturnsScreen
    ),
    ScreenSpec(
        "stock_ops",
        _t(QT_TRANSLATE_NOOP("Navigation", "Stock operations")),
        Action.STOCK_OPERATIONS,
        StockOpsScreen,
    ),
    ScreenSpec("books", _t(QT_TRANSLATE_NOOP("Navigation", "Books")), Action.BOOKS, BooksScreen),
    ScreenSpec(
        "notices",
        _t(QT_TRANSLATE_NOOP("Navigation", "Notices")),
        NOTICES_ACTION,
        NoticesScreen,
    ),
    ScreenSpec(
        "stations",
        _t(QT_TRANSLATE_NOOP("Navigation", "Stations")),
        Action.VIEW_STATIONS,
        StationsScreen,
    ),
)


def screens_for(actor: Actor) -> list[ScreenSpec]:
    return [spec for spec in SCREENS if actor.may(spec.action)]
