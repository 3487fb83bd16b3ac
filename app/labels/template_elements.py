"""One element of a label template: checked when the file is read, turned
into a layout-model element when the template is filled.

Checking at load time means a shop's typo ("szie", a stray brace, an
unknown filter) fails when the template is loaded, with the file and the
element named, not halfway through a print run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.labels import placeholders, symbols
from app.labels.model import Align, Barcode, Box, Element, Image, Line, QRCode, Symbology, Text
from app.labels.placeholders import Part, TemplateError
from app.labels.raster import barcode_width_mm

CHECK_DPIS = (203, 300)  # a barcode must fit its room at both printer resolutions
_REQUIRED = object()
_SPECS: dict[str, dict[str, Any]] = {
    "text": {"x": _REQUIRED, "y": _REQUIRED, "text": _REQUIRED, "size": 10.0, "bold": False,
             "width": None, "align": "left", "max_lines": 1, "inverse": False},
    "barcode": {"x": _REQUIRED, "y": _REQUIRED, "data": _REQUIRED, "symbology": "code128",
                "height": 15.0, "module": (0.375,), "human_readable": True, "text_size": 9.0,
                "width": None, "align": "left"},
    "qr": {"x": _REQUIRED, "y": _REQUIRED, "data": _REQUIRED, "size": 20.0, "error": "M"},
    "line": {"x1": _REQUIRED, "y1": _REQUIRED, "x2": _REQUIRED, "y2": _REQUIRED,
             "thickness": 0.3},
    "box": {"x": _REQUIRED, "y": _REQUIRED, "width": _REQUIRED, "height": _REQUIRED,
            "thickness": 0.3, "fill": False},
    "image": {"x": _REQUIRED, "y": _REQUIRED, "width": _REQUIRED, "height": _REQUIRED,
              "path": _REQUIRED},
}  # fmt: skip
_PLACEHOLDER_KEYS = frozenset(("text", "data", "path"))
_BOOL_KEYS = frozenset(("bold", "inverse", "human_readable", "fill"))
_CHOICES = {
    "align": ("left", "center", "right"),
    "symbology": ("code128", "ean13", "auto"),
    "error": ("L", "M", "Q", "H"),
}
_COMMON = frozenset(("type", "if", "comment"))


@dataclass(frozen=True)
class ElementSpec:
    """A checked element: its values (defaults filled in), its parsed
    placeholder texts and its conditions (all must hold)."""

    kind: str
    values: Mapping[str, Any]
    texts: Mapping[str, tuple[Part, ...]]
    conditions: tuple[str, ...]
    where: str  # "elements[3]", for messages

    def fields(self, key: str) -> str:
        """The data fields behind a placeholder text, for error messages."""
        names = [p.path for p in self.texts.get(key, ()) if isinstance(p, placeholders.Field)]
        return ", ".join(names) or self.where


def parse_element(raw: object, where: str, template: str, page: tuple[float, float]) -> ElementSpec:
    """Check one element of the JSON file (keys, types, placeholders, page bounds)."""
    if not isinstance(raw, Mapping) or raw.get("type") not in _SPECS:
        kinds = ", ".join(_SPECS)
        raise TemplateError(template, f"{where}: an element is an object with type in {kinds}")
    kind = str(raw["type"])
    spec = _SPECS[kind]
    unknown = set(raw) - set(spec) - _COMMON
    if unknown:
        raise TemplateError(template, f"{where} ({kind}): unknown keys {sorted(unknown)}")
    values: dict[str, Any] = {}
    for key, default in spec.items():
        if key not in raw:
            if default is _REQUIRED:
                raise TemplateError(template, f"{where} ({kind}): {key!r} is required")
            values[key] = default
            continue
        values[key] = _checked(raw[key], key, default, f"{where} ({kind})", template)
    texts = {
        k: placeholders.parse(values[k], template, f"{where} ({kind})")
        for k in _PLACEHOLDER_KEYS
        if k in values
    }
    condition = raw.get("if", ())
    conditions = (condition,) if isinstance(condition, str) else condition
    if not isinstance(conditions, list | tuple) or not all(isinstance(c, str) for c in conditions):
        raise TemplateError(template, f"{where}: 'if' is a field name or a list of them")
    _check_bounds(values, kind, where, template, page)
    return ElementSpec(kind, values, texts, tuple(conditions), where)


def _checked(value: object, key: str, default: object, where: str, template: str) -> Any:
    if key in _PLACEHOLDER_KEYS:
        ok = isinstance(value, str)
    elif key in _BOOL_KEYS:
        ok = isinstance(value, bool)
    elif key in _CHOICES:
        ok = value in _CHOICES[key]
        if not ok:
            raise TemplateError(template, f"{where}: {key!r} is one of {_CHOICES[key]}")
    elif key == "module":  # one width, or candidates tried widest first
        items: list[object] = value if isinstance(value, list) else [value]
        widths = [m for m in items if isinstance(m, int | float) and not isinstance(m, bool)]
        ok = bool(items) and len(widths) == len(items) and all(m > 0 for m in widths)
        if ok:
            return tuple(sorted((float(m) for m in widths), reverse=True))
    elif key == "max_lines":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
    else:  # a measure in mm (width may be null: as wide as the text runs)
        ok = (value is None and default is None) or (
            isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
        )
    if not ok:
        raise TemplateError(template, f"{where}: {key!r} has a bad value {value!r}")
    return float(value) if isinstance(value, int) and key != "max_lines" else value


def _check_bounds(
    values: Mapping[str, Any], kind: str, where: str, template: str, page: tuple[float, float]
) -> None:
    width, height = page
    right = values.get("x", 0.0) + (values.get("width") or 0.0)
    if kind == "qr":
        right = values["x"] + values["size"]
    xs = [values["x1"], values["x2"]] if kind == "line" else [right]
    if max(xs) > width + 1e-6:
        raise TemplateError(template, f"{where} ({kind}) runs past the right edge ({width:g} mm)")
    bottom = values.get("y", 0.0) + (values.get("height") if kind in ("box", "image") else 0.0)
    if kind == "line":
        bottom = max(values["y1"], values["y2"])
    if bottom > height + 1e-6:
        raise TemplateError(template, f"{where} ({kind}) runs past the bottom ({height:g} mm)")


def build(
    spec: ElementSpec,
    scopes: Sequence[Mapping[str, Any]],
    dy: float,
    template: str,
    page_width: float,
) -> Element:
    """The layout-model element for this data; ``dy`` shifts it down (rows)."""
    v = spec.values

    def fill(key: str) -> str:
        return placeholders.render(spec.texts[key], scopes, template)

    if spec.kind == "text":
        return Text(
            v["x"], v["y"] + dy, fill("text"), size_pt=v["size"], bold=v["bold"],
            width_mm=v["width"], align=Align(v["align"]), max_lines=v["max_lines"],
            inverse=v["inverse"],
        )  # fmt: skip
    if spec.kind == "barcode":
        return _barcode(spec, fill("data"), dy, template, page_width)
    if spec.kind == "qr":
        data = fill("data")
        if not data:
            raise TemplateError(template, "a QR code without data", spec.fields("data"))
        return QRCode(v["x"], v["y"] + dy, data, size_mm=v["size"], error=v["error"])
    if spec.kind == "line":
        return Line(v["x1"], v["y1"] + dy, v["x2"], v["y2"] + dy, thickness_mm=v["thickness"])
    if spec.kind == "box":
        return Box(
            v["x"], v["y"] + dy, v["width"], v["height"], thickness_mm=v["thickness"],
            fill=v["fill"],
        )  # fmt: skip
    return Image(v["x"], v["y"] + dy, v["width"], v["height"], fill("path"))


def _barcode(spec: ElementSpec, data: str, dy: float, template: str, page_width: float) -> Barcode:
    """Place the bars in the element's room (x .. x + width) with their quiet
    zones inside it, at the widest module that fits at 203 and 300 dpi;
    refuse data that does not fit rather than shrink it below a dot."""
    v = spec.values
    field = spec.fields("data")
    symbology = Symbology.CODE128 if v["symbology"] == "code128" else Symbology.EAN13
    if v["symbology"] == "auto" and not symbols.is_ean13(data):
        symbology = Symbology.CODE128
    room = v["width"] if v["width"] is not None else page_width - v["x"]
    left, right = symbols.QUIET_ZONES[symbology]
    try:
        count = len(symbols.linear_modules(data, symbology)) + left + right
    except ValueError as exc:
        raise TemplateError(template, f"cannot encode {data!r}: {exc}", field) from None
    need = 0.0
    for module in v["module"]:
        widths = [barcode_width_mm(data, symbology, module, dpi) for dpi in CHECK_DPIS]
        need = max(*widths, count * module)
        if need <= room + 1e-6:
            break
    else:
        raise TemplateError(
            template,
            f"barcode {data!r} needs {need:.1f} mm with its quiet zones but has {room:g} mm: "
            "use a shorter code, a smaller module or a wider room",
            field,
        )
    free = {"left": 0.0, "center": (room - need) / 2, "right": room - need}[v["align"]]
    return Barcode(
        v["x"] + free + need * left / count, v["y"] + dy, data, symbology=symbology,
        height_mm=v["height"], module_mm=module, human_readable=v["human_readable"],
        text_size_pt=v["text_size"],
    )  # fmt: skip
