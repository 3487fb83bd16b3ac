"""What the status bar says about the station's scale and printer.

With no hardware configured the station runs on a simulated scale and a
printer that writes PDF files into a folder (the embedded default).
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


def scale_state(config: Config) -> DeviceState:
    if not config.scale.url:
        return DeviceState("simulated", config.scale.protocol, DeviceHealth.READY)
    # A real port is opened by the scale worker; until it reports, it is not connected.
    return DeviceState("serial", config.scale.url, DeviceHealth.NOT_CONNECTED)


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
