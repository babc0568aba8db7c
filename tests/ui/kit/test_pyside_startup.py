"""The lighter per-import check gives PySide6's own answer for every module loaded here."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from rmdesk.ui.kit import pyside_startup


@pytest.fixture
def feature_module() -> Iterator[object]:
    feature = sys.modules["shibokensupport.feature"]
    original = vars(feature)["_mod_uses_pyside"]
    yield feature
    vars(feature)["_mod_uses_pyside"] = original


def test_same_answer_as_pyside_for_every_loaded_module(feature_module: object) -> None:
    original = vars(feature_module)["_mod_uses_pyside"]
    pyside_startup.lighten_feature_check()
    light = vars(feature_module)["_mod_uses_pyside"]
    assert light is not original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: (original(m), light(m)) for m in modules}
    assert [name for name, (theirs, ours) in answers.items() if theirs != ours] == []
    # Both kinds were asked: rmdesk's Qt modules say yes, its store says no.
    assert answers["rmdesk.ui.kit.pyside_startup"] == (True, True)
    assert answers["rmdesk.store.errors"] == (False, False)


def test_installed_once(feature_module: object) -> None:
    pyside_startup.lighten_feature_check()
    first = vars(feature_module)["_mod_uses_pyside"]
    pyside_startup.lighten_feature_check()
    assert vars(feature_module)["_mod_uses_pyside"] is first
