"""How the mouse wheel and the keyboard behave in every window: one application-wide filter.

Installed once on the QApplication (``install_input_policy``) so that every widget, in every
view and dialog, present or added later, follows the same rules without remembering to:

- The wheel never edits a form. Over a combo box, spin box or date/time field that does not
  have the focus, the wheel scrolls the page around it and changes nothing (such fields no
  longer take the focus from the wheel either).
- Tab leaves tables: Tab and Backtab move to the next control, not the next cell.
- Enter activates a focused push or tool button outside dialogs as well (inside a dialog Qt
  already presses the focused button).
- A flat "link" button looks like a button while it has the keyboard focus, so the focus can
  be seen in every style.
- Enter in an empty list or table (or one with no current row) does not submit its dialog.
- Date fields show and take ISO-style or locale dates with four-digit years (kit/dates.py),
  so a date can be typed in full.
- Every dialog of ours is at least as wide as its title as the window manager shows it
  ("Title — rmdesk", in bold), so the title is never cut ("Passphra… — rmdesk").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from rmdesk.ui.kit.dates import date_edit_format
from rmdesk.ui.kit.dialog_fit import keep_title_whole

_FLAT_PROPERTY = "rmdeskFlatUntilFocused"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_WHEEL_FIELDS = (QComboBox, QAbstractSpinBox)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def _field_under(widget: QWidget) -> QWidget | None:
    """The combo box or spin box ``widget`` is (or is a part of, like a spin box's line
    edit), or None."""
    probe: QWidget | None = widget
    for _ in range(3):
        if probe is None:
            return None
        if isinstance(probe, _WHEEL_FIELDS):
            return probe
        if probe.isWindow():  # an open combo box's list is a window of its own: it scrolls
            return None
        probe = probe.parentWidget()
    return None


def _repeated_date_separator(widget: QWidget, event: QKeyEvent) -> bool:
    """A separator typed right after a date field moved past that separator by itself.

    Qt moves to the next section once a section is complete ("2027" or "05"); the separator
    the user then types would skip one more section, so "2027-03-05" became 2027-11-03."""
    field = widget if isinstance(widget, QDateTimeEdit) else widget.parentWidget()
    if not isinstance(field, QDateTimeEdit):
        return False
    typed = event.text()
    if len(typed) != 1 or typed.isalnum() or typed.isspace():
        return False
    edit = field.lineEdit()
    position = edit.cursorPosition() if not edit.hasSelectedText() else edit.selectionStart()
    return position > 0 and edit.text()[position - 1] == typed


def _is_own_dialog(widget: QWidget) -> bool:
    """A dialog window of ours: Qt's message boxes and file dialogs size themselves."""
    return (
        isinstance(widget, QDialog)
        and widget.isWindow()
        and not isinstance(widget, QMessageBox | QFileDialog)
    )


def _in_dialog(widget: QWidget) -> bool:
    return isinstance(widget.window(), QDialog)


class InputPolicy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            self._polish(watched)
        elif kind == QEvent.Type.Show and _is_own_dialog(watched):
            keep_title_whole(watched)  # type: ignore[arg-type]
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(watched, event)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        elif (
            kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
            and isinstance(watched, QPushButton)
            and watched.property(_FLAT_PROPERTY)
        ):
            watched.setFlat(kind == QEvent.Type.FocusOut)
        return False

    def _polish(self, widget: QWidget) -> None:
        wheel_focus = widget.focusPolicy() == Qt.FocusPolicy.WheelFocus
        if isinstance(widget, _WHEEL_FIELDS) and wheel_focus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if isinstance(widget, QDateEdit) and not widget.property("rmdeskDateFormat"):
            widget.setProperty("rmdeskDateFormat", True)
            widget.setDisplayFormat(date_edit_format(widget.locale()))
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        if isinstance(widget, QPushButton) and widget.isFlat():
            widget.setProperty(_FLAT_PROPERTY, True)

    def _wheel(self, widget: QWidget, event: QWheelEvent) -> bool:
        field = _field_under(widget)
        if field is None or field.hasFocus():
            return False
        # Not for the field: hand the same turn to the page it sits on.
        area = _scroll_area_around(field)
        if area is not None:
            copy = QWheelEvent(
                event.position(),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(area.viewport(), copy)
        event.accept()
        return True

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        if _repeated_date_separator(widget, event):
            event.accept()
            return True
        if (
            event.key() not in _ENTER_KEYS
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        if isinstance(widget, QPushButton | QToolButton) and not _in_dialog(widget):
            if widget.isEnabled() and widget.hasFocus():
                widget.animateClick()
                return True
            return False
        if isinstance(widget, QAbstractItemView) and _in_dialog(widget):
            model = widget.model()
            empty = model is None or model.rowCount(widget.rootIndex()) == 0
            if (empty or not widget.currentIndex().isValid()) and (
                widget.state() != QAbstractItemView.State.EditingState
            ):
                event.accept()
                return True
        return False


def install_input_policy() -> None:
    """Install the policy on the running QApplication, once."""
    app = QApplication.instance()
    if app is None or app.property("rmdeskInputPolicy"):
        return
    policy = InputPolicy(app)
    app.setProperty("rmdeskInputPolicy", True)
    app.installEventFilter(policy)
