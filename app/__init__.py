"""Warehouse Station domain: pure Python, never imports PySide6."""

__version__ = "0.1.0"
