"""packaging/pyinstaller-hooks: our run-time hooks take the place of PyInstaller's PySide6 and
inspect hooks, and defer their heavy work to the first import of the module they serve."""

from __future__ import annotations

import ast
import os
import sys
import types
from pathlib import Path

import pytest

from tests.packaging.scripts import PACKAGING

HOOKS = PACKAGING / "pyinstaller-hooks"
LAZY = HOOKS / "rthooks" / "pyi_rth_rmdesk_lazy.py"


def test_rthooks_dat_names_existing_hooks_for_the_modules_it_replaces() -> None:
    table = ast.literal_eval((HOOKS / "rthooks.dat").read_text("utf-8"))
    assert set(table) == {"PySide6", "inspect"}
    for files in table.values():
        for name in files:
            assert (HOOKS / "rthooks" / name).is_file(), name


def test_the_hook_sets_qts_environment_and_patches_inspect_only_when_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    qt = types.SimpleNamespace(
        ensure_single_qt_bindings_package=lambda name: calls.append(("single", name)),
        create_embedded_qt_conf=lambda name, path: calls.append(("qt.conf", path)),
    )
    utils = types.ModuleType("_pyi_rth_utils")
    utils.is_macos_app_bundle = False  # type: ignore[attr-defined]
    utils.prepend_path_to_environment_variable = lambda *a: None  # type: ignore[attr-defined]
    utils.qt = qt  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils", utils)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("QT_PLUGIN_PATH", "unset")
    meta_path_before = list(sys.meta_path)
    real_inspect = sys.modules["inspect"]
    try:
        exec(compile(LAZY.read_text("utf-8"), str(LAZY), "exec"), {"__name__": "hook"})
        # Eager and cheap: the environment; QtCore itself was not imported by the hook.
        expected_plugins = os.path.join(str(tmp_path), "PySide6", "Qt", "plugins")
        assert os.environ["QT_PLUGIN_PATH"] == expected_plugins
        assert calls == [("single", "PySide6")]
        assert len(sys.meta_path) == len(meta_path_before) + 2

        # A first import of inspect (simulated by importing a fresh copy) gets the patch,
        # and the finder that did it leaves sys.meta_path.
        del sys.modules["inspect"]
        import inspect as fresh_inspect

        assert fresh_inspect is not real_inspect
        assert fresh_inspect.getsourcefile.__qualname__.endswith("getsourcefile")
        assert fresh_inspect.getsourcefile is not real_inspect.getsourcefile
        here = fresh_inspect.getsourcefile(
            test_rthooks_dat_names_existing_hooks_for_the_modules_it_replaces
        )
        assert here == __file__
        assert len(sys.meta_path) == len(meta_path_before) + 1
    finally:
        sys.modules["inspect"] = real_inspect
        sys.meta_path[:] = meta_path_before
