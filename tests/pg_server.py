"""A real PostgreSQL server for the test session, started from the binaries.

As root, ``initdb`` and ``pg_ctl`` must run as the ``postgres`` user. The
server listens on a free loopback port and a private socket folder, and is
stopped at the end of the session.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_BIN_CANDIDATES = (
    os.environ.get("PG_BIN", ""),
    "/usr/lib/postgresql/15/bin",
)


def find_pg_bin() -> Path:
    for candidate in PG_BIN_CANDIDATES:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError(
        "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/15/bin "
        "and PATH; set PG_BIN). Install postgresql-15."
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    port: int
    bin_dir: Path
    run_as: list[str]
    data_dir: Path | None = None  # set by running_pg_server: stop() and start() need it
    options: str = ""
    log_file: Path | None = None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        self._psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast``: clients are disconnected, as at a
        shutdown; ``immediate``: as if it crashed). ``start`` brings it back on
        the same port with the same data."""
        subprocess.run(
            [*self._pg_ctl(), "-m", mode, "-w", "-t", "60", "stop"],
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        subprocess.run(
            [
                *self._pg_ctl(),
                "-o",
                self.options,
                "-l",
                str(self.log_file),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
        )

    def _pg_ctl(self) -> list[str]:
        if self.data_dir is None or self.log_file is None:
            raise RuntimeError("this PgServer was not started by running_pg_server()")
        return [*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir)]

    def _psql(self, sql: str) -> None:
        subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-qc",
                sql,
            ],
            check=True,
            capture_output=True,
        )


@contextmanager
def running_pg_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    root = Path(tempfile.mkdtemp(prefix="station-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    server = PgServer(
        port=port,
        bin_dir=bin_dir,
        run_as=run_as,
        data_dir=data,
        options=options,
        log_file=root / "server.log",
    )
    try:
        yield server
    finally:
        subprocess.run(
            [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)
