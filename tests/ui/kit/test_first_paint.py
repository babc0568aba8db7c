"""after_first_paint: once, after the widget's first paint, not before it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.first_paint import after_first_paint


def test_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    label = QLabel("text")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5_000)
    label.repaint()
    label.setText("other")
    qtbot.wait(50)
    assert calls == [True]
