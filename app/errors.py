"""Domain errors: a stable code plus parameters; the UI turns the code into words.

Domain code never formats user-facing sentences (the UI translates), but every
error still carries an English message for logs and the command line.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule or a state forbids what was asked. Nothing was changed."""

    code = "domain_error"

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message or self.code)
        self.params = params


class PermissionDenied(DomainError):
    code = "permission_denied"


class LoginFailed(DomainError):
    code = "login_failed"


class AccountLocked(DomainError):
    code = "account_locked"


class AccountInactive(DomainError):
    code = "account_inactive"


class NotFound(DomainError):
    code = "not_found"


class AlreadyExists(DomainError):
    code = "already_exists"


class InvalidInput(DomainError):
    code = "invalid_input"


class SchemaTooNew(DomainError):
    """The database was written by a newer program; we refuse to touch it."""

    code = "schema_too_new"


class DatabaseUnavailable(DomainError):
    """The environment's fault (disk full, locked, unreachable), not a bug."""

    code = "database_unavailable"


class AlreadyPrinted(DomainError):
    """This document was already queued or printed on this label kind; a second
    print must be asked for as a reprint (补打). ``params['job_id']`` names the
    earlier job, ``params['state']`` its state."""

    code = "already_printed"


class NoDefaultPrinter(DomainError):
    """The station has no printer set for this label kind (``params['label_kind']``)."""

    code = "no_default_printer"


class WrongJobState(DomainError):
    """A print job is not in a state that allows this (``params['state']``,
    ``params['action']``), e.g. cancelling a job that is being sent."""

    code = "wrong_job_state"


class ServerNeeded(DatabaseUnavailable):
    """A step that needs one truth for everyone (auditing, cutting batches,
    stock hand-overs) while the shared server cannot be reached. Verify, pack,
    weigh and print go on offline."""

    code = "server_needed"
