"""The “Hội nghị & họp báo” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class PressEventsPage(PlaceholderPage):
    section = "press_events"
    title = SECTIONS["press_events"]
    description = (
        "Nơi ghi các hội nghị cung cấp thông tin cho báo chí, hội nghị giao ban công tác báo chí "
        "và họp báo: ngày, chủ trì, đơn vị phối hợp, số đại biểu, phóng viên và cơ quan báo chí "
        "tham dự."
    )
