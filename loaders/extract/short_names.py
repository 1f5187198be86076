"""Short forms of university names written in a list (西南交大、武汉理工、湖南师大): the stem
before a usual ending, expanded to the full name by the ending's table in the lexicon
([short_names]). Only a short form listed next to another institution is trusted."""
from __future__ import annotations

from loaders.extract.lexicon import Lexicon, trie_regex


class ShortNames:
    def __init__(self, lex: Lexicon):
        cfg = lex.raw["short_names"]
        self.full = cfg["endings"]
        self.ending_re = trie_regex(self.full)
        self.separators = frozenset(cfg["separators"])
        self.blocked_after = frozenset(cfg["blocked_after"])
        self.strip_re = lex.strip_re

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, short form, full name) of every stem + ending that stands between
        separators; the caller keeps those listed with an institution."""
        out = []
        for m in self.ending_re.finditer(text):
            if text[m.end() : m.end() + 1] in self.blocked_after:
                continue  # 师大学, 职工大会: part of a longer word, not a short form
            start = m.start()
            while start > max(0, m.start() - 6) and text[start - 1] not in self.separators:
                start -= 1
            if start == 0 and m.start() > 6 or text[start - 1 : start] not in self.separators and start > 0:
                continue
            while start < m.start() and not "\u4e00" <= text[start] <= "\u9fff":
                start += 1  # 2.湖南师大: an item's number is no part of the stem
            lead = self.strip_re.match(text, start, m.start())
            start = lead.end() if lead else start  # 支持西南交大 → 西南交大
            if not 2 <= m.start() - start <= 4:
                continue
            short = text[start : m.end()]
            out.append((start, m.end(), short, text[start : m.start()] + self.full[m.group()]))
        return out

    def at(self, text: str, begin: int, limit: int) -> int | None:
        """The end of a short form opening ``text[begin:limit]`` (西南交大建设… → after 交大)."""
        for size in (2, 3, 4):
            m = self.ending_re.match(text, begin + size, limit)
            if m and text[m.end() : m.end() + 1] not in self.blocked_after:
                return m.end()
        return None
