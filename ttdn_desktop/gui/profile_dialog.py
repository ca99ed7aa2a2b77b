"""The unit profile: the names, signer and recipients printed on every report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.labels import PROFILE_HINTS
from ttdn_desktop.core.units import ProfileData, own_profile, own_unit, set_own_unit
from ttdn_desktop.gui.forms.ui_unit_profile import Ui_UnitProfileDialog
from ttdn_desktop.gui.help_window import add_help_shortcut

ERROR_STYLE = "color: #b3261e;"

# ProfileData field (or "name" for the unit's full name) → the form's widget prefix.
LINE_FIELDS: dict[str, str] = {
    "name": "name",
    "parent_body": "parentBody",
    "body_name": "bodyName",
    "abbreviation": "abbreviation",
    "place_name": "placeName",
    "address": "address",
    "signer_authority": "signerAuthority",
    "signer_title": "signerTitle",
    "signer_name": "signerName",
}
LIST_FIELDS: dict[str, str] = {"recipients": "recipients", "distribution": "distribution"}


class UnitProfileDialog(QDialog):
    """Edit the own unit; nothing is saved until `set_own_unit` accepts every field."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = Ui_UnitProfileDialog()
        self.form.setupUi(self)
        buttons = self.form.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for field, label in self.error_labels().items():
            label.setStyleSheet(ERROR_STYLE)
            self._show_error(label, "")
            # A message goes as soon as its field is filled: red text beside a field already
            # corrected reads as if the program had not taken it.
            self.line_edit(field).textEdited.connect(
                lambda text, label=label: self._show_error(label, "") if text.strip() else None
            )
        self.form.generalError.setStyleSheet(ERROR_STYLE)
        self.form.generalError.hide()
        self.align_labels()
        self.add_tooltips()
        add_help_shortcut(self, "settings")
        self.load()

    def add_tooltips(self) -> None:
        """The same explanations as the Cài đặt page (labels.PROFILE_HINTS), on field and label."""
        for field, prefix in {**LINE_FIELDS, **LIST_FIELDS}.items():
            for suffix in ("Edit", "Label"):
                getattr(self.form, f"{prefix}{suffix}").setToolTip(PROFILE_HINTS[field])

    def align_labels(self) -> None:
        """Give the labels of the three groups one width, so all fields start in one column."""
        labels = [
            getattr(self.form, f"{prefix}Label")
            for prefix in {**LINE_FIELDS, **LIST_FIELDS}.values()
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for prefix in LIST_FIELDS.values():
            getattr(self.form, f"{prefix}Label").setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )

    # Widgets by field name -------------------------------------------------------------------
    def line_edit(self, field: str) -> QLineEdit:
        return getattr(self.form, f"{LINE_FIELDS[field]}Edit")

    def list_edit(self, field: str) -> QPlainTextEdit:
        return getattr(self.form, f"{LIST_FIELDS[field]}Edit")

    def error_labels(self) -> dict[str, QLabel]:
        labels = {}
        for field, prefix in LINE_FIELDS.items():
            label = getattr(self.form, f"{prefix}Error", None)
            if label is not None:
                labels[field] = label
        return labels

    def error_text(self, field: str) -> str:
        label = self.error_labels().get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # Reading and saving ----------------------------------------------------------------------
    def load(self) -> None:
        with self.db.session() as session:
            unit = own_unit(session)
            name = unit.name if unit is not None else ""
            profile = own_profile(session)
        self.line_edit("name").setText(name)
        self.line_edit("name").setCursorPosition(0)
        if profile is None:
            return
        for field in LINE_FIELDS:
            if field != "name":
                self.line_edit(field).setText(getattr(profile, field) or "")
                self.line_edit(field).setCursorPosition(0)  # show the start of a long value
        for field in LIST_FIELDS:
            self.list_edit(field).setPlainText("\n".join(getattr(profile, field)))

    def profile_data(self) -> ProfileData:
        values: dict[str, object] = {
            field: self.line_edit(field).text() for field in LINE_FIELDS if field != "name"
        }
        for field in LIST_FIELDS:
            values[field] = self.list_edit(field).toPlainText().splitlines()
        return ProfileData(**values)  # type: ignore[arg-type]

    def save(self) -> None:
        self.clear_errors()
        try:
            with self.db.session() as session:
                set_own_unit(session, self.line_edit("name").text(), self.profile_data())
        except ValidationErrors as exc:
            self.show_validation_errors(exc.errors)
            return
        except ValidationError as exc:
            self.show_validation_errors([exc])
            return
        self.accept()

    # Messages next to the fields ---------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.error_labels().values():
            self._show_error(label, "")
        self.form.generalError.hide()

    def show_validation_errors(self, errors: list[ValidationError]) -> None:
        """Show every message at once beside its field; focus the first field in error."""
        general: list[str] = []
        first: str | None = None
        for exc in errors:
            label = self.error_labels().get(exc.field or "")
            if label is None:
                general.append(str(exc))
                continue
            self._show_error(label, str(exc))
            first = first or exc.field
        if general:
            self.form.generalError.setText("\n".join(general))
            self.form.generalError.show()
        if first is not None:
            self.line_edit(first).setFocus()

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        layout = label.parentWidget().layout()
        if isinstance(layout, QFormLayout):
            layout.setRowVisible(label, bool(text))
        else:
            label.setVisible(bool(text))
