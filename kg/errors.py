"""One home for the errors policy-kg raises: each says what was wrong, where, and what to do.

The CLI turns them into one line on stderr and an exit code (``exit_code``).
"""
from __future__ import annotations


class KGError(Exception):
    """Base class. ``str(err)`` is the one line the user sees."""

    exit_code = 2


class InputError(KGError):
    """A document could not be read: names the file and the reason."""

    exit_code = 2

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):
        # So that an error found in a worker process (kg build --workers) travels back.
        return type(self), (self.path, self.reason)


class UsageError(KGError):
    """A bad option or parameter value."""

    exit_code = 2


class NoResults(KGError):
    """The command needed results and found none."""

    exit_code = 1


class StoreUnavailable(KGError):
    """The store could not be reached or opened (server down, wrong password, locked)."""

    exit_code = 3


class StoreLocked(StoreUnavailable):
    """Another process is writing to the same embedded store."""


class ReadOnlyViolation(UsageError):
    """An ad hoc query tried to write."""
