"""Payment check and audit (R-ORD-1..4): the pass limit, keyword holds, cut-off, release."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.config import AuditSection, Config, ConfigError, Paths, load_config, save_config_value
from app.db.engine import Database
from app.db.models import AuditEntry, Order, OutboxEvent
from app.demo import data, load_demo
from app.errors import InvalidInput, PermissionDenied
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.order_audit import (
    HoldReason,
    OrderNotHeld,
    audit_pass,
    audit_queue,
    held_orders,
    match_rules,
    parse_reasons,
    release_hold,
    save_audit_rules,
    split_words,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
DEMO_NOW = datetime(2026, 11, 28, 16, 0, tzinfo=SHANGHAI)  # demo orders: paid today before 16:00
PASS_NOW = datetime(2026, 11, 28, 18, 0, tzinfo=SHANGHAI)
TODAY = date(2026, 11, 28)
RULE_OF_KIND = {
    "address": "change_address",
    "courier": "change_courier",
    "split": "split",
    "hold": "hold",
    "invoice": "invoice",
}


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_demo(db, orders=60, now=DEMO_NOW)
    return db


def _orders(db: Database) -> list[Order]:
    with db.read() as s:
        return list(s.scalars(select(Order).order_by(Order.paid_at, Order.platform_order_no)))


def _set(db: Database, order_no: str, **values: object) -> None:
    with db.write() as s:
        order = s.scalars(select(Order).where(Order.platform_order_no == order_no)).one()
        for key, value in values.items():
            setattr(order, key, value)


def _clerk(db: Database) -> Actor:
    return login_with_pin(db, "zhidan", "1234")


def test_a_pass_takes_at_most_max_orders_oldest_first(demo_db: Database, config: Config) -> None:
    small = dataclasses.replace(config, audit=dataclasses.replace(config.audit, max_orders=20))
    oldest = [o.platform_order_no for o in _orders(demo_db)]
    first = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW, config=small)
    assert [r.order_no for r in first.orders] == oldest[:20]
    assert first.audited + first.held == 20 and first.remaining == 40
    statuses = [o.status for o in _orders(demo_db)]
    assert "paid" not in statuses[:20] and set(statuses[20:]) == {"paid"}
    # a caller's limit cannot raise the configured maximum (R-ORD-3)
    second = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW, limit=500, config=small)
    assert [r.order_no for r in second.orders] == oldest[20:40]
    third = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW, limit=5, config=small)
    assert [r.order_no for r in third.orders] == oldest[40:45] and third.remaining == 15
    with pytest.raises(InvalidInput):
        audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW, limit=0, config=small)


def test_a_pass_never_takes_more_than_200_even_if_configured(db: Database, config: Config) -> None:
    load_demo(db, orders=230, now=DEMO_NOW)
    big = dataclasses.replace(config, audit=dataclasses.replace(config.audit, max_orders=500))
    result = audit_pass(db, _clerk(db), now=PASS_NOW, config=big)
    assert len(result.orders) == 200 and result.remaining == 30  # R-ORD-3


def test_change_requests_are_held_with_the_rule_and_the_words(demo_db: Database) -> None:
    texts = {t: RULE_OF_KIND[kind] for kind, *said in data.CHANGE_REQUESTS for t in said}
    result = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW)
    assert result.remaining == 0 and len(result.orders) == 60
    by_no = {r.order_no: r for r in result.orders}
    special = 0
    for order in _orders(demo_db):
        asked = [texts[t] for t in (order.cs_remark, order.buyer_message) if t in texts]
        if asked:
            special += 1
            assert order.status == "held"
            assert order.held_reason.startswith(f"{asked[0]}: ")
            assert by_no[order.platform_order_no].reasons == (order.held_reason,)
        else:  # no remark, or a harmless one
            assert order.status == "audited" and order.held_reason == ""
    assert special == result.held == 5  # 8% of 60
    with demo_db.read() as s:
        kinds = list(s.scalars(select(OutboxEvent.type).where(OutboxEvent.type.like("order.%"))))
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "orders_audited")))
    assert kinds.count("order.held") == 5 and kinds.count("order.audited") == 55
    assert len(entries) == 1 and entries[0].detail["held"] == 5


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("客人要求改地址，新地址见旺旺聊天记录", ("change_address: 改地址",)),
        ("地址写错了，麻烦改成公司地址，谢谢", ("change_address: 地址写错",)),
        ("能发顺丰吗？运费差价我补", ("change_courier: 发顺丰",)),
        ("两样东西麻烦分开发货，送不同的人", ("split: 分开发",)),
        ("先别发货，过两天我确认了再发", ("hold: 先别发",)),
        ("需要开发票，抬头稍后发给客服", ("invoice: 发票",)),
        ("改地址，另外要开票", ("change_address: 改地址", "invoice: 开票")),
        *[(harmless, ()) for harmless in (*data.HARMLESS_MESSAGES, *data.HARMLESS_REMARKS)],
    ],
)
def test_keyword_rules(text: str, reasons: tuple[str, ...]) -> None:
    assert match_rules(AuditSection(), text) == reasons
    assert match_rules(AuditSection(), "", text) == reasons  # buyer message as well


def test_unpaid_orders_are_never_audited(demo_db: Database) -> None:
    first, second, *_ = _orders(demo_db)
    _set(demo_db, first.platform_order_no, status="new", paid_at=None)
    _set(demo_db, second.platform_order_no, paid_at=None)  # "paid" without a payment time
    result = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW)
    done = {r.order_no for r in result.orders}
    assert len(done) == 58 and not done & {first.platform_order_no, second.platform_order_no}
    statuses = {o.platform_order_no: o.status for o in _orders(demo_db)}
    assert statuses[first.platform_order_no] == "new"
    assert statuses[second.platform_order_no] == "paid"


def test_cut_off_sends_later_payments_to_the_next_day(demo_db: Database) -> None:
    numbers = [o.platform_order_no for o in _orders(demo_db)][:4]
    times = [(16, 59, 0), (16, 59, 59), (17, 0, 0), (17, 30, 0)]
    for order_no, (h, m, sec) in zip(numbers, times, strict=True):
        _set(demo_db, order_no, paid_at=datetime(2026, 11, 28, h, m, sec, tzinfo=SHANGHAI))
    result = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW.astimezone(UTC))
    days = {r.order_no: r.ship_day for r in result.orders}
    assert [days[n] for n in numbers] == [TODAY, TODAY, date(2026, 11, 29), date(2026, 11, 29)]
    by_id = {o.platform_order_no: o.id for o in _orders(demo_db)}
    assert set(result.next_day) == {by_id[numbers[2]], by_id[numbers[3]]}
    with demo_db.read() as s:
        wanted = OutboxEvent.type.in_(("order.audited", "order.held"))
        events = s.scalars(select(OutboxEvent).where(wanted))
        payload_days = {e.payload["platform_order_no"]: e.payload["ship_day"] for e in events}
    assert payload_days[numbers[3]] == "2026-11-29" and payload_days[numbers[0]] == "2026-11-28"


def test_yesterdays_late_order_ships_today_not_tomorrow(demo_db: Database) -> None:
    order_no = _orders(demo_db)[0].platform_order_no
    _set(demo_db, order_no, paid_at=datetime(2026, 11, 27, 17, 30, tzinfo=SHANGHAI))
    result = audit_pass(demo_db, _clerk(demo_db), now=PASS_NOW)
    assert result.orders[0].order_no == order_no and result.orders[0].ship_day == TODAY
    assert result.next_day == ()


def test_release_needs_a_note_and_a_held_order(demo_db: Database) -> None:
    clerk = _clerk(demo_db)
    result = audit_pass(demo_db, clerk, now=PASS_NOW)
    held = next(r for r in result.orders if r.outcome == "held")
    passed = next(r for r in result.orders if r.outcome == "audited")
    for note in ("", "   "):
        with pytest.raises(InvalidInput):
            release_hold(demo_db, clerk, held.order_id, note, now=PASS_NOW)
    with pytest.raises(OrderNotHeld):
        release_hold(demo_db, clerk, passed.order_id, "已处理", now=PASS_NOW)
    released = release_hold(demo_db, clerk, held.order_id, " 已按旺旺改好地址 ", now=PASS_NOW)
    assert released.outcome == "audited" and released.ship_day == TODAY
    with demo_db.read() as s:
        order = s.get(Order, held.order_id)
        assert order is not None and order.status == "audited" and order.held_reason == ""
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "order_hold_released")
        ).one()
    assert entry.entity_id == held.order_id and entry.detail["note"] == "已按旺旺改好地址"
    assert entry.detail["reason"] == held.reasons[0]


def test_a_packer_may_not_audit_a_supervisor_may(demo_db: Database) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        audit_pass(demo_db, packer, now=PASS_NOW)
    assert {o.status for o in _orders(demo_db)} == {"paid"}
    boss = login_with_pin(demo_db, "zhuguan", "8888")
    held = next(r for r in audit_pass(demo_db, boss, now=PASS_NOW).orders if r.outcome == "held")
    with pytest.raises(PermissionDenied):
        release_hold(demo_db, packer, held.order_id, "ok", now=PASS_NOW)
    assert release_hold(demo_db, boss, held.order_id, "ok", now=PASS_NOW).outcome == "audited"


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("max_orders = 0", "[audit].max_orders"),
        ("max_orders = 201", "[audit].max_orders"),
        ('max_orders = "200"', "[audit].max_orders"),
        ('cutoff = "25:00"', "[audit].cutoff"),
        ('cutoff = "5pm"', "[audit].cutoff"),
        ('cutoff = "7:00"', "[audit].cutoff"),
        ('timezone = "Mars/Olympus"', "[audit].timezone"),
        ('timezone = ""', "[audit].timezone"),
        ('hold = "暂停发货"', "[audit].hold"),
        ('hold = ["暂停发货", " "]', "[audit].hold"),
        ("invoice = [1, 2]", "[audit].invoice"),
        ('hodl = ["暂停"]', "'hodl'"),
    ],
)
def test_bad_audit_config_names_the_key(tmp_path: Path, toml: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f"[audit]\n{toml}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        load_config(path, paths=Paths.default())


def test_audit_config_reads_and_saves_keyword_lists(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text('[audit]\ncutoff = "16:30"\nhold = [" 等等 ", "暂停"]\n', encoding="utf-8")
    config = load_config(path, paths=Paths.default())
    assert config.audit.cutoff == "16:30" and config.audit.hold == ("等等", "暂停")
    assert config.audit.invoice == ("发票", "开票") and config.audit.max_orders == 200
    save_config_value(config, "audit", "split", ["拆开发"])
    assert load_config(path, paths=Paths.default()).audit.split == ("拆开发",)


def test_the_queue_counts_waiting_late_and_held_orders(demo_db: Database, config: Config) -> None:
    clerk = _clerk(demo_db)
    numbers = [o.platform_order_no for o in _orders(demo_db)]
    # R-ORD-4: at 17:00:00 exactly it is late; one second before it is not
    _set(demo_db, numbers[-1], paid_at=datetime(2026, 11, 28, 17, 0, 0, tzinfo=SHANGHAI))
    _set(demo_db, numbers[-2], paid_at=datetime(2026, 11, 28, 16, 59, 59, tzinfo=SHANGHAI))
    _set(demo_db, numbers[-3], paid_at=datetime(2026, 11, 28, 21, 5, tzinfo=SHANGHAI))
    _set(demo_db, numbers[0], status="new", paid_at=None)  # R-ORD-1: not waiting
    queue = audit_queue(demo_db, clerk, PASS_NOW, config=config)
    assert (queue.waiting, queue.after_cutoff, queue.held) == (59, 2, 0)
    assert (queue.pass_size, queue.cutoff, queue.timezone) == (200, "17:00", "Asia/Shanghai")
    result = audit_pass(demo_db, clerk, now=PASS_NOW, config=config)
    assert len(result.next_day) == 2
    after = audit_queue(demo_db, clerk, PASS_NOW.astimezone(UTC), config=config)
    assert (after.waiting, after.after_cutoff, after.held) == (0, 0, result.held)
    # the next morning yesterday's late payments are no longer "after the cut-off"
    for order_no in (numbers[-1], numbers[-3]):
        _set(demo_db, order_no, status="paid")
    morning = datetime(2026, 11, 29, 9, 0, tzinfo=SHANGHAI)
    assert audit_queue(demo_db, clerk, morning, config=config).after_cutoff == 0
    big = dataclasses.replace(config, audit=dataclasses.replace(config.audit, max_orders=500))
    assert audit_queue(demo_db, clerk, PASS_NOW, config=big).pass_size == 200  # R-ORD-3


def test_held_orders_carry_the_rules_the_remark_and_the_message(demo_db: Database) -> None:
    first, second, *_ = [o.platform_order_no for o in _orders(demo_db)]
    _set(demo_db, first, cs_remark="客人要求改地址，另外要开票", buyer_message="谢谢")
    _set(demo_db, second, cs_remark="", buyer_message="先别发货，等通知")
    clerk = _clerk(demo_db)
    result = audit_pass(demo_db, clerk, now=PASS_NOW)
    held = held_orders(demo_db, clerk)
    assert len(held) == result.held  # the demo's own change requests as well (R-ORD-2)
    by_no = {h.order_no: h for h in held}
    assert [h.order_no for h in held[:2]] == [first, second]  # oldest payment first
    one = by_no[first]
    assert one.reasons == (
        HoldReason("change_address", ("改地址",)),
        HoldReason("invoice", ("开票",)),
    )
    assert one.cs_remark == "客人要求改地址，另外要开票" and one.buyer_message == "谢谢"
    assert one.paid_at is not None and one.recipient_name and one.waybill_no
    assert by_no[second].reasons == (HoldReason("hold", ("先别发", "等通知")),)
    release_hold(demo_db, clerk, one.order_id, "已改地址，发票随后寄", now=PASS_NOW)
    assert first not in {h.order_no for h in held_orders(demo_db, clerk)}


def test_a_packer_may_not_read_the_audit_desk(demo_db: Database) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        audit_queue(demo_db, packer, PASS_NOW)
    with pytest.raises(PermissionDenied):
        held_orders(demo_db, packer)


def test_reasons_and_typed_words_are_parsed() -> None:
    assert parse_reasons("") == ()
    assert parse_reasons("split: 分开发; invoice: 发票、开票") == (
        HoldReason("split", ("分开发",)),
        HoldReason("invoice", ("发票", "开票")),
    )
    assert split_words(" 改地址、换地址,地址写错， 改地址  送公司；另寄 ") == (
        "改地址",
        "换地址",
        "地址写错",
        "送公司",
        "另寄",
    )
    assert split_words(" 、 ,") == ()


def _config_file(config: Config) -> Path:
    return config.paths.config_file


def test_saving_rules_writes_the_changed_keys_and_the_next_pass_uses_them(
    demo_db: Database, config: Config
) -> None:
    clerk = _clerk(demo_db)
    first = _orders(demo_db)[0].platform_order_no
    _set(demo_db, first, cs_remark="客人说周末再送", buyer_message="")
    rules = dataclasses.replace(config.audit, hold=("周末再送",), max_orders=10, cutoff="16:30")
    saved = save_audit_rules(demo_db, clerk, config, rules)
    assert saved.audit == rules and saved.source == _config_file(config)
    assert saved.database == config.database  # the rest of the running config is kept
    reread = load_config(paths=config.paths)
    assert reread.audit.hold == ("周末再送",) and reread.audit.cutoff == "16:30"
    assert reread.audit.invoice == AuditSection().invoice  # untouched keys stay defaults
    result = audit_pass(demo_db, clerk, now=PASS_NOW, config=saved)
    assert len(result.orders) == 10
    assert result.orders[0].reasons == ("hold: 周末再送",)
    with demo_db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "audit_rules_changed")
        ).one()
    assert entry.username == "zhidan"
    assert entry.detail["changed"] == {"max_orders": 10, "cutoff": "16:30", "hold": ["周末再送"]}
    # an empty list switches a rule off (a valid TOML array)
    off = save_audit_rules(demo_db, clerk, saved, dataclasses.replace(saved.audit, invoice=()))
    assert load_config(paths=config.paths).audit.invoice == () == off.audit.invoice


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"max_orders": 0}, "max_orders"),
        ({"max_orders": 201}, "max_orders"),  # R-ORD-3: never more than 200 a pass
        ({"cutoff": "17.00"}, "cutoff"),
        ({"cutoff": "24:00"}, "cutoff"),
        ({"split": ("拆单", " ")}, "split"),
    ],
)
def test_bad_rules_save_nothing(
    demo_db: Database, config: Config, change: dict[str, object], field: str
) -> None:
    good = dataclasses.replace(config.audit, hold=("先等等",))
    bad = dataclasses.replace(good, **change)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as caught:
        save_audit_rules(demo_db, _clerk(demo_db), config, bad)
    assert caught.value.params["field"] == field
    assert not _config_file(config).exists()  # not even the good key was written


def test_a_packer_may_not_change_the_rules(demo_db: Database, config: Config) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    rules = dataclasses.replace(config.audit, hold=("先等等",))
    with pytest.raises(PermissionDenied):
        save_audit_rules(demo_db, packer, config, rules)
    assert not _config_file(config).exists()
