"""Notices reach the group chat through a REAL local webhook server that
fails (HTTP 500, a refused connection, errcode 93000), then recovers: the
queued notices are retried and each arrives exactly once, in order; a dead
line keeps them queued; two senders on one database post each notice once
(R-NEW-1,5; R-REP-4)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.backoffice_settings import NoticesSection
from app.db import migrate
from app.db.engine import Database
from app.db.models import Notice
from app.demo import load_demo
from app.errors import PermissionDenied
from app.notices.listing import notice_list, queue_counts
from app.notices.payload import Reply
from app.notices.sender import backoff_s, retry_now, send_due, send_test
from app.services.auth import login_with_pin
from app.services.notices import enqueue_notice
from tests.app.notices.chat_server import (
    ERRCODE,
    HTTP_500,
    REDIRECT,
    SILENT,
    ChatServer,
    free_port,
    running_chat,
)

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def settings(url: str, **values: object) -> NoticesSection:
    return NoticesSection(**{"webhook_url": url, "timeout_s": 2, **values})  # type: ignore[arg-type]


def enqueue(db: Database, *titles: str) -> None:
    """One transaction each, as the receiving and putaway steps write them."""
    for title in titles:
        with db.write() as session:
            enqueue_notice(session, None, "arrival", title, f"{title} 已到货")


def states(db: Database) -> dict[str, tuple[str, int]]:
    with db.read() as session:
        return {n.title: (n.state, n.attempts) for n in session.scalars(select(Notice))}


def head(db: Database) -> Notice:
    with db.read() as session:
        notice = session.scalars(select(Notice).order_by(Notice.created_at)).first()
        assert notice is not None
        return notice


def test_with_no_webhook_nothing_is_sent_and_the_queue_stays(db: Database) -> None:
    enqueue(db, "到货 A-1")
    report = send_due(db, NoticesSection(), now=T0)
    assert report.configured is False and report.sent == 0
    assert states(db) == {"到货 A-1": ("queued", 0)}


def test_failures_then_recovery_deliver_each_notice_once_in_order(db: Database) -> None:
    enqueue(db, "到货 A-1", "上架完成 A-1", "补货 B-7")
    chat = ChatServer()
    chat.start()
    try:
        chat.mode = HTTP_500
        report = send_due(db, settings(chat.url), now=T0)
        assert (report.sent, report.failed) == (0, 1)
        assert report.error == "HTTP 500: <html>502 Bad Gateway</html>"
        first = head(db)
        assert (first.state, first.attempts, first.last_error) == ("failed", 1, report.error)
        assert first.next_attempt_at == T0 + timedelta(seconds=5)
        # The others wait behind the first, untried: the chat keeps the order.
        assert states(db)["上架完成 A-1"] == ("queued", 0)

        # Before its retry time nothing is posted at all.
        assert send_due(db, settings(chat.url), now=T0 + timedelta(seconds=4)).failed == 0
        assert chat.requests == 1

        chat.mode = ERRCODE
        report = send_due(db, settings(chat.url), now=T0 + timedelta(seconds=5))
        assert report.error == "errcode 93000: invalid webhook url"
        assert head(db).next_attempt_at == T0 + timedelta(seconds=15)  # 10 s after the 2nd
    finally:
        chat.stop()

    report = send_due(db, settings(chat.url), now=T0 + timedelta(seconds=15))  # port closed
    assert report.failed == 1 and report.error.startswith("no answer: ")
    assert "refused" in report.error.lower()
    assert states(db)["到货 A-1"] == ("failed", 3)
    assert chat.delivered == []

    with running_chat(chat.port) as back:
        report = send_due(db, settings(back.url), now=T0 + timedelta(seconds=35))
        assert (report.sent, report.failed) == (3, 0)
        assert back.titles() == ["【到货 A-1】", "【上架完成 A-1】", "【补货 B-7】"]
        first_message = {"msgtype": "text", "text": {"content": "【到货 A-1】\n到货 A-1 已到货"}}
        assert back.delivered[0] == first_message
        # A second pass sends nothing again.
        assert send_due(db, settings(back.url), now=T0 + timedelta(seconds=36)).sent == 0
        assert len(back.delivered) == 3
    assert states(db) == {
        "到货 A-1": ("sent", 4),
        "上架完成 A-1": ("sent", 1),
        "补货 B-7": ("sent", 1),
    }
    listed = notice_list(db)
    assert [n.title for n in listed] == ["补货 B-7", "上架完成 A-1", "到货 A-1"]  # newest first
    assert listed[2].sent_at == T0 + timedelta(seconds=35)
    assert listed[2].last_error.startswith("no answer: ")  # the history stays readable
    assert queue_counts(db).waiting == 0


def test_a_dead_line_keeps_every_notice_queued(db: Database) -> None:
    enqueue(db, "到货 A-1", "到货 A-2")
    url = f"http://127.0.0.1:{free_port()}/send"
    now = T0
    for _ in range(6):
        report = send_due(db, settings(url, retry_max_s=30), now=now)
        now = head(db).next_attempt_at or now
    assert report.failed == 1
    first = head(db)
    assert (first.state, first.attempts) == ("failed", 6)
    assert first.next_attempt_at - first.updated_at == timedelta(seconds=30)  # capped
    assert states(db)["到货 A-2"] == ("queued", 0)
    counts = queue_counts(db)
    assert (counts.waiting, counts.failed) == (2, 1)


def test_backoff_doubles_up_to_the_setting() -> None:
    assert [backoff_s(n, 300) for n in range(1, 9)] == [5, 10, 20, 40, 80, 160, 300, 300]
    assert backoff_s(1, 0) == 0


class StationDied(BaseException):
    """The station's process ended in the middle of a post."""


