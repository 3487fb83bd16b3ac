"""Login: scan a badge, or type user name and PIN."""

from __future__ import annotations

from app.errors import DomainError
from app.services.auth import LockoutPolicy, login_with_badge, login_with_pin
from app.services.context import Actor
from app.station import Station
from ui.errors import error_text
from ui.qt import (
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scanner import prepare_scan_field
from ui.widgets.result_panel import ResultPanel


class LoginScreen(QWidget):
    """Enter in the user field tries the text as a badge first (a badge scanner
    types the code and Enter); if it is no badge, the PIN field takes over."""

    logged_in = Signal(object)  # Actor

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("loginUser")
        prepare_scan_field(self.user_edit)  # user names and badges are Latin: no pinyin IME
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("loginPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton()
        self.login_button.setObjectName("loginButton")
        self.result = ResultPanel()
        self.user_label = QLabel()
        self.pin_label = QLabel()

        form = QFormLayout()
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.pin_label, self.pin_edit)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.hint)
        box.addLayout(form)
        box.addWidget(self.login_button)
        box.addWidget(self.result)
        box.addStretch(2)
        box.setContentsMargins(200, 40, 200, 40)

        self.user_edit.returnPressed.connect(self._user_entered)
        self.pin_edit.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Warehouse Station"))
        self.hint.setText(self.tr("Scan your badge, or enter your user name and PIN"))
        self.user_label.setText(self.tr("User name"))
        self.pin_label.setText(self.tr("PIN"))
        self.login_button.setText(self.tr("Log in (Enter)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.user_edit.clear()
        self.pin_edit.clear()
        self.result.clear_result()
        self.user_edit.setFocus()

    def on_scan(self, code: str) -> bool:
        """A scanned badge logs in at once, wherever the focus was."""
        try:
            actor = login_with_badge(self.station.db, code, self.station.config.station.code)
        except DomainError as error:
            self._fail(error)
            return True
        self._succeed(actor)
        return True

    def _user_entered(self) -> None:
        code = self.user_edit.text().strip()
        if not code:
            return
        try:
            actor = login_with_badge(
                self.station.db, code, self.station.config.station.code, audit_unknown=False
            )
        except DomainError as error:
            if error.code == "login_failed":  # not a badge: a user name, PIN next
                self.pin_edit.setFocus()
                return
            self._fail(error)
            return
        self._succeed(actor)

    def submit(self) -> None:
        username = self.user_edit.text().strip()
        if not username:
            self.user_edit.setFocus()
            return
        security = self.station.config.security
        try:
            actor = login_with_pin(
                self.station.db,
                username,
                self.pin_edit.text(),
                self.station.config.station.code,
                LockoutPolicy(security.pin_max_attempts, security.lockout_minutes),
            )
        except DomainError as error:
            self._fail(error)
            return
        self._succeed(actor)

    def _fail(self, error: DomainError) -> None:
        self.pin_edit.clear()
        self.result.show_error(error_text(error))
        self.pin_edit.setFocus()

    def _succeed(self, actor: Actor) -> None:
        self.pin_edit.clear()
        self.user_edit.clear()
        self.result.clear_result()
        self.logged_in.emit(actor)
