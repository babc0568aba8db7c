"""An honest placeholder for a section that a later version of rmdesk will fill."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rmdesk.privacy.share_mode import Section


class PlaceholderView(QWidget):
    def __init__(self, section: Section, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder-{section.value}")
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(self._promise(section), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)

    def _promise(self, section: Section) -> str:
        later = self.tr("This section is not built yet; it arrives in a later version of rmdesk.")
        what = {
            Section.GOALS: self.tr(
                "It will hold your goals: why each matters, how success will show, and progress "
                "over time."
            ),
            Section.AGREEMENT: self.tr(
                "It will hold the confidentiality agreement you both confirm, with every "
                "version kept."
            ),
            Section.MEETINGS: self.tr(
                "It will hold the meeting schedule, agendas, and a focused live-session view."
            ),
            Section.ACTIONS: self.tr(
                "It will hold what you will try, what changed because of it, and thanks to "
                "your mentor."
            ),
            Section.PROGRESS: self.tr(
                "It will hold check-ins by both of you and charts of progress over time."
            ),
            Section.REFLECTIONS: self.tr(
                "It will hold your private journal with guided prompts and search."
            ),
        }.get(section, "")
        return f"{later}\n\n{what}".strip()
