"""The live session: one agenda item at a time, large, for the screen both people look at.

Shared content only, in every mode: the leader's private notes are never part of this view,
so it is safe on a shared screen even outside shared-screen mode.

Keyboard (also shown in the view):
  Alt+Right / Alt+Left  next / previous item       Ctrl+T  start or pause the timer
  Ctrl+D                item done (or not)         Ctrl+Shift+N  add a note
  Ctrl+Shift+Q          raise a question           Ctrl+Shift+C  challenge an assumption
  Ctrl+Shift+A          add an action              Ctrl+Shift+E  end the session

Typing is autosaved by the shared :class:`DebouncedSaver` (800 ms after the last key).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import AgendaItem, AgendaKind, Meeting, MeetingStatus
from rmdesk.domain.session_timer import SessionTimer, clock_text
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import one_line
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit import view_keys
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dialog_fit import scroll_vertically_only
from rmdesk.ui.kit.error_text import not_saved_line
from rmdesk.ui.kit.view_keys import view_action
from rmdesk.ui.meetings.agenda_model import kind_text, owner_text
from rmdesk.ui.meetings.autosave import DebouncedSaver, MeetingBook
from rmdesk.ui.meetings.live_side import LiveSidePanel

TICK_MS = 250


class LiveSessionView(QWidget):
    ended = Signal(int)  # meeting id, once it is marked held
    left = Signal()  # back to the agenda, the meeting not ended

    def __init__(
        self,
        context: ViewContext,
        meeting: Meeting,
        book: MeetingBook,
        saver: DebouncedSaver,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("liveSessionView")
        assert meeting.id is not None
        self._context = context
        self._meeting_id = meeting.id
        self._book = book
        self._saver = saver
        self._clock = clock
        self._items: list[AgendaItem] = context.data.shared.agenda.list_for_meeting(meeting.id)
        self._timers: dict[int, SessionTimer] = {}
        self.index = 0 if self._items else -1

        # The session's controls stay in view at the top; the item and the side panel scroll
        # below them (at 1024x700 or 150 % they are taller than the window).
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_bottom())
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        panes = AdaptiveSplitter(body)
        item_pane = QWidget(panes)
        item_pane.setLayout(self._build_item_column())
        self.side = LiveSidePanel(context, meeting.id, panes, today=today)
        self.side.item_raised.connect(self._on_item_raised)
        self.side.agenda_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._on_agenda_row(current.row())
        )
        panes.addWidget(item_pane)
        panes.addWidget(self.side)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 2)
        body_layout.addWidget(panes, 1)
        body_layout.addWidget(self._build_keys_help())
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setObjectName("liveSessionBody")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        scroll_vertically_only(self.body_scroll, body)
        layout.addWidget(self.body_scroll, 1)
        self._build_actions()

        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh_timer)
        self._show_current()

    # -- building ------------------------------------------------------------------------
    def _label(self, text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.position_label = self._label()
        top.addWidget(self.position_label, 1)
        self.timer_frame = QFrame(self)
        self.timer_frame.setAutoFillBackground(True)
        self.timer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QHBoxLayout(self.timer_frame)
        self.timer_label = self._label(scale=2.0, bold=True)
        self.timer_label.setObjectName("liveTimer")
        self.timer_label.setAccessibleName(self.tr("Time left for this item"))
        frame_layout.addWidget(self.timer_label)
        top.addWidget(self.timer_frame)
        self.timer_button = QPushButton(self)
        self.timer_button.clicked.connect(self.toggle_timer)
        top.addWidget(self.timer_button)
        return top

    def _build_item_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.title_label = self._label(scale=1.8, bold=True)
        self.title_label.setObjectName("liveItemTitle")
        column.addWidget(self.title_label)
        self.detail_label = self._label()
        column.addWidget(self.detail_label)
        self.done_button = QPushButton(self)
        self.done_button.setCheckable(True)
        self.done_button.toggled.connect(self._on_done_toggled)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        notes_label = self._label(self.tr("Shared &notes (Ctrl+Shift+N adds a note):"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Shared notes on this item"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_edit.textChanged.connect(self._on_notes_typed)
        column.addWidget(notes_label)
        column.addWidget(self.notes_edit, 2)
        outcome_label = self._label(self.tr("What we &concluded:"))
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setAccessibleName(self.tr("What we concluded on this item"))
        outcome_label.setBuddy(self.outcome_edit)
        self.outcome_edit.textChanged.connect(self._on_outcome_typed)
        column.addWidget(outcome_label)
        column.addWidget(self.outcome_edit, 1)
        self.message_label = self._label()
        self.message_label.hide()
        column.addWidget(self.message_label)
        return column

    def _build_keys_help(self) -> QLabel:
        entries = [e for e in view_keys.CATALOGUE if e.where == view_keys.LIVE]
        return self._label(
            self.tr("Keys: {0}").format(
                " · ".join(f"{e.keys_text()} {e.what_text()}" for e in entries)
            )
        )

    def _build_bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← Previous item"), self)
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_item)
        self.next_button = QPushButton(self.tr("Next item →"), self)
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.clicked.connect(self.next_item)
        self.back_button = QPushButton(self.tr("&Back to the agenda"), self)
        self.back_button.setAccessibleName(self.tr("Back to the agenda"))
        self.back_button.clicked.connect(self.leave)
        self.end_button = QPushButton(self.tr("&End session"), self)
        self.end_button.setAccessibleName(self.tr("End session and mark the meeting held"))
        self.end_button.clicked.connect(self.end_session)
        for button in (self.previous_button, self.next_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.end_button)
        return bottom

    def _build_actions(self) -> None:
        self.next_action = view_action(self, view_keys.LIVE_NEXT, self.next_item)
        self.previous_action = view_action(self, view_keys.LIVE_PREVIOUS, self.previous_item)
        self.timer_action = view_action(self, view_keys.LIVE_TIMER, self.toggle_timer)
        self.done_action = view_action(self, view_keys.LIVE_DONE, lambda: self.done_button.toggle())
        self.note_action = view_action(self, view_keys.LIVE_NOTE, self.add_note)
        self.question_action = view_action(
            self, view_keys.LIVE_QUESTION, lambda: self.side.focus_raise(AgendaKind.QUESTION)
        )
        self.assumption_action = view_action(
            self,
            view_keys.LIVE_ASSUMPTION,
            lambda: self.side.focus_raise(AgendaKind.ASSUMPTION),
        )
        self.add_action_action = view_action(self, view_keys.LIVE_ACTION, self.side.focus_action)
        self.end_action = view_action(self, view_keys.LIVE_END, self.end_session)

    # -- the current item ----------------------------------------------------------------
    def current_item(self) -> AgendaItem | None:
        return self._items[self.index] if 0 <= self.index < len(self._items) else None

    def current_timer(self) -> SessionTimer | None:
        item = self.current_item()
        if item is None or item.id is None:
            return None
        timer = self._timers.get(item.id)
        if timer is None:
            timer = SessionTimer(item.time_box_minutes * 60, self._clock)
            self._timers[item.id] = timer
        return timer

    def _show_current(self) -> None:
        item = self.current_item()
        relationship = self._context.relationship
        total = len(self._items)
        for edit in (self.notes_edit, self.outcome_edit):
            edit.blockSignals(True)
        if item is None:
            self.position_label.setText(self.tr("No agenda items yet"))
            self.title_label.setText(self.tr("Raise a question or a topic on the right."))
            self.detail_label.setText("")
            self.notes_edit.setPlainText("")
            self.outcome_edit.setPlainText("")
        else:
            self.position_label.setText(self.tr("Item {0} of {1}").format(self.index + 1, total))
            self.title_label.setText(one_line(item.title, limit=300))
            self.detail_label.setText(
                self.tr("{0} · brought by {1} · {2} min").format(
                    kind_text(item.kind),
                    owner_text(relationship, item.owner),
                    item.time_box_minutes,
                )
            )
            self.notes_edit.setPlainText(item.shared_notes)
            self.outcome_edit.setPlainText(item.outcome)
        for edit in (self.notes_edit, self.outcome_edit):
            edit.blockSignals(False)
            edit.setEnabled(item is not None)
        self.done_button.blockSignals(True)
        self.done_button.setChecked(bool(item and item.done))
        self.done_button.blockSignals(False)
        self.done_button.setEnabled(item is not None)
        self._update_done_text()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < total - 1)
        self.side.show_agenda(self._items, self.index)
        self.refresh_timer()

    def _update_done_text(self) -> None:
        done = self.done_button.isChecked()
        text = self.tr("✓ Done (Ctrl+D)") if done else self.tr("Mark done (Ctrl+D)")
        self.done_button.setText(text)
        self.done_button.setAccessibleName(self.tr("Item done") if done else self.tr("Mark done"))

    def session_state(self) -> tuple[int, dict[int, SessionTimer], tuple[str, str]]:
        """Where the session is, its clocks and any half-typed question or action (not yet
        entered), for a successor view (mode change)."""
        typed = (self.side.raise_edit.text(), self.side.action_what.text())
        return self.index, dict(self._timers), typed

    def resume(
        self,
        index: int,
        timers: dict[int, SessionTimer],
        typed: tuple[str, str] = ("", ""),
    ) -> None:
        """Continue a session another view was running: same item, same clocks, same
        half-typed text."""
        self.side.raise_edit.setText(typed[0])
        self.side.action_what.setText(typed[1])
        self._timers.update({k: v for k, v in timers.items() if k in {i.id for i in self._items}})
        if 0 <= index < len(self._items):
            self.index = index
        timer = self.current_timer()
        if timer is not None and timer.running:
            self.tick.start()
        self._show_current()

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self._items) or index == self.index:
            return
        self._flush_quietly()
        previous = self.current_timer()
        was_running = previous is not None and previous.running
        if previous is not None:
            previous.pause()
        self.index = index
        if was_running:
            timer = self.current_timer()
            if timer is not None:
                timer.start()
        self._show_current()

    def next_item(self) -> None:
        self.go_to(self.index + 1)

    def previous_item(self) -> None:
        self.go_to(self.index - 1)

    def _on_agenda_row(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.go_to(row)

    # -- the timer -----------------------------------------------------------------------
    def toggle_timer(self) -> None:
        timer = self.current_timer()
        if timer is None:
            return
        if timer.toggle():
            self.tick.start()
        else:
            self.tick.stop()
        self.refresh_timer()

    def refresh_timer(self) -> None:
        timer = self.current_timer()
        if timer is None:
            self.timer_label.setText("–")
            self.timer_button.setText(self.tr("Start timer (Ctrl+T)"))
            self.timer_button.setAccessibleName(self.tr("Start timer"))
            self._set_over_time(False)
            return
        if timer.is_over:
            text = self.tr("Over time by {0}").format(clock_text(timer.over_time()))
        else:
            text = self.tr("{0} left").format(clock_text(timer.remaining()))
        if not timer.running:
            text = self.tr("{0} (paused)").format(text)
        self.timer_label.setText(text)
        label = self.tr("Pause timer") if timer.running else self.tr("Start timer")
        self.timer_button.setText(self.tr("{0} (Ctrl+T)").format(label))
        self.timer_button.setAccessibleName(label)
        self._set_over_time(timer.is_over)

    def _set_over_time(self, over: bool) -> None:
        # A gentle signal from the palette, and the words say it too.
        self.timer_frame.setBackgroundRole(
            QPalette.ColorRole.ToolTipBase if over else QPalette.ColorRole.Window
        )
        self.timer_label.setForegroundRole(
            QPalette.ColorRole.ToolTipText if over else QPalette.ColorRole.WindowText
        )
        self.timer_frame.setProperty("overTime", over)

    # -- typing and saving ---------------------------------------------------------------
    def _change_item(self, **fields: object) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        self._items[self.index] = dataclasses.replace(item, **fields)  # type: ignore[arg-type]
        item_id = item.id
        key = ("agenda", item_id, tuple(sorted(fields)))
        self._saver.schedule(key, lambda: self._save_item(item_id, fields))

    def _save_item(self, item_id: int, fields: dict[str, object]) -> None:
        for position, item in enumerate(self._items):
            if item.id == item_id:
                stored = self._context.data.shared.agenda.update(
                    dataclasses.replace(item, **fields)  # type: ignore[arg-type]
                )
                self._items[position] = stored
                return

    def _on_notes_typed(self) -> None:
        self._change_item(shared_notes=self.notes_edit.toPlainText())

    def _on_outcome_typed(self) -> None:
        self._change_item(outcome=self.outcome_edit.toPlainText())

    def _on_done_toggled(self, done: bool) -> None:
        self._change_item(done=done)
        self._update_done_text()
        self.side.show_agenda(self._items, self.index)

    def add_note(self) -> None:
        """Focus the notes at their end, on a fresh line."""
        if self.current_item() is None:
            return
        self.notes_edit.setFocus()
        cursor = self.notes_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.notes_edit.setTextCursor(cursor)
        if self.notes_edit.toPlainText().strip():
            self.notes_edit.insertPlainText("\n- ")
        else:
            self.notes_edit.insertPlainText("- ")

    def _on_item_raised(self, item: AgendaItem) -> None:
        self._items.append(item)
        if self.index < 0:
            self.index = 0
        self._show_current()

    def _flush_quietly(self) -> bool:
        try:
            self._saver.flush()
        except (VaultError, ValidationError) as error:
            self.show_problem(error)
            return False
        return True

    def show_problem(self, error: VaultError | ValidationError) -> None:
        self.message_label.setText(not_saved_line(error))
        self.message_label.show()

    # -- leaving -------------------------------------------------------------------------
    def stop(self) -> None:
        self.tick.stop()
        for timer in self._timers.values():
            timer.pause()

    def leave(self) -> None:
        if self._flush_quietly():
            self.stop()
            self.left.emit()

    def end_session(self) -> None:
        if not self._flush_quietly():
            return
        try:
            self._book.change(self._meeting_id, status=MeetingStatus.HELD)
        except VaultError as error:
            self.show_problem(error)
            return
        self.stop()
        self.ended.emit(self._meeting_id)
