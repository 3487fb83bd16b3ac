"""SKU and bin labels in bulk (a delivery of one style, a new zone of bins),
rendered and queued in short slices on the GUI thread so the window stays
responsive and the printer starts while the rest is still being rendered."""

from __future__ import annotations

import re
import time

from app.errors import DomainError
from app.services.labels import bulk_codes, print_document
from ui.errors import error_text
from ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    Signal,
)
from ui.widgets.station_panel import StationPanel

SLICE_S = 0.04  # work per timer tick: the GUI answers keys and paints between slices
SHOWN_FAILURES = 5


def pasted_codes(text: str) -> list[str]:
    """Codes pasted one per line (commas, spaces and tabs separate them too)."""
    return [code for code in re.split(r"[\s,，;；]+", text) if code]


class BulkPrint(StationPanel):
    """Pick SKU or bin labels by style / zone or a pasted list; watch them queue."""

    queued = Signal()  # some jobs were added (the queue view reloads)

    def build(self) -> None:
        self.codes: list[str] = []
        self.done = 0
        self.failures: list[tuple[str, str]] = []
        self.cancelled = False
        self.running = False
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("bulkKind")
        self.kind_box.addItem("", "sku")
        self.kind_box.addItem("", "bin")
        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("bulkGroup")
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setObjectName("bulkCodes")
        self.copies_box = QSpinBox()
        self.copies_box.setObjectName("bulkCopies")
        self.copies_box.setRange(1, 999)
        self.start_button = QPushButton()
        self.start_button.setObjectName("bulkStart")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("bulkCancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("bulkProgress")
        self.progress.setValue(0)
        self.summary = QLabel()
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        fields = [self.kind_box, self.group_edit, self.codes_edit, self.copies_box]
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind_box.setItemText(0, self.tr("SKU labels: every SKU of a style number"))
        self.kind_box.setItemText(1, self.tr("Bin labels: every bin of a zone"))
        texts = [
            self.tr("Labels"),
            self.tr("Style no. / zone"),
            self.tr("Or codes, one per line"),
            self.tr("Copies of each"),
        ]
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.group_edit.setPlaceholderText(self.tr("e.g. LJ01 or A1"))
        self.start_button.setText(self.tr("Print all"))
        self.cancel_button.setText(self.tr("Stop"))

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def start(self) -> None:
        """Find the codes, then queue them slice by slice (see :meth:`_step`)."""
        if self.running:
            return
        codes = pasted_codes(self.codes_edit.toPlainText())
        group = self.group_edit.text().strip()
        if not codes and group:
            try:
                codes = bulk_codes(self.db, self.actor, self.kind, group)
            except DomainError as error:
                self.result.show_error(error_text(error))
                return
        if not codes:
            self.result.show_error(
                self.tr("No labels to print: enter a style number or zone, or paste codes.")
            )
            return
        self.codes, self.done, self.failures, self.cancelled = codes, 0, [], False
        self.progress.setRange(0, len(codes))
        self.progress.setValue(0)
        self.summary.setText("")
        self.running = True
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._timer.start()

    def cancel(self) -> None:
        self.cancelled = True

    def _step(self) -> None:
        """Queue labels for about :data:`SLICE_S`, then give the GUI its turn."""
        deadline = time.monotonic() + SLICE_S
        copies = self.copies_box.value()
        while self.done < len(self.codes) and not self.cancelled:
            code = self.codes[self.done]
            try:
                print_document(self.db, self.actor, self.config, self.kind, code, copies)
            except DomainError as error:
                self.failures.append((code, error_text(error)))
            except ValueError as error:  # the template cannot hold this code
                self.failures.append((code, str(error)))
            self.done += 1
            if time.monotonic() > deadline:
                break
        self.progress.setValue(self.done)
        if self.devices is not None:
            self.devices.printing.wake()  # the printer starts on the first slice
        self.queued.emit()
        if self.done < len(self.codes) and not self.cancelled:
            self._timer.start()
        else:
            self._finish()

    def _finish(self) -> None:
        self.running = False
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        total, failed = len(self.codes), len(self.failures)
        text = self.tr("%1 of %2 labels queued.")
        if self.cancelled:
            text = self.tr("Stopped: %1 of %2 labels queued.")
        text = text.replace("%1", str(self.done - failed)).replace("%2", str(total))
        if failed:
            lines = [f"{code}: {reason}" for code, reason in self.failures[:SHOWN_FAILURES]]
            more = failed - len(lines)
            text += "\n" + self.tr("%1 not printed:").replace("%1", str(failed))
            text += "\n" + "\n".join(lines) + (f"\n… (+{more})" if more > 0 else "")
        self.summary.setText(text)
        if failed or self.cancelled:
            self.result.show_error(text)
        else:
            self.result.show_ok(text)
