"""build_deb.py: what goes into the .deb and its control file, checked on a small stand-in
bundle (the real one takes minutes to freeze; `make deb` builds it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rmdesk import __version__
from tests.packaging.scripts import APP_ID, PACKAGING, load

build_deb = load("linux/build_deb.py")
elf_deps = load("linux/elf_deps.py")

XCB_NEEDS = {
    "libc.so.6": [],
    "libm.so.6": [],
    "ld-linux-x86-64.so.2": [],
    "libxcb.so.1": [],
    "libxcb-cursor.so.0": [],
    "libGL.so.1": [],
}
OWNERS = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libGL.so.1": "libgl1",
}


def needs(**libraries: list[Path]) -> object:
    return elf_deps.BundleNeeds((2, 34), None, dict(libraries))


def test_depends_names_a_package_per_missing_library_and_the_glibc_floor() -> None:
    depends = build_deb.depends_for(needs(**XCB_NEEDS), OWNERS.get)
    assert depends[0] == "libc6 (>= 2.34)"
    assert set(depends[1:]) == {"fontconfig-config", "libxcb1", "libxcb-cursor0", "libgl1"}
    assert depends[1:] == sorted(depends[1:])


def test_a_library_no_package_provides_stops_the_build() -> None:
    with pytest.raises(SystemExit, match=r"libxcb-cursor\.so\.0"):
        build_deb.depends_for(needs(**XCB_NEEDS), {"libxcb.so.1": "libxcb1"}.get)


def test_control_file() -> None:
    text = build_deb.control_text(
        version="1.2.3",
        arch="amd64",
        depends=["libc6 (>= 2.34)", "libgl1"],
        installed_kib=7,
        maintainer="A <a@example.org>",
    )
    fields = dict(re.findall(r"^(\S+): (.*)$", text, re.MULTILINE))
    assert fields["Package"] == "rmdesk" and fields["Version"] == "1.2.3"
    assert fields["Depends"] == "libc6 (>= 2.34), libgl1"
    assert fields["Installed-Size"] == "7"
    # Extended description lines start with a space; an empty one is " .".
    body = text.split("Description: ", 1)[1].splitlines()[1:]
    assert body and all(line.startswith(" ") and line.strip() for line in body)
    assert " ." in body


def test_release_date_and_man_page_follow_the_version() -> None:
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", build_deb.release_date(__version__))
    assert build_deb.read_version() == __version__
    man = (PACKAGING / "linux" / "rmdesk.1").read_text("utf-8")
    assert f'"rmdesk {__version__}"' in man
    changelog = build_deb.changelog_text(__version__, "2026-11-24", "A <a@example.org>")
    assert changelog.startswith(f"rmdesk ({__version__}) unstable; urgency=medium")
    assert changelog.rstrip().endswith("Tue, 24 Nov 2026 12:00:00 +0000")


def fake_bundle(root: Path) -> Path:
    bundle = root / "dist" / "rmdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "docs").mkdir()
    (bundle / "rmdesk").write_text("#!/bin/sh\necho rmdesk 0.0\n")
    (bundle / "rmdesk").chmod(0o700)
    (bundle / "_internal" / "libfake.so.1").write_bytes(b"not really a library")
    (bundle / "_internal" / "libfake.so.1").chmod(0o755)
    for name in ("README.md", "cli.md", "export-format.md"):
        (bundle / "docs" / name).write_text(name)
    return bundle


def test_staged_tree(tmp_path: Path, qtbot: QtBot) -> None:
    make_icons = load("make_icons.py")
    icons = tmp_path / "icons"
    make_icons.write_all(icons)
    stage = tmp_path / "stage"
    build_deb.stage_tree(fake_bundle(tmp_path), stage, icons, __version__, "A <a@example.org>")
    files = {p.relative_to(stage).as_posix() for p in stage.rglob("*") if not p.is_dir()}
    share = "usr/share"
    assert {
        "opt/rmdesk/rmdesk",
        "usr/bin/rmdesk",
        f"{share}/applications/{APP_ID}.desktop",
        f"{share}/metainfo/{APP_ID}.metainfo.xml",
        f"{share}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"{share}/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"{share}/doc/rmdesk/copyright",
        f"{share}/doc/rmdesk/changelog.gz",
        f"{share}/doc/rmdesk/cli.md",
        f"{share}/man/man1/rmdesk.1.gz",
        f"{share}/lintian/overrides/rmdesk",
    } <= files
    # The docs moved to /usr/share/doc (where --help looks), not left twice.
    assert not (stage / "opt" / "rmdesk" / "docs").exists()
    assert (stage / "usr" / "bin" / "rmdesk").readlink() == Path("/opt/rmdesk/rmdesk")
    assert (stage / "opt" / "rmdesk" / "rmdesk").stat().st_mode & 0o777 == 0o755
    assert (stage / "opt/rmdesk/_internal/libfake.so.1").stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_build_makes_an_installable_looking_deb(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_deb, "package_of_soname", lambda soname: None)
    deb = build_deb.build(
        fake_bundle(tmp_path), tmp_path / "out", tmp_path / "work", "A <a@example.org>"
    )
    assert re.fullmatch(rf"rmdesk_{re.escape(__version__)}_\w+\.deb", deb.name)
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True)
    assert "Package: rmdesk" in info.stdout and "Depends: libc6 (>= " in info.stdout
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True)
    assert "root/root" in listing.stdout and "./usr/bin/rmdesk -> /opt/rmdesk/rmdesk" in (
        listing.stdout
    )
    md5sums = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    )
    assert b"md5sums" in md5sums.stdout
