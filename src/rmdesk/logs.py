"""The log: what happened, never what anyone wrote.

A rotating file in the platform's log folder (or ``logs/`` in an explicit data folder),
0600 in a 0700 folder. It records events, error kinds and where a bug happened. It never
records content: callers log names of things, not values, and tracebacks are written
without the exception's message and without local variables, because a message can quote a
title or a line of a reflection (``KeyError('my private words')``). Qt-free, so the command
line can use it too.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from rmdesk import __version__
from rmdesk.paths import PRIVATE_FILE_MODE, ensure_private_dir

LOG_FILE_NAME = "rmdesk.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def content_free_traceback(
    exc_type: type[BaseException], tb: TracebackType | None, *, limit: int = 40
) -> str:
    """Where it happened (file, line, function) and the exception's type — not its message,
    which may quote user content, and not the source lines (the code is in the release)."""
    frames = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(tb, limit=limit)
    )
    name = f"{exc_type.__module__}.{exc_type.__qualname__}"
    return "Traceback (most recent call last):\n" + frames + name


class ContentFreeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's rendering of an exception on the record
        # (exc_text), message included; always render our own, content-free one.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        if ei[0] is None:
            return ""
        return content_free_traceback(ei[0], ei[2])

    def formatStack(self, stack_info: str) -> str:
        return stack_info


class _PrivateRotatingFileHandler(logging.FileHandler):
    """rmdesk.log, rolled over to .1 … .BACKUP_COUNT at MAX_BYTES; every file it opens (the
    first and each after a rollover) is 0600.

    The rollover of ``logging.handlers.RotatingFileHandler``, without importing that module:
    it brings socket, pickle and queue (~6 ms and 2.6 MiB before the lock screen)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        if not position or not os.path.isfile(self.baseFilename):
            return False
        return position + len(f"{self.format(record)}\n") >= MAX_BYTES

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(BACKUP_COUNT - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send rmdesk's log (and Python warnings) to a rotating file; returns its path."""
    ensure_private_dir(log_dir)
    path = log_dir / LOG_FILE_NAME
    handler = _PrivateRotatingFileHandler(path)
    handler.setFormatter(ContentFreeFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.captureWarnings(True)
    logging.getLogger("rmdesk").info(
        "rmdesk %s on Python %s, %s",
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
    )
    return path


def log_uncaught(exc_info: ExcInfo, *, where: str) -> None:
    """Record a bug (an exception nobody caught), content-free."""
    exc_type, _exc, tb = exc_info
    logging.getLogger("rmdesk.crash").error(
        "Uncaught %s in %s\n%s", exc_type.__qualname__, where, content_free_traceback(exc_type, tb)
    )


def stderr_handler() -> logging.Handler:
    """Warnings to the terminal too, for someone who started rmdesk from one."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(ContentFreeFormatter("%(levelname)s %(name)s: %(message)s"))
    return handler
