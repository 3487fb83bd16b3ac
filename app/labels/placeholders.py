"""``{placeholders}`` in template texts: dotted paths into the data, filters.

A missing value is an error that names the template and the field: a label
must never go out with "None" or an empty recipient. Only the ``default``
filter makes a field optional.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_MOBILE = re.compile(r"^(?:\+?86[- ]?)?(1\d{10})(?:[-转#,，](\d{1,6}))?$")


class TemplateError(ValueError):
    """A template that cannot be read or filled; names the template and the
    field so a shop that edited a file can find its mistake."""

    def __init__(self, template: str, message: str, field: str = "") -> None:
        self.template = template
        self.field = field
        where = f" (field {field!r})" if field else ""
        super().__init__(f"label template {template!r}{where}: {message}")


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number (``138****1234``), as couriers print
    it; a platform's extension (``-1234``) stays readable for the courier."""
    compact = re.sub(r"\s+", "", phone)
    if not compact:
        return ""
    match = _MOBILE.match(compact)
    if match:
        number, extension = match.groups()
        masked = f"{number[:3]}****{number[-4:]}"
        return f"{masked}-{extension}" if extension else masked
    head, separator, local = compact.rpartition("-")
    if separator and local.isdigit() and len(local) >= 7:  # a landline: 0571-****6666
        return f"{head}-****{local[-4:]}"
    digits = "".join(c for c in compact if c.isdigit())
    if len(digits) >= 7:
        return f"{digits[:3]}****{digits[-4:]}"
    return "****" + digits[-2:]  # too short to show both ends


FILTERS: dict[str, Callable[[str, str], str]] = {
    "mask_phone": lambda value, _arg: mask_phone(value),
    "upper": lambda value, _arg: value.upper(),
    "lower": lambda value, _arg: value.lower(),
    "strip": lambda value, _arg: value.strip(),
    "default": lambda value, arg: value or arg,
    "prefix": lambda value, arg: arg + value if value else "",
    "suffix": lambda value, arg: value + arg if value else "",
}


@dataclass(frozen=True)
class Field:
    """One ``{path|filter:arg|...}``."""

    path: str
    filters: tuple[tuple[str, str], ...] = ()

    @property
    def optional(self) -> bool:
        return any(name == "default" for name, _ in self.filters)


Part = str | Field


def parse(text: str, template: str, where: str = "") -> tuple[Part, ...]:
    """Split a template text into literal strings and fields; ``{{`` and
    ``}}`` are literal braces. ``where`` names the element in errors."""
    at = f"{where}: " if where else ""
    parts: list[Part] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in "{}" and text[i : i + 2] in ("{{", "}}"):
            literal.append(char)
            i += 2
        elif char == "{":
            end = text.find("}", i)
            if end < 0:
                raise TemplateError(template, f"{at}unclosed '{{' in {text!r}")
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(_parse_field(text[i + 1 : end], template, at))
            i = end + 1
        elif char == "}":
            raise TemplateError(template, f"{at}stray '}}' in {text!r} (write '}}}}' for a brace)")
        else:
            literal.append(char)
            i += 1
    if literal:
        parts.append("".join(literal))
    return tuple(parts)


def _parse_field(inner: str, template: str, at: str) -> Field:
    path, *chain = inner.split("|")
    path = path.strip()
    if not path or not all(segment for segment in path.split(".")):
        raise TemplateError(template, f"{at}empty or malformed field {{{inner}}}")
    filters = []
    for item in chain:
        name, _, arg = item.partition(":")
        name = name.strip()
        if name not in FILTERS:
            known = ", ".join(sorted(FILTERS))
            raise TemplateError(template, f"{at}unknown filter {name!r} (known: {known})", path)
        filters.append((name, arg))
    return Field(path, tuple(filters))


class Missing(LookupError):
    """A path that leads nowhere in any scope."""


def lookup(scopes: Sequence[Mapping[str, Any]], path: str) -> Any:
    """The value at a dotted path (``recipient.name``, ``lines.0.name``) in
    the first scope that has its first segment."""
    head, *rest = path.split(".")
    for scope in scopes:
        if head in scope:
            value = scope[head]
            break
    else:
        raise Missing(path)
    for segment in rest:
        if isinstance(value, Mapping) and segment in value:
            value = value[segment]
        elif (
            isinstance(value, Sequence)
            and not isinstance(value, str)
            and segment.isdigit()
            and int(segment) < len(value)
        ):
            value = value[int(segment)]
        else:
            raise Missing(path)
    if value is None:
        raise Missing(path)
    return value


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render(parts: Sequence[Part], scopes: Sequence[Mapping[str, Any]], template: str) -> str:
    """Fill the parts from the scopes (the first that knows a name wins)."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        try:
            value = as_text(lookup(scopes, part.path))
        except Missing:
            if not part.optional:
                raise TemplateError(template, "no such value in the data", part.path) from None
            value = ""
        for name, arg in part.filters:
            value = FILTERS[name](value, arg)
        out.append(value)
    return "".join(out)


def truthy(scopes: Sequence[Mapping[str, Any]], condition: str) -> bool:
    """An ``"if"``: the path exists and is not empty/false/zero; ``!path``
    negates. A missing path is false: that is what optional means."""
    negate = condition.startswith("!")
    try:
        value = bool(lookup(scopes, condition.lstrip("!").strip()))
    except Missing:
        value = False
    return value != negate
