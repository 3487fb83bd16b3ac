"""Large type for the stations: read from a step away, a scanner in hand."""

from __future__ import annotations

from ui.qt import QWidget


def enlarge(widget: QWidget, factor: float) -> None:
    """Scale the widget's font by ``factor`` (its children follow)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
