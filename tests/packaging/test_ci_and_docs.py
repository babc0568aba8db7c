"""The CI workflow, the container build and the README's account of what was built where.
They cannot run here; these checks keep them pointing at files and targets that exist."""

from __future__ import annotations

import re
import subprocess

from tests.packaging.scripts import PACKAGING, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "packages.yml"


def jobs(text: str) -> dict[str, str]:
    """Top-level jobs of a GitHub Actions file by name -> their text (no YAML parser in the
    test dependencies; the file keeps the two-space layout this relies on)."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([a-z][\w-]*):\n", body, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_workflow_builds_each_package_on_its_own_system() -> None:
    found = jobs(WORKFLOW.read_text("utf-8"))
    assert set(found) == {"deb", "windows", "macos"}
    assert "runs-on: ubuntu-22.04" in found["deb"] and "make deb" in found["deb"]
    assert "lintian --fail-on error" in found["deb"] and "apt-get remove" in found["deb"]
    assert "runs-on: windows-" in found["windows"]
    assert "rmdesk-cli.exe --version" in found["windows"]
    assert "runs-on: macos-" in found["macos"]
    assert "rmdesk.app/Contents/MacOS/rmdesk --version" in found["macos"]
    for job in ("windows", "macos"):
        assert "pyinstaller --noconfirm --clean packaging/rmdesk.spec" in found[job]
    assert "\t" not in WORKFLOW.read_text("utf-8")  # YAML forbids tabs


def test_container_build_script_is_valid_shell_and_uses_the_containerfile() -> None:
    script = PACKAGING / "linux" / "build-in-container.sh"
    assert subprocess.run(["sh", "-n", str(script)], check=False).returncode == 0
    text = script.read_text("utf-8")
    assert "packaging/linux/Containerfile" in text and "git archive" in text
    containerfile = (PACKAGING / "linux" / "Containerfile").read_text("utf-8")
    assert re.search(r"^FROM \S*ubuntu:22\.04$", containerfile, re.MULTILINE)


def test_readme_says_plainly_what_was_and_was_not_built() -> None:
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    assert "have **not** been built yet" in readme
    assert "docs/packaging.md" in readme and (ROOT / "docs" / "packaging.md").is_file()


def test_make_targets_the_docs_name_exist() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("package", "deb", "install-desktop", "uninstall-desktop"):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target
    # Build output is never committed.
    ignored = (ROOT / ".gitignore").read_text("utf-8").split()
    assert {"build/", "dist/", "*.deb"} <= set(ignored)