def test_a_claim_left_by_a_dead_station_is_taken_over_after_its_lease(db: Database) -> None:
    enqueue(db, "到货 A-1")

    def dies(url: str, data: bytes, timeout: float) -> Reply:
        raise StationDied

    with running_chat() as chat:
        with pytest.raises(StationDied):
            send_due(db, settings(chat.url), now=T0, post=dies)
        assert states(db) == {"到货 A-1": ("sending", 1)}
        assert send_due(db, settings(chat.url), now=T0 + timedelta(seconds=59)).sent == 0
        assert chat.requests == 0  # still claimed
        assert send_due(db, settings(chat.url), now=T0 + timedelta(seconds=60)).sent == 1
        assert chat.titles() == ["【到货 A-1】"]
    assert states(db) == {"到货 A-1": ("sent", 2)}


def test_a_redirect_or_no_answer_is_a_failure(db: Database) -> None:
    enqueue(db, "到货 A-1")
    with running_chat() as chat:
        chat.mode = REDIRECT
        assert send_due(db, settings(chat.url), now=T0).error.startswith("HTTP 302")
        chat.mode = SILENT
        report = send_due(db, settings(chat.url, timeout_s=1), now=T0 + timedelta(minutes=1))
        assert report.error.startswith("no answer: ")
        assert "timed out" in report.error
    assert states(db) == {"到货 A-1": ("failed", 2)}


def test_send_now_makes_the_waiting_notices_due_at_once(db: Database) -> None:
    load_demo(db, orders=0, now=T0)
    enqueue(db, "到货 A-1", "到货 A-2")
    url = f"http://127.0.0.1:{free_port()}/send"
    send_due(db, settings(url), now=T0)
    packer = login_with_pin(db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        retry_now(db, packer, T0 + timedelta(seconds=1))
    assert head(db).next_attempt_at == T0 + timedelta(seconds=5)  # nothing changed
    clerk = login_with_pin(db, "wenyuan", "1234")
    assert retry_now(db, clerk, T0 + timedelta(seconds=1)) == 1
    with running_chat() as chat:
        assert send_due(db, settings(chat.url), now=T0 + timedelta(seconds=1)).sent == 2
        assert chat.titles() == ["【到货 A-1】", "【到货 A-2】"]


def test_a_test_message_is_posted_and_not_queued(db: Database) -> None:
    with running_chat() as chat:
        assert send_test(settings(chat.url), "测试通知", "来自 S1") == Reply(True)
        assert chat.titles() == ["【测试通知】"]
        chat.mode = ERRCODE
        reply = send_test(settings(chat.url, format="dingtalk"), "测试通知", "来自 S1")
        assert reply == Reply(False, "errcode 93000: invalid webhook url")
    assert send_test(NoticesSection(), "测试", "") == Reply(False, "no webhook_url configured")
    assert notice_list(db) == []


def run_senders(databases: list[Database], url: str) -> None:
    """Each database handle is one station's sender, on its own thread, until
    the queue is empty."""
    errors: list[BaseException] = []

    def sender(db: Database) -> None:
        try:
            for _ in range(2000):
                if queue_counts(db).waiting == 0:
                    return
                if send_due(db, settings(url)).sent == 0:
                    time.sleep(0.005)  # the head is another sender's: let it finish
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=sender, args=(db,)) for db in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def two_senders_post_each_notice_once(url_db: str) -> None:
    stations = [Database(url_db), Database(url_db)]
    try:
        titles = [f"到货 {i:02d}" for i in range(20)]
        enqueue(stations[0], *titles)
        with running_chat() as chat:
            run_senders(stations, chat.url)
            assert chat.titles() == [f"【{t}】" for t in titles]  # each once, in order
            assert chat.requests == 20
        assert {s for s, _ in states(stations[1]).values()} == {"sent"}
    finally:
        for db in stations:
            db.dispose()


def test_two_senders_on_one_sqlite_database_post_each_notice_once(db: Database) -> None:
    two_senders_post_each_notice_once(db.url)


@pytest.mark.postgres
def test_two_stations_on_the_shared_server_post_each_notice_once(pg_url: str) -> None:
    server = Database(pg_url)
    migrate.upgrade(server.engine)
    server.dispose()
    two_senders_post_each_notice_once(pg_url)
