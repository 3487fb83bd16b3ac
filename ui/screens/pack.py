"""The pack station (打包, R-PAK-1,2): scan the waybill or the delivery note
and the verified order appears with its items; the other document must be
the same order's (R-PAK-1, else a big red stop); the packing material used is
scanned, or chosen with the number keys or arrows for material without a
label; Enter (or ``CMD:CONFIRM``) seals the parcel.

Material running short (R-PAK-2) is shown at once for the supervisor; the
Overview lists it for everyone who may approve. A pre-packed parcel (R-BAT-5)
is sent straight to weighing.
"""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError, NotFound
from app.services.pack import (
    Material,
    MaterialAlert,
    PackResult,
    check_pack_document,
    confirm_pack,
    list_materials,
    material_of,
    open_pack,
)
from app.services.parcel import Parcel
from app.services.scanning import load_code_book
from ui.errors import error_text
from ui.labels import grams_text
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel

ALERT_STYLE = "background:#fff3cd;color:#5d4200;border:2px solid #e0a800;padding:8px;"
_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_ADD_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Space)
_REMOVE_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_SEAL_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def document_kind(parcel: Parcel, code: str) -> str:
    """Which of the order's documents ``code`` is (the waybill is looked up first)."""
    return "waybill" if code.strip() == parcel.waybill_no else "delivery_note"


