"""Station settings: a TOML file in the platform's config directory.

Every key has a default, so a station with no file at all runs as the
embedded default (local SQLite, simulated scale, PDF-folder printer). The
command line may name another file (``--config``) or database (``--db``).
``WAREHOUSE_STATION_HOME`` moves config, data and logs under one folder
(tests and portable installs use it).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from app.backoffice_settings import (
    BooksSection,
    NewProductsSection,
    NoticesSection,
    QcSection,
    ReceivingSection,
    ReturnsSection,
    StockSection,
    check_backoffice_settings,
)
from app.order_settings import AuditSection, BatchesSection, check_order_settings
from app.shipping_settings import (
    PackSection,
    ShippingSection,
    WeighSection,
    check_shipping_settings,
)
from app.sync.settings import SyncSection, check_sync_settings

__all__ = [
    "AuditSection",
    "BatchesSection",
    "Config",
    "ConfigError",
    "PackSection",
    "Paths",
    "ShippingSection",
    "WeighSection",
    "load_config",
]

APP_NAME = "warehouse-station"
HOME_ENV = "WAREHOUSE_STATION_HOME"
LANGUAGES = ("zh_CN", "en")


class ConfigError(ValueError):
    """The config file cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class Paths:
    """Where this station keeps its files."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "station.toml"

    @classmethod
    def default(cls) -> Paths:
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home)
            return cls(root / "config", root / "data", root / "logs")
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )


@dataclass(frozen=True)
class StationSection:
    code: str = "ST01"
    name: str = "工作站 1"
    warehouse: str = "A"
    language: str = "zh_CN"


@dataclass(frozen=True)
class DatabaseSection:
    url: str = ""  # empty: SQLite file station.db in the data directory
    busy_timeout_ms: int = 5000


@dataclass(frozen=True)
class SecuritySection:
    pin_max_attempts: int = 5
    lockout_minutes: int = 15


@dataclass(frozen=True)
class ScaleSection:
    url: str = ""  # empty: the built-in simulated scale
    protocol: str = "mt-sics"
    baud: int = 9600
    stable_readings: int = 0  # N readings within the band; 0: 3 (flagged scale) or 5 (no flag)
    stable_band_g: int = 10  # max - min of those readings, grams
    stable_hold_ms: int = 0  # and over at least this long; 0: 200 (flagged) or 500 (no flag)
    empty_band_g: int = 20  # |weight| up to this is an empty scale, never a parcel
    require_empty_between: bool = True  # a new parcel needs the scale emptied first
    watchdog_ms: int = 1000  # silence that means the scale is disconnected


@dataclass(frozen=True)
class ScannerSection:
    """Keyboard-wedge burst detection, and an optional serial/CDC scanner."""

    min_length: int = 4  # shortest code taken as a scan
    max_gap_ms: int = 40  # slowest key-to-key gap inside a scan
    terminators: str = "enter,tab"  # keys that end a scan
    serial_url: str = ""  # empty: no serial scanner (wedge scanners need no setting)
    serial_baud: int = 9600
    hold_ms: int = 80  # longest a typed key waits while the filter decides


@dataclass(frozen=True)
class PrinterSection:
    kind: str = "folder"
    folder: str = ""  # empty: prints/ in the data directory
    max_attempts: int = 5  # sends of one job before it is marked failed (never dropped)


@dataclass(frozen=True)
class LabelsSection:
    folder: str = ""  # templates here override the built-in ones by file name
    font: str = ""  # a Chinese TrueType font file; empty: found on the system
    ewaybill: str = "ewaybill_100x150"  # ewaybill_76x130, ewaybill_100x150, ewaybill_100x180
    delivery_note: str = "delivery_note_76x130"  # or delivery_note_a5
    sku: str = "sku_60x40"  # or sku_40x30


@dataclass(frozen=True)
class SenderSection:
    """The sender block of every e-waybill: the shop's return address."""

    name: str = "西湖龙井茶庄"
    phone: str = "057188880000"
    province: str = "浙江省"
    city: str = "杭州市"
    district: str = "西湖区"
    address: str = "龙井路 18 号 仓库"


