"""What every command shares: exit codes and asking for a PIN."""

from __future__ import annotations

import getpass
import sys

from app.errors import DomainError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def read_pin(from_stdin: bool, confirm: bool = True) -> str:
    """From standard input (scripts), or asked twice without echo."""
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("PIN (4-12 digits): ")
    if confirm and getpass.getpass("PIN again: ") != first:
        raise DomainError("the two PINs differ")
    return first
