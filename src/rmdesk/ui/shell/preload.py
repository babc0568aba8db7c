"""Import the workspace and the section it will show while the key is being derived.

The lock screen imports none of the section views (start-up stays close to a bare Qt
window). Unlocking then needs them, so they are imported on a thread while scrypt runs on
another (scrypt releases the GIL and uses one core for about half a second): by the time the
vault is open, the workspace is ready to be built.

The lock screen does not import the store either (SQLCipher, the repositories, the domain
model): it is imported on a thread as soon as the passphrase is being typed, so that the
unlock does not wait for it.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rmdesk.domain.sections import Section

T = TypeVar("T")

SECTION_MODULES = {
    Section.OVERVIEW: "rmdesk.ui.overview.overview_view",
    Section.GOALS: "rmdesk.ui.goals.goals_view",
    Section.AGREEMENT: "rmdesk.ui.agreement.agreement_view",
    Section.MEETINGS: "rmdesk.ui.meetings.meetings_view",
    Section.ACTIONS: "rmdesk.ui.actions.actions_view",
    Section.PROGRESS: "rmdesk.ui.progress.progress_view",
    Section.REFLECTIONS: "rmdesk.ui.reflections.reflections_view",
}


def modules_for(section_name: str) -> tuple[str, ...]:
    try:
        section = Section(section_name)
    except ValueError:
        section = Section.OVERVIEW
    # The workspace opens on the Overview when the saved section is not allowed.
    return ("rmdesk.ui.shell.workspace", SECTION_MODULES[section])


STORE_MODULE = "rmdesk.store.vault"
_store_loader: threading.Thread | None = None


def warm_up_store() -> None:
    """Start importing the store on a thread (once): the passphrase is being typed."""
    global _store_loader
    if _store_loader is None and STORE_MODULE not in sys.modules:
        _store_loader = threading.Thread(
            target=_import_all, args=((STORE_MODULE,),), name="rmdesk-store-import", daemon=True
        )
        _store_loader.start()


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the UI thread's own import reports it
            return


def while_opening(
    open_vault: Callable[[Path, bytearray], T], modules: tuple[str, ...]
) -> Callable[[Path, bytearray], T]:
    """``open_vault`` (it runs on the unlock worker) with ``modules`` imported alongside."""

    def open_and_import(path: Path, passphrase: bytearray) -> T:
        # Before the loader starts: waits for warm_up_store's import if one is under way,
        # so the two threads never import the store's modules in different orders.
        importlib.import_module(STORE_MODULE)
        loader = threading.Thread(target=_import_all, args=(modules,), daemon=True)
        loader.start()
        try:
            return open_vault(path, passphrase)
        finally:
            loader.join()  # the UI thread never imports these concurrently with the loader

    return open_and_import
