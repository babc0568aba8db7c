"""The journal list as a paged table model, smooth at 100,000 reflections.

``rowCount`` comes from an indexed count; rows are fetched 256 at a time by position
(``ids_at`` walks an index, ``get_many`` reads those rows) the first time a view asks for one
of them, and a few recent pages are kept (LRU). Each cached row is already a tuple of display
strings, so ``data()`` only indexes into it. Bodies are not kept: only their first line.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rmdesk.domain.models import Reflection
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.store.repositories.reflection_query import ReflectionFilter
from rmdesk.ui.kit.dates import day_and_clock_text
from rmdesk.ui.kit.plain_text import markdown_first_line

COL_DATE = 0
COL_TEXT = 1
COL_TAGS = 2
COL_LINK = 3
COLUMN_COUNT = 4
PAGE_SIZE = 256
CACHED_PAGES = 8
ROLE_ID = Qt.ItemDataRole.UserRole
FIRST_LINE_SCAN = 2000  # look for the first line only here: a body may be megabytes long

LinkText = Callable[[int | None, int | None], str]
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: the (only) parent of a flat model's rows


@dataclass(frozen=True, slots=True)
class ReflectionRow:
    reflection_id: int
    date: str
    first_line: str
    tags: str
    link: str
    tooltip: str

    def column(self, column: int) -> str:
        return (self.date, self.first_line, self.tags, self.link)[column]


def local_time_text(when: datetime) -> str:
    """An aware time in the person's time zone and locale (short form)."""
    return day_and_clock_text(when.astimezone())


def first_line(reflection: Reflection) -> str:
    # The list shows words, not Markdown syntax ("## Today", "**bold**").
    line = one_line(markdown_first_line(reflection.body[:FIRST_LINE_SCAN]))
    if line:
        return line
    if reflection.prompt:
        return one_line(reflection.prompt)
    return QCoreApplication.translate("ReflectionList", "(empty)")


def make_row(reflection: Reflection, link_text: LinkText) -> ReflectionRow:
    assert reflection.id is not None
    date = local_time_text(reflection.created_at)
    return ReflectionRow(
        reflection_id=reflection.id,
        date=date,
        first_line=first_line(reflection),
        tags=neutralise(", ".join(reflection.tags)),
        link=link_text(reflection.meeting_id, reflection.goal_id),
        tooltip=QCoreApplication.translate("ReflectionList", "Written {0}").format(date),
    )


class ReflectionListModel(QAbstractTableModel):
    def __init__(
        self,
        repository: ReflectionRepository,
        filters: ReflectionFilter,
        link_text: LinkText,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._filters = filters
        self._link_text = link_text
        self._pages: OrderedDict[int, list[ReflectionRow]] = OrderedDict()
        self._count = repository.count(filters)

    # -- Qt model interface: trivial reads -----------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ROLE_ID,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROLE_ID:
            return row.reflection_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        return row.column(index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        t = QCoreApplication.translate
        return (
            t("ReflectionList", "Date"),
            t("ReflectionList", "Reflection"),
            t("ReflectionList", "Tags"),
            t("ReflectionList", "Linked to"),
        )[section]

    # -- paging --------------------------------------------------------------------------
    def row_at(self, row: int) -> ReflectionRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _load_page(self, number: int) -> list[ReflectionRow]:
        ids = self._repository.ids_at(number * PAGE_SIZE, PAGE_SIZE, self._filters)
        page = [make_row(r, self._link_text) for r in self._repository.get_many(ids)]
        self._pages[number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def reflection_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return None if found is None else found.reflection_id

    def row_of(self, reflection_id: int) -> int | None:
        """The row of a reflection among the pages already loaded (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.reflection_id == reflection_id:
                    return number * PAGE_SIZE + offset
        return None

    # -- changes -------------------------------------------------------------------------
    def set_filters(self, filters: ReflectionFilter) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """After an add or delete: recount, forget every page."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._repository.count(self._filters)
        self.endResetModel()

    def refresh(self, reflection: Reflection) -> None:
        """After an edit: the cached row, if any, shows the new first line, tags and link."""
        assert reflection.id is not None
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.reflection_id == reflection.id:
                    page[offset] = make_row(reflection, self._link_text)
                    at = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0), self.index(at, COLUMN_COUNT - 1))
                    return

    def clear(self) -> None:
        """Forget everything (lock): no row stays in memory."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        self.endResetModel()
