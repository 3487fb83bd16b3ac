"""E-waybills rendered per second for PDF, ZPL and TSPL over 200 orders
(measured, never asserted). Goal: at least 100 PDF/s and 200 ZPL/s, so the
printer, not the program, is always the bottleneck.

Every order has its own recipient, address and waybill number, so the
text-bitmap cache only helps with what really repeats (captions, sender).

Run: ``.venv/bin/python -m pytest benchmarks/test_label_renderers.py --benchmark-only``
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.labels.model import Align, Barcode, Box, Label, Line, QRCode, Text
from app.labels.pdf import render_pdf
from app.labels.tspl import render_tspl
from app.labels.zpl import render_zpl

ORDERS = 200
_SURNAMES = "张王李赵刘陈杨黄周吴"
_CITIES = (
    "浙江省 杭州市 西湖区",
    "广东省 深圳市 南山区",
    "江苏省 苏州市 工业园区",
    "四川省 成都市 武侯区",
)


def waybill(n: int) -> Label:
    """A 100x150 mm e-waybill like the couriers' (three blocks, two barcodes)."""
    number = f"SF{1400000000000 + n * 7919:013d}"
    city = _CITIES[n % len(_CITIES)]
    return Label(
        100,
        150,
        (
            Box(1, 1, 98, 148, 0.4),
            Text(3, 3, "顺丰速运", 16, bold=True),
            Text(60, 4, "标准快递", 12, bold=True, width_mm=36, align=Align.RIGHT),
            Text(
                3,
                12,
                f"{571 + n % 40}-T{n % 90:02d} {n % 100:02d}",
                24,
                True,
                94,
                Align.CENTER,
                inverse=True,
            ),
            Line(1, 24, 99, 24),
            Barcode(12, 27, number, height_mm=14),
            Line(1, 48, 99, 48),
            Text(3, 50, "收", 14, bold=True),
            Text(
                12, 50, f"{_SURNAMES[n % 10]}{'明华伟芳'[n % 4]} 138****{n % 10000:04d}", 11, True
            ),
            Text(
                12,
                56,
                f"{city} 文三路{n % 500}号 某某大厦{n % 30}楼{n % 9}0{n % 7}室",
                9,
                False,
                62,
                max_lines=2,
            ),
            QRCode(77, 50, f"https://sf.example.cn/w/{number}", 19),
            Line(1, 72, 99, 72),
            Text(3, 74, "寄", 14, bold=True),
            Text(12, 74, "某某旗舰店 400-000-0000", 9),
            Text(12, 79, "浙江省 杭州市 余杭区 仓前街道 电商产业园3号仓", 9, False, 84),
            Line(1, 88, 99, 88),
            Text(
                3,
                90,
                f"订单号 DD2024{n:08d}  商品: 纯棉T恤 白色 L x{1 + n % 3}",
                9,
                False,
                94,
                max_lines=2,
            ),
            Line(1, 100, 99, 100),
            Barcode(25, 103, number, height_mm=10, module_mm=0.25),
            Text(3, 125, f"收件人 {_SURNAMES[n % 10]}** {city}", 9, False, 94),
            Text(3, 131, f"订单号 DD2024{n:08d}", 9),
        ),
        name="waybill-100x150",
    )


LABELS = [waybill(n) for n in range(ORDERS)]


def _record(benchmark: BenchmarkFixture, size: int) -> None:
    assert benchmark.stats is not None
    benchmark.extra_info["labels"] = ORDERS
    benchmark.extra_info["bytes"] = size
    benchmark.extra_info["labels_per_s"] = round(ORDERS / benchmark.stats.stats.mean)


def test_pdf_200_waybills_in_one_document(benchmark: BenchmarkFixture) -> None:
    render_pdf(LABELS[:1])  # the font is registered once per process, not per job
    pdf = benchmark.pedantic(render_pdf, args=(LABELS,), rounds=5, iterations=1)
    _record(benchmark, len(pdf))


@pytest.mark.parametrize(
    ("language", "render"),
    [
        ("zpl", lambda label: render_zpl(label, 203)),
        ("tspl", lambda label: render_tspl(label, 203)),
        ("tspl-font", lambda label: render_tspl(label, 203, chinese="font")),
    ],
)
def test_thermal_200_waybills(
    benchmark: BenchmarkFixture, language: str, render: Callable[[Label], bytes]
) -> None:
    def run() -> int:
        return sum(len(render(label)) for label in LABELS)

    size = benchmark.pedantic(run, rounds=5, iterations=1)
    _record(benchmark, size)


@pytest.mark.parametrize("fmt", ["pdf", "zpl", "tspl"])
def test_template_ewaybills_for_200_orders(benchmark: BenchmarkFixture, fmt: str) -> None:
    """The real path: the shipped 100x150 template filled for 200 different
    orders, then rendered (PDF as one document, ZPL/TSPL label by label)."""
    from app.labels.data import ewaybill_data
    from app.labels.output import render
    from app.labels.samples import sample_order
    from app.labels.templates import load_template

    template = load_template("ewaybill_100x150")
    couriers = ("SF", "ZTO", "YTO", "STO", "YD", "JD", "EMS")

    def run() -> int:
        pages = [
            page
            for i in range(ORDERS)
            for page in template.render(ewaybill_data(sample_order(i, couriers[i % 7])))
        ]
        return len(render(pages, fmt, 203))

    benchmark(run)
    benchmark.extra_info["labels_per_s"] = round(ORDERS / benchmark.stats.stats.mean)
