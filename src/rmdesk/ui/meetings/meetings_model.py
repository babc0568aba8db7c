"""The relationship's meetings as a table: when, how long, status. Display only."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rmdesk.domain.models import Meeting, MeetingStatus
from rmdesk.ui.kit.dates import clock_text, day_text

COL_WHEN = 0
COL_LENGTH = 1
COL_STATUS = 2
COLUMN_COUNT = 3
ROLE_MEETING_ID = Qt.ItemDataRole.UserRole

AnyIndex = QModelIndex | QPersistentModelIndex


def status_text(meeting: Meeting) -> str:
    text = {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingsModel", "Planned"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingsModel", "Held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("MeetingsModel", "Cancelled"),
    }[meeting.status]
    return (
        QCoreApplication.translate("MeetingsModel", "{0}, extra").format(text)
        if meeting.is_extra
        else text
    )


def when_text(meeting: Meeting, tz: tzinfo, fmt: QLocale.FormatType) -> str:
    local = meeting.starts_at.astimezone(tz)
    return f"{day_text(local.date(), fmt)} {clock_text(local.time())}"


class MeetingsModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._meetings: list[Meeting] = []

    def set_meetings(self, meetings: list[Meeting]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def meeting_at(self, row: int) -> Meeting | None:
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def row_of(self, meeting_id: int) -> int:
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role == ROLE_MEETING_ID:
            return meeting.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == COL_WHEN:
            return when_text(meeting, self._tz, QLocale.FormatType.ShortFormat)
        if column == COL_LENGTH:
            return self.tr("{0} min").format(meeting.minutes)
        if column == COL_STATUS:
            return status_text(meeting)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_WHEN: self.tr("When"),
            COL_LENGTH: self.tr("Length"),
            COL_STATUS: self.tr("Status"),
        }.get(section)
