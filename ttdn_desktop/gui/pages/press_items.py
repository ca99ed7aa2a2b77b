"""The “Theo dõi báo chí” section: press items followed until their handling ends."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class PressItemsPage(RecordListPage):
    section = "press_items"
    family = "press_items"
    title = SECTIONS["press_items"]
    description = (
        "Nơi ghi các tin, bài báo chí đăng, phát cần theo dõi và xử lý, từ khi tiếp nhận đến kết "
        "quả xử lý cuối cùng: cơ quan được chuyển, văn bản chuyển, thời hạn, kết quả và việc trả "
        "lời cơ quan báo chí."
    )
