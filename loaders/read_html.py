"""HTML: the main text of the page, without navigation, headers, footers and scripts.

The main part is the semantic container (<article>, <main>, or a content block a
government site names ``content``/``zoom``/``TRS_Editor``) when there is one, otherwise
the element whose paragraphs hold the most text.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from loaders.base import RawText

DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select")
NOISE = re.compile(r"nav|menu|footer|header|breadcrumb|crumb|sidebar|share|copyright|banner|toolbar|comment|related|pagination|login", re.I)
CONTENT = re.compile(r"^(?:content|article|zoom|TRS_Editor|detail|main|text|pages?_content|article[-_]?(?:content|body))$", re.I)
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "main", "blockquote", "pre", "dd", "dt", "ul", "ol", "br")


class HtmlLoader:
    format = "html"
    extensions = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
        return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start

    def read(self, path: Path) -> RawText:
        from bs4 import BeautifulSoup

        data = path.read_bytes()
        if not data.strip():
            raise InputError(path, "empty file")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(path, "binary file (NUL bytes), not HTML")
        soup = BeautifulSoup(data, "lxml")
        title = _title(soup)
        for tag in soup(DROP_TAGS):
            tag.decompose()
        for tag in soup.find_all(_noisy):
            tag.decompose()
        main = _main(soup)
        if main is None:
            raise InputError(path, "no text in the page")
        text = _text(main)
        if not text:
            raise InputError(path, "no text in the page")
        return RawText(text, self.format, encoding=soup.original_encoding, title=title)


def _noisy(tag) -> bool:
    if tag.name in ("html", "body", "main", "article") or tag.attrs is None:
        return False
    names = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(names.strip()) and bool(NOISE.search(names)) and not _content_like(tag)


def _content_like(tag) -> bool:
    return any(CONTENT.match(n) for n in [tag.get("id") or "", *(tag.get("class") or [])])


def _title(soup) -> str | None:
    for tag in (soup.find("h1"), soup.title):
        if tag is not None and tag.get_text(strip=True):
            return tag.get_text(strip=True)
    return None


def _main(soup):
    semantic = soup.find_all(lambda t: t.name in ("article", "main") or t.get("role") == "main" or _content_like(t))
    if semantic:
        return max(semantic, key=lambda t: len(t.get_text(strip=True)))
    scores: dict[int, tuple[int, object]] = {}
    for p in soup.find_all(["p", "li", "td"]):
        n = len(p.get_text(strip=True))
        if n >= 10 and p.parent is not None:
            old = scores.get(id(p.parent), (0, p.parent))[0]
            scores[id(p.parent)] = (old + n, p.parent)
    if scores:
        return max(scores.values(), key=lambda s: s[0])[1]
    return soup.body or soup


def _text(main) -> str:
    for tag in main.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in main.find_all(["td", "th"]):
        cell.insert_after("\t")
    lines = (re.sub(r"[ \t\r\f\v]+", lambda m: "\t" if "\t" in m[0] else " ", line).strip() for line in main.get_text().split("\n"))
    return "\n".join(line for line in lines if line)
