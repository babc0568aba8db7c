"""Every VaultError in the user's language: what happened, and what to do next.

The words themselves live once, in ``store/errors.py`` (marked for translation there); this
module only translates them, so the app and the command line can never drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rmdesk.domain.translation import QT_TRANSLATE_NOOP
from rmdesk.store.errors import CONTEXT, VaultError

if TYPE_CHECKING:
    # Not imported at run time: it loads the whole domain model, which the lock screen
    # (which shows these texts) does not need. A failure is either kind: not a VaultError
    # is a ValidationError.
    from rmdesk.domain.validation import ValidationError

translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(error: VaultError) -> tuple[str, str]:
    """(headline, next step) for ``error``, translated."""
    advice = error.advice or QT_TRANSLATE_NOOP("VaultErrors", "Nothing was changed.")
    return _t(error.message), _t(advice)


def vault_error_text(error: VaultError) -> str:
    """Headline and next step as one block, for a status line or a message box."""
    headline, advice = describe(error)
    return f"{headline}\n\n{advice}"


def not_saved_line(error: VaultError | ValidationError) -> str:
    """A failed save in one line for a status label beside the editor, which keeps the text."""
    if not isinstance(error, VaultError):
        return translate("VaultErrors", "Not saved: {0}").format(error.message)
    headline, advice = describe(error)
    return translate("VaultErrors", "Not saved: {0} {1} Your text is still here.").format(
        headline, advice
    )


def show_not_saved(parent: QWidget, error: VaultError | ValidationError) -> None:
    """The one message box for a failed save: same title, same icon, everywhere."""
    show_failure(parent, translate("VaultErrors", "Not saved"), error)


def show_not_exported(parent: QWidget, error: VaultError | ValidationError) -> None:
    show_failure(parent, translate("VaultErrors", "Not exported"), error)


def show_failure(parent: QWidget, title: str, error: VaultError | ValidationError) -> None:
    text = vault_error_text(error) if isinstance(error, VaultError) else error.message
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
