"""What every screen in the workspace has: the station, the actor, a refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.services.context import Actor
from app.station import Station
from ui.devices import StationDevices
from ui.qt import QEvent, QLineEdit, QWidget, Signal


class Screen(QWidget):
    # A ship station finished its step for a parcel: (step, the parcel's document
    # code). One-station mode (ui/ship_flow.py) moves the parcel on from here.
    step_done = Signal(str, str)
    scan_edit: QLineEdit  # the scanning screens' field (built in their build())

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
        calls = self.__dict__.get("_shared_calls")
        if calls is not None:
            calls.stop()

    def run_shared(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """A step on the shared database (auditing, cutting batches).

        On a station that syncs it runs on a worker thread (the server is
        across the network) followed by a sync round, so the replica shows the
        result; on a station alone it is a local write and runs here at once.
        """
        if self.station.sync is None:
            try:
                result = work()
            except Exception as error:
                failed(error)
                return
            done(result)
            return
        from ui.background import BackgroundCalls

        calls = self.__dict__.get("_shared_calls")
        if calls is None:
            calls = self._shared_calls = BackgroundCalls(f"shared-{type(self).__name__}", self)
        station = self.station

        def work_then_refresh() -> Any:
            station.refresh_replica()  # this station's own steps reach the server first
            result = work()
            station.refresh_replica()
            return result

        calls.run(work_then_refresh, done, failed)

    @property
    def busy(self) -> bool:
        """A parcel is open here: a scan belongs to it, not to another step."""
        return False

    def open_parcel_at_step(self, code: str) -> None:
        """One-station mode hands a parcel over by its document code."""
        self.on_scan(code)

    def enter_in_scan_field(self) -> None:
        """Enter in the screen's ``scan_edit``: a typed code goes the way a scan
        does; Enter on the empty field is :meth:`empty_enter`."""
        code = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if code:
            self.on_scan(code)
        else:
            self.empty_enter()

    def empty_enter(self) -> None:
        """Enter on the empty scan field (confirm, seal); nothing by default."""

    def on_scan(self, code: str) -> bool:
        """A scanner burst while this screen is active, wherever the focus is.
        Returns False when the screen takes no scans (the window says so)."""
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
