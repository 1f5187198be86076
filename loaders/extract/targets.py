"""Quantified commitments (targets): 建设30所“园丁先锋”党建示范学校 → 30 所 “园丁先锋”党建示范学校.

``find_targets(text)`` is the one entry point; the spaCy component ``policy_kg_targets``
(spaCy forbids dots in factory names) calls it on ``doc.text`` and stores the result as
``doc._.kg_targets``. Units, comparators, verbs and the rest are data: loaders/data/targets.json.

Decisions (tested in tests/extract/test_targets.py):

* Quantities are numbers: Chinese numerals are converted (三十 → 30, 两 → 2), and 万/亿
  are multiplied out, so 50万元 → quantity 500000, unit 元. The unit never keeps 万.
* The thing counted is the *object*. It follows a counter (建设30所X → X) or precedes
  the number when the number comes after a comparator or is a rate (X达到60%, X不少于25所,
  X10所). When both sides hold words and no comparator stands between, they are joined
  (关爱工作的通知20项措施 → 关爱工作的通知措施), so ``object_start``/``object_end`` is
  the smallest span that covers the object, which may enclose the number.
* Not targets: years and dates (年/月 are not units), ordinals (第十八届), numbers inside
  quotes or titles (“5621”计划, 《…33条》), codes (G60, C9), ranges (1－2项: no single
  commitment), ranks (前1%), bases (每百名, 从116学分), counts after 等 that only sum up
  the list before it (A、B等2所; A、B等50所 counts), and a bare 一 (一批, 一所: "a").
* The deadline is the nearest time limit in the same sentence (到2025年, 2023年底前),
  as written; ``deadline_date`` is its last day, ISO formatted.
"""
from __future__ import annotations

from bisect import bisect_left
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from loaders.extract.clauses import SIDE_LIMIT, clause_end, clause_start, list_owner, list_parts, skip_note
from loaders.extract.numbers import (
    CN_DIGITS, CN_POWERS, DEADLINE, nearest_deadline, parse_number, scale,
)

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "targets.json"

_OPEN_QUOTES = "“‘「《〈\"'"
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ("〈", "〉"))
_RATE_UNITS = {"%", "‰", "个百分点"}
_RATE_ENDINGS = ("率", "比", "比例", "占比", "数", "量", "数量", "覆盖面")
_SENTENCE_END = re.compile("[。！？\n]")


