"""The one definition of each record kind's sheet: its name, columns, headers and value types.

Export, the blank template and import all read these tables, so a workbook written by the
program has exactly the headers that import expects. Headers and choice lists are the labels of
core.labels, the words the officer sees in the windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ttdn_desktop.core import labels
from ttdn_desktop.core.records import ActivityData, DocumentData, PressItemData

# Value types of a column.
TEXT = "text"
DATE = "date"
INT = "int"
BOOL = "bool"
CHOICE = "choice"
ORG = "org"  # one organisation, by name
ORGS = "orgs"  # several organisations, names separated by ";"
TOPICS = "topics"  # several topics, names separated by ";"
PLAN = "plan"  # the number and symbol of a plan document

ROW_NUMBER_HEADER = "STT"
SAMPLE_MARK = "MẪU"
LIST_SEPARATOR = "; "
YES = "Có"
NO = "Không"
# Excel keeps at most 32,767 characters in a cell; nothing the program stores is longer.
CELL_CHAR_LIMIT = 32_767
DATE_FORMAT = "dd/mm/yyyy"
INT_FORMAT = "#,##0"


@dataclass(frozen=True)
class SheetColumn:
    """One column: the data field it holds, its header, its type and its limits."""

    field: str
    header: str
    kind: str = TEXT
    width: int = 14  # characters, a floor for the fitted width
    required: bool = False
    limit: int = 20_000  # characters, for text
    choices: dict[str, str] = field(default_factory=dict)  # code -> label, for CHOICE


@dataclass(frozen=True)
class RecordSheet:
    """A record kind's sheet: its name in the workbook, its form dataclass, its columns."""

    key: str
    name: str
    data_type: type
    columns: tuple[SheetColumn, ...]
    sample: dict[str, object]

    @property
    def headers(self) -> list[str]:
        return [ROW_NUMBER_HEADER, *(c.header for c in self.columns)]

    def column(self, field_name: str) -> SheetColumn:
        return next(c for c in self.columns if c.field == field_name)


DOCUMENTS = RecordSheet(
    "documents",
    "Văn bản",
    DocumentData,
    (
        SheetColumn("issued_date", "Ngày ban hành", DATE, 12, required=True),
        SheetColumn("number_symbol", "Số, ký hiệu", TEXT, 18, limit=100),
        SheetColumn(
            "kind", "Loại văn bản", CHOICE, 16, required=True, choices=labels.DOCUMENT_KINDS
        ),
        SheetColumn(
            "direction",
            "Văn bản đi/đến",
            CHOICE,
            16,
            required=True,
            choices=labels.DOCUMENT_DIRECTIONS,
        ),
        SheetColumn("subject", "Trích yếu", TEXT, 50, required=True),
        SheetColumn("issuer_id", "Cơ quan ban hành", ORG, 24),
        SheetColumn("is_press_guidance", "Hướng dẫn tuyên truyền", BOOL, 12),
        SheetColumn("plan_id", "Thực hiện kế hoạch số", PLAN, 18, limit=100),
        SheetColumn("topic_ids", "Chủ đề", TOPICS, 24),
        SheetColumn("recipient_ids", "Nơi nhận", ORGS, 24),
        SheetColumn("basis", "Căn cứ", TEXT, 30),
        SheetColumn("notes", "Ghi chú", TEXT, 24),
    ),
    {
        "issued_date": "15/01/2024",
        "number_symbol": "12/KH-STTTT",
        "kind": "plan",
        "direction": "issued",
        "subject": "Kế hoạch công tác thông tin đối ngoại năm 2024",
        "issuer_id": "Sở Thông tin và Truyền thông",
        "is_press_guidance": False,
        "topic_ids": "Chủ quyền biển, đảo",
        "recipient_ids": "Sở Ngoại vụ; Báo Bắc Kạn",
    },
)

