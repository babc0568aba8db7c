"""Which clipboard text is ours, so lock and a timer can clear it without clobbering others.

Only digests of the copied texts are kept, never the texts themselves. Several are kept: on
X11 a mouse selection is a second "clipboard", and a later selection must not make an earlier
Ctrl+C look foreign.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLEAR_AFTER_SECONDS = 30


def _digest(text: str) -> bytes:
    import hashlib  # on first copy, not at start-up: it maps OpenSSL's libcrypto

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


@dataclass
class ClipboardPolicy:
    _ours: set[bytes] = field(default_factory=set)

    def copied(self, text: str) -> None:
        self._ours.add(_digest(text))

    def is_ours(self, current_text: str) -> bool:
        return current_text != "" and _digest(current_text) in self._ours

    def forget(self) -> None:
        self._ours.clear()