@dataclass(frozen=True)
class TargetSpan:
    """A quantified commitment found in a text; offsets are into that text."""

    start: int
    end: int
    quantity: int | float
    unit: str
    object: str
    object_start: int
    object_end: int
    deadline: str | None = None  # as written: 到2025年, 2023年底前
    deadline_date: str | None = None  # last day of the deadline: 2025-12-31
    bound: str | None = None  # at_least (不少于, 以上) | at_most (控制在) | about (左右)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class _Lexicon:
    number: re.Pattern
    units: dict[str, str]
    unit_blockers: dict[str, tuple[str, ...]]
    multipliers: dict[str, int]
    blockers_before: frozenset[str]
    comparators: dict[str, str | None]
    comparators_longest_first: tuple[str, ...]
    openers: tuple[str, ...]  # words after which a Chinese numeral is a count
    long_comparators: re.Pattern
    after_bounds: tuple[tuple[str, str], ...]  # longest first
    strip_leading: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    trailing_compounds: tuple[str, ...]  # words ending in a trailing particle: 合同, 参与, 普及
    breaks: frozenset[str]
    verbs: tuple[str, ...]
    baselines: tuple[str, ...]
    deadline: re.Pattern
    periods: dict[str, int]
    range_marks: frozenset[str]
    heading: re.Pattern  # an outline heading line: its Chinese-numeral counts name parts
    all_marks: tuple[str, ...]  # 均, 都 before a comparator: each listed object has the value
    one_cues: tuple[str, ...]  # words after which 一 is a count (都有一所), not "a"
    relative_marks: tuple[str, ...]  # 2000人以下的县中: a threshold, not a commitment
    listing_verbs: tuple[str, ...]  # 地方高校有A、B等8所: the group before them is counted


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def lexicon(path: str = str(DATA_PATH)) -> _Lexicon:
    """Compile the language data once per file (a user may point at an extended copy)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    units = {k: v for k, v in data["units"].items() if not k.startswith("_")}
    mult = data["multipliers"]
    num = r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+"
    number = re.compile(
        rf"百分之(?P<pnum>{num})"
        rf"|(?P<num>{num})(?P<mult>{_alternation(mult)})?[ \t]?(?P<unit>{_alternation(units)})"
    )
    comparators = {k: v for k, v in data["comparators"].items() if not k.startswith("_")}
    periods = {k: v for k, v in data["plan_periods"].items() if not k.startswith("_")}
    return _Lexicon(
        number=number,
        units=units,
        unit_blockers={k: tuple(v) for k, v in data["unit_blockers"].items() if not k.startswith("_")},
        multipliers=mult,
        blockers_before=frozenset(data["number_blockers_before"]["chars"]),
        comparators=comparators,
        comparators_longest_first=tuple(sorted(comparators, key=len, reverse=True)),
        openers=tuple(set(data["governing_verbs"]) | set(comparators) | set(data["one_cues"])),
        long_comparators=re.compile(_alternation([c for c in comparators if len(c) > 1
                                                  and c not in data["adjacent_comparators"]])),
        after_bounds=tuple(sorted(data["after_unit_bounds"].items(), key=lambda kv: -len(kv[0]))),
        strip_leading=tuple(sorted(set(data["governing_verbs"]) | set(data["leading_words"]),
                                   key=len, reverse=True)),
        strip_trailing=tuple(sorted(data["trailing_words"], key=len, reverse=True)),
        trailing_compounds=tuple(data["trailing_compounds"]),
        breaks=frozenset(data["clause_breaks"]),
        verbs=tuple(data["governing_verbs"]),
        baselines=tuple(data["baseline_marks"]),
        deadline=re.compile(DEADLINE.pattern + rf"|[“\"]?(?P<period>{_alternation(periods)})[”\"]?"
                            r"(?:期间|时期|末|期末)"),
        periods=periods,
        range_marks=frozenset(data["range_marks"]),
        heading=re.compile(data["heading"]),
        all_marks=tuple(data["all_marks"]),
        one_cues=tuple(data["one_cues"]),
        relative_marks=tuple(data["relative_marks"]),
        listing_verbs=tuple(data["listing_verbs"]),
    )


def _is_numeral(ch: str) -> bool:
    return ch.isdigit() or ch in CN_DIGITS or ch in CN_POWERS


def _inside_quotes(text: str, sentence_start: int, pos: int) -> bool:
    """Is ``pos`` between an opening quote or 《 and its closing partner in this sentence?"""
    if pos > 0 and text[pos - 1] in _OPEN_QUOTES:
        return True  # “5621”, “四个自信 with its closing quote lost
    span = text[sentence_start:pos]
    for opening, closing in _QUOTE_PAIRS:
        if span.count(opening) > span.count(closing):
            close = text.find(closing, pos, pos + 20)
            stop = text.find("。", pos, pos + 20)
            if close != -1 and (stop == -1 or close < stop):
                return True
    return False


def _trim(text: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int]:
    """Strip governing verbs and adverbs from the left and particles from the right."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and (text[start].isspace() or text[start] in "、（(）)"):
            start, changed = start + 1, True
        for word in lex.strip_leading:
            if text.startswith(word, start, end) and end - start > len(word) - 1:
                start, changed = start + len(word), True
                break
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[end - 1].isspace():
            end, changed = end - 1, True
        for word in lex.strip_trailing:
            if text.endswith(word, start, end) and not text.endswith(lex.trailing_compounds, start, end):
                end, changed = end - len(word), True
                break
    return start, end


def _before_baseline(text: str, left: int, end: int, lex: _Lexicon) -> int:
    """Cut 从116学分 (the starting point) off 必修学分从116学分减少到96学分."""
    for mark in lex.baselines:
        i = text.rfind(mark, left, end)
        if i != -1 and i + 1 < end and _is_numeral(text[i + 1]):
            end = i
    return end


def _comparator_before(text: str, left: int, num_start: int, lex: _Lexicon):
    """The comparator governing the number: (its start, bound), or None."""
    adjacent = text[num_start - 1] if num_start > left else ""
    for comp in lex.comparators_longest_first:
        if text.endswith(comp, left, num_start):
            return num_start - len(comp), lex.comparators[comp]
    if adjacent and adjacent in lex.comparators:
        return num_start - 1, lex.comparators[adjacent]
    last = None
    for m in lex.long_comparators.finditer(text, left, num_start):
        last = m
    if last is not None and num_start - last.end() <= 8:
        return last.start(), lex.comparators[last.group()]
    return None


def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def _sentence_bounds(ends: list[int], pos: int) -> tuple[int, int]:
    i = bisect_left(ends, pos)
    return (ends[i - 1] + 1 if i else 0), ends[i]


