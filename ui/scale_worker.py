"""The station's scale in a worker thread; what it says comes back as signals.

The link's blocking loop runs in a :class:`WorkerThread`; the bridge emits
signals from there and Qt queues them to the GUI thread, so no widget is
touched from the worker and the GUI never blocks on the port.
"""

from __future__ import annotations

from app.devices.scales.link import LinkSettings, LinkState, LinkStatus, ScaleLink, ScaleSetup
from app.devices.scales.reading import ScaleReading
from app.devices.scales.stability import (
    JudgedState,
    ScaleEvent,
    StabilitySettings,
    StableWeight,
    StateChanged,
)
from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread


class _Bridge(QObject):
    """Lives in the worker thread: runs the link, turns its calls into signals."""

    link_changed = Signal(object)  # LinkStatus
    reading = Signal(object)  # ScaleReading
    event = Signal(object)  # StateChanged | StableWeight

    def __init__(self, link_factory: type[ScaleLink], **link_args: object) -> None:
        super().__init__()
        self.link = link_factory(listener=self, **link_args)  # type: ignore[arg-type]

    @Slot()
    def run(self) -> None:
        self.link.run()

    def on_link(self, status: LinkStatus) -> None:
        self.link_changed.emit(status)

    def on_reading(self, reading: ScaleReading) -> None:
        self.reading.emit(reading)

    def on_event(self, event: ScaleEvent) -> None:
        self.event.emit(event)


class ScaleWorker(QObject):
    """The GUI side: the latest link state, judged state and stable weight."""

    link_changed = Signal(object)  # LinkStatus
    state_changed = Signal(object)  # StateChanged
    stable_weight = Signal(int)  # grams, once per parcel

    def __init__(
        self,
        url: str,
        protocol: str,
        baud: int | None = None,
        stability: StabilitySettings | None = None,
        settings: LinkSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.protocol = protocol
        self.link_status = LinkStatus(LinkState.CONNECTING, url)
        self.judged = StateChanged(JudgedState.NO_DATA, None)
        self.last_reading: ScaleReading | None = None
        self._thread = WorkerThread("scale")
        self._bridge = _Bridge(
            ScaleLink,
            url=url,
            protocol=protocol,
            baud=baud,
            stability=stability,
            settings=settings,
        )
        self._bridge.moveToThread(self._thread)
        self._thread.started.connect(self._bridge.run)
        self._bridge.link_changed.connect(self._on_link)
        self._bridge.reading.connect(self._on_reading)
        self._bridge.event.connect(self._on_event)

    @classmethod
    def from_setup(cls, setup: ScaleSetup, parent: QObject | None = None) -> ScaleWorker:
        return cls(
            setup.url, setup.protocol, setup.baud, setup.stability, setup.settings, parent=parent
        )

    @property
    def stable_grams(self) -> int | None:
        """The settled weight on the scale now (a parcel placed before the scan counts)."""
        if self.judged.state is JudgedState.STABLE:
            return self.judged.grams
        return None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop the link and join the thread; safe to call twice."""
        self._bridge.link.stop()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_link(self, status: LinkStatus) -> None:
        self.link_status = status
        self.link_changed.emit(status)

    @Slot(object)
    def _on_reading(self, reading: ScaleReading) -> None:
        self.last_reading = reading

    @Slot(object)
    def _on_event(self, event: ScaleEvent) -> None:
        if isinstance(event, StableWeight):
            self.stable_weight.emit(event.grams)
        else:
            self.judged = event
            self.state_changed.emit(event)
