"""Starting the station's window: config, logs, language, database, login."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from app import __version__
from app.config import Config, ConfigError, load_config
from app.errors import DomainError
from app.logs import install_thread_hook, log_uncaught, setup_logging
from app.station import open_station
from ui.errors import error_text
from ui.i18n import Translations, compile_translations
from ui.main_window import MainWindow
from ui.qt import QApplication, QCoreApplication, QFont, QMessageBox

log = logging.getLogger(__name__)

CJK_FAMILIES = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei"]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("WarehouseStation")
    QCoreApplication.setApplicationName("warehouse-station")
    QCoreApplication.setApplicationVersion(__version__)
    return app


def apply_station_font(app: QApplication, point_size: int) -> None:
    """Large type for a station read from a metre away, with Chinese glyphs."""
    font = QFont(app.font())
    font.setFamilies([*CJK_FAMILIES, font.family()])
    font.setPointSize(point_size)
    app.setFont(font)


def _show_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log, then tell the person; never a silent exit."""
    log_uncaught(exc_type, exc, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App", "Something went wrong: %1\nThe details are in the log file."
            ).replace("%1", f"{exc_type.__name__}: {exc}"),
        )


def run_gui(config_path: Path | None = None, db_url: str | None = None) -> int:
    app = make_application()
    translations = Translations()
    try:
        config = load_config(config_path, db_url)
    except ConfigError as exc:
        QMessageBox.critical(None, "Warehouse Station", f"Config error / 配置错误:\n{exc}")
        return 2
    log_file = setup_logging(config.paths.log_dir)
    log.info("station %s starting, version %s", config.station.code, __version__)
    sys.excepthook = _show_uncaught
    install_thread_hook()
    try:
        compile_translations()
    except (OSError, RuntimeError) as exc:  # a missing lrelease is not fatal: English shows
        log.warning("could not build translations: %s", exc)
    translations.install(config.station.language)
    apply_station_font(app, config.ui.font_point_size)
    try:
        return _open_and_run(app, config, translations, log_file)
    finally:
        translations.uninstall()


def _open_and_run(
    app: QApplication, config: Config, translations: Translations, log_file: Path
) -> int:
    try:
        station = open_station(config)
    except DomainError as error:
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Database"), error_text(error))
        return 3
    window = MainWindow(station, translations)
    window.show()
    log.info("window shown; log file %s", log_file)
    try:
        return app.exec()
    finally:
        window.shutdown()
        station.close()
