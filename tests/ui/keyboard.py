"""Key events as a window system sends them, with explicit timestamps: a
scanner's burst or a person's typing."""

from __future__ import annotations

from ui.qt import QApplication, QEvent, QKeyEvent, Qt

SCANNER_GAP = 8  # ms between a scanner's keys
TYPING_GAP = 160  # ms between a person's keys
NO_MODS = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Sends press/release pairs with explicit timestamps to the focused
    widget, as the window system would."""

    def __init__(self) -> None:
        self.now = 5_000_000  # ms; a window system's key clock is never 0

    def key(
        self,
        key: int,
        text: str = "",
        gap: int = SCANNER_GAP,
        mods: Qt.KeyboardModifier = NO_MODS,
        release: bool = True,
        repeat: bool = False,
    ) -> None:
        self.now += gap
        self._send(QEvent.Type.KeyPress, key, text, mods, self.now, repeat)
        if release:
            self._send(QEvent.Type.KeyRelease, key, text, mods, self.now + 2, repeat)

    def type(self, text: str, gap: int = SCANNER_GAP) -> None:
        for char in text:
            self.key(ord(char.upper()), char, gap)

    def enter(self, gap: int = SCANNER_GAP) -> None:
        self.key(Qt.Key.Key_Return, "\r", gap)

    def tab(self, gap: int = SCANNER_GAP) -> None:
        self.key(Qt.Key.Key_Tab, "\t", gap)

    def scan(self, code: str, end: str = "enter") -> None:
        self.now += 1000  # a while after whatever came before
        self.type(code)
        self.enter() if end == "enter" else self.tab()

    @staticmethod
    def _send(
        kind: QEvent.Type, key: int, text: str, mods: Qt.KeyboardModifier, ts: int, repeat: bool
    ) -> None:
        event = QKeyEvent(kind, key, mods, text, repeat)
        event.setTimestamp(ts)
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        QApplication.sendEvent(target, event)
