"""The tag field: normalised tags, suggestions for the word being typed, words kept."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rmdesk.ui.reflections.tag_edit import TagEdit, join_tags, split_tags

# The completer's popup opens for real; the offscreen platform cannot raise it or grab keys.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

KNOWN = ["growth", "gen-z", "remote", "retro"]


def source(prefix: str) -> list[str]:
    return [tag for tag in KNOWN if tag.startswith(prefix)]


def test_tags_are_normalised(qtbot: QtBot) -> None:
    edit = TagEdit(source)
    qtbot.addWidget(edit)
    edit.setText(" Remote,growth,  , remote ")
    assert edit.tags() == split_tags("remote, growth")
    edit.set_tags(("a", "b"))
    assert edit.text() == join_tags(("a", "b")) == "a, b"


@OFFSCREEN_POPUP
def test_suggestions_follow_the_last_word_and_keep_the_earlier_ones(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    edit = TagEdit(source)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "growth, re")
    completer = edit.tag_completer
    model = completer.model()
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["remote", "retro"]
    assert completer.pathFromIndex(model.index(1, 0)) == "growth, retro"


@OFFSCREEN_POPUP
def test_a_single_tag_field_completes_the_whole_text(qtbot: QtBot) -> None:
    edit = TagEdit(source, multiple=False)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "gen")
    model = edit.tag_completer.model()
    assert edit.tag_completer.pathFromIndex(model.index(0, 0)) == "gen-z"
