"""The blank import workbook: one sheet per record kind, headers, a sample row, choice lists.

The sample row is marked "MẪU" in the STT column and skipped on import; the lists of kinds and
statuses come from core.labels through a hidden sheet, so Excel offers them as drop-downs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from ttdn_desktop import __version__
from ttdn_desktop.exchange.excel_export import ExportError
from ttdn_desktop.exchange.sheets import (
    BOOL,
    CHOICE,
    DATE,
    DATE_FORMAT,
    INT,
    INT_FORMAT,
    NO,
    RECORD_SHEETS,
    SAMPLE_MARK,
    YES,
)
from ttdn_desktop.reports.xlsx import FORMULA_TRIGGERS

LISTS_SHEET = "Danh sách chọn"
TEMPLATE_HEADER_ROW = 3
VALIDATED_ROWS = 20_000
HEADER_FILL = PatternFill("solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
SAMPLE_FONT = Font(italic=True, color="FF808080")


def write_template(path: Path) -> Path:
    """Write the blank workbook for typing records in; return the path."""
    workbook = Workbook()
    lists = workbook.active
    lists.title = LISTS_SHEET
    list_ranges: dict[tuple[str, str], str] = {}
    column = 0
    for spec in RECORD_SHEETS.values():
        for col in spec.columns:
            values: list[str] = []
            if col.kind == CHOICE:
                values = list(col.choices.values())
            elif col.kind == BOOL:
                values = [YES, NO]
            if not values:
                continue
            column += 1
            letter = get_column_letter(column)
            lists.cell(row=1, column=column, value=col.header).font = Font(bold=True)
            for i, text in enumerate(values, start=2):
                lists.cell(row=i, column=column, value=text)
            list_ranges[(spec.key, col.field)] = (
                f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
            )
    lists.sheet_state = "hidden"

    for spec in RECORD_SHEETS.values():
        sheet = workbook.create_sheet(spec.name)
        sheet.cell(row=1, column=1, value=f"Mẫu nhập {spec.name.lower()}").font = Font(
            bold=True, size=13
        )
        sheet.cell(
            row=2,
            column=1,
            value="Dòng có chữ MẪU ở cột STT là ví dụ và không được nhập; hãy nhập từ dòng dưới. "
            "Ngày ghi dạng ngày/tháng/năm; nhiều chủ đề hoặc cơ quan cách nhau bằng dấu “;”.",
        ).font = Font(italic=True)
        for c, header in enumerate(spec.headers, start=1):
            cell = sheet.cell(row=TEMPLATE_HEADER_ROW, column=c, value=header)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions["A"].width = 7
        sample_row = TEMPLATE_HEADER_ROW + 1
        sheet.cell(row=sample_row, column=1, value=SAMPLE_MARK).font = SAMPLE_FONT
        for c, col in enumerate(spec.columns, start=2):
            letter = get_column_letter(c)
            sheet.column_dimensions[letter].width = max(col.width, len(col.header) + 2)
            value = spec.sample.get(col.field)
            cell = sheet.cell(row=sample_row, column=c)
            if col.kind == DATE and isinstance(value, str):
                cell.value = datetime.strptime(value, "%d/%m/%Y").date()
                cell.number_format = DATE_FORMAT
            elif col.kind == CHOICE and isinstance(value, str):
                cell.value = col.choices[value]
            elif col.kind == BOOL:
                cell.value = YES if value else None
            elif col.kind == INT and isinstance(value, int):
                cell.value = value
                cell.number_format = INT_FORMAT
            elif isinstance(value, str):
                cell.value = value
                cell.data_type = "s"
                cell.quotePrefix = value.startswith(FORMULA_TRIGGERS)
            cell.font = SAMPLE_FONT
            first, last = sample_row, sample_row + VALIDATED_ROWS
            if (spec.key, col.field) in list_ranges:
                validation = DataValidation(
                    type="list",
                    formula1=list_ranges[(spec.key, col.field)],
                    allow_blank=not col.required,
                    showErrorMessage=True,
                    errorTitle=col.header,
                    error=f"Hãy chọn “{col.header}” trong danh sách.",
                )
                validation.add(f"{letter}{first}:{letter}{last}")
                sheet.add_data_validation(validation)
            elif col.kind == DATE:
                validation = DataValidation(
                    type="date",
                    operator="greaterThan",
                    formula1="1",
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle=col.header,
                    error="Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 21/12/2020.",
                )
                validation.add(f"{letter}{first}:{letter}{last}")
                sheet.add_data_validation(validation)
                for row in range(first + 1, first + 200):
                    sheet.cell(row=row, column=c).number_format = DATE_FORMAT
            elif col.kind == INT:
                validation = DataValidation(
                    type="whole",
                    operator="greaterThanOrEqual",
                    formula1="0",
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle=col.header,
                    error="Hãy nhập một số nguyên không âm.",
                )
                validation.add(f"{letter}{first}:{letter}{last}")
                sheet.add_data_validation(validation)
        sheet.freeze_panes = f"A{TEMPLATE_HEADER_ROW + 1}"
    workbook.active = 1
    props = workbook.properties
    props.title = "Mẫu nhập dữ liệu TTĐN"
    props.description = f"TTĐN Desktop {__version__}"
    props.language = "vi-VN"
    path = Path(path)
    try:
        workbook.save(str(path))
    except OSError as exc:
        raise ExportError(f"Không ghi được tệp {path}: {exc.strerror or exc}.") from exc
    return path
