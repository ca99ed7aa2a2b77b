"""The “Danh mục” section: the organisations and topics every record refers to, in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.core.undo import UndoStack
from ttdn_desktop.gui.pages.base import Page
from ttdn_desktop.gui.pages.records import RecordList, RefreshWhenShown

ORGANIZATIONS_DESCRIPTION = (
    "Cơ quan, tổ chức mà công việc liên quan: cơ quan cấp trên, sở, ban, ngành, huyện, thành phố, "
    "cơ quan báo chí và tổ chức nước ngoài. Các danh sách khác chọn từ danh mục này."
)
TOPICS_DESCRIPTION = (
    "Các chủ đề tuyên truyền dùng để phân loại văn bản, hoạt động và tin, bài báo chí."
)


class CataloguesPage(RefreshWhenShown, Page):
    section = "catalogues"
    title = SECTIONS["catalogues"]
    description = (
        "Nơi quản lý các danh mục dùng chung: cơ quan, tổ chức (cơ quan cấp trên, sở, ngành, "
        "huyện, cơ quan báo chí, tổ chức nước ngoài) và chủ đề tuyên truyền."
    )

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading(self.title))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogueTabs")
        self.organizations = RecordList(
            db, "organizations", year, description=ORGANIZATIONS_DESCRIPTION
        )
        self.topics = RecordList(db, "topics", year, description=TOPICS_DESCRIPTION)
        self.tabs.addTab(self.organizations, "Cơ quan, tổ chức")
        self.tabs.addTab(self.topics, "Chủ đề tuyên truyền")
        for records in self.lists:
            records.setContentsMargins(8, 8, 8, 4)
            records.data_changed.connect(self.data_changed)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    @property
    def lists(self) -> tuple[RecordList, RecordList]:
        return (self.organizations, self.topics)

    @property
    def undo_stack(self) -> UndoStack:
        return self.organizations.undo_stack

    @undo_stack.setter
    def undo_stack(self, stack: UndoStack) -> None:
        for records in self.lists:
            records.undo_stack = stack

    def refresh(self) -> None:
        for records in self.lists:
            records.set_database(self.db)
            records.set_year(self.year)
            records.refresh()
