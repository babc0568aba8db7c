"""A real ``rmdesk`` command that SIGKILLs itself just as a finished file is given its name.

Run as ``python -m tests.commands.kill_child ARGS...`` (the command line of ``rmdesk``). The first
step that makes a written file appear under a name — ``link_fd`` (naming a nameless file) or
``os.replace`` — kills the process instead: the moment a power cut or ``kill -9`` can hit,
pinned. (On code without ``link_fd`` the patch is harmless.)
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from rmdesk import cli
from rmdesk.store import files
from rmdesk.store.seen_record import RECORD_SUFFIX


def _die(*_args: Any, **_kwargs: Any) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


# The record of the newest vault seen (vault.seen) is written on every open; the kill is
# meant for the command's own output, so that small file still gets its name.
_real_replace, _real_link, _real_link_fd = os.replace, os.link, files.link_fd


def _is_record(path: Any) -> bool:
    # The record itself or its short-lived temp name (".vault.seen.<random>.tmp").
    return RECORD_SUFFIX in Path(str(path)).name


def _replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    if _is_record(dst):
        return _real_replace(src, dst, *args, **kwargs)
    return _die()


def _link(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    if _is_record(dst):
        return _real_link(src, dst, *args, **kwargs)
    return _die()


def _link_fd(fd: int, path: Any) -> bool:
    if _is_record(path):
        return _real_link_fd(fd, path)
    _die()
    return False


if __name__ == "__main__":
    os.replace = _replace
    os.link = _link
    files.link_fd = _link_fd
    sys.exit(cli.main(sys.argv[1:]))
