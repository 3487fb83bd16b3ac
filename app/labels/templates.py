"""Label templates: JSON files a shop can edit, filled with plain data.

A template is ``resources/labels/NAME.json``; a station may list folders
searched first, so a file of the same name there overrides the shipped one.
The format (full description in ``resources/labels/README.md``)::

    {"page": {"width": 100, "height": 150},          # mm
     "elements": [                                    # drawn on every page
        {"type": "text", "x": 2, "y": 3, "text": "{recipient.phone|mask_phone}",
         "size": 10, "bold": true, "width": 60, "max_lines": 2},
        {"type": "barcode", "x": 0, "y": 20, "width": 100, "align": "center",
         "data": "{waybill_no}", "symbology": "code128", "height": 14, "module": 0.375},
        {"type": "qr", "x": 75, "y": 120, "size": 20, "data": "{qr}", "if": "qr"},
        {"type": "text", "x": 80, "y": 290, "text": "{page}/{pages}"}],
     "table": {"rows": "lines", "top": 40, "bottom": 270, "row_height": 6,
               "header": [...], "row": [...], "group_by": "zone", "group": [...]}}

Element types: text, barcode, qr, line, box, image (mm, origin top-left).
``{a.b|filter:arg}`` fills from the data; a missing value raises
:class:`TemplateError` naming the template and the field (only ``|default``
makes one optional). ``"if"`` draws an element only when its field is set.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.labels import placeholders
from app.labels.model import Element, Image, Label
from app.labels.paging import Slot, SlotKind, TableGeometry, paginate
from app.labels.placeholders import TemplateError
from app.labels.template_elements import ElementSpec, build, parse_element

FORMAT = 1  # the "format" a file may state; another one is refused, not guessed at
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "labels"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_TOP_KEYS = frozenset(("format", "name", "description", "page", "elements", "table", "comment"))
_TABLE_KEYS = frozenset(("rows", "top", "top_rest", "bottom", "bottom_last", "row_height",
                         "header_height", "header", "row", "group_by", "group_height", "group",
                         "comment"))  # fmt: skip


@dataclass(frozen=True)
class TableSpec:
    """Rows repeated from a list in the data, with page breaks."""

    rows: str
    geometry: TableGeometry
    header: tuple[ElementSpec, ...]
    row: tuple[ElementSpec, ...]
    group: tuple[ElementSpec, ...] = ()
    group_by: str = ""


@dataclass(frozen=True)
class Template:
    """A checked template; :meth:`render` fills it into pages."""

    name: str
    path: Path
    width_mm: float
    height_mm: float
    elements: tuple[ElementSpec, ...]
    table: TableSpec | None = None
    description: str = ""

    def render(self, data: Mapping[str, Any]) -> list[Label]:
        """The pages of this template filled with ``data``. Page fields
        ``page``, ``pages``, ``first_page``, ``last_page`` and ``continued``
        (a page after the first) are known to every element; table rows add
        their own fields and ``row_no``."""
        rows: Sequence[Mapping[str, Any]] = self._rows(data) if self.table else ()
        slots = self._pages(rows)
        labels = []
        for number, page_slots in enumerate(slots):
            page = {
                "page": number + 1,
                "pages": len(slots),
                "first_page": number == 0,
                "last_page": number == len(slots) - 1,
                "continued": number > 0,
            }
            elements = self._place(self.elements, (page, data), 0.0)
            if self.table:
                elements += self._table_page(self.table, number, page_slots, rows, (page, data))
            labels.append(Label(self.width_mm, self.height_mm, tuple(elements), name=self.name))
        return labels

    def _rows(self, data: Mapping[str, Any]) -> Sequence[Mapping[str, Any]]:
        assert self.table is not None
        try:
            rows = placeholders.lookup((data,), self.table.rows)
        except placeholders.Missing:
            raise TemplateError(self.name, "no rows in the data", self.table.rows) from None
        if not isinstance(rows, Sequence) or not all(isinstance(r, Mapping) for r in rows):
            raise TemplateError(self.name, "rows must be a list of objects", self.table.rows)
        return rows

    def _pages(self, rows: Sequence[Mapping[str, Any]]) -> list[list[Slot]]:
        if self.table is None:
            return [[]]
        keys: list[object] = []
        for number, row in enumerate(rows, 1):
            if not self.table.group_by:
                keys.append(None)
                continue
            try:
                keys.append(placeholders.lookup((row,), self.table.group_by))
            except placeholders.Missing:
                where = f"{self.table.rows}[{number}].{self.table.group_by}"
                raise TemplateError(self.name, "a row has no group value", where) from None
        return paginate(keys, self.table.geometry)

    def _table_page(
        self,
        table: TableSpec,
        number: int,
        slots: Sequence[Slot],
        rows: Sequence[Mapping[str, Any]],
        scopes: tuple[Mapping[str, Any], ...],
    ) -> list[Element]:
        top = table.geometry.top_first if number == 0 else table.geometry.top_rest
        elements = self._place(table.header, scopes, top)
        for slot in slots:
            extra = {"row_no": slot.index + 1, "continued": slot.continued}
            specs = table.group if slot.kind == SlotKind.GROUP else table.row
            elements += self._place(specs, (extra, rows[slot.index], *scopes), slot.y_mm)
        return elements

    def _place(
        self, specs: Iterable[ElementSpec], scopes: Sequence[Mapping[str, Any]], dy: float
    ) -> list[Element]:
        placed: list[Element] = []
        for spec in specs:
            if all(placeholders.truthy(scopes, c) for c in spec.conditions):
                element = build(spec, scopes, dy, self.name, self.width_mm)
                if isinstance(element, Image):  # a logo next to the template file
                    element = replace(element, path=str(self.path.parent / element.path))
                placed.append(element)
        return placed


def search_path(folder: Path | None = None, folders: Sequence[Path] = ()) -> list[Path]:
    """Where templates are looked for: the station's folders first, then
    ``folder`` (default: the shipped ``resources/labels``)."""
    return [*folders, folder or DEFAULT_FOLDER]


def available(folder: Path | None = None, folders: Sequence[Path] = ()) -> dict[str, Path]:
    """Every template name with the file that wins for it."""
    found: dict[str, Path] = {}
    for place in search_path(folder, folders):
        for path in sorted(place.glob("*.json")) if place.is_dir() else ():
            found.setdefault(path.stem, path)
    return found


def load_template(name: str, folder: Path | None = None, folders: Sequence[Path] = ()) -> Template:
    """Read and check template ``name`` (without ``.json``) from the first
    folder that has it."""
    name = name.removesuffix(".json")
    if not _NAME.match(name):
        raise TemplateError(name, "a template name is letters, digits, '_' and '-'")
    places = search_path(folder, folders)
    for place in places:
        path = place / f"{name}.json"
        if path.is_file():
            return read_template(path)
    raise TemplateError(name, "not found in " + ", ".join(str(p) for p in places))


def read_template(path: Path) -> Template:
    """Parse one template file (UTF-8, a BOM from Notepad tolerated)."""
    name = path.stem
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise TemplateError(name, f"cannot read {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise TemplateError(name, f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or set(raw) - _TOP_KEYS:
        raise TemplateError(name, f"top level keys are {sorted(_TOP_KEYS)}")
    if raw.get("format", FORMAT) != FORMAT:
        raise TemplateError(name, f"format {raw['format']!r} is not {FORMAT}: a newer program?")
    page = raw.get("page")
    if not isinstance(page, dict) or not all(
        isinstance(page.get(k), int | float) and page[k] > 0 for k in ("width", "height")
    ):
        raise TemplateError(name, '"page" needs a positive "width" and "height" in mm')
    size = (float(page["width"]), float(page["height"]))
    elements = _elements(raw.get("elements", []), "elements", name, size)
    table = _table(raw["table"], name, size) if "table" in raw else None
    description = str(raw.get("description", ""))
    return Template(name, path, size[0], size[1], elements, table, description)


def _elements(
    raw: object, where: str, name: str, size: tuple[float, float]
) -> tuple[ElementSpec, ...]:
    if not isinstance(raw, list):
        raise TemplateError(name, f'"{where}" is a list of elements')
    return tuple(parse_element(item, f"{where}[{i}]", name, size) for i, item in enumerate(raw))


def _table(raw: object, name: str, size: tuple[float, float]) -> TableSpec:
    if not isinstance(raw, dict) or set(raw) - _TABLE_KEYS or not isinstance(raw.get("rows"), str):
        raise TemplateError(name, f'"table" has "rows" (a field) and keys {sorted(_TABLE_KEYS)}')

    def number(key: str, default: float | None = None) -> float:
        value = raw.get(key, default)
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise TemplateError(name, f"table: {key!r} must be a number of mm")
        return float(value)

    top = number("top")
    bottom = number("bottom", size[1])
    group_by = raw.get("group_by", "")
    if not isinstance(group_by, str):
        raise TemplateError(name, "table: 'group_by' is a field name")
    geometry = TableGeometry(
        top_first=top,
        top_rest=number("top_rest", top),
        header_height=number("header_height", 0),
        row_height=number("row_height"),
        bottom=bottom,
        bottom_last=number("bottom_last", bottom),
        group_height=number("group_height", 0),
        grouped=bool(group_by),
    )
    if geometry.problem() or bottom > size[1]:
        raise TemplateError(name, f"table: {geometry.problem() or 'bottom is below the page'}")
    return TableSpec(
        rows=raw["rows"],
        geometry=geometry,
        header=_elements(raw.get("header", []), "table.header", name, size),
        row=_elements(raw.get("row", []), "table.row", name, size),
        group=_elements(raw.get("group", []), "table.group", name, size),
        group_by=group_by,
    )
