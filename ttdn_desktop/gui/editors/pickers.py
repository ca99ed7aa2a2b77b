"""Pickers of catalogue entries: a searchable combo for one, a chosen list for many.

Typing filters the entries by every word, anywhere in the name, without accents mattering
("bac kan" finds "Báo Bắc Kạn"), using the core's `fold`. The "+" button asks the editor to add a
missing entry on the spot (`addRequested` carries what was typed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    """One entry a picker offers: its id, the text shown, and extra words it is found by."""

    id: int
    text: str
    also: str = ""  # e.g. the short name "Sở GTVT"


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded text holds every typed word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(FOLD_ROLE) or ""
        return all(word in key for word in self._words)


def missing_text(record_id: int) -> str:
    return f"(mục đã xóa khỏi danh mục, mã {record_id})"


def _item(choice: Choice) -> QStandardItem:
    item = QStandardItem(choice.text)
    item.setData(choice.id, ID_ROLE)
    item.setData(fold(f"{choice.text} {choice.also}"), FOLD_ROLE)
    if choice.also:
        item.setToolTip(f"{choice.text} ({choice.also})")
    return item


class SearchCombo(QComboBox):
    """An editable combo whose completer pops up the entries matching what is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(15)
        self.entries = QStandardItemModel(self)
        self.setModel(self.entries)
        self.filter = FoldFilter(self)
        self.filter.setSourceModel(self.entries)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._search)
        self.lineEdit().setPlaceholderText("Gõ vài chữ để tìm (không dấu cũng được)…")
        self.lineEdit().editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.entries.clear()
        for choice in choices:
            self.entries.appendRow(_item(choice))
        self.blockSignals(False)
        self.setValue(current)

    def _search(self, text: str) -> None:
        self.filter.set_needle(text)
        if text.strip():
            self.completer().complete()

    def _settle(self) -> None:
        """After typing: take the one matching entry, an empty box as none, else go back."""
        text = self.currentText().strip()
        if not text:
            self.setCurrentIndex(-1)
            return
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            self.setCurrentIndex(exact)
            return
        self.filter.set_needle(text)
        if self.filter.rowCount() == 1:
            self.setCurrentIndex(self.filter.mapToSource(self.filter.index(0, 0)).row())
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))

    def value(self) -> int | None:
        index = self.currentIndex()
        if index < 0 or self.currentText().strip() != self.itemText(index):
            return None
        data = self.itemData(index, ID_ROLE)
        return int(data) if data is not None else None

    def setValue(self, record_id: int | None) -> None:
        index = self.findData(record_id, ID_ROLE) if record_id is not None else -1
        if record_id is not None and index < 0:
            # An entry moved to the trash since: keep it rather than silently dropping it.
            self.entries.appendRow(_item(Choice(record_id, missing_text(record_id))))
            index = self.findData(record_id, ID_ROLE)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.lineEdit().setCursorPosition(0)  # the start of a long name, not its end

    def choice_text(self, record_id: int) -> str | None:
        index = self.findData(record_id, ID_ROLE)
        return self.itemText(index) if index >= 0 else None


def _add_button(parent: QWidget, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("+")
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class RecordPicker(QWidget):
    """Choose one entry (or none); "+" adds a missing one."""

    changed = Signal()
    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = SearchCombo(self)
        self.addButton = _add_button(self, "Thêm mục chưa có trong danh mục")
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.addButton)
        self.setFocusProxy(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.combo.editTextChanged.connect(lambda _t: self.changed.emit())
        self.addButton.clicked.connect(lambda: self.addRequested.emit(self._typed()))

    def _typed(self) -> str:
        text = self.combo.currentText().strip()
        return "" if self.combo.value() is not None else text

    def allow_adding(self, allowed: bool, tip: str = "") -> None:
        self.addButton.setVisible(allowed)
        if tip:
            self.addButton.setToolTip(tip)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.combo.setToolTip(text)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.combo.set_choices(choices)

    def value(self) -> int | None:
        return self.combo.value()

    def setValue(self, record_id: int | None) -> None:
        self.combo.setValue(record_id)


class MultiPicker(QWidget):
    """Choose several entries: pick in the searchable box to add, "Bỏ" or Delete to remove."""

    changed = Signal()
    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        row = QHBoxLayout()
        self.combo = SearchCombo(self)
        self.combo.lineEdit().setPlaceholderText("Gõ để tìm, chọn để thêm…")
        self.addButton = _add_button(self, "Thêm mục chưa có trong danh mục")
        row.addWidget(self.combo, 1)
        row.addWidget(self.addButton)
        outer.addLayout(row)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(48)
        self.list.setMaximumHeight(92)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setToolTip("Các mục đã chọn; chọn rồi nhấn Delete hoặc nút “Bỏ” để bỏ.")
        outer.addWidget(self.list)
        self.removeButton = QToolButton(self)
        self.removeButton.setText("Bỏ")
        self.removeButton.setToolTip("Bỏ các mục đang chọn trong danh sách (phím Delete)")
        self.removeButton.setEnabled(False)
        row.addWidget(self.removeButton)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self._picked)
        self.list.itemSelectionChanged.connect(
            lambda: self.removeButton.setEnabled(bool(self.list.selectedItems()))
        )
        self.removeButton.clicked.connect(self.remove_selected)
        self.addButton.clicked.connect(lambda: self.addRequested.emit(self._typed()))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def _typed(self) -> str:
        return self.combo.currentText().strip() if self.combo.value() is None else ""

    def allow_adding(self, allowed: bool, tip: str = "") -> None:
        self.addButton.setVisible(allowed)
        if tip:
            self.addButton.setToolTip(tip)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.combo.setToolTip(text)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        chosen = self.values()
        self.combo.set_choices(choices)
        self.setValues(chosen)

    def _picked(self, _index: int) -> None:
        record_id = self.combo.value()
        if record_id is not None:
            self.add(record_id)
        self.combo.setValue(None)

    def add(self, record_id: int) -> None:
        if record_id in self.values():
            return
        text = self.combo.choice_text(record_id) or missing_text(record_id)
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setToolTip(text)
        self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def values(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def setValues(self, ids: Sequence[int]) -> None:
        self.list.clear()
        for record_id in ids:
            self.add(record_id)
        self.changed.emit()
