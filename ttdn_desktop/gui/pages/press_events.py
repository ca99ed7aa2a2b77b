"""The “Hội nghị & họp báo” section: press conferences, briefings and information meetings."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class PressEventsPage(RecordListPage):
    section = "press_events"
    family = "press_events"
    title = SECTIONS["press_events"]
    description = (
        "Nơi ghi các hội nghị cung cấp thông tin cho báo chí, hội nghị giao ban công tác báo chí "
        "và họp báo: ngày, chủ trì, đơn vị phối hợp, số đại biểu, phóng viên và cơ quan báo chí "
        "tham dự."
    )
