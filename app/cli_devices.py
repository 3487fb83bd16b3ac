"""The technician's device and label commands: ``scale``, ``scale-sim``,
``label`` and ``print``."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_io import EXIT_ERROR, EXIT_OK, EXIT_USAGE, read_pin
from app.config import Config
from app.labels.output import FORMATS


def add_device_commands(commands: Any) -> None:
    from app.devices.scales.protocols import PROTOCOLS

    scale = commands.add_parser(
        "scale", help="watch a scale: one JSON line per state change and stable weight"
    )
    scale.add_argument("--list", action="store_true", help="list serial ports with VID:PID")
    scale.add_argument(
        "--url",
        help="pyserial URL (COM3, /dev/ttyUSB0, socket://h:p); "
        "default: the station's config, sim:// for the simulator",
    )
    scale.add_argument("--protocol", choices=sorted(PROTOCOLS), help="default: the config's")
    scale.add_argument("--baud", type=int, help="default: the config's, or the protocol's")
    scale.add_argument("--seconds", type=float, help="stop after this long (default: Ctrl-C)")

    label = commands.add_parser("label", help="render one label to a file")
    label.add_argument(
        "template",
        help="e.g. ewaybill_100x150, delivery_note_a5, sku_40x30, "
        "bin_label (resources/labels, or the config's [labels].folder)",
    )
    which = label.add_mutually_exclusive_group(required=True)
    which.add_argument("--order", help="platform order number or waybill number")
    which.add_argument("--sku", help="SKU code or product barcode")
    which.add_argument("--bin", help="bin code")
    label.add_argument("--format", choices=FORMATS, default="pdf")
    label.add_argument("--dpi", type=int, choices=(203, 300), default=203)
    label.add_argument("-o", "--output", type=Path, required=True, help="file to write")

    print_ = commands.add_parser(
        "print", help="print one label through the station's printer (as a logged-in user)"
    )
    print_.add_argument("kind", choices=("ewaybill", "delivery_note", "sku", "bin"))
    print_.add_argument("ref", help="order/waybill number, SKU code or bin code")
    print_.add_argument("--user", required=True, help="who prints (user name)")
    print_.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")
    print_.add_argument("--copies", type=int, default=1)

    sim = commands.add_parser(
        "scale-sim", help="run the scale simulator on a serial port or pseudo-terminal"
    )
    sim.add_argument("--url", required=True, help="pyserial URL of the port to speak on")
    sim.add_argument("--protocol", choices=sorted(PROTOCOLS), required=True)
    sim.add_argument("--baud", type=int)
    sim.add_argument("--seconds", type=float, help="stop after this long (default: Ctrl-C)")


def _scale(config: Config, args: argparse.Namespace) -> int:
    from app.devices.scales import monitor
    from app.devices.scales.protocols import PROTOCOLS

    if args.list:
        lines = monitor.port_lines()
        print("\n".join(lines) if lines else "no serial ports found")
        return EXIT_OK
    from app.devices.scales.link import ScaleSetup

    scale = config.scale
    same_port = args.url is None or args.url == scale.url
    scale = dataclasses.replace(
        scale,
        url=args.url if args.url is not None else scale.url,
        protocol=args.protocol or scale.protocol,
        baud=args.baud
        or (scale.baud if same_port else PROTOCOLS[args.protocol or scale.protocol].baud),
    )
    setup = ScaleSetup.from_config(scale)
    monitor.watch(
        setup.url,
        setup.protocol,
        sys.stdout,
        setup.baud,
        args.seconds,
        setup.stability,
        setup.settings,
    )
    return EXIT_OK


def _label(config: Config, args: argparse.Namespace) -> int:
    from app.labels.output import render
    from app.services.labels import build_document_from_console, kind_of_template
    from app.station import open_database

    kind = kind_of_template(args.template)
    ref = args.order or args.sku or args.bin
    wanted = {"ewaybill": "order", "delivery_note": "order", "sku": "sku", "bin": "bin"}[kind]
    if getattr(args, wanted) is None:
        print(f"error (usage): {args.template} needs --{wanted}", file=sys.stderr)
        return EXIT_USAGE
    db = open_database(config)
    try:
        document = build_document_from_console(db, config, kind, ref, args.template)
    finally:
        db.dispose()
    data = render(document.pages, args.format, args.dpi, config.labels.font)
    args.output.write_bytes(data)
    print(f"{args.output}: {args.template}, {len(document.pages)} page(s), {len(data)} bytes")
    return EXIT_OK


def _print(config: Config, args: argparse.Namespace) -> int:
    """Queue the label like the station does, then send it now and say how it went."""
    from app.printing.spooler import Spooler
    from app.printing.transports import transport_for
    from app.services.auth import LockoutPolicy, login_with_pin
    from app.services.labels import print_document
    from app.services.printing import list_jobs
    from app.station import open_station

    station = open_station(config, demo_if_empty=False)
    db = station.db
    try:
        security = config.security
        actor = login_with_pin(
            db,
            args.user,
            read_pin(args.pin_stdin, confirm=False),
            config.station.code,
            LockoutPolicy(security.pin_max_attempts, security.lockout_minutes),
        )
        job = print_document(db, actor, config, args.kind, args.ref, args.copies)
        spooler = Spooler(
            db, station.station_id, transport_for, max_attempts=config.printer.max_attempts
        )
        spooler.run_once()
        state = next(j for j in list_jobs(db, actor) if j.id == job.id)
        print(
            f"job {job.id}: {state.state} on {job.printer_name}"
            + (f" ({state.last_error})" if state.last_error else "")
        )
        return EXIT_OK if state.state == "done" else EXIT_ERROR
    finally:
        db.dispose()


def _scale_sim(config: Config, args: argparse.Namespace) -> int:
    from app.devices.scales import monitor

    monitor.simulate(args.url, args.protocol, args.baud, args.seconds)
    return EXIT_OK


DEVICE_HANDLERS: dict[tuple[str, str | None], Callable[[Config, argparse.Namespace], int]] = {
    ("scale", None): _scale,
    ("scale-sim", None): _scale_sim,
    ("label", None): _label,
    ("print", None): _print,
}
