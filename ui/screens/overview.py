"""Overview: who is here and how many orders are in each state."""

from __future__ import annotations

from app.db.models import ORDER_STATUSES
from app.errors import DomainError
from app.permissions import Action
from app.services.orders import status_counts
from app.services.pack import material_alerts
from ui.errors import error_text
from ui.labels import role_label, status_label
from ui.qt import QGridLayout, QLabel, QVBoxLayout
from ui.screens.base import Screen
from ui.screens.pack import ALERT_STYLE, material_alert_text


class OverviewScreen(Screen):
    def build(self) -> None:
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSize(int(font.pointSize() * 1.5))
        self.greeting.setFont(font)
        self.counts_title = QLabel()
        self.grid = QGridLayout()
        self.count_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for i, status in enumerate(ORDER_STATUSES):
            name, value = QLabel(), QLabel("0")
            value.setObjectName(f"count_{status}")
            self.grid.addWidget(name, i // 4, (i % 4) * 2)
            self.grid.addWidget(value, i // 4, (i % 4) * 2 + 1)
            self.count_labels[status] = (name, value)
        self.error = QLabel()
        # R-PAK-2: packing material to reorder, for those who may approve.
        self.alerts = QLabel()
        self.alerts.setObjectName("materialAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(ALERT_STYLE)
        self.alerts.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.counts_title)
        layout.addLayout(self.grid)
        layout.addWidget(self.alerts)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        roles = "、".join(role_label(r) for r in sorted(self.actor.roles))
        self.greeting.setText(
            self.tr("Hello, %1 (%2)").replace("%1", self.actor.full_name).replace("%2", roles)
        )
        self.counts_title.setText(self.tr("Orders by state"))
        for status, (name, _value) in self.count_labels.items():
            name.setText(status_label(status))

    def refresh(self) -> None:
        try:
            counts = status_counts(self.station.db, self.actor)
        except DomainError as error:
            self.error.setText(error_text(error))
            return
        self.error.clear()
        for status, (_name, value) in self.count_labels.items():
            value.setText(str(counts[status]))
        self.show_material_alerts()

    def show_material_alerts(self) -> None:
        """R-PAK-2: materials that would not last ``[pack].reorder_days``."""
        if not self.actor.may(Action.APPROVE_OVERRIDE):
            return
        try:
            alerts = material_alerts(self.station.db, self.actor, self.station.config.pack)
        except DomainError as error:
            self.error.setText(error_text(error))
            return
        lines = [self.tr("Packing material to reorder (R-PAK-2):")]
        lines += [material_alert_text(alert) for alert in alerts]
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(alerts))
