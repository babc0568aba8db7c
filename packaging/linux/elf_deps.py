"""What a frozen Linux bundle needs from the system it runs on.

PyInstaller copies most shared libraries into the bundle but leaves the C library, the
dynamic loader and the graphics stack (libGL, libEGL, libxcb, libdrm, Wayland) to the system.
So a bundle needs:

* a glibc at least as new as the newest ``GLIBC_x.y`` symbol version any of its ELF files
  imports (measured here with ``objdump -T``, not assumed from the build machine), and
* a package for every ``NEEDED`` library that no file in the bundle provides.

    python packaging/linux/elf_deps.py dist/rmdesk     # prints both, per file on request
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")
NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)\s*$", re.MULTILINE)
RUNPATH = re.compile(r"^\s*(?:RUNPATH|RPATH)\s+(\S+)\s*$", re.MULTILINE)


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if is_elf(path):
            yield path


def glibc_versions(objdump_dynamic_symbols: str) -> set[tuple[int, ...]]:
    """Every GLIBC_x.y[.z] version named in `objdump -T` output (imports and definitions:
    the definitions are only in libc itself, which a bundle never carries)."""
    return {
        tuple(int(part) for part in match.groups() if part is not None)
        for match in GLIBC_VERSION.finditer(objdump_dynamic_symbols)
    }


def needed_sonames(objdump_private_headers: str) -> set[str]:
    """The NEEDED entries of `objdump -p` output."""
    return set(NEEDED.findall(objdump_private_headers))


def foreign_search_paths(objdump_private_headers: str) -> list[str]:
    """RUNPATH/RPATH entries that do not start at the file's own folder ($ORIGIN).

    A Python built by pyenv (or any prefix) bakes its build-time lib folder into libpython and
    its extension modules. On another machine that path means nothing at best; at worst a
    user who can create it there could plant libraries the program then loads.
    """
    entries = []
    for value in RUNPATH.findall(objdump_private_headers):
        entries += [part for part in value.split(":") if part and not part.startswith("$ORIGIN")]
    return entries


def files_with_foreign_search_paths(files: Iterable[Path]) -> list[Path]:
    return [path for path in files if foreign_search_paths(_objdump("-p", path))]


def _objdump(flag: str, path: Path) -> str:
    result = subprocess.run(
        ["objdump", flag, str(path)], capture_output=True, text=True, check=False
    )
    # A file objdump cannot read (a stripped stub, a foreign arch) imports nothing we can see.
    return result.stdout if result.returncode == 0 else ""


@dataclass(frozen=True)
class BundleNeeds:
    glibc: tuple[int, ...]  # the highest GLIBC_ version any file imports
    glibc_file: Path | None  # one file that needs it, for the report
    system_libraries: dict[str, list[Path]]  # soname -> files needing it, not in the bundle

    @property
    def glibc_text(self) -> str:
        return ".".join(str(part) for part in self.glibc)


def bundle_needs(bundle: Path, files: Iterable[Path] | None = None) -> BundleNeeds:
    elves = list(files) if files is not None else list(elf_files(bundle))
    provided = {path.name for path in bundle.rglob("*.so*")}
    highest: tuple[int, ...] = (0,)
    highest_file: Path | None = None
    missing: dict[str, list[Path]] = {}
    for path in elves:
        versions = glibc_versions(_objdump("-T", path))
        if versions and max(versions) > highest:
            highest, highest_file = max(versions), path
        for soname in sorted(needed_sonames(_objdump("-p", path)) - provided):
            missing.setdefault(soname, []).append(path)
    return BundleNeeds(highest, highest_file, dict(sorted(missing.items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder, e.g. dist/rmdesk")
    parser.add_argument("--verbose", action="store_true", help="name the files needing each")
    args = parser.parse_args(argv)
    needs = bundle_needs(args.bundle)
    where = needs.glibc_file.relative_to(args.bundle) if needs.glibc_file else "-"
    print(f"glibc >= {needs.glibc_text} (highest GLIBC_ symbol version; e.g. {where})")
    print("system libraries (NEEDED, not in the bundle):")
    for soname, users in needs.system_libraries.items():
        print(f"  {soname}  ({len(users)} files)")
        if args.verbose:
            for user in users:
                print(f"      {user.relative_to(args.bundle)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
