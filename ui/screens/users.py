"""Users: the supervisor adds users, sees lockouts and lifts them."""

from __future__ import annotations

from app.errors import DomainError
from app.roles import Role
from app.services.users import UserInfo, add_user, list_users, unlock_user
from ui.errors import error_text
from ui.labels import role_label
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.screens.base import Screen
from ui.widgets.result_panel import ResultPanel


class UsersScreen(Screen):
    def build(self) -> None:
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("usersTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock_selected)

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("newUsername")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("newFullName")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("newPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge_edit = QLineEdit()
        self.badge_edit.setObjectName("newBadge")
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_widget = QWidget()
        roles_grid = QGridLayout(roles_widget)
        for i, role in enumerate(Role):
            box = QCheckBox()
            box.setObjectName(f"role_{role.value}")
            self.role_boxes[role] = box
            roles_grid.addWidget(box, i // 4, i % 4)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add)
        self.result = ResultPanel()

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            [self.username_edit, self.full_name_edit, self.pin_edit, self.badge_edit, roles_widget],
            strict=True,
        ):
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Roles"),
                self.tr("Badge"),
                self.tr("State"),
            ]
        )
        for label, text in zip(
            self.labels,
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("PIN"),
                self.tr("Badge (optional)"),
                self.tr("Roles"),
            ],
            strict=True,
        ):
            label.setText(text)
        for role, box in self.role_boxes.items():
            box.setText(role_label(role))
        self.unlock_button.setText(self.tr("Unlock selected user"))
        self.add_button.setText(self.tr("Add user"))

    def refresh(self) -> None:
        try:
            users = list_users(self.station.db, self.actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.users = users
        self.table.setRowCount(len(users))
        for r, user in enumerate(users):
            values = [
                user.username,
                user.full_name,
                "、".join(role_label(role) for role in user.roles),
                self.tr("yes") if user.has_badge else "",
                self._state_text(user),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _state_text(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("disabled")
        if user.locked_until is not None:
            until = user.locked_until.astimezone().strftime("%H:%M")
            return self.tr("locked until %1").replace("%1", until)
        return self.tr("active")

    def add(self) -> None:
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        try:
            info = add_user(
                self.station.db,
                self.actor,
                self.username_edit.text(),
                self.full_name_edit.text(),
                self.pin_edit.text(),
                roles,
                self.badge_edit.text() or None,
            )
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        for edit in (self.username_edit, self.full_name_edit, self.pin_edit, self.badge_edit):
            edit.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
        self.result.show_ok(self.tr("User %1 added.").replace("%1", info.username))
        self.refresh()

    def unlock_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.result.show_error(self.tr("Select a user first."))
            return
        username = self.table.item(row, 0).text()
        try:
            unlock_user(self.station.db, self.actor, username)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.result.show_ok(self.tr("User %1 unlocked.").replace("%1", username))
        self.refresh()
