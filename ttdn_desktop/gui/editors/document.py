"""The editor of documents: plans with their targets, guidance, letters, incoming documents."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QTimer

from ttdn_desktop.core import labels, records
from ttdn_desktop.core.records import DocumentData, RecordData, TargetData
from ttdn_desktop.core.units import own_profile, own_unit_id
from ttdn_desktop.gui.editors.base import RecordEditor, fill_combo
from ttdn_desktop.gui.editors.progress import ProgressCounter, targets_progress
from ttdn_desktop.gui.editors.targets import TargetsTable
from ttdn_desktop.gui.forms.ui_editor_document import Ui_DocumentEditor

DEFAULT_ABBREVIATION = "STTTT"  # before the officer declared a unit


def number_example(symbol: str | None, abbreviation: str | None) -> str:
    """The number field's example, in the officer's own abbreviation (“213/KH-SVHTTDL”).

    A công văn has no type symbol, only the body's and the drafting office's.
    """
    body = abbreviation or DEFAULT_ABBREVIATION
    if symbol is None:
        return f"Ví dụ: 456/{body}-VP"
    number = "213" if symbol == "KH" else "12"
    return f"Ví dụ: {number}/{symbol}-{body}"


class DocumentEditor(RecordEditor):
    data_type = DocumentData
    form_class = Ui_DocumentEditor
    noun = "văn bản"
    special_fields: ClassVar[tuple[str, ...]] = ("id", "targets")

    def __init__(self, *args: Any, press_guidance: bool = False, **kwargs: Any) -> None:
        self.press_guidance = press_guidance
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        with self.db.session() as session:
            profile = own_profile(session)
        self.abbreviation = profile.abbreviation if profile is not None else None
        fill_combo(self.form.kindCombo, labels.DOCUMENT_KINDS)
        fill_combo(self.form.directionCombo, labels.DOCUMENT_DIRECTIONS)
        self.targets = TargetsTable(self.form.targetsTable, self)
        self.targets.progress_of = self.progress_of
        self.form.addTargetButton.clicked.connect(self.add_target)
        self.form.removeTargetButton.clicked.connect(self.targets.remove_selected)
        self.form.kindCombo.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.form.directionCombo.currentIndexChanged.connect(lambda _i: self.direction_changed())
        self.form.issuedDateEdit.dateChanged.connect(lambda _d: self.targets.refresh_progress())
        self._counter = ProgressCounter()
        self.form.tabs.currentChanged.connect(lambda _i: self.fit_target_rows())

    def fit_target_rows(self) -> None:
        """Row heights for the wrapped descriptions, once the table has its real width."""
        if self.form.tabs.currentWidget() is self.form.targetsTab:
            QTimer.singleShot(0, self.form.targetsTable.resizeRowsToContents)

    def load_choices(self) -> None:
        super().load_choices()
        if hasattr(self, "targets"):
            self.targets.set_organizations(self.choices.get("organizations", []))

    def kind_changed(self) -> None:
        kind = self.form.kindCombo.currentData()
        symbol = labels.DOCUMENT_KIND_SYMBOLS.get(kind)
        self.form.numberSymbolEdit.setPlaceholderText(number_example(symbol, self.abbreviation))
        tabs = self.form.tabs
        has_targets = self.form.targetsTable.rowCount() > 0
        tabs.setTabVisible(tabs.indexOf(self.form.targetsTab), kind == "plan" or has_targets)

    def direction_changed(self) -> None:
        """The unit's own documents must carry their number: the label says so with its "*"."""
        issued = self.form.directionCombo.currentData() == "issued"
        self.form.numberSymbolLabel.setText("Số, ký hiệu: *" if issued else "Số, ký hiệu:")

    def add_target(self) -> None:
        row = self.targets.add_row()
        self.form.targetsTable.setCurrentCell(row, 0)
        self.form.targetsTable.editItem(self.form.targetsTable.item(row, 0))

    def progress_of(self, targets: list[TargetData]) -> list[str]:
        plan_date = self.form.issuedDateEdit.date().toPython()
        with self.db.session() as session:
            return targets_progress(session, targets, plan_date, self._counter)

    # Data --------------------------------------------------------------------------------------
    def new_data(self) -> RecordData:
        with self.db.session() as session:
            unit = own_unit_id(session)
        if self.press_guidance:
            return DocumentData(
                kind="official_letter",
                direction="issued",
                issued_date=date.today(),
                issuer_id=unit,
                is_press_guidance=True,
            )
        return DocumentData(issued_date=date.today(), issuer_id=unit)

    def show_special(self, data: RecordData) -> None:
        assert isinstance(data, DocumentData)
        self.targets.set_targets(data.targets)
        self.kind_changed()
        self.direction_changed()

    def collect_special(self) -> dict[str, Any]:
        return {"targets": self.targets.targets()}

    def next_data(self, saved: RecordData) -> RecordData:
        """The next document of the same kind: same date, issuer, plan, topics, recipients."""
        assert isinstance(saved, DocumentData)
        with self.db.session() as session:
            number = (
                records.next_number(session, saved.number_symbol, saved.issued_date.year)
                if saved.issued_date is not None
                else None
            )
        return dataclasses.replace(
            saved, id=None, number_symbol=number, subject=None, basis=None, notes=None, targets=[]
        )

    def update_title(self, data: RecordData) -> None:
        assert isinstance(data, DocumentData)
        noun = "văn bản hướng dẫn tuyên truyền" if data.is_press_guidance else "văn bản"
        if data.kind == "plan":
            noun = "kế hoạch"
        if data.id is None:
            self.setWindowTitle(f"Thêm {noun}")
        else:
            number = f" {data.number_symbol}" if data.number_symbol else ""
            self.setWindowTitle(f"Sửa {noun}{number}")

    def headline(self, data: RecordData) -> str:
        assert isinstance(data, DocumentData)
        text = (data.number_symbol or data.subject or "").strip()
        return text if len(text) <= 60 else text[:59] + "…"

    def widget_for_error(self, field: str | None) -> Any:
        if field is not None and field.startswith("targets"):
            return self.form.targetsTable
        return super().widget_for_error(field)
