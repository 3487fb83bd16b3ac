"""ZPL II for Zebra and compatible printers, at 203 or 300 dpi.

Choices (see DEVICES.md):

* Code 128 is the printer's own ``^BC`` in mode N, with the subsets spelled
  out (``>;`` C, ``>:`` B, ``>5``/``>6`` switches, ``>8`` FNC1) from
  :func:`app.labels.symbols.code128_values`, so the printer draws the same
  bars as the PNG preview and needs no firmware with mode A.
* EAN-13 is ``^BE`` with the 12 digits (the printer adds the check digit).
* QR is ``^BQN,2,mag`` with ``^FD<error>A,`` (automatic mode, as the printer
  chooses); ``mag`` is the largest whole module size that keeps the symbol
  within ``size_mm``, the module count predicted with segno.
* Text is a ``^GFA`` bitmap from textrender (most printers have no Chinese
  font) unless it is plain ASCII, left-aligned and not inverse: then the
  built-in ``^A0`` font, line by line as textrender wrapped it.
* Bitmaps over 99,999 bytes are split into stacked ``^GFA`` fields.
"""

from __future__ import annotations

from functools import lru_cache

import segno

from app.labels.model import Align, Barcode, Box, Image, Label, Line, QRCode, Symbology, Text
from app.labels.status import PrinterStatus
from app.labels.symbols import code128_values, ean13_full
from app.labels.textrender import layout, line_height, size_px
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
)

MAX_FIELD_BYTES = 99_999  # one ^GFA field carries at most this many bytes
NATIVE_ASCII_TEXT = True  # plain ASCII text in the printer's ^A0 font
_START = {103: ">9", 104: ">:", 105: ">;"}  # start code A, B, C
_FNC1 = 102
# Characters ^BC takes as invocation codes; "^" goes through ^FH instead.
_BC_ESCAPES = {">": "><", "~": ">=", "\x7f": ">1"}


