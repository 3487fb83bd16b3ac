"""TSPL output: golden files, CRLF commands, BITMAP size and polarity, the
printer's Chinese font with GB18030 text, native barcodes, ESC ! ? parsing."""

from __future__ import annotations

import re

import pytest

from app.labels.fonts import find_cjk_font
from app.labels.model import Align, Barcode, Box, Label, Line, QRCode, Symbology, Text
from app.labels.textrender import text_bitmap
from app.labels.thermal import pack
from app.labels.tspl import (
    BITMAP_ONE_IS_WHITE,
    parse_tspl_status,
    render_tspl,
    tspl_status_request,
)
from tests.app.labels.samples import GOLDEN, golden_outputs

BITMAP = re.compile(rb"BITMAP (\d+),(\d+),(\d+),(\d+),0,")


def _bitmaps(job: bytes) -> list[tuple[int, int, int, int, bytes]]:
    """(x, y, width_bytes, height, data) of every BITMAP; checks that exactly
    width_bytes * height bytes follow, then CRLF."""
    found, position = [], 0
    while (match := BITMAP.search(job, position)) is not None:
        x, y, width_bytes, height = (int(v) for v in match.groups())
        end = match.end() + width_bytes * height
        assert job[end : end + 2] == b"\r\n"
        found.append((x, y, width_bytes, height, job[match.end() : end]))
        position = end + 2
    return found


def _commands(job: bytes) -> list[bytes]:
    """The command lines, bitmap data cut out."""
    for *_, data in _bitmaps(job):
        job = job.replace(data, b"<data>", 1)
    assert job.endswith(b"\r\n")
    return job[:-2].split(b"\r\n")


def _wqy_font() -> bool:
    found = find_cjk_font()
    return found is not None and found[0].name == "wqy-microhei.ttc"


@pytest.mark.parametrize("name", [n for n in golden_outputs() if n.endswith(".tspl")])
def test_matches_golden_file(name: str) -> None:
    assert _wqy_font(), "the golden bitmaps were drawn with WenQuanYi Micro Hei"
    assert golden_outputs()[name] == (GOLDEN / name).read_bytes()


def test_header_and_print_lines() -> None:
    commands = _commands(render_tspl(Label(76, 130), copies=2))
    assert commands == [
        b"SIZE 76 mm,130 mm",
        b"GAP 2 mm,0 mm",
        b"DIRECTION 1",
        b"CLS",
        b"PRINT 2,1",
    ]
    assert _commands(render_tspl(Label(40.5, 30)))[0] == b"SIZE 40.5 mm,30 mm"
    with pytest.raises(ValueError, match="copies"):
        render_tspl(Label(40, 30), copies=0)


@pytest.mark.parametrize("dpi", [203, 300])
def test_chinese_text_is_a_bitmap_of_the_right_size_and_polarity(dpi: int) -> None:
    element = Text(2, 3, "收件人 张三", 12, width_mm=35, align=Align.CENTER)
    [(x, y, width_bytes, height, data)] = _bitmaps(render_tspl(Label(40, 30, (element,)), dpi))
    per_mm = 8 if dpi == 203 else 12
    assert (x, y) == (2 * per_mm, 3 * per_mm)
    assert len(data) == width_bytes * height
    expected = pack(text_bitmap(element, 203 if dpi == 203 else 305))
    assert (width_bytes, height) == (expected.width_bytes, expected.height)
    assert BITMAP_ONE_IS_WHITE  # DEVICES.md: reported 1 = white, the reverse of ZPL
    assert data == expected.data
    assert data.count(b"\xff") > len(data) // 2, "mostly white paper: mostly 1 bits"


def test_plain_ascii_uses_a_built_in_font() -> None:
    job = render_tspl(Label(40, 30, (Text(1, 2, 'Say "hi"', 10),)))
    assert _commands(job)[4] == b'TEXT 8,16,"3",0,1,1,"Say \\["]hi\\["]"'
    assert not _bitmaps(job)


