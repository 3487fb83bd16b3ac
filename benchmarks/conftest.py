"""Benchmarks reuse the test fixtures (temp station home, WAL database)."""

from tests.conftest import config, db, db_url, station_home  # noqa: F401
