"""Reading the translators' catalogues (resources/translations/rmdesk_<lang>.ts) and running
Qt's tools on them the way ``make translations`` does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from rmdesk.ui.kit.ui_language import SHIPPED

REPO_ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
LANGUAGES = SHIPPED  # every translation rmdesk ships
# The flags of the Makefile's `translations` target.
LUPDATE_FLAGS = ("-locations", "none", "-no-obsolete", "-source-language", "en")

PLACEHOLDER = re.compile(r"\{\d+\}|%L?n|%L?\d")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # one translation, or the numerus forms

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source[:70]!r}"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"rmdesk_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path, name)
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return messages


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease from the running environment (skip when absent)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (PySide6's tools)")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "src").rglob("*.py"))


def lupdate(language: str, out: Path) -> Path:
    """A fresh catalogue of the source's texts (no translations) for ``language``."""
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            *LUPDATE_FLAGS,
            "-target-language",
            language,
            *source_files(),
            "-ts",
            str(out),
        ],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def lrelease(ts: Path, out: Path) -> bytes:
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out.read_bytes()


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def tags(text: str) -> Counter[str]:
    return Counter(t.lower() for t in TAG.findall(text))


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))
