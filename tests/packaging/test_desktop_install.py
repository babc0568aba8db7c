"""make install-desktop / uninstall-desktop: a menu entry for the venv's rmdesk."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.scripts import APP_ID, load

desktop_install = load("linux/desktop_install.py")


def program(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "rmdesk"
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_install_points_exec_at_the_venv_and_uninstall_undoes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    target = program(tmp_path / "checkout" / ".venv" / "bin")
    assert desktop_install.main(["install", str(target)]) == 0
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(desktop)
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == str(target) and entry["TryExec"] == str(target)
    assert icon.read_text().startswith("<svg")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0 and not check.stdout, check.stdout

    assert desktop_install.main(["uninstall"]) == 0
    assert not desktop.exists() and not icon.exists()
    assert desktop_install.main(["uninstall"]) == 0  # twice is fine


def test_default_place_is_the_home_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/invalid")
    assert desktop_install.data_home() == Path.home() / ".local" / "share"


@pytest.mark.parametrize(
    ("path", "exec_value"),
    [
        ("/home/ann/rmdesk/.venv/bin/rmdesk", "/home/ann/rmdesk/.venv/bin/rmdesk"),
        ("/home/ann/My Apps/.venv/bin/rmdesk", '"/home/ann/My Apps/.venv/bin/rmdesk"'),
        ('/tmp/a"b$c 100%/rmdesk', '"/tmp/a\\\\"b\\\\$c 100%%/rmdesk"'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(path: str, exec_value: str) -> None:
    assert desktop_install.quote_exec_argument(path) == exec_value


def test_a_missing_program_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make run"):
        desktop_install.install(tmp_path / "nope", tmp_path / "share")
