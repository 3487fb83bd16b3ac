"""Settings of the stations that ship a parcel: the weighing tolerance
(``[weigh]``, R-WEI-3), packing-material reorder warning (``[pack]``, R-PAK-2)
and whether verify, pack and weigh run as one flow (``[shipping].one_station``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CATEGORY_RULE = re.compile(r"^([^:\s]+):(\d+):(\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Tolerance:
    grams: int
    percent: float

    def allowed(self, expected_g: int) -> int:
        """The larger of the fixed and the relative allowance, in whole grams."""
        return max(self.grams, round(expected_g * self.percent / 100))


@dataclass(frozen=True)
class WeighSection:
    """A parcel may differ from its expected weight by ``tolerance_g`` grams or
    ``tolerance_pct`` percent, whichever is more; ``categories`` overrides both
    per product category as ``"category:grams:percent"``."""

    tolerance_g: int = 30
    tolerance_pct: int = 5
    categories: tuple[str, ...] = ()

    def tolerance_for(self, category: str) -> Tolerance:
        for rule in self.categories:
            match = _CATEGORY_RULE.match(rule)
            if match and match.group(1) == category:
                return Tolerance(int(match.group(2)), float(match.group(3)))
        return Tolerance(self.tolerance_g, float(self.tolerance_pct))


@dataclass(frozen=True)
class PackSection:
    """R-PAK-2: warn when a packing material would not last ``reorder_days`` of
    normal use, judged from the use over the last ``usage_window_days``."""

    reorder_days: int = 10
    usage_window_days: int = 14


@dataclass(frozen=True)
class ShippingSection:
    """``one_station``: a small warehouse's desk verifies, packs and weighs as one
    flow (a parcel done at one step opens at the next); off where each step has
    its own station."""

    one_station: bool = True


def check_shipping_settings(
    weigh: WeighSection, pack: PackSection, shipping: ShippingSection, where: object
) -> list[str]:
    problems: list[str] = []
    if weigh.tolerance_g < 0 or weigh.tolerance_pct < 0:
        problems.append(f"{where}: [weigh] tolerances must not be negative")
    bad = [r for r in weigh.categories if not _CATEGORY_RULE.match(r)]
    if bad:
        problems.append(
            f'{where}: [weigh].categories: each is "category:grams:percent", got {bad[0]!r}'
        )
    if pack.reorder_days < 1 or pack.usage_window_days < 1:
        problems.append(f"{where}: [pack] reorder_days and usage_window_days must be positive")
    return problems
