"""Plain text: detect the encoding from the bytes (UTF-8, UTF-8 with BOM, UTF-16, GB18030)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from kg.errors import InputError
from loaders.base import RawText

# UTF-8 is tried strictly first. Otherwise the Chinese legacy encodings compete: GB18030
# (a superset of GBK and GB2312) decodes almost any bytes, Big5 text included, so the
# decoded texts are compared by how plausible they read (charset-normalizer's chaos).
ENCODINGS = ("utf-8-sig",)
CHINESE_LEGACY = ("gb18030", "big5")
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
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding if data.startswith(b"\xef\xbb\xbf") else encoding.replace("-sig", "")
    return _detected(data, path, CHINESE_LEGACY) or _detected(data, path) or _undecodable(path)


def _detected(data: bytes, path: Path | str, candidates: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(candidates) if candidates else None).best()
    if best is not None and best.chaos < 0.1:
        text = str(best)
        controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
        if controls <= len(text) // 100:
            return text, best.encoding
    return None


def _undecodable(path: Path | str):
    raise InputError(path, "cannot decode the text: not UTF-8, UTF-16, GB18030 or Big5, and no other encoding fits")
