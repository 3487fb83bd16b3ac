"""Settings of the back office: receiving, QC sampling, stock operations, new
products, returns, the books and the group-chat notices. Every number the
handbook gives is a default a supervisor can change (RULES.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReceivingSection:
    """``receiving_bin``: where signed-for goods wait for putaway (made on first
    use, per warehouse: ``<WH>-<receiving_bin>``); a counted quantity above
    ``max_line_qty`` or above ``plausible_factor`` times the delivery note's
    is refused as implausible."""

    receiving_bin: str = "SH-01"
    max_line_qty: int = 100_000
    plausible_factor: int = 3


@dataclass(frozen=True)
class QcSection:
    """R-QC-1..4: draw ``sample_pct`` of each colour and size (rounded up, at
    least one unit); below ``pass_pct`` draw another ``sample_pct``; below
    ``reject_below_pct`` the whole delivery goes back; in between, every unit
    is inspected."""

    sample_pct: int = 10
    pass_pct: int = 100
    reject_below_pct: int = 70


@dataclass(frozen=True)
class StockSection:
    """R-STK-1: reservations (囤货) return to sale after ``reserve_days``; R-STK-2:
    warn when more than ``open_cartons_per_style`` cartons of a style are open."""

    reserve_days: int = 7
    open_cartons_per_style: int = 1


@dataclass(frozen=True)
class NewProductsSection:
    """R-NEW-3,4: samples back within ``sample_days``; QC measures within
    ``measure_days`` (0 = same day, 1 = next day); photos within ``photo_days``
    of the putaway notice."""

    sample_days: int = 7
    measure_days: int = 1
    photo_days: int = 3


@dataclass(frozen=True)
class ReturnsSection:
    """R-RET-3: defective goods go back to factories daily and to small
    suppliers weekly, on ``weekly_return_day`` (1 = Monday … 7 = Sunday);
    ``factory_suppliers`` names the factories (others are small purchases)."""

    weekly_return_day: int = 1
    factory_suppliers: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticesSection:
    """The team's group chat: a webhook taking WeCom- or DingTalk-style JSON
    (``format`` wecom or dingtalk); empty ``webhook_url``: notices are only
    listed in the program. Failed sends are retried, waiting up to
    ``retry_max_s`` between tries."""

    webhook_url: str = ""
    format: str = "wecom"
    retry_max_s: int = 300
    timeout_s: int = 10


@dataclass(frozen=True)
class BooksSection:
    """``archive_dir``: where the month-end archive goes (empty: the data folder's
    ``archive``)."""

    archive_dir: str = ""


def check_backoffice_settings(sections: dict[str, object], where: object) -> list[str]:
    """Every number in range; the one gate that refuses a bad value at start."""
    problems: list[str] = []
    qc = sections["qc"]
    assert isinstance(qc, QcSection)
    if not 1 <= qc.sample_pct <= 100:
        problems.append(f"{where}: [qc].sample_pct must be 1..100")
    if not 0 < qc.reject_below_pct <= qc.pass_pct <= 100:
        problems.append(f"{where}: [qc] needs 0 < reject_below_pct <= pass_pct <= 100")
    notices = sections["notices"]
    assert isinstance(notices, NoticesSection)
    if notices.format not in ("wecom", "dingtalk"):
        problems.append(f"{where}: [notices].format must be wecom or dingtalk")
    if notices.webhook_url and not notices.webhook_url.startswith(("http://", "https://")):
        problems.append(f"{where}: [notices].webhook_url must be an http(s) URL")
    returns = sections["returns"]
    assert isinstance(returns, ReturnsSection)
    if not 1 <= returns.weekly_return_day <= 7:
        problems.append(f"{where}: [returns].weekly_return_day must be 1 (Monday) .. 7")
    for name, section in sections.items():
        for key, value in vars(section).items():
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                problems.append(f"{where}: [{name}].{key} must not be negative")
    return problems
