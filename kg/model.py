"""The data model: frozen dataclasses with explicit ids, passed between all stages.

Offsets. Every ``start``/``end`` pair on these classes is a character offset into
``Document.source`` — the text exactly as the loader decoded it — so any mention can be
shown in the original. Outline parts also carry ``cstart``/``cend``: the same span in
``CleanText.text``, which is what the extractor reads.
"""
from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

ENTITY_TYPES = ("Institution", "Body", "Programme", "Place", "Policy")
# The relations extraction produces; the graph adds PART_OF (kg.schema).
RELATION_TYPES = (
    "MENTIONED_IN",
    "PARTICIPATES_IN",
    "RESPONSIBLE_FOR",
    "LEADS",
    "SUPPORTS",
    "PARTNERS_WITH",
    "LOCATED_IN",
    "HAS_TARGET",
    "CITES",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short content-derived id: the same inputs give the same id in every run."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True)
class Document:
    """A source document as read: decoded text plus metadata from its title or text."""

    id: str  # content hash of ``source``: the same text gives the same id
    path: str
    source: str
    format: str  # txt | docx | pdf | html
    title: str | None = None
    issuer: str | None = None
    place: str | None = None
    year: int | None = None
    encoding: str | None = None
    # txt: none; pdf: the source offset where each page starts (added by the loaders)
    pages: tuple[int, ...] = ()

    @staticmethod
    def id_for(source: str) -> str:
        return stable_id(source)

    def page_at(self, offset: int) -> int | None:
        """The page (from 1) holding source ``offset``, for formats with pages (PDF)."""
        return bisect_right(self.pages, offset) if self.pages else None


@dataclass(frozen=True, eq=False)
class CleanText:
    """Clean text and, for each of its characters, the offset in the source it came from.

    ``offsets`` has ``len(text) + 1`` entries; the last is the source offset just past
    the final character, so ``to_source(start, end)`` works for half-open spans.
    A repaired character (an OCR slip) maps to the source character it replaces.
    """

    text: str
    offsets: array = field(repr=False)
    # characters the cleaner changed: (clean start, clean end, source text, rule name)
    repairs: tuple[tuple[int, int, str, str], ...] = field(default=(), repr=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span to the smallest source span that holds it."""
        if start >= end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a source span to the clean-text span of the characters it produced."""
        return bisect_left(self.offsets, start, 0, len(self.text)), bisect_right(
            self.offsets, end - 1, 0, len(self.text)
        )

    @classmethod
    def identity(cls, text: str) -> "CleanText":
        return cls(text, array("l", range(len(text) + 1)))


@dataclass(frozen=True)
class Sentence:
    id: str
    doc: str
    index: int  # position in the document, from 0
    text: str  # clean text
    start: int
    end: int
    cstart: int
    cend: int
    section: str | None = None  # Section.id
    item: str | None = None  # Item.id


@dataclass(frozen=True)
class Section:
    id: str
    doc: str
    number: int  # 一 → 1
    label: str  # the numeral as written: 一
    title: str
    start: int
    end: int
    cstart: int
    cend: int


@dataclass(frozen=True)
class Item:
    """A numbered item inside a section; ``leads`` holds lead-unit annotations."""

    id: str
    doc: str
    section: str | None  # Section.id
    number: int
    title: str  # text up to the first 。
    start: int
    end: int
    cstart: int
    cend: int
    # role → bodies as written, e.g. {"牵头单位": ("市教育局",), "配合单位": ("市财政局", "市人社局")}
    leads: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def lead_units(self) -> dict[str, tuple[str, ...]]:
        return dict(self.leads)


@dataclass(frozen=True)
class ParsedDocument:
    """What the loaders hand to extraction: the document, its clean text and outline."""

    document: Document
    clean: CleanText
    sections: tuple[Section, ...] = ()
    items: tuple[Item, ...] = ()
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Mention:
    entity: str  # Entity.id
    doc: str
    start: int
    end: int
    text: str  # the words as they read in the clean text
    sentence: str  # the clean sentence, as evidence
    section: str | None = None
    item: str | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    type: str  # one of ENTITY_TYPES
    name: str  # canonical name
    aliases: tuple[str, ...] = ()

    @staticmethod
    def id_for(type: str, name: str) -> str:
        return f"{type[:3].lower()}-{stable_id(type, name, length=12)}"


@dataclass(frozen=True)
class Evidence:
    doc: str
    start: int
    end: int
    sentence: str
    item: str | None = None


@dataclass(frozen=True)
class Relation:
    id: str
    type: str  # one of RELATION_TYPES
    source: str  # Entity.id (or Document/Item id where the schema says so)
    target: str
    evidence: tuple[Evidence, ...] = ()

    @staticmethod
    def id_for(type: str, source: str, target: str) -> str:
        return f"rel-{stable_id(type, source, target, length=12)}"


@dataclass(frozen=True)
class Target:
    id: str
    quantity: float | int
    unit: str
    object: str
    doc: str
    start: int
    end: int
    deadline: str | None = None
    subject: str | None = None  # Entity.id of the programme, or None (then the item)
    item: str | None = None
    sentence: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from a batch of documents: the contract of ``kg extract``."""

    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    targets: tuple[Target, ...] = ()
    parsed: tuple[ParsedDocument, ...] = field(default=(), repr=False, compare=False)
