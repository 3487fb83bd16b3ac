"""The delivery note typed or imported (R-REC-3: made on the shared database,
so its number is one for every station), the keeper's and the supervisor's
signatures by badge or PIN, posting, and the A4 order with its finance copy."""

from __future__ import annotations

from pathlib import Path

from app.errors import DomainError
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
from app.services.inbound_print import print_inbound_order
from app.services.receiving_note import create_inbound, import_inbound
from app.services.receiving_post import post_inbound, sign_inbound
from app.services.receiving_view import Inbound
from ui.qt import QFileDialog
from ui.screens.receiving_base import ReceivingParts, problem_text


class NoteSignMixin(ReceivingParts):
    """Mixed into :class:`ui.screens.receiving.ReceivingScreen`."""

    def new_note(self) -> None:
        self.inbound = None
        self._show()
        self.form.start()
        self.stack.setCurrentWidget(self.form)
        self.verdict.show_info(
            self.tr(
                "New delivery note: supplier, note number, then the lines; Ctrl+S makes it.",
            )
        )

    def create_note(self) -> None:
        config, lines = self.station.config, self.form.lines()
        supplier, reference, actor = self.form.supplier, self.form.reference, self.actor
        shared = self.station.shared_db
        self.run_shared(
            lambda: create_inbound(
                shared,
                actor,
                supplier,
                reference,
                lines,
                self.clock(),
                config.receiving,
                config.audit.timezone,
            ),
            self._created,
            self._not_created,
        )

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The supplier's delivery note"),
            str(Path.home()),
            self.tr("Delivery notes (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """The supplier's CSV or XLSX; supplier and note number from the form if typed."""
        config, actor, shared = self.station.config, self.actor, self.station.shared_db
        supplier, reference = self.form.supplier, self.form.reference
        self.run_shared(
            lambda: import_inbound(
                shared,
                actor,
                path,
                self.clock(),
                config.receiving,
                config.audit.timezone,
                supplier,
                reference,
            ),
            self._created,
            self._not_created,
        )

    def _created(self, inbound: object) -> None:
        assert isinstance(inbound, Inbound)
        self._opened(inbound)
        self.verdict.show_done(
            self.tr("Inbound order %1 made: %2 lines, %3 units on the note.")
            .replace("%1", inbound.number)
            .replace("%2", str(len(inbound.lines)))
            .replace("%3", str(inbound.expected_total)),
            self.tr("Scan the goods."),
        )

    def _not_created(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error
        problems = error.params.get("problems")
        if isinstance(problems, list):
            self.form.mark_rows({int(str(p.get("row", 0))) for p in problems})
        self.verdict.show_error(problem_text(error))

    # --- counting ------------------------------------------------------
    def sign_with_badge(self, badge: str) -> None:
        try:
            signer = login_with_badge(self.station.db, badge, self.station.config.station.code)
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self._sign(signer, "badge")

    def pin_signature(self) -> None:
        if self.inbound is None:
            self.verdict.show_info(self._prompt())
            return
        self.pin.start()

    def sign_with_pin(self, username: str, pin: str) -> None:
        try:
            signer = login_with_pin(
                self.station.db, username, pin, self.station.config.station.code
            )
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.pin.setVisible(False)
        self.scan_edit.setFocus()
        self._sign(signer, "pin")

    def _sign(self, signer: Actor, method: str) -> None:
        if self.inbound is None:
            self.verdict.show_error(self.tr("Open the inbound order first, then sign."))
            return
        try:
            inbound = sign_inbound(self.station.db, self.actor, self.inbound.number, signer, method)
        except DomainError as error:
            self.verdict.show_error(problem_text(error), self._next_text(self.inbound))
            return
        self.inbound = inbound
        self._show()
        self.verdict.show_ok(
            self.tr("Signed by %1.").replace("%1", signer.full_name),
            self._next_text(inbound),
        )

    def post(self) -> None:
        assert self.inbound is not None
        try:
            inbound = post_inbound(self.station.db, self.actor, self.inbound.number, self.clock())
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.inbound = inbound
        self._show()
        self._load_open()
        try:
            print_inbound_order(self.station.db, self.actor, self.station.config, inbound.number)
            printed = self.tr("The inbound order and its finance copy are printing.")
        except DomainError as error:
            printed = self.tr("Not printed: %1 (Ctrl+Shift+P)").replace("%1", problem_text(error))
        self.verdict.show_done(
            self.tr("Posted: %1 units into %2; the arrival is announced.")
            .replace("%1", str(inbound.signed_total))
            .replace("%2", inbound.receiving_code),
            printed + "\n" + self._putaway_prompt(),
        )

    def print_order(self) -> None:
        if self.inbound is None:
            return
        try:
            print_inbound_order(
                self.station.db, self.actor, self.station.config, self.inbound.number
            )
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.verdict.show_info(
            self.tr("The inbound order %1 is printing.").replace("%1", self.inbound.number)
        )
