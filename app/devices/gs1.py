"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR): application
identifiers (AIs) and their data, with the check digits GS1 defines.

A scanner sends FNC1 as GS (0x1D) between elements. AIs whose length GS1
predefines (00-04, 11-20, 31-36, 41) need no separator; every other AI runs
to the next GS or the end, so a missing separator shows up as an element
that is too long or an unknown AI, never as a silently merged value.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

GS = "\x1d"

# The AIs whose data length GS1 fixes by their first two digits (General
# Specifications, "pre-defined length"): no FNC1 follows them.
_PREDEFINED = {"00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18"}
_PREDEFINED |= {"19", "20", "31", "32", "33", "34", "35", "36", "41"}
_DATE_AIS = {"11", "12", "13", "15", "16", "17"}
_CHECKED_AIS = {"00", "01", "02", "410", "411", "412", "413", "414", "415", "416", "417"}

# AI -> (shortest data, longest data, digits only). Prefix-free, as GS1's table is.
_AIS: dict[str, tuple[int, int, bool]] = {
    "00": (18, 18, True),  # SSCC
    "01": (14, 14, True),  # GTIN
    "02": (14, 14, True),  # GTIN of contained items
    "10": (1, 20, False),  # batch / lot
    "20": (2, 2, True),  # variant
    "21": (1, 20, False),  # serial number
    "22": (1, 20, False),
    "240": (1, 30, False),
    "241": (1, 30, False),
    "250": (1, 30, False),
    "251": (1, 30, False),
    "30": (1, 8, True),  # variable count
    "37": (1, 8, True),  # count of trade items contained
    "400": (1, 30, False),
    "401": (1, 30, False),
    "402": (17, 17, True),
    "403": (1, 30, False),
    "420": (1, 20, False),
    "421": (4, 12, False),
    "422": (3, 3, True),
    "7003": (10, 10, True),
    "8005": (6, 6, True),
    "8008": (8, 12, True),
    "90": (1, 30, False),
}
_AIS.update({ai: (6, 6, True) for ai in _DATE_AIS})
_AIS.update({f"41{d}": (13, 13, True) for d in "01234567"})
_AIS.update({f"9{d}": (1, 90, False) for d in "123456789"})
# Measures (310x net weight in kg, ...): the fourth digit is the decimal places.
_AIS.update({f"{p}{mx:02d}": (6, 6, True) for p in range(31, 37) for mx in range(100)})

_BRACKETED = re.compile(r"\((\d{2,4})\)([^()]*)")


class Gs1Error(ValueError):
    """The data is not a valid GS1 element string; the message says where."""


def check_digit_ok(digits: str) -> bool:
    """The GS1 mod-10 check (EAN-8, UPC-A, EAN-13, GTIN-14, SSCC): weights 3
    and 1 alternate from the right, so leading zeros never change it."""
    if len(digits) < 2 or not (digits.isascii() and digits.isdigit()):
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def gs1_date(yymmdd: str, today: date | None = None) -> date:
    """A GS1 date; the century follows GS1's sliding window around ``today``
    (up to 49 years ahead, 50 back) and day 00 means the month's last day."""
    today = today or date.today()
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    year = today.year - today.year % 100 + yy
    if year - today.year >= 51:
        year -= 100
    elif today.year - year >= 50:
        year += 100
    if not 1 <= month <= 12:
        raise Gs1Error(f"month {month:02d} in date {yymmdd}")
    last = calendar.monthrange(year, month)[1]
    if day > last:
        raise Gs1Error(f"day {day:02d} in date {yymmdd}")
    return date(year, month, day or last)


