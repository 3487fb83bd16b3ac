"""Short tones for the ship stations: ok (a good scan), error (a stop), done
(an order finished). The person looks at the parcel, not the screen; the ear
tells a good scan from a stop.

The tones are written once with :mod:`wave` into the data folder and played
through QtMultimedia's ``QSoundEffect``. Without QtMultimedia (on Linux it
needs libpulse) or without an audio output the station stays silent: one
line in the log at INFO, no exception, no Qt warning. Whatever happens,
:attr:`Sounds.last_played` and :attr:`Sounds.requested` record what was asked
for, so tests (and a deaf station) can tell an error tone was requested.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.config import Paths
from ui.qt import QCoreApplication, QObject, QUrl, Signal, load_multimedia

log = logging.getLogger(__name__)

RATE = 22_050


class Tone(StrEnum):
    OK = "ok"
    ERROR = "error"
    DONE = "done"


# (frequency Hz, milliseconds) per note: a short high beep, a low double buzz,
# a rising pair.
NOTES: dict[Tone, tuple[tuple[int, int], ...]] = {
    Tone.OK: ((1760, 90),),
    Tone.ERROR: ((220, 180), (0, 60), (220, 180)),
    Tone.DONE: ((1319, 110), (1760, 160)),
}


def tone_samples(notes: tuple[tuple[int, int], ...], volume: float = 0.5) -> bytes:
    """16-bit mono PCM; each note ramps in and out over 5 ms so it does not click."""
    frames = bytearray()
    ramp = RATE * 5 // 1000
    for frequency, ms in notes:
        count = RATE * ms // 1000
        for i in range(count):
            envelope = min(1.0, i / ramp, (count - 1 - i) / ramp) if ramp else 1.0
            value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * volume * envelope * value))
    return bytes(frames)


def write_tones(folder: Path) -> dict[Tone, Path]:
    """The tones as WAV files in ``folder``; written once (kept when present)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[Tone, Path] = {}
    for tone, notes in NOTES.items():
        path = folder / f"{tone.value}.wav"
        if not path.exists():
            partial = path.with_suffix(".tmp")
            with wave.open(str(partial), "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(RATE)
                out.writeframes(tone_samples(notes))
            partial.replace(path)
        paths[tone] = path
    return paths


class Sounds(QObject):
    """Plays the tones when the station can; always records the request."""

    requested = Signal(str)  # the Tone's value, whether or not it could be heard

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_played: Tone | None = None
        self.silent_reason = ""
        self._effects: dict[Tone, Any] = {}  # QSoundEffect, when QtMultimedia loads
        self._folder = folder
        self._ready = False

    @property
    def audible(self) -> bool:
        """Whether the tones reach a speaker (decided on the first play)."""
        self._prepare()
        return bool(self._effects)

    def play(self, tone: Tone) -> None:
        """Ask for ``tone``; never raises, never blocks."""
        self.last_played = tone
        self.requested.emit(tone.value)
        self._prepare()
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()

    def _prepare(self) -> None:
        if self._ready:
            return
        self._ready = True
        loaded = load_multimedia()
        if isinstance(loaded, str):
            self._silent(f"QtMultimedia cannot be loaded ({loaded})")
            return
        sound_effect, media_devices = loaded
        outputs: Any = media_devices
        if not outputs.audioOutputs():
            self._silent("no audio output device")
            return
        try:
            paths = write_tones(self._folder or Paths.default().data_dir / "sounds")
        except OSError as exc:
            self._silent(f"the tones cannot be written ({exc})")
            return
        for tone, path in paths.items():
            effect: Any = sound_effect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[tone] = effect
        log.info("sound on: tones from %s", path.parent)

    def _silent(self, reason: str) -> None:
        self.silent_reason = reason
        log.info("sound off: %s", reason)  # once: _prepare runs once


_shared: Sounds | None = None


def shared_sounds() -> Sounds:
    """The station's one player (the tones load once), owned by the application."""
    global _shared
    if _shared is None:
        _shared = Sounds(parent=QCoreApplication.instance())
    return _shared
