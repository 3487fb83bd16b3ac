"""Settings: language, and where this station keeps its data."""

from __future__ import annotations

from app.config import save_config_value
from ui.qt import QComboBox, QFormLayout, QLabel, QVBoxLayout, Signal
from ui.screens.base import Screen

LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


class SettingsScreen(Screen):
    language_chosen = Signal(str)

    def build(self) -> None:
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(self.station.config.station.language))
        )
        self.language_box.currentIndexChanged.connect(self._language_changed)
        config = self.station.config
        self.values = {
            "station": QLabel(f"{config.station.code} · {config.station.name}"),
            "database": QLabel(self.station.db.display_url),
            "config": QLabel(str(config.source or config.paths.config_file)),
            "logs": QLabel(str(config.paths.log_dir)),
            "prints": QLabel(str(config.print_folder())),
        }
        for label in self.values.values():
            label.setWordWrap(True)
        self.labels = {key: QLabel() for key in ["language", *self.values]}
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language_box)
        for key, value in self.values.items():
            form.addRow(self.labels[key], value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        texts = {
            "language": self.tr("Language"),
            "station": self.tr("Station"),
            "database": self.tr("Database"),
            "config": self.tr("Config file"),
            "logs": self.tr("Log folder"),
            "prints": self.tr("Print folder"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)

    def _language_changed(self) -> None:
        code = self.language_box.currentData()
        save_config_value(self.station.config, "station", "language", code)
        self.language_chosen.emit(code)