def _accept(text: str, m: re.Match, sentence_start: int, lex: _Lexicon) -> bool:
    num_start = m.start("num") if m.group("num") else m.start("pnum")
    num_end = m.end("num") if m.group("num") else m.end("pnum")
    digits = m.group("num") or m.group("pnum")
    before = text[num_start - 1] if num_start else ""
    if before == "等" and _more_than_listed(text, num_start - 1, sentence_start, digits):
        pass  # A、B、C等50所学校: the count reaches past the list, a commitment
    elif before and (before in lex.blockers_before or before.isascii() and before.isalnum()
                     or before in ".．"):
        return False
    if digits == "一" and not m.group("mult") and not (
            text[m.end() : m.end() + 1] in lex.breaks  # 每年开考一次，
            or any(w in text[max(sentence_start, num_start - 5) : num_start] for w in lex.one_cues)):  # 都有一所
        return False
    if m.group("num") and (digits[0] in CN_DIGITS or digits[0] in CN_POWERS):
        # Chinese numerals mostly name things (中央八项规定, 三项工作): count them only
        # where a commitment starts (after a break, a governing verb or a comparator)
        # or where the clause ends with the count (培训教师一万人次，); never in a heading
        # (二、建设三项工程 counts the parts that follow).
        if lex.heading.match(text, sentence_start):
            return False
        after = text[m.end():m.end() + 1]
        if not (num_start == sentence_start or before in lex.breaks or not after
                or after in lex.breaks
                or any(text.endswith(w, sentence_start, num_start) for w in lex.openers)):
            return False
    if before in lex.range_marks and num_start > 1 and _is_numeral(text[num_start - 2]):
        return False
    if (num_end < len(text) - 1 and text[num_end] in lex.range_marks
            and _is_numeral(text[num_end + 1])):
        return False
    if m.group("unit"):
        unit_end = m.end("unit")
        for blocker in lex.unit_blockers.get(m.group("unit"), ()):
            if text.startswith(blocker, unit_end) and not text.startswith(tuple(w for w, _ in lex.after_bounds), unit_end):
                return False  # 所以 is no 所, but 2所以上 is
        if unit_end < len(text) and text[unit_end].isascii() and text[unit_end].isalnum():
            return False
    return not _inside_quotes(text, sentence_start, num_start)


def _more_than_listed(text: str, deng: int, sentence_start: int, digits: str) -> bool:
    """Whether the count after 等 exceeds the items listed before it: A、B等8个 only sums up
    a list of eight, A、B、C等50所 commits to fifty."""
    start = max(sentence_start, deng - 80)
    clause = max([start - 1] + [text.rfind(ch, start, deng) for ch in "，,；;：:。"])
    value = parse_number(digits)
    return value is not None and value > text.count("、", clause + 1, deng) + 1


def find_targets(text: str, data: str | Path | None = None) -> list[TargetSpan]:
    """All quantified commitments in ``text``, in reading order (``data``: another targets.json)."""
    lex = lexicon(str(data or DATA_PATH))
    found: list[TargetSpan] = []
    prev_end = 0
    ends = _sentence_ends(text)
    for m in lex.number.finditer(text):
        sentence_start, sentence_end = _sentence_bounds(ends, m.start())
        if not _accept(text, m, sentence_start, lex):
            continue
        num_start, tail = m.start(), m.end()
        if m.group("pnum"):
            value, unit = parse_number(m.group("pnum")), "%"
        else:
            value, unit = parse_number(m.group("num")), lex.units[m.group("unit")]
            if value is not None and m.group("mult"):
                value = scale(value, lex.multipliers[m.group("mult")])
        if value is None:
            continue
        bound = None
        for word, kind in lex.after_bounds:
            if text.startswith(word, tail):
                bound, tail = kind, tail + len(word)
                break
        if bound and text.startswith(lex.relative_marks, tail) \
                and not any(text.endswith(w, sentence_start, num_start) for w in lex.openers):
            continue  # 规模2000人以下的县中 describes the object (确保80%以上的区县 does commit)
        floor = max(prev_end, sentence_start, num_start - SIDE_LIMIT)
        rs, re_ = _right_side(text, tail, sentence_start, lex)
        (ls, le), comparator, comp_bound = _left_side(text, floor, num_start, unit, lex, rs == re_)
        if text[num_start - 1 : num_start] == "等" and rs < re_:
            ls = le  # A、B等50所县中: the listed names are examples, the kind after the unit is counted
        elif text[num_start - 1 : num_start] == "等":  # 地方高校有A、B等8所: the group is counted
            ls, le = list_owner(text, clause_start(text, num_start, floor, lex.breaks), num_start, lex.listing_verbs) or (ls, le)
        bound = bound or comp_bound
        obj_start, obj_end, obj = _object(text, (ls, le), (rs, re_), unit, comparator)
        if obj.startswith("《"):
            continue  # 即1个《…纲要》: a document counted in a definition, not a commitment
        prev = found[-1] if found else None
        if not obj and prev and not text[prev.end:num_start].strip("、，, "):
            # 46.8%、67.51%、72.73%: the later numbers of a list share the first one's object
            obj, obj_start, obj_end = prev.object, prev.object_start, prev.object_end
        deadline, deadline_date = nearest_deadline(text, sentence_start, sentence_end, num_start, lex.deadline, lex.periods)
        start = min(num_start, obj_start) if obj else num_start
        end = max(tail, obj_end) if obj and obj_end > num_start else tail
        parts = [(obj_start, obj_end, obj)]
        if comparator is not None and "、" in obj and text.endswith(lex.all_marks, 0, comparator[0]):
            parts = list_parts(text, obj_start, obj_end)  # A、B比例均达到95%: one target each
        for ps, pe, part in parts:  # a part's span starts at its own words: one id each
            found.append(TargetSpan(start if len(parts) == 1 else ps, end, value, unit, part, ps, pe,
                                    deadline, deadline_date, bound))
        prev_end = max(tail, end)
    return found


