"""The preview of a rendered report: the very PDF that is printed, in a QPdfView."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"
ZOOM_CHOICES: tuple[tuple[str, str | float], ...] = (
    ("Vừa chiều rộng", FIT_WIDTH),
    ("Vừa trang", FIT_PAGE),
    ("50%", 0.5),
    ("75%", 0.75),
    ("100%", 1.0),
    ("125%", 1.25),
    ("150%", 1.5),
    ("200%", 2.0),
)
PLACEHOLDER = (
    "Chọn loại báo cáo và kỳ báo cáo ở cột bên trái, rồi bấm “Xem trước”.\n"
    "Bản xem trước ở đây chính là bản sẽ được in hoặc lưu thành tệp PDF."
)


class ReportPreview(QWidget):
    """A QPdfView over a QPdfDocument, with page navigation and zoom; a hint until loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.build_toolbar())
        self.stale_label = QLabel()
        self.stale_label.setObjectName("previewStale")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("color: #8a5a00;")
        self.stale_label.hide()
        layout.addWidget(self.stale_label)

        self.stack = QStackedWidget()
        self.placeholder = QLabel(PLACEHOLDER)
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setStyleSheet("color: #555;")
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")
        self.view.pageNavigator().currentPageChanged.connect(self.on_current_page)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.update_controls()

    def build_toolbar(self) -> QToolBar:
        # A tool bar: what does not fit a narrow window goes into its » menu.
        bar = QToolBar("Trang và cỡ xem")
        bar.setObjectName("previewToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setStyleSheet("QToolBar { border: none; spacing: 4px; }")
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousPage")
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Trang trước")
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageNumber")
        self.page_spin.setMinimum(1)
        self.page_spin.setToolTip("Trang đang xem; gõ số trang rồi Enter để chuyển tới")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.page_count_label = QLabel()
        self.page_count_label.setObjectName("pageCount")
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextPage")
        self.next_button.setText("▶")
        self.next_button.setToolTip("Trang sau")
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        for label, value in ZOOM_CHOICES:
            self.zoom.addItem(label, value)
        self.zoom.setToolTip("Cỡ hiển thị bản xem trước (không ảnh hưởng bản in)")
        self.zoom.currentIndexChanged.connect(self.apply_zoom)
        page_label = QLabel("Trang")
        page_label.setBuddy(self.page_spin)
        zoom_label = QLabel("Cỡ xem:")
        zoom_label.setBuddy(self.zoom)
        for widget in (
            self.previous_button,
            page_label,
            self.page_spin,
            self.page_count_label,
            self.next_button,
        ):
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        return bar

    # Loading -------------------------------------------------------------------------------------
    def load(self, path: Path) -> bool:
        """Show a PDF file; the previous one is let go (its file may then be deleted)."""
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.clear()
            return False
        self.path = path
        self.stack.setCurrentWidget(self.view)
        self.set_stale(False)
        self.apply_zoom()
        self.go_to(0)
        self.update_controls()
        return True

    def clear(self) -> None:
        self.pdf.close()
        self.path = None
        self.stack.setCurrentWidget(self.placeholder)
        self.set_stale(False)
        self.update_controls()

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.path is not None else 0

    def set_stale(self, stale: bool) -> None:
        shown = stale and self.path is not None
        self.stale_label.setText(
            "Các lựa chọn đã thay đổi sau lần xem trước này: bấm “Xem trước” để cập nhật."
            if shown
            else ""
        )
        self.stale_label.setVisible(shown)

    # Navigation and zoom -------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page() or page == 0:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.on_current_page(page)

    def on_current_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.update_controls()

    def apply_zoom(self) -> None:
        value = self.zoom.currentData()
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.setEnabled(count > 0)
        self.page_count_label.setText(f"/ {count}" if count else "/ 0")
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.zoom.setEnabled(count > 0)
