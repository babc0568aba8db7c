"""The package list in pyproject.toml is explicit (see the comment there): keep it complete."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src" / "rmdesk").rglob("__init__.py")
    }
    resource_folders = {
        "rmdesk.resources." + folder.name
        for folder in (ROOT / "resources").iterdir()
        if folder.is_dir() and folder.name != "__pycache__"
    }
    assert found | {"rmdesk.resources"} | resource_folders == listed


def test_resources_load_through_importlib() -> None:
    icons = files("rmdesk.resources").joinpath("icons")
    assert icons.joinpath("lock.svg").read_text("utf-8").startswith("<svg")
