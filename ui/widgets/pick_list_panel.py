"""A batch's pick list (汇总单) on A4: shown at true size, and printed
(R-BAT-3). Reports in the screen's result panel."""

from __future__ import annotations

from app.errors import DomainError
from app.services.batch_printing import pick_list_pages, print_pick_list
from app.services.context import Actor
from app.station import Station
from ui.devices import StationDevices
from ui.errors import error_text
from ui.qt import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from ui.widgets.label_preview import LabelPreview
from ui.widgets.result_panel import ResultPanel


class PickListPanel(QWidget):
    """The chosen batch's pick list: a preview and a print button."""

    def __init__(
        self,
        station: Station,
        actor: Actor,
        devices: StationDevices | None,
        result: ResultPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station, self.actor, self.devices, self.result = station, actor, devices, result
        self.batch_no = ""
        self.preview = LabelPreview()
        self.preview.setObjectName("pickListPreview")
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewPickList")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPickList")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
        self.preview_button.clicked.connect(self.show_pick_list)
        self.print_button.clicked.connect(self.print_pick_list)
        self.set_batch("")

    def retranslate(self) -> None:
        self.preview_button.setText(self.tr("Show pick list"))
        self.print_button.setText(self.tr("Print pick list"))

    def set_batch(self, batch_no: str) -> None:
        """The batch whose pick list the buttons show and print ("" for none)."""
        self.batch_no = batch_no
        self.preview_button.setEnabled(bool(batch_no))
        self.print_button.setEnabled(bool(batch_no))

    def show_pick_list(self) -> bool:
        """The A4 pick list at true size; False when there is no batch or it
        cannot be drawn (the result panel says why)."""
        if not self.batch_no:
            self.result.show_error(self.tr("Choose a batch first."))
            return False
        station = self.station
        try:
            pages = pick_list_pages(station.db, self.actor, station.config, self.batch_no)
            self.preview.show_document(pages)
        except DomainError as error:
            self.preview.clear()
            self.result.show_error(error_text(error))
            return False
        except ValueError as error:  # a template that cannot hold this data
            self.preview.clear()
            self.result.show_error(
                self.tr("The pick list cannot be drawn: %1").replace("%1", str(error))
            )
            return False
        self.result.clear_result()
        return True

    def print_pick_list(self) -> None:
        if not self.batch_no:
            self.result.show_error(self.tr("Choose a batch first."))
            return
        station = self.station
        try:
            job = print_pick_list(station.db, self.actor, station.config, self.batch_no)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        except ValueError as error:
            self.result.show_error(
                self.tr("The pick list cannot be drawn: %1").replace("%1", str(error))
            )
            return
        if self.devices is not None:
            self.devices.printing.wake()
        self.result.show_ok(
            self.tr("Pick list of %1 queued on printer %2")
            .replace("%1", self.batch_no)
            .replace("%2", job.printer_name)
        )
