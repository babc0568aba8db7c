"""The fields of a relationship's rhythm, shared by Edit relationship and the guided setup so
both offer the same choices in the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QWidget

from rmdesk.domain.models import Cadence

translate = QCoreApplication.translate


def cadence_combo(parent: QWidget) -> QComboBox:
    """Every week / two weeks / month; the item data is the ``Cadence`` value."""
    combo = QComboBox(parent)
    combo.setAccessibleName(translate("RhythmFields", "How often you meet"))
    for cadence, label in (
        (Cadence.WEEKLY, translate("RhythmFields", "Every week")),
        (Cadence.BIWEEKLY, translate("RhythmFields", "Every two weeks")),
        (Cadence.MONTHLY, translate("RhythmFields", "Every month")),
    ):
        combo.addItem(label, cadence.value)
    return combo


def minutes_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(5, 480)
    spin.setSingleStep(15)
    spin.setSuffix(translate("RhythmFields", " min"))
    spin.setAccessibleName(translate("RhythmFields", "Meeting length in minutes"))
    return spin


def start_date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(translate("RhythmFields", "Start date"))
    return edit
