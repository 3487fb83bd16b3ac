"""What a scanned code is: waybill, product barcode, order number, bin, badge,
command, or unknown. Pure: the facts come in a :class:`CodeBook`.

Precedence, from strongest evidence to weakest:

1. **Command** codes (our own printed command sheet, exact text, any case).
2. **What the database knows** exactly: a product barcode (for EAN/UPC/GTIN
   digits also the same GTIN written with more or fewer leading zeros, and
   only with a valid check digit), a user's badge, a bin's code; a GS1 code
   is a product when its GTIN (AI 01) is one.
3. **Patterns**: badge, bin, each courier's waybill patterns, order number.

A higher tier decides alone: a code the catalogue knows is that product
even if it also looks like a waybill. Two different answers *within* the
deciding tier (two couriers, a bin pattern and a badge pattern, ...) are
reported as ``UNKNOWN`` with reason ``ambiguous``, never guessed.

A valid EAN-13 check digit alone proves little (one random 13-digit number
in ten has one, EMS waybills included), so an EAN-shaped number nobody
knows is ``UNKNOWN`` (``unknown_product``), and loses to a waybill pattern.
When the scanner's AIM prefix says EAN/UPC, the symbol *is* a product
barcode: patterns are skipped (waybills and bins are never EAN symbols).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.devices.gs1 import GS, Gs1Data, Gs1Error, check_digit_ok, parse_gs1

_TRIM = " \t\r\n\v\f"  # not str.strip(): Python counts GS (0x1D) as whitespace
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_GTIN_LENGTHS = (8, 12, 13, 14)


class CodeKind(StrEnum):
    WAYBILL = "waybill"
    SKU_BARCODE = "sku_barcode"
    ORDER_NUMBER = "order_number"
    BIN = "bin"
    BADGE = "badge"
    COMMAND = "command"
    UNKNOWN = "unknown"


class Command(StrEnum):
    CONFIRM = "confirm"
    CANCEL = "cancel"
    UNDO = "undo"
    REPRINT = "reprint"


class UnknownReason(StrEnum):
    """Why a code is ``UNKNOWN``: a stable code the UI turns into words."""

    EMPTY = "empty"
    AMBIGUOUS = "ambiguous"
    NO_MATCH = "no_match"
    BAD_CHECK_DIGIT = "bad_check_digit"
    UNKNOWN_PRODUCT = "unknown_product"
    BAD_GS1 = "bad_gs1"
    NO_GTIN = "no_gtin"


class Symbology(StrEnum):
    GS1_128 = "GS1-128"
    CODE_128 = "Code 128"
    EAN_13 = "EAN-13"
    EAN_8 = "EAN-8"
    GS1_DATAMATRIX = "GS1 DataMatrix"
    DATAMATRIX = "Data Matrix"
    GS1_QR = "GS1 QR"
    QR = "QR"
    CODE_39 = "Code 39"
    ITF = "ITF"
    GS1_DATABAR = "GS1 DataBar"


# AIM symbology identifiers (ISO/IEC 15424); ]E0 also carries UPC-A as 13 digits.
AIM_SYMBOLOGIES: Mapping[str, Symbology] = {
    "]C0": Symbology.CODE_128,
    "]C1": Symbology.GS1_128,
    "]E0": Symbology.EAN_13,
    "]E4": Symbology.EAN_8,
    "]d1": Symbology.DATAMATRIX,
    "]d2": Symbology.GS1_DATAMATRIX,
    "]Q1": Symbology.QR,
    "]Q3": Symbology.GS1_QR,
    "]A0": Symbology.CODE_39,
    "]I0": Symbology.ITF,
    "]e0": Symbology.GS1_DATABAR,
}
GS1_SYMBOLOGIES = frozenset(
    {Symbology.GS1_128, Symbology.GS1_DATAMATRIX, Symbology.GS1_QR, Symbology.GS1_DATABAR}
)
EAN_SYMBOLOGIES = frozenset({Symbology.EAN_13, Symbology.EAN_8})

# Defaults matching the demo's formats (app/demo/data.py): bins A-01-01 / A-R1-01,
# badges USR0001, Taobao/Tmall 19-digit and Pinduoduo yymmdd-15-digit order numbers.
DEFAULT_BIN_PATTERNS = (r"[A-Z]-[A-Z0-9]{2}-\d{2}",)
DEFAULT_BADGE_PATTERNS = (r"USR\d{4,6}",)
DEFAULT_ORDER_PATTERNS = (r"\d{19}", r"\d{6}-\d{15}")
DEFAULT_COMMANDS: Mapping[str, Command] = {f"CMD:{c.name}": c for c in Command}


def pattern_error(pattern: str) -> str | None:
    """Why ``pattern`` is no usable regular expression, or None (settings screens)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


