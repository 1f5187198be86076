"""Word .docx: paragraphs and tables in document order, one paragraph or table row a line."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from kg.errors import InputError
from loaders.base import RawText


class DocxLoader:
    format = "docx"
    extensions = (".docx",)

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"PK\x03\x04") and b"word/" in head

    def read(self, path: Path) -> RawText:
        if path.stat().st_size == 0:
            raise InputError(path, "empty file")
        if not zipfile.is_zipfile(path):
            raise InputError(path, "corrupt .docx (not a zip archive)")
        try:
            document = docx.Document(str(path))
        except (PackageNotFoundError, KeyError):
            raise InputError(path, "corrupt .docx (no Word document inside the archive)") from None
        except (zipfile.BadZipFile, ValueError) as err:
            raise InputError(path, f"corrupt .docx ({err})") from None
        lines, title = [], None
        for tag, block in _blocks(document.element.body):
            if tag == "p":
                paragraph = Paragraph(block, document)
                lines.append(paragraph.text)
                if title is None and paragraph.style is not None and paragraph.style.name == "Title":
                    title = paragraph.text.strip() or None
            else:
                lines += _table_rows(Table(block, document))
        text = "\n".join(lines)
        if not text.strip():
            raise InputError(path, "no text in the document")
        return RawText(text, self.format, title=title or document.core_properties.title or None)


def _blocks(parent):
    """Paragraphs and tables in document order, looking inside content controls (w:sdt)."""
    for block in parent.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            yield tag, block
        elif tag == "sdt":
            for content in block.iterchildren():
                if content.tag.endswith("}sdtContent"):
                    yield from _blocks(content)


def _table_rows(table: Table) -> list[str]:
    """One line per row, cells separated by a tab; a merged cell is written once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split("\n")))
        rows.append("\t".join(cells))
    return rows
