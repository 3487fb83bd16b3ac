"""A signature by user name and PIN on a stock document (R-ACC-2), for
whoever has no badge at hand: type both, then Enter. A badge scan signs
without it (the screen takes the scan wherever the focus is)."""

from __future__ import annotations

from ui.qt import QHBoxLayout, QLabel, QLineEdit, QWidget, Signal
from ui.widgets.type_size import enlarge


class StockSigner(QWidget):
    submitted = Signal(str, str)  # user name, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockSigner")
        self.hint = QLabel()
        self.user_label, self.pin_label = QLabel(), QLabel()
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("stockSignUser")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("stockSignPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hint, self.user_label, self.user_edit, self.pin_label, self.pin_edit):
            enlarge(widget, 1.1)
            layout.addWidget(widget)
        self.user_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.submit)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Sign: scan the badge, or"))
        self.user_label.setText(self.tr("User name"))
        self.pin_label.setText(self.tr("PIN, then Enter"))

    def submit(self) -> None:
        user, pin = self.user_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        if user and pin:
            self.user_edit.clear()
            self.submitted.emit(user, pin)
