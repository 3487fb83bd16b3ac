"""The ship stations' tones: written once as WAV files, played when the
station has QtMultimedia and a speaker, silently skipped otherwise; the
request is always recorded (what the screens' tests assert)."""

from __future__ import annotations

import logging
import wave
from pathlib import Path
from typing import Any

import pytest

import ui.sounds
from ui.sounds import NOTES, RATE, Sounds, Tone, write_tones


def test_tones_are_short_mono_wav_files_written_once(tmp_path: Path) -> None:
    paths = write_tones(tmp_path / "sounds")
    assert set(paths) == set(Tone)
    for tone, path in paths.items():
        with wave.open(str(path)) as played:
            assert (played.getnchannels(), played.getsampwidth(), played.getframerate()) == (
                1,
                2,
                RATE,
            )
            seconds = played.getnframes() / RATE
        assert 0.05 < seconds < 0.6, tone
        assert seconds == pytest.approx(sum(ms for _, ms in NOTES[tone]) / 1000, abs=0.01)
    before = {p: p.stat().st_mtime_ns for p in paths.values()}
    assert write_tones(tmp_path / "sounds") == paths
    assert {p: p.stat().st_mtime_ns for p in paths.values()} == before


def test_without_qtmultimedia_the_station_is_silent_and_says_so_once(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # as on a station without libpulse: "libpulse.so.0: cannot open shared object file"
    monkeypatch.setattr(ui.sounds, "load_multimedia", lambda: "libpulse.so.0: missing")
    sounds = Sounds(tmp_path)
    requested: list[str] = []
    sounds.requested.connect(requested.append)
    with caplog.at_level(logging.INFO, logger="ui.sounds"):
        sounds.play(Tone.ERROR)
        sounds.play(Tone.OK)
        sounds.play(Tone.DONE)
    assert requested == ["error", "ok", "done"] and sounds.last_played is Tone.DONE
    assert not sounds.audible and "libpulse" in sounds.silent_reason
    assert [r.getMessage() for r in caplog.records] == [
        "sound off: QtMultimedia cannot be loaded (libpulse.so.0: missing)"
    ]
    assert caplog.records[0].levelno == logging.INFO
    assert not list(tmp_path.iterdir())  # nothing written for a silent station


def test_the_real_qtmultimedia_of_this_machine_never_raises(qapp: object, tmp_path: Path) -> None:
    sounds = Sounds(tmp_path)
    sounds.play(Tone.OK)
    assert sounds.last_played is Tone.OK
    assert sounds.audible or sounds.silent_reason


class _FakeDevices:
    outputs: list[str] = []

    @classmethod
    def audioOutputs(cls) -> list[str]:  # noqa: N802 - Qt's name
        return cls.outputs


class _FakeEffect:
    played: list[str] = []

    def __init__(self, parent: object) -> None:
        self.source = ""

    def setSource(self, url: Any) -> None:  # noqa: N802 - Qt's name
        self.source = url.toLocalFile()

    def play(self) -> None:
        _FakeEffect.played.append(Path(self.source).name)


def test_no_audio_device_is_silent(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_FakeDevices, "outputs", [])
    monkeypatch.setattr(ui.sounds, "load_multimedia", lambda: (_FakeEffect, _FakeDevices))
    sounds = Sounds(tmp_path)
    sounds.play(Tone.ERROR)
    assert sounds.silent_reason == "no audio output device" and not sounds.audible


def test_with_a_speaker_each_tone_plays_its_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_FakeDevices, "outputs", ["speaker"])
    monkeypatch.setattr(_FakeEffect, "played", [])
    monkeypatch.setattr(ui.sounds, "load_multimedia", lambda: (_FakeEffect, _FakeDevices))
    sounds = Sounds(tmp_path / "tones")
    for tone in (Tone.OK, Tone.ERROR, Tone.DONE):
        sounds.play(tone)
    assert _FakeEffect.played == ["ok.wav", "error.wav", "done.wav"]
    assert sounds.audible and sounds.silent_reason == ""
    assert sorted(p.name for p in (tmp_path / "tones").iterdir()) == [
        "done.wav",
        "error.wav",
        "ok.wav",
    ]