@dataclass(frozen=True)
class CodeBook:
    """Everything :func:`classify` needs to know, as plain data.

    Patterns must match the whole code (``re.fullmatch``; anchors are
    allowed). ``products`` is a set of barcodes or a lookup function.
    ``badges`` and ``bins`` are the codes the database knows. Command codes
    compare in any case (Caps Lock flips a wedge scanner's letters).
    ``fnc1_aliases`` are characters a wedge scanner sends instead of GS.
    """

    waybill_patterns: Mapping[str, Sequence[str]] = field(default_factory=dict)
    products: Set[str] | Callable[[str], bool] = frozenset()
    bin_patterns: Sequence[str] = DEFAULT_BIN_PATTERNS
    badge_patterns: Sequence[str] = DEFAULT_BADGE_PATTERNS
    order_patterns: Sequence[str] = DEFAULT_ORDER_PATTERNS
    commands: Mapping[str, Command] = field(default_factory=lambda: dict(DEFAULT_COMMANDS))
    badges: Set[str] = frozenset()
    bins: Set[str] = frozenset()
    fnc1_aliases: str = ""
    _compiled: list[tuple[CodeKind, str | None, re.Pattern[str]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        """Compile once; a bad pattern fails here, naming itself, not mid-scan."""
        groups: list[tuple[CodeKind, str | None, Sequence[str]]] = [
            (CodeKind.BADGE, None, self.badge_patterns),
            (CodeKind.BIN, None, self.bin_patterns),
            *((CodeKind.WAYBILL, c, p) for c, p in self.waybill_patterns.items()),
            (CodeKind.ORDER_NUMBER, None, self.order_patterns),
        ]
        compiled = []
        for kind, courier, patterns in groups:
            for pattern in (patterns,) if isinstance(patterns, str) else patterns:
                if (error := pattern_error(pattern)) is not None:
                    owner = f"courier {courier}" if courier else kind.value
                    raise ValueError(f"{owner} pattern {pattern!r}: {error}")
                compiled.append((kind, courier, re.compile(pattern)))
        object.__setattr__(self, "_compiled", compiled)
        commands = {code.upper(): command for code, command in self.commands.items()}
        object.__setattr__(self, "commands", commands)

    def command_for(self, code: str) -> Command | None:
        return self.commands.get(code.upper())

    def is_product(self, barcode: str) -> bool:
        products = self.products
        return products(barcode) if callable(products) else barcode in products

    def pattern_matches(self, code: str) -> list[tuple[CodeKind, str | None]]:
        """Every (kind, courier) whose pattern matches, once each."""
        found: list[tuple[CodeKind, str | None]] = []
        for kind, courier, pattern in self._compiled:
            if (kind, courier) not in found and pattern.fullmatch(code):
                found.append((kind, courier))
        return found


@dataclass(frozen=True)
class ScanResult:
    """One classified scan. ``value`` is the code without AIM prefix and
    surrounding whitespace; ``product_barcode`` is the catalogue's spelling
    (for GS1 and zero-padded GTINs it differs from ``value``)."""

    kind: CodeKind
    value: str
    symbology: Symbology | None = None
    aim: str | None = None
    courier_code: str | None = None
    command: Command | None = None
    gs1: Gs1Data | None = None
    product_barcode: str | None = None
    reason: UnknownReason | None = None
    candidates: tuple[str, ...] = ()
    detail: str = ""


def gtin_variants(digits: str) -> list[str]:
    """The same GTIN as 8, 12, 13 or 14 digits (leading zeros only), as given first."""
    padded = digits.zfill(14)
    variants = [digits]
    for length in (14, 13, 12, 8):
        if padded[: 14 - length].strip("0") == "" and padded[14 - length :] not in variants:
            variants.append(padded[14 - length :])
    return variants


def _ean_shaped(value: str) -> bool:
    return len(value) in _GTIN_LENGTHS and value.isascii() and value.isdigit()


def _known_product(value: str, book: CodeBook) -> str | None:
    """The catalogue's spelling of ``value``; EAN/UPC/GTIN digits need a valid check digit."""
    if not _ean_shaped(value):
        return value if book.is_product(value) else None
    if not check_digit_ok(value):
        return None
    return next((v for v in gtin_variants(value) if book.is_product(v)), None)


def classify(code: str, book: CodeBook) -> ScanResult:
    """Say what ``code`` (one scan, as the scanner sent it) is; see the module
    docstring for the precedence. Never raises for any input text."""
    value = code.strip(_TRIM)
    aim = value[:3] if _AIM.match(value) else None
    symbology = AIM_SYMBOLOGIES.get(aim) if aim else None
    value = value[3:].strip(_TRIM) if aim else value
    gs1_signalled = symbology in GS1_SYMBOLOGIES or value.startswith(GS)
    value = value.lstrip(GS)
    seen = ScanResult(CodeKind.UNKNOWN, value, symbology, aim)
    if not value:
        return replace(seen, reason=UnknownReason.EMPTY)
    if (command := book.command_for(value)) is not None:
        return replace(seen, kind=CodeKind.COMMAND, command=command)
    if gs1_signalled or GS in value or value.startswith("("):
        data = value
        for alias in book.fnc1_aliases if gs1_signalled else "":
            data = data.replace(alias, GS)
        try:
            return _classify_gs1(replace(seen, gs1=parse_gs1(data)), book)
        except Gs1Error as exc:
            if gs1_signalled or GS in value:
                return replace(seen, reason=UnknownReason.BAD_GS1, detail=str(exc))
    if symbology in EAN_SYMBOLOGIES:
        return _classify_ean_symbol(seen, book)

    exact: list[tuple[CodeKind, str | None]] = []
    product = _known_product(value, book)
    if product is not None:
        exact.append((CodeKind.SKU_BARCODE, None))
    if value in book.badges:
        exact.append((CodeKind.BADGE, None))
    if value in book.bins:
        exact.append((CodeKind.BIN, None))
    for found in (exact, book.pattern_matches(value)):
        if len(found) == 1:
            kind, courier = found[0]
            barcode = product if kind is CodeKind.SKU_BARCODE else None
            return replace(seen, kind=kind, courier_code=courier, product_barcode=barcode)
        if found:
            names = tuple(f"{k.value}:{c}" if c else k.value for k, c in found)
            return replace(seen, reason=UnknownReason.AMBIGUOUS, candidates=names)
    return replace(seen, reason=_why_unknown(value))


def _why_unknown(value: str) -> UnknownReason:
    if _ean_shaped(value):
        ok = check_digit_ok(value)
        return UnknownReason.UNKNOWN_PRODUCT if ok else UnknownReason.BAD_CHECK_DIGIT
    return UnknownReason.NO_MATCH


def _classify_ean_symbol(seen: ScanResult, book: CodeBook) -> ScanResult:
    """An EAN/UPC symbol: a product we know, or unknown; never a waybill."""
    if not (_ean_shaped(seen.value) and check_digit_ok(seen.value)):
        return replace(seen, reason=UnknownReason.BAD_CHECK_DIGIT)
    product = _known_product(seen.value, book)
    if product is None:
        return replace(seen, reason=UnknownReason.UNKNOWN_PRODUCT)
    return replace(seen, kind=CodeKind.SKU_BARCODE, product_barcode=product)


def _classify_gs1(seen: ScanResult, book: CodeBook) -> ScanResult:
    """GS1 data is a product when its GTIN (AI 01) is one of ours."""
    gtin = seen.gs1.gtin if seen.gs1 is not None else None
    if gtin is None:
        return replace(seen, reason=UnknownReason.NO_GTIN)
    product = _known_product(gtin, book)
    if product is None:
        return replace(seen, reason=UnknownReason.UNKNOWN_PRODUCT)
    return replace(seen, kind=CodeKind.SKU_BARCODE, product_barcode=product)
