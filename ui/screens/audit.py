"""Audit (审单): run a pass over the paid orders, resolve what it set aside,
and edit the keyword rules.

The held orders and the rules editor are widgets of their own
(``ui/widgets/held_orders_panel.py``, ``audit_rules_panel.py``); the screen
makes the domain calls for them and shows what happened.

R-ORD-1: only paid orders are audited (the service decides). R-ORD-2: the
held orders are listed with the customer-service remark and the buyer's
message, and the rule that held each in words; releasing one needs a note.
R-ORD-3: one pass takes at most 200 orders. R-ORD-4: the result says how many
were paid after the cut-off and ship tomorrow.

A pass writes one event per order (about 85 ms for 200 orders on a local
SQLite file, more on a networked database), so it runs on a worker thread
that lives only while a pass is running.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.config import Config, ConfigError
from app.db.engine import Database
from app.errors import DomainError, InvalidInput
from app.services.context import Actor
from app.services.order_audit import (
    AuditPassResult,
    AuditQueue,
    HeldOrder,
    OrderNotHeld,
    audit_pass,
    audit_queue,
    held_orders,
    parse_reasons,
    release_hold,
    save_audit_rules,
)
from ui.errors import error_text
from ui.labels import status_label
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QObject,
    QPushButton,
    QShortcut,
    Qt,
    QTabWidget,
    QVBoxLayout,
    Signal,
    Slot,
)
from ui.screens.base import Screen
from ui.widgets.audit_rules_panel import AuditRulesPanel, rule_label
from ui.widgets.held_orders_panel import HeldOrdersPanel, reason_text
from ui.widgets.result_panel import ResultPanel
from ui.widgets.type_size import enlarge
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

RUN_KEY = "Ctrl+Return"
BIG = 1.5


@dataclass(frozen=True)
class PassRequest:
    db: Database
    actor: Actor
    now: datetime
    config: Config
    sync_round: Callable[[], None] = lambda: None


class AuditRunner(QObject):
    """Lives on the worker thread; runs one pass per request."""

    finished = Signal(object)  # AuditPassResult
    failed = Signal(object)  # the exception

    @Slot(object)
    def run(self, request: object) -> None:
        assert isinstance(request, PassRequest)
        try:
            request.sync_round()  # this station's own steps reach the server first
            result = audit_pass(request.db, request.actor, request.now, config=request.config)
        except Exception as error:  # the GUI shows it; a bug is logged there too
            self.failed.emit(error)
            return
        request.sync_round()  # a station that syncs pulls the result into its replica
        self.finished.emit(result)


class AuditScreen(Screen):
    """The audit queue, the pass, the held orders and the audit rules."""

    _start = Signal(object)  # PassRequest, to the runner's thread

    def build(self) -> None:
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.queue: AuditQueue | None = None
        self.held: list[HeldOrder] = []
        self.last_result: AuditPassResult | None = None
        self.running = False

        self.queue_label = QLabel()
        self.queue_label.setObjectName("auditQueue")
        self.queue_label.setWordWrap(True)
        enlarge(self.queue_label, 1.2)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runAudit")
        self.run_button.setAutoDefault(True)  # Enter on the focused button runs it
        self.run_button.setMinimumHeight(64)
        enlarge(self.run_button, BIG)
        self.result = ResultPanel()

        self.held_panel = HeldOrdersPanel()
        # The panel's widgets under the names the screen has always had (tests).
        self.table = self.held_panel.table
        self.note_edit = self.held_panel.note_edit
        self.release_button = self.held_panel.release_button

        self.rules = AuditRulesPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("auditTabs")
        self.tabs.addTab(self.held_panel, "")
        self.tabs.addTab(self.rules, "")

        top = QHBoxLayout()
        top.addWidget(self.queue_label, 1)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.tabs, 1)

        self.run_button.clicked.connect(self.run_pass)
        self.run_shortcut = QShortcut(QKeySequence(RUN_KEY), self)
        self.run_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.run_shortcut.activated.connect(self.run_pass)
        self.held_panel.release_requested.connect(self.release_selected)
        self.rules.save_requested.connect(self.save_rules)

        # Not parented to the screen: a logout deletes the screen from C++, and the
        # registry of worker threads must not keep a dangling wrapper.
        self._thread = WorkerThread("audit-pass")
        self._runner = AuditRunner()
        self._runner.moveToThread(self._thread)
        self._start.connect(self._runner.run)
        self._runner.finished.connect(self._pass_done)
        self._runner.failed.connect(self._pass_failed)

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run audit pass (Enter / %1)").replace("%1", RUN_KEY))
        self.held_panel.retranslate()
        self.tabs.setTabText(1, self.tr("Audit rules"))
        self.rules.retranslate()
        self._show_queue()
        self._fill_table()

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        self.rules.load(self.station.config)
        self.reload()
        self.run_button.setFocus()

    def reload(self) -> None:
        """The queue counts and the held orders, from the database."""
        try:
            self.queue = audit_queue(
                self.station.db, self.actor, self.clock(), config=self.station.config
            )
            self.held = held_orders(self.station.db, self.actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._show_queue()
        self._fill_table()

    def _show_queue(self) -> None:
        queue = self.queue
        held_title = self.tr("Held orders (%1)").replace("%1", str(len(self.held)))
        self.tabs.setTabText(0, held_title)
        if queue is None:
            self.queue_label.setText("")
            return
        text = self.tr("%1 paid orders wait for audit; %2 paid after the %3 cut-off ship tomorrow.")
        values = (str(queue.waiting), str(queue.after_cutoff), queue.cutoff)
        for key, value in zip(("%1", "%2", "%3"), values, strict=True):
            text = text.replace(key, value)
        size = self.tr("One pass takes up to %1 orders.").replace("%1", str(queue.pass_size))
        self.queue_label.setText(f"{text}\n{size}")

    def _fill_table(self) -> None:
        zone = ZoneInfo(self.station.config.audit.timezone)  # the cut-off's clock (R-ORD-4)
        self.held_panel.show_orders(self.held, zone)

    def selected(self) -> HeldOrder | None:
        return self.held_panel.selected()

    def select_order(self, code: str) -> HeldOrder | None:
        """Select the held order with this order or waybill number."""
        return self.held_panel.select_order(code)

    def on_scan(self, code: str) -> bool:
        """A scanned order (or waybill) number selects that held order, ready
        for its release note."""
        code = code.strip()
        order = self.select_order(code)
        if order is None:
            self.reload()  # another station may have held it since
            order = self.select_order(code)
        if order is None:
            self.result.show_error(
                self.tr("Order %1 is not among the held orders.").replace("%1", code)
            )
            return True
        self.tabs.setCurrentIndex(0)
        self.result.show_ok(
            self.tr("Order %1 held: %2")
            .replace("%1", order.order_no)
            .replace("%2", reason_text(order.reasons))
        )
        self.note_edit.setFocus()
        return True

    # --- the pass ------------------------------------------------------

    def run_pass(self) -> None:
        """Audit the next paid orders (at most 200, R-ORD-3) on the worker thread."""
        if self.running:
            return
        self.running = True
        self.run_button.setEnabled(False)
        self.result.show_ok(self.tr("Auditing…"))
        if not self._thread.isRunning():
            self._thread.start()
        station = self.station
        # Auditing needs the shared server when the station syncs (one truth).
        self._start.emit(
            PassRequest(
                station.shared_db,
                self.actor,
                self.clock(),
                station.config,
                station.refresh_replica,
            )
        )

    @Slot(object)
    def _pass_done(self, result: object) -> None:
        assert isinstance(result, AuditPassResult)
        self._pass_over()
        self.last_result = result
        self.reload()
        self.result.show_ok(self.pass_text(result))
        self.run_button.setFocus()

    @Slot(object)
    def _pass_failed(self, error: object) -> None:
        self._pass_over()
        if isinstance(error, DomainError):
            self.result.show_error(error_text(error))
        else:
            log.error("audit pass failed", exc_info=error if isinstance(error, Exception) else None)
            self.result.show_error(self.tr("The audit pass failed: %1").replace("%1", str(error)))
        self.reload()

    def _pass_over(self) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self._thread.quit()  # the runner has returned; nothing keeps the thread busy
        self._thread.wait()

    def pass_text(self, result: AuditPassResult) -> str:
        """What the pass did, in words."""
        if not result.orders:
            return self.tr("No paid orders wait for audit.")
        lines = [
            self.tr("Audited %1 orders: %2 passed, %3 held.")
            .replace("%1", str(len(result.orders)))
            .replace("%2", str(result.audited))
            .replace("%3", str(result.held))
        ]
        if result.held:
            rules: Counter[str] = Counter()
            for order in result.orders:
                rules.update(r.rule for r in parse_reasons("; ".join(order.reasons)))
            counts = "、".join(f"{rule_label(rule)} {n}" for rule, n in rules.items())
            lines.append(self.tr("Held for: %1.").replace("%1", counts))
        if result.next_day:
            cutoff = self.station.config.audit.cutoff
            lines.append(
                self.tr("%1 ship tomorrow (paid after the %2 cut-off).")
                .replace("%1", str(len(result.next_day)))
                .replace("%2", cutoff)
            )
        if result.remaining:
            lines.append(
                self.tr("%1 paid orders still wait: run another pass.").replace(
                    "%1", str(result.remaining)
                )
            )
        return "\n".join(lines)

    # --- releasing -----------------------------------------------------

    def release_selected(self) -> None:
        """Release the selected held order with the note typed (R-ORD-2: a
        person resolved it; the note goes to the audit log)."""
        order = self.selected()
        if order is None:
            self.result.show_error(
                self.tr("Select a held order first (arrow keys in the list, or scan its number).")
            )
            self.table.setFocus()
            return
        note = self.note_edit.text().strip()
        if not note:
            self.result.show_error(
                self.tr("Type how the hold on %1 was resolved: a release needs a note.").replace(
                    "%1", order.order_no
                )
            )
            self.note_edit.setFocus()
            return
        station, actor, now = self.station, self.actor, self.clock()
        self.run_shared(
            lambda: release_hold(
                station.shared_db, actor, order.order_id, note, now, config=station.config
            ),
            self._released,
            lambda error: self._release_failed(order.order_no, error),
        )

    def _release_failed(self, order_no: str, error: Exception) -> None:
        if isinstance(error, OrderNotHeld):
            state = status_label(str(error.params.get("status", "")))
            self.result.show_error(
                self.tr("Order %1 is no longer held (%2).")
                .replace("%1", order_no)
                .replace("%2", state)
            )
            self.reload()
        elif isinstance(error, DomainError):
            self.result.show_error(error_text(error))
        else:
            log.error("release failed", exc_info=error)
            self.result.show_error(str(error))

    def _released(self, released: Any) -> None:
        self.note_edit.clear()
        self.reload()
        self.result.show_ok(
            self.tr("Order %1 released: audited, ships on %2.")
            .replace("%1", released.order_no)
            .replace("%2", released.ship_day.strftime("%m-%d"))
        )
        self.table.setFocus()

    # --- rules ---------------------------------------------------------

    def save_rules(self) -> None:
        """Check the rules typed and save them; nothing is saved when one is bad."""
        rules = self.rules.read(self.station.config)
        if isinstance(rules, str):
            self.result.show_error(rules)
            return
        try:
            config = save_audit_rules(self.station.db, self.actor, self.station.config, rules)
        except InvalidInput as error:
            self.result.show_error(self.rules.invalid_text(error))
            return
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        except (ConfigError, OSError) as error:
            self.result.show_error(
                self.tr("The rules could not be saved: %1").replace("%1", str(error))
            )
            return
        changed = config.audit != self.station.config.audit
        self.station.config = config
        self.rules.load(config)
        self.reload()
        if changed:
            self.result.show_ok(self.tr("Audit rules saved: the next pass uses them."))
        else:
            self.result.show_ok(self.tr("The audit rules are unchanged."))

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        super().stop()
