"""TSPL for TSC, Gprinter and Xprinter label printers (common in China).

Choices (see DEVICES.md):

* Code 128 is ``BARCODE ...,"128",...``: the printer picks the subsets
  (every TSPL firmware has it; ``128M`` with ``!`` codes is not universal).
  GS1 FNC1 therefore cannot go to TSPL. EAN-13 is ``"EAN13"`` with 12 digits.
* QR is ``QRCODE x,y,<error>,cell,A,0,"data"`` (automatic mode, UTF-8 bytes),
  the cell the largest whole module size that keeps the symbol in size_mm.
* Chinese text is a ``BITMAP`` from textrender (``chinese="bitmap"``), or the
  printer's ``TSS24.BF2`` font with GB18030 text (``chinese="font"``: small
  jobs, but only on printers with the Simplified Chinese font). Plain ASCII,
  left-aligned, not inverse text uses a built-in fixed font ("1" to "5").
* ``BITMAP`` polarity is reported as 1 = white, the reverse of ZPL; it is
  the one constant below, so a printer that proves otherwise is one flip.
* ``ESC ! ?`` answers one byte; bits from 0: head open, paper jam, paper
  out, ribbon out, paused, printing, cover open, temperature out of range.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from app.labels.model import Align, Barcode, Box, Image, Label, Line, QRCode, Symbology, Text
from app.labels.status import PrinterStatus
from app.labels.symbols import ean13_full
from app.labels.textrender import size_px
from app.labels.thermal import (
    INVERT,
    Bitmap,
    box_dots,
    image_bits,
    is_plain,
    line_rect,
    raster_dpi,
    slanted_line_bits,
    text_bits,
    to_dots,
    wrap_measured,
)
from app.labels.zpl import qr_magnification

BITMAP_ONE_IS_WHITE = True  # DEVICES.md: "reported: 1 = white"; check on a printer
CJK_FONT, CJK_CELL = "TSS24.BF2", 24  # 24x24 dots; ASCII half as wide
# Built-in fixed fonts: name, width and height of a character in dots.
FIXED_FONTS = (("1", 8, 12), ("2", 12, 20), ("3", 16, 24), ("4", 24, 32), ("5", 32, 48))
LINE_SPACING = 1.2  # line pitch over font height, for printer fonts
ChineseMode = Literal["bitmap", "font"]
_TSPL_BITS = (
    "head_open",
    "paper_jam",
    "paper_out",
    "ribbon_out",
    "paused",
    "printing",
    "cover_open",
    "over_temperature",
)


def render_tspl(
    label: Label, dpi: int = 203, copies: int = 1, chinese: ChineseMode = "bitmap", font: str = ""
) -> bytes:
    """One label as a TSPL job: CRLF lines, binary BITMAP data in between."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    if chinese not in ("bitmap", "font"):
        raise ValueError(f"chinese is 'bitmap' or 'font', not {chinese!r}")
    out = [
        _cmd(f"SIZE {label.width_mm:g} mm,{label.height_mm:g} mm"),
        _cmd("GAP 2 mm,0 mm"),
        _cmd("DIRECTION 1"),
        _cmd("CLS"),
    ]
    for element in label.elements:
        if isinstance(element, Text):
            out.extend(_text(element, dpi, chinese, font))
        elif isinstance(element, Barcode):
            out.append(_barcode(element, dpi))
        elif isinstance(element, QRCode):
            x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
            cell = qr_magnification(element, dpi)
            data = _quoted(element.data, "utf-8")
            out.append(_cmd(f"QRCODE {x},{y},{element.error.upper()},{cell},A,0,", data))
        elif isinstance(element, Line):
            out.append(_line(element, dpi))
        elif isinstance(element, Box):
            x, y, width, height, border = box_dots(element, dpi)
            if element.fill:
                out.append(_cmd(f"BAR {x},{y},{width},{height}"))
            else:
                out.append(_cmd(f"BOX {x},{y},{x + width},{y + height},{border}"))
        elif isinstance(element, Image):
            size = to_dots(element.width_mm, dpi), to_dots(element.height_mm, dpi)
            bits = image_bits(element.path, *size)
            out.append(bitmap(to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi), bits))
    out.append(_cmd(f"PRINT {copies},1"))
    return b"".join(out)


def _cmd(command: str, data: bytes = b"") -> bytes:
    return command.encode("ascii") + data + b"\r\n"


def _quoted(text: str, encoding: str) -> bytes:
    """A TSPL string literal; a double quote inside is written ``\\["]``."""
    return b'"' + text.replace('"', '\\["]').encode(encoding) + b'"'


