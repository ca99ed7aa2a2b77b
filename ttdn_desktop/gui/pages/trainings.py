"""The “Tập huấn” section: the list of trainings and refresher courses."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class TrainingsPage(RecordListPage):
    section = "trainings"
    family = "trainings"
    title = SECTIONS["trainings"]
    description = (
        "Nơi ghi các hội nghị tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại: thời gian, nội "
        "dung, đơn vị phối hợp và số đại biểu tham dự."
    )
