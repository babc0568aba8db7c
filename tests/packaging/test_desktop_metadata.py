"""The .desktop file and AppStream metainfo: what menus and software centres read. The
validators run when installed (Debian: desktop-file-utils, appstream) and skip otherwise."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from rmdesk import APP_ID as CODE_APP_ID
from rmdesk import __version__
from tests.packaging.scripts import APP_ID, PACKAGING, ROOT

DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
# The freedesktop.org menu spec's main categories: a software centre files the app under one.
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
    "Network", "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip
SCREENSHOT_BASE = "https://raw.githubusercontent.com/rmdesk/rmdesk/main/"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_id_everywhere() -> None:
    assert CODE_APP_ID == APP_ID  # QGuiApplication.setDesktopFileName uses it
    assert desktop_entry()["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (PACKAGING / f"{APP_ID}.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "rmdesk.svg"
    ).read_bytes()


def test_exactly_one_main_category() -> None:
    categories = [c for c in desktop_entry()["Categories"].split(";") if c]
    assert len(set(categories) & MAIN_CATEGORIES) == 1, categories


def test_metainfo_has_what_a_software_centre_shows() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("developer/name") and root.findtext("developer_name")
    assert root.findtext("url[@type='homepage']", "").startswith("https://")
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__, "newest release first, this version"
    assert releases[0].find("description") is not None, "release notes"
    colours = {c.get("scheme_preference"): c.text for c in root.findall("branding/color")}
    assert set(colours) == {"light", "dark"}
    images = [image.text or "" for image in root.findall("screenshots/screenshot/image")]
    assert images and root.find("screenshots/screenshot[@type='default']") is not None
    for url in images:
        # Each screenshot is one of ours, in docs/screenshots/ (made by `make screenshots`).
        assert url.startswith(SCREENSHOT_BASE), url
        assert (ROOT / url.removeprefix(SCREENSHOT_BASE)).is_file(), url


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    # It prints hints and warnings too; any output is a finding.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--format=yaml", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    severities = {
        line.split(":", 1)[1].strip()
        for line in result.stdout.splitlines()
        if line.strip().startswith("severity:")
    }
    # Infos and pedantic notes are allowed: AppStream 0.16 calls the 1.0 <developer> tag
    # unknown (info), and the reverse-DNS id has a capital by design (pedantic).
    assert severities <= {"info", "pedantic"}, result.stdout
