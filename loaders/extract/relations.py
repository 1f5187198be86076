"""Relations between resolved candidates, found sentence by sentence with their evidence.

Keys name relation ends before ids exist: ("entity", type, canonical), ("item", item_id),
("doc", doc_id) or ("target", index into the document's targets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.candidates import Candidate
from loaders.extract.lexicon import Lexicon

_ITEM_NUMBER = re.compile(r"(?:^|\n)[0-9０-９]{1,2}[.．、][ 　]*$")  # an item number opening the clause: 3. A大学

Key = tuple


@dataclass(frozen=True)
class Span:
    """A sentence as extraction sees it: clean-text offsets and its place in the outline."""

    cstart: int
    cend: int
    item: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class Found:
    type: str
    source: Key
    target: Key
    start: int  # clean-text offsets of the evidence
    end: int
    sentence: int  # index into the document's sentence spans


def key(c: Candidate) -> Key:
    return ("entity", c.type, c.canonical)


def sentence_of(spans: list[Span], pos: int) -> int:
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid].cstart <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


class RuleRelations:
    """Relation rules over one document's sentences (see each method's docstring)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        cfg = lex.raw["relations"]
        self.body_verbs = cfg["body_verbs"]
        self.partnership = tuple(cfg["partnership"])
        self.breaks = re.compile("[" + re.escape(cfg["clause_breaks"]) + "]")
        self.cite_cues = tuple(cfg["cite_cues"])
        self.participation_verbs = tuple(cfg["participation_verbs"])
        self.back_references = tuple(cfg["back_references"])
        self.admitted_units = tuple(cfg["admitted_units"])
        self.participation_re = "|".join(map(re.escape, cfg["participation_verbs"]))
        self.introducers = tuple(cfg["introducers"])
        self.introduced_verbs = tuple(cfg["introduced_verbs"])
        self.introduced_weak = tuple(cfg["introduced_weak_verbs"])
        self.vehicle_verbs = tuple(cfg["vehicle_verbs"])
        self.founded = tuple(v + "的" for v in cfg["founding_verbs"])
        self.selected_as = tuple(cfg["selected_as"])
        self.selecting = tuple(cfg["selecting_verbs"])
        self.admitting = tuple(cfg["admitting_verbs"])
        self.joining = tuple(cfg["joining_verbs"])
        self.frames = tuple(cfg["frames"])
        self.lead_words = tuple(cfg["lead_words"])
        self.member_kinds = tuple(cfg["member_kinds"])
        self.favouring = tuple(cfg["favouring_words"])

    def find(self, text: str, spans: list[Span], cands: list[Candidate], targets=(),
             doc_key: Key = ("doc", None), issuer: Key | None = None) -> list[Found]:
        out: list[Found] = []
        places = {c.canonical for c in cands if c.type == "Place"}
        per_sentence: dict[int, list[Candidate]] = {}
        for c in cands:
            per_sentence.setdefault(sentence_of(spans, c.start), []).append(c)
        for idx, members in per_sentence.items():
            span = spans[idx]
            clauses = self._clauses(text, span, members)
            out += self._participation(text, clauses, idx)
            out += self._partners(text, clauses, idx, issuer or doc_key)
            out += self._body_roles(text, span, members, idx)
            out += self._citations(text, members, idx, doc_key)
            out += self._located(members, places, idx)
        out += self._targets(text, spans, per_sentence, targets)
        return out

    def leads(self, spans: list[Span], units, cands: list[Candidate]) -> list[Found]:
        """Lead-unit annotations (annotations.Unit: 牵头单位：市教育局；配合单位：市财政局) →
        LEADS/SUPPORTS/RESPONSIBLE_FOR from each body to its item."""
        roles = self.lex.raw["relations"]["roles"]
        bodies = {(c.start, c.end): c for c in cands if c.type == "Body"}
        out = []
        for u in units:
            cand = bodies.get((u.start, u.end))
            if cand is not None and u.item is not None:
                out.append(Found(roles.get(u.role, "RESPONSIBLE_FOR"), key(cand), ("item", u.item),
                                 u.start, u.end, sentence_of(spans, u.start)))
        return out

    def _clauses(self, text: str, span: Span, members: list[Candidate]) -> list[list[Candidate]]:
        cuts = [m.end() for m in self.breaks.finditer(text, span.cstart, span.cend)]
        clauses: list[list[Candidate]] = [[] for _ in range(len(cuts) + 1)]
        for c in members:
            k = sum(1 for cut in cuts if cut <= c.start)
            clauses[k].append(c)
        return clauses

    def _participation(self, text: str, clauses, idx: int) -> list[Found]:
        """Institution → Programme when both stand in one clause (中科大、人大…等“双一流”高校),
        or across two adjacent clauses of a sentence when one names only the programme and
        the other only institutions: 加大“郑和计划”…力度，抓实A和B…的重点项目 (the institutions
        are objects, or their subject clause says they take part), and A、B等高校要发挥优势，
        参与“X”行动 (the institutions are the subject, the programme clause opens with a
        participation verb). An institution that owns or describes the programme (市教研院
        “品质课堂”行动项目, X大学专家命名的…工作室) is no participant."""
        out = []
        prev_programmes: list[Candidate] = []
        prev_insts: list[Candidate] = []
        leaders: list[Candidate] = []  # A牵头，联合B组建X: A leads what the next clause founds
        seen: list[Candidate] = []  # the sentence's programmes so far
        for clause in clauses:
            insts = [c for c in clause if c.type == "Institution"]
            progs = [c for c in clause if c.type == "Programme" and c.how != "title"]
            pairs = [(i, p) for i in insts for p in progs if not self._owner(text, i, p)]
            if insts and not progs and len(prev_programmes) == 1 and not prev_insts \
                    and (self._refers_back(text, insts) or self._takes_part(text, insts[-1].end)):
                pairs = [(i, prev_programmes[0]) for i in insts]
            elif insts and not progs and prev_programmes and not prev_insts and self._introduced(text, insts):
                pairs = [(i, p) for i in insts for p in prev_programmes]
            elif insts and not progs and prev_programmes and self._admitted(text, insts):
                pairs = [(i, p) for i in insts for p in prev_programmes]
            elif progs and not insts and prev_insts and not prev_programmes \
                    and (self._subject(text, prev_insts) or self._opened(text, prev_insts)) \
                    and (self._takes_part(text, self._clause_start(text, progs[0].start), self.vehicle_verbs)
                         or self._framed(text, progs[0])):
                pairs = [(i, p) for i in prev_insts for p in progs]
            elif insts and not progs and seen:
                pairs = [(i, p) for i in insts for p in self._echoed(text, insts, seen)]
            if leaders and progs and pairs:
                pairs += [(i, p) for i in leaders for p in {id(q): q for _, q in pairs}.values()]
            for i, p in pairs:
                out.append(Found("PARTICIPATES_IN", key(i), key(p), min(i.start, p.start), max(i.end, p.end), idx))
            leaders = insts if insts and not progs and self._leads(text, insts) else []
            seen += progs
            prev_programmes, prev_insts = progs, insts  # only the clause right before counts
        return out

    def _clause_rest(self, text: str, pos: int) -> str:
        stop = pos
        while stop < len(text) and not self.breaks.match(text, stop) and text[stop] not in "。\n":
            stop += 1
        return text[pos:stop]

    def _admitted(self, text: str, insts: list[Candidate]) -> bool:
        """吸纳A、B等N所学校加入: a clause admitting the institutions into the programme of
        the clause before (its founders may stand there too)."""
        head = text[self._clause_start(text, insts[0].start) : insts[0].start]
        rest = self._clause_rest(text, insts[-1].end)
        return head in self.admitting and rest.endswith(self.joining)

    def _framed(self, text: str, prog: Candidate) -> bool:
        """在“X”框架下先行探索…: the clause works within the programme."""
        head = text[self._clause_start(text, prog.start) : prog.start].rstrip("“\"")
        return head == "在" and text[prog.end : prog.end + 4].lstrip("”\"").startswith(self.frames)

    def _leads(self, text: str, insts: list[Candidate]) -> bool:
        """A clause of only institutions and 牵头 (A牵头，联合B、C组建X联盟)."""
        return self._subject(text, insts) and self._clause_rest(text, insts[-1].end) in self.lead_words

    def _echoed(self, text: str, insts: list[Candidate], seen: list[Candidate]) -> list[Candidate]:
        """A、B作为协作高校…: the role word repeats the end of a programme named earlier in the
        sentence (推进“X教育协作”…，A、B作为协作高校共建…)."""
        rest = self._clause_rest(text, insts[-1].end)
        if not rest.startswith("作为"):
            return []
        role = rest[2:]
        for kind in self.member_kinds:
            at = role.find(kind)
            if at >= 2:
                word = role[:at]
                return list({p.canonical: p for p in seen if p.canonical.endswith(word)}.values())
        return []

    def _introduced(self, text: str, insts: list[Candidate]) -> bool:
        """The clause opens with 支持/由 … and the list, and the words after the list say the
        institutions carry out the work: 由A、B等托管帮扶, 支持A、B等试点院校, 由A、B参与建设.
        A weak verb (建设) counts only when it closes the clause: 支持A建设示范中心 is other work."""
        start = self._clause_start(text, insts[0].start)
        head = text[start : insts[0].start]
        if not head.endswith(self.introducers) or len(head) > 6:
            return False
        if text[:start].rstrip("，,；;").endswith(self.favouring):  # X向中西部倾斜，支持A、B…
            return True
        end = insts[-1].end
        stop = end
        while stop < len(text) and not self.breaks.match(text, stop) and text[stop] not in "。\n":
            stop += 1
        rest = text[end:stop].lstrip("等")
        rest = re.sub(r"^[0-9０-９一二三四五六七八九十]+[所家个]", "", rest)
        rest = re.sub(r"^(?:高校|院校|学校|高职院校|职业院校|单位)", "", rest)
        if not rest:  # 实施X计划，支持A、B等高校。
            return True
        if rest.startswith(self.introduced_verbs) or any(v in rest[:6] for v in self.introduced_verbs[:4]):
            return True
        weak = next((v for v in self.introduced_weak if v in rest[:6]), None)
        return weak is not None and len(rest) - rest.index(weak) - len(weak) <= 2

    def _subject(self, text: str, insts: list[Candidate]) -> bool:
        """The institutions open their clause: they are its subject (A、B等高校要…)."""
        return self.breaks.match(text, insts[0].start - 1) is not None or insts[0].start == 0 \
            or text[insts[0].start - 1 : insts[0].start] in "。\n" \
            or _ITEM_NUMBER.search(text, max(0, insts[0].start - 6), insts[0].start) is not None  # 3. A大学要…

    def _refers_back(self, text: str, insts: list[Candidate]) -> bool:
        """The institutions are objects and their clause ends on a word for the programme's
        work (抓实A和B…的重点项目): the clause continues the one before."""
        end = insts[-1].end
        while end < len(text) and not self.breaks.match(text, end) and text[end] not in "。\n":
            end += 1
        rest = text[insts[-1].end : end]
        if rest.endswith(self.admitted_units):  # A、B列入第二批建设单位: subject or not
            return True
        return not self._subject(text, insts) and rest.endswith(self.back_references)

    def _clause_start(self, text: str, pos: int) -> int:
        while pos > 0 and not self.breaks.match(text, pos - 1) and text[pos - 1] not in "。\n":
            pos -= 1
        return pos

    def _takes_part(self, text: str, pos: int, verbs: tuple[str, ...] = ()) -> bool:
        """A participation verb within a few characters of ``pos`` (积极参与, 要承担)."""
        role = re.match("并?作为[\u4e00-\u9fff]{2,8}?(?=" + self.participation_re + ")", text[pos : pos + 14])
        window = text[pos + (role.end() if role else 0) : pos + (role.end() if role else 0) + 8]  # 并作为X场所承办
        window = window[: min((window.find(ch) for ch in "，。；,;" if ch in window), default=len(window))]
        return any(v in window for v in self.participation_verbs) or any(window.startswith(v) for v in verbs)

    def _opened(self, text: str, insts: list[Candidate]) -> bool:
        """A clause of only 依托/支持 + institutions: they are the vehicle of what follows
        (依托A、B，实施X计划)."""
        head = text[self._clause_start(text, insts[0].start) : insts[0].start]
        end = insts[-1].end
        return head.endswith(self.introducers) and len(head) <= 6 \
            and (end >= len(text) or self.breaks.match(text, end) is not None)

    def _owner(self, text: str, inst: Candidate, prog: Candidate) -> bool:
        """The institution stands right before the programme, or in a 的-modifier of it
        (but 由A、B共同发起的X联盟: a founding verb makes them members, and 确定A等高校的
        N个中心为X建设单位: what the 的-phrase names is selected for the programme)."""
        if inst.end > prog.start:
            return False
        between = text[inst.end : prog.start]
        if between.rstrip("“\"").endswith(self.founded):
            return False
        clause = text[self._clause_start(text, inst.start) : inst.start]
        if between.rstrip("“\"").endswith(self.selected_as) and any(v in clause[:6] for v in self.selecting):
            return False
        return between in ("", "“", '"') or "的" in between

    def _partners(self, text: str, clauses, idx: int, fallback: Key) -> list[Found]:
        """与 + place or institution + 合作/的重点项目: the institutions before 与 in the
        clause (or the issuer) partner with it."""
        out = []
        for clause in clauses:
            for c in clause:
                if c.type not in ("Place", "Institution") or text[c.start - 1 : c.start] != "与":
                    continue
                partner = c
                tail_from = c.end
                nxt = [d for d in clause if d.start == c.end and d.type == "Place"]
                if nxt:  # 刚果(布)黑角市: the city is the partner
                    partner, tail_from = nxt[0], nxt[0].end
                if not text.startswith(self.partnership, tail_from):
                    continue
                sources = [key(d) for d in clause if d.type == "Institution" and d.end < c.start] or [fallback]
                for s in sources:
                    if s != key(partner):
                        out.append(Found("PARTNERS_WITH", s, key(partner), c.start - 1, tail_from, idx))
        return out

    def _body_roles(self, text: str, span: Span, members, idx: int) -> list[Found]:
        """由市教育局负责 / 市教育局牵头 → the body's role for the sentence's item."""
        if span.item is None:
            return []
        out = []
        bodies = [c for c in members if c.type == "Body"]
        for n, c in enumerate(bodies):
            after = text[c.end : c.end + 4]
            for verb, rel in self.body_verbs.items():
                if verb in after[: len(verb) + 2] and (after.startswith(verb) or text[c.start - 1 : c.start] == "由"):
                    end = c.end + after.index(verb) + len(verb)
                    listed = [c]  # 省财政厅、省人社厅配合: every body of the list
                    for prev in reversed(bodies[:n]):
                        if text[prev.end : listed[-1].start] not in ("、", "和", "及", "与"):
                            break
                        listed.append(prev)
                    for b in listed:
                        out.append(Found(rel, key(b), ("item", span.item), b.start, end, idx))
                    break
        return out

    def _citations(self, text: str, members, idx: int, doc_key: Key) -> list[Found]:
        """《…》 titles: the citing document CITES them."""
        return [Found("CITES", doc_key, key(c), c.start - 1, c.end + 1, idx)
                for c in members if c.how == "title"]

    def _located(self, members, places: set[str], idx: int) -> list[Found]:
        """An institution whose name holds a place the document names: 南京大学苏州校区 → 苏州."""
        out = []
        for c in members:
            if c.type != "Institution":
                continue
            inside = c.extra.get("places", ())
            campus = c.name.endswith(("校区", "分校", ")", "）"))  # 南京大学苏州校区, 香港科技大学（广州）
            where = inside[-1] if inside and campus else (inside[0] if inside else None)
            if where in places:
                out.append(Found("LOCATED_IN", key(c), ("entity", "Place", where), c.start, c.end, idx))
        return out

    def _targets(self, text: str, spans, per_sentence, targets) -> list[Found]:
        """A target belongs to the programme named in its clause, or else to its item."""
        out = []
        for n, t in enumerate(targets):
            idx = sentence_of(spans, t.start)
            clause_start = max((m.end() for m in self.breaks.finditer(text, spans[idx].cstart, t.start)),
                               default=spans[idx].cstart)
            inside = [c for c in per_sentence.get(idx, [])
                      if c.type == "Programme" and clause_start <= c.start <= t.end]
            subject = inside[-1] if inside else None
            if subject is not None:
                out.append(Found("HAS_TARGET", key(subject), ("target", n), t.start, t.end, idx))
            elif spans[idx].item:
                out.append(Found("HAS_TARGET", ("item", spans[idx].item), ("target", n), t.start, t.end, idx))
        return out
