"""The receiving screen's putaway (上架, R-REC-4): scan an item then its bin,
or a bin then its items (the bin stays until Esc or another bin). A
defective, sample or other store is refused in red; the last unit of the
order announces the putaway (and a best-seller's restock, R-NEW-5).
"""

from __future__ import annotations

from app.errors import DomainError
from app.services.putaway import (
    BEST_SELLER_UNITS,
    PutawayResult,
    check_bin,
    item_to_put,
    put_away,
)
from ui.screens.receiving_base import ReceivingParts, problem_text


class PutawayMixin(ReceivingParts):
    """Mixed into :class:`ui.screens.receiving.ReceivingScreen`."""

    def _refused(self, error: DomainError) -> None:
        self.verdict.show_error(problem_text(error), self._putaway_prompt())

    def putaway_scan(self, code: str, is_bin: bool) -> None:
        """An item or a bin of the open, posted order."""
        assert self.inbound is not None
        number = self.inbound.number
        try:
            if is_bin and self.put_item:
                self._put(self.put_item, code)
            elif is_bin:
                self.put_bin = check_bin(self.station.db, self.actor, number, code)
                self._show()
                self.verdict.show_ok(
                    self.tr("Bin %1: scan the items that go in it.").replace("%1", self.put_bin)
                )
            elif self.put_bin:
                self._put(code, self.put_bin)
            else:
                hint = item_to_put(self.station.db, self.actor, number, code)
                self.put_item = code
                self._show()
                where = "、".join(hint.bins) or self.tr("none yet")
                self.verdict.show_ok(
                    self.tr("%1: now scan its bin.").replace("%1", hint.line.name),
                    self.tr("%1 wait for putaway · it lies in: %2")
                    .replace("%1", str(hint.line.in_receiving))
                    .replace("%2", where),
                )
        except DomainError as error:
            self._refused(error)

    def _put(self, item: str, bin_code: str) -> None:
        assert self.inbound is not None
        quantity = self._take_quantity()
        # R-NEW-5: [receiving].best_seller_units once the settings have it
        best = getattr(self.station.config.receiving, "best_seller_units", BEST_SELLER_UNITS)
        done = put_away(self.station.db, self.actor, self.inbound.number, item, bin_code,
                        self.clock(), quantity, int(best))  # fmt: skip
        self.inbound, self.put_item = done.inbound, ""
        self._show()
        if done.done:
            self._load_open()
            self.verdict.show_done(
                self.tr("Everything of %1 is put away.").replace("%1", done.inbound.number),
                self._announced(done),
            )
            return
        self.verdict.show_ok(
            self.tr("✓ %1 × %2 into %3")
            .replace("%1", done.line.name)
            .replace("%2", str(done.quantity))
            .replace("%3", done.bin_code),
            self.tr("%1 of this item, %2 in all, still wait.")
            .replace("%1", str(done.line.in_receiving))
            .replace("%2", str(done.inbound.in_receiving)),
        )

    def _announced(self, done: PutawayResult) -> str:
        if "restock" in done.notices:
            return self.tr(
                "The putaway and the best-seller's restock are announced to sales and product."
            )
        return self.tr("The putaway is announced to the product team.")

    def _putaway_prompt(self) -> str:
        if self.put_bin:
            return self.tr("Scan the items for bin %1 (Esc: another bin).").replace(
                "%1", self.put_bin
            )
        return self.tr("Put away: scan an item then its bin, or a bin then its items.")

    def _putaway_status(self) -> str:
        if self.put_item:
            return self.tr(" · item %1 waits for its bin").replace("%1", self.put_item)
        if self.put_bin:
            return self.tr(" · bin %1").replace("%1", self.put_bin)
        return ""
