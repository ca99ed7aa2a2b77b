"""The preview of an Excel import: what would be created, what is skipped, what is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.exchange.excel_import import EXISTING, INVALID, VALID, ImportPreview

PROBLEM_HEADERS = ["Trang tính", "Dòng", "Cột", "Lý do"]
LISTED_NAMES = 10


def _names(names: list[str]) -> str:
    shown = ", ".join(f"“{n}”" for n in names[:LISTED_NAMES])
    more = f" và {len(names) - LISTED_NAMES} mục khác" if len(names) > LISTED_NAMES else ""
    return shown + more


def summary_text(preview: ImportPreview) -> str:
    """The preview in Vietnamese sentences, one sheet a line (HTML-free plain text)."""
    lines: list[str] = []
    for sheet in dict.fromkeys(r.sheet for r in preview.rows):
        lines.append(
            f"{sheet}: {preview.count(VALID, sheet)} dòng hợp lệ sẽ được nhập, "
            f"{preview.count(EXISTING, sheet)} dòng đã có (bỏ qua), "
            f"{preview.count(INVALID, sheet)} dòng lỗi."
        )
    if not preview.rows:
        lines.append("Tệp không có dòng dữ liệu nào.")
    if preview.new_organizations:
        lines.append(
            f"Sẽ thêm {len(preview.new_organizations)} cơ quan, tổ chức mới vào danh mục: "
            + _names(preview.new_organizations)
        )
    if preview.new_topics:
        lines.append(
            f"Sẽ thêm {len(preview.new_topics)} chủ đề mới vào danh mục: "
            + _names(preview.new_topics)
        )
    if preview.ignored_sheets:
        lines.append("Bỏ qua trang tính: " + _names(preview.ignored_sheets))
    return "\n".join(lines)


class ImportPreviewDialog(QDialog):
    """Show what an import would do; “Nhập” accepts (imports all valid rows), “Hủy” rejects."""

    def __init__(self, path: Path, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(f"Nhập từ Excel — {path.name}")
        self.resize(820, 520)
        self.preview = preview
        layout = QVBoxLayout(self)

        self.summary = QLabel(summary_text(preview))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        problems = [(r.sheet, r.row, col, why) for r in preview.invalid for col, why in r.problems]
        warnings = [(r.sheet, r.row, "", f"Lưu ý: {w}") for r in preview.rows for w in r.warnings]
        rows = problems + warnings
        heading = (
            f"Các dòng có lỗi sẽ không được nhập ({len(problems)} lỗi):"
            if problems
            else "Không có dòng nào bị lỗi."
        )
        layout.addWidget(QLabel(heading))
        self.problems = QTableWidget(len(rows), len(PROBLEM_HEADERS))
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(PROBLEM_HEADERS)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().setVisible(False)
        for i, (sheet, number, column, reason) in enumerate(rows):
            for j, value in enumerate((sheet, str(number), column or "(cả dòng)", reason)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems.setItem(i, j, item)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems.setVisible(bool(rows))
        layout.addWidget(self.problems, 1)

        buttons = QDialogButtonBox()
        valid = preview.count(VALID)
        self.import_button = QPushButton(f"Nhập {valid} dòng hợp lệ" if valid else "Nhập")
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(valid > 0)
        self.cancel_button = QPushButton("Hủy")
        self.cancel_button.setObjectName("cancelButton")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if valid:
            self.import_button.setDefault(True)
        else:
            self.cancel_button.setDefault(True)
