"""Load the build scripts under packaging/ by path: they are tools, not part of rmdesk, and a
folder called `packaging` must not shadow the PyPI package of that name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.rmdesk.Rmdesk"


def load(relative: str) -> ModuleType:
    """Import packaging/<relative> once, under its file name (how the scripts import each
    other when run as programs)."""
    path = PACKAGING / relative
    name = path.stem
    if name in sys.modules:
        return sys.modules[name]
    for folder in (str(path.parent), str(PACKAGING)):
        if folder not in sys.path:
            sys.path.append(folder)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