class Gs1Data(Mapping[str, str]):
    """The elements of one GS1 code, AI -> data as scanned, in code order.

    A read-only mapping (compares equal to a plain dict), with typed views of
    the AIs the station uses.
    """

    __slots__ = ("_elements",)

    def __init__(self, elements: Mapping[str, str]) -> None:
        self._elements = dict(elements)

    def __getitem__(self, ai: str) -> str:
        return self._elements[ai]

    def __iter__(self) -> Iterator[str]:
        return iter(self._elements)

    def __len__(self) -> int:
        return len(self._elements)

    def __repr__(self) -> str:
        return f"Gs1Data({self._elements!r})"

    @property
    def gtin(self) -> str | None:
        return self._elements.get("01")

    @property
    def batch(self) -> str | None:
        return self._elements.get("10")

    @property
    def serial(self) -> str | None:
        return self._elements.get("21")

    def expiry(self, today: date | None = None) -> date | None:
        """AI 17 as a date (``today`` only picks the century)."""
        raw = self._elements.get("17")
        return gs1_date(raw, today) if raw is not None else None

    @property
    def count(self) -> int | None:
        """AI 30 (variable count) or else AI 37 (trade items contained)."""
        raw = self._elements.get("30", self._elements.get("37"))
        return int(raw) if raw is not None else None

    @property
    def net_weight_kg(self) -> Decimal | None:
        """AI 310x: six digits, x of them decimals."""
        for ai, raw in self._elements.items():
            if ai.startswith("310"):
                return Decimal(raw).scaleb(-int(ai[3]))
        return None

    @property
    def net_weight_g(self) -> int | None:
        """The net weight in whole grams, as the station weighs."""
        kg = self.net_weight_kg
        if kg is None:
            return None
        return int((kg * 1000).to_integral_value(rounding=ROUND_HALF_EVEN))


def _match_ai(data: str, pos: int) -> str:
    for length in (2, 3, 4):
        candidate = data[pos : pos + length]
        if len(candidate) == length and candidate in _AIS:
            return candidate
    raise Gs1Error(f"unknown application identifier at {pos}: {data[pos : pos + 4]!r}")


def _check_element(ai: str, value: str, today: date | None) -> None:
    shortest, longest, numeric = _AIS[ai]
    if not shortest <= len(value) <= longest:
        raise Gs1Error(f"AI {ai}: {len(value)} characters, expected {shortest}-{longest}")
    if numeric and not (value.isascii() and value.isdigit()):
        raise Gs1Error(f"AI {ai}: digits expected, got {value!r}")
    if not value.isprintable():
        raise Gs1Error(f"AI {ai}: control character in {value!r}")
    if ai in _CHECKED_AIS and not check_digit_ok(value):
        raise Gs1Error(f"AI {ai}: bad check digit in {value}")
    if ai in _DATE_AIS:
        gs1_date(value, today)


def _add(elements: dict[str, str], ai: str, value: str, today: date | None) -> None:
    _check_element(ai, value, today)
    if elements.setdefault(ai, value) != value:
        raise Gs1Error(f"AI {ai} twice with different data")


def parse_gs1(data: str, today: date | None = None) -> Gs1Data:
    """Split GS1 data (GS-separated, or the printed ``(01)...(10)...`` form)
    into its elements; raise :class:`Gs1Error` on anything GS1 would reject."""
    elements: dict[str, str] = {}
    if data.startswith("("):
        pos = 0
        for match in _BRACKETED.finditer(data):
            if match.start() != pos:
                break
            if match.group(1) not in _AIS:
                raise Gs1Error(f"unknown application identifier ({match.group(1)})")
            _add(elements, match.group(1), match.group(2), today)
            pos = match.end()
        if pos != len(data):
            raise Gs1Error(f"not a bracketed GS1 string from {pos}: {data[pos:]!r}")
        return Gs1Data(elements)
    pos = 0
    while pos < len(data):
        if data[pos] == GS:  # FNC1 in first position, or after a fixed-length AI
            pos += 1
            continue
        ai = _match_ai(data, pos)
        pos += len(ai)
        if ai[:2] in _PREDEFINED:
            end = pos + _AIS[ai][1]
            if end > len(data):
                raise Gs1Error(f"AI {ai}: data cut short")
        else:
            end = data.find(GS, pos)
            end = len(data) if end < 0 else end
        _add(elements, ai, data[pos:end], today)
        pos = end
    if not elements:
        raise Gs1Error("no GS1 elements")
    return Gs1Data(elements)
