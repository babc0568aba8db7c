"""Help → Guide (F1), Help → Keyboard shortcuts and Help → About rmdesk.

The guide is shown in the sealed browser (it loads nothing and follows no link) and is
built from translatable strings. The shortcut list is read from the window's own actions
and shortcuts each time it opens, so it cannot drift from what the keys really do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk import __version__
from rmdesk.ui.guide.guide_text import guide_blocks, guide_html
from rmdesk.ui.kit.forms import accessible_label, name_buttons, push_button
from rmdesk.ui.kit.sealed_browser import SealedBrowser
from rmdesk.ui.kit.view_keys import CATALOGUE, VIEW_KEYS_PROPERTY


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    name_buttons(buttons)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideDialog(QDialog):
    """Not modal: people read it beside the window (or beside the guided setup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("rmdesk guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.browser = SealedBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("rmdesk guide"))
        self.browser.setAccessibleDescription(
            self.tr("How rmdesk works: its sections, shared-screen mode, protection, backups")
        )
        self.browser.setHtml(guide_html(guide_blocks()))
        # Keyboard reading: arrows and Page keys scroll, Tab leaves the text.
        self.browser.setTabChangesFocus(True)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(640, 600)

    @classmethod
    def open_for(cls, parent: QWidget | None) -> GuideDialog:
        """Show the guide over ``parent`` (the window, or a dialog where F1 was pressed);
        an open guide is raised instead of opening a second one."""
        top = parent.window() if parent is not None else None
        existing = top.findChild(GuideDialog) if top is not None else None
        if isinstance(existing, GuideDialog) and existing.isVisible():
            dialog = existing
            dialog.raise_()
        else:
            dialog = cls(top)
            dialog.show()
        dialog.activateWindow()
        dialog.browser.setFocus()
        return dialog


def _key_text(sequences: list[QKeySequence]) -> str:
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(text for text in texts if text)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action and shortcut in the window with a key, in the
    order they were made, each once; then every section view's own keys (from the catalogue
    the views build them from, so those of views not open are listed too)."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        if action.property(VIEW_KEYS_PROPERTY) is not None:
            continue  # listed below with the section it belongs to
        keys = _key_text(action.shortcuts())
        label = accessible_label(action.text())
        if keys and label and (label, keys) not in seen:
            seen.add((label, keys))
            rows.append((label, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = _key_text(shortcut.keys())
        label = shortcut.whatsThis() or shortcut.objectName()
        if keys and label and (label, keys) not in seen:
            seen.add((label, keys))
            rows.append((label, keys))
    for entry in CATALOGUE:
        label = QCoreApplication.translate("ShortcutsDialog", "{0}: {1}").format(
            entry.where_text(), entry.what_text()
        )
        rows.append((label, entry.keys_text()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(520, 560)
        self.table.setFocus()
        self._rows = rows

    def rows(self) -> list[tuple[str, str]]:
        return list(self._rows)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About rmdesk"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("rmdesk {0}").format(__version__), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        for text, name in (
            (
                self.tr(
                    "A private desk for reverse mentoring. Everything stays in one encrypted "
                    "file on this computer; nothing is sent anywhere."
                ),
                "aboutSummary",
            ),
            (self.tr("Free software under the MIT licence."), "aboutLicence"),
            (self.tr("Data folder: {0}").format(data_folder), "aboutDataFolder"),
        ):
            label = QLabel(text, self)
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = _close_buttons(self)
        self.about_qt_button = push_button(self.tr("About &Qt"), self, QApplication.aboutQt)
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.setAutoDefault(False)  # Return closes, as in every About box
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
