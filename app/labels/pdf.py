"""PDF with reportlab: one page per Label, the page as large as the label
(an A4 pick list is just a big label).

Chinese text uses the TrueType font from :func:`find_cjk_font`, embedded
(as a subset) so the page prints the same on any computer; without one it
falls back to reportlab's STSong-Light CID font, which the viewer must
supply, and says so in the log. Wrapping follows textrender (by character,
``max_lines``, "…"), measured with the PDF font's own widths. Barcodes are
drawn as rectangles from :mod:`app.labels.symbols`, the same modules as the
PNG preview; ``x_mm`` is the first bar, as ZPL and TSPL place barcodes, and
the template keeps the quiet zones clear.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.labels.fonts import find_cjk_font
from app.labels.model import Align, Barcode, Box, Image, Label, Line, QRCode, Symbology, Text
from app.labels.symbols import EAN13_GUARDS, human_readable, linear_modules, qr_matrix
from app.labels.thermal import wrap_measured

log = logging.getLogger(__name__)

CID_FALLBACK = "STSong-Light"
BOLD_STROKE = 0.04  # bold: the outline stroked too, this fraction of the size wide
_MEASURE_SCALE = 100  # wrap in 1/100 pt, so rounding never decides a line break


@lru_cache(maxsize=8)
def pdf_font(configured: str = "") -> str:
    """The registered reportlab font name for ``configured`` (registered
    once per process: parsing a 5 MB .ttc per document would be slow)."""
    found = find_cjk_font(configured)
    if found is None:
        log.warning(
            "PDF labels fall back to the %s CID font: it is not embedded, so the "
            "viewer or printer driver must supply it (install fonts-wqy-microhei)",
            CID_FALLBACK,
        )
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        return CID_FALLBACK
    path, index = found
    name = f"LabelCJK-{path.stem}-{index}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return name


def render_pdf(pages: Iterable[Label], font: str = "") -> bytes:
    """Labels as the pages of one PDF document, each page its label's size.
    ``pages`` may be a generator: pages are drawn as they come."""
    name = pdf_font(font)
    buffer = io.BytesIO()
    # The page's initial font is ours, so no unused Helvetica is referenced
    # (passed by keyword dict: types-reportlab types initialFontName as float).
    initial: dict[str, Any] = {"initialFontName": name}
    canvas = Canvas(buffer, invariant=True, pageCompression=1, **initial)
    count = 0
    for label in pages:
        _page(canvas, label, name)
        count += 1
    if not count:
        raise ValueError("a PDF needs at least one page")
    canvas.save()
    return buffer.getvalue()


def _page(canvas: Canvas, label: Label, font: str) -> None:
    height = label.height_mm * mm
    canvas.setPageSize((label.width_mm * mm, height))
    for element in label.elements:
        if isinstance(element, Text):
            _text(canvas, element, height, font)
        elif isinstance(element, Barcode):
            _barcode(canvas, element, height, font)
        elif isinstance(element, QRCode):
            _qr(canvas, element, height)
        elif isinstance(element, Line):
            canvas.setLineWidth(element.thickness_mm * mm)
            x1, x2 = element.x1_mm * mm, element.x2_mm * mm
            canvas.line(x1, height - element.y1_mm * mm, x2, height - element.y2_mm * mm)
        elif isinstance(element, Box):
            _box(canvas, element, height)
        elif isinstance(element, Image):
            top = height - (element.y_mm + element.height_mm) * mm
            width, box_height = element.width_mm * mm, element.height_mm * mm
            canvas.drawImage(element.path, element.x_mm * mm, top, width, box_height, mask="auto")
    canvas.showPage()


def _text(canvas: Canvas, element: Text, page_height: float, font: str) -> None:
    size = element.size_pt
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    step = ascent - descent
    width = None if element.width_mm is None else element.width_mm * mm

    def measure(text: str) -> float:
        return float(pdfmetrics.stringWidth(text, font, size)) * _MEASURE_SCALE

    limit = None if width is None else round(width * _MEASURE_SCALE)
    lines = wrap_measured(element, measure, limit)
    widths = [measure(line) / _MEASURE_SCALE for line in lines]
    box = width if width is not None else max(widths, default=0.0)
    x, top = element.x_mm * mm, page_height - element.y_mm * mm
    canvas.saveState()
    if element.inverse:
        canvas.rect(x, top - step * len(lines), box, step * len(lines), stroke=0, fill=1)
        canvas.setFillGray(1)
        canvas.setStrokeGray(1)
    if element.bold:
        canvas.setLineWidth(size * BOLD_STROKE)
    canvas.setFont(font, size)
    mode: Literal[0, 2] = 2 if element.bold else 0  # 2: fill, then stroke the outline
    for i, (line, line_width) in enumerate(zip(lines, widths, strict=True)):
        spare = box - line_width
        dx = {Align.LEFT: 0.0, Align.CENTER: spare / 2, Align.RIGHT: spare}[element.align]
        canvas.drawString(x + dx, top - ascent - i * step, line, mode=mode)
    canvas.restoreState()


def _bars(
    path: PDFPathObject,
    modules: list[bool],
    x: float,
    bottom: float,
    module: float,
    height: float,
    longer: frozenset[int] = frozenset(),
    extra: float = 0.0,
) -> None:
    """Runs of dark modules as rectangles; modules in ``longer`` reach
    ``extra`` further down (EAN guard bars)."""
    i, count = 0, len(modules)
    while i < count:
        if not modules[i]:
            i += 1
            continue
        j, tall = i, i in longer
        while j < count and modules[j] and (j in longer) == tall:
            j += 1
        down = extra if tall else 0.0
        path.rect(x + i * module, bottom - down, (j - i) * module, height + down)
        i = j


def _barcode(canvas: Canvas, element: Barcode, page_height: float, font: str) -> None:
    module = element.module_mm * mm
    height = element.height_mm * mm
    x, bottom = element.x_mm * mm, page_height - element.y_mm * mm - height
    modules = linear_modules(element.data, element.symbology)
    size = element.text_size_pt
    ascent = pdfmetrics.getAscentDescent(font, size)[0]
    baseline = bottom - module - ascent
    ean = element.symbology == Symbology.EAN13
    guards = EAN13_GUARDS if ean and element.human_readable else frozenset()
    path = canvas.beginPath()
    _bars(path, modules, x, bottom, module, height, guards, ascent / 2)
    canvas.drawPath(path, stroke=0, fill=1)
    if not element.human_readable:
        return
    text = human_readable(element.data, element.symbology)
    canvas.setFont(font, size)
    if ean:  # first digit in the quiet zone, then 6 + 6 under the halves
        canvas.drawRightString(x - module, baseline, text[0])
        canvas.drawCentredString(x + 24 * module, baseline, text[1:7])
        canvas.drawCentredString(x + 71 * module, baseline, text[7:])
    else:
        canvas.drawCentredString(x + len(modules) * module / 2, baseline, text)


def _qr(canvas: Canvas, element: QRCode, page_height: float) -> None:
    matrix = qr_matrix(element.data, element.error)
    module = element.size_mm * mm / len(matrix)
    x, top = element.x_mm * mm, page_height - element.y_mm * mm
    path = canvas.beginPath()
    for row, modules in enumerate(matrix):
        _bars(path, modules, x, top - (row + 1) * module, module, module)
    canvas.drawPath(path, stroke=0, fill=1)


def _box(canvas: Canvas, element: Box, page_height: float) -> None:
    x, width, height = element.x_mm * mm, element.width_mm * mm, element.height_mm * mm
    bottom = page_height - element.y_mm * mm - height
    if element.fill:
        canvas.rect(x, bottom, width, height, stroke=0, fill=1)
        return
    border = min(element.thickness_mm * mm, width / 2, height / 2)
    canvas.setLineWidth(border)
    half = border / 2  # the border inside the box, as ZPL's ^GB draws it
    canvas.rect(x + half, bottom + half, width - border, height - border, stroke=1, fill=0)
