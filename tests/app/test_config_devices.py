"""Device keys of the station config are checked at load, naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigError, Paths, load_config
from app.devices.scales.link import ScaleSetup


def load(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, paths=Paths.default())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[scale]\nprotocol = "bizerba"\n', "protocol"),
        ("[scale]\nwatchdog_ms = 0\n", "watchdog_ms"),
        ("[scale]\nstable_band_g = -1\n", "stable_band_g"),
        ('[scale]\nrequire_empty_between = "yes"\n', "require_empty_between"),
        ('[scanner]\nterminators = "space"\n', "terminators"),
        ("[scanner]\nmin_length = 0\n", "min_length"),
        ("[scanner]\nmax_gap_ms = -5\n", "max_gap_ms"),
        ("[security]\nlockout_minutes = 0\n", "security"),
    ],
)
def test_bad_device_values_are_refused_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        load(tmp_path, text)


def test_stability_defaults_follow_the_kind_of_scale(tmp_path: Path) -> None:
    flagged = ScaleSetup.from_config(load(tmp_path, '[scale]\nprotocol = "toledo"\n').scale)
    assert (flagged.stability.readings, flagged.stability.hold_ms) == (3, 200)
    unflagged = ScaleSetup.from_config(load(tmp_path, '[scale]\nprotocol = "xk3190-tf1"\n').scale)
    assert (unflagged.stability.readings, unflagged.stability.hold_ms) == (5, 500)


def test_configured_stability_and_watchdog_are_used(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        '[scale]\nurl = "/dev/ttyUSB0"\nprotocol = "cas"\nbaud = 4800\nstable_readings = 6\n'
        "stable_band_g = 2\nstable_hold_ms = 900\nempty_band_g = 50\n"
        "require_empty_between = false\nwatchdog_ms = 2500\n",
    )
    setup = ScaleSetup.from_config(config.scale)
    assert setup.baud == 4800
    s = setup.stability
    assert (s.readings, s.band_g, s.hold_ms, s.empty_g, s.require_empty_between) == (
        6,
        2,
        900,
        50,
        False,
    )
    assert setup.settings.watchdog_ms == 2500


def test_simulated_scale_ignores_the_baud(tmp_path: Path) -> None:
    setup = ScaleSetup.from_config(load(tmp_path, "[scale]\nbaud = 1200\n").scale)
    assert setup.url == "" and setup.baud is None
