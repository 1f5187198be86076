"""What every reader returns, and the small Protocol the readers share."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class RawText:
    """The text layer of a file as read, before any cleaning.

    ``text`` becomes ``Document.source``: for .txt the decoded file; for .docx, .pdf and
    .html the text the format holds (paragraphs and table rows one per line, cells
    separated by a tab, pages one after another).
    """

    text: str
    format: str  # txt | docx | pdf | html
    encoding: str | None = None
    pages: tuple[int, ...] = ()  # source offset where each page starts
    title: str | None = None  # a title the file itself declares (docx Title, <h1>, PDF info)


class Reader(Protocol):
    """One file format: ``read`` raises ``kg.errors.InputError`` naming the reason."""

    format: str
    extensions: tuple[str, ...]

    def sniff(self, head: bytes) -> bool:
        """Whether the first bytes of a file look like this format."""
        ...

    def read(self, path: Path) -> RawText: ...
