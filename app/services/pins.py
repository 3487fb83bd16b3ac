"""PIN hashing with argon2 (never stored or logged in clear)."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import InvalidInput

_hasher = PasswordHasher()
# ASCII only: "\d" would accept full-width digits from a Chinese IME, and "$"
# a trailing newline; such a PIN could never be typed on the keypad.
PIN_PATTERN = re.compile(r"[0-9]{4,12}")


def check_pin_format(pin: str) -> None:
    if not PIN_PATTERN.fullmatch(pin):
        raise InvalidInput("a PIN is 4 to 12 digits", field="pin")


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    return _hasher.hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
