"""The station's TOML settings: defaults, files, and errors that name the key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.config import ConfigError, Paths, load_config, save_config_value


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_follow_the_station_home(station_home: Path) -> None:
    paths = Paths.default()
    assert paths.config_file == station_home / "config" / "station.toml"
    assert paths.data_dir == station_home / "data"
    assert paths.log_dir == station_home / "logs"


def test_no_file_means_the_embedded_default(station_home: Path) -> None:
    config = load_config()
    assert config.source is None
    assert config.database_url() == f"sqlite:///{station_home / 'data' / 'station.db'}"
    assert config.printer.kind == "folder"
    assert config.print_folder() == station_home / "data" / "prints"
    assert config.scale.url == ""  # the simulated scale
    assert config.station.language == "zh_CN"
    assert config.security.pin_max_attempts == 5
    assert config.security.lockout_minutes == 15
    assert config.database.busy_timeout_ms == 5000


def test_file_at_the_default_path_is_read(station_home: Path) -> None:
    path = _write(
        station_home / "config" / "station.toml",
        """
[station]
code = "ST07"
name = "打包台 7"
language = "en"

[database]
url = "postgresql+psycopg://wh@db.local/warehouse"

[security]
pin_max_attempts = 3
lockout_minutes = 30

[printer]
folder = "/srv/prints"
""",
    )
    config = load_config()
    assert config.source == path
    assert config.station.code == "ST07"
    assert config.station.name == "打包台 7"
    assert config.station.language == "en"
    assert config.database_url() == "postgresql+psycopg://wh@db.local/warehouse"
    assert config.security.pin_max_attempts == 3
    assert config.security.lockout_minutes == 30
    assert config.print_folder() == Path("/srv/prints")
    # keys the file leaves out keep their defaults
    assert config.station.warehouse == "A"
    assert config.printer.kind == "folder"


def test_explicit_config_path_is_read_instead_of_the_default(
    station_home: Path, tmp_path: Path
) -> None:
    _write(station_home / "config" / "station.toml", '[station]\ncode = "DEFAULT"\n')
    other = _write(tmp_path / "elsewhere" / "packing.toml", '[station]\ncode = "ST02"\n')
    config = load_config(other)
    assert config.source == other
    assert config.station.code == "ST02"


def test_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="not found") as caught:
        load_config(missing)
    assert str(missing) in str(caught.value)


def test_malformed_toml_is_an_error_naming_the_file(station_home: Path) -> None:
    path = _write(station_home / "config" / "station.toml", "[station\ncode = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert str(path) in str(caught.value)


def test_unknown_section_is_an_error(station_home: Path) -> None:
    _write(station_home / "config" / "station.toml", '[stattion]\ncode = "ST01"\n')
    with pytest.raises(ConfigError, match=r"\[stattion\]"):
        load_config()


def test_unknown_key_is_an_error_naming_the_key(station_home: Path) -> None:
    _write(station_home / "config" / "station.toml", '[station]\ncdoe = "ST01"\n')
    with pytest.raises(ConfigError, match="'cdoe'") as caught:
        load_config()
    assert "[station]" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[security]\npin_max_attempts = "5"\n', "pin_max_attempts"),
        ("[security]\nlockout_minutes = true\n", "lockout_minutes"),
        ("[database]\nbusy_timeout_ms = 2.5\n", "busy_timeout_ms"),
        ("[station]\ncode = 7\n", "code"),
        ("[ui]\nfont_point_size = [16]\n", "font_point_size"),
        ("station = 5\n", "station"),
    ],
)
def test_wrong_type_is_an_error_naming_the_key(station_home: Path, text: str, key: str) -> None:
    _write(station_home / "config" / "station.toml", text)
    with pytest.raises(ConfigError, match=key):
        load_config()


def test_bad_language_is_refused(station_home: Path) -> None:
    _write(station_home / "config" / "station.toml", '[station]\nlanguage = "fr"\n')
    with pytest.raises(ConfigError, match="language") as caught:
        load_config()
    assert "'fr'" in str(caught.value)


def test_zero_pin_attempts_is_refused(station_home: Path) -> None:
    _write(station_home / "config" / "station.toml", "[security]\npin_max_attempts = 0\n")
    with pytest.raises(ConfigError, match="security"):
        load_config()


def test_db_url_override_wins_over_the_file(station_home: Path) -> None:
    _write(
        station_home / "config" / "station.toml",
        '[database]\nurl = "postgresql+psycopg://wh@db.local/warehouse"\nbusy_timeout_ms = 900\n',
    )
    config = load_config(db_url="sqlite:////tmp/other.db")
    assert config.database_url() == "sqlite:////tmp/other.db"
    assert config.database.busy_timeout_ms == 900  # the rest of the section is kept


def test_db_url_override_wins_over_the_default(station_home: Path) -> None:
    config = load_config(db_url="postgresql+psycopg://wh@db.local/warehouse")
    assert config.database_url() == "postgresql+psycopg://wh@db.local/warehouse"


def test_save_config_value_round_trip(station_home: Path) -> None:
    config = load_config()
    assert config.source is None
    path = save_config_value(config, "ui", "font_point_size", 20)
    assert path == station_home / "config" / "station.toml"
    reloaded = load_config()
    assert reloaded.source == path
    assert reloaded.ui.font_point_size == 20

    save_config_value(reloaded, "station", "language", "en")
    again = load_config()
    assert again.station.language == "en"
    assert again.ui.font_point_size == 20  # the earlier value is kept


def test_save_config_value_keeps_other_keys_of_the_file(station_home: Path) -> None:
    path = _write(
        station_home / "config" / "station.toml",
        '[station]\ncode = "ST09"\n\n[scale]\nurl = "serial:///dev/ttyUSB0"\nbaud = 4800\n',
    )
    save_config_value(load_config(), "scale", "baud", 9600)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "station": {"code": "ST09"},
        "scale": {"url": "serial:///dev/ttyUSB0", "baud": 9600},
    }


def test_save_config_value_writes_to_the_file_it_was_read_from(
    station_home: Path, tmp_path: Path
) -> None:
    other = _write(tmp_path / "packing.toml", '[station]\ncode = "ST02"\n')
    save_config_value(load_config(other), "station", "name", "打包台 2")
    assert not (station_home / "config" / "station.toml").exists()
    assert load_config(other).station.name == "打包台 2"


def test_save_config_value_refuses_a_wrong_type(station_home: Path) -> None:
    config = load_config()
    with pytest.raises(ConfigError, match="font_point_size"):
        save_config_value(config, "ui", "font_point_size", "big")
    assert not config.paths.config_file.exists()


def test_save_config_value_refuses_an_unknown_key(station_home: Path) -> None:
    config = load_config()
    with pytest.raises(ConfigError, match="'colour'"):
        save_config_value(config, "ui", "colour", "red")
    assert not config.paths.config_file.exists()


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("station", "language", "fr"),
        ("security", "pin_max_attempts", 0),
        ("scanner", "port", "COM3"),
    ],
)
def test_save_config_value_refuses_what_load_would_refuse(
    station_home: Path, section: str, key: str, value: object
) -> None:
    """The settings screen must not write a file the station then cannot start with."""
    config = load_config()
    with pytest.raises(ConfigError):
        save_config_value(config, section, key, value)
    assert not config.paths.config_file.exists()
    load_config()  # still starts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[batches]\ncutoffs = []\n", "[batches].cutoffs"),
        ('[batches]\ncutoffs = ["10:30", "9:00"]\n', "[batches].cutoffs"),
        ('[batches]\ncutoffs = ["12:00", "10:30"]\n', "[batches].cutoffs"),
        ('[batches]\ncutoffs = ["10:30", "10:30"]\n', "[batches].cutoffs"),
        ("[batches]\nmax_size = 0\n", "[batches].max_size"),
    ],
)
def test_bad_batch_settings_are_refused(station_home: Path, text: str, key: str) -> None:
    """R-BAT-1: the cut-offs are editable, but only as ordered HH:MM times."""
    _write(station_home / "config" / "station.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert key in str(caught.value)


def test_batch_cutoffs_are_read_from_the_file(station_home: Path) -> None:
    _write(
        station_home / "config" / "station.toml",
        '[batches]\ncutoffs = ["09:00", "13:00", "16:00"]\nmax_size = 60\n',
    )
    config = load_config()
    assert config.batches.cutoffs == ("09:00", "13:00", "16:00")
    assert config.batches.max_size == 60 and config.batches.first_courier == "SF"
