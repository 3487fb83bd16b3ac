"""Labels the renderer tests share, built here (not from the templates), and
the command that regenerates the golden ZPL/TSPL files after a deliberate
change: ``.venv/bin/python -m tests.app.labels.samples`` (then review the
diff by eye; the tests only ever compare)."""

from __future__ import annotations

from pathlib import Path

from app.labels.model import Align, Barcode, Box, Label, Line, QRCode, Symbology, Text

GOLDEN = Path(__file__).parent / "golden"
WAYBILL = "SF1234567890123"
EAN = "6901234567892"
QR_DATA = "https://t.example.cn/w/SF1234567890123?收件=杭州"


def waybill_label(width_mm: float = 100, height_mm: float = 150) -> Label:
    """An e-waybill in miniature: every kind of element but images."""
    return Label(
        width_mm,
        height_mm,
        (
            Box(1, 1, width_mm - 2, height_mm - 2, 0.4),
            Text(4, 3, "顺丰速运", 16, bold=True),
            Text(40, 4, "DD20240101-01", 8),
            Text(4, 12, "571-T23 00", 22, True, 66, Align.CENTER, inverse=True),
            Line(1, 24, width_mm - 1, 24, 0.3),
            Barcode(8, 27, WAYBILL, height_mm=14),
            Line(1, 50, width_mm - 1, 50, 0.3),
            Text(4, 52, "收 张三 138****1234", 11, bold=True),
            Text(
                4,
                58,
                "浙江省杭州市西湖区文三路100号某某大厦12楼1201室，工作日送达",
                9,
                False,
                46,
                max_lines=2,
            ),
            Line(52, 50, 52, 70, 0.3),
            QRCode(54, 51, QR_DATA, 18),
            Box(4, 72, 20, 6, fill=True),
            Text(28, 72, 'Say "hi" > ^_~', 8),
            Barcode(12, 82, EAN, Symbology.EAN13, height_mm=10, module_mm=0.33),
            Line(50, 82, 70, 95, 0.5),
            Text(4, 100, "右对齐", 10, False, 66, Align.RIGHT),
        ),
        name="sample-waybill",
    )


def golden_outputs() -> dict[str, bytes]:
    """Golden file name -> the bytes the renderers make today."""
    from app.labels.tspl import render_tspl
    from app.labels.zpl import render_zpl

    small = waybill_label(76, 130)
    return {
        "waybill_100x150_203.zpl": render_zpl(waybill_label(), 203),
        "waybill_100x150_300.zpl": render_zpl(waybill_label(), 300, copies=2),
        "waybill_76x130_203.tspl": render_tspl(small, 203),
        "waybill_76x130_203_font.tspl": render_tspl(small, 203, chinese="font"),
    }


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, data in golden_outputs().items():
        (GOLDEN / name).write_bytes(data)
        print(f"wrote {GOLDEN / name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
