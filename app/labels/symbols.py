"""Barcode encoders for raster output: Code 128, EAN-13 and QR as modules.

Pure functions, no drawing: the PNG preview and the ZPL/TSPL bitmaps draw
these modules with whole-pixel widths, and the PDF renderer may draw them
too, so every output carries the very same bars.
"""

from __future__ import annotations

import segno

from app.labels.model import Symbology

FNC1 = "\xf1"  # put in the data where a GS1-128 FNC1 belongs (first character for GS1)

# Code 128 bar/space widths of symbol values 0..105; 106 (stop) has seven elements.
_C128_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
    "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 "
    "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 "
    "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 "
    "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
    "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 "
    "114131 311141 411131 211412 211214 211232 2331112"
)
_C128_WIDTHS = tuple(_C128_TABLE.split())

_SET_A, _SET_B, _SET_C = "A", "B", "C"
_START = {_SET_A: 103, _SET_B: 104, _SET_C: 105}
# The value that switches *to* a set (the same in every set that can switch).
_CODE = {_SET_A: 101, _SET_B: 100, _SET_C: 99}
_FNC1_VALUE = 102
_STOP = 106

# Quiet zones in modules (left, right): ISO/IEC 15417 and GS1 (EAN-13 11/7).
QUIET_ZONES: dict[Symbology, tuple[int, int]] = {
    Symbology.CODE128: (10, 10),
    Symbology.EAN13: (11, 7),
}
QR_QUIET_MODULES = 4

_EAN_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
          "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_EAN_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
               "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")  # fmt: skip
# Module indices of the start, centre and end guards (drawn longer).
EAN13_GUARDS = frozenset((*range(0, 3), *range(45, 50), *range(92, 95)))


def _digit_run(data: str, start: int) -> int:
    end = start
    while end < len(data) and "0" <= data[end] <= "9":
        end += 1
    return end - start


def _value_in(subset: str, char: str) -> int:
    code = ord(char)
    if subset == _SET_A:
        return code - 32 if code >= 32 else code + 64
    return code - 32


def code128_values(data: str) -> list[int]:
    """Symbol values from the start to the check character (stop excluded).

    Subset C carries digit pairs in runs of at least four digits (a run of
    odd length gives its first digit to A/B), B the printable ASCII, A the
    control characters; :data:`FNC1` marks GS1 data.
    """
    if not data:
        raise ValueError("Code 128 needs at least one character")
    for char in data:
        if char != FNC1 and ord(char) > 127:
            raise ValueError(f"Code 128 carries ASCII only, not {char!r} in {data!r}")
    values: list[int] = []
    current = ""

    def switch(subset: str) -> None:
        nonlocal current
        if current != subset:
            values.append(_START[subset] if not current else _CODE[subset])
            current = subset

    i = 0
    while i < len(data):
        char = data[i]
        run = _digit_run(data, i)
        if char == FNC1:
            if not current:
                switch(_SET_C if _digit_run(data, i + 1) >= 4 else _SET_B)
            values.append(_FNC1_VALUE)
            i += 1
        elif (current == _SET_C and run >= 2) or run >= 4 or (i == 0 and run == len(data) == 2):
            if run % 2 and current != _SET_C:
                switch(current or _SET_B)
                values.append(_value_in(current, char))
                i += 1
                continue
            switch(_SET_C)
            values.append(int(data[i : i + 2]))
            i += 2
        else:
            code = ord(char)
            if code < 32:
                switch(_SET_A)
            elif code >= 96 or current != _SET_A:
                switch(_SET_B)
            values.append(_value_in(current, char))
            i += 1
    check = (values[0] + sum(pos * v for pos, v in enumerate(values[1:], 1))) % 103
    return [*values, check]


def _widths_to_modules(widths: str) -> list[bool]:
    modules: list[bool] = []
    for index, width in enumerate(widths):
        modules.extend([index % 2 == 0] * int(width))
    return modules


def code128_modules(data: str) -> list[bool]:
    """The bars (True) and spaces of a Code 128 symbol, start to stop,
    quiet zones not included."""
    modules: list[bool] = []
    for value in (*code128_values(data), _STOP):
        modules.extend(_widths_to_modules(_C128_WIDTHS[value]))
    return modules


def ean13_check_digit(body: str) -> str:
    """The GS1 check digit of 12 digits (weights 1, 3 from the left)."""
    if len(body) != 12 or not body.isascii() or not body.isdigit():
        raise ValueError(f"an EAN-13 body is 12 digits, not {body!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def is_ean13(code: str) -> bool:
    """13 digits with a correct check digit."""
    return (
        len(code) == 13
        and code.isascii()
        and code.isdigit()
        and ean13_check_digit(code[:12]) == code[12]
    )


def ean13_full(data: str) -> str:
    """The 13 digits of ``data`` (12 get their check digit; 13 are checked)."""
    if len(data) == 12:
        return data + ean13_check_digit(data)
    if len(data) != 13 or not data.isascii() or not data.isdigit():
        raise ValueError(f"EAN-13 takes 12 or 13 digits, not {data!r}")
    expected = ean13_check_digit(data[:12])
    if data[12] != expected:
        raise ValueError(f"EAN-13 {data!r} has check digit {data[12]}, expected {expected}")
    return data


def ean13_modules(data: str) -> list[bool]:
    """The 95 modules of an EAN-13 symbol (guards included, quiet zones not)."""
    digits = ean13_full(data)
    bits = "101"
    for digit, parity in zip(digits[1:7], _EAN_PARITY[int(digits[0])], strict=True):
        left = _EAN_L[int(digit)]
        bits += left if parity == "L" else _complement(left)[::-1]
    bits += "01010"
    for digit in digits[7:]:
        bits += _complement(_EAN_L[int(digit)])
    bits += "101"
    return [b == "1" for b in bits]


def _complement(bits: str) -> str:
    return bits.translate(str.maketrans("01", "10"))


def linear_modules(data: str, symbology: Symbology) -> list[bool]:
    """The modules of a linear barcode of either symbology."""
    if symbology == Symbology.EAN13:
        return ean13_modules(data)
    return code128_modules(data)


def human_readable(data: str, symbology: Symbology) -> str:
    """The text printed under the bars (EAN-13 with its check digit; FNC1 hidden)."""
    if symbology == Symbology.EAN13:
        return ean13_full(data)
    return data.replace(FNC1, "")


def qr_matrix(data: str, error: str = "M") -> list[list[bool]]:
    """The QR modules (dark = True), quiet zone not included.

    Byte mode in UTF-8 so Chinese survives; text beyond ASCII also carries
    the UTF-8 ECI, without which readers (zbar among them) guess Latin-1.
    The error level is kept as asked (no boosting), like the printers'
    native QR commands.
    """
    if error.upper() not in ("L", "M", "Q", "H"):
        raise ValueError(f"QR error level is L, M, Q or H, not {error!r}")
    if not data:
        raise ValueError("a QR code needs data")
    code = segno.make(
        data,
        error=error.upper(),
        mode="byte",
        encoding="utf-8",
        eci=not data.isascii(),
        micro=False,
        boost_error=False,
    )
    return [[bool(v) for v in row] for row in code.matrix]
