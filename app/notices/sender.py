"""Emptying the notices queue into the group chat (R-NEW-1,5; R-REP-4).

Oldest first, one at a time, and in order: a notice waiting for its retry
holds the ones behind it, so the chat reads arrivals in the order they came.
Each notice is claimed with a guarded UPDATE on its version before it is
posted, so two stations (or two senders) never post the same one at the same
time; the claim lasts ``lease_s`` and a station that died with it is taken
over afterwards. A failed post counts the try, keeps the error and waits
``backoff_s`` (doubling up to ``[notices].retry_max_s``) before the next; no
notice is ever dropped. Posting happens outside any transaction.

The one case that can post a notice twice: the database is lost between a
successful post and its ``sent`` mark (the claim then runs out and another
try is made). Losing a notice is worse than a repeated line in the chat.
"""

from __future__ import annotations

import http.client
import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.backoffice_settings import NoticesSection
from app.db.engine import Database
from app.db.models import Notice
from app.notices.listing import UNSENT
from app.notices.payload import Reply, build_payload, encode, parse_reply
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event

log = logging.getLogger(__name__)

NOTICES_ACTION = Action.RECEIVE  # who sees the list and may ask for a send now
STYLE = "text"  # see payload.plain_text: reads the same in every client
FIRST_RETRY_S = 5
LEASE_MIN_S = 60
MAX_ANSWER = 64 * 1024  # bytes of the chat's answer read
MAX_ERROR = 1000  # characters of an error kept on the notice

Poster = Callable[[str, bytes, float], Reply]


@dataclass(frozen=True)
class SendReport:
    """One pass over the queue."""

    configured: bool  # False: no webhook_url, nothing was sent
    sent: int = 0
    failed: int = 0
    error: str = ""  # the last failure's text


def backoff_s(attempts: int, retry_max_s: int) -> int:
    """The wait after the ``attempts``-th failed try: 5 s, 10 s, 20 s …, at
    most ``retry_max_s``."""
    return min(FIRST_RETRY_S << max(attempts - 1, 0), retry_max_s)


def lease_s(settings: NoticesSection) -> int:
    """How long a claim holds: well past the post's time-out, so only a
    station that died (or hung) loses its claim."""
    return max(LEASE_MIN_S, 4 * settings.timeout_s)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is a failure: urllib would repeat a POST as a GET, and a
    captive portal's login page is not the chat."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def post_json(url: str, data: bytes, timeout_s: float) -> Reply:
    """POST the JSON; every failure (refused, time-out, HTTP error, a refusal
    in the answer) comes back as a Reply with its text, never as an exception."""
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    try:
        with _OPENER.open(request, timeout=max(timeout_s, 1)) as response:
            return parse_reply(response.status, response.read(MAX_ANSWER))
    except urllib.error.HTTPError as exc:
        with exc:
            return parse_reply(exc.code, exc.read(MAX_ANSWER))
    except urllib.error.URLError as exc:
        return Reply(False, f"no answer: {exc.reason}")
    except (OSError, http.client.HTTPException) as exc:  # time-out, reset, bad answer
        return Reply(False, f"no answer: {type(exc).__name__}: {exc}".rstrip(": "))


def send_test(settings: NoticesSection, title: str, body: str, post: Poster = post_json) -> Reply:
    """Post a message that is not queued (the screen's test button): does the
    chat get it with these settings?"""
    if not settings.webhook_url:
        return Reply(False, "no webhook_url configured")
    payload = encode(build_payload(settings.format, title, body, STYLE))
    return post(settings.webhook_url, payload, settings.timeout_s)


@dataclass(frozen=True)
class _Claim:
    id: str
    version: int
    title: str
    body: str
    attempts: int