ACTIVITIES = RecordSheet(
    "activities",
    "Hoạt động",
    ActivityData,
    (
        SheetColumn("start_date", "Ngày bắt đầu", DATE, 12, required=True),
        SheetColumn("end_date", "Ngày kết thúc", DATE, 12),
        SheetColumn(
            "kind", "Loại hoạt động", CHOICE, 24, required=True, choices=labels.ACTIVITY_KINDS
        ),
        SheetColumn("title", "Tên hoạt động", TEXT, 50, required=True),
        SheetColumn("place", "Địa điểm", TEXT, 24, limit=500),
        SheetColumn("host_id", "Chủ trì", ORG, 20),
        SheetColumn("co_organizer_ids", "Phối hợp", ORGS, 20),
        SheetColumn("plan_id", "Thực hiện kế hoạch số", PLAN, 18, limit=100),
        SheetColumn("participants", "Số người tham dự", INT, 10),
        SheetColumn("journalists", "Số phóng viên", INT, 10),
        SheetColumn("press_agencies", "Số cơ quan báo chí", INT, 10),
        SheetColumn("groups", "Số đoàn", INT, 8),
        SheetColumn("exhibits", "Số tư liệu", INT, 8),
        SheetColumn("quantity", "Số lượng", INT, 8),
        SheetColumn("cost_vnd", "Kinh phí (đồng)", INT, 14),
        SheetColumn("audience", "Thành phần tham dự", TEXT, 24),
        SheetColumn("themes", "Chuyên đề", TEXT, 24),
        SheetColumn("channel", "Kênh đăng, phát", TEXT, 20, limit=500),
        SheetColumn("questions", "Câu hỏi, trả lời", TEXT, 24),
        SheetColumn("result", "Kết quả", TEXT, 24),
        SheetColumn("topic_ids", "Chủ đề", TOPICS, 20),
        SheetColumn("notes", "Ghi chú", TEXT, 20),
    ),
    {
        "start_date": "20/03/2024",
        "kind": "press_conference",
        "title": "Họp báo về Lễ hội du lịch hồ Ba Bể",
        "place": "Hội trường UBND tỉnh",
        "host_id": "Sở Thông tin và Truyền thông",
        "participants": 60,
        "journalists": 25,
        "press_agencies": 15,
        "cost_vnd": 15000000,
    },
)

PRESS_ITEMS = RecordSheet(
    "press_items",
    "Theo dõi báo chí",
    PressItemData,
    (
        SheetColumn("published_date", "Ngày đăng", DATE, 12, required=True),
        SheetColumn("outlet_id", "Cơ quan báo chí", ORG, 20),
        SheetColumn("scope", "Phạm vi", CHOICE, 18, choices=labels.PRESS_SCOPES),
        SheetColumn("title", "Tiêu đề", TEXT, 50, required=True),
        SheetColumn("link", "Đường dẫn", TEXT, 30, limit=2000),
        SheetColumn("summary", "Tóm tắt", TEXT, 30),
        SheetColumn("field", "Lĩnh vực", TEXT, 16, limit=200),
        SheetColumn("assessment", "Tính chất", CHOICE, 16, choices=labels.PRESS_ASSESSMENTS),
        SheetColumn("proposed_handling", "Đề xuất xử lý", TEXT, 24),
        SheetColumn("assigned_id", "Giao xử lý", ORG, 20),
        SheetColumn("transfer_ref", "Số văn bản chuyển", TEXT, 16, limit=100),
        SheetColumn("transfer_date", "Ngày chuyển", DATE, 12),
        SheetColumn("deadline", "Hạn xử lý", DATE, 12),
        SheetColumn(
            "status", "Trạng thái", CHOICE, 16, required=True, choices=labels.PRESS_STATUSES
        ),
        SheetColumn("result", "Kết quả", TEXT, 24),
        SheetColumn("handled_date", "Ngày xử lý xong", DATE, 12),
        SheetColumn("outlet_replied", "Báo đã phản hồi", BOOL, 10),
        SheetColumn("reply_date", "Ngày phản hồi", DATE, 12),
        SheetColumn("topic_ids", "Chủ đề", TOPICS, 20),
        SheetColumn("notes", "Ghi chú", TEXT, 20),
    ),
    {
        "published_date": "08/01/2024",
        "outlet_id": "Báo Dân trí",
        "scope": "central",
        "title": "Đường tỉnh 258 xuống cấp",
        "link": "https://dantri.com.vn/",
        "assessment": "reflecting",
        "assigned_id": "Sở Giao thông vận tải",
        "deadline": "31/01/2024",
        "status": "in_progress",
    },
)

RECORD_SHEETS: dict[str, RecordSheet] = {s.key: s for s in (DOCUMENTS, ACTIVITIES, PRESS_ITEMS)}
SHEET_BY_NAME: dict[str, RecordSheet] = {s.name: s for s in RECORD_SHEETS.values()}

# Which record sheet each list of the main window exports to.
FAMILY_SHEETS: dict[str, str] = {
    "documents": "documents",
    "guidance": "documents",
    "press_events": "activities",
    "exhibitions": "activities",
    "media": "activities",
    "trainings": "activities",
    "press_items": "press_items",
}
