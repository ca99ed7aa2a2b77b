"""The “Hướng dẫn tuyên truyền” section: the list of the guidance documents sent to the press."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class GuidancePage(RecordListPage):
    section = "guidance"
    family = "guidance"
    title = SECTIONS["guidance"]
    description = (
        "Nơi ghi các văn bản cung cấp thông tin, hướng dẫn tuyên truyền gửi các cơ quan báo chí: "
        "số, ngày, căn cứ, chủ đề tuyên truyền và nơi nhận."
    )