class PackScreen(Screen):
    """One parcel at a time: documents, material, seal."""

    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.parcel: Parcel | None = None
        self.documents: dict[str, str] = {}  # waybill | delivery_note -> scanned code
        self.used: dict[str, int] = {}  # material SKU -> units, in the order scanned
        self.materials: list[Material] = []
        self.last_result: PackResult | None = None

        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("packScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)
        self.order_label = QLabel()
        self.order_label.setObjectName("packOrder")
        enlarge(self.order_label, 1.6)
        self.documents_label = QLabel()
        self.documents_label.setObjectName("packDocuments")
        enlarge(self.documents_label, 1.3)
        self.verdict = VerdictPanel()
        self.alerts = QLabel()
        self.alerts.setObjectName("packAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.alerts.setVisible(False)
        enlarge(self.alerts, 1.2)

        self.items = QTableWidget(0, 4)
        self.items.setObjectName("packItems")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.horizontalHeader().setStretchLastSection(True)
        enlarge(self.items, 1.3)
        self.materials_title = QLabel()
        self.material_list = QListWidget()
        self.material_list.setObjectName("packMaterials")
        self.material_list.installEventFilter(self)
        enlarge(self.material_list, 1.3)
        self.weight_label = QLabel()
        self.weight_label.setObjectName("packMaterialWeight")
        enlarge(self.weight_label, 1.3)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("packKeys")
        self.keys_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        right = QVBoxLayout()
        right.addWidget(self.materials_title)
        right.addWidget(self.material_list, 1)
        right.addWidget(self.weight_label)
        middle = QHBoxLayout()
        middle.addWidget(self.items, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.documents_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.alerts)
        layout.addLayout(middle, 1)
        layout.addWidget(self.keys_label)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.seal_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.seal_shortcut.setContext(context)
        self.seal_shortcut.activated.connect(self.seal)
        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.cancel_shortcut.setContext(context)
        self.cancel_shortcut.activated.connect(self.start_over)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(
            self.tr("Waybill or delivery note, then the other one, then the packing material")
        )
        self.items.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Spec"), self.tr("Qty")]
        )
        self.materials_title.setText(self.tr("Packing material used"))
        self.keys_label.setText(
            self.tr(
                "1-9 or ↑↓ then Space: add the material · −: take one off · "
                "Enter or Ctrl+Enter: seal · Esc: start over · Tab: type a code"
            )
        )
        self._show_parcel()
        self._fill_materials()

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        self.code_book = None  # barcodes may have changed
        try:
            self.materials = list_materials(self.station.db, self.actor)
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        self._fill_materials()
        self.scan_edit.setFocus()

    def _book(self) -> CodeBook:
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        return self.code_book

    # --- scanning ------------------------------------------------------

    def empty_enter(self) -> None:
        self.seal()  # as the scanner's CMD:CONFIRM

    def on_scan(self, code: str) -> bool:
        """The first document opens the order; then the other document, or
        packing material; commands confirm, cancel or undo."""
        code = code.strip()
        if not code:
            return True
        scan = classify(code, self._book())
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.seal()
            elif scan.command is Command.CANCEL:
                self.start_over()
            elif scan.command is Command.UNDO:
                self.take_back()
            return True
        if self.parcel is None:
            self.open_order(code)
        elif scan.kind is CodeKind.SKU_BARCODE or code in {m.sku_code for m in self.materials}:
            self.add_material(scan.product_barcode or code)
        else:
            self.check_document(code)
        return True

    def open_order(self, code: str) -> None:
        self.alerts.setVisible(False)
        try:
            parcel = open_pack(self.station.db, self.actor, code)
        except DomainError as error:
            if error.params.get("prepacked"):  # R-BAT-5: packed ahead, not a stop
                self.verdict.show_ok(error_text(error))
            else:
                self.verdict.show_error(error_text(error))
            return
        self.parcel, self.last_result = parcel, None
        self.documents = {document_kind(parcel, code): code}
        self.used = {}
        self._show_parcel()
        self._fill_materials()
        self.verdict.show_ok(*self._next_step())
        self.material_list.setFocus()  # number keys choose material at once; Tab to type a code

    def check_document(self, code: str) -> None:
        """R-PAK-1: the other document must be this order's."""
        assert self.parcel is not None
        try:
            kind = check_pack_document(self.station.db, self.actor, self.parcel.order_id, code)
        except NotFound:  # no document: a material without a barcode we know, or goods
            self.add_material(code)
            return
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        self.documents[kind] = code
        self._show_parcel()
        self.verdict.show_ok(*self._next_step())

    def add_material(self, code: str, units: int = 1) -> None:
        if self.parcel is None:
            self.verdict.show_error(self.tr("Scan the waybill or the delivery note first."))
            return
        try:
            material = material_of(self.station.db, self.actor, code)
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        if material.sku_code not in {m.sku_code for m in self.materials}:
            self.materials.append(material)
        self.used[material.sku_code] = self.used.get(material.sku_code, 0) + units
        self._fill_materials(select=material.sku_code)
        self.verdict.show_ok(
            self.tr("+ %1 %2 (now %3)")
            .replace("%1", material.sku_code)
            .replace("%2", material.name)
            .replace("%3", str(self.used[material.sku_code]))
        )

    def take_back(self, sku: str | None = None) -> None:
        """One unit of ``sku`` (default: the material added last) off the parcel."""
        if not self.used:
            return
        sku = sku or list(self.used)[-1]
        if sku not in self.used:
            return
        self.used[sku] -= 1
        if not self.used[sku]:
            del self.used[sku]
        self._fill_materials(select=sku)
        self.verdict.show_info(
            self.tr("− %1 (now %2)").replace("%1", sku).replace("%2", str(self.used.get(sku, 0)))
        )

    def seal(self) -> None:
        """Both documents checked again and the material booked out (R-PAK-1,2)."""
        if self.parcel is None:
            self.verdict.show_error(self.tr("Scan the waybill or the delivery note first."))
            return
        if not self.used:
            self.verdict.show_error(
                self.tr("Scan or choose the packing material used before sealing.")
            )
            return
        codes = list(self.documents.values())
        documents = (codes[0], codes[-1])  # one document twice: the service says which is missing
        try:
            result = confirm_pack(
                self.station.db,
                self.actor,
                self.parcel.order_id,
                documents,
                dict(self.used),
                self.station.config.pack,
            )
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        self.last_result = result
        code = result.parcel.waybill_no or result.parcel.order_no
        self.parcel, self.documents, self.used = None, {}, {}
        self._show_parcel(result.parcel)
        self._fill_materials()
        self.verdict.show_done(
            self.tr("Sealed: order %1 is packed.").replace("%1", result.parcel.order_no),
            self.tr("Packing material %1. Take the parcel to weighing.").replace(
                "%1", grams_text(result.material_weight_g)
            ),
        )
        self.show_alerts(result.alerts)
        self.step_done.emit("pack", code)

    def show_alerts(self, alerts: tuple[MaterialAlert, ...]) -> None:
        """R-PAK-2: material that would not last ``reorder_days``: tell the supervisor."""
        if not alerts:
            self.alerts.setVisible(False)
            return
        lines = [self.tr("Tell the supervisor: packing material is running short (R-PAK-2).")]
        lines += [material_alert_text(alert) for alert in alerts]
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(True)

    def start_over(self) -> None:
        """Esc / CMD:CANCEL: nothing was booked; the parcel can be scanned again."""
        self.parcel, self.documents, self.used, self.last_result = None, {}, {}, None
        self._show_parcel()
        self._fill_materials()
        self.verdict.show_info(
            self.tr("Started over: nothing was packed."), self.tr("Scan the next parcel.")
        )
        self.scan_edit.setFocus()

    def open_parcel_at_step(self, code: str) -> None:
        self.open_order(code)

    @property
    def busy(self) -> bool:
        return self.parcel is not None

    def stop(self) -> None:
        self.verdict.stop()

    # --- keys on the material list -------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.material_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._material_key(event)
        return super().eventFilter(watched, event)

    def _material_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if key in _NUMBER_KEYS:
            index = _NUMBER_KEYS[key] - 1
            if index < len(self.materials):
                self.add_material(self.materials[index].sku_code)
            return True
        current = self.material_list.currentRow()
        if key in _ADD_KEYS and 0 <= current < len(self.materials):
            self.add_material(self.materials[current].sku_code)
            return True
        if key in _REMOVE_KEYS and 0 <= current < len(self.materials):
            self.take_back(self.materials[current].sku_code)
            return True
        if key in _SEAL_KEYS:
            self.seal()
            return True
        return False

    # --- showing -------------------------------------------------------

    def _next_step(self) -> tuple[str, str]:
        """What the scan did, and what to scan next."""
        assert self.parcel is not None
        if "waybill" not in self.documents:
            step = self.tr("Now scan the waybill.")
        elif "delivery_note" not in self.documents:
            step = self.tr("Now scan the delivery note.")
        else:
            step = self.tr(
                "Documents match: put the delivery note inside, scan the packing material, "
                "then Enter to seal."
            )
        reason = (
            self.tr("Order %1: %2 units.")
            .replace("%1", self.parcel.order_no)
            .replace("%2", str(self.parcel.units))
        )
        return reason, step

    def _show_parcel(self, shown: Parcel | None = None) -> None:
        parcel = shown or self.parcel
        if parcel is None:
            self.order_label.setText(self.tr("Scan a waybill or a delivery note"))
            self.documents_label.setText("")
            self.items.setRowCount(0)
            return
        self.order_label.setText(
            self.tr("Order %1 · %2 %3")
            .replace("%1", parcel.order_no)
            .replace("%2", parcel.courier_name)
            .replace("%3", parcel.waybill_no)
        )
        if shown is not None:
            self.documents_label.setText("")
        else:
            have = self.tr("✓ %1")
            need = self.tr("✗ %1: scan it")
            waybill, note = self.tr("Waybill"), self.tr("Delivery note")
            parts = [
                (have if kind in self.documents else need).replace("%1", name)
                for kind, name in (("waybill", waybill), ("delivery_note", note))
            ]
            self.documents_label.setText("    ".join(parts))
        self.items.setRowCount(len(parcel.lines))
        for r, line in enumerate(parcel.lines):
            spec = " ".join(p for p in (line.style_no, line.colour, line.size) if p)
            for c, value in enumerate((line.sku_code, line.name, spec, str(line.quantity))):
                self.items.setItem(r, c, QTableWidgetItem(value))
        self.items.resizeColumnsToContents()

    def _fill_materials(self, select: str = "") -> None:
        current = self.material_list.currentRow()
        self.material_list.clear()
        for i, material in enumerate(self.materials):
            units = self.used.get(material.sku_code, 0)
            key = f"{i + 1}  " if i < 9 else "    "
            text = f"{key}{material.name}  ({material.sku_code}, {material.unit_weight_g} g)"
            if units:
                text += f"   × {units}"
            item = QListWidgetItem(text)
            if units:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.material_list.addItem(item)
            if material.sku_code == select:
                current = i
        if 0 <= current < self.material_list.count():
            self.material_list.setCurrentRow(current)
        grams = sum(m.unit_weight_g * self.used.get(m.sku_code, 0) for m in self.materials)
        self.weight_label.setText(self.tr("Packing material: %1").replace("%1", grams_text(grams)))

    def used_units(self) -> dict[str, int]:
        """What the parcel has so far (for tests)."""
        return dict(self.used)


def material_alert_text(alert: MaterialAlert) -> str:
    """R-PAK-2, one line: "PK-CTN-4 4号纸箱: 12 left, about 3.5 days at 3.4 a day"."""
    text = QCoreApplication.translate("PackScreen", "%1 %2: %3 left, about %4 days at %5 a day")
    return (
        text.replace("%1", alert.sku_code)
        .replace("%2", alert.name)
        .replace("%3", str(alert.in_stock))
        .replace("%4", f"{alert.days_left:.1f}")
        .replace("%5", f"{alert.daily_use:.1f}")
    )
