"""What a thermal printer says about itself, in one shape for ZPL and TSPL.

The renderers' modules (zpl, tspl) parse the printers' answers into this, so
the print queue can tell "paper out" from "head open" whatever the language.
A printer that does not answer at all is the transport's business (a
time-out is an error state: some firmware goes silent while in error).
"""

from __future__ import annotations

from dataclasses import dataclass

# Flags that stop a job; ``printing`` is the one flag that is not a problem.
_PROBLEMS = (
    "paper_out",
    "paper_jam",
    "head_open",
    "cover_open",
    "ribbon_out",
    "paused",
    "buffer_full",
    "over_temperature",
    "under_temperature",
    "ram_corrupt",
)


@dataclass(frozen=True)
class PrinterStatus:
    """Flags as the printer reported them. ``problems`` gives the set flags
    as stable codes (the UI translates them); ``ok`` means ready to print."""

    paper_out: bool = False
    paper_jam: bool = False
    head_open: bool = False
    cover_open: bool = False
    ribbon_out: bool = False
    paused: bool = False
    buffer_full: bool = False
    over_temperature: bool = False
    under_temperature: bool = False
    ram_corrupt: bool = False
    printing: bool = False  # busy with a job: not a problem
    labels_remaining: int = 0  # ZPL: labels left in the current batch

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(name for name in _PROBLEMS if getattr(self, name))

    @property
    def ok(self) -> bool:
        return not self.problems
