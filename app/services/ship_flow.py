"""One-station mode (a small warehouse verifies, packs and weighs at one desk):
which step a scanned parcel is at, so the desk opens it there."""

from __future__ import annotations

from app.db.engine import Database
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.parcel import find_by_document, parcel_of
from app.services.weigh import WEIGHT_OFF

STEPS = ("verify", "pack", "weigh")


def step_for(db: Database, actor: Actor, code: str) -> str | None:
    """``verify`` for a picked order, ``pack`` for a verified one (``weigh`` when
    pre-packed, R-BAT-5), ``weigh`` for a packed one or one held for its weight;
    None when the parcel is at no step of this desk (the step's screen says why).
    Raises NotFound for a code that is no order's document."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        order, _document = find_by_document(session, code)
        if order.status == "picked":
            return "verify"
        if order.status == "verified":
            return "weigh" if parcel_of(session, order).prepacked else "pack"
        if order.status == "packed":
            return "weigh"
        if order.status == "held" and order.held_reason.startswith(WEIGHT_OFF):
            return "weigh"
        return None
