"""A cheaper answer to the question PySide6 asks of every imported module.

From ``import PySide6.QtCore`` on, PySide6 (its ``__feature__`` support, PYSIDE-2029) asks of
each newly imported module whether its source mentions "PySide6", with
``inspect.getsource``: the whole file goes through ``linecache`` and stays there. Over the
~100 modules the app imports up to its lock screen that cost ~15 ms of CPU and ~4 MiB
resident (bench/RESULTS.md). The same question answered by reading the file's bytes gives
the same answer without keeping anything. rmdesk uses no ``__feature__`` switch itself; the
answer only decides which modules may.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # installs the import hook this module adjusts


def lighten_feature_check() -> None:
    """Replace PySide6's per-import source check by a plain read, where it exists."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "rmdesk_light", False):
        return

    def uses_pyside(module: ModuleType, *more: object, **named: object) -> bool:
        # It runs inside PySide6's import hook for every import: whatever a later PySide6
        # passes or whatever goes wrong here, PySide6's own answer is given instead.
        try:
            path = getattr(module, "__file__", None)
            if not more and not named and isinstance(path, str) and path.endswith(".py"):
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
        except Exception:  # never break an import over a speed-up
            pass
        return bool(original(module, *more, **named))

    uses_pyside.rmdesk_light = True  # type: ignore[attr-defined]
    vars(feature)["_mod_uses_pyside"] = uses_pyside
