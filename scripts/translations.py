"""Refresh the Chinese translation file from the UI sources, and fill it from
tab-separated lists (context, English source, Chinese), so translators work
in a spreadsheet rather than in XML.

    .venv/bin/python scripts/translations.py [LIST.tsv ...]

``\\n`` and ``\\t`` inside a TSV field stand for a line break and a tab.
Prints the texts still untranslated; exit status 1 when there are any.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "station_zh_CN.ts"


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_lists(paths: list[Path]) -> dict[tuple[str, str], str]:
    pairs: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                raise SystemExit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
            context, source, chinese = (_unescape(f) for f in fields)
            pairs[(context, source)] = chinese
    return pairs


def lupdate() -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(tool), *sources, "-ts", str(TS), "-no-obsolete"], check=True, capture_output=True
    )


def fill(pairs: dict[tuple[str, str], str]) -> list[str]:
    """Write the given translations; return the texts still untranslated."""
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if (name, source) in pairs:
                translation.text = pairs[(name, source)]
                translation.attrib.pop("type", None)
            if not (translation.text or "").strip() or translation.get("type") == "unfinished":
                missing.append(f"{name}\t{source!r}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    pairs = read_lists([Path(a) for a in argv])
    lupdate()
    missing = fill(pairs)
    lupdate()  # back to Qt's own layout, so diffs stay small
    for text in missing:
        print(text)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
