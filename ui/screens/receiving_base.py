"""What the receiving screen's parts share: its state, and the error words.

The screen (:mod:`ui.screens.receiving`) is put together from mixins, one
per step: the note and the signatures (:mod:`ui.screens.receiving_steps`),
counting (:mod:`ui.screens.receiving_count`) and putaway
(:mod:`ui.screens.receiving_putaway`). Their ``self.tr`` texts keep the
mixin's name as context: PySide6 looks a text up along the class hierarchy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from app.errors import DomainError
from app.services.context import Actor
from app.services.receiving_view import Inbound
from app.station import Station
from ui.errors import error_text
from ui.qt import QLineEdit, QListWidget, QStackedWidget
from ui.receiving_errors import receiving_error_text
from ui.widgets.receiving_lines import ReceivingLinesTable
from ui.widgets.receiving_note_form import NoteForm
from ui.widgets.receiving_sign import PinSignature
from ui.widgets.verdict_panel import VerdictPanel


def problem_text(error: DomainError) -> str:
    """The receiving words for an error, else the program's."""
    return receiving_error_text(error.code, error.params) or error_text(error)


class ReceivingParts:
    """The state the screen's mixins read and write (set in its ``build``)."""

    station: Station
    actor: Actor
    clock: Callable[[], datetime]
    inbound: Inbound | None
    pending_qty: int | None
    last_count: tuple[str, int] | None
    refused_code: str
    finish_armed: bool
    put_item: str
    put_bin: str
    verdict: VerdictPanel
    scan_edit: QLineEdit
    table: ReceivingLinesTable
    form: NoteForm
    stack: QStackedWidget
    pin: PinSignature
    open_list: QListWidget
    # Screen.run_shared: only declared here (a method here would hide the screen's)
    run_shared: Callable[
        [Callable[[], object], Callable[[object], None], Callable[[Exception], None]], None
    ]

    if TYPE_CHECKING:  # made by the screen or another part; declared for the type checker

        def _take_quantity(self) -> int: ...
        def _show(self) -> None: ...
        def _load_open(self) -> None: ...
        def _opened(self, inbound: Inbound) -> None: ...
        def _prompt(self) -> str: ...
        def _next_text(self, inbound: Inbound) -> str: ...
        def _sign_prompt(self, inbound: Inbound) -> str: ...
        def _putaway_prompt(self) -> str: ...
