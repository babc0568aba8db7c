"""The live session's side column: the agenda at a glance, questions raised, assumptions
challenged, and the actions agreed (who, what, by when). Shared content only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import ActionItem, AgendaItem, AgendaKind, Role
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import one_line
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dates import day_text
from rmdesk.ui.kit.error_text import not_saved_line
from rmdesk.ui.kit.forms import from_qdate, to_qdate
from rmdesk.ui.meetings.agenda_model import TextRowsModel, kind_text, owner_text

RAISED_TIME_BOX = 5
T = TypeVar("T")
DUE_IN_DAYS = 14


class LiveSidePanel(QWidget):
    item_raised = Signal(object)  # the saved AgendaItem
    action_added = Signal(object)  # the saved ActionItem

    def __init__(
        self,
        context: ViewContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._meeting_id = meeting_id
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        agenda_box = QGroupBox(self.tr("Agenda"), self)
        agenda_layout = QVBoxLayout(agenda_box)
        self.agenda_list = self._list_view(agenda_box)
        self.agenda_list.setAccessibleName(self.tr("Agenda items; the current one is marked"))
        agenda_layout.addWidget(self.agenda_list)
        layout.addWidget(agenda_box, 2)

        raised_box = QGroupBox(self.tr("Questions raised and assumptions challenged"), self)
        raised_layout = QVBoxLayout(raised_box)
        self.questions_list = self._list_view(raised_box)
        self.questions_list.setAccessibleName(self.tr("Questions raised"))
        self.assumptions_list = self._list_view(raised_box)
        self.assumptions_list.setAccessibleName(self.tr("Assumptions challenged"))
        for title, widget in (
            (self.tr("Questions:"), self.questions_list),
            (self.tr("Assumptions:"), self.assumptions_list),
        ):
            raised_layout.addWidget(QLabel(title, raised_box))
            raised_layout.addWidget(widget)
        raise_row = QHBoxLayout()
        self.raise_kind = QComboBox(raised_box)
        self.raise_kind.setAccessibleName(self.tr("Kind of item to raise"))
        for kind in (AgendaKind.QUESTION, AgendaKind.ASSUMPTION, AgendaKind.TOPIC):
            self.raise_kind.addItem(kind_text(kind), kind.value)
        self.raise_edit = QLineEdit(raised_box)
        self.raise_edit.setAccessibleName(self.tr("Question or assumption to add"))
        self.raise_edit.setPlaceholderText(self.tr("Type, then Enter"))
        self.raise_edit.returnPressed.connect(self.raise_item)
        self.raise_owner = self._owner_combo(raised_box, self.tr("Raised by"))
        self.raise_button = QPushButton(self.tr("Add"), raised_box)
        self.raise_button.setAccessibleName(self.tr("Add the question or assumption"))
        self.raise_button.clicked.connect(self.raise_item)
        raised_layout.addWidget(self.raise_edit)
        raise_row.addWidget(self.raise_kind, 1)
        raise_row.addWidget(self.raise_owner, 1)
        raise_row.addWidget(self.raise_button)
        raised_layout.addLayout(raise_row)
        layout.addWidget(raised_box, 2)

        actions_box = QGroupBox(self.tr("Actions agreed"), self)
        actions_layout = QVBoxLayout(actions_box)
        self.actions_list = self._list_view(actions_box)
        self.actions_list.setAccessibleName(self.tr("Actions agreed in this meeting"))
        actions_layout.addWidget(self.actions_list)
        form = QGridLayout()
        self.action_what = QLineEdit(actions_box)
        self.action_what.setAccessibleName(self.tr("What will be done"))
        self.action_what.setPlaceholderText(self.tr("What will be tried or done, then Enter"))
        self.action_what.returnPressed.connect(self.add_action)
        self.action_owner = self._owner_combo(actions_box, self.tr("Who does it"))
        self.action_due_check = QCheckBox(self.tr("By:"), actions_box)
        self.action_due_check.setAccessibleName(self.tr("Has a due date"))
        self.action_due_check.setChecked(True)
        self.action_due = QDateEdit(to_qdate(today() + timedelta(days=DUE_IN_DAYS)), actions_box)
        self.action_due.setCalendarPopup(True)
        self.action_due.setAccessibleName(self.tr("Due date"))
        self.action_due_check.toggled.connect(self.action_due.setEnabled)
        self.action_button = QPushButton(self.tr("Add action"), actions_box)
        self.action_button.setAccessibleName(self.tr("Add the action"))
        self.action_button.clicked.connect(self.add_action)
        form.addWidget(self.action_what, 0, 0, 1, 4)
        form.addWidget(self.action_owner, 1, 0)
        form.addWidget(self.action_due_check, 1, 1)
        form.addWidget(self.action_due, 1, 2)
        form.addWidget(self.action_button, 1, 3)
        actions_layout.addLayout(form)
        layout.addWidget(actions_box, 2)

        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.reload_actions()

    def _list_view(self, parent: QWidget) -> QListView:
        view = QListView(parent)
        view.setModel(TextRowsModel(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    @staticmethod
    def rows_of(view: QListView) -> list[str]:
        model = view.model()
        assert isinstance(model, TextRowsModel)
        return model.rows()

    @staticmethod
    def _set_rows(view: QListView, rows: list[str]) -> None:
        model = view.model()
        assert isinstance(model, TextRowsModel)
        model.set_rows(rows)

    def _owner_combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        for role in (Role.LEADER, Role.MENTOR):
            combo.addItem(owner_text(self._context.relationship, role), role.value)
        return combo

    # -- showing -------------------------------------------------------------------------
    def show_agenda(self, items: list[AgendaItem], current: int) -> None:
        rows = []
        for row, item in enumerate(items):
            marker = "▶ " if row == current else ("✓ " if item.done else "   ")
            rows.append(f"{marker}{one_line(item.title)} ({item.time_box_minutes} min)")
        selection = self.agenda_list.selectionModel()
        selection.blockSignals(True)
        self._set_rows(self.agenda_list, rows)
        if 0 <= current < len(items):
            self.agenda_list.setCurrentIndex(self.agenda_list.model().index(current, 0))
        selection.blockSignals(False)
        for view, kind in (
            (self.questions_list, AgendaKind.QUESTION),
            (self.assumptions_list, AgendaKind.ASSUMPTION),
        ):
            self._set_rows(
                view,
                [
                    one_line(item.title)
                    + (f" → {one_line(item.outcome)}" if item.outcome.strip() else "")
                    for item in items
                    if item.kind is kind
                ],
            )

    def reload_actions(self) -> None:
        # The live session is for the shared screen: private notes are never needed here.
        actions = self._context.data.shared.actions.list_for_meeting(
            self._meeting_id, include_private=False
        )
        relationship = self._context.relationship
        rows = []
        for action in actions:
            due = self.tr(", by {0}").format(day_text(action.due_date)) if action.due_date else ""
            rows.append(f"{owner_text(relationship, action.owner)}: {one_line(action.what)}{due}")
        self._set_rows(self.actions_list, rows)

    # -- adding --------------------------------------------------------------------------
    def focus_raise(self, kind: AgendaKind) -> None:
        self.raise_kind.setCurrentIndex(self.raise_kind.findData(kind.value))
        self.raise_edit.setFocus()

    def focus_action(self) -> None:
        self.action_what.setFocus()

    def raise_item(self) -> None:
        title = self.raise_edit.text().strip()
        if not title:
            self._say(self.tr("Type the question or assumption first."))
            return
        item = AgendaItem(
            meeting_id=self._meeting_id,
            owner=Role(self.raise_owner.currentData()),
            kind=AgendaKind(self.raise_kind.currentData()),
            title=title,
            time_box_minutes=RAISED_TIME_BOX,
        )
        saved = self._guarded(lambda: self._context.data.shared.agenda.add(item))
        if saved is not None:
            self.raise_edit.clear()
            self.message_label.hide()
            self.item_raised.emit(saved)

    def add_action(self) -> None:
        what = self.action_what.text().strip()
        if not what:
            self._say(self.tr("Say what will be done first."))
            return
        relationship_id = self._context.relationship.id
        assert relationship_id is not None
        qday = self.action_due.date()
        due = from_qdate(qday) if self.action_due_check.isChecked() else None
        action = ActionItem(
            relationship_id=relationship_id,
            what=what,
            owner=Role(self.action_owner.currentData()),
            meeting_id=self._meeting_id,
            due_date=due,
        )
        saved = self._guarded(lambda: self._context.data.shared.actions.add(action))
        if saved is not None:
            self.action_what.clear()
            self.message_label.hide()
            self.reload_actions()
            self.action_added.emit(saved)

    def _guarded(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except (VaultError, ValidationError) as error:
            self._say(not_saved_line(error))
        return None

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
