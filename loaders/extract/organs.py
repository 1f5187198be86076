"""Where a known organisation's name starts and ends in the text: the place or level before
it (甘肃省社科联, 县妇联, 自治区妇联) and, for a league or party organisation, the committee of
a place after it (共青团湖南省委, 共青团X自治区委员会 are one body each)."""
from __future__ import annotations

import re

from loaders.extract.names import place_before
from loaders.extract.places import Gazetteer

_LEVEL_MARK = re.compile("[省市县区]")
_NOT_OWN_LEVEL = set("全本各该我两城都超")  # 全县妇联: every level's organisation, no one body; 城市 no 市
_COMMITTEE = re.compile("(?:自治区|自治州|自治县|[省市县区旗盟])?(?:委员会|委)")


def organ_span(text: str, start: int, end: int, name: str, gaz: Gazetteer,
               committee_of: frozenset[str]) -> tuple[int, int] | None:
    """The span of the known body ``text[start:end]`` with what belongs to it, or None when
    nothing does."""
    begin = place_before(text, start, gaz)
    if begin is None and start and _LEVEL_MARK.match(text, start - 1) \
            and text[start - 2 : start - 1] not in _NOT_OWN_LEVEL:
        begin = start - 1  # 县妇联, 省残联: the organisation of the document's own level
        if text.startswith("自治", begin - 2):
            begin -= 2  # 自治区妇联
    stop = end
    if name in committee_of:
        place = gaz.regex.match(text, end)
        committee = place and gaz.lookup(place.group()) and _COMMITTEE.match(text, place.end())
        if committee:
            stop = committee.end()
    if begin is None and stop == end:
        return None
    return (start if begin is None else begin, stop)


def coordinated_office(text: str, conj: int, parents: list[str] | None,
                       prior: list) -> tuple[int, int] | None:
    """An office named by two fields right after its parent organ (教育厅职业教育与成人教育处,
    教育部科学技术与信息化司): the conjunction at ``conj`` is crossed when the first field
    (two to eight characters) follows a parent's ending (部, 委, 局, 厅 …). Returns where the
    name starts (the parent's start when a candidate ends there) and where the office alone
    starts; None when no parent precedes."""
    if not parents:
        return None
    at = max(text.rfind(ch, max(0, conj - 9), conj - 2) for ch in parents)
    if at < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[at + 1 : conj]):
        return None
    parent = next((c for c in reversed(prior[-3:]) if c.end == at + 1 and c.type == "Body"), None)
    return (at + 1 if parent is None else parent.start), at + 1
