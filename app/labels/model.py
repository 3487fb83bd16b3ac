"""The label layout model: what is drawn where, in millimetres.

Origin at the top-left corner, y growing downwards (as ZPL and TSPL count);
the PDF renderer turns it over. Every renderer draws the same model, so a
label looks the same on paper, on a thermal printer and in the preview.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Symbology(StrEnum):
    CODE128 = "code128"
    EAN13 = "ean13"


@dataclass(frozen=True)
class Text:
    """Text in a box ``width_mm`` wide (None: as wide as it runs). ``size_pt``
    is the font size in points (1 pt = 25.4/72 mm); lines beyond
    ``max_lines`` are cut with an ellipsis, never spill over other fields."""

    x_mm: float
    y_mm: float
    text: str
    size_pt: float = 10
    bold: bool = False
    width_mm: float | None = None
    align: Align = Align.LEFT
    max_lines: int = 1
    inverse: bool = False  # white on black (a sort code block)


@dataclass(frozen=True)
class Barcode:
    """A linear barcode; ``module_mm`` is the narrow bar's width. With
    ``human_readable`` the data is printed under the bars."""

    x_mm: float
    y_mm: float
    data: str
    symbology: Symbology = Symbology.CODE128
    height_mm: float = 15
    module_mm: float = 0.375  # 3 dots at 203 dpi, 4.4 dots at 300 dpi
    human_readable: bool = True
    text_size_pt: float = 9


@dataclass(frozen=True)
class QRCode:
    x_mm: float
    y_mm: float
    data: str
    size_mm: float = 20  # the whole symbol, quiet zone excluded
    error: str = "M"  # L, M, Q, H


@dataclass(frozen=True)
class Line:
    x1_mm: float
    y1_mm: float
    x2_mm: float
    y2_mm: float
    thickness_mm: float = 0.3


@dataclass(frozen=True)
class Box:
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    thickness_mm: float = 0.3
    fill: bool = False


@dataclass(frozen=True)
class Image:
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    path: str


Element = Text | Barcode | QRCode | Line | Box | Image


@dataclass(frozen=True)
class Label:
    """One page of a label or document."""

    width_mm: float
    height_mm: float
    elements: tuple[Element, ...] = field(default_factory=tuple)
    name: str = ""


MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH


def dots(mm: float, dpi: int) -> int:
    """Millimetres to printer dots, rounded to the nearest dot."""
    return round(mm * dpi / MM_PER_INCH)
