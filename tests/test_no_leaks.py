"""A whole GUI session in a child process: no network, and no canary outside the vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_scripted_session_touches_no_network_and_leaks_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.session_child", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["network"] == []
    assert not [m for m in report["qt_modules"] if "Network" in m or "WebEngine" in m]

    assert (data / "vault.rmdesk").read_bytes()[:16] != b"SQLite format 3\x00"
    for folder in (data, tmp, home):
        for path in folder.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for canary in (b"LEAKCANARY", b"leakcanary", b"Leo Brandt", b"Margaret"):
                    assert canary not in content, f"{canary!r} found in {path}"
    log = data / "logs" / "rmdesk.log"
    assert "vault unlocked" in log.read_text("utf-8") or "locking" in log.read_text("utf-8")
    assert "builtins.ValueError" in log.read_text("utf-8")
    # Every file we wrote is private to this user.
    for path in data.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path
