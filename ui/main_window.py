"""The station's window: the login page, then the workspace of the screens the
user's roles allow, with the status bar always at the bottom."""

from __future__ import annotations

from contextlib import suppress

from app.errors import DomainError
from app.services.context import Actor
from app.services.print_queue import queue_summary
from app.station import Station
from app.sync.client import SyncStatus
from app.sync.conflicts import list_conflicts
from ui.chores import Chores
from ui.devices import StationDevices
from ui.i18n import Translations
from ui.qt import (
    QCloseEvent,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSettings,
    QShortcut,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from ui.screens.base import Screen
from ui.screens.login import LoginScreen
from ui.screens.registry import ScreenSpec, screens_for
from ui.screens.settings import SettingsScreen
from ui.screens.stations import StationsScreen
from ui.ship_flow import ShipFlow
from ui.sync_worker import SyncWorker
from ui.widgets.status_bar import StationStatusBar
from ui.widgets.sync_conflicts import OPEN_KEY, SyncConflictsDialog
from ui.workers import DatabaseWatch

MAX_FKEY = 11  # F12 is logout
NEXT_SCREEN, PREVIOUS_SCREEN = "Ctrl+PgDown", "Ctrl+PgUp"  # every screen, past F11 too


class Workspace(QWidget):
    """Navigation on the left (F-keys shown), the chosen screen on the right.

    The first eleven screens have F1..F11 (F12 logs out); Ctrl+PgDown and
    Ctrl+PgUp step through every screen, so those past F11 (a supervisor's)
    are reached without a mouse too."""

    def __init__(
        self,
        station: Station,
        actor: Actor,
        devices: StationDevices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.specs: list[ScreenSpec] = screens_for(actor)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(240)
        self.stack = QStackedWidget()
        self.screens: dict[str, Screen] = {}
        for spec in self.specs:
            screen = spec.factory(station, actor, devices)
            screen.setObjectName(f"screen_{spec.key}")
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            self.navigation.addItem(QListWidgetItem())
        self.logout_button = QPushButton()
        self.logout_button.setObjectName("logoutButton")
        self.cycle_hint = QLabel()
        self.cycle_hint.setObjectName("navigationHint")
        self.cycle_hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.navigation, 1)
        left.addWidget(self.cycle_hint)
        left.addWidget(self.logout_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        self.navigation.currentRowChanged.connect(self.show_index)
        self.shortcuts = []
        for i in range(min(len(self.specs), MAX_FKEY)):
            shortcut = QShortcut(QKeySequence(f"F{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.navigation.setCurrentRow(i))
            self.shortcuts.append(shortcut)
        for keys, step in ((NEXT_SCREEN, 1), (PREVIOUS_SCREEN, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.step_screen(step))
            self.shortcuts.append(shortcut)
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self.flow = ShipFlow(
            station.db, actor, self.screens, self.show_screen, station.config.shipping.one_station
        )

    @property
    def screen_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_index(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.screens[self.specs[index].key].refresh()

    def step_screen(self, step: int) -> None:
        """The next (1) or previous (-1) screen, round the list."""
        if self.specs:
            row = (self.navigation.currentRow() + step) % len(self.specs)
            self.navigation.setCurrentRow(row)

    def show_screen(self, key: str) -> Screen:
        self.navigation.setCurrentRow(self.screen_keys.index(key))
        return self.screens[key]

    def stop(self) -> None:
        """Every screen joins its background work before the workspace goes."""
        for screen in self.screens.values():
            screen.stop()

    def retranslate(self) -> None:
        for i, spec in enumerate(self.specs):
            key = f"F{i + 1}" if i < MAX_FKEY else "    "  # no F-key past F11
            self.navigation.item(i).setText(f"{key}  {spec.title()}")
        self.logout_button.setText(self.tr("Log out (F12)"))
        self.cycle_hint.setText(self.tr("Ctrl+PgDn / Ctrl+PgUp: next / previous screen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        station: Station,
        translations: Translations | None = None,
        probe_interval_ms: int = 15_000,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.station = station
        self.translations = translations
        self.actor: Actor | None = None
        self.workspace: Workspace | None = None
        self.pages = QStackedWidget()
        self.login = LoginScreen(station)
        self.login.logged_in.connect(self.show_workspace)
        self.pages.addWidget(self.login)
        self.setCentralWidget(self.pages)
        self.status = StationStatusBar(station.config, station.db.display_url)
        self.setStatusBar(self.status)
        self.database_watch = DatabaseWatch(station.db, probe_interval_ms, self)
        self.database_watch.state_changed.connect(self.status.set_database_online)
        self.database_watch.start()
        self.devices = StationDevices(station, self)
        self.devices.scanned.connect(self.dispatch_scan)
        self.devices.scale_changed.connect(self._scale_changed)
        if self.devices.serial_scanner is not None:
            self.devices.serial_scanner.state_changed.connect(self.status.set_scanner)
        self.devices.printing.job_changed.connect(self._printing_changed)
        self.devices.start()
        self._printing_changed()
        self.sync_worker: SyncWorker | None = None
        self.conflicts_dialog: SyncConflictsDialog | None = None
        if station.sync is not None:
            self._start_sync(station)
        from ui.notices_worker import start_notices_worker

        self.notices_worker = start_notices_worker(station, self)
        self.chores = Chores(station, self)  # reservations back to sale, overdue samples
        self.chores.start()
        self.logout_shortcut = QShortcut(QKeySequence("F12"), self)
        self.logout_shortcut.activated.connect(self.logout)
        self.settings = QSettings()
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.retranslate()
        self.login.reset()

    def _start_sync(self, station: Station) -> None:
        """Sync rounds on their worker; the status bar shows each round, and
        the refused steps open from it (a click, or ``OPEN_KEY``)."""
        assert station.sync is not None
        section = station.config.sync
        self.sync_worker = SyncWorker(station.sync, section.interval_ms, section.retry_max_ms, self)
        self.sync_worker.status_changed.connect(self._sync_changed)
        self.status.sync_server = station.sync.server.display_url
        self.status.set_sync(station.sync.status)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self.conflicts_shortcut = QShortcut(QKeySequence(OPEN_KEY), self)
        self.conflicts_shortcut.activated.connect(self.show_conflicts)
        self.sync_worker.start()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Warehouse Station - %1").replace("%1", self.station.config.station.name)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_workspace(self, actor: Actor) -> None:
        self.actor = actor
        self.workspace = Workspace(self.station, actor, self.devices)
        self.workspace.logout_button.clicked.connect(self.logout)
        settings = self.workspace.screens.get("settings")
        if isinstance(settings, SettingsScreen):
            settings.language_chosen.connect(self.switch_language)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.status.set_actor(actor)
        if self.sync_worker is not None:
            for screen in self.workspace.screens.values():
                screen.step_done.connect(self.sync_worker.sync_now)  # send it at once
        stations = self.workspace.screens.get("stations")
        if isinstance(stations, StationsScreen):
            stations.conflicts_panel.acknowledged.connect(self._conflict_seen)
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.panel.set_actor(actor)

    def logout(self) -> None:
        if self.workspace is None:
            return
        self.workspace.stop()  # join the screens' workers before their widgets go
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None
        self.actor = None
        self.status.set_actor(None)
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.panel.set_actor(None)
            self.conflicts_dialog.hide()
        self.pages.setCurrentWidget(self.login)
        self.login.reset()

    def switch_language(self, language: str) -> None:
        if self.translations is not None:
            self.translations.install(language)

    def dispatch_scan(self, code: str) -> None:
        """Every scan goes to the active screen's flow, wherever the focus is."""
        if self.workspace is None:
            taken = self.login.on_scan(code)
        else:
            screen = self.workspace.stack.currentWidget()
            taken = isinstance(screen, Screen) and (
                self.workspace.flow.route_scan(screen, code) or screen.on_scan(code)
            )
        if not taken:
            self.status.showMessage(
                self.tr("Scanned %1: this screen takes no scans").replace("%1", code), 5000
            )

    def _printing_changed(self, *_job: str) -> None:
        self.status.set_printing(queue_summary(self.station.db, self.station.station_id))

    def _scale_changed(self) -> None:
        self.status.set_scale(
            self.devices.scale_section.url, self.devices.scale_link, self.devices.scale_judged
        )

    def show_conflicts(self) -> None:
        """This station's refused steps, each to mark seen."""
        if self.sync_worker is None:
            return
        if self.conflicts_dialog is None:
            self.conflicts_dialog = SyncConflictsDialog(self.station.db, self)
            self.conflicts_dialog.panel.acknowledged.connect(self._conflict_seen)
        self.conflicts_dialog.open_list(self.actor)

    def _sync_changed(self, status: SyncStatus) -> None:
        self.status.set_sync(status)
        dialog = self.conflicts_dialog
        shown = dialog is not None and dialog.isVisible()
        if shown and dialog is not None and status.conflicts != len(dialog.panel.conflicts):
            dialog.panel.reload()  # a round brought a new refusal

    def _conflict_seen(self, _tx_id: str) -> None:
        """The count goes down at once; the round after brings the rest."""
        with suppress(DomainError):  # the local database is busy: the next round says
            self.status.set_sync_conflicts(len(list_conflicts(self.station.db)))
        if self.sync_worker is not None:
            self.sync_worker.sync_now()

    def shutdown(self) -> None:
        """Join the worker threads; called on close (and by tests)."""
        if self.workspace is not None:
            self.workspace.stop()
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.hide()
        if self.sync_worker is not None:
            self.sync_worker.stop()
        self.notices_worker.stop()
        self.chores.stop()
        self.database_watch.stop()
        self.devices.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)