def test_font_mode_sends_gb18030_text() -> None:
    element = Text(1, 2, "收件人：张三 Room 5", 12, bold=True)
    commands = _commands(render_tspl(Label(60, 30, (element,)), chinese="font"))
    text = [c for c in commands if c.startswith(b"TEXT")]
    assert text == [
        b'TEXT 8,16,"TSS24.BF2",0,1,1,"' + "收件人：张三 Room 5".encode("gb18030") + b'"',
        b'TEXT 9,16,"TSS24.BF2",0,1,1,"' + "收件人：张三 Room 5".encode("gb18030") + b'"',
    ]


def test_font_mode_wraps_aligns_and_reverses() -> None:
    element = Text(
        0,
        0,
        "一二三四五六七八九十百",
        12,
        width_mm=15,
        max_lines=2,
        align=Align.RIGHT,
        inverse=True,
    )
    commands = _commands(render_tspl(Label(40, 30, (element,)), chinese="font"))
    # 120 dots hold five 24-dot characters; the second line ends with "…".
    assert commands[4] == b'TEXT 0,0,"TSS24.BF2",0,1,1,"' + "一二三四五".encode("gb18030") + b'"'
    assert commands[5] == b'TEXT 0,29,"TSS24.BF2",0,1,1,"' + "六七八九…".encode("gb18030") + b'"'
    assert commands[6] == b"REVERSE 0,0,120,58"


def test_barcodes_lines_and_boxes() -> None:
    label = Label(
        76,
        60,
        (
            Barcode(5, 5, "SF1234567890123", height_mm=15),
            Barcode(5, 30, "6901234567892", Symbology.EAN13, 10, human_readable=False),
            QRCode(50, 5, "https://t.cn/SF1", 20, "H"),
            Line(0, 25, 76, 25, 0.25),
            Line(40, 0, 40, 25, 0.5),
            Box(1, 1, 74, 58, 0.4),
            Box(2, 50, 10, 5, fill=True),
        ),
    )
    assert _commands(render_tspl(label))[4:-1] == [
        b'BARCODE 40,40,"128",120,1,0,3,3,"SF1234567890123"',
        b'BARCODE 40,240,"EAN13",80,0,0,3,3,"690123456789"',
        b'QRCODE 400,40,H,5,A,0,"https://t.cn/SF1"',
        b"BAR 0,199,608,2",
        b"BAR 318,0,4,200",
        b"BOX 8,8,600,472,3",
        b"BAR 16,400,80,40",
    ]
    with pytest.raises(ValueError, match="ASCII"):
        render_tspl(Label(40, 30, (Barcode(1, 1, "单号1"),)))


def test_a_slanted_line_is_a_bitmap() -> None:
    [(x, y, width_bytes, height, _)] = _bitmaps(render_tspl(Label(40, 30, (Line(5, 5, 15, 10),))))
    assert (x, y) == (38, 38)
    assert width_bytes * 8 >= 80 and height >= 40


@pytest.mark.parametrize(
    ("byte", "problems", "printing"),
    [
        (0x00, (), False),
        (0x20, (), True),
        (0x01, ("head_open",), False),
        (0x04, ("paper_out",), False),
        (0x02, ("paper_jam",), False),
        (0x08, ("ribbon_out",), False),
        (0x50, ("cover_open", "paused"), False),
        (0x80, ("over_temperature",), False),
    ],
)
def test_status_byte(byte: int, problems: tuple[str, ...], printing: bool) -> None:
    status = parse_tspl_status(bytes([byte]))
    assert status.problems == problems
    assert status.printing is printing
    assert status.ok is (not problems)
    assert parse_tspl_status(byte) == status


def test_status_request_and_bad_replies() -> None:
    assert tspl_status_request() == b"\x1b!?"
    with pytest.raises(ValueError, match="empty"):
        parse_tspl_status(b"")
    with pytest.raises(ValueError, match="one byte"):
        parse_tspl_status(256)
