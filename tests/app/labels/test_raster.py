"""The PNG preview: true size and dpi, whole-dot barcode modules that zbar
reads back at 203 and 300 dpi, quiet zones enforced, text, rules, boxes and
dithered images where the model puts them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.labels.model import (
    Align,
    Barcode,
    Box,
    Image,
    Label,
    Line,
    QRCode,
    Symbology,
    Text,
    dots,
)
from app.labels.raster import barcode_width_mm, module_dots, render_bitmap, render_png
from app.labels.symbols import EAN13_GUARDS
from tests.app.labels.scan import symbol_rect, zbar

WAYBILL = "SF1234567890123"
EAN = "6971234000019"
QR_TEXT = "https://t.example.cn/w/SF1234567890123?收件=杭州"
DPIS = [203, 300]


def _black(image: PILImage.Image, box: tuple[int, int, int, int]) -> int:
    """How many black dots in a region of a mode "1" image."""
    return image.crop(box).convert("L").histogram()[0]


@pytest.mark.parametrize("dpi", DPIS)
def test_png_has_true_size_and_dpi(dpi: int) -> None:
    png = render_png(Label(100, 150, (Text(5, 5, "顺丰速运"),)), dpi)
    image = PILImage.open(io.BytesIO(png))
    assert image.format == "PNG" and image.mode == "1"
    assert image.size == (dots(100, dpi), dots(150, dpi))  # 800x1200 at 203 dpi
    assert [round(v) for v in image.info["dpi"]] == [dpi, dpi]


def test_bitmap_black_is_zero() -> None:
    image = render_bitmap(Label(20, 10, (Box(0, 0, 10, 10, fill=True),)), 203)
    assert image.mode == "1"
    assert image.getpixel((5, 5)) == 0 and image.getpixel((150, 40)) == 255


@pytest.mark.parametrize(("dpi", "module"), [(203, 3), (300, 4)])
def test_modules_are_whole_dots(dpi: int, module: int) -> None:
    element = Barcode(10, 5, WAYBILL, module_mm=0.375, human_readable=False)
    image = render_bitmap(Label(100, 30, (element,)), dpi)
    row = [image.getpixel((x, dots(10, dpi))) for x in range(image.width)]
    runs, current, length = [], row[0], 0
    for value in row:
        if value == current:
            length += 1
        else:
            runs.append((current, length))
            current, length = value, 1
    bars = [n for v, n in runs[1:-1]]  # between the white margins
    assert module_dots(0.375, dpi) == module
    assert min(bars) == module and all(n % module == 0 for n in bars)
    assert runs[0][1] == dots(10, dpi)  # the first bar starts at x_mm


@pytest.mark.parametrize("dpi", DPIS)
def test_barcodes_read_back(tmp_path: Path, dpi: int) -> None:
    label = Label(
        100,
        100,
        (
            Barcode(8, 4, WAYBILL, height_mm=14),
            Barcode(8, 30, "A-01-02", height_mm=10, module_mm=0.25),
            Barcode(8, 50, EAN, Symbology.EAN13, height_mm=12, module_mm=0.33),
            QRCode(70, 60, QR_TEXT, size_mm=25),
        ),
    )
    image = render_bitmap(label, dpi)
    for element in label.elements:
        assert isinstance(element, Barcode | QRCode)
        path = tmp_path / f"{element.data[:2]}.png"
        image.crop(symbol_rect(element, dpi)).save(path)  # each on its own, in place
        assert zbar(path) == [element.data]


def test_human_readable_text_under_the_bars() -> None:
    with_text = render_bitmap(Label(80, 30, (Barcode(8, 2, WAYBILL, height_mm=10),)), 203)
    without = render_bitmap(
        Label(80, 30, (Barcode(8, 2, WAYBILL, height_mm=10, human_readable=False),)), 203
    )
    below = (0, dots(12.2, 203), with_text.width, dots(17, 203))
    assert _black(with_text, below) > 100 and _black(without, below) == 0


def test_ean13_first_digit_sits_in_the_quiet_zone() -> None:
    element = Barcode(8, 2, EAN, Symbology.EAN13, height_mm=10, module_mm=0.33)
    image = render_bitmap(Label(60, 25, (element,)), 203)
    x0, bar_bottom = dots(8, 203), dots(12, 203)
    digit_area = (x0 - 11 * module_dots(0.33, 203), bar_bottom + 2, x0 - 1, image.height)
    assert _black(image, digit_area) > 10  # the leading "6"
    # Just under the bars only the guard bars (6 dark modules of 3 dots) reach down.
    module = module_dots(0.33, 203)
    row = [x for x in range(image.width) if image.getpixel((x, bar_bottom + 1)) == 0]
    assert len(row) == 6 * module
    assert {(x - x0) // module for x in row} <= EAN13_GUARDS


def test_barcode_needs_its_quiet_zone() -> None:
    too_left = Label(80, 30, (Barcode(1, 2, WAYBILL, height_mm=10),))
    with pytest.raises(ValueError, match=r"SF1234567890123.*does not fit"):
        render_bitmap(too_left, 203)
    too_wide = Label(50, 30, (Barcode(4, 2, WAYBILL, height_mm=10),))
    with pytest.raises(ValueError, match="needs 61.9 mm"):
        render_bitmap(too_wide, 203)
    too_low = Label(80, 12, (Barcode(8, 2, WAYBILL, height_mm=10),))  # no room for its text
    with pytest.raises(ValueError, match="does not fit"):
        render_bitmap(too_low, 203)


def test_barcode_width_counts_quiet_zones_in_whole_dots() -> None:
    # 145 modules + 2 x 10 quiet; 0.375 mm is 3 dots at 203 dpi, 4 dots at 300.
    assert barcode_width_mm(WAYBILL, Symbology.CODE128, 0.375, 203) == pytest.approx(
        165 * 3 * 25.4 / 203
    )
    assert barcode_width_mm(WAYBILL, Symbology.CODE128, 0.375, 300) == pytest.approx(
        165 * 4 * 25.4 / 300
    )


def test_qr_too_small_or_off_the_label_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be drawn"):
        render_bitmap(Label(40, 40, (QRCode(5, 5, "x" * 300, size_mm=3),)), 203)
    with pytest.raises(ValueError, match="quiet zone"):
        render_bitmap(Label(40, 40, (QRCode(0.5, 10, "SF1", size_mm=15),)), 203)


def test_text_is_drawn_in_its_box() -> None:
    element = Text(10, 5, "浙江省杭州市西湖区", size_pt=10, width_mm=30)
    image = render_bitmap(Label(60, 20, (element,)), 203)
    inside = (dots(10, 203), dots(5, 203), dots(40, 203) + 1, dots(10, 203))
    total = _black(image, (0, 0, image.width, image.height))
    assert total > 200 and _black(image, inside) == total


def test_inverse_text_is_a_black_block_with_white_text() -> None:
    element = Text(5, 5, "470", size_pt=24, bold=True, width_mm=30, align=Align.CENTER,
                   inverse=True)  # fmt: skip
    image = render_bitmap(Label(40, 20, (element,)), 203)
    block = (dots(5, 203), dots(5, 203), dots(35, 203), dots(14, 203))
    area = (block[2] - block[0]) * (block[3] - block[1])
    assert 0.5 * area < _black(image, block) < 0.97 * area


def test_lines_and_boxes() -> None:
    label = Label(
        40,
        40,
        (
            Line(0, 5, 40, 5, thickness_mm=0.5),
            Line(20, 10, 20, 20, thickness_mm=0.25),
            Box(2, 22, 10, 10, thickness_mm=0.3),
            Box(20, 22, 10, 10, fill=True),
        ),
    )
    image = render_bitmap(label, 203)
    column = [image.getpixel((50, y)) for y in range(0, 80)]
    assert column.count(0) == dots(0.5, 203)  # 4 dots thick, whole width
    assert image.getpixel((dots(20, 203), dots(15, 203))) == 0
    assert image.getpixel((dots(7, 203), dots(27, 203))) == 255  # an outline is hollow
    assert image.getpixel((dots(2, 203), dots(27, 203))) == 0
    assert image.getpixel((dots(25, 203), dots(27, 203))) == 0  # a filled box is not


def test_image_fitted_and_dithered(tmp_path: Path) -> None:
    gradient = PILImage.linear_gradient("L").resize((200, 100))
    path = tmp_path / "logo.png"
    gradient.save(path)
    image = render_bitmap(Label(40, 30, (Image(5, 5, 20, 20, str(path)),)), 203)
    box = (dots(5, 203), dots(5, 203), dots(25, 203), dots(25, 203))
    black = _black(image, box)
    assert 0 < black < (box[2] - box[0]) * (box[3] - box[1])  # dithered: grey as dots
    assert black == _black(image, (0, 0, image.width, image.height))  # nothing outside
    # 2:1 picture in a square box: fitted, so the top quarter of the box stays white.
    assert _black(image, (box[0], box[1], box[2], box[1] + 30)) == 0


def test_unreadable_image_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="logo.png"):
        render_bitmap(Label(40, 30, (Image(5, 5, 20, 20, str(tmp_path / "logo.png")),)), 203)
