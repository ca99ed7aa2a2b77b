"""The list of one family of records: toolbar, search, filters, the table and its empty state.

Every section that records work (văn bản, hướng dẫn, hội nghị, báo chí, sự kiện, sản phẩm, tập
huấn, danh mục) is a `RecordListPage` over one family of `core.listing.FAMILIES`; the Thùng rác
page uses the same `RecordList` in trash mode. Records are added and edited in the editors of
`gui.editors`, always called through `open_editor` (tests patch it); deleting moves records to
the trash through the window's undo stack, so Ctrl+Z takes it back.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from ttdn_desktop.core import labels, listing, records, scope
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.errors import TtdnError
from ttdn_desktop.core.listing import ListFilter
from ttdn_desktop.core.periods import ROMAN_QUARTERS, Period
from ttdn_desktop.core.records import RecordData
from ttdn_desktop.core.undo import UndoStack, restore_tracked, trash_tracked
from ttdn_desktop.gui.formatting import format_count
from ttdn_desktop.gui.pages.base import Page
from ttdn_desktop.gui.record_model import RecordTableModel

SEARCH_DELAY_MS = 250
MAX_SELECTION_RANGES = 1000
ALL = None  # the data of the "every …" item of a filter combo
ALL_UNITS_CODE = "all"  # the data of the unit filter's last item

# What one record of a family is called in buttons and messages.
NOUNS: dict[str, str] = {
    "documents": "văn bản",
    "guidance": "văn bản hướng dẫn",
    "press_events": "hội nghị, họp báo",
    "press_items": "tin, bài báo chí",
    "exhibitions": "sự kiện, triển lãm",
    "media": "sản phẩm truyền thông",
    "trainings": "hội nghị tập huấn",
    "organizations": "cơ quan, tổ chức",
    "topics": "chủ đề",
}
KIND_LABELS: dict[str, dict[str, str]] = {
    "documents": labels.DOCUMENT_KINDS,
    "organizations": labels.ORGANIZATION_KINDS,
}
DATED_FAMILIES = ("documents", "guidance", "press_events", "press_items", "exhibitions", "media")
DATED_FAMILIES += ("trainings",)
TOPIC_FAMILIES = DATED_FAMILIES


def open_editor(
    parent: QWidget,
    db: Database,
    family: str,
    record_id: int | None,
    undo: UndoStack,
    *,
    initial: RecordData | None = None,
) -> int | None:
    """Open the modal editor of a record (new when `record_id` is None); the saved id or None.

    The editors live in `gui.editors`, imported only when needed.
    """
    try:
        from ttdn_desktop.gui import editors
    except ModuleNotFoundError as exc:
        if exc.name != "ttdn_desktop.gui.editors":
            raise
        QMessageBox.information(
            parent,
            "Chưa có biểu mẫu nhập",
            "Biểu mẫu nhập, sửa bản ghi đang được xây dựng và sẽ có trong phiên bản tới.",
        )
        return None
    return editors.edit_record(parent, db, family, record_id, undo, initial=initial)


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def changed_kind(family: str) -> str:
    """What `data_changed` says when records of this family change: their table."""
    return str(records.FAMILY_MODELS[family].__tablename__)


def _filter_combo(name: str, tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the page is narrow (the filters)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing * 2
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class RecordList(QWidget):
    """Toolbar, search, filters, table and empty state over one family.

    Args:
        db: the open database.
        family: a key of `listing.FAMILIES`.
        year: the year of the window's year selector (the default period).
        trash: list what is in the trash, with "Khôi phục" as the only action.
        description: what belongs in this list, shown when it is empty.
    """

    data_changed = Signal(str)

    def __init__(
        self,
        db: Database,
        family: str,
        year: int,
        *,
        trash: bool = False,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"recordList_{family}")
        self.db = db
        self.family = family
        self.year = year
        self.trash = trash
        self.description = description
        self.noun = NOUNS[family]
        self.undo_stack = UndoStack()  # the window gives its own
        self.model = RecordTableModel(db, family, self)
        self.model.highlight_overdue = self.model.highlight_overdue and not trash
        self._combo_items: dict[str, list[tuple[int, str]]] = {}
        self.outside_period: Period | None = None  # see apply_filter
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.setup_ui()

    # Building --------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # What a drill-down from Tổng quan asks that no control shows (see set_carried).
        self.carried = ListFilter()
        self.carried_label = QLabel()
        self.carried_label.setObjectName("carriedFilter")
        self.carried_label.setWordWrap(True)
        self.carried_label.setTextFormat(Qt.TextFormat.RichText)
        self.carried_label.linkActivated.connect(lambda _link: self.clear_filters())
        self.carried_label.hide()
        self.setup_actions()
        layout.addLayout(self.build_toolbar_row())
        filters = self.build_filters()
        if filters is not None:
            layout.addWidget(filters)
        layout.addWidget(self.carried_label)
        self.views = QStackedWidget()
        self.views.addWidget(self.build_table())
        self.views.addWidget(self.build_empty_state())
        layout.addWidget(self.views, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("recordCount")
        layout.addWidget(self.status_label)

    def _action(
        self, text: str, name: str, slot: Any, keys: Sequence[QKeySequence] = ()
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts(list(keys))
            shown = " hoặc ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            action.setToolTip(f"{text.rstrip('…')} ({shown})")
        return action

    def setup_actions(self) -> None:
        if self.trash:
            self.restore_action = self._action("Khôi phục", "restoreAction", self.restore_selected)
            self.restore_action.setToolTip("Đưa các bản ghi đã chọn trở lại danh sách")
            self.record_actions = [self.restore_action]
            self.table_actions = [self.restore_action]
            return
        self.add_action = self._action(
            "Thêm", "addAction", self.add_record, [QKeySequence("Ctrl+N")]
        )
        # Enter and double-click reach it through the table's `activated` (the platform's way).
        self.edit_action = self._action("Sửa", "editAction", self.edit_selected)
        self.edit_action.setToolTip("Sửa bản ghi đang chọn (Enter hoặc nhấp đúp)")
        self.duplicate_action = self._action("Nhân bản", "duplicateAction", self.duplicate_selected)
        self.duplicate_action.setToolTip("Thêm một bản ghi mới chép từ bản ghi đang chọn")
        self.delete_action = self._action(
            "Xóa",
            "deleteAction",
            self.delete_selected,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
        )
        # Delete belongs to the table only: in the search box it edits the text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.record_actions = [self.edit_action, self.duplicate_action, self.delete_action]
        self.table_actions = [self.add_action, self.edit_action, self.duplicate_action]
        if self.family == "press_items":
            self.status_action = self._action(
                "Cập nhật trạng thái…", "statusAction", self.edit_selected
            )
            self.status_action.setToolTip(
                "Ghi việc chuyển xử lý, hạn, kết quả và trạng thái của tin, bài đang chọn"
            )
            self.record_actions.append(self.status_action)
            self.table_actions.append(self.status_action)
        self.table_actions.append(self.delete_action)
        self.addAction(self.add_action)
        self.find_action = self._action(
            "Tìm", "findAction", self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.addAction(self.find_action)

    def build_toolbar_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("recordToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.trash:
            self.toolbar.addAction(self.restore_action)
        else:
            for action in (self.add_action, self.edit_action, self.duplicate_action):
                self.toolbar.addAction(action)
            if self.family == "press_items":
                self.toolbar.addAction(self.status_action)
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.delete_action)
        row.addWidget(self.toolbar)
        row.addStretch(1)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Tìm (không cần gõ dấu)…")
        self.search_box.setToolTip("Tìm theo mọi chữ của bản ghi (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        row.addWidget(self.search_box)
        return row

    def build_filters(self) -> QWidget | None:
        family = listing.FAMILIES[self.family]
        self.filters = QWidget()
        self.filters.setObjectName("recordFilters")
        row = FlowLayout(self.filters)
        self.period_combo: QComboBox | None = None
        self.kind_combo: QComboBox | None = None
        self.organization_combo: QComboBox | None = None
        self.topic_combo: QComboBox | None = None
        self.status_combo: QComboBox | None = None
        self.open_only: QCheckBox | None = None
        self.overdue_only: QCheckBox | None = None
        self.unit_combo: QComboBox | None = None
        self.unit_group: QWidget | None = None
        if self.trash:
            return None

        def add(caption: str, widget: QWidget) -> QWidget:
            group = QWidget()
            pair = QHBoxLayout(group)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(4)
            label = QLabel(caption)
            label.setBuddy(widget)
            pair.addWidget(label)
            pair.addWidget(widget)
            row.add(group)
            return group

        if self.family in DATED_FAMILIES:
            self.period_combo = _filter_combo("periodFilter", "Thời gian của bản ghi")
            self.period_combo.setMinimumContentsLength(10)
            self.fill_periods()
            add("Thời &gian:", self.period_combo)
        if len(family.kinds) > 1:
            self.kind_combo = _filter_combo("kindFilter", "Loại bản ghi")
            self.kind_combo.addItem("Mọi loại", ALL)
            names = KIND_LABELS.get(self.family, labels.ACTIVITY_KINDS)
            for kind in family.kinds:
                self.kind_combo.addItem(names.get(kind, kind), kind)
            add("&Loại:", self.kind_combo)
        if self.family == "press_items":
            self.status_combo = _filter_combo("statusFilter", "Trạng thái xử lý")
            self.status_combo.setMinimumContentsLength(10)
            self.status_combo.addItem("Mọi trạng thái", ALL)
            for code, text in labels.PRESS_STATUSES.items():
                self.status_combo.addItem(text, code)
            add("&Trạng thái:", self.status_combo)
        if self.family in DATED_FAMILIES:
            self.organization_combo = _filter_combo(
                "organizationFilter", "Cơ quan chủ trì, phối hợp, ban hành, nhận hoặc đăng tin"
            )
            self.organization_combo.setEditable(True)
            self.organization_combo.setMinimumContentsLength(18)
            self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.organization_combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.organization_combo.lineEdit().editingFinished.connect(self.settle_organization)
            add("&Cơ quan:", self.organization_combo)
        if self.family in TOPIC_FAMILIES:
            self.topic_combo = _filter_combo("topicFilter", "Chủ đề tuyên truyền")
            add("C&hủ đề:", self.topic_combo)
        if hasattr(family.model, "unit_id"):
            # Shown once packages of other units were received: by default a list holds the
            # own unit's records, as Tổng quan counts them.
            self.unit_combo = _filter_combo(
                "unitFilter", "Số liệu của đơn vị mình, hoặc của đơn vị đã gửi gói dữ liệu lên"
            )
            self.unit_combo.addItem(labels.SCOPE_OWN_UNIT, None)
            self.unit_group = add("Đơn &vị:", self.unit_combo)
            self.unit_group.setVisible(False)
        if self.family == "press_items":
            self.open_only = QCheckBox("Chỉ việc còn &mở")
            self.open_only.setObjectName("openOnly")
            self.open_only.setToolTip("Mới tiếp nhận, đang xử lý hoặc tiếp tục theo dõi")
            self.overdue_only = QCheckBox("Chỉ việc &quá hạn")
            self.overdue_only.setObjectName("overdueOnly")
            self.overdue_only.setToolTip("Việc còn mở đã qua hạn xử lý")
            row.add(self.open_only)
            row.add(self.overdue_only)
        # The organisations and topics are read by refresh() (and apply_filter), when the list
        # is first shown, not by every page while the window is being built.
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        for box in (self.open_only, self.overdue_only):
            if box is not None:
                box.toggled.connect(lambda _on: self.refresh())
        return self.filters if row.count() else None

    def filter_combos(self) -> list[QComboBox]:
        combos = (
            self.period_combo,
            self.kind_combo,
            self.status_combo,
            self.organization_combo,
            self.topic_combo,
            self.unit_combo,
        )
        return [c for c in combos if c is not None]

    def build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.table_actions:
            self.table.addAction(action)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: Qt never measures the cells of rows it does not draw.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.size_columns()
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.sort_order())
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self.keep_sort_indicator)
        self.table.activated.connect(self.on_activated)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        return self.table

    def keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A column the database cannot sort by (topics) leaves the indicator where it was."""
        if self.model.columns[column].sort is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.sort_order())
            header.blockSignals(False)

    def sort_order(self) -> Qt.SortOrder:
        if self.model.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def size_columns(self) -> None:
        """Widths from the family's hints, never from the cells (that would read every row)."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.table.fontMetrics()
        char = metrics.horizontalAdvance("n")
        header_metrics = header.fontMetrics()
        widest = max(range(len(self.model.columns)), key=lambda i: self.model.columns[i].width)
        for i, column in enumerate(self.model.columns):
            label = header_metrics.horizontalAdvance(column.label) + 32  # room for the arrow
            header.resizeSection(i, max(column.width * char + 12, label))
            mode = (
                QHeaderView.ResizeMode.Stretch
                if i == widest
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(i, mode)

    def build_empty_state(self) -> QWidget:
        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        layout = QVBoxLayout(self.empty_state)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(10)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setWordWrap(True)
        layout.addWidget(self.empty_title)
        self.empty_text = QLabel(self.description)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setMaximumWidth(720)
        layout.addWidget(self.empty_text)
        buttons = QHBoxLayout()
        self.empty_add_button = QPushButton(f"Thêm {self.noun}")
        self.empty_add_button.setObjectName("emptyAddButton")
        self.empty_add_button.clicked.connect(self.add_record)
        self.empty_add_button.setVisible(not self.trash)
        self.clear_filters_button = QPushButton("Bỏ tìm, lọc")
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        # The year's plan comes first (the first-start guide's second step): a button that opens
        # the editor already set to Kế hoạch, with its targets tab, instead of a Công văn.
        self.empty_plan_button: QPushButton | None = None
        if self.family == "documents":
            self.empty_plan_button = QPushButton(f"Thêm kế hoạch TTĐN năm {self.year}")
            self.empty_plan_button.setObjectName("emptyPlanButton")
            self.empty_plan_button.clicked.connect(self.add_plan)
            # A row of its own: beside the other two it would widen the whole window.
            plan_row = QHBoxLayout()
            plan_row.addWidget(self.empty_plan_button)
            plan_row.addStretch(1)
            layout.addLayout(plan_row)
        buttons.addWidget(self.empty_add_button)
        buttons.addWidget(self.clear_filters_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return self.empty_state

    # Filters ---------------------------------------------------------------------------------
    def fill_periods(self) -> None:
        combo = self.period_combo
        if combo is None:
            return
        current = combo.currentData() if combo.count() else ("year",)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f"Năm {self.year}", ("year",))
        for quarter, roman in ROMAN_QUARTERS.items():
            combo.addItem(f"Quý {roman}/{self.year}", ("quarter", quarter))
        combo.addItem("Tất cả các năm", ("all",))
        if self.outside_period is not None:
            combo.addItem(self.outside_period.title, ("outside",))
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def fill_catalogue_filters(self) -> None:
        """The organisations, topics and sending units to filter by, read again (they change)."""
        combos = (self.organization_combo, self.topic_combo, self.unit_combo)
        if all(combo is None for combo in combos):
            return
        with self.db.session() as session:
            if self.organization_combo is not None:
                organizations = self._names(session, "organizations")
                self._refill(self.organization_combo, "Mọi cơ quan, tổ chức", organizations)
            if self.topic_combo is not None:
                self._refill(self.topic_combo, "Mọi chủ đề", self._names(session, "topics"))
            if self.unit_combo is not None:
                self._refill_units(scope.sending_units(session))

    @staticmethod
    def _names(session: Any, family: str) -> list[tuple[int, str]]:
        ids = listing.matching_ids(session, family, ListFilter())
        cells = listing.rows(session, family, ids)
        names = []
        for record_id in ids:
            name, short = cells[record_id][0], cells[record_id][1]
            if family == "organizations" and short and short != name:
                names.append((record_id, f"{name} ({short})"))
            else:
                names.append((record_id, str(name)))
        return names

    def _refill_units(self, units: list[tuple[int, str]]) -> None:
        combo, group = self.unit_combo, self.unit_group
        assert combo is not None and group is not None
        group.setVisible(bool(units))
        if self._combo_items.get("unitFilter") == units:
            return
        self._combo_items["unitFilter"] = units
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(labels.SCOPE_OWN_UNIT, None)
        for unit_id, name in units:
            combo.addItem(name, unit_id)
        if units:
            combo.addItem(labels.SCOPE_ALL_UNITS, ALL_UNITS_CODE)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _refill(self, combo: QComboBox, every: str, items: list[tuple[int, str]]) -> None:
        if self._combo_items.get(combo.objectName()) == items:
            return  # the catalogue did not change: keep the combo as the officer left it
        self._combo_items[combo.objectName()] = items
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(every, ALL)
        for record_id, name in items:
            combo.addItem(name, record_id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        if combo.lineEdit() is not None:
            combo.lineEdit().setCursorPosition(0)  # the start of a long name, not its end
        combo.blockSignals(False)

    def settle_organization(self) -> None:
        """Typed text that names no organisation goes back to the chosen one."""
        combo = self.organization_combo
        if combo is None:
            return
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            combo.setEditText(combo.itemText(combo.currentIndex()))
        elif index != combo.currentIndex():
            combo.setCurrentIndex(index)

    def period(self) -> Period | None:
        if self.trash or self.period_combo is None:
            return None
        choice = self.period_combo.currentData() or ("year",)
        if choice[0] == "quarter":
            return Period.quarter(self.year, choice[1])
        if choice[0] == "all":
            return None
        if choice[0] == "outside" and self.outside_period is not None:
            return self.outside_period
        return Period.year(self.year)

    def current_filter(self) -> ListFilter:
        def chosen(combo: QComboBox | None) -> Any:
            return combo.currentData() if combo is not None else None

        kind, status = chosen(self.kind_combo), chosen(self.status_combo)
        unit = chosen(self.unit_combo)
        if isinstance(status, (list, tuple)):  # several statuses, given from outside
            statuses = tuple(status)
        else:
            statuses = (status,) if status else ()
        return ListFilter(
            period=None if self.carried.handled_in else self.period(),
            kinds=(kind,) if kind else (),
            statuses=statuses,
            organization_id=chosen(self.organization_combo),
            topic_id=chosen(self.topic_combo),
            text=self.search_box.text(),
            open_only=bool(self.open_only and self.open_only.isChecked()),
            overdue_only=bool(self.overdue_only and self.overdue_only.isChecked()),
            in_trash=self.trash,
            unit_id=unit if isinstance(unit, int) else None,
            all_units=unit == ALL_UNITS_CODE,
            handled_in=self.carried.handled_in,
            direction=self.carried.direction,
            with_guidance=self.carried.with_guidance,
        )

    def filters_active(self) -> bool:
        """Whether something besides the period narrows the list."""
        flt = self.current_filter()
        return bool(
            self.carried != ListFilter()
            or flt.kinds
            or flt.statuses
            or flt.organization_id
            or flt.topic_id
            or flt.text.strip()
            or flt.open_only
            or flt.overdue_only
        )

    def clear_filters(self) -> None:
        self.search_timer.stop()
        self.set_carried(ListFilter())
        for widget in [*self.filter_combos(), self.open_only, self.overdue_only, self.search_box]:
            if widget is not None:
                widget.blockSignals(True)
        for combo in self.filter_combos():
            if combo is not self.period_combo:
                combo.setCurrentIndex(0)
        for box in (self.open_only, self.overdue_only):
            if box is not None:
                box.setChecked(False)
        self.search_box.clear()
        for widget in [*self.filter_combos(), self.open_only, self.overdue_only, self.search_box]:
            if widget is not None:
                widget.blockSignals(False)
        self.refresh()

    def set_carried(self, flt: ListFilter) -> None:
        """Keep the parts of a drill-down filter that no control shows, and say so in the page."""
        self.carried = ListFilter(
            handled_in=flt.handled_in, direction=flt.direction, with_guidance=flt.with_guidance
        )
        parts = []
        if flt.handled_in is not None:
            parts.append(f"đã xử lý xong {flt.handled_in.range_text}")
        if flt.direction == "issued":
            parts.append("văn bản đơn vị ban hành")
        elif flt.direction == "incoming":
            parts.append("văn bản đến")
        if flt.with_guidance:
            parts.append("kể cả văn bản hướng dẫn tuyên truyền")
        self.carried_label.setText(
            f"Đang lọc theo số liệu Tổng quan: {html.escape('; '.join(parts))}. "
            '<a href="clear">Bỏ lọc này</a>'
            if parts
            else ""
        )
        self.carried_label.setVisible(bool(parts))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # Reading ---------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.model.db = db

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.outside_period = None  # a period given from outside belongs to its year
            self.set_carried(ListFilter())
        self.year = year
        if self.empty_plan_button is not None:
            self.empty_plan_button.setText(f"Thêm kế hoạch TTĐN năm {year}")
        self.fill_periods()

    def apply_filter(self, flt: ListFilter) -> None:
        """Show the records of a filter made elsewhere (the Tổng quan drill-down).

        Every filter widget is set to what the filter asks; a period other than the year or a
        quarter, and several statuses at once, become an extra item of their combo.
        """
        self.search_timer.stop()
        self.set_carried(flt)
        self.fill_catalogue_filters()  # the organisation or topic asked for must be an item
        widgets = [*self.filter_combos(), self.open_only, self.overdue_only, self.search_box]
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(True)
        if self.period_combo is not None:
            self.outside_period = None
            choice: tuple[Any, ...] = ("all",)
            if flt.period == Period.year(self.year):
                choice = ("year",)
            elif flt.period is not None:
                quarters = {Period.quarter(self.year, q): q for q in ROMAN_QUARTERS}
                if flt.period in quarters:
                    choice = ("quarter", quarters[flt.period])
                else:
                    self.outside_period = flt.period
                    choice = ("outside",)
            self.fill_periods()
            self.period_combo.setCurrentIndex(max(self.period_combo.findData(choice), 0))
        if self.kind_combo is not None:
            kind = flt.kinds[0] if len(flt.kinds) == 1 else ALL
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        if self.status_combo is not None:
            for index in range(self.status_combo.count() - 1, 0, -1):
                if isinstance(self.status_combo.itemData(index), (list, tuple)):
                    self.status_combo.removeItem(index)
            if len(flt.statuses) > 1:
                names = ", ".join(labels.PRESS_STATUSES[s] for s in flt.statuses)
                self.status_combo.addItem(names, list(flt.statuses))
                self.status_combo.setCurrentIndex(self.status_combo.count() - 1)
            else:
                status = flt.statuses[0] if flt.statuses else ALL
                self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        for combo, wanted in (
            (self.organization_combo, flt.organization_id),
            (self.topic_combo, flt.topic_id),
        ):
            if combo is not None:
                combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted else 0)
        if self.open_only is not None:
            self.open_only.setChecked(flt.open_only)
        if self.overdue_only is not None:
            self.overdue_only.setChecked(flt.overdue_only)
        self.search_box.setText(flt.text)
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the matching records again, keeping the selection on the same records."""
        self.search_timer.stop()
        self.model.db = self.db
        keep = self.selected_ids()
        current = self.current_id()
        self.fill_catalogue_filters()
        self.model.set_filter(self.current_filter())
        self.select_ids(keep, current)
        self.show_count()
        self.update_actions()

    def show_count(self) -> None:
        count = self.model.rowCount()
        text = f"{format_count(count)} bản ghi"
        if self.family == "press_items" and not self.trash and count:
            flt = self.current_filter()
            flt.overdue_only = True
            with self.db.session() as session:
                overdue = listing.count_matching(session, self.family, flt)
            if overdue:
                text += f" · {format_count(overdue)} việc quá hạn"
        self.status_label.setText(text)
        if count:
            self.views.setCurrentWidget(self.table)
            return
        searching = self.filters_active()
        if self.trash:
            self.empty_title.setText(f"Thùng rác không có {self.noun} nào.")
        elif searching:
            self.empty_title.setText("Không có bản ghi nào khớp với điều kiện tìm, lọc.")
        else:
            period = self.period()
            when = f" trong {period.name}" if period is not None else ""
            self.empty_title.setText(f"Chưa có {self.noun} nào{when}.")
        self.empty_text.setVisible(not searching and bool(self.description))
        self.clear_filters_button.setVisible(searching)
        self.views.setCurrentWidget(self.empty_state)

    # Selection -------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for r in rows if (i := self.model.id_at(r)) is not None]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        """Select these records where they are in the list; the current one made visible."""
        selection_model = self.table.selectionModel()
        rows = self.model.rows_of(ids)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        # One range per run of neighbouring rows: few Qt calls even for thousands of rows.
        for first, final in _runs(rows)[:MAX_SELECTION_RANGES]:
            selection.select(self.model.index(first, 0), self.model.index(final, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is None and rows:
            current_row = rows[0]
        if current_row is not None:
            index = self.model.index(current_row, 0)
            selection_model.setCurrentIndex(index, flags.NoUpdate)
            self.table.scrollTo(index)

    def update_actions(self, *_args: Any) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        for action in self.record_actions:
            single = action in (
                getattr(self, "edit_action", None),
                getattr(self, "duplicate_action", None),
                getattr(self, "status_action", None),
            )
            action.setEnabled(selected == 1 if single else selected > 0)

    # Changing --------------------------------------------------------------------------------
    def _edit(self, record_id: int | None, initial: RecordData | None = None) -> int | None:
        """The one way to the editors (tests patch `open_editor`)."""
        return open_editor(
            self.window(), self.db, self.family, record_id, self.undo_stack, initial=initial
        )

    def after_change(self, select: Sequence[int] = ()) -> None:
        self.refresh()
        if select:
            self.select_ids(select, select[0])
        self.data_changed.emit(changed_kind(self.family))

    def add_record(self) -> None:
        if self.trash:
            return
        saved = self._edit(None)
        if saved is not None:
            self.after_change([saved])

    def add_plan(self) -> None:
        """A new document of kind Kế hoạch, issued by the unit."""
        saved = self._edit(None, records.DocumentData(kind="plan", direction="issued"))
        if saved is not None:
            self.after_change([saved])

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None or record_id not in self.selected_ids():
            ids = self.selected_ids()
            record_id = ids[0] if ids else None
        if record_id is None or self.trash:
            return
        saved = self._edit(record_id)
        if saved is not None:
            self.after_change([saved])

    def on_activated(self, index: QModelIndex) -> None:
        if self.trash:
            self.restore_selected()
        elif index.isValid():
            self.edit_selected()

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.trash:
            return
        model = records.FAMILY_MODELS[self.family]
        try:
            with self.db.session() as session:
                copy = records.duplicate(session, model, ids[0])
        except TtdnError as exc:
            QMessageBox.warning(self, "Không nhân bản được", str(exc))
            return
        saved = self._edit(None, initial=copy)
        if saved is not None:
            self.after_change([saved])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.trash:
            return
        count = format_count(len(ids))
        answer = QMessageBox.question(
            self,
            "Xóa bản ghi",
            f"Chuyển {count} bản ghi đã chọn vào Thùng rác?\n\n"
            "Có thể lấy lại trong Thùng rác, hoặc hoàn tác ngay bằng Ctrl+Z.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        model = records.FAMILY_MODELS[self.family]
        row = min(self.model.rows_of(ids), default=0)
        try:
            with self.db.session() as session:
                trash_tracked(session, model, ids, self.undo_stack, f"Xóa {count} bản ghi")
        except TtdnError as exc:
            QMessageBox.warning(self, "Không xóa được", str(exc))
            return
        self.refresh()
        # The row that took the place of the first deleted one is the natural next selection.
        next_id = self.model.id_at(min(row, self.model.rowCount() - 1))
        if next_id is not None:
            self.select_ids([next_id], next_id)
        self.data_changed.emit(changed_kind(self.family))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.trash:
            return
        model = records.FAMILY_MODELS[self.family]
        count = format_count(len(ids))
        try:
            with self.db.session() as session:
                restore_tracked(session, model, ids, self.undo_stack, f"Khôi phục {count} bản ghi")
        except TtdnError as exc:
            QMessageBox.warning(self, "Không khôi phục được", str(exc))
            return
        self.after_change()


class RefreshWhenShown:
    """A page that reads again only when it is on screen: a hidden page remembers to.

    Every change refreshes every page; with large lists reading those nobody looks at would
    make each change wait for all of them.
    """

    _stale = False

    def refresh_when_shown(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True

    def on_data_changed(self, kind: str) -> None:
        self.refresh_when_shown()

    def set_year(self, year: int) -> None:
        if year != self.year:  # type: ignore[has-type]
            self.year = year
            self.refresh_when_shown()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]


class RecordListPage(RefreshWhenShown, Page):
    """A section of the window that lists one family of records."""

    family = ""
    description = ""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(db, year, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading(self.title))
        self.records = RecordList(db, self.family, year, description=self.description)
        self.records.data_changed.connect(self.data_changed)
        layout.addWidget(self.records, 1)
        # Read on first show (RefreshWhenShown.showEvent): the window builds every page at start,
        # and reading the lists nobody looks at cost a third of the start on 100,000 records.
        self._stale = True

    @property
    def undo_stack(self) -> UndoStack:
        return self.records.undo_stack

    @undo_stack.setter
    def undo_stack(self, stack: UndoStack) -> None:
        self.records.undo_stack = stack

    @property
    def model(self) -> RecordTableModel:
        return self.records.model

    def refresh(self) -> None:
        self.records.set_database(self.db)
        self.records.set_year(self.year)
        self.records.refresh()

    def apply_filter(self, flt: ListFilter) -> None:
        """Show this filter's records (the drill-down of Tổng quan)."""
        self._stale = False
        self.records.set_database(self.db)
        self.records.set_year(self.year)
        self.records.apply_filter(flt)
