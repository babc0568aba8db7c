"""UI state in an ini file beside the vault, restricted to an allow-list.

Nothing about content may ever land here (titles, names, search terms): the file is plain
text. Only the keys below are accepted; anything else is a bug and raises.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from rmdesk.domain.reminders import ReminderPrefs, clamp_reminder_minutes
from rmdesk.privacy.idle import DEFAULT_IDLE_MINUTES, clamp_idle_minutes
from rmdesk.ui.kit.ui_language import LANGUAGE_NAMES, SYSTEM_DEFAULT

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_SECTION = "navigation/last_section"
IDLE_MINUTES = "lock/idle_minutes"
REMINDERS_ENABLED = "reminders/enabled"
REMINDER_MINUTES = "reminders/minutes_before"
REMINDERS_WHILE_LOCKED = "reminders/while_locked"
_REMINDER_KEYS = {REMINDERS_ENABLED, REMINDER_MINUTES, REMINDERS_WHILE_LOCKED}
# Automatic backups: on/off, the folder they go to, how many recent ones to keep.
BACKUP_AUTOMATIC = "backup/automatic"
BACKUP_FOLDER = "backup/folder"
BACKUP_KEEP = "backup/keep"
_BACKUP_KEYS = {BACKUP_AUTOMATIC, BACKUP_FOLDER, BACKUP_KEEP}
# The interface language: "" follows the system, else a code rmdesk ships ("en", "de", "fr").
LANGUAGE = "interface/language"
ALLOWED_KEYS = frozenset(
    {GEOMETRY, WINDOW_STATE, LAST_SECTION, IDLE_MINUTES, LANGUAGE, *_REMINDER_KEYS, *_BACKUP_KEYS}
)


class UiSettings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _check(self, key: str) -> None:
        if key not in ALLOWED_KEYS:
            raise KeyError(f"{key!r} is not an allow-listed UI setting")

    def bytes_value(self, key: str) -> QByteArray | None:
        self._check(key)
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._check(key)
        self._settings.setValue(key, value)

    def text_value(self, key: str, default: str = "") -> str:
        self._check(key)
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._check(key)
        self._settings.setValue(key, value)

    @property
    def idle_minutes(self) -> int:
        raw = self._settings.value(IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
        try:
            return clamp_idle_minutes(int(str(raw)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        self._settings.setValue(IDLE_MINUTES, clamp_idle_minutes(minutes))

    def _flag(self, key: str, default: bool) -> bool:
        raw = str(self._settings.value(key, default)).strip().lower()
        return {"true": True, "1": True, "false": False, "0": False}.get(raw, default)

    @property
    def reminders(self) -> ReminderPrefs:
        """Meeting reminders (only a number of minutes and two switches: no content)."""
        default = ReminderPrefs()
        try:
            minutes = clamp_reminder_minutes(
                int(str(self._settings.value(REMINDER_MINUTES, default.minutes)))
            )
        except ValueError:
            minutes = default.minutes
        return ReminderPrefs(
            enabled=self._flag(REMINDERS_ENABLED, default.enabled),
            minutes=minutes,
            while_locked=self._flag(REMINDERS_WHILE_LOCKED, default.while_locked),
        )

    def set_reminders(self, prefs: ReminderPrefs) -> None:
        self._settings.setValue(REMINDERS_ENABLED, bool(prefs.enabled))
        self._settings.setValue(REMINDER_MINUTES, clamp_reminder_minutes(prefs.minutes))
        self._settings.setValue(REMINDERS_WHILE_LOCKED, bool(prefs.while_locked))

    @property
    def language(self) -> str:
        """The chosen interface language; anything unknown reads as the system default."""
        value = self.text_value(LANGUAGE)
        return value if value in LANGUAGE_NAMES else SYSTEM_DEFAULT

    def set_language(self, choice: str) -> None:
        self.set_text(LANGUAGE, choice if choice in LANGUAGE_NAMES else SYSTEM_DEFAULT)

    def sync(self) -> None:
        self._settings.sync()

    def keys(self) -> list[str]:
        return list(self._settings.allKeys())
