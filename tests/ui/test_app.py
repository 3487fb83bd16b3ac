"""Starting the window: refusals and unexpected errors reach the person."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.config import Config
from app.db.engine import Database
from ui.app import _show_uncaught, run_gui


def close_next_dialog(seen: list[str]) -> None:
    """Read and close the next modal dialog, as a person would click OK."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    QTimer.singleShot(20, close)


def test_newer_schema_shows_a_message_and_leaves_the_database_alone(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, config: Config
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    seen: list[str] = []
    close_next_dialog(seen)
    assert run_gui(None, db.url) == 3
    assert seen and "更新版本" in seen[0] and "9999_future" in seen[0]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
    log = (config.paths.log_dir / "station.log").read_text(encoding="utf-8")
    assert "cannot open the database" in log


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    close_next_dialog(seen)
    try:
        raise RuntimeError("scale exploded")
    except RuntimeError as exc:
        _show_uncaught(type(exc), exc, exc.__traceback__)
    assert seen and "scale exploded" in seen[0]
    assert any("uncaught exception" in r.message for r in caplog.records)


def test_bad_config_file_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    config_file = tmp_path / "bad.toml"
    config_file.write_text("[scale]\nbaud = 'fast'\n", encoding="utf-8")
    seen: list[str] = []
    close_next_dialog(seen)
    assert run_gui(config_file, None) == 2
    assert seen and "baud" in seen[0]
