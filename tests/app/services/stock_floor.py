"""The demo warehouse for the stock operations' tests (R-STK-1..4): what a
bin holds, the ledger's size, and a keeper of warehouse B to send transfers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Product,
    Reservation,
    StockMovement,
)
from app.demo import load_demo
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.users import add_user_from_console

DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
B_KEEPER = ("cangguan_b", "孙仓管", "1357", Role.PICKER, "USR0101")


@dataclass(frozen=True)
class People:
    keeper_a: Actor  # 钱配货, A's keeper: raises, receives
    keeper_b: Actor  # 孙仓管, B's keeper: sends
    clerk: Actor  # 赵文员: posts
    boss: Actor  # 王主管
    qc: Actor  # 吴质检
    packer: Actor  # may do no stock operation


def load_floor(db: Database) -> People:
    """The demo warehouses (no orders) and B's keeper."""
    load_demo(db, orders=0, now=NOW)
    username, name, pin, role, badge = B_KEEPER
    add_user_from_console(db, username, name, pin, [role], badge)
    return people(db)


def people(db: Database, station: str = "") -> People:
    return People(
        login_with_pin(db, "peihuo", "1234", station),
        login_with_pin(db, B_KEEPER[0], B_KEEPER[2], station),
        login_with_pin(db, "wenyuan", "1234", station),
        login_with_pin(db, "zhuguan", "8888", station),
        login_with_pin(db, "zhijian", "1234", station),
        login_with_pin(db, "dabao", "1234", station),
    )


def on_hand(db: Database, sku: str, bin_code: str) -> dict[str | None, int]:
    """Lot id -> units of ``sku`` in ``bin_code`` (only lots with units)."""
    with db.read() as session:
        rows = session.execute(
            select(StockMovement.lot_id, func.sum(StockMovement.quantity))
            .join(Product, Product.id == StockMovement.product_id)
            .join(Location, Location.id == StockMovement.location_id)
            .where(Product.sku_code == sku, Location.code == bin_code)
            .group_by(StockMovement.lot_id)
        ).all()
    return {lot: int(qty) for lot, qty in rows if qty}


def units(db: Database, sku: str, bin_code: str) -> int:
    return sum(on_hand(db, sku, bin_code).values())


def stock_in(
    db: Database, warehouse_prefix: str, kinds: tuple[str, ...] = ("pick",)
) -> list[tuple[str, str, int]]:
    """(sku, bin, units) of every goods SKU in the warehouse's bins of ``kinds``."""
    with db.read() as session:
        rows = session.execute(
            select(Product.sku_code, Location.code, func.sum(StockMovement.quantity))
            .join(Product, Product.id == StockMovement.product_id)
            .join(Location, Location.id == StockMovement.location_id)
            .where(
                Location.code.like(f"{warehouse_prefix}-%"),
                Location.kind.in_(kinds),
                Product.kind == "goods",
            )
            .group_by(Product.sku_code, Location.code)
            .order_by(Location.code, Product.sku_code)
        ).all()
    return [(sku, code, int(qty)) for sku, code, qty in rows if qty]


def ledger_size(db: Database) -> dict[str, int]:
    """Row counts of everything a stock operation writes: unchanged means nothing written."""
    with db.read() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (
                Document,
                DocumentLine,
                DocumentSignature,
                StockMovement,
                Reservation,
                Location,
            )
        }
