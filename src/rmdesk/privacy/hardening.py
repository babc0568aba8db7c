"""Process hardening where the OS allows it: no core dumps, private file modes.

A core dump of an unlocked rmdesk would hold the key and decrypted text in plain bytes.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Apply what this OS supports; returns the names of the measures that took effect."""
    applied: list[str] = []
    # Files we create (journals, exports, backups) are private even before we chmod them.
    os.umask(0o077)
    applied.append("umask 077")
    if sys.platform != "win32":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            applied.append("no core dumps")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            # The interpreter's own symbols include libc's prctl. (ctypes.util.find_library
            # would run ldconfig in a child process on every start: 20-100 ms before the
            # lock screen.)
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                applied.append("not dumpable")
    log.debug("process hardening: %s", ", ".join(applied))
    return applied
