"""Words for the books' codes: document kinds and states, and what a
difference found by the daily close is (R-ACC-1). One literal per text so
lupdate finds it."""

from __future__ import annotations

from ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("BooksText", text)


def kind_text(kind: str) -> str:
    texts = {
        "inbound": _t("Inbound order (入库单)"),
        "transfer": _t("Transfer (调拨单)"),
        "sample_out": _t("Sample slip (样品调拨单)"),
        "count": _t("Count (盘点单)"),
        "scrap": _t("Scrap (拨废单)"),
        "defect_move": _t("To the defective store (移库单)"),
        "return_in": _t("Customer return (退货单)"),
        "supplier_return": _t("Return to supplier (次品退厂单)"),
    }
    return texts.get(kind, kind)


def state_text(state: str) -> str:
    texts = {"draft": _t("draft"), "posted": _t("posted"), "cancelled": _t("cancelled")}
    return texts.get(state, state)


def what_text(what: str) -> str:
    """What a difference is, as the clerk reads it."""
    texts = {
        "stray_movement": _t("Movement without a document"),
        "unknown_kind": _t("Movement of an unknown kind"),
        "wrong_kind": _t("Movement of the wrong kind for its step"),
        "unknown_reference": _t("Movement naming nothing real"),
        "unknown_document": _t("Movement naming an unknown document"),
        "document_not_posted": _t("Movement of a document not posted"),
        "line_mismatch": _t("Document lines and ledger differ"),
        "internal_unbalanced": _t("Putaway does not add up"),
        "step_unbalanced": _t("Station step does not add up"),
        "negative_balance": _t("Below zero at the day's end"),
    }
    return texts.get(what, what)
