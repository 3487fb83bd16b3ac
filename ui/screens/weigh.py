"""The weigh station (称重, R-WEI-1..3): scan the waybill; the expected weight,
the allowed difference and the courier's area (R-WEI-2) appear, the area
huge. The scale's stable weight is taken by itself, also when the parcel was
on the scale before the scan. Inside the tolerance the parcel ships (点发货);
outside it is held (red, actual, expected and difference) until it is weighed
again or a supervisor scans their badge and gives a reason.

A scale that is disconnected or not stable blocks the weighing and the screen
says why. A typed weight exists only after a supervisor's badge and a reason.
"""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.devices.scales.link import LinkState
from app.devices.scales.stability import JudgedState
from app.errors import DomainError
from app.permissions import Action
from app.services.auth import login_with_badge
from app.services.context import Actor
from app.services.scanning import load_code_book
from app.services.weigh import (
    MAX_PARCEL_G,
    WeighResult,
    WeighState,
    approve_weight,
    open_weigh,
    weigh_parcel,
)
from ui.errors import error_text
from ui.labels import grams_text, scale_text
from ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Slot,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel

ZONE_SCALE = 4.0  # the area is read from across the packing table (R-WEI-2)
ZONE_STYLES = {
    "open": "background:#e3f2fd;color:#0d47a1;border-radius:12px;padding:12px;",
    "shipped": "background:#1b7f3b;color:white;border-radius:12px;padding:12px;",
    "held": "background:#c62828;color:white;border-radius:12px;padding:12px;",
}
BLOCKED_STYLE = "color:#c62828;font-weight:bold;"


def signed_grams(grams: int) -> str:
    return f"+{grams} g" if grams > 0 else f"{grams} g"


