"""The “Sản phẩm truyền thông” section: media products and central press promotions."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class MediaPage(RecordListPage):
    section = "media"
    family = "media"
    title = SECTIONS["media"]
    description = (
        "Nơi ghi các sản phẩm truyền thông quảng bá hình ảnh địa phương: chương trình truyền "
        "hình, tin, bài trên báo chí Trung ương và trên cổng thông tin điện tử của đơn vị."
    )