def render_zpl(label: Label, dpi: int = 203, copies: int = 1, font: str = "") -> bytes:
    """One label as a ZPL II format (UTF-8), printed ``copies`` times."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    out = [
        "^XA",
        "^CI28",
        f"^PW{to_dots(label.width_mm, dpi)}",
        f"^LL{to_dots(label.height_mm, dpi)}",
        "^LH0,0",
    ]
    for element in label.elements:
        if isinstance(element, Text):
            out.extend(_text(element, dpi, font))
        elif isinstance(element, Barcode):
            out.append(_barcode(element, dpi))
        elif isinstance(element, QRCode):
            out.append(_qr(element, dpi))
        elif isinstance(element, Line):
            out.extend(_line(element, dpi))
        elif isinstance(element, Box):
            x, y, width, height, border = box_dots(element, dpi)
            out.append(f"^FO{x},{y}^GB{width},{height},{border}^FS")
        elif isinstance(element, Image):
            bits = image_bits(element.path, *_size(element, dpi))
            out.extend(graphic_fields(to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi), bits))
    out += [f"^PQ{copies}", "^XZ", ""]
    return "\n".join(out).encode("utf-8")


def _size(image: Image, dpi: int) -> tuple[int, int]:
    return to_dots(image.width_mm, dpi), to_dots(image.height_mm, dpi)


def graphic_fields(x: int, y: int, bits: Bitmap) -> list[str]:
    """``^GFA`` fields (hex, 1 = black) of at most MAX_FIELD_BYTES each,
    stacked from (x, y) down."""
    rows_per_field = max(1, MAX_FIELD_BYTES // bits.width_bytes)
    black_is_one = bits.data.translate(INVERT)
    fields = []
    for row in range(0, bits.height, rows_per_field):
        chunk = black_is_one[row * bits.width_bytes : (row + rows_per_field) * bits.width_bytes]
        size = len(chunk)
        fields.append(
            f"^FO{x},{y + row}^GFA,{size},{size},{bits.width_bytes},{chunk.hex().upper()}^FS"
        )
    return fields


def _field_data(data: str) -> str:
    """``^FD`` with ``^`` and ``~`` (command prefixes) escaped by ``^FH``."""
    if "^" in data or "~" in data:
        escaped = data.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")
        return f"^FH^FD{escaped}"
    return f"^FD{data}"


def _text(element: Text, dpi: int, font: str) -> list[str]:
    x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
    if (
        NATIVE_ASCII_TEXT
        and element.align == Align.LEFT
        and not element.inverse
        and is_plain(element.text)
    ):
        pil_font, lines, _ = layout(element, raster_dpi(dpi), font)
        if all(is_plain(line) for line in lines):  # an ellipsis is not ASCII
            height = size_px(element.size_pt, raster_dpi(dpi))
            step = line_height(pil_font)
            return [
                f"^FO{x},{y + i * step}^A0N,{height},{height}{_field_data(line)}^FS"
                for i, line in enumerate(lines)
                if line
            ]
    return graphic_fields(x, y, text_bits(element, dpi, font))


def code128_field(data: str) -> str:
    """The ``^BC`` field data with explicit subsets (mode N)."""
    values = code128_values(data)[:-1]  # the printer adds the check character
    subset = ""
    parts: list[str] = []
    for value in values:
        if value in _START:
            subset = "ABC"[value - 103]
            parts.append(_START[value])
        elif value == _FNC1:
            parts.append(">8")
        elif subset == "C":
            if value < 100:
                parts.append(f"{value:02d}")
            else:
                subset = "B" if value == 100 else "A"
                parts.append(">6" if value == 100 else ">7")
        elif value == 99:
            subset = "C"
            parts.append(">5")
        elif (subset, value) in (("A", 100), ("B", 101)):
            subset = "B" if value == 100 else "A"
            parts.append(">6" if value == 100 else ">7")
        elif value >= 64 and subset == "A":
            raise ValueError(f"control characters cannot go to a ZPL barcode: {data!r}")
        else:
            char = chr(value + 32)
            parts.append(_BC_ESCAPES.get(char, char))
    return "".join(parts)


def _barcode(element: Barcode, dpi: int) -> str:
    x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
    module = min(10, max(1, to_dots(element.module_mm, dpi)))
    height = max(1, to_dots(element.height_mm, dpi))
    readable = "Y" if element.human_readable else "N"
    if element.symbology == Symbology.EAN13:
        digits = ean13_full(element.data)[:12]
        return f"^FO{x},{y}^BY{module}^BEN,{height},{readable},N^FD{digits}^FS"
    data = _field_data(code128_field(element.data))
    return f"^FO{x},{y}^BY{module}^BCN,{height},{readable},N,N{data}^FS"


@lru_cache(maxsize=256)
def qr_modules(data: str, error: str) -> int:
    """Modules per side of the QR symbol for ``data`` (no quiet zone)."""
    # mask=0: the version does not depend on the mask, and choosing the best
    # mask is most of segno's work.
    code = segno.make(data, error=error, encoding="utf-8", micro=False, boost_error=False, mask=0)
    return int(code.symbol_size(border=0)[0])


def qr_magnification(element: QRCode, dpi: int) -> int:
    """The module size in dots (1-10) that keeps the symbol within size_mm."""
    modules = qr_modules(element.data, element.error.upper())
    return min(10, max(1, to_dots(element.size_mm, dpi) // modules))


def _qr(element: QRCode, dpi: int) -> str:
    x, y = to_dots(element.x_mm, dpi), to_dots(element.y_mm, dpi)
    mag = qr_magnification(element, dpi)
    data = _field_data(f"{element.error.upper()}A,{element.data}")
    return f"^FO{x},{y}^BQN,2,{mag}{data}^FS"


def _line(element: Line, dpi: int) -> list[str]:
    rect = line_rect(element, dpi)
    if rect is None:
        x, y, bits = slanted_line_bits(element, dpi)
        return graphic_fields(x, y, bits)
    x, y, width, height = rect
    return [f"^FO{x},{y}^GB{width},{height},{min(width, height)}^FS"]


def zpl_status_request() -> bytes:
    """``~HS``: the host status, answered with three STX...ETX lines."""
    return b"~HS"


def parse_zpl_status(reply: bytes) -> PrinterStatus:
    """The flags of a ``~HS`` answer (three STX...ETX lines; anything before
    the first line of twelve fields is skipped). Raises ValueError while the
    answer is incomplete, so a reader can keep feeding it."""
    frames = []
    for part in reply.split(b"\x02")[1:]:
        body, etx, _ = part.partition(b"\x03")
        if etx:
            frames.append([field.strip() for field in body.decode("ascii", "replace").split(",")])
    start = next((i for i, fields in enumerate(frames) if len(fields) >= 12), len(frames))
    if len(frames) < start + 3 or len(frames[start + 1]) < 9:
        raise ValueError(f"incomplete ~HS answer: {reply!r}")
    one, two = frames[start], frames[start + 1]

    def flag(fields: list[str], index: int) -> bool:
        return fields[index].strip("0") != ""

    remaining = int(two[8]) if two[8].isdigit() else 0
    return PrinterStatus(
        paper_out=flag(one, 1),
        paused=flag(one, 2),
        buffer_full=flag(one, 5),
        ram_corrupt=flag(one, 9),
        under_temperature=flag(one, 10),
        over_temperature=flag(one, 11),
        head_open=flag(two, 2),
        ribbon_out=flag(two, 3),
        printing=remaining > 0 or flag(one, 4),
        labels_remaining=remaining,
    )
