"""Which clipboard text is ours, so lock and a timer can clear it without clobbering others.

Only a digest of the copied text is kept, never the text itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

CLEAR_AFTER_SECONDS = 30


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


@dataclass
class ClipboardPolicy:
    _ours: bytes | None = None

    def copied(self, text: str) -> None:
        self._ours = _digest(text)

    def is_ours(self, current_text: str) -> bool:
        return self._ours is not None and current_text != "" and _digest(current_text) == self._ours

    def forget(self) -> None:
        self._ours = None
