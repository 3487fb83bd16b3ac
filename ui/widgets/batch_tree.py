"""Today's cut-offs as a tree (R-BAT-1): each cut-off with its batches, their
kind and state, and how many of their orders are in which state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.services.batches import BatchInfo
from ui.labels import batch_kind_label, batch_state_label, status_label
from ui.qt import QHeaderView, Qt, QTreeWidget, QTreeWidgetItem, QWidget, Signal

BATCH_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5


def states_text(states: dict[str, int]) -> str:
    """ "已分批 3、已拣货 2": the orders' states that have any."""
    return "、".join(f"{status_label(s)} {n}" for s, n in states.items() if n)


class BatchTree(QTreeWidget):
    """Cut-offs and their batches; ``chosen(batch_no)`` when the user moves to one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTree")
        self.setColumnCount(COLUMNS)
        self.setRootIsDecorated(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._moved)

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Cut-off / batch"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Orders"),
                self.tr("Orders by state"),
            ]
        )

    def show_batches(
        self, cutoffs: Sequence[str], batches: Sequence[BatchInfo], current: str = ""
    ) -> None:
        """List ``batches`` under their cut-offs; keep ``current`` chosen (silently)."""
        self.blockSignals(True)
        self.clear()
        chosen: QTreeWidgetItem | None = None
        for i, cutoff in enumerate(cutoffs, start=1):
            mine = [b for b in batches if b.cutoff_index == i]
            states: Counter[str] = Counter()
            for batch in mine:
                states.update(batch.order_states)
            head = QTreeWidgetItem(
                [
                    f"{i} · {cutoff}",
                    self.tr("%1 batches").replace("%1", str(len(mine))),
                    "",
                    str(sum(b.order_count for b in mine)),
                    states_text(dict(states)),
                ]
            )
            self.addTopLevelItem(head)
            for batch in mine:
                item = QTreeWidgetItem(
                    [
                        batch.batch_no,
                        batch_kind_label(batch.kind),
                        batch_state_label(batch.state),
                        str(batch.order_count),
                        states_text(batch.order_states),
                    ]
                )
                item.setData(0, BATCH_ROLE, batch.batch_no)
                head.addChild(item)
                if batch.batch_no == current:
                    chosen = item
            head.setExpanded(bool(mine))
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)

    def rows(self) -> list[list[str]]:
        """Every line of the tree, cut-offs and their batches (tests, reading aloud)."""
        rows = []
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            rows.append([head.text(c) for c in range(COLUMNS)])
            for j in range(head.childCount()):
                rows.append([head.child(j).text(c) for c in range(COLUMNS)])
        return rows

    def select(self, batch_no: str) -> bool:
        """Move to ``batch_no`` (``chosen`` follows); False when it is not listed."""
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            for j in range(head.childCount()):
                if head.child(j).data(0, BATCH_ROLE) == batch_no:
                    self.setCurrentItem(head.child(j))
                    return True
        return False

    def _moved(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        batch_no = item.data(0, BATCH_ROLE) if item is not None else None
        if batch_no:
            self.chosen.emit(str(batch_no))
