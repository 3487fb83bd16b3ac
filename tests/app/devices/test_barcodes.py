"""Classifying scanned codes: every kind, AIM prefixes, GS1 data, check
digits, precedence, ambiguity, unknown codes, and the demo shop's own codes
against a code book read from the database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Courier, Location, Order, ProductBarcode
from app.demo import DEMO_USERS, load_demo
from app.demo.data import COURIERS, ean13
from app.devices.barcodes import (
    DEFAULT_COMMANDS,
    CodeBook,
    CodeKind,
    Command,
    ScanResult,
    Symbology,
    UnknownReason,
    classify,
    gtin_variants,
    pattern_error,
)
from app.devices.gs1 import GS
from app.services.scanning import load_code_book

EAN = ean13("697123400001")  # 6971234000019
UNKNOWN_EAN = ean13("690000000001")
BAD_EAN = EAN[:-1] + str((int(EAN[-1]) + 1) % 10)
UPC_A = "036000291452"
EAN_8 = "96385074"
EMS_LIKE_EAN = "1000000000009"  # an EMS waybill number that is also a valid EAN-13
RUSSIAN_EAN = ean13("460000000000")  # 46...: also the shape of a YD waybill

BOOK = CodeBook(
    waybill_patterns={c.code: list(c.patterns) for c in COURIERS},
    products=frozenset({EAN, UPC_A, EAN_8, "LJ01-050-GN", RUSSIAN_EAN}),
    badges=frozenset({"USR0001", "BADGE-ZHANG"}),
    bins=frozenset({"A-01-01", "STAGING"}),
)


def kind_of(code: str, book: CodeBook = BOOK) -> CodeKind:
    return classify(code, book).kind


# ---------------------------------------------------------------- each kind


@pytest.mark.parametrize(
    ("code", "courier"),
    [
        ("SF1234567890123", "SF"),
        ("JDVA12345678901", "JD"),
        ("1234567890123", "EMS"),
        ("EA123456785CN", "EMS"),
        ("73123456789012", "ZTO"),
        ("YT2123456789012", "YTO"),
        ("4312345678901", "YD"),
        ("461234567890123", "YD"),
        ("7712345678901", "STO"),
        (EMS_LIKE_EAN, "EMS"),  # a pattern beats a bare check digit nobody knows
    ],
)
def test_waybills_name_their_courier(code: str, courier: str) -> None:
    result = classify(code, BOOK)
    assert result.kind is CodeKind.WAYBILL
    assert result.courier_code == courier
    assert result.value == code


@pytest.mark.parametrize("code", [EAN, UPC_A, EAN_8, "LJ01-050-GN"])
def test_known_product_barcodes(code: str) -> None:
    result = classify(code, BOOK)
    assert result.kind is CodeKind.SKU_BARCODE
    assert result.product_barcode == code


def test_gtin_written_with_other_leading_zeros_finds_the_product() -> None:
    """]E0 sends UPC-A as 13 digits; a GTIN-14 pads EAN-13 with a zero."""
    assert classify("0" + UPC_A, BOOK).product_barcode == UPC_A
    assert classify("0" + EAN, BOOK).product_barcode == EAN
    assert classify("000000" + EAN_8, BOOK).product_barcode == EAN_8
    assert gtin_variants("0" + UPC_A) == ["0" + UPC_A, "00" + UPC_A, UPC_A]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("USR0001", CodeKind.BADGE),
        ("USR0420", CodeKind.BADGE),  # by pattern: login says "unknown badge"
        ("BADGE-ZHANG", CodeKind.BADGE),  # known, whatever its shape
        ("A-01-01", CodeKind.BIN),
        ("B-R1-02", CodeKind.BIN),
        ("STAGING", CodeKind.BIN),
        ("3912345678901234567", CodeKind.ORDER_NUMBER),
        ("261128-123456789012345", CodeKind.ORDER_NUMBER),
    ],
)
def test_badges_bins_and_order_numbers(code: str, kind: CodeKind) -> None:
    assert kind_of(code) is kind


@pytest.mark.parametrize(
    ("code", "command"),
    [
        ("CMD:CONFIRM", Command.CONFIRM),
        ("CMD:CANCEL", Command.CANCEL),
        ("cmd:undo", Command.UNDO),  # Caps Lock on a wedge scanner flips case
        ("]C0CMD:REPRINT\r\n", Command.REPRINT),
    ],
)
def test_command_codes(code: str, command: Command) -> None:
    result = classify(code, BOOK)
    assert result.kind is CodeKind.COMMAND
    assert result.command is command


def test_command_codes_are_editable() -> None:
    book = CodeBook(commands={"99000001": Command.CONFIRM})
    assert classify("99000001", book).command is Command.CONFIRM
    assert kind_of("CMD:CONFIRM", book) is CodeKind.UNKNOWN
    assert set(DEFAULT_COMMANDS.values()) == set(Command)


# ---------------------------------------------------------------- AIM prefixes


@pytest.mark.parametrize(
    ("code", "symbology", "kind"),
    [
        ("]C0SF1234567890123\r\n", Symbology.CODE_128, CodeKind.WAYBILL),
        ("]C0LJ01-050-GN", Symbology.CODE_128, CodeKind.SKU_BARCODE),
        (f"]E0{EAN}", Symbology.EAN_13, CodeKind.SKU_BARCODE),
        (f"]E00{UPC_A}", Symbology.EAN_13, CodeKind.SKU_BARCODE),
        (f"]E4{EAN_8}", Symbology.EAN_8, CodeKind.SKU_BARCODE),
        ("]Q1USR0001", Symbology.QR, CodeKind.BADGE),
        ("]d1A-01-01", Symbology.DATAMATRIX, CodeKind.BIN),
    ],
)
def test_aim_prefix_is_stripped_and_named(code: str, symbology: Symbology, kind: CodeKind) -> None:
    result = classify(code, BOOK)
    assert result.aim == code[:3]
    assert result.symbology is symbology
    assert result.kind is kind
    assert not result.value.startswith("]") and result.value == result.value.strip()


def test_unknown_aim_prefix_is_still_stripped() -> None:
    result = classify("]X5USR0001", BOOK)
    assert (result.aim, result.symbology, result.kind) == ("]X5", None, CodeKind.BADGE)


def test_an_ean_symbol_is_never_a_waybill() -> None:
    """Waybills and bins are never printed as EAN-13: with ]E0 a valid but
    unknown number is an unknown product, not an EMS parcel."""
    result = classify(f"]E0{EMS_LIKE_EAN}", BOOK)
    assert (result.kind, result.reason) == (CodeKind.UNKNOWN, UnknownReason.UNKNOWN_PRODUCT)


# ---------------------------------------------------------------- GS1


def test_gs1_128_with_gs_separators_is_a_known_product() -> None:
    code = f"]C101{'0' + EAN}10LOT-7{GS}17261231" + "3103000220" + f"21SN42{GS}37" + "6"
    result = classify(code, BOOK)
    assert result.kind is CodeKind.SKU_BARCODE
    assert result.symbology is Symbology.GS1_128
    assert result.product_barcode == EAN
    assert result.gs1 == {
        "01": "0" + EAN,
        "10": "LOT-7",
        "17": "261231",
        "3103": "000220",
        "21": "SN42",
        "37": "6",
    }
    assert result.gs1 is not None and result.gs1.net_weight_g == 220


@pytest.mark.parametrize("prefix", ["]d2", "]Q3", "]e0", GS, ""])
def test_gs1_in_other_carriers(prefix: str) -> None:
    """DataMatrix, QR, DataBar, a bare leading FNC1, or no prefix but a GS inside."""
    result = classify(f"{prefix}01{'0' + EAN}10L1{GS}21S1", BOOK)
    assert result.kind is CodeKind.SKU_BARCODE
    assert result.gs1 == {"01": "0" + EAN, "10": "L1", "21": "S1"}


def test_gs1_printed_form_in_brackets() -> None:
    result = classify(f"(01)0{EAN}(10)L1", BOOK)
    assert result.kind is CodeKind.SKU_BARCODE
    assert result.gs1 is not None and result.gs1.batch == "L1"


def test_wedge_fnc1_alias_is_turned_into_gs() -> None:
    book = CodeBook(products=frozenset({EAN}), fnc1_aliases="~")
    result = classify(f"]C1010{EAN}10L1~21S1", book)
    assert result.gs1 == {"01": "0" + EAN, "10": "L1", "21": "S1"}
    assert classify(f"]C1010{EAN}10L1~21S1", BOOK).gs1 == {"01": "0" + EAN, "10": "L1~21S1"}


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (f"]C101{'0' + UNKNOWN_EAN}10L1", UnknownReason.UNKNOWN_PRODUCT),
        ("]C100106141412345678908", UnknownReason.NO_GTIN),  # an SSCC pallet label
        (f"]C101{'0' + BAD_EAN}", UnknownReason.BAD_GS1),
        (f"]C110{'A' * 25}", UnknownReason.BAD_GS1),
        (f"USR{GS}0001", UnknownReason.BAD_GS1),
    ],
)
def test_gs1_that_is_no_product_of_ours(code: str, reason: UnknownReason) -> None:
    result = classify(code, BOOK)
    assert (result.kind, result.reason) == (CodeKind.UNKNOWN, reason)
    if reason is UnknownReason.BAD_GS1:
        assert result.detail


def test_bracket_lookalike_that_is_no_gs1_is_classified_normally() -> None:
    assert classify("(note)", BOOK).reason is UnknownReason.NO_MATCH


# ---------------------------------------------------------------- check digits


def test_bad_ean_check_digit_is_never_a_product() -> None:
    book = CodeBook(products=frozenset({BAD_EAN}))  # even if the catalogue holds it
    for code in (BAD_EAN, f"]E0{BAD_EAN}"):
        result = classify(code, book)
        assert (result.kind, result.reason) == (CodeKind.UNKNOWN, UnknownReason.BAD_CHECK_DIGIT)
    assert classify("]E0ABC", BOOK).reason is UnknownReason.BAD_CHECK_DIGIT


@pytest.mark.parametrize("code", [UNKNOWN_EAN, f"]E0{UNKNOWN_EAN}", "0" + UNKNOWN_EAN])
def test_valid_but_unknown_ean(code: str) -> None:
    assert classify(code, BOOK).reason is UnknownReason.UNKNOWN_PRODUCT


# ---------------------------------------------------------------- precedence and ambiguity


def test_command_beats_everything() -> None:
    book = CodeBook(products=frozenset({"CMD:UNDO"}), badges=frozenset({"CMD:UNDO"}))
    assert classify("CMD:UNDO", book).kind is CodeKind.COMMAND


def test_what_the_database_knows_beats_a_pattern() -> None:
    """A Russian EAN-13 we stock (46...) also looks like a YD waybill."""
    assert classify(RUSSIAN_EAN, BOOK).kind is CodeKind.SKU_BARCODE
    assert classify(RUSSIAN_EAN, CodeBook(waybill_patterns=BOOK.waybill_patterns)).kind is (
        CodeKind.WAYBILL
    )


def test_two_couriers_are_ambiguous() -> None:
    book = CodeBook(waybill_patterns={"ZTO": [r"7\d{13}"], "STO": [r"7[37]\d{12}"]})
    result = classify("73123456789012", book)
    assert result.kind is CodeKind.UNKNOWN
    assert result.reason == "ambiguous"
    assert result.candidates == ("waybill:ZTO", "waybill:STO")
    assert result.courier_code is None


def test_two_kinds_of_pattern_are_ambiguous() -> None:
    book = CodeBook(badge_patterns=[r"[A-Z]-\d{2}-\d{2}"])  # looks like the bin pattern
    result = classify("A-01-01", book)
    assert (result.reason, result.candidates) == (UnknownReason.AMBIGUOUS, ("badge", "bin"))


def test_two_known_kinds_are_ambiguous() -> None:
    book = CodeBook(products=frozenset({"X1"}), bins=frozenset({"X1"}))
    result = classify("X1", book)
    assert (result.reason, result.candidates) == (UnknownReason.AMBIGUOUS, ("sku_barcode", "bin"))


def test_a_single_pattern_may_be_given_as_text() -> None:
    book = CodeBook(waybill_patterns={"SF": r"SF\d{13}"}, bin_patterns=r"BIN\d+")
    assert classify("SF1234567890123", book).courier_code == "SF"
    assert kind_of("BIN7", book) is CodeKind.BIN


def test_one_courier_with_two_matching_patterns_is_not_ambiguous() -> None:
    book = CodeBook(waybill_patterns={"YD": [r"4\d{12}", r"4[36]\d{11}"]})
    assert classify("4312345678901", book).courier_code == "YD"


# ---------------------------------------------------------------- unknown


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("", UnknownReason.EMPTY),
        (" \r\n", UnknownReason.EMPTY),
        ("]C1", UnknownReason.EMPTY),
        ("hello", UnknownReason.NO_MATCH),
        ("SF123", UnknownReason.NO_MATCH),
        (BAD_EAN, UnknownReason.BAD_CHECK_DIGIT),
    ],
)
def test_unknown_codes_are_reported_as_such(code: str, reason: UnknownReason) -> None:
    result = classify(code, BOOK)
    assert result.kind is CodeKind.UNKNOWN
    assert result.reason is reason
    assert result.courier_code is result.command is result.product_barcode is None


def test_lookup_function_instead_of_a_set() -> None:
    asked: list[str] = []

    def known(code: str) -> bool:
        asked.append(code)
        return code == EAN

    assert classify("0" + EAN, CodeBook(products=known)).product_barcode == EAN
    assert asked == ["0" + EAN, EAN]


def test_bad_patterns_fail_when_the_book_is_made() -> None:
    with pytest.raises(ValueError, match="courier SF pattern"):
        CodeBook(waybill_patterns={"SF": ["SF(\\d"]})
    with pytest.raises(ValueError, match="bin pattern"):
        CodeBook(bin_patterns=["["])
    assert pattern_error("[") is not None and pattern_error("SF\\d+") is None


@given(st.text(max_size=40))
def test_classify_never_raises(code: str) -> None:
    result = classify(code, BOOK)
    assert isinstance(result, ScanResult)
    assert (result.kind is CodeKind.UNKNOWN) == (result.reason is not None)


# ---------------------------------------------------------------- the demo shop


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_demo(db)
    return db


def test_demo_codes_classify_as_what_they_are(demo_db: Database) -> None:
    book = load_code_book(demo_db)
    with demo_db.read() as s:
        couriers = {row.id: row.code for row in s.execute(select(Courier.id, Courier.code))}
        orders = [
            tuple(row)
            for row in s.execute(
                select(Order.platform_order_no, Order.waybill_no, Order.courier_id)
            )
        ]
        barcodes = s.scalars(select(ProductBarcode.barcode)).all()
        bins = s.scalars(select(Location.code)).all()
    assert len(orders) == 500 and len(barcodes) > 50 and len(bins) > 50
    for number, waybill, courier_id in orders:
        assert kind_of(number, book) is CodeKind.ORDER_NUMBER, number
        assert waybill is not None
        result = classify(waybill, book)
        assert (result.kind, result.courier_code) == (CodeKind.WAYBILL, couriers[courier_id])
    for barcode in barcodes:
        result = classify(barcode, book)
        assert (result.kind, result.product_barcode) == (CodeKind.SKU_BARCODE, barcode)
    for code in bins:
        assert kind_of(code, book) is CodeKind.BIN, code
    for user in DEMO_USERS:
        assert kind_of(user.badge_code, book) is CodeKind.BADGE
    for name, command in DEFAULT_COMMANDS.items():
        assert classify(name, book).command is command


def test_demo_products_as_gs1_and_aim_symbols(demo_db: Database) -> None:
    book = load_code_book(demo_db)
    with demo_db.read() as s:
        eans = [b for b in s.scalars(select(ProductBarcode.barcode)) if b.isdigit()]
    assert len(eans) > 50
    for ean in eans:
        gs1 = classify(f"]C101{ean.zfill(14)}10RK20261128-001{GS}17270531", book)
        assert (gs1.kind, gs1.product_barcode) == (CodeKind.SKU_BARCODE, ean)
        assert classify(f"]E0{ean}", book).kind is CodeKind.SKU_BARCODE


def test_load_code_book_skips_a_broken_courier_pattern(
    demo_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with demo_db.write() as s:
        sf = s.scalars(select(Courier).where(Courier.code == "SF")).one()
        sf.waybill_patterns = ["SF(\\d", *sf.waybill_patterns]
        jd = s.scalars(select(Courier).where(Courier.code == "JD")).one()
        jd.waybill_patterns = r"JD\d{12}"  # typed by hand as text, not a list
    book = load_code_book(demo_db, badge_patterns=[r"EMP\d{3}"])
    assert book.waybill_patterns["SF"] == [r"^SF\d{13}$"]
    assert "courier SF: waybill pattern" in caplog.text
    assert classify("SF1234567890123", book).courier_code == "SF"
    assert classify("JD123456789012", book).courier_code == "JD"
    assert kind_of("EMP001", book) is CodeKind.BADGE
    assert kind_of("USR0099", book) is CodeKind.UNKNOWN  # only the given patterns
    assert kind_of("USR0001", book) is CodeKind.BADGE  # known from the users table
