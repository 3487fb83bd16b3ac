"""Counting the goods against the delivery note (R-REC-1) and the labels at
once (R-REC-2): one unit a scan, a carton's quantity typed first, Ctrl+Z
takes the last count back, Ctrl+D records an item not on the note (错规格),
Enter finishes (twice with differences) and queues the SKU labels."""

from __future__ import annotations

from app.errors import DomainError
from app.services.inbound_print import print_receiving_labels
from app.services.receiving import count_goods, finish_counting, record_wrong_spec
from ui.screens.receiving_base import ReceivingParts, problem_text


class CountMixin(ReceivingParts):
    """Mixed into :class:`ui.screens.receiving.ReceivingScreen`."""

    def count(self, code: str, quantity: int | None = None) -> None:
        assert self.inbound is not None
        quantity = quantity if quantity is not None else self._take_quantity()
        try:
            inbound = count_goods(
                self.station.db,
                self.actor,
                self.inbound.number,
                code,
                self.station.config.receiving,
                quantity,
            )
        except DomainError as error:
            if error.params.get("reason") == "not_on_note":
                self.refused_code = code
            self.verdict.show_error(problem_text(error), self._next_text(self.inbound))
            return
        self.inbound, self.finish_armed = inbound, False
        self.last_count = (code, quantity) if quantity > 0 else None
        self._show()
        line = inbound.line_for(inbound.last_product_id)
        assert line is not None
        reason = (
            self.tr("✓ %1: %2 of %3").replace("%1", line.name).replace("%2", str(line.counted))
        ).replace("%3", str(line.expected))
        if quantity < 0:
            self.verdict.show_ok(
                self.tr("Taken back: %1.").replace("%1", line.name),
                reason,
            )
        elif line.status == "over":
            self.verdict.show_error(
                reason,
                self.tr(
                    "%1 more than the note: put them aside, they are not signed for.",
                ).replace("%1", str(line.difference)),
            )
        else:
            self.verdict.show_ok(reason, self._next_text(inbound))

    def undo_last(self) -> None:
        if self.inbound is None or self.last_count is None or self.inbound.stage != "counting":
            self.verdict.show_info(self.tr("Nothing to take back."))
            return
        code, quantity = self.last_count
        self.count(code, -quantity)
        self.last_count = None

    def record_wrong_spec(self) -> None:
        """Ctrl+D: the SKU just refused as not on the note is recorded (错规格), not signed for."""
        if self.inbound is None or not self.refused_code:
            self.verdict.show_info(self.tr("Scan the item that is not on the note first."))
            return
        try:
            inbound = record_wrong_spec(
                self.station.db,
                self.actor,
                self.inbound.number,
                self.refused_code,
                self._take_quantity(),
                "",
                self.station.config.receiving,
            )
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.inbound, self.refused_code = inbound, ""
        self._show()
        line = inbound.line_for(inbound.last_product_id)
        self.verdict.show_info(
            self.tr("Recorded as not on the note: %1 × %2. Keep them aside.")
            .replace("%1", line.name if line else "")
            .replace("%2", str(line.counted if line else 0))
        )

    def finish(self) -> None:
        """Enter: counting ends (with differences: Enter twice); labels at once (R-REC-2)."""
        inbound = self.inbound
        assert inbound is not None
        differences = [ln for ln in inbound.lines if ln.status != "match"]
        if differences and not self.finish_armed:
            self.finish_armed = True
            self.verdict.show_error(
                self.tr("%1 lines differ from the note.").replace("%1", str(len(differences))),
                self.tr(
                    "Press Enter again to finish counting with these differences.",
                ),
            )
            return
        try:
            inbound = finish_counting(self.station.db, self.actor, inbound.number, self.clock())
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.inbound, self.finish_armed = inbound, False
        self._show()
        try:
            labels = print_receiving_labels(
                self.station.db, self.actor, self.station.config, inbound.number
            )
            printed = self.tr("%1 labels queued: stick them on now.").replace(
                "%1", str(labels.labels)
            )
        except DomainError as error:
            printed = self.tr("Labels not printed: %1 (Ctrl+L tries again)").replace(
                "%1", problem_text(error)
            )
        self.verdict.show_done(
            self.tr("Counted: %1 signed for of %2 on the note.")
            .replace("%1", str(inbound.signed_total))
            .replace("%2", str(inbound.expected_total)),
            printed + "\n" + self._sign_prompt(inbound),
        )

    def print_labels(self) -> None:
        if self.inbound is None:
            return
        try:
            labels = print_receiving_labels(
                self.station.db, self.actor, self.station.config, self.inbound.number
            )
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.verdict.show_info(
            self.tr(
                "%1 labels queued; %2 lines were printed before (a reprint is in the queue).",
            )
            .replace("%1", str(labels.labels))
            .replace("%2", str(len(labels.skipped)))
        )

    # --- signing and posting -------------------------------------------
