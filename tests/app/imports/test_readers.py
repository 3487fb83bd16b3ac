"""Reading exports: encodings, XLSX, quoted newlines, row numbers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.imports.readers import UnreadableFile, decode_csv_bytes, read_table

CSV = (
    '订单号,收件人,详细地址\r\nT1,王伟,"文三路 1 号\r\n3 单元"\r\n\r\nT2,李娜,"古墩路 ""8"" 号"\r\n'
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(CSV.encode(encoding))
    table = read_table(path)
    assert table.headers == ("订单号", "收件人", "详细地址")
    assert [r.number for r in table.rows] == [2, 4]  # the blank row 3 is skipped
    assert table.rows[0].values["详细地址"] == "文三路 1 号\r\n3 单元"
    assert table.rows[1].values == {"订单号": "T2", "收件人": "李娜", "详细地址": '古墩路 "8" 号'}


def test_gbk_that_is_not_utf8_falls_back() -> None:
    data = "店铺".encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_csv_bytes(data) == "店铺"


def test_xlsx_first_sheet_cells_as_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["订单号", "付款时间", "数量", "单价"])
    sheet.append(["T1", datetime(2025, 5, 1, 9, 30), 2, 12.5])
    sheet.append([None, None, None, None])
    sheet.append(["T2", "2025-05-01 10:00:00", 1.0, None])
    book.create_sheet("other").append(["ignored"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ("订单号", "付款时间", "数量", "单价")
    assert [r.number for r in table.rows] == [2, 4]
    assert table.rows[0].values == {
        "订单号": "T1",
        "付款时间": "2025-05-01 09:30:00",
        "数量": "2",
        "单价": "12.5",
    }
    assert table.rows[1].values["数量"] == "1"


def test_short_rows_are_padded_and_bad_files_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("a,b,c\n1\n", encoding="utf-8")
    assert read_table(path).rows[0].values == {"a": "1", "b": "", "c": ""}
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFile):
        read_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(UnreadableFile):
        read_table(fake)
    with pytest.raises(UnreadableFile):
        read_table(tmp_path / "x.pdf")


def test_cut_off_files_and_overlong_rows_are_marked(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("a,b,c\r\n1,2,3\r\n4,5", encoding="utf-8")  # stops mid-row
    assert read_table(path).truncated_row == 3
    path.write_text("a,b,c\r\n1,2,3\r\n4,5,6", encoding="utf-8")  # no final line break: whole
    assert read_table(path).truncated_row == 0
    path.write_text('a,b,c\r\n1,"2\r\n3,4,5\r\n', encoding="utf-8")  # unclosed quote
    assert read_table(path).truncated_row == 2
    path.write_bytes("a,b,c\r\n1,2,杭".encode()[:-1])  # inside the last character
    assert read_table(path).truncated_row == 2  # its last cell lost its end
    path.write_bytes("a,b,c\r\n1,杭州".encode()[:-2])
    assert read_table(path).truncated_row == 2
    path.write_text("a,b,c\r\n1,2,3,4\r\n5,6,7,\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.overlong == (2,) and table.truncated_row == 0  # an empty extra cell is harmless
