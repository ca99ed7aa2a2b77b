"""The officer's assessment of a period (Đánh giá, phương hướng, kiến nghị): four texts to edit.

The page reads and saves through `core.issued`; this widget only shows the texts, says where they
came from (saved, from an overlapping period, or a draft proposed from the figures) and tells
whether they were edited since.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.issued import AssessmentFields

# AssessmentFields attribute -> Vietnamese heading, in the report's order.
ASSESSMENT_FIELDS: dict[str, str] = {
    "strengths": "Ưu điểm",
    "shortcomings": "Tồn tại, hạn chế và nguyên nhân",
    "directions": "Phương hướng, nhiệm vụ",
    "recommendations": "Kiến nghị, đề xuất",
}
FIELD_TIPS: dict[str, str] = {
    "strengths": "In ở mục II.1 của báo cáo. Mỗi dòng là một đoạn văn.",
    "shortcomings": "In ở mục II.2 của báo cáo. Mỗi dòng là một đoạn văn.",
    "directions": "In ở mục III của báo cáo. Mỗi dòng là một đoạn văn.",
    "recommendations": "In ở mục IV của báo cáo. Mỗi dòng là một đoạn văn.",
}


class AssessmentSource(Enum):
    SAVED = "saved"  # saved for exactly this period
    NEARBY = "nearby"  # saved for a period that mostly overlaps it (the report prints it)
    DRAFT = "draft"  # proposed from the figures, not saved
    UNAVAILABLE = "unavailable"  # no unit, or no valid period


STATUS_TEXT: dict[AssessmentSource, str] = {
    AssessmentSource.SAVED: "Nhận xét đã lưu cho kỳ này.",
    AssessmentSource.NEARBY: (
        "Nhận xét đã lưu của một kỳ gần trùng với kỳ này (báo cáo sẽ dùng nội dung này). "
        "Bấm “Lưu nhận xét” để lưu riêng cho kỳ này."
    ),
    AssessmentSource.DRAFT: (
        "Bản nháp đề xuất, soạn tự động từ số liệu của kỳ; chưa lưu. "
        "Hãy đọc, sửa cho sát thực tế rồi bấm “Lưu nhận xét”."
    ),
    AssessmentSource.UNAVAILABLE: "Chưa soạn được nhận xét.",
}
EDITED_TEXT = "Có thay đổi chưa lưu; sẽ được lưu tự động khi xem trước, in hoặc lưu tệp báo cáo."
STATUS_STYLE: dict[AssessmentSource, str] = {
    AssessmentSource.SAVED: "color: #1b5e20;",
    AssessmentSource.NEARBY: "color: #1b5e20;",
    AssessmentSource.DRAFT: (
        "background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; padding: 4px;"
    ),
    AssessmentSource.UNAVAILABLE: "color: #6b6b6b;",
}


class AssessmentEditor(QWidget):
    """Four texts, a status line and the “Lưu nhận xét” button.

    Signals:
        save_requested: the officer pressed “Lưu nhận xét”.
        edited: a text changed by the officer.
    """

    save_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = AssessmentSource.UNAVAILABLE
        self.dirty = False
        self.edits: dict[str, QPlainTextEdit] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        top = QHBoxLayout()
        self.period_label = QLabel()
        self.period_label.setObjectName("assessmentPeriod")
        self.period_label.setWordWrap(True)
        bold = self.period_label.font()
        bold.setBold(True)
        self.period_label.setFont(bold)
        top.addWidget(self.period_label, 1)
        self.save_button = QPushButton("Lưu nhận xét")
        self.save_button.setObjectName("saveAssessment")
        self.save_button.setToolTip("Lưu bốn phần nhận xét cho kỳ báo cáo đang chọn")
        self.save_button.clicked.connect(self.save_requested)
        top.addWidget(self.save_button)
        outer.addLayout(top)

        self.status_label = QLabel()
        self.status_label.setObjectName("assessmentStatus")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 4, 0)
        fields.setSpacing(4)
        for key, heading in ASSESSMENT_FIELDS.items():
            label = QLabel(heading + ":")
            edit = QPlainTextEdit()
            edit.setObjectName(f"assessment_{key}")
            edit.setToolTip(FIELD_TIPS[key])
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 5 + 14)
            label.setBuddy(edit)
            edit.textChanged.connect(self.on_text_changed)
            fields.addWidget(label)
            fields.addWidget(edit, 1)
            self.edits[key] = edit
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.show_fields(AssessmentFields(), AssessmentSource.UNAVAILABLE, "")

    def show_fields(self, fields: AssessmentFields, source: AssessmentSource, period: str) -> None:
        """Show texts without counting them as edits."""
        for key, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(getattr(fields, key) or "")
            edit.blockSignals(False)
            edit.setEnabled(source is not AssessmentSource.UNAVAILABLE)
        self.source = source
        self.dirty = False
        self.period_label.setText(f"Đánh giá {period}" if period else "Đánh giá")
        self.update_status()

    def fields(self) -> AssessmentFields:
        return AssessmentFields(**{key: edit.toPlainText() for key, edit in self.edits.items()})

    def mark_saved(self) -> None:
        self.dirty = False
        self.source = AssessmentSource.SAVED
        self.update_status()

    def on_text_changed(self) -> None:
        self.dirty = True
        self.update_status()
        self.edited.emit()

    def update_status(self) -> None:
        text = STATUS_TEXT[self.source]
        style = STATUS_STYLE[self.source]
        if self.dirty:
            text, style = EDITED_TEXT, "color: #8a5a00; font-weight: bold;"
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        self.save_button.setEnabled(self.source is not AssessmentSource.UNAVAILABLE)

    @property
    def is_draft(self) -> bool:
        return self.source is AssessmentSource.DRAFT
