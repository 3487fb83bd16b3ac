"""A station process for the crash tests: it opens the station's database as
the program does (config from ``WAREHOUSE_STATION_HOME``), logs in, and works
as told, printing one line after each step returns, that is after its
durable commit. The test kills it with SIGKILL.

``python -m tests.e2e.station_process MODE JSON``:

- ``verify``: open the order (JSON: order number), then one scan per line
  read from stdin; waits on stdin between scans.
- ``verify-loop``: open the order, then scan the item and undo it, again and
  again, as fast as it can (JSON: [order number, item code]).
- ``pack-loop`` / ``weigh-loop``: pack or weigh the listed orders one after
  another (JSON: [[order id, order number, waybill number], ...]).
"""

from __future__ import annotations

import json
import sys

from app.config import Paths, load_config
from app.services.auth import login_with_pin
from app.services.pack import confirm_pack, open_pack
from app.services.verify import VerifyStop, open_verify, undo_verify_scan, verify_scan
from app.services.weigh import open_weigh, weigh_parcel
from app.station import open_station

USERS = {"verify": "yanhuo", "verify-loop": "yanhuo", "pack-loop": "dabao", "weigh-loop": "yanhuo"}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(mode: str, arg: str) -> None:
    config = load_config(paths=Paths.default())
    station = open_station(config, demo_if_empty=False)
    db = station.db
    actor = login_with_pin(db, USERS[mode], "1234", config.station.code)
    work = json.loads(arg)
    if mode == "verify":
        order_id = open_verify(db, actor, work).parcel.order_id
        say("opened")
        for line in sys.stdin:
            try:
                state = verify_scan(db, actor, order_id, line.strip())
                say(f"ok {sum(state.scanned.values())}")
            except VerifyStop as stop:
                say(f"stop {stop.params['reason']}")
    elif mode == "verify-loop":
        order_no, item = work
        order_id = open_verify(db, actor, order_no).parcel.order_id
        say("opened")
        while True:
            verify_scan(db, actor, order_id, item)
            say("item")
            undo_verify_scan(db, actor, order_id)
            say("undo")
    elif mode == "pack-loop":
        for order_id, order_no, waybill in work:
            open_pack(db, actor, waybill)
            confirm_pack(db, actor, order_id, (waybill, order_no), {"PK-CTN-4": 1, "PK-BUB-1": 1})
            say(f"packed {order_no}")
    elif mode == "weigh-loop":
        for order_id, order_no, waybill in work:
            expected = open_weigh(db, actor, waybill).expected_g
            weigh_parcel(db, actor, order_id, expected)
            say(f"shipped {order_no}")
    say("done")
    sys.stdin.read()  # stay alive, as a station does, until killed


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
