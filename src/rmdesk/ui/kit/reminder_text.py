"""The one text a meeting reminder may say, in the tray and in a calendar's alarm alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reminder_text(minutes: int) -> str:
    """ "Reverse-mentoring meeting in 15 minutes": no name, no agenda, nothing else."""
    if minutes == 1:
        return QCoreApplication.translate("Reminders", "Reverse-mentoring meeting in 1 minute")
    return QCoreApplication.translate(
        "Reminders", "Reverse-mentoring meeting in %n minutes", "", minutes
    )
