"""Reading barcodes back with zbar, and where each element of a rendered
label puts its ink (in dots), for the raster and template tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PIL import Image as PILImage

from app.labels import symbols
from app.labels.model import MM_PER_INCH, Barcode, Box, Element, Line, QRCode, Text, dots
from app.labels.raster import TEXT_GAP_MM, module_dots
from app.labels.textrender import layout, line_height, text_bitmap

Rect = tuple[int, int, int, int]  # left, top, right, bottom (exclusive)


def zbar(path: Path) -> list[str]:
    """Every symbol zbar finds in an image file (zbar reports equal data once)."""
    assert shutil.which("zbarimg"), "zbar-tools is part of the set-up (scripts/system-deps.sh)"
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", str(path)],
        capture_output=True,
        check=False,
        timeout=60,
        encoding="utf-8",
    )
    assert result.returncode in (0, 4), result.stderr  # 4: nothing found
    return result.stdout.splitlines()


def zbar_image(image: PILImage.Image, path: Path) -> list[str]:
    image.save(path)
    return zbar(path)


def symbol_rect(element: Barcode | QRCode, dpi: int) -> Rect:
    """The dots a barcode owns: bars, quiet zones and the text under them."""
    x, y = dots(element.x_mm, dpi), dots(element.y_mm, dpi)
    if isinstance(element, QRCode):
        count = len(symbols.qr_matrix(element.data, element.error))
        module = dots(element.size_mm, dpi) // count
        quiet = symbols.QR_QUIET_MODULES * module
        return (x - quiet, y - quiet, x + (count + 4) * module, y + (count + 4) * module)
    module = module_dots(element.module_mm, dpi)
    left, right = symbols.QUIET_ZONES[element.symbology]
    count = len(symbols.linear_modules(element.data, element.symbology))
    bottom = y + dots(element.height_mm, dpi)
    if element.human_readable:
        font = layout(Text(0, 0, "", size_pt=element.text_size_pt), dpi)[0]
        bottom += dots(TEXT_GAP_MM, dpi) + line_height(font)
    return (x - left * module, y, x + (count + right) * module, bottom)


def ink_rects(element: Element, dpi: int) -> list[Rect]:
    """Where an element draws (barcodes: all they own); empty text has none."""
    if isinstance(element, Barcode | QRCode):
        return [symbol_rect(element, dpi)]
    if isinstance(element, Text):
        box = PILImage.eval(text_bitmap(element, dpi).convert("L"), lambda v: 255 - v).getbbox()
        if box is None:
            return []
        x, y = dots(element.x_mm, dpi), dots(element.y_mm, dpi)
        return [(x + box[0], y + box[1], x + box[2], y + box[3])]
    if isinstance(element, Line):
        width = max(1, dots(element.thickness_mm, dpi))
        x1, y1 = dots(element.x1_mm, dpi), dots(element.y1_mm, dpi)
        x2, y2 = dots(element.x2_mm, dpi), dots(element.y2_mm, dpi)
        half = width // 2
        if y1 == y2:
            return [(min(x1, x2), y1 - half, max(x1, x2), y1 - half + width)]
        assert x1 == x2, "templates draw straight rules only"
        return [(x1 - half, min(y1, y2), x1 - half + width, max(y1, y2))]
    if isinstance(element, Box):
        x, y = dots(element.x_mm, dpi), dots(element.y_mm, dpi)
        right, bottom = x + dots(element.width_mm, dpi), y + dots(element.height_mm, dpi)
        if element.fill:
            return [(x, y, right, bottom)]
        t = max(1, dots(element.thickness_mm, dpi))
        return [(x, y, right, y + t), (x, bottom - t, right, bottom),
                (x, y, x + t, bottom), (right - t, y, right, bottom)]  # fmt: skip
    x, y = dots(element.x_mm, dpi), dots(element.y_mm, dpi)  # an image: its box
    return [(x, y, x + dots(element.width_mm, dpi), y + dots(element.height_mm, dpi))]


def overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def mm(px: int, dpi: int) -> float:
    return round(px * MM_PER_INCH / dpi, 1)
