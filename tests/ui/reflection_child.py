"""A real journal in a child process, for the kill test.

Usage: python -m tests.ui.reflection_child VAULT_PATH PASSPHRASE TEXT
Opens the vault (test KDF), shows the reflections view offscreen, starts a new reflection,
types TEXT with QTest like a person, prints "typed" and then just runs the event loop until
it is killed. Only the autosave timer can have saved the text.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rmdesk.privacy.access import data_access
    from rmdesk.privacy.clipboard import ClipboardPolicy
    from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY
    from rmdesk.store.kdf import KdfParams, passphrase_bytes
    from rmdesk.store.vault import Vault
    from rmdesk.ui.kit.context import ViewContext
    from rmdesk.ui.reflections.reflections_view import ReflectionsView

    vault_path, passphrase, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    vault = Vault.open(
        vault_path, passphrase_bytes(passphrase), kdf=KdfParams(version=1, log2_n=10)
    )
    data = data_access(vault.db, PRIVATE_VISIBILITY)
    context = ViewContext(
        data=data,
        relationship=data.shared.relationships.list_all()[0],
        navigate=lambda _section: None,
        clipboard=ClipboardPolicy(),
        edit_relationship=lambda: None,
    )
    view = ReflectionsView(context, None)
    view.show()
    assert view.editor is not None
    view.new_button.click()
    QTest.keyClicks(view.editor.body, text)
    print("typed", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
