"""Give a venv install (``make run``) a menu entry: ``make install-desktop`` /
``make uninstall-desktop``.

Copies the .desktop file with Exec pointing at this checkout's venv program, and the SVG
icon into the hicolor theme, under $XDG_DATA_HOME (default ~/.local/share), the per-user
places desktops read. Uninstall removes exactly those two files.

    python packaging/linux/desktop_install.py install /path/to/.venv/bin/rmdesk
    python packaging/linux/desktop_install.py uninstall
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent.parent
APP_ID = "io.github.rmdesk.Rmdesk"


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec: a relative or empty value is invalid and means the default.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def quote_exec_argument(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (reserved characters inside
    double quotes, with `"`, `` ` ``, `$` and `\\` escaped, and `%` doubled)."""
    if re.fullmatch(r"[A-Za-z0-9_./+,:@=-]+", argument):
        return argument
    escaped = re.sub(r'(["`$\\])', r"\\\1", argument).replace("%", "%%")
    # In a desktop file's string value a backslash is itself escaped once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry_for(program: Path, template: str) -> str:
    """The packaged .desktop text with Exec (and TryExec) pointing at ``program``."""
    exec_line = f"Exec={quote_exec_argument(str(program))}"
    text, count = re.subn(r"^Exec=.*$", exec_line, template, count=1, flags=re.MULTILINE)
    if count != 1:
        raise SystemExit("desktop_install: the .desktop template has no Exec= line")
    return text.replace(exec_line, f"TryExec={program}\n{exec_line}", 1)


def targets(base: Path) -> tuple[Path, Path]:
    return (
        base / "applications" / f"{APP_ID}.desktop",
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )


def _refresh(base: Path) -> None:
    # Optional helpers: menus notice new files without them, only a little later.
    for command in (
        ["update-desktop-database", "-q", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False)


def install(program: Path, base: Path) -> list[Path]:
    if not os.access(program, os.X_OK):
        raise SystemExit(f"desktop_install: {program} is not an executable; run `make run`")
    desktop, icon = targets(base)
    template = (PACKAGING / f"{APP_ID}.desktop").read_text("utf-8")
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry_for(program.resolve(), template), "utf-8")
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PACKAGING / f"{APP_ID}.svg", icon)
    _refresh(base)
    return [desktop, icon]


def uninstall(base: Path) -> list[Path]:
    removed = []
    for path in targets(base):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(base)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("install", help="add the menu entry and icon")
    add.add_argument("program", type=Path, help="the rmdesk program the entry starts")
    commands.add_parser("uninstall", help="remove them again")
    args = parser.parse_args(argv)
    base = data_home()
    if args.command == "install":
        for path in install(args.program, base):
            print(f"installed {path}")
    else:
        for path in uninstall(base):
            print(f"removed {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
