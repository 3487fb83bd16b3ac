"""``notices [--send] [--retry]`` (R-NEW-1,5; R-REP-4): the queue listed
newest first, the due notices posted to a REAL local webhook server, a dead
line reported with a non-zero exit and the notices kept."""

from __future__ import annotations

import argparse
import dataclasses

import pytest

from app.backoffice_settings import NoticesSection
from app.cli_io import EXIT_ERROR, EXIT_OK
from app.cli_notices import NOTICES_HANDLERS, add_notices_commands
from app.config import Config
from app.db.engine import Database
from app.notices.listing import notice_list
from app.services.notices import enqueue_notice
from tests.app.notices.chat_server import HTTP_500, running_chat


def notices(config: Config, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_notices_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["notices", *argv])
    return NOTICES_HANDLERS[("notices", None)](config, args)


def station_config(config: Config, db: Database, url: str = "") -> Config:
    return dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db.url),
        notices=NoticesSection(webhook_url=url, timeout_s=2),
    )


@pytest.fixture
def queued(db: Database) -> Database:
    for title in ("到货 XY-1001", "上架完成 XY-1001"):
        with db.write() as session:
            enqueue_notice(session, None, "arrival", title, "")
    return db


def test_listing_without_a_webhook(
    config: Config, queued: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert notices(station_config(config, queued)) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "no webhook configured ([notices].webhook_url): notices are only listed"
    assert out[1] == "2 notice(s) listed, 2 not sent yet"
    assert out[2].split("\t")[1:] == [
        "arrival",
        "queued (0 tries)",
        "next try now",
        "上架完成 XY-1001",
    ]
    assert notices(station_config(config, queued), "--send") == EXIT_ERROR
    assert "nothing was sent" in capsys.readouterr().out


def test_send_fails_then_retry_sends_in_order(
    config: Config, queued: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with running_chat() as chat:
        chat.mode = HTTP_500
        assert notices(station_config(config, queued, chat.url), "--send") == EXIT_ERROR
        out = capsys.readouterr().out
        assert "sent 0, failed 1\nlast error: HTTP 500: <html>502 Bad Gateway</html>" in out
        assert "failed (1 tries)" in out and "HTTP 500" in out.splitlines()[-1]
        chat.mode = "ok"
        # Without --retry the failed one waits for its back-off, and the rest behind it.
        assert notices(station_config(config, queued, chat.url), "--send") == EXIT_OK
        assert "sent 0, failed 0" in capsys.readouterr().out
        assert notices(station_config(config, queued, chat.url), "--send", "--retry") == EXIT_OK
        out = capsys.readouterr().out
        assert "1 waiting notice(s) made due now\nsent 2, failed 0" in out
        assert chat.titles() == ["【到货 XY-1001】", "【上架完成 XY-1001】"]
    assert [n.state for n in notice_list(queued)] == ["sent", "sent"]
    assert notices(station_config(config, queued), "--retry") == EXIT_ERROR  # needs --send
