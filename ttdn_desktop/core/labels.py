"""Vietnamese labels of every code the database stores: the one place for these words.

The keys are the values kept in the database (and in CHECK constraints); the values are what the
officer sees. Order matters: it is the order of combo boxes and report sections.
"""

from __future__ import annotations

ORGANIZATION_KINDS: dict[str, str] = {
    "own_unit": "Đơn vị mình",
    "superior": "Cơ quan cấp trên",
    "party": "Cơ quan Đảng",
    "department": "Sở, ban, ngành",
    "district": "Huyện, thành phố",
    "press": "Cơ quan báo chí",
    "foreign": "Tổ chức nước ngoài",
    "other": "Khác",
}

# Whose records a list, a statistic or a report covers (core/scope.py).
SCOPE_OWN_UNIT = "Đơn vị mình"
SCOPE_ALL_UNITS = "Tổng hợp tất cả đơn vị"

PRESS_SCOPES: dict[str, str] = {
    "central": "Báo chí Trung ương",
    "local": "Báo chí địa phương",
    "foreign": "Báo chí nước ngoài",
    "social": "Mạng xã hội",
}

DOCUMENT_KINDS: dict[str, str] = {
    "plan": "Kế hoạch",
    "decision": "Quyết định",
    "circular": "Thông tư",
    "decree": "Nghị định",
    "directive": "Chỉ thị",
    "official_letter": "Công văn",
    "guidance": "Hướng dẫn",
    "report": "Báo cáo",
    "notice": "Thông báo",
    "other": "Văn bản khác",
}

# Abbreviations of Nghị định 30/2020, Phụ lục III; a công văn has none.
DOCUMENT_KIND_SYMBOLS: dict[str, str | None] = {
    "plan": "KH",
    "decision": "QĐ",
    "circular": "TT",
    "decree": "NĐ",
    "directive": "CT",
    "official_letter": None,
    "guidance": "HD",
    "report": "BC",
    "notice": "TB",
    "other": None,
}

DOCUMENT_DIRECTIONS: dict[str, str] = {
    "issued": "Văn bản đi (đơn vị ban hành)",
    "incoming": "Văn bản đến",
}

ACTIVITY_KINDS: dict[str, str] = {
    "press_info_conference": "Hội nghị cung cấp thông tin cho báo chí",
    "press_briefing": "Hội nghị giao ban công tác báo chí",
    "press_conference": "Họp báo",
    "training": "Hội nghị tập huấn, bồi dưỡng",
    "exhibition": "Triển lãm, trưng bày, sự kiện",
    "media_product": "Sản phẩm truyền thông",
    "central_media_promotion": "Quảng bá trên báo chí Trung ương",
    "international_delegation": "Đoàn khách quốc tế",
    "oversight": "Kiểm tra, đôn đốc, hướng dẫn",
    "other": "Hoạt động khác",
}

# The counts an activity records, with how a form and its messages name them.
ACTIVITY_COUNT_FIELDS: dict[str, str] = {
    "participants": "Số người tham dự",
    "journalists": "Số phóng viên",
    "press_agencies": "Số cơ quan báo chí",
    "groups": "Số đoàn",
    "exhibits": "Số tư liệu",
    "quantity": "Số lượng",
    "cost_vnd": "Kinh phí",
}

PRESS_ASSESSMENTS: dict[str, str] = {
    "positive": "Tích cực",
    "reflecting": "Phản ánh hạn chế",
    "false": "Sai lệch, xuyên tạc",
}

PRESS_STATUSES: dict[str, str] = {
    "new": "Mới tiếp nhận",
    "in_progress": "Đang xử lý",
    "handled": "Đã xử lý xong",
    "follow_up": "Tiếp tục theo dõi",
}

# What a plan target can count: guidance documents, handled press items, or activities of a kind.
TARGET_COUNT_KINDS: dict[str, str] = {
    "guidance_document": "Văn bản cung cấp thông tin, hướng dẫn tuyên truyền",
    "press_item_handled": "Tin, bài báo chí được xử lý",
    **ACTIVITY_KINDS,
}

AUDIT_ACTIONS: dict[str, str] = {
    "create": "Thêm mới",
    "update": "Sửa",
    "delete": "Xóa",
    "restore": "Khôi phục",
}

# Sections of the main window, in navigation order.
SECTIONS: dict[str, str] = {
    "overview": "Tổng quan",
    "documents": "Kế hoạch & văn bản",
    "guidance": "Hướng dẫn tuyên truyền",
    "press_events": "Hội nghị & họp báo",
    "press_items": "Theo dõi báo chí",
    "exhibitions": "Sự kiện & triển lãm",
    "media": "Sản phẩm truyền thông",
    "trainings": "Tập huấn",
    "catalogues": "Danh mục",
    "reports": "Báo cáo",
    "settings": "Cài đặt",
}

