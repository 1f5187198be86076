"""Quoted names: the pairs of double quotes in a text, and the quoted phrases that name a
programme (“双减”攻坚战, 深化“五星三名”, “1610”政策体系, 国家“十四五”规划).

A quoted phrase is a programme when it ends like one, when a head noun or cue follows it
(建设, 经验, 制度 …), or when a governing verb precedes it and the clause ends with it.
"""
from __future__ import annotations

import re

from loaders.extract.lexicon import Lexicon
from loaders.extract.names import CLOSE_QUOTES, OPEN_QUOTES, Boundaries, is_valid, plain

_QUOTE_RE = re.compile('[“”"]')
_CJK = re.compile(r"[\u4e00-\u9fff]")
_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+)+版?$|[0-9]\.0版?$")
_CODE_NAME = re.compile(r"[0-9A-Za-z+＋]{2,12}")  # 1+X, 1610
_MANNER = re.compile("[一二三四五六七八九十多点面人校岗户班]对[一二三四五六七八九十多点面人校岗户班]")


class QuotedNames:
    """Quote pairs and quoted programme names for one lexicon."""

    def __init__(self, lex: Lexicon, bounds: Boundaries):
        self.lex = lex
        self.bounds = bounds
        self.plan_endings = sorted(lex.raw["programme"]["quote_plan_endings"], key=len, reverse=True)
        heads = "|".join(sorted(map(re.escape, lex.raw["programme"]["quote_tail_heads"]), key=len, reverse=True))
        self.tail_re = re.compile(f"([\u4e00-\u9fff]{{1,10}}?)(?:{heads})")
        self.tail_stops = tuple(lex.raw["programme"]["quote_tail_stops"])
        self.tail_scopes = tuple(lex.raw["programme"]["quote_tail_scopes"])

    def pairs(self, text: str):
        """(open, close) pairs of double quotes, tolerant of OCR'd “…“ pairs; unclosed
        quotes are dropped at the next full stop."""
        opening = None
        for m in _QUOTE_RE.finditer(text):
            pos, ch = m.start(), m.group()
            if opening is None:
                if ch in "“\"":
                    opening = pos
                continue
            body = text[opening + 1 : pos]
            if "。" in body or "\n" in body or len(body) > 2 * self.lex.max_quote:
                opening = pos if ch in "“\"" else None
                continue
            if ch == "“" and not body:
                opening = pos
                continue
            yield opening, pos
            opening = None

    def programmes(self, text: str, quotes) -> list[tuple[int, int, str, str]]:
        """Quoted programme names as (start, end, name, how): “双减”, “1+X”证书制度试点 → 1+X,
        国家“十四五”规划 → 十四五规划 (the quotes inside the span)."""
        lex = self.lex
        out = []
        for idx, (o, c) in enumerate(quotes):
            inner = text[o + 1 : c]
            after = self._follower(text, quotes, idx)
            plan = next((w for w in self.plan_endings if text.startswith(w, c + 1)), None)
            if plan and _CJK.search(inner) and len(inner) <= 10:  # 国家“十四五”规划 → 十四五规划
                out.append((o, c + 1 + len(plan), plain(inner) + plan, "suffix"))
                continue
            tail = self._tail(text, c + 1)
            if tail and _CJK.search(inner) and len(inner) <= lex.max_quote and not any(s in inner for s in lex.quote_stops):
                out.append((o, c + 1 + len(tail), plain(inner) + tail, "tail"))  # “X”研学活动
            if lex.suffix_re.match(text, c + 1) and lex.suffix_type.get(
                lex.suffix_re.match(text, c + 1).group()
            ) == "Programme":
                continue  # “5621”计划: the suffix pass names it with its ending
            if len(inner) > lex.max_quote or any(s in inner for s in lex.quote_stops) and not self._paired_slogan(inner, after):
                continue
            versionless = _VERSION.sub("", inner)  # “基础学科拔尖学生培养计划2.0”
            ends = lex.ends_with_suffix(versionless, "Programme")
            if ends and is_valid(versionless, "Programme", ends, self.bounds):
                ok = True
            elif inner.endswith(lex.quote_endings) and len(inner) > 2:
                ok = True
            elif re.search("[，,]", inner):
                ok = after.startswith(("活动", "主题"))
            else:
                cued = bool(lex.quote_cue_re.match(after))
                ok = cued or (  # 深化“五星三名”。 推进“三全育人”综合改革
                    len(inner) <= 10 and text[max(0, o - 4) : o].endswith(lex.quote_verbs)
                    and not after.startswith(lex.quote_not_names))
                if cued and _CODE_NAME.fullmatch(inner):  # “1+X”证书制度试点, “1610”政策体系
                    out.append((o + 1, c, plain(inner), "quote"))
            if ok and _MANNER.fullmatch(inner):
                continue  # “一对一”结对帮扶, “点对点”: how units pair up, no programme
            if ok and _CJK.search(inner) and plain(inner) not in lex.generic_names:
                out.append((o + 1, c, plain(inner), "quote"))
        return out

    def candidates(self, text: str, quotes, make) -> list:
        """The quoted programmes as candidates (``make`` builds one); a name closed by a tail
        keeps its quoted part for the resolver, which joins a later bare “X” to it."""
        out = []
        for s, e, name, how in self.programmes(text, quotes):
            cand = make(s, e, "Programme", name, "suffix" if how == "tail" else how)
            if how == "tail":
                cand.extra["inner_quote"] = plain(quoted_core(text[s:e])[0])
            out.append(cand)
        return out

    def _tail(self, text: str, pos: int) -> str:
        """A descriptive run and a head closing a quoted name (“X”研学活动), or ''."""
        m = self.tail_re.match(text, pos)
        if not m or any(w in m.group(1) for w in self.tail_stops) or m.group(1).endswith(self.tail_scopes):
            return ""
        return m.group()

    def _paired_slogan(self, inner: str, after: str) -> bool:
        """“不忘初心、牢记使命”主题教育: two parallel phrases with a cue after them name one
        campaign (three or more are a list of qualities: “全面、全程、全息”模式)."""
        parts = inner.split("、")
        return len(parts) == 2 and all(3 <= len(p) <= 6 for p in parts) and len(parts[0]) == len(parts[1]) \
            and not any(s in inner for s in self.lex.quote_stops if s != "、") and bool(self.lex.quote_cue_re.match(after))

    @staticmethod
    def _follower(text: str, quotes, idx: int) -> str:
        """Text after a quote, or after the chain of quotes it starts: “一校一品”“一校多品”建设."""
        c = quotes[idx][1]
        j = idx + 1
        while j < len(quotes):
            gap = text[c + 1 : quotes[j][0]]
            if gap not in ("", "、", "和", "与", "及", "或"):
                break
            c = quotes[j][1]
            j += 1
        after = text[c + 1 : c + 8]
        return after[1:] if after.startswith("等") and not after.startswith("等活动") else after


def closes_later(text: str, pos: int) -> bool:
    """Whether the quote open at ``pos`` closes within its sentence (OCR drops some)."""
    for ch in text[pos : pos + 30]:
        if ch in CLOSE_QUOTES or ch == '"':
            return True
        if ch in "。；\n“":
            return False
    return False


def quoted_core(name: str) -> tuple[str, int] | None:
    if not name or not any(q in name for q in OPEN_QUOTES + '"'):
        return None
    o = min((name.find(q) for q in OPEN_QUOTES + '"' if q in name))
    for j in range(o + 1, len(name)):
        if name[j] in CLOSE_QUOTES or name[j] == '"':
            return name[o + 1 : j], j + 1
    return None
