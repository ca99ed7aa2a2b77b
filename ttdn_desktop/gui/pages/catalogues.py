"""The “Danh mục” section; its editor comes in a later issue."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.base import PlaceholderPage


class CataloguesPage(PlaceholderPage):
    section = "catalogues"
    title = SECTIONS["catalogues"]
    description = (
        "Nơi quản lý các danh mục dùng chung: cơ quan, tổ chức (cơ quan cấp trên, sở, ngành, "
        "huyện, cơ quan báo chí, tổ chức nước ngoài) và chủ đề tuyên truyền."
    )
