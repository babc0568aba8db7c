"""elf_deps.py: the glibc floor and the system libraries a frozen bundle needs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.scripts import load

elf_deps = load("linux/elf_deps.py")

OBJDUMP_T = """\
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) free
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.34) __libc_start_main
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.3.4) __memcpy_chk
0000000000000000      DF *UND*  0000000000000000 (GLIBC_PRIVATE) _dl_x
0000000000000000  w   D  *UND*  0000000000000000  Base        __gmon_start__
"""

OBJDUMP_P = """\
Dynamic Section:
  NEEDED               libQt6Core.so.6
  NEEDED               libGL.so.1
  NEEDED               libc.so.6
  RUNPATH              $ORIGIN/../lib:/home/ci/.pyenv/versions/3.12.1/lib
"""


def test_highest_glibc_version_is_compared_as_numbers() -> None:
    versions = elf_deps.glibc_versions(OBJDUMP_T)
    assert versions == {(2, 2, 5), (2, 34), (2, 3, 4)}
    assert max(versions) == (2, 34)  # 2.34 > 2.3.4, which a string compare gets wrong


def test_needed_and_foreign_search_paths() -> None:
    assert elf_deps.needed_sonames(OBJDUMP_P) == {"libQt6Core.so.6", "libGL.so.1", "libc.so.6"}
    assert elf_deps.foreign_search_paths(OBJDUMP_P) == ["/home/ci/.pyenv/versions/3.12.1/lib"]
    assert elf_deps.foreign_search_paths("  RUNPATH   $ORIGIN\n") == []


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed")
def test_a_real_program_in_a_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / "python"
    shutil.copyfile(Path(sys.executable).resolve(), program)
    (bundle / "notes.txt").write_text("not an ELF file")
    needs = elf_deps.bundle_needs(bundle)
    assert needs.glibc >= (2, 17) and needs.glibc_file == program
    assert "libc.so.6" in needs.system_libraries
    assert list(elf_deps.elf_files(bundle)) == [program]
