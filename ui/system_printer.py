"""The system printer (Windows drivers, CUPS queues with a PPD) through
QtPrintSupport, with no dialog.

A driver needs pages, not a printer language: a system printer's jobs are
rendered as PNG at the printer's dpi (language "png"; several pages are
stacked in one image with a gap, see app.labels.output) and each page is
painted on a QPrinter at true size. Raw languages (ZPL, TSPL) never go
through a driver. QtPdf is not in PySide6-Essentials/Addons, so a PDF job
sent to a system printer is refused with a clear error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from app.labels.output import PAGE_GAP_DOTS, PAGES_KEY
from app.printing.base import PrinterError, PrinterTarget, Transport
from app.printing.transports import transport_for
from ui.qt import QImage, QPageSize, QPainter, QPrinter, QPrinterInfo, QRect, QSizeF

T = TypeVar("T")


class SystemPrinterTransport:
    """Paints PNG label jobs on a named system printer."""

    def __init__(self, printer_name: str, output_file: str = "") -> None:
        self.printer_name = printer_name
        self.output_file = output_file  # print to a PDF file instead (tests, "print to file")

    def send(self, data: bytes, label: str = "") -> None:
        if not data.startswith(b"\x89PNG"):
            raise PrinterError(
                "rejected", "a system printer takes PNG jobs (set its language to png)"
            )
        sheet = QImage.fromData(data, "PNG")
        if sheet.isNull():
            raise PrinterError("rejected", "the job is not a readable PNG")
        dpi = round(sheet.dotsPerMeterX() * 0.0254) or 203
        pages = _split_pages(sheet)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        else:
            if self.printer_name not in QPrinterInfo.availablePrinterNames():
                raise PrinterError("unreachable", f"no system printer {self.printer_name!r}")
            printer.setPrinterName(self.printer_name)
        first = pages[0]
        size_mm = QSizeF(first.width() * 25.4 / dpi, first.height() * 25.4 / dpi)
        printer.setPageSize(QPageSize(size_mm, QPageSize.Unit.Millimeter))
        printer.setFullPage(True)
        printer.setDocName(label or "warehouse-station")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError("rejected", f"cannot print on {self.printer_name!r}")
        try:
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                scale = printer.resolution() / dpi  # true size on the driver's resolution
                target = QRect(0, 0, round(page.width() * scale), round(page.height() * scale))
                painter.drawImage(target, page)
        finally:
            painter.end()

    def status(self, request: bytes, parse: Callable[[bytes], T | None], timeout_s: float) -> T:
        raise PrinterError("unsupported", "a system printer reports no status")


def _split_pages(sheet: QImage) -> list[QImage]:
    """Undo the page stacking of a multi-page PNG (app.labels.output writes
    each page's height into a text chunk); an image without it is one page."""
    heights = [int(h) for h in sheet.text(PAGES_KEY).split(",") if h.strip().isdigit()]
    if not heights:
        return [sheet]
    pages, y = [], 0
    for height in heights:
        pages.append(sheet.copy(0, y, sheet.width(), height))
        y += height + PAGE_GAP_DOTS
    return pages


def system_aware_transport(printer: PrinterTarget) -> Transport:
    """The app's transports, plus the system printer the domain cannot reach."""
    if printer.kind == "system":
        return SystemPrinterTransport(printer.address)
    return transport_for(printer)
