"""The ship stations' verdict: a very large full-width panel read from a metre
away while the hands hold the parcel and the scanner.

- ok: a green flash for a good scan, with the ok tone; it fades back to
  neutral after :data:`FLASH_MS` (the text stays readable, and
  :attr:`VerdictPanel.verdict` stays ``OK``: only :attr:`flashing` ends, so
  what the panel says never depends on how fast a test or a person reads);
- done: green that stays, with the done tone (an order finished);
- error: red that stays until the next good action, with the error tone
  (R-VER-2: a stop must be seen and heard);
- info: neutral, silent (what to scan next, set aside ...).

A big reason line and a smaller detail line. The colours are those of
:mod:`ui.widgets.result_panel`, so every screen speaks one colour language.
"""

from __future__ import annotations

from enum import StrEnum

from ui.qt import QFrame, QLabel, Qt, QTimer, QVBoxLayout, QWidget
from ui.sounds import Sounds, Tone, shared_sounds

FLASH_MS = 600
GREEN, RED = "#1b7f3b", "#c62828"
REASON_SCALE, DETAIL_SCALE = 2.4, 1.4


class Verdict(StrEnum):
    IDLE = "idle"  # neutral: nothing said yet, or cleared
    INFO = "info"
    OK = "ok"
    DONE = "done"
    ERROR = "error"


_STYLES = {
    Verdict.IDLE: ("#eeeeee", "#424242"),
    Verdict.INFO: ("#e3f2fd", "#0d47a1"),
    Verdict.OK: (GREEN, "white"),
    Verdict.DONE: (GREEN, "white"),
    Verdict.ERROR: (RED, "white"),
}


def _scaled(label: QLabel, factor: float, bold: bool) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class VerdictPanel(QFrame):
    """What the last action did, huge; see the module docstring."""

    def __init__(self, sounds: Sounds | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.sounds = sounds if sounds is not None else shared_sounds()
        self.verdict = Verdict.IDLE
        self.flashing = False  # an ok verdict still green (until FLASH_MS)
        self.reason = QLabel()
        self.reason.setObjectName("verdictReason")
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        for label, factor, bold in (
            (self.reason, REASON_SCALE, True),
            (self.detail, DETAIL_SCALE, False),
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            _scaled(label, factor, bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.reason)
        layout.addWidget(self.detail)
        self.setMinimumHeight(self.reason.fontMetrics().height() * 2 + 40)
        self.fade_timer = QTimer(self)
        self.fade_timer.setSingleShot(True)
        self.fade_timer.setInterval(FLASH_MS)
        self.fade_timer.timeout.connect(self._fade)
        self._paint()

    # --- what the screens call ----------------------------------------

    def show_ok(self, reason: str, detail: str = "") -> None:
        """A good scan: green flash and the ok tone; fades after FLASH_MS."""
        self._say(Verdict.OK, reason, detail, Tone.OK)
        self.flashing = True
        self._paint()
        self.fade_timer.start()

    def show_done(self, reason: str, detail: str = "") -> None:
        """Finished (an order verified, packed, shipped): green that stays."""
        self._say(Verdict.DONE, reason, detail, Tone.DONE)

    def show_error(self, reason: str, detail: str = "") -> None:
        """A stop: red that stays until the next good action, error tone."""
        self._say(Verdict.ERROR, reason, detail, Tone.ERROR)

    def show_info(self, reason: str, detail: str = "") -> None:
        """Neutral and silent: what to do next."""
        self._say(Verdict.INFO, reason, detail, None)

    def clear(self) -> None:
        self._say(Verdict.IDLE, "", "", None)

    def stop(self) -> None:
        """Stop the fade timer (the screen is going away)."""
        self.fade_timer.stop()

    @property
    def is_error(self) -> bool:
        return self.verdict is Verdict.ERROR

    @property
    def text(self) -> str:
        """Reason and detail, as one would read them aloud (tests, logs)."""
        return "\n".join(t for t in (self.reason.text(), self.detail.text()) if t)

    # --- inside ---------------------------------------------------------

    def _say(self, verdict: Verdict, reason: str, detail: str, tone: Tone | None) -> None:
        self.fade_timer.stop()
        self.verdict = verdict
        self.flashing = False
        self.reason.setText(reason)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._paint()
        if tone is not None:
            self.sounds.play(tone)

    def _fade(self) -> None:
        self.flashing = False
        self._paint()

    def _paint(self) -> None:
        faded = self.verdict is Verdict.OK and not self.flashing
        background, colour = _STYLES[Verdict.IDLE if faded else self.verdict]
        self.setStyleSheet(
            f"#verdictPanel{{background:{background};border-radius:12px;}}"
            f"#verdictPanel QLabel{{color:{colour};background:transparent;}}"
        )
