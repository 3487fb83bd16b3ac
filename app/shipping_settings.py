"""Settings of the stations that ship a parcel: the weighing tolerance
(``[weigh]``, R-WEI-3), packing-material reorder warning (``[pack]``, R-PAK-2)
and which steps this station runs (``[shipping].flow``: one-station mode)."""

from __future__ import annotations

import re
from dataclasses import dataclass

FLOWS = ("verify", "pack", "weigh", "verify_pack_weigh")
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
    """``flow``: the steps this station runs; ``verify_pack_weigh`` is the small
    warehouse's one-station mode (verify, pack and weigh as one flow)."""

    flow: str = "verify_pack_weigh"


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
    if shipping.flow not in FLOWS:
        problems.append(
            f"{where}: [shipping].flow must be one of {', '.join(FLOWS)}, got {shipping.flow!r}"
        )
    return problems
