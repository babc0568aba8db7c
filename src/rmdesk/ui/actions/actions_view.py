"""Apply and acknowledge (seed step 6): the applied-learning ledger and the acknowledgements.

An action is what the leader will try; when done, an impact note says where it was applied
and what changed; it can end in "tell my mentor", an acknowledgement that goes into the
recognition letter. Shared content, except ``ActionItem.private_note``: it is loaded, shown
and edited only when ``context.data.include_private`` (never in shared-screen mode).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.cadence import system_time_zone
from rmdesk.domain.models import Acknowledgement, ActionItem, ActionStatus, Goal, Role
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.store.errors import VaultError
from rmdesk.ui.actions.acknowledgement_dialog import AcknowledgementDialog
from rmdesk.ui.actions.acknowledgement_export import LetterExport
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.action_done_dialog import ActionDoneDialog
from rmdesk.ui.actions.actions_model import AcknowledgementsModel, ActionsModel, status_text
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.forms import push_button
from rmdesk.ui.kit.plain_export import PlainFormat, ask_save_path
from rmdesk.ui.kit.table_fit import keep_columns_readable
from rmdesk.ui.kit.type_scale import (
    TextRole,
    mark_primary,
    mark_secondary,
    section_spacing,
    styled_label,
)
from rmdesk.ui.kit.wrapped_label import WrappedLabel

FILTERS: tuple[ActionStatus | None, ...] = (None, *ActionStatus)


def ask_letter_path(parent: QWidget, suggested: str, as_pdf: bool) -> Path | None:
    """Where to save the letter (tests replace this function)."""
    kind = PlainFormat.PDF if as_pdf else PlainFormat.MARKDOWN
    return ask_save_path(
        parent,
        QCoreApplication.translate("ActionsView", "Save recognition letter"),
        suggested,
        kind,
    )


class ActionsView(QWidget):
    actions_changed = Signal()
    letter_exported = Signal(object)  # the Path written
    letter_failed = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsView")
        self._context = context
        # Read the mode once: the view is rebuilt when it changes.
        self._include_private = context.data.include_private
        relationship = context.relationship
        assert relationship.id is not None
        self._rel_id = relationship.id
        self._tz = system_time_zone()
        self._goals: dict[int, Goal] = {}
        self._all_actions: dict[int, ActionItem] = {}
        # The mentor's copy shows the same ledger from the other side: the leader's actions,
        # the acknowledgements received; nothing asks the mentor to thank a mentor.
        self._leader: str | None = None
        if relationship.my_role is Role.MENTOR:
            self._leader = neutralise(relationship.leader_name).strip() or self.tr("the leader")

        layout = QVBoxLayout(self)
        section_spacing(layout, self)
        heading = styled_label(self.tr("Apply and acknowledge"), TextRole.SECTION_TITLE, self)
        layout.addWidget(heading)
        if self._leader is None:
            intro_text = self.tr(
                "What you will try, where you applied it and what changed, and what you "
                "tell {0} their contribution made possible."
            ).format(neutralise(relationship.mentor_name or relationship.other_name))
        else:
            intro_text = self.tr(
                "What {0} will try, where they applied it and what changed, and the "
                "acknowledgements you received for your contribution."
            ).format(self._leader)
        intro = WrappedLabel(intro_text, self)
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._ledger_box(splitter))
        splitter.addWidget(self._acknowledgements_box(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setObjectName("actionsStatus")
        layout.addWidget(self.status_label)
        self._letter = LetterExport(self, context, self._tz)
        self._letter.exported.connect(self._on_letter_exported)
        self._letter.failed.connect(self._on_letter_failed)
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _button(self, text: str, name: str, parent: QWidget, row: QLayout) -> QPushButton:
        button = push_button(text, parent, name=name)
        row.addWidget(button)
        return button

    def _table(self, parent: QWidget, name: str) -> QTableView:
        table = QTableView(parent)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        return table

    def _ledger_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Applied-learning ledger"), parent)
        layout = QVBoxLayout(box)
        row = FlowLayout()
        self.new_button = self._button(self.tr("&New action…"), self.tr("New action"), box, row)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit action"), box, row)
        self.done_button = self._button(self.tr("Mark &done…"), self.tr("Mark done"), box, row)
        self.tell_button = self._button(
            self.tr("&Tell my mentor…"), self.tr("Tell my mentor"), box, row
        )
        self.delete_button = self._button(self.tr("De&lete"), self.tr("Delete action"), box, row)
        self.tell_button.setVisible(self._leader is None)
        mark_primary(self.new_button)
        mark_secondary(self.delete_button)
        filter_label = QLabel(self.tr("Sh&ow:"), box)
        self.filter_combo = QComboBox(box)
        self.filter_combo.setAccessibleName(self.tr("Show actions"))
        self.filter_combo.addItem(self.tr("All"), None)
        for status in ActionStatus:
            self.filter_combo.addItem(status_text(status), status.value)
        filter_label.setBuddy(self.filter_combo)
        row.addWidget(filter_label)
        row.addWidget(self.filter_combo)
        layout.addLayout(row)

        self.actions_model = ActionsModel(self, self._context.relationship, leader=self._leader)
        self.actions_table = self._table(box, self.tr("Actions"))
        self.actions_table.setModel(self.actions_model)
        keep_columns_readable(
            self.actions_table,
            (ActionsModel.COL_WHAT, ActionsModel.COL_IMPACT),
            cut=(ActionsModel.COL_GOAL,),
        )
        self.actions_switch = EmptySwitch(
            self.actions_table,
            EmptyState(
                self.tr("No actions yet"),
                self.tr(
                    "An action is one thing to try between meetings; later you note where "
                    "it was applied and what changed."
                ),
                self.tr("Plan a first action…"),
                self.new_action,
            ),
            box,
        )
        layout.addWidget(self.actions_switch, 1)

        self.detail_label = WrappedLabel("", box)
        self.detail_label.setObjectName("actionDetail")
        self.detail_label.setAccessibleName(self.tr("Selected action"))
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_label)
        self.private_label: WrappedLabel | None = None
        if self._include_private:
            self.private_label = WrappedLabel("", box)
            self.private_label.setObjectName("actionPrivateNote")
            self.private_label.setAccessibleName(self.tr("Private note (only you)"))
            layout.addWidget(self.private_label)

        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_done)
        self.tell_button.clicked.connect(self.tell_mentor)
        self.delete_button.clicked.connect(self.delete_action)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.actions_table.doubleClicked.connect(lambda _index: self.edit_action())
        self.actions_table.selectionModel().selectionChanged.connect(self._update_detail)
        return box

    def _acknowledgements_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(
            self.tr("Acknowledgements: what your mentor's contributions changed")
            if self._leader is None
            else self.tr("Acknowledgements received: what your contributions changed"),
            parent,
        )
        layout = QVBoxLayout(box)
        row = FlowLayout()
        self.add_ack_button = self._button(
            self.tr("&Add acknowledgement…"), self.tr("Add acknowledgement"), box, row
        )
        self.edit_ack_button = self._button(
            self.tr("Ed&it acknowledgement…"), self.tr("Edit acknowledgement"), box, row
        )
        self.delete_ack_button = self._button(
            self.tr("Delete ac&knowledgement"), self.tr("Delete acknowledgement"), box, row
        )
        self.export_button = self._button(
            self.tr("E&xport recognition letter…"), self.tr("Export recognition letter"), box, row
        )
        mark_secondary(self.delete_ack_button)
        layout.addLayout(row)
        self.acks_model = AcknowledgementsModel(self)
        self.acks_table = self._table(box, self.tr("Acknowledgements"))
        self.acks_table.setModel(self.acks_model)
        self.acks_table.horizontalHeader().setSectionResizeMode(
            AcknowledgementsModel.COL_BODY, QHeaderView.ResizeMode.Stretch
        )
        self.acks_switch = EmptySwitch(
            self.acks_table,
            EmptyState(
                self.tr("No acknowledgements yet"),
                self.tr(
                    "An acknowledgement tells what a contribution made possible, in a few "
                    "words; they can become a recognition letter."
                ),
                self.tr("Write an acknowledgement…"),
                lambda: self._edit_acknowledgement(None),
            ),
            box,
        )
        layout.addWidget(self.acks_switch, 1)
        self.add_ack_button.clicked.connect(lambda: self._edit_acknowledgement(None))
        self.edit_ack_button.clicked.connect(self._edit_selected_acknowledgement)
        self.delete_ack_button.clicked.connect(self.delete_acknowledgement)
        self.export_button.clicked.connect(self.export_letter)
        self.acks_table.doubleClicked.connect(lambda _index: self._edit_selected_acknowledgement())
        self.acks_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return box

    # -- loading -------------------------------------------------------------------------
    def reload(self, select_action: int | None = None) -> None:
        shared = self._context.data.shared
        if select_action is None:
            current = self.selected_action()
            select_action = current.id if current is not None else None
        self._goals = {
            g.id: g for g in shared.goals.list_for_relationship(self._rel_id) if g.id is not None
        }
        status_value = self.filter_combo.currentData()
        everything = shared.actions.list_for_relationship(
            self._rel_id, include_private=self._include_private
        )
        self._all_actions = {a.id: a for a in everything if a.id is not None}
        shown = [a for a in everything if status_value is None or a.status.value == status_value]
        self.actions_model.set_actions(shown, self._goals, date.today())
        row = self.actions_model.row_of(select_action)
        if row >= 0:
            self.actions_table.selectRow(row)
        acks = shared.acknowledgements.list_for_relationship(self._rel_id)
        self.acks_model.set_acknowledgements(acks, self._all_actions, self._goals, self._tz)
        self.actions_switch.set_empty(not everything)
        self.acks_switch.set_empty(not acks)
        self._update_detail()

    def selected_action(self) -> ActionItem | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return self.actions_model.action_at(rows[0].row()) if rows else None

    def selected_acknowledgement(self) -> Acknowledgement | None:
        rows = self.acks_table.selectionModel().selectedRows()
        return self.acks_model.acknowledgement_at(rows[0].row()) if rows else None

    def _update_detail(self) -> None:
        action = self.selected_action()
        if action is None:
            self.detail_label.setText(self.tr("Select an action to see its impact note."))
        elif action.impact_note.strip():
            self.detail_label.setText(
                self.tr("What changed: {0}").format(neutralise(action.impact_note.strip()))
            )
        else:
            self.detail_label.setText(self.tr("No impact note yet."))
        if self.private_label is not None:
            note = action.private_note.strip() if action is not None else ""
            self.private_label.setText(
                self.tr("Private note (only you): {0}").format(neutralise(note)) if note else ""
            )
            self.private_label.setVisible(bool(note))
        self._update_buttons()

    def _update_buttons(self) -> None:
        action = self.selected_action()
        self.edit_button.setEnabled(action is not None)
        self.delete_button.setEnabled(action is not None)
        self.tell_button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.status is not ActionStatus.DONE)
        has_ack = self.selected_acknowledgement() is not None
        self.edit_ack_button.setEnabled(has_ack)
        self.delete_ack_button.setEnabled(has_ack)

    # -- commands ------------------------------------------------------------------------
    def _show_error(self, error: VaultError) -> None:
        show_not_saved(self, error)

    def _goal_list(self) -> list[Goal]:
        return [g for g in self._goals.values() if not g.archived]

    def new_action(self) -> None:
        self._edit_action(ActionItem(relationship_id=self._rel_id, what=""))

    def edit_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._edit_action(action)

    def _edit_action(self, action: ActionItem) -> None:
        draft = action
        while True:
            edited = ActionDialog.ask(
                self,
                draft,
                self._goal_list(),
                include_private=self._include_private,
                today=date.today(),
            )
            if edited is None or self._context.is_closed():
                return
            actions = self._context.data.shared.actions
            try:
                if edited.id is None:
                    saved = actions.add(edited)
                else:
                    saved = actions.update(edited, include_private=self._include_private)
            except VaultError as error:
                self._show_error(error)
                if self._context.is_closed():  # locked while the message was showing
                    return
                draft = edited  # nothing typed is lost: the dialog opens again with it
                continue
            self.reload(select_action=saved.id)
            self.actions_changed.emit()
            return

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        result = ActionDoneDialog.ask(self, action, leader=self._leader)
        if result is None:
            return
        shared = self._context.data.shared
        done = dataclasses.replace(action, status=ActionStatus.DONE, impact_note=result.impact_note)
        try:
            with self._context.data.transaction():
                shared.actions.update(done, include_private=self._include_private)
                if result.acknowledgement is not None:
                    shared.acknowledgements.add(
                        Acknowledgement(
                            relationship_id=self._rel_id,
                            body=result.acknowledgement,
                            action_id=action.id,
                            goal_id=action.goal_id,
                        )
                    )
        except VaultError as error:
            self._show_error(error)
            return
        self.reload(select_action=action.id)
        self.actions_changed.emit()

    def tell_mentor(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        self._edit_acknowledgement(
            Acknowledgement(
                relationship_id=self._rel_id, body="", action_id=action.id, goal_id=action.goal_id
            )
        )

    def delete_action(self) -> None:
        action = self.selected_action()
        if action is None or action.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete action"),
            self.tr("Delete “{0}”? Acknowledgements that mention it stay.").format(
                one_line(action.what, 80)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the action's words are text, not markup
        answer = box.exec()
        if answer != QMessageBox.StandardButton.Yes or self._context.is_closed():
            return
        try:
            self._context.data.shared.actions.delete(action.id)
        except VaultError as error:
            self._show_error(error)
            return
        self.reload()
        self.actions_changed.emit()

    def _edit_selected_acknowledgement(self) -> None:
        ack = self.selected_acknowledgement()
        if ack is not None:
            self._edit_acknowledgement(ack)

    def _edit_acknowledgement(self, ack: Acknowledgement | None) -> None:
        draft = ack or Acknowledgement(relationship_id=self._rel_id, body="")
        while True:
            edited = AcknowledgementDialog.ask(
                self,
                draft,
                list(self._all_actions.values()),
                self._goal_list(),
                leader=self._leader,
            )
            if edited is None or self._context.is_closed():
                return
            repo = self._context.data.shared.acknowledgements
            try:
                if edited.id is None:
                    repo.add(edited)
                else:
                    repo.update(edited)
            except VaultError as error:
                self._show_error(error)
                if self._context.is_closed():
                    return
                draft = edited
                continue
            self.reload()
            self.actions_changed.emit()
            return

    def delete_acknowledgement(self) -> None:
        ack = self.selected_acknowledgement()
        if ack is None or ack.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete acknowledgement"), self.tr("Delete this acknowledgement?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._context.data.shared.acknowledgements.delete(ack.id)
        except VaultError as error:
            self._show_error(error)
            return
        self.reload()

    # -- recognition letter --------------------------------------------------------------
    def export_letter(self) -> None:
        self._letter.start(ask_letter_path)

    def _on_letter_exported(self, path: object) -> None:
        self.status_label.setText(self.tr("Saved the recognition letter (not encrypted)."))
        self.letter_exported.emit(path)

    def _on_letter_failed(self, message: str) -> None:
        self.status_label.setText(message)
        QMessageBox.warning(self, self.tr("Letter not saved"), message)
        self.letter_failed.emit(message)
