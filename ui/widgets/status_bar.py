"""The status bar: user, station, database, scale, printer; always visible.
A station that syncs shows its sync too: online or offline, the steps waiting
to be sent, the last good round, and the refused steps to look at."""

from __future__ import annotations

from dataclasses import replace

from app.config import Config
from app.devices.scales.link import LinkState, LinkStatus
from app.devices.scales.stability import JudgedState, StateChanged
from app.devices.status import DeviceHealth, DeviceState, printer_state
from app.services.context import Actor
from app.services.print_queue import QueueSummary
from app.sync.client import SyncStatus
from ui.labels import role_label, scale_text
from ui.qt import QEvent, QLabel, QPushButton, QStatusBar, Qt, QWidget, Signal
from ui.widgets.sync_conflicts import OPEN_KEY
from ui.widgets.sync_texts import clock_text, sync_error_text

SEGMENT = "padding: 0 10px; border-left: 1px solid #999;"
RED = "color: #c62828; font-weight: bold;"
ORANGE = "color: #e65100; font-weight: bold;"


class StationStatusBar(QStatusBar):
    conflicts_requested = Signal()  # the conflicts segment was clicked

    def __init__(self, config: Config, database_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.config = config
        self.database_url = database_url
        self.actor: Actor | None = None
        self.database_online: bool | None = None
        self.scale_url = config.scale.url
        self.scale_link = LinkStatus(LinkState.CONNECTING, config.scale.url)
        self.scale_judged = StateChanged(JudgedState.NO_DATA, None)
        self.user_label = QLabel()
        self.station_label = QLabel()
        self.database_label = QLabel()
        self.scale_label = QLabel()
        self.printer_label = QLabel()
        self.printing: QueueSummary | None = None
        self.scanner_label = QLabel()  # only with a serial scanner configured
        self.scanner_label.setVisible(bool(config.scanner.serial_url))
        self.scanner_health = DeviceHealth.NOT_CONNECTED
        self.scanner_detail = ""
        self.sync_status: SyncStatus | None = None  # None: the station works alone
        self.sync_server = config.sync.server  # the window sets the URL it syncs with
        self.sync_label = QLabel()
        self.conflicts_button = QPushButton()  # a click opens the list
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the key is OPEN_KEY
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        for name, label in (
            ("statusUser", self.user_label),
            ("statusStation", self.station_label),
            ("statusDatabase", self.database_label),
            ("statusScale", self.scale_label),
            ("statusPrinter", self.printer_label),
            ("statusScanner", self.scanner_label),
            ("statusSync", self.sync_label),
            ("statusConflicts", self.conflicts_button),
        ):
            label.setObjectName(name)
            label.setStyleSheet(SEGMENT)
            self.addPermanentWidget(label)
        self.sync_label.setVisible(False)
        self.conflicts_button.setVisible(False)
        self.retranslate()

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.retranslate()

    def set_scale(self, url: str, link: LinkStatus, judged: StateChanged) -> None:
        self.scale_url, self.scale_link, self.scale_judged = url, link, judged
        self._show_scale()

    def _show_scale(self) -> None:
        text = scale_text(self.scale_url, self.scale_link, self.scale_judged)
        self.scale_label.setText(self.tr("Scale: %1").replace("%1", text))
        lost = self.scale_link.state is LinkState.DISCONNECTED
        color = "color: #c62828; font-weight: bold;" if lost else ""
        self.scale_label.setStyleSheet(f"padding: 0 10px; border-left: 1px solid #999;{color}")

    def set_scanner(self, health: str, detail: str) -> None:
        self.scanner_health, self.scanner_detail = DeviceHealth(health), detail
        self._show_scanner()

    def _show_scanner(self) -> None:
        state = self._device(
            DeviceState("serial", self.config.scanner.serial_url, self.scanner_health)
        )
        self.scanner_label.setText(self.tr("Scanner: %1").replace("%1", state))
        self.scanner_label.setToolTip(self.scanner_detail)

    def set_printing(self, summary: QueueSummary) -> None:
        self.printing = summary
        self._show_printing()

    def _show_printing(self) -> None:
        """The default e-waybill printer, and the queue when it needs a look."""
        summary = self.printing
        folder = printer_state(self.config)
        if summary is None or summary.printer_kind == "folder":
            text = self._device(folder)
        elif summary.printer_name:
            text = summary.printer_name
        else:
            text = self.tr("none set")
        if summary is not None and summary.waiting:
            text += " · " + self.tr("%1 waiting").replace("%1", str(summary.waiting))
        failed = summary is not None and summary.failed > 0
        if failed and summary is not None:
            text += " · " + self.tr("%1 FAILED").replace("%1", str(summary.failed))
        self.printer_label.setText(self.tr("Printer: %1").replace("%1", text))
        self.printer_label.setToolTip(folder.target)
        color = "color: #c62828; font-weight: bold;" if failed else ""
        self.printer_label.setStyleSheet(f"padding: 0 10px; border-left: 1px solid #999;{color}")

    def set_sync(self, status: SyncStatus) -> None:
        """The last sync round's news; the first call shows the segment."""
        self.sync_status = status
        self._show_sync()

    def set_sync_conflicts(self, conflicts: int) -> None:
        """Someone marked a refused step seen: the count without a round."""
        if self.sync_status is not None:
            self.set_sync(replace(self.sync_status, conflicts=conflicts))

    def _show_sync(self) -> None:
        status = self.sync_status
        self.sync_label.setVisible(status is not None)
        self.conflicts_button.setVisible(status is not None)
        if status is None:
            return
        if status.online is None:
            self.sync_label.setText(self.tr("Sync: %1").replace("%1", self.tr("checking")))
            self.sync_label.setStyleSheet(SEGMENT)
        else:
            state = self.tr("online") if status.online else self.tr("OFFLINE")
            parts = [
                state,
                self.tr("%1 to send").replace("%1", str(status.backlog)),
                self.tr("last sync %1").replace("%1", clock_text(status.last_sync_at))
                if status.last_sync_at
                else self.tr("never synced"),
            ]
            self.sync_label.setText(self.tr("Sync: %1").replace("%1", " · ".join(parts)))
            self.sync_label.setStyleSheet(SEGMENT + ("" if status.online else RED))
        tip = self.tr("Server: %1").replace("%1", self.sync_server)
        if status.error:
            tip += "\n" + sync_error_text(status.error)
        self.sync_label.setToolTip(tip)
        text = self.tr("Conflicts: %1").replace("%1", str(status.conflicts))
        if status.conflicts:
            text += f" ({OPEN_KEY})"
        self.conflicts_button.setText(text)
        self.conflicts_button.setStyleSheet(SEGMENT + (ORANGE if status.conflicts else ""))
        self.conflicts_button.setToolTip(
            self.tr(
                "Steps the server refused at this station. Click here or press %1 to see them."
            ).replace("%1", OPEN_KEY)
        )

    def set_database_online(self, online: bool) -> None:
        self.database_online = online
        self.retranslate()

    def retranslate(self) -> None:
        if self.actor is None:
            self.user_label.setText(self.tr("Not logged in"))
        else:
            roles = "、".join(role_label(r) for r in sorted(self.actor.roles))
            self.user_label.setText(
                self.tr("User: %1 (%2)").replace("%1", self.actor.full_name).replace("%2", roles)
            )
        self.station_label.setText(self.tr("Station: %1").replace("%1", self.config.station.name))
        state = {
            None: self.tr("checking"),
            True: self.tr("connected"),
            False: self.tr("UNREACHABLE"),
        }[self.database_online]
        self.database_label.setText(self.tr("Database: %1").replace("%1", state))
        self.database_label.setToolTip(self.database_url)
        self._show_scale()
        self._show_scanner()
        self._show_printing()
        self._show_sync()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _device(self, state: DeviceState) -> str:
        kinds = {
            "simulated": self.tr("simulated"),
            "serial": state.target,
            "folder": self.tr("PDF folder"),
        }
        health = {
            DeviceHealth.READY: self.tr("ready"),
            DeviceHealth.NOT_CONNECTED: self.tr("not connected"),
            DeviceHealth.ERROR: self.tr("error"),
        }
        return f"{kinds.get(state.kind, state.kind)} · {health[state.health]}"
