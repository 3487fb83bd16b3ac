"""A large coloured panel that says what just happened (green ok, red stop)."""

from __future__ import annotations

from ui.qt import QLabel, Qt, QWidget

OK_STYLE = "background:#1b7f3b;color:white;border-radius:8px;padding:12px;"
ERROR_STYLE = "background:#c62828;color:white;border-radius:8px;padding:12px;"


class ResultPanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        font = self.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.setFont(font)
        self.clear_result()

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)
        self.setVisible(True)

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)
        self.setVisible(True)

    def clear_result(self) -> None:
        self.setText("")
        self.setVisible(False)

    @property
    def is_error(self) -> bool:
        return self.isVisible() and self.styleSheet() == ERROR_STYLE