def _left_side(text: str, floor: int, num_start: int, unit: str, lex: _Lexicon, alone: bool = False):
    """The words before the number that may be its object, and the comparator between.
    ``alone``: nothing follows the number, so a verb right before it names the activity
    counted (开展技能培训5000人次 → 技能培训), not a governing verb."""
    left = clause_start(text, num_start, floor, lex.breaks)
    comparator = _comparator_before(text, left, num_start, lex)
    left_end, bound = comparator if comparator is not None else (num_start, None)
    counter = comparator is None and unit not in _RATE_UNITS
    if counter:
        # a counter's object before it is one noun phrase: 2项 in 1－2项艺术技能、2项体育技能
        left = max(left, text.rfind("、", left, left_end) + 1)
    left_end = _before_baseline(text, left, left_end, lex)
    if counter:  # 安排专项资金1000万元 → 专项资金; 建设三项工程 → nothing on the left
        cuts = [text.rfind(v, left, left_end) + len(v) for v in lex.verbs if len(v) > 1 and v in text[left:left_end]]
        left = max([left] + [c for c in cuts if not (alone and c == left_end)])
    trimmed = _trim(text, left, left_end, lex)
    if alone and counter and trimmed[0] == trimmed[1]:  # 全年培训2000人次: the verb alone is the activity
        verb = max((v for v in lex.verbs if len(v) > 1 and text.startswith(v, left_end - len(v), left_end)
                    and left_end - len(v) >= left), key=len, default=None)
        trimmed = (left_end - len(verb), left_end) if verb else trimmed
    return trimmed, comparator, bound


def _right_side(text: str, tail: int, sentence_start: int, lex: _Lexicon) -> tuple[int, int]:
    """The words after the unit that may be its object, up to a break or the next count."""
    right = skip_note(text, tail, lex.breaks)
    if right == -1:
        return tail, tail
    following = next((f.start() for f in lex.number.finditer(text, right, right + SIDE_LIMIT)
                      if _accept(text, f, sentence_start, lex)), len(text))
    stop = min(clause_end(text, right, lex.breaks), following)  # 10所高校与20家企业
    return _trim(text, right, stop, lex)


def _object(text, left, right, unit, comparator) -> tuple[int, int, str]:
    """Choose the words counted: see the module docstring for the rules."""
    (ls, le), (rs, re_) = left, right
    left_text, right_text = text[ls:le], text[rs:re_]
    if not left_text and not right_text:
        return 0, 0, ""
    if not left_text:
        return rs, re_, right_text
    if not right_text:
        return ls, le, left_text
    if unit in _RATE_UNITS:
        if not left_text.endswith(_RATE_ENDINGS):  # “健康校园”100%覆盖, 教师100%制定规划
            return ls, re_, left_text + right_text
        return ls, le, left_text
    if comparator is not None:
        return rs, re_, right_text  # 每名学生至少掌握2项体育技能
    return ls, re_, left_text + right_text  # 关爱工作的通知20项措施


# spaCy wiring: find_targets above stays usable without building a pipeline.
if not Doc.has_extension("kg_targets"):
    Doc.set_extension("kg_targets", default=())


class TargetsComponent:
    """Sets ``doc._.kg_targets`` to ``find_targets(doc.text)``."""

    def __init__(self, data: str | None = None):
        self.data = data

    def __call__(self, doc: Doc) -> Doc:
        from loaders.extract.components import text_of  # doc.text re-joins every token

        doc._.kg_targets = find_targets(text_of(doc), self.data)
        return doc


@Language.factory("policy_kg_targets", default_config={"data": None})
def make_targets(nlp: Language, name: str, data: str | None) -> TargetsComponent:  # noqa: ARG001
    """``data``: path of a targets.json to use instead of the bundled one."""
    return TargetsComponent(data)
