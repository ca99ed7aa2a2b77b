"""The “Thùng rác” page: what was deleted, family by family, and the way back (“Khôi phục”).

Deleting never loses a record: it waits here until the officer restores it. Restoring goes
through the window's undo stack like every other change.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ttdn_desktop.core import listing
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.undo import UndoStack
from ttdn_desktop.gui.formatting import format_count
from ttdn_desktop.gui.pages.base import Page
from ttdn_desktop.gui.pages.records import RecordList, RefreshWhenShown

TRASH_SECTION = "trash"
TRASH_TITLE = "Thùng rác"
# The families in the order of the navigation.
TRASH_FAMILIES = (
    "documents",
    "guidance",
    "press_events",
    "press_items",
    "exhibitions",
    "media",
    "trainings",
    "organizations",
    "topics",
)


class TrashPage(RefreshWhenShown, Page):
    section = TRASH_SECTION
    title = TRASH_TITLE

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        self._undo_stack = UndoStack()
        self.lists: dict[str, RecordList] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading(self.title))
        hint = QLabel(
            "Bản ghi đã xóa nằm ở đây cho đến khi được khôi phục. Chọn loại bản ghi, chọn các "
            "dòng rồi bấm “Khôi phục” (hoặc nhấp đúp)."
        )
        hint.setObjectName("trashHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        caption = QLabel("&Loại bản ghi:")
        self.family_combo = QComboBox()
        self.family_combo.setObjectName("trashFamily")
        self.family_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for family in TRASH_FAMILIES:
            self.family_combo.addItem(listing.FAMILIES[family].label, family)
        caption.setBuddy(self.family_combo)
        row.addWidget(caption)
        row.addWidget(self.family_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.family_combo.currentIndexChanged.connect(lambda _index: self.show_family())
        # Counting the trash reads every table: wait until the page is first shown.
        self.counts: dict[str, int] = {}
        self._stale = True

    @property
    def undo_stack(self) -> UndoStack:
        return self._undo_stack

    @undo_stack.setter
    def undo_stack(self, stack: UndoStack) -> None:
        self._undo_stack = stack
        for records in self.lists.values():
            records.undo_stack = stack

    def family(self) -> str:
        return str(self.family_combo.currentData())

    def list_of(self, family: str) -> RecordList:
        """The trash list of a family, built the first time it is shown."""
        if family not in self.lists:
            records = RecordList(self.db, family, self.year, trash=True)
            records.undo_stack = self._undo_stack
            records.data_changed.connect(self.data_changed)
            self.lists[family] = records
            self.stack.addWidget(records)
            records.refresh()
        return self.lists[family]

    def set_family(self, family: str) -> None:
        self.family_combo.setCurrentIndex(self.family_combo.findData(family))

    def show_family(self) -> None:
        records = self.list_of(self.family())
        records.set_database(self.db)
        records.refresh()
        self.stack.setCurrentWidget(records)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the counts again if something changed meanwhile
        # Opening the trash shows something that is in it, when the chosen family has nothing.
        if not self.counts.get(self.family()):
            self.family_combo.setCurrentIndex(self.first_with_records())

    def first_with_records(self) -> int:
        for index in range(self.family_combo.count()):
            if self.counts.get(self.family_combo.itemData(index)):
                return index
        return max(self.family_combo.currentIndex(), 0)

    def refresh(self) -> None:
        """Count what is in the trash per family and read the shown list again."""
        with self.db.session() as session:
            self.counts = {
                family: listing.count_matching(session, family, ListFilter(in_trash=True))
                for family in TRASH_FAMILIES
            }
        for index, family in enumerate(TRASH_FAMILIES):
            label = listing.FAMILIES[family].label
            count = self.counts[family]
            self.family_combo.setItemText(
                index, f"{label} ({format_count(count)})" if count else label
            )
        self.show_family()
