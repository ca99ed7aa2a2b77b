"""The main window: navigation on the left, one page per section, a year every page follows."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.demo import DEMO_YEAR, open_demo_database
from ttdn_desktop.core.errors import DatabaseOpenError, TtdnError
from ttdn_desktop.core.labels import SECTIONS
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.paths import data_dir
from ttdn_desktop.core.undo import UndoStack
from ttdn_desktop.gui.data_actions import DataActions
from ttdn_desktop.gui.databases import database_is_demo, has_own_unit
from ttdn_desktop.gui.help_window import TERMS_SECTION, HelpWindow
from ttdn_desktop.gui.overview_reminders import RemindersPanel
from ttdn_desktop.gui.pages import PAGE_CLASSES, Page
from ttdn_desktop.gui.pages.trash import TRASH_SECTION, TrashPage
from ttdn_desktop.gui.settings import open_settings

log = logging.getLogger(__name__)

APP_TITLE = "TTĐN Desktop"
DEFAULT_SIZE = (1280, 800)
YEAR_RANGE = (1945, 2100)
DEMO_BANNER = (
    f"Bạn đang xem dữ liệu mẫu năm {DEMO_YEAR} của Sở TTTT Bắc Kạn. "
    "Dữ liệu thật của bạn không bị ảnh hưởng."
)
GEOMETRY_KEY = "window/geometry"
SECTION_KEY = "window/section"


class MainWindow(QMainWindow):
    """The program's one window over one open database (which it owns and closes on switching).

    Args:
        db: the open database.
        home_target: the officer's own database (`--db`, `TTDN_DB` or None for the default),
            reopened by "Về dữ liệu của tôi".
        settings_path: where the window remembers its size and section; None for the data folder.
    """

    year_changed = Signal(int)
    database_changed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        home_target: str | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.home_target = home_target
        self.settings: QSettings = open_settings(settings_path)
        self.is_demo = database_is_demo(db)
        self.year = self.default_year()
        self.pages: dict[str, Page] = {}
        self.section_actions: dict[str, QAction] = {}
        self.help_window: HelpWindow | None = None
        # Ctrl+Z takes back the session's changes, whichever page made them.
        self.undo_stack = UndoStack()
        self.setup_ui()
        self.restore_state()

    # Building the window ---------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setup_central()
        self.setup_toolbar()
        self.setup_menus()
        self.setup_status_bar()
        self.setup_reminders()
        self.show_database_state()

    def setup_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.build_demo_banner())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setSpacing(2)
        self.navigation.addItems(list(SECTIONS.values()))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page_class in PAGE_CLASSES:
            page = page_class(self.db, self.year)
            page.data_changed.connect(self.broadcast_change)
            self.year_changed.connect(page.set_year)
            self.pages[page.section] = page
            self.stack.addWidget(page)
        assert list(self.pages) == list(SECTIONS), "one page per section, in order"
        self.navigation.currentRowChanged.connect(self._on_navigation_row)
        self.setup_trash_page()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(0)
        left.addWidget(self.navigation, 1)
        left.addWidget(self.trash_navigation)
        body.addLayout(left)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

    def setup_trash_page(self) -> None:
        """Thùng rác: a page outside `SECTIONS`, pinned under the navigation."""
        trash = TrashPage(self.db, self.year)
        trash.data_changed.connect(self.broadcast_change)
        self.year_changed.connect(trash.set_year)
        self.pages[trash.section] = trash
        self.stack.addWidget(trash)
        for page in self.pages.values():
            if hasattr(page, "undo_stack"):
                page.undo_stack = self.undo_stack  # type: ignore[attr-defined]
        self.trash_navigation = QListWidget()
        self.trash_navigation.setObjectName("trashNavigation")
        self.trash_navigation.setFixedWidth(230)
        self.trash_navigation.setSpacing(2)
        self.trash_navigation.addItem(trash.title)
        self.trash_navigation.setFixedHeight(self.trash_navigation.sizeHintForRow(0) + 12)
        self.trash_navigation.currentRowChanged.connect(
            lambda row: row == 0 and self.show_section(TRASH_SECTION)
        )

    def build_demo_banner(self) -> QFrame:
        self.demo_banner = QFrame()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "#demoBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
            "#demoBanner QLabel { color: #4a3b00; }"
        )
        layout = QHBoxLayout(self.demo_banner)
        layout.setContentsMargins(16, 8, 16, 8)
        text = QLabel(DEMO_BANNER)
        text.setObjectName("demoBannerText")
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        self.home_button = QPushButton("Về dữ liệu của tôi")
        self.home_button.setObjectName("homeButton")
        self.home_button.clicked.connect(self.open_home)
        layout.addWidget(self.home_button)
        return self.demo_banner

    def setup_toolbar(self) -> None:
        toolbar = QToolBar("Thanh công cụ")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        label = QLabel("Năm:")
        label.setContentsMargins(8, 0, 6, 0)
        self.year_selector = QSpinBox()
        self.year_selector.setObjectName("yearSelector")
        self.year_selector.setRange(*YEAR_RANGE)
        self.year_selector.setMinimumWidth(90)
        self.year_selector.setValue(self.year)
        self.year_selector.setToolTip("Năm của số liệu hiển thị trên mọi trang")
        label.setBuddy(self.year_selector)
        self.year_selector.valueChanged.connect(self.set_year)
        toolbar.addWidget(label)
        toolbar.addWidget(self.year_selector)
        self.addToolBar(toolbar)

    def setup_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&Tệp")
        open_action = file_menu.addAction("&Mở cơ sở dữ liệu…")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        demo_action = file_menu.addAction("Mở &dữ liệu mẫu")
        demo_action.triggered.connect(self.open_demo)
        file_menu.addSeparator()
        self.data_actions = DataActions(self)
        self.data_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("T&hoát")
        # QKeySequence.Quit is empty on Windows; the officer expects Ctrl+Q everywhere.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        edit_menu = menu_bar.addMenu("&Sửa")
        self.undo_action = edit_menu.addAction("Hoàn tác")
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_last_change)
        self.update_undo_action()

        view_menu = menu_bar.addMenu("&Xem")
        group = QActionGroup(self)
        for index, (key, label) in enumerate(SECTIONS.items()):
            action = view_menu.addAction(label)
            action.setCheckable(True)
            action.setData(key)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
            group.addAction(action)
            self.section_actions[key] = action
        view_menu.addSeparator()
        trash_action = view_menu.addAction(self.pages[TRASH_SECTION].title)
        trash_action.setCheckable(True)
        trash_action.triggered.connect(lambda _checked=False: self.show_section(TRASH_SECTION))
        group.addAction(trash_action)
        self.section_actions[TRASH_SECTION] = trash_action

        help_menu = menu_bar.addMenu("Trợ &giúp")
        self.help_action = help_menu.addAction("&Hướng dẫn sử dụng (F1)")
        self.help_action.setObjectName("helpAction")
        # F1 opens the section of the page in view, whichever widget has the focus.
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(lambda: self.show_help(self.current_section()))
        terms_action = help_menu.addAction("Giải thích &thuật ngữ")
        terms_action.setObjectName("termsAction")
        terms_action.triggered.connect(lambda: self.show_help(TERMS_SECTION))
        help_menu.addSeparator()
        about_action = help_menu.addAction("&Giới thiệu")
        about_action.setObjectName("aboutAction")
        about_action.triggered.connect(self.show_about)

    def setup_status_bar(self) -> None:
        self.database_label = QLabel()
        self.database_label.setObjectName("statusDatabase")
        self.demo_label = QLabel("Dữ liệu mẫu")
        self.demo_label.setObjectName("statusDemo")
        self.demo_label.setStyleSheet("font-weight: bold; color: #8a5a00; padding: 0 6px;")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.demo_label)

    def show_database_state(self) -> None:
        self.demo_banner.setVisible(self.is_demo)
        self.demo_label.setVisible(self.is_demo)
        self.database_label.setText(f"Cơ sở dữ liệu: {self.db.display_name}")
        self.database_label.setToolTip(self.db.display_name)
        suffix = " (dữ liệu mẫu)" if self.is_demo else ""
        name = self.db.path.name if self.db.path is not None else self.db.display_name
        self.setWindowTitle(f"{APP_TITLE} — {name}{suffix}")

    # Sections and year -----------------------------------------------------------------------
    def default_year(self) -> int:
        return DEMO_YEAR if self.is_demo else date.today().year

    @property
    def sections(self) -> list[str]:
        return list(SECTIONS)

    def current_section(self) -> str:
        page = self.stack.currentWidget()
        return page.section if isinstance(page, Page) else self.sections[0]

    def current_page(self) -> Page:
        return self.pages[self.current_section()]

    def show_section(self, key: str) -> None:
        if key == TRASH_SECTION:
            self.navigation.setCurrentRow(-1)
            self.navigation.clearSelection()
            self.trash_navigation.setCurrentRow(0)
            self.stack.setCurrentWidget(self.pages[key])
            self.section_actions[key].setChecked(True)
            return
        self.navigation.setCurrentRow(self.sections.index(key))

    def _on_navigation_row(self, row: int) -> None:
        if row < 0:
            return
        self.trash_navigation.setCurrentRow(-1)
        self.trash_navigation.clearSelection()
        key = self.sections[row]
        self.stack.setCurrentWidget(self.pages[key])
        self.section_actions[key].setChecked(True)

    def set_year(self, year: int) -> None:
        if self.year_selector.value() != year:
            self.year_selector.setValue(year)  # emits valueChanged, which comes back here
            return
        if year == self.year:
            return
        self.year = year
        self.year_changed.emit(year)

    def broadcast_change(self, kind: str) -> None:
        """A page changed records of `kind`: every page that shows them reads them again."""
        self.update_undo_action()
        for page in self.pages.values():
            page.on_data_changed(kind)
        self.reminders.refresh()

    # Drill-down and reminders ----------------------------------------------------------------
    def setup_reminders(self) -> None:
        """Việc cần làm: a panel at the side, shown at start when something is due."""
        self.reminders = RemindersPanel(self.db, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminders)
        self.resizeDocks([self.reminders], [300], Qt.Orientation.Horizontal)
        self.reminders.hide()
        self.reminders.open_list.connect(self.open_list)
        self.pages["overview"].open_list_requested.connect(self.open_list)  # type: ignore[attr-defined]
        toggle = self.reminders.toggleViewAction()
        toggle.setObjectName("remindersAction")
        toggle.setToolTip("Hiện hoặc ẩn danh sách việc quá hạn, sắp đến hạn")
        self.findChild(QToolBar, "mainToolbar").addAction(toggle)
        self.reminders.start()

    def open_list(self, section: str, flt: ListFilter | None = None) -> None:
        """Show a section; a list section shows the records of `flt` (the drill-down)."""
        self.show_section(section)
        page = self.pages[section]
        if flt is not None and hasattr(page, "apply_filter"):
            page.apply_filter(flt)

    # Undo ------------------------------------------------------------------------------------
    def update_undo_action(self) -> None:
        last = self.undo_stack.last
        self.undo_action.setText(f"Hoàn tác: {last.description}" if last else "Hoàn tác")
        self.undo_action.setEnabled(last is not None)

    def undo_last_change(self) -> None:
        """Take back the last change of the session (Ctrl+Z); every page reads again."""
        change = self.undo_stack.last
        if change is None:
            return
        try:
            with self.db.session() as session:
                self.undo_stack.undo(session)
        except TtdnError as exc:
            QMessageBox.warning(self, "Không hoàn tác được", f"{change.description}: {exc}")
            return
        self.statusBar().showMessage(f"Đã hoàn tác: {change.description}", 5000)
        self.broadcast_change(str(change.model.__tablename__))

    # Switching databases ---------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        """Show another database; the old one is closed."""
        old, self.db = self.db, db
        if old is not db:
            old.close()
        self.undo_stack.clear()  # its changes belong to the old database
        self.update_undo_action()
        self.is_demo = database_is_demo(db)
        self.year = self.default_year()
        self.year_selector.blockSignals(True)
        self.year_selector.setValue(self.year)
        self.year_selector.blockSignals(False)
        for page in self.pages.values():
            page.db = db
            page.year = self.year
            page.refresh()
        self.reminders.set_database(db)
        self.show_database_state()
        self.database_changed.emit()

    def open_target(self, target: str | None, *, create: bool = True) -> bool:
        try:
            db = open_database(target, create=create)
        except DatabaseOpenError as exc:
            QMessageBox.critical(self, "Không mở được cơ sở dữ liệu", str(exc))
            return False
        self.set_database(db)
        return True

    def choose_database(self) -> None:
        start = str(self.db.path.parent if self.db.path is not None else data_dir())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Mở cơ sở dữ liệu",
            start,
            "Cơ sở dữ liệu TTĐN (*.sqlite *.db);;Tất cả các tệp (*)",
        )
        if path and self.open_target(path, create=False):
            self.offer_first_start()

    def open_demo(self) -> None:
        try:
            db = open_demo_database()
        except DatabaseOpenError as exc:
            QMessageBox.critical(self, "Không mở được dữ liệu mẫu", str(exc))
            return
        self.set_database(db)

    def open_home(self) -> None:
        if self.open_target(self.home_target):
            self.offer_first_start()

    def offer_first_start(self) -> bool:
        """Welcome the officer when this database has no unit yet (never on the demo).

        Returns:
            whether the welcome dialog was shown.
        """
        if self.is_demo or has_own_unit(self.db):
            return False
        # Imported here: its form is needed once per new database, not at every start.
        from ttdn_desktop.gui.first_start import FirstStartChoice, FirstStartDialog

        dialog = FirstStartDialog(self)
        dialog.exec()
        if dialog.choice is FirstStartChoice.DEMO:
            self.open_demo()
        elif dialog.choice is FirstStartChoice.OWN_UNIT and self.edit_profile():
            self.add_starter_catalogue()
            self.start_year_plan()
        return True

    def add_starter_catalogue(self) -> None:
        """Topics and central outlets to pick in the first records (an empty catalogue only)."""
        from ttdn_desktop.core.starter import add_starter_catalogue

        try:
            with self.db.session() as session:
                add_starter_catalogue(session)
        except Exception:
            # A convenience: the officer can still add every entry by hand.
            log.exception("could not add the starter catalogue")
            return
        self.broadcast_change("organizations")
        self.broadcast_change("topics")

    def start_year_plan(self) -> None:
        """After the profile, the year's plan comes first: Kế hoạch page, its add button focused."""
        self.show_section("documents")
        page = self.pages["documents"]
        records = getattr(page, "records", None)
        if records is None:
            return
        empty_button = getattr(records, "empty_plan_button", None)
        if empty_button is not None and empty_button.isVisibleTo(page):
            empty_button.setFocus()
            return
        button = records.toolbar.widgetForAction(records.add_action)
        if button is not None:
            button.setFocus()

    def edit_profile(self) -> bool:
        # Imported here: its generated form costs 10 ms, and start never needs it.
        from ttdn_desktop.gui.profile_dialog import UnitProfileDialog

        dialog = UnitProfileDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.broadcast_change("unit")
            return True
        return False

    # Help ------------------------------------------------------------------------------------
    def show_help(self, section: str) -> HelpWindow:
        """Open the user guide (one window, kept) at the section of `section`."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.show_section(section)
        return self.help_window

    def show_about(self) -> None:
        from ttdn_desktop.gui.about_dialog import AboutDialog  # not needed at start

        AboutDialog(self.db, is_demo=self.is_demo, parent=self).exec()

    # Remembering the window ------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        section = self.settings.value(SECTION_KEY)
        self.show_section(section if section in self.pages else self.sections[0])

    def save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(SECTION_KEY, self.current_section())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.data_actions.shutdown()
        self.save_state()
        super().closeEvent(event)
