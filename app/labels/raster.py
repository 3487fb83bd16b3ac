"""The label as a 1-bit image at the printer's resolution: the PNG preview.

Everything is drawn in whole printer dots, as a thermal head prints it:
a barcode module is a whole number of dots (never scaled to a fraction,
which blurs bars until scanners give up), and a barcode that does not fit
with its quiet zones is an error, not a silently squeezed symbol.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw

from app.labels import symbols
from app.labels.model import (
    MM_PER_INCH,
    Align,
    Barcode,
    Box,
    Element,
    Image,
    Label,
    Line,
    QRCode,
    Symbology,
    Text,
    dots,
)
from app.labels.textrender import draw_text, layout, line_height

BLACK, WHITE = 0, 255
TEXT_GAP_MM = 0.5  # between the bars and the human-readable text


def module_dots(module_mm: float, dpi: int) -> int:
    """A barcode module in whole dots, at least one."""
    return max(1, round(module_mm * dpi / MM_PER_INCH))


def barcode_width_mm(data: str, symbology: Symbology, module_mm: float, dpi: int) -> float:
    """How wide a linear barcode prints at ``dpi``, quiet zones included."""
    left, right = symbols.QUIET_ZONES[symbology]
    count = len(symbols.linear_modules(data, symbology)) + left + right
    return count * module_dots(module_mm, dpi) * MM_PER_INCH / dpi


def render_bitmap(label: Label, dpi: int = 203) -> PILImage.Image:
    """The label at ``dpi`` as a mode "1" image (black = 0), one pixel a dot."""
    size = (max(1, dots(label.width_mm, dpi)), max(1, dots(label.height_mm, dpi)))
    canvas = PILImage.new("L", size, WHITE)
    draw = ImageDraw.Draw(canvas)
    for element in label.elements:
        _draw(canvas, draw, element, label, dpi)
    # Text is drawn anti-aliased on the grey canvas, then cut at half grey,
    # the same as textrender.text_bitmap does for the thermal printers.
    return canvas.point(lambda v: WHITE if v >= 128 else BLACK, mode="1")


def render_png(label: Label, dpi: int = 203) -> bytes:
    """A PNG of the label at true size: the dpi is written into the file."""
    out = io.BytesIO()
    render_bitmap(label, dpi).save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _draw(
    canvas: PILImage.Image,
    draw: ImageDraw.ImageDraw,
    element: Element,
    label: Label,
    dpi: int,
) -> None:
    if isinstance(element, Text):
        draw_text(draw, dots(element.x_mm, dpi), dots(element.y_mm, dpi), element, dpi, BLACK)
    elif isinstance(element, Barcode):
        _draw_barcode(draw, element, label, dpi)
    elif isinstance(element, QRCode):
        _draw_qr(draw, element, label, dpi)
    elif isinstance(element, Line):
        _draw_line(draw, element, dpi)
    elif isinstance(element, Box):
        _draw_box(draw, element, dpi)
    elif isinstance(element, Image):
        _draw_image(canvas, element, dpi)


def _check_room(
    what: str, left_px: int, right_px: int, bottom_px: int, label: Label, dpi: int
) -> None:
    width, height = dots(label.width_mm, dpi), dots(label.height_mm, dpi)
    if left_px < 0 or right_px > width or bottom_px > height:
        need = (right_px - left_px) * MM_PER_INCH / dpi
        raise ValueError(
            f"{what} does not fit the {label.width_mm:g}x{label.height_mm:g} mm label "
            f"{label.name!r} at {dpi} dpi: it needs {need:.1f} mm with its quiet zones, "
            f"from x={left_px * MM_PER_INCH / dpi:.1f} mm; shorten the data or move it"
        )


def _draw_barcode(draw: ImageDraw.ImageDraw, element: Barcode, label: Label, dpi: int) -> None:
    modules = symbols.linear_modules(element.data, element.symbology)
    module = module_dots(element.module_mm, dpi)
    x0, y0, height = dots(element.x_mm, dpi), dots(element.y_mm, dpi), dots(element.height_mm, dpi)
    quiet_left, quiet_right = symbols.QUIET_ZONES[element.symbology]
    text = Text(0, 0, "", size_pt=element.text_size_pt)
    text_px = line_height(layout(text, dpi)[0]) + dots(TEXT_GAP_MM, dpi)
    bottom = y0 + height + (text_px if element.human_readable else 0)
    _check_room(
        f"{element.symbology.value} barcode {element.data!r} ({module} dots a module)",
        x0 - quiet_left * module,
        x0 + (len(modules) + quiet_right) * module,
        bottom,
        label,
        dpi,
    )
    ean = element.symbology == Symbology.EAN13
    guard_extra = text_px // 2 if ean and element.human_readable else 0
    for index, dark in enumerate(modules):
        if dark:
            left = x0 + index * module
            extra = guard_extra if index in symbols.EAN13_GUARDS else 0
            draw.rectangle([left, y0, left + module - 1, y0 + height - 1 + extra], fill=BLACK)
    if not element.human_readable:
        return
    y_text = y0 + height + dots(TEXT_GAP_MM, dpi)
    readable = symbols.human_readable(element.data, element.symbology)
    if ean:
        # The usual layout: the first digit in the quiet zone, six under each half.
        _text_at(draw, readable[0], x0 - quiet_left * module, 8 * module, y_text, element, dpi)
        _text_at(draw, readable[1:7], x0 + 3 * module, 42 * module, y_text, element, dpi)
        _text_at(draw, readable[7:], x0 + 50 * module, 42 * module, y_text, element, dpi)
    else:
        _text_at(draw, readable, x0, len(modules) * module, y_text, element, dpi)


def _text_at(
    draw: ImageDraw.ImageDraw,
    text: str,
    x_px: int,
    width_px: int,
    y_px: int,
    element: Barcode,
    dpi: int,
) -> None:
    """Text centred in ``width_px`` (cut with "…" rather than spilling over)."""
    box = Text(
        0, 0, text, size_pt=element.text_size_pt, width_mm=width_px * MM_PER_INCH / dpi,
        align=Align.CENTER,
    )  # fmt: skip
    draw_text(draw, x_px, y_px, box, dpi, BLACK)


def _draw_qr(draw: ImageDraw.ImageDraw, element: QRCode, label: Label, dpi: int) -> None:
    matrix = symbols.qr_matrix(element.data, element.error)
    count = len(matrix)
    module = dots(element.size_mm, dpi) // count
    if module < 1:
        raise ValueError(
            f"QR code {element.data[:40]!r} has {count} modules: it cannot be drawn "
            f"{element.size_mm:g} mm wide at {dpi} dpi; make it bigger or the data shorter"
        )
    x0, y0 = dots(element.x_mm, dpi), dots(element.y_mm, dpi)
    quiet = symbols.QR_QUIET_MODULES * module
    _check_room(
        f"QR code {element.data[:40]!r}",
        x0 - quiet,
        x0 + count * module + quiet,
        y0 + count * module + quiet,
        label,
        dpi,
    )
    if y0 - quiet < 0:
        raise ValueError(f"QR code {element.data[:40]!r}: its quiet zone runs off the top")
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                left, top = x0 + col * module, y0 + row * module
                draw.rectangle([left, top, left + module - 1, top + module - 1], fill=BLACK)


def _draw_line(draw: ImageDraw.ImageDraw, element: Line, dpi: int) -> None:
    width = max(1, dots(element.thickness_mm, dpi))
    x1, y1 = dots(element.x1_mm, dpi), dots(element.y1_mm, dpi)
    x2, y2 = dots(element.x2_mm, dpi), dots(element.y2_mm, dpi)
    half = width // 2
    # Crisp rules in whole dots, from x1 up to (not including) x2, like a box.
    if y1 == y2:
        left, right = min(x1, x2), max(x1, x2, min(x1, x2) + 1)
        draw.rectangle([left, y1 - half, right - 1, y1 - half + width - 1], fill=BLACK)
    elif x1 == x2:
        top, bottom = min(y1, y2), max(y1, y2, min(y1, y2) + 1)
        draw.rectangle([x1 - half, top, x1 - half + width - 1, bottom - 1], fill=BLACK)
    else:
        draw.line([(x1, y1), (x2, y2)], fill=BLACK, width=width)


def _draw_box(draw: ImageDraw.ImageDraw, element: Box, dpi: int) -> None:
    x, y = dots(element.x_mm, dpi), dots(element.y_mm, dpi)
    right = x + max(1, dots(element.width_mm, dpi)) - 1
    bottom = y + max(1, dots(element.height_mm, dpi)) - 1
    if element.fill:
        draw.rectangle([x, y, right, bottom], fill=BLACK)
    else:
        width = max(1, dots(element.thickness_mm, dpi))
        draw.rectangle([x, y, right, bottom], outline=BLACK, width=width)


def _draw_image(canvas: PILImage.Image, element: Image, dpi: int) -> None:
    """A picture (a shop logo) fitted into its box, dithered to black and white."""
    try:
        with PILImage.open(Path(element.path)) as source:
            picture = source.convert("RGBA")
    except OSError as exc:
        raise ValueError(f"label image {element.path!r} cannot be read: {exc}") from exc
    white = PILImage.new("RGBA", picture.size, (255, 255, 255, 255))
    grey = PILImage.alpha_composite(white, picture).convert("L")
    box_w, box_h = max(1, dots(element.width_mm, dpi)), max(1, dots(element.height_mm, dpi))
    scale = min(box_w / grey.width, box_h / grey.height)
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    fitted = grey.resize(size, PILImage.Resampling.LANCZOS).convert("1")  # Floyd-Steinberg
    x = dots(element.x_mm, dpi) + (box_w - size[0]) // 2
    y = dots(element.y_mm, dpi) + (box_h - size[1]) // 2
    canvas.paste(fitted.convert("L"), (x, y))
