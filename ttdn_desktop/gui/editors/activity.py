"""The editor of activities: conferences, briefings, exhibitions, media products, trainings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ttdn_desktop.core import labels
from ttdn_desktop.core.records import ActivityData, RecordData
from ttdn_desktop.core.units import own_unit_id
from ttdn_desktop.gui.editors.base import RecordEditor
from ttdn_desktop.gui.forms.ui_editor_activity import Ui_ActivityEditor

# The activity kinds each page offers (as in core.listing's families).
FAMILY_KINDS: dict[str, tuple[str, ...]] = {
    "press_events": ("press_info_conference", "press_briefing", "press_conference"),
    "exhibitions": ("exhibition", "international_delegation", "oversight", "other"),
    "media": ("media_product", "central_media_promotion"),
    "trainings": ("training",),
}
FAMILY_NOUNS = {
    "press_events": "hội nghị, họp báo",
    "exhibitions": "sự kiện, hoạt động",
    "media": "sản phẩm truyền thông",
    "trainings": "hội nghị tập huấn",
}

_PRESS = (
    "participants",
    "journalists",
    "press_agencies",
    "cost_vnd",
    "audience",
    "themes",
    "questions",
)
# Fields that mean something for a kind; the others are hidden unless they hold a value.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "press_info_conference": _PRESS,
    "press_briefing": _PRESS,
    "press_conference": _PRESS,
    "training": ("participants", "cost_vnd", "audience", "themes"),
    "exhibition": ("participants", "groups", "exhibits", "cost_vnd", "audience", "themes"),
    "international_delegation": ("participants", "groups", "audience", "themes"),
    "oversight": ("participants", "audience", "themes"),
    "media_product": ("quantity", "channel", "cost_vnd", "themes"),
    "central_media_promotion": ("quantity", "channel", "cost_vnd", "themes"),
}
OPTIONAL_FIELDS = (
    "participants",
    "journalists",
    "press_agencies",
    "groups",
    "exhibits",
    "quantity",
    "cost_vnd",
    "audience",
    "themes",
    "channel",
    "questions",
)
TITLE_LABELS = {
    "media_product": "Tên sản phẩm: *",
    "central_media_promotion": "Tên đợt quảng bá: *",
    "international_delegation": "Tên đoàn, nội dung: *",
}
PARTICIPANT_LABELS = {
    "exhibition": "Lượt khách tham quan:",
    "training": "Số người dự:",
    "international_delegation": "Số thành viên đoàn:",
}


class ActivityEditor(RecordEditor):
    data_type = ActivityData
    form_class = Ui_ActivityEditor
    noun = "hoạt động"

    def __init__(self, *args: Any, family: str = "exhibitions", **kwargs: Any) -> None:
        self.family = family
        self.kinds = FAMILY_KINDS.get(family, tuple(labels.ACTIVITY_KINDS))
        self.noun = FAMILY_NOUNS.get(family, "hoạt động")
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        combo = self.form.kindCombo
        combo.clear()
        for kind in self.kinds:
            combo.addItem(labels.ACTIVITY_KINDS[kind], kind)
        combo.setEnabled(len(self.kinds) > 1)
        combo.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.form.startDateEdit.dateChanged.connect(
            lambda d: self.form.endDateEdit.set_proposal(d.toPython())
        )

    def show_data(self, data: RecordData) -> None:
        assert isinstance(data, ActivityData)
        combo = self.form.kindCombo
        if combo.findData(data.kind) < 0:  # a kind of another page: still show it
            combo.addItem(labels.ACTIVITY_KINDS.get(data.kind, data.kind), data.kind)
        super().show_data(data)
        self.kind_changed()

    def kind_changed(self) -> None:
        kind = self.form.kindCombo.currentData()
        wanted = KIND_FIELDS.get(kind, OPTIONAL_FIELDS)
        widgets = self.field_widgets()
        data = self.collect()
        for field in OPTIONAL_FIELDS:
            value = getattr(data, field)
            self.set_row_visible(widgets[field], field in wanted or value not in (None, ""))
        self.form.titleLabel.setText(TITLE_LABELS.get(kind, "Tên hoạt động: *"))
        self.form.participantsLabel.setText(PARTICIPANT_LABELS.get(kind, "Số người tham dự:"))
        for group in (self.form.numbersGroup, self.form.contentGroup):
            group.updateGeometry()

    @staticmethod
    def set_row_visible(widget: QWidget, visible: bool) -> None:
        layout = widget.parentWidget().layout()
        if isinstance(layout, QFormLayout):
            layout.setRowVisible(widget, visible)

    def new_data(self) -> RecordData:
        with self.db.session() as session:
            unit = own_unit_id(session)
        return ActivityData(kind=self.kinds[0], start_date=date.today(), host_id=unit)

    def next_data(self, saved: RecordData) -> RecordData:
        """Fast entry: same kind, dates, place, host, plan and topics; the rest blank."""
        assert isinstance(saved, ActivityData)
        keep = (
            "kind",
            "start_date",
            "end_date",
            "place",
            "host_id",
            "plan_id",
            "topic_ids",
            "co_organizer_ids",
        )
        return ActivityData(**{name: getattr(saved, name) for name in keep})

    def update_title(self, data: RecordData) -> None:
        verb = "Sửa" if data.id is not None else "Thêm"
        self.setWindowTitle(f"{verb} {self.noun}")
