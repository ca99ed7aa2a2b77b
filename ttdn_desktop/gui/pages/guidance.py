"""The “Hướng dẫn tuyên truyền” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class GuidancePage(PlaceholderPage):
    section = "guidance"
    title = SECTIONS["guidance"]
    description = (
        "Nơi ghi các văn bản cung cấp thông tin, hướng dẫn tuyên truyền gửi các cơ quan báo chí: "
        "số, ngày, căn cứ, chủ đề tuyên truyền và nơi nhận."
    )
