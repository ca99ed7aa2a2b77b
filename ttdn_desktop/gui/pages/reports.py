"""The “Báo cáo” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class ReportsPage(PlaceholderPage):
    section = "reports"
    title = SECTIONS["reports"]
    description = (
        "Nơi lập báo cáo kết quả công tác thông tin đối ngoại theo năm hoặc theo kỳ (quý, 6 "
        "tháng, 9 tháng) cùng phụ lục số liệu, xuất ra PDF, DOCX và XLSX."
    )
