"""What every screen in the workspace has: the station, the actor, a refresh."""

from __future__ import annotations

from app.services.context import Actor
from app.station import Station
from ui.devices import StationDevices
from ui.qt import QEvent, QWidget, Signal


class Screen(QWidget):
    # A ship station finished its step for a parcel: (step, the parcel's document
    # code). One-station mode (ui/ship_flow.py) moves the parcel on from here.
    step_done = Signal(str, str)

    def __init__(
        self,
        station: Station,
        actor: Actor,
        devices: StationDevices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.devices = devices
        self.build()
        self.retranslate()

    def build(self) -> None:
        """Create the widgets (no texts: those come from :meth:`retranslate`)."""

    def retranslate(self) -> None:
        """Set every visible text; called at creation and on a language switch."""

    def refresh(self) -> None:
        """Reload what the screen shows (called when it is shown)."""

    def stop(self) -> None:
        """Join any background work the screen started; the window is closing."""

    @property
    def busy(self) -> bool:
        """A parcel is open here: a scan belongs to it, not to another step."""
        return False

    def open_parcel_at_step(self, code: str) -> None:
        """One-station mode hands a parcel over by its document code."""
        self.on_scan(code)

    def on_scan(self, code: str) -> bool:
        """A scanner burst while this screen is active, wherever the focus is.
        Returns False when the screen takes no scans (the window says so)."""
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