class WeighScreen(Screen):
    """One parcel at a time: waybill, weight from the scale, verdict."""

    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.state: WeighState | None = None
        self.outcome: WeighResult | None = None
        self.approver: Actor | None = None
        self.mode = ""  # "" | approve (a held parcel) | manual (a typed weight)
        # A stable weight no weighing has used yet: the parcel on the scale now
        # (also one placed before the scan, or before this screen opened).
        self.fresh = self._scale_weight() is not None

        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("weighScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)
        self.order_label = QLabel()
        self.order_label.setObjectName("weighOrder")
        enlarge(self.order_label, 1.5)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("weighZone")
        self.zone_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        enlarge(self.zone_label, ZONE_SCALE)
        font = self.zone_label.font()
        font.setBold(True)
        self.zone_label.setFont(font)
        self.expected_label = QLabel()
        self.expected_label.setObjectName("weighExpected")
        enlarge(self.expected_label, 1.6)
        self.scale_label = QLabel()
        self.scale_label.setObjectName("weighScale")
        enlarge(self.scale_label, 1.6)
        self.scale_hint = QLabel()
        self.scale_hint.setObjectName("weighScaleHint")
        self.scale_hint.setWordWrap(True)
        enlarge(self.scale_hint, 1.3)
        self.verdict = VerdictPanel()

        self.override = QWidget()
        self.override.setObjectName("weighOverride")
        self.grams_label = QLabel()
        self.grams_edit = QSpinBox()
        self.grams_edit.setObjectName("weighManualGrams")
        self.grams_edit.setRange(1, MAX_PARCEL_G)
        self.grams_edit.setSuffix(" g")
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()  # Chinese is typed here: the input method stays on
        self.reason_edit.setObjectName("weighReason")
        self.reason_edit.returnPressed.connect(self.submit)
        self.grams_edit.editingFinished.connect(self._grams_done)
        form = QFormLayout(self.override)
        form.addRow(self.grams_label, self.grams_edit)
        form.addRow(self.reason_label, self.reason_edit)
        for part in (self.grams_label, self.grams_edit, self.reason_label, self.reason_edit):
            enlarge(part, 1.3)
        self.override.setVisible(False)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("weighKeys")
        self.keys_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.zone_label, 2)
        layout.addWidget(self.expected_label)
        layout.addWidget(self.scale_label)
        layout.addWidget(self.scale_hint)
        layout.addWidget(self.verdict)
        layout.addWidget(self.override)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)

        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.activated.connect(self.cancel)
        if self.devices is not None:
            self.devices.stable_weight.connect(self.on_stable_weight)
            self.devices.scale_changed.connect(self.show_scale)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Waybill (or a supervisor's badge)"))
        self.grams_label.setText(self.tr("Weight typed by hand"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why (required), then Enter"))
        self.keys_label.setText(
            self.tr(
                "Scan the waybill, put the parcel on the scale: the weight is taken by itself · "
                "held parcel: weigh it again, or a supervisor scans the badge · Esc: cancel"
            )
        )
        self._show_parcel()
        self.show_scale()

    def refresh(self) -> None:
        self.code_book = None  # badges and couriers may have changed
        self.show_scale()
        if not self.mode:
            self.scan_edit.setFocus()

    # --- the scale -----------------------------------------------------

    def _scale_weight(self) -> int | None:
        """The settled weight on a connected scale, or None."""
        devices = self.devices
        if devices is None or devices.scale_link.state is not LinkState.CONNECTED:
            return None
        judged = devices.scale_judged
        if judged.state is JudgedState.STABLE and judged.grams:
            return judged.grams
        return None

    def waiting_for_weight(self) -> bool:
        state = self.state
        return state is not None and state.parcel.status != "shipped" and not self.mode

    @Slot(int)
    def on_stable_weight(self, grams: int) -> None:
        """A parcel settled on the scale (once per parcel)."""
        self.fresh = True
        here = self.isVisible()  # a parcel is weighed only where it can be seen
        if here and self.waiting_for_weight() and self._scale_weight() == grams:
            self.weigh(grams)
        self.show_scale()

    @Slot()
    def show_scale(self) -> None:
        """The live scale and, while a parcel waits for its weight, why it is not taken."""
        devices = self.devices
        if devices is None:
            self.scale_label.setText(self.tr("No scale at this station"))
            self.scale_hint.setText("")
            return
        live = scale_text(devices.scale_section.url, devices.scale_link, devices.scale_judged)
        self.scale_label.setText(self.tr("Scale: %1").replace("%1", live))
        hint, blocked = self._scale_hint()
        self.scale_hint.setText(hint if self.waiting_for_weight() else "")
        style = BLOCKED_STYLE if blocked else ""
        self.scale_label.setStyleSheet(style)
        self.scale_hint.setStyleSheet(style)

    def _scale_hint(self) -> tuple[str, bool]:
        """What keeps the weight from being taken, and whether the scale is at fault."""
        assert self.devices is not None
        link, judged = self.devices.scale_link, self.devices.scale_judged
        if link.state is LinkState.DISCONNECTED:
            return (
                self.tr(
                    "The scale is disconnected: weighing is blocked. Check its cable and power; "
                    "a supervisor may allow a typed weight (scan the badge)."
                ),
                True,
            )
        if link.state is LinkState.CONNECTING:
            return self.tr("Connecting to the scale: weighing waits."), True
        if judged.state is JudgedState.MOVING:
            return self.tr("The scale is not stable: keep the parcel still."), True
        if judged.state in (JudgedState.OVERLOAD, JudgedState.UNDERLOAD, JudgedState.NEGATIVE):
            return (
                self.tr("The scale shows no usable weight: empty it and set it to zero."),
                True,
            )
        if judged.state is JudgedState.STABLE and not self.fresh:
            return (
                self.tr("Take the previous parcel off the scale, then put this one on."),
                False,
            )
        return self.tr("Put the parcel on the scale."), False

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        """A waybill opens the parcel; a supervisor's badge starts an override."""
        code = code.strip()
        if not code:
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM and self.mode:
                self.submit()
            elif scan.command is Command.CANCEL:
                self.cancel()
            return True
        if scan.kind is CodeKind.BADGE:
            self.supervisor_badge(code)
        else:
            self.open_parcel(code)
        return True

    def open_parcel(self, code: str) -> None:
        self._leave_override()
        try:
            state = open_weigh(self.station.db, self.actor, code, self.station.config.weigh)
        except DomainError as error:
            self.state = self.outcome = None
            self._show_parcel()
            self.verdict.show_error(error_text(error))
            self.show_scale()
            return
        self.state, self.outcome = state, None
        self._show_parcel()
        if state.parcel.status == "held":
            self.verdict.show_error(
                self.tr("Order %1 is held for its weight.").replace("%1", state.parcel.order_no),
                self.tr("Weigh it again, or a supervisor scans the badge."),
            )
        else:
            self.verdict.show_ok(
                self.tr("Order %1: %2 units.")
                .replace("%1", state.parcel.order_no)
                .replace("%2", str(state.parcel.units))
            )
        grams = self._scale_weight()
        if grams is not None and self.fresh:  # the parcel was on the scale before the scan
            self.weigh(grams)
        self.show_scale()

    def weigh(self, grams: int) -> None:
        """R-WEI-1,3: record the weight; ship or hold."""
        assert self.state is not None
        try:
            outcome = weigh_parcel(
                self.station.db,
                self.actor,
                self.state.parcel.order_id,
                grams,
                self.station.config.weigh,
            )
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        self.fresh = False
        self._show_outcome(outcome)

    def supervisor_badge(self, badge: str) -> None:
        """A supervisor's badge: approve a held parcel, or allow a typed weight."""
        try:
            approver = login_with_badge(self.station.db, badge, self.station.config.station.code)
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        if not approver.may(Action.APPROVE_OVERRIDE):
            self.verdict.show_error(
                self.tr("%1 is no supervisor: only a supervisor's badge can approve.").replace(
                    "%1", approver.full_name
                )
            )
            return
        state = self.state
        if state is None or state.parcel.status == "shipped":
            self.verdict.show_error(self.tr("Scan the waybill first, then the supervisor's badge."))
            return
        self.approver = approver
        self.mode = "approve" if state.parcel.status == "held" else "manual"
        self.reason_edit.clear()
        self.grams_edit.setVisible(self.mode == "manual")
        self.grams_label.setVisible(self.mode == "manual")
        self.override.setVisible(True)
        if self.mode == "approve":
            text = self.tr("Supervisor %1 passes order %2: type the reason, then Enter.")
            self.reason_edit.setFocus()
        else:
            text = self.tr(
                "Supervisor %1 allows a typed weight for order %2: "
                "type the grams, Tab, the reason, then Enter."
            )
            self.grams_edit.setValue(self.state.expected_g if self.state else 1)
            self.grams_edit.selectAll()
            self.grams_edit.setFocus()
        self.verdict.show_info(
            text.replace("%1", approver.full_name).replace("%2", state.parcel.order_no)
        )
        self.show_scale()

    def _grams_done(self) -> None:
        if self.mode == "manual" and self.grams_edit.hasFocus():
            self.reason_edit.setFocus()

    def submit(self) -> None:
        """Enter in the reason (or CMD:CONFIRM): the supervisor's decision."""
        state, approver = self.state, self.approver
        if not self.mode or state is None:
            return
        reason = self.reason_edit.text()
        try:
            if self.mode == "approve":
                outcome = approve_weight(
                    self.station.db,
                    self.actor,
                    state.parcel.order_id,
                    approver,
                    reason,
                    self.station.config.weigh,
                )
            else:
                outcome = weigh_parcel(
                    self.station.db,
                    self.actor,
                    state.parcel.order_id,
                    self.grams_edit.value(),
                    self.station.config.weigh,
                    manual=True,
                    approver=approver,
                    reason=reason,
                )
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            self.reason_edit.setFocus()
            return
        self._leave_override()
        self._show_outcome(outcome)

    def cancel(self) -> None:
        """Esc / CMD:CANCEL: leave the override, or put the parcel away."""
        if self.mode:
            self._leave_override()
            self.verdict.show_info(self.tr("No override: the parcel is as it was."))
        else:
            self.state = self.outcome = None
            self._show_parcel()
            self.verdict.show_info(self.tr("Cancelled: scan the next waybill."))
        self.show_scale()

    def _leave_override(self) -> None:
        self.mode, self.approver = "", None
        self.reason_edit.clear()
        self.override.setVisible(False)
        self.scan_edit.setFocus()

    def open_parcel_at_step(self, code: str) -> None:
        self.open_parcel(code)

    @property
    def busy(self) -> bool:
        """A parcel scanned and not yet shipped (waiting for its weight, or held)."""
        return self.state is not None and self.state.parcel.status != "shipped"

    def stop(self) -> None:
        self.verdict.stop()

    # --- showing -------------------------------------------------------

    def _show_outcome(self, outcome: WeighResult) -> None:
        self.state, self.outcome = outcome.state, outcome
        self._show_parcel()
        parcel = outcome.state.parcel
        if outcome.shipped:
            self.verdict.show_done(
                self.tr("Shipped: order %1, %2.")
                .replace("%1", parcel.order_no)
                .replace("%2", grams_text(outcome.grams)),
                self.tr("Put it in %1.").replace("%1", parcel.sort_zone or parcel.courier_name),
            )
            self.step_done.emit("weigh", parcel.waybill_no or parcel.order_no)
        else:
            text = self.tr("HELD: order %1 weighs %2, expected %3: %4 off, %5 allowed.")
            self.verdict.show_error(
                text.replace("%1", parcel.order_no)
                .replace("%2", grams_text(outcome.grams))
                .replace("%3", grams_text(outcome.state.expected_g))
                .replace("%4", signed_grams(outcome.difference_g))
                .replace("%5", f"± {outcome.state.allowed_g} g"),
                self.tr("Weigh it again, or a supervisor scans the badge."),
            )
        self.show_scale()

    def _show_parcel(self) -> None:
        state = self.state
        if state is None:
            self.order_label.setText(self.tr("Scan a waybill"))
            self.zone_label.setText("")
            self.zone_label.setStyleSheet("")
            self.expected_label.setText("")
            return
        parcel = state.parcel
        self.order_label.setText(
            self.tr("Order %1 · %2 %3 · %4 units")
            .replace("%1", parcel.order_no)
            .replace("%2", parcel.courier_name)
            .replace("%3", parcel.waybill_no)
            .replace("%4", str(parcel.units))
        )
        status = parcel.status if parcel.status in ("shipped", "held") else "open"
        zone = parcel.sort_zone or parcel.courier_name
        self.zone_label.setText(
            self.tr("HOLD · %1").replace("%1", zone) if status == "held" else zone
        )
        self.zone_label.setStyleSheet(ZONE_STYLES[status])
        expected = (
            self.tr("Expected %1 ± %2 g (goods %3 + packing %4)")
            .replace("%1", grams_text(state.expected_g))
            .replace("%2", str(state.allowed_g))
            .replace("%3", grams_text(parcel.goods_weight_g))
            .replace("%4", grams_text(state.material_g))
        )
        if self.outcome is not None:
            expected += "\n" + (
                self.tr("Weighed %1 · difference %2")
                .replace("%1", grams_text(self.outcome.grams))
                .replace("%2", signed_grams(self.outcome.difference_g))
            )
        self.expected_label.setText(expected)
