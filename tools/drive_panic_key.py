"""Press the real keys of the nested-dialog panic path on a real X server, with screenshots.

    python tools/drive_panic_key.py [--out DIR]

Needs Xvfb, openbox, xdotool and ImageMagick's ``import`` (Debian: xvfb openbox xdotool
imagemagick). Starts its own X server and window manager, then the real app with the demo
vault (``rmdesk --demo``, in a throwaway folder; your own data is not touched), and:

1. Ctrl+E opens Edit relationship (a modal dialog);
2. Alt+C goes to the mentor candidates, Down selects one, Alt+I opens Edit… for it: a modal
   dialog over a modal dialog, showing the candidate's private notes;
3. F12: shared-screen mode. Both dialogs must be gone and no private text on screen;
4. Ctrl+L locks; then SIGTERM ends the app, which must remove its temp folders.

A screenshot follows each step (``import -window root``) in DIR (default shots/panic-key).
Exits non-zero when a dialog is still open after F12 or the app leaves files behind.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool", "import")
SCREEN = "1280x800x24"


def _run(*args: str, env: dict[str, str], check: bool = True) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False, timeout=30)
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def _start_x() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


class Driver:
    def __init__(self, env: dict[str, str], out: Path) -> None:
        self.env = env
        self.out = out
        self.step = 0

    def shot(self, name: str) -> Path:
        self.step += 1
        path = self.out / f"{self.step:02d}-{name}.png"
        _run("import", "-window", "root", str(path), env=self.env)
        print(f"screenshot: {path}")
        return path

    def key(self, *keys: str) -> None:
        for key in keys:
            _run("xdotool", "key", "--clearmodifiers", key, env=self.env)
            time.sleep(0.4)

    def visible_windows(self, name: str) -> list[str]:
        """Visible windows whose title contains ``name`` (matched here: xdotool's own --name
        misses titles with non-ASCII characters such as Qt's " — rmdesk" suffix)."""
        found = _run("xdotool", "search", "--onlyvisible", "--name", ".", env=self.env, check=False)
        matching = []
        for window in (line for line in found.splitlines() if line):
            title = _run("xdotool", "getwindowname", window, env=self.env, check=False)
            if name in title:
                matching.append(window)
        return matching

    def wait_gone(self, names: tuple[str, ...], timeout: float = 10.0) -> list[str]:
        """The names still showing a window after ``timeout`` (a busy machine is slow)."""
        deadline = time.monotonic() + timeout
        while True:
            left = [name for name in names if self.visible_windows(name)]
            if not left or time.monotonic() > deadline:
                time.sleep(0.8)  # let the main window repaint
                return left
            time.sleep(0.2)

    def wait_for(self, name: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            windows = self.visible_windows(name)
            if windows:
                _run("xdotool", "windowactivate", "--sync", windows[-1], env=self.env, check=False)
                time.sleep(0.8)  # let it paint
                return
            time.sleep(0.2)
        raise RuntimeError(f"no window named {name!r} appeared")


def drive(out: Path) -> int:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"missing tools: {', '.join(missing)}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="drive-panic-"))
    server, display = _start_x()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "RMDESK_"))},
        "DISPLAY": display,
        "HOME": str(scratch / "home"),
        "TMPDIR": str(scratch / "tmp"),
        "LANG": "en_GB.UTF-8",
        "LC_ALL": "en_GB.UTF-8",
    }
    (scratch / "home").mkdir()
    (scratch / "tmp").mkdir()
    manager = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    app: subprocess.Popen[str] | None = None
    problems: list[str] = []
    try:
        time.sleep(1.0)
        app = subprocess.Popen(
            [sys.executable, "-m", "rmdesk", "--demo", "-platform", "xcb"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        driver = Driver(env, out)
        driver.wait_for("rmdesk", timeout=90)
        driver.shot("demo-open")
        driver.key("ctrl+e")
        driver.wait_for("Edit relationship")
        driver.key("alt+c", "Down")
        driver.shot("edit-relationship-candidate-selected")
        driver.key("alt+i")
        driver.wait_for("Mentor candidate")
        driver.shot("candidate-dialog-private-notes")
        driver.key("F12")
        left = driver.wait_gone(("Mentor candidate", "Edit relationship"))
        problems += [f"{name!r} still open after F12" for name in left]
        if not driver.visible_windows("Shared screen"):
            problems.append("the window title does not say Shared screen after F12")
        driver.shot("after-f12-shared-screen")
        driver.key("ctrl+l")
        time.sleep(1.0)
        driver.shot("after-ctrl-l-locked")
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
        if app.returncode != 0:
            problems.append(f"the app ended with {app.returncode} on SIGTERM: {err.strip()}")
        left = sorted(p.name for p in (scratch / "tmp").iterdir())
        if left:
            problems.append(f"left in the temp folder: {left}")
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.communicate()
        manager.terminate()
        server.terminate()
        manager.wait(timeout=10)
        server.wait(timeout=10)
        shutil.rmtree(scratch, ignore_errors=True)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("ok" if not problems else "failed")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("shots/panic-key"))
    return drive(parser.parse_args().out)


if __name__ == "__main__":
    sys.exit(main())
