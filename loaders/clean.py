"""Cleaning that keeps provenance: noise out, confident repairs in, every character traceable.

The cleaner is a list of small named rules (``RULES``). Each rule proposes edits on the
current text — (start, end, replacement) — and the engine applies them while carrying, for
every character, the source offset it came from. A replaced character maps to the source
character it replaces (a shorter replacement maps to the first characters of the match),
so ``CleanText.offsets`` always points into ``Document.source``. Characters a rule changed
are listed in ``CleanText.repairs`` with the rule's name, which is how tests prove that
each clean character is either the source character or a documented repair.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Protocol

from kg.model import CleanText
from loaders import noise as N

Edit = tuple[int, int, str]


class Rule(Protocol):
    name: str
    why: str

    def edits(self, text: str) -> Iterable[Edit]: ...


@dataclass(frozen=True)
class RegexRule:
    """Replace each match of ``pattern`` (or its group ``group``) by ``replace``."""

    name: str
    pattern: str
    replace: str | Callable[[re.Match], str]
    why: str
    group: int | str = 0

    def edits(self, text: str) -> Iterator[Edit]:
        for m in _compiled(self.pattern).finditer(text):
            start, end = m.span(self.group)
            new = self.replace(m) if callable(self.replace) else self.replace
            if new != text[start:end]:
                yield start, end, new


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@dataclass(frozen=True)
class PageMarkerRule:
    """Drop scraped page markers ``N、`` at line starts, joining the words they cut.

    A line-start ``N、`` is an item in a normal document. It is a page marker when the
    numbers run 1, 2, 3… through the document (most steps are +1: a page may be lost, or
    copies concatenated) and the marker keeps cutting sentences: at least two of them
    follow a line that does not end a sentence. Items never cut sentences.
    """

    name: str = "page-markers"
    why: str = "scraped copies mark page starts with N、, often inside a word (扎实开/2、展学习)"
    in_sequence: float = 0.8

    def edits(self, text: str) -> Iterator[Edit]:
        marks = list(_compiled(N.PAGE_MARKER).finditer(text))
        numbers = [int(m["n"]) for m in marks]
        steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
        if len(marks) < 3 or steps < self.in_sequence * (len(marks) - 1):
            return
        cuts = sum(1 for m in marks if m.start() > 0 and text[m.start() - 2 : m.start() - 1] not in N.TERMINATORS)
        if cuts < 2:
            return
        for m in marks:
            start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "\n" else m.start()
            yield start, m.end(), ""


@dataclass(frozen=True)
class RepeatedLineRule:
    """Drop short lines that repeat page after page: running headers and footers.

    A line counts when it occurs ``times`` times or more, never twice within ``apart``
    lines (a header comes once a page), and is not a table row (tab-separated cells).
    """

    name: str = "repeated-lines"
    why: str = "a header or footer printed on every page is not part of the text"
    times: int = 3
    longest: int = 40
    apart: int = 5

    def edits(self, text: str) -> Iterator[Edit]:
        lines = list(re.finditer(r"(?m)^([^\n]*)(\n|$)", text))
        seen: dict[str, list[int]] = {}
        for i, m in enumerate(lines):
            key = m[1].strip()
            if 2 <= len(key) <= self.longest and "\t" not in key and key[-1] not in N.TERMINATORS:
                seen.setdefault(key, []).append(i)
        repeated = {
            k for k, at in seen.items() if len(at) >= self.times and min(b - a for a, b in zip(at, at[1:])) >= self.apart
        }
        for m in lines:
            if m[1].strip() in repeated and m.end() > m.start():
                yield m.start(), m.end(), ""


@dataclass(frozen=True)
class WrappedLineRule:
    """Join lines that a page layout wrapped in mid-sentence (PDF text layers, fixed-width copies).

    A line counts as wrapped when it is nearly as long as the longest lines of the document,
    even when it ends with 。 (the page edge can fall after one); short lines (headings, the
    last line of a paragraph) are never joined, nor is a line to a following heading or item.
    """

    name: str = "wrapped-lines"
    why: str = "a line break forced by the page width is not a paragraph end"
    share: float = 0.8
    formats: tuple[str, ...] = ("pdf",)  # typed text has paragraph lines of any length: never joined

    def edits(self, text: str) -> Iterator[Edit]:
        lines = text.split("\n")
        lengths = sorted(len(line) for line in lines if line)
        if len(lengths) < 3:
            return
        full = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) >= 10 else -1]
        if full < 10:
            return
        pos = 0
        for line, nxt in zip(lines, lines[1:]):
            pos += len(line)
            if len(line) >= self.share * full and nxt and not _compiled(N.LINE_START_MARKER).match(nxt):
                yield pos, pos + 1, ""
            pos += 1


def _parenthesised(m: re.Match) -> str:
    inner, before = m["inner"], m.string[m.start() - 1 : m.start()]
    if re.search(f"[{N.HAN}]", inner + before):
        return f"（{inner}）"
    return m[0]


def _quoted(m: re.Match) -> str:
    return f"“{m['inner']}”" if re.search(f"[{N.HAN}]", m["inner"]) else m[0]


@lru_cache(maxsize=1)
def _foreign_places() -> str:
    """Country names in Chinese (pycountry's zh_CN locale) plus regions, as one alternation."""
    import gettext

    import pycountry

    names = set(N.REGION_NAMES)
    try:
        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
        names |= {zh.gettext(c.name) for c in pycountry.countries}
    except OSError:  # no translations shipped: fall back to the regions alone
        pass
    names = {n for n in names if re.fullmatch(f"[{N.HAN}]{{2,}}", n) and not n.startswith(N.NOT_AFTER_DASH)}
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


_CJK = f"[{N.HAN}{N.CJK_PUNCT}]"
_SP = f"[{N.SPACES.replace(chr(9), '')}]"  # tabs separate table cells: keep them

RULES: tuple[Rule, ...] = (
    RegexRule("line-endings", r"\r(?=\n)", "", "Windows line ends"),
    RegexRule("lone-carriage-returns", r"\r", "\n", "old Mac line ends"),
    RegexRule("invisible-characters", f"[{N.INVISIBLE}]", "", "zero-width characters and stray BOMs carry nothing"),
    RegexRule(
        "site-boilerplate",
        r"(?m)^[^\n]*(?:" + "|".join(map(re.escape, N.BOILERPLATE_MARKERS)) + r")[^\n]*(?:\n|$)",
        "",
        "a document-sharing site's banner line is not the document",
    ),
    RegexRule("page-numbers", N.PAGE_NUMBER_LINE, "", "page numbers (第3页, - 3 -) are layout"),
    RepeatedLineRule(),
    PageMarkerRule(),
    RegexRule("indentation", f"(?m)^[{N.SPACES}]+|[{N.SPACES}]+$", "", "indentation and trailing spaces are layout"),
    RegexRule("blank-lines", r"^\n+|\n+$|\n(?=\n)", "", "a paragraph ends at one line break"),
    WrappedLineRule(),
    RegexRule(
        "half-width-alphanumerics",
        "[０-９Ａ-Ｚａ-ｚ]",
        lambda m: chr(ord(m[0]) - 0xFEE0),
        "full-width digits and letters read as ordinary ones (１２ → 12)",
    ),
    RegexRule(
        "ocr-digits",
        f"(?<![A-Za-z0-9])(?=[0-9IlOo]*[IlOo])(?:[0-9IlOo]{{2,}})(?=[{N.MEASURE_WORDS}%])",
        lambda m: "".join(N.OCR_DIGITS.get(c, c) for c in m[0]) if re.search(r"\d", m[0]) or len(m[0]) >= 3 else m[0],
        "OCR reads 1 and 0 as I and O; before a counting word (IOO节) only a number fits",
    ),
    RegexRule("percent-o", f"(?<=\\d%)o(?=[{N.HAN}]|\\n|$)", "。", "OCR reads the full stop after % as o (100%o实施)"),
    RegexRule(
        "split-characters",
        "|".join(map(re.escape, N.SPLIT_CHARACTERS)),
        lambda m: N.SPLIT_CHARACTERS[m[0]],
        "OCR splits some characters in two (力口 is 加)",
    ),
    RegexRule(
        "dash-between-places",
        f"(?<=[{N.HAN}][{N.PLACE_ENDINGS}])一(?=(?:{{places}}))",
        "—",
        "OCR reads the dash in 苏州—新加坡 as the numeral 一; only between two place names",
    ),
    RegexRule(
        "quote-opened-twice",
        r"“[^“”\n。！？；]{1,30}(?P<q>“)",
        "”",
        "a quote cannot open inside a quote: the second “ is the lost closing mark",
        group="q",
    ),
    RegexRule(
        "quote-closed-by-comma",
        r"“[^“”\n，,。！？；]{1,12}(?P<q>,)(?=的)",
        "”",
        "no clause starts with 的: “四个自信,的孩子 is “四个自信”的孩子",
        group="q",
    ),
    RegexRule(
        "full-width-punctuation",
        f"(?<={_CJK})[,:;?!]|[,:;?!](?={_CJK})",
        lambda m: N.FULL_WIDTH_PUNCT[m[0]],
        "one convention for punctuation in Chinese text: full-width",
    ),
    RegexRule(
        "full-width-brackets",
        r"\((?P<inner>[^()（）\n]{0,60})\)",
        _parenthesised,
        "brackets around or after Chinese text are Chinese brackets",
    ),
    RegexRule("straight-quotes", r'"(?P<inner>[^"\n]{1,80})"', _quoted, "straight quotes around Chinese text are “ ”"),
    RegexRule("spaces-in-chinese", f"(?<={_CJK}){_SP}+|{_SP}+(?={_CJK})", "", "Chinese does not separate words by spaces"),
)


def _resolve(rule: Rule) -> Rule:
    if isinstance(rule, RegexRule) and "{places}" in rule.pattern:
        return RegexRule(rule.name, rule.pattern.replace("{places}", _foreign_places()), rule.replace, rule.why, rule.group)
    return rule


def clean(source: str, rules: Iterable[Rule] = RULES, format: str | None = None) -> CleanText:
    """Apply ``rules`` in order to ``source``; the result maps every character back to it.

    A rule with a ``formats`` attribute applies only to text read from those formats.
    """
    state = _State(list(source), list(range(len(source))), list(range(1, len(source) + 1)), [None] * len(source))
    text = source
    for rule in map(_resolve, rules):
        if format not in getattr(rule, "formats", (format,)):
            continue
        edits = sorted(rule.edits(text))
        if edits:
            state = state.apply(edits, rule.name)
            text = "".join(state.chars)
    end = state.ends[-1] if state.ends else len(source)
    return CleanText(text, array("l", state.offsets + [end]), repairs=state.repairs(source))


@dataclass
class _State:
    """Per clean character: the character, its source offset, the source end it stands
    for (past a merged pair like 力口), and the rule that changed it (None: unchanged)."""

    chars: list[str]
    offsets: list[int]
    ends: list[int]
    tags: list[str | None]

    def apply(self, edits: list[Edit], name: str) -> "_State":
        out = _State([], [], [], [])
        pos = 0
        for start, end, new in edits:
            if start < pos:  # overlapping proposal: the earlier edit wins
                continue
            out._copy(self, pos, start)
            for i, ch in enumerate(new):
                j = min(start + i, end - 1, len(self.chars) - 1)
                same = end - start == len(new) and self.chars[j] == ch
                out.chars.append(ch)
                out.offsets.append(self.offsets[j])
                last = i == len(new) - 1 and end > start
                out.ends.append(self.ends[end - 1] if last else self.ends[j])
                out.tags.append(self.tags[j] if same else name)
            pos = end
        out._copy(self, pos, len(self.chars))
        return out

    def _copy(self, other: "_State", a: int, b: int) -> None:
        self.chars += other.chars[a:b]
        self.offsets += other.offsets[a:b]
        self.ends += other.ends[a:b]
        self.tags += other.tags[a:b]

    def repairs(self, source: str) -> tuple[tuple[int, int, str, str], ...]:
        """Runs of changed characters: (clean start, clean end, source text, rule name)."""
        runs = []
        i = 0
        while i < len(self.chars):
            if self.tags[i] is None:
                i += 1
                continue
            j = i + 1
            while j < len(self.chars) and self.tags[j] == self.tags[i] and self.offsets[j] == self.ends[j - 1]:
                j += 1
            runs.append((i, j, source[self.offsets[i] : self.ends[j - 1]], self.tags[i]))
            i = j
        return tuple(runs)


def rule_names() -> list[str]:
    return [r.name for r in RULES]
