"""Month-end archive (R-ACC-4): the month's posted and cancelled documents in
CSV (UTF-8 with BOM for Excel) and one PDF, read back: a corrected line shows
the value before and after with the corrector's full name and date (R-ACC-3),
the signatures their signers (R-ACC-2); other months and drafts stay out."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli_books import BOOKS_HANDLERS, add_books_commands
from app.config import Config
from app.db.engine import Database
from app.demo import load_demo
from app.errors import InvalidInput, PermissionDenied
from app.services.archive import archive_folder, archive_month, month_range
from app.services.auth import login_with_pin
from app.services.corrections import correct_line
from app.services.daily_close import close_day
from app.services.samples import cancel_slip, create_slip
from tests.app.services.books_floor import (
    DAY,
    NOW,
    SETTINGS,
    boss,
    clerk,
    goods,
    posted_slip,
)


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=0, now=NOW)
    return db


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def poppler(*args: str | Path) -> str:
    assert shutil.which(str(args[0])), "poppler-utils (scripts/system-deps.sh)"
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, check=True, timeout=60, encoding="utf-8"
    )
    return done.stdout


def pdf_text(path: Path) -> str:
    return poppler("pdftotext", "-layout", path, "-")


def test_the_archive_of_a_month_keeps_before_and_after(
    demo: Database, config: Config, tmp_path: Path
) -> None:
    product = goods(demo)
    corrected = posted_slip(demo, product.sku_code, 3)
    correct_line(demo, clerk(demo), corrected, 1, 2, "只拿走两件", NOW + timedelta(hours=1))
    plain = posted_slip(demo, goods(demo, 1).sku_code, 1)
    dropped = create_slip(demo, clerk(demo), DAY, [(goods(demo, 2).sku_code, 1)], SETTINGS)
    cancel_slip(demo, clerk(demo), dropped, "摄影师改期")
    left = create_slip(demo, clerk(demo), DAY, [(goods(demo, 3).sku_code, 1)], SETTINGS)
    december = create_slip(
        demo, clerk(demo), DAY + timedelta(days=3), [(product.sku_code, 1)], SETTINGS
    )
    cancel_slip(demo, clerk(demo), december, "下月再拍")
    cancel_slip(demo, clerk(demo), left, "不拍了")
    close_day(demo, boss(demo), "A", DAY, NOW + timedelta(hours=4))
    left_draft = create_slip(demo, clerk(demo), DAY, [(goods(demo, 3).sku_code, 1)], SETTINGS)

    config = dataclasses.replace(
        config, books=dataclasses.replace(config.books, archive_dir=str(tmp_path / "arch"))
    )
    result = archive_month(demo, boss(demo), "2026-11", config)
    assert result.folder == tmp_path / "arch" / "2026-11" == archive_folder(config, "2026-11")
    assert result.documents == 4 and result.drafts_left == [left_draft]
    names = sorted(p.name for p in result.files)
    assert names == [
        "archive-2026-11.pdf", "day_closes.csv", "document_corrections.csv",
        "document_lines.csv", "document_signatures.csv", "documents.csv",
    ]  # fmt: skip

    documents = read_csv(result.folder / "documents.csv")
    assert [(d["单号 number"], d["状态 state"]) for d in documents] == [
        (corrected, "posted"),
        (plain, "posted"),
        (dropped, "cancelled"),
        (left, "cancelled"),
    ]
    assert documents[0]["单据名称 kind name"] == "样品调拨单"
    [correction] = read_csv(result.folder / "document_corrections.csv")
    assert correction["单号 number"] == corrected
    assert (correction["更正前 before"], correction["更正后 after"]) == ("3", "2")
    assert correction["更正人 corrector"] == "赵文员"
    assert correction["更正时间 corrected at"] == "2026-11-28 15:00"  # Shanghai time
    assert correction["原因 reason"] == "只拿走两件" and correction["SKU"] == product.sku_code
    lines = read_csv(result.folder / "document_lines.csv")
    first = next(ln for ln in lines if ln["单号 number"] == corrected)
    assert (first["过账数量 posted qty"], first["更正后数量 corrected qty"]) == ("3", "2")
    signatures = read_csv(result.folder / "document_signatures.csv")
    assert {
        (s["签字身份 capacity"], s["签字人 name"]) for s in signatures if s["单号 number"] == plain
    } == {
        ("taker", "吴质检"),
        ("supervisor", "王主管"),
    }
    [closed] = read_csv(result.folder / "day_closes.csv")
    assert (closed["日期 day"], closed["结账人 closed by"]) == ("2026-11-28", "王主管")

    pdf = result.folder / "archive-2026-11.pdf"
    fonts = [row.split() for row in poppler("pdffonts", pdf).splitlines()[2:]]
    assert [(f[1], f[-5]) for f in fonts] == [("TrueType", "yes")]  # one font, embedded
    text = pdf_text(pdf)
    assert "3→2" in text.replace(" ", "")  # before → after (pdftotext drops the spaces)
    for expected in (corrected, plain, dropped, "赵文员", "只拿走两件", "王主管",
                     "吴质检", "样品调拨单", "2026-11-28 15:00", "已作废"):  # fmt: skip
        assert expected in text, expected
    assert december not in text  # another month
    assert f"Not posted, not archived: {left_draft}" in text

    again = archive_month(demo, None, "2026-11", config)  # the technician's console
    assert again.files == result.files and again.documents == 4


def test_bad_months_and_roles_are_refused(demo: Database, config: Config, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for bad in ("2026-13", "2026-1", "11/2026", ""):
        with pytest.raises(InvalidInput):
            month_range(bad)
    assert month_range("2026-12") == (DAY.replace(month=12, day=1), DAY.replace(2027, 1, 1))
    with pytest.raises(PermissionDenied):
        archive_month(demo, login_with_pin(demo, "wenyuan", "1234"), "2026-11", config, out)
    assert not out.exists()


def test_the_default_folder_is_in_the_data_folder(config: Config) -> None:
    assert archive_folder(config, "2026-11") == config.paths.data_dir / "archive" / "2026-11"


def test_the_archive_command_writes_the_month(
    demo: Database, config: Config, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main.py archive --month 2026-11`` (app/cli_books.py; the lead wires it
    into app/cli.py): the same archive, at the console, into the data folder."""
    number = posted_slip(demo, goods(demo).sku_code, 1)
    parser = argparse.ArgumentParser()
    add_books_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["archive", "--month", "2026-11"])
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
    assert BOOKS_HANDLERS[("archive", None)](config, args) == 0
    folder = config.paths.data_dir / "archive" / "2026-11"
    assert f"1 documents archived in {folder}" in capsys.readouterr().out
    assert [d["单号 number"] for d in read_csv(folder / "documents.csv")] == [number]
    with pytest.raises(InvalidInput):
        BOOKS_HANDLERS[("archive", None)](config, parser.parse_args(["archive", "--month", "11"]))
