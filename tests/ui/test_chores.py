"""The window's housekeeping: a reservation past its days goes back to sale
(R-STK-1) without anyone opening the reservations tab."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db.engine import Database
from app.db.models import Reservation
from app.services.reservations import reserve
from app.station import Station
from tests.app.services.stock_floor import NOW, load_floor
from ui.chores import Chores


def test_a_reservation_past_its_days_returns_to_sale_by_itself(
    qtbot: QtBot, db: Database, config: Config
) -> None:
    people = load_floor(db)
    station = Station(config=config, db=db, station_id="")
    reserve(station.db, people.clerk, "LJ01-050-GN", 5, "老客户 陈女士", NOW, warehouse="A")
    reserve(station.db, people.clerk, "LJ01-050-GN", 2, "新客户", NOW + timedelta(days=1))
    chores = Chores(station, clock=lambda: NOW + timedelta(days=7))
    try:
        chores.start(first_ms=0)
        qtbot.waitUntil(lambda: chores.last is not None, timeout=10_000)
        assert chores.last is not None and chores.last.reservations_released == 1
        with station.db.read() as session:
            states = sorted(session.scalars(select(Reservation.state)))
        assert states == ["held", "released"]
    finally:
        chores.stop()
