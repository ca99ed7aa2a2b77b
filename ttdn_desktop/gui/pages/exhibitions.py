"""The “Sự kiện & triển lãm” section: exhibitions, events, delegations and oversight."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class ExhibitionsPage(RecordListPage):
    section = "exhibitions"
    family = "exhibitions"
    title = SECTIONS["exhibitions"]
    description = (
        "Nơi ghi các triển lãm, trưng bày và sự kiện: thời gian, địa điểm, đơn vị phối hợp, số "
        "tài liệu, bản đồ trưng bày và số lượt khách tham quan."
    )
