"""Guards for the Python/PySide6 pairing (docs/architecture.md, platform facts)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_many_void_qt_calls_do_not_exhaust_none(qtbot: QtBot) -> None:
    # PySide6 6.12 on CPython 3.11 drops a reference to None on every void call and aborts
    # after about 5,000; a bad pairing must fail here, loudly, not in a user's session.
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(str(i % 10))
    assert label.text() == "9"
