"""The station's printers and which one takes each label kind (settings work).

Printing needs no dialog: every label kind has a default printer per
station. The embedded default is a folder printer that writes PDFs, set up
on start by :func:`ensure_embedded_printer` so a new station prints at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import LABEL_KINDS, PRINTER_KINDS, PRINTER_LANGUAGES, Printer, PrinterDefault
from app.errors import AlreadyExists, InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event

EMBEDDED_PRINTER_NAME = "PDF folder"


@dataclass(frozen=True)
class PrinterInfo:
    """A configured printer; fits ``app.printing.transports.PrinterTarget``."""

    id: str
    station_id: str
    name: str
    kind: str
    address: str
    language: str
    dpi: int
    active: bool


def printer_info(printer: Printer) -> PrinterInfo:
    return PrinterInfo(
        id=printer.id,
        station_id=printer.station_id,
        name=printer.name,
        kind=printer.kind,
        address=printer.address,
        language=printer.language,
        dpi=printer.dpi,
        active=printer.active,
    )


def station_of(actor: Actor) -> str:
    """Printers and jobs belong to a station; a console actor has none."""
    if not actor.station_id:
        raise InvalidInput("printing needs a station", field="station")
    return actor.station_id


def check_label_kind(label_kind: str) -> None:
    if label_kind not in LABEL_KINDS:
        raise InvalidInput(f"unknown label kind {label_kind!r}", field="label_kind")


def configure_printer(
    db: Database,
    actor: Actor,
    *,
    name: str,
    kind: str,
    address: str,
    language: str,
    dpi: int = 203,
    active: bool = True,
    printer_id: str | None = None,
) -> PrinterInfo:
    """Add a printer to the actor's station, or change one (``printer_id``).

    Printer settings are station settings (supervisor), like the scale's."""
    name, address = name.strip(), address.strip()
    if not name:
        raise InvalidInput("a printer needs a name", field="name")
    if kind not in PRINTER_KINDS:
        raise InvalidInput(f"unknown printer kind {kind!r}", field="kind")
    if language not in PRINTER_LANGUAGES:
        raise InvalidInput(f"unknown printer language {language!r}", field="language")
    if not address:
        raise InvalidInput("a printer needs an address", field="address")
    if not 100 <= dpi <= 1200:
        raise InvalidInput(f"dpi {dpi} is out of range", field="dpi")
    station_id = station_of(actor)
    with db.write() as session:
        authorize(session, actor, Action.STATION_SETTINGS)
        same_name = session.scalar(
            select(Printer.id).where(Printer.station_id == station_id, Printer.name == name)
        )
        if same_name is not None and same_name != printer_id:
            raise AlreadyExists(f"printer {name} already exists", field="name", value=name)
        if printer_id is None:
            printer = Printer(station_id=station_id)
            session.add(printer)
        else:
            printer = _station_printer(session, station_id, printer_id)
        printer.name, printer.kind, printer.address = name, kind, address
        printer.language, printer.dpi, printer.active = language, dpi, active
        session.flush()
        info = printer_info(printer)
        fields = {"name": name, "kind": kind, "address": address, "language": language}
        record_event(session, actor, "printer.configured", {"printer_id": info.id, **fields})
        audit(session, actor, "printer_configured", "printer", info.id, dpi=dpi, **fields)
        return info


def _station_printer(session: Session, station_id: str, printer_id: str) -> Printer:
    printer = session.get(Printer, printer_id)
    if printer is None or printer.station_id != station_id:
        raise NotFound(f"no printer {printer_id} at this station", printer_id=printer_id)
    return printer


def _set_default(session: Session, station_id: str, label_kind: str, printer_id: str) -> None:
    row = session.scalar(
        select(PrinterDefault).where(
            PrinterDefault.station_id == station_id, PrinterDefault.label_kind == label_kind
        )
    )
    if row is None:
        session.add(
            PrinterDefault(station_id=station_id, label_kind=label_kind, printer_id=printer_id)
        )
    else:
        row.printer_id = printer_id


def set_default_printer(db: Database, actor: Actor, label_kind: str, printer_id: str) -> None:
    """From now on ``label_kind`` prints on that printer at the actor's station."""
    check_label_kind(label_kind)
    station_id = station_of(actor)
    with db.write() as session:
        authorize(session, actor, Action.STATION_SETTINGS)
        printer = _station_printer(session, station_id, printer_id)
        if not printer.active:
            raise InvalidInput(f"printer {printer.name} is switched off", field="printer_id")
        _set_default(session, station_id, label_kind, printer_id)
        payload = {"label_kind": label_kind, "printer_id": printer_id}
        record_event(session, actor, "printer.default_set", payload)
        audit(session, actor, "printer_default_set", "printer", printer_id, label_kind=label_kind)


def default_printer(db: Database, station_id: str, label_kind: str) -> PrinterInfo | None:
    """The station's printer for this label kind, if one is set and active."""
    check_label_kind(label_kind)
    with db.read() as session:
        printer = find_default(session, station_id, label_kind)
        return printer_info(printer) if printer else None


def find_default(session: Session, station_id: str, label_kind: str) -> Printer | None:
    printer = session.scalar(
        select(Printer)
        .join(PrinterDefault, PrinterDefault.printer_id == Printer.id)
        .where(PrinterDefault.station_id == station_id, PrinterDefault.label_kind == label_kind)
    )
    return printer if printer is not None and printer.active else None


def list_printers(db: Database, station_id: str) -> list[PrinterInfo]:
    with db.read() as session:
        rows = session.scalars(
            select(Printer).where(Printer.station_id == station_id).order_by(Printer.name)
        )
        return [printer_info(p) for p in rows]


def ensure_embedded_printer(db: Database, station_id: str, folder: str) -> PrinterInfo:
    """The embedded default, on start: a PDF folder printer, made the default
    for every label kind that has none yet. Idempotent; it follows the
    configured folder if that changes."""
    with db.write() as session:
        printer = session.scalar(
            select(Printer).where(
                Printer.station_id == station_id, Printer.name == EMBEDDED_PRINTER_NAME
            )
        )
        if printer is None:
            printer = Printer(
                station_id=station_id,
                name=EMBEDDED_PRINTER_NAME,
                kind="folder",
                address=folder,
                language="pdf",
                dpi=300,
            )
            session.add(printer)
            session.flush()
            audit(
                session,
                None,
                "printer_configured",
                "printer",
                printer.id,
                username="system",
                station_id=station_id,
                kind="folder",
                address=folder,
            )
        elif printer.address != folder:  # [printer].folder was changed in the config
            printer.address = folder
        set_kinds = set(
            session.scalars(
                select(PrinterDefault.label_kind).where(PrinterDefault.station_id == station_id)
            )
        )
        for kind in LABEL_KINDS:
            if kind not in set_kinds:
                _set_default(session, station_id, kind, printer.id)
        return printer_info(printer)
