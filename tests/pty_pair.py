"""A real pseudo-terminal pair made with socat: two linked serial ports.

Closing it is a cable pull (the device ends vanish and reads fail);
``restart()`` plugs the cable back in under the same names.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PtyPair:
    def __init__(self, folder: Path) -> None:
        if shutil.which("socat") is None:
            raise RuntimeError("socat is not installed (apt-get install socat)")
        self.a = str(folder / "ttyA")
        self.b = str(folder / "ttyB")
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            [
                "socat",
                f"pty,raw,echo=0,link={self.a}",
                f"pty,raw,echo=0,link={self.b}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not (Path(self.a).exists() and Path(self.b).exists()):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("socat did not create the pseudo-terminals")
            time.sleep(0.01)

    def pull(self) -> None:
        """The cable is pulled: socat ends, both ends vanish."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            self._process = None

    def restart(self) -> None:
        self.pull()
        self.start()


@contextmanager
def pty_pair(folder: Path) -> Iterator[PtyPair]:
    pair = PtyPair(folder)
    pair.start()
    try:
        yield pair
    finally:
        pair.pull()
