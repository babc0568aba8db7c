"""The pane beside the goal list: edit one goal, see its progress history and what links to it.

It holds the typed text until the view saves it (Save, moving to another goal, leaving the
view); it never writes by itself. Linked private reflections are shown only when the view was
built outside shared-screen mode and hands them in; otherwise the widgets do not exist.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import (
    ActionStatus,
    Goal,
    GoalStatus,
    Relationship,
    Role,
)
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.ui.goals.goals_links import GoalLinks
from rmdesk.ui.kit.dates import clock_text, day_and_clock_text, day_text
from rmdesk.ui.kit.wrapped_label import WrappedLabel


def _text_box(name: str, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # keyboard users move on with Tab, as in a form
    edit.setMaximumHeight(90)
    return edit


class LineList(QListView):
    """A short read-only list of lines. A QStandardItemModel rather than QListWidget, whose
    list model hides columnCount from Python (the canary walker reads every column)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setAccessibleName(name)
        self.setMaximumHeight(110)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def clear(self) -> None:
        self._model.clear()

    def addItem(self, text: str) -> None:
        item = QStandardItem(text)
        item.setEditable(False)
        self._model.appendRow(item)

    def count(self) -> int:
        return self._model.rowCount()

    def item_text(self, row: int) -> str:
        item = self._model.item(row)
        return item.text() if item is not None else ""


def _list(name: str, parent: QWidget) -> LineList:
    return LineList(name, parent)


