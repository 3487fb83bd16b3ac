"""The ship stations' verdict panel: a green flash that fades, red that stays
until the next good action, each with its tone requested (R-VER-2)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.sounds import Sounds, Tone
from ui.widgets.verdict_panel import FLASH_MS, Verdict, VerdictPanel


def make_panel(qtbot: QtBot, tmp_path: Path) -> VerdictPanel:
    panel = VerdictPanel(Sounds(tmp_path))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_good_scan_flashes_green_then_fades(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, tmp_path)
    panel.show_ok("✓ T1-250", "2 of 2")
    assert panel.verdict is Verdict.OK and panel.sounds.last_played is Tone.OK
    assert panel.flashing and "#1b7f3b" in panel.styleSheet()
    assert panel.fade_timer.isActive() and panel.fade_timer.interval() == FLASH_MS
    with qtbot.waitSignal(panel.fade_timer.timeout):
        pass
    assert not panel.flashing and "#1b7f3b" not in panel.styleSheet()
    assert panel.verdict is Verdict.OK  # what was said stays said
    assert panel.text == "✓ T1-250\n2 of 2"  # still readable after the flash


def test_red_stays_until_the_next_good_action(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, tmp_path)
    panel.show_ok("ok")
    panel.show_error("Wrong item", "put it back")
    assert panel.is_error and panel.sounds.last_played is Tone.ERROR
    assert not panel.fade_timer.isActive()  # a stop never fades
    assert "#c62828" in panel.styleSheet()
    assert panel.detail.isVisibleTo(panel)
    panel.show_done("Verified")
    assert panel.verdict is Verdict.DONE and not panel.is_error and not panel.flashing
    assert "#1b7f3b" in panel.styleSheet()
    assert panel.sounds.last_played is Tone.DONE and not panel.fade_timer.isActive()
    assert not panel.detail.isVisibleTo(panel)


def test_info_is_silent_and_stop_ends_the_timer(qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(qtbot, tmp_path)
    panel.show_info("Scan the delivery note")
    assert panel.verdict is Verdict.INFO and panel.sounds.last_played is None
    panel.show_ok("ok")
    panel.stop()
    assert not panel.fade_timer.isActive()
    panel.clear()
    assert panel.verdict is Verdict.IDLE and panel.text == ""
