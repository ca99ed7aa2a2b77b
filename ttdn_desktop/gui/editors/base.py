"""What every record editor shares: fields bound by name, saving with undo, messages by field.

A subclass names its compiled form and data class; the widgets of the form are found by the
data class's field names (`number_symbol` → `numberSymbolEdit`, `issuer_id` → `issuerPicker`,
`topic_ids` → `topicsPicker`, …) and their messages by the same stem (`numberSymbolError`).
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from ttdn_desktop.core import records
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.records import RecordData
from ttdn_desktop.core.undo import UndoStack, save_tracked
from ttdn_desktop.gui.editors import choices
from ttdn_desktop.gui.editors.messages import confirm
from ttdn_desktop.gui.editors.pickers import Choice, MultiPicker, RecordPicker
from ttdn_desktop.gui.editors.widgets import CountEdit, OptionalDateEdit, setup_date_edit

ERROR_STYLE = "color: #b3261e;"
DISCARD_QUESTION = "Bỏ các thay đổi chưa lưu?"
_SUFFIXES = ("Edit", "Combo", "Picker", "Check")
# Which catalogue each picker draws from (field name → catalogue key).
CATALOGUE_OF_FIELD = {
    "issuer_id": "organizations",
    "recipient_ids": "organizations",
    "host_id": "organizations",
    "co_organizer_ids": "organizations",
    "outlet_id": "press_outlets",
    "assigned_id": "organizations",
    "topic_ids": "topics",
    "plan_id": "plans",
}


def stem(field: str) -> str:
    """`co_organizer_ids` → `coOrganizers`, `issuer_id` → `issuer`, `end_date` → `endDate`."""
    if field.endswith("_ids"):
        field = field[:-4] + "s"
    elif field.endswith("_id"):
        field = field[:-3]
    head, *rest = field.split("_")
    return head + "".join(part.capitalize() for part in rest)


def read_widget(widget: QWidget) -> Any:
    if isinstance(widget, OptionalDateEdit | CountEdit | RecordPicker):
        return widget.value()
    if isinstance(widget, MultiPicker):
        return widget.values()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"no value in {widget!r}")


def write_widget(widget: QWidget, value: Any) -> None:
    if isinstance(widget, OptionalDateEdit | CountEdit | RecordPicker):
        widget.setValue(value)
    elif isinstance(widget, MultiPicker):
        widget.setValues(value or [])
    elif isinstance(widget, QDateEdit):
        if value is not None:
            widget.setDate(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
        widget.setCursorPosition(0)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"cannot show a value in {widget!r}")


def fill_combo(combo: QComboBox, items: dict[str, str], empty: str | None = None) -> None:
    """Codes as item data, Vietnamese labels as text; `empty` adds a first "none" item."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, label in items.items():
        combo.addItem(label, code)


