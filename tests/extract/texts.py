"""Short realistic plan paragraphs written for these tests (none of their names is in the
sample), and helpers to extract from a string the way a file would be."""
from __future__ import annotations

from kg.model import Extraction
from loaders import RawText, parse
from loaders.extract import extract

HANGZHOU = """杭州市2024年教育工作要点

一、深化教育综合改革
1.推进县域高中振兴。深入实施“县中振兴”计划，支持浙江大学、复旦大学等“强基计划”高校与我市中学合作，全面推进中小学幸福食堂工程。建设20所“县中振兴”示范学校。（牵头单位：市教育局；配合单位：市财政局、市人社局）
2.扩大教育开放。成立杭州市中小学美育联盟（以下简称“美育联盟”），健全美育联盟工作机制。抓实杭州职业技术学院与老挝万象市的合作项目，加强与之江实验室合作。由市教育局负责。
3.落实国家战略。根据省教育厅部署，贯彻落实《教育强国建设规划纲要（2024—2035年）》，实施《杭州市学前教育普及普惠三年行动计划》。推动西湖区、滨江区和萧山区开展试点，大幅提升大学毛入学率。
"""


def extract_text(text: str, path: str = "plan.txt") -> Extraction:
    return extract([parse(RawText(text, "txt"), path)])


#: What stands before a test sentence: a section and the first item, with its lead sentence.
ITEM_OPENING = "一、改革\n1.推进改革。"


def extract_in_item(sentence: str, opening: str = ITEM_OPENING) -> Extraction:
    """Extract ``sentence`` as a sentence of a plan's first numbered item."""
    return extract_text(opening + sentence + "\n")


def names(extraction: Extraction, type_: str) -> set[str]:
    return {e.name for e in extraction.entities if e.type == type_}


def entity(extraction: Extraction, name: str):
    return next(e for e in extraction.entities if e.name == name or name in e.aliases)


def pairs(extraction: Extraction, type_: str) -> set[tuple[str, str]]:
    label = {e.id: e.name for e in extraction.entities}
    return {(label.get(r.source, r.source), label.get(r.target, r.target))
            for r in extraction.relations if r.type == type_}


def mentions_off_their_words(extraction: Extraction) -> list[tuple[str, str]]:
    """(clean text at the mention's offsets, mention text) wherever the two differ."""
    parsed = {p.document.id: p for p in extraction.parsed}
    off = []
    for m in extraction.mentions:
        p = parsed[m.doc]
        cs, ce = p.clean.from_source(m.start, m.end)
        if p.clean.text[cs:ce] != m.text:
            off.append((p.clean.text[cs:ce], m.text))
    return off
