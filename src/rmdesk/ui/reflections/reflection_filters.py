"""The journal's filter bar: by tag, by linked meeting or goal, and by a range of days.

The same filter narrows the list and the search. Days are the person's local days, turned
into the instants where they start and end.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QWidget,
)

from rmdesk.store.repositories.reflection_query import ReflectionFilter
from rmdesk.ui.kit.choice_model import choice_combo
from rmdesk.ui.kit.forms import from_qdate
from rmdesk.ui.reflections.tag_edit import TagEdit, TagSource, enable_clear_button

Choices = list[tuple[str, int]]
MEETING = "meeting"
GOAL = "goal"


def link_key(kind: str, item_id: int) -> str:
    """The filter combo's data for a linked item ("meeting:12"); strings survive QVariant."""
    return f"{kind}:{item_id}"


def day_start(day: date) -> datetime:
    """The instant a local day begins, as an aware time."""
    return datetime.combine(day, time(0, 0)).astimezone()


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        relationship_id: int,
        meetings: Choices,
        goals: Choices,
        tag_source: TagSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._relationship_id = relationship_id
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)

        self.tag = TagEdit(tag_source, self, multiple=False)
        self.tag.setObjectName("filterTag")
        self.tag.setAccessibleName(self.tr("Only reflections with this tag"))
        self.tag.setPlaceholderText(self.tr("any tag"))
        enable_clear_button(self.tag, self.tr("Clear the tag filter"))
        # Translated once, not once per item: a relationship may have 2,000 meetings.
        meeting_text, goal_text = self.tr("Meeting {0}"), self.tr("Goal: {0}")
        self.link = choice_combo(
            [
                (self.tr("Anything or nothing"), None),
                *((meeting_text.format(label), link_key(MEETING, i)) for label, i in meetings),
                *((goal_text.format(label), link_key(GOAL, i)) for label, i in goals),
            ],
            self,
        )
        self.link.setObjectName("filterLink")
        self.link.setAccessibleName(self.tr("Only reflections linked to"))
        # Long goal titles must not make the journal's list pane (and the window) wider.
        self.link.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link.setMinimumContentsLength(14)
        self.between = QCheckBox(self.tr("&Between"), self)
        self.between.setAccessibleName(self.tr("Only reflections written between two days"))
        today = QDate.currentDate()
        self.since = self._date_edit(today.addMonths(-1), self.tr("First day"))
        self.until = self._date_edit(today, self.tr("Last day"))

        tag_label = QLabel(self.tr("Ta&g:"), self)
        tag_label.setBuddy(self.tag)
        link_label = QLabel(self.tr("Lin&ked:"), self)
        link_label.setBuddy(self.link)
        grid.addWidget(tag_label, 0, 0)
        grid.addWidget(self.tag, 0, 1)
        grid.addWidget(link_label, 0, 2)
        grid.addWidget(self.link, 0, 3)
        grid.addWidget(self.between, 1, 0)
        grid.addWidget(self.since, 1, 1)
        and_label = QLabel(self.tr("and"), self)
        grid.addWidget(and_label, 1, 2)
        grid.addWidget(self.until, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.tag.textChanged.connect(lambda _t: self.changed.emit())
        self.link.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.between.toggled.connect(self._toggle_dates)
        self.since.dateChanged.connect(lambda _d: self._dates_changed())
        self.until.dateChanged.connect(lambda _d: self._dates_changed())
        self._toggle_dates(False)

    def is_narrowed(self) -> bool:
        """True when a tag, a link or dates leave some reflections out."""
        return (
            bool(self.tag.text().strip())
            or self.link.currentIndex() > 0
            or self.between.isChecked()
        )

    def clear(self) -> None:
        """Back to every reflection (one ``changed`` at the end)."""
        self.blockSignals(True)
        try:
            self.tag.clear()
            self.link.setCurrentIndex(0)
            self.between.setChecked(False)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _toggle_dates(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.between.isChecked():
            self.changed.emit()

    def filters(self) -> ReflectionFilter:
        tag = self.tag.text().strip() or None
        meeting_id = goal_id = None
        link = self.link.currentData()
        if isinstance(link, str):
            kind, item_id = link.split(":")
            meeting_id = int(item_id) if kind == MEETING else None
            goal_id = int(item_id) if kind == GOAL else None
        since = until = None
        if self.between.isChecked():
            first, last = sorted((from_qdate(self.since.date()), from_qdate(self.until.date())))
            since = day_start(first)
            until = day_start(last + timedelta(days=1))
        return ReflectionFilter(
            relationship_id=self._relationship_id,
            tag=tag,
            since=since,
            until=until,
            meeting_id=meeting_id,
            goal_id=goal_id,
        )
