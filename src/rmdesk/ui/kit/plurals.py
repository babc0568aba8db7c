"""English plural forms for texts written as ``self.tr("%n minute(s)", "", n)``.

Qt chooses plural forms through a translator; the source language has none unless one is
installed, so "1 minute(s)" would show as written. This translator is installed first, so it
is asked last: a real translation of the text, when one exists, wins. It only resolves the
"(s)" of the English source text by the count, as an English translation would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_MARK = "(s)"


class SourcePlurals(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n < 0 or _MARK not in source_text:
            return None  # a null string: "no translation", Qt keeps the source text
        return source_text.replace(_MARK, "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_source_plurals() -> None:
    app = QCoreApplication.instance()
    if app is None or app.property("rmdeskSourcePlurals"):
        return
    app.setProperty("rmdeskSourcePlurals", True)
    app.installTranslator(SourcePlurals(app))
