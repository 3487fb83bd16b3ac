"""A signature by user name and PIN (R-REC-3), for whoever has no badge at
hand: the keeper or the warehouse supervisor types both and presses Enter."""

from __future__ import annotations

from ui.qt import QEvent, QHBoxLayout, QLabel, QLineEdit, QWidget, Signal
from ui.widgets.type_size import enlarge


class PinSignature(QWidget):
    submitted = Signal(str, str)  # user name, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivingPinSignature")
        self.hint = QLabel()
        self.user_label, self.pin_label = QLabel(), QLabel()
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("receivingSignUser")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("receivingSignPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QHBoxLayout(self)
        for widget in (self.hint, self.user_label, self.user_edit, self.pin_label, self.pin_edit):
            enlarge(widget, 1.2)
            layout.addWidget(widget)
        self.user_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Sign with PIN:"))
        self.user_label.setText(self.tr("User name"))
        self.pin_label.setText(self.tr("PIN, then Enter"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        self.user_edit.clear()
        self.pin_edit.clear()
        self.setVisible(True)
        self.user_edit.setFocus()

    def _submit(self) -> None:
        user, pin = self.user_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        if user and pin:
            self.submitted.emit(user, pin)