class GoalEditor(QWidget):
    save_requested = Signal()
    revert_requested = Signal()

    def __init__(
        self, relationship: Relationship, *, show_private: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalEditor")
        self._goal: Goal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        form_box = QGroupBox(self.tr("Goal"), self)
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit(form_box)
        self.title_edit.setAccessibleName(self.tr("Goal title"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.owner_combo = QComboBox(form_box)
        self.owner_combo.setAccessibleName(self.tr("Whose goal"))
        leader = neutralise(relationship.leader_name.strip()) or self.tr("the leader")
        mentor = neutralise(relationship.mentor_name.strip()) or self.tr("the mentor")
        self.owner_combo.addItem(self.tr("The leader's goal ({0})").format(leader), Role.LEADER)
        self.owner_combo.addItem(self.tr("The mentor's own goal ({0})").format(mentor), Role.MENTOR)
        form.addRow(self.tr("Wh&ose:"), self.owner_combo)
        self.status_combo = QComboBox(form_box)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status, text in (
            (GoalStatus.PROPOSED, self.tr("Proposed")),
            (GoalStatus.ACTIVE, self.tr("Active")),
            (GoalStatus.ACHIEVED, self.tr("Achieved")),
            (GoalStatus.DROPPED, self.tr("Dropped")),
        ):
            self.status_combo.addItem(text, status)
        form.addRow(self.tr("&Status:"), self.status_combo)
        progress_row = QHBoxLayout()
        self.progress_spin = QSpinBox(form_box)
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(self.tr(" %"))
        self.progress_spin.setAccessibleName(self.tr("Progress in percent"))
        self.note_edit = QLineEdit(form_box)
        self.note_edit.setAccessibleName(self.tr("What moved the progress"))
        self.note_edit.setPlaceholderText(self.tr("What moved it (optional, kept in the history)"))
        progress_row.addWidget(self.progress_spin)
        progress_row.addWidget(self.note_edit, 1)
        progress_label = QLabel(self.tr("&Progress:"), form_box)
        progress_label.setBuddy(self.progress_spin)
        form.addRow(progress_label, progress_row)
        self.why_edit = _text_box(self.tr("Why it matters"), form_box)
        form.addRow(self.tr("Wh&y it matters:"), self.why_edit)
        self.success_edit = _text_box(self.tr("How success will show"), form_box)
        form.addRow(self.tr("How su&ccess will show:"), self.success_edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save &goal"), form_box)
        self.save_button.setToolTip(self.tr("Save this goal (Ctrl+S); undo with Ctrl+Z"))
        self.revert_button = QPushButton(self.tr("Revert"), form_box)
        self.revert_button.setToolTip(self.tr("Go back to the saved goal"))
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.error_label = WrappedLabel("", form_box)
        self.error_label.setObjectName("goalError")
        self.error_label.hide()
        form.addRow(self.error_label)
        layout.addWidget(form_box)

        links_box = QGroupBox(self.tr("History and links"), self)
        links = QFormLayout(links_box)
        links.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # lists get full width
        self.history_list = _list(self.tr("Progress history"), links_box)
        links.addRow(self.tr("Progress history:"), self.history_list)
        self.actions_list = _list(self.tr("Linked actions"), links_box)
        links.addRow(self.tr("Li&nked actions:"), self.actions_list)
        self.meetings_list = _list(self.tr("Linked meetings"), links_box)
        links.addRow(self.tr("Linked &meetings:"), self.meetings_list)
        # Private: built only outside shared-screen mode, so it cannot exist on a shared screen.
        self.reflections_label: QLabel | None = None
        self.reflections_list: LineList | None = None
        if show_private:
            self.reflections_label = WrappedLabel("", links_box)
            self.reflections_label.setObjectName("linkedReflectionsCount")
            self.reflections_list = _list(self.tr("Private reflections linked here"), links_box)
            links.addRow(self.tr("Reflections linked here (private):"), self.reflections_label)
            links.addRow(self.reflections_list)
        layout.addWidget(links_box)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.load(None, None)

    # -- loading ---------------------------------------------------------------------------
    def load(self, goal: Goal | None, links: GoalLinks | None) -> None:
        self._goal = goal
        self.error_label.hide()
        for widget in (
            self.title_edit,
            self.owner_combo,
            self.status_combo,
            self.progress_spin,
            self.note_edit,
            self.why_edit,
            self.success_edit,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(goal is not None)
        self.title_edit.setText(goal.title if goal else "")
        self._select_data(self.owner_combo, goal.owner if goal else Role.LEADER)
        self._select_data(self.status_combo, goal.status if goal else GoalStatus.PROPOSED)
        self.progress_spin.setValue(goal.progress if goal else 0)
        self.note_edit.clear()
        self.why_edit.setPlainText(goal.why if goal else "")
        self.success_edit.setPlainText(goal.success_measure if goal else "")
        self._show_links(links)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        for i in range(combo.count()):
            if combo.itemData(i) == value:
                combo.setCurrentIndex(i)
                return

    def _show_links(self, links: GoalLinks | None) -> None:
        self.history_list.clear()
        self.actions_list.clear()
        self.meetings_list.clear()
        if links is None:
            if self.reflections_list is not None and self.reflections_label is not None:
                self.reflections_list.clear()
                self.reflections_label.clear()
            return
        for point in reversed(links.history):  # newest first
            when = day_and_clock_text(point.at.astimezone())
            note = f" — {one_line(point.note)}" if point.note.strip() else ""
            self.history_list.addItem(self.tr("{0}: {1} %{2}").format(when, point.progress, note))
        status_words = {
            ActionStatus.OPEN: self.tr("open"),
            ActionStatus.DONE: self.tr("done"),
            ActionStatus.DROPPED: self.tr("dropped"),
        }
        for action in links.actions:
            self.actions_list.addItem(f"{one_line(action.what)} ({status_words[action.status]})")
        for meeting in links.meetings:
            starts = meeting.starts_at.astimezone()
            self.meetings_list.addItem(
                self.tr("{0}, {1}").format(
                    day_text(starts.date(), QLocale.FormatType.LongFormat),
                    clock_text(starts.time()),
                )
            )
        if not links.actions:
            self.actions_list.addItem(self.tr("No action is linked to this goal yet."))
        if not links.meetings:
            self.meetings_list.addItem(self.tr("No meeting is linked through an action yet."))
        if self.reflections_list is not None and self.reflections_label is not None:
            self.reflections_list.clear()
            count = links.reflection_count or 0
            self.reflections_label.setText(self.tr("%n reflection(s)", "", count))
            for line in links.reflections or []:
                self.reflections_list.addItem(line)

    # -- what was typed --------------------------------------------------------------------
    def goal(self) -> Goal | None:
        return self._goal

    def edited_goal(self) -> Goal | None:
        """The loaded goal with the typed values (not validated yet)."""
        if self._goal is None:
            return None
        return replace(
            self._goal,
            title=self.title_edit.text(),
            owner=Role(self.owner_combo.currentData()),
            status=GoalStatus(self.status_combo.currentData()),
            progress=self.progress_spin.value(),
            why=self.why_edit.toPlainText(),
            success_measure=self.success_edit.toPlainText(),
        )

    def progress_note(self) -> str:
        return self.note_edit.text().strip()

    def is_dirty(self) -> bool:
        edited = self.edited_goal()
        return edited is not None and edited != self._goal

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()
