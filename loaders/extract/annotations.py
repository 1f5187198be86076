"""Responsible units named in an item's annotations: （牵头单位：省教育厅；配合单位：省财政厅）,
（责任处室：高教处、科技处）.

The loader's outline reads the roles it knows into ``Item.leads``; the roles of the lexicon
([relations] roles) are read here from the bracketed annotations as well, so a new role
word (处室, 科室 …) needs a lexicon entry only. Each unit keeps its clean-text offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from loaders.extract.candidates import Candidate
from loaders.extract.lexicon import Lexicon, trie_pattern
from loaders.extract.names import Boundaries, is_valid, plain


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    name: str
    role: str
    item: str | None  # the id of the item the annotation belongs to


class Annotations:
    def __init__(self, lex: Lexicon, bounds: Boundaries):
        cfg = lex.raw["relations"]
        self.lex, self.bounds = lex, bounds
        self.groups = tuple(cfg["unit_groups"])
        self.roles = cfg["roles"]
        self.regex = re.compile(r"[（(]((?:" + trie_pattern(self.roles) + r")[：:][^（()）\n。]*)[)）]")
        self.parts = re.compile(r"(" + trie_pattern(self.roles) + r")[：:]([^；;]*)")
        self.separators = re.compile("[" + re.escape(cfg["unit_separators"]) + "]")

    def units(self, text: str, items) -> list[Unit]:
        """Every unit of the loader's lead annotations and of the bracketed ones, once."""
        out: dict[tuple[int, int], Unit] = {}
        for item in items:
            for role, names in item.leads:
                for name in names:
                    pos = text.find(name, item.cstart, item.cend)
                    if pos >= 0:
                        out.setdefault((pos, pos + len(name)), Unit(pos, pos + len(name), name, role, item.id))
        starts = [i.cstart for i in items]
        for m in self.regex.finditer(text):
            k = _last_at_or_before(starts, m.start())
            item = items[k].id if k >= 0 and m.start() < items[k].cend else None
            for part in self.parts.finditer(text, m.start(1), m.end(1)):
                pos = part.start(2)
                for piece in self.separators.split(part.group(2)):
                    name = piece.strip()
                    if name:
                        at = text.find(name, pos)
                        out.setdefault((at, at + len(name)), Unit(at, at + len(name), name, part.group(1), item))
                    pos += len(piece) + 1
        for unit in self.table_units(text):
            out.setdefault((unit.start, unit.end), unit)
        return sorted(out.values(), key=lambda u: u.start)

    def table_units(self, text: str) -> list[Unit]:
        """Units in the role columns of a task table (序号｜任务｜牵头单位｜配合单位, one row a
        line, cells split by ｜, | or a tab as the loaders write them): a header row names
        the roles, each following row with as many cells gives its units, until a line
        that is no row. Rows belong to no outline item."""
        out: list[Unit] = []
        for sep in _CELL_SEPARATORS:
            at = text.find(sep)
            while at >= 0:
                line_start = text.rfind("\n", 0, at) + 1
                line_end = _line_end(text, at)
                cells = text[line_start:line_end].split(sep)
                columns = {k: cell.strip() for k, cell in enumerate(cells) if cell.strip() in self.roles}
                if columns:
                    line_end = self._rows(text, line_end, sep, len(cells), columns, out)
                at = text.find(sep, line_end)
        return out

    def _rows(self, text: str, pos: int, sep: str, width: int, columns: dict[int, str],
              out: list[Unit]) -> int:
        while pos < len(text):
            start = pos + 1
            end = _line_end(text, start)
            cells = text[start:end].split(sep)
            if len(cells) != width:
                return pos
            offset = start
            for k, cell in enumerate(cells):
                if k in columns:
                    piece_at = offset
                    for piece in self.separators.split(cell):
                        name = piece.strip()
                        if name and not name.startswith(self.groups):
                            at = text.find(name, piece_at)
                            out.append(Unit(at, at + len(name), name, columns[k], None))
                        piece_at += len(piece) + 1
                offset += len(cell) + 1
            pos = end
        return pos

    def candidates(self, units: list[Unit], cands: list[Candidate]) -> list[Candidate]:
        """Units no pass found (配合单位：市人社局), also common names (教务处: the issuer's own);
        institution endings give Institutions (not 服务中心: no topic); groups (各学院) none."""
        spans = {(c.start, c.end) for c in cands}
        out = []
        for u in units:
            name = plain(u.name)
            if (u.start, u.end) in spans or len(name) < 3 or name.startswith(self.groups):
                continue
            spans.add((u.start, u.end))
            suffix = self.lex.ends_with_suffix(name, "Institution")
            own = suffix and (name in self.lex.generic_names or is_valid(name, "Institution", suffix, self.bounds))
            out.append(Candidate(u.start, u.end, "Institution" if own else "Body", name, "lead"))
        return out


_CELL_SEPARATORS = ("｜", "|", "\t")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _last_at_or_before(starts: list[int], pos: int) -> int:
    return bisect_right(starts, pos) - 1
