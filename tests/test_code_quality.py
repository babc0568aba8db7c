"""ruff (lint and format) and mypy hold for the whole tree: checked by the suite, not memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / args[0]), *args[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_ruff_lint_and_format() -> None:
    lint = run("ruff", "check", "src", "tests", "bench", "tools", "packaging")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run("ruff", "format", "--check", "src", "tests", "bench", "tools", "packaging")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_on_the_packaging_scripts() -> None:
    # Build tools, not part of the rmdesk package: pyproject's mypy files do not list them.
    scripts = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "packaging").rglob("*.py"))
    assert scripts
    result = run("mypy", *scripts)
    assert result.returncode == 0, result.stdout + result.stderr
