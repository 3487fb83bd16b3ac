"""Setting a station up to sync: ``server init``, ``sync --once`` as real
processes, the password kept out of the config, and TLS settings reaching the
connection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.config import ConfigError
from app.db.engine import Database
from app.db.models import User
from app.errors import AlreadyExists
from app.sync.client import StationHasOwnData
from app.sync.server_init import init_server
from app.sync.settings import SyncSection, server_url
from tests.app.sync.stations import station_config, synced_station

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, home: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "WAREHOUSE_STATION_HOME": str(home), **env},
        cwd=ROOT,
        timeout=180,
    )


def test_server_init_then_a_station_syncs_from_the_command_line(
    tmp_path: Path, pg_url: str
) -> None:
    home = tmp_path / "tech"
    made = run(
        "server", "init", "--db", pg_url, "--supervisor", "zhuguan", "--name", "王主管",
        "--pin-stdin", home=home, stdin="8888\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "ready for stations" in made.stdout
    station = station_config(tmp_path, "S7", pg_url)
    once = run("--config", str(station.paths.config_file), "sync", "--once", home=home)
    assert once.returncode == 0, once.stderr
    assert once.stdout.startswith("online; waiting 0; conflicts 0")
    server = Database(pg_url)
    try:
        with server.read() as session:
            contact = session.execute(text("SELECT code, backlog FROM station_contacts")).one()
            assert tuple(contact) == ("S7", 0)
            names = session.scalars(select(User.username)).all()
            assert names == ["zhuguan"]
    finally:
        server.dispose()
    # A second init on the same database is refused: it is someone's warehouse now.
    again = run(
        "server", "init", "--db", pg_url, "--supervisor", "x", "--pin-stdin",
        home=home, stdin="1234\n",
    )  # fmt: skip
    assert again.returncode != 0
    assert "already has data" in again.stderr


def test_init_refuses_a_database_with_data(pg_url: str) -> None:
    init_server(pg_url, supervisor=("zhuguan", "王主管", "8888", None))
    with pytest.raises(AlreadyExists):
        init_server(pg_url, supervisor=("other", "别人", "1234", None))


def test_sync_without_a_server_configured_says_so(tmp_path: Path) -> None:
    result = run("sync", "--once", home=tmp_path / "alone")
    assert result.returncode != 0
    assert "[sync].server" in result.stdout + result.stderr


def test_the_password_never_sits_in_the_config(tmp_path: Path, pg_url: str) -> None:
    with pytest.raises(ConfigError, match="must not contain the password"):
        station_config(tmp_path, "S1", pg_url.replace("postgres@", "postgres:secret@"))
    sync = SyncSection(server=pg_url, password_env="TEST_STATION_PW", sslmode="verify-full")
    os.environ["TEST_STATION_PW"] = "s3cret 密码"
    try:
        url = server_url(sync)
    finally:
        del os.environ["TEST_STATION_PW"]
    assert url.password == "s3cret 密码"
    assert url.query["sslmode"] == "verify-full"
    assert "s3cret" not in url.render_as_string(hide_password=True)


def test_tls_required_against_a_server_without_it_is_refused_plainly(
    tmp_path: Path, server_url: str
) -> None:
    """sslmode reaches the connection: the test server has no TLS, so
    ``require`` cannot connect, and a new station says what it needs."""
    from app.errors import DatabaseUnavailable

    with (
        pytest.raises(DatabaseUnavailable, match="needs its server"),
        synced_station(tmp_path, "S1", server_url, sslmode="require"),
    ):
        pass


def test_a_station_that_worked_alone_cannot_join(tmp_path: Path, server_url: str) -> None:
    from app.station import open_station

    config = station_config(tmp_path, "S1", server_url)
    alone = open_station(config.__class__(paths=config.paths))  # embedded default + demo
    alone.close()
    with pytest.raises(StationHasOwnData), synced_station(tmp_path, "S1", server_url):
        pass
