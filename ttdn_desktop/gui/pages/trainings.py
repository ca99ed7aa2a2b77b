"""The “Tập huấn” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class TrainingsPage(PlaceholderPage):
    section = "trainings"
    title = SECTIONS["trainings"]
    description = (
        "Nơi ghi các hội nghị tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại: thời gian, nội "
        "dung, đơn vị phối hợp và số đại biểu tham dự."
    )
