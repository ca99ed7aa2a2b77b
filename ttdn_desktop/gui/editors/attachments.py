"""The attachments of a saved record: add files, see images as thumbnails, open, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import attachments
from ttdn_desktop.core.attachments import AttachmentInfo
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.gui.editors.messages import confirm, show_error
from ttdn_desktop.gui.formatting import format_count, format_date

THUMBNAIL = QSize(64, 64)
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{format_count(round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def open_file(path: Path) -> bool:
    """Open a file with the system's viewer (a test replaces this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsPanel(QWidget):
    """Files attached to one record; changes are saved at once (they need no "Lưu")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.model: Any = None
        self.record_id: int | None = None
        self.infos: list[AttachmentInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        self.list.setIconSize(THUMBNAIL)
        self.list.setSpacing(2)
        self.list.setToolTip("Nhấn đúp để mở tệp bằng chương trình xem của máy.")
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.addButton = QPushButton("Thêm tệp…", self)
        self.openButton = QPushButton("Mở", self)
        self.removeButton = QPushButton("Bỏ tệp", self)
        for button in (self.addButton, self.openButton, self.removeButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(self.choose_files)
        self.openButton.clicked.connect(self.open_selected)
        self.removeButton.clicked.connect(self.remove_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.bind(None, None, None)

    def bind(self, db: Database | None, model: Any, record_id: int | None) -> None:
        """Show the files of this record; an unsaved record cannot have any yet."""
        self.db, self.model, self.record_id = db, model, record_id
        saved = db is not None and record_id is not None
        self.hint.setText(
            "Ảnh, tệp văn bản scan, danh sách… được chép vào thư mục dữ liệu của chương trình."
            if saved
            else "Hãy lưu bản ghi trước, rồi mở lại để đính kèm tệp."
        )
        self.addButton.setEnabled(saved)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.infos = []
        if self.db is None or self.record_id is None:
            self._update_buttons()
            return
        with self.db.session() as session:
            self.infos = attachments.list_attachments(session, self.model, self.record_id)
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info in self.infos:
            icon = file_icon
            if info.is_image and info.path.exists():
                pixmap = QPixmap(str(info.path))
                if not pixmap.isNull():
                    icon = QIcon(
                        pixmap.scaled(
                            THUMBNAIL,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
            caption = f" – {info.caption}" if info.caption else ""
            item = QListWidgetItem(
                icon,
                f"{info.file_name}{caption}\n{size_text(info.size_bytes)}, "
                f"thêm ngày {format_date(info.added_at.date())}",
            )
            item.setData(ATTACHMENT_ID_ROLE, info.id)
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.openButton.setEnabled(selected)
        self.removeButton.setEnabled(selected)

    def selected(self) -> AttachmentInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        attachment_id = items[0].data(ATTACHMENT_ID_ROLE)
        return next((i for i in self.infos if i.id == attachment_id), None)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            "Chọn tệp đính kèm",
            "",
            "Mọi tệp (*);;Ảnh (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;"
            "Văn bản (*.pdf *.doc *.docx *.xls *.xlsx *.odt)",
        )
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        if self.db is None or self.record_id is None or not paths:
            return
        try:
            with self.db.session() as session:
                for path in paths:
                    attachments.attach(session, self.model, self.record_id, path)
        except TtdnError as exc:
            show_error(self, "Không đính kèm được tệp", str(exc))
        self.refresh()

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not info.path.exists() or not open_file(info.path):
            show_error(
                self,
                "Không mở được tệp",
                f"Không mở được “{info.file_name}”. Tệp lưu tại: {info.path}",
            )

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None or self.db is None:
            return
        if not confirm(
            self,
            "Bỏ tệp đính kèm",
            f"Bỏ tệp “{info.file_name}” khỏi bản ghi này?",
            yes="Bỏ tệp",
            no="Giữ lại",
        ):
            return
        with self.db.session() as session:
            attachments.remove(session, info.id)
        self.refresh()
