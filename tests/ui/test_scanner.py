"""The keyboard-wedge filter, driven by real key events with explicit
timestamps: scans are taken out of the key stream, typing is left alone."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config import ScannerSection, load_config
from tests.ui.keyboard import NO_MODS, SCANNER_GAP, TYPING_GAP, Keyboard
from ui.qt import (
    QApplication,
    QEvent,
    QInputMethodEvent,
    QInputMethodQueryEvent,
    QKeyEvent,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    qobject_is_valid,
)
from ui.scanner import ScannerFilter, parse_terminators, prepare_scan_field


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("OK")
        self.returns: list[str] = []
        self.clicks = 0
        layout = QVBoxLayout(self)
        for widget in (self.edit, self.other, self.button):
            layout.addWidget(widget)
        self.edit.returnPressed.connect(self._returned)
        self.button.clicked.connect(self._clicked)

    def _returned(self) -> None:
        self.returns.append(self.edit.text())

    def _clicked(self) -> None:
        self.clicks += 1


@pytest.fixture
def scanner(qapp: QApplication) -> Iterator[ScannerFilter]:
    scanner_filter = ScannerFilter(min_length=4, max_gap_ms=40)
    qapp.installEventFilter(scanner_filter)
    yield scanner_filter
    qapp.removeEventFilter(scanner_filter)
    scanner_filter.flush()


@pytest.fixture
def scans(scanner: ScannerFilter) -> list[str]:
    got: list[str] = []
    scanner.scanned.connect(got.append)
    return got


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.edit, timeout=2000)
    return widget


@pytest.fixture
def keys() -> Keyboard:
    return Keyboard()


def settle() -> None:
    """Deliver what is already queued (the queued ``scanned``), nothing more."""
    QApplication.processEvents()


def test_fast_burst_ending_in_enter_is_emitted_once_and_not_typed(
    qtbot: QtBot, scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    with qtbot.waitSignal(scanner.scanned, timeout=2000) as signal:
        keys.scan("SF1234567890123")
    assert signal.args == ["SF1234567890123"]
    settle()
    assert scans == ["SF1234567890123"]
    assert form.edit.text() == ""
    assert form.returns == []  # Enter was swallowed too
    assert scanner.holding == 0


def test_slow_typing_reaches_the_line_edit_intact(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.type("abc1", gap=TYPING_GAP)
    keys.enter(gap=TYPING_GAP)
    assert form.edit.text() == "abc1"
    assert form.returns == ["abc1"]
    settle()
    assert scans == []


def test_last_typed_key_shows_after_the_hold_time(
    qtbot: QtBot, scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.type("ab7", gap=TYPING_GAP)
    assert form.edit.text() == "ab"  # "7" might still start a scan
    qtbot.waitUntil(lambda: form.edit.text() == "ab7", timeout=2000)
    assert scans == []


def test_short_fast_burst_is_replayed_to_the_line_edit(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    keys.type("12")
    keys.enter()
    assert form.edit.text() == "12"
    assert form.returns == ["12"]
    settle()
    assert scans == []


def test_minimum_length_is_inclusive(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.scan("1234")
    keys.scan("567")
    settle()
    assert scans == ["1234"]
    assert form.edit.text() == "567"


def test_pause_inside_a_burst_makes_it_typing(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    keys.type("US")
    keys.type("R0", gap=120)
    keys.enter(gap=120)
    settle()
    assert scans == []
    assert form.returns == ["USR0"]


def test_typing_then_scanning_keeps_the_typed_text(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.type("abc", gap=TYPING_GAP)
    keys.now += 300
    keys.type("USR0001")
    keys.enter()
    settle()
    assert scans == ["USR0001"]
    assert form.edit.text() == "abc"
    assert form.returns == []


def test_keys_queued_behind_an_early_replay_never_make_a_truncated_scan(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    """The hold timer fired (GUI busy) after the first key of a scan: the rest
    follows a key the line edit already got, so it is typed, not scanned."""
    keys.now += 1000
    keys.type("S")
    scanner.flush()  # what the hold timer does
    keys.type("F1234567890123")
    keys.enter()
    settle()
    assert scans == []
    assert form.returns == ["SF1234567890123"]


def test_tab_terminates_and_moves_no_focus(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.scan("A-01-01", end="tab")
    settle()
    assert scans == ["A-01-01"]
    assert QApplication.focusWidget() is form.edit
    assert form.edit.text() == ""


def test_tab_is_typing_when_not_a_terminator(
    qapp: QApplication, form: Form, keys: Keyboard
) -> None:
    enter_only = ScannerFilter(terminators="enter")
    got: list[str] = []
    enter_only.scanned.connect(got.append)
    qapp.installEventFilter(enter_only)
    try:
        keys.scan("A-01-01", end="tab")
        settle()
    finally:
        qapp.removeEventFilter(enter_only)
    assert got == []
    assert form.edit.text() == "A-01-01"
    assert QApplication.focusWidget() is form.other


@pytest.mark.parametrize("where", ["other", "button"])
def test_burst_is_delivered_wherever_the_focus_is(
    qtbot: QtBot, scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard, where: str
) -> None:
    target: QWidget = getattr(form, where)
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)
    keys.scan("CMD:CONFIRM")
    settle()
    assert scans == ["CMD:CONFIRM"]
    assert form.edit.text() == form.other.text() == ""
    assert form.clicks == 0  # Enter on a focused button clicks it: not for a scan


def test_scanner_shift_around_capitals_keeps_the_burst(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    for char in "Sf12":
        if char.isupper():
            keys.key(Qt.Key.Key_Shift, gap=2, release=False)
            keys.key(ord(char), char, gap=3, mods=Qt.KeyboardModifier.ShiftModifier)
            keys._send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, "", NO_MODS, keys.now + 3, False)
        else:
            keys.type(char)
    keys.enter()
    settle()
    assert scans == ["Sf12"]
    assert form.edit.text() == ""


def test_gs_sent_as_ctrl_bracket_is_part_of_the_code(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    keys.type("10AB")
    keys.key(Qt.Key.Key_BracketRight, "\x1d", mods=Qt.KeyboardModifier.ControlModifier)
    keys.type("21C")
    keys.enter()
    settle()
    assert scans == ["10AB\x1d21C"]


def test_a_shortcut_or_another_key_interrupts_a_burst(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    keys.type("12345")
    keys.key(Qt.Key.Key_Backspace)
    keys.enter()
    settle()
    assert scans == []
    assert form.edit.text() == "1234"


def test_events_without_timestamps_are_typing(
    qtbot: QtBot, scanner: ScannerFilter, scans: list[str], form: Form
) -> None:
    """QTest key clicks carry timestamp 0: the other screens' tests type as before."""
    qtbot.keyClicks(form.edit, "USR0001")
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    settle()
    assert scans == []
    assert form.returns == ["USR0001"]


