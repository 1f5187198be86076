"""Reading documents: pick the reader, read, clean, find the metadata, outline."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kg.errors import InputError
from kg.model import Document, ParsedDocument
from loaders.base import RawText, Reader
from loaders.clean import clean
from loaders.metadata import metadata
from loaders.outline import outline
from loaders.read_docx import DocxLoader
from loaders.read_html import HtmlLoader
from loaders.read_pdf import PdfLoader
from loaders.read_text import TextLoader

READERS: tuple[Reader, ...] = (PdfLoader(), DocxLoader(), HtmlLoader(), TextLoader())
EXTENSIONS = tuple(ext for reader in READERS for ext in reader.extensions)


def reader_for(path: Path) -> Reader:
    """The reader for ``path``: a known signature wins over the extension (a PDF named .txt)."""
    with path.open("rb") as f:
        head = f.read(2048)
    for reader in READERS:
        if reader.sniff(head):
            return reader
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.extensions:
            return reader
    if head.startswith(b"PK\x03\x04"):
        raise InputError(path, f"unsupported file type {suffix or '(no extension)'}: a zip archive that is not .docx")
    raise InputError(path, f"unsupported file type {suffix or '(no extension)'} (supported: {' '.join(EXTENSIONS)})")


def read(path: str | Path) -> RawText:
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder (use load_many to read a folder)")
    try:
        return reader_for(path).read(path)
    except PermissionError:
        raise InputError(path, "permission denied") from None


def load(path: str | Path) -> ParsedDocument:
    """Read, clean and outline one document; raises InputError on bad input."""
    path = Path(path)
    raw = read(path)
    return parse(raw, path)


def parse(raw: RawText, path: str | Path = "<text>") -> ParsedDocument:
    """Clean and outline text already read (a notebook can pass a string through RawText)."""
    path = Path(path)
    text = clean(raw.text, format=raw.format)
    if not text.text.strip():
        raise InputError(path, "no text left after removing layout and boilerplate")
    meta = metadata(raw.text, text.text, path, raw.title)
    doc_id = Document.id_for(raw.text)
    document = Document(
        doc_id, str(path), raw.text, raw.format, meta.title, meta.issuer, meta.place, meta.year, raw.encoding, raw.pages
    )
    sections, items, sentences = outline(doc_id, text, meta.title_end)
    return ParsedDocument(document, text, sections, items, sentences)


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Files named, and the supported files inside folders named (recursively, sorted)."""
    files, errors, seen = [], [], set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith("."))
            if not found:
                errors.append(InputError(p, f"no supported documents in the folder ({' '.join(EXTENSIONS)})"))
        else:
            found = [p]
        for f in found:
            if f.resolve() not in seen:  # a file named twice (or also inside a named folder) is read once
                seen.add(f.resolve())
                files.append(f)
    return files, errors


def load_many(paths: Iterable[str | Path]) -> tuple[list[ParsedDocument], list[InputError]]:
    """Load every document; a bad file becomes an InputError in the second list, the rest go on."""
    files, errors = expand(paths)
    docs = []
    for f in files:
        try:
            docs.append(load(f))
        except InputError as err:
            errors.append(err)
    return docs, errors
