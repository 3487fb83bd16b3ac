"""What the status bar says about the station's printer.

With no printer configured the station writes PDF files into a folder (the
embedded default). The scale reports its own state (app.devices.scales.link).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum

from app.config import Config


class DeviceHealth(StrEnum):
    READY = "ready"
    NOT_CONNECTED = "not_connected"
    ERROR = "error"


@dataclass(frozen=True)
class DeviceState:
    kind: str  # "simulated", "serial", "folder", ...
    target: str  # URL, port or folder the device is reached at
    health: DeviceHealth
    detail: str = ""


def printer_state(config: Config) -> DeviceState:
    if config.printer.kind != "folder":
        return DeviceState(config.printer.kind, "", DeviceHealth.NOT_CONNECTED)
    folder = config.print_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return DeviceState("folder", str(folder), DeviceHealth.ERROR, exc.strerror or str(exc))
    if not os.access(folder, os.W_OK):
        return DeviceState("folder", str(folder), DeviceHealth.ERROR, "not writable")
    return DeviceState("folder", str(folder), DeviceHealth.READY)