@dataclass(frozen=True)
class UiSection:
    font_point_size: int = 16


@dataclass(frozen=True)
class Config:
    station: StationSection = field(default_factory=StationSection)
    database: DatabaseSection = field(default_factory=DatabaseSection)
    security: SecuritySection = field(default_factory=SecuritySection)
    scale: ScaleSection = field(default_factory=ScaleSection)
    scanner: ScannerSection = field(default_factory=ScannerSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    labels: LabelsSection = field(default_factory=LabelsSection)
    sender: SenderSection = field(default_factory=SenderSection)
    ui: UiSection = field(default_factory=UiSection)
    audit: AuditSection = field(default_factory=AuditSection)
    batches: BatchesSection = field(default_factory=BatchesSection)
    weigh: WeighSection = field(default_factory=WeighSection)
    pack: PackSection = field(default_factory=PackSection)
    shipping: ShippingSection = field(default_factory=ShippingSection)
    sync: SyncSection = field(default_factory=SyncSection)
    receiving: ReceivingSection = field(default_factory=ReceivingSection)
    qc: QcSection = field(default_factory=QcSection)
    stock: StockSection = field(default_factory=StockSection)
    new_products: NewProductsSection = field(default_factory=NewProductsSection)
    returns: ReturnsSection = field(default_factory=ReturnsSection)
    notices: NoticesSection = field(default_factory=NoticesSection)
    books: BooksSection = field(default_factory=BooksSection)
    paths: Paths = field(default_factory=Paths.default)
    source: Path | None = None  # the file it was read from, if any

    def database_url(self) -> str:
        """The configured URL, or the embedded default SQLite file."""
        if self.database.url:
            return self.database.url
        return f"sqlite:///{self.paths.data_dir / 'station.db'}"

    def print_folder(self) -> Path:
        return Path(self.printer.folder) if self.printer.folder else self.paths.data_dir / "prints"


BACKOFFICE_NAMES = ("receiving", "qc", "stock", "new_products", "returns", "notices", "books")

_SECTIONS: dict[str, type] = {
    "station": StationSection,
    "database": DatabaseSection,
    "security": SecuritySection,
    "scale": ScaleSection,
    "scanner": ScannerSection,
    "printer": PrinterSection,
    "labels": LabelsSection,
    "sender": SenderSection,
    "ui": UiSection,
    "audit": AuditSection,
    "batches": BatchesSection,
    "weigh": WeighSection,
    "pack": PackSection,
    "shipping": ShippingSection,
    "sync": SyncSection,
    "receiving": ReceivingSection,
    "qc": QcSection,
    "stock": StockSection,
    "new_products": NewProductsSection,
    "returns": ReturnsSection,
    "notices": NoticesSection,
    "books": BooksSection,
}


def _build_section(cls: type, values: Any, where: str) -> Any:
    if not isinstance(values, dict):
        raise ConfigError(f"{where}: expected a table")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(fields)})")
        expected = type(getattr(cls(), key))
        if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ConfigError(f"{where}.{key}: expected a whole number, got {value!r}")
        if expected is str and not isinstance(value, str):
            raise ConfigError(f"{where}.{key}: expected text, got {value!r}")
        if expected is bool and not isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: expected true or false, got {value!r}")
        if expected is tuple:  # a TOML array of words, kept immutable
            words = value if isinstance(value, list) else [None]
            if not all(isinstance(w, str) and w.strip() for w in words):
                raise ConfigError(f"{where}.{key}: expected a list of words, got {value!r}")
            value = tuple(w.strip() for w in value)
        kwargs[key] = value
    return cls(**kwargs)


