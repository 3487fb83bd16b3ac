"""What the books' tests share: the demo warehouse on the 28th of November
(Shanghai afternoon), its people, and a photo-sample slip made, signed by the
taker and the supervisor, and posted (R-NEW-2, R-ACC-2)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.backoffice_settings import NewProductsSection
from app.db.engine import Database
from app.db.models import Location, Product, StockMovement
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.documents import sign
from app.services.samples import create_slip, post_slip

DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
SETTINGS = NewProductsSection()


_LOGINS: dict[tuple[str, str], Actor] = {}


def _login(db: Database, username: str, pin: str) -> Actor:
    """One PIN check per test database and user (argon2 is slow on purpose)."""
    key = (str(db.engine.url), username)  # each test has its own database file
    if key not in _LOGINS:
        _LOGINS[key] = login_with_pin(db, username, pin)
    return _LOGINS[key]


def clerk(db: Database) -> Actor:
    return _login(db, "wenyuan", "1234")


def boss(db: Database) -> Actor:
    return _login(db, "zhuguan", "8888")


def taker(db: Database) -> Actor:
    """The product team's photographer has any login; the QC login stands in."""
    return _login(db, "zhijian", "1234")


def goods(db: Database, index: int = 0) -> Product:
    with db.read() as session:
        products = session.scalars(
            select(Product).where(Product.kind == "goods").order_by(Product.sku_code)
        ).all()
        return products[index]


def location(db: Database, code: str) -> Location:
    with db.read() as session:
        return session.scalars(select(Location).where(Location.code == code)).one()


def balance(db: Database, product_id: str, location_id: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                    StockMovement.product_id == product_id,
                    StockMovement.location_id == location_id,
                )
            )
            or 0
        )


def signed_slip(db: Database, sku: str, qty: int, day: date = DAY) -> str:
    number = create_slip(db, clerk(db), day, [(sku, qty)], SETTINGS)
    sign(db, clerk(db), number, "taker", taker(db), "badge")
    sign(db, clerk(db), number, "supervisor", boss(db), "pin")
    return number


def posted_slip(db: Database, sku: str, qty: int, now: datetime = NOW) -> str:
    number = signed_slip(db, sku, qty)
    post_slip(db, clerk(db), number, now)
    return number
