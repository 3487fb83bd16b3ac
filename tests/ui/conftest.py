"""Fixtures for the window tests: a station on a temp database with one user
per role, and a check that no test leaves a worker thread running."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.config import Config
from app.roles import Role
from app.services.users import add_user_from_console
from app.station import Station, open_station
from ui.i18n import Translations, compile_translations
from ui.workers import WorkerThread

PIN = "2468"


@dataclass(frozen=True)
class TestUser:
    username: str
    full_name: str
    role: Role
    badge: str


ROLE_USERS = {
    role: TestUser(f"u_{role.value}", f"测试{i}", role, f"BADGE{i:03d}")
    for i, role in enumerate(Role)
}


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    compile_translations()


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp: object) -> Iterator[None]:
    yield
    left = WorkerThread.running()
    assert not left, f"worker threads left running: {left}"


@pytest.fixture
def station(config: Config, db_url: str) -> Iterator[Station]:
    import dataclasses

    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
    opened = open_station(config, demo_if_empty=False)
    for user in ROLE_USERS.values():
        add_user_from_console(
            opened.db, user.username, user.full_name, PIN, [user.role], user.badge
        )
    yield opened
    opened.db.dispose()


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    """Chinese installed, as a station starts by default; English restored after."""
    installed = Translations()
    installed.install("zh_CN")
    yield installed
    installed.install("en")
