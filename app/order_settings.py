"""The order desk's settings: the audit pass (``[audit]``) and the ship
batches (``[batches]``), kept apart from the device and station keys.

They are plain frozen dataclasses that :mod:`app.config` reads from TOML;
:func:`check_order_settings` is the one gate that refuses a bad value at start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HHMM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
MAX_AUDIT_PASS = 200  # R-ORD-3: 单次审单不可超过200单


@dataclass(frozen=True)
class AuditSection:
    """Order audit: one pass's size, the day's cut-off, remark keyword rules (R-ORD-2..4)."""

    max_orders: int = 200  # R-ORD-3: at most this many orders in one audit pass
    cutoff: str = "17:00"  # R-ORD-4: paid after this (HH:MM, local) ships the next day
    timezone: str = "Asia/Shanghai"
    change_address: tuple[str, ...] = ("改地址", "地址写错", "换地址")
    change_courier: tuple[str, ...] = ("换顺丰", "改快递", "换快递", "发顺丰")
    split: tuple[str, ...] = ("分开发", "分开寄", "拆单")
    hold: tuple[str, ...] = ("暂停发货", "先别发", "等通知", "暂缓")
    invoice: tuple[str, ...] = ("发票", "开票")


@dataclass(frozen=True)
class BatchesSection:
    """Ship batches: the day's cut-offs (R-BAT-1), the largest batch, and the
    courier whose orders print first in the last batch (R-BAT-2)."""

    cutoffs: tuple[str, ...] = ("10:30", "12:00", "14:30", "16:30", "17:30")
    max_size: int = 100
    first_courier: str = "SF"


def check_order_settings(audit: AuditSection, batches: BatchesSection, where: object) -> list[str]:
    """Every problem with the two sections, each naming its key (empty when fine)."""
    problems: list[str] = []
    if not 1 <= audit.max_orders <= MAX_AUDIT_PASS:
        problems.append(
            f"{where}: [audit].max_orders must be 1 to {MAX_AUDIT_PASS} (R-ORD-3), "
            f"got {audit.max_orders}"
        )
    if not HHMM.fullmatch(audit.cutoff):
        problems.append(f"{where}: [audit].cutoff must be HH:MM, got {audit.cutoff!r}")
    try:
        ZoneInfo(audit.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"{where}: [audit].timezone: unknown zone {audit.timezone!r}")
    bad = [c for c in batches.cutoffs if not HHMM.fullmatch(c)]
    if not batches.cutoffs or bad:
        problems.append(f"{where}: [batches].cutoffs: a list of HH:MM times, got {bad or '[]'}")
    elif list(batches.cutoffs) != sorted(set(batches.cutoffs)):
        problems.append(f"{where}: [batches].cutoffs must be distinct and in order")
    if batches.max_size < 1:
        problems.append(f"{where}: [batches].max_size must be positive")
    return problems
