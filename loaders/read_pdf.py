"""PDF: the text layer, page by page; a PDF without one (a scan) is refused with the remedy."""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from loaders.base import RawText

# Fewer visible characters than this per page means there is no usable text layer.
MIN_CHARS_PER_PAGE = 5


class PdfLoader:
    format = "pdf"
    extensions = (".pdf",)

    def sniff(self, head: bytes) -> bool:
        return head.lstrip()[:5] == b"%PDF-"

    def read(self, path: Path) -> RawText:
        import logging

        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        if path.stat().st_size == 0:
            raise InputError(path, "empty file")
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd object
        try:
            reader = PdfReader(str(path))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(path, "encrypted PDF: decrypt it first")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = (reader.metadata or {}).get("/Title") or None
        except InputError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
            raise InputError(path, f"corrupt PDF ({err})") from None
        visible = sum(len("".join(p.split())) for p in pages)
        if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
            raise InputError(path, "no text layer (scanned PDF?): OCR it first")
        starts, pos = [], 0
        for page in pages:
            starts.append(pos)
            pos += len(page) + 1
        return RawText("\n".join(pages), self.format, pages=tuple(starts), title=str(title) if title else None)
