"""The targets of a plan, edited in a table inside the plan's editor, with their progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ttdn_desktop.core import labels
from ttdn_desktop.core.records import TargetData
from ttdn_desktop.core.targets import guess_counts_kind
from ttdn_desktop.gui.editors.pickers import Choice, SearchCombo
from ttdn_desktop.gui.editors.widgets import CountEdit, OptionalDateEdit

COLUMNS = (
    (
        "description",
        "Nội dung chỉ tiêu",
        "Việc phải làm, ví dụ: Ban hành văn bản hướng dẫn tuyên truyền (02 văn bản/tháng)",
    ),
    ("quantity", "Số lượng", "Số lượng phải đạt; bỏ trống nếu chỉ tiêu không đếm được."),
    ("unit_label", "Đơn vị tính", "Ví dụ: văn bản, hội nghị, lượt"),
    ("deadline", "Thời hạn", "Hạn hoàn thành; bỏ trống nếu cả năm."),
    ("responsible_id", "Đơn vị thực hiện", "Cơ quan, đơn vị chủ trì thực hiện chỉ tiêu."),
    ("counts_kind", "Tính theo", "Loại công việc được đếm để biết tiến độ của chỉ tiêu."),
    ("notes", "Ghi chú", ""),
    ("progress", "Đã thực hiện", "Số bản ghi loại đó trong năm của chỉ tiêu / số lượng phải đạt."),
)
COLUMN = {key: i for i, (key, _label, _tip) in enumerate(COLUMNS)}
TEXT_COLUMNS = ("description", "unit_label", "notes")


class TargetsTable(QWidget):
    """Binds a QTableWidget of the form: one row per target, widgets in the cells."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.organizations: list[Choice] = []
        self.progress_of: Callable[[list[TargetData]], list[str]] = lambda ts: [""] * len(ts)
        table.setColumnCount(len(COLUMNS))
        table.setWordWrap(True)
        for i, (_key, label, tip) in enumerate(COLUMNS):
            header = QTableWidgetItem(label)
            header.setToolTip(tip)
            table.setHorizontalHeaderItem(i, header)
        head = table.horizontalHeader()
        head.setSectionResizeMode(COLUMN["description"], QHeaderView.ResizeMode.Stretch)
        widths = {
            "quantity": 64,
            "unit_label": 84,
            "deadline": 150,
            "responsible_id": 130,
            "counts_kind": 190,
            "notes": 100,
            "progress": 86,
        }
        for key, width in widths.items():
            head.setSectionResizeMode(COLUMN[key], QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(COLUMN[key], width)
        table.verticalHeader().setDefaultSectionSize(34)
        # Row heights follow the wrapped descriptions, at the width the columns really get.
        head.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.itemChanged.connect(self._item_changed)

    def set_organizations(self, organizations: Sequence[Choice]) -> None:
        # Short names fit the narrow column ("Sở TTTT"); the full name is still searchable.
        self.organizations = [Choice(c.id, c.also or c.text, c.text) for c in organizations]
        for row in range(self.table.rowCount()):
            self._picker(row).set_choices(self.organizations)

    # Rows ------------------------------------------------------------------------------------
    def add_row(self, target: TargetData | None = None) -> int:
        target = target or TargetData()
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for key in TEXT_COLUMNS:
            self.table.setItem(row, COLUMN[key], QTableWidgetItem(getattr(target, key) or ""))
        progress = QTableWidgetItem("")
        progress.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        progress.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, COLUMN["progress"], progress)
        self.table.blockSignals(False)

        quantity = CountEdit()
        quantity.setValue(target.quantity)
        quantity.textChanged.connect(lambda _t: self._changed())
        self.table.setCellWidget(row, COLUMN["quantity"], quantity)

        deadline = OptionalDateEdit()
        deadline.set_proposal(date(date.today().year, 12, 31))
        deadline.setValue(target.deadline)
        deadline.changed.connect(self._changed)
        self.table.setCellWidget(row, COLUMN["deadline"], deadline)

        responsible = SearchCombo()
        responsible.setMinimumContentsLength(8)
        responsible.set_choices(self.organizations)
        responsible.setValue(target.responsible_id)
        responsible.currentIndexChanged.connect(lambda _i: self._changed())
        self.table.setCellWidget(row, COLUMN["responsible_id"], responsible)

        kind = QComboBox()
        kind.addItem("(không đếm)", None)
        for code, label in labels.TARGET_COUNT_KINDS.items():
            kind.addItem(label, code)
            kind.setItemData(kind.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        kind.setCurrentIndex(max(kind.findData(target.counts_kind), 0))
        kind.currentIndexChanged.connect(lambda _i: self._changed())
        self.table.setCellWidget(row, COLUMN["counts_kind"], kind)
        self.table.resizeRowToContents(row)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._changed()

    def set_targets(self, targets: Sequence[TargetData]) -> None:
        self.table.setRowCount(0)
        for target in targets:
            self.add_row(target)
        self.refresh_progress()

    # Values ----------------------------------------------------------------------------------
    def _picker(self, row: int) -> SearchCombo:
        return self.table.cellWidget(row, COLUMN["responsible_id"])  # type: ignore[return-value]

    def _text(self, row: int, key: str) -> str | None:
        item = self.table.item(row, COLUMN[key])
        return item.text() if item is not None else None

    def target(self, row: int) -> TargetData:
        quantity: CountEdit = self.table.cellWidget(row, COLUMN["quantity"])  # type: ignore[assignment]
        deadline: OptionalDateEdit = self.table.cellWidget(row, COLUMN["deadline"])  # type: ignore[assignment]
        kind: QComboBox = self.table.cellWidget(row, COLUMN["counts_kind"])  # type: ignore[assignment]
        return TargetData(
            description=self._text(row, "description"),
            quantity=quantity.value(),
            unit_label=self._text(row, "unit_label"),
            deadline=deadline.value(),
            responsible_id=self._picker(row).value(),
            counts_kind=kind.currentData(),
            notes=self._text(row, "notes") or None,
        )

    def targets(self) -> list[TargetData]:
        return [self.target(row) for row in range(self.table.rowCount())]

    def progress(self, row: int) -> str:
        item = self.table.item(row, COLUMN["progress"])
        return item.text() if item is not None else ""

    def refresh_progress(self) -> None:
        texts = self.progress_of(self.targets())
        self.table.blockSignals(True)
        for row, text in enumerate(texts):
            item = self.table.item(row, COLUMN["progress"])
            if item is not None:
                item.setText(text)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COLUMN["description"]:
            self.table.resizeRowToContents(item.row())
            self._propose_counts_kind(item.row(), item.text())
        self._changed()

    def _propose_counts_kind(self, row: int, description: str) -> None:
        """Fill "Tính theo" from the wording while the officer has chosen nothing there."""
        kind: QComboBox | None = self.table.cellWidget(row, COLUMN["counts_kind"])  # type: ignore[assignment]
        guess = guess_counts_kind(description)
        if kind is None or guess is None or kind.currentData() is not None:
            return
        kind.setCurrentIndex(max(kind.findData(guess), 0))

    def _changed(self) -> None:
        self.refresh_progress()
        self.changed.emit()
