"""The passphrase strength meter (a thin bar and a verdict in words), for every new passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QWidget

from rmdesk.domain import strength

translate = QCoreApplication.translate


def verdict_text(verdict: str) -> str:

    texts = {
        "too weak": translate("StrengthMeter", "Too weak: this could be guessed in moments."),
        "weak": translate("StrengthMeter", "Weak: add more words or characters."),
        "fair": translate("StrengthMeter", "Fair: acceptable, but a longer phrase would be safer."),
        "good": translate("StrengthMeter", "Good."),
        "strong": translate("StrengthMeter", "Strong."),
    }
    return texts.get(verdict, verdict)


class StrengthMeter(QProgressBar):
    """0–4 like :func:`rmdesk.domain.strength.estimate`; :meth:`show_for` returns the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Passphrase strength"))
        # Thin, so it reads as a meter and not as one more field to type into.
        self.setMaximumHeight(self.fontMetrics().height() // 2)

    def show_for(self, text: str) -> str:
        estimate = strength.estimate(text)
        self.setValue(estimate.score if text else 0)
        return verdict_text(estimate.verdict) if text else ""
