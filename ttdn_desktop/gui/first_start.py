"""The welcome shown when a database has no unit yet: start with one's own unit, or the demo."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QWidget

from ttdn_desktop.gui.forms.ui_first_start import Ui_FirstStartDialog
from ttdn_desktop.gui.help_window import START_SECTION, add_help_shortcut


class FirstStartChoice(Enum):
    OWN_UNIT = "own_unit"
    DEMO = "demo"


class FirstStartDialog(QDialog):
    """Offers the two ways to begin; `choice` is None when the officer closes it to decide later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_FirstStartDialog()
        self.form.setupUi(self)
        font = self.form.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.form.headingLabel.setFont(font)
        # Secondary text, but readable: a disabled label would be grey on grey.
        for hint in (self.form.ownUnitHint, self.form.demoHint):
            palette = hint.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#444444"))
            hint.setPalette(palette)
        self.choice: FirstStartChoice | None = None
        add_help_shortcut(self, START_SECTION)
        self.form.ownUnitButton.clicked.connect(lambda: self.choose(FirstStartChoice.OWN_UNIT))
        self.form.demoButton.clicked.connect(lambda: self.choose(FirstStartChoice.DEMO))

    def choose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()
