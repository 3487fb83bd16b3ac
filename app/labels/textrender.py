"""Text to pixels with the Chinese font, shared by the PNG preview and by the
ZPL/TSPL renderers (thermal printers rarely carry a CJK font, so Chinese is
sent as a bitmap).

Wrapping is by character (Chinese has no spaces); a line that does not fit
in ``max_lines`` ends with an ellipsis. Bold is drawn with a one-pixel stroke
(WenQuanYi Micro Hei has no bold face).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from app.labels.fonts import find_cjk_font
from app.labels.model import MM_PER_INCH, Align, Text

log = logging.getLogger(__name__)

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont
ELLIPSIS = "…"


def size_px(size_pt: float, dpi: int) -> int:
    """A font size in points as pixels at ``dpi`` (1 pt = 1/72 inch)."""
    return max(6, round(size_pt * dpi / 72))


@lru_cache(maxsize=64)
def load_font(px: int, configured: str = "") -> FontType:
    found = find_cjk_font(configured)
    if found is None:
        log.warning("no Chinese font: text in images will miss its Chinese characters")
        return ImageFont.load_default(px)
    path, index = found
    # Chinese needs no shaping: the BASIC engine measures ~10x faster than RAQM,
    # which is what makes thermal labels with rasterised text fast enough.
    return ImageFont.truetype(str(path), px, index=index, layout_engine=ImageFont.Layout.BASIC)


def text_width(font: FontType, text: str) -> int:
    return round(font.getlength(text))


def wrap(text: str, font: FontType, width_px: int | None, max_lines: int) -> list[str]:
    """Lines that fit ``width_px``, at most ``max_lines``; the last cut with "…"."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if width_px is None:
            lines.append(paragraph)
            continue
        current = ""
        for char in paragraph:
            if current and text_width(font, current + char) > width_px:
                lines.append(current)
                current = char.lstrip() if char == " " else char
            else:
                current += char
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], font, width_px)
    elif width_px is not None and lines and text_width(font, lines[-1]) > width_px:
        lines[-1] = _with_ellipsis(lines[-1], font, width_px)
    return lines


def _with_ellipsis(line: str, font: FontType, width_px: int | None) -> str:
    if width_px is None:
        return line + ELLIPSIS
    while line and text_width(font, line + ELLIPSIS) > width_px:
        line = line[:-1]
    return line + ELLIPSIS


def line_height(font: FontType) -> int:
    ascent, descent = font.getmetrics()  # type: ignore[union-attr]
    return int(ascent + descent)


def layout(element: Text, dpi: int, configured_font: str = "") -> tuple[FontType, list[str], int]:
    """The font, the wrapped lines and the box width in pixels for a Text."""
    font = load_font(size_px(element.size_pt, dpi), configured_font)
    width = None if element.width_mm is None else round(element.width_mm * dpi / MM_PER_INCH)
    lines = wrap(element.text, font, width, max(1, element.max_lines))
    box = width if width is not None else max((text_width(font, ln) for ln in lines), default=0)
    return font, lines, box + (1 if element.bold else 0)


def draw_text(
    draw: ImageDraw.ImageDraw,
    x_px: int,
    y_px: int,
    element: Text,
    dpi: int,
    ink: int = 0,
    configured_font: str = "",
) -> tuple[int, int]:
    """Draw a Text at (x_px, y_px); returns the (width, height) it covers."""
    font, lines, box = layout(element, dpi, configured_font)
    step = line_height(font)
    if element.inverse:
        draw.rectangle([x_px, y_px, x_px + box, y_px + step * len(lines)], fill=ink)
        ink = 255 - ink if ink in (0, 255) else 1 - ink
    for i, line in enumerate(lines):
        width = text_width(font, line)
        dx = {Align.LEFT: 0, Align.CENTER: (box - width) // 2, Align.RIGHT: box - width}[
            element.align
        ]
        draw.text(
            (x_px + dx, y_px + i * step),
            line,
            font=font,
            fill=ink,
            stroke_width=1 if element.bold else 0,
            stroke_fill=ink,
        )
    return box, step * len(lines)


def text_bitmap(element: Text, dpi: int, configured_font: str = "") -> Image.Image:
    """The text alone as a 1-bit image (black = 0), sized to its box: what
    ZPL's ^GFA and TSPL's BITMAP send for Chinese text."""
    font, lines, box = layout(element, dpi, configured_font)
    height = max(1, line_height(font) * len(lines))
    image = Image.new("L", (max(1, box + 2), height), 255)
    draw_text(ImageDraw.Draw(image), 0, 0, element, dpi, 0, configured_font)
    return image.point(lambda v: 255 if v >= 128 else 0, mode="1")
