"""A label shown at true size: rendered at the screen's own dpi, so 100 mm on
paper is 100 mm on the glass, and the packer sees exactly what will print."""

from __future__ import annotations

from collections.abc import Sequence

from app.labels.model import MM_PER_INCH, Label
from app.labels.raster import render_png
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)

SANE_DPI = (50.0, 400.0)  # outside this, a monitor's EDID size is not to be trusted
OVERSAMPLE = (1, 2, 3)  # render finer and scale down when a barcode cannot fit at 1:1


def screen_dpi(widget: QWidget) -> float:
    """The physical dots per inch of the widget's screen (pixels the monitor
    really has per inch); the logical dpi when the monitor reports nonsense."""
    screen = widget.screen()
    physical = screen.physicalDotsPerInch() * screen.devicePixelRatio()
    if SANE_DPI[0] <= physical <= SANE_DPI[1]:
        return physical
    return screen.logicalDotsPerInch() * screen.devicePixelRatio()


def true_size_pixmap(page: Label, dpi: float, device_ratio: float = 1.0) -> QPixmap:
    """``page`` as device pixels at ``dpi``. Barcodes are drawn in whole dots
    and refuse to shrink, so a label whose barcode does not fit at a coarse
    screen dpi is rendered at 2x or 3x and scaled down (smoothly) to true size.
    Raises ValueError when even that fails (a template error)."""
    width = round(page.width_mm * dpi / MM_PER_INCH)
    height = round(page.height_mm * dpi / MM_PER_INCH)
    error: ValueError | None = None
    for factor in OVERSAMPLE:
        try:
            png = render_png(page, round(dpi * factor))
        except ValueError as exc:
            error = exc
            continue
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        if pixmap.width() != width or pixmap.height() != height:
            pixmap = pixmap.scaled(
                width,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(device_ratio)
        return pixmap
    assert error is not None
    raise error


class LabelPreview(QWidget):
    """The current page of a document, with previous/next for several pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: tuple[Label, ...] = ()
        self.index = 0
        self.dpi = 96.0
        self.image = QLabel()
        self.image.setObjectName("labelImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background:#9e9e9e;padding:12px;")
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.info = QLabel()
        self.info.setObjectName("previewInfo")
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousPage")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextPage")
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.info, 1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bar)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous page"))
        self.next_button.setText(self.tr("Next page ▶"))
        self._show_info()

    def clear(self, text: str = "") -> None:
        self.pages, self.index = (), 0
        self.image.clear()
        self.image.setText(text)
        self._show_info()

    def show_document(self, pages: Sequence[Label]) -> None:
        """Show the first page; raises ValueError when it cannot be drawn."""
        self.pages = tuple(pages)
        self.index = 0
        self.show_page(0)

    def show_page(self, index: int) -> None:
        if not self.pages:
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        self.dpi = screen_dpi(self)
        ratio = self.screen().devicePixelRatio()
        try:
            pixmap = true_size_pixmap(self.pages[self.index], self.dpi, ratio)
        except ValueError:
            self.pages = ()
            self._show_info()
            raise
        self.image.setPixmap(pixmap)
        self._show_info()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def _show_info(self) -> None:
        count = len(self.pages)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < count)
        if not count:
            self.info.setText("")
            return
        page = self.pages[self.index]
        text = self.tr("%1 × %2 mm · page %3 of %4 · shown at true size (%5 dpi)")
        for key, value in (
            ("%1", f"{page.width_mm:g}"),
            ("%2", f"{page.height_mm:g}"),
            ("%3", str(self.index + 1)),
            ("%4", str(count)),
            ("%5", f"{self.dpi:.0f}"),
        ):
            text = text.replace(key, value)
        self.info.setText(text)
