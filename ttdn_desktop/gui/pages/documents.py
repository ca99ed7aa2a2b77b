"""The “Kế hoạch & văn bản” section: plans, decisions and letters issued or received."""

from __future__ import annotations

from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.gui.pages.records import RecordListPage


class DocumentsPage(RecordListPage):
    section = "documents"
    family = "documents"
    title = SECTIONS["documents"]
    description = (
        "Nơi ghi các kế hoạch, quyết định, công văn về thông tin đối ngoại mà đơn vị ban hành "
        "hoặc nhận được, cùng các chỉ tiêu của từng kế hoạch để theo dõi tiến độ thực hiện."
    )