class RecordEditor(QDialog):
    """A modal editor of one record. `exec()`, then `saved_id` is what was saved last (or None)."""

    data_type: ClassVar[type]
    form_class: ClassVar[type]
    noun: ClassVar[str] = "bản ghi"
    # Fields filled by code of their own (not by name), e.g. the plan's targets.
    special_fields: ClassVar[tuple[str, ...]] = ("id",)

    def __init__(
        self,
        db: Database,
        undo: UndoStack,
        record_id: int | None = None,
        *,
        initial: RecordData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo = undo
        self.record_id = record_id
        self.saved_ids: list[int] = []
        self.form = self.form_class()
        self.form.setupUi(self)
        self.setup_ui()
        if initial is not None:
            data = initial
        elif record_id is not None:
            with db.session() as session:
                data = records.load(session, records.MODELS[self.data_type], record_id)
        else:
            data = self.new_data()
        self.show_data(data)
        self.mark_clean()

    # Table of contents -----------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.setup_dates()
        self.setup_fields()
        self.setup_pickers()
        self.setup_errors()
        self.setup_buttons()
        self.setup_shortcuts()

    def setup_dates(self) -> None:
        for edit in self.findChildren(QDateEdit):
            if not isinstance(edit.parentWidget(), OptionalDateEdit):
                setup_date_edit(edit)

    def setup_fields(self) -> None:
        """Fill combos and connect field-specific behaviour (subclasses)."""

    def setup_pickers(self) -> None:
        self.load_choices()
        for field, catalogue in CATALOGUE_OF_FIELD.items():
            picker = self.field_widgets().get(field)
            if isinstance(picker, RecordPicker | MultiPicker):
                if catalogue == "plans":
                    picker.allow_adding(False)
                else:
                    what = "chủ đề" if catalogue == "topics" else "cơ quan, tổ chức"
                    picker.allow_adding(True, f"Thêm {what} chưa có trong danh mục")
                    picker.addRequested.connect(
                        lambda typed, p=picker, c=catalogue: self.add_catalogue_entry(p, c, typed)
                    )

    def setup_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Error"):
                label.setStyleSheet(ERROR_STYLE)
                self._show_error(label, "")

    def setup_buttons(self) -> None:
        self.form.saveButton.clicked.connect(lambda: self.save())
        self.form.saveNewButton.clicked.connect(lambda: self.save(then_new=True))
        self.form.cancelButton.clicked.connect(self.reject)
        repeat = getattr(self.form, "repeatButton", None)
        if repeat is not None:
            repeat.clicked.connect(self.repeat)

    def setup_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=lambda: self.save(then_new=True))

    # Catalogues behind the pickers -----------------------------------------------------------
    def load_choices(self) -> None:
        wanted = {
            CATALOGUE_OF_FIELD[f]
            for f, w in self.field_widgets().items()
            if f in CATALOGUE_OF_FIELD and isinstance(w, RecordPicker | MultiPicker)
        }
        found: dict[str, list[Choice]] = {}
        with self.db.session() as session:
            if wanted & {"organizations"}:
                found["organizations"] = choices.organization_choices(session)
            if "press_outlets" in wanted:
                found["press_outlets"] = choices.organization_choices(session, ("press",))
            if "topics" in wanted:
                found["topics"] = choices.topic_choices(session)
            if "plans" in wanted:
                found["plans"] = choices.plan_choices(session)
        self.choices = found
        for field, widget in self.field_widgets().items():
            catalogue = CATALOGUE_OF_FIELD.get(field)
            if catalogue in found and isinstance(widget, RecordPicker | MultiPicker):
                widget.set_choices(found[catalogue])

    def add_catalogue_entry(
        self, picker: RecordPicker | MultiPicker, catalogue: str, typed: str
    ) -> int | None:
        """Add an organisation or topic on the spot and select it in the picker."""
        from ttdn_desktop.gui.editors.catalogue import OrganizationEditor, TopicEditor

        if catalogue == "topics":
            editor: RecordEditor = TopicEditor(
                self.db, self.undo, initial=records.TopicData(name=typed or None), parent=self
            )
        else:
            kind = "press" if catalogue == "press_outlets" else "other"
            editor = OrganizationEditor(
                self.db,
                self.undo,
                initial=records.OrganizationData(name=typed or None, kind=kind),
                parent=self,
            )
        editor.form.saveNewButton.hide()
        editor.exec()
        new_id = editor.saved_id
        if new_id is None:
            return None
        self.load_choices()
        if isinstance(picker, MultiPicker):
            picker.add(new_id)
        else:
            picker.setValue(new_id)
        return new_id

    # Fields by name --------------------------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        found: dict[str, QWidget] = {}
        for f in dataclasses.fields(self.data_type):
            if f.name in self.special_fields:
                continue
            for suffix in _SUFFIXES:
                widget = getattr(self.form, stem(f.name) + suffix, None)
                if widget is not None:
                    found[f.name] = widget
                    break
        return found

    def field_widget(self, field: str) -> QWidget:
        return self.field_widgets()[field]

    def error_label(self, field: str | None) -> QLabel | None:
        if field is None:
            return None
        return getattr(self.form, stem(field.split(".")[0]) + "Error", None)

    def error_text(self, field: str | None) -> str:
        """The message shown for a field ("" when none); for tests and screen readers."""
        label = self.error_label(field) if field else self.form.generalError
        return label.text() if label is not None and not label.isHidden() else ""

    # Data in and out -------------------------------------------------------------------------
    def new_data(self) -> RecordData:
        return self.data_type()

    def show_data(self, data: RecordData) -> None:
        self.record_id = data.id
        self._loaded_id = data.id
        for field, widget in self.field_widgets().items():
            write_widget(widget, getattr(data, field))
        self.show_special(data)
        self.update_title(data)
        panel = getattr(self.form, "attachmentsPanel", None)
        if panel is not None:
            panel.bind(self.db, records.MODELS[self.data_type], data.id)
        repeat = getattr(self.form, "repeatButton", None)
        if repeat is not None:
            repeat.setEnabled(data.id is None)
            repeat.setToolTip(
                "Lưu bản ghi này và tạo thêm các lần lặp lại định kỳ (mỗi N ngày hoặc N tháng) "
                "đến một ngày."
                if data.id is None
                else "Chỉ dùng khi thêm mới; để lặp lại bản ghi đã lưu, hãy dùng “Nhân bản”."
            )

    def show_special(self, data: RecordData) -> None:
        """Fill what is not bound by name (subclasses)."""

    def collect(self) -> RecordData:
        values = {field: read_widget(widget) for field, widget in self.field_widgets().items()}
        values["id"] = self.record_id
        values.update(self.collect_special())
        return self.data_type(**values)  # type: ignore[no-any-return]

    def collect_special(self) -> dict[str, Any]:
        return {}

    def update_title(self, data: RecordData) -> None:
        self.setWindowTitle(f"Sửa {self.noun}" if data.id is not None else f"Thêm {self.noun}")

    def describe(self, data: RecordData) -> str:
        """What the undo stack calls this change."""
        verb = "Sửa" if data.id is not None else "Thêm"
        name = self.headline(data)
        return f"{verb} {self.noun} “{name}”" if name else f"{verb} {self.noun}"

    def headline(self, data: RecordData) -> str:
        text = str(getattr(data, "title", None) or getattr(data, "name", None) or "").strip()
        return text if len(text) <= 60 else text[:59] + "…"

    # Unsaved changes ---------------------------------------------------------------------------
    def mark_clean(self) -> None:
        self._baseline = self.collect()

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline

    def reject(self) -> None:
        if self.is_dirty() and not confirm(
            self, "Bỏ thay đổi", DISCARD_QUESTION, yes="Bỏ thay đổi", no="Tiếp tục sửa"
        ):
            return
        super().reject()

    # Saving ------------------------------------------------------------------------------------
    @property
    def saved_id(self) -> int | None:
        return self.saved_ids[-1] if self.saved_ids else None

    def save(self, *, then_new: bool = False) -> int | None:
        """Check and save through the undo stack; show the messages by the fields on failure."""
        data = self.collect()
        self.clear_errors()
        try:
            with self.db.session() as session:
                record_id = save_tracked(session, data, self.undo, self.describe(data))
        except ValidationErrors as exc:
            self.show_errors(exc)
            return None
        except ValidationError as exc:
            self.show_errors(ValidationErrors([exc]))
            return None
        self.saved_ids.append(record_id)
        self.record_id = record_id
        if then_new:
            self.start_next(dataclasses.replace(data, id=record_id))
        else:
            self.accept()
        return record_id

    def next_data(self, saved: RecordData) -> RecordData:
        """The blank record "Lưu và thêm tiếp" opens (subclasses keep what usually repeats)."""
        return self.new_data()

    def start_next(self, saved: RecordData) -> None:
        self.show_data(self.next_data(saved))
        self.mark_clean()
        self.focus_first()

    def focus_first(self) -> None:
        widgets = list(self.field_widgets().values())
        if widgets:
            self.reveal(widgets[0])

    # Messages by the fields --------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Error"):
                self._show_error(label, "")

    def show_errors(self, exc: ValidationErrors) -> None:
        """Each message next to its field (several of one field joined); focus the first."""
        by_label: dict[QLabel, list[str]] = {}
        first: QWidget | None = None
        order = [f.name for f in dataclasses.fields(self.data_type)]

        def form_order(error: ValidationError) -> int:
            name = (error.field or "").split(".")[0]
            return order.index(name) if name in order else len(order)

        for error in sorted(exc.errors, key=form_order):
            label = self.error_label(error.field) or self.form.generalError
            by_label.setdefault(label, [])
            if str(error) not in by_label[label]:
                by_label[label].append(str(error))
            if first is None:
                first = self.widget_for_error(error.field) or label
        for label, messages in by_label.items():
            self._show_error(label, "\n".join(messages))
        if first is not None:
            self.reveal(first)

    def widget_for_error(self, field: str | None) -> QWidget | None:
        if field is None:
            return None
        return self.field_widgets().get(field.split(".")[0])

    def reveal(self, widget: QWidget) -> None:
        """Bring the widget's tab to the front and put the cursor in it."""
        tabs = getattr(self.form, "tabs", None)
        if isinstance(tabs, QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    tabs.setCurrentIndex(index)
                    break
        QTimer.singleShot(0, widget.setFocus)
        widget.setFocus()

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        parent = label.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout) and layout.indexOf(label) >= 0:
            layout.setRowVisible(label, bool(text))
        else:
            label.setVisible(bool(text))

    # Series ------------------------------------------------------------------------------------
    def repeat(self) -> None:
        """Save this new record and its repetitions (every N days or months until a date)."""
        from ttdn_desktop.gui.editors.series import SeriesDialog

        data = self.collect()
        first = getattr(data, "issued_date", None) or getattr(data, "start_date", None)
        dialog = SeriesDialog(first, parent=self)
        if not dialog.exec():
            return
        self.save_series(data, **dialog.values())

    def save_series(
        self, data: RecordData, *, every_days: int, every_months: int, until: Any
    ) -> list[int]:
        from ttdn_desktop.core.undo import add_series_tracked

        self.clear_errors()
        try:
            with self.db.session() as session:
                ids = add_series_tracked(
                    session,
                    data,
                    self.undo,
                    f"Thêm {self.noun} lặp lại “{self.headline(data)}”",
                    every_days=every_days,
                    every_months=every_months,
                    until=until,
                )
        except ValidationErrors as exc:
            self.show_errors(exc)
            return []
        except ValidationError as exc:
            self.show_errors(ValidationErrors([exc]))
            return []
        self.saved_ids.extend(ids)
        self.record_id = ids[0] if ids else None
        self.accept()
        return ids
