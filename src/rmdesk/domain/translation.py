"""Marking text for translation below the UI, where Qt may not be imported.

Qt's translation tools (``pyside6-lupdate``) find ``QT_TRANSLATE_NOOP("Context", "text")``
by name in any Python file, so the layers without Qt mark their user-facing words with this
function: it returns the English text unchanged (what the command line prints), and the UI
translates the same text at display time with ``QCoreApplication.translate(context, text)``.
One wording, two readers.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # only the extraction tool reads it
    return text
