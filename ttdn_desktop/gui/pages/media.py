"""The “Sản phẩm truyền thông” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class MediaPage(PlaceholderPage):
    section = "media"
    title = SECTIONS["media"]
    description = (
        "Nơi ghi các sản phẩm truyền thông quảng bá hình ảnh địa phương: chương trình truyền "
        "hình, tin, bài trên báo chí Trung ương và trên cổng thông tin điện tử của đơn vị."
    )
