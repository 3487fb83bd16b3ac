"""GS1 element strings: fixed- and variable-length AIs, GS separators, check
digits, dates and the typed views the station uses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.gs1 import GS, Gs1Data, Gs1Error, check_digit_ok, gs1_date, parse_gs1

GTIN = "09501101530003"  # GS1's own example GTIN
TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "digits",
    ["09501101530003", "4006381333931", "036000291452", "96385074", "6971234000019"],
)
def test_valid_check_digits(digits: str) -> None:
    assert check_digit_ok(digits)
    assert check_digit_ok(digits.zfill(14))  # leading zeros never change the check


@pytest.mark.parametrize("digits", ["09501101530004", "4006381333932", "12", "ABCDEFGH", "9", "٣٣"])
def test_invalid_check_digits(digits: str) -> None:
    assert not check_digit_ok(digits)


def test_fixed_length_ais_need_no_separator() -> None:
    data = parse_gs1(f"01{GTIN}17261231" + "3103001250" + "10LOT-7")
    assert data == {"01": GTIN, "17": "261231", "3103": "001250", "10": "LOT-7"}
    assert list(data) == ["01", "17", "3103", "10"]  # code order kept
    assert data.gtin == GTIN
    assert data.batch == "LOT-7"
    assert data.expiry(TODAY) == date(2026, 12, 31)
    assert data.net_weight_kg == Decimal("1.250")
    assert data.net_weight_g == 1250


def test_variable_length_ais_end_at_gs() -> None:
    data = parse_gs1(f"10ABC{GS}21SN0042{GS}30" + "12")
    assert data == {"10": "ABC", "21": "SN0042", "30": "12"}
    assert data.serial == "SN0042"
    assert data.count == 12


def test_leading_gs_and_gs_after_a_fixed_length_ai_are_tolerated() -> None:
    data = parse_gs1(f"{GS}01{GTIN}{GS}37" + "24")
    assert data == {"01": GTIN, "37": "24"}
    assert data.count == 24


def test_without_a_separator_a_variable_ai_swallows_the_rest() -> None:
    """GS1 itself cannot split ``10ABC21XYZ``: it is one batch number. A batch
    longer than 20 characters, though, proves a missing separator."""
    assert parse_gs1("10ABC21XYZ") == {"10": "ABC21XYZ"}
    with pytest.raises(Gs1Error, match="AI 10"):
        parse_gs1("10" + "A" * 21)


@pytest.mark.parametrize(
    ("ai", "raw", "kg", "grams"),
    [
        ("3100", "000002", "2", 2000),
        ("3102", "000125", "1.25", 1250),
        ("3103", "000437", "0.437", 437),
        ("3105", "012345", "0.12345", 123),
    ],
)
def test_net_weight_decimals(ai: str, raw: str, kg: str, grams: int) -> None:
    data = parse_gs1(f"01{GTIN}{ai}{raw}")
    assert data.net_weight_kg == Decimal(kg)
    assert data.net_weight_g == grams


def test_missing_views_are_none() -> None:
    data = Gs1Data({"00": "106141412345678908"})
    assert data.gtin is data.batch is data.serial is data.count is None
    assert data.expiry() is None
    assert data.net_weight_kg is None and data.net_weight_g is None
    assert "Gs1Data" in repr(data)


def test_dates_day_zero_and_century_window() -> None:
    assert gs1_date("270200", TODAY) == date(2027, 2, 28)  # 00: the month's last day
    assert gs1_date("280200", TODAY) == date(2028, 2, 29)
    assert gs1_date("750101", TODAY) == date(2075, 1, 1)  # 49 years ahead: this century
    assert gs1_date("800101", TODAY) == date(1980, 1, 1)  # 54 years ahead: last century
    assert gs1_date("760101", date(2099, 6, 1)) == date(2076, 1, 1)
    assert gs1_date("010101", date(2099, 6, 1)) == date(2101, 1, 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "no GS1 elements"),
        (GS, "no GS1 elements"),
        (f"01{GTIN[:-1]}", "cut short"),
        ("0109501101530004", "check digit"),
        (f"01{GTIN[:5]}X{GTIN[6:]}", "digits expected"),
        (f"01{GTIN}17261331", "month 13"),
        (f"01{GTIN}17270229", "day 29"),
        (f"01{GTIN}23ABC", "unknown application identifier"),
        (f"10A{GS}10B", "twice"),
        ("10", "0 characters"),
        ("10A\x07B", "control character"),
        ("30123456789", "AI 30"),
        ("(01)0950110153000", "AI 01"),
        ("(01)09501101530003(99", "bracketed"),
        ("(23)12", "unknown application identifier"),
        ("x(01)09501101530003", "unknown application identifier"),
    ],
)
def test_invalid_data_is_refused(data: str, message: str) -> None:
    with pytest.raises(Gs1Error, match=message):
        parse_gs1(data)


def test_repeated_identical_element_is_allowed() -> None:
    assert parse_gs1(f"10A{GS}10A") == {"10": "A"}


def test_bracketed_human_readable_form() -> None:
    data = parse_gs1(f"(01){GTIN}(17)261231(10)ABC(21)42")
    assert data == {"01": GTIN, "17": "261231", "10": "ABC", "21": "42"}


_batch = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-./", min_size=1, max_size=20)


@given(batch=_batch, serial=_batch, count=st.integers(1, 99_999_999))
def test_built_codes_parse_back(batch: str, serial: str, count: int) -> None:
    data = parse_gs1(f"{GS}01{GTIN}10{batch}{GS}21{serial}{GS}37{count}")
    assert data == {"01": GTIN, "10": batch, "21": serial, "37": str(count)}


@given(st.text(max_size=60) | st.from_regex(r"(01\d{14}|10[A-Z0-9]{1,25}\x1d?|17\d{6})+"))
def test_any_text_parses_or_raises_gs1_error(data: str) -> None:
    try:
        parsed = parse_gs1(data)
    except Gs1Error:
        return
    assert parsed and all(v and v.isprintable() for v in parsed.values())
