"""The barcode encoders: subset choice and check characters of Code 128,
EAN-13 parity and check digits, QR in UTF-8; every symbol read back by
zbar from a plain drawing of its modules (not through the renderer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from app.labels.symbols import (
    EAN13_GUARDS,
    FNC1,
    code128_modules,
    code128_values,
    ean13_check_digit,
    ean13_full,
    ean13_modules,
    is_ean13,
    qr_matrix,
)
from tests.app.labels.scan import zbar_image

START_A, START_B, START_C, CODE_A, CODE_B, CODE_C = 103, 104, 105, 101, 100, 99


def _linear(modules: list[bool], path: Path, scale: int = 3) -> list[str]:
    quiet = 12 * scale
    image = Image.new("L", (len(modules) * scale + 2 * quiet, 60), 255)
    draw = ImageDraw.Draw(image)
    for i, dark in enumerate(modules):
        if dark:
            draw.rectangle([quiet + i * scale, 5, quiet + (i + 1) * scale - 1, 54], fill=0)
    return zbar_image(image, path)


def _qr(matrix: list[list[bool]], path: Path, scale: int = 4) -> list[str]:
    size = (len(matrix) + 8) * scale
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + 4) * scale, (r + 4) * scale
                draw.rectangle([x, y, x + scale - 1, y + scale - 1], fill=0)
    return zbar_image(image, path)


def test_code128_subset_c_for_digit_runs() -> None:
    # S F '1' in B, then twelve digits as six pairs in C.
    assert code128_values("SF1234567890123")[:5] == [START_B, 51, 38, 17, CODE_C]
    assert code128_values("SF1234567890123")[5:-1] == [23, 45, 67, 89, 1, 23]
    assert code128_values("12345678")[:-1] == [START_C, 12, 34, 56, 78]
    assert code128_values("12")[:-1] == [START_C, 12]
    assert code128_values("123")[:-1] == [START_B, 17, 18, 19]  # short runs stay in B
    assert code128_values("A-01-02")[:-1] == [START_B, 33, 13, 16, 17, 13, 16, 18]
    assert code128_values("AB1234CD")[:-1] == [START_B, 33, 34, CODE_C, 12, 34, CODE_B, 35, 36]


def test_code128_control_characters_use_subset_a() -> None:
    values = code128_values("ab\tcd")
    assert values[:-1] == [START_B, 65, 66, CODE_A, 73, CODE_B, 67, 68]
    assert code128_values("\x01AB")[:-1] == [START_A, 65, 33, 34]


def test_code128_check_character() -> None:
    values = code128_values("PJJ123C")
    body = values[:-1]
    assert values[-1] == (body[0] + sum(i * v for i, v in enumerate(body[1:], 1))) % 103
    assert values[-1] == 55  # 879 mod 103, worked by hand


def test_code128_fnc1_for_gs1() -> None:
    assert code128_values(FNC1 + "0106901234567892")[:3] == [START_C, 102, 1]


def test_code128_modules_shape() -> None:
    modules = code128_modules("SF1234567890123")
    assert len(modules) == 11 * 12 + 13  # eleven per symbol, thirteen for the stop
    assert modules[0] and modules[-1] and modules[-2]  # starts with a bar; stop ends "11"


@pytest.mark.parametrize("bad", ["", "顺丰", "café"])
def test_code128_refuses_what_it_cannot_carry(bad: str) -> None:
    with pytest.raises(ValueError):
        code128_modules(bad)


@pytest.mark.parametrize(
    "data",
    ["SF1234567890123", "78912345678901", "JDVA01234567890", "YT1234567890123", "1000000000009",
     "A-01-02", "LJ01-050-GN", "12", "7", "0123456789", "a1b22c333d4444e55555", "Mixed Case/+%"],
)  # fmt: skip
def test_code128_reads_back(tmp_path: Path, data: str) -> None:
    assert _linear(code128_modules(data), tmp_path / "c.png") == [data]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=24))
def test_code128_any_printable_ascii_reads_back(tmp_path: Path, data: str) -> None:
    assert _linear(code128_modules(data), tmp_path / "h.png") == [data]


def test_ean13_check_digit_and_validation() -> None:
    assert ean13_check_digit("690123456789") == "2"
    assert ean13_full("690123456789") == "6901234567892"
    assert ean13_modules("690123456789") == ean13_modules("6901234567892")
    assert is_ean13("6901234567892") and not is_ean13("6901234567893")
    assert not is_ean13("LJ01-050-GN") and not is_ean13("690123456789")
    with pytest.raises(ValueError, match="check digit 3, expected 2"):
        ean13_modules("6901234567893")
    with pytest.raises(ValueError):
        ean13_modules("69012345678X")


def test_ean13_shape() -> None:
    modules = ean13_modules("4006381333931")
    bits = "".join("1" if m else "0" for m in modules)
    assert len(bits) == 95
    assert bits[:3] == "101" and bits[45:50] == "01010" and bits[-3:] == "101"
    assert {i for i in EAN13_GUARDS} == {0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94}
    # 4 -> parity LGLLGG: digit 0 in L, digit 0 in G (Wikipedia's worked example).
    assert bits[3:17] == "0001101" + "0100111"


@pytest.mark.parametrize("first", range(10))
def test_ean13_every_leading_digit_reads_back(tmp_path: Path, first: int) -> None:
    body = f"{first}90123456789"
    code = body + ean13_check_digit(body)
    assert _linear(ean13_modules(code), tmp_path / "e.png") == [code]


def test_qr_matrix_square_and_checked() -> None:
    matrix = qr_matrix("SF1234567890123", "M")  # 15 bytes: over 1-M's 14, so version 2
    assert len(matrix) == 25 and all(len(row) == 25 for row in matrix)
    assert len(qr_matrix("SF12345678", "M")) == 21
    assert len(qr_matrix("x" * 200, "H")) > len(qr_matrix("x" * 200, "L"))
    with pytest.raises(ValueError):
        qr_matrix("x", "Z")
    with pytest.raises(ValueError):
        qr_matrix("", "M")


@pytest.mark.parametrize("data", ["SF1234567890123", "https://t.example.cn/w/1?收件=杭州 西湖区"])
def test_qr_reads_back_in_utf8(tmp_path: Path, data: str) -> None:
    assert _qr(qr_matrix(data, "M"), tmp_path / "q.png") == [data]
