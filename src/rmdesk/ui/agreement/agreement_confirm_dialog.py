"""One party confirms an agreement version by typing their own name.

Typing the name is a deliberate act, not a password: it makes each person read who they are
confirming as and which fingerprint. The typed name must match the name recorded for that
side of the relationship, ignoring case and spacing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import Role
from rmdesk.privacy.display_text import neutralise
from rmdesk.ui.kit.wrapped_label import WrappedLabel


def same_name(typed: str, expected: str) -> bool:
    """Case- and space-insensitive equality (``" margaret  OKAFOR "`` is Margaret Okafor)."""
    return bool(expected.strip()) and (
        " ".join(typed.split()).casefold() == " ".join(expected.split()).casefold()
    )


class AgreementConfirmDialog(QDialog):
    def __init__(
        self,
        party: Role,
        expected_name: str,
        version_number: int,
        fingerprint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._expected = expected_name
        side = self.tr("the leader") if party is Role.LEADER else self.tr("the mentor")
        self.setWindowTitle(self.tr("Confirm the agreement as {0}").format(side))
        layout = QVBoxLayout(self)

        intro = WrappedLabel(
            self.tr(
                "You confirm that you have read version {0} of the agreement and agree to it. "
                "Its fingerprint is:"
            ).format(version_number),
            self,
        )
        layout.addWidget(intro)
        self.fingerprint_label = QLabel(fingerprint, self)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.fingerprint_label)

        if expected_name.strip():
            prompt = self.tr("Type your name as {0} to confirm ({1}):").format(
                side, neutralise(expected_name.strip())
            )
        else:
            prompt = self.tr(
                "No name is recorded for {0} yet. Add it with Edit relationship, then confirm."
            ).format(side)
        self.prompt_label = WrappedLabel(prompt, self)
        layout.addWidget(self.prompt_label)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setEnabled(bool(expected_name.strip()))
        self.prompt_label.setBuddy(self.name_edit)
        layout.addWidget(self.name_edit)
        self.error_label = WrappedLabel("", self)
        self.error_label.setObjectName("confirmError")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setEnabled(bool(expected_name.strip()))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def typed_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _check_and_accept(self) -> None:
        if same_name(self.name_edit.text(), self._expected):
            self.accept()
            return
        self.error_label.setText(
            self.tr(
                "That is not the name recorded for this side of the relationship. Type it as "
                "shown above; if the recorded name is wrong, correct it with Edit relationship."
            )
        )
        self.error_label.show()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        party: Role,
        expected_name: str,
        version_number: int,
        fingerprint: str,
    ) -> str | None:
        """The typed name once it matches, or None when cancelled."""
        dialog = cls(party, expected_name, version_number, fingerprint, parent)
        try:
            return dialog.typed_name() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
