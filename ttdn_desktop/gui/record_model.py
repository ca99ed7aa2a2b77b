"""The table model behind every record list: ids only, cells fetched a page at a time.

Like Anki's browser, the model holds the ids of the matching records (sorted by the database)
and asks `listing.rows` for the cells of a page of about a hundred ids only when Qt asks to draw
one of them, so a list of 100,000 records costs one id query and one small fetch per screen.
Sorting re-queries the ids in the new order; nothing is ever sorted in Python.

The first screen does not wait for every id either: `reload` reads the first `FIRST_IDS` ids and
the count (both answered from an index in well under a millisecond), and the rest of the ids
are read the first time a row beyond them, the whole list or a row's position is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ttdn_desktop.core import listing
from ttdn_desktop.core.database import Database
from ttdn_desktop.core.listing import Cell, ListFilter
from ttdn_desktop.gui.formatting import format_count, format_date

PAGE_SIZE = 100
# Ids read before the first paint: a screen or two of rows. Reading all 45,000 ids of the press
# items of a 100,000-record database took 25-40 ms of the 50 ms the first screen may take.
FIRST_IDS = 2 * PAGE_SIZE
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8b1a12")
OVERDUE_HINT = "Quá hạn xử lý: việc còn mở đã qua hạn."
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}

AnyIndex = QModelIndex | QPersistentModelIndex
# Combined once: Python's enum `|` costs more than the rest of flags(), asked for every cell.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def display_text(value: Cell) -> str:
    """A cell as the officer reads it: dd/mm/yyyy, 1.850, or the text itself."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int):
        return format_count(value)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """The records of one family that match a filter.

    Args:
        db: the open database (one short session per query).
        family: a key of `listing.FAMILIES`.
    """

    def __init__(self, db: Database, family: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.family = family
        self.columns = listing.columns_of(family)
        spec = listing.FAMILIES[family]
        self.filter = ListFilter()
        self.sort_key = spec.default_sort
        self.descending = spec.default_descending
        self.highlight_overdue = family == "press_items"
        self._ids: list[int] = []  # all the ids, or the first FIRST_IDS while not _complete
        self._count = 0  # the rows of the list; fixed until the next reload or sort
        self._complete = True
        self._cells: dict[int, tuple[Cell, ...]] = {}
        self._overdue: set[int] = set()
        self._fetched_pages: set[int] = set()
        self._row_of: dict[int, int] | None = None
        self.fetches = 0  # how many pages were read, for tests and curiosity
        self.loaded = False  # the ids are read on the first reload(), when the list is shown

    # Queries ---------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def set_filter(self, flt: ListFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Ask the database again which records match, in the current order."""
        self.beginResetModel()
        # A search reads all its matches at once: they come from the search index, and the
        # first ids plus the count would look them up twice.
        first = None if self.filter.text.strip() else FIRST_IDS
        with self.db.session() as session:
            self._ids = listing.matching_ids(
                session, self.family, self.filter, self.sort_key, self.descending, first
            )
            self._complete = first is None or len(self._ids) < first
            self._count = (
                len(self._ids)
                if self._complete
                else max(len(self._ids), listing.count_matching(session, self.family, self.filter))
            )
        self.loaded = True
        self._clear_cache()
        self.endResetModel()

    def _read_all_ids(self) -> None:
        """The rest of the ids, read the first time they are needed (see FIRST_IDS)."""
        if self._complete:
            return
        with self.db.session() as session:
            self._ids = listing.matching_ids(
                session, self.family, self.filter, self.sort_key, self.descending
            )
        self._complete = True
        self._row_of = None
        # Rows stay `_count` until the next reload: a record added or removed meanwhile (by
        # another program) shows as an empty row or not at all, like a record gone since the
        # ids were read (see cells).

    def _clear_cache(self) -> None:
        self._cells.clear()
        self._overdue.clear()
        self._fetched_pages.clear()
        self._row_of = None

    def _fetch_page(self, page: int) -> None:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        with self.db.session() as session:
            self._cells.update(listing.rows(session, self.family, ids))
            if self.highlight_overdue:
                self._overdue.update(listing.overdue_ids(session, ids, self.filter.today))
        self._fetched_pages.add(page)
        self.fetches += 1

    def cells(self, row: int) -> tuple[Cell, ...] | None:
        """The cells of a row, read from the database the first time its page is needed."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._cells:
            page = row // PAGE_SIZE
            if page in self._fetched_pages:
                return None  # gone since the ids were read; the next reload drops it
            self._fetch_page(page)
        return self._cells.get(record_id)

    @property
    def cached_rows(self) -> int:
        return len(self._cells)

    # Ids and rows ----------------------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        self._read_all_ids()
        return self._ids[: self._count]

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        if row >= len(self._ids):
            self._read_all_ids()
        return self._ids[row] if row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        self._read_all_ids()
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        row = self._row_of.get(record_id)
        return row if row is not None and row < self._count else None

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        return sorted(r for i in ids if (r := self.row_of(i)) is not None)

    def is_overdue(self, row: int) -> bool:
        self.cells(row)
        record_id = self.id_at(row)
        return record_id is not None and record_id in self._overdue

    # Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort is None:
                return f"{column.label} (không sắp xếp theo cột này)"
            return f"Bấm để sắp xếp theo “{column.label}”"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN.get(column.align, _ALIGN["left"])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ID_ROLE:
            return self.id_at(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN.get(self.columns[column].align, _ALIGN["left"])
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        cells = self.cells(row)
        if cells is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(cells[column])
        overdue = self.highlight_overdue and self._ids[row] in self._overdue
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND) if overdue else None
        # Tooltip: the whole text when the column is likely too narrow for it.
        text = display_text(cells[column])
        long = len(text) > self.columns[column].width
        if overdue:
            return f"{text}\n\n{OVERDUE_HINT}" if long else OVERDUE_HINT
        return text if long else None

    def sort_column(self) -> int:
        keys = [c.key for c in self.columns]
        return keys.index(self.sort_key) if self.sort_key in keys else 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the ids in the order of this column (topics are not sortable)."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if (key, descending) == (self.sort_key, self.descending) and self.loaded:
            return
        self.sort_key, self.descending = key, descending
        if not self.loaded:
            return  # the view sets its sort while being built; reload() will read in this order
        self.layoutAboutToBeChanged.emit()
        self._read_all_ids()  # the selection's rows are found among all of them
        old_ids = self._ids
        with self.db.session() as session:
            self._ids = listing.matching_ids(
                session, self.family, self.filter, self.sort_key, self.descending
            )
        self._count = len(self._ids)
        self._clear_cache()
        # The selection follows its records to their new rows.
        before = self.persistentIndexList()
        after = []
        for index in before:
            row = self.row_of(old_ids[index.row()]) if index.row() < len(old_ids) else None
            after.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
