"""One rendered document in a printer's language: PDF, ZPL, TSPL or PNG."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo

from app.labels.model import Label
from app.labels.pdf import render_pdf
from app.labels.raster import render_bitmap
from app.labels.tspl import render_tspl
from app.labels.zpl import render_zpl

FORMATS = ("pdf", "zpl", "tspl", "png")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "zpl": "application/vnd.zebra.zpl",
    "tspl": "application/x-tspl",
    "png": "image/png",
}
PAGE_GAP_DOTS = 16
PAGES_KEY = "station-page-heights"  # PNG text chunk: page heights in dots


def render(pages: Sequence[Label], fmt: str, dpi: int = 203, font: str = "") -> bytes:
    """One copy of the document (the queue sends copies), every page in order.
    A PNG of several pages stacks them top to bottom (a preview, not a print)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if not pages:
        raise ValueError("a document needs at least one page")
    if fmt == "pdf":
        return render_pdf(pages, font)
    if fmt == "zpl":
        return b"".join(render_zpl(page, dpi, 1, font) for page in pages)
    if fmt == "tspl":
        return b"".join(render_tspl(page, dpi, 1, font=font) for page in pages)
    images = [render_bitmap(page, dpi) for page in pages]
    width = max(image.width for image in images)
    height = sum(image.height for image in images) + PAGE_GAP_DOTS * (len(images) - 1)
    sheet = PILImage.new("1", (width, height), 1)
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height + PAGE_GAP_DOTS
    info = PngInfo()
    # where each page ends, so a system printer can print them as pages
    info.add_text(PAGES_KEY, ",".join(str(image.height) for image in images))
    out = io.BytesIO()
    sheet.save(out, "PNG", dpi=(dpi, dpi), pnginfo=info)
    return out.getvalue()
