"""What the ZPL and TSPL renderers share: bitmaps in printer dots and the
geometry of lines and boxes.

Thermal printers rarely carry a Chinese font, so text goes to them as a
bitmap made by :func:`app.labels.textrender.text_bitmap`. The same captions
(收件人, 寄件人, the courier's name) repeat on every label, so the packed
bitmaps are kept in a bounded LRU keyed by what shapes them (text, size,
weight, box, alignment, dpi), not by where they are drawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from PIL import Image as PILImage
from PIL import ImageDraw

from app.labels.model import MM_PER_INCH, Box, Line, Text
from app.labels.textrender import FontType, text_bitmap, wrap

# Print heads sold as 203 and 300 dpi are 8 and 12 dots/mm (203.2 and 304.8
# dpi): 100 mm is ^PW800, not the 799 that 203/25.4 would give.
DOTS_PER_MM = {203: 8, 300: 12, 600: 24}
TEXT_CACHE_SIZE = 1024
IMAGE_CACHE_SIZE = 32
# Byte table turning PIL's packing (1 = white) into ZPL's (1 = black).
INVERT = bytes(255 - i for i in range(256))


def dots_per_mm(dpi: int) -> float:
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, not {dpi}")
    return DOTS_PER_MM.get(dpi, dpi / MM_PER_INCH)


def to_dots(mm: float, dpi: int) -> int:
    """Millimetres to dots of a print head sold as ``dpi`` (see DOTS_PER_MM)."""
    return round(mm * dots_per_mm(dpi))


def raster_dpi(dpi: int) -> int:
    """The dpi to rasterise at so that bitmaps match the head: 203 -> 203, 300 -> 305."""
    return round(dots_per_mm(dpi) * MM_PER_INCH)


@dataclass(frozen=True)
class Bitmap:
    """Rows top to bottom, ``width_bytes`` each, most significant bit on the
    left, as PIL packs mode "1": bit 1 = white, 0 = black. Padding is white."""

    width_bytes: int
    height: int
    data: bytes


def pack(image: PILImage.Image) -> Bitmap:
    """A 1-bit image packed in whole bytes per row, padded with white (PIL
    leaves the padding bits 0, which would print black)."""
    if image.mode != "1":
        image = image.convert("1")
    width, height = image.size
    width_bytes = (width + 7) // 8
    if width % 8:
        padded = PILImage.new("1", (width_bytes * 8, height), 1)
        padded.paste(image, (0, 0))
        image = padded
    return Bitmap(width_bytes, height, image.tobytes())


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _text_at_origin(element: Text, dpi: int, font: str) -> Bitmap:
    return pack(text_bitmap(element, dpi, font))


def text_bits(element: Text, dpi: int, font: str = "") -> Bitmap:
    """The packed bitmap of a Text for a ``dpi`` head (cached; position does
    not matter)."""
    return _text_at_origin(replace(element, x_mm=0, y_mm=0), raster_dpi(dpi), font)


@lru_cache(maxsize=IMAGE_CACHE_SIZE)
def _image_bits(path: str, width: int, height: int, mtime_ns: int) -> Bitmap:
    with PILImage.open(path) as source:
        gray = source.convert("L").resize((width, height), PILImage.Resampling.LANCZOS)
    return pack(gray.convert("1"))  # Floyd-Steinberg dithering keeps photos readable


def image_bits(path: str, width: int, height: int) -> Bitmap:
    """An image file scaled to ``width`` x ``height`` dots and dithered; a
    changed file (new mtime) is loaded again. A missing file raises OSError:
    a template naming a logo that is not there is an error, not a blank."""
    return _image_bits(path, max(1, width), max(1, height), os.stat(path).st_mtime_ns)


def slanted_line_bits(line: Line, dpi: int) -> tuple[int, int, Bitmap]:
    """A line that is neither horizontal nor vertical, as (x, y, bitmap)."""
    thickness = max(1, to_dots(line.thickness_mm, dpi))
    x1, y1 = to_dots(line.x1_mm, dpi), to_dots(line.y1_mm, dpi)
    x2, y2 = to_dots(line.x2_mm, dpi), to_dots(line.y2_mm, dpi)
    margin = thickness
    left, top = min(x1, x2) - margin, min(y1, y2) - margin
    image = PILImage.new("1", (abs(x2 - x1) + 2 * margin + 1, abs(y2 - y1) + 2 * margin + 1), 1)
    ImageDraw.Draw(image).line((x1 - left, y1 - top, x2 - left, y2 - top), fill=0, width=thickness)
    return max(0, left), max(0, top), pack(image)


def line_rect(line: Line, dpi: int) -> tuple[int, int, int, int] | None:
    """A horizontal or vertical line as a filled (x, y, width, height) in
    dots, its thickness centred on the line; None for a slanted line."""
    thickness = max(1, to_dots(line.thickness_mm, dpi))
    if line.y1_mm == line.y2_mm:
        x = to_dots(min(line.x1_mm, line.x2_mm), dpi)
        length = max(1, to_dots(abs(line.x2_mm - line.x1_mm), dpi))
        return x, max(0, to_dots(line.y1_mm, dpi) - thickness // 2), length, thickness
    if line.x1_mm == line.x2_mm:
        y = to_dots(min(line.y1_mm, line.y2_mm), dpi)
        length = max(1, to_dots(abs(line.y2_mm - line.y1_mm), dpi))
        return max(0, to_dots(line.x1_mm, dpi) - thickness // 2), y, thickness, length
    return None


def box_dots(box: Box, dpi: int) -> tuple[int, int, int, int, int]:
    """(x, y, width, height, border) in dots; the border lies inside the box,
    as ZPL's ^GB draws it."""
    width = max(1, to_dots(box.width_mm, dpi))
    height = max(1, to_dots(box.height_mm, dpi))
    border = min(width, height) if box.fill else max(1, to_dots(box.thickness_mm, dpi))
    return to_dots(box.x_mm, dpi), to_dots(box.y_mm, dpi), width, height, min(border, width, height)


class _Measure:
    """Stands in for a PIL font in :func:`textrender.wrap`, which only calls
    ``getlength``: the same wrapping rules with a printer font's metrics."""

    def __init__(self, measure: Callable[[str], float]) -> None:
        self.getlength = measure


def wrap_measured(element: Text, measure: Callable[[str], float], width: int | None) -> list[str]:
    """``element``'s lines wrapped as textrender wraps them (by character, at
    most ``max_lines``, the last cut with "…"), measured by ``measure``."""
    font = cast(FontType, _Measure(measure))
    return wrap(element.text, font, width, max(1, element.max_lines))


def is_plain(text: str) -> bool:
    """Printable ASCII only: what a printer's built-in font surely has."""
    return all(" " <= char <= "~" for char in text)
