"""One document as it stands (R-ACC-2,3): its particulars, its lines (the
posted value and, once corrected, before → after), who signed in which
capacity and when, and the corrections trail (before → after, the
corrector's full name, date and reason). A clerk or supervisor corrects a
posted line here (划改): a new entry, never an overwrite, booked in the
ledger (:func:`app.services.corrections.correct_line`)."""

from __future__ import annotations

from app.roles import Role
from app.services.books_view import DocumentDetail, document_detail
from app.services.corrections import correct_line
from app.services.document_corrections import CorrectionInfo
from ui.books_errors import capacity_text
from ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.books_owner import BooksOwner
from ui.widgets.books_texts import kind_text, state_text
from ui.widgets.stock_table import fill, make_table
from ui.widgets.type_size import enlarge

CORRECTED_COLOUR = "#fff3cd"
CORRECTORS = {Role.CLERK, Role.SUPERVISOR}  # documents.correct_quantity checks again


class DocumentView(QWidget):
    """Displays a :class:`DocumentDetail`; the correction form below the trail."""

    def __init__(self, owner: BooksOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.detail: DocumentDetail | None = None
        self.number_label, self.ref_label = QLabel(), QLabel()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("booksDocumentNumber")
        self.number_edit.returnPressed.connect(lambda: self.open(self.number_edit.text()))
        self.title = QLabel()
        self.title.setObjectName("booksDocumentTitle")
        enlarge(self.title, 1.4)
        self.particulars = QLabel()
        self.particulars.setObjectName("booksDocumentParticulars")
        self.particulars.setWordWrap(True)
        self.lines_label, self.signatures_label, self.trail_label = QLabel(), QLabel(), QLabel()
        self.lines = make_table("booksDocumentLines", 9)
        self.signatures = make_table("booksDocumentSignatures", 4)
        self.missing = QLabel()
        self.missing.setObjectName("booksDocumentMissing")
        self.trail = make_table("booksCorrections", 6)
        self.correct_box = QWidget()
        self.line_label, self.qty_label, self.reason_label = QLabel(), QLabel(), QLabel()
        self.line_spin = QSpinBox()
        self.line_spin.setObjectName("booksCorrectLine")
        self.line_spin.setMinimum(1)
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("booksCorrectQty")
        self.qty_spin.setRange(0, 1_000_000)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("booksCorrectReason")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("booksCorrect")
        form = QGridLayout(self.correct_box)
        form.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate(
            (self.line_label, self.line_spin, self.qty_label, self.qty_spin, self.reason_label)
        ):
            form.addWidget(widget, 0, column)
        form.addWidget(self.reason_edit, 0, 5)
        form.addWidget(self.correct_button, 0, 6)
        form.setColumnStretch(5, 1)
        top = QHBoxLayout()
        top.addWidget(self.number_label)
        top.addWidget(self.number_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.particulars)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.lines, 3)
        layout.addWidget(self.signatures_label)
        layout.addWidget(self.signatures, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.trail_label)
        layout.addWidget(self.trail, 1)
        layout.addWidget(self.correct_box)
        self.line_spin.valueChanged.connect(self._line_chosen)
        self.reason_edit.returnPressed.connect(self.correct)
        self.correct_button.clicked.connect(self.correct)
        self.correct_box.setVisible(False)

    def retranslate(self) -> None:
        self.number_label.setText(self.tr("Document number"))
        self.number_edit.setPlaceholderText(self.tr("Scan or type a number, e.g. RK20261128-001"))
        self.lines_label.setText(self.tr("Lines"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("SKU"), self.tr("Name"), self.tr("Style, colour, size"),
             self.tr("Expected"), self.tr("Quantity"), self.tr("Lot"), self.tr("From"),
             self.tr("To")]
        )  # fmt: skip
        self.signatures_label.setText(self.tr("Signatures"))
        self.signatures.setHorizontalHeaderLabels(
            [self.tr("Capacity"), self.tr("Name"), self.tr("How"), self.tr("When")]
        )
        self.trail_label.setText(self.tr("Corrections (划改): the value before stays"))
        self.trail.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("SKU"), self.tr("Before → after"), self.tr("Corrected by"),
             self.tr("When"), self.tr("Reason")]
        )  # fmt: skip
        self.line_label.setText(self.tr("Line"))
        self.qty_label.setText(self.tr("Right quantity"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why the posted value was wrong"))
        self.correct_button.setText(self.tr("Correct (划改)"))
        if self.detail is not None:
            self.display(self.detail)

    # --- showing -------------------------------------------------------

    def open(self, ref: str) -> bool:
        """Load and show a document by number; False (and why) when refused."""
        ref = ref.strip()
        if not ref:
            return False
        db, actor = self.owner.station.db, self.owner.actor
        zone = self.owner.station.config.audit.timezone
        detail = self.owner.local(lambda: document_detail(db, actor, ref, zone))
        if detail is None:
            return False
        self.display(detail)
        return True

    def display(self, detail: DocumentDetail) -> None:
        self.detail = detail
        d = detail.document
        self.number_edit.setText(d.number)
        self.title.setText(f"{d.number} · {kind_text(d.kind)} · {state_text(d.state)}")
        parts = [
            self.tr("Day %1").replace("%1", d.day.isoformat()),
            self.tr("Warehouse %1").replace("%1", d.warehouse)
            + (f" → {d.to_warehouse}" if d.to_warehouse else ""),
            self.tr("Reference %1").replace("%1", d.reference) if d.reference else "",
            self.tr("Partner %1").replace("%1", d.partner) if d.partner else "",
            self.tr("Made by %1 at %2").replace("%1", d.created_by).replace("%2", d.created_at),
            self.tr("Posted by %1 at %2").replace("%1", d.posted_by).replace("%2", d.posted_at)
            if d.posted_at
            else "",
            self.tr("Note: %1").replace("%1", d.note) if d.note else "",
        ]
        self.particulars.setText(" · ".join(p for p in parts if p))
        fill(
            self.lines,
            [
                [ln.line_no, ln.sku, ln.name, ln.spec, ln.expected,
                 f"{ln.actual} → {ln.effective}" if ln.effective != ln.actual else ln.actual,
                 ln.lot, ln.from_bin, ln.to_bin]
                for ln in d.lines
            ],
            [CORRECTED_COLOUR if ln.effective != ln.actual else "" for ln in d.lines],
        )  # fmt: skip
        fill(
            self.signatures,
            [[capacity_text(s.capacity), s.name, self._method(s.method), s.at]
             for s in d.signatures],
        )  # fmt: skip
        missing = "、".join(capacity_text(c) for c in detail.missing)
        self.missing.setText(self.tr("Still to sign: %1").replace("%1", missing) if missing else "")
        fill(
            self.trail,
            [[c.line_no or "", c.sku, f"{c.before} → {c.after}", c.corrector, c.at, c.reason]
             for c in d.corrections],
        )  # fmt: skip
        may_correct = bool(self.owner.actor.roles & CORRECTORS) and d.state == "posted"
        self.correct_box.setVisible(may_correct and bool(d.lines))
        if d.lines:
            self.line_spin.setMaximum(max(ln.line_no for ln in d.lines))
            self._line_chosen(self.line_spin.value())

    def _method(self, method: str) -> str:
        return {"badge": self.tr("badge"), "pin": self.tr("PIN")}.get(method, method)

    def _line_chosen(self, line_no: int) -> None:
        if self.detail is None:
            return
        line = next((ln for ln in self.detail.document.lines if ln.line_no == line_no), None)
        if line is not None:
            self.qty_spin.setValue(line.effective)

    # --- correcting (R-ACC-3) ------------------------------------------

    def correct(self) -> None:
        if self.detail is None:
            return
        number, line_no = self.detail.document.number, self.line_spin.value()
        qty, reason = self.qty_spin.value(), self.reason_edit.text()
        db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
        done: CorrectionInfo | None = self.owner.local(
            lambda: correct_line(db, actor, number, line_no, qty, reason, now)
        )
        if done is None:
            return
        self.reason_edit.clear()
        self.open(number)
        self.owner.result.show_ok(
            self.tr("%1 line %2: %3 → %4, corrected by %5.")
            .replace("%1", done.number)
            .replace("%2", str(done.line_no))
            .replace("%3", done.before)
            .replace("%4", done.after)
            .replace("%5", done.corrector)
        )
