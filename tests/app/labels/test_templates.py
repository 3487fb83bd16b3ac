"""The shipped templates filled with demo data: every barcode decodes with
zbar at 203 and 300 dpi, Chinese text is covered by the font and drawn,
nothing overlaps or leaves the page (long addresses included), pick lists
break into pages in walk order, and template files are checked."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from reportlab.pdfbase.ttfonts import TTFontFile

from app.labels import data as d
from app.labels import samples
from app.labels.fonts import find_cjk_font
from app.labels.model import Barcode, Box, Label, Line, QRCode, Text, dots
from app.labels.raster import render_png
from app.labels.templates import available, load_template
from app.labels.textrender import ELLIPSIS, layout, text_bitmap
from tests.app.labels.scan import ink_rects, mm, overlap, symbol_rect, zbar

ORDER = samples.sample_order(3, qr=True)
PRODUCT = samples.sample_product(1)
INTERNAL = samples.sample_product(1, internal=True)
BIN = samples.sample_bin(5)
BATCH = "PK20250408-05"

# template -> (data, the codes its barcodes carry)
Case = tuple[Callable[[], dict[str, Any]], set[str]]
CASES: dict[str, Case] = {
    **{
        f"ewaybill_{size}": (lambda: d.ewaybill_data(ORDER), {ORDER.waybill_no, ORDER.qr})
        for size in ("76x130", "100x150", "100x180")
    },
    "sku_40x30": (lambda: d.product_label_data(PRODUCT), {PRODUCT.barcode}),
    "sku_60x40": (lambda: d.product_label_data(PRODUCT), {PRODUCT.barcode}),
    "bin_label": (lambda: d.bin_label_data(BIN), {BIN.code}),
    "delivery_note_76x130": (lambda: d.delivery_note_data(ORDER), {ORDER.order_no}),
    "delivery_note_a5": (lambda: d.delivery_note_data(ORDER), {ORDER.order_no}),
    "pick_list_a4": (
        lambda: d.pick_list_data(BATCH, samples.sample_pick_rows(120), "钱配货", 36),
        {BATCH},
    ),
    "inbound_order_a4": (lambda: d.inbound_data(samples.sample_inbound(40)), set()),
}
Builder = Callable[[d.OrderData], dict[str, Any]]
# Long addresses, and other couriers' waybill shapes.
LONG: dict[str, tuple[Builder, int, str]] = {
    "ewaybill_76x130/long": (d.ewaybill_data, 5, "ZTO"),
    "ewaybill_100x150/long": (d.ewaybill_data, 5, "JD"),
    "ewaybill_100x180/long": (d.ewaybill_data, 5, "EMS"),
    "delivery_note_76x130/long": (d.delivery_note_data, 4, "YD"),
    "delivery_note_a5/long": (d.delivery_note_data, 4, "STO"),
}


def _long(build: Builder, index: int, courier: str) -> Case:
    return (lambda: build(samples.sample_order(index, courier, long_address=True)), set())


VARIANTS: dict[str, Callable[[], dict[str, Any]]] = {
    **{key: _long(*args)[0] for key, args in LONG.items()},
    "sku_40x30/internal": lambda: d.product_label_data(INTERNAL),
    "sku_60x40/internal": lambda: d.product_label_data(INTERNAL),
    **{f"{name}/sample": factory for name, (factory, _) in CASES.items()},
}


def _pages(key: str) -> list[Label]:
    return load_template(key.split("/")[0]).render(VARIANTS[key]())


def test_every_shipped_template_is_covered() -> None:
    assert set(available()) == set(CASES)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("key", sorted(VARIANTS))
def test_every_barcode_decodes(tmp_path: Path, key: str, dpi: int) -> None:
    """Each symbol read in place from the PNG preview, and the page as a whole."""
    name = key.split("/")[0]
    pages = _pages(key)
    carried: list[str] = []
    for number, label in enumerate(pages):
        path = tmp_path / f"page{number}.png"
        path.write_bytes(render_png(label, dpi))
        symbols = [e for e in label.elements if isinstance(e, Barcode | QRCode)]
        with PILImage.open(path) as page:
            for index, element in enumerate(symbols):
                crop = tmp_path / f"page{number}-{index}.png"
                page.crop(symbol_rect(element, dpi)).save(crop)
                assert zbar(crop) == [element.data], (key, element)
                carried.append(element.data)
        assert set(zbar(path)) == {e.data for e in symbols}
    if key.endswith("/sample"):
        assert set(carried) == CASES[name][1]
    if name.startswith("ewaybill"):  # the waybill on the slip and on the customer's copy
        waybill = VARIANTS[key]()["waybill_no"]
        assert carried.count(waybill) >= 2


def test_sku_label_picks_ean13_or_code128() -> None:
    ean = load_template("sku_40x30").render(d.product_label_data(PRODUCT))[0]
    own = load_template("sku_40x30").render(d.product_label_data(INTERNAL))[0]
    assert [e.symbology.value for e in ean.elements if isinstance(e, Barcode)] == ["ean13"]
    assert [e.symbology.value for e in own.elements if isinstance(e, Barcode)] == ["code128"]


def test_font_covers_every_character_and_text_is_drawn() -> None:
    found = find_cjk_font()
    assert found is not None, "install fonts-wqy-microhei: labels need a Chinese font"
    covered = TTFontFile(str(found[0]), subfontIndex=found[1]).charToGlyph
    for key in sorted(VARIANTS):
        for label in _pages(key):
            for element in label.elements:
                if not isinstance(element, Text) or not element.text.strip():
                    continue
                missing = {c for c in element.text if not c.isspace() and ord(c) not in covered}
                assert not missing, (key, element.text)
                image = text_bitmap(element, 203).convert("L")
                assert image.histogram()[0] > 0, (key, element.text)  # some black dots


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("key", sorted(VARIANTS))
def test_nothing_overlaps_or_leaves_the_page(key: str, dpi: int) -> None:
    """Text, barcodes (with quiet zones) and QR codes never share a dot, and
    rules and boxes never cross them: a long address is cut, not spilled."""
    for label in _pages(key):
        width, height = dots(label.width_mm, dpi), dots(label.height_mm, dpi)
        inks = [(e, ink_rects(e, dpi)) for e in label.elements]
        for element, rects in inks:
            for r in rects:
                assert r[0] >= 0 and r[1] >= 0 and r[2] <= width and r[3] <= height, (key, element)
        for (a, ra), (b, rb) in itertools.combinations(inks, 2):
            if isinstance(a, Line | Box) and isinstance(b, Line | Box):
                continue  # rules may meet
            clash = [(x, y) for x in ra for y in rb if overlap(x, y)]
            where = [mm(v, dpi) for v in clash[0][0]] if clash else []
            assert not clash, f"{key}: {a} overlaps {b} near {where} mm"


def test_long_address_wraps_and_is_cut_with_an_ellipsis() -> None:
    order = samples.sample_order(5, long_address=True)
    address = d.party(order.recipient)["full_address"]
    label = load_template("ewaybill_100x150").render(d.ewaybill_data(order))[0]
    element = next(e for e in label.elements if isinstance(e, Text) and e.text == address)
    _, lines, _ = layout(element, 203)
    assert len(lines) == element.max_lines == 3
    assert lines[-1].endswith(ELLIPSIS) and len("".join(lines)) < len(address) + 1


def test_phones_are_masked_everywhere() -> None:
    order = samples.sample_order(0)
    assert order.recipient.phone == "13812340000"
    for name in ("ewaybill_76x130", "ewaybill_100x150", "ewaybill_100x180"):
        texts = [
            e.text
            for e in load_template(name).render(d.ewaybill_data(order))[0].elements
            if isinstance(e, Text)
        ]
        assert any("138****0000" in t for t in texts) and any("0571-****6666" in t for t in texts)
        assert not any("13812340000" in t or "88886666" in t for t in texts)


def test_optional_qr_only_when_given() -> None:
    template = load_template("ewaybill_100x150")
    plain = template.render(d.ewaybill_data(samples.sample_order(3)))[0]
    with_qr = template.render(d.ewaybill_data(samples.sample_order(3, qr=True)))[0]
    assert not any(isinstance(e, QRCode) for e in plain.elements)
    assert [e.data for e in with_qr.elements if isinstance(e, QRCode)] == [ORDER.qr]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", sorted(CASES))
def test_every_barcode_decodes_from_the_pdf(tmp_path: Path, name: str, dpi: int) -> None:
    """The same templates as PDF, rasterised by poppler as a printer driver would."""
    import subprocess

    from app.labels.pdf import render_pdf

    factory, codes = CASES[name]
    pages = load_template(name).render(factory())
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render_pdf(pages))
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(tmp_path / "p")], check=True, timeout=120
    )
    read = {code for png in tmp_path.glob("p-*.png") for code in zbar(png)}
    assert read == codes