def test_auto_repeat_is_typing(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    for _ in range(6):
        keys.key(Qt.Key.Key_0, "0", gap=30, release=False, repeat=True)
    keys.enter()
    settle()
    assert scans == []
    assert form.returns == ["000000"]


def test_shortcut_override_is_claimed_only_inside_a_burst(
    scanner: ScannerFilter, form: Form, keys: Keyboard, qtbot: QtBot
) -> None:
    """A shortcut must not steal a scan's keys (Qt asks with ShortcutOverride
    before the key press), but the first key of a burst may still be typing."""
    form.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.button, timeout=2000)

    def override(key: int, text: str, ts: int) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, NO_MODS, text)
        event.setTimestamp(ts)
        event.ignore()
        QApplication.sendEvent(form.button, event)
        return event.isAccepted()

    keys.now += 1000
    assert not override(Qt.Key.Key_1, "1", keys.now + SCANNER_GAP)
    keys.type("1234")
    assert override(Qt.Key.Key_5, "5", keys.now + SCANNER_GAP)
    assert override(Qt.Key.Key_Return, "\r", keys.now + SCANNER_GAP)
    assert not override(Qt.Key.Key_5, "5", keys.now + 500)
    scanner.flush()


def test_held_keys_for_a_deleted_widget_are_dropped(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    keys.now += 1000
    keys.type("US")
    assert scanner.holding == 4  # two presses, two releases
    form.edit.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not qobject_is_valid(form.edit)
    scanner.flush()
    assert scanner.holding == 0


# ---------------------------------------------------------------- input methods


def ask_input_method(widget: QWidget) -> tuple[object, object]:
    """What Qt asks before letting the platform IME take the widget's keys."""
    wanted = Qt.InputMethodQuery.ImEnabled | Qt.InputMethodQuery.ImSurroundingText
    query = QInputMethodQueryEvent(wanted)
    QApplication.sendEvent(widget, query)
    return (
        query.value(Qt.InputMethodQuery.ImEnabled),
        query.value(Qt.InputMethodQuery.ImSurroundingText),
    )


def test_prepare_scan_field_turns_the_input_method_off(form: Form) -> None:
    form.edit.setText("SF")
    assert ask_input_method(form.edit) == (True, "SF")
    form.edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    assert ask_input_method(form.edit) == (True, "SF")  # QLineEdit ignores the attribute
    prepare_scan_field(form.edit)
    prepare_scan_field(form.edit)  # twice is harmless
    assert ask_input_method(form.edit) == (False, "SF")  # other answers unchanged
    assert form.edit.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    assert ask_input_method(form.other)[0] is True  # a remarks field keeps its pinyin


def test_input_method_commit_passes_and_scans_still_work(
    scanner: ScannerFilter, scans: list[str], form: Form, keys: Keyboard
) -> None:
    """A Chinese remark committed by pinyin reaches the field untouched; a
    composition in progress does not stop the next scan's key events."""
    commit = QInputMethodEvent()
    commit.setCommitString("送长辈的")
    QApplication.sendEvent(form.edit, commit)
    assert form.edit.text() == "送长辈的"
    preedit = QInputMethodEvent("bao", [])
    QApplication.sendEvent(form.edit, preedit)
    keys.scan("YT2123456789012")
    settle()
    assert scans == ["YT2123456789012"]
    assert form.edit.text() == "送长辈的"


# ---------------------------------------------------------------- settings


def test_settings_come_from_the_config_file(station_home: Path) -> None:
    path = station_home / "config" / "station.toml"
    path.parent.mkdir(parents=True)
    path.write_text(
        textwrap.dedent(
            """
            [scanner]
            min_length = 6
            max_gap_ms = 30
            terminators = "tab"
            serial_url = "/dev/ttyACM0"
            serial_baud = 115200
            """
        ),
        encoding="utf-8",
    )
    config = load_config()
    assert config.scanner == ScannerSection(6, 30, "tab", "/dev/ttyACM0", 115200)
    made = ScannerFilter.from_config(config.scanner)
    assert (made.min_length, made.max_gap_ms) == (6, 30)
    assert made.terminators == {Qt.Key.Key_Tab}
    assert load_config(path=None).scanner.serial_baud == 115200


def test_defaults_and_bad_settings() -> None:
    assert ScannerSection() == ScannerSection(4, 40, "enter,tab", "", 9600)
    assert parse_terminators(" Enter , tab") == {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Tab,
    }
    with pytest.raises(ValueError, match="'space'"):
        parse_terminators("enter,space")
    with pytest.raises(ValueError):
        ScannerFilter(min_length=0)
