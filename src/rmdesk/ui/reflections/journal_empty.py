"""What the journal's list shows when it has nothing to show: no reflections yet, nothing
under the chosen filters, or nothing found by a search."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rmdesk.ui.kit.empty_state import EmptyState


def no_reflections(start_from_prompt: Callable[[], object], parent: QWidget) -> EmptyState:
    return EmptyState(
        QCoreApplication.translate("JournalEmpty", "No reflections yet"),
        QCoreApplication.translate(
            "JournalEmpty",
            "A reflection is a few lines for yourself: what you noticed, what surprised you, "
            "what you would do differently. A prompt gives you a question to start from.",
        ),
        QCoreApplication.translate("JournalEmpty", "Start from a prompt…"),
        start_from_prompt,
        parent,
    )


def nothing_filtered(clear_filters: Callable[[], object], parent: QWidget) -> EmptyState:
    return EmptyState(
        QCoreApplication.translate("JournalEmpty", "No reflection matches these filters"),
        QCoreApplication.translate(
            "JournalEmpty",
            "The tag, link or dates above leave every reflection out. Clear them to see "
            "the whole journal again.",
        ),
        QCoreApplication.translate("JournalEmpty", "Clear the filters"),
        clear_filters,
        parent,
    )


def nothing_found(clear_search: Callable[[], object], parent: QWidget) -> EmptyState:
    return EmptyState(
        QCoreApplication.translate("JournalEmpty", "Nothing found"),
        QCoreApplication.translate(
            "JournalEmpty",
            "Search finds whole words in your reflections; end a word with * to find the "
            "words that begin with it. The filters above still apply.",
        ),
        QCoreApplication.translate("JournalEmpty", "Clear the search"),
        clear_search,
        parent,
    )
