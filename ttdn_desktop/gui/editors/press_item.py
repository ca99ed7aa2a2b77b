"""The editor of press items followed: received, passed on for handling, and the result."""

from __future__ import annotations

from datetime import date
from typing import Any

from ttdn_desktop.core import labels
from ttdn_desktop.core.records import PressItemData, RecordData
from ttdn_desktop.gui.editors.base import RecordEditor, fill_combo
from ttdn_desktop.gui.forms.ui_editor_press_item import Ui_PressItemEditor

SCOPE_OF_LABEL = {label: code for code, label in labels.PRESS_SCOPES.items()}


class PressItemEditor(RecordEditor):
    data_type = PressItemData
    form_class = Ui_PressItemEditor
    noun = "tin, bài báo chí"

    def setup_fields(self) -> None:
        fill_combo(self.form.scopeCombo, labels.PRESS_SCOPES, empty="(chưa chọn)")
        fill_combo(self.form.assessmentCombo, labels.PRESS_ASSESSMENTS, empty="(chưa đánh giá)")
        fill_combo(self.form.statusCombo, labels.PRESS_STATUSES)
        self.form.statusCombo.currentIndexChanged.connect(lambda _i: self.status_changed())
        self.form.outletPicker.changed.connect(self.outlet_changed)
        self.form.outletRepliedCheck.toggled.connect(self.replied_changed)
        self.form.publishedDateEdit.dateChanged.connect(self.published_changed)
        self.outlet_scopes: dict[int, str] = {}

    def load_choices(self) -> None:
        super().load_choices()
        from ttdn_desktop.core import listing

        with self.db.session() as session:
            ids = [c.id for c in self.choices.get("press_outlets", [])]
            cells = listing.rows(session, "organizations", ids)
        self.outlet_scopes = {
            record_id: SCOPE_OF_LABEL[str(row[3])]
            for record_id, row in cells.items()
            if row[3] in SCOPE_OF_LABEL
        }

    def status_changed(self) -> None:
        """ "Đã xử lý xong" proposes today as the day it was handled."""
        form = self.form
        if form.statusCombo.currentData() == "handled" and form.handledDateEdit.value() is None:
            form.handledDateEdit.setValue(date.today())

    def outlet_changed(self) -> None:
        """A known outlet tells the scope (central, local, …) when none is chosen yet."""
        outlet = self.form.outletPicker.value()
        if outlet in self.outlet_scopes and self.form.scopeCombo.currentData() is None:
            combo = self.form.scopeCombo
            combo.setCurrentIndex(combo.findData(self.outlet_scopes[outlet]))

    def replied_changed(self, replied: bool) -> None:
        self.form.replyDateEdit.setEnabled(True)
        if replied and self.form.replyDateEdit.value() is None:
            self.form.replyDateEdit.set_proposal(date.today())

    def published_changed(self, day: Any) -> None:
        published = day.toPython()
        for edit in (self.form.transferDateEdit, self.form.deadlineEdit):
            edit.set_proposal(published)

    def new_data(self) -> RecordData:
        return PressItemData(published_date=date.today())

    def next_data(self, saved: RecordData) -> RecordData:
        """Fast entry: the next item of the same outlet and day."""
        assert isinstance(saved, PressItemData)
        return PressItemData(
            outlet_id=saved.outlet_id, scope=saved.scope, published_date=saved.published_date
        )
