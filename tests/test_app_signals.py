"""The real app in a child process: Qt's own options are accepted, and SIGTERM/SIGHUP while
the demo runs quit cleanly, leaving neither the demo vault nor Qt's scratch folder behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.commands.cli_helpers import child_env

START_TIMEOUT = 60.0


def _start_demo(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = child_env(tmp_path / "home", TMPDIR=str(scratch))
    env.pop("QT_QPA_PLATFORM", None)  # the platform comes from Qt's own option below
    child = subprocess.Popen(
        [sys.executable, "-m", "rmdesk", "--demo", "-platform", "offscreen", "-style", "fusion"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        demo = list(scratch.glob("rmdesk-demo-*/vault.rmdesk"))
        if demo and list(scratch.glob("rmdesk-qt-*")) and child.poll() is None:
            time.sleep(1.0)  # the window is built and the event loop running
            return child, scratch
        if child.poll() is not None:
            break
        time.sleep(0.1)
    child.kill()
    _out, err = child.communicate()
    pytest.fail(f"the demo did not start: {err}")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_termination_signal_quits_the_demo_and_removes_its_files(
    tmp_path: Path, number: signal.Signals
) -> None:
    child, scratch = _start_demo(tmp_path)
    assert child.poll() is None, "the demo is running (and accepted -platform and -style)"
    child.send_signal(number)
    try:
        _out, err = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail("the app did not quit on the signal")
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert list(scratch.iterdir()) == [], "left behind in the temp folder"
