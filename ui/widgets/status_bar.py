"""The status bar: user, station, database, scale, printer; always visible."""

from __future__ import annotations

from app.config import Config
from app.devices.scales.link import LinkState, LinkStatus
from app.devices.scales.stability import JudgedState, StateChanged
from app.devices.status import DeviceHealth, DeviceState, printer_state
from app.services.context import Actor
from app.services.print_queue import QueueSummary
from ui.labels import role_label, scale_text
from ui.qt import QEvent, QLabel, QStatusBar, QWidget


class StationStatusBar(QStatusBar):
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
        for name, label in (
            ("statusUser", self.user_label),
            ("statusStation", self.station_label),
            ("statusDatabase", self.database_label),
            ("statusScale", self.scale_label),
            ("statusPrinter", self.printer_label),
            ("statusScanner", self.scanner_label),
        ):
            label.setObjectName(name)
            label.setStyleSheet("padding: 0 10px; border-left: 1px solid #999;")
            self.addPermanentWidget(label)
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
