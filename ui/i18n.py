"""Loading translations. Source strings are English; zh_CN is the default."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from ui.qt import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "zh_CN"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"station_{language}.qm"


def compile_translations() -> list[Path]:
    """Build every .qm from its .ts when missing or older (run and test do this)."""
    built = []
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(I18N_DIR.glob("station_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            command = [str(lrelease) if lrelease.exists() else "pyside6-lrelease"]
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


class Translations:
    """Installs one language's translator; switching replaces it."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    def install(self, language: str) -> bool:
        app = QCoreApplication.instance()
        assert app is not None
        self.uninstall()
        self.language = language
        if language == "en":  # the source language needs no catalogue
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        translator = QTranslator(app)
        if not translator.load(str(qm_path(language))):
            log.error("translation %s missing at %s; showing English", language, qm_path(language))
            self.language = "en"
            return False
        app.installTranslator(translator)
        self._translator = translator
        QLocale.setDefault(QLocale(language))
        return True
