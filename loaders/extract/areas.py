"""Development areas outside the gazetteer (镜湖新区, 西海岸新区, X经济技术开发区): a short
stem before an area kind, taken where the text treats it as a name of its own."""
from __future__ import annotations

import re

from loaders.extract.lexicon import Lexicon, trie_pattern
from loaders.extract.names import place_before


class Areas:
    def __init__(self, lex: Lexicon, gaz):
        cfg = lex.places_cfg
        self.lex, self.gaz = lex, gaz
        # a stem of two or three characters; the longest kind first (经济技术开发区 before 开发区)
        self.regex = re.compile("([\u4e00-\u9fff]{2,3})(?:" + trie_pattern(cfg["area_suffixes"]) + ")")
        self.lead = tuple(lex.raw["strip"]["words"])
        self.generic = frozenset(cfg["area_generic"])

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each area; a city right before it opens the name (大连X新区)."""
        out = []
        for m in self.regex.finditer(text):
            start = m.start()
            if len(m.group(1)) == 3 and (not self._opens(text, start) or text[start] in self.lex.conjunctions):
                start += 1  # 在X新区, 和X新区: the third character belongs to the words before
            stem = text[start : m.end(1)]
            if self.gaz.index.get(text[start : m.end()]) or self._generic(stem):
                continue
            city = place_before(text, start, self.gaz)
            if self._opens(text, start) or city is not None \
                    or any(self.gaz.lookup(stem + k) for k in ("", "县", "市")):  # 缓解正定新区
                out.append((start if city is None else city, m.end()))
        return out

    def _generic(self, stem: str) -> bool:
        lex = self.lex
        return stem in self.generic or stem[-2:] in self.generic or bool(lex.strip_re.fullmatch(stem)) \
            or bool(lex.strip_re.match(stem)) and len(stem) == 3 or stem[-1] in lex.conjunctions

    def _opens(self, text: str, start: int) -> bool:
        before = text[max(0, start - 6) : start]
        lex = self.lex
        return not before or before[-1] in lex.punctuation or before[-1] in lex.conjunctions \
            or before.endswith(self.lead)