def send_due(
    db: Database,
    settings: NoticesSection,
    now: datetime | None = None,
    post: Poster = post_json,
    limit: int = 100,
    keep_going: Callable[[], bool] = lambda: True,
) -> SendReport:
    """Post the due notices oldest first, until the queue's head is not due
    (waiting for its retry, or being sent by another station) or a post fails.

    ``now`` pins the clock (tests); by default each step reads the time.
    ``keep_going`` is asked before each notice (a closing window stops here).
    """
    if not settings.webhook_url:
        return SendReport(configured=False)

    def clock() -> datetime:
        return now or datetime.now(UTC)

    sent = failed = 0
    error = ""
    for _ in range(limit):
        if not keep_going():
            break
        claim = _claim_head(db, clock(), lease_s(settings))
        if claim is None:
            break
        payload = encode(build_payload(settings.format, claim.title, claim.body, STYLE))
        reply = post(settings.webhook_url, payload, settings.timeout_s)
        _settle(db, claim, reply, clock(), settings.retry_max_s)
        if not reply.ok:
            failed, error = failed + 1, reply.error
            break  # the chat or the line is down: the rest wait behind this one
        sent += 1
    return SendReport(True, sent, failed, error)


def _claim_head(db: Database, now: datetime, lease: int) -> _Claim | None:
    """The oldest unsent notice, claimed, if it is due; None when the queue is
    empty or its head must wait."""
    with db.write() as session:
        head = session.execute(
            select(
                Notice.id,
                Notice.version,
                Notice.title,
                Notice.body,
                Notice.attempts,
                Notice.next_attempt_at,
            )
            .where(Notice.state.in_(UNSENT))
            .order_by(Notice.created_at, Notice.id)
            .limit(1)
        ).one_or_none()
        if head is None or (head.next_attempt_at is not None and head.next_attempt_at > now):
            return None
        attempts = head.attempts + 1
        claimed = _move(
            session,
            head.id,
            head.version,
            state="sending",
            attempts=attempts,
            next_attempt_at=now + timedelta(seconds=lease),
            updated_at=now,
        )
        if not claimed:
            return None  # another sender moved it first; it carries on with the queue
        return _Claim(head.id, head.version + 1, head.title, head.body, attempts)


def _settle(db: Database, claim: _Claim, reply: Reply, now: datetime, retry_max_s: int) -> None:
    """Sent, or failed with its error and the time of the next try."""
    with db.write() as session:
        if reply.ok:
            values: dict[str, Any] = {"state": "sent", "sent_at": now, "next_attempt_at": None}
        else:
            wait = timedelta(seconds=backoff_s(claim.attempts, retry_max_s))
            values = {
                "state": "failed",
                "last_error": reply.error[:MAX_ERROR],
                "next_attempt_at": now + wait,
            }
        if not _move(session, claim.id, claim.version, updated_at=now, **values):
            log.warning(
                "notice %s was taken over by another sender while this one posted it (%s)",
                claim.id,
                "delivered" if reply.ok else reply.error,
            )


def _move(session: Session, notice_id: str, version: int, **values: Any) -> bool:
    """Change the notice only from the version read (the services' guarded update)."""
    moved = session.execute(
        update(Notice)
        .where(Notice.id == notice_id, Notice.version == version)
        .values(version=version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    return getattr(moved, "rowcount", 1) == 1


def make_due(session: Session, now: datetime) -> int:
    """Every notice waiting for a retry is due at once (a claim being sent
    keeps its lease). Returns how many."""
    moved = session.execute(
        update(Notice)
        .where(Notice.state.in_(("queued", "failed")), Notice.next_attempt_at > now)
        .values(next_attempt_at=now, version=Notice.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(moved, "rowcount", 0) or 0)


def retry_now(db: Database, actor: Actor, now: datetime) -> int:
    """The "send now" key: the waiting notices are tried at the next pass
    instead of after their back-off (the line is known to be back)."""
    with db.write() as session:
        authorize(session, actor, NOTICES_ACTION)
        count = make_due(session, now)
        record_event(session, actor, "notice.retry_now", {"notices": count})
    return count


def make_due_from_console(db: Database, now: datetime) -> int:
    """``notices --send --retry`` by a technician at the console."""
    with db.write() as session:
        return make_due(session, now)
