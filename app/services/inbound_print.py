"""What receiving prints: the SKU labels of the goods signed for, at once
(R-REC-2), and the A4 inbound order (入库单) with its finance copy (R-REC-3).

Labels go through the print queue, one label per unit signed for, one job
per order line: the queue's dedupe (``sku:RK…/line``) refuses a second print
of the same line, so labels, ledger and goods agree (账物相符). A lost label
is a reprint (补打) from the print queue, with its reason.

The A4 order is drawn as label pages (the pick list's way: reportlab through
:mod:`app.labels.pdf`, the Chinese font embedded): the warehouse copy (仓库联)
then the finance copy (财务联), each with the note's and the counted
quantities, the differences, and who signed when. A posted order prints once
(a reprint is asked for in the queue); a draft prints as a draft, any time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.config import Config
from app.db.engine import Database
from app.errors import AlreadyPrinted, InvalidInput, NoDefaultPrinter
from app.labels.model import Align, Box, Element, Label, Line, Text
from app.labels.output import CONTENT_TYPES, render
from app.labels.paging import TableGeometry, paginate
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.labels import build_document
from app.services.print_queue import JobInfo
from app.services.printers import default_printer
from app.services.printing import enqueue
from app.services.receiving_view import (
    Inbound,
    InboundLine,
    ReceivingRefused,
    find_inbound,
    inbound_view,
)

MAX_COPIES = 999  # the queue's limit per job: a bigger line is split into jobs
TEMPLATE = "inbound_order_a4"
COPIES = ("仓库联", "财务联")  # R-REC-3: the finance copy goes to finance
CAPACITY_NAMES = {"keeper": "保管员", "supervisor": "仓库主管"}
METHOD_NAMES = {"badge": "刷卡", "pin": "PIN"}
STATUS_NAMES = {"short": "短少", "over": "多出，未签收", "wrong_spec": "错规格，未签收"}

PAGE_W, PAGE_H = 210.0, 297.0
TABLE = TableGeometry(
    top_first=50, top_rest=50, header_height=7, row_height=7, bottom=282, bottom_last=236
)
# (header, x, width, align): the table's columns in mm
COLUMNS = (
    ("序号", 10, 9, Align.LEFT),
    ("SKU", 19, 27, Align.LEFT),
    ("品名", 47, 45, Align.LEFT),
    ("款号", 93, 17, Align.LEFT),
    ("颜色/规格", 111, 22, Align.LEFT),
    ("应收", 134, 11, Align.RIGHT),
    ("实点", 146, 11, Align.RIGHT),
    ("签收", 158, 11, Align.RIGHT),
    ("差异", 170, 10, Align.RIGHT),
    ("备注", 182, 18, Align.LEFT),
)


@dataclass(frozen=True)
class LabelsQueued:
    """What :func:`print_receiving_labels` did: (SKU, labels) queued, and the
    SKUs whose labels were queued before (never printed twice)."""

    queued: tuple[tuple[str, int], ...]
    skipped: tuple[str, ...]

    @property
    def labels(self) -> int:
        return sum(n for _sku, n in self.queued)


def _counted_inbound(db: Database, actor: Actor, ref: str) -> Inbound:
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        view = inbound_view(session, find_inbound(session, ref))
    if not view.counting_done:
        raise ReceivingRefused(
            f"finish counting {view.number} first", reason="counting_open", number=view.number
        )
    return view


def print_receiving_labels(db: Database, actor: Actor, config: Config, ref: str) -> LabelsQueued:
    """R-REC-2: one SKU label per unit signed for, on the station's SKU label
    printer, right after counting. Run again, it queues only what is missing."""
    if actor.station_id is None:
        raise InvalidInput("printing needs a station", field="station")
    printer = default_printer(db, actor.station_id, "sku")
    if printer is None:
        raise NoDefaultPrinter("no printer for SKU labels", label_kind="sku")
    view = _counted_inbound(db, actor, ref)
    queued: list[tuple[str, int]] = []
    skipped: list[str] = []
    for line in view.lines:
        if line.signed <= 0:
            continue
        document = build_document(db, actor, config, "sku", line.sku_code)
        payload = render(document.pages, printer.language, printer.dpi, config.labels.font)
        done = 0
        for part, start in enumerate(range(0, line.signed, MAX_COPIES), start=1):
            copies = min(MAX_COPIES, line.signed - start)
            suffix = f"-{part}" if part > 1 else ""
            try:
                enqueue(
                    db,
                    actor,
                    "sku",
                    document.template,
                    f"{view.number}/{line.line_no}{suffix}",
                    payload,
                    CONTENT_TYPES[printer.language],
                    copies,
                    printer.id,
                )
            except AlreadyPrinted:
                continue
            done += copies
        if done:
            queued.append((line.sku_code, done))
        else:
            skipped.append(line.sku_code)
    return LabelsQueued(tuple(queued), tuple(skipped))


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def _remark(line: InboundLine) -> str:
    words = [STATUS_NAMES[line.status]] if line.status in STATUS_NAMES else []
    if line.note:
        words.append(line.note)
    return "；".join(words)


def _row(line: InboundLine, y: float) -> list[Element]:
    values = (
        str(line.line_no),
        line.sku_code,
        line.name,
        line.style_no,
        "/".join(x for x in (line.colour, line.size) if x),
        str(line.expected),
        str(line.counted),
        str(line.signed),
        f"{line.difference:+d}" if line.difference else "0",
        _remark(line),
    )
    cells: list[Element] = [
        Text(x, y + 1.5, value, 8.5, width_mm=w, align=align)
        for (_h, x, w, align), value in zip(COLUMNS, values, strict=True)
    ]
    cells.append(Line(10, y + 6.8, 200, y + 6.8, 0.1))
    return cells


def _head(view: Inbound, copy_name: str, zone: ZoneInfo) -> list[Element]:
    posted = view.state == "posted"
    elements: list[Element] = [
        Text(50, 10, "入 库 单", 20, bold=True, width_mm=110, align=Align.CENTER),
        Text(170, 10, copy_name, 12, bold=True, width_mm=30, align=Align.CENTER, inverse=True),
        Text(10, 25, f"入库单号：{view.number}", 10, bold=True, width_mm=95),
        Text(110, 25, f"入库日期：{view.day:%Y-%m-%d}", 10, width_mm=90, align=Align.RIGHT),
        Text(10, 31, f"供应商：{view.supplier}", 10, width_mm=115),
        Text(127, 31, f"送货单号：{view.reference}", 10, width_mm=73, align=Align.RIGHT),
        Text(
            10, 37, f"仓库：{view.warehouse_code}  收货区：{view.receiving_code}", 10, width_mm=95
        ),  # fmt: skip
        Text(
            110,
            37,
            f"过账：{_local(view.posted_at, zone)}" if posted else "草稿（未过账）",
            10,
            bold=not posted,
            width_mm=90,
            align=Align.RIGHT,
        ),
        Line(10, 43, 200, 43, 0.5),
    ]
    y = TABLE.top_first
    elements += [Text(x, y + 1.5, h, 9, bold=True, width_mm=w, align=a) for h, x, w, a in COLUMNS]
    elements.append(Line(10, y + 6.6, 200, y + 6.6, 0.3))
    return elements


def _foot(view: Inbound, zone: ZoneInfo) -> list[Element]:
    """Totals and the signatures (R-REC-3): who signed, how and when."""
    elements: list[Element] = [
        Line(10, 238, 200, 238, 0.4),
        Text(
            10,
            240,
            f"合计：{len(view.lines)} 种  应收 {view.expected_total} 件  实点 "
            f"{view.counted_total} 件  签收 {view.signed_total} 件",
            10,
            bold=True,
            width_mm=190,
        ),
    ]
    signatures = {s.capacity: s for s in view.signatures}
    for index, capacity in enumerate(("keeper", "supervisor", "finance")):
        x = 10 + index * 65
        elements.append(Box(x, 248, 60, 26, 0.3))
        title = CAPACITY_NAMES.get(capacity, "财务（签收）")
        elements.append(Text(x + 2, 250, f"{title}：", 9))
        signed = signatures.get(capacity)
        if signed is not None:
            elements += [
                Text(x + 2, 257, signed.full_name, 12, bold=True, width_mm=56),
                Text(x + 2, 266, f"{_local(signed.signed_at, zone)} "
                     f"{METHOD_NAMES.get(signed.method, signed.method)}", 8, width_mm=56),
            ]  # fmt: skip
        else:
            elements.append(Text(x + 2, 266, "日期：", 8))
    counted = f"清点：{view.counted_by} {_local(view.counted_at, zone)}" if view.counted_at else ""
    elements.append(
        Text(
            10,
            278,
            f"制单：{view.created_by} {_local(view.created_at, zone)}    {counted}",
            8,
            width_mm=190,
        )  # fmt: skip
    )
    return elements


def inbound_pages(view: Inbound, timezone: str) -> list[Label]:
    """Both copies, each starting on a new page."""
    zone = ZoneInfo(timezone)
    slots = paginate([None] * len(view.lines), TABLE)
    pages: list[Label] = []
    for copy_name in COPIES:
        for number, page_slots in enumerate(slots):
            elements = _head(view, copy_name, zone)
            for slot in page_slots:
                elements += _row(view.lines[slot.index], slot.y_mm)
            if number == len(slots) - 1:
                elements += _foot(view, zone)
            elements.append(
                Text(
                    150,
                    286,
                    f"{copy_name} 第 {number + 1}/{len(slots)} 页",
                    8,
                    width_mm=50,
                    align=Align.RIGHT,
                )  # fmt: skip
            )
            pages.append(Label(PAGE_W, PAGE_H, tuple(elements), name=TEMPLATE))
    return pages


def inbound_pdf(db: Database, actor: Actor, config: Config, ref: str) -> bytes:
    """The A4 order as a PDF (both copies), e.g. to save or show."""
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        view = inbound_view(session, find_inbound(session, ref))
    return render(inbound_pages(view, config.audit.timezone), "pdf", font=config.labels.font)


def print_inbound_order(db: Database, actor: Actor, config: Config, ref: str) -> JobInfo:
    """Queue the A4 order on the station's inbound-order printer (by default
    the PDF folder). A posted order is printed once; a draft any time."""
    if actor.station_id is None:
        raise InvalidInput("printing needs a station", field="station")
    printer = default_printer(db, actor.station_id, "inbound_order")
    if printer is None:
        raise NoDefaultPrinter("no printer for inbound orders", label_kind="inbound_order")
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        view = inbound_view(session, find_inbound(session, ref))
    pages = inbound_pages(view, config.audit.timezone)
    payload = render(pages, printer.language, printer.dpi, config.labels.font)
    return enqueue(
        db,
        actor,
        "inbound_order",
        TEMPLATE,
        view.number if view.state == "posted" else "",
        payload,
        CONTENT_TYPES[printer.language],
        1,
        printer.id,
    )