# Figures of `ttdn stats` and the overview, in the order they are shown.
STAT_LABELS: dict[str, str] = {
    "guidance_documents": "Văn bản cung cấp thông tin, hướng dẫn tuyên truyền",
    "press_info_conferences": "Hội nghị cung cấp thông tin cho báo chí",
    "press_briefings": "Hội nghị giao ban công tác báo chí",
    "press_conferences": "Họp báo",
    "press_items_received": "Tin, bài báo chí được theo dõi",
    "press_items_handled": "Tin, bài báo chí đã xử lý",
    "press_items_open": "Tin, bài báo chí đang xử lý",
    "exhibitions": "Triển lãm, trưng bày, sự kiện",
    "exhibition_visitors": "Lượt khách tham quan triển lãm",
    "media_products": "Sản phẩm truyền thông",
    "central_media_promotions": "Quảng bá trên báo chí Trung ương",
    "trainings": "Hội nghị tập huấn, bồi dưỡng",
    "training_participants": "Lượt người dự tập huấn",
    "international_delegations": "Đoàn khách quốc tế",
    "oversight_activities": "Kiểm tra, đôn đốc, hướng dẫn",
    "other_activities": "Hoạt động khác",
    "documents_issued": "Văn bản đã ban hành",
    "plans_issued": "Kế hoạch đã ban hành",
}

# The unit (đơn vị tính) each kind of work is counted in, for the statistics annex.
COUNT_UNITS: dict[str, str] = {
    "guidance_document": "Văn bản",
    "press_item_handled": "Nội dung",
    "press_info_conference": "Hội nghị",
    "press_briefing": "Hội nghị",
    "press_conference": "Cuộc",
    "training": "Hội nghị",
    "exhibition": "Cuộc",
    "media_product": "Sản phẩm",
    "central_media_promotion": "Đợt",
    "international_delegation": "Đoàn",
    "oversight": "Lượt",
    "other": "Hoạt động",
}

# The unit profile's fields as the Cài đặt page and the profile dialog name them; the messages
# about a missing value quote the same words, so the officer finds the field the message means.
PROFILE_FIELDS: dict[str, str] = {
    "name": "Tên đầy đủ của đơn vị",
    "parent_body": "Cơ quan chủ quản",
    "body_name": "Tên cơ quan in ở tiêu đề",
    "abbreviation": "Chữ viết tắt",
    "place_name": "Địa danh",
    "address": "Địa chỉ",
    "signer_authority": "Thẩm quyền ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
    "recipients": "Kính gửi",
    "distribution": "Nơi nhận",
}
PROFILE_REQUIRED: tuple[str, ...] = (
    "name",
    "parent_body",
    "body_name",
    "abbreviation",
    "place_name",
)

# What each field of the unit profile is for: the tooltips of Cài đặt and of the profile dialog.
PROFILE_HINTS: dict[str, str] = {
    "name": "Tên đơn vị viết trong câu văn, ví dụ “Sở Thông tin và Truyền thông tỉnh Bắc Kạn”.",
    "parent_body": (
        "Dòng trên cùng bên trái của tiêu đề báo cáo (Nghị định 30/2020): cơ quan cấp trên trực "
        "tiếp, viết hoa, ví dụ “UBND TỈNH BẮC KẠN”."
    ),
    "body_name": (
        "Tên cơ quan ban hành, in đậm, viết hoa dưới tên cơ quan chủ quản, ví dụ “SỞ THÔNG TIN "
        "VÀ TRUYỀN THÔNG”."
    ),
    "abbreviation": (
        "Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản: “STTTT” cho ra “651/BC-STTTT”."
    ),
    "place_name": "Địa danh in trước ngày tháng: “Bắc Kạn, ngày 21 tháng 12 năm 2020”.",
    "address": "Địa chỉ của cơ quan (không bắt buộc; dùng trong sổ theo dõi và tệp xuất).",
    "signer_authority": (
        "Thẩm quyền ký in trên chức vụ: “KT. GIÁM ĐỐC” khi cấp phó ký thay, “TL. GIÁM ĐỐC” khi "
        "ký thừa lệnh; để trống khi người đứng đầu ký."
    ),
    "signer_title": "Chức vụ của người ký, viết hoa, ví dụ “PHÓ GIÁM ĐỐC”.",
    "signer_name": "Họ và tên người ký, in đậm dưới chữ ký.",
    "recipients": (
        "Các cơ quan nhận báo cáo, in sau “Kính gửi:”; mỗi dòng một cơ quan. Có thể sửa lại "
        "cho từng báo cáo."
    ),
    "distribution": (
        "Danh sách “Nơi nhận:” ở cuối báo cáo, mỗi dòng một nơi; dòng cuối thường là "
        "“Lưu: VT, …”. Có thể sửa lại cho từng báo cáo."
    ),
}

# Columns of the per-unit breakdown of a consolidated report (rows are the units), short enough
# for eight figures across a portrait page; keys are those of core.stats.
UNIT_BREAKDOWN_LABELS: dict[str, str] = {
    "guidance_documents": "Văn bản hướng dẫn tuyên truyền",
    "press_info_conferences": "Hội nghị cung cấp thông tin",
    "press_briefings": "Giao ban báo chí",
    "press_conferences": "Họp báo",
    "press_items_handled": "Tin, bài đã xử lý",
    "exhibitions": "Triển lãm, sự kiện",
    "media_products": "Sản phẩm truyền thông",
    "trainings": "Tập huấn, bồi dưỡng",
}