def bitmap(x: int, y: int, bits: Bitmap) -> bytes:
    """``BITMAP x,y,width_bytes,height,0,data`` (mode 0: overwrite)."""
    data = bits.data if BITMAP_ONE_IS_WHITE else bits.data.translate(INVERT)
    return _cmd(f"BITMAP {x},{y},{bits.width_bytes},{bits.height},0,", data)


def _text(element: Text, dpi: int, chinese: ChineseMode, font: str) -> list[bytes]:
    x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
    if chinese == "font":
        return _font_text(element, dpi, x, y)
    if element.align == Align.LEFT and not element.inverse and is_plain(element.text):
        name, char_width, char_height, mul = fixed_font(element.size_pt, dpi)
        width = None if element.width_mm is None else to_dots(element.width_mm, dpi)
        lines = wrap_measured(element, lambda s: len(s) * char_width * mul, width)
        if all(is_plain(line) for line in lines):  # an ellipsis is not ASCII
            step = round(char_height * mul * LINE_SPACING)
            return [
                _cmd(f'TEXT {x},{y + i * step},"{name}",0,{mul},{mul},', _quoted(line, "ascii"))
                for i, line in enumerate(lines)
                if line
            ]
    return [bitmap(x, y, text_bits(element, dpi, font))]


def fixed_font(size_pt: float, dpi: int) -> tuple[str, int, int, int]:
    """(name, char width, char height, multiplier) of the built-in font whose
    height comes nearest the text's size in dots."""
    target = size_px(size_pt, raster_dpi(dpi))
    candidates = (
        (abs(height * mul - target), mul, name, width, height)
        for name, width, height in FIXED_FONTS
        for mul in range(1, 11)
    )
    _, mul, name, width, height = min(candidates)
    return name, width, height, mul


def _cjk_width(mul: int) -> Callable[[str], float]:
    return lambda s: sum(CJK_CELL // 2 if c < "\x80" else CJK_CELL for c in s) * mul


def _font_text(element: Text, dpi: int, x: int, y: int) -> list[bytes]:
    """Text in the printer's TSS24.BF2, wrapped and aligned by its metrics."""
    mul = min(10, max(1, round(size_px(element.size_pt, raster_dpi(dpi)) / CJK_CELL)))
    measure = _cjk_width(mul)
    width = None if element.width_mm is None else to_dots(element.width_mm, dpi)
    lines = wrap_measured(element, measure, width)
    box = width if width is not None else max(round(measure(line)) for line in lines)
    step = round(CJK_CELL * mul * LINE_SPACING)
    out = []
    for i, line in enumerate(lines):
        spare = box - round(measure(line))
        dx = {Align.LEFT: 0, Align.CENTER: spare // 2, Align.RIGHT: spare}[element.align]
        data = _quoted(line, "gb18030")
        for bold_dx in (0, 1) if element.bold else (0,):  # bold: struck twice, a dot apart
            out.append(
                _cmd(f'TEXT {x + dx + bold_dx},{y + i * step},"{CJK_FONT}",0,{mul},{mul},', data)
            )
    if element.inverse:
        out.append(_cmd(f"REVERSE {x},{y},{box},{step * len(lines)}"))
    return out


def _barcode(element: Barcode, dpi: int) -> bytes:
    x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
    module = min(10, max(1, to_dots(element.module_mm, dpi)))
    height = max(1, to_dots(element.height_mm, dpi))
    readable = 1 if element.human_readable else 0
    if element.symbology == Symbology.EAN13:
        kind, data = "EAN13", ean13_full(element.data)[:12]
    else:
        kind, data = "128", element.data
        if not is_plain(data):
            raise ValueError(f"TSPL Code 128 takes printable ASCII only, not {data!r}")
    head = f'BARCODE {x},{y},"{kind}",{height},{readable},0,{module},{module},'
    return _cmd(head, _quoted(data, "ascii"))


def _line(element: Line, dpi: int) -> bytes:
    rect = line_rect(element, dpi)
    if rect is None:
        x, y, bits = slanted_line_bits(element, dpi)
        return bitmap(x, y, bits)
    x, y, width, height = rect
    return _cmd(f"BAR {x},{y},{width},{height}")


def tspl_status_request() -> bytes:
    """``ESC ! ?``: the printer answers one status byte at once."""
    return b"\x1b!?"


def parse_tspl_status(reply: bytes | int) -> PrinterStatus:
    """The flags of the ``ESC ! ?`` byte (0 = ready). Raises ValueError when
    the reply is empty."""
    if isinstance(reply, bytes):
        if not reply:
            raise ValueError("empty TSPL status reply")
        reply = reply[0]
    if not 0 <= reply <= 255:
        raise ValueError(f"a TSPL status is one byte, not {reply}")
    flags = {name: bool(reply & (1 << bit)) for bit, name in enumerate(_TSPL_BITS)}
    return PrinterStatus(**flags)
