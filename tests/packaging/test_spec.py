"""packaging/rmdesk.spec, run with stand-ins for PyInstaller's classes on each platform: what
it would ask PyInstaller to build on Windows and macOS, which cannot be built here."""

from __future__ import annotations

import builtins
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.scripts import APP_ID, PACKAGING, ROOT


class Recorded:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: keeps the arguments it was given."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = list(kwargs.get("datas", []))


def run_spec(platform: str, tmp_path: Path) -> tuple[list[Recorded], list[list[str]]]:
    calls: list[Recorded] = []
    commands: list[list[str]] = []
    fake_sys = types.SimpleNamespace(platform=platform, executable=sys.executable)
    fake_subprocess = types.SimpleNamespace(
        run=lambda command, check: commands.append([str(part) for part in command])
    )
    hooks = types.SimpleNamespace(collect_submodules=lambda name: [f"<all of {name}>"])
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sys":
            return fake_sys
        if name == "subprocess":
            return fake_subprocess
        if name == "PyInstaller.utils.hooks":
            return hooks
        return real_import(name, *args, **kwargs)

    def factory(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Recorded:
            call = Recorded(kind, *args, **kwargs)
            calls.append(call)
            return call

        return make

    namespace: dict[str, Any] = {
        "__builtins__": {**vars(builtins), "__import__": fake_import},
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "build"),
        **{kind: factory(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    (tmp_path / "dist" / "rmdesk").mkdir(parents=True)
    source = (PACKAGING / "rmdesk.spec").read_text("utf-8")
    exec(compile(source, "rmdesk.spec", "exec"), namespace)
    return calls, commands


def of(calls: list[Recorded], kind: str) -> list[Recorded]:
    return [call for call in calls if call.kind == kind]


def test_windows_builds_a_windowed_and_a_console_exe_in_one_folder(tmp_path: Path) -> None:
    calls, commands = run_spec("win32", tmp_path)
    exes = {exe.kwargs["name"]: exe.kwargs for exe in of(calls, "EXE")}
    assert exes["rmdesk"]["console"] is False
    assert exes["rmdesk-cli"]["console"] is True
    assert all(kw["icon"].endswith("rmdesk.ico") for kw in exes.values())
    assert all(kw["exclude_binaries"] for kw in exes.values())
    (collect,) = of(calls, "COLLECT")
    assert all(any(exe is arg for arg in collect.args) for exe in of(calls, "EXE"))
    assert not of(calls, "BUNDLE")
    # The .ico is generated from the SVG before PyInstaller needs it.
    assert commands and commands[0][1].endswith("make_icons.py")
    assert (tmp_path / "dist" / "rmdesk" / "docs" / "cli.md").is_file()


def test_macos_builds_an_app_bundle_with_its_info_plist(tmp_path: Path) -> None:
    calls, commands = run_spec("darwin", tmp_path)
    (bundle,) = of(calls, "BUNDLE")
    assert bundle.kwargs["name"] == "rmdesk.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["icon"].endswith("rmdesk.icns")
    plist = bundle.kwargs["info_plist"]
    from rmdesk import __version__

    assert plist["CFBundleShortVersionString"] == __version__ == bundle.kwargs["version"]
    assert plist["NSHighResolutionCapable"] is True
    (exe,) = of(calls, "EXE")
    assert exe.kwargs["console"] is False and exe.kwargs["strip"] is False
    # Docs travel inside the bundle (Contents/Resources/docs), where --help looks.
    (analysis,) = of(calls, "Analysis")
    assert "docs" in {dest for _, dest in analysis.kwargs["datas"]}
    assert commands


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_every_rmdesk_module_is_collected(platform: str, tmp_path: Path) -> None:
    calls, _ = run_spec(platform, tmp_path)
    (analysis,) = of(calls, "Analysis")
    # collect_submodules("rmdesk"): the ui/ packages can move without touching the spec.
    assert analysis.kwargs["hiddenimports"] == ["<all of rmdesk>"]
    assert (str(ROOT / "resources"), "rmdesk/resources") in analysis.kwargs["datas"]
    # Our run-time hooks replace the stock PySide6/inspect ones (start-up without Qt), and
    # multiprocessing, which rmdesk never uses, is left out with its start-up hook.
    assert analysis.kwargs["hookspath"] == [str(PACKAGING / "pyinstaller-hooks")]
    assert "multiprocessing" in analysis.kwargs["excludes"]


def test_linux_builds_one_program_with_docs_beside_it(tmp_path: Path) -> None:
    calls, commands = run_spec("linux", tmp_path)
    (exe,) = of(calls, "EXE")
    assert exe.kwargs["name"] == "rmdesk" and exe.kwargs["strip"] is True
    assert not commands  # no .ico/.icns needed; the .deb script renders its PNGs
    docs = sorted(p.name for p in (tmp_path / "dist" / "rmdesk" / "docs").iterdir())
    assert docs == ["README.md", "cli.md", "export-format.md"]
