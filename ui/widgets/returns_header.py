"""The returns desk's header (R-RET-1,2): the order and what it shipped and
what came back, the stage in big type (count, QC, signed, posted) with the
reason or decision the next scan takes, and who has signed."""

from __future__ import annotations

from app.services.returns_view import ReturnView
from ui.labels import status_label
from ui.qt import QLabel, QVBoxLayout, QWidget
from ui.widgets.returns_lines import decision_label, mode_label, reason_label
from ui.widgets.type_size import enlarge

STAGE_STYLES = {
    "count": "background:#e3f2fd;color:#0d47a1;border-radius:10px;padding:10px;",
    "qc": "background:#fff3e0;color:#e65100;border-radius:10px;padding:10px;",
    "post": "background:#e8f5e9;color:#1b5e20;border-radius:10px;padding:10px;",
    "done": "background:#1b7f3b;color:white;border-radius:10px;padding:10px;",
    "cancelled": "background:#eeeeee;color:#424242;border-radius:10px;padding:10px;",
}


class ReturnHeader(QWidget):
    """Order, stage and signatures; the screen refreshes it after every step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order_label = QLabel()
        self.order_label.setObjectName("returnsOrder")
        self.order_label.setWordWrap(True)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("returnsStage")
        self.stage_label.setWordWrap(True)
        self.signatures = QLabel()
        self.signatures.setObjectName("returnsSignatures")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, factor in (
            (self.order_label, 1.4),
            (self.stage_label, 1.8),
            (self.signatures, 1.3),
        ):
            enlarge(widget, factor)
            layout.addWidget(widget)

    def show_view(self, view: ReturnView | None, reason: str, decision: str) -> None:
        if view is None:
            self.order_label.setText(self.tr("Scan the returned parcel's waybill or order number"))
            self.stage_label.setText("")
            self.stage_label.setStyleSheet("")
            self.signatures.setText("")
            return
        shipped = " · ".join(
            self.tr("%1 shipped %2, back before %3, now %4")
            .replace("%1", i.sku_code)
            .replace("%2", str(i.shipped))
            .replace("%3", str(i.returned_before))
            .replace("%4", str(i.counted))
            for i in view.items
        )
        self.order_label.setText(
            self.tr("Order %1 · %2 · %3 · %4 · %5")
            .replace("%1", view.order_no)
            .replace("%2", view.recipient)
            .replace("%3", view.waybill_no)
            .replace("%4", status_label(view.order_status))
            .replace("%5", mode_label(view.mode))
            + "\n"
            + shipped
        )
        stage = view.stage
        texts = {
            "count": self.tr("COUNT · reason: %1 · then the clerk's badge").replace(
                "%1", reason_label(reason)
            ),
            "qc": self.tr("QC · decision: %1 · then the QC badge").replace(
                "%1", decision_label(decision)
            ),
            "post": self.tr("SIGNED · Enter posts"),
            "done": self.tr("POSTED %1").replace("%1", view.number),
            "cancelled": self.tr("CANCELLED %1").replace("%1", view.number),
        }
        self.stage_label.setText(texts[stage])
        self.stage_label.setStyleSheet(STAGE_STYLES[stage])
        sent = ", ".join(f"{sku} ×{n}" for sku, n in view.replacements)
        self.signatures.setText(
            self.tr("Clerk: %1 · QC: %2")
            .replace("%1", view.signed_by("clerk") or "—")
            .replace("%2", view.signed_by("qc") or "—")
            + (" · " + self.tr("sent instead: %1").replace("%1", sent) if sent else "")
        )

    def posted_texts(self, view: ReturnView) -> tuple[str, str]:
        back = sum(x.quantity for x in view.lines if x.decision == "resellable")
        bad = sum(x.quantity for x in view.lines if x.decision == "defective")
        refused = sum(x.quantity for x in view.lines if x.decision == "refused")
        head = (
            self.tr("Posted %1: %2 back to stock, %3 to the defective store, %4 refused.")
            .replace("%1", view.number)
            .replace("%2", str(back))
            .replace("%3", str(bad))
            .replace("%4", str(refused))
        )
        if view.exchange_order_no:
            tail = self.tr("Exchange order %1 (换货) is waiting for the order clerk.")
            return head, tail.replace("%1", view.exchange_order_no)
        if back + bad:
            return head, self.tr("A refund notice is queued for the next step.")
        return head, self.tr("Nothing accepted: the goods go back to the customer.")
