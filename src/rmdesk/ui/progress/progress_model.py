"""Item models of the Progress view, and the translated words for its charts.

:class:`ProgressModel` lists every number the charts draw, one row per point, so a screen
reader (or anyone who prefers a table) gets the same facts. :class:`CheckInsModel` lists the
recorded check-ins. Both are thin adapters: the numbers come from ``domain.progress``.
A skipped answer reads "skipped" and carries no value: it is never a low score.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rmdesk.domain.checkins import Direction, QuestionTrend, TrendReport
from rmdesk.domain.models import CheckIn, Role
from rmdesk.domain.progress import Chart, ChartKind, Point, ProgressData, Series
from rmdesk.domain.resources import load_checkin_questions
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.dates import day_text, month_text
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.kit.table_base import FlatTableModel

translate = QCoreApplication.translate


ROLE_VALUE = Qt.ItemDataRole.UserRole  # the raw number (float) or None for a gap
ROLE_SKIPPED = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def short_day(day: date) -> str:
    return day_text(day)


def short_month(day: date) -> str:
    return month_text(day)


# --- words ---------------------------------------------------------------------------------


def chart_title(kind: ChartKind) -> str:
    return {
        ChartKind.LEADER_RATINGS: translate("Progress", "Leader's check-in ratings (1–5)"),
        ChartKind.MENTOR_RATINGS: translate("Progress", "Mentor's check-in ratings (1–5)"),
        ChartKind.LEADER_GOALS: translate("Progress", "Leader's goals: progress (%)"),
        ChartKind.MENTOR_GOALS: translate("Progress", "Mentor's own goals: progress (%)"),
        ChartKind.ACTIONS: translate("Progress", "Actions added, done and applied (running total)"),
        ChartKind.MEETINGS: translate("Progress", "Meetings each month: in the calendar and held"),
    }[kind]


def question_short_name(side: Role, question: str) -> str:
    """The key word of a check-in question in the app's language (as in the trend
    sentence), from the check-in questions shipped for that language; an unknown key (from
    a newer version's pack) shows as stored."""
    names = {(q.side, q.key): q.short_name for q in load_checkin_questions(content_language())}
    return names.get((side, question), question)


def series_label(series: Series) -> str:
    fixed = {
        "actions.added": translate("Progress", "added"),
        "actions.done": translate("Progress", "done"),
        "actions.applied": translate("Progress", "applied (done, with an impact note)"),
        "meetings.planned": translate("Progress", "in the calendar"),
        "meetings.held": translate("Progress", "held"),
    }
    if series.key in fixed:
        return fixed[series.key]
    side, _, question = series.key.partition(".")
    if side in (Role.LEADER.value, Role.MENTOR.value):
        return question_short_name(Role(side), question)
    return one_line(series.label, 60)  # a goal's title: vault text, one neutral line


def empty_text(kind: ChartKind) -> str:
    if kind in (ChartKind.LEADER_RATINGS, ChartKind.MENTOR_RATINGS):
        return translate("Progress", "No check-ins yet.")
    if kind in (ChartKind.LEADER_GOALS, ChartKind.MENTOR_GOALS):
        return translate("Progress", "No goals yet.")
    return translate("Progress", "Nothing yet.")


def _direction(direction: Direction) -> str:
    return {
        Direction.UP: translate("Progress", "up"),
        Direction.FLAT: translate("Progress", "flat"),
        Direction.DOWN: translate("Progress", "down"),
        Direction.NOT_ENOUGH: translate("Progress", "not enough answers"),
    }[direction]


def _count(number: int) -> str:
    words = [
        translate("Progress", "zero"),
        translate("Progress", "one"),
        translate("Progress", "two"),
        translate("Progress", "three"),
        translate("Progress", "four"),
        translate("Progress", "five"),
        translate("Progress", "six"),
        translate("Progress", "seven"),
        translate("Progress", "eight"),
        translate("Progress", "nine"),
    ]
    return words[number] if number < len(words) else QLocale().toString(number)


def trend_summary(report: TrendReport) -> str:
    """The translated twin of ``domain.checkins.summary_sentence`` (same rules, same order:
    skips are left out of the trends, questions without enough answers named last)."""
    if report.checkins_used < 2 or not report.enough:
        return translate("Progress", "Not enough check-ins yet to see a trend.")
    known: list[QuestionTrend] = [
        t for t in report.trends if t.direction is not Direction.NOT_ENOUGH
    ]
    unknown = [t for t in report.trends if t.direction is Direction.NOT_ENOUGH]
    parts = ", ".join(
        translate("Progress", "{0} {1}").format(
            question_short_name(t.side, t.question), _direction(t.direction)
        )
        for t in known
    )
    sentence = translate("Progress", "Over the last {0} check-ins: {1}.").format(
        _count(report.checkins_used), parts
    )
    if unknown:
        names = ", ".join(question_short_name(t.side, t.question) for t in unknown)
        sentence += " " + translate("Progress", "Not enough answers yet for {0}.").format(names)
    return sentence


def value_text(kind: ChartKind, point: Point) -> str:
    if point.value is None:
        return (
            translate("Progress", "skipped")
            if point.skipped
            else translate("Progress", "not answered")
        )
    if kind in (ChartKind.LEADER_GOALS, ChartKind.MENTOR_GOALS):
        return translate("Progress", "{0}%").format(QLocale().toString(int(point.value)))
    return QLocale().toString(int(point.value))


# --- the table of every number -------------------------------------------------------------


class ProgressModel(FlatTableModel):
    COL_CHART, COL_SERIES, COL_DATE, COL_VALUE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Chart, Series, Point]] = []

    def set_progress(self, data: ProgressData) -> None:
        self.beginResetModel()
        self._rows = [
            (chart, series, point)
            for chart in data.charts
            for series in chart.series
            for point in series.points
        ]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def column_names(self) -> tuple[str, ...]:
        return (
            translate("Progress", "Chart"),
            translate("Progress", "Series"),
            translate("Progress", "Date"),
            translate("Progress", "Value"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        chart, series, point = self._rows[index.row()]
        if role == ROLE_VALUE:
            return point.value
        if role == ROLE_SKIPPED:
            return point.skipped
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == self.COL_CHART:
            return chart_title(chart.kind)
        if column == self.COL_SERIES:
            return series_label(series)
        if column == self.COL_DATE:
            if chart.kind is ChartKind.MEETINGS:
                return short_month(point.day)
            return short_day(point.day)
        if column == self.COL_VALUE:
            return value_text(chart.kind, point)
        return None

    def row_of(self, kind: ChartKind, series_key: str, day: date) -> int:
        """The table row of one point (-1 when absent)."""
        for row, (chart, series, point) in enumerate(self._rows):
            if chart.kind is kind and series.key == series_key and point.day == day:
                return row
        return -1


# --- recorded check-ins --------------------------------------------------------------------


def answers_text(checkin: CheckIn, side: Role) -> str:
    parts = []
    for answer in checkin.answers:
        if answer.side is not side:
            continue
        name = question_short_name(side, answer.question)
        if answer.skipped or answer.rating is None:
            parts.append(translate("Progress", "{0}: skipped").format(name))
        else:
            parts.append(translate("Progress", "{0}: {1}").format(name, answer.rating))
    return "; ".join(parts) if parts else translate("Progress", "no answers")


class CheckInsModel(FlatTableModel):
    COL_DATE, COL_LEADER, COL_MENTOR = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checkins: list[CheckIn] = []

    def set_checkins(self, checkins: list[CheckIn]) -> None:
        self.beginResetModel()
        self._checkins = list(checkins)
        self.endResetModel()

    def checkin_at(self, row: int) -> CheckIn | None:
        return self._checkins[row] if 0 <= row < len(self._checkins) else None

    def row_total(self) -> int:
        return len(self._checkins)

    def column_names(self) -> tuple[str, ...]:
        return (
            translate("Progress", "Held on"),
            translate("Progress", "Leader's answers"),
            translate("Progress", "Mentor's answers"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        checkin = self.checkin_at(index.row()) if index.isValid() else None
        if checkin is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == self.COL_DATE:
            return short_day(checkin.held_on)
        if index.column() == self.COL_LEADER:
            return answers_text(checkin, Role.LEADER)
        if index.column() == self.COL_MENTOR:
            return answers_text(checkin, Role.MENTOR)
        return None
