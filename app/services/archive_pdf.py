"""The month-end archive as one A4 PDF (R-ACC-4): a summary per kind, the
days closed, then each document in its own section with its lines,
signatures (R-ACC-2) and corrections shown as before → after with the
corrector's full name and date (R-ACC-3).

Chinese is set in the embeddable TrueType font the labels use
(:func:`app.labels.pdf.pdf_font`; reportlab cannot embed the CFF Noto fonts).
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.labels.pdf import pdf_font
from app.services.archive import KIND_NAMES, ArchivedDocument, MonthArchive

STATE_NAMES = {"posted": "已过账 posted", "cancelled": "已作废 cancelled"}
CAPACITY_NAMES = {
    "keeper": "仓管", "supervisor": "主管", "sender": "发货方", "receiver": "收货方",
    "taker": "领用人", "qc": "质检", "clerk": "文员",
}  # fmt: skip


# (header, width in mm) of each table; the page is 180 mm wide.
SUMMARY_COLUMNS = (
    ("类型 kind", 50), ("已过账 posted", 25), ("已作废 cancelled", 25), ("行数 lines", 25),
    ("件数 units", 25), ("更正 corrections", 30),
)  # fmt: skip
CLOSE_COLUMNS = (
    ("仓库 warehouse", 25), ("日期 day", 30), ("结账人 closed by", 40), ("时间 at", 40),
    ("差异 differences", 30),
)  # fmt: skip
SIGNATURE_COLUMNS = (
    ("身份 capacity", 40), ("签字人 name", 50), ("方式 method", 30), ("时间 signed at", 60),
)  # fmt: skip
CORRECTION_COLUMNS = (
    ("序", 8), ("行", 8), ("SKU", 26), ("更正前 → 更正后", 30), ("更正人 corrector", 26),
    ("日期 date", 30), ("原因 reason", 52),
)  # fmt: skip
LINE_COLUMNS = (
    ("行", 8), ("SKU", 24), ("品名 name", 30), ("规格 spec", 22), ("应收", 12), ("过账", 12),
    ("更正后", 16), ("批次 lot", 26), ("从 from", 15), ("到 to", 15),
)  # fmt: skip


def _columns(spec: tuple[tuple[str, int], ...]) -> tuple[list[str], list[float]]:
    return [h for h, _ in spec], [float(w) for _, w in spec]


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22)
        self.heading = ParagraphStyle("heading", fontName=font, fontSize=12, leading=17)
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")

    def p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(str(text)), style or self.body)

    def table(self, header: list[str], widths: list[float], rows: list[list[Any]]) -> Table:
        data = [[self.p(h, self.cell) for h in header]]
        data += [[self.p(c, self.cell) for c in row] for row in rows]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),  # else cells set Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table


def render_archive_pdf(archive: MonthArchive, font: str = "") -> bytes:
    """The archive's PDF bytes (A4 portrait, 15 mm margins)."""
    s = _Styles(pdf_font(font))
    kinds = [
        [f"{KIND_NAMES.get(k.kind, k.kind)} {k.kind}", k.posted, k.cancelled, k.lines, k.units,
         k.corrections]
        for k in archive.summary()
    ]  # fmt: skip
    closes = [
        [c.warehouse, c.day.isoformat(), c.closed_by, c.closed_at, c.differences]
        for c in archive.closes
    ]
    story: list[Flowable] = [
        s.p(f"单据月度归档 Monthly document archive {archive.month}", s.title),
        Spacer(0, 4 * mm),
        s.p("按类型汇总 Summary per kind", s.heading),
        s.table(*_columns(SUMMARY_COLUMNS), kinds or [["—", 0, 0, 0, 0, 0]]),
    ]
    if archive.drafts_left:
        story.append(
            s.p("未过账（未归档）Not posted, not archived: " + ", ".join(archive.drafts_left))
        )
    story += [
        Spacer(0, 4 * mm),
        s.p("日清日结 Days closed", s.heading),
        s.table(*_columns(CLOSE_COLUMNS), closes or [["—", "", "", "", ""]]),
    ]
    for document in archive.documents:
        story += _section(s, document)
    buffer = io.BytesIO()
    page = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Archive {archive.month}",
        invariant=True,
        initialFontName=s.font,  # ours: no unused, unembedded Helvetica referenced
    )
    page.build(story)
    return buffer.getvalue()


def _section(s: _Styles, d: ArchivedDocument) -> list[Flowable]:
    """One document: heading, particulars, lines, signatures, corrections."""
    name = KIND_NAMES.get(d.kind, d.kind)
    particulars = [
        f"日期 {d.day.isoformat()}",
        f"仓库 {d.warehouse}" + (f" → {d.to_warehouse}" if d.to_warehouse else ""),
        f"来源单号 {d.reference}" if d.reference else "",
        f"往来单位 {d.partner}" if d.partner else "",
        f"制单 {d.created_by} {d.created_at}",
        f"过账 {d.posted_by} {d.posted_at}" if d.posted_at else "",
    ]
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        Spacer(0, 5 * mm),
        s.p(f"{d.number}  {name} {d.kind} · {STATE_NAMES.get(d.state, d.state)}", s.heading),
        s.p("  ".join(x for x in particulars if x)),
    ]
    if d.note:
        out.append(s.p(f"备注 {d.note}"))
    lines = [
        [ln.line_no, ln.sku, ln.name, ln.spec, ln.expected, ln.actual,
         f"{ln.actual} → {ln.effective}" if ln.effective != ln.actual else ln.effective,
         ln.lot, ln.from_bin, ln.to_bin]
        for ln in d.lines
    ]  # fmt: skip
    signatures = [
        [f"{CAPACITY_NAMES.get(x.capacity, x.capacity)} {x.capacity}", x.name, x.method, x.at]
        for x in d.signatures
    ]
    out += [
        Spacer(0, 2 * mm),
        s.table(*_columns(LINE_COLUMNS), lines or [["—"] + [""] * 9]),
        Spacer(0, 2 * mm),
        s.p("签字 Signatures"),
        s.table(*_columns(SIGNATURE_COLUMNS), signatures or [["—", "", "", ""]]),
    ]
    if d.corrections:
        corrections = [
            [c.seq, c.line_no or "", c.sku, f"{c.before} → {c.after}", c.corrector, c.at,
             c.reason]
            for c in d.corrections
        ]  # fmt: skip
        out += [
            Spacer(0, 2 * mm),
            s.p("更正记录（划改）Corrections"),
            s.table(*_columns(CORRECTION_COLUMNS), corrections),
        ]
    return out
