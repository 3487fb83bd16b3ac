"""What the document screens (stock operations, books) share: the business
day, and calling the services — on the station's own database, or on the
shared one through :meth:`Screen.run_shared`, one step at a time — with a
refusal shown in the screen's own words (:meth:`error_words`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from app.errors import DomainError
from app.services.stock_ops import business_day
from ui.errors import error_text
from ui.screens.base import Screen
from ui.widgets.batch_chooser import Clock
from ui.widgets.result_panel import ResultPanel

T = TypeVar("T")


class DocumentScreen(Screen):
    clock: Clock
    result: ResultPanel
    busy_shared: bool = False  # a step on the server is under way

    def error_words(self, error: Exception) -> str:
        """The program's words; each screen puts its own codes first."""
        if isinstance(error, DomainError):
            return error_text(error)
        return str(error)

    def now(self) -> datetime:
        return self.clock()

    def day(self) -> date:
        """The shop's business day (``[audit].timezone``)."""
        return business_day(self.now(), self.station.config.audit.timezone)

    def fail(self, error: Exception) -> None:
        self.result.show_error(self.error_words(error))

    def local(self, call: Callable[[], T]) -> T | None:
        """A call on the station's own database; a refusal is shown, None returned."""
        try:
            return call()
        except DomainError as error:
            self.fail(error)
            return None

    def shared(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """A step on the shared database (transfers, the daily close): on the
        server when the station syncs, refused plainly when it is away."""
        if self.busy_shared:
            self.result.show_error(self.tr("Wait: the last step is still on its way."))
            return
        self.busy_shared = True

        def finished(result: Any) -> None:
            self.busy_shared = False
            done(result)

        def failed(error: Exception) -> None:
            self.busy_shared = False
            self.fail(error)

        self.run_shared(work, finished, failed)
