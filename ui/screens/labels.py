"""Labels: scan or type an order, SKU or bin, see the label at true size and
print it on the station's default printer without a dialog; the print queue
with retry, cancel and reprint (补打, with a reason); a test page per printer;
SKU and bin labels in bulk."""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import AlreadyPrinted, DomainError
from app.services.labels import LABEL_KINDS, build_document, print_document
from app.services.scanning import load_code_book
from ui.errors import error_text
from ui.labels import label_kind_label
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTabWidget,
    QVBoxLayout,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.bulk_print import BulkPrint
from ui.widgets.label_preview import LabelPreview
from ui.widgets.print_queue import PrintQueueView
from ui.widgets.result_panel import ResultPanel
from ui.widgets.test_pages import TestPages
from ui.widgets.type_size import enlarge

# F1..F11 switch screens (ui.main_window), so printing cannot take an F-key
# without making it ambiguous for roles that have five or more screens.
PRINT_KEY = "Ctrl+P"
ORDER_KINDS = ("ewaybill", "delivery_note")
BIG = 1.5  # type size of the scan row, read from a step away


class LabelsScreen(Screen):
    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.previewed: tuple[str, str] | None = None  # (kind, reference) on show
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("labelKind")
        for kind in LABEL_KINDS:
            self.kind_box.addItem("", kind)
        self.ref_label = QLabel()
        self.ref_edit = QLineEdit()
        self.ref_edit.setObjectName("labelRef")
        prepare_scan_field(self.ref_edit)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        big = (self.kind_box, self.ref_label, self.ref_edit, self.preview_button, self.print_button)
        for widget in big:
            enlarge(widget, BIG)
        self.preview = LabelPreview()
        self.preview.setObjectName("labelPreview")
        self.result = ResultPanel()

        db, config = self.station.db, self.station.config
        self.queue = PrintQueueView(db, self.actor, self.devices, self.result)
        self.queue.setObjectName("printQueue")
        self.test_pages = TestPages(db, self.actor, config, self.devices, self.result)
        self.bulk = BulkPrint(db, self.actor, config, self.devices, self.result)
        self.bulk.queued.connect(self.queue.schedule_refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("labelTabs")
        for tab in (self.queue, self.test_pages, self.bulk):
            self.tabs.addTab(tab, "")

        row = QHBoxLayout()
        row.addWidget(self.kind_box)
        row.addWidget(self.ref_label)
        row.addWidget(self.ref_edit, 1)
        row.addWidget(self.preview_button)
        row.addWidget(self.print_button)
        body = QHBoxLayout()
        body.addWidget(self.preview, 2)
        body.addWidget(self.tabs, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(body, 1)
        layout.addWidget(self.result)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.ref_edit.returnPressed.connect(self._enter)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_current)
        self.print_shortcut = QShortcut(QKeySequence(PRINT_KEY), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.activated.connect(self.print_current)

    def retranslate(self) -> None:
        for i, kind in enumerate(LABEL_KINDS):
            self.kind_box.setItemText(i, label_kind_label(kind))
        self.ref_label.setText(self.tr("Order, waybill, SKU or bin"))
        self.ref_edit.setPlaceholderText(self.tr("Scan or type, then Enter"))
        self.preview_button.setText(self.tr("Preview"))
        self.print_button.setText(self.tr("Print (Enter / %1)").replace("%1", PRINT_KEY))
        self.tabs.setTabText(0, self.tr("Print queue"))
        self.tabs.setTabText(1, self.tr("Printers and test pages"))
        self.tabs.setTabText(2, self.tr("Bulk SKU and bin labels"))
        for part in (self.preview, self.queue, self.test_pages, self.bulk):
            part.retranslate()

    def refresh(self) -> None:
        self.code_book = None  # the catalogue or bins may have changed
        self.queue.refresh()
        self.test_pages.refresh()
        self.ref_edit.setFocus()

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def reference(self) -> str:
        return self.ref_edit.text().strip()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def on_scan(self, code: str) -> bool:
        """A scan picks the label kind it fits (a waybill or order number keeps
        e-waybill or delivery note), fills the reference and previews at once."""
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.print_current()
            elif scan.command is Command.CANCEL:
                self.ref_edit.clear()
                self.preview.clear()
                self.previewed = None
            return True
        value = scan.value or code.strip()
        if scan.kind in (CodeKind.WAYBILL, CodeKind.ORDER_NUMBER):
            if self.kind not in ORDER_KINDS:
                self.set_kind("ewaybill")
        elif scan.kind is CodeKind.SKU_BARCODE:
            self.set_kind("sku")
            value = scan.product_barcode or value
        elif scan.kind is CodeKind.BIN:
            self.set_kind("bin")
        self.ref_edit.setText(value)
        self.ref_edit.setFocus()
        self.show_preview()
        return True

    def _kind_changed(self) -> None:
        self.previewed = None
        self.preview.clear()

    def _enter(self) -> None:
        """Enter previews a new reference, and prints the one already shown."""
        if self.previewed == (self.kind, self.reference):
            self.print_current()
        else:
            self.show_preview()

    def show_preview(self) -> bool:
        """Build the document and show its first page; False (and the reason
        in red) when it cannot be built or drawn."""
        self.previewed = None
        kind, ref = self.kind, self.reference
        if not ref:
            self.preview.clear()
            return False
        station = self.station
        try:
            document = build_document(station.db, self.actor, station.config, kind, ref)
            self.preview.show_document(document.pages)
        except DomainError as error:
            self.preview.clear()
            self.result.show_error(error_text(error))
            return False
        except ValueError as error:  # a template that cannot hold this data
            self.preview.clear()
            self.result.show_error(
                self.tr("This label cannot be drawn: %1").replace("%1", str(error))
            )
            return False
        self.previewed = (kind, ref)
        self.result.clear_result()
        return True

    def print_current(self) -> None:
        """Queue the label on the default printer and wake the spooler; an
        e-waybill printed before is refused and its job offered for 补打."""
        kind, ref = self.kind, self.reference
        if not ref:
            self.result.show_error(self.tr("Scan or type what the label is for first."))
            self.ref_edit.setFocus()
            return
        if self.previewed != (kind, ref) and not self.show_preview():
            return
        station = self.station
        try:
            job = print_document(station.db, self.actor, station.config, kind, ref)
        except AlreadyPrinted as error:
            self.result.show_error(error_text(error))
            self.tabs.setCurrentWidget(self.queue)
            self.queue.offer_reprint(str(error.params.get("job_id", "")))
            return
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        except ValueError as error:
            self.result.show_error(
                self.tr("This label cannot be drawn: %1").replace("%1", str(error))
            )
            return
        if self.devices is not None:
            self.devices.printing.wake()
        text = self.tr("%1 %2 queued on printer %3")
        for key, value in (("%1", label_kind_label(kind)), ("%2", ref), ("%3", job.printer_name)):
            text = text.replace(key, value)
        self.result.show_ok(text)
        self.queue.refresh()
        self.ref_edit.selectAll()
        self.ref_edit.setFocus()
