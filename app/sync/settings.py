"""``[sync]``: the shared server a station joins, and how it connects.

The password never sits in the config: it comes from the environment
variable ``password_env`` or, failing that, the OS keyring (service
``warehouse-station``, user = the URL's user@host/database), when the
``keyring`` package and a keyring are present.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEYRING_SERVICE = "warehouse-station"


@dataclass(frozen=True)
class SyncSection:
    server: str = ""  # empty: the station works alone on its own database
    password_env: str = "WAREHOUSE_DB_PASSWORD"
    sslmode: str = "prefer"
    sslrootcert: str = ""  # CA file for verify-ca / verify-full
    interval_ms: int = 500  # pause between sync rounds while online
    retry_max_ms: int = 10_000  # longest pause between tries while offline
    batch_events: int = 500  # events per push transaction
    connect_timeout_s: int = 5

    @property
    def enabled(self) -> bool:
        return bool(self.server)


def check_sync_settings(sync: SyncSection, where: object) -> list[str]:
    problems: list[str] = []
    if sync.server:
        try:
            url = make_url(sync.server)
        except ArgumentError:
            return [f"{where}: [sync].server is not a database URL: {sync.server!r}"]
        if url.get_backend_name() != "postgresql":
            problems.append(f"{where}: [sync].server must be a postgresql:// URL")
        if url.password:
            problems.append(
                f"{where}: [sync].server must not contain the password; put it in the "
                f"environment variable {sync.password_env} or the OS keyring"
            )
    if sync.sslmode not in SSL_MODES:
        problems.append(f"{where}: [sync].sslmode must be one of {', '.join(SSL_MODES)}")
    for key in ("interval_ms", "retry_max_ms", "batch_events", "connect_timeout_s"):
        if getattr(sync, key) < 1:
            problems.append(f"{where}: [sync].{key} must be positive")
    return problems


def keyring_user(url: URL) -> str:
    return f"{url.username}@{url.host}/{url.database}"


def _password(sync: SyncSection, url: URL) -> str | None:
    from_env = os.environ.get(sync.password_env)
    if from_env:
        return from_env
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception as exc:  # no keyring backend on this machine
        log.info("keyring not available: %s", exc)
        return None
    return str(found) if found else None


def server_url(sync: SyncSection) -> URL:
    """The full URL to connect with (password and TLS settings filled in)."""
    url = make_url(sync.server)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    password = _password(sync, url)
    if password:
        url = url.set(password=password)
    query = dict(url.query)
    query.setdefault("sslmode", sync.sslmode)
    if sync.sslrootcert:
        query.setdefault("sslrootcert", sync.sslrootcert)
    return url.set(query=query)
