"""PDF output read back with poppler and zbar: barcodes decode, the Chinese
font is embedded and its text extracts, pages have their labels' sizes, and
the STSong-Light fallback says so in the log."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.labels import fonts
from app.labels.model import Align, Barcode, Box, Image, Label, Line, QRCode, Symbology, Text
from app.labels.pdf import CID_FALLBACK, render_pdf
from tests.app.labels.samples import EAN, QR_DATA, WAYBILL, waybill_label

TOOLS = ("pdftoppm", "zbarimg", "pdffonts", "pdftotext", "pdfinfo")


def test_the_tools_these_tests_read_with_are_installed() -> None:
    """poppler-utils and zbar-tools are part of the set-up (scripts/system-deps.sh)."""
    assert [t for t in TOOLS if shutil.which(t) is None] == []


def _run(*args: str | Path) -> str:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, check=False, timeout=60, encoding="utf-8"
    )
    assert result.returncode in (0, 4), result.stderr  # zbarimg: 4 = nothing found
    return result.stdout


def _write(tmp_path: Path, pdf: bytes) -> Path:
    path = tmp_path / "labels.pdf"
    path.write_bytes(pdf)
    return path


def _decoded(tmp_path: Path, pdf: bytes, dpi: int = 300) -> set[str]:
    """Every symbol zbar finds on every page rendered at ``dpi``."""
    _run("pdftoppm", "-r", str(dpi), "-png", _write(tmp_path, pdf), tmp_path / "page")
    found: set[str] = set()
    for page in sorted(tmp_path.glob("page*.png")):
        found |= set(_run("zbarimg", "--raw", "-q", page).splitlines())
    return found


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_barcode_decodes(tmp_path: Path, dpi: int) -> None:
    codes = ("JT0001234567890", "78912345678901", "YT-88/ab")
    label = Label(
        100,
        150,
        (
            *(Barcode(10, 5 + 25 * i, code, height_mm=12) for i, code in enumerate(codes)),
            Barcode(15, 85, EAN, Symbology.EAN13, height_mm=12, module_mm=0.33),
            QRCode(60, 110, QR_DATA, size_mm=25),
        ),
    )
    assert _decoded(tmp_path, render_pdf([label]), dpi) == {*codes, EAN, QR_DATA}


def test_waybill_sample_decodes(tmp_path: Path) -> None:
    assert _decoded(tmp_path, render_pdf([waybill_label()])) == {WAYBILL, EAN, QR_DATA}


def test_chinese_font_is_embedded_truetype_and_text_extracts(tmp_path: Path) -> None:
    assert fonts.find_cjk_font() is not None, "install fonts-wqy-microhei"
    path = _write(tmp_path, render_pdf([waybill_label()]))
    rows = [line.split() for line in _run("pdffonts", path).splitlines()[2:]]
    assert rows, "the PDF uses a font"
    for row in rows:  # name type encoding emb sub uni ...: one embedded TrueType subset
        assert row[1] == "TrueType" and row[-5] == "yes", row
    text = _run("pdftotext", "-layout", path, "-")
    for expected in ("顺丰速运", "收 张三 138****1234", "571-T23 00", "右对齐", WAYBILL):
        assert expected in text


def test_wrapping_cuts_with_an_ellipsis(tmp_path: Path) -> None:
    address = "浙江省杭州市西湖区文三路100号某某大厦12楼1201室" * 3
    label = Label(60, 40, (Text(2, 2, address, 10, width_mm=40, max_lines=2),))
    lines = _run("pdftotext", _write(tmp_path, render_pdf([label])), "-").split("\n")
    lines = [line for line in lines if line.strip("\f")]
    assert len(lines) == 2
    assert lines[0].startswith("浙江省杭州市")
    assert lines[1].endswith("…")
    assert len(lines[0]) + len(lines[1]) < len(address)


def test_pages_have_their_labels_sizes(tmp_path: Path) -> None:
    pages = [Label(148, 210, name="A5"), Label(100, 150), Label(76, 130)]
    info = _run("pdfinfo", "-f", "1", "-l", "3", _write(tmp_path, render_pdf(pages)))
    sizes = [line.split(":", 1)[1].split("pts")[0].split("x") for line in info.splitlines()
             if line.startswith("Page") and "size" in line]  # fmt: skip
    as_mm = [tuple(round(float(v) * 25.4 / 72) for v in size) for size in sizes]
    assert as_mm == [(148, 210), (100, 150), (76, 130)]


def test_two_hundred_pages_stream_into_one_document(tmp_path: Path) -> None:
    labels = (waybill_label() for _ in range(200))  # a generator: drawn as they come
    info = _run("pdfinfo", _write(tmp_path, render_pdf(labels)))
    assert "Pages:           200" in info
    with pytest.raises(ValueError, match="at least one page"):
        render_pdf([])


def test_inverse_box_line_and_image_are_drawn(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("L", (40, 40), 0).save(logo)
    label = Label(
        40,
        30,
        (
            Text(2, 2, "中转", 14, True, 20, Align.CENTER, inverse=True),
            Line(2, 15, 38, 15, 0.5),
            Box(25, 18, 10, 8, fill=True),
            Image(2, 18, 8, 8, str(logo)),
        ),
    )
    _run("pdftoppm", "-r", "100", "-png", _write(tmp_path, render_pdf([label])), tmp_path / "p")
    with PILImage.open(next(tmp_path.glob("p*.png"))) as rendered:
        page = rendered.convert("L")

    def at_mm(x: float, y: float) -> int:
        value = page.getpixel((round(x * 100 / 25.4), round(y * 100 / 25.4)))
        assert isinstance(value, int)
        return value

    assert at_mm(3, 3) == 0  # the inverse block's corner is black
    assert at_mm(10, 15) < 128  # the line
    assert at_mm(30, 22) == 0  # the filled box
    assert at_mm(6, 22) == 0  # the image
    assert at_mm(15, 22) == 255  # and paper in between


def test_without_a_truetype_font_falls_back_to_stsong_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(fonts, "CANDIDATES", ())
    missing = str(tmp_path / "no-such-font.ttf")  # a new key for the font caches
    with caplog.at_level(logging.WARNING, logger="app.labels"):
        pdf = render_pdf([Label(60, 20, (Text(2, 2, "收件人 张三", 12),))], font=missing)
    fallback = [r for r in caplog.records if r.name == "app.labels.pdf"]
    assert len(fallback) == 1 and fallback[0].levelno == logging.WARNING
    assert CID_FALLBACK in fallback[0].getMessage()
    path = _write(tmp_path, pdf)
    assert CID_FALLBACK in _run("pdffonts", path)
    assert "收件人 张三" in _run("pdftotext", path, "-")
