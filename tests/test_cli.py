"""The technician's command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from app.db import migrate
from app.db.engine import Database
from app.services.auth import login_with_pin

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str = "", home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WAREHOUSE_STATION_HOME": str(home)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_help_lists_the_technicians_commands(station_home: Path) -> None:
    result = run("--help", home=station_home)
    assert result.returncode == 0
    for command in ("db", "demo", "user", "--config", "--db"):
        assert command in result.stdout


def test_db_upgrade_then_status(station_home: Path, db_url: str) -> None:
    result = run("--db", db_url, "db", "upgrade", home=station_home)
    assert result.returncode == 0, result.stderr
    assert f"-> {migrate.head_revision()}" in result.stdout
    status = run("--db", db_url, "db", "status", home=station_home)
    assert json.loads(status.stdout)["state"] == "up to date"


def test_embedded_default_database_is_in_the_data_folder(station_home: Path) -> None:
    result = run("db", "upgrade", home=station_home)
    assert result.returncode == 0, result.stderr
    assert (station_home / "data" / "station.db").exists()


def test_user_add_reads_pin_from_stdin_and_the_user_can_log_in(
    station_home: Path, db_url: str
) -> None:
    result = run(
        "--db",
        db_url,
        "user",
        "add",
        "laowang",
        "--name",
        "老王",
        "--role",
        "supervisor",
        "--role",
        "packer",
        "--pin-stdin",
        stdin="4321\n",
        home=station_home,
    )
    assert result.returncode == 0, result.stderr
    assert "laowang" in result.stdout
    db = Database(db_url)
    try:
        actor = login_with_pin(db, "laowang", "4321")
        assert {r.value for r in actor.roles} == {"supervisor", "packer"}
    finally:
        db.dispose()
    listed = run("--db", db_url, "user", "list", home=station_home)
    assert "laowang\t老王\tpacker,supervisor\tactive" in listed.stdout


def test_user_add_with_a_bad_pin_fails_plainly(station_home: Path, db_url: str) -> None:
    result = run(
        "--db",
        db_url,
        "user",
        "add",
        "x",
        "--name",
        "X",
        "--role",
        "qc",
        "--pin-stdin",
        stdin="12\n",
        home=station_home,
    )
    assert result.returncode == 1
    assert "4 to 12 digits" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_role_is_a_usage_error(station_home: Path, db_url: str) -> None:
    result = run(
        "--db", db_url, "user", "add", "x", "--name", "X", "--role", "boss", home=station_home
    )
    assert result.returncode == 2
    assert "unknown role" in result.stderr


def test_demo_loads_once(station_home: Path, db_url: str) -> None:
    result = run("--db", db_url, "demo", "--orders", "20", home=station_home)
    assert result.returncode == 0, result.stderr
    again = run("--db", db_url, "demo", home=station_home)
    assert again.returncode == 1
    db = Database(db_url)
    try:
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM orders")).scalar() == 20
    finally:
        db.dispose()


def test_newer_schema_is_refused_by_every_command(station_home: Path, db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    result = run("--db", db.url, "db", "upgrade", home=station_home)
    assert result.returncode == 1
    assert "newer version" in result.stderr
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )


def test_bad_config_file_is_reported(station_home: Path, tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text('[station]\ncode = "ST02"\nlanguag = "en"\n', encoding="utf-8")
    result = run("--config", str(config), "db", "status", home=station_home)
    assert result.returncode == 2
    assert "languag" in result.stderr


def test_unreachable_server_is_reported_plainly(station_home: Path) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/station?connect_timeout=2"
    result = run("--db", url, "db", "upgrade", home=station_home)
    assert result.returncode == 1
    assert "database_unavailable" in result.stderr
    assert "Traceback" not in result.stderr


def _first_order_no(home: Path) -> str:
    from app.config import Paths, load_config

    db = Database(
        load_config(paths=Paths(home / "config", home / "data", home / "logs")).database_url()
    )
    try:
        with db.read() as session:
            return str(
                session.execute(
                    text("SELECT platform_order_no FROM orders ORDER BY platform_order_no")
                )
                .scalars()
                .first()
            )
    finally:
        db.dispose()


def test_label_renders_each_format_and_the_png_reads_back(
    station_home: Path, tmp_path: Path
) -> None:
    from tests.app.labels.scan import zbar

    assert run("demo", "--orders", "3", home=station_home).returncode == 0
    order_no = _first_order_no(station_home)
    outputs = {}
    for fmt in ("pdf", "zpl", "tspl", "png"):
        out = tmp_path / f"label.{fmt}"
        result = run(
            "label",
            "ewaybill_100x150",
            "--order",
            order_no,
            "--format",
            fmt,
            "--dpi",
            "300",
            "-o",
            str(out),
            home=station_home,
        )
        assert result.returncode == 0, result.stderr
        outputs[fmt] = out.read_bytes()
    assert outputs["pdf"].startswith(b"%PDF")
    assert outputs["zpl"].startswith(b"^XA") and b"^PW1200" in outputs["zpl"]
    assert outputs["tspl"].startswith(b"SIZE 100 mm,150 mm")
    assert len(zbar(tmp_path / "label.png")) >= 1
    missing = run(
        "label", "sku_40x30", "--order", order_no, "-o", str(tmp_path / "x.pdf"), home=station_home
    )
    assert missing.returncode == 2 and "--sku" in missing.stderr


def test_print_sends_through_the_station_printer_once(station_home: Path) -> None:
    assert run("demo", "--orders", "3", home=station_home).returncode == 0
    order_no = _first_order_no(station_home)
    first = run(
        "print",
        "ewaybill",
        order_no,
        "--user",
        "zhidan",
        "--pin-stdin",
        stdin="1234\n",
        home=station_home,
    )
    assert first.returncode == 0, first.stderr
    assert ": done on " in first.stdout
    prints = list((station_home / "data" / "prints").glob("*.pdf"))
    assert len(prints) == 1
    again = run(
        "print",
        "ewaybill",
        order_no,
        "--user",
        "zhidan",
        "--pin-stdin",
        stdin="1234\n",
        home=station_home,
    )
    assert again.returncode == 1 and "already_printed" in again.stderr
    wrong_pin = run(
        "print",
        "bin",
        "A-01-01",
        "--user",
        "zhidan",
        "--pin-stdin",
        stdin="9999\n",
        home=station_home,
    )
    assert wrong_pin.returncode == 1 and "login_failed" in wrong_pin.stderr
