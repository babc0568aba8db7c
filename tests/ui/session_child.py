"""A scripted GUI session in a child process, for the audit-hook and leak tests.

Usage: python -m tests.ui.session_child DATA_DIR
Prints one JSON line: the network audit events seen and the Qt modules loaded.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.bind")
seen: list[str] = []


def audit(event: str, args: tuple[object, ...]) -> None:
    if event in NETWORK_EVENTS:
        seen.append(f"{event} {args!r}")


def main() -> None:
    sys.addaudithook(audit)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from rmdesk.app import make_application, vault_creator, vault_opener
    from rmdesk.demo import fill_demo
    from rmdesk.domain.models import Reflection
    from rmdesk.domain.sections import Section
    from rmdesk.paths import DataPaths
    from rmdesk.privacy.hardening import harden_process
    from rmdesk.privacy.idle import SystemClock
    from rmdesk.store.kdf import KdfParams, passphrase_bytes
    from rmdesk.store.repositories import Repositories
    from rmdesk.ui.shell.main_window import MainWindow, WindowContext
    from rmdesk.ui.shell.settings import UiSettings

    harden_process()
    from rmdesk.logs import log_uncaught, setup_logging

    # Everything logs into the data folder, which the parent scans for canaries afterwards.
    setup_logging(Path(sys.argv[1]) / "logs", level=logging.DEBUG)
    app = make_application(sys.argv[:1])
    from PySide6.QtCore import QSettings, QTimer

    # What Qt's own file dialog does after an export: remember the folder it was saved in.
    QSettings("QtProject").setValue("FileDialog/history", ["/home/LEAKCANARY/exports"])
    paths = DataPaths(Path(sys.argv[1]))
    fast = KdfParams(version=1, log2_n=10)
    vault = vault_creator(fast)(paths.vault, passphrase_bytes("child passphrase words"))
    repos = Repositories.from_db(vault.db)
    from datetime import date

    fill_demo(repos, date.today())
    rel = repos.relationships.list_all()[0]
    assert rel.id is not None
    repos.reflections.add(
        Reflection(relationship_id=rel.id, body="LEAKCANARY reflection body", tags=("leakcanary",))
    )
    window = MainWindow(
        WindowContext(
            paths=paths,
            settings=UiSettings(paths.ui_settings),
            open_vault=vault_opener(paths, fast),
            create_vault=vault_creator(fast),
            clock=SystemClock(),
            demo_vault=vault,
        )
    )
    window.show()
    assert window.workspace is not None
    for section in Section:
        window.workspace.select_section(section)
        app.processEvents()
    window.enter_share_mode()
    app.processEvents()
    try:  # a bug whose message quotes content: the log keeps the kind, not the words
        raise ValueError("LEAKCANARY in an exception message")
    except ValueError:
        log_uncaught(sys.exc_info(), where="the session child")  # type: ignore[arg-type]
        logging.getLogger("rmdesk.test").exception("and through logging's own path")
    window.lock()
    app.processEvents()
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    modules = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    print(json.dumps({"network": seen, "qt_modules": modules}))


if __name__ == "__main__":
    main()
