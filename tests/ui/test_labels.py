"""Stored reasons and codes shown in words, in the user's language."""

from __future__ import annotations

from ui.i18n import Translations
from ui.labels import held_reason_text


def test_held_reasons_in_chinese(translations: Translations) -> None:
    assert held_reason_text("short_stock: T1-250, C1-1") == "缺货: T1-250, C1-1"
    assert (
        held_reason_text("weight_off: 371/340/30")
        == "重量不符：371 克，应为 340 ± 30 克（R-WEI-3）"
    )
    assert (
        held_reason_text("change_address: 改地址; hold: 暂缓") == "改地址: 改地址 / 暂缓发货: 暂缓"
    )


def test_unknown_reasons_are_shown_as_written(qapp: object) -> None:
    assert held_reason_text("weight_off: garbled") == "weight_off: garbled"
    assert held_reason_text("something_new") == "something_new"
