"""An empty state in a narrow column (the agenda beside the meeting list) shows its whole
sentence: the wrapped lines get their height, and the button sits below them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.empty_state import EmptyState

SENTENCE = (
    "Add what you want to talk about: a topic, a question, something to show. Each item can "
    "have a time box."
)


@pytest.mark.parametrize("width", [260, 360, 900])
def test_the_whole_sentence_shows_above_the_button(qtbot: QtBot, width: int) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    empty = EmptyState("Nothing on the agenda yet", SENTENCE, "Add the first item…", lambda: None)
    empty.setParent(holder)
    empty.resize(width, 400)
    holder.resize(width, 400)
    holder.show()
    qtbot.waitExposed(holder)
    text = empty.text
    assert text.height() >= text.heightForWidth(text.width())
    assert text.geometry().bottom() < empty.button.geometry().top()
    assert empty.title.geometry().bottom() < text.geometry().top()