def _build_config(data: dict[str, Any], path: Path, paths: Paths, source: Path | None) -> Config:
    """Check every section, key, type and value; the one gate for reading and saving."""
    sections: dict[str, Any] = {}
    for name, values in data.items():
        if name not in _SECTIONS:
            raise ConfigError(f"{path}: unknown section [{name}] (known: {', '.join(_SECTIONS)})")
        sections[name] = _build_section(_SECTIONS[name], values, f"{path}: [{name}]")
    config = Config(**sections, paths=paths, source=source)
    if config.station.language not in LANGUAGES:
        raise ConfigError(
            f"{path}: [station].language must be one of {', '.join(LANGUAGES)}, "
            f"got {config.station.language!r}"
        )
    if config.security.pin_max_attempts < 1 or config.security.lockout_minutes < 1:
        raise ConfigError(f"{path}: [security] values must be at least 1")
    _check_devices(config, path)
    problems = check_order_settings(config.audit, config.batches, path)
    problems += check_shipping_settings(config.weigh, config.pack, config.shipping, path)
    problems += check_sync_settings(config.sync, path)
    problems += check_backoffice_settings(
        {name: getattr(config, name) for name in BACKOFFICE_NAMES}, path
    )
    if config.sync.server and config.database.url:
        problems.append(
            f"{path}: a station that syncs ([sync].server) keeps its own SQLite replica; "
            "leave [database].url empty"
        )
    if problems:
        raise ConfigError(problems[0])
    return config


def _check_devices(config: Config, path: Path) -> None:
    """Device keys are checked here, so a wrong value names its key at start."""
    from app.devices.scales.protocols import PROTOCOLS

    scale, scanner = config.scale, config.scanner
    if scale.protocol not in PROTOCOLS:
        raise ConfigError(
            f"{path}: [scale].protocol must be one of {', '.join(PROTOCOLS)}, "
            f"got {scale.protocol!r}"
        )
    for key in ("baud", "watchdog_ms"):
        if getattr(scale, key) < 1:
            raise ConfigError(f"{path}: [scale].{key} must be positive")
    for key in ("stable_readings", "stable_band_g", "stable_hold_ms", "empty_band_g"):
        if getattr(scale, key) < 0:
            raise ConfigError(f"{path}: [scale].{key} must not be negative")
    if config.printer.max_attempts < 1:
        raise ConfigError(f"{path}: [printer].max_attempts must be positive")
    for key in ("min_length", "max_gap_ms", "serial_baud", "hold_ms"):
        if getattr(scanner, key) < 1:
            raise ConfigError(f"{path}: [scanner].{key} must be positive")
    known = {"enter", "tab"}
    words = {w.strip().lower() for w in scanner.terminators.split(",") if w.strip()}
    if not words or not words <= known:
        raise ConfigError(
            f"{path}: [scanner].terminators: a list of enter, tab; got {scanner.terminators!r}"
        )


def load_config(
    path: Path | None = None, db_url: str | None = None, paths: Paths | None = None
) -> Config:
    """Read the station's config; a missing default file means all defaults.

    A file named explicitly must exist. Unknown keys and wrong types are
    errors that name the key, so a typo never silently falls back to a default.
    """
    paths = paths or Paths.default()
    explicit = path is not None
    path = path or paths.config_file
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    elif explicit:
        raise ConfigError(f"{path}: file not found")
    config = _build_config(data, path, paths, source=path if path.exists() else None)
    if db_url:
        config = dataclasses.replace(
            config, database=dataclasses.replace(config.database, url=db_url)
        )
    return config


def save_config_value(config: Config, section: str, key: str, value: Any) -> Path:
    """Write one key back to the station's config file (settings screen)."""
    import tomli_w

    path = config.source or config.paths.config_file
    data: dict[str, Any] = {}
    if path.exists():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    data.setdefault(section, {})[key] = value
    # Refuse what load_config would refuse, so the station still starts afterwards.
    _build_config(data, path, config.paths, source=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path
