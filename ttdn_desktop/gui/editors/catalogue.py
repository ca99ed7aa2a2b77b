"""The small editors of the catalogues: organisations and propaganda topics."""

from __future__ import annotations

import dataclasses

from ttdn_desktop.core import labels
from ttdn_desktop.core.records import OrganizationData, RecordData, TopicData
from ttdn_desktop.gui.editors.base import RecordEditor, fill_combo
from ttdn_desktop.gui.forms.ui_editor_organization import Ui_OrganizationEditor
from ttdn_desktop.gui.forms.ui_editor_topic import Ui_TopicEditor


class OrganizationEditor(RecordEditor):
    data_type = OrganizationData
    form_class = Ui_OrganizationEditor
    noun = "cơ quan, tổ chức"

    def setup_fields(self) -> None:
        kinds = {k: v for k, v in labels.ORGANIZATION_KINDS.items() if k != "own_unit"}
        fill_combo(self.form.kindCombo, kinds)
        fill_combo(self.form.pressScopeCombo, labels.PRESS_SCOPES, empty="(không)")
        self.form.kindCombo.currentIndexChanged.connect(lambda _i: self.kind_changed())

    def show_data(self, data: RecordData) -> None:
        assert isinstance(data, OrganizationData)
        combo = self.form.kindCombo
        if combo.findData(data.kind) < 0:  # the own unit: shown, not offered
            combo.addItem(labels.ORGANIZATION_KINDS.get(data.kind, data.kind), data.kind)
        super().show_data(data)
        self.kind_changed()

    def kind_changed(self) -> None:
        is_press = self.form.kindCombo.currentData() == "press"
        self.form.pressScopeCombo.setEnabled(is_press)
        if not is_press:
            self.form.pressScopeCombo.setCurrentIndex(0)

    def next_data(self, saved: RecordData) -> RecordData:
        assert isinstance(saved, OrganizationData)
        return OrganizationData(kind=saved.kind, press_scope=saved.press_scope)


class TopicEditor(RecordEditor):
    data_type = TopicData
    form_class = Ui_TopicEditor
    noun = "chủ đề"

    def next_data(self, saved: RecordData) -> RecordData:
        return dataclasses.replace(TopicData())
