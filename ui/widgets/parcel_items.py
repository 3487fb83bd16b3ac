"""The verify station's item rows (R-VER-2): picture, item, style, colour,
size, quantity and units scanned, coloured by where each line stands."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.services.parcel import ParcelLine
from ui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QHeaderView,
    QPainter,
    QPixmap,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

IMAGE_PX = 72
DONE_COLOUR = "#c8e6c9"  # every unit of the line scanned
LAST_COLOUR = "#fff59d"  # the line the last scan counted
MISSING_COLOUR = "#ffcdd2"  # short at confirmation (漏配)
COL_IMAGE, COL_NAME, COL_STYLE, COL_COLOUR, COL_SIZE, COL_QTY, COL_SCANNED, COL_TICK = range(8)


def placeholder_pixmap(size: int = IMAGE_PX) -> QPixmap:
    """A grey frame with a cross: the item has no picture."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#eeeeee"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.drawLine(0, 0, size - 1, size - 1)
    painter.drawLine(0, size - 1, size - 1, 0)
    painter.end()
    return pixmap


class ParcelItemsTable(QTableWidget):
    """Read-only rows; the keys stay with the screen's scan field."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.data_dir = data_dir  # relative picture paths start here
        self._pixmaps: dict[str, QPixmap] = {}
        self._placeholder: QPixmap | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(IMAGE_PX + 8)
        self.setIconSize(QPixmap(IMAGE_PX, IMAGE_PX).size())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Picture"),
                self.tr("Item"),
                self.tr("Style"),
                self.tr("Colour"),
                self.tr("Size"),
                self.tr("Qty"),
                self.tr("Scanned"),
                "",
            ]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_lines(
        self,
        lines: tuple[ParcelLine, ...],
        scanned: Mapping[str, int],
        last_product_id: str | None,
        missing_skus: set[str],
    ) -> None:
        """One row per line: done green, the last scanned yellow, short red."""
        self.setRowCount(len(lines))
        for r, line in enumerate(lines):
            count = scanned.get(line.product_id, 0)
            complete = count >= line.quantity
            values = [
                "",
                f"{line.name}\n{line.sku_code}",
                line.style_no,
                line.colour,
                line.size,
                str(line.quantity),
                str(count),
                "✓" if complete else "",
            ]
            colour = ""
            if line.sku_code in missing_skus and not complete:
                colour = MISSING_COLOUR
            elif line.product_id == last_product_id:
                colour = LAST_COLOUR
            elif complete:
                colour = DONE_COLOUR
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (COL_QTY, COL_SCANNED, COL_TICK):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour:
                    item.setBackground(QColor(colour))
                self.setItem(r, c, item)
            self.item(r, COL_IMAGE).setData(
                Qt.ItemDataRole.DecorationRole, self._picture(line.image_path)
            )
        self.resizeRowsToContents()

    def _picture(self, image_path: str | None) -> QPixmap:
        """The item's picture (relative paths from the data folder), or a placeholder."""
        if image_path:
            if image_path not in self._pixmaps:
                path = Path(image_path)
                if not path.is_absolute():
                    path = self.data_dir / path
                pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
                if not pixmap.isNull():
                    pixmap = pixmap.scaled(
                        IMAGE_PX,
                        IMAGE_PX,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                self._pixmaps[image_path] = pixmap
            if not self._pixmaps[image_path].isNull():
                return self._pixmaps[image_path]
        if self._placeholder is None:
            self._placeholder = placeholder_pixmap()
        return self._placeholder

    def has_picture(self, row: int) -> bool:
        """Whether the row shows the item's own picture (tests)."""
        shown = self.item(row, COL_IMAGE).data(Qt.ItemDataRole.DecorationRole)
        return isinstance(shown, QPixmap) and shown.cacheKey() != (
            self._placeholder.cacheKey() if self._placeholder is not None else None
        )

    def row_colour(self, row: int) -> str:
        """The background of a line, for tests ("" when plain)."""
        item = self.item(row, COL_NAME)
        brush = item.background() if item is not None else None
        if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
            return ""
        return str(brush.color().name())
