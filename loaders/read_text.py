"""Plain text: detect the encoding from the bytes (UTF-8, UTF-8 with BOM, UTF-16, GB18030)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from kg.errors import InputError
from loaders.base import RawText

# Strict tries, in order: most files are UTF-8; GB18030 is a superset of GBK and GB2312.
ENCODINGS = ("utf-8-sig", "gb18030")
BOMS = {b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}


class TextLoader:
    format = "txt"
    extensions = (".txt", ".text", ".md")

    def sniff(self, head: bytes) -> bool:
        return False  # plain text has no signature; it is chosen by extension

    def read(self, path: Path) -> RawText:
        data = path.read_bytes()
        text, encoding = decode(data, path)
        return RawText(text, self.format, encoding=encoding)


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode ``data`` or raise InputError: empty, binary or undecodable."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in BOMS.items():
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes), not text")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return _detected(data, path)


def _detected(data: bytes, path: Path | str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos < 0.1:
        text = str(best)
        controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
        if controls <= len(text) // 100:
            return text, best.encoding
    raise InputError(path, "cannot decode the text: not UTF-8, UTF-16 or GB18030, and no other encoding fits")
