"""ZPL II output: golden files, sizes in dots, Chinese as ^GFA bitmaps that
match textrender, the 99,999-byte split, native barcodes, ~HS parsing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.labels.fonts import find_cjk_font
from app.labels.model import Align, Barcode, Image, Label, QRCode, Symbology, Text
from app.labels.textrender import text_bitmap
from app.labels.thermal import INVERT, pack
from app.labels.zpl import (
    MAX_FIELD_BYTES,
    code128_field,
    parse_zpl_status,
    qr_magnification,
    qr_modules,
    render_zpl,
    zpl_status_request,
)
from tests.app.labels.samples import GOLDEN, golden_outputs

GFA = re.compile(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]*)\^FS")


def _fields(zpl: bytes) -> list[tuple[int, int, int, int, bytes]]:
    """(x, y, bytes per row, rows, data with 1 = black) of every ^GFA field."""
    found = []
    for match in GFA.finditer(zpl.decode("utf-8")):
        x, y, total, total_again, per_row = (int(match.group(i)) for i in range(1, 6))
        data = bytes.fromhex(match.group(6))
        assert total == total_again == len(data)
        found.append((x, y, per_row, total // per_row, data))
    return found


def _wqy_font() -> bool:
    found = find_cjk_font()
    return found is not None and found[0].name == "wqy-microhei.ttc"


@pytest.mark.parametrize("name", [n for n in golden_outputs() if n.endswith(".zpl")])
def test_matches_golden_file(name: str) -> None:
    assert _wqy_font(), "the golden bitmaps were drawn with WenQuanYi Micro Hei"
    assert golden_outputs()[name] == (GOLDEN / name).read_bytes()


@pytest.mark.parametrize(
    ("size", "dpi", "expected"),
    [
        ((100, 150), 203, "^PW800\n^LL1200"),
        ((76, 130), 203, "^PW608\n^LL1040"),
        ((100, 150), 300, "^PW1200\n^LL1800"),
        ((76, 130), 300, "^PW912\n^LL1560"),
    ],
)
def test_page_size_in_dots(size: tuple[float, float], dpi: int, expected: str) -> None:
    zpl = render_zpl(Label(*size), dpi).decode()
    assert zpl.startswith("^XA\n^CI28\n")
    assert expected in zpl
    assert "^LH0,0" in zpl
    assert zpl.endswith("^PQ1\n^XZ\n")


def test_copies_and_their_limit() -> None:
    assert b"^PQ3\n^XZ" in render_zpl(Label(40, 30), copies=3)
    with pytest.raises(ValueError, match="copies"):
        render_zpl(Label(40, 30), copies=0)


@pytest.mark.parametrize("dpi", [203, 300])
def test_chinese_text_is_the_textrender_bitmap(dpi: int) -> None:
    element = Text(5, 10, "收件人 张三 杭州市", 12, bold=True, width_mm=40, max_lines=2)
    fields = _fields(render_zpl(Label(50, 30, (element,)), dpi))
    assert len(fields) == 1
    x, y, per_row, rows, data = fields[0]
    assert (x, y) == ((40, 80) if dpi == 203 else (60, 120))
    assert any(data), "the bitmap has black dots"
    expected = pack(text_bitmap(element, 203 if dpi == 203 else 305))
    assert (per_row, rows) == (expected.width_bytes, expected.height)
    assert data == expected.data.translate(INVERT)  # ZPL: 1 = black


def test_plain_ascii_uses_the_printer_font_other_text_a_bitmap() -> None:
    plain = render_zpl(Label(50, 30, (Text(1, 2, "DD2024-0001", 10),))).decode()
    assert "^FO8,16^A0N,28,28^FDDD2024-0001^FS" in plain
    assert "^GFA" not in plain
    for element in (
        Text(1, 2, "DD2024", 10, align=Align.CENTER, width_mm=30),
        Text(1, 2, "DD2024", 10, inverse=True),
        Text(1, 2, "DD2024-0001-ABCDEFGHIJK", 10, width_mm=10),  # cut with "…"
    ):
        assert len(_fields(render_zpl(Label(50, 30, (element,))))) == 1


def test_field_data_escapes_command_prefixes() -> None:
    zpl = render_zpl(Label(50, 30, (Text(1, 2, "a^b~c_d", 10),))).decode()
    assert "^FH^FDa_5Eb_7Ec_5Fd^FS" in zpl


def test_a_full_page_image_is_split_into_stacked_fields(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    stripes = PILImage.new("L", (800, 1200), 255)
    for y in range(0, 1200, 40):
        stripes.paste(0, (0, y, 800, y + 20))
    stripes.save(path)
    label = Label(100, 150, (Image(0, 0, 100, 150, str(path)),))
    fields = _fields(render_zpl(label, 203))
    assert len(fields) == 2
    assert all(len(data) <= MAX_FIELD_BYTES for *_, data in fields)
    assert [(x, y) for x, y, *_ in fields] == [(0, 0), (0, fields[0][3])]
    assert sum(rows for _, _, _, rows, _ in fields) == 1200
    picture = b"".join(data for *_, data in fields)
    assert picture[:100] == b"\xff" * 100  # row 0 black (1 = black)
    assert picture[20 * 100 : 21 * 100] == b"\x00" * 100  # row 20 white


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ("SF1234567890123", ">:SF1>5234567890123"),
        ("12345678", ">;12345678"),
        ("JT0001234567", ">:JT>50001234567"),
        ("ABC", ">:ABC"),
        ("A>B~C", ">:A><B>=C"),
        ("\xf10112345678901231", ">;>80112345678901231"),  # GS1-128: FNC1 first
    ],
)
def test_code128_subsets_are_spelled_out(data: str, field: str) -> None:
    assert code128_field(data) == field


def test_native_barcodes() -> None:
    label = Label(
        100,
        60,
        (
            Barcode(5, 5, "SF1234567890123", height_mm=15, module_mm=0.375),
            Barcode(5, 30, "6901234567892", Symbology.EAN13, 10, 0.33, human_readable=False),
        ),
    )
    zpl = render_zpl(label).decode()
    assert "^FO40,40^BY3^BCN,120,Y,N,N^FD>:SF1>5234567890123^FS" in zpl
    assert "^FO40,240^BY3^BEN,80,N,N^FD690123456789^FS" in zpl
    with pytest.raises(ValueError, match="check digit"):
        render_zpl(Label(50, 30, (Barcode(1, 1, "6901234567890", Symbology.EAN13),)))


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("data", ["https://t.cn/SF1234567890123", "收件人张三 浙江省杭州市" * 3])
def test_qr_magnification_fills_its_size(dpi: int, data: str) -> None:
    element = QRCode(10, 10, data, size_mm=20, error="Q")
    mag = qr_magnification(element, dpi)
    modules = qr_modules(data, "Q")
    room = 20 * (8 if dpi == 203 else 12)
    assert mag * modules <= room < (mag + 1) * modules
    zpl = render_zpl(Label(50, 50, (element,)), dpi).decode()
    offset = 80 if dpi == 203 else 120
    assert f"^FO{offset},{offset}^BQN,2,{mag}^FDQA,{data}^FS" in zpl


HS_OK = b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,4,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"  # noqa: E501
HS_PAPER_OUT = HS_OK.replace(b"030,0,0,1245", b"030,1,1,1245")
HS_HEAD_OPEN = HS_OK.replace(b"001,0,0,0,1", b"001,0,1,0,1")


def test_status_request_and_replies() -> None:
    assert zpl_status_request() == b"~HS"
    ok = parse_zpl_status(HS_OK)
    assert ok.ok and ok.problems == () and not ok.printing
    paper = parse_zpl_status(HS_PAPER_OUT)
    assert not paper.ok and paper.problems == ("paper_out", "paused")
    head = parse_zpl_status(HS_HEAD_OPEN)
    assert head.problems == ("head_open",)
    busy = parse_zpl_status(HS_OK.replace(b"00000000", b"00000012"))
    assert busy.ok and busy.printing and busy.labels_remaining == 12


def test_status_incomplete_or_after_leftovers() -> None:
    for partial in (b"", HS_OK[:40], HS_OK[: HS_OK.rindex(b"\x02")]):
        with pytest.raises(ValueError, match="incomplete"):
            parse_zpl_status(partial)
    leftover = b"\x021234,0\x03\r\n"  # the end of an earlier answer
    assert parse_zpl_status(leftover + HS_PAPER_OUT).paper_out
