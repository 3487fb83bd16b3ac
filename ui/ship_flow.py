"""One-station mode (``[shipping] one_station = true``, the default): a small
warehouse verifies, packs and weighs at one desk as one flow.

A parcel finished at one step opens at the next (verify, pack, weigh; a
pre-packed parcel skips packing, R-BAT-5), and after it ships the desk is back
at verify for the next one. A scan while no parcel is open goes to the step
that parcel has reached, so work set down at another desk is picked up where it
is. The flow runs only for a user whose roles allow all three steps.
"""

from __future__ import annotations

from collections.abc import Callable

from app.db.engine import Database
from app.errors import DomainError
from app.services.context import Actor
from app.services.ship_flow import STEPS, step_for
from ui.qt import QObject
from ui.screens.base import Screen


class ShipFlow(QObject):
    """Moves parcels between the workspace's verify, pack and weigh screens."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        screens: dict[str, Screen],
        show: Callable[[str], Screen],
        enabled: bool,
    ) -> None:
        super().__init__()
        self.db, self.actor, self.screens, self.show = db, actor, screens, show
        # One flow only for someone who may do all three steps; a verifier-weigher
        # without packing keeps separate screens.
        self.enabled = enabled and all(step in screens for step in STEPS)
        for step in STEPS:
            screen = screens.get(step)
            if screen is not None:
                screen.step_done.connect(self._step_done)

    def _screen(self, step: str) -> Screen | None:
        return self.screens.get(step)

    def _step_done(self, step: str, code: str) -> None:
        if not self.enabled:
            return
        if step == "weigh":  # shipped: the next parcel starts at verify
            if self._screen("verify") is not None:
                self.show("verify")
            return
        self.open_at_its_step(code)

    def open_at_its_step(self, code: str) -> bool:
        """Show the step this parcel has reached and open it there."""
        try:
            step = step_for(self.db, self.actor, code)
        except DomainError:
            return False
        screen = self._screen(step) if step else None
        if step is None or screen is None:
            return False
        self.show(step)
        screen.open_parcel_at_step(code)
        return True

    def route_scan(self, current: Screen, code: str) -> bool:
        """A scan on an idle ship screen for a parcel at another step goes there."""
        if not self.enabled or current.busy:
            return False
        steps = {self._screen(s): s for s in STEPS}
        here = steps.get(current)
        if here is None:
            return False
        try:
            step = step_for(self.db, self.actor, code)
        except DomainError:
            return False  # not a document: the screen itself says what it is
        if step is None or step == here or self._screen(step) is None:
            return False
        return self.open_at_its_step(code)
