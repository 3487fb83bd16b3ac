"""Rotating log files in the platform's log directory; uncaught errors logged."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to ``station.log`` (1 MiB x 5 files). Returns the log file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "station.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_station", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_048_576, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler._station = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._station = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    return path


def log_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    logging.getLogger("station.uncaught").critical(
        "uncaught exception", exc_info=(exc_type, exc, tb)
    )


def install_thread_hook() -> None:
    """Errors in worker threads are logged too, never lost silently."""

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = hook
