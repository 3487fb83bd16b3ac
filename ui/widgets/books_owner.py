"""What the books panels ask of the screen that holds them (ui/screens/books.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol, TypeVar

from app.services.context import Actor
from app.station import Station
from ui.widgets.result_panel import ResultPanel

T = TypeVar("T")


class BooksOwner(Protocol):
    station: Station
    actor: Actor
    result: ResultPanel

    def now(self) -> datetime: ...

    def day(self) -> date: ...

    def local(self, call: Callable[[], T]) -> T | None: ...

    def shared(self, work: Callable[[], T], done: Callable[[T], None]) -> None: ...

    def open_document(self, number: str) -> None: ...
