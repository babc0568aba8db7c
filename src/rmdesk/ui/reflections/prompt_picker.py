"""Choose a guided prompt to start a reflection, and look after the prompt library.

Prompts are grouped by theme and filtered by the moment: after a meeting (the reflection is
linked to that meeting), on a goal (linked to the goal), before a session (a learner's-mindset
check, linked to the coming meeting) or any time. The person can add their own prompts,
reword any prompt and retire the ones they do not want to see; retired ones can come back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.resources import PromptLibrary, PromptMoment, load_prompts
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import neutralise
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.prompt import PromptRepository
from rmdesk.ui.kit.choice_model import choice_combo
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.forms import accessible_label, push_button
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.kit.plain_text import plain_tooltip
from rmdesk.ui.reflections.prompt_edit import (
    PromptEditDialog,
    moment_title,
    theme_description,
    theme_title,
)
from rmdesk.ui.reflections.prompt_library import PromptEntry, effective_prompts, save_entry

ROLE_ENTRY = Qt.ItemDataRole.UserRole
Choices = list[tuple[str, int]]  # (label, id) for the meeting and goal combo boxes


@dataclass(frozen=True, slots=True)
class PromptChoice:
    text: str
    moment: PromptMoment
    meeting_id: int | None
    goal_id: int | None


def links_meeting(moment: PromptMoment) -> bool:
    return moment in (PromptMoment.AFTER_MEETING, PromptMoment.BEFORE_SESSION)


class PromptPickerDialog(QDialog):
    def __init__(
        self,
        prompts: PromptRepository,
        meetings: Choices,
        goals: Choices,
        moment: PromptMoment = PromptMoment.ANY,
        *,
        meeting_id: int | None = None,
        goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a prompt"))
        self._repository = prompts
        self._library: PromptLibrary = load_prompts(content_language())
        self._entries: list[PromptEntry] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.moment = QComboBox(self)
        self.moment.setAccessibleName(self.tr("Moment"))
        for each in PromptMoment:
            self.moment.addItem(moment_title(each), each.value)
        self.meeting = self._choices(self.tr("No meeting"), meetings, meeting_id)
        self.meeting.setAccessibleName(self.tr("Meeting to link"))
        self.goal = self._choices(self.tr("No goal"), goals, goal_id)
        self.goal.setAccessibleName(self.tr("Goal to link"))
        self.meeting_label = self._buddy(self.tr("&Meeting:"), self.meeting)
        self.goal_label = self._buddy(self.tr("&Goal:"), self.goal)
        form.addRow(self._buddy(self.tr("M&oment:"), self.moment), self.moment)
        form.addRow(self.meeting_label, self.meeting)
        form.addRow(self.goal_label, self.goal)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Prompts by theme"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # One column as wide as the list, never scrolling sideways: a long prompt ends in "…"
        # here and is shown whole under the list (and in its tooltip) once chosen.
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.tree, 1)
        self.chosen_text = QLabel(self)
        self.chosen_text.setObjectName("chosenPrompt")
        self.chosen_text.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_text.setWordWrap(True)
        self.chosen_text.setAccessibleName(self.tr("Chosen prompt"))
        layout.addWidget(self.chosen_text)

        tools = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add prompt…"), self.add_prompt)
        self.change_button = self._button(self.tr("&Change…"), self.change_prompt)
        self.retire_button = self._button(self.tr("Re&tire"), self.toggle_retired)
        self.show_retired = QCheckBox(self.tr("&Show retired"), self)
        self.show_retired.toggled.connect(lambda _on: self._fill())
        for widget in (self.add_button, self.change_button, self.retire_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.show_retired)
        layout.addLayout(tools)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(
            self.tr("Start &writing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.moment.setCurrentIndex(max(0, self.moment.findData(moment.value)))
        self.moment.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self._accept_if_chosen())
        self._reload()
        size_within_window(self, 640, 520)

    # -- building ------------------------------------------------------------------------
    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = push_button(text, self, slot)
        # In this dialog Enter belongs to the list ("use this prompt"), not to a button.
        button.setAutoDefault(False)
        return button

    def _choices(self, none_text: str, choices: Choices, chosen: int | None) -> QComboBox:
        combo = choice_combo([(none_text, None), *choices], self)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        return combo

    def current_moment(self) -> PromptMoment:
        return PromptMoment(str(self.moment.currentData()))

    def _reload(self) -> None:
        try:
            stored = self._repository.list_all(include_retired=True)
        except VaultError as error:
            self._show_error(error)
            stored = []
        self._entries = effective_prompts(self._library, stored)
        self._fill()

    def _fill(self) -> None:
        moment = self.current_moment()
        for widget in (self.meeting, self.meeting_label):
            widget.setVisible(links_meeting(moment))
        for widget in (self.goal, self.goal_label):
            widget.setVisible(moment is PromptMoment.ON_GOAL)
        self.tree.clear()
        themes: dict[str, QTreeWidgetItem] = {}
        for entry in self._entries:
            if entry.retired and not self.show_retired.isChecked():
                continue
            if moment is not PromptMoment.ANY and entry.moment is not moment:
                continue
            parent = themes.get(entry.theme)
            if parent is None:
                parent = QTreeWidgetItem([theme_title(self._library, entry.theme)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setToolTip(0, theme_description(self._library, entry.theme))
                self.tree.addTopLevelItem(parent)
                themes[entry.theme] = parent
            text = neutralise(entry.text)
            if entry.retired:
                text = self.tr("{0} (retired)").format(text)
            item = QTreeWidgetItem([text])
            item.setData(0, ROLE_ENTRY, entry)
            item.setToolTip(0, plain_tooltip(f"{moment_title(entry.moment)}: {text}"))
            parent.addChild(item)
        self.tree.expandAll()
        first = next(iter(themes.values()), None)
        child = first.child(0) if first is not None and first.childCount() else None
        if child is not None:
            self.tree.setCurrentItem(child)
        self._update_buttons()

    # -- the chosen prompt ---------------------------------------------------------------
    def current_entry(self) -> PromptEntry | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE_ENTRY) if item is not None else None
        return value if isinstance(value, PromptEntry) else None

    def select_text(self, text: str) -> bool:
        """Make the prompt with this text current (for keyboard-free callers and tests)."""
        for top in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(top)
            for child in range(parent.childCount() if parent else 0):
                item = parent.child(child) if parent else None
                entry = item.data(0, ROLE_ENTRY) if item else None
                if item is not None and isinstance(entry, PromptEntry) and entry.text == text:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.chosen_text.setText(entry.text if entry is not None else "")
        self.start_button.setEnabled(entry is not None and not entry.retired)
        self.change_button.setEnabled(entry is not None)
        self.retire_button.setEnabled(entry is not None)
        self.retire_button.setText(
            self.tr("Res&tore") if entry is not None and entry.retired else self.tr("Re&tire")
        )
        self.retire_button.setAccessibleName(accessible_label(self.retire_button.text()))

    def _accept_if_chosen(self) -> None:
        if self.start_button.isEnabled():
            self.accept()

    def choice(self) -> PromptChoice | None:
        entry = self.current_entry()
        if entry is None or entry.retired:
            return None
        moment = self.current_moment()
        linked_meeting = self.meeting.currentData() if links_meeting(moment) else None
        linked_goal = self.goal.currentData() if moment is PromptMoment.ON_GOAL else None
        return PromptChoice(entry.text, moment, linked_meeting, linked_goal)

    # -- looking after the library -------------------------------------------------------
    def add_prompt(self) -> None:
        entry = PromptEditDialog.ask(self, self._library)
        if entry is not None:
            self._store(entry)

    def change_prompt(self) -> None:
        current = self.current_entry()
        if current is None:
            return
        entry = PromptEditDialog.ask(self, self._library, current)
        if entry is not None:
            self._store(entry)

    def toggle_retired(self) -> None:
        current = self.current_entry()
        if current is not None:
            self._store(replace(current, retired=not current.retired))

    def _store(self, entry: PromptEntry) -> None:
        try:
            save_entry(self._repository, entry)
        except VaultError as error:
            self._show_error(error)
            return
        except ValidationError as error:
            self.message.setText(error.message)
            return
        self.message.clear()
        self._reload()
        if not entry.retired or self.show_retired.isChecked():
            self.select_text(entry.text)

    def _show_error(self, error: VaultError) -> None:
        headline, advice = describe(error)
        self.message.setText(f"{headline} {advice}".strip())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        prompts: PromptRepository,
        meetings: Choices,
        goals: Choices,
        moment: PromptMoment = PromptMoment.ANY,
        *,
        meeting_id: int | None = None,
        goal_id: int | None = None,
    ) -> PromptChoice | None:
        dialog = cls(
            prompts, meetings, goals, moment, meeting_id=meeting_id, goal_id=goal_id, parent=parent
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
