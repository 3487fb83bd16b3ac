"""The template engine: placeholders and filters, missing fields named,
conditions, tables with page breaks in walk order, the override folder,
loud errors for a mistyped file, and the plain-data builders."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.labels import data as d
from app.labels import samples
from app.labels.model import Barcode, Label, Text
from app.labels.paging import SlotKind, TableGeometry, paginate
from app.labels.placeholders import TemplateError, mask_phone
from app.labels.templates import DEFAULT_FOLDER, available, load_template, read_template


def _write(folder: Path, name: str, body: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return path


def _texts(label: Label) -> list[str]:
    return [e.text for e in label.elements if isinstance(e, Text)]


def _one(tmp_path: Path, *elements: dict[str, Any], **extra: Any) -> Path:
    return _write(tmp_path, "t", {"page": {"width": 60, "height": 40}, "elements": list(elements),
                                  **extra})  # fmt: skip


@pytest.mark.parametrize(
    ("phone", "masked"),
    [("13812341234", "138****1234"), ("+86 138 1234 1234", "138****1234"),
     ("13812341234-5678", "138****1234-5678"), ("0571-88886666", "0571-****6666"),
     ("057188886666", "057****6666"), ("95338", "****38"), ("", "")],
)  # fmt: skip
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_placeholders_filters_and_braces(tmp_path: Path) -> None:
    text = "{{{a.b|upper}}} {c|default:无} {d|prefix:区 } {e|suffix: 号}{p|mask_phone} {n}"
    template = read_template(_one(tmp_path, {"type": "text", "x": 1, "y": 1, "text": text}))
    data = {"a": {"b": "sf"}, "d": "", "e": "7", "p": "13812341234", "n": 3}
    assert _texts(template.render(data)[0]) == ["{SF} 无  7 号138****1234 3"]


@pytest.mark.parametrize("data", [{"recipient": {}}, {"recipient": {"phone": None}}, {}])
def test_a_missing_field_is_named(tmp_path: Path, data: dict[str, Any]) -> None:
    path = _one(tmp_path, {"type": "text", "x": 1, "y": 1, "text": "{recipient.phone}"})
    with pytest.raises(TemplateError) as caught:
        read_template(path).render(data)
    assert caught.value.field == "recipient.phone" and caught.value.template == "t"
    assert "'t'" in str(caught.value) and "recipient.phone" in str(caught.value)


def test_shipped_template_names_the_missing_field() -> None:
    data = d.ewaybill_data(samples.sample_order(0))
    del data["recipient"]["phone"]
    with pytest.raises(TemplateError, match=r"ewaybill_100x150.*recipient\.phone"):
        load_template("ewaybill_100x150").render(data)


def test_conditions(tmp_path: Path) -> None:
    path = _one(
        tmp_path,
        {"type": "text", "x": 1, "y": 1, "text": "qr", "if": "qr"},
        {"type": "text", "x": 1, "y": 6, "text": "no qr", "if": "!qr"},
        {"type": "text", "x": 1, "y": 11, "text": "both", "if": ["qr", "x.y"]},
    )
    template = read_template(path)
    assert _texts(template.render({})[0]) == ["no qr"]  # missing means "not set"
    assert _texts(template.render({"qr": ""})[0]) == ["no qr"]
    assert _texts(template.render({"qr": "u", "x": {"y": 1}})[0]) == ["qr", "both"]


@pytest.mark.parametrize(
    ("element", "message"),
    [({"type": "text", "x": 1, "y": 1, "text": "a", "szie": 9}, "unknown keys"),
     ({"type": "txt", "x": 1, "y": 1}, "type in"),
     ({"type": "text", "x": 1, "text": "a"}, "'y' is required"),
     ({"type": "text", "x": 1, "y": 1, "text": "{a|shout}"}, "unknown filter 'shout'"),
     ({"type": "text", "x": 1, "y": 1, "text": "{a"}, "unclosed"),
     ({"type": "text", "x": 1, "y": 1, "text": "a}"}, "stray"),
     ({"type": "text", "x": 1, "y": 1, "text": "a", "bold": "yes"}, "'bold' has a bad value"),
     ({"type": "text", "x": 50, "y": 1, "text": "a", "width": 20}, "right edge"),
     ({"type": "barcode", "x": 1, "y": 1, "data": "a", "symbology": "qr"}, "'symbology'"),
     ({"type": "box", "x": 1, "y": 30, "width": 5, "height": 20}, "bottom")],
)  # fmt: skip
def test_mistakes_in_a_file_fail_at_load(
    tmp_path: Path, element: dict[str, Any], message: str
) -> None:
    with pytest.raises(TemplateError, match=re.escape(message)) as caught:
        read_template(_one(tmp_path, element))
    assert "elements[0]" in str(caught.value)


def test_bad_json_and_unknown_names(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"page": ', encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_template("broken", tmp_path)
    with pytest.raises(TemplateError, match="not found"):
        load_template("nope", tmp_path)
    with pytest.raises(TemplateError, match="letters, digits"):
        load_template("../etc/passwd")
    _write(tmp_path, "future", {"format": 2, "page": {"width": 10, "height": 10}})
    with pytest.raises(TemplateError, match="format 2"):
        load_template("future", tmp_path)


def test_a_barcode_wider_than_its_room_names_the_field(tmp_path: Path) -> None:
    template = load_template("sku_40x30")
    data = d.product_label_data(samples.sample_product(0)) | {"barcode": "LJ01-050-GN-EXTRA-LONG"}
    with pytest.raises(TemplateError, match="needs .* mm") as caught:
        template.render(data)
    assert caught.value.field == "barcode"
    path = _one(
        tmp_path, {"type": "barcode", "x": 1, "y": 1, "data": "{sku}", "symbology": "ean13"}
    )
    with pytest.raises(TemplateError, match="check digit") as caught:
        read_template(path).render({"sku": "6901234567893"})
    assert caught.value.field == "sku"


def test_barcode_is_centred_in_its_room_with_the_widest_module_that_fits() -> None:
    label = load_template("sku_40x30").render(d.product_label_data(samples.sample_product(0)))[0]
    ean = next(e for e in label.elements if isinstance(e, Barcode))
    assert ean.module_mm == 0.25  # 113 modules x 0.25 fits 40 mm
    internal = d.product_label_data(samples.sample_product(0, internal=True))
    code = next(e for e in load_template("sku_40x30").render(internal)[0].elements
                if isinstance(e, Barcode))  # fmt: skip
    assert code.module_mm == 0.17  # 176 modules: 0.25 would need 44 mm
    left_quiet = code.x_mm - 10 * 0.17
    right_end = code.x_mm + 166 * 0.17
    assert left_quiet == pytest.approx(40 - right_end, abs=0.3)


def test_override_folder_wins(tmp_path: Path) -> None:
    body = json.loads((DEFAULT_FOLDER / "bin_label.json").read_text(encoding="utf-8"))
    body["elements"][0]["text"] = "库位 {code}"
    _write(tmp_path / "station", "bin_label", body)
    template = load_template("bin_label", folders=[tmp_path / "station"])
    assert template.path == tmp_path / "station" / "bin_label.json"
    assert "库位 A-01-01" in _texts(template.render(d.bin_label_data(samples.sample_bin(0)))[0])
    assert load_template("sku_40x30", folders=[tmp_path / "station"]).path.parent == DEFAULT_FOLDER
    assert available(folders=[tmp_path / "station"])["bin_label"].parent.name == "station"


def test_pick_list_pages_in_walk_order() -> None:
    rows = samples.sample_pick_rows(120)
    data = d.pick_list_data("PK20250408-05", rows, "钱配货", 36)
    pages = load_template("pick_list_a4").render(data)
    assert len(pages) >= 3
    bins: list[str] = []
    for number, page in enumerate(pages, 1):
        texts = _texts(page)
        assert texts.count("库位") == 1 and "数量" in texts  # the header on every page
        assert f"第 {number}/{len(pages)} 页" in texts
        assert (f"（续 第 {number} 页）" in texts) == (number > 1)
        bins += [t for t in texts if re.fullmatch(r"A-\d\d-\d\d", t)]
    walk = sorted(rows, key=lambda r: r.walk_order)
    assert bins == [r.bin_code for r in walk] and len(bins) == 120
    # serpentine: up aisle 1, down aisle 2
    assert bins[:2] == ["A-01-01", "A-01-02"] and bins[24:26] == ["A-02-24", "A-02-23"]
    headings = [t for page in pages for t in _texts(page) if t.endswith("通道 ")]
    continued = sum("（续上页）" in _texts(page) for page in pages)
    assert len(headings) == 5 + continued and continued >= 1


def test_last_page_keeps_room_for_totals_and_signatures() -> None:
    inbound = samples.sample_inbound(32)  # fills page one up to where signatures go
    pages = load_template("inbound_order_a4").render(d.inbound_data(inbound))
    last = pages[-1]
    assert any("仓库主管" in t for t in _texts(last)) and any("保管员" in t for t in _texts(last))
    assert all(not any("保管员" in t for t in _texts(p)) for p in pages[:-1])
    rows = [e for e in last.elements if isinstance(e, Text) and re.fullmatch(r"\d+", e.text)]
    assert rows and max(e.y_mm for e in rows) + 7 <= 234 + 1e-6  # bottom_last
    assert "财务联" in _texts(pages[0])


def test_paginate_moves_rows_off_the_signature_area() -> None:
    geometry = TableGeometry(top_first=10, top_rest=10, header_height=5, row_height=10,
                             bottom=100, bottom_last=60)  # fmt: skip
    pages = paginate([None] * 8, geometry)  # 8 rows fit page one, but not above 60
    assert [len(p) for p in pages] == [4, 4]
    assert all(s.y_mm + 10 <= 60 for s in pages[-1])
    assert [s.index for p in pages for s in p] == list(range(8))
    assert paginate([], geometry) == [[]]


def test_paginate_repeats_a_group_heading_when_it_continues() -> None:
    geometry = TableGeometry(top_first=0, top_rest=0, header_height=0, row_height=10,
                             bottom=50, bottom_last=50, group_height=5, grouped=True)  # fmt: skip
    pages = paginate(["A"] * 6 + ["B"], geometry)
    kinds = [[(s.kind, s.continued) for s in p] for p in pages]
    assert kinds[0][0] == (SlotKind.GROUP, False)
    assert kinds[1][0] == (SlotKind.GROUP, True)  # "A" again, marked continued
    assert (SlotKind.GROUP, False) in kinds[-1]  # "B" starts


def test_ewaybill_needs_a_waybill() -> None:
    order = samples.sample_order(0)
    with pytest.raises(ValueError, match="no waybill"):
        d.ewaybill_data(replace(order, waybill_no=""))


def test_builders() -> None:
    shanghai = d.PartyData("王", "13800000000", "上海市", "上海市", "浦东新区", "世纪大道 1 号")
    assert d.party(shanghai)["region"] == "上海市 浦东新区"
    assert d.yuan(12800) == "128.00" and d.yuan(-5) == "-0.05"
    rows = [d.PickRowData("A-02-01", 20, "X", "x", 1), d.PickRowData("A-01-01", 10, "Y", "y", 2),
            d.PickRowData("A-02-01", 20, "X", "x", 3)]  # fmt: skip
    picked = d.pick_list_data("B1", rows)
    assert [(r["bin"], r["quantity"]) for r in picked["rows"]] == [("A-01-01", 2), ("A-02-01", 4)]
    assert picked["total_qty"] == 6
    note = d.delivery_note_data(samples.sample_order(2))
    assert note["lines"][0]["amount"] == d.yuan(
        note["lines"][0]["quantity"] * samples.sample_order(2).lines[0].unit_price_fen
    )
