"""Every text the window can show has its Chinese translation (zh_CN first)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import I18N_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_text_is_translated_to_chinese(tmp_path: Path) -> None:
    ts = tmp_path / "station_zh_CN.ts"
    shutil.copy(I18N_DIR / "station_zh_CN.ts", ts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts), "-no-obsolete"], check=True, capture_output=True
    )
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is None
        or not (message.find("translation").text or "").strip()  # type: ignore[union-attr]
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not missing, "untranslated texts (run lupdate, then translate):\n" + "\n".join(missing)
