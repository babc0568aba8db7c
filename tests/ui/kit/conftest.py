"""Fixtures for the kit's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def c_locale() -> Iterator[None]:
    """Qt's default locale set to C/POSIX (no language) for the test, then restored."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)
