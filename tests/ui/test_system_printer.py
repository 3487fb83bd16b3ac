"""The system printer path (QtPrintSupport, no dialog), printed to a PDF file
as a driver would receive it, then read back with poppler and zbar."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.labels.data import bin_label_data
from app.labels.output import render
from app.labels.samples import sample_bin
from app.labels.templates import load_template
from app.printing.base import PrinterError
from tests.app.labels.scan import zbar
from ui.system_printer import SystemPrinterTransport, system_aware_transport


def bin_pages(count: int) -> tuple[list, list[str]]:  # type: ignore[type-arg]
    template = load_template("bin_label")
    bins = [sample_bin(i) for i in range(count)]
    pages = [page for b in bins for page in template.render(bin_label_data(b))]
    return pages, [b.code for b in bins]


def test_two_label_job_prints_two_true_size_pages(qapp: object, tmp_path: Path) -> None:
    pages, codes = bin_pages(2)
    out = tmp_path / "driver.pdf"
    SystemPrinterTransport("", output_file=str(out)).send(render(pages, "png", 300), "bins")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"Pages:\s+2", info.stdout)
    width_pt, height_pt = map(
        float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout).groups()
    )  # type: ignore[union-attr]
    assert abs(width_pt * 25.4 / 72 - pages[0].width_mm) < 1
    assert abs(height_pt * 25.4 / 72 - pages[0].height_mm) < 1
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(out), str(tmp_path / "p")], check=True)
    read = [zbar(png) for png in sorted(tmp_path.glob("p-*.png"))]
    assert [codes[0]] in read and [codes[1]] in read


def test_a_pdf_job_is_refused_with_a_reason(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(PrinterError) as err:
        SystemPrinterTransport("", output_file=str(tmp_path / "x.pdf")).send(b"%PDF-1.4 ...")
    assert err.value.code == "rejected" and "png" in str(err.value.detail)


def test_unknown_system_printer_is_unreachable(qapp: object) -> None:
    pages, _codes = bin_pages(1)
    with pytest.raises(PrinterError) as err:
        SystemPrinterTransport("no-such-printer-here").send(render(pages, "png", 203))
    assert err.value.code == "unreachable"


def test_factory_gives_system_printers_the_qt_transport() -> None:
    class Target:
        kind, address, language = "system", "HP LaserJet", "png"

    assert isinstance(system_aware_transport(Target()), SystemPrinterTransport)
