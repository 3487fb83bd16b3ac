"""The domain package ``app`` stays free of Qt and of the UI package.

Anki's split: the core has no Qt and the UI imports it, never the reverse. A
Qt import under ``app/`` would make every service need a display to test and
would tie the domain to a Qt version; an ``app`` -> ``ui`` import would make
the layers circular.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
QT_PACKAGES = {"PySide6", "shiboken6"}


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every absolute module name the file imports, with its line.

    Covers ``import x``, ``from x import y`` and the dynamic forms
    ``importlib.import_module("x")`` / ``__import__("x")`` with a literal name.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append((node.lineno, first.value))
    return found


def _offending_imports(roots: set[str]) -> list[str]:
    offences = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in _imported_modules(tree):
            if module.split(".")[0] in roots:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return offences


def test_app_package_has_python_files() -> None:
    # Guards the checks below against walking an empty or moved folder.
    files = list(APP.rglob("*.py"))
    assert len(files) >= 10
    assert APP / "services" / "auth.py" in files


def test_app_never_imports_qt() -> None:
    offences = _offending_imports(QT_PACKAGES)
    assert not offences, "the domain must not import Qt:\n" + "\n".join(offences)


def test_app_never_imports_ui() -> None:
    offences = _offending_imports({"ui"})
    assert not offences, "app/ must not import the UI package:\n" + "\n".join(offences)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore\n", "PySide6.QtCore"),
        ("from PySide6 import QtWidgets\n", "PySide6"),
        ("import shiboken6\n", "shiboken6"),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')\n", "PySide6.QtGui"),
        ("from ui.qt import QWidget\n", "ui.qt"),
    ],
)
def test_import_finder_sees_every_form(source: str, expected: str) -> None:
    """The checker itself must catch each way of importing, or the tests above
    would pass vacuously."""
    modules = [m for _line, m in _imported_modules(ast.parse(source))]
    assert expected in modules


def test_import_finder_ignores_relative_and_lookalike_names() -> None:
    source = "from . import ui\nimport uikit\nfrom app.ui_text import x\n"
    modules = {m.split(".")[0] for _line, m in _imported_modules(ast.parse(source))}
    assert not modules & (QT_PACKAGES | {"ui"})
