"""The table of reports already sent (“Sổ báo cáo đã gửi”), over `core.issued.list_issued`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ttdn_desktop.core.issued import IssuedReportRow
from ttdn_desktop.gui.formatting import format_date

COLUMNS: tuple[str, ...] = ("Số", "Ngày", "Kỳ báo cáo", "Tên", "Tệp")
NUMBER, DATE, PERIOD, TITLE, FILE = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


class IssuedReportsModel(QAbstractTableModel):
    """Rows of `IssuedReportRow`, newest first as the service returns them."""

    def __init__(self, rows: list[IssuedReportRow] | None = None) -> None:
        super().__init__()
        self.rows: list[IssuedReportRow] = list(rows or [])

    def set_rows(self, rows: list[IssuedReportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return row.file_name or "Không ghi tệp"
            if column == TITLE:
                return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def display(row: IssuedReportRow, column: int) -> str:
        if column == NUMBER:
            return row.number or ""
        if column == DATE:
            return format_date(row.issued_date)
        if column == PERIOD:
            return f"{format_date(row.period_start)} – {format_date(row.period_end)}"
        if column == TITLE:
            return row.title
        if column == FILE:
            return Path(row.file_name).name if row.file_name else ""
        return ""

    def path_at(self, row: int) -> Path | None:
        if 0 <= row < len(self.rows) and self.rows[row].file_name:
            return Path(self.rows[row].file_name or "")
        return None
