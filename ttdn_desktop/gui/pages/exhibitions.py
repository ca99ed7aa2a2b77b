"""The “Sự kiện & triển lãm” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class ExhibitionsPage(PlaceholderPage):
    section = "exhibitions"
    title = SECTIONS["exhibitions"]
    description = (
        "Nơi ghi các triển lãm, trưng bày và sự kiện: thời gian, địa điểm, đơn vị phối hợp, số "
        "tài liệu, bản đồ trưng bày và số lượt khách tham quan."
    )
