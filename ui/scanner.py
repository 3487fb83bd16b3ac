"""Keyboard-wedge scanners: one application-wide event filter tells a
scanner's burst of keys from a person typing, and hands the code over as
``scanned(str)`` wherever the keyboard focus is.

Timing comes only from ``QKeyEvent.timestamp()`` (the window system's key
time), never from a clock read here, so tests drive the filter with events
carrying explicit timestamps. A scanner types a key every 5-20 ms and ends
with Enter or Tab; people type 100+ ms apart.

- A code key that follows the previous one by more than ``max_gap_ms`` may
  start a scan: it is held back (swallowed) and the filter waits.
- Further code keys within ``max_gap_ms`` are held as well.
- A terminator within ``max_gap_ms`` after at least ``min_length`` held
  characters completes the scan: ``scanned`` is emitted and the held keys
  and the terminator are swallowed (the line edit gets no text, Enter
  triggers no button or default action, Tab moves no focus).
- Anything else (a gap too long, a short burst, another key, or no further
  key for ``hold_ms``) replays the held keys to the widgets they were meant
  for, in order; then the key goes on as usual. So a slow typist sees each
  character after at most ``hold_ms``, and never loses one.

``hold_ms`` is a QTimer and only bounds that delay: when it fires, keys are
replayed as typing. If the GUI thread was busy and queued scanner keys
arrive after such a replay, they follow a key the widget already got by
less than ``max_gap_ms``, so they are passed through too: the widget gets
the whole code as typing, and ``scanned`` never carries a truncated code.

Events without a timestamp (``QTest`` key clicks have 0) are typing.

Input methods: a pinyin IME filters key events in the platform layer before
Qt delivers them, so no application filter can see, let alone rescue, the
keys it composes. Scan fields therefore turn the IME off
(:func:`prepare_scan_field`). Qt asks the focused widget
``InputMethodQuery(ImEnabled)`` to decide whether the platform input
context may take its keys; ``WA_InputMethodEnabled`` off answers "no" only
for widgets that do not answer themselves, and QLineEdit answers "yes"
whenever it is editable, so the scan field also gets a small filter that
answers "no". ``ImhLatinOnly`` helps platforms that switch modes by hints.
Keys with text still arrive as ``QKeyEvent`` wherever an IME is enabled but
not composing; a ``QInputMethodEvent`` (a composition or commit) carries no
timestamp, is never part of a scan and passes untouched.
"""

from __future__ import annotations

from app.config import ScannerSection
from ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QInputMethodQueryEvent,
    QKeyEvent,
    QKeySequence,
    QLineEdit,
    QObject,
    Qt,
    QTimer,
    QWidget,
    Signal,
    Slot,
    qobject_is_valid,
)

GS = "\x1d"  # FNC1 of GS1 data; a wedge scanner may send it as Ctrl+]
TERMINATOR_NAMES: dict[str, tuple[int, ...]] = {
    "enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    "tab": (Qt.Key.Key_Tab,),
}
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)

# What a key press does to the burst.
_PASS, _FLUSH, _START, _CONTINUE, _RESTART, _LEAK, _COMPLETE = range(7)


def parse_terminators(text: str) -> frozenset[int]:
    """``"enter,tab"`` -> the Qt keys; raises ValueError naming a bad entry."""
    keys: set[int] = set()
    for name in (n.strip().lower() for n in text.split(",")):
        if name not in TERMINATOR_NAMES:
            raise ValueError(f"unknown scan terminator {name!r} (known: enter, tab)")
        keys.update(int(k) for k in TERMINATOR_NAMES[name])
    return frozenset(keys)


