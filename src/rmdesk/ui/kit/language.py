"""Which language the shipped content (agreement template, prompts, agenda templates,
check-in questions) is read in: the app's language.

The app's language is the default QLocale, which start-up sets from the user's choice in
Preferences or from the system; a language we ship no content for reads the English files.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from rmdesk.domain.resources import content_language as content_language_for


def content_language() -> str:
    """ "de", "fr" or "en" (also under the C/POSIX locale)."""
    return content_language_for(QLocale().name())
