"""Choosing a ship batch on the picking and sorting screens: today's batches
in a list, or any batch by scanning its number (printed on the pick list)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.config import Config
from app.services.batches import BatchInfo
from ui.labels import batch_kind_label, batch_state_label
from ui.qt import QComboBox, QWidget, Signal

# B<ship date>-<cut-off>-<S|M|P><seq>, as app.services.batches numbers them.
BATCH_NO = re.compile(r"B\d{8}-\d+-[SMP]\d+")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def is_batch_no(code: str) -> bool:
    return BATCH_NO.fullmatch(code.strip().upper()) is not None


def station_now(config: Config, clock: Clock = utc_now) -> datetime:
    """Now in the station's time zone (``[audit].timezone``, Asia/Shanghai):
    "today" and the next cut-off (R-BAT-1) are local times."""
    return clock().astimezone(ZoneInfo(config.audit.timezone))


def ship_day(config: Config, clock: Clock = utc_now) -> date:
    return station_now(config, clock).date()


def next_cutoff(cutoffs: tuple[str, ...], now: datetime) -> int:
    """The 1-based index of the first cut-off still ahead (the last after 17:30)."""
    clock = now.strftime("%H:%M")
    for i, cutoff in enumerate(cutoffs, start=1):
        if cutoff > clock:
            return i
    return len(cutoffs)


def batch_title(batch: BatchInfo) -> str:
    """ "B20261128-3-M1 · 14:30 · 一单多品 · 12 单 · 拣货中"."""
    return " · ".join(
        (
            batch.batch_no,
            batch.cutoff,
            batch_kind_label(batch.kind),
            str(batch.order_count),
            batch_state_label(batch.state),
        )
    )


class BatchChooser(QComboBox):
    """Today's batches; ``chosen(batch_no)`` when the user picks one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchChooser")
        self.activated.connect(self._activated)

    def load(self, batches: Iterable[BatchInfo], current: str = "") -> None:
        """List ``batches``; keep ``current`` selected (silently)."""
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for batch in batches:
            self.addItem(batch_title(batch), batch.batch_no)
        self.show_batch(current)
        self.blockSignals(False)

    def set_placeholder(self, text: str) -> None:
        self.setItemText(0, text)

    def show_batch(self, batch_no: str) -> None:
        """Select ``batch_no`` if listed (a batch of another day may not be)."""
        index = self.findData(batch_no) if batch_no else 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _activated(self, index: int) -> None:
        batch_no = str(self.itemData(index) or "")
        if batch_no:
            self.chosen.emit(batch_no)
