"""A part of a screen that acts for the logged-in user at this station and
reports in the screen's result panel (the label and printer widgets)."""

from __future__ import annotations

from app.config import Config
from app.db.engine import Database
from app.services.context import Actor
from ui.devices import StationDevices
from ui.qt import QWidget
from ui.widgets.result_panel import ResultPanel


class StationPanel(QWidget):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        config: Config,
        devices: StationDevices | None,
        result: ResultPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.config = db, actor, config
        self.devices, self.result = devices, result
        self.build()

    def build(self) -> None:
        """Create the panel's widgets (subclasses)."""
