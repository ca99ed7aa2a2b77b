"""Giới thiệu: the version, where the data is, the schema revision, and every licence shipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop import __version__
from ttdn_desktop.core import licences
from ttdn_desktop.core.database import Database, current_revision, schema_head
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.logs import log_path
from ttdn_desktop.core.paths import data_dir

APP_TITLE = "TTĐN Desktop"


def licence_components() -> list[licences.Component]:
    """What is shipped, from the installed metadata; from the shipped file when there is none."""
    found = licences.components(with_texts=False)
    if len(found) > 3:  # more than Python, Qt and the font: the metadata is there
        return found
    try:
        return licences.read_index(licences.shipped_file().read_text(encoding="utf-8"))
    except (OSError, FileNotFoundError):
        return found


class AboutDialog(QDialog):
    def __init__(self, db: Database, *, is_demo: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"Giới thiệu {APP_TITLE}")
        self.resize(760, 560)
        self.db = db
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.build_info(is_demo), "Thông tin chung")
        self.tabs.addTab(self.build_licences(), "Giấy phép")
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def build_info(self, is_demo: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(f"{APP_TITLE} {__version__}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        purpose = QLabel(
            "Sổ theo dõi và báo cáo công tác thông tin đối ngoại (TTĐN) cấp tỉnh. Chạy trên máy "
            "của bạn, không cần mạng; dữ liệu chỉ nằm trong thư mục dữ liệu dưới đây."
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        form = QFormLayout()
        revision = current_revision(self.db.engine) or "(chưa có)"
        try:
            head = schema_head()
        except TtdnError:
            head = "?"
        demo = " (dữ liệu mẫu)" if is_demo else ""
        rows = {
            "version": ("Phiên bản:", __version__),
            "data_dir": ("Thư mục dữ liệu:", str(data_dir())),
            "database": ("Tệp cơ sở dữ liệu:", f"{self.db.display_name}{demo}"),
            "revision": (
                "Phiên bản cấu trúc dữ liệu:",
                revision if revision == head else f"{revision} (chương trình dùng {head})",
            ),
            "log": ("Nhật ký lỗi:", str(log_path())),
            "licence": ("Giấy phép của chương trình:", "GPL-3.0 trở lên (GPL-3.0-or-later)"),
        }
        self.values: dict[str, QLabel] = {}
        for key, (caption, text) in rows.items():
            value = QLabel(text)
            value.setObjectName(f"about_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.values[key] = value
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def build_licences(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            "Chương trình dùng các thành phần mã nguồn mở dưới đây. Qt và PySide6 theo giấy phép "
            "LGPL phiên bản 3; phông chữ Liberation Serif theo giấy phép SIL Open Font License. "
            "Toàn văn các giấy phép nằm ở cuối trang này và trong tệp THIRD-PARTY-LICENSES.txt "
            "đi kèm chương trình."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        found = licence_components()
        self.licence_table = QTableWidget(len(found), 3)
        self.licence_table.setObjectName("licenceTable")
        self.licence_table.setHorizontalHeaderLabels(["Thành phần", "Phiên bản", "Giấy phép"])
        self.licence_table.verticalHeader().hide()
        self.licence_table.verticalHeader().setDefaultSectionSize(
            self.licence_table.fontMetrics().height() + 8
        )
        self.licence_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, component in enumerate(found):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.licence_table.setItem(row, column, QTableWidgetItem(text))
        header = self.licence_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.licence_table, 1)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        try:
            text = licences.shipped_file().read_text(encoding="utf-8")
        except (OSError, FileNotFoundError) as exc:
            text = f"Không đọc được tệp giấy phép: {exc}"
        self.licence_text.setPlainText(text)
        layout.addWidget(self.licence_text, 1)
        return page
