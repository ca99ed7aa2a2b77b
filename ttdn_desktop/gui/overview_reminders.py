"""Việc cần làm: a non-blocking panel of what is overdue or due within 7 days.

It reads `core.overview.reminders` when the window opens, after every change, and again each
day while the program stays open (a timer, so a window left open overnight shows the new day's
reminders). Each reminder opens its list, or can be dismissed or snoozed; nothing is modal.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core import overview
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.listing import ListFilter

DAY_MS = 24 * 60 * 60 * 1000
SNOOZES: tuple[tuple[str, int], ...] = (("Ngày mai", 1), ("Sau 3 ngày", 3), ("Sau 1 tuần", 7))


def ms_until_tomorrow(now: datetime | None = None) -> int:
    """Milliseconds to a minute past the next midnight."""
    now = now or datetime.now()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((tomorrow - now).total_seconds() * 1000) + 60_000


class ReminderRow(QFrame):
    def __init__(self, panel: RemindersPanel, reminder: overview.Reminder) -> None:
        super().__init__()
        self.reminder = reminder
        self.setObjectName("reminderRow")
        colour = "#c01c28" if reminder.overdue else "#b5835a"
        self.setStyleSheet(
            f"#reminderRow {{ border-left: 4px solid {colour}; background: palette(base); }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(4)
        self.text = QLabel(reminder.text)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.open_button = QPushButton("Xem")
        self.open_button.setObjectName("reminderOpen")
        self.open_button.setToolTip("Mở danh sách liên quan")
        self.open_button.clicked.connect(lambda: panel.open_reminder(reminder))
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("reminderSnooze")
        self.snooze_button.setText("Để sau")
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for text, days in SNOOZES:
            action = menu.addAction(text)
            action.triggered.connect(lambda _on=False, d=days: panel.snooze(reminder.key, d))
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton("Bỏ qua")
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.setToolTip("Không nhắc việc này nữa")
        self.dismiss_button.clicked.connect(lambda: panel.dismiss(reminder.key))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class RemindersPanel(QDockWidget):
    """Việc cần làm, docked at the side of the main window.

    Signals:
        open_list(section, filter): show a list filtered (filter None: just the section).
    """

    open_list = Signal(str, object)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("Việc cần làm", parent)
        self.setObjectName("remindersPanel")
        self.db = db
        self.items: list[overview.Reminder] = []
        self.today_override: date | None = None  # tests set the day
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setSpacing(8)
        self.summary = QLabel()
        self.summary.setObjectName("remindersSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.layout_.addLayout(self.rows_box)
        self.layout_.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("remindersScroll")
        # Narrow windows may squeeze the panel (it scrolls) rather than grow past the screen.
        scroll.setMinimumWidth(60)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.daily = QTimer(self)
        self.daily.setObjectName("remindersTimer")
        self.daily.setSingleShot(True)
        self.daily.timeout.connect(self.check_daily)

    def today(self) -> date:
        return self.today_override or date.today()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.check()

    def start(self) -> None:
        """The check at start: the panel shows itself when there is something to do."""
        self.check()
        self.daily.start(ms_until_tomorrow())

    def check_daily(self) -> None:
        self.check()
        self.daily.start(ms_until_tomorrow())

    def check(self) -> None:
        """Read the reminders; show the panel when there are some (never as a dialog)."""
        self.refresh()
        if self.items:
            self.show()

    def refresh(self) -> None:
        """Read the reminders again, leaving the panel shown or hidden as it is."""
        with self.db.session() as session:
            self.items = overview.reminders(session, self.today())
            settings = overview.reminder_settings(session)
        days = settings.days_ahead
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows: list[ReminderRow] = []
        for reminder in self.items:
            row = ReminderRow(self, reminder)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        overdue = sum(1 for r in self.items if r.overdue)
        if not settings.enabled:
            self.summary.setText("Nhắc việc đang tắt; bật lại trong Cài đặt, mục Nhắc việc.")
        elif not self.items:
            self.summary.setText(f"Không có việc nào quá hạn hoặc đến hạn trong {days} ngày tới.")
        else:
            self.summary.setText(
                f"{len(self.items)} việc cần làm, trong đó {overdue} việc đã quá hạn."
                if overdue
                else f"{len(self.items)} việc đến hạn trong {days} ngày tới."
            )
        self.setWindowTitle(f"Việc cần làm ({len(self.items)})" if self.items else "Việc cần làm")
        self.changed.emit()

    def reminder_keys(self) -> list[str]:
        return [r.key for r in self.items]

    def open_reminder(self, reminder: overview.Reminder) -> None:
        if reminder.family is None:
            self.open_list.emit("reports", None)
        else:
            self.open_list.emit(reminder.family, reminder.filter or ListFilter())

    def dismiss(self, key: str) -> None:
        with self.db.session() as session:
            overview.dismiss_reminder(session, key, None)
        self.refresh()

    def snooze(self, key: str, days: int) -> None:
        with self.db.session() as session:
            overview.dismiss_reminder(session, key, self.today() + timedelta(days=days))
        self.refresh()
