"""A station with a supervisor, a packer and a picker, for the printing tests."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.users import add_user_from_console, ensure_station

PIN = "2468"


@dataclass(frozen=True)
class Staff:
    station_id: str
    supervisor: Actor
    packer: Actor
    picker: Actor


def make_staff(db: Database, station_code: str = "ST01") -> Staff:
    station_id = ensure_station(db, station_code, "打包台 1")
    actors = {}
    for role in (Role.SUPERVISOR, Role.PACKER, Role.PICKER):
        username = f"{role.value}_{station_code.lower()}"
        add_user_from_console(db, username, f"测试{role.value}", PIN, [role])
        actors[role] = login_with_pin(db, username, PIN, station_code)
    return Staff(station_id, actors[Role.SUPERVISOR], actors[Role.PACKER], actors[Role.PICKER])
