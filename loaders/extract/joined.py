"""Bodies whose names the cleaned text runs together: the issuers of a joint notice stand
apart only by spaces in its title and signature (教育部办公厅 科技部办公厅), and cleaning
removes spaces between Chinese characters."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.names import Boundaries, is_valid

if TYPE_CHECKING:
    from loaders.extract.candidates import Candidate


def split_joined_bodies(cands: list[Candidate], b: Boundaries) -> list[Candidate]:
    """A body's name that holds a whole body's name, then a second that opens with a known
    organ or a jurisdiction (中共中央办公厅国务院办公厅, 省教育厅省财政厅), is two bodies;
    a remainder that opens otherwise (国家发展改革委社会发展司) belongs to the first."""
    out = []
    for c in cands:
        parts = _parts(c.name, b) if c.type == "Body" and c.how == "suffix" else None
        if not parts:
            out.append(c)
            continue
        at = c.start
        for part in parts:
            out.append(type(c)(at, at + len(part), "Body", part, "suffix"))
            at += len(part)
    return out


def _parts(name: str, b: Boundaries) -> list[str] | None:
    lex = b.lex
    for k in range(3, len(name) - 2):
        first, rest = name[:k], name[k:]
        ending = lex.ends_with_suffix(first, "Body")
        if not ending or not _opens_body(rest, lex) or not _valid_body(first, b):
            continue
        tail = _parts(rest, b) or [rest]
        if all(_valid_body(p, b) for p in tail):
            return [first] + tail
    return None


def _opens_body(rest: str, lex) -> bool:
    if rest.startswith(tuple(lex.body["joined_openers"])):
        return True
    known = lex.known_re.match(rest)
    if known and lex.known_type.get(known.group()) == "Body" and len(known.group()) >= 2:
        return True
    return lex.jurisdiction_re.match(rest) is not None


def _valid_body(name: str, b: Boundaries) -> bool:
    if b.lex.known_type.get(name) == "Body":  # 中共中央办公厅
        return True
    ending = b.lex.ends_with_suffix(name, "Body")
    return bool(ending) and is_valid(name, "Body", ending, b)