class _InputMethodOff(QObject):
    """Answers "no input method" for the scan field it is installed on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.InputMethodQuery:
            return False
        assert isinstance(event, QInputMethodQueryEvent)
        if not event.queries() & Qt.InputMethodQuery.ImEnabled:
            return False
        watched.event(event)  # the widget answers the other queries (no filters again)
        event.setValue(Qt.InputMethodQuery.ImEnabled, False)
        return True


def prepare_scan_field(widget: QWidget) -> None:
    """Make ``widget`` a scan field: no input method (a pinyin IME would
    compose the scanner's letters), Latin input, no prediction."""
    if widget.findChild(_InputMethodOff) is None:
        widget.installEventFilter(_InputMethodOff(widget))
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    widget.setInputMethodHints(
        Qt.InputMethodHint.ImhLatinOnly
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    if widget.hasFocus():  # let the platform input context ask again
        QApplication.inputMethod().update(Qt.InputMethodQuery.ImEnabled)


class ScannerFilter(QObject):
    """Install once on the QApplication; connect ``scanned`` to whatever
    hands a code to the active screen. ``scanned`` is queued, so a slot may
    open dialogs without running inside a key event."""

    scanned = Signal(str)
    _completed = Signal(str)

    def __init__(
        self,
        min_length: int = 4,
        max_gap_ms: int = 40,
        terminators: str = "enter,tab",
        hold_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if min_length < 1 or max_gap_ms < 1:
            raise ValueError("min_length and max_gap_ms must be positive")
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self.terminators = parse_terminators(terminators)
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._chars = ""
        self._open_presses: list[int] = []  # held presses whose release has not come
        self._swallow_releases: list[int] = []  # releases of a completed scan's keys
        self._last_ts: int | None = None  # timestamp of the last code key seen
        self._replaying = False
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(hold_ms if hold_ms is not None else max(20, 2 * max_gap_ms))
        self._hold_timer.timeout.connect(self.flush)
        self._completed.connect(self.scanned, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def from_config(cls, section: ScannerSection, parent: QObject | None = None) -> ScannerFilter:
        return cls(
            section.min_length,
            section.max_gap_ms,
            section.terminators,
            hold_ms=section.hold_ms,
            parent=parent,
        )

    @property
    def holding(self) -> int:
        """How many key events are held back right now."""
        return len(self._held)

    @Slot()
    def flush(self) -> None:
        """Replay the held keys to their widgets now, as typing."""
        held, self._held = self._held, []
        self._chars = ""
        self._open_presses.clear()
        self._hold_timer.stop()
        self._replaying = True
        try:
            for target, event in held:
                if qobject_is_valid(target):
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._replaying or event.type() not in _KEY_EVENTS or not watched.isWidgetType():
            # Not a key, or the QWindow stage of a key: the widget stage comes next.
            return False
        assert isinstance(event, QKeyEvent)
        if event.type() == QEvent.Type.KeyRelease:
            return self._release(watched, event)
        action = self._decide(event)
        if event.type() == QEvent.Type.ShortcutOverride:
            # A key of a scan must reach us as a KeyPress, not fire a shortcut.
            if action in (_CONTINUE, _COMPLETE):
                event.accept()
                return True
            return False
        return self._press(watched, event, action)

    def _is_code_key(self, event: QKeyEvent) -> bool:
        text, mods = event.text(), event.modifiers()
        if text == GS:
            return True
        # Ctrl, Alt or Meta make a shortcut, but Ctrl+Alt is AltGr on Windows.
        if mods & (_CTRL | _ALT | _META) and not (mods & _CTRL and mods & _ALT):
            return False
        return bool(text) and text.isprintable()

    def _decide(self, event: QKeyEvent) -> int:
        """What this key press would do; no side effects (also asked for
        ShortcutOverride, which precedes the press)."""
        key = event.key()
        if key in _MODIFIER_KEYS:
            return _PASS  # scanners send Shift around capitals
        if event.timestamp() == 0 or event.isAutoRepeat():
            return _FLUSH
        gap = None if self._last_ts is None else event.timestamp() - self._last_ts
        fast = gap is not None and 0 <= gap <= self.max_gap_ms
        if key in self.terminators:
            plain = not event.modifiers() & (_CTRL | _ALT | _META)
            complete = bool(self._held) and fast and plain and len(self._chars) >= self.min_length
            return _COMPLETE if complete else _FLUSH
        if not self._is_code_key(event):
            return _FLUSH
        if self._held:
            return _CONTINUE if fast else _RESTART
        return _LEAK if fast else _START

    def _press(self, target: QObject, event: QKeyEvent, action: int) -> bool:
        if action == _PASS:
            return False
        self._swallow_releases.clear()
        if action == _COMPLETE:
            code = self._chars
            self._swallow_releases = [*self._open_presses, event.key()]
            self._held, self._chars = [], ""
            self._open_presses.clear()
            self._hold_timer.stop()
            self._last_ts = None  # the next key starts afresh, whatever its timing
            self._completed.emit(code)
            return True
        if action in (_FLUSH, _RESTART):
            self.flush()
            if action == _FLUSH:
                return False
        self._last_ts = event.timestamp()
        if action == _LEAK:
            return False  # follows a key the widget already got: typing
        self._held.append((target, event.clone()))
        self._chars += event.text()
        self._open_presses.append(event.key())
        self._hold_timer.start()
        return True

    def _release(self, target: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._held and key in self._open_presses:
            self._open_presses.remove(key)
            self._held.append((target, event.clone()))
            return True
        if key in self._swallow_releases:
            self._swallow_releases.remove(key)
            return True
        return False


PassKey = QKeySequence.StandardKey | Qt.Key | str


class EmptyFieldKeys(QObject):
    """An empty scan field lets ``keys`` through to the screen's shortcuts: a
    line edit would take Ctrl+Z (its own undo), Backspace or Ctrl+Del itself.

    A key is a standard key (Undo, as the platform spells it), a bare key
    (Backspace, with any modifier) or an exact combination ("Ctrl+Del").
    """

    def __init__(self, keys: tuple[PassKey, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = keys

    def _matches(self, event: QKeyEvent) -> bool:
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                if event.matches(key):
                    return True
            elif isinstance(key, Qt.Key):
                if event.key() == key:
                    return True
            elif event.keyCombination().toCombined() == QKeySequence(key)[0].toCombined():
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Swallowed, not accepted: the shortcut map then gets the key.
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
            and not watched.text()
            and self._matches(event)
        )


def pass_keys_when_empty(field: QLineEdit, *keys: PassKey) -> EmptyFieldKeys:
    """Install :class:`EmptyFieldKeys` on a scan field (kept alive by it)."""
    keys_filter = EmptyFieldKeys(keys, field)
    field.installEventFilter(keys_filter)
    return keys_filter
