"""The audit rules a person edits (R-ORD-2,3,4): orders per pass, the
cut-off, and the keywords that hold an order for each rule. The panel reads
and checks what is typed; the screen saves it (``save_requested``).

Also the rules' names in the user's language (:func:`rule_label`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from app.config import AuditSection, Config
from app.errors import InvalidInput
from app.services.order_audit import PASS_CEILING, RULES, split_words
from ui.errors import error_text
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

_RULE_NAMES = {
    "change_address": QT_TRANSLATE_NOOP("AuditRule", "Change address"),
    "change_courier": QT_TRANSLATE_NOOP("AuditRule", "Change courier"),
    "split": QT_TRANSLATE_NOOP("AuditRule", "Split shipment"),
    "hold": QT_TRANSLATE_NOOP("AuditRule", "Hold shipment"),
    "invoice": QT_TRANSLATE_NOOP("AuditRule", "Invoice"),
}


def rule_label(rule: str) -> str:
    """A rule code (change_address ...) in the user's language."""
    if rule not in _RULE_NAMES:
        return rule
    return QCoreApplication.translate("AuditRule", str(_RULE_NAMES[rule]))


class AuditRulesPanel(QWidget):
    """The [audit] keys a person edits: pass size, cut-off, keyword lists."""

    save_requested = Signal()  # the save button, or Enter in any field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_edit = QLineEdit()
        self.max_edit.setObjectName("auditMaxOrders")
        self.cutoff_edit = QLineEdit()
        self.cutoff_edit.setObjectName("auditCutoff")
        self.word_edits = {rule: QLineEdit() for rule in RULES}
        for rule, edit in self.word_edits.items():
            edit.setObjectName(f"auditWords_{rule}")
        self.labels = [QLabel() for _ in range(2)]
        self.rule_labels = {rule: QLabel() for rule in RULES}
        form = QFormLayout()
        form.addRow(self.labels[0], self.max_edit)
        form.addRow(self.labels[1], self.cutoff_edit)
        for rule in RULES:
            form.addRow(self.rule_labels[rule], self.word_edits[rule])
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveAuditRules")
        self.save_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_requested)
        for edit in (self.max_edit, self.cutoff_edit, *self.word_edits.values()):
            edit.returnPressed.connect(self.save_requested)

    def retranslate(self) -> None:
        self.labels[0].setText(
            self.tr("Orders per pass (1 to %1)").replace("%1", str(PASS_CEILING))
        )
        self.labels[1].setText(self.tr("Cut-off (HH:MM): paid later ships tomorrow"))
        for rule, label in self.rule_labels.items():
            label.setText(self.tr("%1 keywords").replace("%1", rule_label(rule)))
        hint = self.tr(
            "A paid order is held when its CS remark or buyer message has one of these words."
        )
        words = self.tr("Separate words with 、 , or spaces; an empty list holds nothing.")
        self.hint.setText(f"{hint}\n{words}")
        self.save_button.setText(self.tr("Save rules (Enter)"))

    def load(self, config: Config) -> None:
        rules = config.audit
        self.max_edit.setText(str(rules.max_orders))
        self.cutoff_edit.setText(rules.cutoff)
        for rule, edit in self.word_edits.items():
            edit.setText("、".join(getattr(rules, rule)))

    def read(self, config: Config) -> AuditSection | str:
        """The rules typed, or a sentence saying what is wrong."""
        size = unicodedata.normalize("NFKC", self.max_edit.text()).strip()
        if not size.isdigit() or not 1 <= int(size) <= PASS_CEILING:
            return self._max_text()
        cutoff = unicodedata.normalize("NFKC", self.cutoff_edit.text()).strip()
        if re.fullmatch(r"\d:\d\d", cutoff):
            cutoff = f"0{cutoff}"
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", cutoff):
            return self._cutoff_text()
        words = {rule: split_words(edit.text()) for rule, edit in self.word_edits.items()}
        return replace(
            config.audit,
            max_orders=int(size),
            cutoff=cutoff,
            change_address=words["change_address"],
            change_courier=words["change_courier"],
            split=words["split"],
            hold=words["hold"],
            invoice=words["invoice"],
        )

    def invalid_text(self, error: InvalidInput) -> str:
        field = error.params.get("field")
        if field == "max_orders":
            return self._max_text()
        if field == "cutoff":
            return self._cutoff_text()
        return error_text(error)

    def _max_text(self) -> str:
        return self.tr(
            "Orders per pass must be a whole number from 1 to %1. Nothing was saved."
        ).replace("%1", str(PASS_CEILING))

    def _cutoff_text(self) -> str:
        return self.tr("The cut-off must be a time written HH:MM, e.g. 17:00. Nothing was saved.")
