"""The journal list as a paged table model, smooth at 100,000 reflections.

Rows are fetched 32 at a time the first time a view asks for one of them, and a few recent
pages are kept (LRU). A page next to a loaded one is read along the index from that page's
edge (keyset), the last page from the end of the index (Ctrl+End costs what Home does); only
a jump far from both ends and from every loaded page uses an OFFSET (over the index only).
The first page is read at once; the row count (an O(n) walk of the index) runs on a worker
with its own connection and arrives after the list is painted: until then the list holds
the first page. Each cached row is already a tuple of display strings, so ``data()`` only
indexes into it. Bodies are not kept: only their first line.
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
    Signal,
)

from rmdesk.domain.models import Reflection
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.store.repositories.reflection_query import PageKey, ReflectionFilter
from rmdesk.store.repositories.reflection_reader import ReflectionReader
from rmdesk.ui.kit.dates import day_and_clock_text
from rmdesk.ui.kit.plain_text import markdown_first_line
from rmdesk.ui.kit.worker import LatestOnlyWorker

COL_DATE = 0
COL_TEXT = 1
COL_TAGS = 2
COL_LINK = 3
COLUMN_COUNT = 4
PAGE_SIZE = 32  # a screenful: the first paint reads little more than it shows
CACHED_PAGES = 32
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


@dataclass(frozen=True, slots=True)
class _Page:
    rows: list[ReflectionRow]
    first: PageKey
    last: PageKey


@dataclass(frozen=True, slots=True)
class _CountRequest:
    generation: int
    filters: ReflectionFilter


def _count(reader: ReflectionReader, request: _CountRequest) -> int:
    return reader.count(request.filters)


def _stop_all(workers: list[LatestOnlyWorker[ReflectionReader, _CountRequest]]) -> None:
    for worker in workers:
        worker.stop()


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
    counted = Signal()  # the row count is known (see count_known)

    def __init__(
        self,
        repository: ReflectionRepository,
        filters: ReflectionFilter,
        link_text: LinkText,
        parent: QObject | None = None,
        *,
        hold_count: bool = False,
    ) -> None:
        """``hold_count``: the first count waits for :meth:`release_count` (the view calls it
        after its first paint: counting 300,000 rows on a worker slowed the unlock by half)."""
        super().__init__(parent)
        self._repository = repository
        self._filters = filters
        self._link_text = link_text
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._count = 0
        self._count_known = True
        self._generation = 0
        self._counters: list[LatestOnlyWorker[ReflectionReader, _CountRequest]] = []
        counters = self._counters
        # A count still running when the model goes: its thread ends and closes its connection.
        self.destroyed.connect(lambda *_args: _stop_all(counters))
        self._count_held = hold_count
        self._count_waiting = False
        self._start()

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
        return (
            QCoreApplication.translate("ReflectionList", "Date"),
            QCoreApplication.translate("ReflectionList", "Reflection"),
            QCoreApplication.translate("ReflectionList", "Tags"),
            QCoreApplication.translate("ReflectionList", "Linked to"),
        )[section]

    # -- paging --------------------------------------------------------------------------
    @property
    def count_known(self) -> bool:
        return self._count_known

    def _start(self) -> None:
        """The first page now; the count on the worker when the first page is full."""
        self._generation += 1
        self._pages.clear()
        self._count = 0
        first = self._load_page(0, self._repository.keys_after(None, PAGE_SIZE, self._filters))
        self._count = len(first.rows)
        self._count_known = self._count < PAGE_SIZE
        self._count_waiting = False
        if not self._count_known:
            if self._count_held:
                self._count_waiting = True
            else:
                self._count_in_background()

    @property
    def count_waiting(self) -> bool:
        """The count is held back until :meth:`release_count`."""
        return self._count_waiting

    def release_count(self) -> None:
        """Start the count held back by ``hold_count`` (and count at once from now on)."""
        self._count_held = False
        if self._count_waiting:
            self._count_waiting = False
            self._count_in_background()

    def _count_in_background(self) -> None:
        """On a connection of its own, closed once it has answered (a count is rare; a
        connection kept open would keep its page cache)."""
        counter = LatestOnlyWorker(
            self._repository.open_reader,
            _count,
            ReflectionReader.interrupt,
            ReflectionReader.close,
            self,
        )
        counter.answered.connect(self._on_counted)
        counter.failed.connect(self._on_count_failed)
        self._counters.append(counter)
        counter.submit(_CountRequest(self._generation, self._filters))

    def _retire(self, counter: object) -> None:
        if isinstance(counter, LatestOnlyWorker) and counter in self._counters:
            self._counters.remove(counter)
            counter.stop()
            counter.deleteLater()

    def _on_counted(self, request: _CountRequest, count: int) -> None:
        self._retire(self.sender())
        if request.generation != self._generation:
            return  # counted for filters or contents since replaced
        self._count_known = True
        if count > self._count:
            self.beginInsertRows(ROOT, self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # cannot happen unless rows went while counting
            self.beginResetModel()
            self._pages.clear()
            self._count = count
            self.endResetModel()
        self.counted.emit()

    def _on_count_failed(self, request: _CountRequest, error: BaseException) -> None:
        self._retire(self.sender())
        if request.generation != self._generation:
            return
        if not isinstance(error, VaultError):
            raise error
        self._count_known = True  # the list keeps its first page; the error shows elsewhere
        self.counted.emit()

    def row_at(self, row: int) -> ReflectionRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number, self._page_keys(number))
        else:
            self._pages.move_to_end(number)
        return page.rows[offset] if offset < len(page.rows) else None

    def _page_keys(self, number: int) -> tuple[PageKey, ...]:
        start = number * PAGE_SIZE
        size = min(PAGE_SIZE, self._count - start)
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        repository, filters = self._repository, self._filters
        if before is not None:
            return repository.keys_after(before.last, size, filters)
        if after is not None:
            return repository.keys_before(after.first, size, filters)
        from_end = self._count - start - size
        if from_end < start:
            return repository.keys_before(None, size, filters, skip=from_end)
        return repository.keys_at(start, size, filters)

    def _load_page(self, number: int, keys: tuple[PageKey, ...]) -> _Page:
        reflections = self._repository.get_many([key.id for key in keys])
        rows = [make_row(r, self._link_text) for r in reflections]
        empty = PageKey("", 0)
        page = _Page(rows, keys[0] if keys else empty, keys[-1] if keys else empty)
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
            for offset, row in enumerate(page.rows):
                if row.reflection_id == reflection_id:
                    return number * PAGE_SIZE + offset
        return None

    # -- changes -------------------------------------------------------------------------
    def set_filters(self, filters: ReflectionFilter) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """After an add or delete: forget every page, read the first, recount."""
        self.beginResetModel()
        self._start()
        self.endResetModel()

    def refresh(self, reflection: Reflection) -> None:
        """After an edit: the cached row, if any, shows the new first line, tags and link."""
        assert reflection.id is not None
        for number, page in self._pages.items():
            for offset, row in enumerate(page.rows):
                if row.reflection_id == reflection.id:
                    page.rows[offset] = make_row(reflection, self._link_text)
                    at = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0), self.index(at, COLUMN_COUNT - 1))
                    return

    def clear(self) -> None:
        """Forget everything (lock): no row stays in memory."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._count = 0
        self._count_known = True
        self.endResetModel()
