"""Errors a user can cause, with messages a person can act on."""

from __future__ import annotations

from pathlib import Path


class MinutesError(Exception):
    """Base class: the CLI prints these as one line, the web as a 4xx page."""


class UnreadableDocument(MinutesError):
    """A source file that cannot be turned into minutes, and why."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):
        """Rebuilt from path and reason: the error travels back from a parse worker."""
        return (type(self), (self.path, self.reason))

    @classmethod
    def unreadable(cls, path: str | Path, error: OSError) -> UnreadableDocument:
        """The file system refused: missing, permissions, a loop of links ..."""
        return cls(path, f"cannot read file ({error.strerror or error})")


class IndexBusy(MinutesError):
    """Another run holds the index's write lock (a killed run's lock is released by the OS)."""
